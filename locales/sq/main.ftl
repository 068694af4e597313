# Vägvisaren — shqip.
# Status: translated by the team from Swedish with machine assistance; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – mbështetje dhe ndihmë
language-label = Gjuha

## Quick exit

quick-exit-button = Largohu shpejt nga faqja
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Shtyp tastin Shift edhe një herë për të dalë nga faqja.
   *[other] Shtyp tastin Shift edhe { $remaining } herë për të dalë nga faqja.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Gjuha “{ $code }” nuk është ende e disponueshme këtu, prandaj faqja shfaqet në suedisht. Mund të zgjedhësh një gjuhë tjetër më sipër.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Kodi i komunës “{ $code }” nuk ekziston, prandaj nuk është zgjedhur asnjë komunë. Komunën mund ta zgjedhësh te “Gjej ndihmë”.

## Start screen

start-title = A është kjo dhunë? Këtu mund ta kuptosh me qetësi.
start-lead = Përgjigju disa pyetjeve për atë që po të ndodh ty ose dikujt për të cilin shqetësohesh. Do të mësosh si mund të quhet kjo dhe ku mund të marrësh ndihmë.
start-duration = Zgjat rreth pesë deri në dhjetë minuta. Mund t’i kapërcesh pyetjet dhe të ndalosh kur të duash.
start-private = Asgjë nga ato që përgjigjesh nuk ruhet dhe nuk dërgohet askund. Gjithçka mbetet në telefonin ose kompjuterin tënd derisa ta mbyllësh faqen.
start-quick-exit = Butoni “Largohu shpejt nga faqja” është gjithmonë në krye. Mund të shtypësh edhe tastin Shift tri herë.
start-emergency = Je në rrezik tani? Telefono 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Çfarë dëshiron të mësosh?
flow-path-partner = Për mua – partneri im ose ish-partneri im
flow-path-family = Për mua – familja ose të afërmit e mi
flow-path-exploitation = Për mua – dikush më detyron të shes seks ose kontrollon punën, paratë ose dokumentet e mia
flow-path-worried = Për dikë për të cilin shqetësohem
flow-path-used-violence = Kam lënduar ose trembur dikë që e kam të afërt
flow-age-title = Sa vjeç je?
flow-age-under-18 = Nën 18 vjeç
flow-age-adult = 18 vjeç ose më shumë
flow-about-child-title = A është personi për të cilin shqetësohesh nën 18 vjeç?
flow-about-child-yes = Po, nën 18 vjeç
flow-about-child-no = Jo, 18 vjeç ose më shumë
flow-about-child-unknown = Nuk e di
flow-self-title = Si e përshkruan veten?
flow-self-hint = Nuk ke nevojë të përgjigjesh. Përgjigjja përdoret vetëm për të të treguar mbështetje që të përshtatet, dhe nuk ruhet.
flow-self-woman = Grua ose vajzë
flow-self-man = Burrë ose djalë
flow-self-trans = Person trans ose jobinar
flow-self-rather-not-say = Nuk dua të përgjigjem
flow-skip = Kapërce
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Pyetja { $current } nga { $total }
flow-answer-yes = Po
flow-answer-sometimes = Ndonjëherë
flow-answer-no = Jo
flow-answer-rather-not-say = Nuk dua të përgjigjem
flow-answers-label = Përgjigjja jote
flow-see-result = Shiko rezultatin
flow-change-hint = Mund të kthehesh prapa dhe të ndryshosh një përgjigje kur të duash.


## Questions: partner or ex

q-partner-put-down = A të fyen, të tall ose të bën të ndihesh pa vlerë partneri ose ish-partneri yt?
q-partner-isolate = A vendos partneri ose ish-partneri yt se me kë mund të takohesh, ku mund të shkosh ose çfarë mund të veshësh?
q-partner-phone = A t’i lexon mesazhet, t’i kërkon fjalëkalimet ose ta kontrollon telefonin partneri ose ish-partneri yt?
q-partner-follow = A të ndjek partneri ose ish-partneri yt, a kontrollon me ndonjë aplikacion se ku je, ose a shfaqet aty ku je edhe kur ti nuk e dëshiron?
q-partner-images = A ka shpërndarë, ose a ka kërcënuar se do të shpërndajë, partneri ose ish-partneri yt foto ose video të tuat që nuk do që t’i shohin të tjerët?
q-partner-money = A t’i merr paratë partneri ose ish-partneri yt, ose a i kontrollon ato në mënyrë që ti të mos mund t’i përdorësh vetë?
q-partner-money-youth = A t’i merr paratë partneri ose ish-partneri yt, ose a vendos se çfarë mund të blesh?
q-partner-debt = A ka marrë partneri ose ish-partneri yt kredi ose borxhe në emrin tënd, ose a të ka penguar të punosh ose të studiosh?
q-partner-debt-youth = A të ka penguar partneri ose ish-partneri yt të shkosh në shkollë, ose a të ka detyruar të blesh gjëra ose të marrësh para hua për të?
q-partner-break = A t’i ka thyer, hedhur ose marrë sendet partneri ose ish-partneri yt?
q-partner-pets = A ka lënduar, ose a ka kërcënuar se do të lëndojë, partneri ose ish-partneri yt një kafshë që ti e do?
q-partner-threats = A të kërcënon partneri ose ish-partneri yt, për shembull se do t’i marrë fëmijët, do të përhapë gjëra për ty ose do të bëjë që të detyrohesh të largohesh nga Suedia?
q-partner-hit = A të ka goditur, shtyrë, shkelmuar ose mbajtur me forcë partneri ose ish-partneri yt?
q-partner-hurt = A ke pasur mavijosje, plagë ose lëndime të tjera nga diçka që ka bërë partneri ose ish-partneri yt?
q-partner-neck = A të ka kapur për qafe, të ka shtypur fytin ose të ka bërë që të marrësh frymë me vështirësi partneri ose ish-partneri yt?
q-partner-weapon = A të ka kërcënuar partneri ose ish-partneri yt me thikë, armë ose diçka tjetër që mund të lëndojë?
q-partner-kill = A ka kërcënuar partneri ose ish-partneri yt se do të të vrasë ty ose dikë që e ke të afërt?
q-partner-worse = A janë përkeqësuar dhuna ose kërcënimet, ose a kanë ndodhur më shpesh, gjatë vitit të fundit?
q-partner-pregnant = Nëse ke qenë shtatzënë: a të ka goditur ose lënduar partneri ose ish-partneri yt gjatë shtatzënisë?
q-partner-sex = A të ka detyruar ose të ka bërë presion partneri ose ish-partneri yt për seks ose veprime seksuale që nuk i doje?
q-partner-sex-fear = A ke pranuar seks sepse kishe frikë se çfarë do të ndodhte ndryshe?
q-partner-care = Nëse ke nevojë për ndihmë në jetën e përditshme: a të ka privuar partneri ose ish-partneri yt nga ushqimi, ilaçet ose ndihma tjetër që të nevojitet?
q-partner-aids = A t’i ka marrë partneri ose ish-partneri yt mjetet ndihmëse, syzet, ilaçet ose telefonin, në mënyrë që të mos mund t’ia dalësh vetë ose të kërkosh ndihmë?
q-partner-children-see = Nëse ka fëmijë në shtëpi: a e kanë parë ose dëgjuar ata dhunën ose kërcënimet mes jush?
q-partner-children-afraid = A janë frikësuar fëmijët, ose a janë përpjekur të të mbrojnë, kur partneri ose ish-partneri yt ka qenë i zemëruar?
q-partner-children-threat = A ka kërcënuar partneri ose ish-partneri yt se do t’i lëndojë fëmijët ose do t’i marrë prej teje?
q-partner-afraid = A ke frikë nga partneri ose ish-partneri yt, edhe kur ai nuk po bën asgjë në atë çast?
q-partner-careful = A mendon vazhdimisht për atë që thua dhe bën, që partneri ose ish-partneri yt të mos zemërohet?
q-partner-leaving = A e ke lënë së fundmi partnerin, ose a po mendon ta lësh, dhe a ke frikë se çfarë do të bëjë ai atëherë?

