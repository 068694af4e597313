# Vägvisaren — lättläst svenska.
# Status: written by the team from the Swedish source; not yet reviewed by an easy-to-read editor.

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

start-title = Är det våld? Här kan du ta reda på det i lugn och ro.
start-lead = Du får svara på några frågor. Frågorna handlar om dig, eller om någon som du är orolig för. Sedan kan du läsa om vad det kan vara. Du får också veta var du kan få hjälp.
start-duration = Det tar ungefär 5 till 10 minuter. Du kan hoppa över frågor. Du kan sluta när du vill.
start-private = Vi sparar inte dina svar. Vi skickar dem inte någonstans. Svaren finns bara i din telefon eller dator tills du stänger sidan.
start-quick-exit = Högst upp finns alltid knappen ”Lämna sidan snabbt”. Du kan också trycka på Skift tre gånger. Skift är tangenten med en pil uppåt.
start-emergency = Är du i fara just nu? Ring 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Vad vill du veta mer om?
flow-path-partner = Om mig – min partner eller mitt ex
flow-path-family = Om mig – min familj eller släkt
flow-path-exploitation = Om mig – någon får mig att sälja sex, eller bestämmer över mitt jobb, mina pengar eller mina papper
flow-path-worried = Om någon som jag är orolig för
flow-path-used-violence = Jag har skadat eller skrämt någon som står mig nära
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


## Questions: partner or ex

q-partner-put-down = Säger din partner eller ditt ex elaka ord till dig, gör narr av dig eller får dig att känna dig värdelös?
q-partner-isolate = Bestämmer din partner eller ditt ex vem du får träffa, vart du får gå eller vad du får ha på dig?
q-partner-phone = Läser din partner eller ditt ex dina meddelanden, kollar din telefon eller kräver att få dina lösenord?
q-partner-follow = Följer din partner eller ditt ex efter dig, kollar var du är med en app eller kommer dit där du är fast du inte vill?
q-partner-images = Tänk på bilder eller filmer som du inte vill att andra ska se. Har din partner eller ditt ex spridit sådana bilder eller filmer, eller hotat att göra det?
q-partner-money = Tar din partner eller ditt ex dina pengar, eller bestämmer hen över dem så att du inte kan använda dem själv?
q-partner-money-youth = Tar din partner eller ditt ex dina pengar, eller bestämmer hen vad du får köpa?
q-partner-debt = Har din partner eller ditt ex tagit lån som du måste betala, eller hindrat dig från att jobba eller studera?
q-partner-debt-youth = Har din partner eller ditt ex hindrat dig från att gå till skolan, eller fått dig att köpa saker eller låna pengar åt hen?
q-partner-break = Har din partner eller ditt ex förstört, kastat eller tagit dina saker?
q-partner-pets = Har din partner eller ditt ex skadat ett djur som du tycker om, eller hotat att göra det?
q-partner-threats = Hot kan till exempel vara att hen ska ta barnen, sprida saker om dig eller se till att du måste lämna Sverige. Hotar din partner eller ditt ex dig?
q-partner-hit = Har din partner eller ditt ex slagit, knuffat, sparkat eller hållit fast dig?
q-partner-hurt = Har du fått blåmärken, sår eller andra skador av din partner eller ditt ex?
q-partner-neck = Har din partner eller ditt ex tagit tag om din hals, tryckt på din hals eller gjort så att du fick svårt att andas?
q-partner-weapon = Har din partner eller ditt ex hotat dig med en kniv, ett vapen eller något annat som kan skada?
q-partner-kill = Har din partner eller ditt ex hotat att döda dig eller någon som du tycker om?
q-partner-worse = Har våldet eller hoten blivit värre eller hänt oftare det senaste året?
q-partner-pregnant = Har din partner eller ditt ex slagit eller skadat dig när du var gravid?
q-partner-sex = Har din partner eller ditt ex tvingat eller pressat dig till sex eller andra sexuella saker som du inte ville?
q-partner-sex-fear = Har du sagt ja till sex bara för att du var rädd för vad som annars skulle hända?
q-partner-care = Har din partner eller ditt ex vägrat att ge dig mat, medicin eller annan hjälp som du behöver varje dag?
q-partner-aids = Har din partner eller ditt ex tagit ifrån dig saker som du behöver, till exempel rullstol, glasögon, medicin eller telefon?
q-partner-children-see = Har barn hemma hos er sett eller hört våld eller hot mellan dig och din partner eller ditt ex?
q-partner-children-afraid = Har barnen blivit rädda, eller försökt skydda dig, när din partner eller ditt ex var arg?
q-partner-children-threat = Har din partner eller ditt ex hotat att skada barnen, eller att ta barnen från dig?
q-partner-afraid = Är du rädd för din partner eller ditt ex, även när hen inte gör något?
q-partner-careful = Tänker du hela tiden på vad du säger och gör, så att din partner eller ditt ex inte ska bli arg?
q-partner-leaving = Är du rädd för vad din partner ska göra, nu när du har lämnat hen eller tänker lämna hen?

