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
q-partner-threats = Hotar din partner eller ditt ex dig, till exempel med att ta barnen, sprida saker om dig eller se till att du måste lämna Sverige?
q-partner-hit = Har din partner eller ditt ex slagit, knuffat, sparkat eller hållit fast dig?
q-partner-hurt = Har du fått blåmärken, sår eller andra skador av din partner eller ditt ex?
q-partner-neck = Har din partner eller ditt ex tagit tag om din hals eller gjort så att du fick svårt att andas?
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
q-family-neck = Har någon i din familj eller släkt tagit tag om din hals eller gjort så att du fick svårt att andas?
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
q-family-alone = Hjälpmedel är saker som hjälper dig, till exempel en rullstol. Har någon i din familj lämnat dig ensam länge, eller tagit dina hjälpmedel, fast du inte klarar dig själv?
q-family-alone-youth = Lämnar familjen dig ensam hemma länge, eller måste du ta hand om dig själv eller dina syskon mer än du orkar?
q-family-children-see = Finns det barn i familjen som ser eller hör våld eller hot hemma?
q-family-children-see-youth = Har du eller dina syskon sett eller hört någon i familjen slå eller hota någon annan?
q-family-children-threat = Har någon i din familj eller släkt hotat att skada barn i familjen, eller att ta barnen från dig?
q-family-children-threat-youth = Har någon i familjen hotat att skada dina syskon eller andra barn i familjen?
q-family-afraid = Är du rädd för någon i din familj eller släkt, även när inget händer?
q-family-afraid-youth = Är du rädd för någon i familjen?
q-family-home = Är du rädd för vad som ska hända när du kommer hem, eller om familjen får veta något om dig?
q-family-home-youth = Är du rädd för att gå hem efter skolan, eller för vad som händer om familjen får veta något om dig?

## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Pressar eller tvingar någon dig att sälja sex, alltså att ha sex med andra för pengar?
q-exploit-sell-sex-youth = Har någon fått dig att ha sex eller göra sexuella saker för att få pengar, saker, droger eller ett ställe att sova på?
q-exploit-sex-control = Bestämmer någon annan när, var eller med vem du ska ha sex för pengar, eller tar någon annan pengarna?
q-exploit-work = Jobbar du mycket mer än ni kom överens om, för väldigt lite lön eller ingen lön alls?
q-exploit-work-youth = Får någon dig att jobba, sälja droger eller göra saker åt dem, utan lön eller för att du är rädd?
q-exploit-wage = Tar någon annan din lön eller dina pengar, eller bestämmer vad du får köpa?
q-exploit-debt = Säger någon att du är skyldig dem pengar, till exempel för resan, boendet eller jobbet, och att du måste jobba för att betala?
q-exploit-debt-youth = Säger någon att du är skyldig dem pengar eller tjänster, och att du måste betala genom att göra saker åt dem?
q-exploit-debt-grows = Blir skulden hela tiden större, till exempel genom böter, hyra eller avgifter, så att du aldrig blir fri från den?
q-exploit-papers = Uppehållstillstånd är ett papper som visar att du får bo i Sverige. Har någon tagit ditt pass, ditt id-kort eller ditt uppehållstillstånd och vill inte ge tillbaka det?
q-exploit-accounts = Styr någon annan ditt BankID, dina kontrakt eller andra papper i ditt namn, så att du inte kan använda dem själv?
q-exploit-locked = Hindrar någon dig från att gå ut ensam, träffa vem du vill eller prata med din familj?
q-exploit-phone = Tar någon din telefon, läser dina meddelanden eller kollar var du är?
q-exploit-online = Har någon lagt ut annonser, bilder eller filmer på dig på nätet, fast du inte själv har bestämt det?
q-exploit-authorities = Har någon sagt att polisen eller myndigheterna ska straffa dig eller skicka ut dig ur Sverige om du berättar?
q-exploit-sex-forced = Har någon tvingat dig till sex eller andra sexuella saker som du inte ville?
q-exploit-sex-unsafe = Har någon tvingat dig att ha sex utan kondom, eller att göra saker som du har sagt nej till?
q-exploit-hit = Har någon som styr över dig slagit, knuffat eller skadat dig?
q-exploit-neck = Har någon tagit tag om din hals eller gjort så att du fick svårt att andas?
q-exploit-weapon = Har någon hotat dig med en kniv, ett vapen eller något annat som kan skada?
q-exploit-kill = Har någon hotat att döda dig eller någon i din familj, här eller i ett annat land?
q-exploit-worse = Har våldet eller hoten blivit värre eller hänt oftare på sista tiden?
q-exploit-afraid = Är du rädd för vad som händer om du säger nej, slutar eller går därifrån?
q-exploit-always-afraid = Är du rädd för de personer som styr över dig, även när de inte är nära?

