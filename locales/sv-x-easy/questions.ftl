# Vägvisaren — the questions and the result (lättläst svenska).
# Fetched when someone starts the questions, together with main.ftl: the same file for everyone.
# Status: written by the team from the Swedish source; meaning checked by back-translation 2026-12-07; not yet reviewed by an easy-to-read editor.

## Questions: partner or ex

q-partner-put-down = Säger din partner eller ditt ex elaka saker till dig, till exempel att du är värdelös?
q-partner-put-down-youth = Säger någon du är ihop med eller har dejtat elaka saker till dig?
q-partner-isolate = Bestämmer din partner eller ditt ex över ditt liv, till exempel vem du får träffa?
q-partner-isolate-youth = Bestämmer någon du är ihop med eller har dejtat över ditt liv? Till exempel vilka kompisar du får ha.
q-partner-phone = Kollar din partner eller ditt ex din telefon, till exempel vem du skriver till?
q-partner-phone-youth = Kräver någon du är ihop med eller har dejtat att få kolla din telefon?
q-partner-follow = Följer din partner eller ditt ex efter dig eller söker upp dig? Eller kollar hen var du är, fast du inte vill?
q-partner-follow-youth = Följer någon du är ihop med eller har dejtat efter dig? Eller dyker hen upp där du är, fast du inte vill?
q-partner-images = Har din partner eller ditt ex spridit privata bilder eller filmer av dig? Eller hotat att göra det?
q-partner-images-youth = Har någon du är ihop med eller har dejtat spridit privata bilder på dig? Eller hotat att göra det?
q-partner-nudes = Har någon du är ihop med eller har dejtat pressat eller lurat dig att skicka nakenbilder? Eller andra sexiga bilder?
q-partner-older = Är den du är ihop med eller har dejtat mycket äldre än du, eller vuxen?
q-partner-money = Tar din partner eller ditt ex dina pengar, eller bestämmer hen över dem?
q-partner-money-youth = Tar någon du är ihop med eller har dejtat dina pengar, eller bestämmer vad du får köpa?
q-partner-debt = Har din partner eller ditt ex tagit lån i ditt namn? Eller hindrat dig från att jobba eller studera?
q-partner-debt-youth = Har någon du är ihop med eller har dejtat hindrat dig från att gå till skolan? Eller fått dig att låna pengar åt hen?
q-partner-threats = Hotar din partner eller ditt ex dig? Till exempel med att ta barnen, eller att du måste lämna Sverige.
q-partner-threats-youth = Hotar någon du är ihop med eller har dejtat dig? Till exempel att sprida saker om dig, eller berätta att du är hbtq.
q-partner-break = Har din partner eller ditt ex förstört eller tagit dina saker?
q-partner-break-youth = Har någon du är ihop med eller har dejtat förstört eller tagit dina saker?
q-partner-hit = Har din partner eller ditt ex slagit eller knuffat dig? Eller hållit fast dig?
q-partner-hit-youth = Har någon du är ihop med eller har dejtat slagit eller knuffat dig? Eller hållit fast dig?
q-partner-neck = Har din partner eller ditt ex strypt dig eller tryckt hårt om din hals? Till exempel så att du fick svårt att andas.
q-partner-neck-youth = Har någon du är ihop med eller har dejtat strypt dig? Alltså tryckt hårt om din hals, eller gjort så att du fick svårt att andas.
q-partner-weapon = Har din partner eller ditt ex hotat dig med ett vapen eller en kniv? Eller med något annat farligt?
q-partner-weapon-youth = Har någon du är ihop med eller har dejtat hotat dig med en kniv? Eller med något annat farligt?
q-partner-kill = Har din partner eller ditt ex hotat att döda dig eller någon du tycker om?
q-partner-kill-youth = Har någon du är ihop med eller har dejtat hotat att döda dig? Eller någon du tycker om?
q-partner-sex = Har din partner eller ditt ex tvingat eller pressat dig till sex? Eller har du haft sex för att du var rädd?
q-partner-sex-youth = Har någon du är ihop med eller har dejtat tvingat eller pressat dig till något sexuellt?
q-partner-afraid = Är du rädd för din partner eller ditt ex? Även när hen är lugn?
q-partner-afraid-youth = Är du rädd för någon du är ihop med eller har dejtat?
q-partner-care = Har din partner eller ditt ex inte gett dig hjälp som du behöver? Till exempel mat eller medicin.
q-partner-aids = Har din partner eller ditt ex tagit ifrån dig något som du behöver? Till exempel medicin eller din telefon.
q-partner-children-see = Har barn hemma sett eller hört våld eller hot mot dig? Eller blivit rädda för din partner eller ditt ex?
q-partner-worse = Har våldet eller hoten blivit värre eller vanligare det senaste året?
q-partner-worse-youth = Har det som hen gör mot dig blivit värre eller vanligare på sista tiden?
q-partner-jealous = Är din partner eller ditt ex så svartsjuk att du blir rädd?
q-partner-jealous-youth = Är någon du är ihop med eller har dejtat så svartsjuk att du blir rädd?
q-partner-leaving = Är du rädd för vad din partner gör om du lämnar hen? Eller nu när du har lämnat?
q-partner-leaving-youth = Är du rädd för vad den andra gör om du gör slut? Eller nu när du har gjort slut?
q-partner-could-kill = Tror du att din partner eller ditt ex kan döda dig?
q-partner-could-kill-youth = Tror du att någon du är ihop med eller har dejtat kan döda dig?
q-partner-weapon-home = Har din partner eller ditt ex vapen, eller kan hen lätt skaffa vapen?
q-partner-weapon-home-youth = Har någon du är ihop med eller har dejtat vapen, eller kan hen lätt skaffa vapen?
q-partner-suicide-threat = Har din partner eller ditt ex hotat att ta sitt liv? Till exempel om du lämnar hen.
q-partner-suicide-threat-youth = Har någon du är ihop med eller har dejtat hotat att ta sitt liv? Till exempel om du gör slut.
q-partner-contact-ban = Har din partner eller ditt ex kontaktat dig eller kommit till dig, fast hen har kontaktförbud och inte får det?
q-partner-contact-ban-youth = Har någon du är ihop med eller har dejtat kontaktat dig, fast hen har förbud mot det?
q-partner-pregnant = Har din partner eller ditt ex slagit eller skadat dig när du var gravid?
q-partner-pregnant-youth = Har någon du är ihop med eller har dejtat slagit eller skadat dig när du var gravid?
q-partner-pets = Har din partner eller ditt ex skadat ett djur du tycker om? Eller hotat att göra det?
q-partner-pets-youth = Har någon du är ihop med eller har dejtat skadat ett djur du tycker om? Eller hotat att göra det?
q-partner-careful = Är du ofta försiktig så att din partner eller ditt ex inte ska bli arg?
q-partner-careful-youth = Är du ofta försiktig så att någon du är ihop med eller har dejtat inte ska bli arg?
q-partner-children-threat = Har din partner eller ditt ex hotat att skada barnen eller föra bort dem? Till exempel till ett annat land.
q-partner-suicide-self = Tänker du själv på att ta ditt liv?
q-partner-suicide-self-youth = Har du tänkt att du vill dö? Eller tänkt på att ta ditt liv?
## Questions: family or relatives

