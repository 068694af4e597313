# Vägvisaren — the questions and the result.
# Fetched when someone starts the questions, together with main.ftl: the same file for everyone.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Questions: partner or ex

q-partner-put-down = Lammaanahaaga ama lammaanahaagii hore ma ku caayaa, ma kugu jees jeesaa, mise wuxuu kaa dhigaa inaad dareento inaadan waxba qiimo ahayn?
q-partner-put-down-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma kugu yeeraa magacyo xun, ma kugu jees jeesaa, mise wuxuu kaa dhigaa inaad dareento inaad xun tahay?
q-partner-isolate = Lammaanahaaga ama lammaanahaagii hore ma go'aamiyaa cidda aad la kulmi karto, meesha aad aadi karto ama waxa aad xiran karto?
q-partner-isolate-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma go'aamiyaa saaxiibada aad yeelan karto, meesha aad aadi karto ama waxa aad xiran karto?
q-partner-phone = Lammaanahaaga ama lammaanahaagii hore ma akhriyaa fariimahaaga, ma kaa dalbadaa furahaaga sirta ah (password), mise wuu baaraa taleefankaaga?
q-partner-phone-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma kaa dalbadaa inuu arko taleefankaaga, fariimahaaga, furayaashaada sirta ah (password) ama meesha aad joogto?
q-partner-follow = Lammaanahaaga ama lammaanahaagii hore ma ku daba socdaa, ma ka soo muuqdaa meesha aad joogto, mise wuxuu ka war hayaa meesha aad joogto isagoo adeegsanaya app ama wadaagista goobta (location sharing) oo aadan oggolaan?
q-partner-follow-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma ku daba socdaa, mise ma ka soo muuqdaa meesha aad joogto adigoo aan rabin?
q-partner-images = Lammaanahaaga ama lammaanahaagii hore ma faafiyay, ama ma ku hanjabay inuu faafin doono, sawirro ama muuqaallo adiga ah oo aadan rabin in dadka kale arkaan?
q-partner-images-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma faafiyay, ama ma ku hanjabay inuu faafin doono, sawirro ama muuqaallo adiga ah oo aadan rabin in dadka kale arkaan?
q-partner-nudes = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma si joogto ah kaaga dalbaday, kugu cadaadiyay, mise kugu khiyaaneeyay inaad u dirto sawirro qaawan ama sawirro galmo ah?
q-partner-older = Qofka aad jacayl la leedahay ama aad hore jacayl ula lahayd ma yahay qof weyn (18 sano ama ka weyn), mise aad buu kaaga da' weyn yahay?
q-partner-money = Lammaanahaaga ama lammaanahaagii hore ma qaataa lacagtaada, mise wuu maamulaa si aadan adigu u isticmaali karin?
q-partner-money-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma qaataa lacagtaada, mise wuxuu go'aamiyaa waxa aad iibsan karto?
q-partner-debt = Lammaanahaaga ama lammaanahaagii hore ma qaatay amaah ama deyn magacaaga ah, mise wuu kaa joojiyay inaad shaqeyso ama wax barato?
q-partner-debt-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma kaa celiyay inaad dugsiga aaddo, mise wuxuu kaa dhigay inaad wax u iibsato ama lacag u amaahato?
q-partner-break = Lammaanahaaga ama lammaanahaagii hore ma jebiyay, ma tuuray, mise ma kaa qaatay alaabtaada?
q-partner-break-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma burburiyay, ma tuuray, mise ma kaa qaatay alaabtaada?
q-partner-pets = Lammaanahaaga ama lammaanahaagii hore ma dhaawacay, ama ma ku hanjabay inuu dhaawici doono, xayawaan aad jeceshahay?
q-partner-pets-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma dhaawacay, ama ma ku hanjabay inuu dhaawici doono, xayawaan aad jeceshahay?
q-partner-threats = Lammaanahaaga ama lammaanahaagii hore ma kugu hanjabaa, tusaale ahaan inuu carruurta kaa qaadan doono, inuu dadka kale u sheegi doono u janjeedhka galmadaada ama aqoonsigaaga jinsiga, ama inuu ka dhigi doono in lagaa saaro Iswiidhan?
q-partner-threats-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma kugu hanjabaa, tusaale ahaan inuu waxyaabo kugu saabsan faafin doono, ama inuu dadka kale u sheegi doono haddii aad tahay gay, bi ama trans?
q-partner-hit = Lammaanahaaga ama lammaanahaagii hore ma ku garaacay, ma ku riixay, ma ku laaday, mise ma ku qabtay si aadan u dhaqaaqi karin?
q-partner-hit-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma ku garaacay, ma ku riixay, ma ku laaday, mise ma ku qabtay si aadan u dhaqaaqi karin?
q-partner-neck = Lammaanahaaga ama lammaanahaagii hore ma ku ceejiyay, ma qoorta kaa qabtay, mise ma cunahaaga ku cadaadiyay ilaa ay kugu adkaatay inaad neefsato?
q-partner-neck-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma ku ceejiyay, ma qoorta kaa qabtay, mise wuxuu sababay inay kugu adkaato inaad neefsato?
q-partner-weapon = Lammaanahaaga ama lammaanahaagii hore ma kugu hanjabay mindi, hub ama wax kale oo wax dhaawici kara?
q-partner-weapon-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma kugu hanjabay mindi ama wax kale oo wax dhaawici kara?
q-partner-kill = Lammaanahaaga ama lammaanahaagii hore ma kugu hanjabay inuu dili doono adiga ama qof kuu dhow?
q-partner-kill-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma yiri wuxuu dili doonaa adiga ama qof aad jeceshahay?
q-partner-worse = Rabshadda ama hanjabaadaha ma sii xumaadeen, mise ma soo badanayeen sanadkii la soo dhaafay?
q-partner-worse-youth = Waxa qofkaasi kugu sameeyo ma sii xumaaday, mise ma soo badanayaa waqtigan dambe?
q-partner-jealous = Lammaanahaaga ama lammaanahaagii hore ma qabaa masayr kaa cabsi gelinaya, tusaale ahaan wuxuu kugu eedeeyaa khiyaano, wuu xanaaqaa markaad dad kale la kulanto, mise wuxuu yiraahdaa qof kale kuma lahaan doono?
q-partner-jealous-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma masayr badan yahay ilaa aad ka baqdo, tusaale ahaan wuu xanaaqaa markaad dad kale la hadasho, mise wuxuu yiraahdaa laguuma oggola inaad qof kale la joogto?
q-partner-pregnant = Haddii aad uur yeelatay: lammaanahaaga ama lammaanahaagii hore ma ku garaacay ama ma ku dhaawacay intii aad uurka lahayd?
q-partner-pregnant-youth = Haddii aad uur yeelatay: qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma ku garaacay ama ma ku dhaawacay waqtigaas?
q-partner-sex = Lammaanahaaga ama lammaanahaagii hore ma kugu qasbay ama kugu cadaadiyay galmo ama falal galmo oo aadan rabin, mise ma u oggolaatay galmo sababtoo ah waad baqaysay?
q-partner-sex-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma kugu qasbay, ma kugu cadaadiyay, mise si joogto ah kaaga dalbaday inaad samayso wax galmo ah oo aadan rabin?
q-partner-care = Haddii aad u baahan tahay caawimaad nolol maalmeedka: lammaanahaaga ama lammaanahaagii hore ma kaa celiyay cunto, daawo ama caawimaad kale oo aad u baahan tahay?
q-partner-aids = Lammaanahaaga ama lammaanahaagii hore ma kaa qaatay qalabka kaa caawiya, muraayadaha indhaha, daawada, hoormoonada ama taleefanka, si aadan naftaada u maareyn karin ama caawimaad u weydiisan karin?
q-partner-children-see = Haddii ay guriga joogaan carruur: ma arkeen ama ma maqleen rabshad ama hanjabaad lagugu sameeyay, mise ma baqeen markii lammaanahaaga ama lammaanahaagii hore uu xanaaqsanaa?
q-partner-children-threat = Lammaanahaaga ama lammaanahaagii hore ma ku hanjabay inuu dhaawici doono carruurta, ama inuu kaa kaxayn doono, tusaale ahaan dalka dibaddiisa?
q-partner-suicide-self = Adiga laftaadu ma ka fikirtaa inaad is disho?
q-partner-suicide-self-youth = Adiga laftaadu ma ka fikirtay inaad rabto inaad dhimato, ama inaad is disho?
q-partner-afraid = Ma ka baqdaa lammaanahaaga ama lammaanahaagii hore, xitaa marka uusan waxba samaynayn xilligaas?
q-partner-afraid-youth = Ma ka baqdaa qof aad jacayl la leedahay ama aad hore jacayl ula lahayd?
q-partner-careful = Inta badan ma ka fikirtaa waxa aad leedahay iyo waxa aad samayso, si uusan lammaanahaaga ama lammaanahaagii hore u xanaaqin?
q-partner-careful-youth = Inta badan ma ka fikirtaa waxa aad leedahay iyo waxa aad samayso, si uusan u xanaaqin qof aad jacayl la leedahay ama aad hore jacayl ula lahayd?
q-partner-leaving = Dhowaan ma ka tagtay lammaanahaaga, mise waxaad ka fikiraysaa inaad ka tagto, oo ma ka baqaysaa waxa uu markaas samayn doono?
q-partner-leaving-youth = Dhowaan ma kala tagteen, mise ma rabtaa inaad kala tagtaan, oo ma ka baqaysaa waxa qofka kale samayn doono markaas?
q-partner-could-kill = Ma u malaynaysaa in lammaanahaaga ama lammaanahaagii hore uu ku dili karo?
q-partner-could-kill-youth = Ma u malaynaysaa in qof aad jacayl la leedahay ama aad hore jacayl ula lahayd uu ku dili karo?
q-partner-weapon-home = Lammaanahaaga ama lammaanahaagii hore ma hub ku haystaa guriga, tusaale ahaan hub ugaarsi, mise si fudud ayuu hub u heli karaa?
q-partner-weapon-home-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma haystaa hub, mise si fudud ayuu hub u heli karaa?
q-partner-suicide-threat = Lammaanahaaga ama lammaanahaagii hore ma ku hanjabay inuu is dili doono, tusaale ahaan haddii aad ka tagto?
q-partner-suicide-threat-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma yiri wuxuu is dili doonaa haddii aad kala tagtaan ama aadan samayn waxa uu rabo?
q-partner-contact-ban = Lammaanahaaga ama lammaanahaagii hore ma kula soo xiriiray ama ma kuu yimid, inkastoo uu jiro kontaktförbud (amar ka mamnuucaya inuu kula xiriiro ama kuu yimaado)?
q-partner-contact-ban-youth = Qof aad jacayl la leedahay ama aad hore jacayl ula lahayd ma kula soo xiriiray, inkastoo laga mamnuucay inuu sidaas sameeyo?
## Questions: family or relatives

