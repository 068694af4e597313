# Vägvisaren — the questions and the result.
# Fetched when someone starts the questions, together with main.ftl: the same file for everyone.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Questions: partner or ex

q-partner-put-down = A të fyen, të tall ose të bën të ndihesh pa vlerë partneri/partnerja ose ish-partneri/ish-partnerja?
q-partner-put-down-youth = A të thërret me fjalë të shëmtuara, të tall ose të bën të ndihesh keq dikush me të cilin je bashkë ose ke dalë?
q-partner-isolate = A vendos partneri/partnerja ose ish-partneri/ish-partnerja se me kë mund të takohesh, ku mund të shkosh ose çfarë mund të veshësh?
q-partner-isolate-youth = A vendos dikush me të cilin je bashkë ose ke dalë se me cilët shokë e shoqe mund të rrish, ku mund të shkosh ose çfarë mund të veshësh?
q-partner-phone = A t’i lexon mesazhet, t’i kërkon fjalëkalimet ose ta kontrollon telefonin partneri/partnerja ose ish-partneri/ish-partnerja?
q-partner-phone-youth = A kërkon dikush me të cilin je bashkë ose ke dalë që t’ia tregosh telefonin, mesazhet, fjalëkalimet ose se ku je?
q-partner-follow = A të ndjek nga pas partneri/partnerja ose ish-partneri/ish-partnerja, a shfaqet aty ku je, apo a e mban nën kontroll se ku je me një aplikacion ose me ndarje vendndodhjeje për të cilën nuk ke rënë dakord?
q-partner-follow-youth = A të ndjek nga pas dikush me të cilin je bashkë ose ke dalë, apo a shfaqet aty ku je edhe kur ti nuk do?
q-partner-images = A ka shpërndarë, ose a ka kërcënuar se do të shpërndajë, partneri/partnerja ose ish-partneri/ish-partnerja foto ose video të tuat që nuk do që t’i shohin të tjerët?
q-partner-images-youth = A ka shpërndarë, ose a ka kërcënuar se do të shpërndajë, dikush me të cilin je bashkë ose ke dalë foto ose video të tuat që nuk do që t’i shohin të tjerët?
q-partner-nudes = A të ka kërkuar vazhdimisht, të ka bërë presion ose të ka mashtruar dikush me të cilin je bashkë ose ke dalë që t’i dërgosh foto lakuriq ose foto seksi?
q-partner-older = Personi me të cilin je bashkë ose ke dalë, a është mbi 18 vjeç, apo ka shumë vjet më shumë se ti?
q-partner-money = A t’i merr paratë partneri/partnerja ose ish-partneri/ish-partnerja, ose a vendos për to në mënyrë që ti të mos mund t’i përdorësh vetë?
q-partner-money-youth = A t’i merr paratë dikush me të cilin je bashkë ose ke dalë, ose a vendos se çfarë mund të blesh?
q-partner-debt = A ka marrë partneri/partnerja ose ish-partneri/ish-partnerja kredi ose borxhe në emrin tënd, ose a të ka penguar të punosh ose të studiosh?
q-partner-debt-youth = A të ka penguar të shkosh në shkollë dikush me të cilin je bashkë ose ke dalë, ose a të ka bërë të blesh gjëra ose të marrësh para hua për të?
q-partner-threats = A të kërcënon partneri/partnerja ose ish-partneri/ish-partnerja, për shembull se do t’i marrë fëmijët, se do t’u tregojë të tjerëve për orientimin tënd seksual ose identitetin tënd gjinor, ose se do të bëjë që të detyrohesh të largohesh nga Suedia?
q-partner-threats-youth = A të kërcënon dikush me të cilin je bashkë ose ke dalë, për shembull se do të përhapë gjëra për ty ose se do t’u tregojë të tjerëve nëse je gay, bi ose trans?
q-partner-break = A t’i ka thyer, hedhur ose marrë sendet partneri/partnerja ose ish-partneri/ish-partnerja?
q-partner-break-youth = A t’i ka prishur, hedhur ose marrë gjërat dikush me të cilin je bashkë ose ke dalë?
q-partner-hit = A të ka goditur, shtyrë, shkelmuar ose mbajtur me forcë partneri/partnerja ose ish-partneri/ish-partnerja?
q-partner-hit-youth = A të ka goditur, shtyrë, shkelmuar ose mbajtur me forcë dikush me të cilin je bashkë ose ke dalë?
q-partner-neck = A të ka mbytur partneri/partnerja ose ish-partneri/ish-partnerja duke ta shtrënguar fytin, a të ka zënë për fyti ose a të ka shtypur qafën aq sa e kishe të vështirë të merrje frymë?
q-partner-neck-youth = A të ka mbytur dikush me të cilin je bashkë ose ke dalë duke ta shtrënguar fytin, a të ka zënë për fyti ose a ka bërë që ta kishe të vështirë të merrje frymë?
q-partner-weapon = A të ka kërcënuar partneri/partnerja ose ish-partneri/ish-partnerja me thikë, armë ose diçka tjetër që mund të lëndojë?
q-partner-weapon-youth = A të ka kërcënuar me thikë ose me diçka tjetër që mund të lëndojë dikush me të cilin je bashkë ose ke dalë?
q-partner-kill = A ka kërcënuar partneri/partnerja ose ish-partneri/ish-partnerja se do të të vrasë ty ose dikë që e ke të afërt?
q-partner-kill-youth = A të ka thënë dikush me të cilin je bashkë ose ke dalë se do të të vrasë ty ose dikë që e do?
q-partner-sex = A të ka detyruar ose të ka bërë presion partneri/partnerja ose ish-partneri/ish-partnerja për seks ose veprime seksuale që nuk i doje, ose a ke pranuar seks sepse kishe frikë?
q-partner-sex-youth = A të ka detyruar, të ka bërë presion ose të ka kërkuar vazhdimisht dikush me të cilin je bashkë ose ke dalë që të bësh diçka seksuale që nuk doje?
q-partner-afraid = A ke frikë nga partneri/partnerja ose ish-partneri/ish-partnerja, edhe kur në atë çast nuk po bën asgjë?
q-partner-afraid-youth = A ke frikë nga dikush me të cilin je bashkë ose ke dalë?
q-partner-care = Nëse ke nevojë për ndihmë në jetën e përditshme: a të ka privuar partneri/partnerja ose ish-partneri/ish-partnerja nga ushqimi, ilaçet ose ndihma tjetër që të nevojitet?
q-partner-aids = A t’i ka marrë partneri/partnerja ose ish-partneri/ish-partnerja mjetet ndihmëse, syzet, ilaçet, hormonet ose telefonin, në mënyrë që të mos mund t’ia dalësh vetë ose të kërkosh ndihmë?
q-partner-children-see = Nëse ka fëmijë në shtëpi: a kanë parë ose dëgjuar dhunë ose kërcënime kundër teje, ose a janë trembur kur partneri/partnerja ose ish-partneri/ish-partnerja është zemëruar?
q-partner-worse = A janë përkeqësuar dhuna ose kërcënimet, ose a kanë ndodhur më shpesh, gjatë vitit të fundit?
q-partner-worse-youth = A është bërë më keq kohët e fundit ajo që të bën ky person, ose a ndodh më shpesh?
q-partner-jealous = A sillet partneri/partnerja ose ish-partneri/ish-partnerja me xhelozi në një mënyrë që të frikëson, për shembull të akuzon për tradhti, zemërohet kur takohesh me të tjerë ose thotë se askush tjetër nuk duhet të të ketë?
q-partner-jealous-youth = A sillet me aq xhelozi dikush me të cilin je bashkë ose ke dalë sa të trembesh, për shembull zemërohet kur flet me të tjerë ose thotë se askush tjetër nuk mund të jetë me ty?
q-partner-leaving = A je ndarë së fundmi nga partneri/partnerja, ose a po mendon të ndahesh, dhe a ke frikë se çfarë do të bëjë ky person atëherë?
q-partner-leaving-youth = A je ndarë së fundmi nga dikush me të cilin ishe bashkë, ose a do të ndahesh, dhe a ke frikë se çfarë do të bëjë personi tjetër atëherë?
q-partner-could-kill = A mendon se partneri/partnerja ose ish-partneri/ish-partnerja mund të të vrasë?
q-partner-could-kill-youth = A mendon se dikush me të cilin je bashkë ose ke dalë mund të të vrasë?
q-partner-weapon-home = A ka partneri/partnerja ose ish-partneri/ish-partnerja armë në shtëpi, për shembull armë gjahu, ose a mund të gjejë lehtë armë?
q-partner-weapon-home-youth = A ka armë dikush me të cilin je bashkë ose ke dalë, ose a mund të gjejë lehtë armë?
q-partner-suicide-threat = A ka kërcënuar partneri/partnerja ose ish-partneri/ish-partnerja se do t’i japë fund jetës, për shembull nëse ti do ta lije?
q-partner-suicide-threat-youth = A të ka thënë dikush me të cilin je bashkë ose ke dalë se do ta vrasë veten nëse ndahesh ose nëse nuk bën atë që të kërkon?
q-partner-contact-ban = A të ka kontaktuar ose a ka ardhur te ti partneri/partnerja ose ish-partneri/ish-partnerja, edhe pse ka kontaktförbud (ndalim kontakti)?
q-partner-contact-ban-youth = A të ka kontaktuar dikush me të cilin je bashkë ose ke dalë, edhe pse i është ndaluar ta bëjë këtë?
q-partner-pregnant = Nëse ke qenë shtatzënë: a të ka goditur ose lënduar partneri/partnerja ose ish-partneri/ish-partnerja gjatë shtatzënisë?
q-partner-pregnant-youth = Nëse ke qenë shtatzënë: a të ka goditur ose lënduar atëherë dikush me të cilin je bashkë ose ke dalë?
q-partner-pets = A ka lënduar, ose a ka kërcënuar se do të lëndojë, partneri/partnerja ose ish-partneri/ish-partnerja një kafshë që ti e do?
q-partner-pets-youth = A ka lënduar, ose a ka kërcënuar se do të lëndojë, dikush me të cilin je bashkë ose ke dalë një kafshë që ti e do?
q-partner-careful = A mendon shpesh për atë që thua dhe bën, që partneri/partnerja ose ish-partneri/ish-partnerja të mos zemërohet?
q-partner-careful-youth = A mendon shpesh për atë që thua dhe bën, që dikush me të cilin je bashkë ose ke dalë të mos zemërohet?
q-partner-children-threat = A ka kërcënuar partneri/partnerja ose ish-partneri/ish-partnerja se do t’i lëndojë fëmijët, ose se do t’i marrë e do t’i çojë diku, për shembull jashtë vendit?
q-partner-suicide-self = A ke ti vetë mendime për t’i dhënë fund jetës?
q-partner-suicide-self-youth = A ke menduar ndonjëherë se dëshiron të vdesësh, ose a ke menduar të vrasësh veten?
## Questions: family or relatives