## Questions: someone you are worried about

q-worried-afraid = Verkar personen som du är orolig för vara rädd för någon, eller rädd för att gå hem?
q-worried-isolated = Har personen som du är orolig för slutat träffa vänner eller familj, eller slutat göra saker som hen tyckte om?
q-worried-controlled = Verkar någon bestämma över personen som du är orolig för, till exempel vem hen får träffa eller vart hen får gå?
q-worried-careful = Verkar personen som du är orolig för hela tiden tänka på vad hen säger och gör, så att någon inte ska bli arg?
q-worried-phone = Kollar någon telefonen till personen som du är orolig för, eller måste hen alltid svara direkt och säga var hen är?
q-worried-followed = Följer någon efter personen som du är orolig för, eller håller koll på hen eller kontaktar hen hela tiden, på nätet eller på riktigt?
q-worried-money = Bestämmer någon annan över pengarna, lönen eller bankkortet till personen som du är orolig för, så att hen inte kan bestämma själv?
q-worried-debts = Har personen som du är orolig för fått skulder för lån som någon annan har tagit, eller saknar hen pengar till mat och annat som hen behöver?
q-worried-injuries = Har du sett blåmärken eller skador på personen som du är orolig för, som hen inte vill eller kan förklara?
q-worried-hit = Har du sett, hört eller fått veta att någon slår, knuffar eller håller fast personen som du är orolig för?
q-worried-neck = Har du fått veta att någon har tagit tag om halsen på personen som du är orolig för, eller gjort så att hen fick svårt att andas?
q-worried-weapon = Har någon hotat personen som du är orolig för med en kniv, ett vapen eller något annat som kan skada?
q-worried-kill = Har någon hotat att döda personen som du är orolig för, eller någon som hen tycker om?
q-worried-worse = Verkar det ha blivit värre på sista tiden, till exempel fler skador, mer hot eller mer rädsla?
q-worried-leaving = Har personen som du är orolig för nyss lämnat en partner som hen är rädd för, eller tänker hen göra det?
q-worried-sex = Har personen som du är orolig för berättat att någon har tvingat eller pressat hen till sex eller andra sexuella saker?
q-worried-sex-images = Har du sett att någon sprider sexuella bilder på personen som du är orolig för, eller pratar om sex med hen fast hen inte vill?
q-worried-selling-sex = Tror du att personen som du är orolig för säljer sex, eller att någon får hen att göra det?
q-worried-sex-for-things = Får personen som du är orolig för pengar, presenter, droger eller ett ställe att sova på av någon som vill ha sex som betalning?
q-worried-honour = Bestämmer familjen eller släkten till personen som du är orolig för vilka vänner hen får ha, vad hen får ha på sig eller om hen får studera?
q-worried-honour-love = Bestämmer någon annan vem personen som du är orolig för får vara ihop med eller gifta sig med?
q-worried-trip = Har personen som du är orolig för sagt att någon ska tvinga hen att förlova sig, gifta sig eller resa till ett annat land?
q-worried-care = Verkar personen som du är orolig för bli utan mat, medicin eller annan hjälp som hen behöver varje dag?
q-worried-care-youth = Verkar personen som du är orolig för bli utan mat, rena kläder eller hjälp när hen är sjuk?
q-worried-left-alone = Hjälpmedel är saker som hjälper en person, till exempel en rullstol. Lämnar någon personen som du är orolig för ensam länge, eller utan hjälpmedel, fast hen inte klarar sig själv?
q-worried-children-home = Finns det barn i hemmet som kan se eller höra våld eller hot?
q-worried-children-scared = Verkar barnen i hemmet rädda, oroliga eller ledsna på ett sätt som oroar dig?

