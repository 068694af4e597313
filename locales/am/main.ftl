# Vägvisaren — አማርኛ.
# Status: translated by the team from Swedish with machine assistance; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – ድጋፍና እርዳታ
language-label = ቋንቋ

## Quick exit

quick-exit-button = ገጹን በፍጥነት ይልቀቁ
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] ገጹን ለመልቀቅ Shift አንድ ጊዜ ተጨማሪ ይጫኑ።
   *[other] ገጹን ለመልቀቅ Shift { $remaining } ጊዜ ተጨማሪ ይጫኑ።
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = ቋንቋ “{ $code }” እዚህ ገና የለም፤ ስለዚህ ገጹ በስዊድንኛ እየታየ ነው። ከላይ ሌላ ቋንቋ መምረጥ ይችላሉ።

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = የማዘጋጃ ቤት ኮድ “{ $code }” የለም፤ ስለዚህ ምንም ማዘጋጃ ቤት አልተመረጠም። በ“እርዳታ ያግኙ” ስር ማዘጋጃ ቤት መምረጥ ይችላሉ።

## Start screen

start-title = ጥቃት ነው? እዚህ በእርጋታ ማወቅ ይችላሉ።
start-lead = በእርስዎ ላይ ወይም በሚያሳስብዎ ሰው ላይ እየደረሰ ስላለው ነገር ጥቂት ጥያቄዎችን ይመልሱ። ምን ሊባል እንደሚችልና የት እርዳታ ማግኘት እንደሚችሉ ያውቃሉ።
start-duration = ከአምስት እስከ አሥር ደቂቃ ያህል ይወስዳል። ጥያቄዎችን ማለፍ፣ በፈለጉትም ጊዜ ማቆም ይችላሉ።
start-private = ከሚመልሱት ውስጥ ምንም ነገር አይቀመጥም፤ ወደየትም አይላክም። ገጹን እስኪዘጉ ድረስ በስልክዎ ወይም በኮምፒውተርዎ ላይ ብቻ ይቆያል።
start-quick-exit = “ገጹን በፍጥነት ይልቀቁ” የሚለው ቁልፍ ሁልጊዜ ከላይ ይገኛል። Shiftን ሦስት ጊዜ በመጫንም መውጣት ይችላሉ።
start-emergency = አሁን አደጋ ላይ ነዎት? ወደ 112 ይደውሉ።

## Questionnaire flow: path, age, self-description, questions

flow-path-title = ምን ማወቅ ይፈልጋሉ?
flow-path-partner = ስለ እኔ – አጋሬ ወይም የቀድሞ አጋሬ (የፍቅር ወይም የትዳር)
flow-path-family = ስለ እኔ – ቤተሰቤ ወይም ዘመዶቼ
flow-path-exploitation = ስለ እኔ – አንድ ሰው ወሲብ እንድሸጥ ያደርገኛል፣ ወይም ሥራዬን፣ ገንዘቤን ወይም ሰነዶቼን ይቆጣጠራል
flow-path-worried = ስለሚያሳስበኝ ሰው
flow-path-used-violence = ለእኔ ቅርብ የሆነን ሰው ጎድቻለሁ ወይም አስፈርቻለሁ
flow-age-title = ዕድሜዎ ስንት ነው?
flow-age-under-18 = ከ18 ዓመት በታች
flow-age-adult = 18 ዓመት ወይም ከዚያ በላይ
flow-about-child-title = የሚያሳስብዎ ሰው ዕድሜው ከ18 ዓመት በታች ነው?
flow-about-child-yes = አዎ፣ ከ18 ዓመት በታች
flow-about-child-no = አይ፣ 18 ዓመት ወይም ከዚያ በላይ
flow-about-child-unknown = አላውቅም
flow-self-title = ራስዎን እንዴት ይገልጻሉ?
flow-self-hint = መመለስ አይጠበቅብዎትም። መልሱ የሚያገለግለው ለእርስዎ የሚስማማ ድጋፍ ለማሳየት ብቻ ነው፤ አይቀመጥም።
flow-self-woman = ሴት ወይም ልጃገረድ
flow-self-man = ወንድ ወይም ወንድ ልጅ
flow-self-trans = ትራንስ ወይም ኖን-ባይናሪ (ራሱን በሁለቱ ጾታዎች የማይገልጽ)
flow-self-rather-not-say = መመለስ አልፈልግም
flow-skip = ይለፉ
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = ጥያቄ { $current } ከ{ $total }
flow-answer-yes = አዎ
flow-answer-sometimes = አንዳንድ ጊዜ
flow-answer-no = አይ
flow-answer-rather-not-say = መመለስ አልፈልግም
flow-answers-label = መልስዎ
flow-see-result = ውጤቱን ይመልከቱ
flow-change-hint = በማንኛውም ጊዜ ወደ ኋላ ተመልሰው መልስ መቀየር ይችላሉ።


## Questions: partner or ex

q-partner-put-down = አጋርዎ ወይም የቀድሞ አጋርዎ ይሰድብዎታል፣ ያሾፍብዎታል ወይም ዋጋ እንደሌለዎት እንዲሰማዎት ያደርጋል?
q-partner-isolate = አጋርዎ ወይም የቀድሞ አጋርዎ ማንን ማግኘት፣ ወዴት መሄድ ወይም ምን መልበስ እንደሚችሉ ይወስናል?
q-partner-phone = አጋርዎ ወይም የቀድሞ አጋርዎ መልእክቶችዎን ያነባል፣ የይለፍ ቃልዎን ይጠይቃል ወይም ስልክዎን ይፈትሻል?
q-partner-follow = አጋርዎ ወይም የቀድሞ አጋርዎ ይከተልዎታል፣ በመተግበሪያ (app) የት እንዳሉ ይከታተላል፣ ወይም እርስዎ ሳይፈልጉ ባሉበት ቦታ ይመጣል?
q-partner-images = አጋርዎ ወይም የቀድሞ አጋርዎ ሌሎች እንዲያዩት የማይፈልጉትን የእርስዎን ፎቶ ወይም ቪዲዮ አሰራጭቶ ወይም እንደሚያሰራጭ አስፈራርቶ ያውቃል?
q-partner-money = አጋርዎ ወይም የቀድሞ አጋርዎ ገንዘብዎን ይወስዳል፣ ወይም እርስዎ ራስዎ መጠቀም እንዳይችሉ ይቆጣጠረዋል?
q-partner-money-youth = አጋርዎ ወይም የቀድሞ አጋርዎ ገንዘብዎን ይወስዳል፣ ወይም ምን መግዛት እንደሚችሉ ይወስናል?
q-partner-debt = አጋርዎ ወይም የቀድሞ አጋርዎ በስምዎ ብድር ወይም ዕዳ ወስዶ፣ ወይም ከመሥራት ወይም ከመማር ከልክሎዎት ያውቃል?
q-partner-debt-youth = አጋርዎ ወይም የቀድሞ አጋርዎ ትምህርት ቤት እንዳይሄዱ ከልክሎዎት፣ ወይም ለእሱ ዕቃ እንዲገዙ ወይም ገንዘብ እንዲበደሩ አድርጎዎት ያውቃል?
q-partner-break = አጋርዎ ወይም የቀድሞ አጋርዎ ዕቃዎችዎን ሰብሮ፣ ወርውሮ ወይም ወስዶ ያውቃል?
q-partner-pets = አጋርዎ ወይም የቀድሞ አጋርዎ የሚወዱትን እንስሳ ጎድቶ ወይም እንደሚጎዳ አስፈራርቶ ያውቃል?
q-partner-threats = አጋርዎ ወይም የቀድሞ አጋርዎ ለምሳሌ ልጆቹን እንደሚወስድ፣ ስለ እርስዎ ነገሮችን እንደሚያሰራጭ ወይም ከስዊድን እንዲወጡ እንደሚያደርግ በመናገር ያስፈራራዎታል?
q-partner-hit = አጋርዎ ወይም የቀድሞ አጋርዎ መትቶዎት፣ ገፍትሮዎት፣ ረግጦዎት ወይም አጥብቆ ይዞዎት ያውቃል?
q-partner-hurt = አጋርዎ ወይም የቀድሞ አጋርዎ ባደረገው ነገር ምክንያት ሰንበር፣ ቁስል ወይም ሌላ ጉዳት ደርሶብዎት ያውቃል?
q-partner-neck = አጋርዎ ወይም የቀድሞ አጋርዎ አንገትዎን ይዞ፣ ጉሮሮዎን ጨምቆ ወይም መተንፈስ እንዲቸግርዎ አድርጎ ያውቃል?
q-partner-weapon = አጋርዎ ወይም የቀድሞ አጋርዎ በቢላ፣ በጦር መሣሪያ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርቶዎት ያውቃል?
q-partner-kill = አጋርዎ ወይም የቀድሞ አጋርዎ እርስዎን ወይም ለእርስዎ ቅርብ የሆነን ሰው እንደሚገድል አስፈራርቶ ያውቃል?
q-partner-worse = ባለፈው ዓመት ጥቃቱ ወይም ማስፈራሪያው ተባብሷል ወይም ይበልጥ ተደጋግሟል?
q-partner-pregnant = እርጉዝ ሆነው ከነበረ፦ አጋርዎ ወይም የቀድሞ አጋርዎ በእርግዝናዎ ወቅት መትቶዎት ወይም ጎድቶዎት ያውቃል?
q-partner-sex = አጋርዎ ወይም የቀድሞ አጋርዎ ያልፈለጉትን ወሲብ ወይም ወሲባዊ ድርጊት እንዲፈጽሙ አስገድዶዎት ወይም ጫና አድርጎብዎት ያውቃል?
q-partner-sex-fear = ካልሆነ ምን እንደሚከሰት ስለፈሩ ብቻ ለወሲብ ተስማምተው ያውቃሉ?
q-partner-care = በዕለት ተዕለት ኑሮ እርዳታ የሚያስፈልግዎ ከሆነ፦ አጋርዎ ወይም የቀድሞ አጋርዎ የሚያስፈልግዎትን ምግብ፣ መድኃኒት ወይም ሌላ እርዳታ ከልክሎዎት ያውቃል?
q-partner-aids = አጋርዎ ወይም የቀድሞ አጋርዎ ራስዎን ችለው መንቀሳቀስ ወይም እርዳታ መጠየቅ እንዳይችሉ፣ አጋዥ መሣሪያዎችዎን፣ መነጽርዎን፣ መድኃኒትዎን ወይም ስልክዎን ወስዶብዎት ያውቃል?
q-partner-children-see = በቤት ውስጥ ልጆች ካሉ፦ በእናንተ መካከል ያለውን ጥቃት ወይም ማስፈራሪያ አይተው ወይም ሰምተው ያውቃሉ?
q-partner-children-afraid = አጋርዎ ወይም የቀድሞ አጋርዎ በተናደደ ጊዜ ልጆቹ ፈርተው ወይም እርስዎን ለመከላከል ሞክረው ያውቃሉ?
q-partner-children-threat = አጋርዎ ወይም የቀድሞ አጋርዎ ልጆቹን እንደሚጎዳ ወይም ከእርስዎ እንደሚወስዳቸው አስፈራርቶ ያውቃል?
q-partner-afraid = አጋርዎን ወይም የቀድሞ አጋርዎን፣ በዚያ ሰዓት ምንም ባያደርግም እንኳ፣ ይፈራሉ?
q-partner-careful = አጋርዎ ወይም የቀድሞ አጋርዎ እንዳይናደድ፣ የሚናገሩትንና የሚያደርጉትን ሁልጊዜ ያስባሉ?
q-partner-leaving = በቅርቡ አጋርዎን ትተዋል ወይም ለመተው እያሰቡ ነው፣ እና ያኔ ምን እንደሚያደርግ ይፈራሉ?