q-family-collective = Dhowr qof oo qoyskaaga ama qaraabadaada ka mid ah ma wada go'aamiyaan sida ay tahay inaad u noolaato?
q-family-collective-youth = Dad ka badan waalidkaa, sida walaalahaa ama qaraabadaada, ma go'aamiyaan noloshaada?
q-family-friends = Qoyska ama qaraabadu ma go'aamiyaan saaxiibada aad yeelan karto, sida aad u labisan karto ama waxa aad samayn karto waqtigaaga firaaqada?
q-family-friends-youth = Ma haysataa xorriyad ka yar ta dadka kale ee da'daada ah marka ay timaaddo saaxiibada, dharka ama waqtiga firaaqada, sababtoo ah qoysku wuxuu ka welwelsan yahay waxa dadka kale dhihi doonaan ama sumcadda qoyska?
q-family-school = Qoyska ama qaraabadu ma kaa celiyaan inaad wax barato, shaqeyso ama adigu doorato waxbarashadaada?
q-family-school-youth = Miyaan laguu oggolayn inaad ka qayb gasho casharrada, tusaale ahaan casharka galmada iyo xiriirrada (sex- och samlevnad) ama dabaasha, ama socdaalada dugsiga, sababtoo ah qoysku wuxuu u arkaa inay khalad ama ceeb yihiin?
q-family-love = Qoyska ama qaraabadu ma go'aamiyaan cidda aad jeclaan karto oo aad la noolaan karto, ama inaad si furan u sheegi karto cidda aad tahay?
q-family-love-youth = Qoysku ma go'aamiyaa cidda aad jeclaan karto ama aad jacayl la yeelan karto marka aad weynaato, mise laguuma oggola inaad si furan u sheegto cidda aad tahay?
q-family-phone = Qof ka mid ah qoyskaaga ama qaraabadaada ma baaraa taleefankaaga ama fariimahaaga si uu u ogaado cidda aad la hadasho?
q-family-phone-youth = Qof qoyskaaga ka mid ah ma baaraa taleefankaaga si uu u ogaado cidda aad la hadasho?
q-family-siblings = Walaalo, ilma adeer ama qaraabo kale ma ku ilaaliyaan oo ma u sheegaan qoyska waxa aad samayso?
q-family-siblings-youth = Walaalahaa ama ilma adeerkaa ma ku ilaaliyaan dugsiga ama magaalada, oo ma u sheegaan qoyskaaga?
q-family-virginity = Qoyska ama qaraabadu ma kaa dalbadaan inaad bikro ahaato ilaa aad guursato, mise ma hubiyaan inaad bikro tahay?
q-family-virginity-youth = Qoysku ma yiraahdaa waa inaad bikro ahaato, taasoo ah inaadan galmo samayn, ilaa aad guursato?
q-family-marriage = Qoyska ama qaraabadu ma kugu cadaadinayaan inaad ballan guur gasho ama guursato – xitaa guur diini ah oo keliya ama mid qaraabada dhexdeeda ah – qof aadan adigu dooran, mise taasi horay ayay u dhacday adigoo aan raalli ka ahayn?
q-family-marriage-youth = Qoysku ma rabaa inaad ballan guur gasho ama guursato, xitaa guur diini ah oo keliya ama “ballan” ahaan, inkastoo aadan adigu rabin, mise horay ayaa laguu guuriyay?
q-family-abroad = Qof ma kuu sheegay in laguu diri doono ama lagu geyn doono waddan kale adigoo aan raalli ahayn, mise waxaa la qorsheynayaa safar aad ka welwelsan tahay?
q-family-abroad-youth = Qof ma kuu sheegay in laguu diri doono waddan kale, mise waxaad aadaysaa safar kaa welwel gelinaya?
q-family-disown = Qof ma kugu hanjabay in qoysku ku diidi doono ama xiriirka kula jari doono haddii aadan samayn waxa ay rabaan?
q-family-disown-youth = Qof ma kuu sheegay in qoysku aanu ku sii rabi doonin haddii aadan samayn waxa ay yiraahdaan?
q-family-partner-threat = Qof ka mid ah qoyska ama qaraabada ma ku hanjabay qofka aad xiriir jacayl la leedahay, ama qofka aad rabto inaad xiriir la yeelato?
q-family-partner-threat-youth = Qof qoyskaaga ka mid ah ma ku hanjabay qofka aad jacayl la leedahay ama aad jeceshahay?
q-family-honour-before = Qof ka mid ah qoyskaaga ama qaraabadaada horay ma loo dhaawacay, ma loogu hanjabay, si qasab ah ma loo guuriyay, mise meel ma loo diray sababtoo ah uma noolayn sida qoysku rabay?
q-family-honour-before-youth = Wax ma ku dhacay walaashaa, walaalkaa, ilma-adeerkaa ama qof kale oo qoyska ka mid ah sababtoo ah ma samayn waxa qoysku rabay, tusaale ahaan in la dhaawacay ama meel loo diray?
q-family-cutting = Qof ma kuu sheegay in lagu samayn doono naafaynta xubinta taranka (könsstympning) – oo mararka qaarkood loo yaqaan gudniinka gabdhaha ama “in la daahiriyo” (“xalaalays”) – taasoo ah in qof wax ka jari doono xubintaada taranka, mise horay ma kuugu dhacday?
q-family-put-down = Qof ka mid ah qoyskaaga ama qaraabadaada ma ku caayaa, ma kugu jees jeesaa, mise ma yiraahdaa waxba qiimo ma lihid?
q-family-put-down-youth = Qof qoyskaaga ka mid ah ma inta badan kuu sheegaa waxyaabo xun, ma kugu qayliyaa ilaa aad ka baqdo, mise ma yiraahdaa qiimo ma lihid?
q-family-money = Qoyska, qaraabada ama qof ku caawiya ma qaataan mushaharkaaga, hawlgabkaaga (pension), gunnooyinkaaga ama lacagtaada, mise ma kaa hayaan lacag aad u baahan tahay si ay kuu maamulaan?
q-family-money-youth = Qof qoyskaaga ka mid ah ma qaataa lacagtaada gaarka ah, mise laguuma siiyo lacag waxyaabaha aad runtii u baahan tahay, sida cunto, kaarka baska ama dhar?
q-family-break = Qof ka mid ah qoyskaaga ama qaraabadaada ma jebiyay, ma tuuray, mise ma kaa qaatay alaabtaada?
q-family-break-youth = Qof qoyskaaga ka mid ah ma jebiyay ama ma burburiyay alaabtaada markuu xanaaqsanaa, ilaa aad ka baqday?
q-family-online = Qof ka mid ah qoyskaaga ama qaraabadaada ma ku faafiyay internetka, ama ma ku hanjabay inuu faafin doono, sawirro, muuqaallo ama warar been ah oo adiga kugu saabsan?
q-family-online-youth = Qof qoyskaaga ka mid ah ma dhigay internetka, ama ma ku hanjabay inuu dhigi doono, sawirro ama waxyaabo adiga kugu saabsan?
q-family-tracking = Qof ka mid ah qoyskaaga ama qaraabadaada ma ku daba socdaa, mise ma la socdaa meesha aad joogto isagoo adeegsanaya app, inkastoo aadan rabin?
q-family-tracking-youth = Qof qoyskaaga ka mid ah ma ku daba socdaa, mise had iyo jeer ma hubiyaa meesha aad joogto si kaa cabsi gelinaysa ama kaa celinaysa inaad noloshaada ku noolaato?
q-family-hit = Qof ka mid ah qoyskaaga ama qaraabadaada ma ku garaacay, ma ku riixay, ma ku laaday, mise ma ku qabtay si aadan u dhaqaaqi karin?
q-family-hit-youth = Qof qoyskaaga ka mid ah ma ku garaacay, ma ku riixay, ma timaha kaa jiiday, mise ma ku qabtay si aadan u dhaqaaqi karin?
q-family-neck = Qof ka mid ah qoyskaaga ama qaraabadaada ma ku ceejiyay, ma qoorta kaa qabtay, mise ma cunahaaga ku cadaadiyay ilaa ay kugu adkaatay inaad neefsato?
q-family-neck-youth = Qof qoyskaaga ka mid ah ma ku ceejiyay, ma qoorta kaa qabtay, mise wuxuu sababay inay kugu adkaato inaad neefsato?
q-family-weapon = Qof ka mid ah qoyskaaga ama qaraabadaada ma kugu hanjabay mindi, hub ama wax kale oo wax dhaawici kara?
q-family-weapon-youth = Qof qoyskaaga ka mid ah ma kugu hanjabay mindi ama wax kale oo wax dhaawici kara?
q-family-kill = Qof ka mid ah qoyskaaga ama qaraabadaada ma kugu hanjabay inuu dili doono adiga ama qof kuu dhow?
q-family-kill-youth = Qof qoyskaaga ka mid ah ma yiri wuxuu dili doonaa adiga ama qof aad jeceshahay?
q-family-worse = Rabshadda ama hanjabaadaha ma sii xumaadeen, mise ma soo badanayeen sanadkii la soo dhaafay?
q-family-worse-youth = Waxa guriga ka dhacaya ma sii xumaaday, mise ma soo badanayaa waqtigan dambe?
q-family-could-kill = Ma u malaynaysaa in qof ka mid ah qoyskaaga ama qaraabadaada uu ku dili karo?
q-family-could-kill-youth = Ma u malaynaysaa in qof qoyskaaga ka mid ah uu ku dili karo?
q-family-weapon-home = Qoyskaaga ma hub ku haystaan guriga, tusaale ahaan hub ugaarsi, mise qofka kugu hanjabaya si fudud ma u heli karaa hub?
q-family-weapon-home-youth = Guriga ma hub ku jiraa, mise qof qoyskaaga ka mid ah si fudud ma u heli karaa hub?
q-family-contact-ban = Qof ka mid ah qoyskaaga ama qaraabadaada ma kula soo xiriiray ama ma kuu yimid, inkastoo uu jiro kontaktförbud (amar ka mamnuucaya inuu kula xiriiro ama kuu yimaado)?
q-family-sex-touch = Qof ka mid ah qoyskaaga ama qaraabadaada ma kuu taabtay si galmo ah, mise ma kuu sheegay ama ma ku tusay waxyaabo galmo ah oo aadan rabin?
q-family-sex-touch-youth = Qof qoyskaaga ama qaraabadaada ka mid ah ma jirkaaga u taabtay si aad dareentay inay khalad tahay, mise ma ku tusay sawirro galmo ah?
q-family-sex-forced = Qof ka mid ah qoyskaaga ama qaraabadaada ma kugu qasbay, mise ma kugu cadaadiyay galmo ama falal galmo?
q-family-sex-forced-youth = Qof qoyskaaga ama qaraabadaada ka mid ah ma kugu qasbay inaad samayso wax galmo ah?
q-family-care = Haddii aad u baahan tahay caawimaad nolol maalmeedka: qofka qoyska ka mid ah ee ay tahay inuu ku caawiyo ma kaa celiyay cunto, daawo ama caawimaad, mise ma kaa tagay adigoo keli ah muddo dheer inkastoo aadan naftaada maareyn karin?
q-family-care-youth = Ma dhacdaa inaad waayo cunto, dhar nadiif ah ama caawimaad markaad jiran tahay, ama in lagaaga tago guriga adigoo keli ah muddo dheer?
q-family-carer = Haddii qof kaa caawiyo nolol maalmeedka, tusaale ahaan kaaliye shakhsi ah (personlig assistent) ama qof ka socda daryeelka guriga (hemtjänsten): qofkaasi ma ku dhaawacay, ma kugu hanjabay, ma ku liiday, ma qaatay lacagtaada, mise ma ka tagay inuu ku caawiyo?
q-family-children-see = Qoyska ma ku jiraan carruur arka ama maqla rabshad ama hanjabaad guriga?
q-family-children-see-youth = Adiga ama walaalahaa ma aragteen ama ma maqasheen qof qoyskaaga ka mid ah oo garaacaya ama ku hanjabaya qof kale?
q-family-children-threat = Qof ka mid ah qoyskaaga ama qaraabadaada ma ku hanjabay inuu dhaawici doono carruurta qoyska, ama inuu kaxayn doono?
q-family-children-threat-youth = Qof qoyskaaga ka mid ah ma ku hanjabay inuu dhaawici doono walaalahaa ama carruur kale oo qoyska ka mid ah?
q-family-suicide-self = Adiga laftaadu ma ka fikirtaa inaad is disho?
q-family-suicide-self-youth = Adiga laftaadu ma ka fikirtay inaad rabto inaad dhimato, ama inaad is disho?
q-family-afraid = Ma ka baqdaa qof ka mid ah qoyskaaga ama qaraabadaada, mise waxa dhacaya markaad guriga timaaddo?
q-family-afraid-youth = Ma ka baqdaa qof qoyskaaga ka mid ah, mise inaad guriga aaddo?
## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Qof ma kugu cadaadiyaa ama kugu qasbaa inaad galmo iibiso, ama inaad lacag ku hesho adigoo galmo la samaynaya dad kale?
q-exploit-sell-sex-youth = Qof ma kaa dhigay inaad galmo samayso ama waxyaabo galmo ah samayso, adigoo ku beddelanaya lacag, alaab, daroogo ama meel aad seexato?
q-exploit-job-promise = Ma u timid halkan, mise ma bilowday shaqo, adigoo lagu ballan qaaday shaqo, mushahar ama hoy aan markii dambe run noqon?
q-exploit-job-promise-youth = Qof ma kuu ballan qaaday lacag, shaqo ama wax kale, kadibna wuxuu kaa dalbaday inaad samayso waxyaabo aadan rabin?
q-exploit-sex-control = Qof kale ma go'aamiyaa goorta, meesha ama cidda aad galmo lacag ah la samaynayso, mise qof kale ayaa qaata lacagta?
q-exploit-sex-control-youth = Qof kale ma go'aamiyaa goorta iyo cidda aad waxyaabo galmo ah la samaynayso, mise qof kale ayaa qaata waxa aad ka hesho?
q-exploit-work = Ma u shaqaysaa wax aad uga badan intii aad ku heshiiseen, mise waxaad heshaa mushahar aad u yar ama mushahar la'aan?
q-exploit-work-youth = Qof ma kaa dhigaa inaad u shaqeyso ama hawlo u qabato mushahar la'aan, ama sababtoo ah waad baqaysaa?
q-exploit-begging-crime = Qof ma kugu qasbaa ama kugu cadaadiyaa inaad dawarsato, wax xaddo, daroogo iibiso ama samayso dambiyo kale?
q-exploit-begging-crime-youth = Qof ma kaa dhigaa inaad daroogo iibiso, wax xaddo, alaab qariso ama u gasho dambiyo kale?
q-exploit-wage = Qof kale ma qaataa mushaharkaaga ama lacagtaada, mise ma go'aamiyaa waxa aad iibsan karto?
q-exploit-wage-youth = Qof ma qaataa lacagta aad hesho, mise ma go'aamiyaa waxa aad iibsan karto?
q-exploit-living = Ma ku nooshahay meesha aad ka shaqeyso, ama meel uu qof kale go'aamiyo, adigoo aan ka guuri karin markaad rabto?
q-exploit-living-youth = Ma lagugu qasbaa inaad ku noolaato ama ku seexato meel uu qof kale go'aamiyo, adigoo aan ka tegi karin markaad rabto?
q-exploit-moved = Qof ma kuu kala wareejiyaa guryo, magaalooyin ama dalal kala duwan, adigoo aan adigu go'aan ka gaari karin?
q-exploit-moved-youth = Qof ma kuu diraa ama ma kuu kaxeeyaa meelo, guryo ama magaalooyin kala duwan, adigoo aan adigu go'aan ka gaari karin?
q-exploit-debt = Qof ma yiraahdaa deyn baad ku leedahay, tusaale ahaan safarka, hoyga ama shaqada awgeed, oo ay tahay inaad ka shaqeyso si aad u bixiso?
q-exploit-debt-youth = Qof ma yiraahdaa lacag ama abaal baad ku leedahay, oo ay tahay inaad ku celiso adigoo wax u qabanaya?
q-exploit-debt-grows = Deyntu ma sii kordhaysaa had iyo jeer, tusaale ahaan ganaaxyo, kiro ama khidmado awgood, si aadan waligaa uga xoroobin?
q-exploit-debt-grows-youth = Ma yiraahdaan deyn ayaad ku leedahay oo sii kordhaysa, si aadan waligaa u dhammayn?
q-exploit-papers = Qof ma kaa qaatay baasaboorkaaga, kaarkaaga aqoonsiga ama sharcigaaga deganaanshaha, mana doonayo inuu kuu celiyo?
q-exploit-papers-youth = Qof ma kaa qaatay baasaboorkaaga ama kaarkaaga aqoonsiga, mana doonayo inuu kuu celiyo?
q-exploit-accounts = Qof kale ma maamulaa BankID-gaaga (aqoonsiga bangiga ee elektaroonigga ah), heshiisyadaada ama waraaqo kale oo magacaaga ah, si aadan adigu u isticmaali karin?
q-exploit-accounts-youth = Qof kale ma haystaa kaarkaaga bangiga, BankID-gaaga ama taleefankaaga, si aadan adigu u isticmaali karin?
q-exploit-locked = Qof ma kaa celiyaa inaad keligaa dibadda u baxdo, la kulanto cidda aad rabto ama la hadasho qoyskaaga?
q-exploit-locked-youth = Qof ma kaa celiyaa inaad keligaa dibadda u baxdo, saaxiibadaa la kulanto ama la hadasho qoyskaaga?
q-exploit-sextortion = Qof ma kugu hanjabay inuu faafin doono sawirro ama muuqaallo galmo ah oo adiga ah haddii aadan lacag bixin, sawirro kale soo dirin ama aadan samayn waxa uu leeyahay?
q-exploit-sextortion-youth = Qof ma kugu hanjabay inuu faafin doono sawirro ama muuqaallo adiga ah haddii aadan soo dirin kuwo kale, lacag bixin ama samayn waxa uu leeyahay?
q-exploit-grooming = Qof aad internetka oo keliya ka taqaan, oo laga yaabo inuu kaa da' weyn yahay, ma kaa codsaday sawirro galmo ah, ma kula hadlay galmo, mise ma rabay inuu si qarsoodi ah kula kulmo?
q-exploit-phone = Qof ma kaa qaataa taleefankaaga, ma akhriyaa fariimahaaga, mise ma la socdaa meesha aad joogto?
q-exploit-phone-youth = Qof ma kaa qaataa taleefankaaga, ma akhriyaa fariimahaaga, mise ma hubiyaa meesha aad joogto?
q-exploit-online = Qof ma dhigay internetka xayaysiisyo, sawirro ama muuqaallo adiga ah, adigoo aan adigu go'aansan?
q-exploit-online-youth = Qof ma dhigay internetka sawirro, muuqaallo ama xayaysiisyo adiga kugu saabsan, adigoo aan go'aansan?
q-exploit-authorities = Qof ma kuu sheegay in booliska ama hay'adaha dowladdu ay ku ciqaabi doonaan ama dalka kaa saari doonaan haddii aad cid u sheegto?
q-exploit-authorities-youth = Qof ma kuu sheegay in booliska ama socialtjänsten (xafiiska adeegga bulshada) ay ku ciqaabi doonaan haddii aad cid u sheegto?
q-exploit-sex-forced = Qof ma kugu qasbay galmo ama falal galmo oo aadan rabin?
q-exploit-sex-forced-youth = Qof ma kugu qasbay inaad samayso wax galmo ah oo aadan rabin?
q-exploit-sex-unsafe = Qof ma kugu qasbay inaad galmo samayso kondom la'aan, ama inaad samayso waxyaabo aad maya ka tiri?
q-exploit-sex-unsafe-youth = Qof ma kugu qasbay inaad galmo samayso kondom la'aan, ama inaad samayso waxyaabo aad maya ka tiri?
q-exploit-hit = Qof ku maamula ma ku garaacay, ma ku riixay, mise ma ku dhaawacay?
q-exploit-hit-youth = Qof go'aamiya waxa aad samayso ma ku garaacay, ma ku riixay, mise ma ku dhaawacay?
q-exploit-neck = Qof ma ku ceejiyay, ma qoorta kaa qabtay, mise ma cunahaaga ku cadaadiyay ilaa ay kugu adkaatay inaad neefsato?
q-exploit-neck-youth = Qof ma ku ceejiyay, ma qoorta kaa qabtay, mise wuxuu sababay inay kugu adkaato inaad neefsato?
q-exploit-weapon = Qof ma kugu hanjabay mindi, hub ama wax kale oo wax dhaawici kara?
q-exploit-weapon-youth = Qof ma kugu hanjabay mindi ama wax kale oo wax dhaawici kara?
q-exploit-kill = Qof ma kugu hanjabay inuu dili doono adiga, ama qof qoyskaaga ka mid ah oo halkan ama waddan kale jooga?
q-exploit-kill-youth = Qof ma yiri wuxuu dili doonaa adiga ama qof qoyskaaga ka mid ah?
q-exploit-worse = Rabshadda ama hanjabaadaha ma sii xumaadeen, mise ma soo badanayeen waqtigan dambe?
q-exploit-worse-youth = Waxa ay kugu sameeyaan ma sii xumaaday, mise ma soo badanayaa waqtigan dambe?
q-exploit-afraid = Ma ka baqdaa waxa dhici doona haddii aad maya tiraahdo, joojiso ama meesha ka tagto?
q-exploit-afraid-youth = Ma ka baqdaa waxa dhici doona haddii aad maya tiraahdo ama joojiso samaynta waxa ay rabaan?
q-exploit-always-afraid = Ma ka baqdaa qofka ama dadka ku maamula, xitaa marka aysan kuu dhowayn?
q-exploit-always-afraid-youth = Ma ka baqdaa iyaga, xitaa marka aysan kuu dhowayn?
q-exploit-suicide-self = Adiga laftaadu ma ka fikirtaa inaad is disho?
q-exploit-suicide-self-youth = Adiga laftaadu ma ka fikirtay inaad rabto inaad dhimato, ama inaad is disho?
## Questions: someone you are worried about

