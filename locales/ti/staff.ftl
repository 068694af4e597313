# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren ንመንእሰያት እቲ ዝሓልፍዎ ዘለዉ ዓመጽ ምዃኑን ካበይ ሓገዝ ክረኽቡ ከም ዝኽእሉን ባዕሎም ክፈልጡ ይሕግዞም። ኣብዚ ንሓደ ኣብ ቤት ትምህርትኹም ዘሎ ቆልዓ ብኸመይ ክትድግፍዎ ከም እትኽእሉ ከተንብቡ ትኽእሉ ኢኹም።
staff-what-1 = እቲ መሳርሒ ብዛዕባ ኣብ ቀረባ ዝምድናታት ዝፍጸም ዓመጽ፣ ምስ ክብሪ ዝተተሓሓዘ ዓመጽን ጭቆናን፣ ናብ ጾታዊ ርክብ ምጽቃጥ ወይ ምምዝማዝ፣ ከምኡ’ውን ባዕሉ ንሓደ ሰብ ምጉዳእ ሕቶታት ይሓትት። ትሕቲ 18 ዓመት ዝዕድሜኦም ንመንእሰያት ዝተጻሕፉ ሕቶታት ይረኽቡ።
staff-what-2 = እቲ መልስታት ኣየኖት ዓይነታት ዓመጽ ክኾኑ ከም ዝኽእሉን ኣየኖት መስመራት ደገፍን ርክባትን ከም ዝሰማምዑን የርኢ። እቲ መልስታት ከቢድ ምልክት ሓደጋ እንተ ጠቒሱ፣ 112 መጀመርታ ይርአ። እቲ ቆልዓ እንታይ ከም ዝገብር ባዕሉ ይውስን።
staff-what-3 = ዋላ ሓንቲ ኣይዕቀብን ኣይለኣኽን። ንስኹም ኮንኩም ቤት ትምህርቲ እቲ ቆልዓ እንታይ ከም ዝመለሰ ክትርእዩ ኣይትኽእሉን።

staff-talk-title = ምስ ንዓመጽ ተቓሊዑ ክኸውን ዝኽእል ቆልዓ ምዝራብ
staff-talk-1 = ብህድኣት፣ ኣብ ዘይትርበሹሉ ቦታ ስምዑ። እቲ ቆልዓ ብናይ ባዕሉ ቃላት ክገልጽ ፍቐዱሉ።
staff-talk-2 = እቲ ቆልዓ ዝነገረኩም ኣመኑ፣ ምንጋሩ ጽቡቕ ከም ዝነበረ ድማ ንገርዎ። ፈጺሙ ናቱ ጌጋ ኣይኮነን።
staff-talk-3 = ምስጢር ክትሕልዉ ቃል ኣይትእተዉ። ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ጸብጻብ ክትገብሩ ከድልየኩም ከም ዝኽእልን ስለምንታይን ነቲ ቆልዓ ብቕንዕና ንገርዎ።
staff-talk-4 = እቲ ቆልዓ ካብ ሓደ ኣባል ስድራ ዓመጽ ወይ ምፍርራሕ፣ ወይ ምስ ክብሪ ዝተተሓሓዘ ዓመጽ፣ የጋጥሞ ከም ዘሎ እንተ ጠርጢርኩም፣ ንወለዲ ወይ ሕጋውያን ሓለውቲ (vårdnadshavare) ኣይትራኸብዎም። ነቲ ቆልዓ ኣብ ሓደጋ ከእትዎ ይኽእል እዩ። ምስ ስድራ መዓስን ብኸመይን ክራኸብ ከም ዘለዎ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ይውስን።
staff-talk-5 = ካብ ስድራ ወይ ካብ መርበብ ፈለጥቶም ተርጓሚ ኣይትጠቐሙ። ሞያዊ ተርጓሚ፣ ንኣብነት ካብ ካልእ ከተማ ብተሌፎን ዝትርጉም፣ ሕዙ፣ እቲ ተርጓሚ ውሑስ ኮይኑ ከም ዝስምዖ ድማ ነቲ ቆልዓ ሕተትዎ።
staff-talk-6 = እቲ ቆልዓ ዝበሎ ብናይ ባዕሉ ቃላት፣ መዓስ ከም ዝተባህለ’ውን ጽሓፉ። ናይ ባዕልኹም ግምታት ከም ሓቂ ጌርኩም ኣይትጽሓፉ።
staff-talk-7 = ነቲ ቆልዓ መልሲ ዝእምቱ ሕቶታት ኣይትሕተትዎ፣ ባዕልኹም’ውን ኣይትመርምርዎ። ምጽናዕ ናይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ከምኡ’ውን ናይ ፖሊስ ዕማም እዩ።

