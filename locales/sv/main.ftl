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

start-title = Är det våld? Här kan du ta reda på det i lugn och ro.
start-lead = Svara på några frågor om det som händer dig eller någon du oroar dig för. Du får veta vad det kan kallas och var du kan få hjälp.
start-duration = Det tar ungefär fem till tio minuter. Du kan hoppa över frågor och sluta när du vill.
start-private = Ingenting av det du svarar sparas eller skickas någonstans. Det stannar i din telefon eller dator tills du stänger sidan.
start-quick-exit = Knappen ”Lämna sidan snabbt” finns alltid högst upp. Du kan också trycka på Skift tre gånger.
start-emergency = Är du i fara just nu? Ring 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Vad vill du ta reda på?
flow-path-partner = Om mig – min partner eller mitt ex
flow-path-family = Om mig – min familj eller släkt
flow-path-exploitation = Om mig – någon får mig att sälja sex eller styr mitt arbete, mina pengar eller papper
flow-path-worried = Om någon jag oroar mig för
flow-path-used-violence = Jag har skadat eller skrämt någon som står mig nära
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


## Frågor: partner eller ex

q-partner-put-down = Kallar din partner eller ditt ex dig fula saker, hånar dig eller får dig att känna dig värdelös?
q-partner-isolate = Bestämmer din partner eller ditt ex vem du får träffa, vart du får gå eller vad du får ha på dig?
q-partner-phone = Läser din partner eller ditt ex dina meddelanden, kräver dina lösenord eller kollar din telefon?
q-partner-follow = Följer din partner eller ditt ex efter dig, håller koll på var du är med en app, eller dyker upp där du är fast du inte vill?
q-partner-images = Har din partner eller ditt ex spridit, eller hotat att sprida, bilder eller filmer av dig som du inte vill att andra ska se?
q-partner-money = Tar din partner eller ditt ex dina pengar, eller bestämmer hen över dem så att du inte kan använda dem själv?
q-partner-money-youth = Tar din partner eller ditt ex dina pengar, eller bestämmer hen vad du får köpa?
q-partner-debt = Har din partner eller ditt ex tagit lån eller skulder i ditt namn, eller hindrat dig från att jobba eller studera?
q-partner-debt-youth = Har din partner eller ditt ex hindrat dig från att gå till skolan, eller fått dig att köpa saker eller låna pengar åt hen?
q-partner-break = Har din partner eller ditt ex slagit sönder, kastat eller tagit dina saker?
q-partner-pets = Har din partner eller ditt ex skadat eller hotat att skada ett djur som du bryr dig om?
q-partner-threats = Hotar din partner eller ditt ex dig, till exempel med att ta barnen, sprida saker om dig eller se till att du måste lämna Sverige?
q-partner-hit = Har din partner eller ditt ex slagit, knuffat, sparkat eller hållit fast dig?
q-partner-hurt = Har du fått blåmärken, sår eller andra skador av något som din partner eller ditt ex har gjort?
q-partner-neck = Har din partner eller ditt ex tagit tag om din hals, tryckt mot din strupe eller gjort så att du fick svårt att andas?
q-partner-weapon = Har din partner eller ditt ex hotat dig med en kniv, ett vapen eller något annat som kan skada?
q-partner-kill = Har din partner eller ditt ex hotat att döda dig eller någon som står dig nära?
q-partner-worse = Har våldet eller hoten blivit värre, eller hänt oftare, det senaste året?
q-partner-pregnant = Om du har varit gravid: har din partner eller ditt ex slagit eller skadat dig under graviditeten?
q-partner-sex = Har din partner eller ditt ex tvingat eller pressat dig till sex eller sexuella handlingar som du inte ville?
q-partner-sex-fear = Har du gått med på sex för att du var rädd för vad som annars skulle hända?
q-partner-care = Om du behöver hjälp i vardagen: har din partner eller ditt ex låtit bli att ge dig mat, medicin eller annan hjälp som du behöver?
q-partner-aids = Har din partner eller ditt ex tagit ifrån dig hjälpmedel, glasögon, medicin eller telefon, så att du inte klarar dig själv eller kan be om hjälp?
q-partner-children-see = Om det finns barn hemma: har de sett eller hört våld eller hot mellan er?
q-partner-children-afraid = Har barnen blivit rädda, eller försökt skydda dig, när din partner eller ditt ex har varit arg?
q-partner-children-threat = Har din partner eller ditt ex hotat att skada barnen, eller att ta dem ifrån dig?
q-partner-afraid = Är du rädd för din partner eller ditt ex, även när hen inte gör något just då?
q-partner-careful = Tänker du hela tiden på vad du säger och gör, så att din partner eller ditt ex inte ska bli arg?
q-partner-leaving = Har du nyligen lämnat din partner, eller tänker du lämna, och är du rädd för vad hen gör då?

## Frågor: familj eller släkt

