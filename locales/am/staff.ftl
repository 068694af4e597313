# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren ወጣቶች እያጋጠማቸው ያለው ነገር ጥቃት መሆኑን እና የት እርዳታ ማግኘት እንደሚችሉ ራሳቸው እንዲያውቁ ይረዳቸዋል። እዚህ አንድን ተማሪ እንዴት መደገፍ እንደሚችሉ ማንበብ ይችላሉ።
staff-what-1 = መሣሪያው በቅርብ ግንኙነት ውስጥ ስለሚፈጸም ጥቃት፣ ከክብር ጋር ስለተያያዘ ጥቃትና ጭቆና፣ ወደ ወሲብ ስለመገፋፋት ወይም ስለመበዝበዝ፣ እንዲሁም ተጠቃሚው ራሱ አንድን ሰው ጎድቶ እንደሆነ ይጠይቃል። ከ18 ዓመት በታች የሆኑ ለወጣቶች የተጻፉ ጥያቄዎችን ያገኛሉ።
staff-what-2 = መልሶቹ የትኞቹ የጥቃት ዓይነቶች ሊሆኑ እንደሚችሉና የትኞቹ የድጋፍ መስመሮችና አድራሻዎች እንደሚስማሙ ያሳያሉ። መልሶቹ ከባድ የአደጋ ምልክት ከጠቀሱ 112 መጀመሪያ ይታያል። ቀጥሎ ምን እንደሚያደርግ የሚወስነው ተማሪው ራሱ ነው።
staff-what-3 = ምንም ነገር አይቀመጥም፤ አይላክምም። እርስዎም ሆኑ ትምህርት ቤቱ ተማሪው ምን እንደመለሰ ማየት አይችሉም።

staff-talk-title = ለጥቃት ተጋልጦ ሊሆን ከሚችል ወጣት ጋር መነጋገር
staff-talk-1 = ማንም በማይረብሻችሁ ቦታ በእርጋታ ያዳምጡ። ተማሪው በራሱ ቃላት እንዲናገር ይፍቀዱለት።
staff-talk-2 = ተማሪው የሚነግርዎትን ይመኑ፤ መናገሩ ጥሩ እንደሆነም ይንገሩት። ይህ በፍጹም የተማሪው ጥፋት አይደለም።
staff-talk-3 = ሚስጥር ለመጠበቅ ቃል አይግቡ። ለsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ሪፖርት ማድረግ ሊያስፈልግዎ እንደሚችል እና ለምን እንደሆነ ለተማሪው በታማኝነት ይንገሩ።
staff-talk-4 = ተማሪው ከቤተሰብ አባል ጥቃት ወይም ማስፈራሪያ፣ ወይም ከክብር ጋር የተያያዘ ጥቃት እየደረሰበት ነው ብለው ከጠረጠሩ ወላጆቹን ወይም ሕጋዊ አሳዳጊዎቹን (vårdnadshavare) አያነጋግሩ። ተማሪውን አደጋ ላይ ሊጥለው ይችላል። ከቤተሰቡ ጋር መቼና እንዴት ግንኙነት እንደሚደረግ socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) እንዲወስን ይተዉ።
staff-talk-5 = ከቤተሰቡ ወይም ቤተሰቡ ከሚያውቃቸው ሰዎች አስተርጓሚ አይጠቀሙ። ሙያዊ አስተርጓሚ ይያዙ፣ ለምሳሌ ከሌላ ከተማ በስልክ የሚያስተረጉም፤ አስተርጓሚው ደኅንነቱ የተጠበቀ እንደሆነ ይሰማው እንደሆነም ተማሪውን ይጠይቁ።
staff-talk-6 = ተማሪው የተናገረውን በራሱ ቃላት፣ መቼ እንደተናገረውም ይጻፉ። የራስዎን ትርጓሜ እንደ እውነታ አድርገው አይጻፉ።
staff-talk-7 = መልሱን የሚጠቁሙ ጥያቄዎችን አይጠይቁ፤ ተማሪውንም ራስዎ አይመርምሩ። ጉዳዩን ማጣራት የsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) እና የፖሊስ ሥራ ነው።

