# Vägvisaren — the questions and the result.
# Fetched when someone starts the questions, together with main.ftl: the same file for everyone.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Questions: partner or ex

q-partner-put-down = አጋርዎ ወይም የቀድሞ አጋርዎ ይሰድብዎታል፣ ያሾፍብዎታል ወይም ዋጋ እንደሌለዎት እንዲሰማዎት ያደርጋል?
q-partner-put-down-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ይሰድብዎታል፣ ያሾፍብዎታል ወይም መጥፎ ስሜት እንዲሰማዎት ያደርጋል?
q-partner-isolate = አጋርዎ ወይም የቀድሞ አጋርዎ ማንን ማግኘት፣ ወዴት መሄድ ወይም ምን መልበስ እንደሚችሉ ይወስናል?
q-partner-isolate-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ምን ዓይነት ጓደኞች ሊኖሩዎት እንደሚችሉ፣ ወዴት መሄድ ወይም ምን መልበስ እንደሚችሉ ይወስናል?
q-partner-phone = አጋርዎ ወይም የቀድሞ አጋርዎ መልእክቶችዎን ያነባል፣ የይለፍ ቃልዎን ይጠይቃል ወይም ስልክዎን ይፈትሻል?
q-partner-phone-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ስልክዎን፣ መልእክቶችዎን፣ የይለፍ ቃሎችዎን ወይም ያሉበትን ቦታ እንዲያሳዩት አጥብቆ ይጠይቃል?
q-partner-follow = አጋርዎ ወይም የቀድሞ አጋርዎ ይከተልዎታል፣ ባሉበት ቦታ ድንገት ይመጣል፣ ወይም እርስዎ ባልፈቀዱት መተግበሪያ (app) ወይም የአካባቢ ማጋራት (location sharing) የት እንዳሉ ይከታተላል?
q-partner-follow-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ይከተልዎታል፣ ወይም እርስዎ ባይፈልጉም ባሉበት ቦታ ይመጣል?
q-partner-images = አጋርዎ ወይም የቀድሞ አጋርዎ ሌሎች እንዲያዩት የማይፈልጉትን የእርስዎን ፎቶ ወይም ቪዲዮ አሰራጭቶ ወይም እንደሚያሰራጭ አስፈራርቶ ያውቃል?
q-partner-images-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ሌሎች እንዲያዩት የማይፈልጉትን የእርስዎን ፎቶ ወይም ቪዲዮ አሰራጭቶ ወይም እንደሚያሰራጭ አስፈራርቶ ያውቃል?
q-partner-nudes = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ራቁትዎን የሚያሳዩ ወይም ወሲብ ቀስቃሽ ፎቶዎችን እንዲልኩ ደጋግሞ ነዝንዞዎት፣ ጫና አድርጎብዎት ወይም አታልሎዎት ያውቃል?
q-partner-older = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ አዋቂ ነው፣ ወይም ከእርስዎ በዕድሜ በጣም ይበልጣል?
q-partner-money = አጋርዎ ወይም የቀድሞ አጋርዎ ገንዘብዎን ይወስዳል፣ ወይም እርስዎ ራስዎ መጠቀም እንዳይችሉ ይቆጣጠረዋል?
q-partner-money-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ገንዘብዎን ይወስዳል፣ ወይም ምን መግዛት እንደሚችሉ ይወስናል?
q-partner-debt = አጋርዎ ወይም የቀድሞ አጋርዎ በስምዎ ብድር ወይም ዕዳ ወስዶ፣ ወይም ከመሥራት ወይም ከመማር ከልክሎዎት ያውቃል?
q-partner-debt-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ትምህርት ቤት እንዳይሄዱ ከልክሎዎት፣ ወይም ዕቃ እንዲገዙለት ወይም ገንዘብ እንዲበደሩለት አድርጎዎት ያውቃል?
q-partner-break = አጋርዎ ወይም የቀድሞ አጋርዎ ዕቃዎችዎን ሰብሮ፣ ወርውሮ ወይም ወስዶ ያውቃል?
q-partner-break-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ዕቃዎችዎን አበላሽቶ፣ ወርውሮ ወይም ወስዶ ያውቃል?
q-partner-pets = አጋርዎ ወይም የቀድሞ አጋርዎ የሚወዱትን እንስሳ ጎድቶ ወይም እንደሚጎዳ አስፈራርቶ ያውቃል?
q-partner-pets-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ የሚወዱትን እንስሳ ጎድቶ ወይም እንደሚጎዳ አስፈራርቶ ያውቃል?
q-partner-threats = አጋርዎ ወይም የቀድሞ አጋርዎ ለምሳሌ ልጆቹን እንደሚወስድ፣ ስለ ጾታዊ ዝንባሌዎ ወይም ስለ ጾታ ማንነትዎ ለሌሎች እንደሚናገር፣ ወይም ስዊድንን ለቀው እንዲወጡ እንደሚያደርግ በመናገር ያስፈራራዎታል?
q-partner-threats-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ለምሳሌ ስለ እርስዎ ወሬ እንደሚያሰራጭ፣ ወይም ጌይ፣ ባይ ወይም ትራንስ መሆንዎን ለሌሎች እንደሚናገር በመናገር ያስፈራራዎታል?
q-partner-hit = አጋርዎ ወይም የቀድሞ አጋርዎ መትቶዎት፣ ገፍትሮዎት፣ ረግጦዎት ወይም አጥብቆ ይዞዎት ያውቃል?
q-partner-hit-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ መትቶዎት፣ ገፍትሮዎት፣ ረግጦዎት ወይም አጥብቆ ይዞዎት ያውቃል?
q-partner-neck = አጋርዎ ወይም የቀድሞ አጋርዎ አንቆዎት፣ ወይም አንገትዎን ይዞ ወይም ጉሮሮዎን ጨምቆ መተንፈስ አስቸግሮዎት ያውቃል?
q-partner-neck-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ አንቆዎት፣ አንገትዎን ይዞ ወይም መተንፈስ እንዲያቅትዎ አድርጎ ያውቃል?
q-partner-weapon = አጋርዎ ወይም የቀድሞ አጋርዎ በቢላ፣ በጦር መሣሪያ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርቶዎት ያውቃል?
q-partner-weapon-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ በቢላ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርቶዎት ያውቃል?
q-partner-kill = አጋርዎ ወይም የቀድሞ አጋርዎ እርስዎን ወይም ለእርስዎ ቅርብ የሆነን ሰው እንደሚገድል አስፈራርቶ ያውቃል?
q-partner-kill-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ እርስዎን ወይም የሚወዱትን ሰው እንደሚገድል ተናግሮ ያውቃል?
q-partner-worse = ባለፉት 12 ወራት ውስጥ ጥቃቱ ወይም ማስፈራሪያው ተባብሷል ወይም ይበልጥ ተደጋግሟል?
q-partner-worse-youth = ያ ሰው በእርስዎ ላይ የሚያደርገው ነገር በቅርቡ ተባብሷል ወይም ይበልጥ ተደጋግሟል?
q-partner-jealous = አጋርዎ ወይም የቀድሞ አጋርዎ በሚያስፈራዎ መንገድ ይቀናል? ለምሳሌ ታማኝ አይደሉም ብሎ ይከስዎታል፣ ሌሎችን ሲያገኙ ይናደዳል፣ ወይም ሌላ ማንም ሰው ሊያገኝዎት እንደማይገባ ይናገራል?
q-partner-jealous-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ እስኪያስፈራዎ ድረስ ይቀናል? ለምሳሌ ከሌሎች ጋር ሲያወሩ ይናደዳል፣ ወይም ሌላ ማንም ሰው ከእርስዎ ጋር መሆን እንደሌለበት ይናገራል?
q-partner-pregnant = እርጉዝ ሆነው ከነበረ፦ አጋርዎ ወይም የቀድሞ አጋርዎ በእርግዝናዎ ወቅት መትቶዎት ወይም ጎድቶዎት ያውቃል?
q-partner-pregnant-youth = እርጉዝ ሆነው ከነበረ፦ የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ያኔ መትቶዎት ወይም ጎድቶዎት ያውቃል?
q-partner-sex = አጋርዎ ወይም የቀድሞ አጋርዎ ያልፈለጉትን ወሲብ ወይም ወሲባዊ ድርጊት እንዲፈጽሙ አስገድዶዎት ወይም ጫና አድርጎብዎት ያውቃል፣ ወይም ስለፈሩ ብቻ ወሲብ ለመፈጸም ተስማምተው ያውቃሉ?
q-partner-sex-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ያልፈለጉትን ወሲባዊ ነገር እንዲያደርጉ አስገድዶዎት፣ ጫና አድርጎብዎት ወይም ደጋግሞ ነዝንዞዎት ያውቃል?
q-partner-care = በዕለት ተዕለት ኑሮ እርዳታ የሚያስፈልግዎ ከሆነ፦ አጋርዎ ወይም የቀድሞ አጋርዎ የሚያስፈልግዎትን ምግብ፣ መድኃኒት ወይም ሌላ እርዳታ ከልክሎዎት ያውቃል?
q-partner-aids = አጋርዎ ወይም የቀድሞ አጋርዎ ራስዎን ችለው መኖር ወይም እርዳታ መጠየቅ እንዳይችሉ፣ አጋዥ መሣሪያዎችዎን፣ መነጽርዎን፣ መድኃኒትዎን፣ ሆርሞኖችዎን ወይም ስልክዎን ወስዶብዎት ያውቃል?
q-partner-children-see = በቤት ውስጥ ልጆች ካሉ፦ በእርስዎ ላይ የሚደርሰውን ጥቃት ወይም ማስፈራሪያ አይተው ወይም ሰምተው ያውቃሉ፣ ወይም አጋርዎ ወይም የቀድሞ አጋርዎ ሲናደድ ፈርተው ያውቃሉ?
q-partner-children-threat = አጋርዎ ወይም የቀድሞ አጋርዎ ልጆቹን እንደሚጎዳ፣ ወይም ለምሳሌ ወደ ውጭ አገር ይዟቸው እንደሚጠፋ አስፈራርቶ ያውቃል?
q-partner-suicide-self = ራስዎን የማጥፋት ሐሳብ አለዎት?
q-partner-suicide-self-youth = መሞት እንደሚፈልጉ አስበው ያውቃሉ፣ ወይም ራስዎን ስለማጥፋት አስበው ያውቃሉ?
q-partner-afraid = አጋርዎን ወይም የቀድሞ አጋርዎን፣ ያ ሰው በዚያ ሰዓት ምንም ባያደርግም እንኳ፣ ይፈራሉ?
q-partner-afraid-youth = የፍቅር ጓደኛዎን ወይም የቀድሞ የፍቅር ጓደኛዎን ይፈራሉ?
q-partner-careful = አጋርዎ ወይም የቀድሞ አጋርዎ እንዳይናደድ፣ የሚናገሩትንና የሚያደርጉትን ብዙ ጊዜ ያስባሉ?
q-partner-careful-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ እንዳይናደድ፣ የሚናገሩትንና የሚያደርጉትን ብዙ ጊዜ ያስባሉ?
q-partner-leaving = በቅርቡ አጋርዎን ትተዋል ወይም ለመተው እያሰቡ ነው፣ እና ያኔ ያ ሰው ምን እንደሚያደርግ ይፈራሉ?
q-partner-leaving-youth = በቅርቡ ከፍቅር ጓደኛዎ ጋር ተለያይተዋል ወይም መለያየት ይፈልጋሉ፣ እና ያኔ ያ ሰው ምን እንደሚያደርግ ይፈራሉ?
q-partner-could-kill = አጋርዎ ወይም የቀድሞ አጋርዎ ሊገድልዎ ይችላል ብለው ያስባሉ?
q-partner-could-kill-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ሊገድልዎ ይችላል ብለው ያስባሉ?
q-partner-weapon-home = አጋርዎ ወይም የቀድሞ አጋርዎ ቤት ውስጥ የጦር መሣሪያ አለው፣ ለምሳሌ የአደን ጠመንጃ፣ ወይም በቀላሉ የጦር መሣሪያ ማግኘት ይችላል?
q-partner-weapon-home-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ የጦር መሣሪያ አለው፣ ወይም በቀላሉ የጦር መሣሪያ ማግኘት ይችላል?
q-partner-suicide-threat = አጋርዎ ወይም የቀድሞ አጋርዎ ራሱን እንደሚያጠፋ አስፈራርቶ ያውቃል፣ ለምሳሌ እርስዎ ከዚያ ሰው ቢለዩ?
q-partner-suicide-threat-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ ግንኙነቱን ካቋረጡ ወይም የሚፈልገውን ካላደረጉ ራሱን እንደሚያጠፋ ተናግሮ ያውቃል?
q-partner-contact-ban = አጋርዎ ወይም የቀድሞ አጋርዎ kontaktförbud (የግንኙነት እገዳ) እያለበት ከእርስዎ ጋር ግንኙነት አድርጎ ወይም ወደ እርስዎ መጥቶ ያውቃል?
q-partner-contact-ban-youth = የፍቅር ጓደኛዎ ወይም የቀድሞ የፍቅር ጓደኛዎ እንዳያገኝዎ ተከልክሎ እያለ ከእርስዎ ጋር ግንኙነት አድርጎ ያውቃል?
## Questions: family or relatives