## Questions: family or relatives

q-family-collective = ከቤተሰብዎ ወይም ከዘመዶችዎ ብዙ ሰዎች በጋራ ሆነው እንዴት መኖር እንዳለብዎ ይወስናሉ?
q-family-collective-youth = ከወላጆችዎ ሌላ ሰዎች፣ ለምሳሌ ወንድሞችዎ፣ እህቶችዎ ወይም ዘመዶችዎ፣ በሕይወትዎ ላይ ይወስናሉ?
q-family-friends = ቤተሰብዎ ወይም ዘመዶችዎ ምን ዓይነት ጓደኞች ሊኖሩዎት እንደሚችሉ፣ እንዴት መልበስ እንደሚችሉ ወይም በትርፍ ጊዜዎ ምን ማድረግ እንደሚችሉ ይወስናሉ?
q-family-friends-youth = ቤተሰብዎ ማንን ጓደኛ ማድረግ፣ ምን መልበስ ወይም ከትምህርት ቤት በኋላ ምን ማድረግ እንደሚችሉ ይወስናሉ?
q-family-school = ቤተሰብዎ ወይም ዘመዶችዎ እንዳይማሩ፣ እንዳይሠሩ ወይም የራስዎን ትምህርት እንዳይመርጡ ይከለክሉዎታል?
q-family-school-youth = ቤተሰብዎ በክፍል ትምህርቶች፣ በትምህርት ቤት ጉብኝቶች ወይም በትምህርት ቤት እንቅስቃሴዎች እንዳይሳተፉ ይከለክሉዎታል?
q-family-love = ቤተሰብዎ ወይም ዘመዶችዎ ማንን ማፍቀርና ከማን ጋር መሆን እንደሚችሉ፣ ወይም ማን እንደሆኑ በግልጽ መናገር እንደሚችሉ ይወስናሉ?
q-family-love-youth = ቤተሰብዎ ማንን ማፍቀር ወይም ከማን ጋር የፍቅር ግንኙነት መጀመር እንደሚችሉ ይወስናሉ?
q-family-phone = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ከማን ጋር እንደሚያወሩ ለማወቅ ስልክዎን ወይም መልእክቶችዎን ይፈትሻል?
q-family-phone-youth = ከቤተሰብዎ አንድ ሰው ከማን ጋር እንደሚያወሩ ለማወቅ ስልክዎን ይፈትሻል?
q-family-siblings = ወንድሞች፣ እህቶች፣ የአጎት ወይም የአክስት ልጆች ወይም ሌሎች ዘመዶች ይከታተሉዎትና የሚያደርጉትን ለቤተሰቡ ይነግራሉ?
q-family-siblings-youth = ወንድሞችዎ፣ እህቶችዎ ወይም የአጎት ልጆችዎ በትምህርት ቤት ወይም በከተማ ይከታተሉዎትና ለቤተሰብዎ ይነግራሉ?
q-family-virginity = ቤተሰብዎ ወይም ዘመዶችዎ እስኪያገቡ ድረስ ድንግል እንዲሆኑ ይጠይቃሉ፣ ወይም ድንግል መሆንዎን ይፈትሻሉ?
q-family-virginity-youth = ቤተሰብዎ እስኪያገቡ ድረስ ድንግል መሆን፣ ማለትም ወሲብ ሳይፈጽሙ መቆየት እንዳለብዎ ይናገራሉ?
q-family-marriage = ቤተሰብዎ ወይም ዘመዶችዎ እርስዎ ራስዎ ካልመረጡት ሰው ጋር እንዲታጩ ወይም እንዲያገቡ ጫና ያደርጉብዎታል፣ ወይም ይህ ቀድሞውኑ ያለ ፈቃድዎ ተፈጽሟል?
q-family-marriage-youth = ቤተሰብዎ እርስዎ ባይፈልጉም እንዲታጩ ወይም እንዲያገቡ ይፈልጋሉ?
q-family-abroad = አንድ ሰው ያለ ፈቃድዎ ወደ ሌላ አገር እንደሚላኩ ወይም እንደሚወሰዱ ነግሮዎታል፣ ወይም የሚያሳስብዎ ጉዞ እየታቀደ ነው?
q-family-abroad-youth = አንድ ሰው ወደ ሌላ አገር እንደሚላኩ ነግሮዎታል፣ ወይም የሚያሳስብዎ ጉዞ ሊያደርጉ ነው?
q-family-disown = አንድ ሰው እነሱ የሚፈልጉትን ካላደረጉ ቤተሰቡ እንደሚያገልልዎ ወይም ከእርስዎ ጋር ግንኙነት እንደሚያቋርጥ አስፈራርቶዎታል?
q-family-disown-youth = አንድ ሰው የሚሉትን ካላደረጉ ቤተሰብዎ ከእንግዲህ እንደማይፈልግዎ ነግሮዎታል?
q-family-put-down = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ይሰድብዎታል፣ ያሾፍብዎታል ወይም ዋጋ የለዎትም ይልዎታል?
q-family-put-down-youth = ከቤተሰብዎ አንድ ሰው መጥፎ ቃላት ይናገርዎታል፣ ይጮኽብዎታል ወይም መጥፎ ነዎት ይልዎታል?
q-family-money = ቤተሰብዎ ወይም ዘመዶችዎ ደሞዝዎን፣ የሚያገኙትን ድጎማ ወይም ገንዘብዎን ይወስዳሉ፣ ወይም ይቆጣጠራሉ?
q-family-money-youth = ከቤተሰብዎ አንድ ሰው ገንዘብዎን ይወስዳል፣ ለምሳሌ የትምህርት ድጎማዎን (studiebidrag) ወይም ከክረምት ሥራ ያገኙትን ደሞዝ?
q-family-money-denied = ቤተሰብዎ እርስዎን ለመቆጣጠር ሲሉ፣ ለሚያስፈልግዎ ነገር እንደ ምግብ፣ ልብስ ወይም ትራንስፖርት ገንዘብ ይከለክሉዎታል?
q-family-money-denied-youth = ቤተሰብዎ እርስዎን ለመቅጣት ሲሉ፣ ለሚያስፈልግዎ ነገር እንደ አውቶቡስ ካርድ፣ ልብስ ወይም የትምህርት ቁሳቁስ ገንዘብ ለመስጠት እምቢ ይላሉ?
q-family-break = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ዕቃዎችዎን ሰብሮ፣ ወርውሮ ወይም ወስዶ ያውቃል?
q-family-break-youth = ከቤተሰብዎ አንድ ሰው እርስዎን ለመቅጣት ዕቃዎችዎን አበላሽቶ ወይም ወስዶ ያውቃል?
q-family-pets = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው የሚወዱትን እንስሳ ጎድቶ ወይም እንደሚጎዳ አስፈራርቶ ያውቃል?
q-family-online = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ስለ እርስዎ ፎቶዎችን፣ ቪዲዮዎችን ወይም ወሬዎችን በኢንተርኔት አሰራጭቶ ወይም እንደሚያሰራጭ አስፈራርቶ ያውቃል?
q-family-online-youth = ከቤተሰብዎ አንድ ሰው ስለ እርስዎ ፎቶዎችን ወይም ነገሮችን በኢንተርኔት ለጥፎ ወይም እንደሚለጥፍ አስፈራርቶ ያውቃል?
q-family-tracking = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ይከተልዎታል፣ ወይም በመተግበሪያ (app) ወይም በሌሎች ሰዎች አማካኝነት የት እንዳሉ ይከታተላል?
q-family-tracking-youth = ከቤተሰብዎ አንድ ሰው ይከተልዎታል፣ ወይም በስልክዎ ላይ ባለ መተግበሪያ (app) የት እንዳሉ ይፈትሻል?
q-family-hit = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው መትቶዎት፣ ገፍትሮዎት፣ ረግጦዎት ወይም አጥብቆ ይዞዎት ያውቃል?
q-family-hit-youth = ከቤተሰብዎ አንድ ሰው መትቶዎት፣ ገፍትሮዎት፣ ፀጉርዎን ጎትቶ ወይም አጥብቆ ይዞዎት ያውቃል?
q-family-neck = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው አንገትዎን ይዞ፣ ጉሮሮዎን ጨምቆ ወይም መተንፈስ እንዲቸግርዎ አድርጎ ያውቃል?
q-family-neck-youth = ከቤተሰብዎ አንድ ሰው አንገትዎን ይዞ ወይም መተንፈስ እንዲቸግርዎ አድርጎ ያውቃል?
q-family-weapon = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው በቢላ፣ በጦር መሣሪያ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርቶዎት ያውቃል?
q-family-weapon-youth = ከቤተሰብዎ አንድ ሰው በቢላ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርቶዎት ያውቃል?
q-family-kill = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው እርስዎን ወይም ለእርስዎ ቅርብ የሆነን ሰው እንደሚገድል አስፈራርቶ ያውቃል?
q-family-kill-youth = ከቤተሰብዎ አንድ ሰው እርስዎን ወይም የሚወዱትን ሰው እንደሚገድል ተናግሮ ያውቃል?
q-family-worse = ባለፈው ዓመት ጥቃቱ ወይም ማስፈራሪያው ተባብሷል ወይም ይበልጥ ተደጋግሟል?
q-family-worse-youth = በቅርቡ ነገሩ ተባብሷል ወይም ይበልጥ ተደጋግሟል?
q-family-sex-touch = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው በወሲባዊ መንገድ ነክቶዎት፣ ወይም ያልፈለጉትን ወሲባዊ ነገሮች ነግሮዎት ወይም አሳይቶዎት ያውቃል?
q-family-sex-touch-youth = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ስሕተት እንደሆነ በተሰማዎት መንገድ ሰውነትዎን ነክቶ፣ ወይም ወሲባዊ ሥዕሎችን አሳይቶዎት ያውቃል?
q-family-sex-forced = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ወሲብ ወይም ወሲባዊ ድርጊት እንዲፈጽሙ አስገድዶዎት ወይም ጫና አድርጎብዎት ያውቃል?
q-family-sex-forced-youth = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው ወሲባዊ ነገር እንዲያደርጉ አስገድዶዎት ያውቃል?
q-family-care = በዕለት ተዕለት ኑሮ እርዳታ የሚያስፈልግዎ ከሆነ፦ ከቤተሰብዎ ሊረዳዎት የሚገባው ሰው የሚያስፈልግዎትን ምግብ፣ መድኃኒት ወይም ሌላ እርዳታ ከልክሎዎት ያውቃል?
q-family-care-youth = በቤት ውስጥ ምግብ፣ ንጹሕ ልብስ ወይም ሲታመሙ እርዳታ የማያገኙበት ጊዜ አለ?
q-family-alone = ከቤተሰብዎ አንድ ሰው፣ ራስዎን ችለው መኖር ባይችሉም፣ ለረጅም ጊዜ ብቻዎን ትቶዎት ወይም አጋዥ መሣሪያዎችዎን ወስዶብዎት ያውቃል?
q-family-alone-youth = ለረጅም ጊዜ በቤት ውስጥ ብቻዎን ይተዋሉ፣ ወይም ከአቅምዎ በላይ ራስዎን ወይም ወንድሞችዎንና እህቶችዎን መንከባከብ አለብዎት?
q-family-children-see = በቤተሰቡ ውስጥ በቤት ውስጥ ጥቃት ወይም ማስፈራሪያ የሚያዩ ወይም የሚሰሙ ልጆች አሉ?
q-family-children-see-youth = እርስዎ ወይም ወንድሞችዎና እህቶችዎ ከቤተሰብዎ አንድ ሰው ሌላውን ሲመታ ወይም ሲያስፈራራ አይታችሁ ወይም ሰምታችሁ ታውቃላችሁ?
q-family-children-threat = ከቤተሰብዎ ወይም ከዘመዶችዎ አንድ ሰው በቤተሰቡ ውስጥ ያሉ ልጆችን እንደሚጎዳ ወይም ከእርስዎ እንደሚወስዳቸው አስፈራርቶ ያውቃል?
q-family-children-threat-youth = ከቤተሰብዎ አንድ ሰው ወንድሞችዎን፣ እህቶችዎን ወይም በቤተሰቡ ውስጥ ያሉ ሌሎች ልጆችን እንደሚጎዳ አስፈራርቶ ያውቃል?
q-family-afraid = በዚያ ሰዓት ምንም ነገር ባይከሰትም እንኳ፣ ከቤተሰብዎ ወይም ከዘመዶችዎ አንድን ሰው ይፈራሉ?
q-family-afraid-youth = ከቤተሰብዎ አንድን ሰው ይፈራሉ?
q-family-home = ወደ ቤት ሲመለሱ፣ ወይም ቤተሰብዎ ስለ እርስዎ አንድ ነገር ቢያውቅ፣ ምን እንደሚከሰት ይፈራሉ?
q-family-home-youth = ከትምህርት ቤት በኋላ ወደ ቤት መሄድ ይፈራሉ፣ ወይም ቤተሰብዎ ስለ እርስዎ አንድ ነገር ቢያውቅ ምን እንደሚከሰት ይፈራሉ?

