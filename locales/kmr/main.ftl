# Vägvisaren — Kurmancî.
# Status: translated by the team from Swedish with machine assistance; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – piştgirî û alîkarî
language-label = Ziman

## Quick exit

quick-exit-button = Ji vê rûpelê zû derkeve
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Ji bo ku ji rûpelê derkevî, carek din Shift bitikîne.
   *[other] Ji bo ku ji rûpelê derkevî, { $remaining } caran din Shift bitikîne.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Zimanê «{ $code }» hîn li vir tune ye, ji ber vê yekê rûpel bi swêdî tê nîşandan. Tu dikarî li jor zimanekî din hilbijêrî.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Koda şaredariyê «{ $code }» tune ye, ji ber vê yekê tu şaredarî nehatiye hilbijartin. Tu dikarî di beşa «Alîkarî bibîne» de şaredariyekê hilbijêrî.

## Start screen

start-title = Gelo ev tundî ye? Li vir tu dikarî bi aramî fêm bikî.
start-lead = Bersiva çend pirsan bide li ser tiştên ku bi te re diqewimin, an bi kesekî re ku tu xema wî dixwî. Tu yê bizanî navê vê yekê dikare çi be û li ku derê dikarî alîkariyê bistînî.
start-duration = Nêzî pênc heta deh deqîqeyan digire. Tu dikarî pirsan derbas bikî û kengî bixwazî rawestî.
start-private = Tiştên ku tu bersiv didî nayên tomarkirin û ji tu derê re nayên şandin. Ew tenê di telefon an komputera te de dimînin, heta ku tu rûpelê bigirî.
start-quick-exit = Bişkoka «Ji vê rûpelê zû derkeve» her tim li jor e. Tu dikarî sê caran Shift jî bitikînî.
start-emergency = Tu niha di xeterê de yî? Telefonî 112 bike.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Tu dixwazî li ser çi fêr bibî?
flow-path-partner = Li ser min – hevjînê min an hevjînê min ê berê
flow-path-family = Li ser min – malbata min an xizmên min
flow-path-exploitation = Li ser min – kesek min neçar dike ku seks bifiroşim, an kar, pere an belgeyên min kontrol dike
flow-path-worried = Li ser kesekî ku ez xema wî dixwim
flow-path-used-violence = Min kesekî nêzî xwe êşandiye an tirsandiye
flow-age-title = Tu çend salî yî?
flow-age-under-18 = Di bin 18 salî de
flow-age-adult = 18 salî an mezintir
flow-about-child-title = Gelo kesê ku tu xema wî dixwî di bin 18 salî de ye?
flow-about-child-yes = Erê, di bin 18 salî de
flow-about-child-no = Na, 18 salî an mezintir
flow-about-child-unknown = Nizanim
flow-self-title = Tu xwe çawa pênase dikî?
flow-self-hint = Ne mecbûr î bersiv bidî. Bersiv tenê ji bo nîşandana piştgiriya ku li te tê bi kar tê, û nayê tomarkirin.
flow-self-woman = Jin an keç
flow-self-man = Mêr an kur
flow-self-trans = Trans an ne-bînerî
flow-self-rather-not-say = Naxwazim bibêjim
flow-skip = Derbas bike
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Pirs { $current } ji { $total }
flow-answer-yes = Erê
flow-answer-sometimes = Carinan
flow-answer-no = Na
flow-answer-rather-not-say = Naxwazim bibêjim
flow-answers-label = Bersiva te
flow-see-result = Encamê bibîne
flow-change-hint = Tu dikarî kengî bixwazî vegerî û bersivekê biguherînî.


## Questions: partner or ex

q-partner-put-down = Gelo hevjînê te yê niha an yê berê dijûnan bi te dike, tinazên xwe bi te dike an wisa dike ku tu xwe bêqîmet hîs bikî?
q-partner-isolate = Gelo hevjînê te yê niha an yê berê biryarê dide ka tu dikarî kê bibînî, biçî ku derê an çi li xwe bikî?
q-partner-phone = Gelo hevjînê te yê niha an yê berê peyamên te dixwîne, şîfreyên te dixwaze an telefona te kontrol dike?
q-partner-follow = Gelo hevjînê te yê niha an yê berê li pey te tê, bi sepanekê (app) dişopîne ka tu li ku yî, an li cihê ku tu lê yî xuya dibe dema ku tu naxwazî?
q-partner-images = Gelo hevjînê te yê niha an yê berê wêne an vîdyoyên te yên ku tu naxwazî kesên din bibînin belav kirine, an gef xwariye ku wan belav bike?
q-partner-money = Gelo hevjînê te yê niha an yê berê pereyên te distîne, an wan wisa kontrol dike ku tu bi xwe nikarî wan bi kar bînî?
q-partner-money-youth = Gelo dildarê te yê niha an yê berê pereyên te distîne, an biryarê dide ka tu dikarî çi bikirî?
q-partner-debt = Gelo hevjînê te yê niha an yê berê bi navê te deyn an kredî girtiye, an nehiştiye ku tu bixebitî an bixwînî?
q-partner-debt-youth = Gelo dildarê te yê niha an yê berê nehiştiye ku tu biçî dibistanê, an tu neçar kirî ku ji bo wî tiştan bikirî an pere deyn bikî?
q-partner-break = Gelo hevjînê te yê niha an yê berê tiştên te şikandine, avêtine an birine?
q-partner-pets = Gelo hevjînê te yê niha an yê berê zirar gihandiye heywanekî ku tu jê hez dikî, an gef xwariye ku zirarê bigihîne wî?
q-partner-threats = Gelo hevjînê te yê niha an yê berê gefan li te dixwe, bo nimûne ku ew ê zarokan ji te bistîne, tiştan li ser te belav bike an wisa bike ku tu neçar bibî ji Swêdê derkevî?
q-partner-hit = Gelo hevjînê te yê niha an yê berê li te xistiye, pal li te daye, pehîn li te daye an tu bi zorê girtî?
q-partner-hurt = Gelo ji ber tiştekî ku hevjînê te yê niha an yê berê kiriye, li laşê te şînbûn, birîn an zirarên din çêbûne?
q-partner-neck = Gelo hevjînê te yê niha an yê berê stûyê te girtiye, qirika te guvaştiye an wisa kiriye ku nefesgirtin ji te re zehmet bibe?
q-partner-weapon = Gelo hevjînê te yê niha an yê berê bi kêr, çek an tiştekî din ê ku dikare zirarê bide, gef li te xwariye?
q-partner-kill = Gelo hevjînê te yê niha an yê berê gef xwariye ku te an kesekî nêzî te bikuje?
q-partner-worse = Gelo di sala dawî de tundî an gef xirabtir bûne, an pirtir qewimîne?
q-partner-pregnant = Heke tu ducanî bûyî: gelo hevjînê te yê niha an yê berê di dema ducaniyê de li te xistiye an zirar gihandiye te?
q-partner-sex = Gelo hevjînê te yê niha an yê berê tu ji bo seks an kiryarên cinsî yên ku te nedixwestin neçar kirî, an zext li te kiriye?
q-partner-sex-fear = Gelo te qebûl kiriye ku seks bikî ji ber ku tu ditirsiyayî ka wekî din dê çi biqewime?
q-partner-care = Heke di jiyana rojane de hewcedariya te bi alîkariyê hebe: gelo hevjînê te yê niha an yê berê xwarin, derman an alîkariya din a ku tu hewce dikî ji te qut kiriye?
q-partner-aids = Gelo hevjînê te yê niha an yê berê amûrên te yên alîkariyê, berçavk, derman an telefona te ji te girtine, wisa ku tu nikaribî bi serê xwe tiştan bikî an alîkariyê bixwazî?
q-partner-children-see = Heke li malê zarok hebin: gelo wan tundî an gefên di navbera we de dîtine an bihîstine?
q-partner-children-afraid = Gelo zarok tirsiyane, an hewl dane te biparêzin, dema ku hevjînê te yê niha an yê berê hêrs bûye?
q-partner-children-threat = Gelo hevjînê te yê niha an yê berê gef xwariye ku zirarê bide zarokan, an wan ji te bistîne?
q-partner-afraid = Gelo tu ji hevjînê xwe yê niha an yê berê ditirsî, heta dema ku ew wê gavê tiştekî nake jî?
q-partner-careful = Gelo tu her tim difikirî ka tu çi dibêjî û çi dikî, da ku hevjînê te yê niha an yê berê hêrs nebe?
q-partner-leaving = Gelo te di van demên dawî de dev ji hevjînê xwe berdaye, an tu difikirî dev jê berdî, û tu ditirsî ka wê demê ew ê çi bike?