## Questions: family or relatives

q-family-collective = A vendosin disa veta nga familja ose të afërmit e tu së bashku se si duhet të jetosh?
q-family-collective-youth = A vendosin për jetën tënde edhe të tjerë përveç prindërve, për shembull vëllezërit, motrat ose të afërmit?
q-family-friends = A vendos familja ose të afërmit se me cilët miq mund të shoqërohesh, si mund të vishesh ose çfarë mund të bësh në kohën e lirë?
q-family-friends-youth = A vendos familja se me cilët shokë mund të rrish, çfarë mund të veshësh ose çfarë mund të bësh pas shkollës?
q-family-school = A të pengon familja ose të afërmit të studiosh, të punosh ose të zgjedhësh vetë shkollimin?
q-family-school-youth = A të pengon familja të marrësh pjesë në mësime, ekskursione të shkollës ose aktivitete në shkollë?
q-family-love = A vendos familja ose të afërmit se në kë mund të dashurohesh dhe me kë mund të jesh bashkë, ose nëse mund të tregosh hapur se kush je?
q-family-love-youth = A vendos familja se në kë mund të dashurohesh ose me kë mund të jesh në lidhje?
q-family-phone = A ta kontrollon dikush nga familja ose të afërmit telefonin ose mesazhet për të parë me kë flet?
q-family-phone-youth = A ta kontrollon dikush në familje telefonin për të parë me kë flet?
q-family-siblings = A të mbajnë nën vëzhgim vëllezërit, motrat, kushërinjtë ose të afërm të tjerë dhe a i tregojnë familjes çfarë bën?
q-family-siblings-youth = A të mbajnë nën vëzhgim vëllezërit, motrat ose kushërinjtë në shkollë ose në qytet dhe a i tregojnë familjes?
q-family-virginity = A kërkon familja ose të afërmit që të ruash virgjërinë deri në martesë, ose a e kontrollojnë atë?
q-family-virginity-youth = A të thotë familja se duhet të ruash virgjërinë, domethënë të mos kesh pasur seks, derisa të martohesh?
q-family-marriage = A të bën presion familja ose të afërmit të fejohesh ose të martohesh me dikë që nuk e ke zgjedhur vetë, apo ka ndodhur tashmë kundër vullnetit tënd?
q-family-marriage-youth = A do familja që të fejohesh ose të martohesh, edhe pse ti vetë nuk do?
q-family-abroad = A të ka thënë dikush se do të të dërgojnë ose do të të çojnë në një vend tjetër kundër vullnetit tënd, apo po planifikohet një udhëtim që të shqetëson?
q-family-abroad-youth = A të ka thënë dikush se do të të dërgojnë në një vend tjetër, apo do të udhëtoni diku dhe kjo të shqetëson?
q-family-disown = A të ka kërcënuar dikush se familja do të të përzërë ose do të ndërpresë lidhjet me ty nëse nuk bën siç duan ata?
q-family-disown-youth = A të ka thënë dikush se familja nuk do të të dojë më nëse nuk bën siç të thonë?
q-family-put-down = A të fyen, të tall ose të thotë se nuk vlen asgjë dikush nga familja ose të afërmit?
q-family-put-down-youth = A të thotë dikush në familje gjëra të këqija, a të bërtet ose a të thotë se nuk vlen për asgjë?
q-family-money = A ta marrin familja ose të afërmit rrogën, ndihmat ose paratë, ose a vendosin ata për to?
q-family-money-youth = A t’i merr dikush në familje paratë, për shembull bursën e shkollës (studiebidrag) ose pagën nga një punë verore?
q-family-money-denied = A të mban familja pa para për gjërat që të nevojiten, si ushqim, rroba ose udhëtime, për të të kontrolluar?
q-family-money-denied-youth = A refuzon familja të të japë para për gjërat që të nevojiten, si kartë autobusi, rroba ose gjëra për shkollë, për të të ndëshkuar?
q-family-break = A t’i ka thyer, hedhur ose marrë sendet dikush nga familja ose të afërmit?
q-family-break-youth = A t’i ka prishur ose marrë sendet dikush në familje për të të ndëshkuar?
q-family-pets = A ka lënduar, ose a ka kërcënuar se do të lëndojë, dikush nga familja ose të afërmit një kafshë që ti e do?
q-family-online = A ka përhapur, ose a ka kërcënuar se do të përhapë, dikush nga familja ose të afërmit foto, video ose thashetheme për ty në internet?
q-family-online-youth = A ka postuar, ose a ka kërcënuar se do të postojë, dikush në familje foto ose gjëra për ty në internet?
q-family-tracking = A të ndjek dikush nga familja ose të afërmit, ose a kontrollon se ku je me ndonjë aplikacion ose përmes të tjerëve?
q-family-tracking-youth = A të ndjek dikush në familje, ose a kontrollon se ku je me një aplikacion në telefon?
q-family-hit = A të ka goditur, shtyrë, shkelmuar ose mbajtur me forcë dikush nga familja ose të afërmit?
q-family-hit-youth = A të ka goditur, shtyrë, tërhequr nga flokët ose mbajtur me forcë dikush në familje?
q-family-neck = A të ka kapur për qafe, të ka shtypur fytin ose të ka bërë që të marrësh frymë me vështirësi dikush nga familja ose të afërmit?
q-family-neck-youth = A të ka kapur për qafe dikush në familje, ose a të ka bërë që të marrësh frymë me vështirësi?
q-family-weapon = A të ka kërcënuar dikush nga familja ose të afërmit me thikë, armë ose diçka tjetër që mund të lëndojë?
q-family-weapon-youth = A të ka kërcënuar dikush në familje me thikë ose me diçka tjetër që mund të të lëndojë?
q-family-kill = A ka kërcënuar dikush nga familja ose të afërmit se do të të vrasë ty ose dikë që e ke të afërt?
q-family-kill-youth = A ka thënë dikush në familje se do të të vrasë ty ose dikë që e do?
q-family-worse = A janë përkeqësuar dhuna ose kërcënimet, ose a kanë ndodhur më shpesh, gjatë vitit të fundit?
q-family-worse-youth = A është bërë më keq, ose a ndodh më shpesh, kohët e fundit?
q-family-sex-touch = A të ka prekur dikush nga familja ose të afërmit në mënyrë seksuale, ose a të ka thënë ose treguar gjëra seksuale që nuk i doje?
q-family-sex-touch-youth = A ta ka prekur dikush nga familja ose të afërmit trupin në një mënyrë që të dukej e gabuar, ose a të ka treguar foto seksuale?
q-family-sex-forced = A të ka detyruar ose të ka bërë presion dikush nga familja ose të afërmit për seks ose veprime seksuale?
q-family-sex-forced-youth = A të ka detyruar dikush nga familja ose të afërmit të bësh diçka seksuale?
q-family-care = Nëse ke nevojë për ndihmë në jetën e përditshme: a të ka privuar personi në familje që duhet të të ndihmojë nga ushqimi, ilaçet ose ndihma tjetër që të nevojitet?
q-family-care-youth = A të ndodh që të mbetesh në shtëpi pa ushqim, pa rroba të pastra ose pa ndihmë kur sëmuresh?
q-family-alone = A të ka lënë dikush nga familja vetëm për një kohë të gjatë, ose a t’i ka marrë mjetet ndihmëse, edhe pse nuk mund t’ia dalësh vetë?
q-family-alone-youth = A të lënë vetëm në shtëpi për një kohë të gjatë, ose a duhet të kujdesesh për veten ose për vëllezërit dhe motrat më shumë se sa mundesh?
q-family-children-see = A ka fëmijë në familje që e shohin ose e dëgjojnë dhunën ose kërcënimet në shtëpi?
q-family-children-see-youth = A keni parë ose dëgjuar ti ose vëllezërit e motrat e tua që dikush në familje godet ose kërcënon dikë tjetër?
q-family-children-threat = A ka kërcënuar dikush nga familja ose të afërmit se do t’i lëndojë fëmijët në familje ose do t’i marrë prej teje?
q-family-children-threat-youth = A ka kërcënuar dikush në familje se do t’i lëndojë vëllezërit dhe motrat e tua ose fëmijë të tjerë në familje?
q-family-afraid = A ke frikë nga dikush në familje ose nga të afërmit, edhe kur në atë çast nuk po ndodh asgjë?
q-family-afraid-youth = A ke frikë nga dikush në familje?
q-family-home = A ke frikë se çfarë do të ndodhë kur të kthehesh në shtëpi, ose nëse familja mëson diçka për ty?
q-family-home-youth = A ke frikë të shkosh në shtëpi pas shkollës, ose se çfarë do të ndodhë nëse familja mëson diçka për ty?

