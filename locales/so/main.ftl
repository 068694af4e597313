# Vägvisaren — Soomaali.
# Status: translated by the team from Swedish with machine assistance; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – taageero iyo caawimaad
language-label = Luqadda

## Quick exit

quick-exit-button = Si degdeg ah uga bax bogga
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Riix Shift hal mar oo kale si aad uga baxdo bogga.
   *[other] Riix Shift { $remaining } jeer oo kale si aad uga baxdo bogga.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Luqadda “{ $code }” weli halkan kuma jirto, sidaas darteed bogga waxaa lagu muujinayaa af Iswiidhish. Luqad kale ayaad ka dooran kartaa kor.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Koodka degmada “{ $code }” ma jiro, sidaas darteed degmo lama dooran. Degmo waxaad ka dooran kartaa qaybta “Hel caawimaad”.

## Start screen

start-title = Ma rabshad baa? Halkan waxaad ku ogaan kartaa, adigoo degan oo aan degdegin.
start-lead = Ka jawaab dhowr su'aalood oo ku saabsan waxa kugu dhacaya adiga ama qof aad u welwelsan tahay. Waxaad ogaan doontaa waxa loo yaqaan iyo meesha aad caawimaad ka heli karto.
start-duration = Waxay qaadataa qiyaastii shan ilaa toban daqiiqo. Su'aalo waad ka boodi kartaa, waadna joojin kartaa markaad rabto.
start-private = Waxaad ka jawaabto midna lama kaydiyo, meelna looma diro. Waxay ku jirtaa taleefankaaga ama kombiyuutarkaaga ilaa aad xirto bogga.
start-quick-exit = Badhanka “Si degdeg ah uga bax bogga” had iyo jeer wuxuu ku yaallaa xagga sare. Sidoo kale waxaad riixi kartaa Shift saddex jeer.
start-emergency = Ma khatar baad ku jirtaa hadda? Wac 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Maxaad rabtaa inaad ogaato?
flow-path-partner = Aniga ku saabsan – lammaanahayga ama lammaanahaygii hore
flow-path-family = Aniga ku saabsan – qoyskayga ama qaraabadayda
flow-path-exploitation = Aniga ku saabsan – qof ayaa iga dhigaya inaan galmo iibiyo, ama maamula shaqadayda, lacagtayda ama waraaqahayga
flow-path-worried = Qof aan u welwelsanahay ku saabsan
flow-path-used-violence = Waxaan dhaawacay ama cabsi geliyay qof ii dhow
flow-age-title = Immisa jir baad tahay?
flow-age-under-18 = Ka yar 18 sano
flow-age-adult = 18 sano ama ka weyn
flow-about-child-title = Qofka aad u welwelsan tahay ma ka yar yahay 18 sano?
flow-about-child-yes = Haa, wuu ka yar yahay 18 sano
flow-about-child-no = Maya, waa 18 sano ama ka weyn
flow-about-child-unknown = Ma garanayo
flow-self-title = Sidee baad naftaada u qeexdaa?
flow-self-hint = Looma baahna inaad ka jawaabto. Jawaabta waxaa keliya loo isticmaalaa in laguu muujiyo taageero kugu habboon, lamana kaydiyo.
flow-self-woman = Haweeney ama gabadh
flow-self-man = Nin ama wiil
flow-self-trans = Qof trans ah ama aan labada jinsi midna ahayn (non-binary)
flow-self-rather-not-say = Ma doonayo inaan ka jawaabo
flow-skip = Ka bood
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Su'aal { $current } oo ka mid ah { $total }
flow-answer-yes = Haa
flow-answer-sometimes = Mararka qaarkood
flow-answer-no = Maya
flow-answer-rather-not-say = Ma doonayo inaan ka jawaabo
flow-answers-label = Jawaabtaada
flow-see-result = Eeg natiijada
flow-change-hint = Waad dib u laaban kartaa oo jawaab beddeli kartaa markaad rabto.


## Questions: partner or ex

q-partner-put-down = Lammaanahaaga ama lammaanahaagii hore ma ku caayaa, ma kugu jees jeesaa, mise wuxuu kaa dhigaa inaad dareento inaadan waxba qiimo ahayn?
q-partner-isolate = Lammaanahaaga ama lammaanahaagii hore ma go'aamiyaa cidda aad la kulmi karto, meesha aad aadi karto ama waxa aad xiran karto?
q-partner-phone = Lammaanahaaga ama lammaanahaagii hore ma akhriyaa fariimahaaga, ma kaa dalbadaa furahaaga sirta ah (password), mise wuu baaraa taleefankaaga?
q-partner-follow = Lammaanahaaga ama lammaanahaagii hore ma ku daba socdaa, ma kula socdaa meesha aad joogto isagoo isticmaalaya app, mise wuxuu ka soo muuqdaa meesha aad joogto adigoo aan rabin?
q-partner-images = Lammaanahaaga ama lammaanahaagii hore ma faafiyay, ama ma ku hanjabay inuu faafin doono, sawirro ama muuqaallo adiga ah oo aadan rabin in dadka kale arkaan?
q-partner-money = Lammaanahaaga ama lammaanahaagii hore ma qaataa lacagtaada, mise wuu maamulaa si aadan adigu u isticmaali karin?
q-partner-money-youth = Lammaanahaaga ama lammaanahaagii hore ma qaataa lacagtaada, mise wuxuu go'aamiyaa waxa aad iibsan karto?
q-partner-debt = Lammaanahaaga ama lammaanahaagii hore ma qaatay amaah ama deyn magacaaga ah, mise wuu kaa joojiyay inaad shaqeyso ama wax barato?
q-partner-debt-youth = Lammaanahaaga ama lammaanahaagii hore ma kaa joojiyay inaad dugsiga aaddo, mise wuxuu kaa dhigay inaad wax u iibsato ama lacag u amaahato?
q-partner-break = Lammaanahaaga ama lammaanahaagii hore ma jebiyay, ma tuuray, mise ma kaa qaatay alaabtaada?
q-partner-pets = Lammaanahaaga ama lammaanahaagii hore ma dhaawacay, ama ma ku hanjabay inuu dhaawici doono, xayawaan aad jeceshahay?
q-partner-threats = Lammaanahaaga ama lammaanahaagii hore ma kugu hanjabaa, tusaale ahaan inuu carruurta kaa qaadan doono, waxyaabo adiga kugu saabsan faafin doono, ama uu sababi doono inaad ka baxdo Iswiidhan?
q-partner-hit = Lammaanahaaga ama lammaanahaagii hore ma ku garaacay, ma ku riixay, ma ku laaday, mise ma ku qabtay si aadan u dhaqaaqi karin?
q-partner-hurt = Ma ku gaaray barar, nabarro ama dhaawacyo kale oo ka dhashay wax lammaanahaaga ama lammaanahaagii hore sameeyay?
q-partner-neck = Lammaanahaaga ama lammaanahaagii hore ma qoorta kaa qabtay, ma cunahaaga ku cadaadiyay, mise wuxuu sababay inay kugu adkaato inaad neefsato?
q-partner-weapon = Lammaanahaaga ama lammaanahaagii hore ma kugu hanjabay mindi, hub ama wax kale oo wax dhaawici kara?
q-partner-kill = Lammaanahaaga ama lammaanahaagii hore ma kugu hanjabay inuu dili doono adiga ama qof kuu dhow?
q-partner-worse = Rabshadda ama hanjabaadaha ma sii xumaadeen, mise ma soo badanayeen sanadkii la soo dhaafay?
q-partner-pregnant = Haddii aad uur yeelatay: lammaanahaaga ama lammaanahaagii hore ma ku garaacay ama ma ku dhaawacay intii aad uurka lahayd?
q-partner-sex = Lammaanahaaga ama lammaanahaagii hore ma kugu qasbay, mise ma kugu cadaadiyay galmo ama falal galmo oo aadan rabin?
q-partner-sex-fear = Ma aqbashay galmo sababtoo ah waxaad ka baqaysay waxa dhici lahaa haddii kale?
q-partner-care = Haddii aad u baahan tahay caawimaad nolol maalmeedka: lammaanahaaga ama lammaanahaagii hore ma kaa celiyay cunto, daawo ama caawimaad kale oo aad u baahan tahay?
q-partner-aids = Lammaanahaaga ama lammaanahaagii hore ma kaa qaatay qalabka kaa caawiya, muraayadaha indhaha, daawada ama taleefanka, si aadan naftaada u maareyn karin ama caawimaad u weydiisan karin?
q-partner-children-see = Haddii ay guriga joogaan carruur: ma arkeen ama ma maqleen rabshad ama hanjabaad idinka dhexeysa?
q-partner-children-afraid = Carruurtu ma cabsadeen, mise ma isku dayeen inay ku difaacaan, markii lammaanahaaga ama lammaanahaagii hore uu xanaaqsanaa?
q-partner-children-threat = Lammaanahaaga ama lammaanahaagii hore ma ku hanjabay inuu dhaawici doono carruurta, ama uu kaa qaadan doono?
q-partner-afraid = Ma ka baqdaa lammaanahaaga ama lammaanahaagii hore, xitaa marka uusan waxba samaynayn xilligaas?
q-partner-careful = Had iyo jeer ma ka fekertaa waxa aad leedahay iyo waxa aad samayso, si uusan lammaanahaaga ama lammaanahaagii hore u xanaaqin?
q-partner-leaving = Dhowaan ma ka tagtay lammaanahaaga, mise waxaad ka fikiraysaa inaad ka tagto, oo ma ka baqaysaa waxa uu markaas samayn doono?