q-family-collective = ከቤተሰብዎ ወይም ከዘመዶችዎ ብዙ ሰዎች በጋራ ሆነው እንዴት መኖር እንዳለብዎ ይወስናሉ?
q-family-collective-youth = ከወላጆችዎ ሌላ ሰዎች፣ ለምሳሌ ወንድሞችዎ፣ እህቶችዎ ወይም ዘመዶችዎ፣ በሕይወትዎ ላይ ይወስናሉ?
q-family-friends = ቤተሰብዎ ወይም ዘመዶችዎ ምን ዓይነት ጓደኞች ሊኖሩዎት እንደሚችሉ፣ እንዴት መልበስ እንደሚችሉ ወይም በትርፍ ጊዜዎ ምን ማድረግ እንደሚችሉ ይወስናሉ?
q-family-friends-youth = ቤተሰብዎ “ሰዎች ምን ይላሉ” ብለው ስለሚጨነቁ ወይም ለቤተሰቡ ስም ስለሚያስቡ፣ በጓደኞች፣ በአለባበስ ወይም በትርፍ ጊዜ ረገድ ከእኩዮችዎ ያነሰ ነፃነት አለዎት?
q-family-school = ቤተሰብዎ ወይም ዘመዶችዎ እንዳይማሩ፣ እንዳይሠሩ ወይም የራስዎን ትምህርት እንዳይመርጡ ይከለክሉዎታል?
q-family-school-youth = ቤተሰብዎ ስሕተት ወይም አሳፋሪ ነው ብለው ስለሚያስቡ፣ በአንዳንድ ትምህርቶች፣ ለምሳሌ በወሲብና በግንኙነት ትምህርት (sex- och samlevnad) ወይም በዋና፣ ወይም በትምህርት ቤት ጉዞዎች እንዳይሳተፉ ይከለከላሉ?
q-family-love = ቤተሰብዎ ወይም ዘመዶችዎ ማንን ማፍቀርና ከማን ጋር መሆን እንደሚችሉ፣ ወይም ማን እንደሆኑ በግልጽ መናገር እንደሚችሉ ይወስናሉ?
q-family-love-youth = ሲያድጉ ማንን ማፍቀር ወይም ከማን ጋር የፍቅር ግንኙነት መጀመር እንደሚችሉ ቤተሰብዎ ይወስናሉ፣ ወይም ማን እንደሆኑ በግልጽ መናገር አይፈቀድልዎትም?
q-family-phone = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ከማን ጋር እንደሚያወሩ ለማወቅ ስልክዎን ወይም መልእክቶችዎን ይፈትሻል?
q-family-phone-youth = ከቤተሰብዎ አንድ ሰው ከማን ጋር እንደሚያወሩ ለማወቅ ስልክዎን ይፈትሻል?
q-family-siblings = ወንድሞች፣ እህቶች፣ የአጎት ወይም የአክስት ልጆች ወይም ሌሎች ዘመዶች ይከታተሉዎትና የሚያደርጉትን ለቤተሰቡ ይነግራሉ?
q-family-siblings-youth = ወንድሞችዎ፣ እህቶችዎ ወይም የአጎት ልጆችዎ በትምህርት ቤት ወይም በከተማ ይከታተሉዎትና ለቤተሰብዎ ይነግራሉ?
q-family-virginity = ቤተሰብዎ ወይም ዘመዶችዎ እስኪያገቡ ድረስ ድንግል እንዲሆኑ ይጠይቃሉ፣ ወይም ድንግል መሆንዎን ይፈትሻሉ?
q-family-virginity-youth = ቤተሰብዎ እስኪያገቡ ድረስ ድንግል መሆን፣ ማለትም ወሲብ ሳይፈጽሙ መቆየት እንዳለብዎ ይናገራሉ?
q-family-marriage = ቤተሰብዎ ወይም ዘመዶችዎ እርስዎ ራስዎ ካልመረጡት ሰው ጋር እንዲታጩ ወይም እንዲያገቡ – በሃይማኖታዊ ሥርዓት ብቻ ወይም በዘመዶች ዘንድ ብቻ በሚታወቅ ጋብቻም ቢሆን – ጫና ያደርጉብዎታል፣ ወይም ይህ ቀድሞውኑ ያለ ፈቃድዎ ተፈጽሟል?
q-family-marriage-youth = እርስዎ ባይፈልጉም ቤተሰብዎ እንዲታጩ ወይም እንዲያገቡ ይፈልጋሉ – በሃይማኖታዊ ሥርዓት ብቻ ወይም “በቃል ኪዳን” ቢሆንም እንኳ – ወይም ቀድሞውኑ ተድረዋል?
q-family-abroad = አንድ ሰው ያለ ፈቃድዎ ወደ ሌላ አገር እንደሚላኩ ወይም እንደሚወሰዱ ነግሮዎታል፣ ወይም የሚያሳስብዎ ጉዞ እየታቀደ ነው?
q-family-abroad-youth = አንድ ሰው ወደ ሌላ አገር እንደሚላኩ ነግሮዎታል፣ ወይም የሚያሳስብዎ ጉዞ ሊያደርጉ ነው?
q-family-disown = አንድ ሰው እነሱ የሚፈልጉትን ካላደረጉ ቤተሰቡ እንደሚያገልልዎ ወይም ከእርስዎ ጋር ግንኙነት እንደሚያቋርጥ አስፈራርቶዎታል?
q-family-disown-youth = አንድ ሰው የሚሉትን ካላደረጉ ቤተሰብዎ ከእንግዲህ እንደማይፈልግዎ ነግሮዎታል?
q-family-partner-threat = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው አብረውት ያሉትን ሰው፣ ወይም አብረውት መሆን የሚፈልጉትን ሰው አስፈራርቶ ያውቃል?
q-family-partner-threat-youth = ከቤተሰብዎ አንድ ሰው የፍቅር ጓደኛዎን ወይም የሚያፈቅሩትን ሰው አስፈራርቶ ያውቃል?
q-family-honour-before = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ቤተሰቡ እንደሚፈልገው ስላልኖረ ቀደም ሲል ተጎድቶ፣ ማስፈራሪያ ደርሶበት፣ ተድሮ ወይም ወደ ሌላ ቦታ ተልኮ ያውቃል?
q-family-honour-before-youth = እህትዎ፣ ወንድምዎ፣ የአጎት ወይም የአክስት ልጅዎ ወይም ሌላ የቤተሰብ አባል ቤተሰቡ የፈለገውን ስላላደረገ አንድ ነገር ደርሶበት ያውቃል፣ ለምሳሌ ተጎድቶ ወይም ወደ ሌላ ቦታ ተልኮ?
q-family-cutting = አንድ ሰው የብልት ትልተላ እንደሚደረግብዎ – ማለትም አንድ ሰው ብልትዎ ላይ እንደሚቆርጥ፤ ይህ አንዳንድ ጊዜ “የሴት ልጅ ግርዛት” ወይም “መንጻት” ይባላል – ነግሮዎታል፣ ወይም ይህ ቀድሞውኑ ደርሶብዎታል?
q-family-put-down = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ይሰድብዎታል፣ ያሾፍብዎታል ወይም ዋጋ የለዎትም ይልዎታል?
q-family-put-down-youth = ከቤተሰብዎ አንድ ሰው ብዙ ጊዜ ክፉ ቃላት ይናገርዎታል፣ እስኪፈሩ ድረስ ይጮኽብዎታል፣ ወይም ዋጋ የለዎትም ይልዎታል?
q-family-money = ቤተሰብዎ፣ ዘመዶችዎ ወይም እርስዎን የሚረዳ ሰው እርስዎን ለመቆጣጠር ደሞዝዎን፣ ጡረታዎን፣ ድጎማዎችዎን ወይም ገንዘብዎን ይወስዳሉ፣ ወይም የሚያስፈልግዎትን ገንዘብ ይከለክሉዎታል?
q-family-money-youth = ከቤተሰብዎ አንድ ሰው የራስዎን ገንዘብ ይወስዳል፣ ወይም በእርግጥ ለሚያስፈልግዎ ነገር፣ ለምሳሌ ለምግብ፣ ለአውቶቡስ ካርድ ወይም ለልብስ ገንዘብ አያገኙም?
q-family-break = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ዕቃዎችዎን ሰብሮ፣ ወርውሮ ወይም ወስዶ ያውቃል?
q-family-break-youth = ከቤተሰብዎ አንድ ሰው ሲናደድ ዕቃዎችዎን ሰብሮ ወይም አበላሽቶ እንዲፈሩ አድርጎ ያውቃል?
q-family-online = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ስለ እርስዎ ፎቶዎችን፣ ቪዲዮዎችን ወይም ወሬዎችን በኢንተርኔት አሰራጭቶ ወይም እንደሚያሰራጭ አስፈራርቶ ያውቃል?
q-family-online-youth = ከቤተሰብዎ አንድ ሰው ስለ እርስዎ ፎቶዎችን ወይም ነገሮችን በኢንተርኔት ለጥፎ ወይም እንደሚለጥፍ አስፈራርቶ ያውቃል?
q-family-tracking = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው እርስዎ ሳይፈልጉ ይከተልዎታል፣ ወይም በመተግበሪያ (app) የት እንዳሉ ይከታተላል?
q-family-tracking-youth = ከቤተሰብዎ አንድ ሰው ይከተልዎታል፣ ወይም በሚያስፈራዎ ወይም ሕይወትዎን እንዳይኖሩ በሚከለክልዎ መንገድ የት እንዳሉ ሁልጊዜ ይቆጣጠራል?
q-family-hit = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው መትቶዎት፣ ገፍትሮዎት፣ ረግጦዎት ወይም አጥብቆ ይዞዎት ያውቃል?
q-family-hit-youth = ከቤተሰብዎ አንድ ሰው መትቶዎት፣ ገፍትሮዎት፣ ፀጉርዎን ጎትቶ ወይም አጥብቆ ይዞዎት ያውቃል?
q-family-neck = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው አንቆዎት፣ ወይም አንገትዎን ይዞ ወይም ጉሮሮዎን ጨምቆ መተንፈስ አስቸግሮዎት ያውቃል?
q-family-neck-youth = ከቤተሰብዎ አንድ ሰው አንቆዎት፣ አንገትዎን ይዞ ወይም መተንፈስ እንዲያቅትዎ አድርጎ ያውቃል?
q-family-weapon = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው በቢላ፣ በጦር መሣሪያ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርቶዎት ያውቃል?
q-family-weapon-youth = ከቤተሰብዎ አንድ ሰው በቢላ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርቶዎት ያውቃል?
q-family-kill = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው እርስዎን ወይም ለእርስዎ ቅርብ የሆነን ሰው እንደሚገድል አስፈራርቶ ያውቃል?
q-family-kill-youth = ከቤተሰብዎ አንድ ሰው እርስዎን ወይም የሚወዱትን ሰው እንደሚገድል ተናግሮ ያውቃል?
q-family-worse = ባለፉት 12 ወራት ውስጥ ጥቃቱ ወይም ማስፈራሪያው ተባብሷል ወይም ይበልጥ ተደጋግሟል?
q-family-worse-youth = በቤት ውስጥ የሚሆነው ነገር በቅርቡ ተባብሷል ወይም ይበልጥ ተደጋግሟል?
q-family-could-kill = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ሊገድልዎ ይችላል ብለው ያስባሉ?
q-family-could-kill-youth = ከቤተሰብዎ አንድ ሰው ሊገድልዎ ይችላል ብለው ያስባሉ?
q-family-weapon-home = በቤተሰብዎ ቤት ውስጥ የጦር መሣሪያ አለ፣ ለምሳሌ የአደን ጠመንጃ፣ ወይም የሚያስፈራራዎ ሰው በቀላሉ የጦር መሣሪያ ማግኘት ይችላል?
q-family-weapon-home-youth = ቤት ውስጥ የጦር መሣሪያ አለ፣ ወይም ከቤተሰብዎ አንድ ሰው በቀላሉ የጦር መሣሪያ ማግኘት ይችላል?
q-family-contact-ban = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው kontaktförbud (የግንኙነት እገዳ) እያለበት ከእርስዎ ጋር ግንኙነት አድርጎ ወይም ወደ እርስዎ መጥቶ ያውቃል?
q-family-sex-touch = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው በወሲባዊ መንገድ ነክቶዎት፣ ወይም ያልፈለጉትን ወሲባዊ ነገሮች ነግሮዎት ወይም አሳይቶዎት ያውቃል?
q-family-sex-touch-youth = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ስሕተት እንደሆነ በተሰማዎት መንገድ ሰውነትዎን ነክቶ፣ ወይም ወሲባዊ ሥዕሎችን አሳይቶዎት ያውቃል?
q-family-sex-forced = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ወሲብ ወይም ወሲባዊ ድርጊት እንዲፈጽሙ አስገድዶዎት ወይም ጫና አድርጎብዎት ያውቃል?
q-family-sex-forced-youth = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ወሲባዊ ነገር እንዲያደርጉ አስገድዶዎት ያውቃል?
q-family-care = በዕለት ተዕለት ኑሮ እርዳታ የሚያስፈልግዎ ከሆነ፦ ከቤተሰብዎ ሊረዳዎት የሚገባው ሰው ምግብ፣ መድኃኒት ወይም እርዳታ ሳይሰጥዎት ቀርቶ፣ ወይም ራስዎን መቻል ባይችሉም ለረጅም ጊዜ ብቻዎን ትቶዎት ያውቃል?
q-family-care-youth = ያለ ምግብ፣ ያለ ንጹሕ ልብስ ወይም ሲታመሙ ያለ እርዳታ የሚቀሩበት፣ ወይም ለረጅም ጊዜ ቤት ውስጥ ብቻዎን የሚተዉበት ጊዜ አለ?
q-family-carer = በዕለት ተዕለት ኑሮ የሚረዳዎ ሰው ካለ፣ ለምሳሌ የግል ረዳት (personlig assistent) ወይም ከቤት ውስጥ እንክብካቤ አገልግሎት (hemtjänsten) የሚመጣ ሰው፦ ያ ሰው ጎድቶዎት፣ አስፈራርቶዎት ወይም አዋርዶዎት፣ ገንዘብዎን ወስዶ ወይም ሳይረዳዎት ቀርቶ ያውቃል?
q-family-children-see = በቤተሰቡ ውስጥ በቤት ውስጥ ጥቃት ወይም ማስፈራሪያ የሚያዩ ወይም የሚሰሙ ልጆች አሉ?
q-family-children-see-youth = እርስዎ ወይም ወንድሞችዎና እህቶችዎ ከቤተሰብዎ አንድ ሰው ሌላውን ሲመታ ወይም ሲያስፈራራ አይታችሁ ወይም ሰምታችሁ ታውቃላችሁ?
q-family-children-threat = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው በቤተሰቡ ውስጥ ያሉ ልጆችን እንደሚጎዳ፣ ወይም ይዟቸው እንደሚጠፋ አስፈራርቶ ያውቃል?
q-family-children-threat-youth = ከቤተሰብዎ አንድ ሰው ወንድሞችዎን፣ እህቶችዎን ወይም በቤተሰቡ ውስጥ ያሉ ሌሎች ልጆችን እንደሚጎዳ አስፈራርቶ ያውቃል?
q-family-suicide-self = ራስዎን የማጥፋት ሐሳብ አለዎት?
q-family-suicide-self-youth = መሞት እንደሚፈልጉ አስበው ያውቃሉ፣ ወይም ራስዎን ስለማጥፋት አስበው ያውቃሉ?
q-family-afraid = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድን ሰው፣ ወይም ወደ ቤት ሲመለሱ የሚሆነውን ነገር ይፈራሉ?
q-family-afraid-youth = ከቤተሰብዎ አንድን ሰው ይፈራሉ፣ ወይም ወደ ቤት መሄድ ያስፈራዎታል?
## Questions: selling sex, work, money or papers

