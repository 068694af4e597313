# Vägvisaren — the questions and the result.
# Fetched when someone starts the questions, together with main.ftl: the same file for everyone.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Questions: partner or ex

q-partner-put-down = Gelo kesê ku tu pê re yî an berê pê re bûyî dijûnan bi te dike, tinazên xwe bi te dike an wisa dike ku tu xwe bêqîmet hîs bikî?
q-partner-put-down-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî gotinên kirêt ji te re dibêje, tinazên xwe bi te dike an wisa dike ku tu xwe xirab hîs bikî?
q-partner-isolate = Gelo kesê ku tu pê re yî an berê pê re bûyî biryarê dide ka tu dikarî kê bibînî, biçî ku derê an çi li xwe bikî?
q-partner-isolate-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî biryarê dide ka tu dikarî kîjan hevalan hebî, biçî ku derê an çi li xwe bikî?
q-partner-phone = Gelo kesê ku tu pê re yî an berê pê re bûyî peyamên te dixwîne, şîfreyên te dixwaze an telefona te kontrol dike?
q-partner-phone-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî bi israr dixwaze telefona te, peyamên te an şîfreyên te bibîne, an bizane ka tu li ku yî?
q-partner-follow = Gelo kesê ku tu pê re yî an berê pê re bûyî li pey te tê, li cihê ku tu lê yî xuya dibe, an bi sepanekê (app) an parvekirina cih (location sharing) ya ku te qebûl nekiriye dişopîne ka tu li ku yî?
q-partner-follow-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî li pey te tê, an li cihê ku tu lê yî xuya dibe, her çend tu naxwazî jî?
q-partner-images = Gelo kesê ku tu pê re yî an berê pê re bûyî wêne an vîdyoyên te yên ku tu naxwazî kesên din bibînin belav kirine, an gef xwariye ku wan belav bike?
q-partner-images-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî wêne an vîdyoyên te yên ku tu naxwazî kesên din bibînin belav kirine, an gef xwariye ku wan belav bike?
q-partner-nudes = Gelo kesê ku tu pê re yî an berê pê re bûyî bi israr ji te xwestiye, zext li te kiriye an tu xapandî, da ku tu wêneyên tazî an wêneyên seksî bişînî?
q-partner-older = Gelo kesê ku tu pê re yî an berê pê re bûyî 18 salî an mezintir e, an ji te gelek mezintir e?
q-partner-money = Gelo kesê ku tu pê re yî an berê pê re bûyî pereyên te distîne, an wan wisa kontrol dike ku tu bi xwe nikarî wan bi kar bînî?
q-partner-money-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî pereyên te distîne, an biryarê dide ka tu dikarî çi bikirî?
q-partner-debt = Gelo kesê ku tu pê re yî an berê pê re bûyî bi navê te deyn an kredî girtiye, an nehiştiye ku tu bixebitî an bixwînî?
q-partner-debt-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî nehiştiye ku tu biçî dibistanê, an wisa kiriye ku tu jê re tiştan bikirî an pere deyn bikî?
q-partner-break = Gelo kesê ku tu pê re yî an berê pê re bûyî tiştên te şikandine, avêtine an birine?
q-partner-break-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî tiştên te xera kirine, avêtine an birine?
q-partner-pets = Gelo kesê ku tu pê re yî an berê pê re bûyî zirar gihandiye heywanekî ku tu jê hez dikî, an gef xwariye ku zirarê bigihîne wî?
q-partner-pets-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî zirar gihandiye heywanekî ku tu jê hez dikî, an gef xwariye ku zirarê bigihîne wî?
q-partner-threats = Gelo kesê ku tu pê re yî an berê pê re bûyî gefan li te dixwe, bo nimûne ku zarokan ji te bistîne, ji kesên din re behsa meyla te ya cinsî an nasnameya te ya zayendî bike, an wisa bike ku tu neçar bibî ji Swêdê derkevî?
q-partner-threats-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî gefan li te dixwe, bo nimûne ku tiştan li ser te belav bike, an ji kesên din re bibêje ku tu gay, bî an trans î?
q-partner-hit = Gelo kesê ku tu pê re yî an berê pê re bûyî li te xistiye, pal li te daye, pehîn li te daye an tu bi zorê girtî?
q-partner-hit-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî li te xistiye, pal li te daye, pehîn li te daye an tu bi zorê girtî?
q-partner-neck = Gelo kesê ku tu pê re yî an berê pê re bûyî tu xeniqandî, stûyê te girtiye an qirika te guvaştiye, wisa ku nefesgirtin ji te re zehmet bûye?
q-partner-neck-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî tu xeniqandî, stûyê te girtiye an wisa kiriye ku nefesgirtin ji te re zehmet bibe?
q-partner-weapon = Gelo kesê ku tu pê re yî an berê pê re bûyî bi kêr, çek an tiştekî din ê ku dikare zirarê bide, gef li te xwariye?
q-partner-weapon-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî bi kêr an tiştekî din ê ku dikare zirarê bide, gef li te xwariye?
q-partner-kill = Gelo kesê ku tu pê re yî an berê pê re bûyî gef xwariye ku te an kesekî nêzî te bikuje?
q-partner-kill-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî gotiye ku ew ê te an kesekî ku tu jê hez dikî bikuje?
q-partner-worse = Gelo di sala dawî de tundî an gef xirabtir bûne, an pirtir qewimîne?
q-partner-worse-youth = Gelo tiştê ku ew bi te dike di van demên dawî de xirabtir bûye, an pirtir diqewime?
q-partner-jealous = Gelo kesê ku tu pê re yî an berê pê re bûyî bi awayekî ku te ditirsîne hesûd e, bo nimûne te bi xiyanetê tawanbar dike, dema tu kesên din dibînî hêrs dibe, an dibêje ku tu kesê din nikare bi te re be?
q-partner-jealous-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî ewqas hesûd e ku tu ditirsî, bo nimûne dema tu bi kesên din re diaxivî hêrs dibe, an dibêje ku tu kesê din nikare bi te re be?
q-partner-pregnant = Heke tu ducanî bûyî: gelo kesê ku tu pê re yî an berê pê re bûyî di dema ducaniyê de li te xistiye an zirar gihandiye te?
q-partner-pregnant-youth = Heke tu ducanî bûyî: gelo kesê ku tu pê re yî an berê pê re bûyî wê demê li te xistiye an zirar gihandiye te?
q-partner-sex = Gelo kesê ku tu pê re yî an berê pê re bûyî tu ji bo seks an kiryarên cinsî yên ku te nedixwestin neçar kirî an zext li te kiriye, an tu ji ber tirsê bi seksê razî bûyî?
q-partner-sex-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî tu neçar kirî, zext li te kiriye an bi israr ji te xwestiye ku tu tiştekî cinsî yê ku te nedixwest bikî?
q-partner-care = Heke di jiyana rojane de hewcedariya te bi alîkariyê hebe: gelo kesê ku tu pê re yî an berê pê re bûyî xwarin, derman an alîkariya din a ku tu hewce dikî ji te qut kiriye?
q-partner-aids = Gelo kesê ku tu pê re yî an berê pê re bûyî amûrên te yên alîkariyê, berçavk, derman, hormon an telefona te ji te girtine, wisa ku tu nikaribî bi serê xwe karên xwe bikî an alîkariyê bixwazî?
q-partner-children-see = Heke li malê zarok hebin: gelo wan tundî an gefên li dijî te dîtine an bihîstine, an ew tirsiyane dema ku kesê ku tu pê re yî an berê pê re bûyî hêrs bûye?
q-partner-children-threat = Gelo kesê ku tu pê re yî an berê pê re bûyî gef xwariye ku zirarê bide zarokan, an wan birevîne, bo nimûne bo derveyî welêt?
q-partner-suicide-self = Gelo tu bi xwe difikirî ku dawî li jiyana xwe bînî?
q-partner-suicide-self-youth = Gelo qet hatiye bîra te ku tu dixwazî bimirî, an ku dawî li jiyana xwe bînî?
q-partner-afraid = Gelo tu ji kesê ku tu pê re yî an berê pê re bûyî ditirsî, heta dema ku ew wê gavê tiştekî nake jî?
q-partner-afraid-youth = Gelo tu ji kesê ku tu pê re yî an berê pê re bûyî ditirsî?
q-partner-careful = Gelo tu gelek caran difikirî ka tu çi dibêjî û çi dikî, da ku kesê ku tu pê re yî an berê pê re bûyî hêrs nebe?
q-partner-careful-youth = Gelo tu gelek caran difikirî ka tu çi dibêjî û çi dikî, da ku kesê ku tu pê re yî an berê pê re bûyî hêrs nebe?
q-partner-leaving = Gelo te di van demên dawî de dev ji kesê ku tu pê re bûyî berdaye, an tu difikirî dev jê berdî, û tu ditirsî ka wê demê ew ê çi bike?
q-partner-leaving-youth = Gelo te di van demên dawî de dawî li têkiliyê aniye, an tu dixwazî dawî lê bînî, û tu ditirsî ka wê demê kesê din dê çi bike?
q-partner-could-kill = Gelo tu difikirî ku kesê ku tu pê re yî an berê pê re bûyî dikare te bikuje?
q-partner-could-kill-youth = Gelo tu difikirî ku kesê ku tu pê re yî an berê pê re bûyî dikare te bikuje?
q-partner-weapon-home = Gelo çekên kesê ku tu pê re yî an berê pê re bûyî li malê hene, bo nimûne çekên nêçîrê, an ew dikare bi hêsanî çekan bi dest bixe?
q-partner-weapon-home-youth = Gelo çekên kesê ku tu pê re yî an berê pê re bûyî hene, an ew dikare bi hêsanî çekan bi dest bixe?
q-partner-suicide-threat = Gelo kesê ku tu pê re yî an berê pê re bûyî gef xwariye ku dawî li jiyana xwe bîne, bo nimûne heke tu dev jê berdî?
q-partner-suicide-threat-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî gotiye ku ew ê dawî li jiyana xwe bîne heke tu dawî li têkiliyê bînî an tiştê ku ew dixwaze nekî?
q-partner-contact-ban = Gelo kesê ku tu pê re yî an berê pê re bûyî bi te re têkilî daniye an hatiye cem te, her çend kontaktförbud (qedexeya têkiliyê) jê re hatibe dayîn jî?
q-partner-contact-ban-youth = Gelo kesê ku tu pê re yî an berê pê re bûyî bi te re têkilî daniye, her çend ev jê re hatibe qedexekirin jî?
## Questions: family or relatives

