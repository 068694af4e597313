# Vägvisaren — the safety plan.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.
# Loaded only when someone opens the safety plan. Calm, plain and in the second person. The plan
# never urges anyone to leave or to stay: both are real choices.

## Plan
plan-title = Plana min a ewlehiyê
plan-intro = Li vir tu dikarî tiştên ku dikarin alîkariya te bikin ku tu ewle bimînî binivîsî. Tu bi xwe hildibijêrî ka tu çi binivîsî, û tu dikarî tiştên ku li rewşa te nayên derbas bikî.
plan-not-kept = Tiştek nayê tomarkirin an şandin. Tiştê ku tu dinivîsî tenê heta ku tu rûpelê bigirî, li «Ji nû ve dest pê bike» bitikînî an zû ji rûpelê derkevî dimîne.
plan-print-warning = Heke tu planê çap bikî an wek PDF tomar bikî, kopiyek çêdibe ku dimîne. Bifikire ka tu wê li ku derê diparêzî: dibe ku kesekî din planeke çapkirî bibîne.
plan-print = Çap bike an wek PDF tomar bike
plan-suggestions-title = Pêşniyar li gorî bersivên te
plan-suggestions-note = Pêşniyar tenê li vir tên nîşandan û naçin nav çapê.
plan-empty-field = (tiştek nehatiye nivîsandin)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = Heke tu birîndar bûyî, tu dikarî serî li lênêrîna tenduristiyê bidî, heta eger tiştek xuya neke jî. Karmendên tenduristiyê dikarin birînan belge jî bikin.
plan-suggest-children = Baş e ku tu ji bo zarokan jî planekê çêkî: ew dikarin biçin ku derê û dikarin telefonî kê bikin.
plan-suggest-trip = Heke rêwîtiyek tê plankirin: binivîse ka tu yê berî rêwîtiyê çi bikî û bi kê re têkilî daynî.
plan-suggest-leaving = Heke tu difikirî ku dev jê berdî: dema li dora dev jê berdanê dikare xeternak be. Baş e ku tu wê bi xeteke piştgiriyê, navendeke piştgiriyê (jour) an socialtjänsten (karûbarên civakî) re plan bikî.
plan-suggest-phone = Baş e ku tu bi telefon û hesabên xwe dest pê bikî: dibe ku kesek dişopîne ka tu li ku yî an çi dinivîsî.
plan-suggest-weapons = Heke çek hebin, ji polîsê re bibêje. Polîs dikare çekan bigire dema ku xetera tundiyê hebe.
plan-suggest-suicide = Baş e ku tu Självmordslinjen (xeta piştgiriyê dema ramanên xwekuştinê hebin) têxî nav wan ên ku tu dikarî telefonî wan bikî. Ew şev û roj vekirî ye.

## People to call
plan-people-title = Kesên ku ez dikarim telefonî wan bikim
plan-people-advice = Çend kesên ku tu pê bawer dikî hilbijêre. Bi wan re biryar bide ka ew ê çi bikin heke tu bi wan re têkilî daynî, bo nimûne telefonî 112 bikin.
plan-people-field = Nav û hejmarên telefonê yên kesên ku ez pê bawer dikim
plan-codeword-field = Peyveke nepenî ku tê wateya ku ez hewcedarê alîkariyê me

## A safe place
plan-place-title = Cihekî ewle
plan-place-advice = Li cihên ku tu dikarî demekê lê ewle bimînî bifikire, bo nimûne li cem kesekî ku aliyê din pê nizane, an cihên ku şev û roj vekirî ne.
plan-place-field = Heke hewce bike ku ez zû ji wir derkevim, ez dikarim biçim vir

## What to keep ready
plan-ready-title = Tiştên ku amade bin
plan-ready-advice = Dibe ku baş be ku tiştên girîng li cihekî kom bin, an kopiyên wan li cem kesekî ku tu pê bawer dikî bin: nasname û pasaport, BankID û karta bankê, mifte, derman, pere, şarjker û belgeyên zarokan.
plan-ready-field = Ez wan li ku diparêzim, an kopî li cem kê ne