## Questions: I have hurt or frightened someone close to me

q-used-put-down = Har du sagt elaka ord till någon som står dig nära, fått hen att skämmas eller skrikit så att hen blev rädd?
q-used-control = Har du bestämt vem din partner eller någon i familjen får träffa, vart hen får gå eller vad hen får ha på sig?
q-used-control-youth = Har du bestämt vem någon som du är ihop med, eller ett syskon, får träffa eller vad hen får ha på sig?
q-used-phone = Har du läst någons meddelanden, krävt att få hens lösenord eller kollat hens telefon utan lov?
q-used-images = Har du spridit bilder eller filmer på någon som hen inte ville att andra skulle se, eller hotat att göra det?
q-used-money = Har du tagit någons pengar, eller bestämt över hens pengar så att hen inte kunde använda dem själv?
q-used-money-work = Har du hindrat din partner eller någon i familjen från att jobba eller studera, eller tagit lån som hen måste betala?
q-used-money-work-youth = Har du tvingat någon att ge dig pengar eller saker?
q-used-break = Har du förstört saker, kastat saker eller slagit i väggar eller dörrar när du har varit arg?
q-used-pets = Har du skadat ett djur, eller hotat att göra det, för att skrämma någon?
q-used-hit = Har du slagit, knuffat, sparkat eller hållit fast din partner eller någon i familjen?
q-used-hit-youth = Har du slagit, knuffat eller sparkat någon i familjen, till exempel en förälder eller ett syskon, eller någon som du är ihop med?
q-used-neck = Har du någon gång klämt åt någons hals?
q-used-weapon = Har du hotat någon med en kniv, ett vapen eller något annat som kan skada?
q-used-kill = Har du sagt att du ska döda någon som står dig nära, även om du inte menade det?
q-used-worse = Har det hänt oftare eller blivit värre det senaste året?
q-used-sex = Har du pressat eller tvingat någon till sex, eller fortsatt fast hen sa nej eller inte verkade vilja?
q-used-sex-sulk = Har du blivit arg, sur eller hotfull när din partner inte ville ha sex?
q-used-children-see = Har barn sett eller hört när du har varit våldsam eller hotat någon hemma?
q-used-children-afraid = Har ett barn blivit rädd för dig, försökt stoppa dig eller försökt skydda någon när du har varit arg?
q-used-afraid = Tror du att någon som står dig nära är rädd för dig?
q-used-careful = Märker du att någon som står dig nära blir tyst eller försiktig för att du inte ska bli arg?

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
category-sexual-text-used = Båda måste vilja ha sex. Annars är det sexuellt våld och ett brott. Det gäller även när ni är ihop. Det finns hjälp för dig som vill ändra hur du gör.

category-economic-title = Ekonomiskt våld
category-economic-text = Ekonomiskt våld handlar om pengar. Det kan vara att någon tar dina pengar eller bestämmer över dem. Det kan också vara att någon gör så att du får skulder. Hen gör det för att styra dig.
category-economic-text-worried = Ekonomiskt våld handlar om pengar. Det kan vara att någon tar hens pengar eller bestämmer över dem. Den personen gör det för att styra hen.
category-economic-text-used = Att ta någons pengar eller bestämma över dem för att styra hen är ekonomiskt våld. Du kan ändra på det. Det finns stöd.