## Questions: selling sex, work, money or papers

q-exploit-sell-sex = አንድ ሰው ወሲብ እንዲሸጡ፣ ወይም በገንዘብ ከሌሎች ጋር ወሲብ እንዲፈጽሙ ጫና ያደርግብዎታል ወይም ያስገድድዎታል?
q-exploit-sell-sex-youth = አንድ ሰው በገንዘብ፣ በዕቃ፣ በአደንዛዥ ዕፅ ወይም በማደሪያ ቦታ ምትክ ወሲብ ወይም ወሲባዊ ነገሮችን እንዲያደርጉ አድርጎዎት ያውቃል?
q-exploit-sex-control = ሌላ ሰው በገንዘብ ወሲብ መቼ፣ የት ወይም ከማን ጋር እንደሚፈጽሙ ይወስናል፣ ወይም ገንዘቡን ሌላ ሰው ይወስዳል?
q-exploit-work = ከተስማማችሁት እጅግ በላይ፣ በጣም ትንሽ በሆነ ደሞዝ ወይም ያለ ደሞዝ ይሠራሉ?
q-exploit-work-youth = አንድ ሰው ያለ ክፍያ ወይም ስለሚፈሩ፣ ለእሱ እንዲሠሩ፣ አደንዛዥ ዕፅ እንዲሸጡ ወይም መልእክት እንዲያደርሱ ያደርግዎታል?
q-exploit-wage = ሌላ ሰው ደሞዝዎን ወይም ገንዘብዎን ይወስዳል፣ ወይም ምን መግዛት እንደሚችሉ ይወስናል?
q-exploit-debt = አንድ ሰው ሠርተው መክፈል ያለብዎት ዕዳ አለብዎት ይልዎታል፣ ለምሳሌ ለጉዞው፣ ለመኖሪያው ወይም ለሥራው?
q-exploit-debt-youth = አንድ ሰው ገንዘብ ወይም ውለታ አለብዎት፣ ለእሱ ነገሮችን በማድረግ መመለስ አለብዎት ይልዎታል?
q-exploit-debt-grows = ዕዳው ለምሳሌ በቅጣት፣ በኪራይ ወይም በክፍያዎች ምክንያት ሁልጊዜ እያደገ ሄዶ ከእሱ በፍጹም ነፃ መውጣት እንዳይችሉ ያደርግዎታል?
q-exploit-papers = አንድ ሰው ፓስፖርትዎን፣ መታወቂያ ካርድዎን ወይም የመኖሪያ ፈቃድዎን ወስዶ ሊመልስልዎ እምቢ ብሏል?
q-exploit-accounts = ሌላ ሰው እርስዎ ራስዎ መጠቀም እንዳይችሉ BankIDዎን (የባንክ ኤሌክትሮኒክ መታወቂያ)፣ ውሎችዎን ወይም በስምዎ ያሉ ሌሎች ሰነዶችን ይቆጣጠራል?
q-exploit-locked = አንድ ሰው ብቻዎን ወደ ውጭ እንዳይወጡ፣ የሚፈልጉትን ሰው እንዳያገኙ ወይም ከቤተሰብዎ ጋር እንዳይነጋገሩ ይከለክልዎታል?
q-exploit-phone = አንድ ሰው ስልክዎን ይወስዳል፣ መልእክቶችዎን ያነባል ወይም የት እንዳሉ ይከታተላል?
q-exploit-online = አንድ ሰው እርስዎ ሳይወስኑ የእርስዎን ማስታወቂያዎች፣ ፎቶዎች ወይም ቪዲዮዎች በኢንተርኔት ለጥፎ ያውቃል?
q-exploit-authorities = አንድ ሰው ለሌላ ሰው ከተናገሩ ፖሊስ ወይም ባለሥልጣናት እንደሚቀጡዎት ወይም ከአገር እንደሚያስወጡዎት ነግሮዎታል?
q-exploit-sex-forced = አንድ ሰው ያልፈለጉትን ወሲብ ወይም ወሲባዊ ድርጊት እንዲፈጽሙ አስገድዶዎት ያውቃል?
q-exploit-sex-unsafe = አንድ ሰው ያለ ኮንዶም ወሲብ እንዲፈጽሙ፣ ወይም እምቢ ያሉትን ነገር እንዲያደርጉ አስገድዶዎት ያውቃል?
q-exploit-hit = የሚቆጣጠርዎ ሰው መትቶዎት፣ ገፍትሮዎት ወይም ጎድቶዎት ያውቃል?
q-exploit-neck = አንድ ሰው አንገትዎን ይዞ፣ ጉሮሮዎን ጨምቆ ወይም መተንፈስ እንዲቸግርዎ አድርጎ ያውቃል?
q-exploit-weapon = አንድ ሰው በቢላ፣ በጦር መሣሪያ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርቶዎት ያውቃል?
q-exploit-kill = አንድ ሰው እርስዎን፣ ወይም እዚህ ወይም በሌላ አገር ያለን የቤተሰብዎን አባል እንደሚገድል አስፈራርቶ ያውቃል?
q-exploit-worse = በቅርቡ ጥቃቱ ወይም ማስፈራሪያው ተባብሷል ወይም ይበልጥ ተደጋግሟል?
q-exploit-afraid = እምቢ ቢሉ፣ ቢያቆሙ ወይም ትተው ቢሄዱ ምን እንደሚከሰት ይፈራሉ?
q-exploit-always-afraid = የሚቆጣጠርዎትን ሰው ወይም ሰዎች፣ በአቅራቢያዎ ባይኖሩም እንኳ፣ ይፈራሉ?