## Questions: selling sex, work, money or papers

q-exploit-sell-sex = A të bën dikush presion ose të detyron të shesësh seks, ose të kesh seks me të tjerë për para?
q-exploit-sell-sex-youth = A të ka shtyrë dikush të kesh seks ose të bësh gjëra seksuale në këmbim të parave, sendeve, drogës ose një vendi për të fjetur?
q-exploit-sex-control = A vendos dikush tjetër kur, ku ose me kë do të kesh seks për para, ose a i merr paratë dikush tjetër?
q-exploit-work = A punon shumë më tepër nga sa u morët vesh, për pagë shumë të ulët ose pa pagë fare?
q-exploit-work-youth = A të detyron dikush të punosh, të shesësh drogë ose t’u bësh punë atyre, pa pagesë ose sepse ke frikë?
q-exploit-wage = A ta merr dikush tjetër pagën ose paratë, ose a vendos se çfarë mund të blesh?
q-exploit-debt = A të thotë dikush se i ke borxh, për shembull për udhëtimin, banimin ose punën, dhe se duhet ta shlyesh duke punuar?
q-exploit-debt-youth = A të thotë dikush se i ke borxh para ose shërbime, që duhet t’ia kthesh duke bërë gjëra për të?
q-exploit-debt-grows = A rritet borxhi vazhdimisht, për shembull me gjoba, qira ose tarifa, kështu që nuk shpëton kurrë prej tij?
q-exploit-papers = A ta ka marrë dikush pasaportën, letërnjoftimin ose lejen e qëndrimit dhe nuk do të ta kthejë?
q-exploit-accounts = A i kontrollon dikush tjetër BankID-në tënde (identifikimin elektronik suedez), kontratat ose dokumente të tjera në emrin tënd, në mënyrë që ti të mos mund t’i përdorësh vetë?
q-exploit-locked = A të pengon dikush të dalësh vetëm, të takosh kë të duash ose të flasësh me familjen tënde?
q-exploit-phone = A ta merr dikush telefonin, a t’i lexon mesazhet ose a kontrollon se ku je?
q-exploit-online = A ka vendosur dikush në internet reklama, foto ose video të tuat pa e vendosur ti vetë?
q-exploit-authorities = A të ka thënë dikush se policia ose autoritetet do të të ndëshkojnë ose do të të dëbojnë nga vendi nëse tregon?
q-exploit-sex-forced = A të ka detyruar dikush të kesh seks ose të bësh veprime seksuale që nuk i doje?
q-exploit-sex-unsafe = A të ka detyruar dikush të kesh seks pa prezervativ, ose të bësh gjëra të cilave u ke thënë jo?
q-exploit-hit = A të ka goditur, shtyrë ose lënduar dikush që të kontrollon?
q-exploit-neck = A të ka kapur dikush për qafe, të ka shtypur fytin ose të ka bërë që të marrësh frymë me vështirësi?
q-exploit-weapon = A të ka kërcënuar dikush me thikë, armë ose diçka tjetër që mund të lëndojë?
q-exploit-kill = A ka kërcënuar dikush se do të të vrasë ty, ose dikë nga familja jote këtu ose në një vend tjetër?
q-exploit-worse = A janë përkeqësuar dhuna ose kërcënimet, ose a kanë ndodhur më shpesh, kohët e fundit?
q-exploit-afraid = A ke frikë se çfarë do të ndodhë nëse thua jo, nëse ndalon ose nëse largohesh?
q-exploit-always-afraid = A ke frikë nga personi ose personat që të kontrollojnë, edhe kur ata nuk janë afër?

## Questions: someone you are worried about