q-family-collective = Gelo çend kes ji malbat an xizmên te bi hev re biryarê didin ka divê tu çawa bijî?
q-family-collective-youth = Gelo ji bilî dê û bavê te kesên din jî, wek xwişk û bira an xizm, li ser jiyana te biryarê didin?
q-family-friends = Gelo malbat an xizmên te biryarê didin ka tu dikarî bi kê re hevaltiyê bikî, çawa cil li xwe bikî an di dema xwe ya vala de çi bikî?
q-family-friends-youth = Gelo di warê hevalan, cilan an dema vala de azadiya te ji ya kesên din ên di temenê te de kêmtir e, ji ber ku malbata te ji gotinên xelkê an ji navûdengê malbatê bi fikar e?
q-family-school = Gelo malbat an xizmên te nahêlin ku tu bixwînî, bixebitî an bi xwe perwerdeya xwe hilbijêrî?
q-family-school-youth = Gelo malbata te nahêle ku tu beşdarî hin dersan bibî, bo nimûne dersa seks û têkiliyan an avjenî, an beşdarî gerên dibistanê bibî, ji ber ku ew dibînin ku ev şaş an şerm e?
q-family-love = Gelo malbat an xizmên te biryarê didin ka tu dikarî ji kê hez bikî û bi kê re bî, an gelo tu dikarî bi eşkereyî bibêjî ku tu kî yî?
q-family-love-youth = Gelo malbata te biryarê dide ka dema tu mezin bibî tu dikarî ji kê hez bikî an bi kê re bî, an nahêle ku tu bi eşkereyî bibêjî tu kî yî?
q-family-phone = Gelo kesek ji malbat an xizmên te telefon an peyamên te kontrol dike da ku bibîne tu bi kê re diaxivî?
q-family-phone-youth = Gelo kesek ji malbata te telefona te kontrol dike da ku bibîne tu bi kê re diaxivî?
q-family-siblings = Gelo xwişk û bira, pismam û dotmam (zarokên maman, metan, xalan an xaltiyan) an xizmên din te dişopînin û ji malbatê re dibêjin ka tu çi dikî?
q-family-siblings-youth = Gelo xwişk û birayên te an pismam û dotmamên te (zarokên maman, metan, xalan an xaltiyan) li dibistanê an li bajêr te dişopînin û ji malbatê re dibêjin?
q-family-virginity = Gelo malbat an xizmên te dixwazin ku tu heta zewacê bakîre bimînî, an kontrol dikin ka tu hîn bakîre yî?
q-family-virginity-youth = Gelo malbata te dibêje ku divê tu heta zewacê bakîre bî, yanî te seks nekiribe?
q-family-marriage = Gelo malbat an xizmên te zextê li te dikin ku tu bi kesekî ku te bi xwe hilnebijartiye re bidestgirtî bibî an bizewicî – heta eger tenê bi awayê olî an di nav xizman de be jî – an ev yek berê li dijî daxwaza te qewimiye?
q-family-marriage-youth = Gelo malbata te dixwaze ku tu bidestgirtî bibî an bizewicî, heta eger tenê bi awayê olî an bi «soza zewacê» be jî, her çend tu bi xwe naxwazî, an tu berê hatiyî zewicandin?
q-family-abroad = Gelo kesekî gotiye ku tu yê li dijî daxwaza xwe bo welatekî din bêyî şandin an birin, an rêwîtiyek tê plankirin ku te bi fikar dixe?
q-family-abroad-youth = Gelo kesekî gotiye ku tu yê bo welatekî din bêyî şandin, an hûn ê biçin rêwîtiyekê ku te bi fikar dixe?
q-family-disown = Gelo kesekî gef xwariye ku heke tu wek ku ew dixwazin nekî, malbat dê te ji xwe biavêje an têkiliya xwe bi te re qut bike?
q-family-disown-youth = Gelo kesekî gotiye ku heke tu wek ku ew dibêjin nekî, malbat êdî te naxwaze?
q-family-partner-threat = Gelo kesekî ji malbat an xizmên te gef li kesê ku tu pê re yî, an li kesê ku tu dixwazî pê re bî, xwariye?
q-family-partner-threat-youth = Gelo kesekî ji malbata te gef li kesê ku tu pê re yî an jê hez dikî xwariye?
q-family-honour-before = Gelo berê kesek ji malbat an xizmên te hatiye êşandin, gef lê hatine xwarin, bi zorê hatiye zewicandin an hatiye şandin cihekî din, ji ber ku wek ku malbatê dixwest nejiyaye?
q-family-honour-before-youth = Gelo tiştek hatiye serê xwişkekê, birayekî, pismamekî an dotmamekê (zarokên maman, metan, xalan an xaltiyan) an kesekî din ê malbatê, ji ber ku tiştê ku malbatê dixwest nekiriye, bo nimûne ku ew hatiye êşandin an hatiye şandin cihekî din?
q-family-cutting = Gelo kesekî gotiye ku dê organên te yên zayendî bêne qutkirin (könsstympning) – carinan jê re «sinetkirina keçan» an «paqijkirin» tê gotin – yanî ku kesek dê ji organa te ya zayendî bibire, an ev yek berê bi te re qewimiye?
q-family-put-down = Gelo kesek ji malbat an xizmên te dijûnan bi te dike, tinazên xwe bi te dike an dibêje tu bêqîmet î?
q-family-put-down-youth = Gelo kesek ji malbata te gelek caran gotinên xerab ji te re dibêje, wisa li te diqîre ku tu ditirsî, an dibêje ku tu bêqîmet î?
q-family-money = Gelo malbat, xizm an kesekî ku alîkariya te dike meaş, teqawîdî, alîkariyên aborî an pereyên te distînin, an pereyên ku tu hewce dikî ji te digirin da ku te kontrol bikin?
q-family-money-youth = Gelo kesek ji malbata te pereyên te yên xwe distîne, an pere ji bo tiştên ku bi rastî hewcedariya te pê heye, wek xwarin, karta otobûsê an cil, nadin te?
q-family-break = Gelo kesekî ji malbat an xizmên te tiştên te şikandine, avêtine an birine?
q-family-break-youth = Gelo kesekî ji malbata te dema hêrs bû tiştên te şikandine an xera kirine, wisa ku tu tirsiyayî?
q-family-online = Gelo kesekî ji malbat an xizmên te li ser înternetê wêne, vîdyo an gotegotên li ser te belav kirine, an gef xwariye ku belav bike?
q-family-online-youth = Gelo kesekî ji malbata te wêne an tiştên li ser te li înternetê parve kirine, an gef xwariye ku wisa bike?
q-family-tracking = Gelo kesek ji malbat an xizmên te li pey te tê, an bi sepanekê dişopîne ka tu li ku yî, her çend tu naxwazî jî?
q-family-tracking-youth = Gelo kesek ji malbata te li pey te tê, an her tim kontrol dike ka tu li ku yî, bi awayekî ku te ditirsîne an nahêle ku tu jiyana xwe bijî?
q-family-hit = Gelo kesekî ji malbat an xizmên te li te xistiye, pal li te daye, pehîn li te daye an tu bi zorê girtî?
q-family-hit-youth = Gelo kesekî ji malbata te li te xistiye, pal li te daye, porê te kişandiye an tu bi zorê girtî?
q-family-neck = Gelo kesekî ji malbat an xizmên te tu xeniqandî, stûyê te girtiye an qirika te guvaştiye, wisa ku nefesgirtin ji te re zehmet bûye?
q-family-neck-youth = Gelo kesekî ji malbata te tu xeniqandî, stûyê te girtiye an wisa kiriye ku nefesgirtin ji te re zehmet bibe?
q-family-weapon = Gelo kesekî ji malbat an xizmên te bi kêr, çek an tiştekî din ê ku dikare zirarê bide, gef li te xwariye?
q-family-weapon-youth = Gelo kesekî ji malbata te bi kêr an tiştekî din ê ku dikare zirarê bide, gef li te xwariye?
q-family-kill = Gelo kesekî ji malbat an xizmên te gef xwariye ku te an kesekî nêzî te bikuje?
q-family-kill-youth = Gelo kesekî ji malbata te gotiye ku ew ê te an kesekî ku tu jê hez dikî bikuje?
q-family-worse = Gelo di sala dawî de tundî an gef xirabtir bûne, an pirtir qewimîne?
q-family-worse-youth = Gelo tiştên ku li malê diqewimin di van demên dawî de xirabtir bûne, an pirtir diqewimin?
q-family-could-kill = Gelo tu difikirî ku kesek ji malbat an xizmên te dikare te bikuje?
q-family-could-kill-youth = Gelo tu difikirî ku kesek ji malbata te dikare te bikuje?
q-family-weapon-home = Gelo li mala malbata te çek hene, bo nimûne çekên nêçîrê, an kesê ku gefan li te dixwe dikare bi hêsanî çekan bi dest bixe?
q-family-weapon-home-youth = Gelo li malê çek hene, an kesek ji malbata te dikare bi hêsanî çekan bi dest bixe?
q-family-contact-ban = Gelo kesekî ji malbat an xizmên te bi te re têkilî daniye an hatiye cem te, her çend kontaktförbud (qedexeya têkiliyê) jê re hatibe dayîn jî?
q-family-sex-touch = Gelo kesekî ji malbat an xizmên te bi awayekî cinsî dest li te daye, an tiştên cinsî yên ku te nedixwestin ji te re gotine an nîşanî te dane?
q-family-sex-touch-youth = Gelo kesekî ji malbat an xizmên te bi awayekî ku ji te re şaş xuya kir dest li laşê te daye, an wêneyên cinsî nîşanî te dane?
q-family-sex-forced = Gelo kesekî ji malbat an xizmên te tu ji bo seks an kiryarên cinsî neçar kirî, an zext li te kiriye?
q-family-sex-forced-youth = Gelo kesekî ji malbat an xizmên te tu neçar kirî ku tiştekî cinsî bikî?
q-family-care = Heke di jiyana rojane de hewcedariya te bi alîkariyê hebe: gelo ew kesê ji malbata te yê ku divê alîkariya te bike, xwarin, derman an alîkarî nedaye te, an tu ji bo demeke dirêj bi tenê hiştî, her çend tu nikarî bi serê xwe karên xwe bikî?
q-family-care-youth = Gelo carinan dibe ku tu bê xwarin, bê cilên paqij an dema tu nexweş î bê alîkarî bimînî, an ji bo demeke dirêj li malê bi tenê bêyî hiştin?
q-family-carer = Heke kesek di jiyana rojane de alîkariya te dike, bo nimûne alîkarekî kesane (personlig assistent) an kesekî ji hemtjänsten (xizmeta alîkariyê ya li malê): gelo wî kesî zirar gihandiye te, gef li te xwariye an heqaret li te kiriye, pereyên te birine an alîkariya te nekiriye?
q-family-children-see = Gelo di malbatê de zarok hene ku li malê tundî an gefan dibînin an dibihîsin?
q-family-children-see-youth = Gelo te an xwişk û birayên te dîtiye an bihîstiye ku kesek ji malbata te li kesekî din dixe an gefan lê dixwe?
q-family-children-threat = Gelo kesekî ji malbat an xizmên te gef xwariye ku zirarê bide zarokên malbatê, an wan birevîne?
q-family-children-threat-youth = Gelo kesekî ji malbata te gef xwariye ku zirarê bide xwişk û birayên te an zarokên din ên malbatê?
q-family-suicide-self = Gelo tu bi xwe difikirî ku dawî li jiyana xwe bînî?
q-family-suicide-self-youth = Gelo qet hatiye bîra te ku tu dixwazî bimirî, an ku dawî li jiyana xwe bînî?
q-family-afraid = Gelo tu ji kesekî ji malbat an xizmên xwe ditirsî, an ji tiştê ku dema tu vedigerî malê diqewime?
q-family-afraid-youth = Gelo tu ji kesekî ji malbata xwe ditirsî, an ji çûna malê ditirsî?
## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Gelo kesek zextê li te dike an te neçar dike ku tu seks bifiroşî, yanî li hember pereyan bi kesên din re seks bikî?
q-exploit-sell-sex-youth = Gelo kesekî wisa kiriye ku tu li hember pere, tişt, madeyên hişbir an cihekî razanê seks an tiştên cinsî bikî?
q-exploit-job-promise = Gelo tu bi sozên kar, meaş an cihê mayînê hatî vir an te dest bi kar kir, û paşê ev soz ne rast derketin?
q-exploit-job-promise-youth = Gelo kesekî soza pere, kar an tiştekî din daye te, û paşê ji te xwestiye ku tu tiştên ku te nedixwestin bikî?
q-exploit-sex-control = Gelo kesekî din biryarê dide ka tu kengê, li ku derê an bi kê re li hember pereyan seks bikî, an kesekî din pereyan distîne?
q-exploit-sex-control-youth = Gelo kesekî din biryarê dide ka tu kengê û bi kê re tiştên cinsî bikî, an kesek tiştê ku tu ji bo wê distînî ji te digire?
q-exploit-work = Gelo tu ji ya ku we li ser li hev kiribû gelek zêdetir dixebitî, an meaşeke pir kêm distînî an qet meaş nastînî?
q-exploit-work-youth = Gelo kesek wisa dike ku tu ji bo wan bixebitî an karên wan bikî, bê pere an ji ber ku tu ditirsî?
q-exploit-begging-crime = Gelo kesek te neçar dike an zextê li te dike ku tu parsê bikî, diziyê bikî, madeyên hişbir bifiroşî an tawanên din bikî?
q-exploit-begging-crime-youth = Gelo kesek wisa dike ku tu ji bo wan madeyên hişbir bifiroşî, diziyê bikî, tiştan veşêrî an tawanên din bikî?
q-exploit-wage = Gelo kesekî din meaş an pereyên te distîne, an biryarê dide ka tu dikarî çi bikirî?
q-exploit-wage-youth = Gelo kesek pereyên ku tu distînî ji te digire, an biryarê dide ka tu dikarî çi bikirî?
q-exploit-living = Gelo tu li cihê ku lê dixebitî, an li cihê ku kesekî din diyar dike, dimînî, bêyî ku bikaribî kengî bixwazî ji wir bar bikî?
q-exploit-living-youth = Gelo divê tu li cihê ku kesekî din diyar dike bimînî an razê, bêyî ku bikaribî kengî bixwazî ji wir biçî?
q-exploit-moved = Gelo kesek te di navbera xanî, bajar an welatên cuda de bar dike, bêyî ku tu bi xwe biryarê bidî?
q-exploit-moved-youth = Gelo kesek te dişîne an bi erebeyê dibe cih, xanî an bajarên cuda, bêyî ku tu bi xwe biryarê bidî?
q-exploit-debt = Gelo kesek dibêje ku tu deyndarê wan î, bo nimûne ji bo rêwîtiyê, cihê mayînê an kar, û divê tu vî deynî bi xebatê bidî?
q-exploit-debt-youth = Gelo kesek dibêje ku tu pere an qencî deyndarê wan î, û divê tu bi kirina tiştan ji bo wan vegerînî?
q-exploit-debt-grows = Gelo deyn her tim mezin dibe, bo nimûne bi cezayên pereyan, kirê an xercan, wisa ku tu qet jê xilas nabî?
q-exploit-debt-grows-youth = Gelo ew dibêjin ku deynê te her ku diçe zêdetir dibe, wisa ku tu qet jê xilas nabî?
q-exploit-papers = Gelo kesekî pasaport, nasname an destûra rûniştinê ya te girtiye û naxwaze paşde bide?
q-exploit-papers-youth = Gelo kesekî pasaport an nasnameya te girtiye û naxwaze paşde bide?
q-exploit-accounts = Gelo kesekî din BankID, peyman an belgeyên din ên bi navê te kontrol dike, wisa ku tu bi xwe nikarî wan bi kar bînî?
q-exploit-accounts-youth = Gelo karta bankê, BankID an telefona te di destê kesekî din de ye, wisa ku tu bi xwe nikarî wan bi kar bînî?
q-exploit-locked = Gelo kesek nahêle ku tu bi tenê derkevî derve, kê bixwazî bibînî an bi malbata xwe re biaxivî?
q-exploit-locked-youth = Gelo kesek nahêle ku tu bi tenê derkevî derve, hevalên xwe bibînî an bi malbata xwe re biaxivî?
q-exploit-sextortion = Gelo kesekî gef xwariye ku wêne an vîdyoyên te yên cinsî belav bike heke tu pere nedî, wêneyên zêdetir neşînî an tiştê ku ew dibêje nekî?
q-exploit-sextortion-youth = Gelo kesekî gef xwariye ku wêne an vîdyoyên te belav bike heke tu yên din neşînî, pere nedî an tiştê ku ew dibêje nekî?
q-exploit-grooming = Gelo kesekî ku tu tenê ji înternetê nas dikî, û dibe ku ji te mezintir be, wêneyên cinsî ji te xwestine, bi te re behsa seksê kiriye an xwestiye bi dizî te bibîne?
q-exploit-phone = Gelo kesek telefona te digire, peyamên te dixwîne an dişopîne ka tu li ku yî?
q-exploit-phone-youth = Gelo kesek telefona te digire, peyamên te dixwîne an kontrol dike ka tu li ku yî?
q-exploit-online = Gelo kesekî bêyî ku te bi xwe biryar dabe, reklam, wêne an vîdyoyên te li ser înternetê belav kirine?
q-exploit-online-youth = Gelo kesekî bêyî ku te biryar dabe, wêne, vîdyo an reklamên li ser te li înternetê belav kirine?
q-exploit-authorities = Gelo kesekî gotiye ku heke tu tiştekî bibêjî, polîs an dezgehên dewletê dê te ceza bikin an te ji welêt derxînin?
q-exploit-authorities-youth = Gelo kesekî gotiye ku heke tu tiştekî bibêjî, polîs an socialtjänsten (karûbarên civakî) dê te ceza bikin?
q-exploit-sex-forced = Gelo kesekî tu ji bo seks an kiryarên cinsî yên ku te nedixwestin neçar kirî?
q-exploit-sex-forced-youth = Gelo kesekî tu neçar kirî ku tu tiştekî cinsî yê ku te nedixwest bikî?
q-exploit-sex-unsafe = Gelo kesekî tu neçar kirî ku bê kondom seks bikî, an tiştên ku te ji wan re «na» gotibû bikî?
q-exploit-sex-unsafe-youth = Gelo kesekî tu neçar kirî ku bê kondom seks bikî, an tiştên ku te ji wan re «na» gotibû bikî?
q-exploit-hit = Gelo kesekî ku te kontrol dike li te xistiye, pal li te daye an zirar gihandiye te?
q-exploit-hit-youth = Gelo kesekî ku li ser te biryarê dide li te xistiye, pal li te daye an zirar gihandiye te?
q-exploit-neck = Gelo kesekî tu xeniqandî, stûyê te girtiye an qirika te guvaştiye, wisa ku nefesgirtin ji te re zehmet bûye?
q-exploit-neck-youth = Gelo kesekî tu xeniqandî, stûyê te girtiye an wisa kiriye ku nefesgirtin ji te re zehmet bibe?
q-exploit-weapon = Gelo kesekî bi kêr, çek an tiştekî din ê ku dikare zirarê bide, gef li te xwariye?
q-exploit-weapon-youth = Gelo kesekî bi kêr an tiştekî din ê ku dikare zirarê bide, gef li te xwariye?
q-exploit-kill = Gelo kesekî gef xwariye ku te, an kesekî ji malbata te li vir an li welatekî din, bikuje?
q-exploit-kill-youth = Gelo kesekî gotiye ku ew ê te an kesekî ji malbata te bikujin?
q-exploit-worse = Gelo di van demên dawî de tundî an gef xirabtir bûne, an pirtir qewimîne?
q-exploit-worse-youth = Gelo tiştê ku ew bi te dikin di van demên dawî de xirabtir bûye, an pirtir diqewime?
q-exploit-afraid = Gelo tu ditirsî ka dê çi biqewime heke tu «na» bibêjî, dev jê berdî an ji wir biçî?
q-exploit-afraid-youth = Gelo tu ditirsî ka dê çi biqewime heke tu «na» bibêjî an dev ji kirina tiştê ku ew dixwazin berdî?
q-exploit-always-afraid = Gelo tu ji wî kesî an ji wan kesên ku te kontrol dikin ditirsî, heta dema ku ew ne li nêzî te ne jî?
q-exploit-always-afraid-youth = Gelo tu ji wan ditirsî, heta dema ku ew ne li nêzî te ne jî?
q-exploit-suicide-self = Gelo tu bi xwe difikirî ku dawî li jiyana xwe bînî?
q-exploit-suicide-self-youth = Gelo qet hatiye bîra te ku tu dixwazî bimirî, an ku dawî li jiyana xwe bînî?
## Questions: someone you are worried about