q-family-collective = A vendosin disa veta nga familja ose të afërmit e tu së bashku se si duhet të jetosh?
q-family-collective-youth = A vendosin për jetën tënde edhe të tjerë përveç prindërve, për shembull vëllezërit, motrat ose të afërmit?
q-family-friends = A vendos familja ose të afërmit se me cilët miq mund të shoqërohesh, si mund të vishesh ose çfarë mund të bësh në kohën e lirë?
q-family-friends-youth = A ke më pak liri se të tjerët e moshës sate për shokët e shoqet, rrobat ose kohën e lirë, sepse familja shqetësohet se çfarë do të thonë të tjerët ose për emrin e mirë të familjes?
q-family-school = A të pengon familja ose të afërmit të studiosh, të punosh ose të zgjedhësh vetë shkollimin?
q-family-school-youth = A nuk të lejojnë të marrësh pjesë në disa mësime, për shembull edukimin seksual ose notin, ose në ekskursionet e shkollës, sepse familja mendon se është gabim ose turp?
q-family-love = A vendos familja ose të afërmit se në kë mund të dashurohesh dhe me kë mund të jesh bashkë, ose nëse mund të tregosh hapur se kush je?
q-family-love-youth = A vendos familja se në kë mund të dashurohesh ose me kë mund të jesh bashkë kur të rritesh, apo nuk të lejojnë të tregosh hapur se kush je?
q-family-marriage = A të bëjnë presion familja ose të afërmit të fejohesh ose të martohesh – edhe vetëm fetarisht ose brenda farefisit – me dikë që nuk e ke zgjedhur vetë, apo ka ndodhur tashmë kundër vullnetit tënd?
q-family-marriage-youth = A do familja që të fejohesh ose të martohesh, edhe vetëm fetarisht ose “me fjalë të dhënë”, edhe pse ti vetë nuk do, apo je martuar tashmë?
q-family-abroad = A të ka thënë dikush se do të të dërgojnë ose do të të çojnë në një vend tjetër kundër vullnetit tënd, apo po planifikohet një udhëtim që të shqetëson?
q-family-abroad-youth = A të ka thënë dikush se do të të dërgojnë në një vend tjetër, apo do të udhëtoni diku dhe kjo të shqetëson?
q-family-put-down = A të fyen, të tall ose të thotë se nuk vlen asgjë dikush nga familja ose të afërmit?
q-family-put-down-youth = A të thotë shpesh dikush në familje gjëra të këqija, a të bërtet aq sa të trembesh, ose a të thotë se nuk vlen për asgjë?
q-family-money = A ta marrin familja, të afërmit ose dikush që të ndihmon pagën, pensionin, ndihmat ose paratë, ose a t’i mbajnë paratë që të nevojiten, për të të kontrolluar?
q-family-money-youth = A t’i merr dikush në familje paratë e tua, apo nuk të japin para për gjëra që të duhen vërtet, si ushqim, biletë autobusi ose rroba?
q-family-break = A t’i ka thyer, hedhur ose marrë sendet dikush nga familja ose të afërmit?
q-family-break-youth = A t’i ka thyer ose prishur gjërat dikush në familje kur ishte zemëruar, aq sa u trembe?
q-family-tracking = A të ndjek nga pas dikush nga familja ose të afërmit, apo a e mbajnë nën kontroll se ku je me një aplikacion, edhe pse ti nuk do?
q-family-tracking-youth = A të ndjek nga pas dikush në familje, apo a kontrollojnë gjithë kohën se ku je, në një mënyrë që të tremb ose nuk të lë të jetosh jetën tënde?
q-family-hit = A të ka goditur, shtyrë, shkelmuar ose mbajtur me forcë dikush nga familja ose të afërmit?
q-family-hit-youth = A të ka goditur, shtyrë, tërhequr nga flokët ose mbajtur me forcë dikush në familje?
q-family-neck = A të ka mbytur dikush nga familja ose të afërmit duke ta shtrënguar fytin, a të ka zënë për fyti ose a të ka shtypur qafën aq sa e kishe të vështirë të merrje frymë?
q-family-neck-youth = A të ka mbytur dikush në familje duke ta shtrënguar fytin, a të ka zënë për fyti ose a ka bërë që ta kishe të vështirë të merrje frymë?
q-family-weapon = A të ka kërcënuar dikush nga familja ose të afërmit me thikë, armë ose diçka tjetër që mund të lëndojë?
q-family-weapon-youth = A të ka kërcënuar dikush në familje me thikë ose me diçka tjetër që mund të të lëndojë?
q-family-kill = A ka kërcënuar dikush nga familja ose të afërmit se do të të vrasë ty ose dikë që e ke të afërt?
q-family-kill-youth = A ka thënë dikush në familje se do të të vrasë ty ose dikë që e do?
q-family-sex-touch = A të ka prekur dikush nga familja ose të afërmit në mënyrë seksuale, ose a të ka thënë ose treguar gjëra seksuale që nuk i doje?
q-family-sex-touch-youth = A ta ka prekur dikush nga familja ose të afërmit trupin në një mënyrë që të dukej e gabuar, ose a të ka treguar foto seksuale?
q-family-sex-forced = A të ka detyruar ose të ka bërë presion dikush nga familja ose të afërmit për seks ose veprime seksuale?
q-family-sex-forced-youth = A të ka detyruar dikush nga familja ose të afërmit të bësh diçka seksuale?
q-family-care = Nëse ke nevojë për ndihmë në jetën e përditshme: a të ka lënë pa ushqim, ilaçe ose ndihmë personi në familje që duhet të të ndihmojë, ose a të ka lënë vetëm për një kohë të gjatë, edhe pse nuk mund t’ia dalësh vetë?
q-family-care-youth = A të ndodh të mbetesh pa ushqim, pa rroba të pastra ose pa ndihmë kur sëmuresh, ose të të lënë vetëm në shtëpi për një kohë të gjatë?
q-family-carer = Nëse dikush të ndihmon në jetën e përditshme, për shembull dikush nga asistenca personale ose nga hemtjänsten (kujdesi në shtëpi): a të ka lënduar, kërcënuar ose poshtëruar ky person, a t’i ka marrë paratë ose a nuk të ka ndihmuar?
q-family-afraid = A ke frikë nga dikush në familje ose nga të afërmit, ose nga ajo që ndodh kur kthehesh në shtëpi?
q-family-afraid-youth = A ke frikë nga dikush në familje, ose të shkosh në shtëpi?
q-family-children-see = A ka fëmijë në familje që e shohin ose e dëgjojnë dhunën ose kërcënimet në shtëpi?
q-family-children-see-youth = A keni parë ose dëgjuar ti ose vëllezërit e motrat e tua që dikush në familje godet ose kërcënon dikë tjetër?
q-family-phone = A ta kontrollon dikush nga familja ose të afërmit telefonin ose mesazhet për të parë me kë flet?
q-family-phone-youth = A ta kontrollon dikush në familje telefonin për të parë me kë flet?
q-family-siblings = A të mbajnë nën vëzhgim vëllezërit, motrat, kushërinjtë ose të afërm të tjerë dhe a i tregojnë familjes çfarë bën?
q-family-siblings-youth = A të mbajnë nën vëzhgim vëllezërit, motrat ose kushërinjtë në shkollë ose në qytet dhe a i tregojnë familjes?
q-family-virginity = A kërkon familja ose të afërmit që të ruash virgjërinë deri në martesë, ose a e kontrollojnë atë?
q-family-virginity-youth = A të thotë familja se duhet të ruash virgjërinë, domethënë të mos kesh pasur seks, derisa të martohesh?
q-family-disown = A të ka kërcënuar dikush se familja do të të përzërë ose do të ndërpresë lidhjet me ty nëse nuk bën siç duan ata?
q-family-disown-youth = A të ka thënë dikush se familja nuk do të të dojë më nëse nuk bën siç të thonë?
q-family-partner-threat = A e ka kërcënuar dikush nga familja ose të afërmit personin me të cilin je bashkë, ose personin me të cilin do të doje të ishe bashkë?
q-family-partner-threat-youth = A e ka kërcënuar dikush në familje personin me të cilin je bashkë ose në të cilin je dashuruar?
q-family-honour-before = A është lënduar, kërcënuar, martuar me detyrim ose dërguar larg më parë dikush nga familja ose të afërmit, sepse nuk jetonte siç donte familja?
q-family-honour-before-youth = A i ka ndodhur diçka një motre, një vëllai, një kushëriri ose kushërire, ose dikujt tjetër në familje, sepse nuk bëri siç donte familja, për shembull u lëndua ose u dërgua larg?
q-family-cutting = A të ka thënë dikush se do të të bëjnë gjymtim gjenital – ndonjëherë i thonë “synet i vajzave” ose “pastrim” – domethënë se dikush do të të presë në pjesët intime, apo të ka ndodhur tashmë?
q-family-online = A ka përhapur, ose a ka kërcënuar se do të përhapë, dikush nga familja ose të afërmit foto, video ose thashetheme për ty në internet?
q-family-online-youth = A ka postuar, ose a ka kërcënuar se do të postojë, dikush në familje foto ose gjëra për ty në internet?
q-family-worse = A janë përkeqësuar dhuna ose kërcënimet, ose a kanë ndodhur më shpesh, gjatë vitit të fundit?
q-family-worse-youth = A është bërë më keq kohët e fundit ajo që ndodh në shtëpi, ose a ndodh më shpesh?
q-family-could-kill = A mendon se dikush nga familja ose të afërmit mund të të vrasë?
q-family-could-kill-youth = A mendon se dikush në familje mund të të vrasë?
q-family-weapon-home = A ka armë në shtëpinë e familjes sate, për shembull armë gjahu, ose a mund të gjejë lehtë armë personi që të kërcënon?
q-family-weapon-home-youth = A ka armë në shtëpi, ose a mund të gjejë lehtë armë dikush në familje?
q-family-contact-ban = A të ka kontaktuar ose a ka ardhur te ti dikush nga familja ose të afërmit, edhe pse ka kontaktförbud (ndalim kontakti)?
q-family-children-threat = A ka kërcënuar dikush nga familja ose të afërmit se do t’i lëndojë fëmijët në familje, ose se do t’i marrë e do t’i çojë diku?
q-family-children-threat-youth = A ka kërcënuar dikush në familje se do t’i lëndojë vëllezërit dhe motrat e tua ose fëmijë të tjerë në familje?
q-family-suicide-self = A ke ti vetë mendime për t’i dhënë fund jetës?
q-family-suicide-self-youth = A ke menduar ndonjëherë se dëshiron të vdesësh, ose a ke menduar të vrasësh veten?
## Questions: selling sex, work, money or papers

