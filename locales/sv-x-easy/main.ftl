# Vägvisaren — lättläst svenska.
# Status: written by the team from the Swedish source; meaning checked by back-translation 2026-12-07; not yet reviewed by an easy-to-read editor.

## Whole app

app-title = Vägvisaren – stöd och hjälp
language-label = Språk

## Quick exit

quick-exit-button = Lämna sidan snabbt
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Tryck på Skift en gång till. Då lämnar du sidan.
   *[other] Tryck på Skift { $remaining } gånger till. Då lämnar du sidan.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Språket ”{ $code }” finns inte här än. Därför visar vi sidan på svenska. Du kan välja ett annat språk högre upp på sidan.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Vi hittar ingen kommun med koden ”{ $code }”. Därför har du ingen kommun vald. Du kan välja kommun under ”Hitta hjälp”.

## Start screen

start-title = Händer det något som inte känns okej? Här kan du läsa om våld i lugn och ro. Du kan också se var du kan få hjälp.
start-lead = Du får svara på några frågor. Frågorna handlar om dig, eller om någon som du är orolig för. Sedan får du veta vad det kan kallas. Du får också veta var du kan få stöd. Det är du som bestämmer vad svaren betyder för dig.
start-duration = Det tar ungefär 5 till 10 minuter. Du kan hoppa över frågor. Du kan sluta när du vill.
start-private = Vi sparar inte dina svar. Vi skickar dem inte någonstans. Svaren finns bara i din telefon eller dator tills du stänger sidan.
start-quick-exit = Högst upp finns alltid knappen ”Lämna sidan snabbt”. Du kan också trycka på Skift tre gånger. Skift är tangenten med en pil uppåt.
start-emergency = Är du i fara just nu? Ring 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Vad vill du veta mer om?
flow-path-partner = Om mig – min partner eller mitt ex
flow-path-family = Om mig – min familj, släkt eller någon som hjälper mig i vardagen
flow-path-exploitation = Om mig – någon får mig att sälja sex, eller bestämmer över mitt jobb, mina pengar eller mina papper
flow-path-worried = Om någon som jag är orolig för
flow-path-used-violence = Jag har skadat eller skrämt någon som står mig nära
flow-path-partner-youth = Om mig – någon jag är ihop med eller har dejtat
flow-path-family-youth = Om mig – min familj eller släkt
flow-path-exploitation-youth = Om mig – någon pressar mig till sexuella saker, eller får mig att jobba eller göra brott åt dem
flow-path-worried-youth = Om en kompis eller någon annan som jag är orolig för
flow-path-used-violence-youth = Jag har skadat eller skrämt någon i familjen eller någon jag är ihop med
flow-age-title = Hur gammal är du?
flow-age-under-18 = Under 18 år
flow-age-adult = 18 år eller äldre
flow-about-child-title = Är personen som du är orolig för under 18 år?
flow-about-child-yes = Ja, under 18 år
flow-about-child-no = Nej, 18 år eller äldre
flow-about-child-unknown = Jag vet inte
flow-self-title = Hur beskriver du dig själv?
flow-self-hint = Du behöver inte svara. Vi använder svaret bara för att visa stöd som passar dig. Vi sparar inte svaret.
flow-self-woman = Kvinna eller tjej
flow-self-man = Man eller kille
flow-self-trans = Transperson eller icke-binär
flow-self-rather-not-say = Vill inte svara
flow-skip = Hoppa över
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Fråga { $current } av { $total }
flow-answer-yes = Ja
flow-answer-sometimes = Ibland
flow-answer-no = Nej
flow-answer-rather-not-say = Vill inte svara
flow-answers-label = Ditt svar
flow-see-result = Se resultatet
flow-change-hint = Du kan gå tillbaka och ändra ett svar när du vill.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation.
## Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = Din säkerhet på den här sidan

## Help view (reachable without the questions)

help-title = Hitta hjälp
help-intro = Här finns stödlinjer för hela Sverige. En stödlinje är ett nummer eller en chatt där du kan prata med någon och få råd. Här finns också kontakter i din kommun. De är till för dig som är utsatt för våld av någon som står dig nära. De är också till för dig som är utsatt för hedersrelaterat våld och förtryck, prostitution eller människohandel. Och de är till för dig som är orolig för någon, och för dig som vill sluta använda våld. Du bestämmer själv vem du kontaktar och vad du berättar.
help-emergency = Är du i fara just nu? Ring 112.
help-not-sure = Du kan ringa även om du inte vet om det är våld. Det räcker att du är orolig eller vill prata.