## Questions: someone you are worried about

q-worried-afraid = የሚያሳስብዎ ሰው አንድን ሰው የሚፈራ፣ ወይም ወደ ቤት መሄድ የሚያስጨንቀው ይመስላል?
q-worried-isolated = የሚያሳስብዎ ሰው ጓደኞችን ወይም ቤተሰብን ማግኘት፣ ወይም ድሮ ይወዳቸው የነበሩ ነገሮችን ማድረግ አቁሟል?
q-worried-controlled = አንድ ሰው የሚያሳስብዎን ሰው የሚቆጣጠረው ይመስላል፣ ለምሳሌ ማንን ማግኘት ወይም ወዴት መሄድ እንደሚችል?
q-worried-careful = የሚያሳስብዎ ሰው አንድ ሰው እንዳይናደድ፣ የሚናገረውንና የሚያደርገውን ሁልጊዜ የሚያስብ ይመስላል?
q-worried-phone = አንድ ሰው የሚያሳስብዎን ሰው ስልክ ይፈትሻል፣ ወይም እሱ ሁልጊዜ ወዲያውኑ መልስ መስጠትና የት እንዳለ መናገር ይገደዳል?
q-worried-followed = የሚያሳስብዎ ሰው በኢንተርኔት ወይም በገሃዱ ዓለም በአንድ ሰው ይከተላል፣ ይጠበቃል ወይም ሁልጊዜ ይገናኛል?
q-worried-money = ሌላ ሰው፣ የሚያሳስብዎ ሰው ራሱ መወሰን እንዳይችል፣ ገንዘቡን፣ ደሞዙን ወይም የባንክ ካርዱን ይቆጣጠራል?
q-worried-debts = የሚያሳስብዎ ሰው ሌላ ሰው የወሰደው ዕዳ አለበት፣ ወይም ለምግብና ለሚያስፈልጉት ሌሎች ነገሮች ገንዘብ ያጥረዋል?
q-worried-injuries = በሚያሳስብዎ ሰው ላይ ሊያብራራው የማይፈልገው ወይም የማይችለው ሰንበር ወይም ጉዳት አይተው ያውቃሉ?
q-worried-hit = አንድ ሰው የሚያሳስብዎን ሰው እንደሚመታው፣ እንደሚገፈትረው ወይም አጥብቆ እንደሚይዘው አይተዋል፣ ሰምተዋል ወይም ተነግሮዎታል?
q-worried-neck = አንድ ሰው የሚያሳስብዎን ሰው አንገት እንደያዘ፣ ወይም መተንፈስ እንዲቸግረው እንዳደረገ ተነግሮዎታል?
q-worried-weapon = አንድ ሰው የሚያሳስብዎን ሰው በቢላ፣ በጦር መሣሪያ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርቶት ያውቃል?
q-worried-kill = አንድ ሰው የሚያሳስብዎን ሰው፣ ወይም ለእሱ ቅርብ የሆነን ሰው፣ እንደሚገድል አስፈራርቶ ያውቃል?
q-worried-worse = በቅርቡ ነገሩ የተባባሰ ይመስላል፣ ለምሳሌ ብዙ ጉዳት፣ ብዙ ማስፈራሪያ ወይም ብዙ ፍርሃት?
q-worried-leaving = የሚያሳስብዎ ሰው የሚፈራውን አጋሩን በቅርቡ ትቷል፣ ወይም ለመተው እያሰበ ነው?
q-worried-sex = የሚያሳስብዎ ሰው አንድ ሰው ወሲብ ወይም ወሲባዊ ድርጊት እንዲፈጽም እንዳስገደደው ወይም ጫና እንዳደረገበት ነግሮዎታል?
q-worried-sex-images = አንድ ሰው የሚያሳስብዎን ሰው ወሲባዊ ፎቶዎች ሲያሰራጭ፣ ወይም እሱ ሳይፈልግ በወሲባዊ መንገድ ሲያናግረው አይተዋል?
q-worried-selling-sex = የሚያሳስብዎ ሰው ወሲብ ይሸጣል፣ ወይም አንድ ሰው ይህን እንዲያደርግ ያደርገዋል ብለው ያስባሉ?
q-worried-sex-for-things = የሚያሳስብዎ ሰው በምትኩ ወሲብ ከሚፈልግ ሰው ገንዘብ፣ ስጦታ፣ አደንዛዥ ዕፅ ወይም ማደሪያ ቦታ ያገኛል?
q-worried-honour = የሚያሳስብዎ ሰው ቤተሰብ ወይም ዘመዶች ምን ዓይነት ጓደኞች ሊኖሩት እንደሚችሉ፣ ምን መልበስ እንደሚችል ወይም መማር ይችል እንደሆነ ይወስናሉ?
q-worried-honour-love = ሌላ ሰው የሚያሳስብዎ ሰው ከማን ጋር መሆን ወይም ማንን ማግባት እንደሚችል ይወስናል?
q-worried-trip = የሚያሳስብዎ ሰው ያለ ፈቃዱ እንደሚታጭ፣ እንደሚዳር ወይም ወደ ውጭ አገር እንደሚላክ ነግሮዎታል?
q-worried-care = የሚያሳስብዎ ሰው በዕለት ተዕለት ኑሮ እርዳታ የሚያስፈልገው ከሆነ፦ የሚያስፈልገውን ምግብ፣ መድኃኒት ወይም ሌላ እርዳታ የሚያጣ ይመስላል?
q-worried-care-youth = የሚያሳስብዎ ሰው ምግብ፣ ንጹሕ ልብስ ወይም ሲታመም እርዳታ የሚያጣ ይመስላል?
q-worried-left-alone = የሚያሳስብዎ ሰው ራሱን ችሎ መኖር ባይችልም፣ ለረጅም ጊዜ ብቻውን ወይም ያለ አጋዥ መሣሪያዎቹ ይተዋል?
q-worried-children-home = በቤቱ ውስጥ ጥቃት ወይም ማስፈራሪያ ሊያዩ ወይም ሊሰሙ የሚችሉ ልጆች አሉ?
q-worried-children-scared = በቤቱ ውስጥ ያሉ ልጆች በሚያሳስብዎ መንገድ የፈሩ፣ የተጨነቁ ወይም ያዘኑ ይመስላሉ?

## Questions: I have hurt or frightened someone close to me

q-used-put-down = ለእርስዎ ቅርብ የሆነን ሰው እስኪፈራ ድረስ ሰድበውት፣ አዋርደውት ወይም ጮኸውበት ያውቃሉ?
q-used-control = አጋርዎ ወይም ከቤተሰብዎ አንድ ሰው ማንን ማግኘት፣ ወዴት መሄድ ወይም ምን መልበስ እንደሚችል ወስነው ያውቃሉ?
q-used-control-youth = የፍቅር ጓደኛዎ ወይም ወንድምዎ ወይም እህትዎ ማንን ማግኘት ወይም ምን መልበስ እንደሚችል ወስነው ያውቃሉ?
q-used-phone = ሳይፈቀድልዎ የሌላ ሰው መልእክቶችን አንብበው፣ የይለፍ ቃሉን ጠይቀው ወይም ስልኩን ፈትሸው ያውቃሉ?
q-used-images = ሌሎች እንዲያዩት የማይፈልገውን የአንድ ሰው ፎቶ ወይም ቪዲዮ አሰራጭተው ወይም እንደሚያሰራጩ አስፈራርተው ያውቃሉ?
q-used-money = የአንድን ሰው ገንዘብ ወስደው፣ ወይም እሱ ራሱ መጠቀም እንዳይችል ተቆጣጥረውት ያውቃሉ?
q-used-money-work = አጋርዎን ወይም ከቤተሰብዎ አንድን ሰው ከመሥራት ወይም ከመማር ከልክለው፣ ወይም በስሙ ብድር ወስደው ያውቃሉ?
q-used-money-work-youth = አንድን ሰው ገንዘብ ወይም ዕቃ እንዲሰጥዎ አስገድደው ያውቃሉ?
q-used-break = በተናደዱ ጊዜ ዕቃዎችን ሰብረው፣ ወርውረው ወይም ግድግዳ ወይም በር መትተው ያውቃሉ?
q-used-pets = አንድን ሰው ለማስፈራራት እንስሳን ጎድተው ወይም እንደሚጎዱ አስፈራርተው ያውቃሉ?
q-used-hit = አጋርዎን ወይም ከቤተሰብዎ አንድን ሰው መትተው፣ ገፍትረው፣ ረግጠው ወይም አጥብቀው ይዘው ያውቃሉ?
q-used-hit-youth = ከቤተሰብዎ አንድን ሰው፣ ለምሳሌ ወላጅ፣ ወንድም ወይም እህት፣ ወይም የፍቅር ጓደኛዎን መትተው፣ ገፍትረው ወይም ረግጠው ያውቃሉ?
q-used-neck = የአንድን ሰው አንገት ወይም ጉሮሮ ጨምቀው ያውቃሉ?
q-used-weapon = አንድን ሰው በቢላ፣ በጦር መሣሪያ ወይም ሊጎዳ በሚችል ሌላ ነገር አስፈራርተው ያውቃሉ?
q-used-kill = ከልብዎ ባይሆንም እንኳ፣ ለእርስዎ ቅርብ የሆነን ሰው እንደሚገድሉ ተናግረው ያውቃሉ?
q-used-worse = ባለፈው ዓመት ይበልጥ ተደጋግሟል ወይም ይበልጥ ከባድ ሆኗል?
q-used-sex = አንድን ሰው ወሲብ እንዲፈጽም ጫና አድርገውበት ወይም አስገድደውት፣ ወይም እምቢ ብሎ ወይም እንደማይፈልግ እየታየ ቀጥለው ያውቃሉ?
q-used-sex-sulk = አጋርዎ ወሲብ ባልፈለገ ጊዜ ተናደው፣ ኮርፈው ወይም አስፈራርተው ያውቃሉ?
q-used-children-see = በቤት ውስጥ ጥቃት ሲፈጽሙ ወይም ሲያስፈራሩ ልጆች አይተው ወይም ሰምተው ያውቃሉ?
q-used-children-afraid = በተናደዱ ጊዜ አንድ ልጅ እርስዎን ፈርቶ፣ ወይም እርስዎን ለማስቆም ወይም አንድን ሰው ለመከላከል ሞክሮ ያውቃል?
q-used-afraid = ለእርስዎ ቅርብ የሆነ ሰው እርስዎን የሚፈራ ይመስልዎታል?
q-used-careful = ለእርስዎ ቅርብ የሆነ ሰው እርስዎ እንዳይናደዱ ዝም እንደሚል ወይም እንደሚጠነቀቅ ያስተውላሉ?

## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = አካላዊ ጥቃት
category-physical-text = አንድ ሰው ሲመታዎት፣ ሲገፈትርዎት፣ አጥብቆ ሲይዝዎት ወይም በሌላ መንገድ ሲጎዳዎት ጥቃት ነው። ወንጀል ነው፤ በፍጹም የእርስዎ ጥፋት አይደለም።
category-physical-text-worried = አንድ ሰው የሚያሳስብዎን ሰው ሲመታው፣ ሲገፈትረው ወይም ሲጎዳው ጥቃትና ወንጀል ነው። በፍጹም የእሱ ጥፋት አይደለም።
category-physical-text-used = የገለጹት ነገር አካላዊ ጥቃት ነው። ማቆም ይቻላል፤ እርዳታም ይገኛል።

category-psychological-title = ሥነ ልቦናዊ ጥቃት
category-psychological-text = ማስፈራራት፣ ማሾፍ፣ መቆጣጠርና ሌሎችን እንዳያገኙ መከልከልም ጥቃት ነው። እንደ ድብደባ ያህል ሊጎዳ ይችላል።
category-psychological-text-worried = ማስፈራራት፣ ማሾፍና መቆጣጠር ምንም ባይታይም ጥቃት ነው። እርዳታ መጠየቅን ሊያከብድበት ይችላል።
category-psychological-text-used = አንድን ሰው ማስፈራራት፣ ማዋረድ ወይም መቆጣጠር ሥነ ልቦናዊ ጥቃት ነው። ለማቆም መምረጥ ይችላሉ፤ እንዲሳካልዎ የሚረዳ ድጋፍም አለ።

category-sexual-title = ወሲባዊ ጥቃት
category-sexual-text = ማንኛውም ወሲብ በፈቃድ መሆን አለበት፤ ከአጋርዎ ጋርም ቢሆን። ወደ ማንኛውም ወሲባዊ ነገር ጫና መደረግ ወይም መገደድ ጥቃትና ወንጀል ነው።
category-sexual-text-worried = ማንም ሰው ሌላውን ወደ ወሲባዊ ነገር ጫና ሊያደርግበት ወይም ሊያስገድደው አይፈቀድለትም። በግንኙነት ውስጥም ቢሆን ጥቃትና ወንጀል ነው።
category-sexual-text-used = ሁለቱም ያልፈለጉት ወሲብ፣ በግንኙነት ውስጥም ቢሆን፣ ወሲባዊ ጥቃትና ወንጀል ነው። አካሄድዎን መቀየር ከፈለጉ እርዳታ አለ።

category-economic-title = ኢኮኖሚያዊ ጥቃት
category-economic-text = አንድ ሰው እርስዎን ለመቆጣጠር ገንዘብዎን ሲወስድ፣ ሲቆጣጠር ወይም ዕዳ ውስጥ ሲከትዎት ኢኮኖሚያዊ ጥቃት ነው።
category-economic-text-worried = አንድ ሰው እሱን ለመቆጣጠር ገንዘቡን ሲወስድ ወይም ሲቆጣጠር ኢኮኖሚያዊ ጥቃት ነው።
category-economic-text-used = አንድን ሰው ለመቆጣጠር ገንዘቡን መውሰድ ወይም መቆጣጠር ኢኮኖሚያዊ ጥቃት ነው። ሊለወጥ ይችላል፤ ድጋፍም አለ።

category-material-title = በንብረት ላይ የሚፈጸም ጥቃት
category-material-text = አንድ ሰው እርስዎን ለማስፈራራት ዕቃዎችዎን ሲያበላሽ ወይም እንስሳዎን ሲጎዳ ይህም ጥቃት ነው።
category-material-text-used = ሲናደዱ ዕቃ መስበር ወይም እንስሳ መጉዳት ሌሎችን ያስፈራል፤ አንድ ዓይነት ጥቃትም ነው። ቁጣን በሌላ መንገድ መቆጣጠር መማር ይቻላል።

category-digital-title = ዲጂታል ጥቃት
category-digital-text = አንድ ሰው ስልክዎን ሲፈትሽ፣ የት እንዳሉ ሲከታተል ወይም ፎቶዎችዎን ሲያሰራጭ ጥቃት ነው፤ በኢንተርኔት ላይ ቢፈጸምም እንኳ።
category-digital-text-worried = አንድ ሰው ስልኩን ሲፈትሽ፣ የት እንዳለ ሲከታተል ወይም ፎቶዎቹን ሲያሰራጭ ጥቃት ነው፤ በኢንተርኔት ላይ ቢፈጸምም እንኳ።
category-digital-text-used = የአንድን ሰው ስልክ መፈተሽ፣ የት እንዳለ መከታተል ወይም ፎቶዎቹን ማሰራጨት ዲጂታል ጥቃት ነው። ማቆም ይቻላል፤ እርዳታም አለ።

category-latent-title = በፍርሃት መኖር
category-latent-text = ሁልጊዜ መፍራትና ጥቃትን ለማስወገድ ሁሉንም ነገር በጥንቃቄ ማድረግ ስውር ጥቃት ይባላል። ፍርሃቱ አንድ ነገር ትክክል እንዳልሆነ የሚያሳይ ምልክት ነው፤ የእርስዎም ጥፋት አይደለም።
category-latent-text-worried = ሁልጊዜ መፍራትና ሁሉንም ነገር በጥንቃቄ ማድረግ ስውር ጥቃት ይባላል። የእሱ ፍርሃት በቁም ነገር ሊወሰድ የሚገባው አስፈላጊ ምልክት ነው።
category-latent-text-used = አንድ ሰው እርስዎን ሲፈራና በእርስዎ ምክንያት ሁልጊዜ ሲጠነቀቅ ስውር ጥቃት ይባላል። ይህን ማየትዎ አስፈላጊ የመጀመሪያ እርምጃ ነው።

category-neglect-title = ቸልተኝነት
category-neglect-text = በዕለት ተዕለት ኑሮ እርዳታ የሚያስፈልግዎ ከሆነ፣ የማግኘት መብት አለዎት። አንድ ሰው እርስዎን ሳይረዳ ሲቀር፣ ወይም የሚያስፈልግዎትን ሲወስድብዎት ቸልተኝነት ነው።
category-neglect-text-worried = እርዳታ የሚያስፈልገው ሰው ምግብ፣ መድኃኒት ወይም እንክብካቤ ሲያጣ ቸልተኝነት ነው። እርዳታ የማግኘት መብት አለው።

category-honour-title = ከክብር ጋር የተያያዘ ጥቃትና ጭቆና
category-honour-text = ቤተሰብዎ ወይም ዘመዶችዎ በጋራ ሆነው ከማን ጋር መሆን፣ ምን መልበስ ወይም ማንን ማግባት እንዳለብዎ ሲወስኑ፣ ከክብር ጋር የተያያዘ ጥቃትና ጭቆና ይባላል። በራስዎ ሕይወት ላይ የመወሰን መብት አለዎት።
category-honour-text-worried = ቤተሰብ ወይም ዘመዶች በጋራ ሆነው ሕይወቱን፣ ጓደኞቹን፣ አለባበሱን ወይም ጋብቻውን ሲቆጣጠሩ፣ ከክብር ጋር የተያያዘ ጥቃትና ጭቆና ይባላል። በራሱ ሕይወት ላይ የመወሰን መብት አለው።

category-children-witnessing-title = ጥቃትን የሚያዩ ወይም የሚሰሙ ልጆች
category-children-witnessing-text = በቤት ውስጥ ጥቃትን የሚያዩ ወይም የሚሰሙ ልጆች ራሳቸውም ለጥቃት ተጋልጠዋል። ጥበቃና ድጋፍ የማግኘት መብት አላቸው።
category-children-witnessing-text-worried = በቤት ውስጥ ጥቃትን የሚያዩ ወይም የሚሰሙ ልጆች ራሳቸውም ለጥቃት ተጋልጠዋል። Socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ልጁንና ቤተሰቡን ሊደግፍ ይችላል።
category-children-witnessing-text-used = ጥቃትን የሚያዩ ወይም የሚሰሙ ልጆች፣ በአንድ ክፍል ውስጥ ባይሆኑም እንኳ፣ በጣም ይጎዳሉ። እርዳታ መፈለግዎ ለእነሱም ይጠቅማል።