q-exploit-sell-sex = አንድ ሰው ወሲብ እንዲሸጡ፣ ወይም በገንዘብ ከሌሎች ጋር ወሲብ እንዲፈጽሙ ጫና ያደርግብዎታል ወይም ያስገድድዎታል?
q-exploit-sell-sex-youth = አንድ ሰው በገንዘብ፣ በዕቃ፣ በአደንዛዥ ዕፅ ወይም በማደሪያ ቦታ ምትክ ወሲብ ወይም ወሲባዊ ነገሮችን እንዲያደርጉ አድርጎዎት ያውቃል?
q-exploit-job-promise = ወደዚህ የመጡት ወይም ሥራ የጀመሩት በሥራ፣ በደሞዝ ወይም በመኖሪያ ቤት ተስፋ ተሰጥቶዎት፣ በኋላ ግን ያ ተስፋ እውነት ሳይሆን ቀርቷል?
q-exploit-job-promise-youth = አንድ ሰው ገንዘብ፣ ሥራ ወይም ሌላ ነገር ቃል ገብቶልዎት፣ ከዚያም ያልፈለጉትን ነገር እንዲያደርጉ አጥብቆ ጠይቆዎት ያውቃል?
q-exploit-sex-control = ሌላ ሰው በገንዘብ ወሲብ መቼ፣ የት ወይም ከማን ጋር እንደሚፈጽሙ ይወስናል፣ ወይም ገንዘቡን ሌላ ሰው ይወስዳል?
q-exploit-sex-control-youth = ሌላ ሰው ወሲባዊ ነገሮችን መቼና ከማን ጋር እንደሚያደርጉ ይወስናል፣ ወይም በዚህ የሚያገኙትን ሌላ ሰው ይወስዳል?
q-exploit-work = ከተስማማችሁት እጅግ በላይ ይሠራሉ፣ ወይም በጣም ትንሽ ደሞዝ ያገኛሉ ወይም ምንም ደሞዝ አያገኙም?
q-exploit-work-youth = አንድ ሰው ያለ ደሞዝ፣ ወይም ስለሚፈሩ፣ እንዲሠሩላቸው ወይም እንዲላላኩላቸው ያደርግዎታል?
q-exploit-begging-crime = አንድ ሰው እንዲለምኑ፣ እንዲሰርቁ፣ አደንዛዥ ዕፅ እንዲሸጡ ወይም ሌሎች ወንጀሎችን እንዲፈጽሙ ያስገድድዎታል ወይም ጫና ያደርግብዎታል?
q-exploit-begging-crime-youth = አንድ ሰው አደንዛዥ ዕፅ እንዲሸጡ፣ እንዲሰርቁ፣ ዕቃ እንዲደብቁ ወይም ሌሎች ወንጀሎችን እንዲፈጽሙላቸው ያደርግዎታል?
q-exploit-wage = ሌላ ሰው ደሞዝዎን ወይም ገንዘብዎን ይወስዳል፣ ወይም ምን መግዛት እንደሚችሉ ይወስናል?
q-exploit-wage-youth = አንድ ሰው የሚያገኙትን ገንዘብ ይወስዳል፣ ወይም ምን መግዛት እንደሚችሉ ይወስናል?
q-exploit-living = በሚሠሩበት ቦታ፣ ወይም ሌላ ሰው በወሰነልዎ ቦታ ይኖራሉ፣ እና በፈለጉ ጊዜ ከዚያ መልቀቅ አይችሉም?
q-exploit-living-youth = ሌላ ሰው በሚወስነው ቦታ መኖር ወይም መተኛት አለብዎት፣ እና በፈለጉ ጊዜ ከዚያ መውጣት አይችሉም?
q-exploit-moved = አንድ ሰው እርስዎ ራስዎ እንዲወስኑ ሳይፈቅድልዎ ከአንድ አፓርትመንት፣ ከተማ ወይም አገር ወደ ሌላ ያዛውርዎታል?
q-exploit-moved-youth = አንድ ሰው እርስዎ ራስዎ እንዲወስኑ ሳይፈቅድልዎ ወደ ተለያዩ ቦታዎች፣ አፓርትመንቶች ወይም ከተሞች ይልክዎታል ወይም በመኪና ይወስድዎታል?
q-exploit-debt = አንድ ሰው ሠርተው መክፈል ያለብዎት ዕዳ አለብዎት ይልዎታል፣ ለምሳሌ ለጉዞው፣ ለመኖሪያው ወይም ለሥራው?
q-exploit-debt-youth = አንድ ሰው ገንዘብ ወይም ውለታ አለብዎት፣ ለዚያ ሰው ነገሮችን በማድረግ መመለስ አለብዎት ይልዎታል?
q-exploit-debt-grows = ዕዳው ለምሳሌ በቅጣት፣ በኪራይ ወይም በክፍያዎች ምክንያት ሁልጊዜ እያደገ ሄዶ ከእሱ በፍጹም ነፃ መውጣት እንዳይችሉ ያደርግዎታል?
q-exploit-debt-grows-youth = ዕዳዎ ሁልጊዜ እየጨመረ እንደሆነ ይነግሩዎታል፣ ስለዚህም በፍጹም ከፍለው መጨረስ አይችሉም?
q-exploit-papers = አንድ ሰው ፓስፖርትዎን፣ መታወቂያ ካርድዎን ወይም የመኖሪያ ፈቃድዎን ወስዶ ሊመልስልዎ እምቢ ብሏል?
q-exploit-papers-youth = አንድ ሰው ፓስፖርትዎን ወይም መታወቂያ ካርድዎን ወስዶ ሊመልስልዎ አይፈልግም?
q-exploit-accounts = ሌላ ሰው እርስዎ ራስዎ መጠቀም እንዳይችሉ BankIDዎን (የባንክ ኤሌክትሮኒክ መታወቂያ)፣ ውሎችዎን ወይም በስምዎ ያሉ ሌሎች ሰነዶችን ይቆጣጠራል?
q-exploit-accounts-youth = ሌላ ሰው እርስዎ ራስዎ መጠቀም እንዳይችሉ የባንክ ካርድዎን፣ BankIDዎን ወይም ስልክዎን ይቆጣጠራል?
q-exploit-locked = አንድ ሰው ብቻዎን ወደ ውጭ እንዳይወጡ፣ የሚፈልጉትን ሰው እንዳያገኙ ወይም ከቤተሰብዎ ጋር እንዳይነጋገሩ ይከለክልዎታል?
q-exploit-locked-youth = አንድ ሰው ብቻዎን ወደ ውጭ እንዳይወጡ፣ ጓደኞችዎን እንዳያገኙ ወይም ከቤተሰብዎ ጋር እንዳይነጋገሩ ይከለክልዎታል?
q-exploit-sextortion = አንድ ሰው ገንዘብ ካልከፈሉ፣ ተጨማሪ ፎቶዎችን ካልላኩ ወይም የሚለውን ካላደረጉ የእርስዎን ወሲባዊ ፎቶዎች ወይም ቪዲዮዎች እንደሚያሰራጭ አስፈራርቶዎት ያውቃል?
q-exploit-sextortion-youth = አንድ ሰው ተጨማሪ ካልላኩ፣ ገንዘብ ካልከፈሉ ወይም የሚለውን ካላደረጉ የእርስዎን ፎቶዎች ወይም ቪዲዮዎች እንደሚያሰራጭ አስፈራርቶዎት ያውቃል?
q-exploit-grooming = በኢንተርኔት ብቻ የሚያውቁት፣ ከእርስዎ በዕድሜ ሊበልጥ የሚችል ሰው ወሲባዊ ፎቶዎችን ጠይቆዎት፣ ስለ ወሲብ አውርቶዎት ወይም በሚስጥር ሊያገኝዎት ፈልጎ ያውቃል?
q-exploit-phone = አንድ ሰው ስልክዎን ይወስዳል፣ መልእክቶችዎን ያነባል ወይም የት እንዳሉ ይከታተላል?
q-exploit-phone-youth = አንድ ሰው ስልክዎን ይወስዳል፣ መልእክቶችዎን ያነባል ወይም የት እንዳሉ ይፈትሻል?
q-exploit-online = አንድ ሰው እርስዎ ሳይወስኑ የእርስዎን ማስታወቂያዎች፣ ፎቶዎች ወይም ቪዲዮዎች በኢንተርኔት ለጥፎ ያውቃል?
q-exploit-online-youth = አንድ ሰው እርስዎ ሳይወስኑ ስለ እርስዎ ፎቶዎችን፣ ቪዲዮዎችን ወይም ማስታወቂያዎችን በኢንተርኔት ለጥፎ ያውቃል?
q-exploit-authorities = አንድ ሰው ለሌላ ሰው ከተናገሩ ፖሊስ ወይም ባለሥልጣናት እንደሚቀጡዎት ወይም ከአገር እንደሚያስወጡዎት ነግሮዎታል?
q-exploit-authorities-youth = አንድ ሰው ለሌላ ሰው ከተናገሩ ፖሊስ ወይም socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) እንደሚቀጡዎት ነግሮዎታል?
q-exploit-sex-forced = አንድ ሰው ያልፈለጉትን ወሲብ ወይም ወሲባዊ ድርጊት እንዲፈጽሙ አስገድዶዎት ያውቃል?
q-exploit-sex-forced-youth = አንድ ሰው ያልፈለጉትን ወሲባዊ ነገር እንዲያደርጉ አስገድዶዎት ያውቃል?
q-exploit-sex-unsafe = አንድ ሰው ያለ ኮንዶም ወሲብ እንዲፈጽሙ፣ ወይም እምቢ ያሉትን ነገር እንዲያደርጉ አስገድዶዎት ያውቃል?
q-exploit-sex-unsafe-youth = አንድ ሰው ያለ ኮንዶም ወሲብ እንዲፈጽሙ፣ ወይም እምቢ ያሉትን ነገር እንዲያደርጉ አስገድዶዎት ያውቃል?
q-exploit-hit = የሚቆጣጠርዎ ሰው መትቶዎት፣ ገፍትሮዎት ወይም ጎድቶዎት ያውቃል?
q-exploit-hit-youth = በእርስዎ ላይ የሚያዝዝ ሰው መትቶዎት፣ ገፍትሮዎት ወይም ጎድቶዎት ያውቃል?
q-exploit-neck = አንድ ሰው አንቆዎት፣ ወይም አንገትዎን ይዞ ወይም ጉሮሮዎን ጨምቆ መተንፈስ አስቸግሮዎት ያውቃል?
q-exploit-neck-youth = አንድ ሰው አንቆዎት፣ አንገትዎን ይዞ ወይም መተንፈስ እንዲያቅትዎ አድርጎ ያውቃል?
q-exploit-weapon = አንድ ሰው በቢላ፣ በጦር መሣሪያ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርቶዎት ያውቃል?
q-exploit-weapon-youth = አንድ ሰው በቢላ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርቶዎት ያውቃል?
q-exploit-kill = አንድ ሰው እርስዎን፣ ወይም እዚህ ወይም በሌላ አገር ያለን የቤተሰብዎን አባል እንደሚገድል አስፈራርቶ ያውቃል?
q-exploit-kill-youth = አንድ ሰው እርስዎን ወይም ከቤተሰብዎ አንድን ሰው እንደሚገድል ተናግሮ ያውቃል?
q-exploit-worse = በቅርቡ ጥቃቱ ወይም ማስፈራሪያው ተባብሷል ወይም ይበልጥ ተደጋግሟል?
q-exploit-worse-youth = እነሱ በእርስዎ ላይ የሚያደርጉት ነገር በቅርቡ ተባብሷል ወይም ይበልጥ ተደጋግሟል?
q-exploit-afraid = እምቢ ቢሉ፣ ቢያቆሙ ወይም ትተው ቢሄዱ ምን እንደሚከሰት ይፈራሉ?
q-exploit-afraid-youth = እምቢ ቢሉ ወይም እነሱ የሚፈልጉትን ማድረግ ቢያቆሙ ምን እንደሚከሰት ይፈራሉ?
q-exploit-always-afraid = የሚቆጣጠርዎትን ሰው ወይም ሰዎች፣ በአቅራቢያዎ ባይኖሩም እንኳ፣ ይፈራሉ?
q-exploit-always-afraid-youth = በአቅራቢያዎ ባይኖሩም እንኳ እነሱን ይፈራሉ?
q-exploit-suicide-self = ራስዎን የማጥፋት ሐሳብ አለዎት?
q-exploit-suicide-self-youth = መሞት እንደሚፈልጉ አስበው ያውቃሉ፣ ወይም ራስዎን ስለማጥፋት አስበው ያውቃሉ?
## Questions: someone you are worried about