q-family-collective = Är det flera i din familj eller släkt som tillsammans bestämmer hur du ska leva?
q-family-collective-youth = Är det fler än dina föräldrar, till exempel syskon eller släktingar, som bestämmer över ditt liv?
q-family-friends = Bestämmer familjen eller släkten vilka vänner du får ha, hur du får klä dig eller vad du får göra på fritiden?
q-family-friends-youth = Bestämmer familjen vilka kompisar du får ha, vad du får ha på dig eller vad du får göra efter skolan?
q-family-school = Hindrar familjen eller släkten dig från att studera, jobba eller välja utbildning själv?
q-family-school-youth = Hindrar familjen dig från att vara med på lektioner, skolresor eller aktiviteter i skolan?
q-family-love = Bestämmer familjen eller släkten vem du får bli kär i och vara tillsammans med, eller om du får vara öppen med vem du är?
q-family-love-youth = Bestämmer familjen vem du får bli kär i eller vara ihop med?
q-family-phone = Kollar någon i din familj eller släkt din telefon eller dina meddelanden för att se vem du pratar med?
q-family-phone-youth = Kollar någon i familjen din telefon för att se vem du pratar med?
q-family-siblings = Håller syskon, kusiner eller andra släktingar koll på dig och berättar för familjen vad du gör?
q-family-siblings-youth = Håller dina syskon eller kusiner koll på dig i skolan eller på stan och berättar för familjen?
q-family-virginity = Kräver familjen eller släkten att du ska vara oskuld tills du gifter dig, eller kontrollerar de att du är det?
q-family-virginity-youth = Säger familjen att du måste vara oskuld, alltså inte ha haft sex, tills du gifter dig?
q-family-marriage = Pressar familjen eller släkten dig att förlova dig eller gifta dig med någon som du inte själv har valt, eller har det redan hänt mot din vilja?
q-family-marriage-youth = Vill familjen att du ska förlova dig eller gifta dig, fast du inte själv vill?
q-family-abroad = Har någon sagt att du ska skickas eller tas till ett annat land mot din vilja, eller planeras en resa som du är orolig för?
q-family-abroad-youth = Har någon sagt att du ska skickas till ett annat land, eller ska ni resa någonstans som gör dig orolig?
q-family-disown = Har någon hotat med att familjen ska stöta bort dig eller bryta kontakten med dig om du inte gör som de vill?
q-family-disown-youth = Har någon sagt att familjen inte vill ha dig kvar om du inte gör som de säger?
q-family-put-down = Kallar någon i din familj eller släkt dig fula saker, hånar dig eller säger att du är värdelös?
q-family-put-down-youth = Säger någon i familjen elaka saker till dig, skriker på dig eller säger att du är dålig?
q-family-money = Tar familjen eller släkten din lön, dina bidrag eller dina pengar, eller bestämmer de över dem?
q-family-money-youth = Tar någon i familjen dina pengar, till exempel studiebidrag eller lön från ett sommarjobb?
q-family-money-denied = Håller familjen inne pengar till sådant du behöver, som mat, kläder eller resor, för att styra dig?
q-family-money-denied-youth = Vägrar familjen ge dig pengar till sådant du behöver, som busskort, kläder eller skolsaker, för att straffa dig?
q-family-break = Har någon i din familj eller släkt slagit sönder, kastat eller tagit dina saker?
q-family-break-youth = Har någon i familjen förstört eller tagit dina saker för att straffa dig?
q-family-pets = Har någon i din familj eller släkt skadat eller hotat att skada ett djur som du bryr dig om?
q-family-online = Har någon i din familj eller släkt spridit, eller hotat att sprida, bilder, filmer eller rykten om dig på nätet?
q-family-online-youth = Har någon i familjen lagt ut, eller hotat att lägga ut, bilder eller saker om dig på nätet?
q-family-tracking = Följer någon i din familj eller släkt efter dig, eller håller koll på var du är med en app eller genom andra?
q-family-tracking-youth = Följer någon i familjen efter dig, eller kollar var du är med en app i telefonen?
q-family-hit = Har någon i din familj eller släkt slagit, knuffat, sparkat eller hållit fast dig?
q-family-hit-youth = Har någon i familjen slagit dig, knuffat dig, dragit dig i håret eller hållit fast dig?
q-family-neck = Har någon i din familj eller släkt tagit tag om din hals, tryckt mot din strupe eller gjort så att du fick svårt att andas?
q-family-neck-youth = Har någon i familjen tagit tag om din hals eller gjort så att du fick svårt att andas?
q-family-weapon = Har någon i din familj eller släkt hotat dig med en kniv, ett vapen eller något annat som kan skada?
q-family-weapon-youth = Har någon i familjen hotat dig med en kniv eller något annat som kan skada?
q-family-kill = Har någon i din familj eller släkt hotat att döda dig eller någon som står dig nära?
q-family-kill-youth = Har någon i familjen sagt att de ska döda dig eller någon du tycker om?
q-family-worse = Har våldet eller hoten blivit värre, eller hänt oftare, det senaste året?
q-family-worse-youth = Har det blivit värre, eller hänt oftare, på sistone?
q-family-sex-touch = Har någon i din familj eller släkt tagit på dig på ett sexuellt sätt, eller sagt eller visat sexuella saker som du inte ville?
q-family-sex-touch-youth = Har någon i familjen eller släkten tagit på din kropp på ett sätt som kändes fel, eller visat dig sexuella bilder?
q-family-sex-forced = Har någon i din familj eller släkt tvingat eller pressat dig till sex eller sexuella handlingar?
q-family-sex-forced-youth = Har någon i familjen eller släkten tvingat dig att göra något sexuellt?
q-family-care = Om du behöver hjälp i vardagen: har den i familjen som ska hjälpa dig låtit bli att ge dig mat, medicin eller annan hjälp som du behöver?
q-family-care-youth = Händer det att du blir utan mat, rena kläder eller hjälp när du är sjuk hemma?
q-family-alone = Har någon i din familj lämnat dig ensam länge, eller tagit ifrån dig hjälpmedel, fast du inte klarar dig själv?
q-family-alone-youth = Lämnas du ensam hemma länge, eller måste du ta hand om dig själv eller dina syskon mer än du orkar?
q-family-children-see = Finns det barn i familjen som ser eller hör våld eller hot hemma?
q-family-children-see-youth = Har du eller dina syskon sett eller hört någon i familjen slå eller hota någon annan?
q-family-children-threat = Har någon i din familj eller släkt hotat att skada barn i familjen, eller att ta dem ifrån dig?
q-family-children-threat-youth = Har någon i familjen hotat att skada dina syskon eller andra barn i familjen?
q-family-afraid = Är du rädd för någon i din familj eller släkt, även när inget händer just då?
q-family-afraid-youth = Är du rädd för någon i familjen?
q-family-home = Är du rädd för vad som händer när du kommer hem, eller om familjen får veta något om dig?
q-family-home-youth = Är du rädd för att gå hem efter skolan, eller för vad som händer om familjen får veta något om dig?