q-exploit-sell-sex = A të bën dikush presion ose të detyron të shesësh seks, ose të kesh seks me të tjerë për para?
q-exploit-sell-sex-youth = A të ka shtyrë dikush të kesh seks ose të bësh gjëra seksuale në këmbim të parave, sendeve, drogës ose një vendi për të fjetur?
q-exploit-job-promise = A erdhe këtu ose a fillove punë pas premtimesh për një punë, një pagë ose një banesë që më pas nuk ishin të vërteta?
q-exploit-job-promise-youth = A të ka premtuar dikush para, një punë ose diçka tjetër, dhe pastaj ka kërkuar që të bësh gjëra që nuk doje?
q-exploit-work = A punon shumë më tepër nga sa u morët vesh, apo merr pagë shumë të vogël ose nuk merr fare pagë?
q-exploit-work-youth = A të bën dikush të punosh ose t’u kryesh punë atyre pa pagesë, ose sepse ke frikë?
q-exploit-begging-crime = A të detyron ose të bën presion dikush të lypësh, të vjedhësh, të shesësh drogë ose të bësh krime të tjera?
q-exploit-begging-crime-youth = A të bën dikush të shesësh drogë, të vjedhësh, të fshehësh gjëra ose të bësh krime të tjera për ta?
q-exploit-debt = A të thotë dikush se i ke borxh, për shembull për udhëtimin, banimin ose punën, dhe se duhet ta shlyesh duke punuar?
q-exploit-debt-youth = A të thotë dikush se i ke borxh para ose shërbime, që duhet t’ia kthesh duke bërë gjëra për të?
q-exploit-papers = A ta ka marrë dikush pasaportën, letërnjoftimin ose lejen e qëndrimit dhe nuk do të ta kthejë?
q-exploit-papers-youth = A ta ka marrë dikush pasaportën ose letërnjoftimin dhe nuk do të ta kthejë?
q-exploit-locked = A të pengon dikush të dalësh vetëm, të takosh kë të duash ose të flasësh me familjen tënde?
q-exploit-locked-youth = A të pengon dikush të dalësh vetëm, të takosh shokët e shoqet ose të flasësh me familjen tënde?
q-exploit-sextortion = A të ka kërcënuar dikush se do të shpërndajë foto ose video seksuale të tuat nëse nuk paguan, nuk dërgon më shumë foto ose nuk bën atë që të thotë?
q-exploit-sextortion-youth = A të ka kërcënuar dikush se do të shpërndajë foto ose video të tuat nëse nuk dërgon më shumë, nuk paguan ose nuk bën atë që të thotë?
q-exploit-grooming = Dikush që e njeh vetëm nga interneti, dhe që mund të ketë më shumë vjet se ti, a të ka kërkuar foto seksuale, a ka folur me ty për seks ose a ka dashur të takohet me ty fshehurazi?
q-exploit-sex-forced = A të ka detyruar dikush të kesh seks ose të bësh veprime seksuale që nuk i doje?
q-exploit-sex-forced-youth = A të ka detyruar dikush të bësh diçka seksuale që nuk doje?
q-exploit-hit = A të ka goditur, shtyrë ose lënduar dikush që të kontrollon?
q-exploit-hit-youth = A të ka goditur, shtyrë ose lënduar dikush që vendos për ty?
q-exploit-neck = A të ka mbytur dikush duke ta shtrënguar fytin, a të ka zënë për fyti ose a të ka shtypur qafën aq sa e kishe të vështirë të merrje frymë?
q-exploit-neck-youth = A të ka mbytur dikush duke ta shtrënguar fytin, a të ka zënë për fyti ose a ka bërë që ta kishe të vështirë të merrje frymë?
q-exploit-weapon = A të ka kërcënuar dikush me thikë, armë ose diçka tjetër që mund të lëndojë?
q-exploit-weapon-youth = A të ka kërcënuar dikush me thikë ose me diçka tjetër që mund të lëndojë?
q-exploit-kill = A ka kërcënuar dikush se do të të vrasë ty, ose dikë nga familja jote këtu ose në një vend tjetër?
q-exploit-kill-youth = A të ka thënë dikush se do të të vrasë ty ose dikë nga familja jote?
q-exploit-afraid = A ke frikë se çfarë do të ndodhë nëse thua jo, nëse ndalon ose nëse largohesh?
q-exploit-afraid-youth = A ke frikë se çfarë do të ndodhë nëse thua jo ose nëse nuk bën më atë që duan ata?
q-exploit-wage = A ta merr dikush tjetër pagën ose paratë, ose a vendos se çfarë mund të blesh?
q-exploit-wage-youth = A t’i merr dikush paratë që merr ti, ose a vendos se çfarë mund të blesh?
q-exploit-living = A jeton aty ku punon, ose aty ku vendos dikush tjetër, pa mundur të largohesh kur të duash?
q-exploit-living-youth = A duhet të jetosh ose të flesh aty ku vendos dikush tjetër, pa mundur të ikësh kur të duash?
q-exploit-moved = A të zhvendos dikush nga një banesë, qytet ose vend në një tjetër, pa të lënë të vendosësh vetë?
q-exploit-moved-youth = A të dërgon ose të çon me makinë dikush në vende, banesa ose qytete të ndryshme, pa të lënë të vendosësh vetë?
q-exploit-authorities = A të ka thënë dikush se policia ose autoritetet do të të ndëshkojnë ose do të të dëbojnë nga vendi nëse tregon?
q-exploit-authorities-youth = A të ka thënë dikush se policia ose socialtjänsten (shërbimet sociale) do të të ndëshkojnë nëse tregon?
q-exploit-sex-control = A vendos dikush tjetër kur, ku ose me kë do të kesh seks për para, ose a i merr paratë dikush tjetër?
q-exploit-sex-control-youth = A vendos dikush tjetër kur dhe me kë duhet të bësh gjëra seksuale, ose a ta merr dikush tjetër atë që merr për këtë?
q-exploit-debt-grows = A rritet borxhi vazhdimisht, për shembull me gjoba, qira ose tarifa, kështu që nuk shpëton kurrë prej tij?
q-exploit-debt-grows-youth = A të thonë se u ke borxh gjithnjë e më shumë, kështu që nuk mbaron kurrë?
q-exploit-accounts = A i kontrollon dikush tjetër BankID-në tënde (identifikimin elektronik suedez), kontratat ose dokumente të tjera në emrin tënd, në mënyrë që ti të mos mund t’i përdorësh vetë?
q-exploit-accounts-youth = A i mban dikush tjetër kartën tënde bankare, BankID-në ose telefonin, në mënyrë që ti të mos mund t’i përdorësh vetë?
q-exploit-phone = A ta merr dikush telefonin, a t’i lexon mesazhet ose a kontrollon se ku je?
q-exploit-phone-youth = A ta merr dikush telefonin, a t’i lexon mesazhet ose a kontrollon se ku je?
q-exploit-online = A ka vendosur dikush në internet reklama, foto ose video të tuat pa e vendosur ti vetë?
q-exploit-online-youth = A ka vendosur dikush në internet foto, video ose reklama për ty pa e vendosur ti?
q-exploit-sex-unsafe = A të ka detyruar dikush të kesh seks pa prezervativ, ose të bësh gjëra të cilave u ke thënë jo?
q-exploit-sex-unsafe-youth = A të ka detyruar dikush të kesh seks pa prezervativ, ose të bësh gjëra të cilave u ke thënë jo?
q-exploit-worse = A janë përkeqësuar dhuna ose kërcënimet, ose a kanë ndodhur më shpesh, kohët e fundit?
q-exploit-worse-youth = A është bërë më keq kohët e fundit ajo që të bëjnë, ose a ndodh më shpesh?
q-exploit-always-afraid = A ke frikë nga personi ose personat që të kontrollojnë, edhe kur ata nuk janë afër?
q-exploit-always-afraid-youth = A ke frikë prej tyre, edhe kur nuk janë afër?
q-exploit-suicide-self = A ke ti vetë mendime për t’i dhënë fund jetës?
q-exploit-suicide-self-youth = A ke menduar ndonjëherë se dëshiron të vdesësh, ose a ke menduar të vrasësh veten?
## Questions: someone you are worried about