## Questions: family or relatives

q-family-collective = Gelo çend kes ji malbat an xizmên te bi hev re biryarê didin ka divê tu çawa bijî?
q-family-collective-youth = Gelo ji bilî dê û bavê te kesên din jî, wek xwişk û bira an xizm, li ser jiyana te biryarê didin?
q-family-friends = Gelo malbat an xizmên te biryarê didin ka tu dikarî bi kê re hevaltiyê bikî, çawa cil li xwe bikî an di dema xwe ya vala de çi bikî?
q-family-friends-youth = Gelo malbata te biryarê dide ka tu dikarî kîjan hevalan hebî, çi li xwe bikî an piştî dibistanê çi bikî?
q-family-school = Gelo malbat an xizmên te nahêlin ku tu bixwînî, bixebitî an bi xwe perwerdeya xwe hilbijêrî?
q-family-school-youth = Gelo malbata te nahêle ku tu beşdarî dersan, gerên dibistanê an çalakiyên li dibistanê bibî?
q-family-love = Gelo malbat an xizmên te biryarê didin ka tu dikarî ji kê hez bikî û bi kê re bî, an gelo tu dikarî bi eşkereyî bibêjî ku tu kî yî?
q-family-love-youth = Gelo malbata te biryarê dide ka tu dikarî ji kê hez bikî an bi kê re bî?
q-family-phone = Gelo kesek ji malbat an xizmên te telefon an peyamên te kontrol dike da ku bibîne tu bi kê re diaxivî?
q-family-phone-youth = Gelo kesek ji malbata te telefona te kontrol dike da ku bibîne tu bi kê re diaxivî?
q-family-siblings = Gelo xwişk û bira, pismam û dotmam an xizmên din te dişopînin û ji malbatê re dibêjin ka tu çi dikî?
q-family-siblings-youth = Gelo xwişk û birayên te an pismam û dotmamên te li dibistanê an li bajêr te dişopînin û ji malbatê re dibêjin?
q-family-virginity = Gelo malbat an xizmên te dixwazin ku tu heta zewacê bakîre bimînî, an kontrol dikin ka tu hîn bakîre yî?
q-family-virginity-youth = Gelo malbata te dibêje ku divê tu heta zewacê bakîre bî, yanî te seks nekiribe?
q-family-marriage = Gelo malbat an xizmên te zextê li te dikin ku tu bi kesekî ku te bi xwe hilnebijartiye re bidestgirtî bibî an bizewicî, an ev yek berê li dijî daxwaza te qewimiye?
q-family-marriage-youth = Gelo malbata te dixwaze ku tu bidestgirtî bibî an bizewicî, her çend tu bi xwe naxwazî jî?
q-family-abroad = Gelo kesekî gotiye ku tu yê li dijî daxwaza xwe bo welatekî din bêyî şandin an birin, an rêwîtiyek tê plankirin ku te bi fikar dixe?
q-family-abroad-youth = Gelo kesekî gotiye ku tu yê bo welatekî din bêyî şandin, an hûn ê biçin rêwîtiyekê ku te bi fikar dixe?
q-family-disown = Gelo kesekî gef xwariye ku heke tu wek ku ew dixwazin nekî, malbat dê te ji xwe biavêje an têkiliya xwe bi te re qut bike?
q-family-disown-youth = Gelo kesekî gotiye ku heke tu wek ku ew dibêjin nekî, malbat êdî te naxwaze?
q-family-put-down = Gelo kesek ji malbat an xizmên te dijûnan bi te dike, tinazên xwe bi te dike an dibêje tu bêqîmet î?
q-family-put-down-youth = Gelo kesek ji malbata te gotinên xerab ji te re dibêje, li te diqîre an dibêje tu xerab î?
q-family-money = Gelo malbat an xizmên te meaş, alîkariyên aborî an pereyên te distînin, an wan kontrol dikin?
q-family-money-youth = Gelo kesek ji malbata te pereyên te distîne, bo nimûne alîkariya xwendinê (studiebidrag) an meaşa karê havînê?
q-family-money-denied = Gelo malbata te ji bo ku te kontrol bike, pere ji bo tiştên ku tu hewce dikî, wek xwarin, cil an hatin û çûyînê, nade te?
q-family-money-denied-youth = Gelo malbata te ji bo cezakirina te pere ji bo tiştên ku tu hewce dikî, wek karta otobûsê, cil an tiştên dibistanê, nade te?
q-family-break = Gelo kesekî ji malbat an xizmên te tiştên te şikandine, avêtine an birine?
q-family-break-youth = Gelo kesekî ji malbata te ji bo cezakirina te tiştên te xera kirine an birine?
q-family-pets = Gelo kesekî ji malbat an xizmên te zirar gihandiye heywanekî ku tu jê hez dikî, an gef xwariye ku zirarê bigihîne wî?
q-family-online = Gelo kesekî ji malbat an xizmên te li ser înternetê wêne, vîdyo an gotegotên li ser te belav kirine, an gef xwariye ku belav bike?
q-family-online-youth = Gelo kesekî ji malbata te wêne an tiştên li ser te li înternetê parve kirine, an gef xwariye ku wisa bike?
q-family-tracking = Gelo kesek ji malbat an xizmên te li pey te tê, an bi sepanekê an bi riya kesên din dişopîne ka tu li ku yî?
q-family-tracking-youth = Gelo kesek ji malbata te li pey te tê, an bi sepanekê di telefona te de kontrol dike ka tu li ku yî?
q-family-hit = Gelo kesekî ji malbat an xizmên te li te xistiye, pal li te daye, pehîn li te daye an tu bi zorê girtî?
q-family-hit-youth = Gelo kesekî ji malbata te li te xistiye, pal li te daye, porê te kişandiye an tu bi zorê girtî?
q-family-neck = Gelo kesekî ji malbat an xizmên te stûyê te girtiye, qirika te guvaştiye an wisa kiriye ku nefesgirtin ji te re zehmet bibe?
q-family-neck-youth = Gelo kesekî ji malbata te stûyê te girtiye an wisa kiriye ku nefesgirtin ji te re zehmet bibe?
q-family-weapon = Gelo kesekî ji malbat an xizmên te bi kêr, çek an tiştekî din ê ku dikare zirarê bide, gef li te xwariye?
q-family-weapon-youth = Gelo kesekî ji malbata te bi kêr an tiştekî din ê ku dikare zirarê bide, gef li te xwariye?
q-family-kill = Gelo kesekî ji malbat an xizmên te gef xwariye ku te an kesekî nêzî te bikuje?
q-family-kill-youth = Gelo kesekî ji malbata te gotiye ku ew ê te an kesekî ku tu jê hez dikî bikuje?
q-family-worse = Gelo di sala dawî de tundî an gef xirabtir bûne, an pirtir qewimîne?
q-family-worse-youth = Gelo di van demên dawî de xirabtir bûye, an pirtir qewimiye?
q-family-sex-touch = Gelo kesekî ji malbat an xizmên te bi awayekî cinsî dest li te daye, an tiştên cinsî yên ku te nedixwestin ji te re gotine an nîşanî te dane?
q-family-sex-touch-youth = Gelo kesekî ji malbat an xizmên te bi awayekî ku ji te re şaş xuya kir dest li laşê te daye, an wêneyên cinsî nîşanî te dane?
q-family-sex-forced = Gelo kesekî ji malbat an xizmên te tu ji bo seks an kiryarên cinsî neçar kirî, an zext li te kiriye?
q-family-sex-forced-youth = Gelo kesekî ji malbat an xizmên te tu neçar kirî ku tiştekî cinsî bikî?
q-family-care = Heke di jiyana rojane de hewcedariya te bi alîkariyê hebe: gelo ew kesê ji malbata te yê ku divê alîkariya te bike, xwarin, derman an alîkariya din a ku tu hewce dikî ji te qut kiriye?
q-family-care-youth = Gelo carinan dibe ku li malê tu bê xwarin, bê cilên paqij, an dema ku tu nexweş î bê alîkarî bimînî?
q-family-alone = Gelo kesekî ji malbata te tu ji bo demeke dirêj bi tenê hiştî, an amûrên te yên alîkariyê ji te girtine, her çend tu nikarî bi serê xwe tiştan bikî?
q-family-alone-youth = Gelo tu ji bo demeke dirêj li malê bi tenê tê hiştin, an divê tu ji hêza xwe zêdetir li xwe an li xwişk û birayên xwe binêrî?
q-family-children-see = Gelo di malbatê de zarok hene ku li malê tundî an gefan dibînin an dibihîsin?
q-family-children-see-youth = Gelo te an xwişk û birayên te dîtiye an bihîstiye ku kesek ji malbata te li kesekî din dixe an gefan lê dixwe?
q-family-children-threat = Gelo kesekî ji malbat an xizmên te gef xwariye ku zirarê bide zarokên malbatê, an wan ji te bistîne?
q-family-children-threat-youth = Gelo kesekî ji malbata te gef xwariye ku zirarê bide xwişk û birayên te an zarokên din ên malbatê?
q-family-afraid = Gelo tu ji kesekî ji malbat an xizmên xwe ditirsî, heta dema ku wê gavê tiştek naqewime jî?
q-family-afraid-youth = Gelo tu ji kesekî ji malbata xwe ditirsî?
q-family-home = Gelo tu ditirsî ka dema tu vegerî malê dê çi biqewime, an heke malbata te tiştekî li ser te bizane?
q-family-home-youth = Gelo tu ditirsî piştî dibistanê biçî malê, an ditirsî ka heke malbata te tiştekî li ser te bizane dê çi biqewime?

## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Gelo kesek zextê li te dike an te neçar dike ku tu seks bifiroşî, yanî li hember pereyan bi kesên din re seks bikî?
q-exploit-sell-sex-youth = Gelo kesekî ji te xwestiye an tu neçar kirî ku tu li hember pere, tişt, madeyên hişbir an cihekî razanê seks an tiştên cinsî bikî?
q-exploit-sex-control = Gelo kesekî din biryarê dide ka tu kengê, li ku derê an bi kê re li hember pereyan seks bikî, an kesekî din pereyan distîne?
q-exploit-work = Gelo tu ji ya ku we li ser li hev kiribû gelek zêdetir dixebitî, bi meaşeke pir kêm an bê meaş?
q-exploit-work-youth = Gelo kesek te neçar dike ku tu ji bo wan bixebitî, madeyên hişbir bifiroşî an karên wan bikî, bê pere an ji ber ku tu ditirsî?
q-exploit-wage = Gelo kesekî din meaş an pereyên te distîne, an biryarê dide ka tu dikarî çi bikirî?
q-exploit-debt = Gelo kesek dibêje ku tu deyndarê wan î, bo nimûne ji bo rêwîtiyê, cihê mayînê an kar, û divê tu vî deynî bi xebatê bidî?
q-exploit-debt-youth = Gelo kesek dibêje ku tu pere an qencî deyndarê wan î, û divê tu bi kirina tiştan ji bo wan vegerînî?
q-exploit-debt-grows = Gelo deyn her tim mezin dibe, bo nimûne bi cezayên pereyan, kirê an xercan, wisa ku tu qet jê xilas nabî?
q-exploit-papers = Gelo kesekî pasaport, nasname an destûra rûniştinê ya te girtiye û naxwaze paşde bide?
q-exploit-accounts = Gelo kesekî din BankID, peyman an belgeyên din ên bi navê te kontrol dike, wisa ku tu bi xwe nikarî wan bi kar bînî?
q-exploit-locked = Gelo kesek nahêle ku tu bi tenê derkevî derve, kê bixwazî bibînî an bi malbata xwe re biaxivî?
q-exploit-phone = Gelo kesek telefona te digire, peyamên te dixwîne an dişopîne ka tu li ku yî?
q-exploit-online = Gelo kesekî bêyî ku te bi xwe biryar dabe, reklam, wêne an vîdyoyên te li ser înternetê belav kirine?
q-exploit-authorities = Gelo kesekî gotiye ku heke tu tiştekî bibêjî, polîs an dezgehên dewletê dê te ceza bikin an te ji welêt derxînin?
q-exploit-sex-forced = Gelo kesekî tu ji bo seks an kiryarên cinsî yên ku te nedixwestin neçar kirî?
q-exploit-sex-unsafe = Gelo kesekî tu neçar kirî ku bê kondom seks bikî, an tiştên ku te ji wan re «na» gotibû bikî?
q-exploit-hit = Gelo kesekî ku te kontrol dike li te xistiye, pal li te daye an zirar gihandiye te?
q-exploit-neck = Gelo kesekî stûyê te girtiye, qirika te guvaştiye an wisa kiriye ku nefesgirtin ji te re zehmet bibe?
q-exploit-weapon = Gelo kesekî bi kêr, çek an tiştekî din ê ku dikare zirarê bide, gef li te xwariye?
q-exploit-kill = Gelo kesekî gef xwariye ku te, an kesekî ji malbata te li vir an li welatekî din, bikuje?
q-exploit-worse = Gelo di van demên dawî de tundî an gef xirabtir bûne, an pirtir qewimîne?
q-exploit-afraid = Gelo tu ditirsî ka dê çi biqewime heke tu «na» bibêjî, dev jê berdî an ji wir biçî?
q-exploit-always-afraid = Gelo tu ji wî kesî an ji wan kesên ku te kontrol dikin ditirsî, heta dema ku ew ne li nêzî te ne jî?

## Questions: someone you are worried about

