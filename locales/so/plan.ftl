# Vägvisaren — the safety plan.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.
# Loaded only when someone opens the safety plan. Calm, plain and in the second person. The
# plan never urges anyone to leave or to stay: both are real choices.

## Plan
plan-title = Qorshahayga badbaadada
plan-intro = Halkan waxaad ku qori kartaa waxa kaa caawin kara inaad ammaan ahaato. Adiga ayaa doortaa waxa aad buuxiso, waadna ka boodi kartaa waxa aan kugu habboonayn.
plan-not-kept = Waxba lama kaydiyo, meelna looma diro. Waxa aad qorto waxay jiraan oo keliya ilaa aad xirto bogga, riixdo “Dib u bilow” ama si degdeg ah uga baxdo bogga.
plan-print-warning = Haddii aad daabacdo qorshaha ama u kaydiso PDF ahaan, waxaa samaysmaya nuqul sii jiraya. Ka fikir meesha aad ku haysato: qof kale ayaa heli kara qorshe la daabacay.
plan-print = Daabac ama u kaydi PDF ahaan
plan-suggestions-title = Talooyin ku salaysan jawaabahaaga
plan-suggestions-note = Talooyinka halkan oo keliya ayaa lagu muujiyaa, laguma darayo waxa la daabaco.
plan-empty-field = (waxba lama qorin)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = Haddii lagu dhaawacay, waxaad raadsan kartaa daryeel caafimaad, xitaa haddii aan waxba muuqan. Daryeelka caafimaadku sidoo kale wuu diiwaangelin karaa dhaawacyada.
plan-suggest-children = Waa fiican tahay inaad carruurta u samayso qorshe: meesha ay aadi karaan iyo cidda ay wici karaan.
plan-suggest-trip = Haddii safar la qorsheynayo: qor waxa aad samaynayso safarka ka hor iyo cidda aad la xiriirayso.
plan-suggest-leaving = Haddii aad ka fikirayso inaad tagto: waqtiga ku xeeran tagitaanku wuxuu noqon karaa khatar. Waa fiican tahay inaad ku qorsheyso khad taageero, xarun taageero (jour) ama socialtjänsten (xafiiska adeegga bulshada).
plan-suggest-phone = Waa fiican tahay inaad ka bilowdo taleefanka iyo akoonnada: qof ayaa laga yaabaa inuu la socdo meesha aad joogto ama waxa aad qorto.
plan-suggest-weapons = U sheeg booliska haddii hub jiro. Booliisku wuu la wareegi karaa hubka marka ay jirto khatar rabshadeed.
plan-suggest-suicide = Waa fiican tahay inaad Självmordslinjen (khadka taageerada ee is-dilka) ku darto kuwa aad wici karto. Waa furan tahay habeen iyo maalin.

## People to call
plan-people-title = Dadka aan wici karo
plan-people-advice = Dooro dhowr qof oo aad aaminsan tahay. Wada go'aamiya waxa ay samaynayaan haddii aad la soo xiriirto, tusaale ahaan inay wacaan 112.
plan-people-field = Magacyada iyo lambarrada taleefanka ee dadka aan aaminsanahay
plan-codeword-field = Eray sir ah oo macnihiisu yahay inaan caawimaad u baahanahay

## A safe place
plan-place-title = Meel ammaan ah
plan-place-advice = Ka fikir meelo aad ku ahaan karto ammaan in yar, tusaale ahaan qof aanu qofka kale ka war hayn, ama meelo furan habeen iyo maalin.
plan-place-field = Meesha aan aadi karo haddii aan u baahdo inaan si degdeg ah uga fogaado

## What to keep ready
plan-ready-title = Waxyaabo aad diyaar u yeelato
plan-ready-advice = Waxay faa'iido yeelan kartaa inaad waxyaabaha muhiimka ah meel isugu keento, ama nuqullo u dhiibto qof aad aaminsan tahay: kaarka aqoonsiga iyo baasaboorka, BankID iyo kaararka bangiga, furayaasha, daawooyinka, lacag, shaaje (charger) iyo waraaqaha carruurta.
plan-ready-field = Meesha aan ku hayo, ama cidda haysa nuqullada

