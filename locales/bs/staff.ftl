# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren pomaže mladima da sami otkriju je li ono što proživljavaju nasilje i gdje mogu dobiti pomoć. Ovdje možeš pročitati kako podržati učenika ili učenicu.
staff-what-1 = Alat postavlja pitanja o nasilju u bliskim odnosima, nasilju i ugnjetavanju u ime časti, o pritisku na seks ili iskorištavanju, i o tome da je osoba sama nekoga povrijedila. Ko ima manje od 18 godina, dobija pitanja napisana za mlade.
staff-what-2 = Odgovori pokazuju o kojim se oblicima nasilja može raditi i koje linije za podršku i kontakti odgovaraju. Ako odgovori spominju ozbiljan znak upozorenja, prvo se prikazuje 112. Mlada osoba sama odlučuje što će uraditi.
staff-what-3 = Ništa se ne čuva niti šalje. Ni ti ni škola ne možete vidjeti što je mlada osoba odgovorila.

staff-talk-title = Razgovor s mladom osobom koja je možda izložena nasilju
staff-talk-1 = Saslušaj mirno, na mjestu gdje vas niko neće ometati. Pusti mladu osobu da ispriča svojim riječima.
staff-talk-2 = Vjeruj onome što ti mlada osoba govori i reci joj da je dobro što ti je to ispričala. To nikad nije krivica te mlade osobe.
staff-talk-3 = Nemoj obećati da ćeš to čuvati kao tajnu. Iskreno reci da ćeš možda morati podnijeti prijavu socialtjänsten (socijalnoj službi u općini), i zašto.
staff-talk-4 = Nemoj kontaktirati roditelje ili staratelje ako sumnjaš da je mlada osoba izložena nasilju ili prijetnjama nekoga iz porodice, ili nasilju u ime časti. To može dovesti mladu osobu u opasnost. Pusti socialtjänsten (socijalna služba u općini) da odluči kada i kako će se porodica kontaktirati.
staff-talk-5 = Nemoj koristiti tumača iz porodice ili njihove mreže poznanika. Naruči profesionalnog tumača, na primjer tumača preko telefona iz drugog grada, i pitaj mladu osobu osjeća li se sigurno s tim tumačem.
staff-talk-6 = Zapiši što je mlada osoba rekla, njenim vlastitim riječima, i kada je to rečeno. Nemoj zapisivati svoja tumačenja kao da su činjenice.
staff-talk-7 = Ne postavljaj pitanja koja navode na odgovor i nemoj ti ispitivati mladu osobu. Istraga je zadatak socialtjänsten (socijalna služba u općini) i policije.

staff-same-day-title = Isti dan
staff-same-day-1 = Podnesi prijavu socialtjänsten (socijalnoj službi u općini) istog dana. Nemoj čekati da saznaš više.
staff-same-day-2 = Obavijesti direktora škole ili školski zdravstveni tim (elevhälsan). Zapamti da je obaveza prijave ipak tvoja lična.
staff-same-day-3 = Ako je mlada osoba u opasnosti ili se ne usuđuje ići kući, odmah pozovi socialtjänsten (socijalna služba u općini). Izvan radnog vremena pozovi socialjouren (dežurna socijalna služba), ili 112 ako je hitno.
staff-same-day-4 = Nemoj slati kući mladu osobu koja se boji ići kući prije nego što stupiš u kontakt sa socialtjänsten (socijalna služba u općini) ili socialjouren (dežurna socijalna služba).

staff-duty-title = Obaveza prijave (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Svi koji rade u školi dužni su odmah podnijeti prijavu socialtjänsten (socijalnoj službi u općini) ako saznaju ili sumnjaju da je djetetu loše ili da mu nešto šteti (far illa). To se zove anmälningsskyldighet (obaveza prijave) i propisano je zakonom o socijalnoj službi, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; socialnämnden utreder).
staff-duty-2 = Dovoljna je sumnja. Ne trebaju ti dokazi. Socialtjänsten (socijalna služba u općini) je ta koja istražuje.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Obaveza je lična. Ne možeš je prenijeti na direktora škole, školskog savjetnika (kurator) ili nekoga drugog.
staff-duty-4 = Prijavu podnesi socialtjänsten (socijalnoj službi) u općini u kojoj dijete živi. Možeš nazvati ili pisati. Izvan radnog vremena pozovi socialjouren (dežurna socijalna služba), ili 112 ako je hitno.

staff-lines-title = Linije za podršku stručnjacima
staff-lines-intro = Ovdje možeš dobiti savjet, na primjer o tome kako postupiti nakon što ti je mlada osoba nešto ispričala.

staff-builder-title = Napravi link i plakat
staff-builder-intro = Izaberi općinu i jezike. Oni će biti u linku i na plakatu, a ništa drugo neće.
staff-builder-municipality = Općina
staff-builder-languages = Jezici (izaberi jedan, dva ili tri)
staff-builder-youth = Odmah otvori pitanja za mlade
staff-builder-link-label = Link za dijeljenje
staff-builder-copy = Kopiraj link
staff-builder-copied = Link je kopiran.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = QR kod koji vodi na { $link }
staff-builder-print = Isprintaj plakat
staff-builder-too-many-languages = Možeš izabrati najviše tri jezika.

## The poster (printed in several languages side by side)

poster-title = Događa li se kod kuće ili u vezi nešto što te brine?
poster-line = Skeniraj kod. Ništa se ne čuva. Ti biraš na što ćeš odgovoriti.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Imaš manje od 18 godina? Možeš nazvati Bris (linija za podršku djeci i mladima) na { $number }.
poster-emergency = Jesi li upravo sada u opasnosti? Pozovi 112.