q-worried-afraid = A duket sikur personi për të cilin shqetësohesh ka frikë nga dikush, ose ka frikë të shkojë në shtëpi?
q-worried-isolated = A ka pushuar personi për të cilin shqetësohesh të takohet me miqtë ose familjen, ose të bëjë gjërat që i pëlqenin më parë?
q-worried-controlled = A duket sikur dikush vendos për personin për të cilin shqetësohesh, për shembull me kë mund të takohet ose ku mund të shkojë?
q-worried-careful = A duket sikur personi për të cilin shqetësohesh mendon vazhdimisht për atë që thotë dhe bën, që dikush të mos zemërohet?
q-worried-phone = A ia kontrollon dikush telefonin personit për të cilin shqetësohesh, ose a duhet që ky person të përgjigjet gjithmonë menjëherë dhe të tregojë ku është?
q-worried-followed = A ndiqet, a vëzhgohet ose a kontaktohet vazhdimisht nga dikush personi për të cilin shqetësohesh, në internet ose në jetën reale?
q-worried-money = A i kontrollon dikush tjetër paratë, pagën ose kartën bankare të personit për të cilin shqetësohesh, në mënyrë që ky person të mos mund të vendosë vetë?
q-worried-debts = A ka personi për të cilin shqetësohesh borxhe që i ka marrë dikush tjetër, ose a i mungojnë paratë për ushqim dhe gjëra të tjera që i nevojiten?
q-worried-injuries = A ke parë te personi për të cilin shqetësohesh mavijosje ose lëndime që ky person nuk do ose nuk mund t’i shpjegojë?
q-worried-hit = A ke parë, dëgjuar ose mësuar që dikush e godet, e shtyn ose e mban me forcë personin për të cilin shqetësohesh?
q-worried-neck = A ke mësuar që dikush e ka kapur për qafe personin për të cilin shqetësohesh, ose ka bërë që të marrë frymë me vështirësi?
q-worried-weapon = A e ka kërcënuar dikush personin për të cilin shqetësohesh me thikë, armë ose diçka tjetër që mund të lëndojë?
q-worried-kill = A ka kërcënuar dikush se do ta vrasë personin për të cilin shqetësohesh, ose dikë që ky person e ka të afërt?
q-worried-worse = A duket sikur gjendja është përkeqësuar kohët e fundit, për shembull më shumë lëndime, më shumë kërcënime ose më shumë frikë?
q-worried-leaving = A është ndarë së fundmi personi për të cilin shqetësohesh nga një partner nga i cili ka frikë, ose a po mendon të ndahet?
q-worried-sex = A të ka treguar personi për të cilin shqetësohesh se dikush e ka detyruar ose i ka bërë presion për seks ose veprime seksuale?
q-worried-sex-images = A ke parë që dikush shpërndan foto seksuale të personit për të cilin shqetësohesh, ose flet me të në mënyrë seksuale edhe pse ky person nuk e do këtë?
q-worried-selling-sex = A mendon se personi për të cilin shqetësohesh shet seks, ose se dikush e detyron ta bëjë këtë?
q-worried-sex-for-things = A merr personi për të cilin shqetësohesh para, dhurata, drogë ose një vend për të fjetur nga dikush që kërkon seks në këmbim?
q-worried-honour = A vendosin familja ose të afërmit e personit për të cilin shqetësohesh se me cilët miq mund të shoqërohet, çfarë mund të veshë ose nëse mund të studiojë?
q-worried-honour-love = A vendos dikush tjetër se me kë mund të jetë bashkë ose me kë mund të martohet personi për të cilin shqetësohesh?
q-worried-trip = A ka thënë personi për të cilin shqetësohesh se do ta fejojnë, do ta martojnë ose do ta dërgojnë jashtë vendit kundër vullnetit të vet?
q-worried-care = Nëse personi për të cilin shqetësohesh ka nevojë për ndihmë në jetën e përditshme: a duket sikur mbetet pa ushqim, ilaçe ose ndihmë tjetër që i nevojitet?
q-worried-care-youth = A duket sikur personi për të cilin shqetësohesh mbetet pa ushqim, pa rroba të pastra ose pa ndihmë kur sëmuret?
q-worried-left-alone = A e lënë vetëm për një kohë të gjatë personin për të cilin shqetësohesh, ose pa mjetet ndihmëse, edhe pse nuk mund t’ia dalë vetë?
q-worried-children-home = A ka fëmijë në shtëpi që mund ta shohin ose ta dëgjojnë dhunën ose kërcënimet?
q-worried-children-scared = A duken fëmijët në shtëpi të frikësuar, të shqetësuar ose të trishtuar në një mënyrë që të shqetëson?

## Questions: I have hurt or frightened someone close to me

q-used-put-down = A e ke fyer ose poshtëruar dikë që e ke të afërt, ose a i ke bërtitur aq sa u tremb?
q-used-control = A ke vendosur ti se me kë mund të takohet, ku mund të shkojë ose çfarë mund të veshë partneri yt ose dikush në familjen tënde?
q-used-control-youth = A ke vendosur ti se me kë mund të takohet ose çfarë mund të veshë dikush me të cilin je në lidhje, ose një vëlla apo motër?
q-used-phone = A ia ke lexuar mesazhet dikujt, a ia ke kërkuar fjalëkalimet ose a ia ke kontrolluar telefonin pa leje?
q-used-images = A ke shpërndarë, ose a ke kërcënuar se do të shpërndash, foto ose video të dikujt që ky person nuk donte t’i shihnin të tjerët?
q-used-money = A ia ke marrë paratë dikujt, ose a i ke kontrolluar ato në mënyrë që ky person të mos mund t’i përdorte vetë?
q-used-money-work = A e ke penguar partnerin ose dikë në familje të punojë ose të studiojë, ose a ke marrë kredi në emër të këtij personi?
q-used-money-work-youth = A e ke detyruar dikë të të japë para ose sende?
q-used-break = A ke thyer ose hedhur sende, ose a ke goditur mure ose dyer kur je zemëruar?
q-used-pets = A ke lënduar, ose a ke kërcënuar se do të lëndosh, një kafshë për të frikësuar dikë?
q-used-hit = A e ke goditur, shtyrë, shkelmuar ose mbajtur me forcë partnerin ose dikë në familjen tënde?
q-used-hit-youth = A e ke goditur, shtyrë ose shkelmuar dikë në familje, për shembull një prind, vëlla ose motër, ose dikë me të cilin je në lidhje?
q-used-neck = A ia ke shtrënguar ndonjëherë dikujt qafën ose fytin?
q-used-weapon = A e ke kërcënuar dikë me thikë, armë ose diçka tjetër që mund të lëndojë?
q-used-kill = A ke thënë se do ta vrasësh dikë që e ke të afërt, edhe nëse nuk e ke pasur seriozisht?
q-used-worse = A ka ndodhur më shpesh, ose a është bërë më e rëndë, gjatë vitit të fundit?
q-used-sex = A e ke detyruar ose i ke bërë presion dikujt për seks, ose a ke vazhduar edhe pse ky person tha jo ose nuk dukej se donte?
q-used-sex-sulk = A je zemëruar, a ke varur buzët ose a je sjellë në mënyrë kërcënuese kur partneri nuk ka dashur seks?
q-used-children-see = A kanë parë ose dëgjuar fëmijët dhunën ose kërcënimet e tua në shtëpi?
q-used-children-afraid = A është frikësuar ndonjë fëmijë nga ti, ose a është përpjekur të të ndalojë ose të mbrojë dikë, kur je zemëruar?
q-used-afraid = A mendon se dikush që e ke të afërt ka frikë nga ti?
q-used-careful = A e vë re që dikush që e ke të afërt hesht ose tregohet i kujdesshëm që ti të mos zemërohesh?

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
category-sexual-text = Çdo marrëdhënie seksuale duhet të jetë me vullnet të lirë, edhe me partnerin. Kur të bëjnë presion ose të detyrojnë për diçka seksuale, kjo është dhunë dhe vepër penale.
category-sexual-text-worried = Askush nuk ka të drejtë të bëjë presion ose të detyrojë dikë për diçka seksuale. Kjo është dhunë dhe vepër penale, edhe brenda një lidhjeje.
category-sexual-text-used = Seksi pa dëshirën e të dyve është dhunë seksuale dhe vepër penale, edhe brenda një lidhjeje. Ka ndihmë nëse do të ndryshosh mënyrën si vepron.