## Questions: family or relatives

q-family-collective = Dhowr qof oo qoyskaaga ama qaraabadaada ka mid ah ma wada go'aamiyaan sida ay tahay inaad u noolaato?
q-family-collective-youth = Dad ka badan waalidkaa, sida walaalahaa ama qaraabadaada, ma go'aamiyaan noloshaada?
q-family-friends = Qoyska ama qaraabadu ma go'aamiyaan saaxiibada aad yeelan karto, sida aad u labisan karto ama waxa aad samayn karto waqtigaaga firaaqada?
q-family-friends-youth = Qoysku ma go'aamiyaa saaxiibada aad yeelan karto, waxa aad xiran karto ama waxa aad samayn karto dugsiga kadib?
q-family-school = Qoyska ama qaraabadu ma kaa celiyaan inaad wax barato, shaqeyso ama adigu doorato waxbarashadaada?
q-family-school-youth = Qoysku ma kaa celiyaa inaad ka qayb gasho casharrada, socdaalada dugsiga ama hawlaha dugsiga?
q-family-love = Qoyska ama qaraabadu ma go'aamiyaan cidda aad jeclaan karto oo aad la noolaan karto, ama inaad si furan u sheegi karto cidda aad tahay?
q-family-love-youth = Qoysku ma go'aamiyaa cidda aad jeclaan karto ama aad saaxiib jacayl ahaan u yeelan karto?
q-family-phone = Qof ka mid ah qoyskaaga ama qaraabadaada ma baaraa taleefankaaga ama fariimahaaga si uu u ogaado cidda aad la hadasho?
q-family-phone-youth = Qof qoyskaaga ka mid ah ma baaraa taleefankaaga si uu u ogaado cidda aad la hadasho?
q-family-siblings = Walaalo, ilma adeer ama qaraabo kale ma ku ilaaliyaan oo ma u sheegaan qoyska waxa aad samayso?
q-family-siblings-youth = Walaalahaa ama ilma adeerkaa ma ku ilaaliyaan dugsiga ama magaalada, oo ma u sheegaan qoyskaaga?
q-family-virginity = Qoyska ama qaraabadu ma kaa dalbadaan inaad bikro ahaato ilaa aad guursato, mise ma hubiyaan inaad bikro tahay?
q-family-virginity-youth = Qoysku ma yiraahdaa waa inaad bikro ahaato, taasoo ah inaadan galmo samayn, ilaa aad guursato?
q-family-marriage = Qoyska ama qaraabadu ma kugu cadaadinayaan inaad u doonan lahayd ama guursato qof aadan adigu dooran, mise taasi horay ayay u dhacday adigoo aan raalli ka ahayn?
q-family-marriage-youth = Qoysku ma rabaa inaad doonan lahaato ama guursato, inkastoo aadan adigu rabin?
q-family-abroad = Qof ma kuu sheegay in laguu diri doono ama lagu geyn doono waddan kale adigoo aan raalli ahayn, mise waxaa la qorsheynayaa safar aad ka welwelsan tahay?
q-family-abroad-youth = Qof ma kuu sheegay in laguu diri doono waddan kale, mise waxaad aadaysaa safar kaa welwel gelinaya?
q-family-disown = Qof ma kugu hanjabay in qoysku ku diidi doono ama xiriirka kula jari doono haddii aadan samayn waxa ay rabaan?
q-family-disown-youth = Qof ma kuu sheegay in qoysku aanu ku sii rabi doonin haddii aadan samayn waxa ay yiraahdaan?
q-family-put-down = Qof ka mid ah qoyskaaga ama qaraabadaada ma ku caayaa, ma kugu jees jeesaa, mise ma yiraahdaa waxba qiimo ma lihid?
q-family-put-down-youth = Qof qoyskaaga ka mid ah ma kuu sheegaa erayo xun, ma kugu qayliyaa, mise ma yiraahdaa waxaad tahay qof xun?
q-family-money = Qoyska ama qaraabadu ma qaataan mushaharkaaga, gunnadaada ama lacagtaada, mise ma maamulaan?
q-family-money-youth = Qof qoyskaaga ka mid ah ma qaataa lacagtaada, tusaale ahaan lacagta waxbarashada (studiebidrag) ama mushaharka shaqada xagaaga?
q-family-money-denied = Qoysku ma kaa celiyaa lacagta waxyaabaha aad u baahan tahay, sida cuntada, dharka ama gaadiidka, si ay kuu maamulaan?
q-family-money-denied-youth = Qoysku ma diidaa inay ku siiyaan lacag waxyaabaha aad u baahan tahay, sida kaarka baska, dhar ama agabka dugsiga, si ay kuu ciqaabaan?
q-family-break = Qof ka mid ah qoyskaaga ama qaraabadaada ma jebiyay, ma tuuray, mise ma kaa qaatay alaabtaada?
q-family-break-youth = Qof qoyskaaga ka mid ah ma burburiyay ama ma kaa qaatay alaabtaada si uu kuu ciqaabo?
q-family-pets = Qof ka mid ah qoyskaaga ama qaraabadaada ma dhaawacay, ama ma ku hanjabay inuu dhaawici doono, xayawaan aad jeceshahay?
q-family-online = Qof ka mid ah qoyskaaga ama qaraabadaada ma ku faafiyay internetka, ama ma ku hanjabay inuu faafin doono, sawirro, muuqaallo ama warar been ah oo adiga kugu saabsan?
q-family-online-youth = Qof qoyskaaga ka mid ah ma dhigay internetka, ama ma ku hanjabay inuu dhigi doono, sawirro ama waxyaabo adiga kugu saabsan?
q-family-tracking = Qof ka mid ah qoyskaaga ama qaraabadaada ma ku daba socdaa, mise wuxuu la socdaa meesha aad joogto isagoo isticmaalaya app ama dad kale?
q-family-tracking-youth = Qof qoyskaaga ka mid ah ma ku daba socdaa, mise wuxuu ku eegaa meesha aad joogto app ku jira taleefankaaga?
q-family-hit = Qof ka mid ah qoyskaaga ama qaraabadaada ma ku garaacay, ma ku riixay, ma ku laaday, mise ma ku qabtay si aadan u dhaqaaqi karin?
q-family-hit-youth = Qof qoyskaaga ka mid ah ma ku garaacay, ma ku riixay, ma timaha kaa jiiday, mise ma ku qabtay si aadan u dhaqaaqi karin?
q-family-neck = Qof ka mid ah qoyskaaga ama qaraabadaada ma qoorta kaa qabtay, ma cunahaaga ku cadaadiyay, mise wuxuu sababay inay kugu adkaato inaad neefsato?
q-family-neck-youth = Qof qoyskaaga ka mid ah ma qoorta kaa qabtay, mise wuxuu sababay inay kugu adkaato inaad neefsato?
q-family-weapon = Qof ka mid ah qoyskaaga ama qaraabadaada ma kugu hanjabay mindi, hub ama wax kale oo wax dhaawici kara?
q-family-weapon-youth = Qof qoyskaaga ka mid ah ma kugu hanjabay mindi ama wax kale oo wax dhaawici kara?
q-family-kill = Qof ka mid ah qoyskaaga ama qaraabadaada ma kugu hanjabay inuu dili doono adiga ama qof kuu dhow?
q-family-kill-youth = Qof qoyskaaga ka mid ah ma yiri wuxuu dili doonaa adiga ama qof aad jeceshahay?
q-family-worse = Rabshadda ama hanjabaadaha ma sii xumaadeen, mise ma soo badanayeen sanadkii la soo dhaafay?
q-family-worse-youth = Ma sii xumaatay, mise ma soo badatay waqtigan dambe?
q-family-sex-touch = Qof ka mid ah qoyskaaga ama qaraabadaada ma kuu taabtay si galmo ah, mise ma kuu sheegay ama ma ku tusay waxyaabo galmo ah oo aadan rabin?
q-family-sex-touch-youth = Qof qoyskaaga ama qaraabadaada ka mid ah ma jirkaaga u taabtay si aad dareentay inay khalad tahay, mise ma ku tusay sawirro galmo ah?
q-family-sex-forced = Qof ka mid ah qoyskaaga ama qaraabadaada ma kugu qasbay, mise ma kugu cadaadiyay galmo ama falal galmo?
q-family-sex-forced-youth = Qof qoyskaaga ama qaraabadaada ka mid ah ma kugu qasbay inaad samayso wax galmo ah?
q-family-care = Haddii aad u baahan tahay caawimaad nolol maalmeedka: qofka qoyska ka mid ah ee ay tahay inuu ku caawiyo, ma kaa celiyay cunto, daawo ama caawimaad kale oo aad u baahan tahay?
q-family-care-youth = Ma dhacdaa in guriga aad ku waayo cunto, dhar nadiif ah ama caawimaad markaad jiran tahay?
q-family-alone = Qof ka mid ah qoyskaaga ma kaa tagay adigoo keli ah muddo dheer, mise ma kaa qaatay qalabka kaa caawiya, inkastoo aadan naftaada maareyn karin?
q-family-alone-youth = Ma lagaa tagaa adigoo keli ah guriga muddo dheer, mise waa inaad naftaada ama walaalahaa daryeeshaa in ka badan intaad awooddo?
q-family-children-see = Qoyska ma ku jiraan carruur arka ama maqla rabshad ama hanjabaad guriga?
q-family-children-see-youth = Adiga ama walaalahaa ma aragteen ama ma maqasheen qof qoyskaaga ka mid ah oo garaacaya ama ku hanjabaya qof kale?
q-family-children-threat = Qof ka mid ah qoyskaaga ama qaraabadaada ma ku hanjabay inuu dhaawici doono carruurta qoyska, ama uu kaa qaadan doono?
q-family-children-threat-youth = Qof qoyskaaga ka mid ah ma ku hanjabay inuu dhaawici doono walaalahaa ama carruur kale oo qoyska ka mid ah?
q-family-afraid = Ma ka baqdaa qof ka mid ah qoyskaaga ama qaraabadaada, xitaa marka aan waxba dhacayn xilligaas?
q-family-afraid-youth = Ma ka baqdaa qof qoyskaaga ka mid ah?
q-family-home = Ma ka baqdaa waxa dhici doona markaad guriga timaado, ama haddii qoysku wax kaa ogaado?
q-family-home-youth = Ma ka baqdaa inaad guriga aaddo dugsiga kadib, ama waxa dhici doona haddii qoysku wax kaa ogaado?

## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Qof ma kugu cadaadiyaa ama kugu qasbaa inaad galmo iibiso, ama inaad lacag ku hesho adigoo galmo la samaynaya dad kale?
q-exploit-sell-sex-youth = Qof ma kaa dhigay inaad galmo samayso ama waxyaabo galmo ah samayso, adigoo ku beddelanaya lacag, alaab, daroogo ama meel aad seexato?
q-exploit-sex-control = Qof kale ma go'aamiyaa goorta, meesha ama cidda aad galmo lacag ah la samaynayso, mise qof kale ayaa qaata lacagta?
q-exploit-work = Ma u shaqaysaa wax aad uga badan intii aad ku heshiiseen, mushahar aad u yar ama mushahar la'aan?
q-exploit-work-youth = Qof ma kaa dhigaa inaad u shaqeyso, daroogo iibiso ama hawlo u qabato, mushahar la'aan ama sababtoo ah waad baqaysaa?
q-exploit-wage = Qof kale ma qaataa mushaharkaaga ama lacagtaada, mise ma go'aamiyaa waxa aad iibsan karto?
q-exploit-debt = Qof ma yiraahdaa deyn baad ku leedahay, tusaale ahaan safarka, hoyga ama shaqada awgeed, oo ay tahay inaad ka shaqeyso si aad u bixiso?
q-exploit-debt-youth = Qof ma yiraahdaa lacag ama abaal baad ku leedahay, oo ay tahay inaad ku celiso adigoo wax u qabanaya?
q-exploit-debt-grows = Deyntu ma sii kordhaysaa had iyo jeer, tusaale ahaan ganaaxyo, kiro ama khidmado awgood, si aadan waligaa uga xoroobin?
q-exploit-papers = Qof ma kaa qaatay baasaboorkaaga, kaarkaaga aqoonsiga ama sharcigaaga deganaanshaha, mana doonayo inuu kuu celiyo?
q-exploit-accounts = Qof kale ma maamulaa BankID-gaaga (aqoonsiga bangiga ee elektaroonigga ah), heshiisyadaada ama waraaqo kale oo magacaaga ah, si aadan adigu u isticmaali karin?
q-exploit-locked = Qof ma kaa celiyaa inaad keligaa dibadda u baxdo, la kulanto cidda aad rabto ama la hadasho qoyskaaga?
q-exploit-phone = Qof ma kaa qaataa taleefankaaga, ma akhriyaa fariimahaaga, mise ma la socdaa meesha aad joogto?
q-exploit-online = Qof ma dhigay internetka xayaysiisyo, sawirro ama muuqaallo adiga ah, adigoo aan adigu go'aansan?
q-exploit-authorities = Qof ma kuu sheegay in booliska ama hay'adaha dowladdu ay ku ciqaabi doonaan ama dalka kaa saari doonaan haddii aad cid u sheegto?
q-exploit-sex-forced = Qof ma kugu qasbay galmo ama falal galmo oo aadan rabin?
q-exploit-sex-unsafe = Qof ma kugu qasbay inaad galmo samayso kondom la'aan, ama inaad samayso waxyaabo aad maya ka tiri?
q-exploit-hit = Qof ku maamula ma ku garaacay, ma ku riixay, mise ma ku dhaawacay?
q-exploit-neck = Qof ma qoorta kaa qabtay, ma cunahaaga ku cadaadiyay, mise wuxuu sababay inay kugu adkaato inaad neefsato?
q-exploit-weapon = Qof ma kugu hanjabay mindi, hub ama wax kale oo wax dhaawici kara?
q-exploit-kill = Qof ma kugu hanjabay inuu dili doono adiga, ama qof qoyskaaga ka mid ah oo halkan ama waddan kale jooga?
q-exploit-worse = Rabshadda ama hanjabaadaha ma sii xumaadeen, mise ma soo badanayeen waqtigan dambe?
q-exploit-afraid = Ma ka baqdaa waxa dhici doona haddii aad maya tiraahdo, joojiso ama meesha ka tagto?
q-exploit-always-afraid = Ma ka baqdaa qofka ama dadka ku maamula, xitaa marka aysan kuu dhowayn?

## Questions: someone you are worried about

