# Vägvisaren — frågorna och resultatet (svenska, källspråk).
# Hämtas när någon börjar svara på frågorna, tillsammans med main.ftl: samma fil för alla.
# Status: source language, written by the team.

## Frågor: partner eller ex

q-partner-put-down = Kallar din partner eller ditt ex dig fula saker, hånar dig eller får dig att känna dig värdelös?
q-partner-put-down-youth = Kallar någon du är ihop med eller har dejtat dig fula saker, hånar dig eller får dig att känna dig dålig?
q-partner-isolate = Bestämmer din partner eller ditt ex vem du får träffa, vart du får gå eller vad du får ha på dig?
q-partner-isolate-youth = Bestämmer någon du är ihop med eller har dejtat vilka kompisar du får ha, vart du får gå eller vad du får ha på dig?
q-partner-phone = Läser din partner eller ditt ex dina meddelanden, kräver dina lösenord eller kollar din telefon?
q-partner-phone-youth = Kräver någon du är ihop med eller har dejtat att få se din telefon, dina meddelanden, dina lösenord eller var du är?
q-partner-follow = Följer din partner eller ditt ex efter dig, dyker upp där du är, eller håller koll på var du är med en app eller platsdelning som du inte har gått med på?
q-partner-follow-youth = Följer någon du är ihop med eller har dejtat efter dig, eller dyker hen upp där du är fast du inte vill?
q-partner-images = Har din partner eller ditt ex spridit, eller hotat att sprida, bilder eller filmer av dig som du inte vill att andra ska se?
q-partner-images-youth = Har någon du är ihop med eller har dejtat spridit, eller hotat att sprida, bilder eller filmer av dig som du inte vill att andra ska se?
q-partner-nudes = Har någon du är ihop med eller har dejtat tjatat, pressat eller lurat dig att skicka nakenbilder eller sexiga bilder?
q-partner-older = Är den du är ihop med eller har dejtat vuxen, eller mycket äldre än du?
q-partner-money = Tar din partner eller ditt ex dina pengar, eller bestämmer hen över dem så att du inte kan använda dem själv?
q-partner-money-youth = Tar någon du är ihop med eller har dejtat dina pengar, eller bestämmer hen vad du får köpa?
q-partner-debt = Har din partner eller ditt ex tagit lån eller skulder i ditt namn, eller hindrat dig från att jobba eller studera?
q-partner-debt-youth = Har någon du är ihop med eller har dejtat hindrat dig från att gå till skolan, eller fått dig att köpa saker eller låna pengar åt hen?
q-partner-threats = Hotar din partner eller ditt ex dig, till exempel med att ta barnen, berätta för andra om din sexuella läggning eller könsidentitet, eller se till att du måste lämna Sverige?
q-partner-threats-youth = Hotar någon du är ihop med eller har dejtat dig, till exempel med att sprida saker om dig eller berätta för andra om du är gay, bi eller trans?
q-partner-break = Har din partner eller ditt ex slagit sönder, kastat eller tagit dina saker?
q-partner-break-youth = Har någon du är ihop med eller har dejtat förstört, kastat eller tagit dina saker?
q-partner-hit = Har din partner eller ditt ex slagit, knuffat, sparkat eller hållit fast dig?
q-partner-hit-youth = Har någon du är ihop med eller har dejtat slagit, knuffat, sparkat eller hållit fast dig?
q-partner-neck = Har din partner eller ditt ex strypt dig, tagit tag om din hals eller tryckt mot din hals så att du fick svårt att andas?
q-partner-neck-youth = Har någon du är ihop med eller har dejtat strypt dig, tagit tag om din hals eller gjort så att du fick svårt att andas?
q-partner-weapon = Har din partner eller ditt ex hotat dig med en kniv, ett vapen eller något annat som kan skada?
q-partner-weapon-youth = Har någon du är ihop med eller har dejtat hotat dig med en kniv eller något annat som kan skada?
q-partner-kill = Har din partner eller ditt ex hotat att döda dig eller någon som står dig nära?
q-partner-kill-youth = Har någon du är ihop med eller har dejtat sagt att hen ska döda dig eller någon du tycker om?
q-partner-sex = Har din partner eller ditt ex tvingat eller pressat dig till sex eller sexuella handlingar som du inte ville, eller har du gått med på sex för att du var rädd?
q-partner-sex-youth = Har någon du är ihop med eller har dejtat tvingat, pressat eller tjatat dig till att göra något sexuellt som du inte ville?
q-partner-afraid = Är du rädd för din partner eller ditt ex, även när hen inte gör något just då?
q-partner-afraid-youth = Är du rädd för någon du är ihop med eller har dejtat?
q-partner-care = Om du behöver hjälp i vardagen: har din partner eller ditt ex låtit bli att ge dig mat, medicin eller annan hjälp som du behöver?
q-partner-aids = Har din partner eller ditt ex tagit ifrån dig hjälpmedel, glasögon, medicin, hormoner eller telefon, så att du inte klarar dig själv eller kan be om hjälp?
q-partner-children-see = Om det finns barn hemma: har de sett eller hört våld eller hot mot dig, eller blivit rädda när din partner eller ditt ex har varit arg?
q-partner-worse = Har våldet eller hoten blivit värre, eller hänt oftare, det senaste året?
q-partner-worse-youth = Har det som hen gör mot dig blivit värre, eller hänt oftare, på sistone?
q-partner-jealous = Är din partner eller ditt ex svartsjuk på ett sätt som skrämmer dig, till exempel anklagar dig för otrohet, blir arg när du träffar andra eller säger att ingen annan ska få ha dig?
q-partner-jealous-youth = Är någon du är ihop med eller har dejtat så svartsjuk att du blir rädd, till exempel blir arg när du pratar med andra eller säger att ingen annan får vara med dig?
q-partner-leaving = Har du nyligen lämnat din partner, eller tänker du lämna, och är du rädd för vad hen gör då?
q-partner-leaving-youth = Har du nyligen gjort slut, eller vill du göra slut, och är du rädd för vad den andra gör då?
q-partner-could-kill = Tror du att din partner eller ditt ex skulle kunna döda dig?
q-partner-could-kill-youth = Tror du att någon du är ihop med eller har dejtat skulle kunna döda dig?
q-partner-weapon-home = Har din partner eller ditt ex vapen hemma, till exempel jaktvapen, eller kan hen lätt få tag i vapen?
q-partner-weapon-home-youth = Har någon du är ihop med eller har dejtat vapen, eller kan hen lätt få tag i vapen?
q-partner-suicide-threat = Har din partner eller ditt ex hotat att ta sitt liv, till exempel om du skulle lämna hen?
q-partner-suicide-threat-youth = Har någon du är ihop med eller har dejtat sagt att hen ska ta sitt liv om du gör slut eller inte gör som hen vill?
q-partner-contact-ban = Har din partner eller ditt ex kontaktat dig eller kommit till dig fast hen har kontaktförbud?
q-partner-contact-ban-youth = Har någon du är ihop med eller har dejtat kontaktat dig fast hen har fått förbud att göra det?
q-partner-pregnant = Om du har varit gravid: har din partner eller ditt ex slagit eller skadat dig under graviditeten?
q-partner-pregnant-youth = Om du har varit gravid: har någon du är ihop med eller har dejtat slagit eller skadat dig då?
q-partner-pets = Har din partner eller ditt ex skadat eller hotat att skada ett djur som du bryr dig om?
q-partner-pets-youth = Har någon du är ihop med eller har dejtat skadat eller hotat att skada ett djur som du bryr dig om?
q-partner-careful = Tänker du ofta på vad du säger och gör, så att din partner eller ditt ex inte ska bli arg?
q-partner-careful-youth = Tänker du ofta på vad du säger och gör, så att någon du är ihop med eller har dejtat inte ska bli arg?
q-partner-children-threat = Har din partner eller ditt ex hotat att skada barnen, eller att föra bort dem, till exempel utomlands?
q-partner-suicide-self = Har du själv tankar på att ta ditt liv?
q-partner-suicide-self-youth = Har du själv tänkt att du vill dö, eller tänkt på att ta ditt liv?
## Frågor: familj eller släkt