category-material-title = Materiellt våld
category-material-text = Materiellt våld handlar om saker och djur. Det kan vara att någon förstör dina saker eller skadar ditt djur för att skrämma dig. Det är också våld.
category-material-text-used = Att förstöra saker eller skada djur när man är arg skrämmer andra. Det är en sorts våld. Du kan lära dig andra sätt att hantera ilska.

category-digital-title = Digitalt våld
category-digital-text = Digitalt våld händer i telefonen eller på nätet. Det kan vara att någon kollar din telefon, följer var du är eller sprider bilder på dig. Det är också våld.
category-digital-text-worried = Digitalt våld händer i telefonen eller på nätet. Det kan vara att någon kollar hens telefon, följer var hen är eller sprider bilder på hen. Det är också våld.
category-digital-text-used = Att kolla någons telefon, följa var hen är eller sprida bilder på hen är digitalt våld. Du kan sluta. Det finns hjälp.

category-latent-title = Att leva i rädsla
category-latent-text = Ibland är man rädd hela tiden. Man ändrar hur man gör, för att slippa våld. Det heter latent våld. Latent betyder att våldet finns där, även när inget händer. Rädslan visar att något är fel. Rädslan är inte ditt fel.
category-latent-text-worried = Ibland är man rädd hela tiden och ändrar hur man gör, för att slippa våld. Det heter latent våld. Hens rädsla är ett viktigt tecken. Ta den på allvar.
category-latent-text-used = Någon kan vara rädd för dig och ändra hur hen gör, för att du inte ska bli arg. Det heter latent våld. Det är viktigt att du ser det. Det är ett första steg.

category-neglect-title = Försummelse
category-neglect-text = Om du behöver hjälp varje dag, så har du rätt att få hjälp. Ibland hjälper inte den som ska hjälpa dig. Ibland tar någon det som du behöver. Det heter försummelse.
category-neglect-text-worried = Ibland får en person inte mat, medicin eller omsorg, fast hen behöver det. Det heter försummelse. Hen har rätt till hjälp.

category-honour-title = Hedersrelaterat våld och förtryck
category-honour-text = Ibland bestämmer familjen eller släkten tillsammans över ditt liv. De bestämmer vem du får vara med, vad du får ha på dig eller vem du ska gifta dig med. Det heter hedersrelaterat våld och förtryck. Familjen gör det för att skydda sitt rykte, alltså vad andra tycker om familjen. Du har rätt att bestämma över ditt eget liv.
category-honour-text-worried = Ibland styr familjen eller släkten tillsammans en persons liv, vänner, kläder eller giftermål. Det heter hedersrelaterat våld och förtryck. Hen har rätt att bestämma över sitt eget liv.

category-children-witnessing-title = Barn som ser eller hör våld
category-children-witnessing-text = Det är våld mot barn när de ser eller hör våld hemma. Barn har rätt till skydd och stöd.
category-children-witnessing-text-worried = Det är våld mot barn när de ser eller hör våld hemma. Socialtjänsten kan ge stöd till barnet och familjen. Socialtjänsten är kommunens hjälp till barn och familjer.
category-children-witnessing-text-used = Barn som ser eller hör våld mår mycket dåligt av det. Det gäller även när de är i ett annat rum. Det är bra för barnen också att du söker hjälp.

category-coerced-sex-title = Press att sälja sex
category-coerced-sex-text = Ingen får pressa, lura eller tvinga dig att sälja sex. I Sverige gör den som köper sex fel. Den som tjänar pengar på att andra säljer sex gör också fel. Du gör aldrig fel.
category-coerced-sex-text-worried = Ingen får pressa, lura eller tvinga någon att sälja sex. I Sverige är det inte ett brott att sälja sex. Den som säljer sex har rätt till stöd.

category-debt-bondage-title = Skuldslaveri
category-debt-bondage-text = Skuldslaveri betyder att någon säger att du har en skuld som du måste jobba bort. Skulden tar aldrig slut. Det är ett sätt att styra dig. Det kan vara människohandel. Människohandel betyder att någon utnyttjar en person för att tjäna pengar.