q-worried-afraid = Gelo wisa xuya dike ku kesê ku tu xema wî dixwî ji kesekî ditirse, an ji vegera malê bi fikar e?
q-worried-isolated = Gelo kesê ku tu xema wî dixwî dev ji dîtina heval an malbatê berdaye, an dev ji tiştên ku berê jê hez dikir berdaye?
q-worried-controlled = Gelo wisa xuya dike ku kesek kesê ku tu xema wî dixwî kontrol dike, bo nimûne ka ew dikare kê bibîne an biçe ku derê?
q-worried-careful = Gelo wisa xuya dike ku kesê ku tu xema wî dixwî her tim difikire ka ew çi dibêje û çi dike, da ku kesek hêrs nebe?
q-worried-phone = Gelo kesek telefona kesê ku tu xema wî dixwî kontrol dike, an divê ew her tim di cih de bersivê bide û bibêje ka li ku ye?
q-worried-followed = Gelo kesek her tim li pey kesê ku tu xema wî dixwî tê, wî dişopîne an pê re têkilî datîne, li ser înternetê an di jiyana rastîn de?
q-worried-money = Gelo kesekî din pere, meaş an karta bankê ya kesê ku tu xema wî dixwî kontrol dike, wisa ku ew bi xwe nikare biryarê bide?
q-worried-debts = Gelo deynên ku kesekî din girtine li ser kesê ku tu xema wî dixwî ne, an pereyên wî ji bo xwarin û tiştên din ên pêwîst tune ne?
q-worried-injuries = Gelo te li ser kesê ku tu xema wî dixwî şînbûn an birîn dîtine, ku ew naxwaze an nikare rave bike?
q-worried-hit = Gelo te dîtiye, bihîstiye an ji te re hatiye gotin ku kesek li kesê ku tu xema wî dixwî dixe, pal lê dide an wî bi zorê digire?
q-worried-neck = Gelo ji te re hatiye gotin ku kesekî stûyê kesê ku tu xema wî dixwî girtiye, an wisa kiriye ku nefesgirtin jê re zehmet bibe?
q-worried-weapon = Gelo kesekî bi kêr, çek an tiştekî din ê ku dikare zirarê bide, gef li kesê ku tu xema wî dixwî xwariye?
q-worried-kill = Gelo kesekî gef xwariye ku kesê ku tu xema wî dixwî, an kesekî nêzî wî, bikuje?
q-worried-worse = Gelo wisa xuya dike ku di van demên dawî de xirabtir bûye, bo nimûne birînên zêdetir, gefên zêdetir an tirsa zêdetir?
q-worried-leaving = Gelo kesê ku tu xema wî dixwî di van demên dawî de dev ji hevjînekî ku jê ditirse berdaye, an difikire ku dev jê berde?
q-worried-sex = Gelo kesê ku tu xema wî dixwî ji te re gotiye ku kesekî ew ji bo seks an kiryarên cinsî neçar kiriye an zext lê kiriye?
q-worried-sex-images = Gelo te dîtiye ku kesek wêneyên cinsî yên kesê ku tu xema wî dixwî belav dike, an bi awayekî cinsî pê re diaxive dema ku ew naxwaze?
q-worried-selling-sex = Gelo tu difikirî ku kesê ku tu xema wî dixwî seks difiroşe, an kesek wî neçar dike ku wisa bike?
q-worried-sex-for-things = Gelo kesê ku tu xema wî dixwî ji kesekî ku li hember wê seks dixwaze pere, diyarî, madeyên hişbir an cihê razanê distîne?
q-worried-honour = Gelo malbat an xizmên kesê ku tu xema wî dixwî biryarê didin ka ew dikare kîjan hevalan hebe, çi li xwe bike an gelo dikare bixwîne?
q-worried-honour-love = Gelo kesekî din biryarê dide ka kesê ku tu xema wî dixwî dikare bi kê re be an bi kê re bizewice?
q-worried-trip = Gelo kesê ku tu xema wî dixwî gotiye ku ew ê li dijî daxwaza xwe bidestgirtî bibe, bi zorê bê zewicandin an bo derveyî welêt bê şandin?
q-worried-care = Heke kesê ku tu xema wî dixwî di jiyana rojane de hewcedariya wî bi alîkariyê hebe: gelo wisa xuya dike ku ew bê xwarin, derman an alîkariya din a pêwîst dimîne?
q-worried-care-youth = Gelo wisa xuya dike ku kesê ku tu xema wî dixwî bê xwarin, bê cilên paqij, an dema nexweş e bê alîkarî dimîne?
q-worried-left-alone = Gelo kesê ku tu xema wî dixwî ji bo demeke dirêj bi tenê, an bê amûrên xwe yên alîkariyê, tê hiştin, her çend ew nikare bi serê xwe tiştan bike?
q-worried-children-home = Gelo li malê zarok hene ku dibe ku tundî an gefan bibînin an bibihîsin?
q-worried-children-scared = Gelo zarokên li malê bi awayekî ku te bi fikar dixe tirsiyayî, bi fikar an xemgîn xuya dikin?

## Questions: I have hurt or frightened someone close to me

q-used-put-down = Gelo te dijûn bi kesekî nêzî xwe kirine, ew piçûk xistiye an wisa lê qîriyayî ku ew tirsiyaye?
q-used-control = Gelo te biryar daye ka hevjînê te an kesekî ji malbata te dikare kê bibîne, biçe ku derê an çi li xwe bike?
q-used-control-youth = Gelo te biryar daye ka dildarê te, an xwişk an birayê te, dikare kê bibîne an çi li xwe bike?
q-used-phone = Gelo te bê destûr peyamên kesekî xwendine, şîfreyên wî xwestine an telefona wî kontrol kiriye?
q-used-images = Gelo te wêne an vîdyoyên kesekî yên ku wî nedixwest kesên din bibînin belav kirine, an te gef xwariye ku wan belav bikî?
q-used-money = Gelo te pereyên kesekî girtine, an wan wisa kontrol kirine ku ew bi xwe nikaribû wan bi kar bîne?
q-used-money-work = Gelo te nehiştiye ku hevjînê te an kesekî ji malbata te bixebite an bixwîne, an te bi navê wî deyn girtiye?
q-used-money-work-youth = Gelo te kesek neçar kiriye ku pere an tiştan bide te?
q-used-break = Gelo dema tu hêrs bûyî, te tişt şikandine, tişt avêtine an li dîwar an deriyan xistiye?
q-used-pets = Gelo te ji bo tirsandina kesekî zirar gihandiye heywanekî, an gef xwariye ku zirarê bigihînî wî?
q-used-hit = Gelo te li hevjînê xwe an li kesekî ji malbata xwe xistiye, pal lê daye, pehîn lê daye an ew bi zorê girtiye?
q-used-hit-youth = Gelo te li kesekî ji malbata xwe, wek dê an bav an xwişk an bira, an li dildarê xwe xistiye, pal lê daye an pehîn lê daye?
q-used-neck = Gelo te qet stû an qirika kesekî guvaştiye?
q-used-weapon = Gelo te bi kêr, çek an tiştekî din ê ku dikare zirarê bide, gef li kesekî xwariye?
q-used-kill = Gelo te gotiye ku tu yê kesekî nêzî xwe bikujî, heta eger te ew qest nekiribe jî?
q-used-worse = Gelo di sala dawî de ev pirtir qewimiye, an girantir bûye?
q-used-sex = Gelo te zext li kesekî kiriye an ew ji bo seksê neçar kiriye, an te berdewam kiriye dema ku wî «na» got an xuya dikir ku naxwaze?
q-used-sex-sulk = Gelo tu hêrs bûyî, xeyidî an te gef xwarine dema ku hevjînê te seks nexwestiye?
q-used-children-see = Gelo zarokan dîtiye an bihîstiye dema ku tu li malê tund bûyî an te gef xwarine?
q-used-children-afraid = Gelo zarokek ji te tirsiyaye, an hewl daye te rawestîne an kesekî biparêze dema ku tu hêrs bûyî?
q-used-afraid = Gelo tu difikirî ku kesekî nêzî te ji te ditirse?
q-used-careful = Gelo tu dibînî ku kesekî nêzî te bêdeng an bi hişyarî tevdigere da ku tu hêrs nebî?

## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Tundiya fizîkî
category-physical-text = Heke kesek li te dixe, pal li te dide, te bi zorê digire an bi awayekî din zirarê dide te, ev tundî ye. Ev tawan e, û qet ne sûcê te ye.
category-physical-text-worried = Heke kesek li kesê ku tu xema wî dixwî dixe, pal lê dide an zirarê dide wî, ev tundî û tawan e. Ev qet ne sûcê wî ye.
category-physical-text-used = Tiştê ku tu vedibêjî tundiya fizîkî ye. Dev jê berdan gengaz e, û alîkarî heye.

category-psychological-title = Tundiya derûnî
category-psychological-text = Gef, tinaz, kontrolkirin an nehiştina ku tu kesên din bibînî jî tundî ne. Ev dikare bi qasî lêdanê biêşîne.
category-psychological-text-worried = Gef, tinaz û kontrol jî tundî ne, heta dema ku tiştek xuya nake. Ev dikare xwestina alîkariyê ji bo wî zehmet bike.
category-psychological-text-used = Gefxwarin, piçûkxistin an kontrolkirina kesekî tundiya derûnî ye. Tu dikarî hilbijêrî ku dev jê berdî, û ji bo vê yekê piştgirî heye.

category-sexual-title = Tundiya cinsî
category-sexual-text = Divê her seks bi dilxwazî be, bi hevjînê te re jî. Zextkirin an neçarkirina te ji bo tiştekî cinsî tundî û tawan e.
category-sexual-text-worried = Tu kes nikare zextê li kesekî bike an wî ji bo tiştekî cinsî neçar bike. Ev tundî û tawan e, di nav têkiliyekê de jî.
category-sexual-text-used = Seksa ku herdu alî naxwazin tundiya cinsî û tawan e, di nav têkiliyekê de jî. Heke tu dixwazî reftara xwe biguherînî, alîkarî heye.