q-family-collective = Bestämmer flera i din familj eller släkt tillsammans hur du ska leva?
q-family-collective-youth = Bestämmer fler än dina föräldrar över ditt liv? Till exempel syskon eller släktingar.
q-family-friends = Bestämmer familjen eller släkten vilka vänner du får ha, eller hur du får klä dig?
q-family-friends-youth = Får du mindre frihet än andra i din ålder, för att familjen är rädd för skvaller?
q-family-school = Hindrar familjen eller släkten dig från att studera eller jobba som du vill?
q-family-school-youth = Hindrar familjen dig från vissa lektioner eller skolresor, för att de tycker att det är fel?
q-family-love = Bestämmer familjen eller släkten vem du får vara ihop med? Eller om du får visa vem du är?
q-family-love-youth = Bestämmer familjen vem du får vara ihop med när du blir äldre? Eller om du får visa vem du är?
q-family-marriage = Pressar familjen eller släkten dig att förlova dig eller gifta dig med någon du inte har valt? Även bara religiöst? Eller har du redan blivit bortgift?
q-family-marriage-youth = Vill familjen att du ska förlova dig, gifta dig eller bli lovad bort, fast du inte vill? Även bara religiöst? Eller har du redan blivit gift?
q-family-abroad = Vill någon skicka dig till ett annat land mot din vilja? Eller ska ni resa någonstans som oroar dig?
q-family-abroad-youth = Vill någon skicka dig till ett annat land? Eller ska ni göra en resa som oroar dig?
q-family-put-down = Säger någon i din familj eller släkt att du är värdelös, eller andra elaka saker?
q-family-put-down-youth = Säger någon i familjen ofta elaka saker till dig? Eller skriker på dig så att du blir rädd?
q-family-money = Tar familjen, släkten eller någon som hjälper dig dina pengar, till exempel din lön eller pension?
q-family-money-youth = Tar någon i familjen dina egna pengar? Eller får du inte pengar till sådant du behöver, som mat?
q-family-break = Har någon i din familj eller släkt förstört eller tagit dina saker?
q-family-break-youth = Har någon i familjen förstört dina saker när de var arga, så att du blev rädd?
q-family-tracking = Följer någon i din familj eller släkt efter dig, eller kollar var du är, fast du inte vill?
q-family-tracking-youth = Följer någon i familjen efter dig, eller kollar hela tiden var du är, så att du blir rädd eller inte kan leva fritt?
q-family-hit = Har någon i din familj eller släkt slagit eller knuffat dig? Eller hållit fast dig?
q-family-hit-youth = Har någon i familjen slagit dig eller dragit dig i håret? Eller hållit fast dig?
q-family-neck = Har någon i din familj eller släkt strypt dig eller tryckt hårt om din hals? Till exempel så att du fick svårt att andas.
q-family-neck-youth = Har någon i familjen strypt dig? Alltså tryckt hårt om din hals, eller gjort så att du fick svårt att andas.
q-family-weapon = Har någon i din familj eller släkt hotat dig med ett vapen eller en kniv? Eller med något annat farligt?
q-family-weapon-youth = Har någon i familjen hotat dig med en kniv eller något annat farligt?
q-family-kill = Har någon i din familj eller släkt hotat att döda dig eller någon du tycker om?
q-family-kill-youth = Har någon i familjen hotat att döda dig eller någon du tycker om?
q-family-sex-touch = Har någon i din familj eller släkt tagit på dig på ett sexuellt sätt? Eller sagt eller visat sexuella saker som du inte ville?
q-family-sex-touch-youth = Har någon i familjen eller släkten tagit på din kropp så att det kändes fel? Eller visat dig sexuella bilder?
q-family-sex-forced = Har någon i din familj eller släkt tvingat eller pressat dig till något sexuellt?
q-family-sex-forced-youth = Har någon i familjen eller släkten tvingat dig att göra något sexuellt?
q-family-care = Har den i familjen som ska hjälpa dig inte gett dig mat eller medicin? Eller lämnat dig ensam för länge?
q-family-care-youth = Händer det att vuxna hemma inte tar hand om dig? Till exempel att du blir utan mat.
q-family-carer = Har någon som hjälper dig i vardagen behandlat dig illa? Till exempel hotat dig eller tagit dina pengar.
q-family-afraid = Är du rädd för någon i din familj eller släkt? Eller rädd för att gå hem?
q-family-afraid-youth = Är du rädd för någon i familjen, eller för att gå hem?
q-family-children-see = Ser eller hör barn i familjen våld eller hot hemma?
q-family-children-see-youth = Har du eller dina syskon sett eller hört någon hemma slå eller hota någon?
q-family-phone = Kollar någon i din familj eller släkt din telefon, för att se vem du pratar med?
q-family-phone-youth = Kollar någon i familjen din telefon för att se vem du pratar med?
q-family-siblings = Håller syskon eller andra släktingar koll på dig och berättar för familjen?
q-family-siblings-youth = Håller dina syskon eller kusiner koll på dig och berättar för familjen?
q-family-virginity = Kräver familjen eller släkten att du inte ska ha sex innan du gifter dig? Eller kollar de det?
q-family-virginity-youth = Säger familjen att du inte får ha sex innan du gifter dig?
q-family-disown = Hotar familjen att bryta med dig om du inte gör som de vill?
q-family-disown-youth = Har någon sagt att familjen bara vill ha dig kvar om du gör som de säger?
q-family-partner-threat = Har någon i familjen eller släkten hotat den du är ihop med eller vill vara ihop med?
q-family-partner-threat-youth = Har någon i familjen hotat den du är ihop med eller är kär i?
q-family-honour-before = Har din familj eller släkt tidigare skadat eller hotat någon i familjen som inte levde som de ville? Eller gift bort eller skickat iväg hen?
q-family-honour-before-youth = Har något hänt ett syskon eller någon annan i familjen, för att hen inte gjorde som familjen ville? Till exempel att hen skadades eller skickades iväg.
q-family-cutting = Har någon sagt att någon ska skära i ditt kön? Det kallas könsstympning eller omskärelse av flickor. Eller har det redan hänt dig?
q-family-online = Har någon i din familj eller släkt spridit saker om dig på nätet? Eller hotat att göra det?
q-family-online-youth = Har någon i familjen lagt ut saker om dig på nätet, eller hotat att göra det?
q-family-worse = Har våldet eller hoten blivit värre eller vanligare det senaste året?
q-family-worse-youth = Har det som händer hemma blivit värre eller vanligare på sista tiden?
q-family-could-kill = Tror du att någon i din familj eller släkt kan döda dig?
q-family-could-kill-youth = Tror du att någon i familjen kan döda dig?
q-family-weapon-home = Finns det vapen hemma hos din familj? Eller kan den som hotar dig lätt skaffa vapen?
q-family-weapon-home-youth = Finns det vapen hemma? Eller kan någon i familjen lätt skaffa vapen?
q-family-contact-ban = Har någon i din familj eller släkt kontaktat dig eller kommit till dig, fast hen har kontaktförbud och inte får det?
q-family-children-threat = Har någon i din familj eller släkt hotat att skada barnen eller föra bort dem?
q-family-children-threat-youth = Har någon i familjen hotat att skada dina syskon eller andra barn?
q-family-suicide-self = Tänker du själv på att ta ditt liv?
q-family-suicide-self-youth = Har du tänkt att du vill dö? Eller tänkt på att ta ditt liv?
## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Pressar eller tvingar någon dig att sälja sex? Alltså ha sex med andra för pengar.
q-exploit-sell-sex-youth = Har någon fått dig att göra sexuella saker för att få något? Till exempel droger eller ett ställe att sova på.
q-exploit-job-promise = Har någon lurat dig med löften om jobb eller boende, till exempel när du kom hit?
q-exploit-job-promise-youth = Har någon lovat dig något och sedan krävt att du gör saker du inte ville?
q-exploit-work = Jobbar du mycket mer än ni kom överens om? Eller får du mycket lite eller ingen lön?
q-exploit-work-youth = Får någon dig att göra saker åt dem utan lön? Eller för att du är rädd?
q-exploit-begging-crime = Tvingar eller pressar någon dig att tigga eller göra brott, till exempel stjäla?
q-exploit-begging-crime-youth = Får någon dig att göra brott åt dem, till exempel sälja droger?
q-exploit-debt = Säger någon att du måste jobba för att betala en skuld till dem? Till exempel för resan hit.
q-exploit-debt-youth = Säger någon att du måste göra saker åt dem för att du är skyldig dem?
q-exploit-papers = Har någon tagit ditt pass eller andra papper och vill inte ge tillbaka dem?
q-exploit-papers-youth = Har någon tagit ditt pass eller ditt ID-kort och behåller det?
q-exploit-locked = Hindrar någon dig från att gå ut ensam eller prata med din familj?
q-exploit-locked-youth = Hindrar någon dig från att träffa kompisar eller prata med din familj?
q-exploit-sextortion = Har någon hotat att sprida sexuella bilder på dig för att få något? Till exempel pengar eller fler bilder.
q-exploit-sextortion-youth = Har någon hotat att sprida bilder på dig för att få något? Till exempel fler bilder eller pengar.
q-exploit-grooming = Har någon som du bara känner från nätet pratat om sex med dig? Eller velat träffa dig i hemlighet?
q-exploit-sex-forced = Har någon tvingat dig till något sexuellt?
q-exploit-sex-forced-youth = Har någon tvingat dig att göra något sexuellt?
q-exploit-hit = Har någon som styr över dig slagit eller skadat dig?
q-exploit-hit-youth = Har någon som bestämmer över dig slagit eller skadat dig?
q-exploit-neck = Har någon strypt dig eller tryckt hårt om din hals? Till exempel så att du fick svårt att andas.
q-exploit-neck-youth = Har någon strypt dig? Alltså tryckt hårt om din hals, eller gjort så att du fick svårt att andas.
q-exploit-weapon = Har någon hotat dig med ett vapen eller en kniv? Eller med något annat farligt?
q-exploit-weapon-youth = Har någon hotat dig med en kniv eller något annat farligt?
q-exploit-kill = Har någon hotat att döda dig eller din familj, här eller i ett annat land?
q-exploit-kill-youth = Har någon hotat att döda dig eller din familj?
q-exploit-afraid = Är du rädd för vad som händer om du säger nej eller slutar?
q-exploit-afraid-youth = Är du rädd för vad de gör om du säger nej?
q-exploit-wage = Tar någon annan din lön, eller bestämmer över dina pengar?
q-exploit-wage-youth = Tar någon dina pengar, eller bestämmer vad du får köpa?
q-exploit-living = Bestämmer någon annan var du ska bo, så att du inte kan flytta när du vill?
q-exploit-living-youth = Bestämmer någon annan var du ska sova, så att du inte kan gå därifrån?
q-exploit-moved = Flyttar någon dig mellan olika städer eller länder, utan att du får bestämma?
q-exploit-moved-youth = Skickar någon dig till olika ställen, utan att du själv får bestämma?
q-exploit-authorities = Har någon sagt att polisen ska straffa dig om du berättar? Eller skicka ut dig ur Sverige?
q-exploit-authorities-youth = Har någon sagt att polisen eller socialtjänsten ska straffa dig om du berättar?
q-exploit-sex-control = Bestämmer någon annan när och med vem du ska sälja sex? Eller tar någon annan pengarna?
q-exploit-sex-control-youth = Bestämmer någon annan med vem du ska göra sexuella saker? Eller tar någon det du får för det?
q-exploit-debt-grows = Blir skulden hela tiden större, så att du aldrig blir fri från den?
q-exploit-debt-grows-youth = Säger de att du är skyldig mer och mer hela tiden?
q-exploit-accounts = Har någon annan ditt BankID eller dina papper, så att du inte kan använda dem själv?
q-exploit-accounts-youth = Har någon annan ditt bankkort eller BankID, så att du inte kan använda det själv?
q-exploit-phone = Tar någon din telefon, eller kollar vad du skriver och var du är?
q-exploit-phone-youth = Tar någon din telefon, eller kollar vad du skriver och var du är?
q-exploit-online = Har någon lagt ut bilder eller annonser om dig på nätet, utan att du har bestämt det?
q-exploit-online-youth = Har någon lagt ut bilder eller annonser om dig på nätet, utan att du har bestämt det?
q-exploit-sex-unsafe = Har någon tvingat dig till sex utan kondom, eller till saker du sagt nej till?
q-exploit-sex-unsafe-youth = Har någon tvingat dig till sex utan kondom, eller till saker du sagt nej till?
q-exploit-worse = Har våldet eller hoten blivit värre eller vanligare på sista tiden?
q-exploit-worse-youth = Har det de gör mot dig blivit värre eller vanligare på sista tiden?
q-exploit-always-afraid = Är du rädd för dem som styr över dig, även när de inte är där?
q-exploit-always-afraid-youth = Är du rädd för dem, även när de inte är nära dig?
q-exploit-suicide-self = Tänker du själv på att ta ditt liv?
q-exploit-suicide-self-youth = Har du tänkt att du vill dö? Eller tänkt på att ta ditt liv?
## Questions: someone you are worried about