help-what-happens-title = Det här händer när du ringer en stödlinje
help-what-happens-1 = Någon lyssnar på dig. Hen tar det du berättar på allvar.
help-what-happens-2 = Du bestämmer själv vad du vill berätta. Du kan avsluta samtalet när du vill.
help-what-happens-3 = Det är gratis att ringa många stödlinjer. Hos många kan du vara anonym. Anonym betyder att du inte behöver säga vad du heter. På varje kontakt står det vad som gäller.
help-what-happens-4 = Många stödlinjer kan ordna en tolk. Då kan du prata på ditt eget språk.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = Vi har inget nummer till socialtjänsten i { $municipality } än. Ring kommunens växel. Växeln är kommunens huvudnummer. Be att få prata med socialtjänsten. Socialtjänsten är kommunens hjälp för den som har det svårt. När kontoret är stängt kan du fråga efter socialjouren. Socialjouren är socialtjänsten på kvällar, nätter och helger. Ring 112 om det är akut.

help-municipality-label = Din kommun
help-municipality-hint = Skriv namnet på din kommun. Sidan sparar inte ditt val. Valet finns bara i din telefon eller dator. Sidan hämtar kontakter för alla kommuner på en gång. Därför kan ingen se vilken kommun du valde.
help-municipality-no-match = Vi hittar ingen kommun med det namnet. Kolla hur du har stavat. Du kan också skriva början av namnet.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Du har valt { $municipality }.
help-municipality-change = Byt kommun

help-national-title = Stöd i hela Sverige
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Stöd i { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Ring { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = Skicka sms till { $number }
contact-chat = Öppna chatten
contact-web = Öppna webbplatsen
contact-open-always = Öppet hela dygnet, alla dagar
contact-open-now = Öppet nu
contact-closed-now = Stängt just nu
contact-hours-unknown = Vi vet inte säkert när de har öppet.
contact-free = Gratis
contact-anonymous = Du behöver inte säga vad du heter
contact-interpreter = Du kan få en tolk
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Du kan också prata { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Vi läste uppgifterna { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = Sidan vi läste har datumet { $date }
contact-source-third-party = Vi har bara hittat uppgifterna på en annan sida, inte på organisationens egen sida
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = Enligt källan hade linjen pengar fram till { $date }. Vi vet inte om linjen finns kvar.
contact-switchboard = Numret går till kommunens växel, alltså kommunens huvudnummer. Be att få prata med socialtjänsten.
contact-via-112 = Ring 112 och be att få prata med socialjouren. Socialjouren är socialtjänsten på kvällar, nätter och helger.
contact-for-professionals = För personal
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = För: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Alla dagar
days-weekdays = Måndag–fredag
days-weekends = Lördag–söndag
days-mon = Måndag
days-tue = Tisdag
days-wed = Onsdag
days-thu = Torsdag
days-fri = Fredag
days-sat = Lördag
days-sun = Söndag

## What kind of contact it is (short noun phrases)

kind-emergency = Larmnummer
kind-police = Polisen
kind-helpline = Stödlinje
kind-social-services = Socialtjänsten (kommunens hjälp)
kind-social-services-on-call = Socialjouren (socialtjänsten på kvällar, nätter och helger)
kind-womens-shelter = Kvinnojour (stöd för kvinnor)
kind-girls-shelter = Tjejjour (stöd för tjejer)
kind-mens-shelter = Mansjour (stöd för män)
kind-youth-clinic = Ungdomsmottagning (vård och stöd för unga)
kind-perpetrator-programme = Hjälp att sluta med våld
kind-victim-support = Stöd efter brott
kind-health = Vård och hälsa
kind-suicide-prevention = Stöd vid tankar på att ta sitt liv

## Who the contact is for (phrases after “For: …”)

audience-everyone = Alla
audience-women = Kvinnor
audience-men = Män
audience-trans = Transpersoner och ickebinära
audience-young = Unga
audience-children = Barn under 18 år
audience-honour = Personer som är med om hedersrelaterat våld och förtryck
audience-trafficking = Personer som säljer sex eller är med om människohandel
audience-uses-violence = Personer som använder våld och vill sluta
audience-worried-others = Personer som är oroliga för någon annan
audience-professionals = Personal

result-contacts-title = Här kan du få stöd

## School staff page

staff-title = För dig som jobbar i skolan
staff-load-failed = Sidan gick inte att öppna. Kolla att du har internet och försök igen.
plan-load-failed = Säkerhetsplanen gick inte att öppna. Kolla att du har internet och försök igen.
text-load-failed = Texten gick inte att öppna. Kolla att du har internet och försök igen.
text-load-retry = Försök igen
read-aloud = Läs upp
read-aloud-stop = Sluta läsa upp

## About Vägvisaren

about-title = Om Vägvisaren
language-status-marker = lättläst

## Navigation

nav-start-questions = Börja svara på frågorna
nav-help = Hitta hjälp
nav-safety = Din säkerhet
nav-staff = För skolpersonal
nav-about = Om sidan
nav-plan = Gör en plan för din säkerhet
nav-back = Tillbaka
nav-next = Nästa
nav-home = Till startsidan