## Frågor: sälja sex, arbete, pengar eller papper

q-exploit-sell-sex = Pressar eller tvingar någon dig att sälja sex, eller att ha sex med andra mot pengar?
q-exploit-sell-sex-youth = Har någon fått dig att ha sex eller göra sexuella saker i utbyte mot pengar, saker, droger eller ett ställe att sova på?
q-exploit-sex-control = Bestämmer någon annan när, var eller med vem du ska ha sex mot pengar, eller tar någon annan pengarna?
q-exploit-work = Jobbar du mycket mer än ni kom överens om, för mycket lite eller ingen lön?
q-exploit-work-youth = Får någon dig att jobba, sälja droger eller göra ärenden åt dem, utan lön eller för att du är rädd?
q-exploit-wage = Tar någon annan din lön eller dina pengar, eller bestämmer vad du får köpa?
q-exploit-debt = Säger någon att du har en skuld till dem, till exempel för resan, boendet eller jobbet, som du måste arbeta av?
q-exploit-debt-youth = Säger någon att du är skyldig dem pengar eller tjänster, som du måste betala tillbaka genom att göra saker åt dem?
q-exploit-debt-grows = Växer skulden hela tiden, till exempel genom böter, hyra eller avgifter, så att du aldrig blir fri från den?
q-exploit-papers = Har någon tagit ditt pass, ditt ID-kort eller ditt uppehållstillstånd och vill inte ge tillbaka det?
q-exploit-accounts = Har någon annan hand om ditt BankID, dina kontrakt eller andra papper i ditt namn, så att du inte kan använda dem själv?
q-exploit-locked = Hindrar någon dig från att gå ut ensam, träffa vem du vill eller prata med din familj?
q-exploit-phone = Tar någon din telefon, läser dina meddelanden eller håller koll på var du är?
q-exploit-online = Har någon lagt ut annonser, bilder eller filmer av dig på nätet utan att du själv har bestämt det?
q-exploit-authorities = Har någon sagt att polisen eller myndigheterna kommer att straffa dig eller skicka ut dig ur landet om du berättar?
q-exploit-sex-forced = Har någon tvingat dig till sex eller sexuella handlingar som du inte ville?
q-exploit-sex-unsafe = Har någon tvingat dig att ha sex utan kondom, eller att göra sådant som du har sagt nej till?
q-exploit-hit = Har någon som styr över dig slagit, knuffat eller skadat dig?
q-exploit-neck = Har någon tagit tag om din hals, tryckt mot din strupe eller gjort så att du fick svårt att andas?
q-exploit-weapon = Har någon hotat dig med en kniv, ett vapen eller något annat som kan skada?
q-exploit-kill = Har någon hotat att döda dig, eller någon i din familj här eller i ett annat land?
q-exploit-worse = Har våldet eller hoten blivit värre, eller hänt oftare, på sistone?
q-exploit-afraid = Är du rädd för vad som händer om du säger nej, slutar eller går därifrån?
q-exploit-always-afraid = Är du rädd för den eller de som styr över dig, även när de inte är i närheten?

## Frågor: någon du oroar dig för