q-worried-afraid = የሚያሳስብዎ ሰው አንድን ሰው የሚፈራ፣ ወይም ወደ ቤት መሄድ የሚያስጨንቀው ይመስላል?
q-worried-isolated = የሚያሳስብዎ ሰው ጓደኞችን ወይም ቤተሰብን ማግኘት፣ ወይም ድሮ ይወዳቸው የነበሩ ነገሮችን ማድረግ አቁሟል?
q-worried-controlled = አንድ ሰው የሚያሳስብዎን ሰው የሚቆጣጠረው ይመስላል፣ ለምሳሌ ማንን ማግኘት ወይም ወዴት መሄድ እንደሚችል?
q-worried-careful = የሚያሳስብዎ ሰው አንድ ሰው እንዳይናደድ፣ የሚናገረውንና የሚያደርገውን ብዙ ጊዜ የሚያስብ ይመስላል?
q-worried-phone = አንድ ሰው የሚያሳስብዎን ሰው ስልክ ይፈትሻል፣ ወይም የሚያሳስብዎ ሰው ሁልጊዜ ወዲያውኑ መልስ መስጠትና የት እንዳለ መናገር ይገደዳል?
q-worried-followed = የሚያሳስብዎ ሰው ሳይፈልግ፣ አንድ ሰው በኢንተርኔት ወይም በገሃዱ ዓለም ይከታተለዋል፣ ይሰልለዋል ወይም ደጋግሞ ያነጋግረዋል?
q-worried-money = ሌላ ሰው፣ የሚያሳስብዎ ሰው ራሱ መወሰን እንዳይችል፣ ገንዘቡን፣ ደሞዙን ወይም የባንክ ካርዱን ይቆጣጠራል?
q-worried-debts = የሚያሳስብዎ ሰው ሌላ ሰው የወሰደው ዕዳ አለበት፣ ወይም ለምግብና ለሚያስፈልጉት ሌሎች ነገሮች ገንዘብ ያጥረዋል?
q-worried-injuries = በሚያሳስብዎ ሰው ላይ ሊያብራራው የማይፈልገው ወይም የማይችለው ሰንበር ወይም ጉዳት አይተው ያውቃሉ?
q-worried-hit = አንድ ሰው የሚያሳስብዎን ሰው እንደሚመታው፣ እንደሚገፈትረው ወይም አጥብቆ እንደሚይዘው አይተዋል፣ ሰምተዋል ወይም ተነግሮዎታል?
q-worried-neck = አንድ ሰው የሚያሳስብዎን ሰው እንዳነቀው፣ አንገቱን እንደያዘ ወይም መተንፈስ እንዲያቅተው እንዳደረገ አውቀዋል?
q-worried-weapon = አንድ ሰው የሚያሳስብዎን ሰው በቢላ፣ በጦር መሣሪያ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርቶት ያውቃል?
q-worried-kill = አንድ ሰው የሚያሳስብዎን ሰው፣ ወይም ለሚያሳስብዎ ሰው ቅርብ የሆነን ሰው፣ እንደሚገድል አስፈራርቶ ያውቃል?
q-worried-worse = በቅርቡ ነገሩ የተባባሰ ይመስላል፣ ለምሳሌ ከበፊቱ የበለጠ ጉዳት፣ የበለጠ ማስፈራሪያ ወይም የበለጠ ፍርሃት?
q-worried-leaving = የሚያሳስብዎ ሰው የሚፈራውን አጋሩን በቅርቡ ትቷል፣ ወይም ለመተው እያሰበ ነው?
q-worried-could-kill = አንድ ሰው የሚያሳስብዎን ሰው ሊገድለው ይችላል ብለው ያስባሉ፣ ወይም የሚያሳስብዎ ሰው ራሱ እንዲህ ብሏል?
q-worried-sex = የሚያሳስብዎ ሰው አንድ ሰው ወሲብ ወይም ወሲባዊ ድርጊት እንዲፈጽም እንዳስገደደው ወይም ጫና እንዳደረገበት ነግሮዎታል?
q-worried-sex-images = አንድ ሰው የሚያሳስብዎን ሰው ወሲባዊ ፎቶዎች ሲያሰራጭ፣ ወይም እንደሚያሰራጭ ሲያስፈራራ አይተዋል?
q-worried-selling-sex = የሚያሳስብዎ ሰው ወሲብ ይሸጣል፣ ወይም አንድ ሰው ይህን እንዲያደርግ ያደርገዋል ብለው ያስባሉ?
q-worried-sex-for-things = የሚያሳስብዎ ሰው በምትኩ ወሲብ ከሚፈልግ ሰው ገንዘብ፣ ስጦታ፣ አደንዛዥ ዕፅ ወይም ማደሪያ ቦታ ያገኛል?
q-worried-honour = የሚያሳስብዎ ሰው ቤተሰብ ወይም ዘመዶች ምን ዓይነት ጓደኞች ሊኖሩት እንደሚችሉ፣ ምን መልበስ እንደሚችል ወይም መማር ይችል እንደሆነ ይወስናሉ?
q-worried-honour-love = ሌላ ሰው የሚያሳስብዎ ሰው ከማን ጋር መሆን ወይም ማንን ማግባት እንደሚችል ይወስናል?
q-worried-trip = የሚያሳስብዎ ሰው ያለ ፈቃዱ እንደሚታጭ፣ እንደሚዳር ወይም ወደ ውጭ አገር እንደሚላክ ነግሮዎታል፣ ወይም ቀድሞውኑ ተድሯል?
q-worried-cutting = አንድ ሰው በልጁ ላይ የብልት ትልተላ ለመፈጸም እንዳቀደ – ማለትም የሴት ልጅን ብልት መቁረጥ፣ አንዳንድ ጊዜ ግርዛት የሚባለውን – ወይም ይህ እንዲደረግበት ልጁ ወደ ውጭ አገር እንደሚሄድ አውቀዋል?
q-worried-care = የሚያሳስብዎ ሰው በዕለት ተዕለት ኑሮ እርዳታ የሚያስፈልገው ከሆነ፦ የሚያስፈልገውን ምግብ፣ መድኃኒት ወይም ሌላ እርዳታ የሚያጣ ይመስላል?
q-worried-care-youth = የሚያሳስብዎ ሰው ምግብ፣ ንጹሕ ልብስ ወይም ሲታመም እርዳታ የሚያጣ ይመስላል?
q-worried-left-alone = የሚያሳስብዎ ሰው ራሱን ችሎ መኖር ባይችልም፣ ለረጅም ጊዜ ብቻውን ወይም ያለ አጋዥ መሣሪያዎቹ ይተዋል?
q-worried-children-home = በቤቱ ውስጥ ጥቃት ወይም ማስፈራሪያ ሊያዩ ወይም ሊሰሙ የሚችሉ ልጆች አሉ?
q-worried-suicide = የሚያሳስብዎ ሰው መኖር እንደማይፈልግ ተናግሯል፣ ወይም ራሱን ስለማጥፋት አውርቷል?
q-worried-children-scared = በቤቱ ውስጥ ያሉ ልጆች በሚያሳስብዎ መንገድ የፈሩ፣ የተጨነቁ ወይም ያዘኑ ይመስላሉ?
## Questions: I have hurt or frightened someone close to me

