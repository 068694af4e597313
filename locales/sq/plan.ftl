# Vägvisaren — the safety plan.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.
# Loaded only when someone opens the safety plan. Calm, plain and in the second person. The plan
# never urges anyone to leave or to stay: both are real choices.

## Plan
plan-title = Plani im i sigurisë
plan-intro = Këtu mund të shkruash atë që mund të të ndihmojë të jesh në siguri. Ti zgjedh vetë çfarë plotëson, dhe mund të kapërcesh atë që nuk të përshtatet.
plan-not-kept = Asgjë nuk ruhet dhe nuk dërgohet. Ajo që shkruan mbetet vetëm derisa ta mbyllësh faqen, të shtypësh “Fillo nga e para” ose të largohesh shpejt nga faqja.
plan-print-warning = Nëse e printon planin ose e ruan si PDF, krijohet një kopje që mbetet. Mendo ku e mban: dikush tjetër mund ta gjejë një plan të printuar.
plan-print = Printo ose ruaje si PDF
plan-suggestions-title = Sugjerime sipas përgjigjeve të tua
plan-suggestions-note = Sugjerimet shfaqen vetëm këtu dhe nuk përfshihen kur printon.
plan-empty-field = (nuk është shkruar asgjë)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = Nëse je lënduar, mund të kërkosh kujdes mjekësor, edhe nëse nuk duket asgjë. Mjekët dhe infermierët mund t’i dokumentojnë edhe lëndimet.
plan-suggest-children = Mund të bësh edhe një plan për fëmijët: ku mund të shkojnë dhe kë mund të telefonojnë.
plan-suggest-trip = Nëse po planifikohet një udhëtim: shkruaj çfarë do të bësh para udhëtimit dhe kë do të kontaktosh.
plan-suggest-leaving = Nëse po mendon të largohesh: koha rreth largimit mund të jetë e rrezikshme. Mund ta planifikosh me një linjë mbështetëse, me një jour (qendër mbështetjeje dhe strehimi) ose me socialtjänsten (shërbimet sociale të komunës).
plan-suggest-phone = Mund të fillosh me telefonin dhe llogaritë: dikush mund të jetë duke ndjekur se ku je ose çfarë shkruan.
plan-suggest-weapons = Tregoji policisë nëse ka armë. Policia mund t’i marrë armët kur ka rrezik për dhunë.
plan-suggest-suicide = Mund ta shtosh Självmordslinjen (linja mbështetëse për mendimet për vetëvrasje) te ata që mund t’i telefonosh. Është e hapur ditë e natë.

## People to call
plan-people-title = Personat që mund t’i telefonoj
plan-people-advice = Zgjidh disa persona që u beson. Vendos së bashku me ta se çfarë do të bëjnë nëse ti i kontakton, për shembull të telefonojnë 112.
plan-people-field = Emrat dhe numrat e telefonit të personave që u besoj
plan-codeword-field = Një fjalë kodi që do të thotë se kam nevojë për ndihmë

## A safe place
plan-place-title = Një vend i sigurt
plan-place-advice = Mendo për vende ku mund të jesh në siguri për pak kohë, për shembull te dikush që personi tjetër nuk e njeh, ose vende që janë të hapura ditë e natë.
plan-place-field = Atje mund të shkoj nëse duhet të largohem shpejt

## What to keep ready
plan-ready-title = Gjëra për t’i pasur gati
plan-ready-advice = Mund të jetë mirë t’i kesh gjërat e rëndësishme të mbledhura bashkë, ose kopje te dikush që i beson: letërnjoftimin dhe pasaportën, BankID-në dhe kartën bankare, çelësat, ilaçet, para, një karikues dhe dokumentet e fëmijëve.
plan-ready-field = Ku i mbaj, ose kush ka kopje