category-economic-title = Dhuna ekonomike
category-economic-text = Kur dikush t’i merr paratë, vendos për to ose të fut në borxhe për të të kontrolluar, kjo është dhunë ekonomike.
category-economic-text-worried = Kur dikush ia merr paratë këtij personi ose vendos për to për ta kontrolluar, kjo është dhunë ekonomike.
category-economic-text-used = T’ia marrësh paratë dikujt ose të vendosësh për to për ta kontrolluar është dhunë ekonomike. Kjo mund të ndryshojë, dhe ka mbështetje.

category-material-title = Dhuna materiale
category-material-text = Kur dikush t’i prish sendet ose ta lëndon kafshën për të të frikësuar, kjo është gjithashtu dhunë.
category-material-text-used = Thyerja e sendeve ose lëndimi i kafshëve në çaste zemërimi i frikëson të tjerët dhe është një formë dhune. Mund të mësosh mënyra të tjera për ta përballuar zemërimin.

category-digital-title = Dhuna digjitale
category-digital-text = Kur dikush ta kontrollon telefonin, ndjek se ku je ose shpërndan foto të tuat, kjo është dhunë, edhe kur ndodh në internet.
category-digital-text-worried = Kur dikush ia kontrollon telefonin këtij personi, ndjek se ku është ose shpërndan foto të tij, kjo është dhunë, edhe kur ndodh në internet.
category-digital-text-used = Të kontrollosh telefonin e dikujt, të ndjekësh se ku është ose të shpërndash foto të këtij personi është dhunë digjitale. Është e mundur të ndalosh, dhe ka ndihmë.

category-latent-title = Të jetosh me frikë
category-latent-text = Të kesh vazhdimisht frikë dhe ta përshtatësh veten për t’i shpëtuar dhunës quhet dhunë latente (e fshehtë). Frika është shenjë se diçka nuk shkon, dhe nuk është faji yt.
category-latent-text-worried = Të kesh vazhdimisht frikë dhe ta përshtatësh veten quhet dhunë latente (e fshehtë). Frika e këtij personi është një shenjë e rëndësishme që duhet marrë seriozisht.
category-latent-text-used = Kur dikush ka frikë nga ti dhe përshtatet sipas teje, kjo quhet dhunë latente (e fshehtë). Që e sheh këtë është një hap i parë i rëndësishëm.

category-neglect-title = Neglizhimi
category-neglect-text = Nëse ke nevojë për ndihmë në jetën e përditshme, ke të drejtë ta marrësh. Kur dikush nuk të ndihmon, ose të merr atë që të nevojitet, kjo është neglizhim.
category-neglect-text-worried = Kur dikush që ka nevojë për ndihmë mbetet pa ushqim, ilaçe ose kujdes, kjo është neglizhim. Ky person ka të drejtë për ndihmë.

category-honour-title = Dhuna dhe shtypja në emër të nderit
category-honour-text = Kur familja ose të afërmit vendosin së bashku me kë mund të rrish, çfarë mund të veshësh ose me kë duhet të martohesh, kjo quhet dhunë dhe shtypje në emër të nderit. Ke të drejtë të vendosësh vetë për jetën tënde.
category-honour-text-worried = Kur familja ose të afërmit e kontrollojnë së bashku jetën, miqtë, veshjen ose martesën e këtij personi, kjo quhet dhunë dhe shtypje në emër të nderit. Ky person ka të drejtë të vendosë vetë për jetën e vet.

category-children-witnessing-title = Fëmijët që shohin ose dëgjojnë dhunë
category-children-witnessing-text = Fëmijët që shohin ose dëgjojnë dhunë në shtëpi janë vetë të ekspozuar ndaj dhunës. Ata kanë të drejtë për mbrojtje dhe mbështetje.
category-children-witnessing-text-worried = Fëmijët që shohin ose dëgjojnë dhunë në shtëpi janë vetë të ekspozuar ndaj dhunës. Socialtjänsten (shërbimet sociale të komunës) mund t’i japë mbështetje fëmijës dhe familjes.
category-children-witnessing-text-used = Fëmijët që shohin ose dëgjojnë dhunë ndikohen shumë, edhe kur nuk janë në të njëjtën dhomë. Që ti kërkon ndihmë është mirë edhe për ta.

category-coerced-sex-title = Presioni për të shitur seks
category-coerced-sex-text = Askush nuk ka të drejtë të të bëjë presion, të të mashtrojë ose të të detyrojë të shesësh seks. Në Suedi, gabim bën ai që blen seks ose fiton para prej tij, kurrë ti.
category-coerced-sex-text-worried = Askush nuk ka të drejtë të bëjë presion, të mashtrojë ose të detyrojë dikë të shesë seks. Kush shet seks nuk kryen vepër penale në Suedi dhe ka të drejtë për mbështetje.

category-debt-bondage-title = Skllavëria për borxh
category-debt-bondage-text = Kur dikush të thotë se ke një borxh që duhet ta shlyesh duke punuar, dhe që nuk mbaron kurrë, kjo është një mënyrë për të të kontrolluar. Mund të jetë trafikim me qenie njerëzore.

category-documents-taken-title = Pasaporta dhe dokumentet që të merren
category-documents-taken-text = Askush nuk ka të drejtë të ta marrë pasaportën, letërnjoftimin ose dokumentet. Mbajtja e tyre për të të kontrolluar është shenjë detyrimi.

## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Shtrëngimi i qafës ose i fytit është shenjë e rëndë paralajmëruese, edhe nëse nuk duket asnjë gjurmë.
danger-weapon = Kërcënimet me thikë, armë ose sende të tjera janë shenjë e rëndë paralajmëruese.
danger-threat-to-kill = Kërcënimet për vrasje duhet të merren gjithmonë seriozisht, edhe kur thuhen nga zemërimi.
danger-escalation = Kur dhuna ose kërcënimet përkeqësohen ose ndodhin më shpesh, rritet rreziku për dhunë të rëndë.
danger-separation = Koha rreth një ndarjeje mund të jetë veçanërisht e rrezikshme kur personi tjetër ka qenë i dhunshëm ose kontrollues.
danger-pregnancy = Dhuna gjatë shtatzënisë është shenjë e rëndë paralajmëruese, si për personin shtatzënë ashtu edhe për foshnjën.
danger-stalking = Të ndiqesh, të vëzhgohesh ose të kontaktohesh vazhdimisht është shenjë e rëndë paralajmëruese dhe mund të jetë vepër penale.
danger-forced-trip-or-marriage = Planet për martesë ose për një udhëtim jashtë vendit kundër vullnetit të dikujt janë shenjë e rëndë paralajmëruese. Mbrojtja mund të merret para udhëtimit.
danger-threats-to-children = Kërcënimet ndaj fëmijëve janë shenjë e rëndë paralajmëruese. Fëmijët kanë të drejtë për mbrojtje.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".
## A list is a series of ids ending in -1, -2, -3 … in the order they are shown.