staff-same-day-title = በዚያው ቀን
staff-same-day-1 = በዚያው ቀን ለsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ሪፖርት ያድርጉ። ተጨማሪ ለማወቅ ብለው አይጠብቁ።
staff-same-day-2 = ለርእሰ መምህሩ ወይም ለተማሪዎች ጤና ቡድን (elevhälsan) ይንገሩ። ሆኖም ሪፖርት የማድረግ ግዴታው የራስዎ መሆኑን ያስታውሱ።
staff-same-day-3 = ተማሪው አደጋ ላይ ከሆነ ወይም ወደ ቤት ለመሄድ ከፈራ፣ ወዲያውኑ ለsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ይደውሉ። ከሥራ ሰዓት ውጭ ወደ socialjouren (ከሥራ ሰዓት ውጭ የማኅበራዊ አገልግሎት)፣ ወይም አስቸኳይ ከሆነ ወደ 112 ይደውሉ።
staff-same-day-4 = ወደ ቤት ለመሄድ የሚፈራን ተማሪ ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ወይም ከsocialjouren (ከሥራ ሰዓት ውጭ የማኅበራዊ አገልግሎት) ጋር ሳይገናኙ ወደ ቤት አይላኩት።

staff-duty-title = Anmälningsskyldighet (ሪፖርት የማድረግ ግዴታ)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = በትምህርት ቤት የሚሠራ ማንኛውም ሰው አንድ ልጅ እየተጎዳ ወይም ደኅንነቱ አደጋ ላይ መሆኑን ካወቀ ወይም ከጠረጠረ፣ ወዲያውኑ ለsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ሪፖርት የማድረግ ግዴታ አለበት። ይህ anmälningsskyldighet (ሪፖርት የማድረግ ግዴታ) ይባላል፤ በማኅበራዊ አገልግሎት ሕግ፣ socialtjänstlagen (SFS 2025:400)፣ ውስጥ ተደንግጓል።
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = መጠርጠር በቂ ነው። ማስረጃ አያስፈልግዎትም። የሚያጣራው socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ነው።
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = ግዴታው የግል ነው። ለርእሰ መምህሩ፣ ለተማሪዎች አማካሪ (kuratorn) ወይም ለሌላ ሰው ማስተላለፍ አይችሉም።
staff-duty-4 = ልጁ በሚኖርበት ማዘጋጃ ቤት ላለው socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ሪፖርት ያድርጉ። መደወል ወይም መጻፍ ይችላሉ። ከሥራ ሰዓት ውጭ ወደ socialjouren (ከሥራ ሰዓት ውጭ የማኅበራዊ አገልግሎት)፣ ወይም አስቸኳይ ከሆነ ወደ 112 ይደውሉ።

staff-lines-title = ለባለሙያዎች የድጋፍ መስመሮች
staff-lines-intro = እዚህ ምክር ማግኘት ይችላሉ፤ ለምሳሌ አንድ ተማሪ አንድ ነገር ከነገረዎት በኋላ እንዴት መቀጠል እንደሚችሉ።

staff-builder-title = ሊንክና ፖስተር ይሥሩ
staff-builder-intro = ማዘጋጃ ቤትና ቋንቋዎችን ይምረጡ። እነሱ በሊንኩና በፖስተሩ ላይ ይታያሉ፤ ሌላ ምንም ነገር ግን አይታይም።
staff-builder-municipality = ማዘጋጃ ቤት
staff-builder-languages = ቋንቋዎች (አንድ፣ ሁለት ወይም ሦስት ይምረጡ)
staff-builder-youth = የወጣቶችን ጥያቄዎች በቀጥታ ይክፈቱ
staff-builder-link-label = የሚጋራ ሊንክ
staff-builder-copy = ሊንኩን ይቅዱ
staff-builder-copied = ሊንኩ ተቀድቷል።
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = ወደ { $link } የሚወስድ የQR ኮድ
staff-builder-print = ፖስተሩን ያትሙ
staff-builder-too-many-languages = ቢበዛ ሦስት ቋንቋዎችን መምረጥ ይችላሉ።

## The poster (printed in several languages side by side)

poster-title = በቤት ውስጥ ወይም ከአጋርዎ ጋር የሚያሳስብዎ ነገር እየተከሰተ ነው?
poster-line = ኮዱን ይቃኙ (scan)። ምንም ነገር አይቀመጥም። ምን እንደሚመልሱ ራስዎ ይመርጣሉ።
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = ከ18 ዓመት በታች ነዎት? ወደ Bris (ለልጆችና ለወጣቶች የድጋፍ መስመር) በ{ $number } መደወል ይችላሉ።
poster-emergency = አሁን አደጋ ላይ ነዎት? ወደ 112 ይደውሉ።