category-documents-taken-title = När någon tar ditt pass och dina papper
category-documents-taken-text = Ingen får ta ditt pass, ditt id-kort eller dina papper. Om någon behåller dem för att styra dig, så är det ett tecken på tvång. Tvång betyder att någon tvingar dig.

## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Strypgrepp är ett allvarligt varningstecken. Strypgrepp betyder att någon tar tag om halsen och trycker. Det är allvarligt även om det inte syns några märken.
danger-weapon = Hot med kniv, vapen eller andra saker är ett allvarligt varningstecken.
danger-threat-to-kill = Ta alltid hot om att döda på allvar. Det gäller även när någon säger det i ilska.
danger-escalation = Våldet eller hoten kan bli värre eller komma oftare. Då ökar risken för allvarligt våld.
danger-separation = Tiden när man gör slut eller flyttar isär kan vara extra farlig. Det gäller om den andra personen har varit våldsam eller styrt över den andra.
danger-pregnancy = Våld när någon är gravid är ett allvarligt varningstecken. Det är farligt både för den som är gravid och för barnet.
danger-stalking = Det är ett allvarligt varningstecken om någon förföljer, övervakar eller kontaktar en person hela tiden. Det kan också vara ett brott.
danger-forced-trip-or-marriage = Det är ett allvarligt varningstecken om någon planerar ett giftermål eller en resa utomlands mot någons vilja. Man kan få skydd innan resan.
danger-threats-to-children = Hot mot barn är ett allvarligt varningstecken. Barn har rätt till skydd.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation.
## Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".
## A list is a series of ids ending in -1, -2, -3 … in the order they are shown.

## Safety page

safety-title = Din säkerhet på den här sidan
safety-intro = Här kan du läsa hur sidan skyddar dig. Du kan också läsa vad sidan inte kan dölja. Gör det som känns säkrast för dig.

safety-quick-exit-title = Lämna sidan snabbt
safety-quick-exit-1 = Högst upp finns alltid knappen ”Lämna sidan snabbt”. Du kan också trycka på Skift tre gånger.
safety-quick-exit-2 = Då blir sidan tom direkt. Sidan glömmer allt som du har svarat.
safety-quick-exit-3 = Sedan visar fliken en sida om vädret. Det ser ut som att du har kollat vädret.
safety-quick-exit-4 = Du kan inte komma tillbaka hit med bakåtknappen i webbläsaren.

safety-cannot-hide-title = Det här kan sidan inte dölja
safety-cannot-hide-1 = Webbläsaren har en lista över sidor som du har besökt. Listan heter historik. Där kan andra se att du har varit på den här sidan.
safety-cannot-hide-2 = Du kan ta bort just det besöket. Öppna historiken i webbläsarens meny. Leta upp Vägvisaren. Håll fingret på raden, dra den åt sidan eller tryck på krysset. Välj att ta bort raden.
safety-cannot-hide-3 = Om du tar bort bara den raden, så ser resten av historiken ut som vanligt.
safety-cannot-hide-4 = Telefonen har en lista över samtal. Där kan andra se vilka nummer du har ringt.
safety-cannot-hide-5 = Du kan ta bort ett samtal från listan. Håll fingret på samtalet, eller dra det åt vänster. Välj ”Radera”.
safety-cannot-hide-6 = Det är gratis att ringa nummer som börjar med 020. De numren står inte på telefonräkningen. Men de står i listan över samtal.
safety-cannot-hide-7 = Sms och chattar finns kvar i telefonen tills du tar bort dem.

safety-private-browsing-title = Privat surfning
safety-private-browsing-1 = De flesta webbläsare har ett privat läge. Ett annat ord för det är inkognito. I privat läge sparar webbläsaren inte besöket i historiken när du stänger fönstret.
safety-private-browsing-2 = Du hittar det oftast i webbläsarens meny. Det heter till exempel ”Nytt privat fönster” eller ”Ny inkognitoflik”.
safety-private-browsing-3 = Privat läge döljer inte allt. Ett program som övervakar telefonen kan ändå se vad du gör. Nätverket på ett jobb eller i en skola kan också se det.