q-worried-afraid = Verkar personen du är orolig för rädd för någon, eller för att gå hem?
q-worried-isolated = Har personen du är orolig för slutat träffa vänner eller familj?
q-worried-controlled = Verkar någon bestämma över personen du är orolig för? Till exempel vem hen får träffa.
q-worried-phone = Kollar någon telefonen för personen du är orolig för? Eller måste hen alltid säga var hen är?
q-worried-followed = Följer någon efter personen du är orolig för, eller håller koll på hen? Eller hör av sig hela tiden, fast hen inte vill?
q-worried-money = Bestämmer någon annan över pengarna för personen du är orolig för?
q-worried-injuries = Har personen du är orolig för skador som hen inte förklarar, till exempel blåmärken?
q-worried-hit = Slår någon personen du är orolig för, eller håller fast hen?
q-worried-neck = Har någon strypt personen du är orolig för? Alltså tryckt hårt om hens hals, eller gjort så att hen fick svårt att andas.
q-worried-weapon = Har någon hotat personen du är orolig för med ett vapen eller en kniv? Eller med något annat farligt?
q-worried-kill = Har någon hotat att döda personen du är orolig för, eller någon hen tycker om?
q-worried-sex = Har personen du är orolig för berättat att någon tvingat eller pressat hen till något sexuellt?
q-worried-selling-sex = Tror du att personen du är orolig för säljer sex? Eller att någon får hen att göra det?
q-worried-sex-for-things = Får personen du är orolig för något av någon som vill ha sex som betalning? Till exempel pengar, droger eller ett ställe att sova på.
q-worried-honour = Styr familjen eller släkten livet för personen du är orolig för? Till exempel vilka vänner hen får ha.
q-worried-trip = Ska personen du är orolig för förlovas, giftas bort eller skickas utomlands mot sin vilja? Eller är hen redan bortgift?
q-worried-cutting = Planerar någon att könsstympa barnet, till exempel på en resa utomlands? Det betyder att skära i flickans kön. Det kallas ibland omskärelse.
q-worried-care = Verkar personen du är orolig för bli utan hjälp som hen behöver? Till exempel mat eller medicin.
q-worried-care-youth = Verkar personen du är orolig för bli utan mat eller annat som hen behöver?
q-worried-children-home = Finns det barn i hemmet som kan se eller höra våld eller hot?
q-worried-suicide = Har personen du är orolig för sagt att hen inte vill leva? Eller pratat om att ta sitt liv?
q-worried-careful = Verkar personen du är orolig för ofta vara försiktig, så att någon inte ska bli arg?
q-worried-debts = Har personen du är orolig för fått skulder som någon annan har tagit? Eller saknar hen pengar till mat?
q-worried-worse = Verkar det ha blivit värre på sista tiden? Till exempel fler skador eller mer hot.
q-worried-leaving = Har personen du är orolig för nyss lämnat en partner hen är rädd för? Eller vill hen lämna?
q-worried-could-kill = Tror du att någon kan döda personen du är orolig för? Eller tror hen det?
q-worried-sex-images = Sprider någon sexuella bilder på personen du är orolig för? Eller hotar att göra det?
q-worried-honour-love = Bestämmer någon annan vem personen du är orolig för får vara ihop med?
q-worried-left-alone = Lämnar någon personen du är orolig för ensam länge, fast hen inte klarar sig själv?
q-worried-children-scared = Verkar barnen i hemmet rädda eller ledsna, så att du blir orolig?
## Questions: I have hurt or frightened someone close to me