category-coerced-sex-title = ወሲብ እንዲሸጡ ጫና መደረግ
category-coerced-sex-text = ማንም ሰው ወሲብ እንዲሸጡ ጫና ሊያደርግብዎ፣ ሊያታልልዎ ወይም ሊያስገድድዎ አይፈቀድለትም። በስዊድን ጥፋተኛ የሆነው ወሲብ የሚገዛው ወይም ከእሱ ገንዘብ የሚያገኘው ሰው ነው፤ በፍጹም እርስዎ አይደሉም።
category-coerced-sex-text-worried = ማንም ሰው ሌላውን ወሲብ እንዲሸጥ ጫና ሊያደርግበት፣ ሊያታልለው ወይም ሊያስገድደው አይፈቀድለትም። ወሲብ የሚሸጥ ሰው በስዊድን ወንጀል አይፈጽምም፤ ድጋፍ የማግኘትም መብት አለው።

category-debt-bondage-title = የዕዳ ባርነት
category-debt-bondage-text = አንድ ሰው ሠርተው መክፈል ያለብዎት፣ በፍጹም የማያልቅ ዕዳ አለብዎት ሲልዎት፣ እርስዎን የሚቆጣጠርበት መንገድ ነው። ሕገወጥ የሰዎች ዝውውር ሊሆን ይችላል።

category-documents-taken-title = የተወሰደብዎ ፓስፖርትና ሰነዶች
category-documents-taken-text = ማንም ሰው ፓስፖርትዎን፣ መታወቂያዎን ወይም ሰነዶችዎን ሊወስድ አይፈቀድለትም። እርስዎን ለመቆጣጠር እነሱን መያዝ የማስገደድ ምልክት ነው።

## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = አንድ ሰው የሌላውን አንገት ሲይዝ፣ ምንም ምልክት ባይታይም እንኳ፣ ከባድ የአደጋ ምልክት ነው።
danger-weapon = በቢላ፣ በጦር መሣሪያ ወይም በሌሎች ነገሮች ማስፈራራት ከባድ የአደጋ ምልክት ነው።
danger-threat-to-kill = የመግደል ማስፈራሪያ፣ በቁጣ ቢነገርም እንኳ፣ ሁልጊዜ በቁም ነገር መወሰድ አለበት።
danger-escalation = ጥቃቱ ወይም ማስፈራሪያው ሲባባስ ወይም ሲደጋገም፣ የከባድ ጥቃት አደጋ ይጨምራል።
danger-separation = ሌላው ሰው ጥቃት ፈጽሞ ወይም ተቆጣጣሪ ሆኖ ከነበረ፣ የመለያየት ጊዜ በተለይ አደገኛ ሊሆን ይችላል።
danger-pregnancy = በእርግዝና ወቅት የሚፈጸም ጥቃት ለእርጉዟም ለሕፃኑም ከባድ የአደጋ ምልክት ነው።
danger-stalking = አንድን ሰው ያለማቋረጥ መከተል፣ መሰለል ወይም ማነጋገር ከባድ የአደጋ ምልክት ነው፤ ወንጀልም ሊሆን ይችላል።
danger-forced-trip-or-marriage = ከአንድ ሰው ፈቃድ ውጭ የታቀደ ጋብቻ ወይም ወደ ውጭ አገር ጉዞ ከባድ የአደጋ ምልክት ነው። ከጉዞው በፊት ጥበቃ ማግኘት ይቻላል።
danger-threats-to-children = በልጆች ላይ የሚደረግ ማስፈራሪያ ከባድ የአደጋ ምልክት ነው። ልጆች ጥበቃ የማግኘት መብት አላቸው።

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".
## A list is a series of ids ending in -1, -2, -3 … in the order they are shown.

## Safety page

safety-title = በዚህ ገጽ ላይ የእርስዎ ደኅንነት
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
safety-cannot-hide-6 = በ020 ወደሚጀምሩ ቁጥሮች የሚደረጉ ጥሪዎች ነፃ ናቸው፤ በስልክ ሂሳብ ላይም አይታዩም። ነገር ግን በቅርብ ጊዜ ጥሪዎች ዝርዝር ውስጥ ይታያሉ።
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

safety-transparency-title = ይህ ገጽ ምንም አያስቀምጥም፤ ምንም አይልክም
safety-transparency-1 = ይህ ገጽ በስልክዎ ወይም በኮምፒውተርዎ ላይ ምንም አያስቀምጥም፤ ኩኪዎችንም (cookies) አያስቀምጥም። ቋንቋዎና ማዘጋጃ ቤትዎ የሚቆዩት ገጹን እስኪዘጉ ድረስ ብቻ ነው።
safety-transparency-2 = የሚመልሱት በፍጹም ወደየትም አይላክም። ምንም ቢመልሱ፣ ገጹ ለሁሉም ሰው የሚያመጣቸውን ተመሳሳይ ፋይሎች ብቻ ያመጣል።
safety-transparency-intro = ራስዎ ይመልከቱ፦ ከታች ያለው ዝርዝር ገጹን ከከፈቱበት ጊዜ ጀምሮ ገጹ ያቀረባቸውን እያንዳንዱን ጥያቄ (request) ያሳያል።
safety-transparency-empty = ገጹ እስካሁን ምንም ጥያቄ አላቀረበም።
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] ገጹ { $count } ጥያቄ አቅርቧል።
   *[other] ገጹ { $count } ጥያቄዎችን አቅርቧል።
}

## Help view (reachable without the questions)

help-title = እርዳታ ያግኙ
help-intro = እዚህ ለመላው ስዊድን የድጋፍ መስመሮችና በማዘጋጃ ቤትዎ ያሉ አድራሻዎች አሉ። ማንን እንደሚያገኙና ምን እንደሚነግሩ ራስዎ ይወስናሉ።
help-emergency = አሁን አደጋ ላይ ነዎት? ወደ 112 ይደውሉ።
help-not-sure = ጥቃት መሆኑን እርግጠኛ ባይሆኑም መደወል ይችላሉ። መጨነቅዎ ወይም ማውራት መፈለግዎ በቂ ነው።

help-what-happens-title = ወደ ድጋፍ መስመር ሲደውሉ ይህ ይሆናል
help-what-happens-1 = አንድ ሰው ያዳምጥዎታል፤ የሚናገሩትንም በቁም ነገር ይወስዳል።
help-what-happens-2 = ምን መናገር እንደሚፈልጉ ራስዎ ይወስናሉ፤ ጥሪውንም በፈለጉት ጊዜ ማቋረጥ ይችላሉ።
help-what-happens-3 = ብዙ የድጋፍ መስመሮች ነፃ ናቸው፤ በብዙዎቹም ስምዎን ሳይገልጹ መናገር ይችላሉ። ይህ በእያንዳንዱ አድራሻ ላይ ተጽፏል።
help-what-happens-4 = ብዙ የድጋፍ መስመሮች በራስዎ ቋንቋ እንዲናገሩ አስተርጓሚ ማዘጋጀት ይችላሉ።

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = ለ{ $municipality } የራሳችን አድራሻዎች ገና የሉንም። ወደ ማዘጋጃ ቤቱ ማዕከላዊ ስልክ (växel) ይደውሉና socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) እንዲያገናኙዎ ይጠይቁ። ከሥራ ሰዓት ውጭ socialjouren (የአስቸኳይ ጊዜ ማኅበራዊ አገልግሎት) ይጠይቁ፣ ወይም አስቸኳይ ከሆነ ወደ 112 ይደውሉ።

help-municipality-label = የእርስዎ ማዘጋጃ ቤት (kommun)
help-municipality-hint = የማዘጋጃ ቤትዎን ስም ይጻፉ። ምርጫዎ በስልክዎ ወይም በኮምፒውተርዎ ላይ ይቆያል፤ አይቀመጥም። ገጹ የሁሉንም ማዘጋጃ ቤቶች አድራሻዎች በአንድ ጊዜ ያመጣል፤ ስለዚህ የትኛውን እንደመረጡ ማንም ማየት አይችልም።
help-municipality-no-match = በዚህ ስም ማዘጋጃ ቤት ማግኘት አልቻልንም። አጻጻፉን ያረጋግጡ ወይም የስሙን መጀመሪያ ይጻፉ።
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = { $municipality }ን መርጠዋል።
help-municipality-change = ማዘጋጃ ቤት ይቀይሩ

help-national-title = በመላው ስዊድን ያለ ድጋፍ
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = በ{ $municipality } ያለ ድጋፍ

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = ወደ { $number } ይደውሉ
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = ወደ { $number } የጽሑፍ መልእክት ይላኩ
contact-chat = ቻቱን ይክፈቱ
contact-web = ድረ ገጹን ይክፈቱ
contact-open-always = በቀን 24 ሰዓት፣ በየቀኑ ክፍት
contact-open-now = አሁን ክፍት ነው
contact-closed-now = አሁን ዝግ ነው
contact-hours-unknown = የሥራ ሰዓቱን ማረጋገጥ አልቻልንም።
contact-free = ነፃ
contact-anonymous = ስምዎን ሳይገልጹ መናገር ይችላሉ
contact-interpreter = አስተርጓሚ ማዘጋጀት ይቻላል
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = በእነዚህ ቋንቋዎችም መናገር ይችላሉ፦ { $languages }።
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = የተረጋገጠበት ቀን፦ { $date }
contact-for-professionals = ለባለሙያዎች
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = የሚያገለግለው፦ { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = በየቀኑ
days-weekdays = ሰኞ–ዓርብ
days-weekends = ቅዳሜ–እሑድ
days-mon = ሰኞ
days-tue = ማክሰኞ
days-wed = ረቡዕ
days-thu = ሐሙስ
days-fri = ዓርብ
days-sat = ቅዳሜ
days-sun = እሑድ

## What kind of contact it is (short noun phrases)

kind-emergency = የአስቸኳይ ጊዜ ቁጥር
kind-police = ፖሊስ
kind-helpline = የድጋፍ መስመር
kind-social-services = Socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ)
kind-social-services-on-call = Socialjouren (ከሥራ ሰዓት ውጭ የማኅበራዊ አገልግሎት)
kind-womens-shelter = Kvinnojour (ለሴቶች ድጋፍና መጠለያ)
kind-girls-shelter = Tjejjour (ለልጃገረዶችና ለወጣት ሴቶች ድጋፍ)
kind-mens-shelter = ለወንዶች ድጋፍ
kind-youth-clinic = Ungdomsmottagning (የወጣቶች ክሊኒክ)
kind-perpetrator-programme = ጥቃትን ለማቆም የሚረዳ ድጋፍ
kind-victim-support = ከወንጀል በኋላ ድጋፍ
kind-health = የጤና አገልግሎት