q-worried-afraid = Qofka aad u welwelsan tahay ma u muuqdaa inuu qof ka baqayo, ama uu ka welwelsan yahay inuu guriga aado?
q-worried-isolated = Qofka aad u welwelsan tahay ma joojiyay inuu la kulmo saaxiibadiis ama qoyskiisa, ama inuu sameeyo waxyaabihii uu jeclaan jiray?
q-worried-controlled = Ma u muuqataa in qof maamulo qofka aad u welwelsan tahay, tusaale ahaan cidda uu la kulmi karo ama meesha uu aadi karo?
q-worried-careful = Qofka aad u welwelsan tahay ma u muuqdaa inuu inta badan ka fekero waxa uu yiraahdo iyo waxa uu sameeyo, si aan qof u xanaaqin?
q-worried-phone = Qof ma baaraa taleefanka qofka aad u welwelsan tahay, mise had iyo jeer waa inuu isla markiiba jawaabaa oo sheegaa meesha uu joogo?
q-worried-followed = Qofka aad u welwelsan tahay ma la daba socdaa, ma la ilaaliyaa, mise qof ayaa had iyo jeer la xiriira, internetka ama nolosha dhabta ah, inkastoo aanu qofkaasi rabin?
q-worried-money = Qof kale ma maamulaa lacagta, mushaharka ama kaarka bangiga ee qofka aad u welwelsan tahay, si aanu qofkaasi go'aan uga gaari karin?
q-worried-debts = Qofka aad u welwelsan tahay ma ku dhacay deymo uu qof kale qaatay, mise ma waayaa lacag uu ku helo cunto iyo waxyaabo kale oo uu u baahan yahay?
q-worried-injuries = Ma ku aragtay nabarro (meelo madoobaaday ama buluug noqday) ama dhaawacyo qofka aad u welwelsan tahay, oo uusan doonayn ama aanu sharxi karin?
q-worried-hit = Ma aragtay, ma maqashay, mise laguu sheegay in qof garaaco, riixo ama xajiyo qofka aad u welwelsan tahay?
q-worried-neck = Ma laguu sheegay in qof ceejiyay qofka aad u welwelsan tahay, qoorta ka qabtay, ama sababay inay ku adkaato inuu neefsado?
q-worried-weapon = Qof ma ku hanjabay qofka aad u welwelsan tahay mindi, hub ama wax kale oo wax dhaawici kara?
q-worried-kill = Qof ma ku hanjabay inuu dili doono qofka aad u welwelsan tahay, ama qof u dhow qofkaas?
q-worried-worse = Ma u muuqataa inay sii xumaatay waqtigan dambe, tusaale ahaan dhaawacyo badan, hanjabaad badan ama cabsi badan?
q-worried-leaving = Qofka aad u welwelsan tahay dhowaan ma ka tagay, mise ma ka fikirayaa inuu ka tago, lammaane uu ka baqo?
q-worried-could-kill = Ma u malaynaysaa in qof dili karo qofka aad u welwelsan tahay, mise qofkaasi ma sheegay sidaas?
q-worried-sex = Qofka aad u welwelsan tahay ma kuu sheegay in qof ku qasbay ama ku cadaadiyay galmo ama falal galmo?
q-worried-sex-images = Ma aragtay qof faafinaya sawirro galmo ah oo qofka aad u welwelsan tahay, ama ku hanjabaya inuu sidaas samayn doono?
q-worried-selling-sex = Ma u malaynaysaa in qofka aad u welwelsan tahay uu galmo iibiyo, ama in qof ka dhigo inuu sidaas sameeyo?
q-worried-sex-for-things = Qofka aad u welwelsan tahay ma ka helaa lacag, hadiyado, daroogo ama meel uu seexdo qof doonaya galmo beddelkeeda?
q-worried-honour = Qoyska ama qaraabada qofka aad u welwelsan tahay ma go'aamiyaan saaxiibada uu yeelan karo, waxa uu xiran karo ama inuu wax baran karo?
q-worried-honour-love = Qof kale ma go'aamiyaa cidda uu qofka aad u welwelsan tahay la noolaan karo ama guursan karo?
q-worried-trip = Qofka aad u welwelsan tahay ma yiri waxaa lagu qasbi doonaa ballan guur, waa la guurin doonaa ama dibadda ayaa loo diri doonaa isagoo aan raalli ahayn, mise horay ayaa loo guuriyay?
q-worried-cutting = Ma laguu sheegay in qof qorsheynayo in ilmaha lagu sameeyo naafaynta xubinta taranka (könsstympning) – taasoo ah in wax laga jaro xubinta taranka gabadha, oo mararka qaarkood loo yaqaan gudniin ama gudniinka gabdhaha – ama in ilmaha dibadda loo geyn doono si tan loogu sameeyo?
q-worried-care = Haddii qofka aad u welwelsan tahay u baahan yahay caawimaad nolol maalmeedka: ma u muuqdaa inuu waayo cunto, daawo ama caawimaad kale oo uu u baahan yahay?
q-worried-care-youth = Qofka aad u welwelsan tahay ma u muuqdaa inuu waayo cunto, dhar nadiif ah ama caawimaad markuu jiran yahay?
q-worried-left-alone = Qofka aad u welwelsan tahay ma laga tagaa isagoo keli ah muddo dheer, ama qalabkiisa caawinta la'aantiis, inkastoo uusan naftiisa maareyn karin?
q-worried-children-home = Guriga ma ku jiraan carruur arki kara ama maqli kara rabshad ama hanjabaad?
q-worried-suicide = Qofka aad u welwelsan tahay ma yiri ma rabo inuu noolaado, mise wuxuu ka hadlay inuu is dilo?
q-worried-children-scared = Carruurta guriga ma u muuqdaan kuwo baqaya, welwelsan ama murugaysan, si kaa welwel gelinaysa?
## Questions: I have hurt or frightened someone close to me