q-used-put-down = Har du sagt elaka saker till någon som står dig nära? Eller skrikit så att hen blev rädd?
q-used-control = Har du bestämt över en partner eller någon i din familj? Till exempel vem hen får träffa.
q-used-control-youth = Har du bestämt vem ditt syskon eller den du är ihop med får träffa?
q-used-phone = Har du kollat någons telefon utan lov, till exempel läst hens meddelanden?
q-used-images = Har du spridit privata bilder eller filmer av någon? Eller hotat att göra det?
q-used-money = Har du tagit någons pengar, eller bestämt över hens pengar?
q-used-break = Har du förstört saker eller slagit i väggar när du har varit arg?
q-used-hit = Har du slagit eller knuffat en partner eller någon i din familj? Eller hållit fast hen?
q-used-hit-youth = Har du slagit eller knuffat någon i familjen, eller någon du är ihop med?
q-used-neck = Har du någon gång strypt någon? Eller tagit någon om halsen, eller tryckt mot någons hals?
q-used-weapon = Har du hotat någon med ett vapen eller en kniv? Eller med något annat farligt?
q-used-weapon-youth = Har du hotat någon i familjen, eller någon du är ihop med? Med en kniv eller något annat farligt?
q-used-kill = Har du hotat att döda någon som står dig nära? Även om du inte menade det?
q-used-kill-youth = Har du hotat att döda någon i familjen eller någon du är ihop med, så att hen blev rädd?
q-used-sex = Har du pressat eller tvingat någon till sex? Eller fortsatt fast hen inte verkade vilja?
q-used-children-see = Har barn sett eller hört dig vara våldsam eller hotfull hemma?
q-used-children-see-youth = Har yngre syskon eller andra barn sett eller hört dig vara våldsam eller hotfull hemma?
q-used-afraid = Tror du att någon som står dig nära är rädd för dig?
q-used-exposed = Blir du också illa behandlad, hemma eller av någon du är ihop med?
q-used-money-work = Har du hindrat en partner eller någon i din familj från att jobba? Eller tagit lån i hens namn?
q-used-money-work-youth = Har du tvingat någon att ge dig pengar eller saker?
q-used-pets = Har du skadat ett djur för att skrämma någon? Eller hotat att göra det?
q-used-worse = Har det blivit värre eller vanligare det senaste året?
q-used-sex-sulk = Har du blivit arg eller sur när en partner inte ville ha sex?
q-used-contact-ban = Har du kontaktat eller sökt upp någon fast du har kontaktförbud?
q-used-children-afraid = Har ett barn blivit rädd för dig när du har varit arg? Eller försökt skydda någon?
q-used-careful = Blir någon som står dig nära tyst eller försiktig, för att du inte ska bli arg?
q-used-suicide-self = Tänker du själv på att ta ditt liv?
## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Fysiskt våld
category-physical-text = Om någon slår, knuffar, håller fast eller skadar dig, så är det våld. Det är ett brott. Det är aldrig ditt fel.
category-physical-text-worried = Om någon slår, knuffar eller skadar personen som du är orolig för, så är det våld. Det är ett brott. Det är aldrig hens fel.
category-physical-text-used = Det du berättar om är fysiskt våld. Du kan sluta. Det finns hjälp.
category-psychological-title = Psykiskt våld
category-psychological-text = Hot och elaka ord är också våld. Det är också våld när någon kontrollerar dig eller hindrar dig från att träffa andra. Det kan göra lika ont som slag.
category-psychological-text-worried = Hot, elaka ord och kontroll är också våld. Det är våld även när det inte syns. Det kan göra det svårt för hen att be om hjälp.
category-psychological-text-used = Att hota, trycka ner eller kontrollera någon är psykiskt våld. Du kan välja att sluta. Det finns stöd som hjälper dig.
category-sexual-title = Sexuellt våld
category-sexual-text = Allt sex ska vara frivilligt. Det betyder att båda vill. Det gäller även med en partner. Om någon pressar eller tvingar dig till något sexuellt, så är det våld. Det är också ett brott.
category-sexual-text-worried = Ingen får pressa eller tvinga någon till något sexuellt. Det är våld och ett brott. Det gäller även när två personer är ihop.
category-sexual-text-used = Att pressa någon till sex är sexuellt våld. Det gäller till exempel om du blir arg eller sur när hen säger nej. Att tvinga någon till sex är också ett brott. Allt sex ska vara frivilligt. Det betyder att båda vill. Det finns hjälp för dig som vill ändra hur du gör.
category-economic-title = Ekonomiskt våld
category-economic-text = Ekonomiskt våld handlar om pengar. Det kan vara att någon tar dina pengar eller bestämmer över dem. Det kan också vara att någon gör så att du får skulder. Hen gör det för att styra dig.
category-economic-text-worried = Ekonomiskt våld handlar om pengar. Det kan vara att någon tar hens pengar eller bestämmer över dem. Den personen gör det för att styra hen.
category-economic-text-used = Att ta någons pengar eller bestämma över dem för att styra hen är ekonomiskt våld. Du kan ändra på det. Det finns stöd.
category-material-title = Materiellt våld
category-material-text = Materiellt våld handlar om saker och djur. Det kan vara att någon förstör dina saker eller skadar ditt djur för att skrämma dig. Det är också våld.
category-material-text-used = Att förstöra saker eller skada djur skrämmer andra. Det är en sorts våld. Du kan sluta, och det finns stöd för det.
category-digital-title = Digitalt våld
category-digital-text = Digitalt våld händer i telefonen eller på nätet. Det kan vara att någon kollar din telefon, följer var du är eller sprider bilder på dig. Det är också våld.
category-digital-text-worried = Digitalt våld händer i telefonen eller på nätet. Det kan vara att någon kollar hens telefon, följer var hen är eller sprider bilder på hen. Det är också våld.
category-digital-text-used = Att kolla någons telefon, följa var hen är eller sprida bilder på hen är digitalt våld. Du kan sluta. Det finns hjälp.
category-latent-title = Att leva i rädsla
category-latent-text = Ibland är man rädd hela tiden. Man ändrar hur man gör, för att slippa våld. Det heter latent våld. Latent betyder att våldet finns där, även när inget händer. Rädslan visar att något är fel. Rädslan är inte ditt fel.
category-latent-text-worried = Ibland är man rädd hela tiden och ändrar hur man gör, för att slippa våld. Det heter latent våld. Hens rädsla är ett viktigt tecken. Ta den på allvar.
category-latent-text-used = Någon kan vara rädd för dig och ändra hur hen gör, för att du inte ska bli arg. Det heter latent våld. Det är viktigt att du ser det. Det är ett första steg.
category-neglect-title = Försummelse
category-neglect-text = Om du behöver hjälp varje dag, så har du rätt att få hjälp. Den som hjälper dig får inte skada dig, hota dig eller behandla dig illa. Ibland hjälper inte den som ska hjälpa dig. Ibland tar någon det som du behöver. Det heter försummelse.
category-neglect-text-worried = Ibland får en person inte mat, medicin eller omsorg, fast hen behöver det. Det heter försummelse. Hen har rätt till hjälp.
category-honour-title = Hedersrelaterat våld och förtryck
category-honour-text = Ibland bestämmer familjen eller släkten tillsammans över ditt liv. De bestämmer vem du får vara med, vad du får ha på dig eller vem du ska gifta dig med. De gör det för familjens rykte, alltså vad andra tycker om familjen. Då kan det vara hedersrelaterat våld och förtryck. Du har rätt att bestämma över ditt eget liv.
category-honour-text-worried = Ibland styr familjen eller släkten tillsammans en persons liv, till exempel vänner, kläder eller giftermål. De gör det för familjens rykte. Då kan det vara hedersrelaterat våld och förtryck. Hen har rätt att bestämma över sitt eget liv.
category-children-witnessing-title = Barn som ser eller hör våld
category-children-witnessing-text = Det är våld mot barn när de ser eller hör våld hemma. Barn har rätt till skydd och stöd.
category-children-witnessing-text-worried = Det är våld mot barn när de ser eller hör våld hemma. Socialtjänsten kan ge stöd till barnet och familjen. Socialtjänsten är kommunens hjälp till barn och familjer.
category-children-witnessing-text-used = Barn som ser eller hör våld mår mycket dåligt av det. Det gäller även när de är i ett annat rum. Det är bra för barnen också att du söker hjälp.
category-coerced-sex-title = Press att sälja sex
category-coerced-sex-text = Ingen får pressa, lura eller tvinga dig att sälja sex. I Sverige gör den som köper sex fel. Den som tjänar pengar på att andra säljer sex gör också fel. Du gör aldrig fel.
category-coerced-sex-text-worried = Ingen får pressa, lura eller tvinga någon att sälja sex. I Sverige är det inte ett brott att sälja sex. Den som säljer sex har rätt till stöd.
category-forced-labour-title = Tvång att jobba, tigga eller göra brott
category-forced-labour-text = Någon kanske har lurat dig hit med löften som inte var sanna. Någon kanske bestämmer var du ska bo och jobba, eller flyttar dig mellan olika platser. Någon kanske tvingar dig att tigga eller göra brott. Då kan det vara människohandel eller människoexploatering. Det betyder att någon utnyttjar dig för att tjäna pengar. Det är inte du som har gjort fel. Du har rätt till stöd.
category-debt-bondage-title = Skuldslaveri
category-debt-bondage-text = Skuldslaveri betyder att någon säger att du har en skuld som du måste jobba bort. Skulden tar aldrig slut. Det är ett sätt att styra dig. Det kan vara människohandel. Människohandel betyder att någon utnyttjar en person för att tjäna pengar.
category-documents-taken-title = När någon tar ditt pass och dina papper
category-documents-taken-text = Ingen får ta ditt pass, ditt id-kort eller dina papper. Om någon behåller dem för att styra dig, så är det ett tecken på tvång. Tvång betyder att någon tvingar dig.
## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Att strypa någon är ett av de allvarligaste varningstecknen. Det gäller också att trycka hårt om halsen så att det blir svårt att andas. Det är farligt även när det inte syns några märken.
danger-weapon = Hot med vapen är ett allvarligt varningstecken. Det gäller också hot med kniv eller andra farliga saker.
danger-weapon-access = Vapen hemma ökar risken för allvarligt våld. Det gäller också om den som hotar lätt kan skaffa vapen.
danger-threat-to-kill = Ta alltid hot om att döda på allvar. Det gäller även när någon säger det i ilska.
danger-believes-could-kill = Ibland tror en person att hen kan bli dödad av någon annan. Det är ett viktigt varningstecken.
danger-escalation = När våldet eller hoten blir värre, eller kommer oftare, så ökar risken för allvarligt våld.
danger-separation = Tiden före, under och efter en separation kan vara extra farlig. Separation betyder att man lämnar sin partner eller gör slut. Det gäller när den andra har varit våldsam eller har kontrollerat sin partner.
danger-pregnancy = Våld när någon är gravid är ett allvarligt varningstecken. Det är farligt både för den som är gravid och för barnet.
danger-jealousy = Det är ett allvarligt varningstecken när någon är mycket svartsjuk hela tiden, och kontrollerar, anklagar eller hotar.
danger-suicide-threats = Ibland hotar någon att ta sitt liv, till exempel om en relation tar slut. Det är ett allvarligt varningstecken. Det kan också vara farligt för andra i närheten.
danger-contact-ban-broken = Kontaktförbud betyder att en person inte får kontakta en annan person. Att bryta ett kontaktförbud är ett brott. Det är också ett allvarligt varningstecken.
danger-stalking = Det är ett allvarligt varningstecken om någon förföljer, övervakar eller kontaktar en person hela tiden. Det kan också vara ett brott.
danger-forced-trip-or-marriage = Det är ett allvarligt varningstecken om någon planerar ett giftermål eller en resa utomlands mot någons vilja. Man kan få skydd innan resan.
danger-honour-violence-before = Ibland har familjen eller släkten redan tidigare skadat, hotat eller tvingat någon. De gjorde det för att personen inte levde som de ville. Det är ett allvarligt varningstecken.
danger-threats-to-children = Det är ett allvarligt varningstecken när någon hotar barn. Barn har rätt till skydd.
danger-child-sexual-abuse = Ingen får göra något sexuellt mot ett barn. Det är ett allvarligt brott. Barnet har rätt att få skydd direkt.
danger-child-sexual-exploitation = Ingen får ge ett barn något för att få något sexuellt tillbaka. Det kan vara pengar, droger eller ett ställe att sova på. Det är ett brott. Barnet har rätt till skydd.
danger-child-marriage = I Sverige får ingen under 18 år gifta sig. Det är ett brott att tvinga någon att gifta sig. Ett barn som pressas att förlova sig eller gifta sig har rätt till skydd.
danger-genital-mutilation = Könsstympning betyder att någon skär i en flickas eller kvinnas kön. Det är förbjudet i Sverige. Det är förbjudet även om det görs i ett annat land. Ett barn som riskerar det har rätt att få skydd direkt.
danger-sextortion = Ibland hotar någon att sprida bilder på ett barn, för att få fler bilder eller pengar. Det är ett allvarligt brott. Barnet har rätt till skydd och stöd.
danger-suicidal-thoughts = Om någon tänker på att ta sitt liv, ta det alltid på allvar. Det finns hjälp att få, dag och natt.
## Advice for each warning sign, worded for each reader: -advice for the person it happens to,
## -advice-worried for someone who is worried, and -advice-used for the person who used violence.
## About fifty words at most (a little more where a hard word is explained); never urge anyone to
## confront anyone. The source of each piece of advice is in a comment above it.

