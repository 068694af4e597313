# Vägvisaren — svenska (källspråk).
# Status: source language, written by the team.

## Whole app

app-title = Vägvisaren – stöd och hjälp
language-label = Språk

## Quick exit

quick-exit-button = Lämna sidan snabbt
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Tryck på Skift en gång till för att lämna sidan.
   *[other] Tryck på Skift { $remaining } gånger till för att lämna sidan.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Språket ”{ $code }” finns inte här ännu, så sidan visas på svenska. Du kan välja ett annat språk ovanför.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Kommunkoden ”{ $code }” finns inte, så ingen kommun är vald. Du kan välja kommun under ”Hitta hjälp”.

## Start screen

start-title = Händer det något som inte känns okej? Här kan du i lugn och ro läsa om våld och var du kan få hjälp.
start-lead = Svara på några frågor om det som händer dig eller någon du oroar dig för. Du får veta vad det kan kallas och var du kan få stöd. Det är du som bestämmer vad svaren betyder för dig.
start-duration = Det tar ungefär fem till tio minuter. Du kan hoppa över frågor och sluta när du vill.
start-private = Ingenting av det du svarar sparas eller skickas någonstans. Det stannar i din telefon eller dator tills du stänger sidan.
start-quick-exit = Knappen ”Lämna sidan snabbt” finns alltid högst upp. Du kan också trycka på Skift tre gånger.
start-emergency = Är du i fara just nu? Ring 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Vad vill du ta reda på?
flow-path-partner = Om mig – min partner eller mitt ex
flow-path-family = Om mig – min familj, släkt eller någon som hjälper mig i vardagen
flow-path-exploitation = Om mig – någon får mig att sälja sex eller styr mitt arbete, mina pengar eller papper
flow-path-worried = Om någon jag oroar mig för
flow-path-used-violence = Jag har skadat eller skrämt någon som står mig nära
flow-path-partner-youth = Om mig – någon jag är ihop med eller har dejtat
flow-path-family-youth = Om mig – min familj eller släkt
flow-path-exploitation-youth = Om mig – någon pressar mig till sexuella saker, på nätet eller i verkligheten, eller får mig att jobba eller göra brott åt dem
flow-path-worried-youth = Om en kompis eller någon annan jag oroar mig för
flow-path-used-violence-youth = Jag har skadat eller skrämt någon i familjen eller någon jag är ihop med
flow-age-title = Hur gammal är du?
flow-age-under-18 = Under 18 år
flow-age-adult = 18 år eller äldre
flow-about-child-title = Är personen du oroar dig för under 18 år?
flow-about-child-yes = Ja, under 18 år
flow-about-child-no = Nej, 18 år eller äldre
flow-about-child-unknown = Jag vet inte
flow-self-title = Hur beskriver du dig själv?
flow-self-hint = Du behöver inte svara. Svaret används bara för att visa stöd som passar dig, och det sparas inte.
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

## Texter för säkerhetssidan, hjälpvyn, kontaktkort, resultatet, sidan för den som
## oroar sig, sidan för skolpersonal, om-sidan och navigeringen (källspråk: svenska).
## Slås ihop med main.ftl. Lugnt, enkelt och i du-form. Vi skuldbelägger aldrig,
## ställer aldrig diagnos och säger aldrig ”du är ett offer”.

## Säkerhetssidan

safety-title = Din säkerhet på den här sidan

## Hjälpvyn (går att nå utan frågorna)

help-title = Hitta hjälp
help-intro = Här finns stödlinjer för hela Sverige och kontakter i din kommun, för dig som utsätts för våld i nära relationer, hedersrelaterat våld och förtryck, prostitution eller människohandel, för dig som oroar dig för någon och för dig som vill sluta använda våld. Du bestämmer själv vem du kontaktar och vad du berättar.
help-emergency = Är du i fara just nu? Ring 112.
help-not-sure = Du kan ringa även om du inte är säker på att det är våld. Det räcker att du är orolig eller vill prata.