q-family-collective = Är det flera i din familj eller släkt som tillsammans bestämmer hur du ska leva?
q-family-collective-youth = Är det fler än dina föräldrar, till exempel syskon eller släktingar, som bestämmer över ditt liv?
q-family-friends = Bestämmer familjen eller släkten vilka vänner du får ha, hur du får klä dig eller vad du får göra på fritiden?
q-family-friends-youth = Får du mindre frihet än andra i din ålder när det gäller kompisar, kläder eller fritid, för att familjen är orolig för vad andra ska säga eller för familjens rykte?
q-family-school = Hindrar familjen eller släkten dig från att studera, jobba eller välja utbildning själv?
q-family-school-youth = Får du inte vara med på lektioner, till exempel sex- och samlevnad eller simning, eller på skolresor, för att familjen tycker att det är fel eller skamligt?
q-family-love = Bestämmer familjen eller släkten vem du får bli kär i och vara tillsammans med, eller om du får vara öppen med vem du är?
q-family-love-youth = Bestämmer familjen vem du får bli kär i eller vara ihop med när du blir äldre, eller får du inte vara öppen med vem du är?
q-family-marriage = Pressar familjen eller släkten dig att förlova dig eller gifta dig – även bara religiöst eller inom släkten – med någon som du inte själv har valt, eller har det redan hänt mot din vilja?
q-family-marriage-youth = Vill familjen att du ska förlova dig eller gifta dig, även bara religiöst eller ”på löfte”, fast du inte själv vill, eller har du redan blivit gift?
q-family-abroad = Har någon sagt att du ska skickas eller tas till ett annat land mot din vilja, eller planeras en resa som du är orolig för?
q-family-abroad-youth = Har någon sagt att du ska skickas till ett annat land, eller ska ni resa någonstans som gör dig orolig?
q-family-put-down = Kallar någon i din familj eller släkt dig fula saker, hånar dig eller säger att du är värdelös?
q-family-put-down-youth = Säger någon i familjen ofta elaka saker till dig, skriker på dig så att du blir rädd, eller säger att du är värdelös?
q-family-money = Tar familjen, släkten eller någon som hjälper dig din lön, pension, dina bidrag eller pengar, eller håller de inne pengar som du behöver för att styra dig?
q-family-money-youth = Tar någon i familjen dina egna pengar, eller får du inte pengar till sådant du verkligen behöver, som mat, busskort eller kläder?
q-family-break = Har någon i din familj eller släkt slagit sönder, kastat eller tagit dina saker?
q-family-break-youth = Har någon i familjen slagit sönder eller förstört dina saker när de var arga, så att du blev rädd?
q-family-tracking = Följer någon i din familj eller släkt efter dig, eller håller de koll på var du är med en app, fast du inte vill?
q-family-tracking-youth = Följer någon i familjen efter dig, eller kontrollerar de var du är hela tiden på ett sätt som gör dig rädd eller hindrar dig från att leva ditt liv?
q-family-hit = Har någon i din familj eller släkt slagit, knuffat, sparkat eller hållit fast dig?
q-family-hit-youth = Har någon i familjen slagit dig, knuffat dig, dragit dig i håret eller hållit fast dig?
q-family-neck = Har någon i din familj eller släkt strypt dig, tagit tag om din hals eller tryckt mot din hals så att du fick svårt att andas?
q-family-neck-youth = Har någon i familjen strypt dig, tagit tag om din hals eller gjort så att du fick svårt att andas?
q-family-weapon = Har någon i din familj eller släkt hotat dig med en kniv, ett vapen eller något annat som kan skada?
q-family-weapon-youth = Har någon i familjen hotat dig med en kniv eller något annat som kan skada?
q-family-kill = Har någon i din familj eller släkt hotat att döda dig eller någon som står dig nära?
q-family-kill-youth = Har någon i familjen sagt att de ska döda dig eller någon du tycker om?
q-family-sex-touch = Har någon i din familj eller släkt tagit på dig på ett sexuellt sätt, eller sagt eller visat sexuella saker som du inte ville?
q-family-sex-touch-youth = Har någon i familjen eller släkten tagit på din kropp på ett sätt som kändes fel, eller visat dig sexuella bilder?
q-family-sex-forced = Har någon i din familj eller släkt tvingat eller pressat dig till sex eller sexuella handlingar?
q-family-sex-forced-youth = Har någon i familjen eller släkten tvingat dig att göra något sexuellt?
q-family-care = Om du behöver hjälp i vardagen: har den i familjen som ska hjälpa dig låtit bli att ge dig mat, medicin eller hjälp, eller lämnat dig ensam länge fast du inte klarar dig själv?
q-family-care-youth = Händer det att du blir utan mat, rena kläder eller hjälp när du är sjuk, eller att du lämnas ensam hemma länge?
q-family-carer = Om någon hjälper dig i vardagen, till exempel en personlig assistent eller någon från hemtjänsten: har den personen skadat, hotat eller kränkt dig, tagit dina pengar eller låtit bli att hjälpa dig?
q-family-afraid = Är du rädd för någon i din familj eller släkt, eller för vad som händer när du kommer hem?
q-family-afraid-youth = Är du rädd för någon i familjen, eller för att gå hem?
q-family-children-see = Finns det barn i familjen som ser eller hör våld eller hot hemma?
q-family-children-see-youth = Har du eller dina syskon sett eller hört någon i familjen slå eller hota någon annan?
q-family-phone = Kollar någon i din familj eller släkt din telefon eller dina meddelanden för att se vem du pratar med?
q-family-phone-youth = Kollar någon i familjen din telefon för att se vem du pratar med?
q-family-siblings = Håller syskon, kusiner eller andra släktingar koll på dig och berättar för familjen vad du gör?
q-family-siblings-youth = Håller dina syskon eller kusiner koll på dig i skolan eller på stan och berättar för familjen?
q-family-virginity = Kräver familjen eller släkten att du ska vara oskuld tills du gifter dig, eller kontrollerar de att du är det?
q-family-virginity-youth = Säger familjen att du måste vara oskuld, alltså inte ha haft sex, tills du gifter dig?
q-family-disown = Har någon hotat med att familjen ska stöta bort dig eller bryta kontakten med dig om du inte gör som de vill?
q-family-disown-youth = Har någon sagt att familjen inte vill ha dig kvar om du inte gör som de säger?
q-family-partner-threat = Har någon i familjen eller släkten hotat den du är tillsammans med, eller den du vill vara tillsammans med?
q-family-partner-threat-youth = Har någon i familjen hotat den du är ihop med eller är kär i?
q-family-honour-before = Har någon i din familj eller släkt tidigare skadats, hotats, gifts bort eller skickats iväg för att de inte levde som familjen ville?
q-family-honour-before-youth = Har något hänt en syster, bror, kusin eller någon annan i familjen för att de inte gjorde som familjen ville, till exempel att de skadades eller skickades iväg?
q-family-cutting = Har någon sagt att du ska könsstympas – det kallas ibland omskärelse av flickor eller att ”göras ren” – alltså att någon ska skära i ditt kön, eller har det redan hänt dig?
q-family-online = Har någon i din familj eller släkt spridit, eller hotat att sprida, bilder, filmer eller rykten om dig på nätet?
q-family-online-youth = Har någon i familjen lagt ut, eller hotat att lägga ut, bilder eller saker om dig på nätet?
q-family-worse = Har våldet eller hoten blivit värre, eller hänt oftare, det senaste året?
q-family-worse-youth = Har det som händer hemma blivit värre, eller hänt oftare, på sistone?
q-family-could-kill = Tror du att någon i din familj eller släkt skulle kunna döda dig?
q-family-could-kill-youth = Tror du att någon i familjen skulle kunna döda dig?
q-family-weapon-home = Finns det vapen hemma hos din familj, till exempel jaktvapen, eller kan den som hotar dig lätt få tag i vapen?
q-family-weapon-home-youth = Finns det vapen hemma, eller kan någon i familjen lätt få tag i vapen?
q-family-contact-ban = Har någon i din familj eller släkt kontaktat dig eller kommit till dig fast hen har kontaktförbud?
q-family-children-threat = Har någon i din familj eller släkt hotat att skada barn i familjen, eller att föra bort dem?
q-family-children-threat-youth = Har någon i familjen hotat att skada dina syskon eller andra barn i familjen?
q-family-suicide-self = Har du själv tankar på att ta ditt liv?
q-family-suicide-self-youth = Har du själv tänkt att du vill dö, eller tänkt på att ta ditt liv?
## Frågor: sälja sex, arbete, pengar eller papper