q-worried-afraid = Qofka aad u welwelsan tahay ma u muuqdaa inuu qof ka baqayo, ama uu ka welwelsan yahay inuu guriga aado?
q-worried-isolated = Qofka aad u welwelsan tahay ma joojiyay inuu la kulmo saaxiibadiis ama qoyskiisa, ama inuu sameeyo waxyaabihii uu jeclaan jiray?
q-worried-controlled = Ma u muuqataa in qof maamulo qofka aad u welwelsan tahay, tusaale ahaan cidda uu la kulmi karo ama meesha uu aadi karo?
q-worried-careful = Qofka aad u welwelsan tahay ma u muuqdaa inuu had iyo jeer ka fekero waxa uu yiraahdo iyo waxa uu sameeyo, si aan qof u xanaaqin?
q-worried-phone = Qof ma baaraa taleefanka qofka aad u welwelsan tahay, mise had iyo jeer waa inuu isla markiiba jawaabaa oo sheegaa meesha uu joogo?
q-worried-followed = Qofka aad u welwelsan tahay ma la daba socdaa, ma la ilaaliyaa, mise qof ayaa had iyo jeer la xiriira, internetka ama nolosha dhabta ah?
q-worried-money = Qof kale ma maamulaa lacagta, mushaharka ama kaarka bangiga ee qofka aad u welwelsan tahay, si uusan isagu go'aan u gaari karin?
q-worried-debts = Qofka aad u welwelsan tahay ma ku dhacay deymo uu qof kale qaatay, mise ma waayaa lacag uu ku helo cunto iyo waxyaabo kale oo uu u baahan yahay?
q-worried-injuries = Ma ku aragtay barar ama dhaawacyo qofka aad u welwelsan tahay, oo uusan doonayn ama aanu sharxi karin?
q-worried-hit = Ma aragtay, ma maqashay, mise laguu sheegay in qof garaaco, riixo ama xajiyo qofka aad u welwelsan tahay?
q-worried-neck = Ma laguu sheegay in qof qoorta ka qabtay qofka aad u welwelsan tahay, ama sababay inay ku adkaato inuu neefsado?
q-worried-weapon = Qof ma ku hanjabay qofka aad u welwelsan tahay mindi, hub ama wax kale oo wax dhaawici kara?
q-worried-kill = Qof ma ku hanjabay inuu dili doono qofka aad u welwelsan tahay, ama qof u dhow?
q-worried-worse = Ma u muuqataa inay sii xumaatay waqtigan dambe, tusaale ahaan dhaawacyo badan, hanjabaad badan ama cabsi badan?
q-worried-leaving = Qofka aad u welwelsan tahay dhowaan ma ka tagay, mise ma ka fikirayaa inuu ka tago, lammaane uu ka baqo?
q-worried-sex = Qofka aad u welwelsan tahay ma kuu sheegay in qof ku qasbay ama ku cadaadiyay galmo ama falal galmo?
q-worried-sex-images = Ma aragtay qof faafinaya sawirro galmo ah oo qofka aad u welwelsan tahay, ama kula hadlaya si galmo ah inkastoo uusan rabin?
q-worried-selling-sex = Ma u malaynaysaa in qofka aad u welwelsan tahay uu galmo iibiyo, ama in qof ka dhigo inuu sidaas sameeyo?
q-worried-sex-for-things = Qofka aad u welwelsan tahay ma ka helaa lacag, hadiyado, daroogo ama meel uu seexdo qof doonaya galmo beddelkeeda?
q-worried-honour = Qoyska ama qaraabada qofka aad u welwelsan tahay ma go'aamiyaan saaxiibada uu yeelan karo, waxa uu xiran karo ama inuu wax baran karo?
q-worried-honour-love = Qof kale ma go'aamiyaa cidda uu qofka aad u welwelsan tahay la noolaan karo ama guursan karo?
q-worried-trip = Qofka aad u welwelsan tahay ma yiri waa la doonan doonaa, waa la guurin doonaa ama dibadda ayaa loo diri doonaa isagoo aan raalli ahayn?
q-worried-care = Haddii qofka aad u welwelsan tahay u baahan yahay caawimaad nolol maalmeedka: ma u muuqdaa inuu waayo cunto, daawo ama caawimaad kale oo uu u baahan yahay?
q-worried-care-youth = Qofka aad u welwelsan tahay ma u muuqdaa inuu waayo cunto, dhar nadiif ah ama caawimaad markuu jiran yahay?
q-worried-left-alone = Qofka aad u welwelsan tahay ma laga tagaa isagoo keli ah muddo dheer, ama qalabkiisa caawinta la'aantiis, inkastoo uusan naftiisa maareyn karin?
q-worried-children-home = Guriga ma ku jiraan carruur arki kara ama maqli kara rabshad ama hanjabaad?
q-worried-children-scared = Carruurta guriga ma u muuqdaan kuwo baqaya, welwelsan ama murugaysan, si kaa welwel gelinaysa?

## Questions: I have hurt or frightened someone close to me

q-used-put-down = Ma caaytay qof kuu dhow, ma hoos u dhigtay, mise ma ku qaylisay ilaa uu cabsaday?
q-used-control = Ma go'aamisay cidda lammaanahaaga ama qof qoyskaaga ka mid ah uu la kulmi karo, meesha uu aadi karo ama waxa uu xiran karo?
q-used-control-youth = Ma go'aamisay cidda qof aad jacayl la leedahay, ama walaalkaa/walaashaa, uu la kulmi karo ama waxa uu xiran karo?
q-used-phone = Ma akhriday fariimaha qof kale, ma ka dalbatay furahiisa sirta ah (password), mise ma baartay taleefankiisa adigoo aan fasax weydiisan?
q-used-images = Ma faafisay, ama ma ku hanjabtay inaad faafin doonto, sawirro ama muuqaallo qof oo uusan rabin in dadka kale arkaan?
q-used-money = Ma qaadatay lacagta qof, mise ma maamushay si uusan isagu u isticmaali karin?
q-used-money-work = Ma ka joojisay lammaanahaaga ama qof qoyskaaga ka mid ah inuu shaqeeyo ama wax barto, mise ma qaadatay amaah magaciisa ah?
q-used-money-work-youth = Ma ku qasbay qof inuu ku siiyo lacag ama alaab?
q-used-break = Ma jebisay alaab, ma tuurtay alaab, mise ma garaacday darbiyo ama albaabo markaad xanaaqsanayd?
q-used-pets = Ma dhaawacday, ama ma ku hanjabtay inaad dhaawici doonto, xayawaan si aad qof u cabsi geliso?
q-used-hit = Ma garaacday, ma riixday, ma laadday, mise ma qabatay si uusan u dhaqaaqi karin lammaanahaaga ama qof qoyskaaga ka mid ah?
q-used-hit-youth = Ma garaacday, ma riixday, mise ma laadday qof qoyskaaga ka mid ah, sida waalid ama walaal, ama qof aad jacayl la leedahay?
q-used-neck = Weligaa ma qof qoorta ama cunaha ka cadaadisay?
q-used-weapon = Ma ku hanjabtay qof mindi, hub ama wax kale oo wax dhaawici kara?
q-used-kill = Ma tiri waxaan dilayaa qof kuu dhow, xitaa haddii aadan ula jeedin?
q-used-worse = Ma soo badatay, mise ma sii xumaatay, sanadkii la soo dhaafay?
q-used-sex = Ma ku cadaadisay ama ma ku qasbay qof galmo, mise ma sii wadday markuu maya yiri ama uusan u muuqan inuu rabo?
q-used-sex-sulk = Ma xanaaqday, ma ka xumaatay oo aamustay, mise ma hanjabtay markii lammaanahaagu uusan galmo rabin?
q-used-children-see = Carruur ma arkeen ama ma maqleen adigoo rabshad samaynaya ama hanjabaya guriga?
q-used-children-afraid = Ilmo ma kaa cabsaday, mise ma isku dayay inuu ku joojiyo ama qof difaaco markaad xanaaqsanayd?
q-used-afraid = Ma u malaynaysaa in qof kuu dhow uu kaa baqo?
q-used-careful = Ma dareentaa in qof kuu dhow uu aamuso ama taxaddar badan sameeyo si aadan u xanaaqin?

## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Rabshad jireed
category-physical-text = In qof ku garaaco, ku riixo, ku qabto si aadan u dhaqaaqi karin ama si kale kuu dhaawaco waa rabshad. Waa dambi, weligeedna adiga eed kuma aha.
category-physical-text-worried = In qof garaaco, riixo ama dhaawaco qofka aad u welwelsan tahay waa rabshad iyo dambi. Weligeed isaga eed kuma aha.
category-physical-text-used = Waxa aad sharaxday waa rabshad jireed. Waa suurtagal inaad joojiso, caawimaadna waa la heli karaa.

category-psychological-title = Rabshad nafsiyeed
category-psychological-text = Hanjabaad, jees jees, in lagu maamulo ama lagaa celiyo inaad dad kale la kulanto sidoo kale waa rabshad. Waxay u xanuun badnaan kartaa sida garaac oo kale.
category-psychological-text-worried = Hanjabaad, jees jees iyo maamul sidoo kale waa rabshad, xitaa marka aan waxba muuqan. Waxay ku adkeyn kartaa inuu caawimaad weydiisto.
category-psychological-text-used = In qof lagu hanjabo, la hoos u dhigo ama la maamulo waa rabshad nafsiyeed. Waad dooran kartaa inaad joojiso, waxaana jira taageero kaa caawinaysa inaad ku guulaysato.