q-worried-afraid = Verkar den du oroar dig för vara rädd för någon, eller orolig för att gå hem?
q-worried-isolated = Har den du oroar dig för slutat träffa vänner eller familj, eller slutat med sådant som hen brukade tycka om?
q-worried-controlled = Verkar någon bestämma över den du oroar dig för, till exempel vem hen får träffa eller vart hen får gå?
q-worried-careful = Verkar den du oroar dig för hela tiden tänka på vad hen säger och gör, så att någon inte ska bli arg?
q-worried-phone = Kollar någon telefonen för den du oroar dig för, eller måste hen alltid svara direkt och berätta var hen är?
q-worried-followed = Blir den du oroar dig för förföljd, övervakad eller kontaktad hela tiden av någon, på nätet eller i verkligheten?
q-worried-money = Har någon annan hand om pengarna, lönen eller bankkortet för den du oroar dig för, så att hen inte kan bestämma själv?
q-worried-debts = Har den du oroar dig för fått skulder som någon annan har tagit, eller saknar hen pengar till mat och annat som hen behöver?
q-worried-injuries = Har du sett blåmärken eller skador på den du oroar dig för, som hen inte vill eller kan förklara?
q-worried-hit = Har du sett, hört eller fått veta att någon slår, knuffar eller håller fast den du oroar dig för?
q-worried-neck = Har du fått veta att någon har tagit tag om halsen på den du oroar dig för, eller gjort så att hen fick svårt att andas?
q-worried-weapon = Har någon hotat den du oroar dig för med en kniv, ett vapen eller något annat som kan skada?
q-worried-kill = Har någon hotat att döda den du oroar dig för, eller någon som står hen nära?
q-worried-worse = Verkar det ha blivit värre på sistone, till exempel fler skador, mer hot eller mer rädsla?
q-worried-leaving = Har den du oroar dig för nyligen lämnat, eller tänker hen lämna, en partner som hen är rädd för?
q-worried-sex = Har den du oroar dig för berättat att någon har tvingat eller pressat hen till sex eller sexuella handlingar?
q-worried-sex-images = Har du sett att någon sprider sexuella bilder av den du oroar dig för, eller pratar sexuellt med hen fast hen inte vill?
q-worried-selling-sex = Tror du att den du oroar dig för säljer sex, eller att någon får hen att göra det?
q-worried-sex-for-things = Får den du oroar dig för pengar, presenter, droger eller ett ställe att sova på av någon som vill ha sex i gengäld?
q-worried-honour = Bestämmer familjen eller släkten till den du oroar dig för vilka vänner hen får ha, vad hen får ha på sig eller om hen får studera?
q-worried-honour-love = Bestämmer någon annan vem den du oroar dig för får vara tillsammans med eller gifta sig med?
q-worried-trip = Har den du oroar dig för sagt att hen ska förlovas, giftas bort eller skickas utomlands mot sin vilja?
q-worried-care = Om den du oroar dig för behöver hjälp i vardagen: verkar hen bli utan mat, medicin eller annan hjälp som hen behöver?
q-worried-care-youth = Verkar den du oroar dig för bli utan mat, rena kläder eller hjälp när hen är sjuk?
q-worried-left-alone = Lämnas den du oroar dig för ensam länge, eller utan sina hjälpmedel, fast hen inte klarar sig själv?
q-worried-children-home = Finns det barn i hemmet som kan se eller höra våld eller hot?
q-worried-children-scared = Verkar barnen i hemmet rädda, oroliga eller ledsna på ett sätt som oroar dig?

## Frågor: jag har skadat eller skrämt någon som står mig nära

q-used-put-down = Har du kallat någon som står dig nära fula saker, förnedrat hen eller skrikit på hen så att hen blev rädd?
q-used-control = Har du bestämt vem en partner eller någon i din familj får träffa, vart hen får gå eller vad hen får ha på sig?
q-used-control-youth = Har du bestämt vem någon du är ihop med, eller ett syskon, får träffa eller vad hen får ha på sig?
q-used-phone = Har du läst någons meddelanden, krävt hens lösenord eller kollat hens telefon utan lov?
q-used-images = Har du spridit, eller hotat att sprida, bilder eller filmer av någon som hen inte ville att andra skulle se?
q-used-money = Har du tagit någons pengar, eller bestämt över dem så att hen inte kunde använda dem själv?
q-used-money-work = Har du hindrat en partner eller någon i din familj från att jobba eller studera, eller tagit lån i hens namn?
q-used-money-work-youth = Har du tvingat någon att ge dig pengar eller saker?
q-used-break = Har du slagit sönder saker, kastat saker eller slagit i väggar eller dörrar när du har varit arg?
q-used-pets = Har du skadat eller hotat att skada ett djur för att skrämma någon?
q-used-hit = Har du slagit, knuffat, sparkat eller hållit fast en partner eller någon i din familj?
q-used-hit-youth = Har du slagit, knuffat eller sparkat någon i familjen, till exempel en förälder eller ett syskon, eller någon du är ihop med?
q-used-neck = Har du någon gång klämt åt någons hals eller strupe?
q-used-weapon = Har du hotat någon med en kniv, ett vapen eller något annat som kan skada?
q-used-kill = Har du sagt att du ska döda någon som står dig nära, även om du inte menade det?
q-used-worse = Har det hänt oftare, eller blivit grövre, det senaste året?
q-used-sex = Har du pressat eller tvingat någon till sex, eller fortsatt fast hen sa nej eller inte verkade vilja?
q-used-sex-sulk = Har du blivit arg, sur eller hotfull när en partner inte ville ha sex?
q-used-children-see = Har barn sett eller hört när du har varit våldsam eller hotfull hemma?
q-used-children-afraid = Har ett barn blivit rädd för dig, eller försökt stoppa dig eller skydda någon när du har varit arg?
q-used-afraid = Tror du att någon som står dig nära är rädd för dig?
q-used-careful = Märker du att någon som står dig nära blir tyst eller försiktig för att du inte ska bli arg?

## Resultat: former av våld
## -title är ett kort namn. -text vänder sig till den som är utsatt, -text-worried till
## den som oroar sig för någon annan och -text-used till den som har använt våld.

category-physical-title = Fysiskt våld
category-physical-text = Att någon slår, knuffar, håller fast eller skadar dig på annat sätt är våld. Det är ett brott, och det är aldrig ditt fel.
category-physical-text-worried = Att någon slår, knuffar eller skadar den du oroar dig för är våld och ett brott. Det är aldrig hens fel.
category-physical-text-used = Det du beskriver är fysiskt våld. Det går att sluta, och det finns hjälp att få.

category-psychological-title = Psykiskt våld
category-psychological-text = Hot, hån och att bli kontrollerad eller hindrad från att träffa andra är också våld. Det kan göra lika ont som slag.
category-psychological-text-worried = Hot, hån och kontroll är också våld, även när inget syns. Det kan göra det svårt för hen att be om hjälp.
category-psychological-text-used = Att hota, förnedra eller kontrollera någon är psykiskt våld. Du kan välja att sluta, och det finns stöd för att klara det.

