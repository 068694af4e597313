# Vägvisaren — the safety page and the about page.
# Loaded when someone opens the safety page or the about page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

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
safety-read-aloud-title = Xwendina bi deng
safety-read-aloud-1 = Bişkoka «Bi deng bixwîne» tenê dengên ku di telefon an komputera te de hene bi kar tîne. Tu nivîs ji tu xizmeteke dengî re nayê şandin.
safety-read-aloud-2 = Ji bîr neke ku dibe ku kesekî li nêzîk tiştê ku tê xwendin bibihîze. Dema ku tu zû ji rûpelê derdikevî, xwendina bi deng radiweste.
safety-transparency-title = Ev rûpel tiştekî tomar nake û tiştekî naşîne
safety-transparency-1 = Ev rûpel di telefon an komputera te de tiştekî tomar nake, ne jî cookies. Ziman û şaredarî tenê heta ku tu rûpelê bigirî dimînin.
safety-transparency-2 = Tiştê ku tu bersiv didî qet ji tu derê re nayê şandin. Tu çi bersiv bidî jî, rûpel tenê heman pelên ku ji bo herkesî tîne, tîne.
safety-transparency-3 = Xwendina bi deng tenê bi dengên di telefon an komputera te de pêk tê, ji ber vê yekê tiştek ji yên ku tên xwendin ji tu derê re nayê şandin.
safety-transparency-intro = Bi xwe binêre: lîsteya li jêr her daxwaza ku rûpelê ji dema ku te ew vekiriye kiriye nîşan dide.
safety-transparency-empty = Rûpelê hîn tu daxwaz nekiriye.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Rûpelê daxwazek kiriye.
   *[other] Rûpelê { $count } daxwaz kirine.
}
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren amûreke serbixwe ye, ne dezgeheke dewletê ye. Em nikarin raporan qebûl bikin an bersiva pirsên li ser rewşa te bidin.
about-free = Vägvisaren belaş e. Ne hewce ye ku tu têkevî (log in) an bibêjî tu kî yî.
about-private = Tiştê ku tu bersiv didî nayê tomarkirin û nayê şandin. Server tu qeydan li ser kesên ku serdana rûpelê dikin nahêle.
about-contacts-title = Em têkiliyan çawa kontrol dikin
about-contacts-1 = Ji bo her hejmar û demjimêra vekirinê çavkaniyek heye, bo nimûne malpera xeta piştgiriyê bi xwe, û dîroka ku me ew xwendiye. Heke rûpela çavkaniyê bi xwe dîrokekê nîşan bide, em wê jî nîşan didin.
about-contacts-2 = Em qet hejmarekê nîşan nadin ku tu çavkanî wê nabêje. Heke tiştek guheriye, tiştê ku li ser malpera xeta piştgiriyê bi xwe hatiye nivîsandin derbasdar e.
about-read-aloud = Xwendina bi deng tenê dixebite heke di telefon an komputera te de dengek ji bo vî zimanî hebe. Heke tune be, bişkoka xwendina bi deng nayê nîşandan.
about-languages-title = Ziman
about-languages-intro = Nivîs pêşî bi swêdî tên nivîsandin û paşê tên wergerandin. Em di her zimanî de heta vir hatine:
about-languages-method = Her werger ji swêdî bi makîneyê tê kirin. Paşê makîneyeke din a wergerê, ku nivîsa swêdî nedîtiye, wê dîsa werdigerîne swêdî, û em hevokan yek bi yek didin ber hev û tiştên ku ji hev cuda ne rast dikin. Ev ne wek wê ye ku kesekî ku zimanê wî/wê yê dayikê ev ziman e nivîs kontrol kiribe.
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = zimanê çavkaniyê
status-reviewed = hatiye wergerandin û ji aliyê kesekî ku zimanê wî/wê yê dayikê ye ve hatiye kontrolkirin
status-unreviewed = hatiye wergerandin, lê hîn nehatiye kontrolkirin
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = bi makîneyê hatiye wergerandin; lîsteya peyvan û wergera paşve di { $date } de hatin kontrolkirin; hîn ji aliyê kesekî ku zimanê wî/wê yê dayikê ye ve nehatiye kontrolkirin
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = ji nivîsa swêdî ya asayî bi swêdiya hêsan ji nû ve hatiye nivîsandin; wate bi wergera paşve di { $date } de hat kontrolkirin; hîn ji aliyê kesekî ku nivîsên hêsan edît dike ve nehatiye kontrolkirin
safety-transparency-refresh = Lîsteyê nû bike