safety-shared-phone-title = Om någon annan använder eller kollar din telefon
safety-shared-phone-1 = Om någon annan kan låna eller kolla din telefon eller dator, så kan den personen se vad du gör där.
safety-shared-phone-2 = Någon kan ha satt in ett program som övervakar telefonen. Det heter spionprogram. Någon kan också veta dina lösenord och koder.
safety-shared-phone-3 = Du kan använda en väns telefon, en dator på biblioteket eller en telefon på jobbet. Gör det om det känns säkrare.
safety-shared-phone-4 = Andra kan märka om du plötsligt byter lösenord eller tar bort program. Tänk på vad som är säkrast för dig innan du gör det.

safety-transparency-title = Sidan sparar ingenting och skickar ingenting
safety-transparency-1 = Sidan sparar ingenting i din telefon eller dator. Sidan sparar inte heller kakor. Kakor är små filer som många webbplatser sparar. Sidan kommer bara ihåg språk och kommun tills du stänger sidan.
safety-transparency-2 = Sidan skickar aldrig dina svar någonstans. Sidan hämtar bara samma filer som för alla andra. Det spelar ingen roll vad du svarar.
safety-transparency-intro = Du kan se det själv. Listan här under visar varje gång som sidan har hämtat något sedan du öppnade den.
safety-transparency-empty = Sidan har inte hämtat något än.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Sidan har hämtat något en gång.
   *[other] Sidan har hämtat något { $count } gånger.
}

## Help view (reachable without the questions)

help-title = Hitta hjälp
help-intro = Här finns stödlinjer för hela Sverige. En stödlinje är ett telefonnummer där du kan prata med någon och få råd. Här finns också kontakter i din kommun. Du bestämmer själv vem du kontaktar. Du bestämmer också vad du berättar.
help-emergency = Är du i fara just nu? Ring 112.
help-not-sure = Du kan ringa även om du inte vet om det är våld. Det räcker att du är orolig eller vill prata.

help-what-happens-title = Det här händer när du ringer en stödlinje
help-what-happens-1 = Någon lyssnar på dig. Hen tar det du berättar på allvar.
help-what-happens-2 = Du bestämmer själv vad du vill berätta. Du kan avsluta samtalet när du vill.
help-what-happens-3 = Det är gratis att ringa många stödlinjer. Hos många kan du vara anonym. Anonym betyder att du inte behöver säga vad du heter. På varje kontakt står det vad som gäller.
help-what-happens-4 = Många stödlinjer kan ordna en tolk. Då kan du prata på ditt eget språk.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = Vi har inga egna kontakter för { $municipality } än. Ring kommunens växel. Växeln är kommunens huvudnummer. Be att få prata med socialtjänsten. Socialtjänsten är kommunens hjälp för den som har det svårt. När kontoret är stängt kan du fråga efter socialjouren. Socialjouren är socialtjänsten på kvällar, nätter och helger. Ring 112 om det är akut.

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
contact-source = Vi kollade { $date }
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
kind-social-services-on-call = Socialjouren (socialtjänsten på kvällar och helger)
kind-womens-shelter = Kvinnojour (stöd för kvinnor)
kind-girls-shelter = Tjejjour (stöd för tjejer)
kind-mens-shelter = Mansjour (stöd för män)
kind-youth-clinic = Ungdomsmottagning (vård och stöd för unga)
kind-perpetrator-programme = Hjälp att sluta med våld
kind-victim-support = Stöd efter brott
kind-health = Vård och hälsa

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

## Result: fixed parts

result-title = Det här handlar dina svar om
result-intro = Dina svar handlar om en eller flera sorters våld. Här under kan du läsa vad de heter. Du kan också se var du kan få stöd.
result-none = Inget av dina svar handlade om våld. Du kan ändå prata med någon om något känns fel. Lita på din känsla.
result-none-rather-not-say = Du ville inte svara på en del frågor. Det är helt okej. Du kan ändå få stöd. Du bestämmer själv vad du berättar.