## Phone and accounts
plan-phone-title = Telefoni dhe llogaritë
plan-phone-advice = Ndryshoji fjalëkalimet nga një telefon ose kompjuter që askush tjetër nuk mund ta përdorë, dhe shiko nëse ndarja e vendndodhjes është e aktivizuar. Mbaj parasysh se mund të bjerë në sy nëse ndryshon diçka: bëj atë që të duket më e sigurt.
plan-phone-field = Këtë dua ta kontrolloj ose ta ndryshoj

## Children
plan-children-title = Plani i fëmijëve
plan-children-advice = Fëmijët mund të mësojnë ku të shkojnë dhe kë të telefonojnë kur situata në shtëpi bëhet e tensionuar. Fëmijët mund të telefonojnë 112 dhe Bris. Socialtjänsten (shërbimet sociale të komunës) mund t’u japë mbështetje fëmijëve.
plan-children-field = Këtë do të bëjnë fëmijët, dhe kë mund të telefonojnë

## Staying or leaving: both are legitimate
plan-stay-title = Nëse qëndroj
plan-stay-advice = Shumë njerëz qëndrojnë, për një kohë ose përgjithmonë, dhe edhe kjo është një zgjedhje e vërtetë. Mendo nga cilat dhoma mund të dalësh, dhe kë mund të telefonosh kur situata bëhet e tensionuar.
plan-stay-field = Këtë bëj që të jem më në siguri aty ku jetoj
plan-leave-title = Nëse dua të largohem
plan-leave-advice = Koha rreth largimit mund të jetë e rrezikshme. Mund ta planifikosh me një linjë mbështetëse, me një jour (qendër mbështetjeje dhe strehimi) ose me socialtjänsten (shërbimet sociale të komunës), që mund të ndihmojnë me strehimin.
plan-leave-field = Këtë duhet ta rregulloj më parë, dhe kush mund të më ndihmojë

## For young people
plan-youth-title = Një person i rritur që i besoj
plan-youth-advice = Mund ta telefonosh gjithmonë Bris, pa thënë kush je. Këshilltari i shkollës (kuratorn) dhe infermierja e shkollës mund të të dëgjojnë dhe të të ndihmojnë të lidhesh me socialtjänsten (shërbimet sociale).
plan-youth-field = Një person i rritur me të cilin mund të flas, për shembull këshilltari i shkollës, një mësues ose mësuese, ose dikush nga të afërmit

## A feared trip abroad
plan-trip-title = Para një udhëtimi
plan-trip-advice = Tregoji socialtjänsten (shërbimet sociale të komunës), policisë ose linjës mbështetëse për dhunën në emër të nderit para udhëtimit. Për fëmijët, socialtjänsten mund të kërkojë utreseförbud (ndalim për ta nxjerrë fëmijën jashtë vendit). Ruaje adresën e ambasadës së Suedisë në atë vend.
plan-trip-field = Këtë bëj para udhëtimit, dhe kë kontaktoj

## Exploitation
plan-papers-title = Dokumentet e mia dhe ku mund të marr mbështetje
plan-papers-advice = Bëj një foto ose kopje të pasaportës dhe të dokumenteve të tjera, dhe ruaje aty ku askush tjetër nuk mund ta arrijë. Mund të kontaktosh policinë dhe socialtjänsten (shërbimet sociale të komunës) edhe nëse nuk ke leje qëndrimi.
plan-papers-field = Kopjet dhe numrat e telefonit që dua të kem

## For someone who has used violence: when anger rises
plan-anger-title = Kur zemërimi rritet
plan-anger-advice = Mëso t’i njohësh shenjat në trup dhe në mendime para se të bësh diçka. Largohu nga aty: thuaj se po bën një pushim, dhe kthehu kur të jesh qetësuar. Ti vendos vetë çfarë bën.
plan-anger-signs-field = Shenjat e mia paralajmëruese
plan-anger-do-field = Këtë bëj kur i vë re
plan-anger-call-field = Këtë person ose këtë linjë mund ta telefonoj, për shembull Välj att sluta