q-worried-afraid = A duket sikur personi për të cilin shqetësohesh ka frikë nga dikush, ose ka frikë të shkojë në shtëpi?
q-worried-isolated = A ka pushuar personi për të cilin shqetësohesh të takohet me miqtë ose familjen, ose të bëjë gjërat që i pëlqenin më parë?
q-worried-controlled = A duket sikur dikush vendos për personin për të cilin shqetësohesh, për shembull me kë mund të takohet ose ku mund të shkojë?
q-worried-phone = A ia kontrollon dikush telefonin personit për të cilin shqetësohesh, ose a duhet që ky person të përgjigjet gjithmonë menjëherë dhe të tregojë ku është?
q-worried-followed = A ndiqet, a vëzhgohet ose a kontaktohet shpesh nga dikush personi për të cilin shqetësohesh, në internet ose në jetën reale, edhe pse nuk e do këtë?
q-worried-money = A i kontrollon dikush tjetër paratë, pagën ose kartën bankare të personit për të cilin shqetësohesh, në mënyrë që ky person të mos mund të vendosë vetë?
q-worried-injuries = A ke parë te personi për të cilin shqetësohesh mavijosje ose lëndime që ky person nuk do ose nuk mund t’i shpjegojë?
q-worried-hit = A ke parë, dëgjuar ose mësuar që dikush e godet, e shtyn ose e mban me forcë personin për të cilin shqetësohesh?
q-worried-neck = A ke mësuar se dikush e ka mbytur personin për të cilin shqetësohesh duke i shtrënguar fytin, e ka zënë për fyti ose ka bërë që ta kishte të vështirë të merrte frymë?
q-worried-weapon = A e ka kërcënuar dikush personin për të cilin shqetësohesh me thikë, armë ose diçka tjetër që mund të lëndojë?
q-worried-kill = A ka kërcënuar dikush se do ta vrasë personin për të cilin shqetësohesh, ose dikë që ky person e ka të afërt?
q-worried-sex = A të ka treguar personi për të cilin shqetësohesh se dikush e ka detyruar ose i ka bërë presion për seks ose veprime seksuale?
q-worried-selling-sex = A mendon se personi për të cilin shqetësohesh shet seks, ose se dikush e shtyn ta bëjë këtë?
q-worried-sex-for-things = A merr personi për të cilin shqetësohesh para, dhurata, drogë ose një vend për të fjetur nga dikush që kërkon seks në këmbim?
q-worried-honour = A vendosin familja ose të afërmit e personit për të cilin shqetësohesh se me cilët miq mund të shoqërohet, çfarë mund të veshë ose nëse mund të studiojë?
q-worried-trip = A ka thënë personi për të cilin shqetësohesh se do ta fejojnë, do ta martojnë ose do ta dërgojnë jashtë vendit kundër vullnetit të vet, apo e kanë martuar tashmë me detyrim?
q-worried-cutting = A ke mësuar se dikush po planifikon t’i bëjë fëmijës gjymtim gjenital – domethënë t’i presë një vajze organet gjenitale, diçka që ndonjëherë quhet “synet” – ose se fëmija do të udhëtojë jashtë vendit që t’i bëhet kjo?
q-worried-care = Nëse personi për të cilin shqetësohesh ka nevojë për ndihmë në jetën e përditshme: a duket sikur mbetet pa ushqim, ilaçe ose ndihmë tjetër që i nevojitet?
q-worried-care-youth = A duket sikur personi për të cilin shqetësohesh mbetet pa ushqim, pa rroba të pastra ose pa ndihmë kur sëmuret?
q-worried-children-home = A ka fëmijë në shtëpi që mund ta shohin ose ta dëgjojnë dhunën ose kërcënimet?
q-worried-suicide = A ka thënë personi për të cilin shqetësohesh se nuk dëshiron më të jetojë, ose a ka folur për t’i dhënë fund jetës?
q-worried-careful = A duket sikur personi për të cilin shqetësohesh mendon shpesh për atë që thotë dhe bën, që dikush të mos zemërohet?
q-worried-debts = A ka personi për të cilin shqetësohesh borxhe që i ka marrë dikush tjetër, ose a i mungojnë paratë për ushqim dhe gjëra të tjera që i nevojiten?
q-worried-worse = A duket sikur gjendja është përkeqësuar kohët e fundit, për shembull më shumë lëndime, më shumë kërcënime ose më shumë frikë?
q-worried-leaving = A është ndarë së fundmi personi për të cilin shqetësohesh nga dikush me të cilin ishte në lidhje dhe nga i cili ka frikë, ose a po mendon të ndahet?
q-worried-could-kill = A mendon ti, ose a ka thënë ky person, se dikush mund ta vrasë?
q-worried-sex-images = A ke parë që dikush shpërndan foto seksuale të personit për të cilin shqetësohesh, ose kërcënon se do ta bëjë këtë?
q-worried-honour-love = A vendos dikush tjetër se me kë mund të jetë bashkë ose me kë mund të martohet personi për të cilin shqetësohesh?
q-worried-left-alone = A e lënë vetëm për një kohë të gjatë personin për të cilin shqetësohesh, ose pa mjetet ndihmëse, edhe pse nuk mund t’ia dalë vetë?
q-worried-children-scared = A duken fëmijët në shtëpi të frikësuar, të shqetësuar ose të trishtuar në një mënyrë që të shqetëson?
## Questions: I have hurt or frightened someone close to me

