# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren alîkariya ciwanan dike ku bi xwe fêr bibin ka tiştê ku ew tê re derbas dibin tundî ye an na, û li ku derê dikarin alîkariyê bistînin. Li vir tu dikarî bixwînî ka tu çawa dikarî piştgiriyê bidî xwendekaran.
staff-what-1 = Amûr li ser tundiya di têkiliyên nêzîk de, li ser tundî û zordestiya bi navê namûsê, li ser zexta ji bo seksê an îstismarkirinê, û li ser ka kes bi xwe zirar gihandiye kesekî, pirsan dike. Kesên di bin 18 salî de pirsên ku ji bo ciwanan hatine nivîsandin distînin.
staff-what-2 = Bersiv nîşan didin ka dibe ku behsa kîjan cureyên tundiyê be û kîjan xetên piştgiriyê û têkilî guncaw in. Heke bersiv behsa nîşaneke hişyariyê ya ciddî bikin, pêşî 112 tê nîşandan. Xwendekar bi xwe biryar dide ka ew ê çi bike.
staff-what-3 = Tiştek nayê tomarkirin an şandin. Ne tu û ne jî dibistan dikare bibîne ka xwendekar çi bersiv daye.

staff-talk-title = Axaftina bi kesekî ciwan re ku dibe ku rastî tundiyê tê
staff-talk-1 = Bi aramî guhdarî bike, li cihekî ku kes we aciz neke. Bihêle xwendekar bi gotinên xwe bibêje.
staff-talk-2 = Ji tiştê ku xwendekar dibêje bawer bike, û jê re bibêje ku baş bû ku ji te re got. Ev qet ne sûcê wî/wê ye.
staff-talk-3 = Soz nede ku tu wê veşêrî. Bi durustî bibêje ku dibe ku divê tu rapor bidî socialtjänsten (karûbarên civakî), û çima.
staff-talk-4 = Heke tu guman dikî ku xwendekar ji aliyê kesekî ji malbatê ve rastî tundî an gefan tê, an rastî tundiya bi navê namûsê tê, bi dê û bav an serperiştên xwendekar re têkilî daneyne. Ev dikare xwendekar bixe xeterê. Bihêle socialtjänsten (karûbarên civakî) biryar bide ka kengê û çawa bi malbatê re têkilî were danîn.
staff-talk-5 = Wergêrekî devkî (tolk) ji malbatê an ji tora wan bi kar neyne. Wergêrekî devkî yê pispor rezerv bike, bo nimûne wergêrekî bi telefonê ji bajarekî din, û ji xwendekar bipirse ka ew bi wergêr re xwe ewle hîs dike.
staff-talk-6 = Tiştê ku xwendekar got binivîse, bi gotinên xwendekar bi xwe, û kengê hat gotin. Şiroveyên xwe wek rastiyan nenivîse.
staff-talk-7 = Pirsên ku bersivekê didin devê xwendekar nepirse, û bi xwe lêpirsînê ji xwendekar neke. Lêkolîn erka socialtjänsten (karûbarên civakî) û polîsê ye.

staff-same-day-title = Heman rojê
staff-same-day-1 = Heman rojê rapor bide socialtjänsten (karûbarên civakî). Ji bo ku tu bêtir fêr bibî li bendê nemîne.
staff-same-day-2 = Ji rêveberê dibistanê (rektor) an tîma tenduristiya xwendekaran (elevhälsan) re bibêje. Ji bîr neke ku erka raporkirinê dîsa jî erka te bi xwe ye.
staff-same-day-3 = Heke xwendekar di xeterê de be an newêre biçe malê, yekser telefonî socialtjänsten (karûbarên civakî) bike. Li derveyî demjimêrên kar telefonî socialjouren (karûbarên civakî yên li derveyî demjimêrên kar) bike, an heke lezgîn be telefonî 112 bike.
staff-same-day-4 = Xwendekarên ku ji çûna malê ditirsin neşîne malê, berî ku tu bi socialtjänsten (karûbarên civakî) an socialjouren (karûbarên civakî yên li derveyî demjimêrên kar) re têkilî daynî.

staff-duty-title = Anmälningsskyldighet (erka raporkirinê)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Her kesê ku li dibistanê dixebite mecbûr e ku yekser rapor bide socialtjänsten (karûbarên civakî), heke bizane an guman bike ku zarokek zirarê dibîne. Jê re anmälningsskyldighet (erka raporkirinê) tê gotin, û ev di socialtjänstlagen (Qanûna karûbarên civakî, SFS 2025:400) de hatiye nivîsandin.
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Guman bes e. Ne hewce ye ku delîlên te hebin. Socialtjänsten (karûbarên civakî) lêkolînê dike.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Ev erk kesane ye. Tu nikarî wê radestî rêveberê dibistanê (rektor), şêwirmendê dibistanê (kurator) an kesekî din bikî.
staff-duty-4 = Rapor bide socialtjänsten (karûbarên civakî) yên şaredariya ku zarok lê dijî. Tu dikarî telefon bikî an binivîsî. Li derveyî demjimêrên kar telefonî socialjouren (karûbarên civakî yên li derveyî demjimêrên kar) bike, an heke lezgîn be telefonî 112 bike.

staff-lines-title = Xetên piştgiriyê ji bo karmendên pispor
staff-lines-intro = Li vir tu dikarî şîretan bistînî, bo nimûne li ser ka tu çawa berdewam bikî piştî ku xwendekarek tiştek ji te re dibêje.

staff-builder-title = Girêdanek û posterek çêke
staff-builder-intro = Şaredarî û zimanan hilbijêre. Ew di girêdanê de û li ser posterê xuya dikin, û tiştekî din na.
staff-builder-municipality = Şaredarî
staff-builder-languages = Ziman (yek, du an sê hilbijêre)
staff-builder-youth = Pirsên ji bo ciwanan rasterast veke
staff-builder-link-label = Girêdana ji bo parvekirinê
staff-builder-copy = Girêdanê kopî bike
staff-builder-copied = Girêdan hat kopîkirin.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = Koda QR ku diçe { $link }
staff-builder-print = Posterê çap bike
staff-builder-too-many-languages = Tu dikarî herî zêde sê zimanan hilbijêrî.

## The poster (printed in several languages side by side)

poster-title = Gelo li malê an di têkiliya te de tiştek diqewime ku te bi fikar dixe?
poster-line = Kodê skan bike. Tiştek nayê tomarkirin. Tu bi xwe hildibijêrî ka çi bersiv bidî.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Tu di bin 18 salî de yî? Tu dikarî li ser { $number } telefonî Bris (xeta piştgiriyê ji bo zarok û ciwanan) bikî.
poster-emergency = Tu niha di xeterê de yî? Telefonî 112 bike.
