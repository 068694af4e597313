# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren i ndihmon të rinjtë të kuptojnë vetë nëse ajo që po përjetojnë është dhunë, dhe ku mund të marrin ndihmë. Këtu mund të lexosh si të mbështetësh një nxënës ose nxënëse.
staff-what-1 = Mjeti bën pyetje për dhunën në marrëdhënie të ngushta, për dhunën dhe shtypjen në emër të nderit, për presionin për seks ose shfrytëzimin, dhe për rastin kur vetë personi ka lënduar dikë. Ata nën 18 vjeç marrin pyetje të shkruara për të rinjtë.
staff-what-2 = Përgjigjet tregojnë për cilat forma dhune mund të bëhet fjalë dhe cilat linja mbështetëse dhe kontakte përshtaten. Nëse përgjigjet përmendin një shenjë të rëndë paralajmëruese, 112 shfaqet i pari. Nxënësi vendos vetë se çfarë do të bëjë.
staff-what-3 = Asgjë nuk ruhet dhe nuk dërgohet. As ti, as shkolla nuk mund të shihni çfarë është përgjigjur nxënësi.

staff-talk-title = Të flasësh me një person të ri që mund të jetë duke përjetuar dhunë
staff-talk-1 = Dëgjo me qetësi, në një vend ku nuk do t’ju shqetësojë njeri. Lëre nxënësin të tregojë me fjalët e veta.
staff-talk-2 = Besoje atë që tregon nxënësi dhe thuaji se ishte mirë që e tregoi. Nuk është kurrë faji i nxënësit.
staff-talk-3 = Mos premto se do ta mbash të fshehtë. Thuaj sinqerisht që mund të të duhet ta njoftosh socialtjänsten (shërbimet sociale të komunës), dhe pse.
staff-talk-4 = Mos kontakto prindërit ose kujdestarët nëse dyshon se nxënësi përjeton dhunë ose kërcënime nga dikush në familje, ose dhunë në emër të nderit. Kjo mund ta vërë nxënësin në rrezik. Lëre socialtjänsten (shërbimet sociale të komunës) të vendosë kur dhe si do të kontaktohet familja.
staff-talk-5 = Mos përdor përkthyes gojor nga familja ose nga rrethi i saj. Rezervo një përkthyes gojor profesional, për shembull një përkthyes me telefon nga një qytet tjetër, dhe pyete nxënësin nëse përkthyesi i duket i besueshëm.
staff-talk-6 = Shkruaj çfarë tha nxënësi, me fjalët e vetë nxënësit, dhe kur u tha. Mos i shkruaj interpretimet e tua sikur të ishin fakte.
staff-talk-7 = Mos bëj pyetje sugjestionuese dhe mos e merr vetë në pyetje nxënësin. Hetimi është detyrë e socialtjänsten dhe e policisë.

staff-same-day-title = Po atë ditë
staff-same-day-1 = Bëj njoftimin te socialtjänsten po atë ditë. Mos prit që të mësosh më shumë.
staff-same-day-2 = Njofto drejtorin e shkollës ose ekipin e shëndetit të nxënësve (elevhälsan). Mos harro se detyrimi për të njoftuar mbetet gjithsesi personalisht yti.
staff-same-day-3 = Nëse nxënësi është në rrezik ose nuk guxon të shkojë në shtëpi, telefono menjëherë socialtjänsten. Jashtë orarit të punës telefono socialjouren (shërbimi social kujdestar), ose 112 nëse është urgjente.
staff-same-day-4 = Mos e dërgo në shtëpi një nxënës që ka frikë të shkojë në shtëpi, para se të kesh marrë kontakt me socialtjänsten ose socialjouren.

staff-duty-title = Detyrimi për të njoftuar (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Të gjithë ata që punojnë në shkollë janë të detyruar ta njoftojnë menjëherë socialtjänsten (shërbimet sociale të komunës) nëse marrin vesh ose dyshojnë se një fëmijë po dëmtohet. Kjo quhet anmälningsskyldighet (detyrimi për të njoftuar) dhe shkruhet në ligjin për shërbimet sociale, socialtjänstlagen (SFS 2025:400).
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

poster-title = A po ndodh diçka në shtëpi ose në një lidhje, që të shqetëson?
poster-line = Skano kodin. Asgjë nuk ruhet. Ti vendos vetë se çfarë përgjigjesh.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Je nën 18 vjeç? Mund ta telefonosh Bris (linjë mbështetëse për fëmijët dhe të rinjtë) në { $number }.
poster-emergency = Je në rrezik tani? Telefono 112.