# Source: Glass et al. 2008 and Campbell's Danger Assessment (item 10): strangulation is among the strongest predictors of homicide. Absent marks do not mean absent injury: the police (polisen.se, 2024: 'yttre tecken kan helt saknas') and the Prosecution Authority (aklagare.se, 2025); delayed symptoms in clinical guidance (ACEP). No NCK or 1177 page on delayed symptoms was found.
danger-strangulation-advice = Sök vård samma dag, även om det inte syns något. Gå helst till en akutmottagning. Skador i halsen kan märkas först senare. Ring 112 om du får svårt att andas, svälja eller prata. Ring också 112 om du blir förvirrad. Vården kan skriva ner och ta bilder på skadorna, om du vill.
danger-strangulation-advice-worried = Hen bör söka vård samma dag, även om det inte syns något. Skador i halsen kan märkas först senare. Du kan erbjuda dig att följa med. Ring 112 om hen får svårt att andas.
danger-strangulation-advice-used = Att strypa någon, eller ta någon om halsen, kan döda. Det gäller även när det går fort och inte syns. Ring 112 direkt om någon har svårt att andas eller inte vaknar. Ring Välj att sluta eller socialtjänsten. Där kan du få hjälp att sluta.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 (revocation) and 4 (custody of weapons when there is a risk of misuse); DA item 5.
danger-weapon-advice = Ring 112 om någon hotar dig med ett vapen nu. Berätta om vapnet när du ringer. Polisen kan ta vapen från en person om det finns risk att hen använder dem mot någon.
danger-weapon-advice-worried = Ring 112 om hen hotas med ett vapen nu. Säg var hen är. Ta inte själv upp det med den som hotar.
danger-weapon-advice-used = Lägg undan det du hotade med, eller lämna in vapen till polisen. Känner du att du kan skada någon nu? Gå därifrån och ring 112. Välj att sluta och socialtjänsten kan hjälpa dig att sluta.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 and 4; DA item 2; FREDA-farlighetsbedömning (weapons at home).
danger-weapon-access-advice = Om du vill kan du berätta att det finns vapen. Du kan berätta det för polisen, socialtjänsten eller en stödlinje. Polisen kan ta hand om vapnen om det finns risk att någon skadas. Polisen kan också ta bort rätten att ha vapen, alltså vapenlicensen.
# Source: Brottsbalken 4:5 (olaga hot); lag (SFS 1988:688) om kontaktförbud: asked for through the police (114 14) or the Prosecution Authority, decided by a prosecutor or court (polisen.se, aklagare.se); DA item 6.
danger-threat-to-kill-advice = Du kan anmäla hotet till polisen. Du kan också be om kontaktförbud. Det betyder att den som hotar inte får kontakta dig. Spara meddelanden. Skriv ner vad som sades och när. Prata med en stödlinje om hur du kan vara trygg.
danger-threat-to-kill-advice-worried = Ta hotet på allvar. Hen kan anmäla hotet till polisen och be om kontaktförbud. Du kan hjälpa till att spara meddelanden. Du kan också skriva ner vad du har sett och hört.
danger-threat-to-kill-advice-used = Hot om att döda skrämmer. Det är också ett brott, även om du inte menade det. Kontakta Välj att sluta eller socialtjänsten. Där kan du få hjälp att sluta.
# Source: DA item 18 (the person's own belief that the other could kill them); FREDA-farlighetsbedömning's guidance: the person's own estimate of risk is on average as good as the instruments; safety planning with support services as in NCK's and the shelter movement's practice.
danger-believes-could-kill-advice = Ta din känsla på allvar. Gör en plan för hur du kan vara trygg. Du kan göra planen med en stödlinje eller socialtjänsten. Du kan också göra den med en jour, till exempel en kvinnojour, tjejjour eller mansjour. Ring 112 om du är i fara nu.
danger-believes-could-kill-advice-worried = Ta det på allvar. Ring en stödlinje. Prata om hur du kan stötta hen och hur hen kan vara trygg. Ta inte själv upp det med den som hotar. Ring 112 om hen är i fara nu.
# Source: DA item 1; documenting incidents and keeping evidence safe, as NCK and the police advise.
danger-escalation-advice = Skriv ner vad som händer och när. Spara bilder och meddelanden på ett ställe där ingen annan kan hitta dem. Gör en plan för hur du kan vara trygg. Gör den tillsammans med en stödlinje eller socialtjänsten.
danger-escalation-advice-worried = Det är ett tecken på att risken ökar. Ring en stödlinje och prata om hur du kan stötta hen. Ring 112 om hen är i fara nu.
danger-escalation-advice-used = När det blir värre ökar risken att någon skadas allvarligt. Sök hjälp nu, till exempel hos Välj att sluta eller socialtjänsten. Ring 112 om någon är i fara.
# Source: DA item 3; Brå 2007:6 (separation problems and jealousy the most common motives for lethal partner violence); NCK's summary of Brå data (more than half in connection with separation). Never push a person to leave: whether and when is theirs.
danger-separation-advice = Tiden före, under och efter att man gör slut kan vara extra farlig. Du bestämmer själv om och när du vill lämna. Tänker du på att lämna? Då kan du planera det i lugn och ro. Du kan få hjälp av en stödlinje, en kvinnojour eller mansjour, eller socialtjänsten.
danger-separation-advice-worried = Tiden före, under och efter att man gör slut kan vara extra farlig. Tänker hen på att lämna? Då kan du hjälpa hen att planera det. Ni kan få hjälp av en stödlinje, en kvinnojour eller mansjour, eller socialtjänsten. Det är hen som bestämmer.
# Source: DA item 15; HSLF-FS 2022:39 (replaced SOSFS 2014:4 on 1 November 2022); NCK and Graviditetsregistret: antenatal care asks every pregnant woman about violence, though not every woman recalls being asked.
danger-pregnancy-advice = Är du gravid nu? Då kan du berätta för din barnmorska vad som händer. Barnmorskan brukar fråga om våld. Hen kan hjälpa dig vidare, även i ett samtal utan din partner. Du kan också prata med en stödlinje.
# Source: DA item 14 (violent and constant jealousy).
danger-jealousy-advice = Ingen har rätt att kontrollera eller hota dig för att hen är svartsjuk. Lägg märke till om kontrollen ökar. Prata med en stödlinje om vad som händer och hur du kan vara trygg.
# Source: DA item 16 (the other person's threats or attempts of suicide, which also signal danger to the partner).
danger-suicide-threats-advice = Du har inte ansvar för det hen gör. Ring 112 om hen är i fara just nu. Hot om att ta sitt liv kan också betyda fara för dig. Prata gärna med en stödlinje om hur du kan vara trygg.
# Source: Lag (SFS 1988:688) om kontaktförbud: breaking a ban is a crime; SARA item 8 (violation of no-contact orders).
danger-contact-ban-broken-advice = Anmäl till polisen varje gång kontaktförbudet bryts. Spara allt som visar det, till exempel meddelanden och listor över samtal. Ring 112 om du är i fara nu.
danger-contact-ban-broken-advice-used = Att bryta ett kontaktförbud är ett brott. Det skrämmer den som ska skyddas. Håll dig borta. Kontakta Välj att sluta eller socialtjänsten för att få stöd.
# Source: Brottsbalken 4:4 b (olaga förföljelse); DA item 19; the police on documenting stalking; safety advice on spyware: removing an app can be noticed (as on this tool's safety page).
danger-stalking-advice = Skriv ner när och var det händer. Spara meddelanden. Titta om det finns appar i telefonen som du inte känner igen. Men tänk på att det kan märkas om du tar bort dem. Du kan anmäla till polisen och be om kontaktförbud.
danger-stalking-advice-worried = Hen kan skriva ner när och var det händer. Hen kan också spara meddelanden. Att förfölja någon på det här sättet kallas olaga förföljelse. Det är ett brott som kan anmälas till polisen. Du kan hjälpa till att skriva ner det du ser.
# Source: LVU (SFS 1990:52) 31 a § (utreseförbud, travel ban for a child at risk of being taken abroad and harmed; since 1 July 2020, extended 1 June 2024 by prop. 2023/24:72); brottsbalken 4:4 c (äktenskapstvång); Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland); the Swedish Ministry for Foreign Affairs (UD) gives consular help abroad.
danger-forced-trip-or-marriage-advice = Försök få hjälp före resan. Kontakta socialtjänsten, polisen eller stödlinjen för hedersrelaterat våld. För barn kan socialtjänsten be om ett utreseförbud. Då får barnet inte föras ut ur Sverige. Reser du ändå? Ta med en kopia av passet och en laddad telefon. Ta också med numret till Sveriges ambassad.
danger-forced-trip-or-marriage-advice-worried = Gör något före resan, utan att familjen får veta. Kontakta socialtjänsten, polisen eller stödlinjen för hedersrelaterat våld. För barn finns utreseförbud. Då får barnet inte föras ut ur Sverige. Är hen redan utomlands? Då kan UD, Sveriges utrikesdepartement, hjälpa.
# Source: PATRIARK (earlier honour-based violence in the family or network).
danger-honour-violence-before-advice = Det som har hänt andra i familjen kan betyda att risken är större för dig också. Prata med socialtjänsten eller stödlinjen för hedersrelaterat våld om hur du kan vara trygg. Ring 112 om du är i fara nu.
# Source: DA item 17; socialtjänstlagen (SFS 2025:400), the social services' duty to protect children.
danger-threats-to-children-advice = Barn som hotas har rätt till skydd. Socialtjänsten kan hjälpa dig och barnen. Du kan också anmäla hotet till polisen. Ring 112 om ett barn är i fara nu.
# Source: Brottsbalken chapter 6 (sexual offences against children); socialtjänstlagen (SFS 2025:400): the social services must protect a child who may be harmed; Bris (contacts/national.toml).
danger-child-sexual-abuse-advice = Det är aldrig ditt fel. Berätta för en vuxen du litar på, till exempel skolkuratorn eller skolsköterskan. Du kan också ringa Bris. Socialtjänsten måste skydda dig. Ring 112 om du är i fara nu.
danger-child-sexual-abuse-advice-worried = Gör en orosanmälan till socialtjänsten direkt. Det betyder att du berättar att du är orolig för barnet. Du kan också ringa polisen. Ställ inte en massa frågor till barnet. Ta inte upp det med den du misstänker. Ring 112 om barnet är i fara nu.
# Source: Brottsbalken 6:9 (purchase of a sexual act from a child); socialtjänstlagen (SFS 2025:400).
danger-child-sexual-exploitation-advice = Det är aldrig du som gör fel. Det är den som utnyttjar dig som gör fel. Du kan prata med Bris eller socialtjänsten. På en ungdomsmottagning kan du få hjälp med din hälsa. Ring 112 om du är i fara nu.
danger-child-sexual-exploitation-advice-worried = Gör en orosanmälan till socialtjänsten direkt. Det betyder att du berättar att du är orolig för barnet. Den som köper sex av ett barn gör ett brott. Ring 112 om barnet är i fara nu.
# Source: Äktenskapsbalken 2:1 (no one under 18 may marry); brottsbalken chapter 4 (barnäktenskapsbrott and äktenskapstvång, covering marriage-like unions too); LVU 31 a § (utreseförbud: social services apply, the administrative court decides, with interim bans by social services).
danger-child-marriage-advice = Ingen får gifta bort dig. Det gäller också bara religiöst, och i ett annat land. Socialtjänsten kan skydda dig. De kan be om ett utreseförbud. Då får ingen föra dig ut ur Sverige. Du kan ringa stödlinjen för hedersrelaterat våld eller Bris. Ring 112 om du är i fara nu.
# Source: Lag (SFS 1982:316) med förbud mot könsstympning av kvinnor (female genitals; applies also to mutilation abroad); LVU 31 a § (utreseförbud).
danger-genital-mutilation-advice = Berätta för en vuxen du litar på, till exempel skolsköterskan eller kuratorn. Du kan också ringa Bris. Socialtjänsten kan skydda dig, till exempel med ett utreseförbud före en resa. Då får ingen föra dig ut ur Sverige. Har något redan hänt? Då kan du få vård och stöd. Ring 112 om du är i fara nu.
danger-genital-mutilation-advice-worried = Gör en orosanmälan till socialtjänsten direkt, särskilt om barnet ska resa. Socialtjänsten kan be om ett utreseförbud för barnet. Då får barnet inte föras ut ur Sverige. Kontakta inte familjen själv.
# Source: Child-protection practice (Bris; the police on sexual extortion of children): do not send more or pay, keep the evidence, tell an adult, report; brottsbalken chapter 6.
danger-sextortion-advice = Det är inte ditt fel. Skicka inga fler bilder. Betala inte. Spara meddelandena. Blockera sedan personen. Berätta för en vuxen du litar på, eller ring Bris. Du kan anmäla till polisen, även om du själv har skickat bilder.
# Source: DA item 20 (the person's own thoughts or attempts of suicide); Mind's Självmordslinjen (contacts/national.toml); NASP at Karolinska Institutet: asking directly about suicide does not increase the risk.
danger-suicidal-thoughts-advice = Du är inte ensam. Du kan ringa eller chatta med Självmordslinjen, dag och natt. Du behöver inte säga vad du heter. Ring 112 om du tänker skada dig själv nu.
danger-suicidal-thoughts-advice-worried = Ta det på allvar. Fråga rakt ut: ”Tänker du på att ta ditt liv?” Det blir inte farligare av att du frågar. Du kan också ringa Självmordslinjen om du är orolig för någon. Ring 112 om hen är i fara just nu.
danger-suicidal-thoughts-advice-used = Du är inte ensam. Du kan ringa eller chatta med Självmordslinjen, dag och natt. Du behöver inte säga vad du heter. Ring 112 om du tänker skada dig själv eller någon annan nu.
## Result: fixed parts

