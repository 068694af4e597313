# Vägvisaren — bosanski / hrvatski / srpski.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – podrška i pomoć
language-label = Jezik

## Quick exit

quick-exit-button = Brzo napusti stranicu
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Za izlazak sa stranice pritisni Shift još jednom.
    [few] Za izlazak sa stranice pritisni Shift još { $remaining } puta.
   *[other] Za izlazak sa stranice pritisni Shift još { $remaining } puta.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Jezik „{ $code }“ ovdje još ne postoji, pa se stranica prikazuje na švedskom. Iznad možeš izabrati drugi jezik.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Šifra općine „{ $code }“ ne postoji, pa nijedna općina nije izabrana. Općinu možeš izabrati pod „Pronađi pomoć“.

## Start screen

start-title = Događa li se nešto što ti se ne čini u redu? Ovdje možeš u miru pročitati o nasilju i o tome gdje možeš dobiti pomoć.
start-lead = Odgovori na nekoliko pitanja o onome što se događa tebi ili nekome zbog koga brineš. Saznat ćeš kako se to može nazvati i gdje možeš dobiti podršku. Ti odlučuješ što odgovori znače za tebe.
start-duration = Traje otprilike pet do deset minuta. Pitanja možeš preskočiti i prestati kad god želiš.
start-private = Ništa od onoga što odgovoriš ne čuva se i ne šalje se nikome. Odgovori ostaju u tvom telefonu ili kompjuteru dok ne zatvoriš stranicu.
start-quick-exit = Dugme „Brzo napusti stranicu“ uvijek je na vrhu. Možeš i tri puta pritisnuti Shift.
start-emergency = Jesi li upravo sada u opasnosti? Pozovi 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Što želiš saznati?
flow-path-partner = O meni – osoba s kojom jesam ili sam bio/la u vezi ili braku
flow-path-family = O meni – moja porodica, rodbina ili neko ko mi pomaže u svakodnevnom životu
flow-path-exploitation = O meni – neko me tjera da prodajem seks ili upravlja mojim poslom, novcem ili dokumentima
flow-path-worried = O nekome zbog koga brinem
flow-path-used-violence = Moje ponašanje je povrijedilo ili uplašilo nekoga ko mi je blizak
flow-path-partner-youth = O meni – neko s kim sam u vezi ili s kim sam izlazio/la
flow-path-family-youth = O meni – moja porodica ili rodbina
flow-path-exploitation-youth = O meni – neko me pritiska na seksualne stvari, na internetu ili uživo, ili me tjera da radim za njih ili da za njih kršim zakon
flow-path-worried-youth = O prijatelju, prijateljici ili nekome drugom zbog koga brinem
flow-path-used-violence-youth = Moje ponašanje je povrijedilo ili uplašilo nekoga u porodici ili nekoga s kim sam u vezi
flow-age-title = Koliko imaš godina?
flow-age-under-18 = Manje od 18 godina
flow-age-adult = 18 godina ili više
flow-about-child-title = Je li osoba zbog koje brineš mlađa od 18 godina?
flow-about-child-yes = Da, mlađa je od 18 godina
flow-about-child-no = Ne, ima 18 godina ili više
flow-about-child-unknown = Ne znam
flow-self-title = Kako sebe opisuješ?
flow-self-hint = Ne moraš odgovoriti. Odgovor služi samo da ti pokažemo podršku koja ti odgovara i ne čuva se.
flow-self-woman = Žena ili djevojka
flow-self-man = Muškarac ili mladić
flow-self-trans = Trans ili nebinarna osoba
flow-self-rather-not-say = Ne želim odgovoriti
flow-skip = Preskoči
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Pitanje { $current } od { $total }
flow-answer-yes = Da
flow-answer-sometimes = Ponekad
flow-answer-no = Ne
flow-answer-rather-not-say = Ne želim odgovoriti
flow-answers-label = Tvoj odgovor
flow-see-result = Pogledaj rezultat
flow-change-hint = Uvijek se možeš vratiti i promijeniti odgovor.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = Tvoja sigurnost na ovoj stranici

## Help view (reachable without the questions)

help-title = Pronađi pomoć
help-intro = Ovdje su linije za podršku za cijelu Švedsku i kontakti u tvojoj općini: za tebe ako doživljavaš nasilje u bliskim odnosima, nasilje i ugnjetavanje u ime časti, prostituciju ili trgovinu ljudima, za tebe ako brineš zbog nekoga i za tebe ako želiš prestati koristiti nasilje. Ti odlučuješ koga ćeš kontaktirati i što ćeš ispričati.
help-emergency = Jesi li upravo sada u opasnosti? Pozovi 112.
help-not-sure = Možeš nazvati i ako ne znaš sigurno je li to nasilje. Dovoljno je da te nešto brine ili da želiš razgovarati.