category-sexual-title = Rabshad galmo
category-sexual-text = Galmo kasta waa inay ahaataa mid laga raalli yahay, xitaa marka uu yahay lammaanahaaga. In lagugu cadaadiyo ama lagugu qasbo wax galmo ah waa rabshad iyo dambi.
category-sexual-text-worried = Qofna uma bannaana inuu qof ku cadaadiyo ama ku qasbo wax galmo ah. Waa rabshad iyo dambi, xitaa xiriir jacayl ama guur dhexdiisa.
category-sexual-text-used = Galmo aan labada qof wada rabin waa rabshad galmo iyo dambi, xitaa xiriir dhexdiisa. Caawimaad ayaa jirta haddii aad rabto inaad beddesho sida aad wax u samayso.

category-economic-title = Rabshad dhaqaale
category-economic-text = In qof qaato lacagtaada, maamulo ama kugu rido deyn si uu kuu maamulo waa rabshad dhaqaale.
category-economic-text-worried = In qof qaato lacagtiisa ama maamulo si uu isaga u maamulo waa rabshad dhaqaale.
category-economic-text-used = In lacagta qof la qaato ama la maamulo si isaga loo maamulo waa rabshad dhaqaale. Waa la beddeli karaa, taageerona waa jirtaa.

category-material-title = Rabshad hantiyeed
category-material-text = In qof burburiyo alaabtaada ama dhaawaco xayawaankaaga si uu kuu cabsi geliyo sidoo kale waa rabshad.
category-material-text-used = In alaab la jebiyo ama xayawaan la dhaawaco markaad xanaaqsan tahay waxay cabsi gelisaa dadka kale, waana nooc rabshad ah. Waa suurtagal in la barto habab kale oo xanaaqa lagu maareeyo.

category-digital-title = Rabshad dijitaal ah
category-digital-text = In qof baaro taleefankaaga, la socdo meesha aad joogto ama faafiyo sawirradaada waa rabshad, xitaa marka ay ka dhacdo internetka.
category-digital-text-worried = In qof baaro taleefankiisa, la socdo meesha uu joogo ama faafiyo sawirradiisa waa rabshad, xitaa marka ay ka dhacdo internetka.
category-digital-text-used = In la baaro taleefanka qof, la socdo meesha uu joogo ama la faafiyo sawirradiisa waa rabshad dijitaal ah. Waa suurtagal inaad joojiso, caawimaadna waa jirtaa.

category-latent-title = Ku noolaanshaha cabsi
category-latent-text = In had iyo jeer aad baqdo oo aad naftaada la qabsiiso si aad uga badbaaddo rabshad waxaa la yiraahdaa rabshad qarsoon. Cabsidu waa calaamad muujinaysa in wax khaldan yihiin, adiguna eed kuma lihid.
category-latent-text-worried = In had iyo jeer la baqo oo la isla qabsiiyo waxaa la yiraahdaa rabshad qarsoon. Cabsidiisu waa calaamad muhiim ah oo ay tahay in si dhab ah loo qaato.
category-latent-text-used = Marka qof kaa baqo oo uu isla qabsiiyo adiga, waxaa la yiraahdaa rabshad qarsoon. In aad taas aragto waa tallaabo koowaad oo muhiim ah.

category-neglect-title = Dayacaad
category-neglect-text = Haddii aad u baahan tahay caawimaad nolol maalmeedka, xaq baad u leedahay inaad hesho. In qof diido inuu ku caawiyo, ama kaa qaato waxa aad u baahan tahay, waa dayacaad.
category-neglect-text-worried = In qof u baahan caawimaad uu waayo cunto, daawo ama daryeel waa dayacaad. Xaq buu u leeyahay caawimaad.

category-honour-title = Rabshadda iyo dulmiga la xiriira sharafta
category-honour-text = Marka qoyskaaga ama qaraabadaadu ay wada go'aamiyaan cidda aad la noolaan karto, waxa aad xiran karto ama cidda ay tahay inaad guursato, waxaa la yiraahdaa rabshadda iyo dulmiga la xiriira sharafta. Xaq baad u leedahay inaad go'aan ka gaarto noloshaada.
category-honour-text-worried = Marka qoyska ama qaraabadu ay wada maamulaan noloshiisa, saaxiibadiisa, dharkiisa ama guurkiisa, waxaa la yiraahdaa rabshadda iyo dulmiga la xiriira sharafta. Xaq buu u leeyahay inuu go'aan ka gaaro noloshiisa.

category-children-witnessing-title = Carruurta arka ama maqla rabshad
category-children-witnessing-text = Carruurta arka ama maqla rabshad guriga iyaga laftooda ayaa rabshad la kulma. Xaq bay u leeyihiin ilaalin iyo taageero.
category-children-witnessing-text-worried = Carruurta arka ama maqla rabshad guriga iyaga laftooda ayaa rabshad la kulma. Socialtjänsten (xafiiska adeegga bulshada ee degmada) waxay taageero siin kartaa ilmaha iyo qoyska.
category-children-witnessing-text-used = Carruurta arka ama maqla rabshad aad bay u saameeyaan, xitaa marka aysan isku qol joogin. In aad caawimaad raadsato iyagana way u wanaagsan tahay.

category-coerced-sex-title = In lagugu cadaadiyo inaad galmo iibiso
category-coerced-sex-text = Qofna uma bannaana inuu kugu cadaadiyo, kugu khiyaaneeyo ama kugu qasbo inaad galmo iibiso. Iswiidhan, qofka galmo iibsada ama lacag ka sameeya ayaa khalad samaynaya, weligaana adiga ma aha.
category-coerced-sex-text-worried = Qofna uma bannaana inuu qof ku cadaadiyo, ku khiyaaneeyo ama ku qasbo inuu galmo iibiyo. Qofka galmo iibiya dambi kama galo Iswiidhan, wuxuuna xaq u leeyahay taageero.

category-debt-bondage-title = Addoonsi deyn
category-debt-bondage-text = In qof kuu sheego inaad leedahay deyn ay tahay inaad ka shaqeyso, oo aan weligeed dhammaanayn, waa hab lagu maamulo. Waxay noqon kartaa ka ganacsiga dadka.

category-documents-taken-title = Baasaboor iyo waraaqo lagaa qaaday
category-documents-taken-text = Qofna uma bannaana inuu qaato baasaboorkaaga, aqoonsigaaga ama waraaqahaaga. In loo haysto si lagu maamulo waa calaamad qasab.

## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = In qof qoorta ka qabto qof kale waa calaamad digniin oo culus, xitaa haddii aan wax raad ah la arkin.
danger-weapon = Hanjabaad mindi, hub ama alaab kale lagu sameeyo waa calaamad digniin oo culus.
danger-threat-to-kill = Hanjabaadda dilka had iyo jeer waa in si dhab ah loo qaato, xitaa marka xanaaq lagu yiraahdo.
danger-escalation = Marka rabshadda ama hanjabaaduhu sii xumaadaan ama soo badanayaan, khatarta rabshad culus way sii kordhaysaa.
danger-separation = Waqtiga kala tagga ku xeeran wuxuu noqon karaa mid si gaar ah khatar u ah, marka qofka kale uu ahaa mid rabshad badan ama maamul badan.
danger-pregnancy = Rabshad inta uurka lagu jiro waa calaamad digniin oo culus, labadaba qofka uurka leh iyo ilmaha.
danger-stalking = In la daba socdo, la ilaaliyo ama had iyo jeer lala xiriiro waa calaamad digniin oo culus, waxayna noqon kartaa dambi.
danger-forced-trip-or-marriage = Qorshe guur ama safar dibadda ah oo ka dhan ah rabitaanka qofka waa calaamad digniin oo culus. Waa suurtagal in ilaalin la helo safarka ka hor.
danger-threats-to-children = Hanjabaad carruurta lagu hanjabo waa calaamad digniin oo culus. Carruurtu xaq bay u leeyihiin ilaalin.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".
## A list is a series of ids ending in -1, -2, -3 … in the order they are shown.

## Safety page

safety-title = Badbaadadaada boggan
safety-intro = Halkan waxaad ka akhrisan kartaa sida boggan kuu ilaaliyo iyo waxa uusan qarin karin. Samee waxa kuu muuqda inay ugu ammaan badan tahay.

safety-quick-exit-title = Si degdeg ah uga bax bogga
safety-quick-exit-1 = Badhanka “Si degdeg ah uga bax bogga” had iyo jeer wuxuu ku yaallaa xagga sare. Sidoo kale waxaad riixi kartaa Shift saddex jeer.
safety-quick-exit-2 = Markaas boggu isla markiiba wuu madhnaanayaa, waxa aad ka jawaabtay oo dhanna waa la illaawayaa.
safety-quick-exit-3 = Kadib tab-ku wuxuu u gudbayaa bog cimilada ah, si ay u muuqato inaad cimilada eegaysay.
safety-quick-exit-4 = Badhanka dib-u-noqoshada ee browser-ka halkan dib kuuma soo celinayo.