category-economic-title = Tundiya aborî
category-economic-text = Heke kesek pereyên te digire, wan kontrol dike an te dixe bin deynan da ku te kontrol bike, ev tundiya aborî ye.
category-economic-text-worried = Heke kesek pereyên wî digire an wan kontrol dike da ku wî kontrol bike, ev tundiya aborî ye.
category-economic-text-used = Girtina pereyên kesekî an kontrolkirina wan ji bo kontrolkirina wî, tundiya aborî ye. Ev dikare biguhere, û piştgirî heye.

category-material-title = Tundiya madî
category-material-text = Heke kesek tiştên te xera dike an zirarê dide heywanê te da ku te bitirsîne, ev jî tundî ye.
category-material-text-used = Şikandina tiştan an zirargihandina heywanan dema tu hêrs î, kesên din ditirsîne û cureyekî tundiyê ye. Fêrbûna rêyên din ên ji bo birêvebirina hêrsê gengaz e.

category-digital-title = Tundiya dijîtal
category-digital-text = Heke kesek telefona te kontrol dike, dişopîne ka tu li ku yî an wêneyên te belav dike, ev tundî ye, heta dema ku li ser înternetê diqewime jî.
category-digital-text-worried = Heke kesek telefona wî kontrol dike, dişopîne ka ew li ku ye an wêneyên wî belav dike, ev tundî ye, heta dema ku li ser înternetê diqewime jî.
category-digital-text-used = Kontrolkirina telefona kesekî, şopandina ka ew li ku ye an belavkirina wêneyên wî tundiya dijîtal e. Dev jê berdan gengaz e, û alîkarî heye.

category-latent-title = Jiyana di nav tirsê de
category-latent-text = Her tim tirsîn û xwe guncandin da ku ji tundiyê dûr bimînî, jê re tundiya veşartî tê gotin. Tirs nîşana wê yekê ye ku tiştek ne rast e, û ew ne sûcê te ye.
category-latent-text-worried = Her tim tirsîn û xwe guncandin, jê re tundiya veşartî tê gotin. Tirsa wî nîşaneke girîng e ku divê ciddî were girtin.
category-latent-text-used = Dema ku kesek ji te ditirse û xwe li gorî te diguncîne, jê re tundiya veşartî tê gotin. Ku tu vê dibînî, gaveke pêşîn a girîng e.

category-neglect-title = Îhmal
category-neglect-text = Heke di jiyana rojane de hewcedariya te bi alîkariyê hebe, mafê te heye ku tu wê bistînî. Heke kesek alîkariya te nake, an tiştê ku tu hewce dikî ji te digire, ev îhmal e.
category-neglect-text-worried = Heke kesekî ku hewcedariya wî bi alîkariyê heye bê xwarin, derman an lênêrîn bimîne, ev îhmal e. Mafê wî heye ku alîkariyê bistîne.

category-honour-title = Tundî û zordestiya bi navê namûsê
category-honour-text = Dema ku malbat an xizmên te bi hev re biryarê didin ka tu dikarî bi kê re bî, çi li xwe bikî an divê bi kê re bizewicî, jê re tundî û zordestiya bi navê namûsê tê gotin. Mafê te heye ku tu li ser jiyana xwe biryarê bidî.
category-honour-text-worried = Dema ku malbat an xizm bi hev re jiyan, heval, cil an zewaca wî kontrol dikin, jê re tundî û zordestiya bi navê namûsê tê gotin. Mafê wî heye ku li ser jiyana xwe biryarê bide.

category-children-witnessing-title = Zarokên ku tundiyê dibînin an dibihîsin
category-children-witnessing-text = Zarokên ku li malê tundiyê dibînin an dibihîsin, bi xwe jî rastî tundiyê tên. Mafê wan ê parastin û piştgiriyê heye.
category-children-witnessing-text-worried = Zarokên ku li malê tundiyê dibînin an dibihîsin, bi xwe jî rastî tundiyê tên. Socialtjänsten (karûbarên civakî yên şaredariyê) dikare piştgiriyê bide zarok û malbatê.
category-children-witnessing-text-used = Tundî pir bandorê li zarokên ku wê dibînin an dibihîsin dike, heta dema ku ew ne di heman odeyê de bin jî. Ku tu li alîkariyê digerî, ji bo wan jî baş e.

category-coerced-sex-title = Zext ji bo firotina seksê
category-coerced-sex-text = Tu kes nikare zextê li te bike, te bixapîne an te neçar bike ku tu seks bifiroşî. Li Swêdê, yê ku seks dikire an jê pere qezenc dike xeletiyê dike, qet tu na.
category-coerced-sex-text-worried = Tu kes nikare zextê li kesekî bike, wî bixapîne an wî neçar bike ku seks bifiroşe. Kesê ku seks difiroşe li Swêdê tawanekê nake û mafê wî yê piştgiriyê heye.

category-debt-bondage-title = Koletiya deyn
category-debt-bondage-text = Heke kesek dibêje ku deynekî te heye ku divê tu bi xebatê bidî û qet naqede, ev rêyek e ji bo kontrolkirina te. Ev dikare bazirganiya mirovan be.

category-documents-taken-title = Pasaport û belgeyên ku ji te tên girtin
category-documents-taken-text = Tu kes nikare pasaport, nasname an belgeyên te bigire. Hilgirtina wan ji bo kontrolkirina te nîşana zorê ye.

## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Girtina stûyê kesekî nîşaneke hişyariyê ya ciddî ye, heta eger tu şop xuya nebin jî.
danger-weapon = Gefên bi kêr, çek an tiştên din nîşaneke hişyariyê ya ciddî ne.
danger-threat-to-kill = Divê gefên kuştinê her tim ciddî werin girtin, heta dema ku di hêrsê de tên gotin jî.
danger-escalation = Dema ku tundî an gef xirabtir dibin an pirtir tên, xetera tundiya giran zêde dibe.
danger-separation = Dema li dora veqetînê dikare bi taybetî xeternak be, dema ku aliyê din tund an kontrolker bûye.
danger-pregnancy = Tundiya di dema ducaniyê de nîşaneke hişyariyê ya ciddî ye, hem ji bo kesê ducanî hem jî ji bo pitikê.
danger-stalking = Her tim hatina şopandin, çavdêrîkirin an têkilîdanîna ji aliyê kesekî ve nîşaneke hişyariyê ya ciddî ye û dikare tawan be.
danger-forced-trip-or-marriage = Planên zewacê an rêwîtiyeke derveyî welêt li dijî daxwaza kesekî nîşaneke hişyariyê ya ciddî ne. Berî rêwîtiyê parastin dikare were wergirtin.
danger-threats-to-children = Gefên li dijî zarokan nîşaneke hişyariyê ya ciddî ne. Mafê zarokan ê parastinê heye.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".
## A list is a series of ids ending in -1, -2, -3 … in the order they are shown.

## Safety page

safety-title = Ewlehiya te li ser vê rûpelê
safety-intro = Li vir tu dikarî bixwînî ka ev rûpel çawa te diparêze û çi nikare veşêre. Tiştê ku ji te re herî ewle xuya dike, bike.

safety-quick-exit-title = Ji vê rûpelê zû derkeve
safety-quick-exit-1 = Bişkoka «Ji vê rûpelê zû derkeve» her tim li jor e. Tu dikarî sê caran Shift jî bitikînî.
safety-quick-exit-2 = Wê gavê rûpel yekser vala dibe, û her tiştê ku te bersiv daye tê jibîrkirin.
safety-quick-exit-3 = Paşê tab diçe malpereke hewayê, ji ber vê yekê wisa xuya dike ku te li rewşa hewayê nêrî ye.
safety-quick-exit-4 = Bişkoka paşve ya gerokê te venagerîne vir.

