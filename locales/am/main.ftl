# Vägvisaren — አማርኛ.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

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

start-title = ትክክል እንዳልሆነ የሚሰማዎት ነገር እየተከሰተ ነው? እዚህ ስለ ጥቃትና የት እርዳታ ማግኘት እንደሚችሉ በእርጋታ ማንበብ ይችላሉ።
start-lead = በእርስዎ ላይ ወይም በሚያሳስብዎ ሰው ላይ ስለሚደርሰው ነገር ጥቂት ጥያቄዎችን ይመልሱ። ምን ሊባል እንደሚችልና የት ድጋፍ ማግኘት እንደሚችሉ ያውቃሉ። መልሶቹ ለእርስዎ ምን ትርጉም እንዳላቸው የሚወስኑት እርስዎ ነዎት።
start-duration = ከአምስት እስከ አሥር ደቂቃ ያህል ይወስዳል። ጥያቄዎችን ማለፍ፣ በፈለጉትም ጊዜ ማቆም ይችላሉ።
start-private = ከሚመልሱት ውስጥ ምንም ነገር አይቀመጥም፤ ወደየትም አይላክም። ገጹን እስኪዘጉ ድረስ በስልክዎ ወይም በኮምፒውተርዎ ላይ ብቻ ይቆያል።
start-quick-exit = “ገጹን በፍጥነት ይልቀቁ” የሚለው ቁልፍ ሁልጊዜ ከላይ ይገኛል። Shiftን ሦስት ጊዜ በመጫንም መውጣት ይችላሉ።
start-emergency = አሁን አደጋ ላይ ነዎት? ወደ 112 ይደውሉ።

## Questionnaire flow: path, age, self-description, questions

flow-path-title = ምን ማወቅ ይፈልጋሉ?
flow-path-partner = ስለ እኔ – አጋሬ ወይም የቀድሞ አጋሬ (የፍቅር ወይም የትዳር፤ የትኛውም ጾታ ቢሆን)
flow-path-family = ስለ እኔ – ቤተሰቤ፣ ዘመዶቼ ወይም በዕለት ተዕለት ኑሮዬ የሚረዳኝ ሰው
flow-path-exploitation = ስለ እኔ – አንድ ሰው ወሲብ እንድሸጥ ያደርገኛል፣ ወይም ሥራዬን፣ ገንዘቤን ወይም ሰነዶቼን ይቆጣጠራል
flow-path-worried = ስለሚያሳስበኝ ሰው
flow-path-used-violence = ለእኔ ቅርብ የሆነን ሰው ጎድቻለሁ ወይም አስፈርቻለሁ
flow-path-partner-youth = ስለ እኔ – የፍቅር ጓደኛዬ ወይም የቀድሞ የፍቅር ጓደኛዬ (የትኛውም ጾታ ቢሆን)
flow-path-family-youth = ስለ እኔ – ቤተሰቤ ወይም ዘመዶቼ
flow-path-exploitation-youth = ስለ እኔ – አንድ ሰው በኢንተርኔት ወይም በገሃዱ ዓለም ወሲባዊ ነገሮችን እንዳደርግ ጫና ያደርግብኛል፣ ወይም ለእነሱ እንድሠራ ወይም ወንጀል እንድፈጽም ያደርገኛል
flow-path-worried-youth = ስለ ጓደኛዬ ወይም ስለሚያሳስበኝ ሌላ ሰው
flow-path-used-violence-youth = ከቤተሰቤ አንድን ሰው ወይም የፍቅር ጓደኛዬን ጎድቻለሁ ወይም አስፈርቻለሁ
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

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = በዚህ ገጽ ላይ የእርስዎ ደኅንነት

## Help view (reachable without the questions)

help-title = እርዳታ ያግኙ
help-intro = እዚህ ለመላው ስዊድን የድጋፍ መስመሮችና በማዘጋጃ ቤትዎ ያሉ አድራሻዎች አሉ። እነዚህም በቅርብ ግንኙነት ውስጥ ጥቃት፣ ከክብር ጋር የተያያዘ ጥቃትና ጭቆና፣ የወሲብ ንግድ (prostitution) ወይም ሕገወጥ የሰዎች ዝውውር ለሚደርስብዎ፣ ስለ አንድ ሰው ለሚጨነቁ እና ጥቃት መፈጸም ማቆም ለሚፈልጉ ናቸው። ማንን እንደሚያገኙና ምን እንደሚናገሩ ራስዎ ይወስናሉ።
help-emergency = አሁን አደጋ ላይ ነዎት? ወደ 112 ይደውሉ።
help-not-sure = ጥቃት መሆኑን እርግጠኛ ባይሆኑም መደወል ይችላሉ። መጨነቅዎ ወይም ማውራት መፈለግዎ በቂ ነው።