q-used-put-down = A e ke fyer ose poshtëruar dikë që e ke të afërt, ose a i ke bërtitur aq sa u tremb?
q-used-control = A ke vendosur ti se me kë mund të takohet, ku mund të shkojë ose çfarë mund të veshë partneri/partnerja ose dikush në familjen tënde?
q-used-control-youth = A ke vendosur ti se me kë mund të takohet ose çfarë mund të veshë dikush me të cilin je bashkë, ose një vëlla apo motër?
q-used-phone = A ia ke lexuar mesazhet dikujt, a ia ke kërkuar fjalëkalimet ose a ia ke kontrolluar telefonin pa leje?
q-used-images = A ke shpërndarë, ose a ke kërcënuar se do të shpërndash, foto ose video të dikujt që ky person nuk donte t’i shihnin të tjerët?
q-used-money = A ia ke marrë paratë dikujt, ose a i ke kontrolluar ato në mënyrë që ky person të mos mund t’i përdorte vetë?
q-used-break = A ke thyer ose hedhur sende, ose a ke goditur mure ose dyer kur je zemëruar?
q-used-hit = A e ke goditur, shtyrë, shkelmuar ose mbajtur me forcë partnerin/partneren ose dikë në familjen tënde?
q-used-hit-youth = A e ke goditur, shtyrë ose shkelmuar dikë në familje, për shembull një prind, vëlla ose motër, ose dikë me të cilin je bashkë?
q-used-neck = A ke mbytur ndonjëherë dikë duke i shtrënguar fytin, a e ke zënë dikë për fyti ose a i ke shtypur qafën dikujt?
q-used-weapon = A e ke kërcënuar dikë me thikë, armë ose diçka tjetër që mund të lëndojë?
q-used-weapon-youth = A ke kërcënuar me thikë ose me diçka tjetër që mund të lëndojë dikë në familje ose dikë me të cilin je bashkë?
q-used-kill = A ke thënë se do ta vrasësh dikë që e ke të afërt, edhe nëse nuk e ke pasur seriozisht?
q-used-kill-youth = A ke kërcënuar se do të vrasësh dikë në familje ose dikë me të cilin je bashkë, aq sa ky person u tremb?
q-used-sex = A e ke detyruar ose i ke bërë presion dikujt për seks, ose a ke vazhduar edhe pse ky person tha jo ose nuk dukej se donte?
q-used-children-see = A kanë parë ose dëgjuar fëmijët dhunën ose kërcënimet e tua në shtëpi?
q-used-children-see-youth = A të kanë parë ose dëgjuar vëllezërit e motrat më të vegjël, ose fëmijë të tjerë, kur ke përdorur dhunë ose ke kërcënuar në shtëpi?
q-used-afraid = A mendon se dikush që e ke të afërt ka frikë nga ti?
q-used-exposed = A ndodh edhe që dikush të të lëndojë, të të kërcënojë ose të të kontrollojë, në shtëpi ose në një lidhje?
q-used-money-work = A e ke penguar partnerin/partneren ose dikë në familje të punojë ose të studiojë, ose a ke marrë kredi në emër të këtij personi?
q-used-money-work-youth = A e ke detyruar dikë të të japë para ose sende?
q-used-pets = A ke lënduar, ose a ke kërcënuar se do të lëndosh, një kafshë për të frikësuar dikë?
q-used-worse = A ka ndodhur më shpesh, ose a është bërë më e rëndë, gjatë vitit të fundit?
q-used-sex-sulk = A je zemëruar, a ke varur buzët ose a je sjellë në mënyrë kërcënuese kur partneri/partnerja nuk ka dashur seks?
q-used-contact-ban = A ke kontaktuar dikë, ose a ke shkuar aty ku është ky person, edhe pse ke kontaktförbud (ndalim kontakti)?
q-used-children-afraid = A është frikësuar ndonjë fëmijë nga ti, ose a është përpjekur të të ndalojë ose të mbrojë dikë, kur je zemëruar?
q-used-careful = A e vë re që dikush që e ke të afërt hesht ose sillet me kujdes që ti të mos zemërohesh?
q-used-suicide-self = A ke ti vetë mendime për t’i dhënë fund jetës?
## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Dhuna fizike
category-physical-text = Kur dikush të godet, të shtyn, të mban me forcë ose të lëndon në mënyrë tjetër, kjo është dhunë. Është vepër penale dhe nuk është kurrë faji yt.
category-physical-text-worried = Kur dikush e godet, e shtyn ose e lëndon personin për të cilin shqetësohesh, kjo është dhunë dhe vepër penale. Nuk është kurrë faji i këtij personi.
category-physical-text-used = Ajo që përshkruan është dhunë fizike. Është e mundur të ndalosh, dhe ka ndihmë.
category-psychological-title = Dhuna psikologjike
category-psychological-text = Kërcënimet, talljet, kontrolli dhe ndalimi për t’u takuar me të tjerët janë gjithashtu dhunë. Mund të dhembin po aq sa goditjet.
category-psychological-text-worried = Kërcënimet, talljet dhe kontrolli janë gjithashtu dhunë, edhe kur nuk duket asgjë. Kjo mund ta bëjë të vështirë për këtë person që të kërkojë ndihmë.
category-psychological-text-used = Të kërcënosh, të poshtërosh ose të kontrollosh dikë është dhunë psikologjike. Mund të zgjedhësh të ndalosh, dhe ka mbështetje që t’ia dalësh.
category-sexual-title = Dhuna seksuale
category-sexual-text = Çdo marrëdhënie seksuale duhet të jetë me vullnet të lirë, edhe me partnerin/partneren. Kur të bëjnë presion ose të detyrojnë për diçka seksuale, kjo është dhunë dhe vepër penale.
category-sexual-text-worried = Askush nuk ka të drejtë të bëjë presion ose të detyrojë dikë për diçka seksuale. Kjo është dhunë dhe vepër penale, edhe brenda një lidhjeje.
category-sexual-text-used = T’i bësh presion dikujt për seks, për shembull duke u zemëruar ose duke u mërzitur kur ky person thotë jo, është dhunë seksuale. Ta detyrosh dikë është për më tepër vepër penale. Çdo marrëdhënie seksuale duhet të jetë me vullnet të lirë, dhe ka ndihmë për ty që do të ndryshosh mënyrën si vepron.
category-economic-title = Dhuna ekonomike
category-economic-text = Kur dikush t’i merr paratë, vendos për to ose të fut në borxhe për të të kontrolluar, kjo është dhunë ekonomike.
category-economic-text-worried = Kur dikush ia merr paratë këtij personi ose vendos për to për ta kontrolluar, kjo është dhunë ekonomike.
category-economic-text-used = T’ia marrësh paratë dikujt ose të vendosësh për to për ta kontrolluar është dhunë ekonomike. Kjo mund të ndryshojë, dhe ka mbështetje.
category-material-title = Dhuna materiale
category-material-text = Kur dikush t’i prish sendet ose ta lëndon kafshën për të të frikësuar, kjo është gjithashtu dhunë.
category-material-text-used = Thyerja e sendeve ose lëndimi i kafshëve i tremb të tjerët dhe është një formë dhune. Është e mundur të ndalosh, dhe ka mbështetje për këtë.
category-digital-title = Dhuna digjitale
category-digital-text = Kur dikush ta kontrollon telefonin, ndjek se ku je ose shpërndan foto të tuat, kjo është dhunë, edhe kur ndodh në internet.
category-digital-text-worried = Kur dikush ia kontrollon telefonin këtij personi, ndjek se ku është ose shpërndan foto të këtij personi, kjo është dhunë, edhe kur ndodh në internet.
category-digital-text-used = Të kontrollosh telefonin e dikujt, të ndjekësh se ku është ose të shpërndash foto të këtij personi është dhunë digjitale. Është e mundur të ndalosh, dhe ka ndihmë.
category-latent-title = Të jetosh me frikë
category-latent-text = Të kesh vazhdimisht frikë dhe ta përshtatësh veten për t’i shpëtuar dhunës quhet dhunë latente (e fshehtë). Frika është shenjë se diçka nuk shkon, dhe nuk është faji yt.
category-latent-text-worried = Të kesh vazhdimisht frikë dhe ta përshtatësh veten quhet dhunë latente (e fshehtë). Frika e këtij personi është një shenjë e rëndësishme që duhet marrë seriozisht.
category-latent-text-used = Kur dikush ka frikë nga ti dhe përshtatet sipas teje, kjo quhet dhunë latente (e fshehtë). Që e sheh këtë është një hap i parë i rëndësishëm.
category-neglect-title = Neglizhimi
category-neglect-text = Nëse ke nevojë për ndihmë në jetën e përditshme, ke të drejtë ta marrësh, dhe askush që të ndihmon nuk ka të drejtë të të lëndojë, të të kërcënojë ose të të poshtërojë. Kur dikush nuk të ndihmon, ose të merr atë që të nevojitet, kjo është neglizhim.
category-neglect-text-worried = Kur dikush që ka nevojë për ndihmë mbetet pa ushqim, ilaçe ose kujdes, kjo është neglizhim. Ky person ka të drejtë për ndihmë.
category-honour-title = Dhuna dhe shtypja në emër të nderit
category-honour-text = Kur familja ose të afërmit vendosin së bashku me kë mund të rrish, çfarë mund të veshësh ose me kë duhet të martohesh, për hir të emrit të mirë të familjes, kjo mund të jetë dhunë dhe shtypje në emër të nderit. Ke të drejtë të vendosësh vetë për jetën tënde.
category-honour-text-worried = Kur familja ose të afërmit e kontrollojnë së bashku jetën, miqtë, veshjen ose martesën e këtij personi për hir të emrit të mirë të familjes, kjo mund të jetë dhunë dhe shtypje në emër të nderit. Ky person ka të drejtë të vendosë vetë për jetën e vet.
category-children-witnessing-title = Fëmijët që shohin ose dëgjojnë dhunë
category-children-witnessing-text = Fëmijët që shohin ose dëgjojnë dhunë në shtëpi janë vetë të ekspozuar ndaj dhunës. Ata kanë të drejtë për mbrojtje dhe mbështetje.
category-children-witnessing-text-worried = Fëmijët që shohin ose dëgjojnë dhunë në shtëpi janë vetë të ekspozuar ndaj dhunës. Socialtjänsten (shërbimet sociale të komunës) mund t’i japë mbështetje fëmijës dhe familjes.
category-children-witnessing-text-used = Fëmijët që shohin ose dëgjojnë dhunë ndikohen shumë, edhe kur nuk janë në të njëjtën dhomë. Që ti kërkon ndihmë është mirë edhe për ta.
category-coerced-sex-title = Presioni për të shitur seks
category-coerced-sex-text = Askush nuk ka të drejtë të të bëjë presion, të të mashtrojë ose të të detyrojë të shesësh seks. Në Suedi, gabim bën kush blen seks ose fiton para prej tij, kurrë ti.
category-coerced-sex-text-worried = Askush nuk ka të drejtë të bëjë presion, të mashtrojë ose të detyrojë dikë të shesë seks. Kush shet seks nuk kryen vepër penale në Suedi dhe ka të drejtë për mbështetje.
category-forced-labour-title = Të detyrohesh të punosh, të lypësh ose të bësh krime
category-forced-labour-text = Kur dikush të sjell këtu me premtime të rreme, vendos ku jeton dhe ku punon, të zhvendos nga një vend në tjetrin ose të detyron të lypësh ose të bësh krime, kjo mund të jetë trafikim me qenie njerëzore ose shfrytëzim njerëzor (människoexploatering). Nuk je ti që ke bërë gabim, dhe ke të drejtë për mbështetje.
category-debt-bondage-title = Skllavëria për borxh
category-debt-bondage-text = Kur dikush të thotë se ke një borxh që duhet ta shlyesh duke punuar, dhe që nuk mbaron kurrë, kjo është një mënyrë për të të kontrolluar. Mund të jetë trafikim me qenie njerëzore.
category-documents-taken-title = Pasaporta dhe dokumentet që të merren
category-documents-taken-text = Askush nuk ka të drejtë të ta marrë pasaportën, letërnjoftimin ose dokumentet. Mbajtja e tyre për të të kontrolluar është shenjë detyrimi.
## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Mbytja e dikujt duke i shtrënguar fytin, ose shtypja e qafës aq sa bëhet e vështirë të marrësh frymë, është një nga shenjat paralajmëruese më të rënda – edhe kur nuk duket asnjë gjurmë.
danger-weapon = Kërcënimet me thikë, armë ose sende të tjera janë shenjë e rëndë paralajmëruese.
danger-weapon-access = Kur ka armë në shtëpi, ose kur personi që kërcënon mund të gjejë lehtë armë, rritet rreziku për dhunë të rëndë.
danger-threat-to-kill = Kërcënimet për vrasje duhet të merren gjithmonë seriozisht, edhe kur thuhen nga zemërimi.
danger-believes-could-kill = Kur dikush mendon se personi tjetër mund ta vrasë, kjo është një shenjë paralajmëruese e rëndësishme.
danger-escalation = Kur dhuna ose kërcënimet përkeqësohen ose ndodhin më shpesh, rritet rreziku për dhunë të rëndë.
danger-separation = Koha rreth një ndarjeje mund të jetë veçanërisht e rrezikshme kur personi tjetër ka përdorur dhunë ose kontroll.
danger-pregnancy = Dhuna gjatë shtatzënisë është shenjë e rëndë paralajmëruese, si për personin shtatzënë ashtu edhe për foshnjën.
danger-jealousy = Xhelozia e fortë dhe e vazhdueshme që çon në kontroll, akuza ose kërcënime është shenjë e rëndë paralajmëruese.
danger-suicide-threats = Kur dikush kërcënon se do t’i japë fund jetës, për shembull nëse mbaron një lidhje, kjo është shenjë e rëndë paralajmëruese – edhe për të tjerët përreth.
danger-contact-ban-broken = Shkelja e një kontaktförbud (ndalim kontakti) është shenjë e rëndë paralajmëruese dhe vepër penale.
danger-stalking = Të ndiqesh, të vëzhgohesh ose të kontaktohesh vazhdimisht është shenjë e rëndë paralajmëruese dhe mund të jetë vepër penale.
danger-forced-trip-or-marriage = Planet për martesë ose për një udhëtim jashtë vendit kundër vullnetit të dikujt janë shenjë e rëndë paralajmëruese. Mbrojtja mund të merret para udhëtimit.
danger-honour-violence-before = Kur familja ose të afërmit kanë përdorur më parë dhunë, kërcënime ose detyrim kundër dikujt sepse nuk jetonte siç donin ata, kjo është shenjë e rëndë paralajmëruese.
danger-threats-to-children = Kërcënimet ndaj fëmijëve janë shenjë e rëndë paralajmëruese. Fëmijët kanë të drejtë për mbrojtje.
danger-child-sexual-abuse = Askush nuk ka të drejtë t’i bëjë diçka seksuale një fëmije. Kjo është vepër e rëndë penale, dhe fëmija ka të drejtë për mbrojtje menjëherë.
danger-child-sexual-exploitation = Askush nuk ka të drejtë t’i japë një fëmije para, sende, drogë ose një vend për të fjetur në këmbim të diçkaje seksuale. Kjo është vepër penale, dhe fëmija ka të drejtë për mbrojtje.
danger-child-marriage = Në Suedi askush nën 18 vjeç nuk mund të martohet, dhe është vepër penale të detyrosh dikë të martohet. Një fëmijë që detyrohet me presion të fejohet ose të martohet ka të drejtë për mbrojtje.
danger-genital-mutilation = Gjymtimi gjenital femëror (könsstympning) është i ndaluar në Suedi, edhe kur bëhet në një vend tjetër. Një fëmijë që rrezikon këtë ka të drejtë për mbrojtje menjëherë.
danger-sextortion = Kur dikush kërcënon se do të shpërndajë foto të një fëmije për të marrë më shumë foto ose para, kjo është vepër e rëndë penale. Fëmija ka të drejtë për mbrojtje dhe mbështetje.
danger-suicidal-thoughts = Mendimet për t’i dhënë fund jetës duhet të merren gjithmonë seriozisht. Ka ndihmë, ditë e natë.
## Advice for each warning sign, worded for each reader: -advice for the person it happens to,
## -advice-worried for someone who is worried, and -advice-used for the person who used violence.
## At most about fifty words; never urge anyone to confront anyone. The source of each piece of
## advice is in a comment above it.