q-exploit-sell-sex = Pressar eller tvingar någon dig att sälja sex, eller att ha sex med andra mot pengar?
q-exploit-sell-sex-youth = Har någon fått dig att ha sex eller göra sexuella saker i utbyte mot pengar, saker, droger eller ett ställe att sova på?
q-exploit-job-promise = Fick du komma hit eller börja jobba genom löften om ett jobb, en lön eller ett boende som sedan inte stämde?
q-exploit-job-promise-youth = Har någon lovat dig pengar, ett jobb eller något annat, och sedan krävt att du gör saker som du inte ville?
q-exploit-work = Jobbar du mycket mer än ni kom överens om, eller får du mycket lite eller ingen lön?
q-exploit-work-youth = Får någon dig att jobba eller göra ärenden åt dem utan lön, eller för att du är rädd?
q-exploit-begging-crime = Tvingar eller pressar någon dig att tigga, stjäla, sälja droger eller göra andra brott?
q-exploit-begging-crime-youth = Får någon dig att sälja droger, stjäla, gömma saker eller göra andra brott åt dem?
q-exploit-debt = Säger någon att du har en skuld till dem, till exempel för resan, boendet eller jobbet, som du måste arbeta av?
q-exploit-debt-youth = Säger någon att du är skyldig dem pengar eller tjänster, som du måste betala tillbaka genom att göra saker åt dem?
q-exploit-papers = Har någon tagit ditt pass, ditt ID-kort eller ditt uppehållstillstånd och vill inte ge tillbaka det?
q-exploit-papers-youth = Har någon tagit ditt pass eller ditt ID-kort och vill inte ge tillbaka det?
q-exploit-locked = Hindrar någon dig från att gå ut ensam, träffa vem du vill eller prata med din familj?
q-exploit-locked-youth = Hindrar någon dig från att gå ut ensam, träffa kompisar eller prata med din familj?
q-exploit-sextortion = Har någon hotat att sprida sexuella bilder eller filmer av dig om du inte betalar, skickar fler bilder eller gör som hen säger?
q-exploit-sextortion-youth = Har någon hotat att sprida bilder eller filmer av dig om du inte skickar fler, betalar eller gör som hen säger?
q-exploit-grooming = Har någon som du bara känner från nätet, och som kan vara äldre än du, bett om sexuella bilder, pratat om sex med dig eller velat träffa dig i hemlighet?
q-exploit-sex-forced = Har någon tvingat dig till sex eller sexuella handlingar som du inte ville?
q-exploit-sex-forced-youth = Har någon tvingat dig att göra något sexuellt som du inte ville?
q-exploit-hit = Har någon som styr över dig slagit, knuffat eller skadat dig?
q-exploit-hit-youth = Har någon som bestämmer över dig slagit, knuffat eller skadat dig?
q-exploit-neck = Har någon strypt dig, tagit tag om din hals eller tryckt mot din hals så att du fick svårt att andas?
q-exploit-neck-youth = Har någon strypt dig, tagit tag om din hals eller gjort så att du fick svårt att andas?
q-exploit-weapon = Har någon hotat dig med en kniv, ett vapen eller något annat som kan skada?
q-exploit-weapon-youth = Har någon hotat dig med en kniv eller något annat som kan skada?
q-exploit-kill = Har någon hotat att döda dig, eller någon i din familj här eller i ett annat land?
q-exploit-kill-youth = Har någon sagt att de ska döda dig eller någon i din familj?
q-exploit-afraid = Är du rädd för vad som händer om du säger nej, slutar eller går därifrån?
q-exploit-afraid-youth = Är du rädd för vad som händer om du säger nej eller slutar göra det de vill?
q-exploit-wage = Tar någon annan din lön eller dina pengar, eller bestämmer vad du får köpa?
q-exploit-wage-youth = Tar någon de pengar du får, eller bestämmer vad du får köpa?
q-exploit-living = Bor du där du jobbar, eller där någon annan bestämmer, utan att kunna flytta därifrån när du vill?
q-exploit-living-youth = Måste du bo eller sova där någon annan bestämmer, utan att kunna gå därifrån när du vill?
q-exploit-moved = Flyttar någon dig mellan olika lägenheter, städer eller länder, utan att du själv får bestämma?
q-exploit-moved-youth = Skickar eller kör någon dig till olika ställen, lägenheter eller städer, utan att du själv får bestämma?
q-exploit-authorities = Har någon sagt att polisen eller myndigheterna kommer att straffa dig eller skicka ut dig ur landet om du berättar?
q-exploit-authorities-youth = Har någon sagt att polisen eller socialtjänsten kommer att straffa dig om du berättar?
q-exploit-sex-control = Bestämmer någon annan när, var eller med vem du ska ha sex mot pengar, eller tar någon annan pengarna?
q-exploit-sex-control-youth = Bestämmer någon annan när och med vem du ska göra sexuella saker, eller tar någon det du får för det?
q-exploit-debt-grows = Växer skulden hela tiden, till exempel genom böter, hyra eller avgifter, så att du aldrig blir fri från den?
q-exploit-debt-grows-youth = Säger de att du är skyldig mer och mer, så att du aldrig blir klar?
q-exploit-accounts = Har någon annan hand om ditt BankID, dina kontrakt eller andra papper i ditt namn, så att du inte kan använda dem själv?
q-exploit-accounts-youth = Har någon annan hand om ditt bankkort, ditt BankID eller din telefon, så att du inte kan använda dem själv?
q-exploit-phone = Tar någon din telefon, läser dina meddelanden eller håller koll på var du är?
q-exploit-phone-youth = Tar någon din telefon, läser dina meddelanden eller kollar var du är?
q-exploit-online = Har någon lagt ut annonser, bilder eller filmer av dig på nätet utan att du själv har bestämt det?
q-exploit-online-youth = Har någon lagt ut bilder, filmer eller annonser om dig på nätet utan att du har bestämt det?
q-exploit-sex-unsafe = Har någon tvingat dig att ha sex utan kondom, eller att göra sådant som du har sagt nej till?
q-exploit-sex-unsafe-youth = Har någon tvingat dig att ha sex utan kondom, eller att göra sådant som du har sagt nej till?
q-exploit-worse = Har våldet eller hoten blivit värre, eller hänt oftare, på sistone?
q-exploit-worse-youth = Har det de gör mot dig blivit värre, eller hänt oftare, på sistone?
q-exploit-always-afraid = Är du rädd för den eller de som styr över dig, även när de inte är i närheten?
q-exploit-always-afraid-youth = Är du rädd för dem, även när de inte är i närheten?
q-exploit-suicide-self = Har du själv tankar på att ta ditt liv?
q-exploit-suicide-self-youth = Har du själv tänkt att du vill dö, eller tänkt på att ta ditt liv?
## Frågor: någon du oroar dig för