safety-cannot-hide-title = Tiştên ku ev rûpel nikare veşêre
safety-cannot-hide-1 = Dîroka gerokê (history) hîn jî nîşan dide ku te serdana vê rûpelê kiriye.
safety-cannot-hide-2 = Tu dikarî tenê wê serdanê jê bibî. Di menuya gerokê de dîrokê veke û Vägvisaren bibîne. Tiliya xwe li ser rêzê bigire, wê bikişîne aliyekî an li xaçê (×) bitikîne, û jêbirinê hilbijêre.
safety-cannot-hide-3 = Heke tu tenê wê rêzê jê bibî, dîroka mayî wek berê xuya dike.
safety-cannot-hide-4 = Lîsteya bangên dawî ya telefonê nîşan dide ka te telefonî kîjan hejmaran kiriye.
safety-cannot-hide-5 = Tu dikarî bangekê ji lîsteyê jê bibî. Tiliya xwe li ser bangê bigire an wê ber bi çepê ve bikişîne, û «Jê bibe» (Delete) hilbijêre.
safety-cannot-hide-6 = Bangên bo hejmarên ku bi 020 dest pê dikin belaş in û li ser fatûreya telefonê xuya nakin. Lê dîsa jî di lîsteya bangên dawî de xuya dikin.
safety-cannot-hide-7 = SMS û çat di telefonê de dimînin heta ku tu wan jê bibî.

safety-private-browsing-title = Gerîna taybet
safety-private-browsing-1 = Di piraniya gerokan de modeke taybet heye, ku jê re incognito jî tê gotin. Wê demê, dema tu pencereyê digirî, serdan di dîrokê de nayê tomarkirin.
safety-private-browsing-2 = Tu bi gelemperî wê ji menuya gerokê vedikî, bi «Pencereya taybet a nû» (New private window) an «Taba incognito ya nû» (New incognito tab).
safety-private-browsing-3 = Moda taybet tiştê ku tu dikî ji bernameyeke ku telefonê dişopîne venaşêre, û ne jî ji tora cihê kar an dibistanê.

safety-shared-phone-title = Heke kesekî din telefona te bi kar tîne an kontrol dike
safety-shared-phone-1 = Heke kesekî din bikaribe telefon an komputera te deyn bike an kontrol bike, ew kes dikare bibîne ka tu li ser wê çi dikî.
safety-shared-phone-2 = Dibe ku kesekî bernameyek sazkiribe ku telefonê dişopîne, ku jê re bernameya sîxuriyê (spyware) tê gotin. Dibe ku kesek şîfre û kodên te jî bizane.
safety-shared-phone-3 = Heke ewletir xuya bike, tu dikarî telefona hevalekî, komputerekê li pirtûkxaneyê an telefonekê li cihê kar bi kar bînî.
safety-shared-phone-4 = Dibe ku bala kesan bikişîne heke tu ji nişka ve şîfreyan biguherînî an bernameyan jê bibî. Berî ku tu vê bikî, bifikire ka ji bo te çi herî ewle ye.

safety-transparency-title = Ev rûpel tiştekî tomar nake û tiştekî naşîne
safety-transparency-1 = Ev rûpel di telefon an komputera te de tiştekî tomar nake, ne jî cookies. Ziman û şaredarî tenê heta ku tu rûpelê bigirî dimînin.
safety-transparency-2 = Tiştê ku tu bersiv didî qet ji tu derê re nayê şandin. Tu çi bersiv bidî jî, rûpel tenê heman pelên ku ji bo herkesî tîne, tîne.
safety-transparency-intro = Bi xwe binêre: lîsteya li jêr her daxwaza ku rûpelê ji dema ku te ew vekiriye kiriye nîşan dide.
safety-transparency-empty = Rûpelê hîn tu daxwaz nekiriye.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Rûpelê daxwazek kiriye.
   *[other] Rûpelê { $count } daxwaz kirine.
}

## Help view (reachable without the questions)

help-title = Alîkarî bibîne
help-intro = Li vir xetên piştgiriyê ji bo tevahiya Swêdê û têkiliyên li şaredariya te hene. Tu bi xwe biryar didî ka tu bi kê re têkilî daynî û çi bibêjî.
help-emergency = Tu niha di xeterê de yî? Telefonî 112 bike.
help-not-sure = Tu dikarî telefon bikî, heta eger tu ne bawer î ku ev tundî ye jî. Bes e ku tu bi fikar bî an bixwazî biaxivî.

help-what-happens-title = Dema tu telefonî xeteke piştgiriyê dikî, ev diqewime
help-what-happens-1 = Kesek guh dide te û tiştê ku tu dibêjî ciddî digire.
help-what-happens-2 = Tu bi xwe biryar didî ka tu çi dixwazî bibêjî, û tu dikarî kengî bixwazî axaftinê biqedînî.
help-what-happens-3 = Gelek xetên piştgiriyê belaş in, û li gelekan tu dikarî bênav bimînî. Ev li ser her têkiliyê hatiye nivîsandin.
help-what-happens-4 = Gelek xetên piştgiriyê dikarin wergêr peyda bikin, da ku tu bikaribî bi zimanê xwe biaxivî.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = Hîn têkiliyên me yên taybet ji bo { $municipality } tune ne. Telefonî navenda şaredariyê (växel) bike û bixwaze ku bi socialtjänsten (karûbarên civakî yên şaredariyê) re biaxivî. Li derveyî demjimêrên kar, socialjouren (karûbarên civakî yên li derveyî demjimêrên kar) bixwaze, an heke lezgîn be telefonî 112 bike.

help-municipality-label = Şaredariya te
help-municipality-hint = Navê şaredariya xwe binivîse. Hilbijartina te di telefon an komputera te de dimîne û nayê tomarkirin. Rûpel têkiliyên hemû şaredariyan bi hev re tîne, ji ber vê yekê tu kes nikare bibîne ka te kîjan hilbijartiye.
help-municipality-no-match = Em şaredariyeke bi vî navî nabînin. Rastnivîsê kontrol bike an destpêka navî binivîse.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Te { $municipality } hilbijart.
help-municipality-change = Şaredariyê biguherîne