# Source: Glass et al. 2008 and Campbell's Danger Assessment (item 10): strangulation is among the strongest predictors of homicide. Absent marks do not mean absent injury: the police (polisen.se, 2024: 'yttre tecken kan helt saknas') and the Prosecution Authority (aklagare.se, 2025); delayed symptoms in clinical guidance (ACEP). No NCK or 1177 page on delayed symptoms was found.
danger-strangulation-advice = Kërko kujdes mjekësor po atë ditë, mundësisht në urgjencë (akutmottagning), edhe nëse nuk duket asgjë. Telefono 112 nëse e ke të vështirë të marrësh frymë, të gëlltitësh ose të flasësh, ose nëse të turbullohet mendja. Lëndimet në qafë mund të vihen re vetëm më vonë. Mjekët mund t’i dokumentojnë lëndimet nëse dëshiron.
danger-strangulation-advice-worried = Ky person duhet të kërkojë kujdes mjekësor po atë ditë, edhe nëse nuk duket asgjë, sepse lëndimet në qafë mund të vihen re vetëm më vonë. Mund t’i ofrohesh ta shoqërosh. Telefono 112 nëse e ka të vështirë të marrë frymë.
danger-strangulation-advice-used = Ta zësh dikë për fyti ose ta mbysësh mund ta vrasë, edhe kur zgjat shumë pak dhe nuk duket. Nëse dikush e ka të vështirë të marrë frymë ose ka humbur ndjenjat, telefono menjëherë 112. Telefono Välj att sluta (linjë mbështetëse për ata që duan të ndalojnë dhunën) ose socialtjänsten (shërbimet sociale të komunës) për të marrë ndihmë që të ndalosh.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 (revocation) and 4 (custody of weapons when there is a risk of misuse); DA item 5.
danger-weapon-advice = Nëse dikush të kërcënon me armë tani, telefono 112. Trego për armën kur telefonon. Policia mund t’ia marrë armët një personi kur ka rrezik që ato të përdoren kundër dikujt.
danger-weapon-advice-worried = Nëse ky person kërcënohet me armë tani, telefono 112 dhe thuaj ku ndodhet. Mos u përball me personin që kërcënon.
danger-weapon-advice-used = Vëre mënjanë atë me të cilën kërcënove, ose dorëzoja armët policisë. Nëse ndjen se mund të lëndosh dikë tani, largohu nga aty dhe telefono 112. Välj att sluta dhe socialtjänsten (shërbimet sociale të komunës) mund të të ndihmojnë të ndalosh.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 and 4; DA item 2; FREDA-farlighetsbedömning (weapons at home).
danger-weapon-access-advice = Nëse dëshiron, mund t’i tregosh policisë, socialtjänsten (shërbimet sociale të komunës) ose një linje mbështetëse se ka armë. Policia mund t’i marrë armët në ruajtje dhe ta anulojë lejen e armës nëse ka rrezik që ato të përdoren për të lënduar dikë.
# Source: Brottsbalken 4:5 (olaga hot); lag (SFS 1988:688) om kontaktförbud: asked for through the police (114 14) or the Prosecution Authority, decided by a prosecutor or court (polisen.se, aklagare.se); DA item 6.
danger-threat-to-kill-advice = Mund ta denoncosh kërcënimin në polici dhe të kërkosh kontaktförbud (ndalim kontakti). Ruaji mesazhet dhe shkruaj çfarë u tha dhe kur. Fol me një linjë mbështetëse se si mund të jesh në siguri.
danger-threat-to-kill-advice-worried = Merre kërcënimin seriozisht. Ky person mund ta denoncojë në polici dhe të kërkojë kontaktförbud (ndalim kontakti). Ti mund të ndihmosh duke ruajtur mesazhet dhe duke shkruar çfarë ke parë dhe dëgjuar.
danger-threat-to-kill-advice-used = Kërcënimet për vrasje i trembin të tjerët dhe janë vepër penale, edhe nëse nuk e ke pasur seriozisht. Kontakto Välj att sluta ose socialtjänsten (shërbimet sociale të komunës) për të marrë ndihmë që të ndalosh.
# Source: DA item 18 (the person's own belief that the other could kill them); FREDA-farlighetsbedömning's guidance: the person's own estimate of risk is on average as good as the instruments; safety planning with support services as in NCK's and the shelter movement's practice.
danger-believes-could-kill-advice = Merre seriozisht ndjenjën tënde. Bëj një plan se si mund të jesh në siguri, së bashku me një linjë mbështetëse, një kvinnojour, tjejjour ose mansjour (qendër mbështetjeje për gratë, vajzat ose burrat), ose me socialtjänsten (shërbimet sociale të komunës). Nëse je në rrezik tani, telefono 112.
danger-believes-could-kill-advice-worried = Merre seriozisht. Telefono një linjë mbështetëse dhe fol se si mund ta mbështetësh këtë person dhe si mund të jetë ky person në siguri. Mos u përball me personin që kërcënon. Nëse ky person është në rrezik tani, telefono 112.
# Source: DA item 1; documenting incidents and keeping evidence safe, as NCK and the police advise.
danger-escalation-advice = Shkruaj çfarë ndodh dhe kur, dhe ruaji fotot dhe mesazhet aty ku askush tjetër nuk mund t’i gjejë. Planifiko sigurinë tënde së bashku me një linjë mbështetëse ose me socialtjänsten (shërbimet sociale të komunës).
danger-escalation-advice-worried = Kjo është shenjë se rreziku po rritet. Telefono një linjë mbështetëse dhe fol se si mund ta mbështetësh këtë person. Nëse ky person është në rrezik tani, telefono 112.
danger-escalation-advice-used = Kur bëhet më keq, rritet rreziku që dikush të lëndohet rëndë. Kërko ndihmë tani, për shembull te Välj att sluta ose te socialtjänsten (shërbimet sociale të komunës). Nëse dikush është në rrezik, telefono 112.
# Source: DA item 3; Brå 2007:6 (separation problems and jealousy the most common motives for lethal partner violence); NCK's summary of Brå data (more than half in connection with separation). Never push a person to leave: whether and when is theirs.
danger-separation-advice = Koha para, gjatë dhe pas një ndarjeje mund të jetë veçanërisht e rrezikshme. Ti vendos vetë nëse dhe kur. Nëse po mendon të largohesh, mund ta planifikosh me qetësi me një linjë mbështetëse, një kvinnojour ose mansjour (qendër mbështetjeje për gratë ose burrat), ose me socialtjänsten (shërbimet sociale të komunës).
danger-separation-advice-worried = Koha para, gjatë dhe pas një ndarjeje mund të jetë veçanërisht e rrezikshme. Nëse ky person po mendon të largohet, mund ta ndihmosh ta planifikojë me një linjë mbështetëse, një kvinnojour ose mansjour (qendër mbështetjeje për gratë ose burrat), ose me socialtjänsten (shërbimet sociale të komunës). Vendimi është i këtij personi.
# Source: DA item 15; HSLF-FS 2022:39 (replaced SOSFS 2014:4 on 1 November 2022); NCK and Graviditetsregistret: antenatal care asks every pregnant woman about violence, though not every woman recalls being asked.
danger-pregnancy-advice = Nëse je shtatzënë tani, mund t’i tregosh mamisë që kujdeset për ty gjatë shtatzënisë (barnmorska) çfarë po ndodh. Mamia zakonisht pyet për dhunën dhe mund të të ndihmojë më tej, edhe në një bisedë pa praninë e partnerit/partneres. Mund të flasësh edhe me një linjë mbështetëse.
# Source: DA item 14 (violent and constant jealousy).
danger-jealousy-advice = Xhelozia nuk i jep askujt të drejtë të kontrollojë ose të kërcënojë. Vër re nëse kontrolli po shtohet, dhe fol me një linjë mbështetëse për atë që po ndodh dhe si mund të jesh në siguri.
# Source: DA item 16 (the other person's threats or attempts of suicide, which also signal danger to the partner).
danger-suicide-threats-advice = Përgjegjësia për atë që bën ky person nuk është e jotja. Nëse ky person është në rrezik akut, telefono 112. Kërcënimet për vetëvrasje mund të nënkuptojnë rrezik edhe për ty, prandaj mos ngurro të flasësh me një linjë mbështetëse për sigurinë tënde.
# Source: Lag (SFS 1988:688) om kontaktförbud: breaking a ban is a crime; SARA item 8 (violation of no-contact orders).
danger-contact-ban-broken-advice = Denoncoje në polici çdo herë që shkelet kontaktförbud (ndalimi i kontaktit), dhe ruaj mesazhet, listat e thirrjeve dhe gjithçka tjetër që e tregon këtë. Nëse je në rrezik tani, telefono 112.
danger-contact-ban-broken-advice-used = Shkelja e një kontaktförbud (ndalim kontakti) është vepër penale dhe e tremb personin që duhet të mbrohet. Qëndro larg, dhe kontakto Välj att sluta ose socialtjänsten (shërbimet sociale të komunës) për të marrë mbështetje.
# Source: Brottsbalken 4:4 b (olaga förföljelse); DA item 19; the police on documenting stalking; safety advice on spyware: removing an app can be noticed (as on this tool's safety page).
danger-stalking-advice = Shkruaj kur dhe ku ndodh, dhe ruaji mesazhet. Shiko nëse ka aplikacione të panjohura në telefon, por mbaj parasysh se mund të bjerë në sy nëse i fshin. Mund ta denoncosh në polici dhe të kërkosh kontaktförbud (ndalim kontakti).
danger-stalking-advice-worried = Ky person mund të shkruajë kur dhe ku ndodh dhe të ruajë mesazhet. Përndjekja e paligjshme (olaga förföljelse) është vepër penale që mund të denoncohet në polici. Ti mund të ndihmosh duke shkruar atë që sheh.
# Source: LVU (SFS 1990:52) 31 a § (utreseförbud, travel ban for a child at risk of being taken abroad and harmed; since 1 July 2020, extended 1 June 2024 by prop. 2023/24:72); brottsbalken 4:4 c (äktenskapstvång); Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland); the Swedish Ministry for Foreign Affairs (UD) gives consular help abroad.
danger-forced-trip-or-marriage-advice = Përpiqu të marrësh ndihmë para udhëtimit: kontakto socialtjänsten (shërbimet sociale të komunës), policinë ose linjën mbështetëse për dhunën në emër të nderit. Për fëmijët, socialtjänsten mund të kërkojë utreseförbud (ndalim për ta nxjerrë fëmijën jashtë vendit). Nëse udhëton gjithsesi, merr me vete një kopje të pasaportës, një telefon të karikuar dhe numrin e ambasadës së Suedisë.
danger-forced-trip-or-marriage-advice-worried = Vepro para udhëtimit, pa e marrë vesh familja: kontakto socialtjänsten (shërbimet sociale të komunës), policinë ose linjën mbështetëse për dhunën në emër të nderit. Për fëmijët ekziston utreseförbud (ndalim për ta nxjerrë fëmijën jashtë vendit). Nëse ky person është tashmë jashtë vendit, mund të ndihmojë UD (Ministria e Jashtme e Suedisë).
# Source: PATRIARK (earlier honour-based violence in the family or network).
danger-honour-violence-before-advice = Ajo që u ka ndodhur të tjerëve në familje mund të thotë se rreziku është më i madh edhe për ty. Fol me socialtjänsten (shërbimet sociale të komunës) ose me linjën mbështetëse për dhunën në emër të nderit se si mund të jesh në siguri. Nëse je në rrezik tani, telefono 112.
# Source: DA item 17; socialtjänstlagen (SFS 2025:400), the social services' duty to protect children.
danger-threats-to-children-advice = Fëmijët që kërcënohen kanë të drejtë për mbrojtje. Socialtjänsten (shërbimet sociale të komunës) mund të të ndihmojë ty dhe fëmijët, dhe mund ta denoncosh kërcënimin në polici. Nëse një fëmijë është në rrezik tani, telefono 112.
# Source: Brottsbalken chapter 6 (sexual offences against children); socialtjänstlagen (SFS 2025:400): the social services must protect a child who may be harmed; Bris (contacts/national.toml).
danger-child-sexual-abuse-advice = Nuk është kurrë faji yt. Tregoji një të rrituri që i beson, për shembull këshilltarit të shkollës ose infermieres së shkollës, ose telefono Bris. Socialtjänsten (shërbimet sociale) duhet të të mbrojë. Nëse je në rrezik tani, telefono 112.
danger-child-sexual-abuse-advice-worried = Bëj menjëherë një njoftim shqetësimi (orosanmälan) te socialtjänsten (shërbimet sociale të komunës), ose telefono policinë. Mos e merr në pyetje fëmijën dhe mos u përball me personin për të cilin dyshon. Nëse fëmija është në rrezik tani, telefono 112.
# Source: Brottsbalken 6:9 (purchase of a sexual act from a child); socialtjänstlagen (SFS 2025:400).
danger-child-sexual-exploitation-advice = Nuk je kurrë ti që bën gabim, por personi që të shfrytëzon. Mund të flasësh me Bris ose me socialtjänsten (shërbimet sociale), dhe në ungdomsmottagning (qendër shëndetësore për të rinjtë) mund të marrësh ndihmë për shëndetin tënd. Nëse je në rrezik tani, telefono 112.
danger-child-sexual-exploitation-advice-worried = Bëj menjëherë një njoftim shqetësimi (orosanmälan) te socialtjänsten (shërbimet sociale të komunës). Kush blen seks nga një fëmijë kryen vepër penale. Nëse fëmija është në rrezik tani, telefono 112.
# Source: Äktenskapsbalken 2:1 (no one under 18 may marry); brottsbalken chapter 4 (barnäktenskapsbrott and äktenskapstvång, covering marriage-like unions too); LVU 31 a § (utreseförbud: social services apply, the administrative court decides, with interim bans by social services).
danger-child-marriage-advice = Askush nuk ka të drejtë të të martojë, as vetëm fetarisht, as jashtë vendit. Socialtjänsten (shërbimet sociale) mund të të mbrojë dhe të kërkojë utreseförbud (ndalim udhëtimi për fëmijë), që të mos mund të të nxjerrin nga Suedia. Mund të telefonosh linjën mbështetëse për dhunën në emër të nderit ose Bris. Nëse je në rrezik tani, telefono 112.
# Source: Lag (SFS 1982:316) med förbud mot könsstympning av kvinnor (female genitals; applies also to mutilation abroad); LVU 31 a § (utreseförbud).
danger-genital-mutilation-advice = Tregoji një të rrituri që i beson, për shembull infermieres së shkollës ose këshilltarit të shkollës, ose telefono Bris. Socialtjänsten (shërbimet sociale) mund të të mbrojë, për shembull me utreseförbud (ndalim udhëtimi për fëmijë) para një udhëtimi. Nëse të ka ndodhur tashmë diçka, mund të marrësh kujdes mjekësor dhe mbështetje. Nëse je në rrezik tani, telefono 112.
danger-genital-mutilation-advice-worried = Bëj menjëherë një njoftim shqetësimi (orosanmälan) te socialtjänsten (shërbimet sociale të komunës), sidomos para një udhëtimi. Socialtjänsten mund të kërkojë utreseförbud (ndalim për ta nxjerrë fëmijën jashtë vendit) për fëmijën. Mos e kontakto vetë familjen.
# Source: Child-protection practice (Bris; the police on sexual extortion of children): do not send more or pay, keep the evidence, tell an adult, report; brottsbalken chapter 6.
danger-sextortion-advice = Nuk është faji yt. Mos dërgo më foto dhe mos paguaj. Ruaji mesazhet dhe pastaj blloko personin. Tregoji një të rrituri që i beson ose telefono Bris. Mund ta denoncosh në polici, edhe nëse ke dërguar vetë foto.
# Source: DA item 20 (the person's own thoughts or attempts of suicide); Mind's Självmordslinjen (contacts/national.toml); NASP at Karolinska Institutet: asking directly about suicide does not increase the risk.
danger-suicidal-thoughts-advice = Nuk je vetëm. Mund të telefonosh ose të shkruash në chat me Självmordslinjen ditë e natë, dhe nuk ke nevojë ta thuash emrin. Nëse mendon ta lëndosh veten tani, telefono 112.
danger-suicidal-thoughts-advice-worried = Merre seriozisht dhe pyete drejtpërdrejt: “A mendon t’i japësh fund jetës?” Pyetja nuk e rrit rrezikun. Självmordslinjen pranon thirrje edhe nga ata që shqetësohen për dikë. Nëse ky person është në rrezik akut, telefono 112.
danger-suicidal-thoughts-advice-used = Nuk je vetëm. Mund të telefonosh ose të shkruash në chat me Självmordslinjen ditë e natë, dhe nuk ke nevojë ta thuash emrin. Nëse mendon ta lëndosh veten ose dikë tjetër tani, telefono 112.
## Result: fixed parts