## Who the contact is for (phrases after “For: …”)

audience-everyone = ለሁሉም
audience-women = ሴቶች
audience-men = ወንዶች
audience-trans = ትራንስና ኖን-ባይናሪ ሰዎች
audience-young = ወጣቶች
audience-children = ከ18 ዓመት በታች ያሉ ልጆች
audience-honour = ከክብር ጋር ለተያያዘ ጥቃትና ጭቆና የተጋለጡ ሰዎች
audience-trafficking = ወሲብ የሚሸጡ ወይም ለሕገወጥ የሰዎች ዝውውር የተጋለጡ ሰዎች
audience-uses-violence = ጥቃት የሚፈጽሙና ማቆም የሚፈልጉ ሰዎች
audience-worried-others = ስለ ሌላ ሰው የሚጨነቁ ሰዎች
audience-professionals = ባለሙያዎች

## Result: fixed parts

result-title = መልሶችዎ የሚገልጹት ይህን ነው
result-intro = የመለሱት አንድ ወይም ከዚያ በላይ የጥቃት ዓይነቶችን ይገልጻል። ከታች ምን እንደሚባሉና የት ድጋፍ ማግኘት እንደሚችሉ ማንበብ ይችላሉ።
result-none = ከመልሶችዎ አንዳቸውም ጥቃትን አልገለጹም። ቢሆንም አንድ ነገር ትክክል እንዳልሆነ ከተሰማዎት ከአንድ ሰው ጋር መነጋገር ይችላሉ። ስሜትዎን ይመኑ።
result-none-rather-not-say = አንዳንድ ጥያቄዎችን ላለመመለስ መርጠዋል፤ ይህም ምንም ችግር የለውም። አሁንም ድጋፍ ማግኘት ይችላሉ፤ ምን እንደሚናገሩም ራስዎ ይወስናሉ።

result-urgent-title = አሁን አደጋ ላይ ከሆኑ፣ ወደ 112 ይደውሉ
result-urgent-text = የት እንዳሉና ምን እየሆነ እንዳለ ይናገሩ። ጥሪው ነፃ ነው። በነፃነት መናገር ባይችሉም መደወል ይችላሉ። እንደዚያ ከሆነ፣ መስመሩ ላይ ይቆዩ።
result-urgent-signs-intro = ይህን መጀመሪያ የምናሳየው መልሶችዎ ከባድ የአደጋ ምልክት ሊሆን የሚችል ነገር ስለጠቀሱ ነው፦

result-not-your-fault = በእርስዎ ላይ እየደረሰ ያለው የእርስዎ ጥፋት አይደለም። ማንም ሰው እርስዎን የመጉዳት፣ የማስፈራራት ወይም የመቆጣጠር መብት የለውም።
result-right-to-support = ከየትም ቢመጡ፣ የመኖሪያ ፈቃድ ቢኖርዎትም ባይኖርዎትም፣ ካሉበት ማዘጋጃ ቤት socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ድጋፍ የመጠየቅ መብት አለዎት። እነሱን ማግኘት ምንም አያስከፍልም።

result-what-happens-title = ብገናኝ ምን ይሆናል?
result-what-happens-1 = ለማውራትና ምክር ለማግኘት ወደ ድጋፍ መስመር በመደወል መጀመር ይችላሉ። ምን እንደሚናገሩ ራስዎ ይወስናሉ።
result-what-happens-2 = Socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) የድጋፍ ውይይቶችን፣ እንዴት ደኅንነትዎን መጠበቅ እንደሚችሉ ለማቀድ የሚረዳ እርዳታን፣ እንዲሁም መዛወር ካስፈለገዎ የተጠበቀ መኖሪያ ሊሰጥዎ ይችላል።
result-what-happens-3 = አንድ በአንድ እርምጃ መውሰድ ይችላሉ። ተጨማሪ ከመናገርዎ በፊት ቀጥሎ ምን እንደሚሆን ለመጠየቅ ነፃ ነዎት።

result-contacts-title = ድጋፍ የሚያገኙበት ቦታ
result-show-local = በአቅራቢያዬ ያለ እርዳታ አሳየኝ
result-start-over = እንደገና ይጀምሩ
result-start-over-hint = የመለሱት ሁሉ ይረሳል።

## Result: for someone who has hurt or frightened someone

result-used-intro = መልሶችዎ ለእርስዎ ቅርብ የሆነን ሰው ሊጎዱ ወይም ሊያስፈሩ የሚችሉ ነገሮችን እንዳደረጉ ይገልጻሉ።
result-used-responsibility = እነዚህን ጥያቄዎች መመለስዎ አስፈላጊ እርምጃ ነው። ጥቃት ምርጫ ነው፤ ለማቆምም መምረጥ ይችላሉ። ለዚህ የሚሆን እርዳታ አለ፤ ለምሳሌ Välj att sluta (ጥቃትን ለማቆም የሚረዳ የድጋፍ መስመር) እና በማዘጋጃ ቤትዎ ያለው socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ)።
result-used-urgent-text = አሁን አንድን ሰው እጎዳለሁ ብለው ከፈሩ፣ ወይም አንድ ሰው አደጋ ላይ ከሆነ፣ ወደ 112 ይደውሉ።

## Result: for someone who is worried about another person

result-worried-intro = መልሶችዎ የሚያሳስብዎ ሰው ለጥቃት ተጋልጦ ሊሆን እንደሚችል ይገልጻሉ። እዚህ ተጨማሪ ማንበብና እርስዎም እሱም የት ድጋፍ ማግኘት እንደምትችሉ ማየት ይችላሉ።

## For someone who is worried about another person

worried-title = ስለ አንድ ሰው የሚጨነቁ ከሆነ
worried-intro = መጨነቅዎ ጥሩ ነው። እዚህ ልብ ሊሏቸው የሚገቡ ምልክቶች፣ እንዴት ሊያነጋግሩት እንደሚችሉ ምክሮች እና የት መሄድ እንደሚችሉ ይገኛሉ።

worried-signs-title = ልብ ሊሏቸው የሚገቡ ምልክቶች
worried-signs-1 = የፈራ፣ ያዘነ ወይም የተጨነቀ ይመስላል፤ ተለውጧልም።
worried-signs-2 = ጓደኞችንና ቤተሰብን እንደ በፊቱ አያገኝም፣ ወይም እንዲያገኝ አይፈቀድለትም።
worried-signs-3 = አንድ ሰው ሁልጊዜ ይደውልለታል ወይም መልእክት ይልክለታል፤ የት እንዳለም ማወቅ ይፈልጋል።
worried-signs-4 = ሊያብራራው የማይፈልገው ወይም የማይችለው ጉዳት አለበት።
worried-signs-5 = የራሱ ገንዘብ የለውም፣ ወይም ሌላ ሰው ፓስፖርቱን ወይም ስልኩን ይዞበታል።
worried-signs-6 = ራሱ ያልመረጠውን ጋብቻ ወይም ጉዞ ይናገራል።

worried-talk-title = ውይይቱን እንዴት መጀመር እንደሚችሉ
worried-talk-1 = ብቻችሁን በእርጋታ መነጋገር የምትችሉበትን ቦታ ይምረጡ።
worried-talk-2 = ያስተዋሉትንና እንደሚያስቡለት ይንገሩት። ለምሳሌ እንዲህ ማለት ይችላሉ፦ “ያዘንክ/ያዘንሽ ይመስላል። እንዴት ነህ/ነሽ?”
worried-talk-3 = ሳይፈርዱ ያዳምጡ፤ የሚነግርዎትንም ይመኑ።
worried-talk-4 = የውይይቱን ፍጥነት እሱ እንዲወስን ይፍቀዱለት። ተጨማሪ ለመናገር ከመፈለጉ በፊት ጊዜ ሊወስድ ይችላል።
worried-talk-5 = እርዳታ እንዳለ ይንገሩት፤ ሲደውል ወይም ሲያገኛቸው አብረውት ለመሆን ፈቃደኛ መሆንዎን ይግለጹ።

worried-dont-title = ማድረግ የሌለብዎ
worried-dont-1 = ጥቃት የሚፈጽመውን ሰው አይጋፈጡት። ለሚያሳስብዎ ሰው ሁኔታውን ይበልጥ አደገኛ ሊያደርገው ይችላል።
worried-dont-2 = እንዲናገር ወይም እንዲለቅ ጫና አያድርጉበት። ምን ደኅንነቱ የተጠበቀ እንደሆነ ከሁሉ በላይ የሚያውቀው እሱ ነው።
worried-dont-3 = ከክብር ጋር የተያያዘ ጥቃት እንዳለ ከጠረጠሩ ቤተሰቡን ወይም ዘመዶቹን አያነጋግሩ። እሱን አደጋ ላይ ሊጥለው ይችላል።
worried-dont-4 = ከቤተሰቡ፣ ከዘመዶቹ ወይም ከሚያውቋቸው ሰዎች ማንም እንዲያስተረጉም አይፍቀዱ። ቤተሰቡን የማያውቅ አስተርጓሚ ይጠይቁ።
worried-dont-5 = ሌላ ሰው ሊያነብበው የሚችል ከሆነ ስለ ጥቃቱ መልእክት ወደ ስልኩ አይላኩ።

