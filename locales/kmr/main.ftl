# Vägvisaren — Kurmancî.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

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

start-title = Gelo tiştek diqewime ku dilê te pê ne rehet e? Li vir tu dikarî bi aramî li ser tundiyê bixwînî û fêr bibî ka li ku derê dikarî alîkariyê bistînî.
start-lead = Bersiva çend pirsan bide li ser tiştên ku bi te an bi kesekî ku tu xema wî/wê dixwî re diqewimin. Tu yê fêr bibî ka navê vê yekê dikare çi be û li ku derê dikarî piştgiriyê bistînî. Tu bi xwe biryar didî ka ev bersiv ji bo te tê çi wateyê.
start-duration = Nêzî pênc heta deh deqîqeyan digire. Tu dikarî pirsan derbas bikî û kengî bixwazî rawestî.
start-private = Tiştên ku tu bersiv didî nayên tomarkirin û ji tu derê re nayên şandin. Ew tenê di telefon an komputera te de dimînin, heta ku tu rûpelê bigirî.
start-quick-exit = Bişkoka «Ji vê rûpelê zû derkeve» her tim li jor e. Tu dikarî sê caran Shift jî bitikînî.
start-emergency = Tu niha di xeterê de yî? Telefonî 112 bike.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Tu dixwazî li ser çi fêr bibî?
flow-path-partner = Li ser min – kesê ku ez pê re me an berê pê re bûm
flow-path-family = Li ser min – malbata min, xizmên min an kesekî ku di jiyana rojane de alîkariya min dike
flow-path-exploitation = Li ser min – kesek min neçar dike ku seks bifiroşim, an kar, pere an belgeyên min kontrol dike
flow-path-worried = Li ser kesekî ku ez xema wî/wê dixwim
flow-path-used-violence = Min kesekî nêzî xwe êşandiye an tirsandiye
flow-path-partner-youth = Li ser min – kesê ku ez pê re di têkiliyekê de me, an berê pê re bûm
flow-path-family-youth = Li ser min – malbata min an xizmên min
flow-path-exploitation-youth = Li ser min – kesek ji bo tiştên cinsî zextê li min dike, li ser înternetê an di jiyana rastîn de, an wisa dike ku ez ji bo wan bixebitim an tawanan bikim
flow-path-worried-youth = Li ser hevalekî/hevaleke min an kesekî din ku ez xema wî/wê dixwim
flow-path-used-violence-youth = Min kesekî ji malbata xwe an kesê ku ez pê re me êşandiye an tirsandiye
flow-age-title = Tu çend salî yî?
flow-age-under-18 = Di bin 18 salî de
flow-age-adult = 18 salî an mezintir
flow-about-child-title = Gelo kesê ku tu xema wî/wê dixwî di bin 18 salî de ye?
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

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = Ewlehiya te li ser vê rûpelê

## Help view (reachable without the questions)

help-title = Alîkarî bibîne
help-intro = Li vir xetên piştgiriyê yên ji bo tevahiya Swêdê û têkiliyên li şaredariya te hene: ji bo te ku rastî tundiya di têkiliyên nêzîk de an tundî û zordestiya bi navê namûsê tê, ji bo te ku seks difiroşî an rastî bazirganiya mirovan tê, ji bo te ku xema kesekî dixwî, û ji bo te ku dixwazî dev ji bikaranîna tundiyê berdî. Tu bi xwe biryar didî ka tu bi kê re têkilî daynî û çi bibêjî.
help-emergency = Tu niha di xeterê de yî? Telefonî 112 bike.
help-not-sure = Tu dikarî telefon bikî, heta eger tu ne bawer î ku ev tundî ye jî. Bes e ku tu bi fikar bî an bixwazî biaxivî.

help-what-happens-title = Dema tu telefonî xeteke piştgiriyê dikî, ev diqewime
help-what-happens-1 = Kesek guh dide te û tiştê ku tu dibêjî ciddî digire.
help-what-happens-2 = Tu bi xwe biryar didî ka tu çi dixwazî bibêjî, û tu dikarî kengî bixwazî axaftinê biqedînî.
help-what-happens-3 = Gelek xetên piştgiriyê belaş in, û li gelekan tu dikarî bênav bimînî. Ev li ser her têkiliyê hatiye nivîsandin.
help-what-happens-4 = Gelek xetên piştgiriyê dikarin wergêrê devkî (tolk) peyda bikin, da ku tu bikaribî bi zimanê xwe biaxivî.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = Hîn hejmareke me ji bo socialtjänsten (karûbarên civakî) li { $municipality } tune ye. Telefonî navenda şaredariyê (växel) bike û bixwaze ku bi socialtjänsten (karûbarên civakî yên şaredariyê) re biaxivî. Li derveyî demjimêrên kar, socialjouren (karûbarên civakî yên li derveyî demjimêrên kar) bixwaze, an heke lezgîn be telefonî 112 bike.

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
contact-sms = Ji { $number } re SMS bişîne
contact-chat = Çatê veke
contact-web = Malperê veke
contact-open-always = 24 saetan vekirî ye, her roj
contact-open-now = Niha vekirî ye
contact-closed-now = Niha girtî ye
contact-hours-unknown = Me nekarî demjimêrên vekirinê kontrol bikin.
contact-free = Belaş
contact-anonymous = Tu dikarî bênav bimînî
contact-interpreter = Wergêrê devkî (tolk) dikare were peydakirin
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Tu dikarî bi { $languages } jî biaxivî.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Agahî di { $date } de hatin xwendin
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = Dîroka rûpela çavkaniyê: { $date }
contact-source-third-party = Agahî tenê ji rûpeleke din tên, ne ji rûpela rêxistinê bi xwe
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = Li gorî çavkaniyê, pereyên vê xetê heta { $date } hebûn. Em nizanin ka ev xet hîn jî heye an na.
contact-switchboard = Ev hejmar diçe navenda telefonê ya şaredariyê (växel). Bixwaze ku bi socialtjänsten (karûbarên civakî yên şaredariyê) re biaxivî.
contact-via-112 = Ji bo gihîştina socialjouren (karûbarên civakî yên li derveyî demjimêrên kar), telefonî 112 bike û bixwaze ku bi socialjouren re biaxivî.
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
kind-suicide-prevention = Piştgirî dema ramanên xwekuştinê hebin

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

result-contacts-title = Li vir tu dikarî piştgiriyê bistînî

## School staff page

staff-title = Ji bo te ku li dibistanê dixebitî
staff-load-failed = Rûpel nehat barkirin. Girêdana xwe kontrol bike û dîsa biceribîne.
plan-load-failed = Plana ewlehiyê nehat barkirin. Girêdana xwe kontrol bike û dîsa biceribîne.
text-load-failed = Nivîs nehat barkirin. Girêdana xwe kontrol bike û dîsa biceribîne.
text-load-retry = Dîsa biceribîne
read-aloud = Bi deng bixwîne
read-aloud-stop = Xwendina bi deng rawestîne

## About Vägvisaren

about-title = Derbarê Vägvisaren de
language-status-marker = bi makîneyê wergerandî

## Navigation

nav-start-questions = Dest bi pirsan bike
nav-help = Alîkarî bibîne
nav-safety = Ewlehiya te
nav-staff = Ji bo karmendên dibistanê
nav-about = Derbarê rûpelê de
nav-plan = Plana ewlehiyê çêke
nav-back = Paşve
nav-next = Pêşve
nav-home = Rûpela sereke

