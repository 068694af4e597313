# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren waxay ka caawisaa dhallinyarada inay iyagu ogaadaan in waxa ay la kulmayaan ay rabshad tahay, iyo meesha ay caawimaad ka heli karaan. Halkan waxaad ka akhrisan kartaa sida aad u taageeri karto arday.
staff-what-1 = Qalabku wuxuu su'aalo ka weydiiyaa rabshadda xiriirrada dhow, rabshadda iyo dulmiga la xiriira sharafta, in lagu cadaadiyo galmo ama in laga faa'iidaysto, iyo in qofka laftiisu uu qof dhaawacay. Qofka ka yar 18 sano wuxuu helaa su'aalo loo qoray dhallinyarada.
staff-what-2 = Jawaabuhu waxay muujiyaan noocyada rabshadda ee ay noqon karto iyo khadadka taageerada iyo xiriirada ku habboon. Haddii jawaabuhu xusaan calaamad digniin oo culus, 112 ayaa marka hore la muujiyaa. Ardayga laftiisa ayaa go'aansanaya waxa uu sameeyo.
staff-what-3 = Waxba lama kaydiyo, meelna looma diro. Adiga iyo dugsiguba ma arki kartaan waxa ardaygu ka jawaabay.

staff-talk-title = La hadalka qof dhallinyaro ah oo laga yaabo inuu la kulmayo rabshad ama xadgudub
staff-talk-1 = Si deggan u dhageyso, meel aan laydin carqaladayn. U oggolow ardayga inuu ku sheego erayadiisa.
staff-talk-2 = Rumayso waxa ardaygu sheego, una sheeg inay wanaagsan tahay inuu kuu sheegay. Weligeed eed kuma aha ardayga.
staff-talk-3 = Ha u ballan qaadin inaad sir ahaan u haynayso. Si daacad ah ugu sheeg inaad u baahan karto inaad u gudbiso warbixin socialtjänsten (xafiiska adeegga bulshada), iyo sababta.
staff-talk-4 = Ha la xiriirin waalidiinta ama mas'uuliyiinta ardayga (vårdnadshavare) haddii aad ka shakisan tahay in ardaygu rabshad ama hanjabaad kala kulmayo qof qoyska ka mid ah, ama rabshad la xiriirta sharafta. Waxay ardayga gelin kartaa khatar. U daa socialtjänsten (xafiiska adeegga bulshada) inay go'aamiso goorta iyo sida qoyska loola xiriirayo.
staff-talk-5 = Ha isticmaalin turjumaan ka tirsan qoyska ama shabakaddooda. Ballanso turjumaan xirfadle ah, tusaale ahaan turjumaan taleefan oo magaalo kale jooga, oo weydii ardayga in turjumaanku u muuqdo mid ammaan ah.
staff-talk-6 = Qor waxa ardaygu yiri, erayada ardayga laftiisa, iyo goorta la yiri. Ha u qorin fasiraaddaada sidii inay xaqiiqo yihiin.
staff-talk-7 = Ha weydiin su'aalo jawaabta ku jiheeya, hana adigu ardayga su'aalo ku baarin. Baaritaanku waa hawsha socialtjänsten (xafiiska adeegga bulshada) iyo booliska.

staff-same-day-title = Isla maalintaas
staff-same-day-1 = U gudbi warbixin socialtjänsten (xafiiska adeegga bulshada) isla maalintaas. Ha sugin si aad wax badan u ogaato.
staff-same-day-2 = U sheeg maamulaha dugsiga ama kooxda caafimaadka ardayda (elevhälsan). Xusuuso in waajibka warbixin gudbintu weli adiga kuu gaar yahay.
staff-same-day-3 = Haddii ardaygu khatar ku jiro ama uusan ku dhicin inuu guriga aado, isla markiiba wac socialtjänsten (xafiiska adeegga bulshada). Saacadaha shaqada kadib, wac socialjouren (adeegga bulshada ee saacadaha shaqada kadib), ama 112 haddii ay degdeg tahay.
staff-same-day-4 = Ha u dirin guriga arday ka baqaya inuu guriga aado, ka hor intaadan la xiriirin socialtjänsten (xafiiska adeegga bulshada) ama socialjouren (adeegga bulshada ee degdegga, saacadaha shaqada kadib).

staff-duty-title = Anmälningsskyldighet (waajibka warbixin gudbinta)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Qof kasta oo ka shaqeeya dugsi waxaa waajib ku ah inuu isla markiiba warbixin u gudbiyo socialtjänsten (xafiiska adeegga bulshada) haddii uu ogaado ama ka shakiyo in ilmo dhibaato ku jiro. Tan waxaa la yiraahdaa anmälningsskyldighet (waajibka warbixin gudbinta), waxayna ku qoran tahay sharciga adeegga bulshada, socialtjänstlagen (SFS 2025:400).
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