q-worried-afraid = Gelo wisa xuya dike ku kesê ku tu xema wî/wê dixwî ji kesekî ditirse, an ji vegera malê bi fikar e?
q-worried-isolated = Gelo kesê ku tu xema wî/wê dixwî dev ji dîtina heval an malbatê berdaye, an dev ji tiştên ku berê jê hez dikir berdaye?
q-worried-controlled = Gelo wisa xuya dike ku kesek kesê ku tu xema wî/wê dixwî kontrol dike, bo nimûne ka ew dikare kê bibîne an biçe ku derê?
q-worried-careful = Gelo wisa xuya dike ku kesê ku tu xema wî/wê dixwî gelek caran difikire ka ew çi dibêje û çi dike, da ku kesek hêrs nebe?
q-worried-phone = Gelo kesek telefona kesê ku tu xema wî/wê dixwî kontrol dike, an divê ew her tim di cih de bersivê bide û bibêje ka li ku ye?
q-worried-followed = Gelo kesek li pey kesê ku tu xema wî/wê dixwî tê, wî/wê dişopîne an gelek caran pê re têkilî datîne, li ser înternetê an di jiyana rastîn de, her çend ew naxwaze jî?
q-worried-money = Gelo kesekî din pere, meaş an karta bankê ya kesê ku tu xema wî/wê dixwî kontrol dike, wisa ku ew bi xwe nikare biryarê bide?
q-worried-debts = Gelo deynên ku kesekî din girtine li ser kesê ku tu xema wî/wê dixwî ne, an ew ji bo xwarin û tiştên din ên ku hewce dike bê pere ye?
q-worried-injuries = Gelo te li ser kesê ku tu xema wî/wê dixwî şînbûn an birîn dîtine, ku ew naxwaze an nikare rave bike?
q-worried-hit = Gelo te dîtiye, bihîstiye an ji te re hatiye gotin ku kesek li kesê ku tu xema wî/wê dixwî dixe, pal lê dide an wî/wê bi zorê digire?
q-worried-neck = Gelo tu pê hesiyayî ku kesekî kesê ku tu xema wî/wê dixwî xeniqandiye, stûyê wî/wê girtiye an wisa kiriye ku nefesgirtin jê re zehmet bibe?
q-worried-weapon = Gelo kesekî bi kêr, çek an tiştekî din ê ku dikare zirarê bide, gef li kesê ku tu xema wî/wê dixwî xwariye?
q-worried-kill = Gelo kesekî gef xwariye ku kesê ku tu xema wî/wê dixwî, an kesekî nêzî wî/wê, bikuje?
q-worried-worse = Gelo wisa xuya dike ku di van demên dawî de xirabtir bûye, bo nimûne birînên zêdetir, gefên zêdetir an tirsa zêdetir?
q-worried-leaving = Gelo kesê ku tu xema wî/wê dixwî ji kesê ku pê re ye an pê re bû ditirse, û di van demên dawî de dev jê berdaye an difikire ku dev jê berde?
q-worried-could-kill = Gelo tu difikirî, an kesê ku tu xema wî/wê dixwî bi xwe gotiye, ku kesek dikare wî/wê bikuje?
q-worried-sex = Gelo kesê ku tu xema wî/wê dixwî ji te re gotiye ku kesekî ew ji bo seks an kiryarên cinsî neçar kiriye an zext lê kiriye?
q-worried-sex-images = Gelo te dîtiye ku kesek wêneyên cinsî yên kesê ku tu xema wî/wê dixwî belav dike, an gef dixwe ku wisa bike?
q-worried-selling-sex = Gelo tu difikirî ku kesê ku tu xema wî/wê dixwî seks difiroşe, an ku kesek wisa dike ku ew seks bifiroşe?
q-worried-sex-for-things = Gelo kesê ku tu xema wî/wê dixwî ji kesekî ku li hember wê seks dixwaze pere, diyarî, madeyên hişbir an cihê razanê distîne?
q-worried-honour = Gelo malbat an xizmên kesê ku tu xema wî/wê dixwî biryarê didin ka ew dikare kîjan hevalan hebe, çi li xwe bike an gelo dikare bixwîne?
q-worried-honour-love = Gelo kesekî din biryarê dide ka kesê ku tu xema wî/wê dixwî dikare bi kê re be an bi kê re bizewice?
q-worried-trip = Gelo kesê ku tu xema wî/wê dixwî gotiye ku ew ê li dijî daxwaza xwe bê destgirtin, bi zorê bê zewicandin an bo derveyî welêt bê şandin, an ew berê bi zorê hatiye zewicandin?
q-worried-cutting = Gelo tu pê hesiyayî ku kesek plan dike ku organên zayendî yên zarokê qut bike (könsstympning) – yanî ji organa zayendî ya keçekê bibire, ku carinan jê re «sinet» tê gotin – an ku zarok dê ji bo vê yekê biçe derveyî welêt?
q-worried-care = Heke kesê ku tu xema wî/wê dixwî di jiyana rojane de hewcedarê alîkariyê be: gelo wisa xuya dike ku ew bê xwarin, derman an alîkariya din a pêwîst dimîne?
q-worried-care-youth = Gelo wisa xuya dike ku kesê ku tu xema wî/wê dixwî bê xwarin, bê cilên paqij, an dema nexweş e bê alîkarî dimîne?
q-worried-left-alone = Gelo kesê ku tu xema wî/wê dixwî ji bo demeke dirêj bi tenê, an bê amûrên xwe yên alîkariyê, tê hiştin, her çend ew nikare bi serê xwe tiştan bike?
q-worried-children-home = Gelo li malê zarok hene ku dibe ku tundî an gefan bibînin an bibihîsin?
q-worried-suicide = Gelo kesê ku tu xema wî/wê dixwî gotiye ku ew naxwaze bijî, an behsa dawîanîna jiyana xwe kiriye?
q-worried-children-scared = Gelo zarokên li malê bi awayekî ku te bi fikar dixe tirsiyayî, bi fikar an xemgîn xuya dikin?
## Questions: I have hurt or frightened someone close to me