result-title = Çfarë përshkruajnë përgjigjet e tua
result-intro = Përgjigjet e tua përshkruajnë një ose më shumë forma dhune. Më poshtë mund të lexosh si quhen dhe ku mund të marrësh mbështetje.
result-none = Asnjë nga përgjigjet e tua nuk përshkroi dhunë. Megjithatë mund të flasësh me dikë nëse diçka nuk të duket në rregull. Besoji ndjenjës tënde.
result-none-worried = Asnjë nga përgjigjet e tua nuk përshkroi dhunë ndaj personit për të cilin shqetësohesh. Megjithatë besoji ndjenjës tënde: mund të flasësh me një linjë mbështetëse për shqetësimin tënd.
result-danger-unanswered = Disa nga pyetjet për rrezik të rëndë i le pa përgjigje, dhe kjo është në rregull. Nëse ke frikë për sigurinë tënde, mund të telefonosh gjithmonë 112, dhe linjat mbështetëse më poshtë mund të të ndihmojnë të mendosh se çfarë është më e sigurt.
result-danger-unanswered-worried = Disa nga pyetjet për rrezik të rëndë i le pa përgjigje, dhe kjo është në rregull. Nëse mendon se personi për të cilin shqetësohesh është në rrezik tani, telefono 112. Linjat mbështetëse më poshtë mund të të ndihmojnë të mendosh se si mund ta mbështetësh këtë person.
result-danger-unanswered-used = Disa nga pyetjet për rrezik të rëndë i le pa përgjigje, dhe kjo është në rregull. Nëse ke frikë se mund të lëndosh dikë, ose nëse dikush është në rrezik, telefono 112. Välj att sluta dhe socialtjänsten (shërbimet sociale të komunës) mund të të ndihmojnë.
result-urgent-title = Nëse je në rrezik tani, telefono 112
# Source: SOS Alarm, https://www.sosalarm.se/112 (the operator asks what happened, where and from which number; calls from smartphones are positioned automatically, AML) and https://www.sosalarm.se/Pressrum/Fragor-och-svar/ (stay on the line).
result-urgent-text = Thuaj çfarë ka ndodhur dhe ku je. Thirrja është falas. Kur telefonon nga celulari, SOS Alarm zakonisht mund të shohë se ku je. Qëndro në linjë nëse mundesh.
result-urgent-title-worried = Nëse ky person është në rrezik tani, telefono 112
result-urgent-text-worried = Telefono 112 nëse personi për të cilin shqetësohesh është në rrezik tani. Thuaj ku është dhe çfarë po ndodh. Thirrja është falas.
result-urgent-signs-intro = Këtë e tregojmë të parën, sepse përgjigjet e tua përmendin diçka që mund të jetë shenjë e rëndë paralajmëruese:
result-advice-youth = Nëse je nën 18 vjeç, mund të flasësh edhe me Bris, me këshilltarin e shkollës, me infermieren e shkollës ose me një të rritur tjetër që i beson. Nuk ke pse ta përballosh këtë vetë.
result-advice-youth-worried = Nëse je vetë nën 18 vjeç, mund t’i tregosh një të rrituri që i beson ose të telefonosh Bris, dhe do të të ndihmojnë me pjesën tjetër.
result-not-your-fault = Ajo që po të ndodh nuk është faji yt. Askush nuk ka të drejtë të të lëndojë, të të kërcënojë ose të të kontrollojë.
result-right-to-support = Ke të drejtë të kërkosh mbështetje nga socialtjänsten (shërbimet sociale të komunës) në komunën ku ndodhesh, pavarësisht se nga vjen dhe nëse ke leje qëndrimi apo jo. Kontakti me ta nuk kushton asgjë.
result-everyone-welcome = Ke të drejtë për mbështetje pavarësisht moshës, gjinisë, prejardhjes, orientimit seksual, aftësisë së kufizuar ose varësisë. Nëse pi alkool ose merr drogë, ose nuk ke leje qëndrimi, kjo nuk të pengon kurrë të marrësh mbështetje.
result-everyone-welcome-worried = Personi për të cilin shqetësohesh ka të drejtë për mbështetje pavarësisht moshës, gjinisë, prejardhjes, orientimit seksual, aftësisë së kufizuar ose varësisë. Alkooli, droga ose mungesa e lejes së qëndrimit nuk e pengojnë kurrë askënd të marrë mbështetje.
result-everyone-welcome-used = Mund të marrësh mbështetje për të ndaluar pavarësisht moshës, gjinisë, prejardhjes, orientimit seksual, aftësisë së kufizuar ose varësisë. Nëse pi alkool ose merr drogë, kjo nuk të pengon të marrësh mbështetje.
result-child-protection-title = Ke të drejtë për mbrojtje
result-child-protection-1 = Je nën 18 vjeç. Prandaj socialtjänsten (shërbimet sociale) duhet të shohë si je dhe të të mbrojë nëse dikush të lëndon, të kërcënon ose të shfrytëzon.
result-child-protection-2 = Mund të telefonosh ose të shkosh vetë te socialtjänsten, ose t’i kërkosh një të rrituri që i beson, për shembull këshilltarit të shkollës, të të ndihmojë.
result-child-protection-3 = Mund të flasësh edhe me Bris pa thënë kush je. Bris është te kontaktet më poshtë.
result-what-happens-title = Çfarë ndodh nëse marr kontakt?
result-what-happens-1 = Mund të fillosh duke telefonuar një linjë mbështetëse për të folur dhe për të marrë këshilla. Ti vendos vetë çfarë tregon.
result-what-happens-2 = Socialtjänsten (shërbimet sociale të komunës) mund të të ofrojë biseda mbështetëse, ndihmë për të planifikuar si të qëndrosh në siguri, dhe ndihmë me një strehim të mbrojtur nëse duhet të zhvendosesh.
result-what-happens-3 = Mund të ecësh hap pas hapi. Mos ngurro të pyesësh çfarë ndodh më pas, para se të tregosh më shumë.
result-show-local = Shfaq ndihmën pranë meje
result-start-over = Fillo nga e para
result-start-over-hint = Të gjitha përgjigjet e tua harrohen.
## Result: for someone who has hurt or frightened someone