## Safety page

safety-title = Siguria jote në këtë faqe
safety-intro = Këtu mund të lexosh si të mbron kjo faqe dhe çfarë nuk mund të fshehë. Bëj atë që të duket më e sigurt për ty.

safety-quick-exit-title = Largohu shpejt nga faqja
safety-quick-exit-1 = Butoni “Largohu shpejt nga faqja” është gjithmonë në krye. Mund të shtypësh edhe tastin Shift tri herë.
safety-quick-exit-2 = Atëherë faqja bëhet menjëherë bosh dhe të gjitha përgjigjet e tua harrohen.
safety-quick-exit-3 = Pastaj skeda kalon në një faqe me parashikimin e motit, kështu që duket sikur ke parë motin.
safety-quick-exit-4 = Butoni “Prapa” i shfletuesit nuk të kthen këtu.

safety-cannot-hide-title = Çfarë nuk mund të fshehë kjo faqe
safety-cannot-hide-1 = Historiku i shfletuesit tregon ende që e ke vizituar këtë faqe.
safety-cannot-hide-2 = Mund ta fshish vetëm atë vizitë. Hap historikun në menynë e shfletuesit dhe gjej Vägvisaren. Mbaje gishtin mbi rresht, rrëshqite anash ose prek kryqin (X), dhe zgjidh ta fshish.
safety-cannot-hide-3 = Nëse fshin vetëm atë rresht, pjesa tjetër e historikut duket si zakonisht.
safety-cannot-hide-4 = Lista e thirrjeve të fundit në telefon tregon cilët numra ke thirrur.
safety-cannot-hide-5 = Mund ta fshish një thirrje nga lista. Mbaje gishtin mbi thirrjen ose rrëshqite majtas, dhe zgjidh “Fshi”.
safety-cannot-hide-6 = Thirrjet në numrat që fillojnë me 020 janë falas dhe nuk duken në faturën e telefonit. Megjithatë ato duken në listën e thirrjeve të fundit.
safety-cannot-hide-7 = SMS-të dhe bisedat në chat mbeten në telefon derisa t’i fshish.

safety-private-browsing-title = Shfletimi privat
safety-private-browsing-1 = Shumica e shfletuesve kanë një modalitet privat, që quhet edhe inkognito. Në këtë modalitet vizita nuk ruhet në historik kur e mbyll dritaren.
safety-private-browsing-2 = Zakonisht e hap nga menyja e shfletuesit, me “Dritare e re private” ose “Skedë e re inkognito”.
safety-private-browsing-3 = Modaliteti privat nuk e fsheh atë që bën nga një program që e mbikëqyr telefonin, as nga rrjeti në një vend pune ose në një shkollë.

safety-shared-phone-title = Nëse dikush tjetër e përdor ose ta kontrollon telefonin
safety-shared-phone-1 = Nëse dikush tjetër mund të ta marrë hua ose ta kontrollojë telefonin ose kompjuterin, ai person mund të shohë çfarë bën aty.
safety-shared-phone-2 = Dikush mund të ketë instaluar një program që e mbikëqyr telefonin, të ashtuquajtur program spiunues. Dikush mund të t’i dijë edhe fjalëkalimet dhe kodet.
safety-shared-phone-3 = Nëse të duket më e sigurt, mund të përdorësh telefonin e një personi që i beson, një kompjuter në bibliotekë ose një telefon në punë.
safety-shared-phone-4 = Mund të bjerë në sy nëse papritur ndryshon fjalëkalimet ose fshin programe. Mendo se çfarë është më e sigurt për ty para se ta bësh këtë.

safety-transparency-title = Kjo faqe nuk ruan asgjë dhe nuk dërgon asgjë
safety-transparency-1 = Kjo faqe nuk ruan asgjë në telefonin ose kompjuterin tënd, as kuki (cookies). Gjuha dhe komuna mbahen mend vetëm derisa ta mbyllësh faqen.
safety-transparency-2 = Përgjigjet e tua nuk dërgohen kurrë askund. Faqja shkarkon vetëm të njëjtat skedarë si për të gjithë të tjerët, çfarëdo që të përgjigjesh.
safety-transparency-intro = Shiko vetë: lista më poshtë tregon çdo kërkesë që ka bërë faqja që kur e hape.
safety-transparency-empty = Faqja nuk ka bërë ende asnjë kërkesë.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Faqja ka bërë një kërkesë.
   *[other] Faqja ka bërë { $count } kërkesa.
}

## Help view (reachable without the questions)

help-title = Gjej ndihmë
help-intro = Këtu gjen linja mbështetëse për gjithë Suedinë dhe kontakte në komunën tënde. Ti vendos vetë kë kontakton dhe çfarë tregon.
help-emergency = Je në rrezik tani? Telefono 112.
help-not-sure = Mund të telefonosh edhe nëse nuk e di me siguri që është dhunë. Mjafton që të shqetësohesh ose që të duash të flasësh.

help-what-happens-title = Kjo ndodh kur telefonon një linjë mbështetëse
help-what-happens-1 = Dikush të dëgjon dhe e merr seriozisht atë që tregon.
help-what-happens-2 = Ti vendos vetë çfarë do të tregosh, dhe mund ta mbyllësh bisedën kur të duash.
help-what-happens-3 = Shumë linja mbështetëse janë falas, dhe te shumë prej tyre nuk ke nevojë ta thuash emrin. Kjo shkruhet te çdo kontakt.
help-what-happens-4 = Shumë linja mbështetëse mund të sigurojnë një përkthyes, që të mund të flasësh në gjuhën tënde.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = Nuk kemi ende kontakte të tona për { $municipality }. Telefono centralin e komunës (växel) dhe kërko të flasësh me socialtjänsten (shërbimet sociale të komunës). Jashtë orarit të punës mund të kërkosh socialjouren (shërbimi social kujdestar), ose të telefonosh 112 nëse është urgjente.

help-municipality-label = Komuna jote
help-municipality-hint = Shkruaj emrin e komunës tënde. Zgjedhja mbetet në telefonin ose kompjuterin tënd dhe nuk ruhet. Faqja shkarkon kontaktet për të gjitha komunat njëherësh, kështu që askush nuk mund të shohë cilën zgjodhe.
help-municipality-no-match = Nuk gjejmë asnjë komunë me këtë emër. Kontrollo drejtshkrimin ose shkruaj fillimin e emrit.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Komuna e zgjedhur: { $municipality }.
help-municipality-change = Ndrysho komunën