safety-cannot-hide-title = Waxa boggan uusan qarin karin
safety-cannot-hide-1 = Taariikhda (history) browser-ku weli waxay muujinaysaa inaad booqatay boggan.
safety-cannot-hide-2 = Waxaad tirtiri kartaa booqashadaas keliya. Ka fur taariikhda liiska (menu) browser-ka oo raadi Vägvisaren. Farta ku hay safka, dhinac u jiid ama riix calaamadda X, kadibna dooro inaad tirtirto.
safety-cannot-hide-3 = Haddii aad tirtirto safkaas keliya, taariikhda inteeda kale waxay u ekaanaysaa sidii caadiga ahayd.
safety-cannot-hide-4 = Liiska wicitaannada dhowaan ee taleefanku wuxuu muujinayaa lambarrada aad wacday.
safety-cannot-hide-5 = Wicitaan waad ka tirtiri kartaa liiska. Farta ku hay wicitaanka ama u jiid dhanka bidix, kadibna dooro “Tirtir” (ama “Delete”).
safety-cannot-hide-6 = Wicitaannada lambarrada ka bilaabma 020 waa bilaash, kamana muuqdaan biilka taleefanka. Hase yeeshee weli waxay ka muuqdaan liiska wicitaannada dhowaan.
safety-cannot-hide-7 = Fariimaha qoraalka (SMS) iyo wada sheekaysiga (chat) waxay ku jiraan taleefanka ilaa aad tirtirto.

safety-private-browsing-title = Baadhis gaar ah (private)
safety-private-browsing-1 = Inta badan browser-yada waxay leeyihiin hab gaar ah (private), oo sidoo kale loo yaqaan incognito. Markaas booqashada laguma kaydiyo taariikhda marka aad xirto daaqadda.
safety-private-browsing-2 = Badanaa waxaad ka furtaa liiska browser-ka, adigoo dooranaya “Daaqad gaar ah oo cusub” (“New private window”) ama “Tab incognito ah oo cusub” (“New incognito tab”).
safety-private-browsing-3 = Habka gaarka ahi kama qariyo waxa aad samayso barnaamij ilaaliya taleefanka, mana ka qariyo shabakadda goobta shaqada ama dugsiga.

safety-shared-phone-title = Haddii qof kale isticmaalo ama baaro taleefankaaga
safety-shared-phone-1 = Haddii qof kale amaahan karo ama baari karo taleefankaaga ama kombiyuutarkaaga, qofkaasi wuu arki karaa waxa aad ku samayso.
safety-shared-phone-2 = Waxaa suurtagal ah in qof ku rakibay barnaamij ilaaliya taleefanka, oo loo yaqaan barnaamij basaasid (spyware). Sidoo kale qof ayaa laga yaabaa inuu yaqaan furayaashaada sirta ah iyo koodhadhkaaga.
safety-shared-phone-3 = Haddii ay kuu muuqato inay ka ammaan badan tahay, waxaad isticmaali kartaa taleefanka saaxiib, kombiyuutar maktabadda yaalla ama taleefan shaqada.
safety-shared-phone-4 = Waa la dareemi karaa haddii aad si lama filaan ah u beddesho furayaasha sirta ah ama tirtirto barnaamijyo. Ka fikir waxa kuu ammaan badan ka hor intaadan samayn.

safety-transparency-title = Boggani waxba ma kaydiyo, waxna ma diro
safety-transparency-1 = Boggani waxba kuma kaydiyo taleefankaaga ama kombiyuutarkaaga, xitaa cookies. Luqaddaada iyo degmadaadu waxay jiraan oo keliya ilaa aad xirto bogga.
safety-transparency-2 = Waxa aad ka jawaabto weligood meelna looma diro. Boggu wuxuu soo dejiyaa oo keliya isla faylasha uu u soo dejiyo qof kasta, wax kasta oo aad ka jawaabto.
safety-transparency-intro = Naftaada ku eeg: liiska hoose wuxuu muujinayaa codsi kasta oo boggu sameeyay tan iyo markii aad furtay.
safety-transparency-empty = Boggu weli wax codsi ah ma samayn.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Boggu wuxuu sameeyay hal codsi.
   *[other] Boggu wuxuu sameeyay { $count } codsi.
}

## Help view (reachable without the questions)

help-title = Hel caawimaad
help-intro = Halkan waxaa ku yaal khadadka taageerada ee Iswiidhan oo dhan iyo xiriirada degmadaada. Adiga ayaa go'aansanaya cidda aad la xiriirto iyo waxa aad u sheegto.
help-emergency = Ma khatar baad ku jirtaa hadda? Wac 112.
help-not-sure = Waad wici kartaa xitaa haddii aadan hubin inay rabshad tahay. Waa ku filan tahay inaad welwelsan tahay ama aad rabto inaad la hadasho qof.

help-what-happens-title = Tan ayaa dhacda marka aad wacdo khad taageero
help-what-happens-1 = Qof ayaa ku dhageysanaya, wuxuuna si dhab ah u qaadanayaa waxa aad sheegto.
help-what-happens-2 = Adiga ayaa go'aansanaya waxa aad rabto inaad sheegto, waadna joojin kartaa wicitaanka markaad rabto.
help-what-happens-3 = Khadad taageero oo badan waa bilaash, kuwo badanna waxaad ku ahaan kartaa qof aan magaciisa la aqoon. Taas waxaa lagu qoray xiriir kasta.
help-what-happens-4 = Khadad taageero oo badan waxay kuu diyaarin karaan turjumaan, si aad ugu hadasho luqaddaada.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = Weli ma hayno xiriirro u gaar ah { $municipality }. Wac xarunta taleefanka ee degmada (växel) oo weydii inaad la hadasho socialtjänsten (xafiiska adeegga bulshada). Saacadaha shaqada kadib, waxaad weydiin kartaa socialjouren (adeegga bulshada ee xaaladaha degdegga ah), ama wac 112 haddii ay degdeg tahay.

help-municipality-label = Degmadaada
help-municipality-hint = Qor magaca degmadaada. Doorashadaadu waxay ku jirtaa taleefankaaga ama kombiyuutarkaaga, lamana kaydiyo. Boggu wuxuu hal mar soo dejiyaa xiriirada degmooyinka oo dhan, sidaas darteed qofna ma arki karo midda aad dooratay.
help-municipality-no-match = Ma helin degmo magacaas leh. Hubi higgaadda ama qor bilowga magaca.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Waxaad dooratay { $municipality }.
help-municipality-change = Beddel degmada