q-used-put-down = Gelo te dijûn bi kesekî nêzî xwe kirine, ew piçûk xistiye an wisa lê qîriyayî ku ew tirsiyaye?
q-used-control = Gelo te biryar daye ka kesê ku tu pê re yî an kesekî ji malbata te dikare kê bibîne, biçe ku derê an çi li xwe bike?
q-used-control-youth = Gelo te biryar daye ka kesê ku tu pê re yî, an xwişk an birayê te, dikare kê bibîne an çi li xwe bike?
q-used-phone = Gelo te bê destûr peyamên kesekî xwendine, şîfreyên wî/wê xwestine an telefona wî/wê kontrol kiriye?
q-used-images = Gelo te wêne an vîdyoyên kesekî yên ku wî/wê nedixwest kesên din bibînin belav kirine, an te gef xwariye ku wan belav bikî?
q-used-money = Gelo te pereyên kesekî girtine, an wan wisa kontrol kirine ku ew bi xwe nikaribû wan bi kar bîne?
q-used-money-work = Gelo te nehiştiye ku kesê ku tu pê re yî an kesekî ji malbata te bixebite an bixwîne, an te bi navê wî/wê deyn girtiye?
q-used-money-work-youth = Gelo te kesek neçar kiriye ku pere an tiştan bide te?
q-used-break = Gelo dema tu hêrs bûyî, te tişt şikandine, tişt avêtine an li dîwar an deriyan xistiye?
q-used-pets = Gelo te ji bo tirsandina kesekî zirar gihandiye heywanekî, an gef xwariye ku zirarê bigihînî wî?
q-used-hit = Gelo te li kesê ku tu pê re yî an li kesekî ji malbata xwe xistiye, pal lê daye, pehîn lê daye an ew bi zorê girtiye?
q-used-hit-youth = Gelo te li kesekî ji malbata xwe, wek dê an bav an xwişk an bira, an li kesê ku tu pê re yî xistiye, pal lê daye an pehîn lê daye?
q-used-neck = Gelo te qet kesek xeniqandiye, stûyê kesekî girtiye an qirika kesekî guvaştiye?
q-used-weapon = Gelo te bi kêr, çek an tiştekî din ê ku dikare zirarê bide, gef li kesekî xwariye?
q-used-weapon-youth = Gelo te bi kêr an tiştekî din ê ku dikare zirarê bide, gef li kesekî ji malbata xwe an li kesê ku tu pê re yî xwariye?
q-used-kill = Gelo te gotiye ku tu yê kesekî nêzî xwe bikujî, heta eger te ew qest nekiribe jî?
q-used-kill-youth = Gelo te gef xwariye ku tu kesekî ji malbata xwe an kesê ku tu pê re yî bikujî, wisa ku ew tirsiyaye?
q-used-worse = Gelo di sala dawî de ev pirtir qewimiye, an girantir bûye?
q-used-sex = Gelo te zext li kesekî kiriye an ew ji bo seksê neçar kiriye, an te berdewam kiriye dema ku wî/wê «na» got an xuya dikir ku naxwaze?
q-used-sex-sulk = Gelo tu hêrs bûyî, xeyidî an te gef xwarine dema ku kesê ku tu pê re yî seks nexwestiye?
q-used-contact-ban = Gelo te bi kesekî re têkilî daniye, an tu çûyî cihê ku ew lê ye, her çend kontaktförbud (qedexeya têkiliyê) li ser te hebe jî?
q-used-children-see = Gelo zarokan dîtiye an bihîstiye dema ku tu li malê tund bûyî an te gef xwarine?
q-used-children-see-youth = Gelo xwişk û birayên te yên biçûk an zarokên din dîtine an bihîstine dema ku tu li malê tund bûyî an te gef xwarine?
q-used-children-afraid = Gelo zarokek ji te tirsiyaye, an hewl daye te rawestîne an kesekî biparêze dema ku tu hêrs bûyî?
q-used-afraid = Gelo tu difikirî ku kesekî nêzî te ji te ditirse?
q-used-exposed = Gelo carinan dibe ku kesek jî zirarê bide te, gefan li te bixwe an te kontrol bike, li malê an di têkiliyekê de?
q-used-careful = Gelo tu dibînî ku kesekî nêzî te bêdeng an bi hişyarî tevdigere da ku tu hêrs nebî?
q-used-suicide-self = Gelo tu bi xwe difikirî ku dawî li jiyana xwe bînî?
## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Tundiya fizîkî
category-physical-text = Heke kesek li te dixe, pal li te dide, te bi zorê digire an bi awayekî din zirarê dide te, ev tundî ye. Ev tawan e, û qet ne sûcê te ye.
category-physical-text-worried = Heke kesek li kesê ku tu xema wî/wê dixwî dixe, pal lê dide an zirarê dide wî/wê, ev tundî û tawan e. Ev qet ne sûcê wî/wê ye.
category-physical-text-used = Tiştê ku tu vedibêjî tundiya fizîkî ye. Dev jê berdan gengaz e, û alîkarî heye.
category-psychological-title = Tundiya derûnî
category-psychological-text = Gef, tinaz, kontrolkirin an nehiştina ku tu kesên din bibînî jî tundî ne. Ev dikare bi qasî lêdanê biêşîne.
category-psychological-text-worried = Gef, tinaz û kontrol jî tundî ne, heta dema ku tiştek xuya nake. Ev dikare xwestina alîkariyê ji bo wî/wê zehmet bike.
category-psychological-text-used = Gefxwarin, piçûkxistin an kontrolkirina kesekî tundiya derûnî ye. Tu dikarî hilbijêrî ku dev jê berdî, û ji bo vê yekê piştgirî heye.
category-sexual-title = Tundiya cinsî
category-sexual-text = Divê her seks bi dilxwazî be, di nav têkiliyekê an zewacê de jî. Zextkirin an neçarkirina te ji bo tiştekî cinsî tundî û tawan e.
category-sexual-text-worried = Tu kes nikare zextê li kesekî bike an kesekî ji bo tiştekî cinsî neçar bike. Ev tundî û tawan e, di nav têkiliyekê de jî.
category-sexual-text-used = Zextkirina li kesekî ji bo seksê, bo nimûne bi hêrsbûn an xeyidînê dema ew «na» dibêje, tundiya cinsî ye. Neçarkirina kesekî herwiha tawan e. Divê her seks bi dilxwazî be, û ji bo te ku dixwazî reftara xwe biguherînî alîkarî heye.
category-economic-title = Tundiya aborî
category-economic-text = Heke kesek pereyên te digire, wan kontrol dike an te dixe bin deynan da ku te kontrol bike, ev tundiya aborî ye.
category-economic-text-worried = Heke kesek pereyên wî/wê digire an wan kontrol dike da ku wî/wê kontrol bike, ev tundiya aborî ye.
category-economic-text-used = Girtina pereyên kesekî an kontrolkirina wan ji bo kontrolkirina wî/wê, tundiya aborî ye. Ev dikare biguhere, û piştgirî heye.
category-material-title = Tundiya madî
category-material-text = Heke kesek tiştên te xera dike an zirarê dide heywanê te da ku te bitirsîne, ev jî tundî ye.
category-material-text-used = Şikandina tiştan an zirargihandina heywanan kesên din ditirsîne û cureyekî tundiyê ye. Dev jê berdan gengaz e, û ji bo vê piştgirî heye.
category-digital-title = Tundiya dijîtal
category-digital-text = Heke kesek telefona te kontrol dike, dişopîne ka tu li ku yî an wêneyên te belav dike, ev tundî ye, heta dema ku li ser înternetê diqewime jî.
category-digital-text-worried = Heke kesek telefona wî/wê kontrol dike, dişopîne ka ew li ku ye an wêneyên wî/wê belav dike, ev tundî ye, heta dema ku li ser înternetê diqewime jî.
category-digital-text-used = Kontrolkirina telefona kesekî, şopandina ka ew li ku ye an belavkirina wêneyên wî/wê tundiya dijîtal e. Dev jê berdan gengaz e, û alîkarî heye.
category-latent-title = Jiyana di nav tirsê de
category-latent-text = Her tim tirsîn û xwe guncandin da ku ji tundiyê dûr bimînî, jê re tundiya veşartî tê gotin. Tirs nîşana wê yekê ye ku tiştek ne rast e, û ew ne sûcê te ye.
category-latent-text-worried = Her tim tirsîn û xwe guncandin, jê re tundiya veşartî tê gotin. Tirsa wî/wê nîşaneke girîng e ku divê ciddî were girtin.
category-latent-text-used = Dema ku kesek ji te ditirse û xwe li gorî te diguncîne, jê re tundiya veşartî tê gotin. Ku tu vê dibînî, gaveke pêşîn a girîng e.
category-neglect-title = Îhmal
category-neglect-text = Heke di jiyana rojane de hewcedariya te bi alîkariyê hebe, mafê te heye ku tu wê bistînî, û tu kesê ku alîkariya te dike nikare zirarê bide te, gefan li te bixwe an heqaretê li te bike. Nekirina alîkariyê, an girtina tiştên ku tu hewce dikî ji te, îhmal e.
category-neglect-text-worried = Heke kesekî ku hewcedarê alîkariyê ye bê xwarin, derman an lênêrîn bimîne, ev îhmal e. Mafê wî/wê heye ku alîkariyê bistîne.
category-honour-title = Tundî û zordestiya bi navê namûsê
category-honour-text = Dema ku malbat an xizmên te bi hev re, ji bo navûdengê malbatê, biryarê didin ka tu dikarî bi kê re bî, çi li xwe bikî an divê bi kê re bizewicî, dibe ku ev tundî û zordestiya bi navê namûsê be. Mafê te heye ku tu li ser jiyana xwe biryarê bidî.
category-honour-text-worried = Dema ku malbat an xizm bi hev re, ji bo navûdengê malbatê, jiyan, heval, cil an zewaca kesê ku tu xema wî/wê dixwî kontrol dikin, dibe ku ev tundî û zordestiya bi navê namûsê be. Mafê wî/wê heye ku li ser jiyana xwe biryarê bide.
category-children-witnessing-title = Zarokên ku tundiyê dibînin an dibihîsin
category-children-witnessing-text = Zarokên ku li malê tundiyê dibînin an dibihîsin, bi xwe jî rastî tundiyê tên. Mafê wan ê parastin û piştgiriyê heye.
category-children-witnessing-text-worried = Zarokên ku li malê tundiyê dibînin an dibihîsin, bi xwe jî rastî tundiyê tên. Socialtjänsten (karûbarên civakî yên şaredariyê) dikare piştgiriyê bide zarok û malbatê.
category-children-witnessing-text-used = Tundî pir bandorê li zarokên ku wê dibînin an dibihîsin dike, heta dema ku ew ne di heman odeyê de bin jî. Ku tu li alîkariyê digerî, ji bo wan jî baş e.
category-coerced-sex-title = Zext ji bo firotina seksê
category-coerced-sex-text = Tu kes nikare zextê li te bike, te bixapîne an te neçar bike ku tu seks bifiroşî. Li Swêdê, yê ku seks dikire an jê pere qezenc dike xeletiyê dike, qet tu na.
category-coerced-sex-text-worried = Tu kes nikare zextê li kesekî bike, kesekî bixapîne an neçar bike ku seks bifiroşe. Kesê ku seks difiroşe li Swêdê tawanekê nake û mafê wî/wê yê piştgiriyê heye.
category-forced-labour-title = Neçarkirina ji bo kar, parsêkirin an tawanan
category-forced-labour-text = Dema ku kesek bi sozên derewîn te dixapîne û tîne vir, kontrol dike ka tu li ku dimînî û dixebitî, te ji cihekî dibe cihekî din, an te neçar dike ku tu parsê bikî an tawanan bikî, dibe ku ev bazirganiya mirovan an îstismarkirina mirovan (människoexploatering) be. Ne tu yî yê ku xeletî kiriye, û mafê te yê piştgiriyê heye.
category-debt-bondage-title = Koletiya deyn
category-debt-bondage-text = Heke kesek dibêje ku deynekî te heye ku divê tu bi xebatê bidî û qet naqede, ev rêyek e ji bo kontrolkirina te. Ev dikare bazirganiya mirovan be.
category-documents-taken-title = Pasaport û belgeyên ku ji te tên girtin
category-documents-taken-text = Tu kes nikare pasaport, nasname an belgeyên te bigire. Hilgirtina wan ji bo kontrolkirina te nîşana zorê ye.
## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Xeniqandina kesekî, an guvaştina stû wisa ku nefesgirtin zehmet bibe, yek ji nîşanên hişyariyê yên herî ciddî ye – heta dema ku tu şop xuya nebin jî.
danger-weapon = Gefên bi kêr, çek an tiştên din nîşaneke hişyariyê ya ciddî ne.
danger-weapon-access = Hebûna çekan li malê, an ku kesê ku gefan dixwe bikaribe bi hêsanî çekan bi dest bixe, xetera tundiya giran zêde dike.
danger-threat-to-kill = Divê gefên kuştinê her tim ciddî werin girtin, heta dema ku di hêrsê de tên gotin jî.
danger-believes-could-kill = Dema ku kesek difikire ku aliyê din dikare wî/wê bikuje, ev nîşaneke hişyariyê ya girîng e.
danger-escalation = Dema ku tundî an gef xirabtir dibin an pirtir tên, xetera tundiya giran zêde dibe.
danger-separation = Dema li dora veqetînê dikare bi taybetî xeternak be, dema ku aliyê din tund an kontrolker bûye.
danger-pregnancy = Tundiya di dema ducaniyê de nîşaneke hişyariyê ya ciddî ye, hem ji bo kesê ducanî hem jî ji bo pitikê.
danger-jealousy = Hesûdiya xurt û berdewam a ku dibe sedema kontrol, tawanbarkirin an gefan nîşaneke hişyariyê ya ciddî ye.
danger-suicide-threats = Dema ku kesek gef dixwe ku dawî li jiyana xwe bîne, bo nimûne heke têkiliyek biqede, ev nîşaneke hişyariyê ya ciddî ye – ji bo kesên din ên li derdorê jî.
danger-contact-ban-broken = Şikandina kontaktförbud (qedexeya têkiliyê) nîşaneke hişyariyê ya ciddî û tawan e.
danger-stalking = Her tim hatina şopandin, çavdêrîkirin an têkilîdanîna ji aliyê kesekî ve nîşaneke hişyariyê ya ciddî ye û dikare tawan be.
danger-forced-trip-or-marriage = Planên zewacê an rêwîtiyeke derveyî welêt li dijî daxwaza kesekî nîşaneke hişyariyê ya ciddî ne. Berî rêwîtiyê parastin dikare were wergirtin.
danger-honour-violence-before = Ku malbatê an xizman berê li dijî kesekî tundî, gef an zor bi kar anîbe, ji ber ku ew ne li gorî daxwaza wan dijiya, nîşaneke hişyariyê ya ciddî ye.
danger-threats-to-children = Gefên li dijî zarokan nîşaneke hişyariyê ya ciddî ne. Mafê zarokan ê parastinê heye.
danger-child-sexual-abuse = Tu kes nikare tiştekî cinsî li zarokekî bike. Ev tawaneke giran e, û mafê zarok heye ku yekser were parastin.
danger-child-sexual-exploitation = Tu kes nikare li hember tiştekî cinsî pere, tişt, madeyên hişbir an cihekî razanê bide zarokekî. Ev tawan e, û mafê zarok ê parastinê heye.
danger-child-marriage = Li Swêdê tu kesê di bin 18 salî de nikare bizewice, û neçarkirina kesekî ji bo zewacê tawan e. Zarokên ku zext li wan tê kirin ku bidestgirtî bibin an bizewicin, mafê wan ê parastinê heye.
danger-genital-mutilation = Qutkirina organên zayendî (könsstympning) li Swêdê qedexe ye, heta eger li welatekî din were kirin jî. Zarokên ku di bin vê xeterê de ne, mafê wan heye ku yekser werin parastin.
danger-sextortion = Ku kesek gef bixwe ku wêneyên zarokekî belav bike da ku wêneyên zêdetir an pere bistîne, tawaneke giran e. Mafê zarok ê parastin û piştgiriyê heye.
danger-suicidal-thoughts = Divê ramanên dawîanîna jiyana xwe her tim ciddî werin girtin. Şev û roj alîkarî heye.
## Advice for each warning sign, worded for each reader: -advice for the person it happens to,
## -advice-worried for someone who is worried, and -advice-used for the person who used violence.
## At most about fifty words; never urge anyone to confront anyone. The source of each piece of
## advice is in a comment above it.

