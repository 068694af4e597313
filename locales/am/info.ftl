# Vägvisaren — the safety page and the about page.
# Loaded when someone opens the safety page or the about page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

safety-intro = እዚህ ገጹ እንዴት እንደሚጠብቅዎና ምን መደበቅ እንደማይችል ማንበብ ይችላሉ። ለእርስዎ ይበልጥ ደኅንነቱ የተጠበቀ መስሎ የታየዎትን ያድርጉ።
safety-quick-exit-title = ገጹን በፍጥነት ይልቀቁ
safety-quick-exit-1 = “ገጹን በፍጥነት ይልቀቁ” የሚለው ቁልፍ ሁልጊዜ ከላይ ይገኛል። Shiftን ሦስት ጊዜ በመጫንም መውጣት ይችላሉ።
safety-quick-exit-2 = ያኔ ገጹ ወዲያውኑ ባዶ ይሆናል፤ የመለሱት ሁሉ ይረሳል።
safety-quick-exit-3 = ከዚያም ትሩ (tab) ወደ የአየር ሁኔታ ገጽ ይሄዳል፤ ስለዚህ የአየር ሁኔታን እየተመለከቱ የነበሩ ይመስላል።
safety-quick-exit-4 = የአሳሹ (browser) ወደ ኋላ መመለሻ ቁልፍ ወደዚህ አይመልስዎትም።
safety-cannot-hide-title = ይህ ገጽ መደበቅ የማይችለው
safety-cannot-hide-1 = የአሳሹ ታሪክ (history) አሁንም ይህን ገጽ እንደጎበኙ ያሳያል።
safety-cannot-hide-2 = ያንን ጉብኝት ብቻ መሰረዝ ይችላሉ። በአሳሹ ምናሌ (menu) ውስጥ ታሪኩን ይክፈቱና Vägvisarenን ይፈልጉ። ጣትዎን በመስመሩ ላይ ያቆዩ፣ ወደ ጎን ይጎትቱት ወይም የ X ምልክቱን ይጫኑ፣ ከዚያም መሰረዝን ይምረጡ።
safety-cannot-hide-3 = ያንን መስመር ብቻ ከሰረዙ፣ የቀረው ታሪክ እንደተለመደው ይታያል።
safety-cannot-hide-4 = በስልኩ ላይ ያለው የቅርብ ጊዜ ጥሪዎች ዝርዝር የደወሉላቸውን ቁጥሮች ያሳያል።
safety-cannot-hide-5 = አንድን ጥሪ ከዝርዝሩ መሰረዝ ይችላሉ። ጣትዎን በጥሪው ላይ ያቆዩ ወይም ወደ ግራ ይጎትቱት፣ ከዚያም “ሰርዝ” (ወይም “Delete”) የሚለውን ይምረጡ።
safety-cannot-hide-6 = በ020 ወደሚጀምሩ ቁጥሮች የሚደረጉ ጥሪዎች ምንም ክፍያ የላቸውም፤ በስልክ ሂሳብ ላይም አይታዩም። ነገር ግን በቅርብ ጊዜ ጥሪዎች ዝርዝር ውስጥ ይታያሉ።
safety-cannot-hide-7 = የጽሑፍ መልእክቶች (SMS) እና ቻቶች እስኪሰርዟቸው ድረስ በስልኩ ላይ ይቆያሉ።
safety-private-browsing-title = የግል አሰሳ (private browsing)
safety-private-browsing-1 = አብዛኞቹ አሳሾች የግል ሁነታ አላቸው፤ ኢንኮግኒቶ (incognito) ተብሎም ይጠራል። ያኔ መስኮቱን ሲዘጉ ጉብኝቱ በታሪክ ውስጥ አይቀመጥም።
safety-private-browsing-2 = ብዙውን ጊዜ ከአሳሹ ምናሌ፣ “አዲስ የግል መስኮት” (“New private window”) ወይም “አዲስ ኢንኮግኒቶ ትር” (“New incognito tab”) በመምረጥ ይከፍቱታል።
safety-private-browsing-3 = የግል ሁነታ የሚያደርጉትን ስልኩን ከሚከታተል ፕሮግራም አይደብቅም፤ ከሥራ ቦታ ወይም ከትምህርት ቤት አውታረ መረብም አይደብቅም።
safety-shared-phone-title = ሌላ ሰው ስልክዎን የሚጠቀም ወይም የሚፈትሽ ከሆነ
safety-shared-phone-1 = ሌላ ሰው ስልክዎን ወይም ኮምፒውተርዎን መዋስ ወይም መፈተሽ ከቻለ፣ ያ ሰው በእሱ ላይ የሚያደርጉትን ማየት ይችላል።
safety-shared-phone-2 = አንድ ሰው ስልኩን የሚከታተል ፕሮግራም፣ የስለላ ፕሮግራም (spyware) የሚባለውን፣ ጭኖ ሊሆን ይችላል። አንድ ሰው የይለፍ ቃሎችዎንና ኮዶችዎንም ሊያውቅ ይችላል።
safety-shared-phone-3 = ይበልጥ ደኅንነቱ የተጠበቀ መስሎ ከታየዎት፣ የጓደኛዎን ስልክ፣ በቤተ መጻሕፍት ያለ ኮምፒውተር ወይም በሥራ ቦታ ያለ ስልክ መጠቀም ይችላሉ።
safety-shared-phone-4 = በድንገት የይለፍ ቃል ከቀየሩ ወይም ፕሮግራሞችን ከሰረዙ ሊታወቅ ይችላል። ከማድረግዎ በፊት ለእርስዎ ይበልጥ ደኅንነቱ የተጠበቀው ምን እንደሆነ ያስቡ።
safety-read-aloud-title = በድምፅ ማንበብ
safety-read-aloud-1 = “በድምፅ ይነበብ” የሚለው ቁልፍ በስልክዎ ወይም በኮምፒውተርዎ ውስጥ ያሉ ድምፆችን ብቻ ይጠቀማል። ምንም ጽሑፍ ወደ ማንኛውም የንግግር አገልግሎት አይላክም።
safety-read-aloud-2 = በአቅራቢያዎ ያለ ሰው የሚነበበውን ሊሰማ እንደሚችል ያስታውሱ። ገጹን በፍጥነት ሲለቁ ንባቡ ይቆማል።
safety-transparency-title = ይህ ገጽ ምንም አያስቀምጥም፤ ምንም አይልክም
safety-transparency-1 = ይህ ገጽ በስልክዎ ወይም በኮምፒውተርዎ ላይ ምንም አያስቀምጥም፤ ኩኪዎችንም (cookies) አያስቀምጥም። ቋንቋዎና ማዘጋጃ ቤትዎ የሚቆዩት ገጹን እስኪዘጉ ድረስ ብቻ ነው።
safety-transparency-2 = የሚመልሱት በፍጹም ወደየትም አይላክም። ምንም ቢመልሱ፣ ገጹ ለሁሉም ሰው የሚያመጣቸውን ተመሳሳይ ፋይሎች ብቻ ያመጣል።
safety-transparency-3 = በድምፅ ማንበብ የሚካሄደው በስልክዎ ወይም በኮምፒውተርዎ ውስጥ ባሉ ድምፆች ብቻ ነው፤ ስለዚህ ከሚነበበው ምንም ነገር ወደየትም አይላክም።
safety-transparency-intro = ራስዎ ይመልከቱ፦ ከታች ያለው ዝርዝር ገጹን ከከፈቱበት ጊዜ ጀምሮ ገጹ ያቀረባቸውን እያንዳንዱን ጥያቄ (request) ያሳያል።
safety-transparency-empty = ገጹ እስካሁን ምንም ጥያቄ አላቀረበም።
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] ገጹ { $count } ጥያቄ አቅርቧል።
   *[other] ገጹ { $count } ጥያቄዎችን አቅርቧል።
}
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren ራሱን የቻለ መሣሪያ ነው እንጂ የመንግሥት መሥሪያ ቤት አይደለም። ሪፖርቶችን መቀበል ወይም ስለ እርስዎ ሁኔታ ጥያቄዎችን መመለስ አንችልም።
about-free = Vägvisarenን ለመጠቀም ምንም ክፍያ የለም። መግባት (log in) ወይም ማን እንደሆኑ መናገር አያስፈልግዎትም።
about-private = ከሚመልሱት ውስጥ ምንም ነገር አይቀመጥም፤ አይላክምም። ሰርቨሩ ገጹን ስለሚጎበኙ ሰዎች ምንም መረጃ አያስቀምጥም።
about-contacts-title = አድራሻዎቹን እንዴት እንደምናረጋግጥ
about-contacts-1 = እያንዳንዱ ቁጥርና የሥራ ሰዓት ምንጭና ምንጩን ያነበብንበት ቀን አለው፤ ምንጩ ለምሳሌ የድጋፍ መስመሩ የራሱ ድረ ገጽ ነው። የምንጩ ገጽ ራሱ ቀን ካስቀመጠ፣ እሱንም እናሳያለን።
about-contacts-2 = ምንም ምንጭ ያልጠቀሰውን ቁጥር በፍጹም አናሳይም። አንድ ነገር ከተቀየረ፣ የሚሠራው በድጋፍ መስመሩ የራሱ ድረ ገጽ ላይ ያለው ነው።
about-read-aloud = በድምፅ ማንበብ የሚሠራው ስልክዎ ወይም ኮምፒውተርዎ ለቋንቋው የራሱ ድምፅ ካለው ብቻ ነው። ከሌለው የማንበቢያ ቁልፍ አይታይም።
about-languages-title = ቋንቋዎች
about-languages-intro = ጽሑፎቹ መጀመሪያ በስዊድንኛ ይጻፋሉ፤ ከዚያም ይተረጎማሉ። በእያንዳንዱ ቋንቋ እስከዚህ ደርሰናል፦
about-languages-method = እያንዳንዱ ትርጉም የሚሠራው ከስዊድንኛ በማሽን ነው። ከዚያም የስዊድንኛውን ጽሑፍ ያላየ ሌላ ማሽን ትርጉሙን መልሶ ወደ ስዊድንኛ ይተረጉማል፤ እኛም ዓረፍተ ነገሮቹን አንድ በአንድ እናነጻጽራለን፣ የሚለያዩትንም እናስተካክላለን። ይህ ቋንቋው የአፍ መፍቻ ቋንቋው የሆነ ሰው ጽሑፉን ከመገምገሙ ጋር አንድ አይደለም።
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = የምንጭ ቋንቋ
status-reviewed = ተተርጉሟል፤ ቋንቋው የአፍ መፍቻ ቋንቋው በሆነ ሰው ተገምግሟል
status-unreviewed = ተተርጉሟል፤ ግን ገና አልተገመገመም
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = በማሽን የተተረጎመ፤ የቃላት ዝርዝሩና መልሶ ትርጉሙ { $date } ተረጋግጠዋል፤ ቋንቋው የአፍ መፍቻ ቋንቋው በሆነ ሰው ገና አልተገመገመም
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = ከመደበኛው የስዊድንኛ ጽሑፍ በቀላሉ ወደሚነበብ ስዊድንኛ እንደገና ተጽፏል፤ የጽሑፉ ትርጉም በመልሶ ትርጉም { $date } ተረጋግጧል፤ በቀላሉ የሚነበቡ ጽሑፎችን በሚያዘጋጅ አርታኢ ገና አልተገመገመም
safety-transparency-refresh = ዝርዝሩን ያድሱ