## Phone and accounts
plan-phone-title = Telefon û hesab
plan-phone-advice = Şîfreyan ji telefon an komputereke ku tu kesê din nagihîjê biguherîne, û binêre ka parvekirina cih vekirî ye an na. Ji bîr neke ku heke tu tiştekî biguherînî dibe ku bala kesê din bikişîne: tiştê ku ji te re herî ewle xuya dike bike.
plan-phone-field = Ez dixwazim van tiştan kontrol bikim an biguherînim

## Children
plan-children-title = Plana zarokan
plan-children-advice = Zarok dikarin fêr bibin ku dema li malê rewş aloz dibe biçin ku derê û telefonî kê bikin. Zarok dikarin telefonî 112 û Bris bikin. Socialtjänsten (karûbarên civakî) dikare piştgiriyê bide zarokan.
plan-children-field = Divê zarok van tiştan bikin, û ew dikarin telefonî kê bikin

## Staying or leaving: both are legitimate
plan-stay-title = Heke ez bimînim
plan-stay-advice = Gelek kes dimînin, ji bo demekê an her û her, û ev jî hilbijartineke rast e. Bifikire ka tu dikarî ji kîjan odeyan derkevî, û dema rewş aloz dibe tu dikarî telefonî kê bikî.
plan-stay-field = Ez van tiştan dikim da ku li cihê ku lê dijîm ewletir bim
plan-leave-title = Heke ez bixwazim dev jê berdim
plan-leave-advice = Dema li dora dev jê berdanê dikare xeternak be. Baş e ku tu wê bi xeteke piştgiriyê, navendeke piştgiriyê (jour) an socialtjänsten (karûbarên civakî) re plan bikî, ku dikarin di warê cihê mayînê de alîkariyê bikin.
plan-leave-field = Divê ez berê van tiştan amade bikim, û kî dikare alîkariya min bike

## For young people
plan-youth-title = Mezinekî ku ez pê bawer dikim
plan-youth-advice = Tu her tim dikarî telefonî Bris bikî, bêyî ku bibêjî tu kî yî. Şêwirmendê dibistanê (skolkurator) û hemşîreya dibistanê dikarin guhdariya te bikin û alîkariya te bikin ku tu bi socialtjänsten (karûbarên civakî) re têkilî daynî.
plan-youth-field = Mezinekî ku ez dikarim pê re biaxivim, bo nimûne şêwirmendê dibistanê, mamosteyek an kesekî ji xizmên min

## A feared trip abroad
plan-trip-title = Berî rêwîtiyekê
plan-trip-advice = Berî rêwîtiyê ji socialtjänsten (karûbarên civakî), polîs an xeta piştgiriyê ya ji bo tundiya bi navê namûsê re bibêje. Ji bo zarokan socialtjänsten dikare utreseförbud (qedexeya derketina zarok ji welêt) bixwaze. Navnîşana balyozxaneya Swêdê ya li wî welatî tomar bike.
plan-trip-field = Ez van tiştan berî rêwîtiyê dikim, û ez ê bi kê re têkilî daynim

## Exploitation
plan-papers-title = Belgeyên min û cihên ku ez dikarim piştgiriyê bistînim
plan-papers-advice = Wêneyek an kopiyeke pasaport û belgeyên xwe yên din bigire û li cihekî ku tu kesê din nagihîjê biparêze. Tu dikarî bi polîs û socialtjänsten (karûbarên civakî) re têkilî daynî, heta eger destûra te ya rûniştinê tunebe jî.
plan-papers-field = Kopî û hejmarên telefonê yên ku ez dixwazim li cem min bin

## For someone who has used violence: when anger rises
plan-anger-title = Dema hêrs mezin dibe
plan-anger-advice = Fêr bibe ku nîşanên di laş û ramanên xwe de nas bikî, berî ku tu tiştekî bikî. Ji wir here: bibêje ku tu bêhnvedanekê didî, û dema tu aram bûyî vegere. Tu bi xwe biryar didî ka tu çi dikî.
plan-anger-signs-field = Nîşanên min ên hişyariyê
plan-anger-do-field = Dema ku ez wan dibînim, ez vê dikim
plan-anger-call-field = Ez dikarim telefonî vî kesî an vê xetê bikim, bo nimûne Välj att sluta