category-sexual-title = Sexuellt våld
category-sexual-text = Allt sex ska vara frivilligt, även med en partner. Att bli pressad eller tvingad till något sexuellt är våld och ett brott.
category-sexual-text-worried = Ingen får pressa eller tvinga någon till något sexuellt. Det är våld och ett brott, även i en relation.
category-sexual-text-used = Sex utan att båda vill är sexuellt våld och ett brott, även i en relation. Det finns hjälp för dig som vill ändra hur du gör.

category-economic-title = Ekonomiskt våld
category-economic-text = Att någon tar dina pengar, bestämmer över dem eller sätter dig i skuld för att styra dig är ekonomiskt våld.
category-economic-text-worried = Att någon tar hens pengar eller bestämmer över dem för att styra hen är ekonomiskt våld.
category-economic-text-used = Att ta någons pengar eller bestämma över dem för att styra hen är ekonomiskt våld. Det går att ändra, och det finns stöd.

category-material-title = Materiellt våld
category-material-text = Att någon förstör dina saker eller skadar ditt djur för att skrämma dig är också våld.
category-material-text-used = Att slå sönder saker eller skada djur när du är arg skrämmer andra och är en form av våld. Det går att lära sig andra sätt att hantera ilska.

category-digital-title = Digitalt våld
category-digital-text = Att någon kollar din telefon, följer var du är eller sprider bilder av dig är våld, även när det sker på nätet.
category-digital-text-worried = Att någon kollar hens telefon, följer var hen är eller sprider bilder av hen är våld, även när det sker på nätet.
category-digital-text-used = Att kolla någons telefon, följa var hen är eller sprida bilder av hen är digitalt våld. Det går att sluta, och det finns hjälp.

category-latent-title = Att leva i rädsla
category-latent-text = Att hela tiden vara rädd och anpassa sig för att slippa våld kallas latent våld. Rädslan är ett tecken på att något är fel, och den är inte ditt fel.
category-latent-text-worried = Att hela tiden vara rädd och anpassa sig kallas latent våld. Hens rädsla är ett viktigt tecken att ta på allvar.
category-latent-text-used = När någon är rädd för dig och anpassar sig efter dig kallas det latent våld. Att du ser det är ett viktigt första steg.

category-neglect-title = Försummelse
category-neglect-text = Om du behöver hjälp i vardagen har du rätt att få den. Att någon låter bli att hjälpa dig, eller tar ifrån dig det du behöver, är försummelse.
category-neglect-text-worried = Att någon som behöver hjälp blir utan mat, medicin eller omsorg är försummelse. Hen har rätt till hjälp.

category-honour-title = Hedersrelaterat våld och förtryck
category-honour-text = När familjen eller släkten tillsammans bestämmer vem du får vara med, vad du får ha på dig eller vem du ska gifta dig med kallas det hedersrelaterat våld och förtryck. Du har rätt att bestämma över ditt eget liv.
category-honour-text-worried = När familjen eller släkten tillsammans styr hens liv, vänner, kläder eller giftermål kallas det hedersrelaterat våld och förtryck. Hen har rätt att bestämma över sitt eget liv.

category-children-witnessing-title = Barn som ser eller hör våld
category-children-witnessing-text = Barn som ser eller hör våld hemma är själva utsatta för våld. De har rätt till skydd och stöd.
category-children-witnessing-text-worried = Barn som ser eller hör våld hemma är själva utsatta för våld. Socialtjänsten kan ge barnet och familjen stöd.
category-children-witnessing-text-used = Barn som ser eller hör våld påverkas mycket, även när de inte är i samma rum. Att du söker hjälp är bra för dem också.

category-coerced-sex-title = Att pressas att sälja sex
category-coerced-sex-text = Ingen får pressa, lura eller tvinga dig att sälja sex. I Sverige är det den som köper sex eller tjänar pengar på det som gör fel, aldrig du.
category-coerced-sex-text-worried = Ingen får pressa, lura eller tvinga någon att sälja sex. Den som säljer sex gör inget brott i Sverige och har rätt till stöd.

category-debt-bondage-title = Skuldslaveri
category-debt-bondage-text = Att någon säger att du har en skuld som du måste arbeta av, och som aldrig tar slut, är ett sätt att styra dig. Det kan vara människohandel.

category-documents-taken-title = Pass och papper som tas ifrån dig
category-documents-taken-text = Ingen får ta ditt pass, ditt ID eller dina papper. Att hålla kvar dem för att styra dig är ett tecken på tvång.

## Resultat: varningstecken (i rutan om att ringa 112)
## Skrivna så att de passar alla vägar: den utsatta, den som oroar sig och den som
## har använt våld.

danger-strangulation = Att någon tar strypgrepp är ett allvarligt varningstecken, även om det inte syns några märken.
danger-weapon = Hot med kniv, vapen eller andra föremål är ett allvarligt varningstecken.
danger-threat-to-kill = Hot om att döda ska alltid tas på allvar, även när de sägs i ilska.
danger-escalation = När våldet eller hoten blir värre eller kommer oftare ökar risken för allvarligt våld.
danger-separation = Tiden runt en separation kan vara extra farlig när den andra har varit våldsam eller kontrollerande.
danger-pregnancy = Våld under en graviditet är ett allvarligt varningstecken, både för den som är gravid och för barnet.
danger-stalking = Att bli förföljd, övervakad eller kontaktad hela tiden är ett allvarligt varningstecken och kan vara ett brott.
danger-forced-trip-or-marriage = Planer på giftermål eller en resa utomlands mot någons vilja är ett allvarligt varningstecken. Det går att få skydd innan resan.
danger-threats-to-children = Hot mot barn är ett allvarligt varningstecken. Barn har rätt till skydd.