help-national-title = Piştgirî li tevahiya Swêdê
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Piştgirî li { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Telefonî { $number } bike
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = SMS bişîne { $number }
contact-chat = Çatê veke
contact-web = Malperê veke
contact-open-always = 24 saetan vekirî ye, her roj
contact-open-now = Niha vekirî ye
contact-closed-now = Niha girtî ye
contact-hours-unknown = Me nekarî demjimêrên vekirinê kontrol bikin.
contact-free = Belaş
contact-anonymous = Tu dikarî bênav bimînî
contact-interpreter = Wergêr dikare were peydakirin
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Tu dikarî bi { $languages } jî biaxivî.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Hat kontrolkirin: { $date }
contact-for-professionals = Ji bo karmendên pispor
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Ji bo: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Her roj
days-weekdays = Duşem–În
days-weekends = Şemî–Yekşem
days-mon = Duşem
days-tue = Sêşem
days-wed = Çarşem
days-thu = Pêncşem
days-fri = În
days-sat = Şemî
days-sun = Yekşem

## What kind of contact it is (short noun phrases)

kind-emergency = Hejmara acîl
kind-police = Polîs
kind-helpline = Xeta piştgiriyê
kind-social-services = Socialtjänsten (karûbarên civakî yên şaredariyê)
kind-social-services-on-call = Socialjouren (karûbarên civakî yên li derveyî demjimêrên kar)
kind-womens-shelter = Kvinnojour (navenda piştgiriyê ya jinan)
kind-girls-shelter = Tjejjour (piştgirî ji bo keç û jinên ciwan)
kind-mens-shelter = Mansjour (piştgirî ji bo mêran)
kind-youth-clinic = Ungdomsmottagning (navenda tenduristiyê ya ciwanan)
kind-perpetrator-programme = Piştgirî ji bo dev ji tundiyê berdanê
kind-victim-support = Piştgirî piştî tawanê
kind-health = Tenduristî û lênêrîn

## Who the contact is for (phrases after “For: …”)

audience-everyone = Herkes
audience-women = Jin
audience-men = Mêr
audience-trans = Kesên trans û ne-bînerî
audience-young = Ciwan
audience-children = Zarokên di bin 18 salî de
audience-honour = Kesên ku rastî tundî û zordestiya bi navê namûsê tên
audience-trafficking = Kesên ku seks difiroşin an rastî bazirganiya mirovan tên
audience-uses-violence = Kesên ku tundiyê bi kar tînin û dixwazin dev jê berdin
audience-worried-others = Kesên ku xema kesekî din dixwin
audience-professionals = Karmendên pispor

## Result: fixed parts

result-title = Bersivên te vê vedibêjin
result-intro = Tiştê ku te bersiv daye yek an çend cureyên tundiyê vedibêje. Li jêr tu dikarî bixwînî ka navê wan çi ye û li ku derê dikarî piştgiriyê bistînî.
result-none = Tu bersiva te tundî venegot. Dîsa jî, heke tu hîs dikî ku tiştek ne rast e, tu dikarî bi kesekî re biaxivî. Bawerî bi hesta xwe bîne.
result-none-rather-not-say = Te hilbijart ku tu bersiva hin pirsan nedî, û ev bi temamî normal e. Tu dîsa jî dikarî piştgiriyê bistînî, û tu bi xwe biryar didî ka tu çi bibêjî.

result-urgent-title = Heke tu niha di xeterê de yî, telefonî 112 bike
result-urgent-text = Bibêje tu li ku yî û çi diqewime. Telefon belaş e. Tu dikarî telefon bikî heta eger tu nikaribî bi azadî biaxivî jî. Wê demê telefonê daneyne û li ser xetê bimîne.
result-urgent-signs-intro = Em vê pêşî nîşan didin, ji ber ku bersivên te behsa tiştekî dikin ku dikare nîşaneke hişyariyê ya ciddî be:

result-not-your-fault = Tiştê ku bi te re diqewime ne sûcê te ye. Mafê tu kesî nîne ku zirarê bide te, gefan li te bixwe an te kontrol bike.
result-right-to-support = Mafê te heye ku tu ji socialtjänsten (karûbarên civakî yên şaredariyê) li şaredariya ku tu lê yî piştgiriyê bixwazî, tu ji ku derê hatibî jî û destûra te ya rûniştinê hebe an tunebe. Têkilîdanîna bi wan re ti xerc nîne.

result-what-happens-title = Heke ez têkilî daynim, dê çi biqewime?
result-what-happens-1 = Tu dikarî bi telefonkirina xeteke piştgiriyê dest pê bikî, da ku biaxivî û şîretan bistînî. Tu bi xwe biryar didî ka tu çi bibêjî.
result-what-happens-2 = Socialtjänsten (karûbarên civakî yên şaredariyê) dikare axaftinên piştgiriyê, alîkariya plankirina ewlehiya te, û heke divê tu bar bikî, alîkariya cihekî mayînê yê parastî bide te.
result-what-happens-3 = Tu dikarî gav bi gav biçî. Berî ku tu bêtir bibêjî, bi dilrehetî bipirse ka paşê dê çi biqewime.

result-contacts-title = Li vir tu dikarî piştgiriyê bistînî
result-show-local = Alîkariya nêzî min nîşan bide
result-start-over = Ji nû ve dest pê bike
result-start-over-hint = Her tiştê ku te bersiv daye tê jibîrkirin.

## Result: for someone who has hurt or frightened someone

result-used-intro = Bersivên te vedibêjin ku te hin tişt kirine ku dikarin zirarê bidin kesekî nêzî te an wî bitirsînin.
result-used-responsibility = Bersivdana van pirsan gaveke girîng e. Tundî hilbijartinek e, û tu dikarî hilbijêrî ku dev jê berdî. Ji bo vê alîkarî heye, bo nimûne Välj att sluta (xeta piştgiriyê ji bo kesên ku dixwazin dev ji tundiyê berdin) û socialtjänsten (karûbarên civakî) li şaredariya te.
result-used-urgent-text = Heke tu ditirsî ku tu niha zirarê bidî kesekî, an heke kesek di xeterê de be, telefonî 112 bike.

## Result: for someone who is worried about another person

result-worried-intro = Bersivên te vedibêjin ku dibe ku kesê ku tu xema wî dixwî rastî tundiyê tê. Li vir tu dikarî bêtir bixwînî û bibînî ka hem tu û hem ew li ku derê dikarin piştgiriyê bistînin.

## For someone who is worried about another person

worried-title = Heke tu xema kesekî dixwî
worried-intro = Baş e ku tu girîngiyê didî. Li vir nîşanên ku divê tu bala xwe bidî wan, şîretên li ser ka tu çawa dikarî pê re biaxivî, û cihên ku tu dikarî serî lê bidî hene.

worried-signs-title = Nîşanên ku divê tu bala xwe bidî wan
worried-signs-1 = Ew tirsiyayî, xemgîn an bi fikar xuya dike, û guheriye.
worried-signs-2 = Ew heval û malbatê wek berê nabîne, an nahêlin ku wan bibîne.
worried-signs-3 = Kesek her tim telefonî wî dike an peyaman jê re dişîne û dixwaze bizane ew li ku ye.
worried-signs-4 = Birînên wî hene ku naxwaze an nikare rave bike.
worried-signs-5 = Pereyên wî yên xwe tune ne, an pasaport an telefona wî li cem kesekî din e.
worried-signs-6 = Ew behsa zewacekê an rêwîtiyekê dike ku bi xwe hilnebijartiye.

worried-talk-title = Tu çawa dikarî dest bi axaftinê bikî
worried-talk-1 = Cihekî hilbijêre ku hûn bikaribin bi tenê û bi aramî biaxivin.
worried-talk-2 = Bibêje te çi dîtiye û ku tu girîngiyê didî wî. Bo nimûne tu dikarî bibêjî: «Min dît ku tu xemgîn xuya dikî. Tu çawa yî?»
worried-talk-3 = Bêyî dadbarkirinê guhdarî bike, û ji tiştê ku ji te re dibêje bawer bike.
worried-talk-4 = Bihêle ew bi xwe lezê diyar bike. Dibe ku wext bigire heta ku bixwaze bêtir bibêje.
worried-talk-5 = Jê re bibêje ku alîkarî heye, û pêşniyar bike ku dema ew telefon dike an têkilî datîne, tu li cem wî bî.

worried-dont-title = Tiştên ku divê tu nekî
worried-dont-1 = Bi kesê ku tundiyê bi kar tîne re rû bi rû nebe. Ev dikare rewşê ji bo kesê ku tu xema wî dixwî xeternaktir bike.
worried-dont-2 = Zextê lê neke ku bibêje an dev jê berde. Ew bi xwe çêtir dizane ka çi ewle ye.
worried-dont-3 = Heke tu guman dikî ku tundiya bi navê namûsê heye, bi malbat an xizman re têkilî daneyne. Ev dikare wî bixe xeterê.
worried-dont-4 = Nehêle ku kesek ji malbat, xizm an derdora wan wergerê bike. Wergêrekî ku malbatê nas nake bixwaze.
worried-dont-5 = Heke kesekî din bikaribe wan bixwîne, peyamên li ser tundiyê ji telefona wî re neşîne.

worried-over-time-title = Bi demê re li cem wî bimîne
worried-over-time-1 = Berdewam têkilî pê re dayne, heta eger ew niha naxwaze biaxive jî.
worried-over-time-2 = Normal e ku mirov çend caran biçe û vegere. Bêyî dadbarkirinê nîşan bide ku tu hîn li wir î.
worried-over-time-3 = Li xwe jî binêre. Gelek xetên piştgiriyê telefonên kesên ku xema kesekî din dixwin jî qebûl dikin.

worried-child-title = Heke tu xema zarokekî dixwî
worried-child-1 = Her kes dikare orosanmälan (raporeke fikarê) bide socialtjänsten (karûbarên civakî) yên şaredariya ku zarok lê dijî. Ne hewce ye ku tu bawer bî. Bes e ku tu bi fikar bî.
worried-child-2 = Wek kesekî taybet tu dikarî dema rapor didî bênav bimînî. Socialtjänsten (karûbarên civakî) lêdikole ka rewşa zarok çawa ye.
worried-child-3 = Kesên ku bi zarokan re dixebitin, bo nimûne li dibistanê, di tenduristiyê de an li socialtjänsten, mecbûr in rapor bidin.

## School staff page

staff-title = Ji bo te ku li dibistanê dixebitî
staff-intro = Vägvisaren alîkariya ciwanan dike ku bi xwe fêr bibin ka tiştê ku ew tê re derbas dibin tundî ye an na, û li ku derê dikarin alîkariyê bistînin. Li vir tu dikarî bixwînî ka tu çawa dikarî piştgiriyê bidî xwendekarekî.
staff-load-failed = Rûpel nehat barkirin. Girêdana xwe kontrol bike û dîsa biceribîne.
staff-what-1 = Amûr li ser hevjîn, malbat û xizman, li ser zexta ji bo firotina seksê, û li ser ka kes bi xwe zirar gihandiye kesekî, pirsan dike. Kesên di bin 18 salî de pirsên hêsantir distînin.
staff-what-2 = Bersiv nîşan didin ka dibe ku behsa kîjan cureyên tundiyê be, gelo divê xwendekar yekser telefonî 112 bike, û kîjan xetên piştgiriyê û têkilî guncaw in.
staff-what-3 = Tiştek nayê tomarkirin an şandin. Ne tu û ne jî dibistan dikare bibîne ka xwendekar çi bersiv daye.

staff-talk-title = Axaftina bi ciwanekî re ku dibe ku rastî tundiyê tê
staff-talk-1 = Bi aramî guhdarî bike, li cihekî ku kes we aciz neke. Bihêle xwendekar bi gotinên xwe bibêje.
staff-talk-2 = Ji tiştê ku xwendekar dibêje bawer bike, û bibêje ku baş bû ku wî ji te re got. Ev qet ne sûcê wî ye.
staff-talk-3 = Soz nede ku tu wê veşêrî. Bi durustî bibêje ku dibe ku divê tu rapor bidî socialtjänsten (karûbarên civakî), û çima.
staff-talk-4 = Heke tu guman dikî ku tundiya bi navê namûsê heye, bi malbatê re têkilî daneyne. Ev dikare xwendekar bixe xeterê.
staff-talk-5 = Wergêrekî ji malbatê an ji tora wan bi kar neyne. Wergêrekî pispor rezerv bike, bo nimûne wergêrekî bi telefonê ji bajarekî din, û ji xwendekar bipirse ka ew bi wergêr re xwe ewle hîs dike.
staff-talk-6 = Tiştê ku xwendekar got binivîse, bi gotinên xwendekar bi xwe, û kengê hat gotin. Şiroveyên xwe wek rastiyan nenivîse.

staff-same-day-title = Heman rojê
staff-same-day-1 = Heman rojê rapor bide socialtjänsten (karûbarên civakî). Ji bo ku tu bêtir fêr bibî li bendê nemîne.
staff-same-day-2 = Ji rêveberê dibistanê an tîma tenduristiya xwendekaran (elevhälsan) re bibêje. Ji bîr neke ku erka raporkirinê dîsa jî erka te bi xwe ye.
staff-same-day-3 = Heke xwendekar di xeterê de be an newêre biçe malê, yekser telefonî socialtjänsten (karûbarên civakî) bike. Li derveyî demjimêrên kar telefonî socialjouren (karûbarên civakî yên li derveyî demjimêrên kar) bike, an heke lezgîn be telefonî 112 bike.

staff-duty-title = Erka raporkirinê (anmälningsplikt)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Her kesê ku li dibistanê dixebite mecbûr e ku yekser rapor bide socialtjänsten (karûbarên civakî), heke bizane an guman bike ku zarokek zirarê dibîne. Ev di socialtjänstlagen (Qanûna karûbarên civakî, SFS 2025:400) de hatiye nivîsandin.
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Guman bes e. Ne hewce ye ku delîlên te hebin. Socialtjänsten (karûbarên civakî) lêkolînê dike.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Ev erk kesane ye. Tu nikarî wê radestî rêveber, şêwirmendê dibistanê (kurator) an kesekî din bikî.
staff-duty-4 = Rapor bide socialtjänsten (karûbarên civakî) yên şaredariya ku zarok lê dijî. Tu dikarî telefon bikî an binivîsî. Li derveyî demjimêrên kar telefonî socialjouren (karûbarên civakî yên li derveyî demjimêrên kar) bike, an heke lezgîn be telefonî 112 bike.

staff-lines-title = Xetên piştgiriyê ji bo karmendên pispor
staff-lines-intro = Li vir tu dikarî şîretan bistînî, bo nimûne li ser ka tu çawa berdewam bikî piştî ku xwendekarekî tiştek ji te re gotiye.

staff-builder-title = Girêdanek û posterek çêke
staff-builder-intro = Şaredarî û zimanan hilbijêre. Ew di girêdanê de û li ser posterê xuya dikin, û tiştekî din na.
staff-builder-municipality = Şaredarî
staff-builder-languages = Ziman (yek, du an sê hilbijêre)
staff-builder-youth = Pirsên ji bo ciwanan rasterast veke
staff-builder-link-label = Girêdana ji bo parvekirinê
staff-builder-copy = Girêdanê kopî bike
staff-builder-copied = Girêdan hat kopîkirin.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = Koda QR ku diçe { $link }
staff-builder-print = Posterê çap bike
staff-builder-too-many-languages = Tu dikarî herî zêde sê zimanan hilbijêrî.

## The poster (printed in several languages side by side)

poster-title = Gelo li malê an bi hevjînê te re tiştek diqewime ku te bi fikar dixe?
poster-line = Kodê skan bike. Tiştek nayê tomarkirin. Tu bi xwe hildibijêrî ka çi bersiv bidî.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Tu di bin 18 salî de yî? Tu dikarî li ser { $number } telefonî Bris (xeta piştgiriyê ji bo zarok û ciwanan) bikî.
poster-emergency = Tu niha di xeterê de yî? Telefonî 112 bike.

## About Vägvisaren

about-title = Derbarê Vägvisaren de
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren amûreke serbixwe ye, ne dezgeheke dewletê ye. Em nikarin raporan qebûl bikin an bersiva pirsên li ser rewşa te bidin.
about-free = Vägvisaren belaş e. Ne hewce ye ku tu têkevî (log in) an bibêjî tu kî yî.
about-private = Tiştê ku tu bersiv didî nayê tomarkirin û nayê şandin. Server tu qeydan li ser kesên ku serdana rûpelê dikin nahêle.
about-contacts-title = Em têkiliyan çawa kontrol dikin
about-contacts-1 = Ji bo her hejmar û demjimêra vekirinê çavkaniyek heye, bo nimûne malpera xeta piştgiriyê bi xwe, û dîrokek ku me tê de kontrol kiriye.
about-contacts-2 = Em qet hejmarekê nîşan nadin ku tu çavkanî wê nabêje. Heke tiştek guheriye, tiştê ku li ser malpera xeta piştgiriyê bi xwe hatiye nivîsandin derbasdar e.
about-languages-title = Ziman
about-languages-intro = Nivîs pêşî bi swêdî tên nivîsandin û paşê tên wergerandin. Em di her zimanî de heta vir hatine:
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = zimanê çavkaniyê
status-reviewed = hatiye wergerandin û ji aliyê kesekî ku zimanê wî yê dayikê ye ve hatiye kontrolkirin
status-unreviewed = hatiye wergerandin, lê hîn nehatiye kontrolkirin

## Navigation

nav-start-questions = Dest bi pirsan bike
nav-help = Alîkarî bibîne
nav-safety = Ewlehiya te
nav-staff = Ji bo karmendên dibistanê
nav-about = Derbarê rûpelê de
nav-back = Paşve
nav-next = Pêşve
nav-home = Rûpela sereke

## Safety page, added by the UI

safety-transparency-refresh = Lîsteyê nû bike