result-title = Det här handlar dina svar om
result-intro = Dina svar handlar om en eller flera sorters våld. Här under kan du läsa vad de heter. Du kan också se var du kan få stöd.
result-none = Inget av dina svar handlade om våld. Du kan ändå prata med någon om något känns fel. Lita på din känsla.
result-none-worried = Inget av dina svar handlade om våld mot personen du är orolig för. Lita ändå på din känsla. Du kan prata med en stödlinje om din oro.
result-danger-unanswered = Du svarade inte på några av frågorna om allvarlig fara. Det är okej. Är du rädd att något ska hända dig? Då kan du alltid ringa 112. Stödlinjerna här under kan hjälpa dig att tänka ut vad som är säkrast.
result-danger-unanswered-worried = Du svarade inte på några av frågorna om allvarlig fara. Det är okej. Tror du att personen du är orolig för är i fara nu? Ring 112. Stödlinjerna här under kan hjälpa dig att tänka ut hur du kan stötta hen.
result-danger-unanswered-used = Du svarade inte på några av frågorna om allvarlig fara. Det är okej. Är du rädd att du ska skada någon? Eller är någon i fara? Ring 112. Välj att sluta och socialtjänsten kan hjälpa dig.
result-urgent-title = Ring 112 om du är i fara nu
# Source: SOS Alarm, https://www.sosalarm.se/112 (the operator asks what happened, where and from which number; calls from smartphones are positioned automatically, AML) and https://www.sosalarm.se/Pressrum/Fragor-och-svar/ (stay on the line).
result-urgent-text = Säg vad som har hänt och var du är. Det är gratis att ringa. Ringer du från en mobil? Då kan SOS Alarm oftast se var du är. Stanna kvar i telefonen om du kan.
result-urgent-title-worried = Ring 112 om hen är i fara nu
result-urgent-text-worried = Ring 112 om personen du är orolig för är i fara just nu. Säg var hen är och vad som händer. Det är gratis att ringa.
result-urgent-signs-intro = Vi visar det här först. Dina svar nämner något som kan vara ett allvarligt varningstecken:
result-advice-youth = Är du under 18 år? Då kan du också prata med Bris. Du kan också prata med skolkuratorn, skolsköterskan eller en annan vuxen du litar på. Du behöver inte klara det här själv.
result-advice-youth-worried = Är du själv under 18 år? Då kan du berätta för en vuxen du litar på. Du kan också ringa Bris. Då får du hjälp med resten.
result-not-your-fault = Det som händer dig är inte ditt fel. Ingen har rätt att skada dig, hota dig eller styra dig.
result-right-to-support = Du har rätt att få stöd av socialtjänsten i kommunen där du är. Socialtjänsten är kommunens hjälp för den som har det svårt. Det gäller oavsett var du kommer ifrån. Det gäller också om du inte har uppehållstillstånd, alltså papper som visar att du får bo i Sverige. Det är gratis att kontakta socialtjänsten.
result-everyone-welcome = Du har rätt till stöd, oavsett ålder, kön, bakgrund, sexuell läggning, funktionsnedsättning eller beroende. Dricker du alkohol eller tar droger? Har du inte uppehållstillstånd? Det hindrar dig aldrig från att få stöd.
result-everyone-welcome-worried = Personen du är orolig för har rätt till stöd, oavsett ålder, kön, bakgrund, sexuell läggning, funktionsnedsättning eller beroende. Alkohol eller droger hindrar aldrig någon från att få stöd. Det gör inte heller att sakna uppehållstillstånd.
result-everyone-welcome-used = Du kan få stöd för att sluta, oavsett ålder, kön, bakgrund, sexuell läggning, funktionsnedsättning eller beroende. Du kan få stöd även om du dricker alkohol eller tar droger.
result-child-protection-title = Du har rätt till skydd
result-child-protection-1 = Du är under 18 år. Då måste socialtjänsten ta reda på hur du har det. De måste skydda dig om någon skadar, hotar eller utnyttjar dig.
result-child-protection-2 = Du kan själv ringa eller gå till socialtjänsten. Du kan också be en vuxen du litar på att hjälpa dig, till exempel skolkuratorn.
result-child-protection-3 = Du kan också prata med Bris. Du behöver inte säga vem du är. Du hittar Bris bland kontakterna här under.
result-what-happens-title = Vad händer om jag tar kontakt?
result-what-happens-1 = Du kan börja med att ringa en stödlinje. Där kan du prata och få råd. Du bestämmer själv vad du berättar.
result-what-happens-2 = Socialtjänsten kan hjälpa dig på olika sätt. Du kan få prata med någon. Du kan få hjälp att planera hur du kan vara trygg. Du kanske behöver flytta. Då kan du få hjälp med ett skyddat boende. Det är en trygg plats att bo på.
result-what-happens-3 = Du kan ta ett steg i taget. Fråga gärna vad som händer sedan, innan du berättar mer.
result-show-local = Visa hjälp nära mig
result-start-over = Börja om
result-start-over-hint = Sidan glömmer allt som du har svarat.
## Result: for someone who has hurt or frightened someone