q-used-put-down = Ma caaytay qof kuu dhow, ma hoos u dhigtay, mise ma ku qaylisay ilaa uu cabsaday?
q-used-control = Ma go'aamisay cidda lammaanahaaga ama qof qoyskaaga ka mid ah uu la kulmi karo, meesha uu aadi karo ama waxa uu xiran karo?
q-used-control-youth = Ma go'aamisay cidda qof aad jacayl la leedahay, ama walaalkaa/walaashaa, uu la kulmi karo ama waxa uu xiran karo?
q-used-phone = Ma akhriday fariimaha qof kale, ma ka dalbatay furahiisa sirta ah (password), mise ma baartay taleefankiisa adigoo aan fasax weydiisan?
q-used-images = Ma faafisay, ama ma ku hanjabtay inaad faafin doonto, sawirro ama muuqaallo qof oo uusan rabin in dadka kale arkaan?
q-used-money = Ma qaadatay lacagta qof, mise ma maamushay si aanu qofkaasi lacagtiisa u isticmaali karin?
q-used-money-work = Ma ka joojisay lammaanahaaga ama qof qoyskaaga ka mid ah inuu shaqeeyo ama wax barto, mise ma qaadatay amaah magaciisa ah?
q-used-money-work-youth = Ma ku qasbay qof inuu ku siiyo lacag ama alaab?
q-used-break = Ma jebisay alaab, ma tuurtay alaab, mise ma garaacday darbiyo ama albaabo markaad xanaaqsanayd?
q-used-pets = Ma dhaawacday, ama ma ku hanjabtay inaad dhaawici doonto, xayawaan si aad qof u cabsi geliso?
q-used-hit = Ma garaacday, ma riixday, ma laadday, mise ma qabatay si uusan u dhaqaaqi karin lammaanahaaga ama qof qoyskaaga ka mid ah?
q-used-hit-youth = Ma garaacday, ma riixday, mise ma laadday qof qoyskaaga ka mid ah, sida waalid ama walaal, ama qof aad jacayl la leedahay?
q-used-neck = Weligaa ma qof ceejisay, ma qoorta ka qabatay, mise ma cunaha ka cadaadisay?
q-used-weapon = Ma ku hanjabtay qof mindi, hub ama wax kale oo wax dhaawici kara?
q-used-weapon-youth = Ma ku hanjabtay qof qoyskaaga ka mid ah ama qof aad jacayl la leedahay, mindi ama wax kale oo wax dhaawici kara?
q-used-kill = Ma sheegtay inaad dili doonto qof kuu dhow, xitaa haddii aadan ula jeedin?
q-used-kill-youth = Ma ku hanjabtay inaad dili doonto qof qoyskaaga ka mid ah ama qof aad jacayl la leedahay, ilaa uu ka baqay?
q-used-worse = Ma soo badatay, mise ma sii xumaatay, sanadkii la soo dhaafay?
q-used-sex = Ma ku cadaadisay ama ma ku qasbay qof galmo, mise ma sii wadday markuu maya yiri ama uusan u muuqan inuu rabo?
q-used-sex-sulk = Ma xanaaqday, ma ka xumaatay oo aamustay, mise ma hanjabtay markii lammaanahaagu uusan galmo rabin?
q-used-contact-ban = Ma la xiriirtay qof, mise ma u tagtay meesha uu joogo, inkastoo lagugu soo rogay kontaktförbud (amar kaa mamnuucaya inaad la xiriirto)?
q-used-children-see = Carruur ma arkeen ama ma maqleen adigoo rabshad samaynaya ama hanjabaya guriga?
q-used-children-see-youth = Walaalahaa kaa yar ama carruur kale ma arkeen ama ma maqleen adigoo rabshad samaynaya ama hanjabaya guriga?
q-used-children-afraid = Ilmo ma kaa cabsaday, mise ma isku dayay inuu ku joojiyo ama qof difaaco markaad xanaaqsanayd?
q-used-afraid = Ma u malaynaysaa in qof kuu dhow uu kaa baqo?
q-used-exposed = Ma dhacdaa in qof kale sidoo kale ku dhaawaco, kugu hanjabo ama ku maamulo, guriga ama xiriir jacayl dhexdiisa?
q-used-careful = Ma dareentaa in qof kuu dhow uu aamuso ama taxaddar badan sameeyo si aadan u xanaaqin?
q-used-suicide-self = Adiga laftaadu ma ka fikirtaa inaad is disho?
## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Rabshad jireed
category-physical-text = In qof ku garaaco, ku riixo, ku qabto si aadan u dhaqaaqi karin ama si kale kuu dhaawaco waa rabshad. Waa dambi, weligeedna adiga eed kuma aha.
category-physical-text-worried = In qof garaaco, riixo ama dhaawaco qofka aad u welwelsan tahay waa rabshad iyo dambi. Weligeed eed kuma aha qofkaas.
category-physical-text-used = Waxa aad sharaxday waa rabshad jireed. Waa suurtagal inaad joojiso, caawimaadna waa la heli karaa.
category-psychological-title = Rabshad nafsiyeed
category-psychological-text = Hanjabaad, jees jees, in lagu maamulo ama lagaa celiyo inaad dad kale la kulanto sidoo kale waa rabshad. Waxay u xanuun badnaan kartaa sida garaac oo kale.
category-psychological-text-worried = Hanjabaad, jees jees iyo maamul sidoo kale waa rabshad, xitaa marka aan waxba muuqan. Waxay adkayn kartaa in qofka aad u welwelsan tahay uu caawimaad weydiisto.
category-psychological-text-used = In qof lagu hanjabo, la hoos u dhigo ama la maamulo waa rabshad nafsiyeed. Waad dooran kartaa inaad joojiso, waxaana jira taageero kaa caawinaysa inaad ku guulaysato.
category-sexual-title = Rabshad galmo
category-sexual-text = Galmo kasta waa inay ahaataa mid laga raalli yahay, xitaa marka uu yahay lammaanahaaga. In lagugu cadaadiyo ama lagugu qasbo wax galmo ah waa rabshad iyo dambi.
category-sexual-text-worried = Qofna uma bannaana inuu qof ku cadaadiyo ama ku qasbo wax galmo ah. Waa rabshad iyo dambi, xitaa xiriir jacayl ama guur dhexdiisa.
category-sexual-text-used = In qof lagu cadaadiyo galmo, tusaale ahaan adigoo xanaaqa ama ka xumaada markuu maya yiraahdo, waa rabshad galmo. In qof lagu qasbo intaa waxaa dheer inay dambi tahay. Galmo kasta waa inay ahaataa mid laga raalli yahay, caawimaadna waa u jirtaa haddii aad rabto inaad beddesho sida aad wax u samayso.
category-economic-title = Rabshad dhaqaale
category-economic-text = In qof qaato lacagtaada, maamulo ama kugu rido deyn si uu kuu maamulo waa rabshad dhaqaale.
category-economic-text-worried = In qof qaato lacagta qofka aad u welwelsan tahay, ama maamulo si uu qofkaas u maamulo, waa rabshad dhaqaale.
category-economic-text-used = In lacagta qof la qaato ama la maamulo si qofkaas loo maamulo waa rabshad dhaqaale. Waa la beddeli karaa, taageerona waa jirtaa.
category-material-title = Rabshad hantiyeed
category-material-text = In qof burburiyo alaabtaada ama dhaawaco xayawaankaaga si uu kuu cabsi geliyo sidoo kale waa rabshad.
category-material-text-used = In alaab la jebiyo ama xayawaan la dhaawaco waxay cabsi gelisaa dadka kale, waana nooc rabshad ah. Waa suurtagal in la joojiyo, taageerona waa u jirtaa.
category-digital-title = Rabshad dijitaal ah
category-digital-text = In qof baaro taleefankaaga, la socdo meesha aad joogto ama faafiyo sawirradaada waa rabshad, xitaa marka ay ka dhacdo internetka.
category-digital-text-worried = In qof baaro taleefanka qofka aad u welwelsan tahay, la socdo meesha uu joogo, ama faafiyo sawirro qofkaas ah, waa rabshad, xitaa marka ay ka dhacdo internetka.
category-digital-text-used = In la baaro taleefanka qof, la socdo meesha uu joogo ama la faafiyo sawirradiisa waa rabshad dijitaal ah. Waa suurtagal inaad joojiso, caawimaadna waa jirtaa.
category-latent-title = Ku noolaanshaha cabsi
category-latent-text = In had iyo jeer aad baqdo oo aad naftaada la qabsiiso si aad uga badbaaddo rabshad waxaa la yiraahdaa rabshad qarsoon. Cabsidu waa calaamad muujinaysa in wax khaldan yihiin, adiguna eed kuma lihid.
category-latent-text-worried = In had iyo jeer la baqo oo la isla qabsiiyo waxaa la yiraahdaa rabshad qarsoon. Cabsidiisu waa calaamad muhiim ah oo ay tahay in si dhab ah loo qaato.
category-latent-text-used = Marka qof kaa baqo oo uu isla qabsiiyo adiga, waxaa la yiraahdaa rabshad qarsoon. In aad taas aragto waa tallaabo koowaad oo muhiim ah.
category-neglect-title = Dayacaad
category-neglect-text = Haddii aad u baahan tahay caawimaad nolol maalmeedka, xaq baad u leedahay inaad hesho, qofna oo ku caawiyaana uma bannaana inuu ku dhaawaco, kugu hanjabo ama ku liido. In laga tago caawinta, ama lagaa qaado waxa aad u baahan tahay, waa dayacaad.
category-neglect-text-worried = In qof u baahan caawimaad uu waayo cunto, daawo ama daryeel waa dayacaad. Xaq buu u leeyahay caawimaad.
category-honour-title = Rabshadda iyo dulmiga la xiriira sharafta
category-honour-text = Marka qoyska ama qaraabadu ay wada go'aamiyaan cidda aad la joogi karto, waxa aad xiran karto ama cidda aad guursan doonto, sumcadda qoyska darteed, waxay noqon kartaa rabshadda iyo dulmiga la xiriira sharafta. Xaq baad u leedahay inaad go'aan ka gaarto noloshaada.
category-honour-text-worried = Marka qoyska ama qaraabadu ay wada maamulaan nolosha qofka aad u welwelsan tahay – saaxiibada, dharka ama guurka – sumcadda qoyska darteed, waxay noqon kartaa rabshadda iyo dulmiga la xiriira sharafta. Qofkaasi xaq buu u leeyahay inuu go'aan ka gaaro noloshiisa.
category-children-witnessing-title = Carruurta arka ama maqla rabshad
category-children-witnessing-text = Carruurta arka ama maqla rabshad guriga iyaga laftooda ayaa rabshad la kulma. Xaq bay u leeyihiin ilaalin iyo taageero.
category-children-witnessing-text-worried = Carruurta arka ama maqla rabshad guriga iyaga laftooda ayaa rabshad la kulma. Socialtjänsten (xafiiska adeegga bulshada ee degmada) waxay taageero siin kartaa ilmaha iyo qoyska.
category-children-witnessing-text-used = Carruurta arka ama maqla rabshad aad bay u saameeyaan, xitaa marka aysan isku qol joogin. In aad caawimaad raadsato iyagana way u wanaagsan tahay.
category-coerced-sex-title = In lagugu cadaadiyo inaad galmo iibiso
category-coerced-sex-text = Qofna uma bannaana inuu kugu cadaadiyo, kugu khiyaaneeyo ama kugu qasbo inaad galmo iibiso. Iswiidhan, qofka galmo iibsada ama lacag ka sameeya ayaa khalad samaynaya, weligaana adiga ma aha.
category-coerced-sex-text-worried = Qofna uma bannaana inuu qof ku cadaadiyo, ku khiyaaneeyo ama ku qasbo inuu galmo iibiyo. Qofka galmo iibiya dambi kama galo Iswiidhan, wuxuuna xaq u leeyahay taageero.
category-forced-labour-title = In lagugu qasbo shaqo, dawarsi ama dambi
category-forced-labour-text = Marka qof ballamo been ah kugu soo khiyaaneeyo halkan, go'aamiyo meesha aad ku nooshahay iyo meesha aad ka shaqeyso, kuu kala wareejiyo meelo kala duwan, ama kugu qasbo inaad dawarsato ama dambi gasho, waxay noqon kartaa ka ganacsiga dadka ama ka faa'iidaysiga dadka (människoexploatering). Adiga ma aha kan khalad sameeyay, xaqna waad u leedahay taageero.
category-debt-bondage-title = Addoonsi deyn
category-debt-bondage-text = In qof kuu sheego inaad leedahay deyn ay tahay inaad ka shaqeyso, oo aan weligeed dhammaanayn, waa hab lagu maamulo. Waxay noqon kartaa ka ganacsiga dadka.
category-documents-taken-title = Baasaboor iyo waraaqo lagaa qaaday
category-documents-taken-text = Qofna uma bannaana inuu qaato baasaboorkaaga, aqoonsigaaga ama waraaqahaaga. In loo haysto si lagu maamulo waa calaamad qasab.
## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = In qof la ceejiyo, ama qoorta laga cadaadiyo ilaa ay adkaato in la neefsado, waa mid ka mid ah calaamadaha digniinta ee ugu culus – xitaa marka aan wax raad ah la arkin.
danger-weapon = Hanjabaad mindi, hub ama alaab kale lagu sameeyo waa calaamad digniin oo culus.
danger-weapon-access = In hub guriga yaallo, ama in qofka hanjabaya uu si fudud hub u heli karo, waxay kordhisaa khatarta rabshad culus.
danger-threat-to-kill = Hanjabaadda dilka had iyo jeer waa in si dhab ah loo qaato, xitaa marka xanaaq lagu yiraahdo.
danger-believes-could-kill = Marka qof uu rumaysan yahay in qofka kale uu dili karo – isaga ama iyada – taasi waa calaamad digniin oo muhiim ah.
danger-escalation = Marka rabshadda ama hanjabaaduhu sii xumaadaan ama soo badanayaan, khatarta rabshad culus way sii kordhaysaa.
danger-separation = Waqtiga kala tagga ku xeeran wuxuu noqon karaa mid si gaar ah khatar u ah, marka qofka kale uu ahaa mid rabshad badan ama maamul badan.
danger-pregnancy = Rabshad inta uurka lagu jiro waa calaamad digniin oo culus, labadaba qofka uurka leh iyo ilmaha.
danger-jealousy = Masayr xooggan oo joogto ah oo keena maamul, eedeyn ama hanjabaad waa calaamad digniin oo culus.
danger-suicide-threats = Marka qof ku hanjabo inuu is dili doono, tusaale ahaan haddii xiriir dhammaado, waa calaamad digniin oo culus, oo sidoo kale khuseysa dadka kale ee agagaarka jooga.
danger-contact-ban-broken = In la jebiyo kontaktförbud (amar xiriirka ka mamnuucaya) waa calaamad digniin oo culus iyo dambi.
danger-stalking = In la daba socdo, la ilaaliyo ama had iyo jeer lala xiriiro waa calaamad digniin oo culus, waxayna noqon kartaa dambi.
danger-forced-trip-or-marriage = Qorshe guur ama safar dibadda ah oo ka dhan ah rabitaanka qofka waa calaamad digniin oo culus. Waa suurtagal in ilaalin la helo safarka ka hor.
danger-honour-violence-before = In qoyska ama qaraabadu ay horay qof ugu adeegsadeen rabshad, hanjabaad ama qasab sababtoo ah uma noolayn sida ay rabeen, waa calaamad digniin oo culus.
danger-threats-to-children = Hanjabaad carruurta lagu hanjabo waa calaamad digniin oo culus. Carruurtu xaq bay u leeyihiin ilaalin.
danger-child-sexual-abuse = Qofna uma bannaana inuu ilmo ku sameeyo wax galmo ah. Waa dambi culus, ilmuhuna xaq buu u leeyahay in isla markiiba la ilaaliyo.
danger-child-sexual-exploitation = Qofna uma bannaana inuu ilmo siiyo lacag, alaab, daroogo ama meel uu seexdo, isagoo ku beddelanaya wax galmo ah. Waa dambi, ilmuhuna xaq buu u leeyahay ilaalin.
danger-child-marriage = Iswiidhan qofna oo ka yar 18 sano uma bannaana inuu guursado, waana dambi in qof lagu qasbo guur. Ilmo lagu cadaadiyo inuu galo ballan guur ama guursado xaq buu u leeyahay ilaalin.
danger-genital-mutilation = Naafaynta xubinta taranka ee gabdhaha (könsstympning), oo sidoo kale loo yaqaan gudniinka gabdhaha, waa mamnuuc Iswiidhan, xitaa haddii lagu sameeyo waddan kale. Ilmo khatartaas ku jira xaq buu u leeyahay in isla markiiba la ilaaliyo.
danger-sextortion = In qof ku hanjabo inuu faafin doono sawirro ilmo si uu u helo sawirro kale ama lacag waa dambi culus. Ilmuhu xaq buu u leeyahay ilaalin iyo taageero.
danger-suicidal-thoughts = Fikirka is-dilku had iyo jeer waa in si dhab ah loo qaato. Caawimaad ayaa la heli karaa, habeen iyo maalin.
## Advice for each warning sign, in the words for each reader: -advice for the person it
## happens to, -advice-worried for someone who is worried and -advice-used for the person who
## used violence. About fifty words at most; never urge anyone to confront anyone. The source
## of each piece of advice is in a comment above it.
# Source: Glass et al. 2008 and Campbell's Danger Assessment (item 10): strangulation is among the strongest predictors of homicide. Absent marks do not mean absent injury: the police (polisen.se, 2024: 'yttre tecken kan helt saknas') and the Prosecution Authority (aklagare.se, 2025); delayed symptoms in clinical guidance (ACEP). No NCK or 1177 page on delayed symptoms was found.
danger-strangulation-advice = Isla maalintaas raadso daryeel caafimaad, haddii ay suurtagal tahay qaybta gurmadka degdegga ah (akutmottagning), xitaa haddii aan waxba muuqan. Wac 112 haddii ay kugu adkaato inaad neefsato, wax liqdo ama hadasho, ama aad wareerto. Dhaawacyada qoorta waxaa laga yaabaa in la dareemo goor dambe. Daryeelka caafimaadku wuu diiwaangelin karaa dhaawacyada haddii aad rabto.
danger-strangulation-advice-worried = Qofkaasi waa inuu isla maalintaas raadsadaa daryeel caafimaad, xitaa haddii aan waxba muuqan, maxaa yeelay dhaawacyada qoorta waxaa laga yaabaa in la dareemo goor dambe. Waxaad u bandhigi kartaa inaad la raacdo. Wac 112 haddii ay ku adkaato inuu neefsado.
danger-strangulation-advice-used = In qof qoorta laga qabto ama la ceejiyo waxay keeni kartaa dhimasho, xitaa marka ay dhakhso u dhacdo oo aan waxba muuqan. Haddii qof ay ku adkaato inuu neefsado ama uu miyir la'aan yahay, isla markiiba wac 112. Wac Välj att sluta ama socialtjänsten (xafiiska adeegga bulshada) si aad u hesho caawimaad aad ku joojiso.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 (revocation) and 4 (custody of weapons when there is a risk of misuse); DA item 5.
danger-weapon-advice = Haddii qof hadda hub kugu hanjabayo, wac 112. Marka aad wacdo ka sheeg hubka. Booliisku wuu ka qaadi karaa qof hubka marka ay jirto khatar in qof loogu adeegsado.
danger-weapon-advice-worried = Haddii qofkaas hadda hub lagu hanjabayo, wac 112 oo sheeg meesha uu joogo. Ha u tegin qofka hanjabaya si aad ula doodo ama ugu canaanato.
danger-weapon-advice-used = Meel iska dhig waxa aad ku hanjabtay, ama hubka u geey booliska. Haddii aad dareento inaad hadda qof dhaawici karto, meesha ka tag oo wac 112. Välj att sluta iyo socialtjänsten (xafiiska adeegga bulshada) waxay kaa caawin karaan inaad joojiso.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 and 4; DA item 2; FREDA-farlighetsbedömning (weapons at home).
danger-weapon-access-advice = Haddii aad rabto, waxaad u sheegi kartaa booliska, socialtjänsten (xafiiska adeegga bulshada) ama khad taageero in hub jiro. Booliisku wuu la wareegi karaa hubka, wuuna ka noqon karaa ruqsadda hubka (vapenlicens) haddii ay jirto khatar in loo adeegsado in qof lagu dhaawaco.
# Source: Brottsbalken 4:5 (olaga hot); lag (SFS 1988:688) om kontaktförbud: asked for through the police (114 14) or the Prosecution Authority, decided by a prosecutor or court (polisen.se, aklagare.se); DA item 6.
danger-threat-to-kill-advice = Waxaad booliska u gudbin kartaa warbixin ku saabsan hanjabaadda, waxaadna codsan kartaa kontaktförbud (amar ka mamnuucaya inuu kula xiriiro). Kaydi fariimaha oo qor waxa la yiri iyo goorta. La hadal khad taageero oo ku saabsan sida aad u ahaan karto ammaan.
danger-threat-to-kill-advice-worried = Hanjabaadda si dhab ah u qaado. Qofkaasi wuxuu booliska u gudbin karaa warbixin, wuxuuna codsan karaa kontaktförbud (amar ka mamnuucaya in lala xiriiro). Waxaad ka caawin kartaa kaydinta fariimaha iyo qorista waxa aad aragtay iyo maqashay.
danger-threat-to-kill-advice-used = Hanjabaadda dilku waxay abuurtaa cabsi, waana dambi, xitaa haddii aadan ula jeedin. La xiriir Välj att sluta ama socialtjänsten (xafiiska adeegga bulshada) si aad u hesho caawimaad aad ku joojiso.
# Source: DA item 18 (the person's own belief that the other could kill them); FREDA-farlighetsbedömning's guidance: the person's own estimate of risk is on average as good as the instruments; safety planning with support services as in NCK's and the shelter movement's practice.
danger-believes-could-kill-advice = Dareenkaaga si dhab ah u qaado. Samee qorshe ku saabsan sida aad u ahaan karto ammaan, adigoo la kaashanaya khad taageero, kvinnojour, tjejjour ama mansjour (xarumaha taageerada iyo hoyga), ama socialtjänsten (xafiiska adeegga bulshada). Haddii aad hadda khatar ku jirto, wac 112.
danger-believes-could-kill-advice-worried = Si dhab ah u qaado. Wac khad taageero oo ka hadal sida aad u taageeri karto qofkaas iyo sida uu u ahaan karo ammaan. Ha u tegin qofka hanjabaya si aad ula doodo ama ugu canaanato. Haddii qofkaasi hadda khatar ku jiro, wac 112.
# Source: DA item 1; documenting incidents and keeping evidence safe, as NCK and the police advise.
danger-escalation-advice = Qor waxa dhacaya iyo goorta, oo kaydi sawirrada iyo fariimaha meel aan qof kale ka heli karin. Qorshee badbaadadaada adigoo la kaashanaya khad taageero ama socialtjänsten (xafiiska adeegga bulshada).
danger-escalation-advice-worried = Waa calaamad muujinaysa in khatartu sii kordhayso. Wac khad taageero oo ka hadal sida aad u taageeri karto qofkaas. Haddii uu hadda khatar ku jiro, wac 112.
danger-escalation-advice-used = Marka ay sii xumaato, khatarta in qof si culus u dhaawacmo way kordhaysaa. Hadda caawimaad raadso, tusaale ahaan Välj att sluta ama socialtjänsten (xafiiska adeegga bulshada). Haddii qof khatar ku jiro, wac 112.
# Source: DA item 3; Brå 2007:6 (separation problems and jealousy the most common motives for lethal partner violence); NCK's summary of Brå data (more than half in connection with separation). Never push a person to leave: whether and when is theirs.
danger-separation-advice = Waqtiga ka hor, inta lagu jiro iyo kadib kala tagga wuxuu noqon karaa mid si gaar ah khatar u ah. Adiga ayaa go'aansanaya haddii iyo goorta. Haddii aad ka fikirayso inaad tagto, waxaad si deggan u qorsheyn kartaa adigoo la kaashanaya khad taageero, kvinnojour ama mansjour (xarumaha taageerada iyo hoyga), ama socialtjänsten (xafiiska adeegga bulshada).
danger-separation-advice-worried = Waqtiga ka hor, inta lagu jiro iyo kadib kala tagga wuxuu noqon karaa mid si gaar ah khatar u ah. Haddii qofkaasi ka fikirayo inuu tago, waxaad ka caawin kartaa inuu qorsheeyo isagoo la kaashanaya khad taageero, kvinnojour ama mansjour (xarumaha taageerada iyo hoyga), ama socialtjänsten (xafiiska adeegga bulshada). Qofkaas ayaa go'aansanaya.
# Source: DA item 15; HSLF-FS 2022:39 (replaced SOSFS 2014:4 on 1 November 2022); NCK and Graviditetsregistret: antenatal care asks every pregnant woman about violence, though not every woman recalls being asked.
danger-pregnancy-advice = Haddii aad hadda uur leedahay, waxaad umulisadaada (barnmorska) u sheegi kartaa waxa dhacaya. Umulisadu badanaa waxay wax ka weydiisaa rabshadda, waxayna kaa caawin kartaa inaad caawimaad dheeraad ah hesho, xitaa wada hadal aan lammaanahaagu joogin. Sidoo kale waxaad la hadli kartaa khad taageero.
# Source: DA item 14 (violent and constant jealousy).
danger-jealousy-advice = Masayrku qofna xaq uma siiyo inuu ku maamulo ama kugu hanjabo. Fiiro u yeelo haddii maamulku sii kordhayo, oo la hadal khad taageero oo ku saabsan waxa dhacaya iyo sida aad u ahaan karto ammaan.
# Source: DA item 16 (the other person's threats or attempts of suicide, which also signal danger to the partner).
danger-suicide-threats-advice = Adiga mas'uul kama tihid waxa qofkaasi sameeyo. Haddii uu khatar degdeg ah ku jiro, wac 112. Hanjabaadda is-dilku waxay sidoo kale noqon kartaa khatar adiga kugu ah, sidaas darteed waa fiican tahay inaad khad taageero kala hadasho badbaadadaada.
# Source: Lag (SFS 1988:688) om kontaktförbud: breaking a ban is a crime; SARA item 8 (violation of no-contact orders).
danger-contact-ban-broken-advice = U sheeg booliska mar kasta oo kontaktförbud-ka (amarka xiriirka ka mamnuucaya) la jebiyo, oo kaydi fariimaha, liiska wicitaannada iyo waxyaabo kale oo muujinaya. Haddii aad hadda khatar ku jirto, wac 112.
danger-contact-ban-broken-advice-used = Jebinta kontaktförbud (amar xiriirka ka mamnuucaya) waa dambi, waxayna cabsi gelisaa qofka la rabo in la ilaaliyo. Ka fogow, oo la xiriir Välj att sluta ama socialtjänsten (xafiiska adeegga bulshada) si aad u hesho taageero.
# Source: Brottsbalken 4:4 b (olaga förföljelse); DA item 19; the police on documenting stalking; safety advice on spyware: removing an app can be noticed (as on this tool's safety page).
danger-stalking-advice = Qor goorta iyo meesha ay ka dhacdo, oo kaydi fariimaha. Eeg haddii ay taleefanka ku jiraan apps aadan aqoon, laakiin xusuuso in la dareemi karo haddii aad tirtirto. Waxaad booliska u gudbin kartaa warbixin, waxaadna codsan kartaa kontaktförbud (amar ka mamnuucaya inuu kula xiriiro).
danger-stalking-advice-worried = Qofkaasi wuxuu qori karaa goorta iyo meesha ay ka dhacdo, wuxuuna kaydin karaa fariimaha. Daba-galka sharci-darrada ah (olaga förföljelse) waa dambi booliska loo gudbin karo. Waxaad ka caawin kartaa qorista waxa aad aragto.
# Source: LVU (SFS 1990:52) 31 a § (utreseförbud, travel ban for a child at risk of being taken abroad and harmed; since 1 July 2020, extended 1 June 2024 by prop. 2023/24:72); brottsbalken 4:4 c (äktenskapstvång); Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland); the Swedish Ministry for Foreign Affairs (UD) gives consular help abroad.
danger-forced-trip-or-marriage-advice = Isku day inaad caawimaad hesho safarka ka hor: la xiriir socialtjänsten (xafiiska adeegga bulshada), booliska ama khadka taageerada ee rabshadda la xiriirta sharafta. Carruurta, socialtjänsten waxay u codsan kartaa utreseförbud (amar ka mamnuucaya in ilmaha dalka laga saaro). Haddii aad si kastaba u safarto, qaado koobi baasaboorkaaga ah, taleefan la shubay iyo lambarka safaaradda Iswiidhan.
danger-forced-trip-or-marriage-advice-worried = Wax qabo safarka ka hor, adigoo aan qoysku ogeyn: la xiriir socialtjänsten (xafiiska adeegga bulshada), booliska ama khadka taageerada ee rabshadda la xiriirta sharafta. Carruurta waxaa loo heli karaa utreseförbud (amar ka mamnuucaya in ilmaha dalka laga saaro). Haddii qofkaasi horay dibadda u joogo, UD (Wasaaradda Arrimaha Dibadda ee Iswiidhan) ayaa caawin karta.
# Source: PATRIARK (earlier honour-based violence in the family or network).
danger-honour-violence-before-advice = Waxa ku dhacay dadka kale ee qoyska waxay muujin karaan in khatartu adigana kuu weyn tahay. La hadal socialtjänsten (xafiiska adeegga bulshada) ama khadka taageerada ee rabshadda la xiriirta sharafta oo ku saabsan sida aad u ahaan karto ammaan. Haddii aad hadda khatar ku jirto, wac 112.
# Source: DA item 17; socialtjänstlagen (SFS 2025:400), the social services' duty to protect children.
danger-threats-to-children-advice = Carruurta loo hanjabo xaq bay u leeyihiin ilaalin. Socialtjänsten (xafiiska adeegga bulshada) way caawin kartaa adiga iyo carruurta, waxaadna booliska u gudbin kartaa warbixin ku saabsan hanjabaadda. Haddii ilmo hadda khatar ku jiro, wac 112.
# Source: Brottsbalken chapter 6 (sexual offences against children); socialtjänstlagen (SFS 2025:400): the social services must protect a child who may be harmed; Bris (contacts/national.toml).
danger-child-sexual-abuse-advice = Weligeed eed kuma aha adiga. U sheeg qof weyn oo aad aaminsan tahay, tusaale ahaan la-taliyaha dugsiga (skolkurator) ama kalkaalisada dugsiga (skolsköterska), ama wac Bris. Socialtjänsten (xafiiska adeegga bulshada) waa inay ku ilaaliso. Haddii aad hadda khatar ku jirto, wac 112.
danger-child-sexual-abuse-advice-worried = Isla markiiba u gudbi socialtjänsten (xafiiska adeegga bulshada) warbixin welwel (orosanmälan), ama wac booliska. Ha su'aalo badan weydiin ilmaha, hana u tegin qofka aad ka shakisan tahay si aad ugu canaanato. Haddii ilmuhu hadda khatar ku jiro, wac 112.
# Source: Brottsbalken 6:9 (purchase of a sexual act from a child); socialtjänstlagen (SFS 2025:400).
danger-child-sexual-exploitation-advice = Weligaa adiga ma aha kan khaladka samaynaya, ee waa qofka kaa faa'iidaysanaya. Waxaad la hadli kartaa Bris ama socialtjänsten (xafiiska adeegga bulshada), waxaadna caawimaad caafimaadkaaga ku saabsan ka heli kartaa ungdomsmottagning (rugta caafimaadka dhallinyarada). Haddii aad hadda khatar ku jirto, wac 112.
danger-child-sexual-exploitation-advice-worried = Isla markiiba u gudbi socialtjänsten (xafiiska adeegga bulshada) warbixin welwel (orosanmälan). Qofka galmo ka iibsada ilmo wuxuu galayaa dambi. Haddii ilmuhu hadda khatar ku jiro, wac 112.
# Source: Äktenskapsbalken 2:1 (no one under 18 may marry); brottsbalken chapter 4 (barnäktenskapsbrott and äktenskapstvång, covering marriage-like unions too); LVU 31 a § (utreseförbud: social services apply, the administrative court decides, with interim bans by social services).
danger-child-marriage-advice = Qofna uma bannaana inuu ku guuriyo, xitaa guur diini ah ama mid dibadda lagu sameeyo. Socialtjänsten (xafiiska adeegga bulshada) way ku ilaalin kartaa, waxayna codsan kartaa utreseförbud (amar ka mamnuucaya in dalka lagaa saaro), si aan lagaa qaadin dalka. Waxaad wici kartaa khadka taageerada ee rabshadda la xiriirta sharafta ama Bris. Haddii aad hadda khatar ku jirto, wac 112.
# Source: Lag (SFS 1982:316) med förbud mot könsstympning av kvinnor (female genitals; applies also to mutilation abroad); LVU 31 a § (utreseförbud).
danger-genital-mutilation-advice = U sheeg qof weyn oo aad aaminsan tahay, tusaale ahaan kalkaalisada dugsiga (skolsköterska) ama la-taliyaha dugsiga (kurator), ama wac Bris. Socialtjänsten (xafiiska adeegga bulshada) way ku ilaalin kartaa, tusaale ahaan utreseförbud (amar ka mamnuucaya in dalka lagaa saaro) ka hor safar. Haddii wax horay kuu dhaceen, waxaad heli kartaa daryeel caafimaad iyo taageero. Haddii aad hadda khatar ku jirto, wac 112.
danger-genital-mutilation-advice-worried = Isla markiiba u gudbi socialtjänsten (xafiiska adeegga bulshada) warbixin welwel (orosanmälan), gaar ahaan ka hor safar. Socialtjänsten waxay ilmaha u codsan kartaa utreseförbud (amar ka mamnuucaya in ilmaha dalka laga saaro). Adigu ha la xiriirin qoyska.
# Source: Child-protection practice (Bris; the police on sexual extortion of children): do not send more or pay, keep the evidence, tell an adult, report; brottsbalken chapter 6.
danger-sextortion-advice = Eed kuma aha adiga. Ha dirin sawirro kale, hana bixin lacag. Kaydi fariimaha, kadibna qofka xannib (block). U sheeg qof weyn oo aad aaminsan tahay ama wac Bris. Waxaad booliska u gudbin kartaa warbixin, xitaa haddii adigu sawirro dirtay.
# Source: DA item 20 (the person's own thoughts or attempts of suicide); Mind's Självmordslinjen (contacts/national.toml); NASP at Karolinska Institutet: asking directly about suicide does not increase the risk.
danger-suicidal-thoughts-advice = Keligaa ma tihid. Waxaad wici kartaa ama la sheekaysan kartaa (chat) Självmordslinjen (khadka taageerada ee is-dilka) habeen iyo maalin, adigoo aan sheegin cidda aad tahay. Haddii aad hadda ka fikirayso inaad is dhaawacdo, wac 112.
danger-suicidal-thoughts-advice-worried = Si dhab ah u qaado oo si toos ah u weydii: “Ma ka fikiraysaa inaad is disho?” Weydiintu ma kordhiso khatarta. Självmordslinjen (khadka taageerada ee is-dilka) waxay sidoo kale qaabishaa wicitaannada dadka qof kale u welwelsan. Haddii qofkaasi khatar degdeg ah ku jiro, wac 112.
danger-suicidal-thoughts-advice-used = Keligaa ma tihid. Waxaad wici kartaa ama la sheekaysan kartaa (chat) Självmordslinjen (khadka taageerada ee is-dilka) habeen iyo maalin, adigoo aan sheegin cidda aad tahay. Haddii aad hadda ka fikirayso inaad is dhaawacdo ama qof kale dhaawacdo, wac 112.
## Result: fixed parts