q-worried-afraid = Verkar den du oroar dig för vara rädd för någon, eller orolig för att gå hem?
q-worried-isolated = Har den du oroar dig för slutat träffa vänner eller familj, eller slutat med sådant som hen brukade tycka om?
q-worried-controlled = Verkar någon bestämma över den du oroar dig för, till exempel vem hen får träffa eller vart hen får gå?
q-worried-phone = Kollar någon telefonen för den du oroar dig för, eller måste hen alltid svara direkt och berätta var hen är?
q-worried-followed = Blir den du oroar dig för förföljd, övervakad eller ofta kontaktad av någon, på nätet eller i verkligheten, fast hen inte vill?
q-worried-money = Har någon annan hand om pengarna, lönen eller bankkortet för den du oroar dig för, så att hen inte kan bestämma själv?
q-worried-injuries = Har du sett blåmärken eller skador på den du oroar dig för, som hen inte vill eller kan förklara?
q-worried-hit = Har du sett, hört eller fått veta att någon slår, knuffar eller håller fast den du oroar dig för?
q-worried-neck = Har du fått veta att någon har strypt den du oroar dig för, tagit tag om hens hals eller gjort så att hen fick svårt att andas?
q-worried-weapon = Har någon hotat den du oroar dig för med en kniv, ett vapen eller något annat som kan skada?
q-worried-kill = Har någon hotat att döda den du oroar dig för, eller någon som står hen nära?
q-worried-sex = Har den du oroar dig för berättat att någon har tvingat eller pressat hen till sex eller sexuella handlingar?
q-worried-selling-sex = Tror du att den du oroar dig för säljer sex, eller att någon får hen att göra det?
q-worried-sex-for-things = Får den du oroar dig för pengar, presenter, droger eller ett ställe att sova på av någon som vill ha sex i gengäld?
q-worried-honour = Bestämmer familjen eller släkten till den du oroar dig för vilka vänner hen får ha, vad hen får ha på sig eller om hen får studera?
q-worried-trip = Har den du oroar dig för sagt att hen ska förlovas, giftas bort eller skickas utomlands mot sin vilja, eller har hen redan blivit bortgift?
q-worried-cutting = Har du fått veta att någon planerar att könsstympa barnet – alltså skära i en flickas kön, något som ibland kallas omskärelse – eller att barnet ska resa utomlands för att det ska göras?
q-worried-care = Om den du oroar dig för behöver hjälp i vardagen: verkar hen bli utan mat, medicin eller annan hjälp som hen behöver?
q-worried-care-youth = Verkar den du oroar dig för bli utan mat, rena kläder eller hjälp när hen är sjuk?
q-worried-children-home = Finns det barn i hemmet som kan se eller höra våld eller hot?
q-worried-suicide = Har den du oroar dig för sagt att hen inte vill leva, eller pratat om att ta sitt liv?
q-worried-careful = Verkar den du oroar dig för ofta tänka på vad hen säger och gör, så att någon inte ska bli arg?
q-worried-debts = Har den du oroar dig för fått skulder som någon annan har tagit, eller saknar hen pengar till mat och annat som hen behöver?
q-worried-worse = Verkar det ha blivit värre på sistone, till exempel fler skador, mer hot eller mer rädsla?
q-worried-leaving = Har den du oroar dig för nyligen lämnat, eller tänker hen lämna, en partner som hen är rädd för?
q-worried-could-kill = Tror du, eller har hen sagt, att någon skulle kunna döda hen?
q-worried-sex-images = Har du sett att någon sprider sexuella bilder av den du oroar dig för, eller hotar att göra det?
q-worried-honour-love = Bestämmer någon annan vem den du oroar dig för får vara tillsammans med eller gifta sig med?
q-worried-left-alone = Lämnas den du oroar dig för ensam länge, eller utan sina hjälpmedel, fast hen inte klarar sig själv?
q-worried-children-scared = Verkar barnen i hemmet rädda, oroliga eller ledsna på ett sätt som oroar dig?
## Frågor: jag har skadat eller skrämt någon som står mig nära