help-what-happens-title = Ovo se događa kad pozoveš liniju za podršku
help-what-happens-1 = Neko te sluša i ozbiljno uzima ono što ispričaš.
help-what-happens-2 = Ti odlučuješ što želiš ispričati i možeš završiti razgovor kad god želiš.
help-what-happens-3 = Mnoge linije za podršku su besplatne, a kod mnogih ne moraš reći svoje ime. To piše uz svaki kontakt.
help-what-happens-4 = Mnoge linije za podršku mogu osigurati tumača, tako da možeš govoriti na svom jeziku.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = Još nemamo broj telefona za socialtjänsten (socijalnu službu) u općini { $municipality }. Pozovi centralu općine (växel) i traži da razgovaraš sa socialtjänsten (socijalna služba u općini). Izvan radnog vremena možeš tražiti socialjouren (dežurna socijalna služba), ili pozvati 112 ako je hitno.

help-municipality-label = Tvoja općina
help-municipality-hint = Upiši naziv svoje općine. Izbor ostaje u tvom telefonu ili kompjuteru i ne čuva se. Stranica preuzima kontakte za sve općine odjednom, tako da niko ne može vidjeti koja je izabrana.
help-municipality-no-match = Ne možemo pronaći općinu s tim nazivom. Provjeri kako je napisano ili upiši početak naziva.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Izabrana općina: { $municipality }.
help-municipality-change = Promijeni općinu

help-national-title = Podrška u cijeloj Švedskoj
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Podrška: { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Pozovi { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = Pošalji SMS na { $number }
contact-chat = Otvori chat
contact-web = Otvori web-stranicu
contact-open-always = Otvoreno 24 sata, svaki dan
contact-open-now = Sada otvoreno
contact-closed-now = Trenutno zatvoreno
contact-hours-unknown = Nismo mogli provjeriti radno vrijeme.
contact-free = Besplatno
contact-anonymous = Ne moraš reći svoje ime
contact-interpreter = Može se osigurati tumač
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Možeš govoriti i na ovim jezicima: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Podaci su s izvora pročitani { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = Izvorna stranica nosi datum { $date }
contact-source-third-party = Podaci su preuzeti samo s neke druge stranice, ne sa stranice same organizacije
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = Prema izvoru, linija je imala novac do { $date }. Ne znamo radi li još.
contact-switchboard = Broj vodi na centralu općine (växel). Traži da razgovaraš sa socialtjänsten (socijalna služba u općini).
contact-via-112 = Dežurnu službu dobiješ tako što pozoveš 112 i tražiš da razgovaraš sa socialjouren (dežurna socijalna služba).
contact-for-professionals = Za stručnjake
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Za: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Svaki dan
days-weekdays = Ponedjeljak–petak
days-weekends = Subota–nedjelja
days-mon = Ponedjeljak
days-tue = Utorak
days-wed = Srijeda
days-thu = Četvrtak
days-fri = Petak
days-sat = Subota
days-sun = Nedjelja

## What kind of contact it is (short noun phrases)

kind-emergency = Broj za hitne slučajeve
kind-police = Policija
kind-helpline = Linija za podršku
kind-social-services = Socialtjänsten (socijalna služba u općini)
kind-social-services-on-call = Socialjouren (dežurna socijalna služba)
kind-womens-shelter = Kvinnojour (podrška i sklonište za žene)
kind-girls-shelter = Tjejjour (podrška za djevojke i mlade žene)
kind-mens-shelter = Mansjour (podrška za muškarce)
kind-youth-clinic = Ungdomsmottagning (savjetovalište i ambulanta za mlade)
kind-perpetrator-programme = Pomoć da se prestane s nasiljem
kind-victim-support = Podrška nakon kažnjivog djela
kind-health = Zdravstvena zaštita
kind-suicide-prevention = Podrška kod misli o samoubistvu

## Who the contact is for (phrases after “For: …”)

audience-everyone = Svi
audience-women = Žene
audience-men = Muškarci
audience-trans = Trans i nebinarne osobe
audience-young = Mladi
audience-children = Djeca mlađa od 18 godina
audience-honour = Osobe izložene nasilju i ugnjetavanju u ime časti
audience-trafficking = Osobe koje prodaju seks ili su izložene trgovini ljudima
audience-uses-violence = Osobe koje koriste nasilje i žele prestati
audience-worried-others = Osobe koje brinu zbog nekoga drugog
audience-professionals = Stručnjaci

result-contacts-title = Ovdje možeš dobiti podršku

## School staff page

staff-title = Za one koji rade u školi
staff-load-failed = Stranicu nije bilo moguće učitati. Provjeri vezu i pokušaj ponovo.
plan-load-failed = Sigurnosni plan nije bilo moguće učitati. Provjeri vezu i pokušaj ponovo.
text-load-failed = Tekst nije bilo moguće učitati. Provjeri vezu i pokušaj ponovo.
text-load-retry = Pokušaj ponovo
read-aloud = Pročitaj naglas
read-aloud-stop = Prestani čitati naglas

## About Vägvisaren

about-title = O stranici Vägvisaren
language-status-marker = mašinski prevedeno

## Navigation

nav-start-questions = Počni odgovarati na pitanja
nav-help = Pronađi pomoć
nav-safety = Tvoja sigurnost
nav-staff = Za školsko osoblje
nav-about = O stranici
nav-plan = Napravi sigurnosni plan
nav-back = Nazad
nav-next = Dalje
nav-home = Na početnu stranicu