result-used-intro = Përgjigjet e tua përshkruajnë se ke bërë gjëra që mund ta lëndojnë ose ta frikësojnë dikë që e ke të afërt.
result-used-responsibility = Që iu përgjigje këtyre pyetjeve është një hap i rëndësishëm. Dhuna është një zgjedhje, dhe ti mund të zgjedhësh të ndalosh. Ka ndihmë për këtë, për shembull Välj att sluta (linjë mbështetëse për ata që duan të ndalojnë dhunën) dhe socialtjänsten (shërbimet sociale) në komunën tënde.
result-used-responsibility-youth = Që iu përgjigje pyetjeve është një hap i rëndësishëm. Mund të mësosh të mos i lëndosh dhe të mos i trembësh më të tjerët, dhe ka të rritur që mund të të ndihmojnë për këtë, për shembull Bris dhe socialtjänsten (shërbimet sociale).
result-used-urgent-text = Nëse ke frikë se mund ta lëndosh dikë tani, ose nëse dikush është në rrezik, telefono 112.
result-used-none = Përgjigjet e tua nuk përshkruan asgjë nga ato që pyetëm. Nëse megjithatë shqetësohesh për mënyrën si sillesh me dikë që e ke të afërt, mund të flasësh me Välj att sluta ose me socialtjänsten (shërbimet sociale të komunës). Mund ta bësh në mënyrë anonime.
result-used-children = Fëmijët që shohin ose dëgjojnë dhunë kanë nevojë për mbështetje. Socialtjänsten (shërbimet sociale të komunës) mund t’u japë mbështetje edhe ty, edhe fëmijëve, dhe është një hap i mirë që t’i kontaktosh vetë.
result-used-also-exposed = Ti tregove se edhe dikush të lëndon, të kërcënon ose të kontrollon. Kjo nuk është në rregull, dhe ke të drejtë për mbështetje. Mund të flasësh me Bris ose me socialtjänsten (shërbimet sociale), dhe mund t’u përgjigjesh edhe pyetjeve për atë që po të ndodh ty.
## Result: for someone who is worried about another person

result-worried-intro = Përgjigjet e tua përshkruajnë se personi për të cilin shqetësohesh mund të jetë duke përjetuar dhunë. Këtu mund të lexosh më shumë dhe të shohësh ku mund të merrni mbështetje si ti, ashtu edhe ky person.
## For someone who is worried about another person

worried-title = Nëse shqetësohesh për dikë
worried-intro = Është mirë që të intereson. Këtu gjen shenja që duhen vënë re, këshilla se si të flasësh me këtë person dhe ku mund të drejtohesh.
worried-signs-title = Shenja që duhen vënë re
worried-signs-1 = Ka frikë, duket në ankth ose me trishtim, dhe ka ndryshuar.
worried-signs-2 = Nuk takohet me miqtë dhe familjen aq shpesh si më parë, ose nuk e lejojnë.
worried-signs-3 = Dikush e thërret ose i shkruan vazhdimisht dhe do të dijë ku është.
worried-signs-4 = Ka lëndime që nuk do ose nuk mund t’i shpjegojë.
worried-signs-5 = Nuk ka para të vetat, ose dikush tjetër ia mban pasaportën ose telefonin.
worried-signs-6 = Flet për një martesë ose një udhëtim që nuk e ka zgjedhur vetë.
worried-talk-title = Si ta fillosh bisedën
worried-talk-1 = Zgjidh një vend ku mund të flisni vetëm për vetëm dhe me qetësi.
worried-talk-2 = Thuaj çfarë ke vënë re dhe që të intereson. Mund të thuash për shembull: “Më duket se nuk je mirë kohët e fundit. Si po ia kalon?”
worried-talk-3 = Dëgjo pa gjykuar dhe beso atë që të tregon.
worried-talk-4 = Lëre këtë person ta vendosë ritmin. Mund të duhet kohë derisa të dojë të tregojë më shumë.
worried-talk-5 = Thuaji që ka ndihmë, dhe që mund të jesh aty kur të telefonojë ose të marrë kontakt.
worried-dont-title = Çfarë nuk duhet të bësh
worried-dont-1 = Mos u përball me personin që ushtron dhunë. Kjo mund ta bëjë situatën më të rrezikshme për personin për të cilin shqetësohesh.
worried-dont-2 = Mos i bëj presion të tregojë ose të largohet. Ky person e di më mirë se çfarë është e sigurt.
worried-dont-3 = Mos kontakto familjen ose të afërmit nëse dyshon për dhunë në emër të nderit. Kjo mund ta vërë këtë person në rrezik.
worried-dont-4 = Mos lejo që dikush nga familja, të afërmit ose rrethi i tyre i të njohurve të bëjë përkthimin gojor. Kërko një përkthyes gojor që nuk e njeh familjen.
worried-dont-5 = Mos dërgo mesazhe për dhunën në telefonin e këtij personi nëse dikush tjetër mund t’i lexojë.
worried-over-time-title = Të jesh aty me kalimin e kohës
worried-over-time-1 = Vazhdo ta kontaktosh, edhe nëse tani nuk do të flasë.
worried-over-time-2 = Është e zakonshme që dikush të largohet dhe të kthehet disa herë. Trego se je ende aty, pa gjykuar.
worried-over-time-3 = Kujdesu edhe për veten. Shumë linja mbështetëse pranojnë thirrje edhe nga ata që shqetësohen për dikë tjetër.
worried-child-title = Nëse shqetësohesh për një fëmijë
worried-child-1 = Kushdo mund të bëjë një njoftim shqetësimi (orosanmälan) te socialtjänsten (shërbimet sociale) në komunën ku jeton fëmija. Nuk ke nevojë ta dish me siguri. Mjafton që të shqetësohesh.
worried-child-2 = Si person privat mund ta bësh njoftimin në mënyrë anonime. Socialtjänsten është ajo që heton se si është fëmija.
worried-child-3 = Ata që punojnë me fëmijë, për shembull në shkollë, në kujdesin shëndetësor ose në socialtjänsten, janë të detyruar të bëjnë njoftim.