## Texter för säkerhetssidan, hjälpvyn, kontaktkort, resultatet, sidan för den som
## oroar sig, sidan för skolpersonal, om-sidan och navigeringen (källspråk: svenska).
## Slås ihop med main.ftl. Lugnt, enkelt och i du-form. Vi skuldbelägger aldrig,
## ställer aldrig diagnos och säger aldrig ”du är ett offer”.
## En lista är en serie id:n som slutar på -1, -2, -3 … i den ordning de ska visas.

## Säkerhetssidan

safety-title = Din säkerhet på den här sidan
safety-intro = Här kan du läsa hur sidan skyddar dig och vad den inte kan dölja. Gör det som känns säkrast för dig.

safety-quick-exit-title = Lämna sidan snabbt
safety-quick-exit-1 = Knappen ”Lämna sidan snabbt” finns alltid högst upp. Du kan också trycka på Skift tre gånger.
safety-quick-exit-2 = Då blir sidan tom direkt, och allt du har svarat glöms bort.
safety-quick-exit-3 = Sedan går fliken till en vädersida, så det ser ut som att du har kollat vädret.
safety-quick-exit-4 = Bakåtknappen i webbläsaren leder inte tillbaka hit.

safety-cannot-hide-title = Det här kan sidan inte dölja
safety-cannot-hide-1 = Webbläsarens historik visar fortfarande att du har besökt den här sidan.
safety-cannot-hide-2 = Du kan ta bort just det besöket. Öppna historiken i webbläsarens meny och leta upp Vägvisaren. Håll fingret på raden, dra den åt sidan eller tryck på krysset, och välj att ta bort den.
safety-cannot-hide-3 = Om du tar bort bara den raden ser resten av historiken ut som vanligt.
safety-cannot-hide-4 = Telefonens lista över senaste samtal visar vilka nummer du har ringt.
safety-cannot-hide-5 = Du kan ta bort ett samtal ur listan. Håll fingret på samtalet eller dra det åt vänster, och välj ”Radera”.
safety-cannot-hide-6 = Samtal till nummer som börjar med 020 är gratis och syns inte på telefonräkningen. De syns ändå i listan över senaste samtal.
safety-cannot-hide-7 = Sms och chattar finns kvar i telefonen tills du tar bort dem.

safety-private-browsing-title = Privat surfning
safety-private-browsing-1 = De flesta webbläsare har ett privat läge, som också kallas inkognito. Då sparas inte besöket i historiken när du stänger fönstret.
safety-private-browsing-2 = Du öppnar det oftast i webbläsarens meny, med ”Nytt privat fönster” eller ”Ny inkognitoflik”.
safety-private-browsing-3 = Privat läge döljer inte det du gör för ett program som övervakar telefonen, och inte heller för nätverket på en arbetsplats eller en skola.

safety-shared-phone-title = Om någon annan använder eller kollar din telefon
safety-shared-phone-1 = Om någon annan kan låna eller kolla din telefon eller dator, kan den personen se vad du gör där.
safety-shared-phone-2 = Någon kan ha installerat ett program som övervakar telefonen, ett så kallat spionprogram. Någon kan också känna till dina lösenord och koder.
safety-shared-phone-3 = Om det känns säkrare kan du använda en väns telefon, en dator på biblioteket eller en telefon på jobbet.
safety-shared-phone-4 = Det kan märkas om du plötsligt byter lösenord eller tar bort program. Tänk efter vad som är säkrast för dig innan du gör det.

safety-transparency-title = Sidan sparar ingenting och skickar ingenting
safety-transparency-1 = Sidan sparar ingenting i din telefon eller dator, inte heller kakor. Språk och kommun finns bara kvar tills du stänger sidan.
safety-transparency-2 = Det du svarar skickas aldrig någonstans. Sidan hämtar bara samma filer som för alla andra, vad du än svarar.
safety-transparency-intro = Se själv: listan här under visar varje förfrågan som sidan har gjort sedan du öppnade den.
safety-transparency-empty = Sidan har inte gjort några förfrågningar än.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Sidan har gjort en förfrågan.
   *[other] Sidan har gjort { $count } förfrågningar.
}

## Hjälpvyn (går att nå utan frågorna)

help-title = Hitta hjälp
help-intro = Här finns stödlinjer för hela Sverige och kontakter i din kommun. Du bestämmer själv vem du kontaktar och vad du berättar.
help-emergency = Är du i fara just nu? Ring 112.
help-not-sure = Du kan ringa även om du inte är säker på att det är våld. Det räcker att du är orolig eller vill prata.

help-what-happens-title = Det här händer när du ringer en stödlinje
help-what-happens-1 = Någon lyssnar på dig och tar det du berättar på allvar.
help-what-happens-2 = Du bestämmer själv vad du vill berätta, och du kan avsluta samtalet när du vill.
help-what-happens-3 = Många stödlinjer är gratis, och hos många kan du vara anonym. Det står på varje kontakt.
help-what-happens-4 = Många stödlinjer kan ordna en tolk, så att du kan prata på ditt eget språk.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = Vi har inga egna kontakter för { $municipality } än. Ring kommunens växel och be att få prata med socialtjänsten. Utanför kontorstid kan du fråga efter socialjouren, eller ringa 112 om det är akut.

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
contact-source = Kontrollerad { $date }
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