result-title = Tan ayay jawaabahaagu sharxayaan
result-intro = Waxa aad ka jawaabtay wuxuu sharxayaa hal ama dhowr nooc oo rabshad ah. Hoos waxaad ka akhrisan kartaa waxa loo yaqaan iyo meesha aad taageero ka heli karto.
result-none = Jawaabahaaga midkoodna ma sharxin rabshad. Hase yeeshee waa lagu soo dhaweynayaa inaad la hadasho qof haddii ay wax kuu muuqdaan inay khaldan yihiin. Ku kalsoonow dareenkaaga.
result-none-worried = Jawaabahaaga midkoodna ma sharxin rabshad ka dhan ah qofka aad u welwelsan tahay. Hase yeeshee ku kalsoonow dareenkaaga: welwelkaaga waxaad kala hadli kartaa khad taageero.
result-danger-unanswered = Adigu qaar ka mid ah su'aalaha ku saabsan khatarta culus kama jawaabin, taasina waa caadi. Haddii aad u baqayso badbaadadaada, had iyo jeer waad wici kartaa 112, khadadka taageerada ee hoosena waxay kaa caawin karaan inaad ka fikirto waxa ugu ammaan badan.
result-danger-unanswered-worried = Adigu qaar ka mid ah su'aalaha ku saabsan khatarta culus kama jawaabin, taasina waa caadi. Haddii aad u malaynayso in qofka aad u welwelsan tahay uu hadda khatar ku jiro, wac 112. Khadadka taageerada ee hoose waxay kaa caawin karaan inaad ka fikirto sida aad u taageeri karto qofkaas.
result-danger-unanswered-used = Adigu qaar ka mid ah su'aalaha ku saabsan khatarta culus kama jawaabin, taasina waa caadi. Haddii aad ka baqayso inaad qof dhaawici doonto, ama haddii qof khatar ku jiro, wac 112. Välj att sluta iyo socialtjänsten (xafiiska adeegga bulshada) way ku caawin karaan.
result-urgent-title = Haddii aad hadda khatar ku jirto, wac 112
# Source: SOS Alarm, https://www.sosalarm.se/112 (the operator asks what happened, where and from which number; calls from smartphones are positioned automatically, AML) and https://www.sosalarm.se/Pressrum/Fragor-och-svar/ (stay on the line).
result-urgent-text = Sheeg waxa dhacay iyo meesha aad joogto. Wicitaanku waa lacag la'aan. Marka aad ka wacdo taleefan gacmeed, SOS Alarm badanaa way arki karaan meesha aad joogto. Khadka ku sii jir haddii aad awooddo.
result-urgent-title-worried = Haddii qofkaasi hadda khatar ku jiro, wac 112
result-urgent-text-worried = Wac 112 haddii qofka aad u welwelsan tahay uu hadda khatar ku jiro. Sheeg meesha uu joogo iyo waxa dhacaya. Wicitaanku waa lacag la'aan.
result-urgent-signs-intro = Tan ayaan marka hore ku tusaynaa, sababtoo ah jawaabahaagu waxay xusayaan wax noqon kara calaamad digniin oo culus:
result-advice-youth = Haddii aad ka yar tahay 18 sano, waxaad sidoo kale la hadli kartaa Bris, la-taliyaha dugsiga (skolkurator), kalkaalisada dugsiga (skolsköterska) ama qof kale oo weyn oo aad aaminsan tahay. Uma baahnid inaad keligaa la tacaasho.
result-advice-youth-worried = Haddii adigu ka yar tahay 18 sano, waxaad u sheegi kartaa qof weyn oo aad aaminsan tahay ama wici kartaa Bris, markaas ayaa lagaaga caawin doonaa inta kale.
result-not-your-fault = Waxa kugu dhacaya eed kuma lihid. Qofna xaq uma laha inuu ku dhaawaco, kugu hanjabo ama ku maamulo.
result-right-to-support = Xaq baad u leedahay inaad taageero ka codsato socialtjänsten (xafiiska adeegga bulshada) ee degmada aad joogto, meel kasta oo aad ka timid, iyo haddii aad haysato sharci deganaansho iyo haddii kale. La xiriiriddoodu waa lacag la'aan.
result-everyone-welcome = Xaq baad u leedahay taageero, iyadoon loo eegin da'daada, jinsigaaga, asalkaaga, u janjeedhka galmadaada, naafanimo ama ku-tiirsanaan (balwad). In aad cabto khamri ama qaadato daroogo, ama aadan haysan sharci deganaansho, weligood kaama celinayaan inaad taageero hesho.
result-everyone-welcome-worried = Qofka aad u welwelsan tahay xaq buu u leeyahay taageero, iyadoon loo eegin da', jinsi, asal, u janjeedh galmo, naafanimo ama ku-tiirsanaan (balwad). Khamri, daroogo ama sharci deganaansho la'aan weligood qofna kama celiyaan inuu taageero helo.
result-everyone-welcome-used = Waxaad heli kartaa taageero aad ku joojiso, iyadoon loo eegin da'daada, jinsigaaga, asalkaaga, u janjeedhka galmadaada, naafanimo ama ku-tiirsanaan (balwad). In aad cabto khamri ama qaadato daroogo kaama celinayso inaad taageero hesho.
result-child-protection-title = Xaq baad u leedahay ilaalin
result-child-protection-1 = Waxaad ka yar tahay 18 sano. Markaas socialtjänsten (xafiiska adeegga bulshada) waa inay ogaadaan xaaladdaada oo ay ku ilaaliyaan haddii qof ku dhaawacayo, kugu hanjabayo ama kaa faa'iidaysanayo.
result-child-protection-2 = Waxaad adigu wici kartaa ama u tegi kartaa socialtjänsten (xafiiska adeegga bulshada), ama waxaad ka codsan kartaa qof weyn oo aad aaminsan tahay, tusaale ahaan la-taliyaha dugsiga (skolkurator), inuu ku caawiyo.
result-child-protection-3 = Sidoo kale waxaad la hadli kartaa Bris adigoo aan sheegin cidda aad tahay. Bris waxay ku jirtaa xiriirada hoose.
result-what-happens-title = Maxaa dhacaya haddii aan la xiriiro?
result-what-happens-1 = Waxaad ku bilaabi kartaa inaad wacdo khad taageero si aad ula hadasho oo talo u hesho. Adiga ayaa go'aansanaya waxa aad sheegto.
result-what-happens-2 = Socialtjänsten (xafiiska adeegga bulshada) waxay ku siin karaan wada hadallo taageero ah, caawimaad aad ku qorsheyso sida aad u ahaan karto ammaan, iyo caawimaad hoy la ilaaliyo haddii aad u baahato inaad guurto.
result-what-happens-3 = Waxaad qaadi kartaa hal tallaabo markiiba. Xor baad u tahay inaad weydiiso waxa xiga intaadan wax badan sheegin.
result-show-local = I tus caawimaad ii dhow
result-start-over = Dib u bilow
result-start-over-hint = Wax kasta oo aad ka jawaabtay waa la illaawayaa.
## Result: for someone who has hurt or frightened someone