q-used-put-down = ለእርስዎ ቅርብ የሆነን ሰው እስኪፈራ ድረስ ሰድበውት፣ አዋርደውት ወይም ጮኸውበት ያውቃሉ?
q-used-control = አጋርዎ ወይም ከቤተሰብዎ አንድ ሰው ማንን ማግኘት፣ ወዴት መሄድ ወይም ምን መልበስ እንደሚችል ወስነው ያውቃሉ?
q-used-control-youth = የፍቅር ጓደኛዎ ወይም ወንድምዎ ወይም እህትዎ ማንን ማግኘት ወይም ምን መልበስ እንደሚችል ወስነው ያውቃሉ?
q-used-phone = ሳይፈቀድልዎ የሌላ ሰው መልእክቶችን አንብበው፣ የይለፍ ቃሉን ጠይቀው ወይም ስልኩን ፈትሸው ያውቃሉ?
q-used-images = ሌሎች እንዲያዩት የማይፈልገውን የአንድ ሰው ፎቶ ወይም ቪዲዮ አሰራጭተው ወይም እንደሚያሰራጩ አስፈራርተው ያውቃሉ?
q-used-money = የአንድን ሰው ገንዘብ ወስደው፣ ወይም ያ ሰው ራሱ መጠቀም እንዳይችል ተቆጣጥረውት ያውቃሉ?
q-used-money-work = አጋርዎን ወይም ከቤተሰብዎ አንድን ሰው ከመሥራት ወይም ከመማር ከልክለው፣ ወይም በስሙ ብድር ወስደው ያውቃሉ?
q-used-money-work-youth = አንድን ሰው ገንዘብ ወይም ዕቃ እንዲሰጥዎ አስገድደው ያውቃሉ?
q-used-break = በተናደዱ ጊዜ ዕቃዎችን ሰብረው፣ ወርውረው ወይም ግድግዳ ወይም በር መትተው ያውቃሉ?
q-used-pets = አንድን ሰው ለማስፈራራት እንስሳን ጎድተው ወይም እንደሚጎዱ አስፈራርተው ያውቃሉ?
q-used-hit = አጋርዎን ወይም ከቤተሰብዎ አንድን ሰው መትተው፣ ገፍትረው፣ ረግጠው ወይም አጥብቀው ይዘው ያውቃሉ?
q-used-hit-youth = ከቤተሰብዎ አንድን ሰው፣ ለምሳሌ ወላጅ፣ ወንድም ወይም እህት፣ ወይም የፍቅር ጓደኛዎን መትተው፣ ገፍትረው ወይም ረግጠው ያውቃሉ?
q-used-neck = አንድን ሰው አንቀው፣ አንገቱን ይዘው ወይም ጉሮሮውን ጨምቀው ያውቃሉ?
q-used-weapon = አንድን ሰው በቢላ፣ በጦር መሣሪያ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርተው ያውቃሉ?
q-used-weapon-youth = ከቤተሰብዎ አንድን ሰው ወይም የፍቅር ጓደኛዎን በቢላ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርተው ያውቃሉ?
q-used-kill = ከልብዎ ባይሆንም እንኳ፣ ለእርስዎ ቅርብ የሆነን ሰው እንደሚገድሉ ተናግረው ያውቃሉ?
q-used-kill-youth = ከቤተሰብዎ አንድን ሰው ወይም የፍቅር ጓደኛዎን እስኪፈራ ድረስ እንደሚገድሉት አስፈራርተው ያውቃሉ?
q-used-worse = ባለፉት 12 ወራት ውስጥ ይበልጥ ተደጋግሟል ወይም ይበልጥ ከባድ ሆኗል?
q-used-sex = አንድን ሰው ወሲብ እንዲፈጽም ጫና አድርገውበት ወይም አስገድደውት፣ ወይም እምቢ ብሎ ወይም እንደማይፈልግ እየታየ ቀጥለው ያውቃሉ?
q-used-sex-sulk = አጋርዎ ወሲብ ባልፈለገ ጊዜ ተናደው፣ ኮርፈው ወይም አስፈራርተው ያውቃሉ?
q-used-contact-ban = የግንኙነት እገዳ (kontaktförbud) እያለብዎት ከአንድ ሰው ጋር ግንኙነት አድርገው፣ ወይም ያ ሰው ወዳለበት ቦታ ሄደው ያውቃሉ?
q-used-children-see = በቤት ውስጥ ጥቃት ሲፈጽሙ ወይም ሲያስፈራሩ ልጆች አይተው ወይም ሰምተው ያውቃሉ?
q-used-children-see-youth = በቤት ውስጥ ጥቃት ሲፈጽሙ ወይም ሲያስፈራሩ ታናናሽ ወንድሞችዎ፣ እህቶችዎ ወይም ሌሎች ልጆች አይተው ወይም ሰምተው ያውቃሉ?
q-used-children-afraid = በተናደዱ ጊዜ አንድ ልጅ እርስዎን ፈርቶ፣ ወይም እርስዎን ለማስቆም ወይም አንድን ሰው ለመከላከል ሞክሮ ያውቃል?
q-used-afraid = ለእርስዎ ቅርብ የሆነ ሰው እርስዎን የሚፈራ ይመስልዎታል?
q-used-exposed = በቤት ውስጥ ወይም በፍቅር ግንኙነት ውስጥ አንድ ሰው እርስዎንም የሚጎዳበት፣ የሚያስፈራራበት ወይም የሚቆጣጠርበት ጊዜ አለ?
q-used-careful = ለእርስዎ ቅርብ የሆነ ሰው እርስዎ እንዳይናደዱ ዝም እንደሚል ወይም እንደሚጠነቀቅ ያስተውላሉ?
q-used-suicide-self = ራስዎን የማጥፋት ሐሳብ አለዎት?
## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = አካላዊ ጥቃት
category-physical-text = አንድ ሰው ሲመታዎት፣ ሲገፈትርዎት፣ አጥብቆ ሲይዝዎት ወይም በሌላ መንገድ ሲጎዳዎት ጥቃት ነው። ወንጀል ነው፤ በፍጹም የእርስዎ ጥፋት አይደለም።
category-physical-text-worried = አንድ ሰው የሚያሳስብዎን ሰው ሲመታው፣ ሲገፈትረው ወይም ሲጎዳው ጥቃትና ወንጀል ነው። ይህ በፍጹም የሚያሳስብዎ ሰው ጥፋት አይደለም።
category-physical-text-used = የገለጹት ነገር አካላዊ ጥቃት ነው። ማቆም ይቻላል፤ እርዳታም ይገኛል።
category-psychological-title = ሥነ ልቦናዊ ጥቃት
category-psychological-text = ማስፈራራት፣ ማሾፍ፣ መቆጣጠርና ሌሎችን እንዳያገኙ መከልከልም ጥቃት ነው። እንደ ድብደባ ያህል ሊጎዳ ይችላል።
category-psychological-text-worried = ማስፈራራት፣ ማሾፍና መቆጣጠር ምንም ባይታይም ጥቃት ነው። ይህ የሚያሳስብዎ ሰው እርዳታ መጠየቅ እንዲከብደው ሊያደርግ ይችላል።
category-psychological-text-used = አንድን ሰው ማስፈራራት፣ ማዋረድ ወይም መቆጣጠር ሥነ ልቦናዊ ጥቃት ነው። ለማቆም መምረጥ ይችላሉ፤ እንዲሳካልዎ የሚረዳ ድጋፍም አለ።
category-sexual-title = ወሲባዊ ጥቃት
category-sexual-text = ማንኛውም ወሲብ በፈቃድ መሆን አለበት፤ ከአጋርዎ ጋርም ቢሆን። ወደ ማንኛውም ወሲባዊ ነገር ጫና መደረግ ወይም መገደድ ጥቃትና ወንጀል ነው።
category-sexual-text-worried = ማንም ሰው ሌላውን ወደ ወሲባዊ ነገር ጫና ሊያደርግበት ወይም ሊያስገድደው አይፈቀድለትም። በግንኙነት ውስጥም ቢሆን ጥቃትና ወንጀል ነው።
category-sexual-text-used = አንድን ሰው ወደ ወሲብ ጫና ማድረግ፣ ለምሳሌ እምቢ ሲል በመናደድ ወይም በማኩረፍ፣ ወሲባዊ ጥቃት ነው። አንድን ሰው ማስገደድ ደግሞ በተጨማሪ ወንጀል ነው። ማንኛውም ወሲብ በፈቃድ መሆን አለበት፤ አካሄድዎን መቀየር ከፈለጉ እርዳታ አለ።
category-economic-title = ኢኮኖሚያዊ ጥቃት
category-economic-text = አንድ ሰው እርስዎን ለመቆጣጠር ገንዘብዎን ሲወስድ፣ ሲቆጣጠር ወይም ዕዳ ውስጥ ሲከትዎት ኢኮኖሚያዊ ጥቃት ነው።
category-economic-text-worried = አንድ ሰው የሚያሳስብዎን ሰው ለመቆጣጠር ገንዘቡን ሲወስድ ወይም ሲቆጣጠር ኢኮኖሚያዊ ጥቃት ነው።
category-economic-text-used = አንድን ሰው ለመቆጣጠር ገንዘቡን መውሰድ ወይም መቆጣጠር ኢኮኖሚያዊ ጥቃት ነው። ሊለወጥ ይችላል፤ ድጋፍም አለ።
category-material-title = በንብረት ላይ የሚፈጸም ጥቃት
category-material-text = አንድ ሰው እርስዎን ለማስፈራራት ዕቃዎችዎን ሲያበላሽ ወይም እንስሳዎን ሲጎዳ ይህም ጥቃት ነው።
category-material-text-used = ዕቃ መስበር ወይም እንስሳ መጉዳት ሌሎችን ያስፈራል፤ አንድ ዓይነት ጥቃትም ነው። ማቆም ይቻላል፤ ለዚህም ድጋፍ አለ።
category-digital-title = ዲጂታል ጥቃት
category-digital-text = አንድ ሰው ስልክዎን ሲፈትሽ፣ የት እንዳሉ ሲከታተል ወይም ፎቶዎችዎን ሲያሰራጭ ጥቃት ነው፤ በኢንተርኔት ላይ ቢፈጸምም እንኳ።
category-digital-text-worried = አንድ ሰው የሚያሳስብዎን ሰው ስልክ ሲፈትሽ፣ የት እንዳለ ሲከታተል ወይም ፎቶዎቹን ሲያሰራጭ ጥቃት ነው፤ በኢንተርኔት ላይ ቢፈጸምም እንኳ።
category-digital-text-used = የአንድን ሰው ስልክ መፈተሽ፣ የት እንዳለ መከታተል ወይም ፎቶዎቹን ማሰራጨት ዲጂታል ጥቃት ነው። ማቆም ይቻላል፤ እርዳታም አለ።
category-latent-title = በፍርሃት መኖር
category-latent-text = ሁልጊዜ መፍራትና ጥቃትን ለማስወገድ ሁሉንም ነገር በጥንቃቄ ማድረግ ስውር ጥቃት ይባላል። ፍርሃቱ አንድ ነገር ትክክል እንዳልሆነ የሚያሳይ ምልክት ነው፤ የእርስዎም ጥፋት አይደለም።
category-latent-text-worried = ሁልጊዜ መፍራትና ሁሉንም ነገር በጥንቃቄ ማድረግ ስውር ጥቃት ይባላል። የሚያሳስብዎ ሰው ፍርሃት በቁም ነገር ሊወሰድ የሚገባው አስፈላጊ ምልክት ነው።
category-latent-text-used = አንድ ሰው እርስዎን ሲፈራና በእርስዎ ምክንያት ሁልጊዜ ሲጠነቀቅ ስውር ጥቃት ይባላል። ይህን ማየትዎ አስፈላጊ የመጀመሪያ እርምጃ ነው።
category-neglect-title = ቸልተኝነት
category-neglect-text = በዕለት ተዕለት ኑሮ እርዳታ የሚያስፈልግዎ ከሆነ እርዳታውን የማግኘት መብት አለዎት፤ የሚረዳዎት ማንም ሰው እርስዎን ሊጎዳ፣ ሊያስፈራራ ወይም ሊያዋርድ አይፈቀድለትም። ሳይረዱ መቅረት ወይም የሚያስፈልግዎትን ከእርስዎ መውሰድ ቸልተኝነት ነው።
category-neglect-text-worried = እርዳታ የሚያስፈልገው ሰው ምግብ፣ መድኃኒት ወይም እንክብካቤ ሲያጣ ቸልተኝነት ነው። እርዳታ የማግኘት መብት አለው።
category-honour-title = ከክብር ጋር የተያያዘ ጥቃትና ጭቆና
category-honour-text = ቤተሰብዎ ወይም ዘመዶችዎ ለቤተሰቡ ስም ሲሉ በጋራ ሆነው ከማን ጋር መሆን፣ ምን መልበስ ወይም ማንን ማግባት እንዳለብዎ ሲወስኑ፣ ከክብር ጋር የተያያዘ ጥቃትና ጭቆና ሊሆን ይችላል። በራስዎ ሕይወት ላይ የመወሰን መብት አለዎት።
category-honour-text-worried = ቤተሰብ ወይም ዘመዶች ለቤተሰቡ ስም ሲሉ በጋራ ሆነው የሚያሳስብዎን ሰው ሕይወት፣ ጓደኞች፣ አለባበስ ወይም ጋብቻ ሲቆጣጠሩ፣ ከክብር ጋር የተያያዘ ጥቃትና ጭቆና ሊሆን ይችላል። ያ ሰው በራሱ ሕይወት ላይ የመወሰን መብት አለው።
category-children-witnessing-title = ጥቃትን የሚያዩ ወይም የሚሰሙ ልጆች
category-children-witnessing-text = በቤት ውስጥ ጥቃትን የሚያዩ ወይም የሚሰሙ ልጆች ራሳቸውም ለጥቃት ተጋልጠዋል። ጥበቃና ድጋፍ የማግኘት መብት አላቸው።
category-children-witnessing-text-worried = በቤት ውስጥ ጥቃትን የሚያዩ ወይም የሚሰሙ ልጆች ራሳቸውም ለጥቃት ተጋልጠዋል። Socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ልጁንና ቤተሰቡን ሊደግፍ ይችላል።
category-children-witnessing-text-used = ጥቃትን የሚያዩ ወይም የሚሰሙ ልጆች፣ በአንድ ክፍል ውስጥ ባይሆኑም እንኳ፣ በጣም ይጎዳሉ። እርዳታ መፈለግዎ ለእነሱም ይጠቅማል።
category-coerced-sex-title = ወሲብ እንዲሸጡ ጫና መደረግ
category-coerced-sex-text = ማንም ሰው ወሲብ እንዲሸጡ ጫና ሊያደርግብዎ፣ ሊያታልልዎ ወይም ሊያስገድድዎ አይፈቀድለትም። በስዊድን ጥፋተኛ የሆነው ወሲብ የሚገዛው ወይም ከዚህ ገንዘብ የሚያገኘው ሰው ነው፤ በፍጹም እርስዎ አይደሉም።
category-coerced-sex-text-worried = ማንም ሰው ሌላውን ወሲብ እንዲሸጥ ጫና ሊያደርግበት፣ ሊያታልለው ወይም ሊያስገድደው አይፈቀድለትም። ወሲብ የሚሸጥ ሰው በስዊድን ወንጀል አይፈጽምም፤ ድጋፍ የማግኘትም መብት አለው።
category-forced-labour-title = እንዲሠሩ፣ እንዲለምኑ ወይም ወንጀል እንዲፈጽሙ መገደድ
category-forced-labour-text = አንድ ሰው በሐሰት ተስፋ አታሎ ወደዚህ ሲያመጣዎት፣ የት እንደሚኖሩና እንደሚሠሩ ሲቆጣጠር፣ ከቦታ ቦታ ሲያዛውርዎት ወይም እንዲለምኑ ወይም ወንጀል እንዲፈጽሙ ሲያስገድድዎት፣ ሕገወጥ የሰዎች ዝውውር ወይም የሰው ብዝበዛ (människoexploatering) ሊሆን ይችላል። ጥፋተኛው እርስዎ አይደሉም፤ ድጋፍ የማግኘትም መብት አለዎት።
category-debt-bondage-title = የዕዳ ባርነት
category-debt-bondage-text = አንድ ሰው ሠርተው መክፈል ያለብዎት፣ በፍጹም የማያልቅ ዕዳ አለብዎት ሲልዎት፣ እርስዎን የሚቆጣጠርበት መንገድ ነው። ሕገወጥ የሰዎች ዝውውር ሊሆን ይችላል።
category-documents-taken-title = የተወሰደብዎ ፓስፖርትና ሰነዶች
category-documents-taken-text = ማንም ሰው ፓስፖርትዎን፣ መታወቂያዎን ወይም ሰነዶችዎን ሊወስድ አይፈቀድለትም። እርስዎን ለመቆጣጠር እነሱን መያዝ የማስገደድ ምልክት ነው።
## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = አንድን ሰው ማነቅ፣ ወይም መተንፈስ እስኪያቅተው ድረስ ጉሮሮውን መጨመቅ፣ ምንም ምልክት ባይታይም እንኳ፣ ከሁሉ በጣም ከባድ ከሆኑት የአደጋ ምልክቶች አንዱ ነው።
danger-weapon = በቢላ፣ በጦር መሣሪያ ወይም በሌሎች ነገሮች ማስፈራራት ከባድ የአደጋ ምልክት ነው።
danger-weapon-access = በቤት ውስጥ የጦር መሣሪያ መኖሩ፣ ወይም የሚያስፈራራው ሰው በቀላሉ የጦር መሣሪያ ማግኘት መቻሉ፣ የከባድ ጥቃት አደጋን ይጨምራል።
danger-threat-to-kill = የመግደል ማስፈራሪያ፣ በቁጣ ቢነገርም እንኳ፣ ሁልጊዜ በቁም ነገር መወሰድ አለበት።
danger-believes-could-kill = አንድ ሰው ሌላው ሰው ሊገድለው ይችላል ብሎ ሲያምን፣ ይህ አስፈላጊ የአደጋ ምልክት ነው።
danger-escalation = ጥቃቱ ወይም ማስፈራሪያው ሲባባስ ወይም ይበልጥ ሲደጋገም፣ የከባድ ጥቃት አደጋ ይጨምራል።
danger-separation = ሌላው ሰው ጥቃት ፈጽሞ ወይም ተቆጣጣሪ ሆኖ ከነበረ፣ የመለያየት ጊዜ በተለይ አደገኛ ሊሆን ይችላል።
danger-pregnancy = በእርግዝና ወቅት የሚፈጸም ጥቃት ለእርጉዟም ለሕፃኑም ከባድ የአደጋ ምልክት ነው።
danger-jealousy = ወደ ቁጥጥር፣ ወደ ክስ ወይም ወደ ማስፈራሪያ የሚያመራ ጠንካራና የማያቋርጥ ቅናት ከባድ የአደጋ ምልክት ነው።
danger-suicide-threats = አንድ ሰው ለምሳሌ ግንኙነት ሲያበቃ ራሱን እንደሚያጠፋ ሲያስፈራራ፣ ይህ ከባድ የአደጋ ምልክት ነው – በአቅራቢያው ላሉ ሌሎች ሰዎችም።
danger-contact-ban-broken = የግንኙነት እገዳ (kontaktförbud) መጣሱ ከባድ የአደጋ ምልክትና ወንጀል ነው።
danger-stalking = አንድን ሰው ያለማቋረጥ መከተል፣ መሰለል ወይም ማነጋገር ከባድ የአደጋ ምልክት ነው፤ ወንጀልም ሊሆን ይችላል።
danger-forced-trip-or-marriage = ከአንድ ሰው ፈቃድ ውጭ የታቀደ ጋብቻ ወይም ወደ ውጭ አገር ጉዞ ከባድ የአደጋ ምልክት ነው። ከጉዞው በፊት ጥበቃ ማግኘት ይቻላል።
danger-honour-violence-before = ቤተሰቡ ወይም ዘመዶቹ ቀደም ሲል እነሱ እንደሚፈልጉት ባልኖረ ሰው ላይ ጥቃት፣ ማስፈራሪያ ወይም ማስገደድ ተጠቅመው ከሆነ፣ ይህ ከባድ የአደጋ ምልክት ነው።
danger-threats-to-children = በልጆች ላይ የሚደረግ ማስፈራሪያ ከባድ የአደጋ ምልክት ነው። ልጆች ጥበቃ የማግኘት መብት አላቸው።
danger-child-sexual-abuse = ማንም ሰው በልጅ ላይ ምንም ዓይነት ወሲባዊ ነገር ማድረግ አይፈቀድለትም። ከባድ ወንጀል ነው፤ ልጁም ወዲያውኑ ጥበቃ የማግኘት መብት አለው።
danger-child-sexual-exploitation = ማንም ሰው ለልጅ በወሲባዊ ነገር ምትክ ገንዘብ፣ ዕቃ፣ አደንዛዥ ዕፅ ወይም ማደሪያ ቦታ መስጠት አይፈቀድለትም። ወንጀል ነው፤ ልጁም ጥበቃ የማግኘት መብት አለው።
danger-child-marriage = በስዊድን ከ18 ዓመት በታች የሆነ ማንም ሰው ማግባት አይፈቀድለትም፤ አንድን ሰው እንዲያገባ ማስገደድም ወንጀል ነው። እንዲታጭ ወይም እንዲያገባ ጫና የሚደረግበት ልጅ ጥበቃ የማግኘት መብት አለው።
danger-genital-mutilation = የሴት ልጅ ብልት ትልተላ፣ ማለትም የሴት ልጅን ብልት መቁረጥ (አንዳንድ ጊዜ ግርዛት ይባላል)፣ በሌላ አገር ቢፈጸምም እንኳ በስዊድን የተከለከለ ነው። ይህ አደጋ ያለበት ልጅ ወዲያውኑ ጥበቃ የማግኘት መብት አለው።
danger-sextortion = አንድ ሰው ተጨማሪ ፎቶዎችን ወይም ገንዘብ ለማግኘት የአንድን ልጅ ፎቶዎች እንደሚያሰራጭ ማስፈራራቱ ከባድ ወንጀል ነው። ልጁ ጥበቃና ድጋፍ የማግኘት መብት አለው።
danger-suicidal-thoughts = ራስን የማጥፋት ሐሳብ ሁልጊዜ በቁም ነገር መወሰድ አለበት። ቀንና ሌሊት እርዳታ ማግኘት ይቻላል።