result-urgent-title = Ring 112 om du är i fara nu
result-urgent-text = Säg var du är och vad som händer. Det är gratis att ringa. Du kan ringa även om du inte kan prata fritt. Stanna då kvar i telefonen.
result-urgent-signs-intro = Vi visar det här först. Dina svar nämner något som kan vara ett allvarligt varningstecken:

result-not-your-fault = Det som händer dig är inte ditt fel. Ingen har rätt att skada dig, hota dig eller styra dig.
result-right-to-support = Du har rätt att få stöd av socialtjänsten i kommunen där du är. Socialtjänsten är kommunens hjälp för den som har det svårt. Det gäller oavsett var du kommer ifrån. Det gäller också om du inte har uppehållstillstånd, alltså papper som visar att du får bo i Sverige. Det är gratis att kontakta socialtjänsten.

result-what-happens-title = Vad händer om jag tar kontakt?
result-what-happens-1 = Du kan börja med att ringa en stödlinje. Där kan du prata och få råd. Du bestämmer själv vad du berättar.
result-what-happens-2 = Socialtjänsten kan hjälpa dig på olika sätt. Du kan få prata med någon. Du kan få hjälp att planera hur du kan vara trygg. Du kanske behöver flytta. Då kan du få hjälp med ett skyddat boende. Det är en trygg plats att bo på.
result-what-happens-3 = Du kan ta ett steg i taget. Fråga gärna vad som händer sedan, innan du berättar mer.

result-contacts-title = Här kan du få stöd
result-show-local = Visa hjälp nära mig
result-start-over = Börja om
result-start-over-hint = Sidan glömmer allt som du har svarat.

## Result: for someone who has hurt or frightened someone

result-used-intro = Dina svar handlar om att du har gjort saker som kan skada eller skrämma någon som står dig nära.
result-used-responsibility = Det är ett viktigt steg att du har svarat på frågorna. Våld är ett val. Du kan välja att sluta. Det finns hjälp för det. Du kan till exempel ringa Välj att sluta. Det är en stödlinje för den som vill sluta använda våld. Du kan också kontakta socialtjänsten i din kommun.
result-used-urgent-text = Ring 112 om du är rädd att du ska skada någon just nu. Ring också 112 om någon är i fara.

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

## School staff page

staff-title = För dig som jobbar i skolan
staff-intro = Vägvisaren hjälper unga att ta reda på om det de är med om är våld. De kan också se var de kan få hjälp. Här kan du läsa hur du kan stötta en elev.
staff-load-failed = Sidan gick inte att öppna. Kolla att du har internet och försök igen.
staff-what-1 = Sidan ställer frågor om partner, familj och släkt. Den frågar om någon pressar personen att sälja sex. Den frågar också om personen själv har skadat någon. Den som är under 18 år får enklare frågor.
staff-what-2 = Svaren visar vilka sorters våld det kan handla om. De visar om eleven bör ringa 112 direkt. De visar också vilka stödlinjer och kontakter som passar.
staff-what-3 = Sidan sparar ingenting och skickar ingenting. Du och skolan kan inte se vad eleven har svarat.

staff-talk-title = Att prata med en ung person som kanske är med om våld
staff-talk-1 = Lyssna i lugn och ro. Välj en plats där ingen stör er. Låt eleven berätta med egna ord.
staff-talk-2 = Tro på det som eleven berättar. Säg att det var bra att hen berättade. Det är aldrig hens fel.
staff-talk-3 = Lova inte att hålla det hemligt. Säg ärligt att du kanske måste anmäla till socialtjänsten. Säg också varför.
staff-talk-4 = Kontakta inte familjen om du tror att det är hedersrelaterat våld. Det kan bli farligt för eleven.
staff-talk-5 = Använd inte en tolk från familjen eller deras vänner. Boka en utbildad tolk. Det kan till exempel vara en tolk från en annan ort som tolkar i telefon. Fråga eleven om tolken känns trygg.
staff-talk-6 = Skriv ner vad eleven sa. Använd elevens egna ord. Skriv också när eleven sa det. Skriv inte dina egna tankar som om de vore fakta.