result-used-intro = Jawaabahaagu waxay sharxayaan inaad samaysay waxyaabo dhaawici kara ama cabsi gelin kara qof kuu dhow.
result-used-responsibility = In aad ka jawaabtay su'aalahan waa tallaabo muhiim ah. Rabshaddu waa doorasho, waadna dooran kartaa inaad joojiso. Caawimaad ayaa u jirta taas, tusaale ahaan Välj att sluta (barnaamij caawiya dadka doonaya inay joojiyaan rabshadda) iyo socialtjänsten (xafiiska adeegga bulshada) ee degmadaada.
result-used-responsibility-youth = In aad ka jawaabtay su'aalahan waa tallaabo muhiim ah. Waa suurtagal in la barto sida loo joojiyo dhaawaca ama cabsi gelinta dadka kale, waxaana jira dad waaweyn oo kaaga caawin kara taas, tusaale ahaan Bris iyo socialtjänsten (xafiiska adeegga bulshada).
result-used-urgent-text = Haddii aad ka baqayso inaad qof dhaawici doonto hadda, ama haddii qof khatar ku jiro, wac 112.
result-used-none = Jawaabahaagu ma sharxin wax ka mid ah waxa aan weydiinay. Haddii aad weli ka welwelsan tahay sida aad ula dhaqanto qof kuu dhow, waxaad la hadli kartaa Välj att sluta ama socialtjänsten (xafiiska adeegga bulshada). Uma baahnid inaad sheegto cidda aad tahay.
result-used-children = Carruurta arka ama maqla rabshad waxay u baahan yihiin taageero. Socialtjänsten (xafiiska adeegga bulshada) waxay taageero siin kartaa adiga iyo carruurtaba, waana tallaabo wanaagsan inaad adigu la xiriirto.
result-used-also-exposed = Waxaad sheegtay in qof kale sidoo kale ku dhaawaco, kugu hanjabo ama ku maamulo. Taasi ma aha wax la aqbali karo, xaqna waad u leedahay taageero. Waxaad la hadli kartaa Bris ama socialtjänsten (xafiiska adeegga bulshada), sidoo kale waxaad ka jawaabi kartaa su'aalaha ku saabsan waxa adiga kugu dhacaya.
## Result: for someone who is worried about another person