## Phone and accounts
plan-phone-title = Taleefanka iyo akoonnada
plan-phone-advice = Ka beddel furayaasha sirta ah (password) taleefan ama kombiyuutar aanu qof kale gaari karin, oo eeg haddii wadaagista goobta (location sharing) ay shidan tahay iyo haddii kale. Xusuuso in la dareemi karo haddii aad wax beddesho: samee waxa kuu muuqda inay ugu ammaan badan tahay.
plan-phone-field = Waxa aan rabo inaan hubiyo ama beddelo

## Children
plan-children-title = Qorshaha carruurta
plan-children-advice = Carruurtu way baran karaan meesha ay aadayaan iyo cidda ay wacayaan marka xaaladda gurigu kacsan tahay. Carruurtu way wici karaan 112 iyo Bris. Socialtjänsten (xafiiska adeegga bulshada) waxay taageero siin kartaa carruurta.
plan-children-field = Waxa carruurtu samaynayaan, iyo cidda ay wici karaan

## Staying or leaving: both are legitimate
plan-stay-title = Haddii aan joogo
plan-stay-advice = Dad badan ayaa jooga, muddo ama weligood, taasina sidoo kale waa doorasho sax ah. Ka fikir qolalka aad ka bixi karto, iyo cidda aad wici karto marka xaaladdu kacsanaato.
plan-stay-field = Waxa aan sameeyo si aan uga ammaan badnaado meesha aan ku noolahay
plan-leave-title = Haddii aan rabo inaan tago
plan-leave-advice = Waqtiga ku xeeran tagitaanku wuxuu noqon karaa khatar. Waa fiican tahay inaad ku qorsheyso khad taageero, xarun taageero (jour) ama socialtjänsten (xafiiska adeegga bulshada), oo kaa caawin kara hoy.
plan-leave-field = Waxa aan u baahanahay inaan diyaariyo ka hor, iyo cidda i caawin karta

## For young people
plan-youth-title = Qof weyn oo aan aaminsanahay
plan-youth-advice = Had iyo jeer waad wici kartaa Bris, adigoo aan sheegin cidda aad tahay. La-taliyaha dugsiga (skolkurator) iyo kalkaalisada dugsiga (skolsköterska) way ku dhageysan karaan, waxayna kaa caawin karaan inaad la xiriirto socialtjänsten (xafiiska adeegga bulshada).
plan-youth-field = Qof weyn oo aan la hadli karo, tusaale ahaan la-taliyaha dugsiga, macallin ama qof qaraabada ka mid ah

## A feared trip abroad
plan-trip-title = Safar ka hor
plan-trip-advice = U sheeg socialtjänsten (xafiiska adeegga bulshada), booliska ama khadka taageerada ee rabshadda la xiriirta sharafta safarka ka hor. Carruurta, socialtjänsten waxay u codsan kartaa utreseförbud (amar ka mamnuucaya in ilmaha dalka laga saaro). Kaydi cinwaanka safaaradda Iswiidhan ee dalkaas.
plan-trip-field = Waxa aan sameeyo safarka ka hor, iyo cidda aan la xiriiro

## Exploitation
plan-papers-title = Waraaqahayga iyo meesha aan taageero ka heli karo
plan-papers-advice = Sawir ka qaad ama nuqul ka samee baasaboorkaaga iyo waraaqaha kale, oo ku kaydi meel aanu qof kale gaari karin. Waxaad la xiriiri kartaa booliska iyo socialtjänsten (xafiiska adeegga bulshada) xitaa haddii aadan haysan sharci deganaansho.
plan-papers-field = Nuqullada iyo lambarrada taleefanka ee aan rabo inaan haysto

## For someone who has used violence: when anger rises
plan-anger-title = Marka xanaaqu kordho
plan-anger-advice = Baro inaad garato calaamadaha jirkaaga iyo fikirkaaga ka hor intaadan wax samayn. Meesha ka tag: dheh waxaan qaadanayaa nasasho, oo soo noqo markaad degto. Adiga ayaa go'aansanaya waxa aad samayso.
plan-anger-signs-field = Calaamadahayga digniinta
plan-anger-do-field = Waxa aan sameeyo marka aan dareemo
plan-anger-call-field = Qofka ama khadka aan wici karo, tusaale ahaan Välj att sluta