help-national-title = Mbështetje në gjithë Suedinë
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Mbështetje në { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Telefono { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = Dërgo SMS te { $number }
contact-chat = Hap bisedën (chat)
contact-web = Hap faqen e internetit
contact-open-always = Hapur 24 orë, çdo ditë
contact-open-now = Hapur tani
contact-closed-now = Mbyllur tani
contact-hours-unknown = Nuk kemi mundur ta kontrollojmë orarin.
contact-free = Falas
contact-anonymous = Nuk ke nevojë ta thuash emrin
contact-interpreter = Mund të sigurohet përkthyes
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Mund të flasësh edhe në këto gjuhë: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Kontrolluar më { $date }
contact-for-professionals = Për profesionistët
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Për: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Çdo ditë
days-weekdays = E hënë–e premte
days-weekends = E shtunë–e diel
days-mon = E hënë
days-tue = E martë
days-wed = E mërkurë
days-thu = E enjte
days-fri = E premte
days-sat = E shtunë
days-sun = E diel

## What kind of contact it is (short noun phrases)

kind-emergency = Numri i urgjencës
kind-police = Policia
kind-helpline = Linjë mbështetëse
kind-social-services = Socialtjänsten (shërbimet sociale të komunës)
kind-social-services-on-call = Socialjouren (shërbimi social kujdestar)
kind-womens-shelter = Kvinnojour (mbështetje dhe strehim për gratë)
kind-girls-shelter = Tjejjour (mbështetje për vajzat dhe gratë e reja)
kind-mens-shelter = Mbështetje për burrat
kind-youth-clinic = Ungdomsmottagning (qendër shëndetësore dhe këshillimi për të rinjtë)
kind-perpetrator-programme = Mbështetje për të ndaluar dhunën
kind-victim-support = Mbështetje pas një krimi
kind-health = Kujdesi shëndetësor

## Who the contact is for (phrases after “For: …”)

audience-everyone = Të gjithë
audience-women = Gratë
audience-men = Burrat
audience-trans = Personat trans dhe jobinarë
audience-young = Të rinjtë
audience-children = Fëmijët nën 18 vjeç
audience-honour = Personat që përjetojnë dhunë dhe shtypje në emër të nderit
audience-trafficking = Personat që shesin seks ose u nënshtrohen trafikimit me qenie njerëzore
audience-uses-violence = Personat që ushtrojnë dhunë dhe duan të ndalojnë
audience-worried-others = Personat që shqetësohen për dikë tjetër
audience-professionals = Profesionistët

## Result: fixed parts

result-title = Çfarë përshkruajnë përgjigjet e tua
result-intro = Përgjigjet e tua përshkruajnë një ose më shumë forma dhune. Më poshtë mund të lexosh si quhen dhe ku mund të marrësh mbështetje.
result-none = Asnjë nga përgjigjet e tua nuk përshkroi dhunë. Megjithatë mund të flasësh me dikë nëse diçka nuk të duket në rregull. Besoji ndjenjës tënde.
result-none-rather-not-say = Zgjodhe të mos u përgjigjesh disa pyetjeve, dhe kjo është plotësisht në rregull. Megjithatë mund të marrësh mbështetje, dhe ti vendos vetë çfarë tregon.

result-urgent-title = Nëse je në rrezik tani, telefono 112
result-urgent-text = Thuaj ku je dhe çfarë po ndodh. Thirrja është falas. Mund të telefonosh edhe nëse nuk mund të flasësh lirshëm. Në atë rast, qëndro në linjë.
result-urgent-signs-intro = Këtë e tregojmë të parën, sepse përgjigjet e tua përmendin diçka që mund të jetë shenjë e rëndë paralajmëruese:

result-not-your-fault = Ajo që po të ndodh nuk është faji yt. Askush nuk ka të drejtë të të lëndojë, të të kërcënojë ose të të kontrollojë.
result-right-to-support = Ke të drejtë të kërkosh mbështetje nga socialtjänsten (shërbimet sociale të komunës) në komunën ku ndodhesh, pavarësisht se nga vjen dhe nëse ke leje qëndrimi apo jo. Kontakti me ta nuk kushton asgjë.

result-what-happens-title = Çfarë ndodh nëse marr kontakt?
result-what-happens-1 = Mund të fillosh duke telefonuar një linjë mbështetëse për të folur dhe për të marrë këshilla. Ti vendos vetë çfarë tregon.
result-what-happens-2 = Socialtjänsten (shërbimet sociale të komunës) mund të të ofrojë biseda mbështetëse, ndihmë për të planifikuar si të qëndrosh në siguri, dhe ndihmë me një strehim të mbrojtur nëse duhet të zhvendosesh.
result-what-happens-3 = Mund të ecësh hap pas hapi. Mos ngurro të pyesësh çfarë ndodh më pas, para se të tregosh më shumë.

result-contacts-title = Këtu mund të marrësh mbështetje
result-show-local = Shfaq ndihmën pranë meje
result-start-over = Fillo nga e para
result-start-over-hint = Të gjitha përgjigjet e tua harrohen.

## Result: for someone who has hurt or frightened someone

result-used-intro = Përgjigjet e tua përshkruajnë se ke bërë gjëra që mund ta lëndojnë ose ta frikësojnë dikë që e ke të afërt.
result-used-responsibility = Që iu përgjigje këtyre pyetjeve është një hap i rëndësishëm. Dhuna është një zgjedhje, dhe ti mund të zgjedhësh të ndalosh. Ka ndihmë për këtë, për shembull Välj att sluta (linjë mbështetëse për ata që duan të ndalojnë dhunën) dhe socialtjänsten (shërbimet sociale) në komunën tënde.
result-used-urgent-text = Nëse ke frikë se mund ta lëndosh dikë tani, ose nëse dikush është në rrezik, telefono 112.

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
worried-dont-4 = Mos lejo që dikush nga familja, të afërmit ose rrethi i tyre i të njohurve të bëjë përkthimin. Kërko një përkthyes që nuk e njeh familjen.
worried-dont-5 = Mos dërgo mesazhe për dhunën në telefonin e këtij personi nëse dikush tjetër mund t’i lexojë.

worried-over-time-title = Të jesh aty me kalimin e kohës
worried-over-time-1 = Vazhdo ta kontaktosh, edhe nëse tani nuk do të flasë.
worried-over-time-2 = Është e zakonshme që dikush të largohet dhe të kthehet disa herë. Trego se je ende aty, pa gjykuar.
worried-over-time-3 = Kujdesu edhe për veten. Shumë linja mbështetëse pranojnë thirrje edhe nga ata që shqetësohen për dikë tjetër.

worried-child-title = Nëse shqetësohesh për një fëmijë
worried-child-1 = Kushdo mund të bëjë një njoftim shqetësimi (orosanmälan) te socialtjänsten (shërbimet sociale) në komunën ku jeton fëmija. Nuk ke nevojë ta dish me siguri. Mjafton që të shqetësohesh.
worried-child-2 = Si person privat mund ta bësh njoftimin në mënyrë anonime. Socialtjänsten është ajo që heton se si është fëmija.
worried-child-3 = Ata që punojnë me fëmijë, për shembull në shkollë, në kujdesin shëndetësor ose në socialtjänsten, janë të detyruar të bëjnë njoftim.

## School staff page

staff-title = Për ty që punon në shkollë
staff-intro = Vägvisaren i ndihmon të rinjtë të kuptojnë vetë nëse ajo që po përjetojnë është dhunë, dhe ku mund të marrin ndihmë. Këtu mund të lexosh si të mbështetësh një nxënës ose nxënëse.
staff-load-failed = Faqja nuk u ngarkua dot. Kontrollo lidhjen dhe provo përsëri.
staff-what-1 = Mjeti bën pyetje për partnerin, familjen dhe të afërmit, për presionin për të shitur seks dhe për rastin kur vetë personi ka lënduar dikë. Ata nën 18 vjeç marrin pyetje më të thjeshta.
staff-what-2 = Përgjigjet tregojnë për cilat forma dhune mund të bëhet fjalë, nëse nxënësi duhet të telefonojë menjëherë 112, dhe cilat linja mbështetëse dhe kontakte përshtaten.
staff-what-3 = Asgjë nuk ruhet dhe nuk dërgohet. As ti, as shkolla nuk mund të shihni çfarë është përgjigjur nxënësi.

staff-talk-title = Të flasësh me një person të ri që mund të jetë duke përjetuar dhunë
staff-talk-1 = Dëgjo me qetësi, në një vend ku nuk do t’ju shqetësojë njeri. Lëre nxënësin të tregojë me fjalët e veta.
staff-talk-2 = Besoje atë që tregon nxënësi dhe thuaji se ishte mirë që ta tregoi. Nuk është kurrë faji i tij.
staff-talk-3 = Mos premto se do ta mbash të fshehtë. Thuaj sinqerisht që mund të të duhet ta njoftosh socialtjänsten (shërbimet sociale të komunës), dhe pse.
staff-talk-4 = Mos kontakto familjen nëse dyshon për dhunë në emër të nderit. Kjo mund ta vërë nxënësin në rrezik.
staff-talk-5 = Mos përdor përkthyes nga familja ose nga rrethi i saj. Rezervo një përkthyes profesional, për shembull një përkthyes me telefon nga një qytet tjetër, dhe pyete nxënësin nëse përkthyesi i duket i besueshëm.
staff-talk-6 = Shkruaj çfarë tha nxënësi, me fjalët e tij, dhe kur u tha. Mos i shkruaj interpretimet e tua sikur të ishin fakte.

staff-same-day-title = Po atë ditë
staff-same-day-1 = Bëj njoftimin te socialtjänsten po atë ditë. Mos prit që të mësosh më shumë.
staff-same-day-2 = Njofto drejtorin e shkollës ose ekipin e shëndetit të nxënësve (elevhälsan). Mos harro se detyrimi për të njoftuar mbetet gjithsesi personalisht yti.
staff-same-day-3 = Nëse nxënësi është në rrezik ose nuk guxon të shkojë në shtëpi, telefono menjëherë socialtjänsten. Jashtë orarit të punës telefono socialjouren (shërbimi social kujdestar), ose 112 nëse është urgjente.

staff-duty-title = Detyrimi për të njoftuar (anmälningsplikt)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Të gjithë ata që punojnë në shkollë janë të detyruar ta njoftojnë menjëherë socialtjänsten nëse marrin vesh ose dyshojnë se një fëmijë po dëmtohet. Kjo shkruhet në ligjin për shërbimet sociale, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Mjafton dyshimi. Nuk të duhen prova. Hetimin e bën socialtjänsten.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Detyrimi është personal. Nuk mund t’ia kalosh drejtorit të shkollës, këshilltarit të shkollës (kurator) ose dikujt tjetër.
staff-duty-4 = Njofto socialtjänsten në komunën ku jeton fëmija. Mund të telefonosh ose të shkruash. Jashtë orarit të punës telefono socialjouren, ose 112 nëse është urgjente.

staff-lines-title = Linja mbështetëse për profesionistët
staff-lines-intro = Këtu mund të marrësh këshilla, për shembull se si të veprosh më tej pasi një nxënës të ka treguar diçka.

staff-builder-title = Krijo një lidhje dhe një poster
staff-builder-intro = Zgjidh komunën dhe gjuhët. Ato shfaqen në lidhje dhe në poster, por asgjë tjetër nuk shfaqet.
staff-builder-municipality = Komuna
staff-builder-languages = Gjuhët (zgjidh një, dy ose tri)
staff-builder-youth = Hap drejtpërdrejt pyetjet për të rinjtë
staff-builder-link-label = Lidhja për ta shpërndarë
staff-builder-copy = Kopjo lidhjen
staff-builder-copied = Lidhja u kopjua.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = Kod QR që të çon te { $link }
staff-builder-print = Printo posterin
staff-builder-too-many-languages = Mund të zgjedhësh deri në tri gjuhë.

## The poster (printed in several languages side by side)

poster-title = A po ndodh diçka në shtëpi ose me partnerin që të shqetëson?
poster-line = Skano kodin. Asgjë nuk ruhet. Ti vendos vetë se çfarë përgjigjesh.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Je nën 18 vjeç? Mund ta telefonosh Bris (linjë mbështetëse për fëmijët dhe të rinjtë) në { $number }.
poster-emergency = Je në rrezik tani? Telefono 112.

## About Vägvisaren

about-title = Rreth Vägvisaren
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren është një mjet i pavarur dhe jo një institucion shtetëror. Nuk mund të pranojmë njoftime ose t’u përgjigjemi pyetjeve për situatën tënde.
about-free = Vägvisaren është falas. Nuk ke nevojë të hysh në llogari ose të thuash kush je.
about-private = Asgjë nga ato që përgjigjesh nuk ruhet dhe nuk dërgohet. Serveri nuk ruan asnjë të dhënë për atë se kush e viziton faqen.
about-contacts-title = Si i kontrollojmë kontaktet
about-contacts-1 = Çdo numër dhe orar ka një burim, për shembull faqen e internetit të vetë linjës mbështetëse, dhe një datë kur e kemi kontrolluar.
about-contacts-2 = Nuk tregojmë kurrë një numër që nuk e jep asnjë burim. Nëse diçka ka ndryshuar, vlen ajo që shkruan në faqen e internetit të vetë linjës mbështetëse.
about-languages-title = Gjuhët
about-languages-intro = Tekstet shkruhen fillimisht në suedisht dhe më pas përkthehen. Ja deri ku kemi arritur me secilën gjuhë:
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = gjuha burimore
status-reviewed = e përkthyer dhe e kontrolluar nga dikush që e ka këtë gjuhë amtare
status-unreviewed = e përkthyer, por ende pa u kontrolluar

## Navigation

nav-start-questions = Fillo t’u përgjigjesh pyetjeve
nav-help = Gjej ndihmë
nav-safety = Siguria jote
nav-staff = Për stafin e shkollës
nav-about = Rreth faqes
nav-back = Prapa
nav-next = Vazhdo
nav-home = Te faqja kryesore

## Safety page, added by the UI

safety-transparency-refresh = Rifresko listën