result-worried-intro = Jawaabahaagu waxay sharxayaan in qofka aad u welwelsan tahay laga yaabo inuu la kulmayo rabshad. Halkan waxaad ka akhrisan kartaa wax badan, waxaadna arki kartaa meesha adiga iyo qofkaasba aad taageero ka heli kartaan.
## For someone who is worried about another person

worried-title = Haddii aad qof u welwelsan tahay
worried-intro = Waa wanaagsan tahay inaad daryeesho. Halkan waxaa ku yaal calaamado aad fiiro u yeelato, talooyin ku saabsan sida aad ula hadli karto, iyo meesha aad u jeesan karto.
worried-signs-title = Calaamado aad fiiro u yeelato
worried-signs-1 = Qofkaasi wuxuu u muuqdaa mid baqaya, murugaysan ama welwelsan, wuuna isbeddelay.
worried-signs-2 = Qofkaasi lama kulmo saaxiibada iyo qoyska sidii hore oo kale, ama looma oggola.
worried-signs-3 = Qof ayaa had iyo jeer wacaya ama fariimo u diraya oo doonaya inuu ogaado meesha uu joogo.
worried-signs-4 = Qofkaasi wuxuu leeyahay dhaawacyo uusan doonayn ama aanu sharxi karin.
worried-signs-5 = Qofkaasi ma haysto lacag u gaar ah, ama qof kale ayaa haya baasaboorka ama taleefanka qofkaas.
worried-signs-6 = Qofkaasi wuxuu ka hadlaa guur ama safar aanu doorasho ku lahayn.
worried-talk-title = Sida aad u bilaabi karto wada hadalka
worried-talk-1 = Dooro meel aad ku wada hadli kartaan adigoo keli ah oo deggan.
worried-talk-2 = U sheeg waxa aad dareentay iyo inaad daryeesho. Tusaale ahaan waxaad oran kartaa: “Waxaan dareemay inaad u muuqato mid murugaysan. Sidee tahay?”
worried-talk-3 = Dhageyso adigoo aan xukumin, oo rumayso waxa qofkaasi kuu sheego.
worried-talk-4 = U oggolow qofkaas inuu go'aamiyo xawaaraha. Waqti ayay qaadan kartaa ka hor intaanu qofkaasi rabin inuu wax dheeraad ah sheego.
worried-talk-5 = U sheeg qofkaas in caawimaad jirto, oo u bandhig inaad la joogto marka uu wacayo ama la xiriirayo.
worried-dont-title = Waxa aadan samayn
worried-dont-1 = Ha u tegin qofka isticmaala rabshadda si aad ugu canaanato. Waxay ka dhigi kartaa mid khatar badan qofka aad u welwelsan tahay.
worried-dont-2 = Ha ku cadaadin qofkaas inuu wax sheego ama ka tago. Qofkaas ayaa sida ugu fiican u yaqaan waxa ammaan ah.
worried-dont-3 = Ha la xiriirin qoyska ama qaraabada haddii aad ka shakisan tahay rabshad la xiriirta sharafta. Waxay khatar gelin kartaa qofka aad u welwelsan tahay.
worried-dont-4 = Ha u oggolaan qof qoyska, qaraabada ama dadkooda yaqaan ka mid ah inuu turjumo. Weydii turjumaan aan aqoon qoyska.
worried-dont-5 = Ha u dirin fariimo ku saabsan rabshadda taleefanka qofkaas haddii qof kale akhrin karo.
worried-over-time-title = In aad la joogto muddo dheer
worried-over-time-1 = Sii wad inaad la xiriirto qofkaas, xitaa haddii uusan hadda rabin inuu hadlo.
worried-over-time-2 = Waa wax caadi ah in qof ka tago oo dib u laabto dhowr jeer. Muuji inaad weli joogto, adigoo aan xukumin.
worried-over-time-3 = Naftaadana daryeel. Khadad taageero oo badan waxay qaataan wicitaannada dadka u welwelsan qof kale.
worried-child-title = Haddii aad u welwelsan tahay ilmo
worried-child-1 = Qof kasta wuxuu u gudbin karaa orosanmälan (warbixin welwel ah) socialtjänsten (xafiiska adeegga bulshada) ee degmada uu ilmuhu ku nool yahay. Looma baahna inaad hubto. Waa ku filan tahay inaad welwelsan tahay.
worried-child-2 = Qof ahaan gaar ah, waxaad warbixinta gudbin kartaa adigoo aan sheegin cidda aad tahay. Socialtjänsten (xafiiska adeegga bulshada) ayaa baadha sida ilmuhu u nool yahay.
worried-child-3 = Dadka la shaqeeya carruurta, tusaale ahaan dugsiga, daryeelka caafimaadka ama socialtjänsten (xafiiska adeegga bulshada), waxaa waajib ku ah inay warbixin gudbiyaan.