## Resultatet: fasta delar

result-title = Det här beskriver dina svar
result-intro = Det du har svarat beskriver en eller flera former av våld. Här under kan du läsa vad de kallas och var du kan få stöd.
result-none = Inget av dina svar beskrev våld. Du är ändå välkommen att prata med någon om något känns fel. Lita på din känsla.
result-none-rather-not-say = Du valde att inte svara på en del frågor, och det är helt okej. Du kan ändå få stöd, och du bestämmer själv vad du berättar.

result-urgent-title = Om du är i fara nu, ring 112
result-urgent-text = Säg var du är och vad som händer. Samtalet är gratis. Du kan ringa även om du inte kan prata fritt. Stanna då kvar i telefonen.
result-urgent-signs-intro = Vi visar det här först, eftersom dina svar nämner något som kan vara ett allvarligt varningstecken:

result-not-your-fault = Det som händer dig är inte ditt fel. Ingen har rätt att skada, hota eller styra dig.
result-right-to-support = Du har rätt att söka stöd hos socialtjänsten i kommunen där du är, oavsett var du kommer ifrån och om du har uppehållstillstånd eller inte. Det kostar inget att kontakta dem.

result-what-happens-title = Vad händer om jag tar kontakt?
result-what-happens-1 = Du kan börja med att ringa en stödlinje för att prata och få råd. Du bestämmer själv vad du berättar.
result-what-happens-2 = Socialtjänsten kan ge dig stödsamtal, hjälp att planera hur du kan vara trygg och hjälp med ett skyddat boende om du behöver flytta.
result-what-happens-3 = Du kan ta ett steg i taget. Fråga gärna vad som händer sedan innan du berättar mer.

result-contacts-title = Här kan du få stöd
result-show-local = Visa hjälp nära mig
result-start-over = Börja om
result-start-over-hint = Allt du har svarat glöms bort.

## Resultatet: för den som har skadat eller skrämt någon

result-used-intro = Dina svar beskriver att du har gjort saker som kan skada eller skrämma någon som står dig nära.
result-used-responsibility = Att du har svarat på frågorna är ett viktigt steg. Våld är ett val, och du kan välja att sluta. Det finns hjälp för det, till exempel Välj att sluta och socialtjänsten i din kommun.
result-used-urgent-text = Om du är rädd att du ska skada någon just nu, eller om någon är i fara, ring 112.

## Resultatet: för den som oroar sig för någon annan

result-worried-intro = Dina svar beskriver att den du oroar dig för kan vara utsatt för våld. Här kan du läsa mer och se var både du och hen kan få stöd.

## För dig som oroar dig för någon annan

worried-title = Om du oroar dig för någon
worried-intro = Det är bra att du bryr dig. Här finns tecken att vara uppmärksam på, råd om hur du kan prata med hen och var du kan vända dig.

worried-signs-title = Tecken att vara uppmärksam på
worried-signs-1 = Hen verkar rädd, ledsen eller orolig, och har förändrats.
worried-signs-2 = Hen träffar inte vänner och familj lika ofta som förut, eller får inte göra det.
worried-signs-3 = Någon ringer eller skriver hela tiden och vill veta var hen är.
worried-signs-4 = Hen har skador som hen inte vill eller kan förklara.
worried-signs-5 = Hen har inga egna pengar, eller någon annan har hens pass eller telefon.
worried-signs-6 = Hen berättar om ett giftermål eller en resa som hen inte själv har valt.

worried-talk-title = Så kan du börja samtalet
worried-talk-1 = Välj en plats där ni kan prata ensamma och i lugn och ro.
worried-talk-2 = Berätta vad du har märkt och att du bryr dig. Du kan till exempel säga: ”Jag har märkt att du verkar ledsen. Hur har du det?”
worried-talk-3 = Lyssna utan att döma, och tro på det hen berättar.
worried-talk-4 = Låt hen bestämma takten. Det kan ta tid innan hen vill berätta mer.
worried-talk-5 = Berätta att det finns hjälp, och erbjud dig att vara med när hen ringer eller tar kontakt.

worried-dont-title = Det här ska du inte göra
worried-dont-1 = Konfrontera inte den som använder våld. Det kan göra det farligare för den du oroar dig för.
worried-dont-2 = Pressa inte hen att berätta eller att lämna. Det är hen som vet bäst vad som är säkert.
worried-dont-3 = Kontakta inte familjen eller släkten om du misstänker hedersrelaterat våld. Det kan utsätta hen för fara.
worried-dont-4 = Låt inte någon i familjen, släkten eller deras bekantskapskrets tolka. Be om en tolk som inte känner familjen.
worried-dont-5 = Skicka inte meddelanden om våldet till hens telefon om någon annan kan läsa dem.

worried-over-time-title = Att finnas kvar över tid
worried-over-time-1 = Fortsätt höra av dig, även om hen inte vill prata just nu.
worried-over-time-2 = Det är vanligt att lämna och gå tillbaka flera gånger. Visa att du finns kvar, utan att döma.
worried-over-time-3 = Ta hand om dig själv också. Många stödlinjer tar emot samtal från den som oroar sig för någon annan.

worried-child-title = Om du är orolig för ett barn
worried-child-1 = Alla kan göra en orosanmälan till socialtjänsten i den kommun där barnet bor. Du behöver inte vara säker. Det räcker att du är orolig.
worried-child-2 = Som privatperson kan du vara anonym när du gör en anmälan. Det är socialtjänsten som tar reda på hur barnet har det.
worried-child-3 = Den som arbetar med barn, till exempel i skolan, vården eller socialtjänsten, är skyldig att anmäla.

