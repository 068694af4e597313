# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren pomaga młodym ludziom samodzielnie sprawdzić, czy to, czego doświadczają, jest przemocą, i gdzie mogą dostać pomoc. Tutaj przeczytasz, jak wspierać ucznia lub uczennicę.
staff-what-1 = Narzędzie zadaje pytania o przemoc w bliskich relacjach, o przemoc i ucisk w imię honoru, o presję seksualną albo wykorzystywanie oraz o to, czy ktoś sam kogoś skrzywdził. Osoby poniżej 18 lat dostają pytania napisane dla młodzieży.
staff-what-2 = Odpowiedzi pokazują, o jakie formy przemocy może chodzić i które telefony wsparcia oraz kontakty są odpowiednie. Jeśli w odpowiedziach pojawia się poważny sygnał ostrzegawczy, najpierw wyświetla się numer 112. To uczeń lub uczennica decyduje, co dalej zrobi.
staff-what-3 = Nic nie jest zapisywane ani wysyłane. Ani ty, ani szkoła nie możecie zobaczyć, co odpowiedział uczeń lub uczennica.

staff-talk-title = Jak rozmawiać z młodą osobą, która może doświadczać przemocy
staff-talk-1 = Wysłuchaj spokojnie, w miejscu, gdzie nikt wam nie przeszkodzi. Pozwól młodej osobie opowiedzieć wszystko własnymi słowami.
staff-talk-2 = Uwierz w to, co mówi młoda osoba, i powiedz, że dobrze zrobiła, opowiadając o tym. To nigdy nie jest jej wina.
staff-talk-3 = Nie obiecuj, że zachowasz to w tajemnicy. Powiedz szczerze, że być może trzeba będzie to zgłosić do pomocy społecznej (socialtjänsten), i wyjaśnij dlaczego.
staff-talk-4 = Nie kontaktuj się z opiekunami prawnymi (vårdnadshavare), jeśli podejrzewasz, że ktoś z rodziny stosuje wobec ucznia lub uczennicy przemoc albo groźby, albo że chodzi o przemoc w imię honoru. To może narazić młodą osobę na niebezpieczeństwo. Pozwól pomocy społecznej (socialtjänsten) zdecydować, kiedy i jak skontaktować się z rodziną.
staff-talk-5 = Nie korzystaj z tłumacza z rodziny ani z jej otoczenia. Zamów profesjonalnego tłumacza, na przykład tłumacza telefonicznego z innej miejscowości, i zapytaj młodą osobę, czy czuje się przy nim bezpiecznie.
staff-talk-6 = Zapisz, co powiedziała młoda osoba, jej własnymi słowami, i kiedy to zostało powiedziane. Nie zapisuj swoich interpretacji tak, jakby były faktami.
staff-talk-7 = Nie zadawaj pytań sugerujących i nie przesłuchuj młodej osoby na własną rękę. Wyjaśnianie sprawy to zadanie pomocy społecznej (socialtjänsten) i policji.

staff-same-day-title = Tego samego dnia
staff-same-day-1 = Złóż zgłoszenie do pomocy społecznej (socialtjänsten) tego samego dnia. Nie czekaj, żeby dowiedzieć się więcej.
staff-same-day-2 = Powiedz o tym dyrekcji szkoły albo zespołowi ds. zdrowia uczniów (elevhälsan). Pamiętaj, że obowiązek zgłoszenia i tak spoczywa osobiście na tobie.
staff-same-day-3 = Jeśli młoda osoba jest w niebezpieczeństwie albo boi się wrócić do domu, od razu zadzwoń do pomocy społecznej (socialtjänsten). Poza godzinami pracy dzwoń na dyżur pomocy społecznej (socialjouren) albo pod 112, jeśli sprawa jest pilna.
staff-same-day-4 = Nie odsyłaj do domu młodej osoby, która boi się tam wrócić, dopóki nie skontaktujesz się z pomocą społeczną (socialtjänsten) albo z dyżurem pomocy społecznej (socialjouren).

staff-duty-title = Obowiązek zgłoszenia (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Wszystkie osoby pracujące w szkole mają obowiązek niezwłocznie zgłosić do pomocy społecznej (socialtjänsten), jeśli dowiedzą się albo podejrzewają, że dziecku dzieje się krzywda. Nazywa się to obowiązkiem zgłoszenia (anmälningsskyldighet) i wynika z ustawy o pomocy społecznej, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; socialnämnden utreder).
staff-duty-2 = Wystarczy podejrzenie. Nie potrzebujesz dowodów. Sprawę wyjaśnia pomoc społeczna (socialtjänsten).
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Ten obowiązek jest osobisty. Nie możesz przekazać go dyrekcji, pedagogowi szkolnemu (kurator) ani nikomu innemu.
staff-duty-4 = Zgłoś sprawę do pomocy społecznej (socialtjänsten) w gminie, w której mieszka dziecko. Możesz zadzwonić albo napisać. Poza godzinami pracy dzwoń na dyżur pomocy społecznej (socialjouren) albo pod 112, jeśli sprawa jest pilna.

staff-lines-title = Telefony wsparcia dla profesjonalistów
staff-lines-intro = Tutaj możesz dostać radę, na przykład co robić dalej, kiedy uczeń lub uczennica ci o czymś powie.

staff-builder-title = Utwórz link i plakat
staff-builder-intro = Wybierz gminę i języki. Będą widoczne w linku i na plakacie, ale nic poza tym.
staff-builder-municipality = Gmina
staff-builder-languages = Języki (wybierz jeden, dwa albo trzy)
staff-builder-youth = Od razu otwieraj pytania dla młodzieży
staff-builder-link-label = Link do udostępnienia
staff-builder-copy = Skopiuj link
staff-builder-copied = Link został skopiowany.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = Kod QR prowadzący do { $link }
staff-builder-print = Wydrukuj plakat
staff-builder-too-many-languages = Możesz wybrać najwyżej trzy języki.

## Affischen (skrivs ut på flera språk bredvid varandra)

poster-title = Czy niepokoi cię to, co dzieje się w domu albo w twoim związku?
poster-line = Zeskanuj kod. Nic nie jest zapisywane. To ty decydujesz, co odpowiesz.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Masz mniej niż 18 lat? Możesz zadzwonić do Bris (telefon zaufania dla dzieci i młodzieży) pod numer { $number }.
poster-emergency = Czy jesteś teraz w niebezpieczeństwie? Zadzwoń pod 112.