## Advice for each warning sign, worded for each reader: -advice for the person it happens to,
## -advice-worried for someone who is worried and -advice-used for the person who used violence.
## At most about fifty words; never urge anyone to confront anyone. The source of each piece of
## advice is in a comment above it.

# Source: Glass et al. 2008 and Campbell's Danger Assessment (item 10): strangulation is among the strongest predictors of homicide. Absent marks do not mean absent injury: the police (polisen.se, 2024: 'yttre tecken kan helt saknas') and the Prosecution Authority (aklagare.se, 2025); delayed symptoms in clinical guidance (ACEP). No NCK or 1177 page on delayed symptoms was found.
danger-strangulation-advice = ምንም ባይታይም እንኳ በዚያው ቀን ሕክምና ይፈልጉ፤ ቢቻል ወደ ድንገተኛ ሕክምና ክፍል (akutmottagning) ይሂዱ። መተንፈስ፣ መዋጥ ወይም መናገር ከቸገረዎት፣ ወይም ግራ ከተጋቡ ወደ 112 ይደውሉ። በአንገት ላይ የደረሰ ጉዳት ቆይቶ ሊታወቅ ይችላል። ከፈለጉ የጤና ባለሙያዎች ጉዳቶቹን መመዝገብ ይችላሉ።
danger-strangulation-advice-worried = ምንም ባይታይም እንኳ የሚያሳስብዎ ሰው በዚያው ቀን ሕክምና ማግኘት አለበት፤ ምክንያቱም በአንገት ላይ የደረሰ ጉዳት ቆይቶ ሊታወቅ ይችላል። አብረው ለመሄድ ፈቃደኛ መሆንዎን ለዚያ ሰው መንገር ይችላሉ። ያ ሰው መተንፈስ ከቸገረው ወደ 112 ይደውሉ።
danger-strangulation-advice-used = የአንድን ሰው አንገት መያዝ ወይም ማነቅ ሊገድል ይችላል፤ በፍጥነት ቢያልፍና ምንም ባይታይም እንኳ። አንድ ሰው መተንፈስ ከቸገረው ወይም ራሱን ከሳተ ወዲያውኑ ወደ 112 ይደውሉ። ለማቆም እርዳታ ለማግኘት ወደ Välj att sluta (ጥቃትን ለማቆም የሚረዳ የድጋፍ መስመር) ወይም ወደ socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ይደውሉ።
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 (revocation) and 4 (custody of weapons when there is a risk of misuse); DA item 5.
danger-weapon-advice = አንድ ሰው አሁን በጦር መሣሪያ እያስፈራራዎት ከሆነ ወደ 112 ይደውሉ። ሲደውሉ ስለ መሣሪያው ይንገሩ። በአንድ ሰው ላይ ጥቅም ላይ የመዋል አደጋ ሲኖር ፖሊስ የጦር መሣሪያውን ከያዘው ሰው ሊወስድ ይችላል።
danger-weapon-advice-worried = አሁን አንድ ሰው የሚያሳስብዎን ሰው በጦር መሣሪያ እያስፈራራው ከሆነ፣ ወደ 112 ይደውሉና የሚያሳስብዎ ሰው የት እንዳለ ይንገሩ። የሚያስፈራራውን ሰው አይጋፈጡት።
danger-weapon-advice-used = ያስፈራሩበትን ነገር ያርቁት፣ ወይም የጦር መሣሪያውን ለፖሊስ ያስረክቡ። አሁን አንድን ሰው ሊጎዱ እንደሚችሉ ከተሰማዎት፣ ከዚያ ቦታ ይውጡና ወደ 112 ይደውሉ። Välj att sluta (ጥቃትን ለማቆም የሚረዳ የድጋፍ መስመር) እና socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ለማቆም ሊረዱዎት ይችላሉ።
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 and 4; DA item 2; FREDA-farlighetsbedömning (weapons at home).
danger-weapon-access-advice = ከፈለጉ የጦር መሣሪያ እንዳለ ለፖሊስ፣ ለsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ወይም ለድጋፍ መስመር መናገር ይችላሉ። አንድን ሰው ለመጉዳት ጥቅም ላይ የመዋል አደጋ ካለ፣ ፖሊስ የጦር መሣሪያውን ሊወስድና የጦር መሣሪያ ፈቃዱን (vapenlicens) ሊሰርዝ ይችላል።
# Source: Brottsbalken 4:5 (olaga hot); lag (SFS 1988:688) om kontaktförbud: asked for through the police (114 14) or the Prosecution Authority, decided by a prosecutor or court (polisen.se, aklagare.se); DA item 6.
danger-threat-to-kill-advice = ማስፈራሪያውን ለፖሊስ ሪፖርት ማድረግና kontaktförbud (የግንኙነት እገዳ) መጠየቅ ይችላሉ። መልእክቶችን ያስቀምጡ፤ ምን እንደተባለና መቼ እንደሆነ ይጻፉ። ደኅንነትዎን እንዴት መጠበቅ እንደሚችሉ ከድጋፍ መስመር ጋር ይነጋገሩ።
danger-threat-to-kill-advice-worried = ማስፈራሪያውን በቁም ነገር ይውሰዱት። የሚያሳስብዎ ሰው ለፖሊስ ሪፖርት ማድረግና kontaktförbud (የግንኙነት እገዳ) መጠየቅ ይችላል። መልእክቶችን በማስቀመጥና ያዩትንና የሰሙትን በመጻፍ መርዳት ይችላሉ።
danger-threat-to-kill-advice-used = የመግደል ማስፈራሪያ ያስፈራል፤ ከልብዎ ባይሆንም እንኳ ወንጀል ነው። ለማቆም እርዳታ ለማግኘት Välj att sluta (ጥቃትን ለማቆም የሚረዳ የድጋፍ መስመር) ወይም socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ያግኙ።
# Source: DA item 18 (the person's own belief that the other could kill them); FREDA-farlighetsbedömning's guidance: the person's own estimate of risk is on average as good as the instruments; safety planning with support services as in NCK's and the shelter movement's practice.
danger-believes-could-kill-advice = ስሜትዎን በቁም ነገር ይውሰዱት። ከድጋፍ መስመር፣ ከkvinnojour፣ ከtjejjour ወይም ከmansjour (ለሴቶች፣ ለልጃገረዶች ወይም ለወንዶች የድጋፍ ማዕከል)፣ ወይም ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ጋር ሆነው ደኅንነትዎን እንዴት መጠበቅ እንደሚችሉ ዕቅድ ያውጡ። አሁን አደጋ ላይ ከሆኑ ወደ 112 ይደውሉ።
danger-believes-could-kill-advice-worried = ይህን በቁም ነገር ይውሰዱት። ወደ ድጋፍ መስመር ይደውሉና የሚያሳስብዎን ሰው እንዴት መደገፍ እንደሚችሉና ያ ሰው እንዴት ደኅንነቱን መጠበቅ እንደሚችል ይነጋገሩ። የሚያስፈራራውን ሰው አይጋፈጡት። ያ ሰው አሁን አደጋ ላይ ከሆነ ወደ 112 ይደውሉ።
# Source: DA item 1; documenting incidents and keeping evidence safe, as NCK and the police advise.
danger-escalation-advice = የሚሆነውን ነገርና መቼ እንደሆነ ይጻፉ፤ ፎቶዎችንና መልእክቶችን ሌላ ማንም ሊያገኛቸው በማይችልበት ቦታ ያስቀምጡ። ከድጋፍ መስመር ወይም ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ጋር ሆነው ለደኅንነትዎ ያቅዱ።
danger-escalation-advice-worried = ይህ አደጋው እየጨመረ መሆኑን የሚያሳይ ምልክት ነው። ወደ ድጋፍ መስመር ይደውሉና የሚያሳስብዎን ሰው እንዴት መደገፍ እንደሚችሉ ይነጋገሩ። ያ ሰው አሁን አደጋ ላይ ከሆነ ወደ 112 ይደውሉ።
danger-escalation-advice-used = ነገሩ ሲባባስ አንድ ሰው ክፉኛ የመጎዳት አደጋ ይጨምራል። አሁን እርዳታ ይፈልጉ፤ ለምሳሌ ከVälj att sluta (ጥቃትን ለማቆም የሚረዳ የድጋፍ መስመር) ወይም ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ)። አንድ ሰው አደጋ ላይ ከሆነ ወደ 112 ይደውሉ።
# Source: DA item 3; Brå 2007:6 (separation problems and jealousy the most common motives for lethal partner violence); NCK's summary of Brå data (more than half in connection with separation). Never push a person to leave: whether and when is theirs.
danger-separation-advice = ከመለያየት በፊት፣ በመለያየት ጊዜና ከመለያየት በኋላ ያለው ጊዜ በተለይ አደገኛ ሊሆን ይችላል። መለየት አለመለየትዎንና መቼ እንደሆነ ራስዎ ይወስናሉ። ለመለየት እያሰቡ ከሆነ ከድጋፍ መስመር፣ ከkvinnojour ወይም ከmansjour (ለሴቶች ወይም ለወንዶች የድጋፍ ማዕከል)፣ ወይም ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ጋር በእርጋታ ማቀድ ይችላሉ።
danger-separation-advice-worried = ከመለያየት በፊት፣ በመለያየት ጊዜና ከመለያየት በኋላ ያለው ጊዜ በተለይ አደገኛ ሊሆን ይችላል። የሚያሳስብዎ ሰው ለመለየት እያሰበ ከሆነ ከድጋፍ መስመር፣ ከkvinnojour ወይም ከmansjour (ለሴቶች ወይም ለወንዶች የድጋፍ ማዕከል)፣ ወይም ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ጋር እንዲያቅድ መርዳት ይችላሉ። ውሳኔው የዚያ ሰው ነው።
# Source: DA item 15; HSLF-FS 2022:39 (replaced SOSFS 2014:4 on 1 November 2022); NCK and Graviditetsregistret: antenatal care asks every pregnant woman about violence, though not every woman recalls being asked.
danger-pregnancy-advice = አሁን እርጉዝ ከሆኑ፣ እየሆነ ያለውን ለአዋላጅ ነርስዎ (barnmorska) መንገር ይችላሉ። አዋላጅ ነርሶች ብዙውን ጊዜ ስለ ጥቃት ይጠይቃሉ፤ አጋርዎ በሌለበት ውይይትም ጭምር ወደ ተጨማሪ እርዳታ ሊያገናኙዎ ይችላሉ። ከድጋፍ መስመር ጋርም መነጋገር ይችላሉ።
# Source: DA item 14 (violent and constant jealousy).
danger-jealousy-advice = ቅናት አንድን ሰው የመቆጣጠር ወይም የማስፈራራት መብት አይሰጥም። ቁጥጥሩ እየጨመረ መሆኑን ወይም አለመሆኑን ልብ ይበሉ፤ እየሆነ ስላለውና ደኅንነትዎን እንዴት መጠበቅ እንደሚችሉም ከድጋፍ መስመር ጋር ይነጋገሩ።
# Source: DA item 16 (the other person's threats or attempts of suicide, which also signal danger to the partner).
danger-suicide-threats-advice = ያ ሰው ለሚያደርገው ነገር እርስዎ ተጠያቂ አይደሉም። ያ ሰው አስቸኳይ አደጋ ላይ ከሆነ ወደ 112 ይደውሉ። ራስን የማጥፋት ማስፈራሪያ ለእርስዎም አደጋ ሊሆን ይችላል፤ ስለዚህ ስለ ራስዎ ደኅንነት ከድጋፍ መስመር ጋር ቢነጋገሩ ጥሩ ነው።
# Source: Lag (SFS 1988:688) om kontaktförbud: breaking a ban is a crime; SARA item 8 (violation of no-contact orders).
danger-contact-ban-broken-advice = የግንኙነት እገዳው (kontaktförbud) በተጣሰ ቁጥር ለፖሊስ ሪፖርት ያድርጉ፤ መልእክቶችን፣ የጥሪ ዝርዝሮችንና ይህን የሚያሳዩ ሌሎች ነገሮችን ያስቀምጡ። አሁን አደጋ ላይ ከሆኑ ወደ 112 ይደውሉ።
danger-contact-ban-broken-advice-used = የግንኙነት እገዳን (kontaktförbud) መጣስ ወንጀል ነው፤ ሊጠበቅ የሚገባውንም ሰው ያስፈራዋል። ይራቁ፤ ድጋፍ ለማግኘትም Välj att sluta (ጥቃትን ለማቆም የሚረዳ የድጋፍ መስመር) ወይም socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ያግኙ።
# Source: Brottsbalken 4:4 b (olaga förföljelse); DA item 19; the police on documenting stalking; safety advice on spyware: removing an app can be noticed (as on this tool's safety page).
danger-stalking-advice = መቼና የት እንደሚከሰት ይጻፉ፤ መልእክቶችንም ያስቀምጡ። በስልክዎ ውስጥ የማያውቋቸው መተግበሪያዎች (apps) መኖራቸውን ይመልከቱ፤ ነገር ግን ቢሰርዟቸው ሊታወቅ እንደሚችል ያስታውሱ። ለፖሊስ ሪፖርት ማድረግና kontaktförbud (የግንኙነት እገዳ) መጠየቅ ይችላሉ።
danger-stalking-advice-worried = የሚያሳስብዎ ሰው መቼና የት እንደሚከሰት መጻፍና መልእክቶችን ማስቀመጥ ይችላል። ሕገወጥ ክትትል (olaga förföljelse) ለፖሊስ ሪፖርት ሊደረግ የሚችል ወንጀል ነው። የሚያዩትን በመጻፍ መርዳት ይችላሉ።
# Source: LVU (SFS 1990:52) 31 a § (utreseförbud, travel ban for a child at risk of being taken abroad and harmed; since 1 July 2020, extended 1 June 2024 by prop. 2023/24:72); brottsbalken 4:4 c (äktenskapstvång); Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland); the Swedish Ministry for Foreign Affairs (UD) gives consular help abroad.
danger-forced-trip-or-marriage-advice = ከጉዞው በፊት እርዳታ ለማግኘት ይሞክሩ፦ socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ)፣ ፖሊስን ወይም ከክብር ጋር ለተያያዘ ጥቃት የሚሠራውን የድጋፍ መስመር ያግኙ። ለልጆች socialtjänsten utreseförbud (ልጅ ከአገር እንዳይወጣ የሚከለክል እገዳ) ሊጠይቅ ይችላል። ቢሆንም ከተጓዙ፣ የፓስፖርትዎን ቅጂ፣ ቻርጅ የተደረገ ስልክና የስዊድን ኤምባሲ ስልክ ቁጥር ይዘው ይሂዱ።
danger-forced-trip-or-marriage-advice-worried = ቤተሰቡ ሳያውቅ ከጉዞው በፊት እርምጃ ይውሰዱ፦ socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ)፣ ፖሊስን ወይም ከክብር ጋር ለተያያዘ ጥቃት የሚሠራውን የድጋፍ መስመር ያግኙ። ለልጆች utreseförbud (ልጅ ከአገር እንዳይወጣ የሚከለክል እገዳ) አለ። የሚያሳስብዎ ሰው ቀድሞውኑ ውጭ አገር ከሆነ፣ የስዊድን የውጭ ጉዳይ ሚኒስቴር (UD) ሊረዳ ይችላል።
# Source: PATRIARK (earlier honour-based violence in the family or network).
danger-honour-violence-before-advice = በቤተሰቡ ውስጥ በሌሎች ላይ የደረሰው ነገር ለእርስዎም አደጋው ከፍ ያለ መሆኑን ሊያሳይ ይችላል። ደኅንነትዎን እንዴት መጠበቅ እንደሚችሉ ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ወይም ከክብር ጋር ለተያያዘ ጥቃት ከሚሠራው የድጋፍ መስመር ጋር ይነጋገሩ። አሁን አደጋ ላይ ከሆኑ ወደ 112 ይደውሉ።
# Source: DA item 17; socialtjänstlagen (SFS 2025:400), the social services' duty to protect children.
danger-threats-to-children-advice = ማስፈራሪያ የሚደርስባቸው ልጆች ጥበቃ የማግኘት መብት አላቸው። Socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) እርስዎንና ልጆቹን ሊረዳ ይችላል፤ ማስፈራሪያውንም ለፖሊስ ሪፖርት ማድረግ ይችላሉ። አንድ ልጅ አሁን አደጋ ላይ ከሆነ ወደ 112 ይደውሉ።
# Source: Brottsbalken chapter 6 (sexual offences against children); socialtjänstlagen (SFS 2025:400): the social services must protect a child who may be harmed; Bris (contacts/national.toml).
danger-child-sexual-abuse-advice = በፍጹም የእርስዎ ጥፋት አይደለም። ለሚያምኑት አዋቂ ሰው ይንገሩ፤ ለምሳሌ ለትምህርት ቤቱ አማካሪ (skolkurator) ወይም ለትምህርት ቤቱ ነርስ፣ ወይም ወደ Bris (ለልጆችና ለወጣቶች የድጋፍ መስመር) ይደውሉ። Socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) እርስዎን መጠበቅ አለበት። አሁን አደጋ ላይ ከሆኑ ወደ 112 ይደውሉ።
danger-child-sexual-abuse-advice-worried = ወዲያውኑ ለsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) orosanmälan (የስጋት ሪፖርት) ያቅርቡ፣ ወይም ወደ ፖሊስ ይደውሉ። ልጁን በጥያቄ አያጣድፉት፤ የሚጠረጥሩትንም ሰው አይጋፈጡት። ልጁ አሁን አደጋ ላይ ከሆነ ወደ 112 ይደውሉ።
# Source: Brottsbalken 6:9 (purchase of a sexual act from a child); socialtjänstlagen (SFS 2025:400).
danger-child-sexual-exploitation-advice = ጥፋተኛው በፍጹም እርስዎ አይደሉም፤ ጥፋተኛው እርስዎን የሚበዘብዘው ሰው ነው። ከBris (ለልጆችና ለወጣቶች የድጋፍ መስመር) ወይም ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ጋር መነጋገር ይችላሉ፤ በungdomsmottagning (የወጣቶች ክሊኒክ) ደግሞ ለጤናዎ እርዳታ ማግኘት ይችላሉ። አሁን አደጋ ላይ ከሆኑ ወደ 112 ይደውሉ።
danger-child-sexual-exploitation-advice-worried = ወዲያውኑ ለsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) orosanmälan (የስጋት ሪፖርት) ያቅርቡ። ከልጅ ወሲብ የሚገዛ ሰው ወንጀል ይፈጽማል። ልጁ አሁን አደጋ ላይ ከሆነ ወደ 112 ይደውሉ።
# Source: Äktenskapsbalken 2:1 (no one under 18 may marry); brottsbalken chapter 4 (barnäktenskapsbrott and äktenskapstvång, covering marriage-like unions too); LVU 31 a § (utreseförbud: social services apply, the administrative court decides, with interim bans by social services).
danger-child-marriage-advice = ማንም ሰው እርስዎን መዳር አይፈቀድለትም፤ በሃይማኖታዊ ሥርዓትም ሆነ በውጭ አገር። Socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ሊጠብቅዎና ከአገር እንዳይወሰዱ utreseförbud (ልጅ ከአገር እንዳይወጣ የሚከለክል እገዳ) ሊጠይቅ ይችላል። ከክብር ጋር ለተያያዘ ጥቃት ወደሚሠራው የድጋፍ መስመር ወይም ወደ Bris (ለልጆችና ለወጣቶች የድጋፍ መስመር) መደወል ይችላሉ። አሁን አደጋ ላይ ከሆኑ ወደ 112 ይደውሉ።
# Source: Lag (SFS 1982:316) med förbud mot könsstympning av kvinnor (female genitals; applies also to mutilation abroad); LVU 31 a § (utreseförbud).
danger-genital-mutilation-advice = ለሚያምኑት አዋቂ ሰው ይንገሩ፤ ለምሳሌ ለትምህርት ቤቱ ነርስ ወይም ለአማካሪው (kurator)፣ ወይም ወደ Bris (ለልጆችና ለወጣቶች የድጋፍ መስመር) ይደውሉ። Socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ሊጠብቅዎ ይችላል፤ ለምሳሌ ከጉዞ በፊት utreseförbud (ልጅ ከአገር እንዳይወጣ የሚከለክል እገዳ) በማድረግ። አንድ ነገር ቀድሞውኑ ደርሶብዎ ከሆነ ሕክምናና ድጋፍ ማግኘት ይችላሉ። አሁን አደጋ ላይ ከሆኑ ወደ 112 ይደውሉ።
danger-genital-mutilation-advice-worried = ወዲያውኑ ለsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) orosanmälan (የስጋት ሪፖርት) ያቅርቡ፤ በተለይ ጉዞ ከመደረጉ በፊት። Socialtjänsten ለልጁ utreseförbud (ልጅ ከአገር እንዳይወጣ የሚከለክል እገዳ) ሊጠይቅ ይችላል። ቤተሰቡን ራስዎ አያነጋግሩ።
# Source: Child-protection practice (Bris; the police on sexual extortion of children): do not send more or pay, keep the evidence, tell an adult, report; brottsbalken chapter 6.
danger-sextortion-advice = የእርስዎ ጥፋት አይደለም። ተጨማሪ ፎቶዎችን አይላኩ፤ ገንዘብም አይክፈሉ። መልእክቶቹን ያስቀምጡ፤ ከዚያም ያንን ሰው ያግዱ (block)። ለሚያምኑት አዋቂ ሰው ይንገሩ ወይም ወደ Bris (ለልጆችና ለወጣቶች የድጋፍ መስመር) ይደውሉ። ፎቶዎቹን ራስዎ ልከው ቢሆንም እንኳ ለፖሊስ ሪፖርት ማድረግ ይችላሉ።
# Source: DA item 20 (the person's own thoughts or attempts of suicide); Mind's Självmordslinjen (contacts/national.toml); NASP at Karolinska Institutet: asking directly about suicide does not increase the risk.
danger-suicidal-thoughts-advice = ብቻዎን አይደሉም። ወደ Självmordslinjen (ራስን የማጥፋት ሐሳብ ላላቸው የድጋፍ መስመር) ቀንና ሌሊት መደወል ወይም በቻት መጻፍ ይችላሉ፤ ስምዎን ሳይገልጹም መናገር ይችላሉ። አሁን ራስዎን ለመጉዳት እያሰቡ ከሆነ ወደ 112 ይደውሉ።
danger-suicidal-thoughts-advice-worried = በቁም ነገር ይውሰዱትና በቀጥታ ይጠይቁ፦ “ራስዎን ስለማጥፋት እያሰቡ ነው?” መጠየቅ አደጋውን አይጨምርም። Självmordslinjen (ራስን የማጥፋት ሐሳብ ላላቸው የድጋፍ መስመር) ስለ ሌላ ሰው ከሚጨነቁ ሰዎችም ጥሪ ይቀበላል። ያ ሰው አስቸኳይ አደጋ ላይ ከሆነ ወደ 112 ይደውሉ።
danger-suicidal-thoughts-advice-used = ብቻዎን አይደሉም። ወደ Självmordslinjen (ራስን የማጥፋት ሐሳብ ላላቸው የድጋፍ መስመር) ቀንና ሌሊት መደወል ወይም በቻት መጻፍ ይችላሉ፤ ስምዎን ሳይገልጹም መናገር ይችላሉ። አሁን ራስዎን ወይም ሌላ ሰውን ለመጉዳት እያሰቡ ከሆነ ወደ 112 ይደውሉ።
## Result: fixed parts