q-used-put-down = Har du kallat någon som står dig nära fula saker, förnedrat hen eller skrikit på hen så att hen blev rädd?
q-used-control = Har du bestämt vem en partner eller någon i din familj får träffa, vart hen får gå eller vad hen får ha på sig?
q-used-control-youth = Har du bestämt vem någon du är ihop med, eller ett syskon, får träffa eller vad hen får ha på sig?
q-used-phone = Har du läst någons meddelanden, krävt hens lösenord eller kollat hens telefon utan lov?
q-used-images = Har du spridit, eller hotat att sprida, bilder eller filmer av någon som hen inte ville att andra skulle se?
q-used-money = Har du tagit någons pengar, eller bestämt över dem så att hen inte kunde använda dem själv?
q-used-break = Har du slagit sönder saker, kastat saker eller slagit i väggar eller dörrar när du har varit arg?
q-used-hit = Har du slagit, knuffat, sparkat eller hållit fast en partner eller någon i din familj?
q-used-hit-youth = Har du slagit, knuffat eller sparkat någon i familjen, till exempel en förälder eller ett syskon, eller någon du är ihop med?
q-used-neck = Har du någon gång strypt någon, tagit någon om halsen eller tryckt mot någons hals?
q-used-weapon = Har du hotat någon med en kniv, ett vapen eller något annat som kan skada?
q-used-weapon-youth = Har du hotat någon i familjen eller någon du är ihop med, med en kniv eller något annat som kan skada?
q-used-kill = Har du sagt att du ska döda någon som står dig nära, även om du inte menade det?
q-used-kill-youth = Har du hotat att döda någon i familjen eller någon du är ihop med, så att hen blev rädd?
q-used-sex = Har du pressat eller tvingat någon till sex, eller fortsatt fast hen sa nej eller inte verkade vilja?
q-used-children-see = Har barn sett eller hört när du har varit våldsam eller hotfull hemma?
q-used-children-see-youth = Har yngre syskon eller andra barn sett eller hört när du har varit våldsam eller hotfull hemma?
q-used-afraid = Tror du att någon som står dig nära är rädd för dig?
q-used-exposed = Händer det också att någon skadar, hotar eller styr dig, hemma eller i en relation?
q-used-money-work = Har du hindrat en partner eller någon i din familj från att jobba eller studera, eller tagit lån i hens namn?
q-used-money-work-youth = Har du tvingat någon att ge dig pengar eller saker?
q-used-pets = Har du skadat eller hotat att skada ett djur för att skrämma någon?
q-used-worse = Har det hänt oftare, eller blivit grövre, det senaste året?
q-used-sex-sulk = Har du blivit arg, sur eller hotfull när en partner inte ville ha sex?
q-used-contact-ban = Har du kontaktat någon, eller gått dit hen är, fast du har kontaktförbud?
q-used-children-afraid = Har ett barn blivit rädd för dig, eller försökt stoppa dig eller skydda någon när du har varit arg?
q-used-careful = Märker du att någon som står dig nära blir tyst eller försiktig för att du inte ska bli arg?
q-used-suicide-self = Har du själv tankar på att ta ditt liv?
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
category-sexual-text-used = Att pressa någon till sex, till exempel genom att bli arg eller sur när hen säger nej, är sexuellt våld. Att tvinga någon är dessutom ett brott. Allt sex ska vara frivilligt, och det finns hjälp för dig som vill ändra hur du gör.
category-economic-title = Ekonomiskt våld
category-economic-text = Att någon tar dina pengar, bestämmer över dem eller sätter dig i skuld för att styra dig är ekonomiskt våld.
category-economic-text-worried = Att någon tar hens pengar eller bestämmer över dem för att styra hen är ekonomiskt våld.
category-economic-text-used = Att ta någons pengar eller bestämma över dem för att styra hen är ekonomiskt våld. Det går att ändra, och det finns stöd.
category-material-title = Materiellt våld
category-material-text = Att någon förstör dina saker eller skadar ditt djur för att skrämma dig är också våld.
category-material-text-used = Att slå sönder saker eller skada djur skrämmer andra och är en form av våld. Det går att sluta, och det finns stöd för det.
category-digital-title = Digitalt våld
category-digital-text = Att någon kollar din telefon, följer var du är eller sprider bilder av dig är våld, även när det sker på nätet.
category-digital-text-worried = Att någon kollar hens telefon, följer var hen är eller sprider bilder av hen är våld, även när det sker på nätet.
category-digital-text-used = Att kolla någons telefon, följa var hen är eller sprida bilder av hen är digitalt våld. Det går att sluta, och det finns hjälp.
category-latent-title = Att leva i rädsla
category-latent-text = Att hela tiden vara rädd och anpassa sig för att slippa våld kallas latent våld. Rädslan är ett tecken på att något är fel, och den är inte ditt fel.
category-latent-text-worried = Att hela tiden vara rädd och anpassa sig kallas latent våld. Hens rädsla är ett viktigt tecken att ta på allvar.
category-latent-text-used = När någon är rädd för dig och anpassar sig efter dig kallas det latent våld. Att du ser det är ett viktigt första steg.
category-neglect-title = Försummelse
category-neglect-text = Om du behöver hjälp i vardagen har du rätt att få den, och ingen som hjälper dig får skada, hota eller kränka dig. Att låta bli att hjälpa, eller ta ifrån dig det du behöver, är försummelse.
category-neglect-text-worried = Att någon som behöver hjälp blir utan mat, medicin eller omsorg är försummelse. Hen har rätt till hjälp.
category-honour-title = Hedersrelaterat våld och förtryck
category-honour-text = När familjen eller släkten tillsammans bestämmer vem du får vara med, vad du får ha på dig eller vem du ska gifta dig med, för familjens rykte, kan det vara hedersrelaterat våld och förtryck. Du har rätt att bestämma över ditt eget liv.
category-honour-text-worried = När familjen eller släkten tillsammans styr hens liv, vänner, kläder eller giftermål för familjens rykte, kan det vara hedersrelaterat våld och förtryck. Hen har rätt att bestämma över sitt eget liv.
category-children-witnessing-title = Barn som ser eller hör våld
category-children-witnessing-text = Barn som ser eller hör våld hemma är själva utsatta för våld. De har rätt till skydd och stöd.
category-children-witnessing-text-worried = Barn som ser eller hör våld hemma är själva utsatta för våld. Socialtjänsten kan ge barnet och familjen stöd.
category-children-witnessing-text-used = Barn som ser eller hör våld påverkas mycket, även när de inte är i samma rum. Att du söker hjälp är bra för dem också.
category-coerced-sex-title = Att pressas att sälja sex
category-coerced-sex-text = Ingen får pressa, lura eller tvinga dig att sälja sex. I Sverige är det den som köper sex eller tjänar pengar på det som gör fel, aldrig du.
category-coerced-sex-text-worried = Ingen får pressa, lura eller tvinga någon att sälja sex. Den som säljer sex gör inget brott i Sverige och har rätt till stöd.
category-forced-labour-title = Att tvingas arbeta, tigga eller göra brott
category-forced-labour-text = När någon lurar dig hit med falska löften, styr var du bor och jobbar, flyttar dig mellan platser eller tvingar dig att tigga eller göra brott, kan det vara människohandel eller människoexploatering. Det är inte du som har gjort fel, och du har rätt till stöd.
category-debt-bondage-title = Skuldslaveri
category-debt-bondage-text = Att någon säger att du har en skuld som du måste arbeta av, och som aldrig tar slut, är ett sätt att styra dig. Det kan vara människohandel.
category-documents-taken-title = Pass och papper som tas ifrån dig
category-documents-taken-text = Ingen får ta ditt pass, ditt ID eller dina papper. Att hålla kvar dem för att styra dig är ett tecken på tvång.
## Resultat: varningstecken (i rutan om att ringa 112)
## Skrivna så att de passar alla vägar: den utsatta, den som oroar sig och den som
## har använt våld.