result-used-intro = Dina svar handlar om att du har gjort saker som kan skada eller skrämma någon som står dig nära.
result-used-responsibility = Det är ett viktigt steg att du har svarat på frågorna. Våld är ett val. Du kan välja att sluta. Det finns hjälp för det. Du kan till exempel ringa Välj att sluta. Det är en stödlinje för den som vill sluta använda våld. Du kan också kontakta socialtjänsten i din kommun.
result-used-responsibility-youth = Det är ett viktigt steg att du har svarat på frågorna. Du kan lära dig att sluta skada eller skrämma andra. Det finns vuxna som kan hjälpa dig med det, till exempel på Bris och socialtjänsten.
result-used-urgent-text = Ring 112 om du är rädd att du ska skada någon just nu. Ring också 112 om någon är i fara.
result-used-none = Dina svar handlade inte om något av det vi frågade om. Är du ändå orolig för hur du är mot någon som står dig nära? Då kan du prata med Välj att sluta eller socialtjänsten. Du behöver inte säga vad du heter.
result-used-children = Barn som ser eller hör våld behöver stöd. Socialtjänsten kan ge stöd både till dig och till barnen. Det är ett bra steg att själv kontakta socialtjänsten.
result-used-also-exposed = Du berättade att någon också gör dig illa, hotar dig eller styr dig. Det är inte okej. Du har rätt till stöd. Du kan prata med Bris eller socialtjänsten. Du kan också svara på frågorna om det som händer dig.
## Result: for someone who is worried about another person