# Source: Glass et al. 2008 and Campbell's Danger Assessment (item 10): strangulation is among the strongest predictors of homicide. Absent marks do not mean absent injury: the police (polisen.se, 2024: 'yttre tecken kan helt saknas') and the Prosecution Authority (aklagare.se, 2025); delayed symptoms in clinical guidance (ACEP). No NCK or 1177 page on delayed symptoms was found.
danger-strangulation-advice = Heman rojê serî li lênêrîna tenduristiyê bide, bi taybetî li beşa acîl (akutmottagning), heta eger tiştek xuya neke jî. Heke nefesgirtin, daqurtandin an axaftin ji te re zehmet bibe, an hişê te tevlihev bibe, telefonî 112 bike. Birînên di stû de dikarin tenê paşê werin hîskirin. Heke tu bixwazî, karmendên tenduristiyê dikarin birînan belge bikin.
danger-strangulation-advice-worried = Baş e ku ew heman rojê serî li lênêrîna tenduristiyê bide, heta eger tiştek xuya neke jî, ji ber ku birînên di stû de dikarin tenê paşê werin hîskirin. Tu dikarî pêşniyar bikî ku tu pê re biçî. Heke nefesgirtin jê re zehmet bibe, telefonî 112 bike.
danger-strangulation-advice-used = Xeniqandin an girtina stûyê kesekî dikare bikuje, heta dema ku zû diqewime û tiştek xuya nake jî. Heke nefesgirtin ji kesekî re zehmet be an ew bêhiş be, yekser telefonî 112 bike. Ji bo alîkariya dev jê berdanê telefonî Välj att sluta an socialtjänsten (karûbarên civakî) bike.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 (revocation) and 4 (custody of weapons when there is a risk of misuse); DA item 5.
danger-weapon-advice = Heke kesek niha bi çekekê gefan li te dixwe, telefonî 112 bike. Dema tu telefon dikî, behsa çekê bike. Polîs dikare çekan ji kesekî bistîne dema ku xetera bikaranîna wan li dijî kesekî hebe.
danger-weapon-advice-worried = Heke niha bi çekekê gef li kesê ku tu xema wî/wê dixwî tên xwarin, telefonî 112 bike û bibêje ew li ku ye. Bi kesê ku gefan dixwe re rû bi rû nebe.
danger-weapon-advice-used = Tiştê ku te pê gef xwarin dûr bixe, an çekan radestî polîsê bike. Heke tu hîs dikî ku niha dikarî zirarê bidî kesekî, ji wir here û telefonî 112 bike. Välj att sluta û socialtjänsten (karûbarên civakî) dikarin alîkariya te bikin ku tu dev jê berdî.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 and 4; DA item 2; FREDA-farlighetsbedömning (weapons at home).
danger-weapon-access-advice = Heke tu bixwazî, tu dikarî ji polîs, socialtjänsten (karûbarên civakî) an xeteke piştgiriyê re bibêjî ku çek hene. Polîs dikare çekan bigire û destûra çekan (lîsansa çekan) betal bike, heke xetera hebe ku ew ji bo zirargihandina kesekî werin bikaranîn.
# Source: Brottsbalken 4:5 (olaga hot); lag (SFS 1988:688) om kontaktförbud: asked for through the police (114 14) or the Prosecution Authority, decided by a prosecutor or court (polisen.se, aklagare.se); DA item 6.
danger-threat-to-kill-advice = Tu dikarî li ser gefê li polîsê şikayet bikî û kontaktförbud (qedexeya têkiliyê) bixwazî. Peyaman biparêze û binivîse ka çi hat gotin û kengê. Bi xeteke piştgiriyê re biaxive ka tu çawa dikarî ewle bimînî.
danger-threat-to-kill-advice-worried = Gefê ciddî bigire. Ew dikare li polîsê şikayet bike û kontaktförbud (qedexeya têkiliyê) bixwaze. Tu dikarî alîkarî bikî ku peyam werin parastin û tiştên ku te dîtine û bihîstine binivîsî.
danger-threat-to-kill-advice-used = Gefên kuştinê ditirsînin û tawan in, heta eger te ew qest nekiribin jî. Ji bo alîkariya dev jê berdanê bi Välj att sluta an socialtjänsten (karûbarên civakî) re têkilî dayne.
# Source: DA item 18 (the person's own belief that the other could kill them); FREDA-farlighetsbedömning's guidance: the person's own estimate of risk is on average as good as the instruments; safety planning with support services as in NCK's and the shelter movement's practice.
danger-believes-could-kill-advice = Hesta xwe ciddî bigire. Bi xeteke piştgiriyê, kvinnojour, tjejjour an mansjour (navendên piştgiriyê yên ji bo jin, keç an mêran), an socialtjänsten (karûbarên civakî) re planekê çêke ka tu çawa dikarî ewle bimînî. Heke tu niha di xeterê de yî, telefonî 112 bike.
danger-believes-could-kill-advice-worried = Vê yekê ciddî bigire. Telefonî xeteke piştgiriyê bike û biaxive ka tu çawa dikarî piştgiriya wî/wê bikî û ew çawa dikare ewle bimîne. Bi kesê ku gefan dixwe re rû bi rû nebe. Heke ew niha di xeterê de be, telefonî 112 bike.
# Source: DA item 1; documenting incidents and keeping evidence safe, as NCK and the police advise.
danger-escalation-advice = Binivîse ka çi diqewime û kengê, û wêne û peyaman li cihekî ku tu kesê din nikare wan bibîne biparêze. Bi xeteke piştgiriyê an socialtjänsten (karûbarên civakî) re ji bo ewlehiya xwe plan bike.
danger-escalation-advice-worried = Ev nîşan e ku xeter zêde dibe. Telefonî xeteke piştgiriyê bike û biaxive ka tu çawa dikarî piştgiriya wî/wê bikî. Heke ew niha di xeterê de be, telefonî 112 bike.
danger-escalation-advice-used = Dema ku rewş xirabtir dibe, xetera ku kesek bi giranî birîndar bibe zêde dibe. Niha li alîkariyê bigere, bo nimûne li cem Välj att sluta an socialtjänsten (karûbarên civakî). Heke kesek di xeterê de be, telefonî 112 bike.
# Source: DA item 3; Brå 2007:6 (separation problems and jealousy the most common motives for lethal partner violence); NCK's summary of Brå data (more than half in connection with separation). Never push a person to leave: whether and when is theirs.
danger-separation-advice = Dema berî veqetînê, di dema veqetînê de û piştî wê dikare bi taybetî xeternak be. Tu bi xwe biryar didî ka tu yê dev jê berdî an na, û kengê. Heke tu li ser dev jê berdanê difikirî, tu dikarî bi aramî bi xeteke piştgiriyê, kvinnojour an mansjour (navendên piştgiriyê yên ji bo jin an mêran), an socialtjänsten (karûbarên civakî) re plan bikî.
danger-separation-advice-worried = Dema berî veqetînê, di dema veqetînê de û piştî wê dikare bi taybetî xeternak be. Heke ew li ser dev jê berdanê difikire, tu dikarî alîkariya wî/wê bikî ku bi xeteke piştgiriyê, kvinnojour an mansjour (navendên piştgiriyê yên ji bo jin an mêran), an socialtjänsten (karûbarên civakî) re plan bike. Ew bi xwe biryarê dide.
# Source: DA item 15; HSLF-FS 2022:39 (replaced SOSFS 2014:4 on 1 November 2022); NCK and Graviditetsregistret: antenatal care asks every pregnant woman about violence, though not every woman recalls being asked.
danger-pregnancy-advice = Heke tu niha ducanî yî, tu dikarî ji pîrika xwe (barnmorska) re bibêjî ka çi diqewime. Pîrik bi gelemperî li ser tundiyê dipirse û dikare te ber bi alîkariyê ve bibe, heta di axaftinekê de ku kesê ku tu pê re yî ne li wir be jî. Tu dikarî bi xeteke piştgiriyê re jî biaxivî.
# Source: DA item 14 (violent and constant jealousy).
danger-jealousy-advice = Hesûdî mafê kontrolkirin an gefxwarinê nade tu kesî. Bala xwe bide ka kontrol zêde dibe an na, û bi xeteke piştgiriyê re biaxive ka çi diqewime û tu çawa dikarî ewle bimînî.
# Source: DA item 16 (the other person's threats or attempts of suicide, which also signal danger to the partner).
danger-suicide-threats-advice = Tu ji tiştê ku ew dike ne berpirsiyar î. Heke ew di xetereke lezgîn de be, telefonî 112 bike. Gefên dawîanîna jiyana xwe dikarin ji bo te jî xeterê nîşan bidin, ji ber vê yekê bi dilrehetî bi xeteke piştgiriyê re li ser ewlehiya xwe biaxive.
# Source: Lag (SFS 1988:688) om kontaktförbud: breaking a ban is a crime; SARA item 8 (violation of no-contact orders).
danger-contact-ban-broken-advice = Her carê ku kontaktförbud (qedexeya têkiliyê) tê şikandin, li polîsê şikayet bike, û peyam, lîsteyên bangan û tiştên din ên ku vê nîşan didin biparêze. Heke tu niha di xeterê de yî, telefonî 112 bike.
danger-contact-ban-broken-advice-used = Şikandina kontaktförbud (qedexeya têkiliyê) tawan e û kesê ku divê were parastin ditirsîne. Dûr bimîne, û ji bo piştgiriyê bi Välj att sluta an socialtjänsten (karûbarên civakî) re têkilî dayne.
# Source: Brottsbalken 4:4 b (olaga förföljelse); DA item 19; the police on documenting stalking; safety advice on spyware: removing an app can be noticed (as on this tool's safety page).
danger-stalking-advice = Binivîse ka kengê û li ku derê diqewime, û peyaman biparêze. Binêre ka di telefona te de sepanên nenas hene an na, lê ji bîr neke ku heke tu wan jê bibî dibe ku bala kesê din bikişîne. Tu dikarî li polîsê şikayet bikî û kontaktförbud (qedexeya têkiliyê) bixwazî.
danger-stalking-advice-worried = Ew dikare binivîse ka kengê û li ku derê diqewime û peyaman biparêze. Şopandina neqanûnî (olaga förföljelse) tawan e û dikare li polîsê were şikayetkirin. Tu dikarî alîkarî bikî ku tiştên ku tu dibînî werin nivîsandin.
# Source: LVU (SFS 1990:52) 31 a § (utreseförbud, travel ban for a child at risk of being taken abroad and harmed; since 1 July 2020, extended 1 June 2024 by prop. 2023/24:72); brottsbalken 4:4 c (äktenskapstvång); Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland); the Swedish Ministry for Foreign Affairs (UD) gives consular help abroad.
danger-forced-trip-or-marriage-advice = Hewl bide berî rêwîtiyê alîkariyê bistînî: bi socialtjänsten (karûbarên civakî), polîs an xeta piştgiriyê ya ji bo tundiya bi navê namûsê re têkilî dayne. Ji bo zarokan socialtjänsten dikare utreseförbud (qedexeya derketina zarok ji welêt) bixwaze. Heke tu dîsa jî biçî, kopiyeke pasaporta xwe, telefoneke şarjkirî û hejmara balyozxaneya Swêdê bi xwe re bibe.
danger-forced-trip-or-marriage-advice-worried = Berî rêwîtiyê tevbigere, bêyî ku malbat pê bihese: bi socialtjänsten (karûbarên civakî), polîs an xeta piştgiriyê ya ji bo tundiya bi navê namûsê re têkilî dayne. Ji bo zarokan utreseförbud (qedexeya derketina zarok ji welêt) heye. Heke ew niha li derveyî welêt be, UD (Wezareta Karên Derve ya Swêdê) dikare alîkariyê bike.
# Source: PATRIARK (earlier honour-based violence in the family or network).
danger-honour-violence-before-advice = Tiştê ku hatiye serê kesên din ên malbatê dikare nîşan bide ku xetera li ser te jî mezintir e. Bi socialtjänsten (karûbarên civakî) an xeta piştgiriyê ya ji bo tundiya bi navê namûsê re biaxive ka tu çawa dikarî ewle bimînî. Heke tu niha di xeterê de yî, telefonî 112 bike.
# Source: DA item 17; socialtjänstlagen (SFS 2025:400), the social services' duty to protect children.
danger-threats-to-children-advice = Zarokên ku gef li wan tên xwarin, mafê wan ê parastinê heye. Socialtjänsten (karûbarên civakî) dikare alîkariya te û zarokan bike, û tu dikarî li ser gefê li polîsê şikayet bikî. Heke zarokek niha di xeterê de be, telefonî 112 bike.
# Source: Brottsbalken chapter 6 (sexual offences against children); socialtjänstlagen (SFS 2025:400): the social services must protect a child who may be harmed; Bris (contacts/national.toml).
danger-child-sexual-abuse-advice = Ev qet ne sûcê te ye. Ji mezinekî ku tu pê bawer dikî re bibêje, bo nimûne şêwirmendê dibistanê (skolkurator) an hemşîreya dibistanê, an telefonî Bris bike. Divê socialtjänsten (karûbarên civakî) te biparêze. Heke tu niha di xeterê de yî, telefonî 112 bike.
danger-child-sexual-abuse-advice-worried = Yekser orosanmälan (raporeke fikarê) bide socialtjänsten (karûbarên civakî), an telefonî polîsê bike. Lêpirsînê ji zarok neke û bi kesê ku tu jê guman dikî re rû bi rû nebe. Heke zarok niha di xeterê de be, telefonî 112 bike.
# Source: Brottsbalken 6:9 (purchase of a sexual act from a child); socialtjänstlagen (SFS 2025:400).
danger-child-sexual-exploitation-advice = Qet ne tu yî yê ku xeletiyê dike, lê kesê ku te îstismar dike ye. Tu dikarî bi Bris an socialtjänsten (karûbarên civakî) re biaxivî, û li ungdomsmottagning (navenda tenduristiyê ya ciwanan) tu dikarî ji bo tenduristiya xwe alîkariyê bistînî. Heke tu niha di xeterê de yî, telefonî 112 bike.
danger-child-sexual-exploitation-advice-worried = Yekser orosanmälan (raporeke fikarê) bide socialtjänsten (karûbarên civakî). Kesê ku ji zarokekî seks dikire tawanekê dike. Heke zarok niha di xeterê de be, telefonî 112 bike.
# Source: Äktenskapsbalken 2:1 (no one under 18 may marry); brottsbalken chapter 4 (barnäktenskapsbrott and äktenskapstvång, covering marriage-like unions too); LVU 31 a § (utreseförbud: social services apply, the administrative court decides, with interim bans by social services).
danger-child-marriage-advice = Tu kes nikare te bi zorê bizewicîne, ne bi awayê olî û ne jî li derveyî welêt. Socialtjänsten (karûbarên civakî) dikare te biparêze û utreseförbud (qedexeya derketina zarok ji welêt) bixwaze, da ku tu neyî birin derveyî welêt. Tu dikarî telefonî xeta piştgiriyê ya ji bo tundiya bi navê namûsê an Bris bikî. Heke tu niha di xeterê de yî, telefonî 112 bike.
# Source: Lag (SFS 1982:316) med förbud mot könsstympning av kvinnor (female genitals; applies also to mutilation abroad); LVU 31 a § (utreseförbud).
danger-genital-mutilation-advice = Ji mezinekî ku tu pê bawer dikî re bibêje, bo nimûne hemşîreya dibistanê an şêwirmendê dibistanê (kurator), an telefonî Bris bike. Socialtjänsten (karûbarên civakî) dikare te biparêze, bo nimûne bi utreseförbud (qedexeya derketina zarok ji welêt) berî rêwîtiyekê. Heke tiştek berê qewimîbe, tu dikarî lênêrîn û piştgiriyê bistînî. Heke tu niha di xeterê de yî, telefonî 112 bike.
danger-genital-mutilation-advice-worried = Yekser orosanmälan (raporeke fikarê) bide socialtjänsten (karûbarên civakî), bi taybetî berî rêwîtiyekê. Socialtjänsten dikare ji bo zarok utreseförbud (qedexeya derketina zarok ji welêt) bixwaze. Tu bi xwe bi malbatê re têkilî daneyne.
# Source: Child-protection practice (Bris; the police on sexual extortion of children): do not send more or pay, keep the evidence, tell an adult, report; brottsbalken chapter 6.
danger-sextortion-advice = Ev ne sûcê te ye. Wêneyên din neşîne û pere nede. Peyaman biparêze û paşê wî kesî asteng bike (block). Ji mezinekî ku tu pê bawer dikî re bibêje an telefonî Bris bike. Tu dikarî li polîsê şikayet bikî, heta eger te bi xwe wêne şandibin jî.
# Source: DA item 20 (the person's own thoughts or attempts of suicide); Mind's Självmordslinjen (contacts/national.toml); NASP at Karolinska Institutet: asking directly about suicide does not increase the risk.
danger-suicidal-thoughts-advice = Tu ne bi tenê yî. Tu dikarî şev û roj telefonî Självmordslinjen bikî an pê re çat bikî, û tu dikarî bênav bimînî. Heke tu niha difikirî ku zirarê bidî xwe, telefonî 112 bike.
danger-suicidal-thoughts-advice-worried = Vê yekê ciddî bigire û rasterast bipirse: «Tu difikirî ku dawî li jiyana xwe bînî?» Pirsîn xeterê zêde nake. Självmordslinjen telefonên kesên ku xema kesekî dixwin jî qebûl dike. Heke ew di xetereke lezgîn de be, telefonî 112 bike.
danger-suicidal-thoughts-advice-used = Tu ne bi tenê yî. Tu dikarî şev û roj telefonî Självmordslinjen bikî an pê re çat bikî, û tu dikarî bênav bimînî. Heke tu niha difikirî ku zirarê bidî xwe an kesekî din, telefonî 112 bike.
## Result: fixed parts