danger-strangulation = Att strypa någon, eller trycka mot halsen så att det blir svårt att andas, är ett av de allvarligaste varningstecknen – även när det inte syns några märken.
danger-weapon = Hot med kniv, vapen eller andra föremål är ett allvarligt varningstecken.
danger-weapon-access = Att det finns vapen hemma, eller att den som hotar lätt kan få tag i vapen, ökar risken för allvarligt våld.
danger-threat-to-kill = Hot om att döda ska alltid tas på allvar, även när de sägs i ilska.
danger-believes-could-kill = När någon tror att den andra skulle kunna döda hen är det ett viktigt varningstecken.
danger-escalation = När våldet eller hoten blir värre eller kommer oftare ökar risken för allvarligt våld.
danger-separation = Tiden runt en separation kan vara extra farlig när den andra har varit våldsam eller kontrollerande.
danger-pregnancy = Våld under en graviditet är ett allvarligt varningstecken, både för den som är gravid och för barnet.
danger-jealousy = Stark och ständig svartsjuka som leder till kontroll, anklagelser eller hot är ett allvarligt varningstecken.
danger-suicide-threats = När någon hotar att ta sitt liv, till exempel om en relation tar slut, är det ett allvarligt varningstecken – också för andra i närheten.
danger-contact-ban-broken = Att ett kontaktförbud bryts är ett allvarligt varningstecken och ett brott.
danger-stalking = Att bli förföljd, övervakad eller kontaktad hela tiden är ett allvarligt varningstecken och kan vara ett brott.
danger-forced-trip-or-marriage = Planer på giftermål eller en resa utomlands mot någons vilja är ett allvarligt varningstecken. Det går att få skydd innan resan.
danger-honour-violence-before = Att familjen eller släkten tidigare har använt våld, hot eller tvång mot någon för att den inte levde som de ville är ett allvarligt varningstecken.
danger-threats-to-children = Hot mot barn är ett allvarligt varningstecken. Barn har rätt till skydd.
danger-child-sexual-abuse = Ingen får göra något sexuellt mot ett barn. Det är ett allvarligt brott, och barnet har rätt till skydd direkt.
danger-child-sexual-exploitation = Ingen får ge ett barn pengar, saker, droger eller ett ställe att sova på i utbyte mot något sexuellt. Det är ett brott, och barnet har rätt till skydd.
danger-child-marriage = I Sverige får ingen under 18 år gifta sig, och det är ett brott att tvinga någon att gifta sig. Ett barn som pressas att förlova sig eller gifta sig har rätt till skydd.
danger-genital-mutilation = Könsstympning är förbjudet i Sverige, även om det görs i ett annat land. Ett barn som riskerar det har rätt till skydd direkt.
danger-sextortion = Att någon hotar att sprida bilder av ett barn för att få fler bilder eller pengar är ett allvarligt brott. Barnet har rätt till skydd och stöd.
danger-suicidal-thoughts = Tankar på att ta sitt liv ska alltid tas på allvar. Det finns hjälp att få, dygnet runt.
## Råd för varje varningstecken, med orden för varje läsare: -advice för den det händer,
## -advice-worried för den som oroar sig och -advice-used för den som har använt våld.
## Högst cirka femtio ord; uppmana aldrig någon att konfrontera någon. Källan till varje råd
## står i en kommentar ovanför det.