help-national-title = Taageero Iswiidhan oo dhan ah
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Taageero ku taal { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Wac { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = U dir SMS { $number }
contact-chat = Fur wada sheekaysiga (chat)
contact-web = Fur website-ka
contact-open-always = Furan 24 saac, maalin kasta
contact-open-now = Hadda waa furan yahay
contact-closed-now = Hadda waa xiran yahay
contact-hours-unknown = Ma awoodin inaan hubino saacadaha furitaanka.
contact-free = Waa bilaash
contact-anonymous = Waxaad ahaan kartaa qof aan magaciisa la aqoon
contact-interpreter = Turjumaan ayaa laguu diyaarin karaa
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Sidoo kale waxaad ku hadli kartaa { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = La hubiyay { $date }
contact-for-professionals = Loogu talagalay shaqaalaha xirfadlayaasha ah
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Loogu talagalay: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Maalin kasta
days-weekdays = Isniin–Jimco
days-weekends = Sabti–Axad
days-mon = Isniin
days-tue = Talaado
days-wed = Arbaco
days-thu = Khamiis
days-fri = Jimco
days-sat = Sabti
days-sun = Axad

## What kind of contact it is (short noun phrases)

kind-emergency = Lambarka gurmadka degdegga ah
kind-police = Booliska
kind-helpline = Khadka taageerada
kind-social-services = Socialtjänsten (adeegga bulshada)
kind-social-services-on-call = Socialjouren (adeegga bulshada ee saacadaha shaqada kadib)
kind-womens-shelter = Kvinnojour (taageero iyo hoy haweenka)
kind-girls-shelter = Tjejjour (taageero gabdhaha iyo haweenka da'da yar)
kind-mens-shelter = Taageero ragga
kind-youth-clinic = Ungdomsmottagning (rugta caafimaadka dhallinyarada)
kind-perpetrator-programme = Taageero lagu joojiyo isticmaalka rabshadda
kind-victim-support = Taageero dambiga kadib
kind-health = Daryeel caafimaad

## Who the contact is for (phrases after “For: …”)

audience-everyone = Qof kasta
audience-women = Haweenka
audience-men = Ragga
audience-trans = Dadka trans-ka ah iyo kuwa aan labada jinsi midna ahayn (non-binary)
audience-young = Dhallinyarada
audience-children = Carruurta ka yar 18 sano
audience-honour = Dadka la kulma rabshadda iyo dulmiga la xiriira sharafta
audience-trafficking = Dadka galmo iibiya ama la kulma ka ganacsiga dadka
audience-uses-violence = Dadka isticmaala rabshad oo doonaya inay joojiyaan
audience-worried-others = Dadka u welwelsan qof kale
audience-professionals = Shaqaalaha xirfadlayaasha ah

## Result: fixed parts

result-title = Tan ayay jawaabahaagu sharxayaan
result-intro = Waxa aad ka jawaabtay wuxuu sharxayaa hal ama dhowr nooc oo rabshad ah. Hoos waxaad ka akhrisan kartaa waxa loo yaqaan iyo meesha aad taageero ka heli karto.
result-none = Jawaabahaaga midkoodna ma sharxin rabshad. Hase yeeshee waa lagu soo dhaweynayaa inaad la hadasho qof haddii ay wax kuu muuqdaan inay khaldan yihiin. Ku kalsoonow dareenkaaga.
result-none-rather-not-say = Waxaad dooratay inaadan ka jawaabin su'aalo qaarkood, taasina waa caadi. Weli taageero waad heli kartaa, adigaana go'aansanaya waxa aad sheegto.

result-urgent-title = Haddii aad hadda khatar ku jirto, wac 112
result-urgent-text = Sheeg meesha aad joogto iyo waxa dhacaya. Wicitaanku waa bilaash. Waad wici kartaa xitaa haddii aadan si xor ah u hadli karin. Haddii ay sidaas tahay, khadka ku sii jir.
result-urgent-signs-intro = Tan ayaan marka hore ku tusaynaa, sababtoo ah jawaabahaagu waxay xusayaan wax noqon kara calaamad digniin oo culus:

result-not-your-fault = Waxa kugu dhacaya eed kuma lihid. Qofna xaq uma laha inuu ku dhaawaco, kugu hanjabo ama ku maamulo.
result-right-to-support = Xaq baad u leedahay inaad taageero ka codsato socialtjänsten (xafiiska adeegga bulshada) ee degmada aad joogto, meel kasta oo aad ka timid, iyo haddii aad haysato sharci deganaansho iyo haddii kale. Waa bilaash inaad la xiriirto.

result-what-happens-title = Maxaa dhacaya haddii aan la xiriiro?
result-what-happens-1 = Waxaad ku bilaabi kartaa inaad wacdo khad taageero si aad ula hadasho oo talo u hesho. Adiga ayaa go'aansanaya waxa aad sheegto.
result-what-happens-2 = Socialtjänsten (xafiiska adeegga bulshada) waxay ku siin karaan wada hadallo taageero ah, caawimaad aad ku qorsheyso sida aad u ahaan karto ammaan, iyo caawimaad hoy la ilaaliyo haddii aad u baahato inaad guurto.
result-what-happens-3 = Waxaad qaadi kartaa hal tallaabo markiiba. Xor baad u tahay inaad weydiiso waxa xiga intaadan wax badan sheegin.

result-contacts-title = Halkan waxaad taageero ka heli kartaa
result-show-local = I tus caawimaad ii dhow
result-start-over = Dib u bilow
result-start-over-hint = Wax kasta oo aad ka jawaabtay waa la illaawayaa.

## Result: for someone who has hurt or frightened someone

result-used-intro = Jawaabahaagu waxay sharxayaan inaad samaysay waxyaabo dhaawici kara ama cabsi gelin kara qof kuu dhow.
result-used-responsibility = In aad ka jawaabtay su'aalahan waa tallaabo muhiim ah. Rabshaddu waa doorasho, waadna dooran kartaa inaad joojiso. Caawimaad ayaa u jirta taas, tusaale ahaan Välj att sluta (barnaamij caawiya dadka doonaya inay joojiyaan rabshadda) iyo socialtjänsten (xafiiska adeegga bulshada) ee degmadaada.
result-used-urgent-text = Haddii aad ka baqayso inaad qof dhaawici doonto hadda, ama haddii qof khatar ku jiro, wac 112.

## Result: for someone who is worried about another person

result-worried-intro = Jawaabahaagu waxay sharxayaan in qofka aad u welwelsan tahay laga yaabo inuu la kulmayo rabshad. Halkan waxaad ka akhrisan kartaa wax badan, waxaadna arki kartaa meesha adiga iyo isagaba aad taageero ka heli kartaan.

## For someone who is worried about another person

worried-title = Haddii aad qof u welwelsan tahay
worried-intro = Waa wanaagsan tahay inaad daryeesho. Halkan waxaa ku yaal calaamado aad fiiro u yeelato, talooyin ku saabsan sida aad ula hadli karto, iyo meesha aad u jeesan karto.

worried-signs-title = Calaamado aad fiiro u yeelato
worried-signs-1 = Wuxuu u muuqdaa mid baqaya, murugaysan ama welwelsan, wuuna isbeddelay.
worried-signs-2 = Uma kulmo saaxiibada iyo qoyska sidii hore, ama looma oggola.
worried-signs-3 = Qof ayaa had iyo jeer wacaya ama fariimo u diraya oo doonaya inuu ogaado meesha uu joogo.
worried-signs-4 = Wuxuu leeyahay dhaawacyo uusan doonayn ama aanu sharxi karin.
worried-signs-5 = Ma haysto lacag u gaar ah, ama qof kale ayaa haya baasaboorkiisa ama taleefankiisa.
worried-signs-6 = Wuxuu ka hadlaa guur ama safar uusan isagu dooran.

worried-talk-title = Sida aad u bilaabi karto wada hadalka
worried-talk-1 = Dooro meel aad ku wada hadli kartaan adigoo keli ah oo deggan.
worried-talk-2 = U sheeg waxa aad dareentay iyo inaad daryeesho. Tusaale ahaan waxaad oran kartaa: “Waxaan dareemay inaad u muuqato mid murugaysan. Sidee tahay?”
worried-talk-3 = Dhageyso adigoo aan xukumin, oo rumayso waxa uu kuu sheego.
worried-talk-4 = U oggolow inuu go'aamiyo xawaaraha. Waqti ayay qaadan kartaa ka hor intuusan rabin inuu wax badan sheego.
worried-talk-5 = U sheeg in caawimaad jirto, oo u bandhig inaad la joogto marka uu wacayo ama la xiriirayo.

worried-dont-title = Waxa aadan samayn
worried-dont-1 = Ha u tegin qofka isticmaala rabshadda si aad ugu canaanato. Waxay ka dhigi kartaa mid khatar badan qofka aad u welwelsan tahay.
worried-dont-2 = Ha ku cadaadin inuu wax sheego ama ka tago. Isaga ayaa si fiican u yaqaan waxa ammaan ah.
worried-dont-3 = Ha la xiriirin qoyska ama qaraabada haddii aad ka shakisan tahay rabshad la xiriirta sharafta. Waxay khatar gelin kartaa qofka aad u welwelsan tahay.
worried-dont-4 = Ha u oggolaan qof qoyska, qaraabada ama dadkooda yaqaan ka mid ah inuu turjumo. Weydii turjumaan aan aqoon qoyska.
worried-dont-5 = Ha u dirin fariimo ku saabsan rabshadda taleefankiisa haddii qof kale akhrin karo.

worried-over-time-title = In aad la joogto muddo dheer
worried-over-time-1 = Sii wad inaad la xiriirto, xitaa haddii uusan hadda rabin inuu hadlo.
worried-over-time-2 = Waa wax caadi ah in qof ka tago oo dib u laabto dhowr jeer. Muuji inaad weli joogto, adigoo aan xukumin.
worried-over-time-3 = Naftaadana daryeel. Khadad taageero oo badan waxay qaataan wicitaannada dadka u welwelsan qof kale.

worried-child-title = Haddii aad u welwelsan tahay ilmo
worried-child-1 = Qof kasta wuxuu u gudbin karaa orosanmälan (warbixin welwel ah) socialtjänsten (xafiiska adeegga bulshada) ee degmada uu ilmuhu ku nool yahay. Looma baahna inaad hubto. Waa ku filan tahay inaad welwelsan tahay.
worried-child-2 = Qof ahaan gaar ah, waxaad ahaan kartaa qof aan magaciisa la aqoon marka aad warbixin gudbinayso. Socialtjänsten (xafiiska adeegga bulshada) ayaa baadha sida ilmuhu u nool yahay.
worried-child-3 = Dadka la shaqeeya carruurta, tusaale ahaan dugsiga, daryeelka caafimaadka ama socialtjänsten (xafiiska adeegga bulshada), waxaa waajib ku ah inay warbixin gudbiyaan.

## School staff page

staff-title = Haddii aad ka shaqeyso dugsi
staff-intro = Vägvisaren waxay ka caawisaa dhallinyarada inay iyagu ogaadaan in waxa ay la kulmayaan ay rabshad tahay, iyo meesha ay caawimaad ka heli karaan. Halkan waxaad ka akhrisan kartaa sida aad u taageeri karto arday.
staff-load-failed = Bogga lama soo shubi karin. Hubi xiriirkaaga internetka oo isku day mar kale.
staff-what-1 = Qalabku wuxuu su'aalo ka weydiiyaa lammaanaha, qoyska iyo qaraabada, in lagu cadaadiyo in galmo la iibiyo, iyo in qofka laftiisu uu qof dhaawacay. Qofka ka yar 18 sano wuxuu helaa su'aalo fudud.
staff-what-2 = Jawaabuhu waxay muujiyaan noocyada rabshadda ee ay noqon karto, in ardaygu uu isla markiiba wici lahaa 112 iyo in kale, iyo khadadka taageerada iyo xiriirada ku habboon.
staff-what-3 = Waxba lama kaydiyo, meelna looma diro. Adiga iyo dugsiguba ma arki kartaan waxa ardaygu ka jawaabay.

staff-talk-title = La hadalka qof dhallinyaro ah oo laga yaabo inuu wax la kulmayo
staff-talk-1 = Si deggan u dhageyso, meel aan laydin carqaladayn. U oggolow ardayga inuu ku sheego erayadiisa.
staff-talk-2 = Rumayso waxa ardaygu sheego, una sheeg inay wanaagsan tahay inuu kuu sheegay. Weligeed eed kuma aha isaga.
staff-talk-3 = Ha u ballan qaadin inaad sir ahaan u haynayso. Si daacad ah ugu sheeg inaad u baahan karto inaad u gudbiso warbixin socialtjänsten (xafiiska adeegga bulshada), iyo sababta.
staff-talk-4 = Ha la xiriirin qoyska haddii aad ka shakisan tahay rabshad la xiriirta sharafta. Waxay ardayga gelin kartaa khatar.
staff-talk-5 = Ha isticmaalin turjumaan ka tirsan qoyska ama shabakaddooda. Ballanso turjumaan xirfadle ah, tusaale ahaan turjumaan taleefan oo magaalo kale jooga, oo weydii ardayga in turjumaanku u muuqdo mid ammaan ah.
staff-talk-6 = Qor waxa ardaygu yiri, erayada ardayga laftiisa, iyo goorta la yiri. Ha u qorin fasiraaddaada sidii inay xaqiiqo yihiin.

staff-same-day-title = Isla maalintaas
staff-same-day-1 = U gudbi warbixin socialtjänsten (xafiiska adeegga bulshada) isla maalintaas. Ha sugin si aad wax badan u ogaato.
staff-same-day-2 = U sheeg maamulaha dugsiga ama kooxda caafimaadka ardayda (elevhälsan). Xusuuso in waajibka warbixin gudbintu weli adiga kuu gaar yahay.
staff-same-day-3 = Haddii ardaygu khatar ku jiro ama uusan ku dhicin inuu guriga aado, isla markiiba wac socialtjänsten (xafiiska adeegga bulshada). Saacadaha shaqada kadib, wac socialjouren (adeegga bulshada ee saacadaha shaqada kadib), ama 112 haddii ay degdeg tahay.

staff-duty-title = Waajibka warbixin gudbinta (anmälningsplikt)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Qof kasta oo ka shaqeeya dugsi waxaa waajib ku ah inuu isla markiiba warbixin u gudbiyo socialtjänsten (xafiiska adeegga bulshada) haddii uu ogaado ama ka shakiyo in ilmo uu dhibaato ku jiro. Tan waxaa ku qoran sharciga adeegga bulshada, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Waa ku filan tahay inaad ka shakisan tahay. Uma baahnid caddeyn. Socialtjänsten (xafiiska adeegga bulshada) ayaa baadha.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Waajibku waa mid shakhsi ah. Uma wareejin kartid maamulaha dugsiga, la-taliyaha ardayda (kuratorn) ama qof kale.
staff-duty-4 = U gudbi warbixinta socialtjänsten (xafiiska adeegga bulshada) ee degmada uu ilmuhu ku nool yahay. Waad wici kartaa ama qori kartaa. Saacadaha shaqada kadib, wac socialjouren (adeegga bulshada ee saacadaha shaqada kadib), ama 112 haddii ay degdeg tahay.

staff-lines-title = Khadadka taageerada ee shaqaalaha xirfadlayaasha ah
staff-lines-intro = Halkan waxaad ka heli kartaa talo, tusaale ahaan sida aad u sii wadi karto marka arday uu wax kuu sheego.

staff-builder-title = Samee link iyo boodhka (poster)
staff-builder-intro = Dooro degmo iyo luqado. Waxay ku qornaan doonaan link-ga iyo boodhka, wax kale oo ku qornaan doonaana ma jiraan.
staff-builder-municipality = Degmada
staff-builder-languages = Luqadaha (dooro hal, laba ama saddex)
staff-builder-youth = Si toos ah u fur su'aalaha dhallinyarada
staff-builder-link-label = Link la wadaago
staff-builder-copy = Koobi samee link-ga
staff-builder-copied = Link-ga waa la koobiyeeyay.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = Koodh QR ah oo u horseeda { $link }
staff-builder-print = Daabac boodhka
staff-builder-too-many-languages = Ugu badnaan saddex luqadood ayaad dooran kartaa.

## The poster (printed in several languages side by side)

poster-title = Ma jiraa wax ka dhacaya guriga ama lammaanahaaga oo kaa welwel gelinaya?
poster-line = Sawir koodhka (scan). Waxba lama kaydiyo. Adiga ayaa doorta waxa aad ka jawaabto.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Ma ka yar tahay 18 sano? Waxaad wici kartaa Bris (khadka taageerada carruurta iyo dhallinyarada) lambarka { $number }.
poster-emergency = Ma khatar baad ku jirtaa hadda? Wac 112.

## About Vägvisaren

about-title = Ku saabsan Vägvisaren
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren waa qalab madax-bannaan, ma aha hay'ad dowladeed. Ma qaadan karno warbixinno, umana jawaabi karno su'aalo ku saabsan xaaladdaada.
about-free = Vägvisaren waa bilaash. Uma baahnid inaad gasho (log in) ama sheegto cidda aad tahay.
about-private = Waxa aad ka jawaabto midna lama kaydiyo, meelna looma diro. Server-ku ma kaydiyo wax xog ah oo ku saabsan cidda booqata bogga.
about-contacts-title = Sida aan u hubinno xiriirada
about-contacts-1 = Lambar kasta iyo saacad furitaan kasta waxay leeyihiin il (meel laga soo xigtay), tusaale ahaan website-ka khadka taageerada laftiisa, iyo taariikhda aan hubinnay.
about-contacts-2 = Weligeen ma muujinno lambar aan il sheegin. Haddii wax isbeddelay, waxa ku qoran website-ka khadka taageerada laftiisa ayaa ansax ah.
about-languages-title = Luqadaha
about-languages-intro = Qoraallada marka hore waxaa lagu qoraa af Iswiidhish, kadibna waa la turjumaa. Halkan waa intaan gaarnay luqad kasta:
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = luqadda asalka ah
status-reviewed = waa la turjumay, waxaana hubiyay qof luqaddu hooyo u tahay
status-unreviewed = waa la turjumay, laakiin weli lama hubin

## Navigation

nav-start-questions = Bilow su'aalaha
nav-help = Hel caawimaad
nav-safety = Badbaadadaada
nav-staff = Shaqaalaha dugsiga
nav-about = Ku saabsan
nav-back = Dib u noqo
nav-next = Xiga
nav-home = Bogga hore

## Safety page, added by the UI

safety-transparency-refresh = Cusboonaysii liiska