## Sidan för skolpersonal

staff-title = För dig som arbetar i skolan
staff-intro = Vägvisaren hjälper unga att själva ta reda på om det de är med om är våld, och var de kan få hjälp. Här kan du läsa hur du kan stötta en elev.
staff-load-failed = Sidan kunde inte laddas. Kontrollera din anslutning och försök igen.
staff-what-1 = Verktyget ställer frågor om partner, familj och släkt, om att pressas att sälja sex och om att själv ha skadat någon. Den som är under 18 får enklare frågor.
staff-what-2 = Svaren visar vilka former av våld det kan handla om, om eleven bör ringa 112 direkt, och vilka stödlinjer och kontakter som passar.
staff-what-3 = Ingenting sparas eller skickas. Varken du eller skolan kan se vad eleven har svarat.

staff-talk-title = Att prata med en ung person som kan vara utsatt
staff-talk-1 = Lyssna i lugn och ro, på en plats där ni kan vara ostörda. Låt eleven berätta med egna ord.
staff-talk-2 = Tro på det eleven berättar, och säg att det var bra att hen berättade. Det är aldrig hens fel.
staff-talk-3 = Lova inte att hålla det hemligt. Säg ärligt att du kan behöva anmäla till socialtjänsten, och varför.
staff-talk-4 = Kontakta inte familjen om du misstänker hedersrelaterat våld. Det kan utsätta eleven för fara.
staff-talk-5 = Använd inte tolk från familjen eller deras nätverk. Boka en professionell tolk, till exempel en telefontolk från en annan ort, och fråga eleven om tolken känns trygg.
staff-talk-6 = Skriv ner vad eleven sa, med elevens egna ord, och när det sades. Skriv inte dina egna tolkningar som om de vore fakta.

staff-same-day-title = Samma dag
staff-same-day-1 = Gör en anmälan till socialtjänsten samma dag. Vänta inte för att få veta mer.
staff-same-day-2 = Berätta för rektorn eller elevhälsan. Kom ihåg att skyldigheten att anmäla ändå är din egen.
staff-same-day-3 = Om eleven är i fara eller inte vågar gå hem, ring socialtjänsten direkt. Utanför kontorstid ringer du socialjouren, eller 112 om det är akut.

staff-duty-title = Skyldigheten att anmäla
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Alla som arbetar i skolan är skyldiga att genast anmäla till socialtjänsten om de får veta eller misstänker att ett barn far illa. Det står i socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; socialnämnden utreder).
staff-duty-2 = Det räcker att du misstänker det. Du behöver inga bevis. Det är socialtjänsten som utreder.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Skyldigheten är personlig. Du kan inte lämna över den till rektorn, kuratorn eller någon annan.
staff-duty-4 = Anmäl till socialtjänsten i den kommun där barnet bor. Du kan ringa eller skriva. Utanför kontorstid ringer du socialjouren, eller 112 om det är akut.

staff-lines-title = Stödlinjer för dig som är yrkesverksam
staff-lines-intro = Här kan du få råd, till exempel om hur du kan gå vidare när en elev har berättat något.

staff-builder-title = Gör en länk och en affisch
staff-builder-intro = Välj kommun och språk. De står i länken och på affischen, men ingenting annat gör det.
staff-builder-municipality = Kommun
staff-builder-languages = Språk (välj ett, två eller tre)
staff-builder-youth = Öppna frågorna för unga direkt
staff-builder-link-label = Länk att dela
staff-builder-copy = Kopiera länken
staff-builder-copied = Länken är kopierad.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = QR-kod som leder till { $link }
staff-builder-print = Skriv ut affischen
staff-builder-too-many-languages = Du kan välja högst tre språk.

## Affischen (skrivs ut på flera språk bredvid varandra)

poster-title = Händer det något hemma eller med en partner som oroar dig?
poster-line = Skanna koden. Ingenting sparas. Du väljer själv vad du svarar.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Är du under 18? Du kan ringa Bris på { $number }.
poster-emergency = Är du i fara just nu? Ring 112.

## Om Vägvisaren

about-title = Om Vägvisaren
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren är ett fristående verktyg och inte en myndighet. Vi kan inte ta emot anmälningar eller svara på frågor om din situation.
about-free = Vägvisaren är gratis. Du behöver inte logga in eller säga vem du är.
about-private = Ingenting du svarar sparas eller skickas. Servern sparar inga uppgifter om vem som besöker sidan.
about-contacts-title = Så kontrollerar vi kontakterna
about-contacts-1 = Varje nummer och öppettid har en källa, till exempel stödlinjens egen webbplats, och ett datum då vi kontrollerade den.
about-contacts-2 = Vi visar aldrig ett nummer som ingen källa anger. Om något har ändrats gäller det som står på stödlinjens egen webbplats.
about-languages-title = Språk
about-languages-intro = Texterna skrivs först på svenska och översätts sedan. Så här långt har vi kommit med varje språk:
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = källspråket
status-reviewed = översatt och granskat av någon som har språket som modersmål
status-unreviewed = översatt, men inte granskat än

## Navigering

nav-start-questions = Börja svara på frågorna
nav-help = Hitta hjälp
nav-safety = Din säkerhet
nav-staff = För skolpersonal
nav-about = Om sidan
nav-back = Tillbaka
nav-next = Nästa
nav-home = Till startsidan

## Safety page, added by the UI

safety-transparency-refresh = Uppdatera listan