result-title = Bersivên te vê vedibêjin
result-intro = Tiştê ku te bersiv daye yek an çend cureyên tundiyê vedibêje. Li jêr tu dikarî bixwînî ka navê wan çi ye û li ku derê dikarî piştgiriyê bistînî.
result-none = Yek ji bersivên te jî tundî venegot. Dîsa jî, heke tu hîs dikî ku tiştek ne rast e, tu dikarî bi kesekî re biaxivî. Bawerî bi hesta xwe bîne.
result-none-worried = Yek ji bersivên te jî tundiya li dijî kesê ku tu xema wî/wê dixwî venegot. Dîsa jî bawerî bi hesta xwe bîne: tu dikarî bi xeteke piştgiriyê re li ser fikara xwe biaxivî.
result-danger-unanswered = Te bersiva hin pirsên li ser xetera giran nedaye, û ev ne pirsgirêk e. Heke tu ji bo ewlehiya xwe ditirsî, tu dikarî her tim telefonî 112 bikî, û xetên piştgiriyê yên li jêr dikarin alîkariya te bikin ku tu bifikirî ka çi herî ewle ye.
result-danger-unanswered-worried = Te bersiva hin pirsên li ser xetera giran nedaye, û ev ne pirsgirêk e. Heke tu difikirî ku kesê ku tu xema wî/wê dixwî niha di xeterê de ye, telefonî 112 bike. Xetên piştgiriyê yên li jêr dikarin alîkariya te bikin ku tu bifikirî ka tu çawa dikarî piştgiriya wî/wê bikî.
result-danger-unanswered-used = Te bersiva hin pirsên li ser xetera giran nedaye, û ev ne pirsgirêk e. Heke tu ditirsî ku tu zirarê bidî kesekî, an heke kesek di xeterê de be, telefonî 112 bike. Välj att sluta û socialtjänsten (karûbarên civakî) dikarin alîkariya te bikin.
result-urgent-title = Heke tu niha di xeterê de yî, telefonî 112 bike
# Source: SOS Alarm, https://www.sosalarm.se/112 (the operator asks what happened, where and from which number; calls from smartphones are positioned automatically, AML) and https://www.sosalarm.se/Pressrum/Fragor-och-svar/ (stay on the line).
result-urgent-text = Bibêje çi qewimiye û tu li ku yî. Telefonkirin belaş e. Dema tu ji telefona mobîl telefon dikî, SOS Alarm bi gelemperî dikare bibîne ka tu li ku yî. Heke tu bikaribî, li ser xetê bimîne.
result-urgent-title-worried = Heke ew niha di xeterê de be, telefonî 112 bike
result-urgent-text-worried = Heke kesê ku tu xema wî/wê dixwî niha di xeterê de be, telefonî 112 bike. Bibêje ew li ku ye û çi diqewime. Telefonkirin belaş e.
result-urgent-signs-intro = Em vê pêşî nîşan didin, ji ber ku bersivên te behsa tiştekî dikin ku dikare nîşaneke hişyariyê ya ciddî be:
result-advice-youth = Heke tu di bin 18 salî de yî, tu dikarî bi Bris, şêwirmendê dibistanê (skolkurator), hemşîreya dibistanê an mezinekî din ê ku tu pê bawer dikî re jî biaxivî. Ne mecbûr î ku tu vê bi tena serê xwe hilgirî.
result-advice-youth-worried = Heke tu bi xwe di bin 18 salî de yî, tu dikarî ji mezinekî ku tu pê bawer dikî re bibêjî an telefonî Bris bikî, û ew ê di yên mayî de alîkariya te bikin.
result-not-your-fault = Tiştê ku bi te re diqewime ne sûcê te ye. Mafê tu kesî nîne ku zirarê bide te, gefan li te bixwe an te kontrol bike.
result-right-to-support = Mafê te heye ku tu ji socialtjänsten (karûbarên civakî yên şaredariyê) li şaredariya ku tu lê yî piştgiriyê bixwazî, tu ji ku derê hatibî jî û destûra te ya rûniştinê hebe an tunebe. Têkilîdanîna bi wan re belaş e.
result-everyone-welcome = Mafê te yê piştgiriyê heye, temen, zayend, paşxane an meyla te ya cinsî çi be jî, û astengdarî an alûdebûna te hebe an tunebe. Vexwarina alkolê, bikaranîna madeyên hişbir an tunebûna destûra rûniştinê qet nabe asteng ku tu piştgiriyê bistînî.
result-everyone-welcome-worried = Kesê ku tu xema wî/wê dixwî xwedî mafê piştgiriyê ye, temen, zayend, paşxane an meyla cinsî çi be jî, û astengdarî an alûdebûn hebe an tunebe. Alkol, madeyên hişbir an tunebûna destûra rûniştinê qet nabin asteng ku kesek piştgiriyê bistîne.
result-everyone-welcome-used = Tu dikarî ji bo dev jê berdanê piştgiriyê bistînî, temen, zayend, paşxane an meyla te ya cinsî çi be jî, û astengdarî an alûdebûna te hebe an tunebe. Vexwarina alkolê an bikaranîna madeyên hişbir nabe asteng ku tu piştgiriyê bistînî.
result-child-protection-title = Mafê te yê parastinê heye
result-child-protection-1 = Tu di bin 18 salî de yî. Ji ber vê yekê divê socialtjänsten (karûbarên civakî) fêr bibe ka rewşa te çawa ye, û heke kesek zirarê bide te, gefan li te bixwe an te îstismar bike, te biparêze.
result-child-protection-2 = Tu dikarî bi xwe telefonî socialtjänsten (karûbarên civakî) bikî an biçî cem wan, an ji mezinekî ku tu pê bawer dikî, bo nimûne şêwirmendê dibistanê (skolkurator), bixwazî ku alîkariya te bike.
result-child-protection-3 = Tu dikarî bêyî ku bibêjî tu kî yî bi Bris re jî biaxivî. Bris di nav têkiliyên li jêr de ye.
result-what-happens-title = Heke ez têkilî daynim, dê çi biqewime?
result-what-happens-1 = Tu dikarî bi telefonkirina xeteke piştgiriyê dest pê bikî, da ku biaxivî û şîretan bistînî. Tu bi xwe biryar didî ka tu çi bibêjî.
result-what-happens-2 = Socialtjänsten (karûbarên civakî yên şaredariyê) dikare axaftinên piştgiriyê, alîkariya plankirina ewlehiya te, û heke divê tu bar bikî, alîkariya cihekî mayînê yê parastî bide te.
result-what-happens-3 = Tu dikarî gav bi gav biçî. Berî ku tu bêtir bibêjî, bi dilrehetî bipirse ka paşê dê çi biqewime.
result-show-local = Alîkariya nêzî min nîşan bide
result-start-over = Ji nû ve dest pê bike
result-start-over-hint = Her tiştê ku te bersiv daye tê jibîrkirin.
## Result: for someone who has hurt or frightened someone