help-what-happens-title = Det här händer när du ringer en stödlinje
help-what-happens-1 = Någon lyssnar på dig och tar det du berättar på allvar.
help-what-happens-2 = Du bestämmer själv vad du vill berätta, och du kan avsluta samtalet när du vill.
help-what-happens-3 = Många stödlinjer är gratis, och hos många kan du vara anonym. Det står på varje kontakt.
help-what-happens-4 = Många stödlinjer kan ordna en tolk, så att du kan prata på ditt eget språk.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = Vi har inget nummer till socialtjänsten i { $municipality } än. Ring kommunens växel och be att få prata med socialtjänsten. Utanför kontorstid kan du fråga efter socialjouren, eller ringa 112 om det är akut.

help-municipality-label = Din kommun
help-municipality-hint = Skriv namnet på din kommun. Valet stannar i din telefon eller dator och sparas inte. Sidan hämtar kontakterna för alla kommuner på en gång, så ingen kan se vilken du valde.
help-municipality-no-match = Vi hittar ingen kommun med det namnet. Kontrollera stavningen eller skriv början av namnet.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Du har valt { $municipality }.
help-municipality-change = Byt kommun

help-national-title = Stöd i hela Sverige
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Stöd i { $municipality }

## Kontaktkort

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Ring { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = Skicka sms till { $number }
contact-chat = Öppna chatten
contact-web = Öppna webbplatsen
contact-open-always = Öppet dygnet runt
contact-open-now = Öppet nu
contact-closed-now = Stängt just nu
contact-hours-unknown = Vi har inte kunnat kontrollera öppettiderna.
contact-free = Kostar inget
contact-anonymous = Du kan vara anonym
contact-interpreter = Tolk kan ordnas
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Du kan också prata { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Uppgifterna lästes { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = Källsidan är daterad { $date }
contact-source-third-party = Uppgifterna kommer bara från en annan sida än organisationens egen
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = Källan säger att linjen hade pengar till { $date }. Vi vet inte om den finns kvar.
contact-switchboard = Numret går till kommunens växel. Be att få prata med socialtjänsten.
contact-via-112 = Du når jouren genom att ringa 112 och be att få prata med socialjouren.
contact-for-professionals = För yrkesverksamma
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = För: { $audiences }

## Öppettider: en regel per rad, till exempel ”Måndag–fredag 08:00–16:00”

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

## Vilken sorts kontakt det är (korta substantivfraser)

kind-emergency = Larmnummer
kind-police = Polisen
kind-helpline = Stödlinje
kind-social-services = Socialtjänsten
kind-social-services-on-call = Socialjouren
kind-womens-shelter = Kvinnojour
kind-girls-shelter = Tjejjour
kind-mens-shelter = Mansjour
kind-youth-clinic = Ungdomsmottagning
kind-perpetrator-programme = Stöd för att sluta använda våld
kind-victim-support = Stöd efter brott
kind-health = Vård och hälsa
kind-suicide-prevention = Stöd vid tankar på självmord

## Vem kontakten är till för (fraser efter ”För: …”)

audience-everyone = Alla
audience-women = Kvinnor
audience-men = Män
audience-trans = Transpersoner och ickebinära
audience-young = Unga
audience-children = Barn under 18
audience-honour = Personer som utsätts för hedersrelaterat våld och förtryck
audience-trafficking = Personer som säljer sex eller utsätts för människohandel
audience-uses-violence = Personer som använder våld och vill sluta
audience-worried-others = Personer som oroar sig för någon annan
audience-professionals = Yrkesverksamma

result-contacts-title = Här kan du få stöd

## Sidan för skolpersonal

staff-title = För dig som arbetar i skolan
staff-load-failed = Sidan kunde inte laddas. Kontrollera din anslutning och försök igen.
plan-load-failed = Säkerhetsplanen kunde inte laddas. Kontrollera din anslutning och försök igen.
text-load-failed = Texten kunde inte laddas. Kontrollera din anslutning och försök igen.
text-load-retry = Försök igen
read-aloud = Läs upp
read-aloud-stop = Sluta läsa upp

## Om Vägvisaren

about-title = Om Vägvisaren
language-status-marker = maskinöversatt

## Navigering

nav-start-questions = Börja svara på frågorna
nav-help = Hitta hjälp
nav-safety = Din säkerhet
nav-staff = För skolpersonal
nav-about = Om sidan
nav-plan = Gör en säkerhetsplan
nav-back = Tillbaka
nav-next = Nästa
nav-home = Till startsidan