## Questions: family or relatives

q-family-collective = Är det flera personer i din familj eller släkt som bestämmer tillsammans hur du ska leva?
q-family-collective-youth = Är det fler än dina föräldrar som bestämmer över ditt liv, till exempel syskon eller släktingar?
q-family-friends = Bestämmer familjen eller släkten vilka vänner du får ha, vilka kläder du får ha på dig eller vad du får göra på fritiden?
q-family-friends-youth = Bestämmer familjen vilka kompisar du får ha, vad du får ha på dig eller vad du får göra efter skolan?
q-family-school = Hindrar familjen eller släkten dig från att studera, jobba eller själv välja vad du ska studera?
q-family-school-youth = Hindrar familjen dig från att vara med på lektioner, skolresor eller annat i skolan?
q-family-love = Bestämmer familjen eller släkten vem du får bli kär i och vara ihop med, eller om du får visa vem du är?
q-family-love-youth = Bestämmer familjen vem du får bli kär i eller vara ihop med?
q-family-phone = Kollar någon i din familj eller släkt din telefon eller dina meddelanden för att se vem du pratar med?
q-family-phone-youth = Kollar någon i familjen din telefon för att se vem du pratar med?
q-family-siblings = Håller syskon, kusiner eller andra släktingar koll på dig och berättar för familjen vad du gör?
q-family-siblings-youth = Håller dina syskon eller kusiner koll på dig i skolan eller på stan, och berättar sedan för familjen?
q-family-virginity = Oskuld betyder att man inte har haft sex. Kräver familjen eller släkten att du ska vara oskuld tills du gifter dig, eller kollar de att du är det?
q-family-virginity-youth = Oskuld betyder att man inte har haft sex. Säger familjen att du måste vara oskuld tills du gifter dig?
q-family-marriage = Vill familjen eller släkten att du ska förlova dig eller gifta dig med någon som du inte själv har valt, eller har det redan hänt?
q-family-marriage-youth = Vill familjen att du ska förlova dig eller gifta dig, fast du inte vill?
q-family-abroad = Har någon sagt att de ska skicka dig till ett annat land fast du inte vill, eller ska ni göra en resa som du är orolig för?
q-family-abroad-youth = Har någon sagt att de ska skicka dig till ett annat land, eller ska ni resa någonstans som gör dig orolig?
q-family-disown = Har någon sagt att familjen inte vill ha kontakt med dig längre om du inte gör som de vill?
q-family-disown-youth = Har någon sagt att familjen inte vill ha dig kvar om du inte gör som de säger?
q-family-put-down = Säger någon i din familj eller släkt elaka ord till dig, gör narr av dig eller säger att du är värdelös?
q-family-put-down-youth = Säger någon i familjen elaka saker till dig, skriker på dig eller säger att du är dålig?
q-family-money = Tar familjen eller släkten dina pengar, till exempel din lön eller dina bidrag, eller bestämmer de över pengarna?
q-family-money-youth = Tar någon i familjen dina pengar, till exempel studiebidraget eller lönen från ett sommarjobb?
q-family-money-denied = Vägrar familjen att ge dig pengar till sådant som du behöver, som mat, kläder eller resor, för att styra dig?
q-family-money-denied-youth = Vägrar familjen att ge dig pengar till sådant som du behöver, som busskort, kläder eller skolsaker, för att straffa dig?
q-family-break = Har någon i din familj eller släkt förstört, kastat eller tagit dina saker?
q-family-break-youth = Har någon i familjen förstört eller tagit dina saker för att straffa dig?
q-family-pets = Har någon i din familj eller släkt skadat ett djur som du tycker om, eller hotat att göra det?
q-family-online = Har någon i din familj eller släkt lagt ut bilder, filmer eller rykten om dig på nätet, eller hotat att göra det?
q-family-online-youth = Har någon i familjen lagt ut bilder eller saker om dig på nätet, eller hotat att göra det?
q-family-tracking = Följer någon i din familj eller släkt efter dig, eller kollar var du är med en app eller genom andra personer?
q-family-tracking-youth = Följer någon i familjen efter dig, eller kollar var du är med en app i telefonen?
q-family-hit = Har någon i din familj eller släkt slagit, knuffat, sparkat eller hållit fast dig?
q-family-hit-youth = Har någon i familjen slagit dig, knuffat dig, dragit dig i håret eller hållit fast dig?
q-family-neck = Har någon i din familj eller släkt tagit tag om din hals, tryckt på din hals eller gjort så att du fick svårt att andas?
q-family-neck-youth = Har någon i familjen tagit tag om din hals eller gjort så att du fick svårt att andas?
q-family-weapon = Har någon i din familj eller släkt hotat dig med en kniv, ett vapen eller något annat som kan skada?
q-family-weapon-youth = Har någon i familjen hotat dig med en kniv eller något annat som kan skada?
q-family-kill = Har någon i din familj eller släkt hotat att döda dig eller någon som du tycker om?
q-family-kill-youth = Har någon i familjen sagt att de ska döda dig eller någon som du tycker om?
q-family-worse = Har våldet eller hoten blivit värre eller hänt oftare det senaste året?
q-family-worse-youth = Har det blivit värre eller hänt oftare på sista tiden?
q-family-sex-touch = Har någon i din familj eller släkt tagit på dig på ett sexuellt sätt, eller pratat om eller visat sexuella saker som du inte ville?
q-family-sex-touch-youth = Har någon i familjen eller släkten tagit på din kropp på ett sätt som kändes fel, eller visat dig sexuella bilder?
q-family-sex-forced = Har någon i din familj eller släkt tvingat eller pressat dig till sex eller andra sexuella saker?
q-family-sex-forced-youth = Har någon i familjen eller släkten tvingat dig att göra något sexuellt?
q-family-care = Har den i familjen som ska hjälpa dig vägrat att ge dig mat, medicin eller annan hjälp som du behöver varje dag?
q-family-care-youth = Händer det att du inte får mat, rena kläder eller hjälp när du är sjuk hemma?
q-family-alone = Har någon i din familj lämnat dig ensam länge, eller tagit dina hjälpmedel, fast du inte klarar dig själv? Hjälpmedel kan till exempel vara en rullstol.
q-family-alone-youth = Lämnar familjen dig ensam hemma länge, eller måste du ta hand om dig själv eller dina syskon mer än du orkar?
q-family-children-see = Finns det barn i familjen som ser eller hör våld eller hot hemma?
q-family-children-see-youth = Har du eller dina syskon sett eller hört någon i familjen slå eller hota någon annan?
q-family-children-threat = Har någon i din familj eller släkt hotat att skada barn i familjen, eller att ta barnen från dig?
q-family-children-threat-youth = Har någon i familjen hotat att skada dina syskon eller andra barn i familjen?
q-family-afraid = Är du rädd för någon i din familj eller släkt, även när inget händer?
q-family-afraid-youth = Är du rädd för någon i familjen?
q-family-home = Är du rädd för vad som ska hända när du kommer hem, eller om familjen får veta något om dig?
q-family-home-youth = Är du rädd för att gå hem efter skolan, eller för vad som händer om familjen får veta något om dig?