worried-over-time-title = ለረጅም ጊዜ ከጎኑ መሆን
worried-over-time-1 = አሁን ማውራት ባይፈልግም እንኳ መገናኘትዎን ይቀጥሉ።
worried-over-time-2 = ብዙ ጊዜ ትቶ መሄድና መመለስ የተለመደ ነው። ሳይፈርዱ አሁንም ከጎኑ እንዳሉ ያሳዩ።
worried-over-time-3 = ራስዎንም ይንከባከቡ። ብዙ የድጋፍ መስመሮች ስለ ሌላ ሰው ከሚጨነቁ ሰዎች ጥሪ ይቀበላሉ።

worried-child-title = ስለ አንድ ልጅ የሚጨነቁ ከሆነ
worried-child-1 = ማንኛውም ሰው ልጁ በሚኖርበት ማዘጋጃ ቤት ላለው socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) orosanmälan (የስጋት ሪፖርት) ማቅረብ ይችላል። እርግጠኛ መሆን አያስፈልግዎትም። መጨነቅዎ በቂ ነው።
worried-child-2 = እንደ ግል ሰው፣ ሪፖርት ሲያቀርቡ ስምዎን ሳይገልጹ ማቅረብ ይችላሉ። ልጁ እንዴት እንዳለ የሚያጣራው socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ነው።
worried-child-3 = ከልጆች ጋር የሚሠሩ ሰዎች፣ ለምሳሌ በትምህርት ቤት፣ በጤና አገልግሎት ወይም በsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ)፣ ሪፖርት የማድረግ ግዴታ አለባቸው።

## School staff page

staff-title = በትምህርት ቤት ለሚሠሩ
staff-intro = Vägvisaren ወጣቶች እያጋጠማቸው ያለው ነገር ጥቃት መሆኑን እና የት እርዳታ ማግኘት እንደሚችሉ ራሳቸው እንዲያውቁ ይረዳቸዋል። እዚህ አንድን ተማሪ እንዴት መደገፍ እንደሚችሉ ማንበብ ይችላሉ።
staff-load-failed = ገጹን መጫን አልተቻለም። ግንኙነትዎን ያረጋግጡና እንደገና ይሞክሩ።
staff-what-1 = መሣሪያው ስለ አጋር፣ ስለ ቤተሰብና ዘመዶች፣ ወሲብ እንዲሸጡ ጫና ስለመደረግ እና ራስ አንድን ሰው ስለመጉዳት ይጠይቃል። ከ18 ዓመት በታች ያሉት ቀለል ያሉ ጥያቄዎች ያገኛሉ።
staff-what-2 = መልሶቹ ምን ዓይነት ጥቃቶች ሊሆኑ እንደሚችሉ፣ ተማሪው ወዲያውኑ ወደ 112 መደወል እንዳለበት፣ እና የትኞቹ የድጋፍ መስመሮችና አድራሻዎች እንደሚስማሙ ያሳያሉ።
staff-what-3 = ምንም ነገር አይቀመጥም፤ አይላክምም። እርስዎም ሆኑ ትምህርት ቤቱ ተማሪው ምን እንደመለሰ ማየት አይችሉም።

staff-talk-title = ለጥቃት ተጋልጦ ሊሆን ከሚችል ወጣት ጋር መነጋገር
staff-talk-1 = ማንም በማይረብሻችሁ ቦታ በእርጋታ ያዳምጡ። ተማሪው በራሱ ቃላት እንዲናገር ይፍቀዱለት።
staff-talk-2 = ተማሪው የሚነግርዎትን ይመኑ፤ መናገሩ ጥሩ እንደሆነም ይንገሩት። በፍጹም የእሱ ጥፋት አይደለም።
staff-talk-3 = ሚስጥር ለመጠበቅ ቃል አይግቡ። ለsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ሪፖርት ማድረግ ሊያስፈልግዎ እንደሚችል እና ለምን እንደሆነ በታማኝነት ይንገሩት።
staff-talk-4 = ከክብር ጋር የተያያዘ ጥቃት እንዳለ ከጠረጠሩ ቤተሰቡን አያነጋግሩ። ተማሪውን አደጋ ላይ ሊጥለው ይችላል።
staff-talk-5 = ከቤተሰቡ ወይም ከሚያውቋቸው ሰዎች አስተርጓሚ አይጠቀሙ። ሙያዊ አስተርጓሚ ይያዙ፣ ለምሳሌ ከሌላ ከተማ በስልክ የሚያስተረጉም፤ አስተርጓሚው ደኅንነቱ የተጠበቀ እንደሆነ ይሰማው እንደሆነም ተማሪውን ይጠይቁ።
staff-talk-6 = ተማሪው የተናገረውን በራሱ ቃላት፣ መቼ እንደተናገረውም ይጻፉ። የራስዎን ትርጓሜ እንደ እውነታ አድርገው አይጻፉ።

staff-same-day-title = በዚያው ቀን
staff-same-day-1 = በዚያው ቀን ለsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ሪፖርት ያድርጉ። ተጨማሪ ለማወቅ ብለው አይጠብቁ።
staff-same-day-2 = ለርእሰ መምህሩ ወይም ለተማሪዎች ጤና ቡድን (elevhälsan) ይንገሩ። ሆኖም ሪፖርት የማድረግ ግዴታው የራስዎ መሆኑን ያስታውሱ።
staff-same-day-3 = ተማሪው አደጋ ላይ ከሆነ ወይም ወደ ቤት ለመሄድ ከፈራ፣ ወዲያውኑ ለsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ይደውሉ። ከሥራ ሰዓት ውጭ ወደ socialjouren (የአስቸኳይ ጊዜ ማኅበራዊ አገልግሎት)፣ ወይም አስቸኳይ ከሆነ ወደ 112 ይደውሉ።

staff-duty-title = ሪፖርት የማድረግ ግዴታ (anmälningsplikt)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = በትምህርት ቤት የሚሠራ ማንኛውም ሰው አንድ ልጅ እየተጎዳ መሆኑን ካወቀ ወይም ከጠረጠረ ወዲያውኑ ለsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ሪፖርት የማድረግ ግዴታ አለበት። ይህ በማኅበራዊ አገልግሎት ሕግ፣ socialtjänstlagen (SFS 2025:400)፣ ውስጥ ተደንግጓል።
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = መጠርጠር በቂ ነው። ማስረጃ አያስፈልግዎትም። የሚያጣራው socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ነው።
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = ግዴታው የግል ነው። ለርእሰ መምህሩ፣ ለተማሪዎች አማካሪ (kuratorn) ወይም ለሌላ ሰው ማስተላለፍ አይችሉም።
staff-duty-4 = ልጁ በሚኖርበት ማዘጋጃ ቤት ላለው socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ሪፖርት ያድርጉ። መደወል ወይም መጻፍ ይችላሉ። ከሥራ ሰዓት ውጭ ወደ socialjouren (የአስቸኳይ ጊዜ ማኅበራዊ አገልግሎት)፣ ወይም አስቸኳይ ከሆነ ወደ 112 ይደውሉ።

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

## About Vägvisaren

about-title = ስለ Vägvisaren
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren ራሱን የቻለ መሣሪያ ነው እንጂ የመንግሥት መሥሪያ ቤት አይደለም። ሪፖርቶችን መቀበል ወይም ስለ እርስዎ ሁኔታ ጥያቄዎችን መመለስ አንችልም።
about-free = Vägvisaren ነፃ ነው። መግባት (log in) ወይም ማን እንደሆኑ መናገር አያስፈልግዎትም።
about-private = ከሚመልሱት ውስጥ ምንም ነገር አይቀመጥም፤ አይላክምም። ሰርቨሩ ገጹን ስለሚጎበኙ ሰዎች ምንም መረጃ አያስቀምጥም።
about-contacts-title = አድራሻዎቹን እንዴት እንደምናረጋግጥ
about-contacts-1 = እያንዳንዱ ቁጥርና የሥራ ሰዓት ምንጭ አለው፤ ለምሳሌ የድጋፍ መስመሩ የራሱ ድረ ገጽ፣ እና ያረጋገጥንበት ቀን።
about-contacts-2 = ምንም ምንጭ ያልጠቀሰውን ቁጥር በፍጹም አናሳይም። አንድ ነገር ከተቀየረ፣ የሚሠራው በድጋፍ መስመሩ የራሱ ድረ ገጽ ላይ ያለው ነው።
about-languages-title = ቋንቋዎች
about-languages-intro = ጽሑፎቹ መጀመሪያ በስዊድንኛ ይጻፋሉ፤ ከዚያም ይተረጎማሉ። በእያንዳንዱ ቋንቋ እስከዚህ ደርሰናል፦
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = የምንጭ ቋንቋ
status-reviewed = ተተርጉሟል፤ ቋንቋው የአፍ መፍቻ ቋንቋው በሆነ ሰው ተገምግሟል
status-unreviewed = ተተርጉሟል፤ ግን ገና አልተገመገመም

## Navigation

nav-start-questions = ጥያቄዎቹን ይጀምሩ
nav-help = እርዳታ ያግኙ
nav-safety = የእርስዎ ደኅንነት
nav-staff = ለትምህርት ቤት ሠራተኞች
nav-about = ስለ እኛ
nav-back = ወደ ኋላ
nav-next = ቀጣይ
nav-home = ወደ መነሻ ገጽ

## Safety page, added by the UI

safety-transparency-refresh = ዝርዝሩን ያድሱ