staff-same-day-title = Samma dag
staff-same-day-1 = Gör en anmälan till socialtjänsten samma dag. Vänta inte för att få veta mer.
staff-same-day-2 = Berätta för rektorn eller elevhälsan. Elevhälsan är till exempel skolsköterskan, kuratorn och psykologen. Kom ihåg att du ändå själv måste anmäla.
staff-same-day-3 = Ring socialtjänsten direkt om eleven är i fara eller inte vågar gå hem. När kontoret är stängt ringer du socialjouren. Socialjouren är socialtjänsten på kvällar, nätter och helger. Ring 112 om det är akut.

staff-duty-title = Du måste anmäla
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Alla som jobbar i skolan måste anmäla till socialtjänsten direkt om de vet eller tror att ett barn far illa. Att fara illa betyder att barnet inte har det bra, till exempel att någon skadar barnet. Det står i socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Det räcker att du tror det. Du behöver inga bevis. Socialtjänsten tar reda på hur det är.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Du måste själv anmäla. Du kan inte lämna över det till rektorn, kuratorn eller någon annan.
staff-duty-4 = Anmäl till socialtjänsten i kommunen där barnet bor. Du kan ringa eller skriva. När kontoret är stängt ringer du socialjouren. Ring 112 om det är akut.

staff-lines-title = Stödlinjer för personal
staff-lines-intro = Här kan du få råd. Du kan till exempel få råd om vad du ska göra när en elev har berättat något.

staff-builder-title = Gör en länk och en affisch
staff-builder-intro = Välj kommun och språk. De står i länken och på affischen. Inget annat står där.
staff-builder-municipality = Kommun
staff-builder-languages = Språk (välj ett, två eller tre)
staff-builder-youth = Öppna frågorna för unga direkt
staff-builder-link-label = Länk att dela
staff-builder-copy = Kopiera länken
staff-builder-copied = Nu har du kopierat länken.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = QR-kod till { $link }
staff-builder-print = Skriv ut affischen
staff-builder-too-many-languages = Du kan välja högst tre språk.

## The poster (printed in several languages side by side)

poster-title = Händer det något hemma eller med en partner som gör dig orolig?
poster-line = Skanna koden. Sidan sparar ingenting. Du väljer själv vad du svarar.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Är du under 18 år? Då kan du ringa Bris på { $number }. Bris är en stödlinje för barn och unga.
poster-emergency = Är du i fara just nu? Ring 112.

## About Vägvisaren

about-title = Om Vägvisaren
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren är ett verktyg på nätet. Vi är inte en myndighet. Vi kan inte ta emot anmälningar. Vi kan inte svara på frågor om hur du har det.
about-free = Vägvisaren är gratis. Du behöver inte logga in. Du behöver inte säga vem du är.
about-private = Vi sparar inte dina svar. Vi skickar dem inte någonstans. Vi sparar inte heller något om vem som besöker sidan.
about-contacts-title = Så kollar vi kontakterna
about-contacts-1 = Vi skriver var vi har hittat varje nummer och öppettid. Det kan till exempel vara stödlinjens egen webbplats. Vi skriver också när vi kollade.
about-contacts-2 = Vi visar aldrig ett nummer som vi inte har hittat hos en säker källa. Stödlinjen kanske har ändrat något. Då gäller det som står på stödlinjens egen webbplats.
about-languages-title = Språk
about-languages-intro = Vi skriver texterna på svenska först. Sedan översätter vi dem. Så här långt har vi kommit med varje språk:
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = språket som vi skriver först
status-reviewed = översatt, och någon som har språket som modersmål har läst och rättat
status-unreviewed = översatt, men ingen har läst och rättat det än

## Navigation

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