result-used-intro = Bersivên te vedibêjin ku te hin tişt kirine ku dikarin kesekî nêzî te biêşînin an bitirsînin.
result-used-responsibility = Bersivdana van pirsan gaveke girîng e. Tundî hilbijartinek e, û tu dikarî hilbijêrî ku dev jê berdî. Ji bo vê alîkarî heye, bo nimûne Välj att sluta (xeta piştgiriyê ji bo kesên ku dixwazin dev ji tundiyê berdin) û socialtjänsten (karûbarên civakî) li şaredariya te.
result-used-responsibility-youth = Bersivdana van pirsan gaveke girîng e. Mirov dikare fêr bibe ku dev ji êşandin an tirsandina kesên din berde, û mezin hene ku dikarin di vê yekê de alîkariya te bikin, bo nimûne Bris û socialtjänsten (karûbarên civakî).
result-used-urgent-text = Heke tu ditirsî ku tu niha zirarê bidî kesekî, an heke kesek di xeterê de be, telefonî 112 bike.
result-used-none = Bersivên te tiştek ji yên ku me pirsîn venegotin. Heke tu dîsa jî ji ber reftara xwe ya li hember kesekî nêzî xwe bi fikar î, tu dikarî bi Välj att sluta an socialtjänsten (karûbarên civakî) re biaxivî. Tu dikarî bênav bimînî.
result-used-children = Zarokên ku tundiyê dibînin an dibihîsin hewcedarê piştgiriyê ne. Socialtjänsten (karûbarên civakî) dikare hem ji te re hem jî ji zarokan re piştgiriyê bide, û gaveke baş e ku tu bi xwe bi wan re têkilî daynî.
result-used-also-exposed = Te got ku kesek jî zirarê dide te, gefan li te dixwe an te kontrol dike. Ev ne rast e, û mafê te yê piştgiriyê heye. Tu dikarî bi Bris an socialtjänsten (karûbarên civakî) re biaxivî, û tu dikarî bersiva pirsên li ser tiştên ku bi te re diqewimin jî bidî.
## Result: for someone who is worried about another person