help-what-happens-title = ወደ ድጋፍ መስመር ሲደውሉ ይህ ይሆናል
help-what-happens-1 = አንድ ሰው ያዳምጥዎታል፤ የሚናገሩትንም በቁም ነገር ይወስዳል።
help-what-happens-2 = ምን መናገር እንደሚፈልጉ ራስዎ ይወስናሉ፤ ጥሪውንም በፈለጉት ጊዜ ማቋረጥ ይችላሉ።
help-what-happens-3 = ብዙ የድጋፍ መስመሮች ያለ ክፍያ ያገለግላሉ፤ በብዙዎቹም ስምዎን ሳይገልጹ መናገር ይችላሉ። ይህ በእያንዳንዱ አድራሻ ላይ ተጽፏል።
help-what-happens-4 = ብዙ የድጋፍ መስመሮች በራስዎ ቋንቋ እንዲናገሩ አስተርጓሚ ማዘጋጀት ይችላሉ።

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = በ{ $municipality } ላለው socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) የስልክ ቁጥር ገና የለንም። ወደ ማዘጋጃ ቤቱ ማዕከላዊ ስልክ (växel) ይደውሉና socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) እንዲያገናኙዎ ይጠይቁ። ከሥራ ሰዓት ውጭ socialjouren (ከሥራ ሰዓት ውጭ የማኅበራዊ አገልግሎት) ይጠይቁ፣ ወይም አስቸኳይ ከሆነ ወደ 112 ይደውሉ።

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
contact-free = ምንም ክፍያ የለውም
contact-anonymous = ስምዎን ሳይገልጹ መናገር ይችላሉ
contact-interpreter = አስተርጓሚ ማዘጋጀት ይቻላል
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = በእነዚህ ቋንቋዎችም መናገር ይችላሉ፦ { $languages }።
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = መረጃው የተነበበበት ቀን፦ { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = የምንጩ ገጽ የተጻፈበት ቀን፦ { $date }
contact-source-third-party = መረጃው የተገኘው ከድርጅቱ የራሱ ገጽ ሳይሆን ከሌላ ገጽ ብቻ ነው
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = ምንጩ እንደሚለው ይህ መስመር እስከ { $date } ድረስ የገንዘብ ድጋፍ ነበረው። አሁንም መኖሩን አናውቅም።
contact-switchboard = ቁጥሩ ወደ ማዘጋጃ ቤቱ ማዕከላዊ ስልክ (växel) ይገባል። ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ጋር መነጋገር እንደሚፈልጉ ይጠይቁ።
contact-via-112 = ተረኛውን አገልግሎት የሚያገኙት ወደ 112 ደውለው ከsocialjouren (ከሥራ ሰዓት ውጭ የማኅበራዊ አገልግሎት) ጋር መነጋገር እንደሚፈልጉ በመጠየቅ ነው።
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
kind-suicide-prevention = ራስን የማጥፋት ሐሳብ ሲኖር የሚሰጥ ድጋፍ

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

result-contacts-title = ድጋፍ የሚያገኙበት ቦታ

## School staff page

staff-title = በትምህርት ቤት ለሚሠሩ
staff-load-failed = ገጹን መጫን አልተቻለም። ግንኙነትዎን ያረጋግጡና እንደገና ይሞክሩ።
plan-load-failed = የደኅንነት ዕቅዱን መጫን አልተቻለም። ግንኙነትዎን ያረጋግጡና እንደገና ይሞክሩ።
text-load-failed = ጽሑፉን መጫን አልተቻለም። ግንኙነትዎን ያረጋግጡና እንደገና ይሞክሩ።
text-load-retry = እንደገና ይሞክሩ
read-aloud = በድምፅ ይነበብ
read-aloud-stop = ንባቡን ያቁሙ

## About Vägvisaren

about-title = ስለ Vägvisaren
language-status-marker = በማሽን የተተረጎመ

## Navigation

nav-start-questions = ጥያቄዎቹን ይጀምሩ
nav-help = እርዳታ ያግኙ
nav-safety = የእርስዎ ደኅንነት
nav-staff = ለትምህርት ቤት ሠራተኞች
nav-about = ስለ እኛ
nav-plan = የደኅንነት ዕቅድ ያዘጋጁ
nav-back = ወደ ኋላ
nav-next = ቀጣይ
nav-home = ወደ መነሻ ገጽ