# Source: Glass et al. 2008 and Campbell's Danger Assessment (item 10): strangulation is among the strongest predictors of homicide. Absent marks do not mean absent injury: the police (polisen.se, 2024: 'yttre tecken kan helt saknas') and the Prosecution Authority (aklagare.se, 2025); delayed symptoms in clinical guidance (ACEP). No NCK or 1177 page on delayed symptoms was found.
danger-strangulation-advice = Sök vård samma dag, helst på en akutmottagning, även om det inte syns något. Ring 112 om du får svårt att andas, svälja eller prata, eller blir förvirrad. Skador i halsen kan märkas först senare. Vården kan dokumentera skadorna om du vill.
danger-strangulation-advice-worried = Hen bör söka vård samma dag, även om det inte syns något, eftersom skador i halsen kan märkas först senare. Du kan erbjuda dig att följa med. Ring 112 om hen får svårt att andas.
danger-strangulation-advice-used = Att ta någon om halsen kan döda, även när det går fort och inte syns. Om någon har svårt att andas eller är medvetslös, ring 112 direkt. Ring Välj att sluta eller socialtjänsten för att få hjälp att sluta.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 (revocation) and 4 (custody of weapons when there is a risk of misuse); DA item 5.
danger-weapon-advice = Om någon hotar dig med ett vapen nu, ring 112. Berätta om vapnet när du ringer. Polisen kan ta ifrån en person vapen när det finns risk att de används mot någon.
danger-weapon-advice-worried = Om hen hotas med ett vapen nu, ring 112 och berätta var hen är. Konfrontera inte den som hotar.
danger-weapon-advice-used = Lägg undan det du hotade med, eller lämna in vapen till polisen. Om du känner att du kan skada någon nu, gå därifrån och ring 112. Välj att sluta och socialtjänsten kan hjälpa dig att sluta.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 and 4; DA item 2; FREDA-farlighetsbedömning (weapons at home).
danger-weapon-access-advice = Om du vill kan du berätta för polisen, socialtjänsten eller en stödlinje att det finns vapen. Polisen kan ta hand om vapen och återkalla vapentillståndet (vapenlicensen) om det finns risk att de används för att skada någon.
# Source: Brottsbalken 4:5 (olaga hot); lag (SFS 1988:688) om kontaktförbud: asked for through the police (114 14) or the Prosecution Authority, decided by a prosecutor or court (polisen.se, aklagare.se); DA item 6.
danger-threat-to-kill-advice = Du kan polisanmäla hotet och be om kontaktförbud. Spara meddelanden och skriv ner vad som sades och när. Prata med en stödlinje om hur du kan vara trygg.
danger-threat-to-kill-advice-worried = Ta hotet på allvar. Hen kan polisanmäla det och be om kontaktförbud. Du kan hjälpa till att spara meddelanden och skriva ner vad du har sett och hört.
danger-threat-to-kill-advice-used = Hot om att döda skrämmer och är ett brott, även om du inte menade det. Ta kontakt med Välj att sluta eller socialtjänsten för att få hjälp att sluta.
# Source: DA item 18 (the person's own belief that the other could kill them); FREDA-farlighetsbedömning's guidance: the person's own estimate of risk is on average as good as the instruments; safety planning with support services as in NCK's and the shelter movement's practice.
danger-believes-could-kill-advice = Ta din känsla på allvar. Gör en plan för hur du kan vara trygg, tillsammans med en stödlinje, en kvinnojour, tjejjour eller mansjour, eller socialtjänsten. Om du är i fara nu, ring 112.
danger-believes-could-kill-advice-worried = Ta det på allvar. Ring en stödlinje och prata om hur du kan stötta hen och hur hen kan vara trygg. Konfrontera inte den som hotar. Om hen är i fara nu, ring 112.
# Source: DA item 1; documenting incidents and keeping evidence safe, as NCK and the police advise.
danger-escalation-advice = Skriv ner vad som händer och när, och spara bilder och meddelanden där ingen annan kan hitta dem. Planera för din säkerhet tillsammans med en stödlinje eller socialtjänsten.
danger-escalation-advice-worried = Det är ett tecken på att risken ökar. Ring en stödlinje och prata om hur du kan stötta hen. Om hen är i fara nu, ring 112.
danger-escalation-advice-used = När det blir värre ökar risken att någon skadas allvarligt. Sök hjälp nu, till exempel hos Välj att sluta eller socialtjänsten. Om någon är i fara, ring 112.
# Source: DA item 3; Brå 2007:6 (separation problems and jealousy the most common motives for lethal partner violence); NCK's summary of Brå data (more than half in connection with separation). Never push a person to leave: whether and when is theirs.
danger-separation-advice = Tiden före, under och efter en separation kan vara extra farlig. Du bestämmer själv om och när. Om du funderar på att lämna kan du planera det i lugn och ro med en stödlinje, en kvinnojour eller mansjour, eller socialtjänsten.
danger-separation-advice-worried = Tiden före, under och efter en separation kan vara extra farlig. Om hen funderar på att lämna kan du hjälpa hen att planera det med en stödlinje, en kvinnojour eller mansjour, eller socialtjänsten. Det är hen som bestämmer.
# Source: DA item 15; HSLF-FS 2022:39 (replaced SOSFS 2014:4 on 1 November 2022); NCK and Graviditetsregistret: antenatal care asks every pregnant woman about violence, though not every woman recalls being asked.
danger-pregnancy-advice = Om du är gravid nu kan du berätta för din barnmorska vad som händer. Barnmorskan brukar fråga om våld och kan hjälpa dig vidare, även i ett samtal utan din partner. Du kan också prata med en stödlinje.
# Source: DA item 14 (violent and constant jealousy).
danger-jealousy-advice = Svartsjuka ger ingen rätt att kontrollera eller hota. Lägg märke till om kontrollen ökar, och prata med en stödlinje om vad som händer och hur du kan vara trygg.
# Source: DA item 16 (the other person's threats or attempts of suicide, which also signal danger to the partner).
danger-suicide-threats-advice = Du är inte ansvarig för det hen gör. Om hen är i akut fara, ring 112. Hot om att ta sitt liv kan också betyda fara för dig, så prata gärna med en stödlinje om din egen säkerhet.
# Source: Lag (SFS 1988:688) om kontaktförbud: breaking a ban is a crime; SARA item 8 (violation of no-contact orders).
danger-contact-ban-broken-advice = Anmäl till polisen varje gång kontaktförbudet bryts, och spara meddelanden, samtalslistor och annat som visar det. Om du är i fara nu, ring 112.
danger-contact-ban-broken-advice-used = Att bryta ett kontaktförbud är ett brott och skrämmer den som ska skyddas. Håll dig borta, och ta kontakt med Välj att sluta eller socialtjänsten för att få stöd.
# Source: Brottsbalken 4:4 b (olaga förföljelse); DA item 19; the police on documenting stalking; safety advice on spyware: removing an app can be noticed (as on this tool's safety page).
danger-stalking-advice = Skriv ner när och var det händer, och spara meddelanden. Se efter om det finns okända appar i telefonen, men tänk på att det kan märkas om du tar bort dem. Du kan polisanmäla och be om kontaktförbud.
danger-stalking-advice-worried = Hen kan skriva ner när och var det händer och spara meddelanden. Olaga förföljelse är ett brott som kan polisanmälas. Du kan hjälpa till att skriva ner det du ser.
# Source: LVU (SFS 1990:52) 31 a § (utreseförbud, travel ban for a child at risk of being taken abroad and harmed; since 1 July 2020, extended 1 June 2024 by prop. 2023/24:72); brottsbalken 4:4 c (äktenskapstvång); Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland); the Swedish Ministry for Foreign Affairs (UD) gives consular help abroad.
danger-forced-trip-or-marriage-advice = Försök få hjälp före resan: kontakta socialtjänsten, polisen eller stödlinjen för hedersrelaterat våld. För barn kan socialtjänsten begära utreseförbud. Om du ändå reser, ta med en kopia av passet, en laddad telefon och numret till Sveriges ambassad.
danger-forced-trip-or-marriage-advice-worried = Agera före resan, utan att familjen får veta: kontakta socialtjänsten, polisen eller stödlinjen för hedersrelaterat våld. För barn finns utreseförbud. Om hen redan är utomlands kan UD hjälpa.
# Source: PATRIARK (earlier honour-based violence in the family or network).
danger-honour-violence-before-advice = Det som har hänt andra i familjen kan betyda att risken är större för dig också. Prata med socialtjänsten eller stödlinjen för hedersrelaterat våld om hur du kan vara trygg. Om du är i fara nu, ring 112.
# Source: DA item 17; socialtjänstlagen (SFS 2025:400), the social services' duty to protect children.
danger-threats-to-children-advice = Barn som hotas har rätt till skydd. Socialtjänsten kan hjälpa dig och barnen, och du kan polisanmäla hotet. Om ett barn är i fara nu, ring 112.
# Source: Brottsbalken chapter 6 (sexual offences against children); socialtjänstlagen (SFS 2025:400): the social services must protect a child who may be harmed; Bris (contacts/national.toml).
danger-child-sexual-abuse-advice = Det är aldrig ditt fel. Berätta för en vuxen du litar på, till exempel skolkuratorn eller skolsköterskan, eller ring Bris. Socialtjänsten måste skydda dig. Om du är i fara nu, ring 112.
danger-child-sexual-abuse-advice-worried = Gör en orosanmälan till socialtjänsten direkt, eller ring polisen. Fråga inte ut barnet och konfrontera inte den du misstänker. Om barnet är i fara nu, ring 112.
# Source: Brottsbalken 6:9 (purchase of a sexual act from a child); socialtjänstlagen (SFS 2025:400).
danger-child-sexual-exploitation-advice = Det är aldrig du som gör fel, utan den som utnyttjar dig. Du kan prata med Bris eller socialtjänsten, och på ungdomsmottagningen kan du få hjälp med din hälsa. Om du är i fara nu, ring 112.
danger-child-sexual-exploitation-advice-worried = Gör en orosanmälan till socialtjänsten direkt. Den som köper sex av ett barn begår ett brott. Om barnet är i fara nu, ring 112.
# Source: Äktenskapsbalken 2:1 (no one under 18 may marry); brottsbalken chapter 4 (barnäktenskapsbrott and äktenskapstvång, covering marriage-like unions too); LVU 31 a § (utreseförbud: social services apply, the administrative court decides, with interim bans by social services).
danger-child-marriage-advice = Ingen får gifta bort dig, inte heller religiöst eller utomlands. Socialtjänsten kan skydda dig och begära ett utreseförbud, så att du inte får föras ut ur landet. Du kan ringa stödlinjen för hedersrelaterat våld eller Bris. Om du är i fara nu, ring 112.
# Source: Lag (SFS 1982:316) med förbud mot könsstympning av kvinnor (female genitals; applies also to mutilation abroad); LVU 31 a § (utreseförbud).
danger-genital-mutilation-advice = Berätta för en vuxen du litar på, till exempel skolsköterskan eller kuratorn, eller ring Bris. Socialtjänsten kan skydda dig, till exempel med ett utreseförbud inför en resa. Om något redan har hänt kan du få vård och stöd. Om du är i fara nu, ring 112.
danger-genital-mutilation-advice-worried = Gör en orosanmälan till socialtjänsten direkt, särskilt inför en resa. Socialtjänsten kan begära utreseförbud för barnet. Kontakta inte familjen själv.
# Source: Child-protection practice (Bris; the police on sexual extortion of children): do not send more or pay, keep the evidence, tell an adult, report; brottsbalken chapter 6.
danger-sextortion-advice = Det är inte ditt fel. Skicka inga fler bilder och betala inte. Spara meddelandena och blockera sedan personen. Berätta för en vuxen du litar på eller ring Bris. Du kan polisanmäla, även om du själv har skickat bilder.
# Source: DA item 20 (the person's own thoughts or attempts of suicide); Mind's Självmordslinjen (contacts/national.toml); NASP at Karolinska Institutet: asking directly about suicide does not increase the risk.
danger-suicidal-thoughts-advice = Du är inte ensam. Du kan ringa eller chatta med Självmordslinjen dygnet runt, och du kan vara anonym. Om du tänker skada dig själv nu, ring 112.
danger-suicidal-thoughts-advice-worried = Ta det på allvar och fråga rakt ut: ”Tänker du på att ta ditt liv?” Att fråga ökar inte risken. Självmordslinjen tar också emot samtal från den som oroar sig för någon. Om hen är i akut fara, ring 112.
danger-suicidal-thoughts-advice-used = Du är inte ensam. Du kan ringa eller chatta med Självmordslinjen dygnet runt, och du kan vara anonym. Om du tänker skada dig själv eller någon annan nu, ring 112.
## Resultatet: fasta delar