result-title = መልሶችዎ የሚገልጹት ይህን ነው
result-intro = የመለሱት አንድ ወይም ከዚያ በላይ የጥቃት ዓይነቶችን ይገልጻል። ከታች ምን እንደሚባሉና የት ድጋፍ ማግኘት እንደሚችሉ ማንበብ ይችላሉ።
result-none = ከመልሶችዎ አንዳቸውም ጥቃትን አልገለጹም። ቢሆንም አንድ ነገር ትክክል እንዳልሆነ ከተሰማዎት ከአንድ ሰው ጋር መነጋገር ይችላሉ። ስሜትዎን ይመኑ።
result-none-worried = ከመልሶችዎ አንዳቸውም በሚያሳስብዎ ሰው ላይ የሚደርስ ጥቃትን አልገለጹም። ቢሆንም ስሜትዎን ይመኑ፦ ስለ ጭንቀትዎ ከድጋፍ መስመር ጋር መነጋገር ይችላሉ።
result-danger-unanswered = ስለ ከባድ አደጋ ከተጠየቁት ጥያቄዎች አንዳንዶቹን ሳይመልሱ ትተዋል፤ ይህ ችግር የለውም። ለደኅንነትዎ የሚፈሩ ከሆነ ሁልጊዜ ወደ 112 መደወል ይችላሉ፤ ከታች ያሉት የድጋፍ መስመሮችም ከሁሉ የበለጠ ደኅንነቱ የተጠበቀው ምን እንደሆነ እንዲያስቡበት ሊረዱዎት ይችላሉ።
result-danger-unanswered-worried = ስለ ከባድ አደጋ ከተጠየቁት ጥያቄዎች አንዳንዶቹን ሳይመልሱ ትተዋል፤ ይህ ችግር የለውም። የሚያሳስብዎ ሰው አሁን አደጋ ላይ ነው ብለው ካሰቡ ወደ 112 ይደውሉ። ከታች ያሉት የድጋፍ መስመሮች ያንን ሰው እንዴት መደገፍ እንደሚችሉ እንዲያስቡበት ሊረዱዎት ይችላሉ።
result-danger-unanswered-used = ስለ ከባድ አደጋ ከተጠየቁት ጥያቄዎች አንዳንዶቹን ሳይመልሱ ትተዋል፤ ይህ ችግር የለውም። አንድን ሰው እጎዳለሁ ብለው ከፈሩ፣ ወይም አንድ ሰው አደጋ ላይ ከሆነ፣ ወደ 112 ይደውሉ። Välj att sluta (ጥቃትን ለማቆም የሚረዳ የድጋፍ መስመር) እና socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ሊረዱዎት ይችላሉ።
result-urgent-title = አሁን አደጋ ላይ ከሆኑ፣ ወደ 112 ይደውሉ
result-urgent-text = ምን እንደተከሰተና የት እንዳሉ ይናገሩ። ጥሪው ምንም ክፍያ የለውም። በሞባይል ሲደውሉ SOS Alarm (የ112 ማዕከል) ብዙውን ጊዜ የት እንዳሉ ማየት ይችላል። ከቻሉ መስመሩ ላይ ይቆዩ።
result-urgent-title-worried = ያ ሰው አሁን አደጋ ላይ ከሆነ፣ ወደ 112 ይደውሉ
result-urgent-text-worried = የሚያሳስብዎ ሰው አሁን አደጋ ላይ ከሆነ ወደ 112 ይደውሉ። ያ ሰው የት እንዳለና ምን እየተከሰተ እንዳለ ይናገሩ። ጥሪው ምንም ክፍያ የለውም።
result-urgent-signs-intro = ይህን መጀመሪያ የምናሳየው መልሶችዎ ከባድ የአደጋ ምልክት ሊሆን የሚችል ነገር ስለጠቀሱ ነው፦
result-advice-youth = ከ18 ዓመት በታች ከሆኑ ከBris (ለልጆችና ለወጣቶች የድጋፍ መስመር)፣ ከትምህርት ቤቱ አማካሪ (skolkurator)፣ ከትምህርት ቤቱ ነርስ ወይም ከሚያምኑት ሌላ አዋቂ ሰው ጋርም መነጋገር ይችላሉ። ይህን ብቻዎን መሸከም የለብዎትም።
result-advice-youth-worried = እርስዎ ራስዎ ከ18 ዓመት በታች ከሆኑ ለሚያምኑት አዋቂ ሰው መንገር ወይም ወደ Bris (ለልጆችና ለወጣቶች የድጋፍ መስመር) መደወል ይችላሉ፤ በቀረው ነገር እነሱ ይረዱዎታል።
result-not-your-fault = በእርስዎ ላይ እየደረሰ ያለው የእርስዎ ጥፋት አይደለም። ማንም ሰው እርስዎን የመጉዳት፣ የማስፈራራት ወይም የመቆጣጠር መብት የለውም።
result-right-to-support = ከየትም ቢመጡ፣ የመኖሪያ ፈቃድ ቢኖርዎትም ባይኖርዎትም፣ ካሉበት ማዘጋጃ ቤት socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ድጋፍ የመጠየቅ መብት አለዎት። እነሱን ለማግኘት ምንም ክፍያ የለም።
result-everyone-welcome = ዕድሜዎ፣ ጾታዎ፣ የመጡበት አካባቢ፣ ጾታዊ ዝንባሌዎ፣ አካል ጉዳትዎ ወይም ሱስዎ ምንም ይሁን ምን፣ ድጋፍ የማግኘት መብት አለዎት። አልኮል መጠጣትዎ ወይም አደንዛዥ ዕፅ መውሰድዎ፣ ወይም የመኖሪያ ፈቃድ አለመኖሩ በፍጹም ድጋፍ ከማግኘት አያግድዎትም።
result-everyone-welcome-worried = የሚያሳስብዎ ሰው ዕድሜው፣ ጾታው፣ የመጣበት አካባቢ፣ ጾታዊ ዝንባሌው፣ አካል ጉዳቱ ወይም ሱሱ ምንም ይሁን ምን ድጋፍ የማግኘት መብት አለው። አልኮል፣ አደንዛዥ ዕፅ ወይም የመኖሪያ ፈቃድ አለመኖር ማንንም ሰው በፍጹም ድጋፍ ከማግኘት አያግድም።
result-everyone-welcome-used = ዕድሜዎ፣ ጾታዎ፣ የመጡበት አካባቢ፣ ጾታዊ ዝንባሌዎ፣ አካል ጉዳትዎ ወይም ሱስዎ ምንም ይሁን ምን፣ ጥቃትን ለማቆም ድጋፍ ማግኘት ይችላሉ። አልኮል መጠጣትዎ ወይም አደንዛዥ ዕፅ መውሰድዎ ድጋፍ ከማግኘት አያግድዎትም።
result-child-protection-title = ጥበቃ የማግኘት መብት አለዎት
result-child-protection-1 = ዕድሜዎ ከ18 ዓመት በታች ነው። ስለዚህ አንድ ሰው ቢጎዳዎት፣ ቢያስፈራራዎት ወይም ቢበዘብዝዎት socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ሁኔታዎን ማጣራትና እርስዎን መጠበቅ አለበት።
result-child-protection-2 = ራስዎ ወደ socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) መደወል ወይም መሄድ ይችላሉ፤ ወይም የሚያምኑትን አዋቂ ሰው፣ ለምሳሌ የትምህርት ቤቱን አማካሪ (skolkurator)፣ እንዲረዳዎት መጠየቅ ይችላሉ።
result-child-protection-3 = ማን እንደሆኑ ሳይናገሩ ከBris (ለልጆችና ለወጣቶች የድጋፍ መስመር) ጋርም መነጋገር ይችላሉ። Bris ከታች ባሉት አድራሻዎች ውስጥ ይገኛል።
result-what-happens-title = ብገናኝ ምን ይሆናል?
result-what-happens-1 = ለማውራትና ምክር ለማግኘት ወደ ድጋፍ መስመር በመደወል መጀመር ይችላሉ። ምን እንደሚናገሩ ራስዎ ይወስናሉ።
result-what-happens-2 = Socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) የድጋፍ ውይይቶችን፣ እንዴት ደኅንነትዎን መጠበቅ እንደሚችሉ ለማቀድ የሚረዳ እርዳታን፣ እንዲሁም መዛወር ካስፈለገዎ የተጠበቀ መኖሪያ ሊሰጥዎ ይችላል።
result-what-happens-3 = አንድ በአንድ እርምጃ መውሰድ ይችላሉ። ተጨማሪ ከመናገርዎ በፊት ቀጥሎ ምን እንደሚሆን ቢጠይቁ ጥሩ ነው።
result-show-local = በአቅራቢያዬ ያለ እርዳታ አሳየኝ
result-start-over = እንደገና ይጀምሩ
result-start-over-hint = የመለሱት ሁሉ ይረሳል።
## Result: for someone who has hurt or frightened someone