staff-same-day-title = ኣብታ ሓንቲ መዓልቲ
staff-same-day-1 = ኣብታ መዓልቲ’ቲ ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ጸብጻብ ግበሩ። ዝያዳ ንምፍላጥ ኢልኩም ኣይትጸበዩ።
staff-same-day-2 = ንርእሰ-መምህር ወይ ንጉጅለ ጥዕና ተምሃሮ (elevhälsan) ንገሩ። ግዴታ ጸብጻብ ምቕራብ ግን ናይ ገዛእ ርእስኹም ምዃኑ ዘክሩ።
staff-same-day-3 = እቲ ቆልዓ ኣብ ሓደጋ እንተሃልዩ ወይ ናብ ገዛ ክኸይድ እንተዘይደፊሩ፣ ብቕጽበት ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ደውሉ። ካብ ሰዓታት ስራሕ ወጻኢ ናብ socialjouren (ናይ ህጹጽ ግዜ ማሕበራዊ ኣገልግሎት)፣ ወይ ህጹጽ እንተኾይኑ ናብ 112 ደውሉ።
staff-same-day-4 = ምስ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ወይ socialjouren (ናይ ህጹጽ ግዜ ማሕበራዊ ኣገልግሎት) ከይተራኸብኩም፣ ናብ ገዛ ምኻድ ዝፈርሕ ቆልዓ ናብ ገዛ ኣይትስደድዎ።

staff-duty-title = Anmälningsskyldighet (ግዴታ ጸብጻብ ምቕራብ)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = ኣብ ቤት ትምህርቲ ዝሰርሕ ኩሉ ሰብ፣ ሓደ ቆልዓ ይጉዳእ ወይ ይሳቐ ከም ዘሎ እንተፈለጠ ወይ እንተ ጠርጠረ፣ ብቕጽበት ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ጸብጻብ ናይ ምቕራብ ግዴታ ኣለዎ። እዚ anmälningsskyldighet (ግዴታ ጸብጻብ ምቕራብ) ይበሃል፣ ኣብ ሕጊ ማሕበራዊ ኣገልግሎት፣ socialtjänstlagen (SFS 2025:400)፣ ድማ ተጻሒፉ ኣሎ።
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = ምጥርጣር ይኣክል። መረጋገጺ ኣየድልየኩምን። ዘጻሪ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) እዩ።
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = እዚ ግዴታ ውልቃዊ እዩ። ንርእሰ-መምህር፣ ንኣማኻሪ ተምሃሮ (kuratorn) ወይ ንኻልእ ሰብ ከተሕልፍዎ ኣይትኽእሉን።
staff-duty-4 = ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ናይቲ ቆልዓ ዝነብረሉ ኮሙን ጸብጻብ ኣቕርቡ። ክትድውሉ ወይ ክትጽሕፉ ትኽእሉ ኢኹም። ካብ ሰዓታት ስራሕ ወጻኢ ናብ socialjouren (ናይ ህጹጽ ግዜ ማሕበራዊ ኣገልግሎት)፣ ወይ ህጹጽ እንተኾይኑ ናብ 112 ደውሉ።

staff-lines-title = ንሞያውያን ዝኾኑ መስመራት ደገፍ
staff-lines-intro = ኣብዚ ምኽሪ ክትረኽቡ ትኽእሉ ኢኹም፣ ንኣብነት ሓደ ቆልዓ ገለ ነገር ምስ ነገረኩም ብኸመይ ክትቅጽሉ ከም እትኽእሉ።

staff-builder-title = ሊንክን ፖስተርን ስርሑ
staff-builder-intro = ኮሙንን ቋንቋታትን ምረጹ። ኣብቲ ሊንክን ኣብቲ ፖስተርን ይርኣዩ፣ ካልእ ዋላ ሓንቲ ግን ኣይርአን።
staff-builder-municipality = ኮሙን
staff-builder-languages = ቋንቋታት (ሓደ፣ ክልተ ወይ ሰለስተ ምረጹ)
staff-builder-youth = ሕቶታት መንእሰያት ብቐጥታ ክፈቱ
staff-builder-link-label = ዝካፈል ሊንክ
staff-builder-copy = ነቲ ሊንክ ቅድሑ
staff-builder-copied = እቲ ሊንክ ተቐዲሑ ኣሎ።
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = ናብ { $link } ዝወስድ QR ኮድ
staff-builder-print = ነቲ ፖስተር ሕተሙ
staff-builder-too-many-languages = ክሳብ ሰለስተ ቋንቋታት ጥራይ ክትመርጹ ትኽእሉ ኢኹም።

## The poster (printed in several languages side by side)

poster-title = ኣብ ገዛ ወይ ምስ መጻምድትኹም ዘሻቕለኩም ነገር ይፍጸም ኣሎዶ?
poster-line = ነቲ ኮድ ስካን ግበሩ። ዋላ ሓንቲ ኣይዕቀብን። እንታይ ከም እትምልሱ ባዕልኹም ትመርጹ።
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = ትሕቲ 18 ዓመት ዲኹም? ናብ Bris (መስመር ደገፍ ንቖልዑን መንእሰያትን) ብቑጽሪ { $number } ክትድውሉ ትኽእሉ ኢኹም።
poster-emergency = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ 112 ደውሉ።