result-worried-intro = Dina svar handlar om att personen som du är orolig för kanske är med om våld. Här kan du läsa mer. Du kan också se var både du och hen kan få stöd.
## For someone who is worried about another person

worried-title = Om du är orolig för någon
worried-intro = Det är bra att du bryr dig. Här kan du läsa om tecken att lägga märke till. Du får råd om hur du kan prata med personen. Du får också veta vart du kan vända dig.
worried-signs-title = Tecken att lägga märke till
worried-signs-1 = Personen verkar rädd, ledsen eller orolig. Hen är inte som förut.
worried-signs-2 = Hen träffar inte vänner och familj lika ofta som förut. Eller så får hen inte träffa dem.
worried-signs-3 = Någon ringer eller skriver hela tiden och vill veta var hen är.
worried-signs-4 = Hen har skador som hen inte vill eller kan förklara.
worried-signs-5 = Hen har inga egna pengar. Eller så har någon annan hens pass eller telefon.
worried-signs-6 = Hen berättar om ett bröllop eller en resa som hen inte själv har valt.
worried-talk-title = Så kan du börja prata
worried-talk-1 = Välj en plats där ni kan prata i lugn och ro. Ingen annan ska höra er.
worried-talk-2 = Berätta vad du har märkt. Säg att du bryr dig. Du kan till exempel säga: ”Jag har märkt att du verkar ledsen. Hur mår du?”
worried-talk-3 = Lyssna utan att döma. Tro på det som hen berättar.
worried-talk-4 = Låt hen bestämma hur fort det går. Det kan ta tid innan hen vill berätta mer.
worried-talk-5 = Berätta att det finns hjälp. Säg att du kan vara med när hen ringer eller tar kontakt.
worried-dont-title = Det här ska du inte göra
worried-dont-1 = Prata inte med den som använder våld om våldet. Det kan bli farligare för personen som du är orolig för.
worried-dont-2 = Pressa inte hen att berätta eller att lämna. Hen vet bäst vad som är säkert.
worried-dont-3 = Kontakta inte familjen eller släkten om du tror att det är hedersrelaterat våld. Det kan bli farligt för hen.
worried-dont-4 = Låt inte någon i familjen eller släkten tolka. Låt inte heller deras vänner tolka. Be om en tolk som inte känner familjen.
worried-dont-5 = Skicka inte meddelanden om våldet till hens telefon om någon annan kan läsa dem.
worried-over-time-title = Fortsätt att finnas där
worried-over-time-1 = Fortsätt att höra av dig. Gör det även om hen inte vill prata just nu.
worried-over-time-2 = Många lämnar och går tillbaka flera gånger. Det är vanligt. Visa att du finns kvar. Döm inte.
worried-over-time-3 = Ta hand om dig själv också. Många stödlinjer tar emot samtal från den som är orolig för någon annan.
worried-child-title = Om du är orolig för ett barn
worried-child-1 = Alla kan göra en orosanmälan. Det betyder att du berättar för socialtjänsten att du är orolig för ett barn. Socialtjänsten är kommunens hjälp till barn och familjer. Kontakta socialtjänsten i kommunen där barnet bor. Du behöver inte vara säker. Det räcker att du är orolig.
worried-child-2 = Om du anmäler som privatperson kan du vara anonym. Privatperson betyder att du inte anmäler i ditt jobb. Anonym betyder att du inte behöver säga vad du heter. Socialtjänsten tar reda på hur barnet har det.
worried-child-3 = Vissa personer måste anmäla. Det gäller alla som jobbar med barn, till exempel i skolan, i vården eller på socialtjänsten.