result-used-intro = መልሶችዎ ለእርስዎ ቅርብ የሆነን ሰው ሊጎዱ ወይም ሊያስፈሩ የሚችሉ ነገሮችን እንዳደረጉ ይገልጻሉ።
result-used-responsibility = እነዚህን ጥያቄዎች መመለስዎ አስፈላጊ እርምጃ ነው። ጥቃት ምርጫ ነው፤ ለማቆምም መምረጥ ይችላሉ። ለዚህ የሚሆን እርዳታ አለ፤ ለምሳሌ Välj att sluta (ጥቃትን ለማቆም የሚረዳ የድጋፍ መስመር) እና በማዘጋጃ ቤትዎ ያለው socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ)።
result-used-responsibility-youth = ጥያቄዎቹን መመለስዎ አስፈላጊ እርምጃ ነው። ሌሎችን መጉዳት ወይም ማስፈራራት ማቆምን መማር ይቻላል፤ በዚህ ሊረዱዎት የሚችሉ አዋቂዎችም አሉ፤ ለምሳሌ Bris (ለልጆችና ለወጣቶች የድጋፍ መስመር) እና socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ)።
result-used-urgent-text = አሁን አንድን ሰው እጎዳለሁ ብለው ከፈሩ፣ ወይም አንድ ሰው አደጋ ላይ ከሆነ፣ ወደ 112 ይደውሉ።
result-used-none = መልሶችዎ ከጠየቅነው ውስጥ ምንንም አልገለጹም። ቢሆንም ለእርስዎ ቅርብ ለሆነ ሰው ስለሚያሳዩት ባሕሪ የሚያሳስብዎ ከሆነ ከVälj att sluta (ጥቃትን ለማቆም የሚረዳ የድጋፍ መስመር) ወይም ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ጋር መነጋገር ይችላሉ። ስምዎን ሳይገልጹ መናገር ይችላሉ።
result-used-children = ጥቃትን የሚያዩ ወይም የሚሰሙ ልጆች ድጋፍ ያስፈልጋቸዋል። Socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ለእርስዎም ለልጆቹም ድጋፍ ሊሰጥ ይችላል፤ እርስዎ ራስዎ socialtjänstenን ማነጋገርዎ ጥሩ እርምጃ ነው።
result-used-also-exposed = አንድ ሰው እርስዎንም እንደሚጎዳ፣ እንደሚያስፈራራ ወይም እንደሚቆጣጠር ነግረውናል። ይህ ትክክል አይደለም፤ ለዚህም ድጋፍ የማግኘት መብት አለዎት። ከBris (ለልጆችና ለወጣቶች የድጋፍ መስመር) ወይም ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ጋር መነጋገር ይችላሉ፤ በእርስዎ ላይ ስለሚደርሰው ነገር ያሉትን ጥያቄዎችም መመለስ ይችላሉ።
## Result: for someone who is worried about another person

result-worried-intro = መልሶችዎ የሚያሳስብዎ ሰው ለጥቃት ተጋልጦ ሊሆን እንደሚችል ይገልጻሉ። እዚህ ተጨማሪ ማንበብና እርስዎም ያ ሰውም የት ድጋፍ ማግኘት እንደምትችሉ ማየት ይችላሉ።
## For someone who is worried about another person

worried-title = ስለ አንድ ሰው የሚጨነቁ ከሆነ
worried-intro = ለሌላ ሰው ማሰብዎ ጥሩ ነው። እዚህ ልብ ሊሏቸው የሚገቡ ምልክቶች፣ የሚያሳስብዎን ሰው እንዴት ሊያነጋግሩ እንደሚችሉ ምክሮች እና የት መሄድ እንደሚችሉ ይገኛሉ።
worried-signs-title = ልብ ሊሏቸው የሚገቡ ምልክቶች
worried-signs-1 = የሚያሳስብዎ ሰው የፈራ፣ ያዘነ ወይም የተጨነቀ ይመስላል፤ ተለውጧልም።
worried-signs-2 = ያ ሰው ጓደኞችንና ቤተሰብን እንደ በፊቱ አያገኝም፣ ወይም እንዲያገኝ አይፈቀድለትም።
worried-signs-3 = አንድ ሰው ለሚያሳስብዎ ሰው ሁልጊዜ ይደውላል ወይም መልእክት ይልካል፤ ያ ሰው የት እንዳለም ማወቅ ይፈልጋል።
worried-signs-4 = ያ ሰው ሊያብራራው የማይፈልገው ወይም የማይችለው ጉዳት አለበት።
worried-signs-5 = ያ ሰው የራሱ ገንዘብ የለውም፣ ወይም ሌላ ሰው ፓስፖርቱን ወይም ስልኩን ይዞበታል።
worried-signs-6 = ያ ሰው ራሱ ስላልመረጠው ጋብቻ ወይም ጉዞ ያወራል።
worried-talk-title = ውይይቱን እንዴት መጀመር እንደሚችሉ
worried-talk-1 = ብቻችሁን በእርጋታ መነጋገር የምትችሉበትን ቦታ ይምረጡ።
worried-talk-2 = ያስተዋሉትንና እንደሚያስቡለት ለዚያ ሰው ይንገሩ። ለምሳሌ እንዲህ ማለት ይችላሉ፦ “ያዘኑ እንደሚመስሉ አስተውያለሁ። እንዴት ነዎት?”
worried-talk-3 = ሳይፈርዱ ያዳምጡ፤ ያ ሰው የሚነግርዎትንም ይመኑ።
worried-talk-4 = የውይይቱን ፍጥነት ያ ሰው እንዲወስን ይፍቀዱ። ተጨማሪ ለመናገር ከመፈለጉ በፊት ጊዜ ሊወስድ ይችላል።
worried-talk-5 = እርዳታ እንዳለ ለዚያ ሰው ይንገሩ፤ ሲደውል ወይም ሲያገኛቸው አብረው ለመሆን ፈቃደኛ መሆንዎን ይግለጹ።
worried-dont-title = ማድረግ የሌለብዎ
worried-dont-1 = ጥቃት የሚፈጽመውን ሰው አይጋፈጡት። ለሚያሳስብዎ ሰው ሁኔታውን ይበልጥ አደገኛ ሊያደርገው ይችላል።
worried-dont-2 = ያ ሰው እንዲናገር ወይም እንዲለቅ ጫና አያድርጉበት። ምን ደኅንነቱ የተጠበቀ እንደሆነ ከሁሉ በላይ የሚያውቀው ያ ሰው ራሱ ነው።
worried-dont-3 = ከክብር ጋር የተያያዘ ጥቃት እንዳለ ከጠረጠሩ ቤተሰቡን ወይም ዘመዶቹን አያነጋግሩ። የሚያሳስብዎን ሰው አደጋ ላይ ሊጥለው ይችላል።
worried-dont-4 = ከቤተሰቡ፣ ከዘመዶቹ ወይም ቤተሰቡ ከሚያውቃቸው ሰዎች ማንም እንዲያስተረጉም አይፍቀዱ። ቤተሰቡን የማያውቅ አስተርጓሚ ይጠይቁ።
worried-dont-5 = ሌላ ሰው ሊያነብበው የሚችል ከሆነ ስለ ጥቃቱ መልእክት ወደሚያሳስብዎ ሰው ስልክ አይላኩ።
worried-over-time-title = ለረጅም ጊዜ ከሚያሳስብዎ ሰው ጎን መሆን
worried-over-time-1 = ያ ሰው አሁን ማውራት ባይፈልግም እንኳ መገናኘትዎን ይቀጥሉ።
worried-over-time-2 = ብዙ ጊዜ መልቀቅና መመለስ የተለመደ ነው። ሳይፈርዱ አሁንም ከዚያ ሰው ጎን እንዳሉ ያሳዩ።
worried-over-time-3 = ራስዎንም ይንከባከቡ። ብዙ የድጋፍ መስመሮች ስለ ሌላ ሰው ከሚጨነቁ ሰዎች ጥሪ ይቀበላሉ።
worried-child-title = ስለ አንድ ልጅ የሚጨነቁ ከሆነ
worried-child-1 = ማንኛውም ሰው ልጁ በሚኖርበት ማዘጋጃ ቤት ላለው socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) orosanmälan (የስጋት ሪፖርት) ማቅረብ ይችላል። እርግጠኛ መሆን አያስፈልግዎትም። መጨነቅዎ በቂ ነው።
worried-child-2 = እንደ ግል ሰው፣ ሪፖርት ሲያቀርቡ ስምዎን ሳይገልጹ ማቅረብ ይችላሉ። ልጁ እንዴት እንዳለ የሚያጣራው socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ነው።
worried-child-3 = ከልጆች ጋር የሚሠሩ ሰዎች፣ ለምሳሌ በትምህርት ቤት፣ በጤና አገልግሎት ወይም በsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ)፣ ሪፖርት የማድረግ ግዴታ አለባቸው።