result-title = Det här beskriver dina svar
result-intro = Det du har svarat beskriver en eller flera former av våld. Här under kan du läsa vad de kallas och var du kan få stöd.
result-none = Inget av dina svar beskrev våld. Du är ändå välkommen att prata med någon om något känns fel. Lita på din känsla.
result-none-worried = Inget av dina svar beskrev våld mot den du oroar dig för. Lita ändå på din känsla: du kan prata med en stödlinje om din oro.
result-danger-unanswered = Några av frågorna om allvarlig fara lämnade du obesvarade, och det är okej. Om du är rädd för din säkerhet kan du alltid ringa 112, och stödlinjerna här under kan hjälpa dig att tänka igenom vad som är säkrast.
result-danger-unanswered-worried = Några av frågorna om allvarlig fara lämnade du obesvarade, och det är okej. Om du tror att den du oroar dig för är i fara nu, ring 112. Stödlinjerna här under kan hjälpa dig att tänka igenom hur du kan stötta hen.
result-danger-unanswered-used = Några av frågorna om allvarlig fara lämnade du obesvarade, och det är okej. Om du är rädd att du ska skada någon, eller om någon är i fara, ring 112. Välj att sluta och socialtjänsten kan hjälpa dig.
result-urgent-title = Om du är i fara nu, ring 112
# Source: SOS Alarm, https://www.sosalarm.se/112 (the operator asks what happened, where and from which number; calls from smartphones are positioned automatically, AML) and https://www.sosalarm.se/Pressrum/Fragor-och-svar/ (stay on the line).
result-urgent-text = Säg vad som har hänt och var du är. Samtalet är gratis. När du ringer från en mobil kan SOS Alarm oftast se var du är. Stanna kvar i telefonen om du kan.
result-urgent-title-worried = Om hen är i fara nu, ring 112
result-urgent-text-worried = Ring 112 om den du oroar dig för är i fara just nu. Säg var hen är och vad som händer. Samtalet är gratis.
result-urgent-signs-intro = Vi visar det här först, eftersom dina svar nämner något som kan vara ett allvarligt varningstecken:
result-advice-youth = Är du under 18 kan du också prata med Bris, skolkuratorn, skolsköterskan eller en annan vuxen du litar på. Du behöver inte klara det här själv.
result-advice-youth-worried = Är du själv under 18 kan du berätta för en vuxen du litar på eller ringa Bris, så får du hjälp med resten.
result-not-your-fault = Det som händer dig är inte ditt fel. Ingen har rätt att skada, hota eller styra dig.
result-right-to-support = Du har rätt att söka stöd hos socialtjänsten i kommunen där du är, oavsett var du kommer ifrån och om du har uppehållstillstånd eller inte. Det kostar inget att kontakta dem.
result-everyone-welcome = Du har rätt till stöd oavsett ålder, kön, bakgrund, sexuell läggning, funktionsnedsättning eller beroende. Att du dricker alkohol eller tar droger, eller saknar uppehållstillstånd, hindrar dig aldrig från att få stöd.
result-everyone-welcome-worried = Den du oroar dig för har rätt till stöd oavsett ålder, kön, bakgrund, sexuell läggning, funktionsnedsättning eller beroende. Alkohol, droger eller att sakna uppehållstillstånd hindrar aldrig någon från att få stöd.
result-everyone-welcome-used = Du kan få stöd för att sluta oavsett ålder, kön, bakgrund, sexuell läggning, funktionsnedsättning eller beroende. Att du dricker alkohol eller tar droger hindrar dig inte från att få stöd.
result-child-protection-title = Du har rätt till skydd
result-child-protection-1 = Du är under 18 år. Då måste socialtjänsten ta reda på hur du har det och skydda dig om någon skadar, hotar eller utnyttjar dig.
result-child-protection-2 = Du kan ringa eller gå till socialtjänsten själv, eller be en vuxen du litar på, till exempel skolkuratorn, att hjälpa dig.
result-child-protection-3 = Du kan också prata med Bris utan att säga vem du är. Bris finns bland kontakterna här under.
result-what-happens-title = Vad händer om jag tar kontakt?
result-what-happens-1 = Du kan börja med att ringa en stödlinje för att prata och få råd. Du bestämmer själv vad du berättar.
result-what-happens-2 = Socialtjänsten kan ge dig stödsamtal, hjälp att planera hur du kan vara trygg och hjälp med ett skyddat boende om du behöver flytta.
result-what-happens-3 = Du kan ta ett steg i taget. Fråga gärna vad som händer sedan innan du berättar mer.
result-show-local = Visa hjälp nära mig
result-start-over = Börja om
result-start-over-hint = Allt du har svarat glöms bort.
## Resultatet: för den som har skadat eller skrämt någon

result-used-intro = Dina svar beskriver att du har gjort saker som kan skada eller skrämma någon som står dig nära.
result-used-responsibility = Att du har svarat på frågorna är ett viktigt steg. Våld är ett val, och du kan välja att sluta. Det finns hjälp för det, till exempel Välj att sluta och socialtjänsten i din kommun.
result-used-responsibility-youth = Att du har svarat på frågorna är ett viktigt steg. Det går att lära sig att sluta skada eller skrämma andra, och det finns vuxna som kan hjälpa dig med det, till exempel Bris och socialtjänsten.
result-used-urgent-text = Om du är rädd att du ska skada någon just nu, eller om någon är i fara, ring 112.
result-used-none = Dina svar beskrev inget av det vi frågade om. Om du ändå är orolig för hur du beter dig mot någon som står dig nära kan du prata med Välj att sluta eller socialtjänsten. Du kan vara anonym.
result-used-children = Barn som ser eller hör våld behöver stöd. Socialtjänsten kan ge stöd både till dig och till barnen, och det är ett bra steg att själv ta kontakt med dem.
result-used-also-exposed = Du berättade att någon också skadar, hotar eller styr dig. Det är inte okej, och du har rätt till stöd för det. Du kan prata med Bris eller socialtjänsten, och du kan också svara på frågorna om det som händer dig.
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