result-worried-intro = Bersivên te vedibêjin ku dibe ku kesê ku tu xema wî/wê dixwî rastî tundiyê tê. Li vir tu dikarî bêtir bixwînî û bibînî ka hem tu û hem ew li ku derê dikarin piştgiriyê bistînin.
## For someone who is worried about another person

worried-title = Heke tu xema kesekî dixwî
worried-intro = Baş e ku tu girîngiyê didî. Li vir nîşanên ku divê tu bala xwe bidî wan, şîretên li ser ka tu çawa dikarî pê re biaxivî, û cihên ku tu dikarî serî lê bidî hene.
worried-signs-title = Nîşanên ku divê tu bala xwe bidî wan
worried-signs-1 = Ew tirsiyayî, xemgîn an bi fikar xuya dike, û guheriye.
worried-signs-2 = Ew heval û malbatê wek berê nabîne, an nahêlin ku wan bibîne.
worried-signs-3 = Kesek her tim telefonî wî/wê dike an peyaman jê re dişîne û dixwaze bizane ew li ku ye.
worried-signs-4 = Birînên wî/wê hene ku naxwaze an nikare rave bike.
worried-signs-5 = Pereyên wî/wê yên xwe tune ne, an pasaport an telefona wî/wê li cem kesekî din e.
worried-signs-6 = Ew behsa zewacekê an rêwîtiyekê dike ku bi xwe hilnebijartiye.
worried-talk-title = Tu çawa dikarî dest bi axaftinê bikî
worried-talk-1 = Cihekî hilbijêre ku hûn bikaribin bi tenê û bi aramî biaxivin.
worried-talk-2 = Bibêje te çi dîtiye û ku ew ji te re girîng e. Bo nimûne tu dikarî bibêjî: «Min dît ku tu xemgîn xuya dikî. Tu çawa yî?»
worried-talk-3 = Bêyî dadbarkirinê guhdarî bike, û ji tiştê ku ji te re dibêje bawer bike.
worried-talk-4 = Bihêle ew bi xwe lezê diyar bike. Dibe ku wext bigire heta ku bixwaze bêtir bibêje.
worried-talk-5 = Jê re bibêje ku alîkarî heye, û pêşniyar bike ku dema ew telefon dike an têkilî datîne, tu pê re bî.
worried-dont-title = Tiştên ku divê tu nekî
worried-dont-1 = Bi kesê ku tundiyê bi kar tîne re rû bi rû nebe. Ev dikare rewşê ji bo kesê ku tu xema wî/wê dixwî xeternaktir bike.
worried-dont-2 = Zextê lê neke ku bibêje an dev jê berde. Ew bi xwe çêtir dizane ka çi ewle ye.
worried-dont-3 = Heke tu guman dikî ku tundiya bi navê namûsê heye, bi malbat an xizman re têkilî daneyne. Ev dikare wî/wê bixe xeterê.
worried-dont-4 = Nehêle ku kesek ji malbat, xizm an derdora wan wergera devkî bike. Wergêrekî devkî (tolk) ku malbatê nas nake bixwaze.
worried-dont-5 = Heke kesekî din bikaribe wan bixwîne, peyamên li ser tundiyê ji telefona wî/wê re neşîne.
worried-over-time-title = Di demeke dirêj de jî pê re bimîne
worried-over-time-1 = Berdewam têkilî pê re dayne, heta eger ew niha naxwaze biaxive jî.
worried-over-time-2 = Normal e ku mirov çend caran biçe û vegere. Bêyî dadbarkirinê nîşan bide ku tu hîn li wir î.
worried-over-time-3 = Li xwe jî binêre. Gelek xetên piştgiriyê telefonên kesên ku xema kesekî din dixwin jî qebûl dikin.
worried-child-title = Heke tu xema zarokekî dixwî
worried-child-1 = Her kes dikare orosanmälan (raporeke fikarê) bide socialtjänsten (karûbarên civakî) yên şaredariya ku zarok lê dijî. Ne hewce ye ku tu bawer bî. Bes e ku tu bi fikar bî.
worried-child-2 = Wek kesekî taybet tu dikarî dema rapor didî bênav bimînî. Socialtjänsten (karûbarên civakî) lêdikole ka rewşa zarok çawa ye.
worried-child-3 = Kesên ku bi zarokan re dixebitin, bo nimûne li dibistanê, di tenduristiyê de an li socialtjänsten, mecbûr in rapor bidin.
