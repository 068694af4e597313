# Vägvisaren — ትግርኛ.
# Status: translated by the team from Swedish with machine assistance; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – ደገፍን ሓገዝን
language-label = ቋንቋ

## Quick exit

quick-exit-button = ካብዚ ገጽ ቀልጢፍኩም ውጹ
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] ካብዚ ገጽ ንምውጻእ Shift ሓንሳብ ደጊምኩም ጠውቑ።
   *[other] ካብዚ ገጽ ንምውጻእ Shift { $remaining } ግዜ ደጊምኩም ጠውቑ።
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = ቋንቋ “{ $code }” ኣብዚ ገና የለን፣ ስለዚ እቲ ገጽ ብሽወደንኛ ይርአ ኣሎ። ኣብ ላዕሊ ካልእ ቋንቋ ክትመርጹ ትኽእሉ ኢኹም።

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = ኮድ ኮሙን “{ $code }” የለን፣ ስለዚ ዝተመርጸ ኮሙን የለን። ኣብ ትሕቲ “ሓገዝ ድለዩ” ኮሙን ክትመርጹ ትኽእሉ ኢኹም።

## Start screen

start-title = ዓመጽ ድዩ? ኣብዚ ብህድኣት ክትፈልጡ ትኽእሉ ኢኹም።
start-lead = ብዛዕባ እቲ ኣብ ልዕሊኹም ወይ ኣብ ልዕሊ እትሻቐልሉ ሰብ ዝፍጸም ዘሎ ንውሑዳት ሕቶታት መልሱ። እንታይ ክበሃል ከም ዝኽእልን ካበይ ሓገዝ ክትረኽቡ ከም እትኽእሉን ክትፈልጡ ኢኹም።
start-duration = ኣስታት ካብ ሓሙሽተ ክሳብ ዓሰርተ ደቒቕ ይወስድ። ሕቶታት ክትሓልፉ፣ ኣብ ዝደለኹምዎ ግዜ’ውን ደው ከተብሉ ትኽእሉ ኢኹም።
start-private = ካብቲ እትምልስዎ ዋላ ሓደ ኣይዕቀብን፣ ናብ ዝኾነ ቦታ’ውን ኣይለኣኽን። ክሳብ ነቲ ገጽ እትዓጽውዎ ኣብ ተሌፎንኩም ወይ ኮምፒተርኩም ጥራይ ይጸንሕ።
start-quick-exit = እቲ “ካብዚ ገጽ ቀልጢፍኩም ውጹ” ዝብል መጠወቒ ወትሩ ኣብ ላዕሊ ኣሎ። Shift ሰለስተ ግዜ ብምጥዋቕ’ውን ክትወጹ ትኽእሉ ኢኹም።
start-emergency = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ 112 ደውሉ።

## Questionnaire flow: path, age, self-description, questions

flow-path-title = እንታይ ክትፈልጡ ትደልዩ?
flow-path-partner = ብዛዕባይ – መጻምድተይ ወይ ናይ ቀደም መጻምድተይ
flow-path-family = ብዛዕባይ – ስድራይ ወይ ኣዝማደይ
flow-path-exploitation = ብዛዕባይ – ሓደ ሰብ ጾታዊ ርክብ ክሸይጥ የገድደኒ፣ ወይ ስራሐይ፣ ገንዘበይ ወይ ወረቓቕተይ ይቆጻጸር
flow-path-worried = ብዛዕባ ዝሻቐለሉ ሰብ
flow-path-used-violence = ንቐረባይ ዝኾነ ሰብ ጎዲአ ወይ ኣፍሪሐ እየ
flow-age-title = ዕድሜኹም ክንደይ እዩ?
flow-age-under-18 = ትሕቲ 18 ዓመት
flow-age-adult = 18 ዓመት ወይ ልዕሊኡ
flow-about-child-title = እቲ እትሻቐልሉ ሰብ ዕድሜኡ ትሕቲ 18 ዓመት ድዩ?
flow-about-child-yes = እወ፣ ትሕቲ 18 ዓመት
flow-about-child-no = ኣይፋል፣ 18 ዓመት ወይ ልዕሊኡ
flow-about-child-unknown = ኣይፈልጥን
flow-self-title = ንነብስኹም ብኸመይ ትገልጽዋ?
flow-self-hint = ክትምልሱ ግዴታ የብልኩምን። እቲ መልሲ ዝሰማማዓኩም ደገፍ ንምርኣይ ጥራይ እዩ ዝጥቀመሉ፣ ኣይዕቀብን ድማ።
flow-self-woman = ሰበይቲ ወይ ጓል
flow-self-man = ሰብኣይ ወይ ወዲ
flow-self-trans = ትራንስ ወይ ኖን-ባይናሪ (ንኽልተ ጾታታት ዘይውክል)
flow-self-rather-not-say = ክምልስ ኣይደልን
flow-skip = ሕለፉ
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = ሕቶ { $current } ካብ { $total }
flow-answer-yes = እወ
flow-answer-sometimes = ሓደ ሓደ ግዜ
flow-answer-no = ኣይፋል
flow-answer-rather-not-say = ክምልስ ኣይደልን
flow-answers-label = መልስኹም
flow-see-result = ውጽኢት ርኣዩ
flow-change-hint = ኣብ ዝደለኹምዎ ግዜ ንድሕሪት ተመሊስኩም መልሲ ክትቕይሩ ትኽእሉ ኢኹም።


## Questions: partner or ex

q-partner-put-down = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ይጸርፈኩም፣ ይላገጸኩም ወይ ዋጋ ከም ዘይብልኩም ክስምዓኩም ይገብርዶ?
q-partner-isolate = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ምስ መን ክትራኸቡ፣ ናበይ ክትከዱ ወይ እንታይ ክትክደኑ ከም እትኽእሉ ይውስንዶ?
q-partner-phone = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም መልእኽትታትኩም የንብብ፣ ቃል-ምሕላፍ (password) ይሓትት ወይ ተሌፎንኩም ይፍትሽዶ?
q-partner-follow = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ይስዕበኩም፣ ብኣፕ (app) ኣበይ ከም ዘለኹም ይከታተል፣ ወይ ከይደለኹም ኣብ ዘለኹምዎ ቦታ ይመጽዶ?
q-partner-images = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ካልኦት ክርእይዎም ዘይትደልዩ ስእልታትኩም ወይ ቪድዮታትኩም ዘርጊሑ ወይ ክዝርግሕ ኣፈራሪሑ ይፈልጥዶ?
q-partner-money = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ገንዘብኩም ይወስድ፣ ወይ ባዕልኹም ክትጥቀሙሉ ከይትኽእሉ ይቆጻጸሮዶ?
q-partner-money-youth = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ገንዘብኩም ይወስድ፣ ወይ እንታይ ክትዕድጉ ከም እትኽእሉ ይውስንዶ?
q-partner-debt = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ብስምኩም ልቓሕ ወይ ዕዳ ወሲዱ፣ ወይ ካብ ምስራሕ ወይ ምምሃር ከልኪሉኩም ይፈልጥዶ?
q-partner-debt-youth = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ናብ ቤት ትምህርቲ ከይትኸዱ ከልኪሉኩም፣ ወይ ንዕኡ ነገራት ክትዕድጉ ወይ ገንዘብ ክትልቅሑ ኣገዲዱኩም ይፈልጥዶ?
q-partner-break = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ንብረትኩም ሰቢሩ፣ ደርብዩ ወይ ወሲዱ ይፈልጥዶ?
q-partner-pets = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ንእትፈትውዎ እንስሳ ጎዲኡ ወይ ክጎድኦ ኣፈራሪሑ ይፈልጥዶ?
q-partner-threats = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም የፈራርሓኩምዶ፣ ንኣብነት ንቖልዑ ክወስዶም፣ ብዛዕባኹም ነገራት ክዝርግሕ ወይ ካብ ሽወደን ክትወጹ ክገብር ምዃኑ ብምዝራብ?
q-partner-hit = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ወቒዑኩም፣ ደፊኡኩም፣ ረጊጹኩም ወይ ሒዙ ኣጽኒዑኩም ይፈልጥዶ?
q-partner-hurt = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ብዝገበሮ ነገር ምኽንያት ሕብጠት፣ ቁስሊ ወይ ካልእ ጉድኣት በጺሑኩም ይፈልጥዶ?
q-partner-neck = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ክሳድኩም ሒዙ፣ ጎሮሮኹም ጸቒጡ ወይ ምስትንፋስ ከም ዘጸግመኩም ገይሩ ይፈልጥዶ?
q-partner-weapon = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ብካራ፣ ብብረት ወይ ብካልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሑኩም ይፈልጥዶ?
q-partner-kill = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ንዓኹም ወይ ንቐረባኹም ክቐትል ምዃኑ ኣፈራሪሑ ይፈልጥዶ?
q-partner-worse = ኣብዚ ዝሓለፈ ዓመት እቲ ዓመጽ ወይ ምፍርራሕ ዝያዳ ገዲዱ ወይ ብዝያዳ ተደጋጊሙዶ?
q-partner-pregnant = ጥንሲ እንተ ኔሩኩም፦ መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ኣብ ግዜ ጥንሲ ወቒዑኩም ወይ ጎዲኡኩም ይፈልጥዶ?
q-partner-sex = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ዘይደለኹምዎ ጾታዊ ርክብ ወይ ጾታዊ ተግባራት ክትገብሩ ኣገዲዱኩም ወይ ጸቒጡኩም ይፈልጥዶ?
q-partner-sex-fear = እንተዘይኮነ እንታይ ከም ዝስዕብ ስለ ዝፈራሕኩም፣ ጾታዊ ርክብ ተቐቢልኩም ትፈልጡዶ?
q-partner-care = ኣብ መዓልታዊ ህይወት ሓገዝ እንተ ዘድልየኩም፦ መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ዘድልየኩም መግቢ፣ መድሃኒት ወይ ካልእ ሓገዝ ከልኪሉኩም ይፈልጥዶ?
q-partner-aids = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ባዕልኹም ከይትኽእሉ ወይ ሓገዝ ከይትሓቱ፣ መሳርሒ ሓገዝኩም፣ መነጽርኹም፣ መድሃኒትኩም ወይ ተሌፎንኩም ወሲዱ ይፈልጥዶ?
q-partner-children-see = ኣብ ገዛ ቆልዑ እንተለዉ፦ ኣብ መንጎኹም ዓመጽ ወይ ምፍርራሕ ርእዮም ወይ ሰሚዖም ይፈልጡዶ?
q-partner-children-afraid = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ምስ ተቖጥዐ፣ እቶም ቆልዑ ፈሪሖም ወይ ክከላኸሉልኩም ፈቲኖም ይፈልጡዶ?
q-partner-children-threat = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ንቖልዑ ክጎድኦም ወይ ካባኹም ክወስዶም ኣፈራሪሑ ይፈልጥዶ?
q-partner-afraid = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ኣብቲ ግዜቲ ዋላ ሓንቲ ኣብ ዘይገብረሉ እዋን’ውን ትፈርሕዎዶ?
q-partner-careful = መጻምድትኹም ወይ ናይ ቀደም መጻምድትኹም ከይቑጣዕ ኢልኩም፣ ወትሩ ብዛዕባ እትብልዎን እትገብርዎን ትሓስቡዶ?
q-partner-leaving = ቀረባ ግዜ ንመጻምድትኹም ገዲፍኩም ዲኹም፣ ወይ ክትገድፉ ትሓስቡ ዲኹም፣ እሞ ሽዑ እንታይ ከም ዝገብር ትፈርሑዶ?

## Questions: family or relatives

q-family-collective = ካብ ስድራኹም ወይ ኣዝማድኩም ብዙሓት ሰባት ብሓባር ኮይኖም ብኸመይ ክትነብሩ ከም ዘለኩም ይውስኑዶ?
q-family-collective-youth = ካብ ወለድኹም ንላዕሊ ዝኾኑ ሰባት፣ ንኣብነት ኣሕዋትኩም ወይ ኣዝማድኩም፣ ኣብ ህይወትኩም ይውስኑዶ?
q-family-friends = ስድራኹም ወይ ኣዝማድኩም መን ዓርክኹም ክኸውን ከም ዝኽእል፣ ብኸመይ ክትክደኑ ወይ ኣብ ትርፊ ግዜኹም እንታይ ክትገብሩ ከም እትኽእሉ ይውስኑዶ?
q-family-friends-youth = ስድራኹም መን መሓዛኹም ክኸውን ከም ዝኽእል፣ እንታይ ክትክደኑ ወይ ድሕሪ ቤት ትምህርቲ እንታይ ክትገብሩ ከም እትኽእሉ ይውስኑዶ?
q-family-school = ስድራኹም ወይ ኣዝማድኩም ካብ ምምሃር፣ ምስራሕ ወይ ባዕልኹም ትምህርቲ ምምራጽ ይኽልክሉኹምዶ?
q-family-school-youth = ስድራኹም ኣብ ትምህርቲ ክፍሊ፣ ዑደት ቤት ትምህርቲ ወይ ንጥፈታት ቤት ትምህርቲ ከይትሳተፉ ይኽልክሉኹምዶ?
q-family-love = ስድራኹም ወይ ኣዝማድኩም ንመን ክትፈትዉን ምስ መን ክትነብሩን፣ ወይ መን ምዃንኩም ብግልጺ ክትገልጹ ከም እትኽእሉ ይውስኑዶ?
q-family-love-youth = ስድራኹም ንመን ክትፈትዉ ወይ ምስ መን ፍቕሪ ክትጅምሩ ከም እትኽእሉ ይውስኑዶ?
q-family-phone = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ምስ መን ከም እትዛረቡ ንምፍላጥ ተሌፎንኩም ወይ መልእኽትታትኩም ይፍትሽዶ?
q-family-phone-youth = ካብ ስድራኹም ሓደ ሰብ ምስ መን ከም እትዛረቡ ንምፍላጥ ተሌፎንኩም ይፍትሽዶ?
q-family-siblings = ኣሕዋት፣ ደቂ ሓወቦን ደቂ ኣኮን ወይ ካልኦት ኣዝማድ ይከታተሉኹም እሞ እትገብርዎ ንስድራ ይነግሩዶ?
q-family-siblings-youth = ኣሕዋትኩም ወይ ደቂ ኣዝማድኩም ኣብ ቤት ትምህርቲ ወይ ኣብ ከተማ ይከታተሉኹም እሞ ንስድራኹም ይነግሩዶ?
q-family-virginity = ስድራኹም ወይ ኣዝማድኩም ክሳብ እትምርዓዉ ድንግል ክትኮኑ ይሓቱ፣ ወይ ድንግል ምዃንኩም ይፍትሹዶ?
q-family-virginity-youth = ስድራኹም ክሳብ እትምርዓዉ ድንግል ክትኮኑ፣ ማለት ጾታዊ ርክብ ከይገበርኩም ክትጸንሑ፣ ከም ዘለኩም ይብሉዶ?
q-family-marriage = ስድራኹም ወይ ኣዝማድኩም ምስ ባዕልኹም ዘይመረጽኩምዎ ሰብ ክትሕጽዩ ወይ ክትምርዓዉ ይጸቕጡኹምዶ፣ ወይ ድሮ ኣንጻር ድሌትኩም ተፈጺሙዶ?
q-family-marriage-youth = ስድራኹም ዋላ ባዕልኹም እንተዘይደለኹም ክትሕጽዩ ወይ ክትምርዓዉ ይደልዩዶ?
q-family-abroad = ሓደ ሰብ ኣንጻር ድሌትኩም ናብ ካልእ ሃገር ክትስደዱ ወይ ክትውሰዱ ምዃንኩም ነጊሩኩምዶ፣ ወይ ዘሻቕለኩም ጉዕዞ ይውጠን ኣሎዶ?
q-family-abroad-youth = ሓደ ሰብ ናብ ካልእ ሃገር ክትስደዱ ምዃንኩም ነጊሩኩምዶ፣ ወይ ዘሻቕለኩም ጉዕዞ ክትገብሩ ዲኹም?
q-family-disown = ሓደ ሰብ ከም ድሌቶም እንተዘይገበርኩም፣ ስድራኹም ክነጽጉኹም ወይ ርክብ ምሳኹም ክቖርጹ ምዃኖም ኣፈራሪሑኩምዶ?
q-family-disown-youth = ሓደ ሰብ ከም ዝበልዎ እንተዘይገበርኩም፣ ስድራኹም ደጊም ከም ዘይደልዩኹም ነጊሩኩምዶ?
q-family-put-down = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ይጸርፈኩም፣ ይላገጸኩም ወይ ዋጋ የብልኩምን ይብለኩምዶ?
q-family-put-down-youth = ካብ ስድራኹም ሓደ ሰብ ክፉእ ዘረባ ይዛረበኩም፣ ይጭድረኩም ወይ ሕማቓት ኢኹም ይብለኩምዶ?
q-family-money = ስድራኹም ወይ ኣዝማድኩም ደሞዝኩም፣ ሓገዛት ገንዘብኩም ወይ ገንዘብኩም ይወስዱ፣ ወይ ይቆጻጸርዎዶ?
q-family-money-youth = ካብ ስድራኹም ሓደ ሰብ ገንዘብኩም ይወስድዶ፣ ንኣብነት ሓገዝ ትምህርቲ (studiebidrag) ወይ ደሞዝ ናይ ሓጋይ ስራሕ?
q-family-money-denied = ስድራኹም ንኽቆጻጸሩኹም ኢሎም፣ ንዘድልየኩም ነገራት ከም መግቢ፣ ክዳን ወይ መጓዓዝያ ገንዘብ ይኽልክሉኹምዶ?
q-family-money-denied-youth = ስድራኹም ንኽቐጽዑኹም ኢሎም፣ ንዘድልየኩም ነገራት ከም ካርድ ኣውቶቡስ፣ ክዳን ወይ ናውቲ ትምህርቲ ገንዘብ ክህቡኹም ይኣብዩዶ?
q-family-break = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ንብረትኩም ሰቢሩ፣ ደርብዩ ወይ ወሲዱ ይፈልጥዶ?
q-family-break-youth = ካብ ስድራኹም ሓደ ሰብ ንኽቐጽዓኩም ኢሉ ንብረትኩም ኣበላሽዩ ወይ ወሲዱ ይፈልጥዶ?
q-family-pets = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ንእትፈትውዎ እንስሳ ጎዲኡ ወይ ክጎድኦ ኣፈራሪሑ ይፈልጥዶ?
q-family-online = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ብዛዕባኹም ስእልታት፣ ቪድዮታት ወይ ወረታት ኣብ ኢንተርነት ዘርጊሑ ወይ ክዝርግሕ ኣፈራሪሑ ይፈልጥዶ?
q-family-online-youth = ካብ ስድራኹም ሓደ ሰብ ብዛዕባኹም ስእልታት ወይ ነገራት ኣብ ኢንተርነት ለጢፉ ወይ ክለጥፍ ኣፈራሪሑ ይፈልጥዶ?
q-family-tracking = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ይስዕበኩም፣ ወይ ብኣፕ (app) ወይ ብኻልኦት ሰባት ኣቢሉ ኣበይ ከም ዘለኹም ይከታተልዶ?
q-family-tracking-youth = ካብ ስድራኹም ሓደ ሰብ ይስዕበኩም፣ ወይ ኣብ ተሌፎንኩም ብዘሎ ኣፕ ኣበይ ከም ዘለኹም ይፍትሽዶ?
q-family-hit = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ወቒዑኩም፣ ደፊኡኩም፣ ረጊጹኩም ወይ ሒዙ ኣጽኒዑኩም ይፈልጥዶ?
q-family-hit-youth = ካብ ስድራኹም ሓደ ሰብ ወቒዑኩም፣ ደፊኡኩም፣ ጸጉርኹም ስሒቡ ወይ ሒዙ ኣጽኒዑኩም ይፈልጥዶ?
q-family-neck = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ክሳድኩም ሒዙ፣ ጎሮሮኹም ጸቒጡ ወይ ምስትንፋስ ከም ዘጸግመኩም ገይሩ ይፈልጥዶ?
q-family-neck-youth = ካብ ስድራኹም ሓደ ሰብ ክሳድኩም ሒዙ ወይ ምስትንፋስ ከም ዘጸግመኩም ገይሩ ይፈልጥዶ?
q-family-weapon = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ብካራ፣ ብብረት ወይ ብካልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሑኩም ይፈልጥዶ?
q-family-weapon-youth = ካብ ስድራኹም ሓደ ሰብ ብካራ ወይ ብካልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሑኩም ይፈልጥዶ?
q-family-kill = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ንዓኹም ወይ ንቐረባኹም ክቐትል ምዃኑ ኣፈራሪሑ ይፈልጥዶ?
q-family-kill-youth = ካብ ስድራኹም ሓደ ሰብ ንዓኹም ወይ ንእትፈትውዎ ሰብ ክቐትል ምዃኑ ተዛሪቡ ይፈልጥዶ?
q-family-worse = ኣብዚ ዝሓለፈ ዓመት እቲ ዓመጽ ወይ ምፍርራሕ ዝያዳ ገዲዱ ወይ ብዝያዳ ተደጋጊሙዶ?
q-family-worse-youth = ኣብዚ ቀረባ ግዜ ዝያዳ ገዲዱ ወይ ብዝያዳ ተደጋጊሙዶ?
q-family-sex-touch = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ብጾታዊ መንገዲ ተንኪፉኩም፣ ወይ ዘይደለኹምዎ ጾታዊ ነገራት ነጊሩኩም ወይ ኣርእዩኩም ይፈልጥዶ?
q-family-sex-touch-youth = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ጌጋ ኮይኑ ብዝተሰምዓኩም መንገዲ ንሰብነትኩም ተንኪፉ፣ ወይ ጾታዊ ስእልታት ኣርእዩኩም ይፈልጥዶ?
q-family-sex-forced = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ጾታዊ ርክብ ወይ ጾታዊ ተግባራት ክትገብሩ ኣገዲዱኩም ወይ ጸቒጡኩም ይፈልጥዶ?
q-family-sex-forced-youth = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ጾታዊ ነገር ክትገብሩ ኣገዲዱኩም ይፈልጥዶ?
q-family-care = ኣብ መዓልታዊ ህይወት ሓገዝ እንተ ዘድልየኩም፦ እቲ ካብ ስድራኹም ክሕግዘኩም ዝግብኦ ሰብ ዘድልየኩም መግቢ፣ መድሃኒት ወይ ካልእ ሓገዝ ከልኪሉኩም ይፈልጥዶ?
q-family-care-youth = ኣብ ገዛ መግቢ፣ ጽሩይ ክዳን ወይ ምስ ሓመምኩም ሓገዝ ዘይትረኽቡሉ ግዜ ኣሎዶ?
q-family-alone = ካብ ስድራኹም ሓደ ሰብ፣ ባዕልኹም ክትመሓደሩ ዘይትኽእሉ ክነስኹም፣ ንነዊሕ ግዜ በይንኹም ገዲፉኩም ወይ መሳርሒ ሓገዝኩም ወሲዱ ይፈልጥዶ?
q-family-alone-youth = ንነዊሕ ግዜ ኣብ ገዛ በይንኹም ትግደፉዶ፣ ወይ ካብ ዓቕምኹም ንላዕሊ ንነብስኹም ወይ ንኣሕዋትኩም ክትከናኸኑ ትግደዱዶ?
q-family-children-see = ኣብ ስድራ ኣብ ገዛ ዓመጽ ወይ ምፍርራሕ ዝርእዩ ወይ ዝሰምዑ ቆልዑ ኣለዉዶ?
q-family-children-see-youth = ንስኹም ወይ ኣሕዋትኩም ካብ ስድራኹም ሓደ ሰብ ንኻልእ ሰብ ክወቅዕ ወይ ከፈራርሕ ርኢኹም ወይ ሰሚዕኩም ትፈልጡዶ?
q-family-children-threat = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ንቖልዑ ስድራ ክጎድኦም ወይ ካባኹም ክወስዶም ኣፈራሪሑ ይፈልጥዶ?
q-family-children-threat-youth = ካብ ስድራኹም ሓደ ሰብ ንኣሕዋትኩም ወይ ንኻልኦት ቆልዑ ስድራ ክጎድኦም ኣፈራሪሑ ይፈልጥዶ?
q-family-afraid = ኣብቲ ግዜቲ ዋላ ሓንቲ ኣብ ዘይፍጸመሉ እዋን’ውን፣ ካብ ስድራኹም ወይ ኣዝማድኩም ንሓደ ሰብ ትፈርሑዶ?
q-family-afraid-youth = ካብ ስድራኹም ንሓደ ሰብ ትፈርሑዶ?
q-family-home = ናብ ገዛ ምስ ተመለስኩም፣ ወይ ስድራኹም ብዛዕባኹም ገለ ነገር እንተፈሊጦም፣ እንታይ ከም ዝስዕብ ትፈርሑዶ?
q-family-home-youth = ድሕሪ ቤት ትምህርቲ ናብ ገዛ ምኻድ ትፈርሑዶ፣ ወይ ስድራኹም ብዛዕባኹም ገለ ነገር እንተፈሊጦም እንታይ ከም ዝስዕብ ትፈርሑዶ?

## Questions: selling sex, work, money or papers

q-exploit-sell-sex = ሓደ ሰብ ጾታዊ ርክብ ክትሸጡ፣ ወይ ብገንዘብ ምስ ካልኦት ጾታዊ ርክብ ክትገብሩ ይጸቕጠኩም ወይ የገድደኩምዶ?
q-exploit-sell-sex-youth = ሓደ ሰብ ገንዘብ፣ ነገራት፣ ድራግ ወይ መደቀሲ ቦታ ክትረኽቡ ኢልኩም ጾታዊ ርክብ ወይ ጾታዊ ነገራት ክትገብሩ ገይሩኩም ይፈልጥዶ?
q-exploit-sex-control = ካልእ ሰብ መዓስ፣ ኣበይ ወይ ምስ መን ብገንዘብ ጾታዊ ርክብ ክትገብሩ ከም ዘለኩም ይውስን፣ ወይ ካልእ ሰብ ነቲ ገንዘብ ይወስዶዶ?
q-exploit-work = ካብቲ ዝተሰማማዕኩምዎ ኣዝዩ ዝበዝሕ፣ ብኣዝዩ ውሑድ ደሞዝ ወይ ብዘይ ደሞዝ ትሰርሑዶ?
q-exploit-work-youth = ሓደ ሰብ ብዘይ ደሞዝ ወይ ስለ እትፈርሑ፣ ክትሰርሑሉ፣ ድራግ ክትሸጡ ወይ ጉዳያት ክትፍጽሙሉ ይገብረኩምዶ?
q-exploit-wage = ካልእ ሰብ ደሞዝኩም ወይ ገንዘብኩም ይወስድ፣ ወይ እንታይ ክትዕድጉ ከም እትኽእሉ ይውስንዶ?
q-exploit-debt = ሓደ ሰብ ብስራሕ ክትከፍልዎ ዘለኩም ዕዳ ኣለኩም ይብለኩምዶ፣ ንኣብነት ናይ ጉዕዞ፣ ናይ መንበሪ ወይ ናይ ስራሕ?
q-exploit-debt-youth = ሓደ ሰብ ገንዘብ ወይ ውለታ ኣለኩም፣ ነገራት ብምግባር ክትመልስዎ ኣለኩም ይብለኩምዶ?
q-exploit-debt-grows = እቲ ዕዳ፣ ንኣብነት ብመቕጻዕቲ፣ ክራይ ወይ ክፍሊታት ኣቢሉ፣ ካብኡ ፈጺምኩም ሓራ ከይትኾኑ ወትሩ ይውስኽዶ?
q-exploit-papers = ሓደ ሰብ ፓስፖርትኩም፣ መንነት ወረቐትኩም ወይ ፍቓድ መንበሪኹም ወሲዱ ክመልሰልኩም ኣብዩዶ?
q-exploit-accounts = ካልእ ሰብ ባዕልኹም ክትጥቀምሉ ከይትኽእሉ፣ BankID (ናይ ባንኪ ኤሌክትሮኒካዊ መንነት)፣ ውዕላትኩም ወይ ብስምኩም ዘለዉ ካልኦት ወረቓቕቲ ይቆጻጸርዶ?
q-exploit-locked = ሓደ ሰብ በይንኹም ናብ ደገ ከይትወጹ፣ ምስ እትደልይዎ ሰብ ከይትራኸቡ ወይ ምስ ስድራኹም ከይትዛረቡ ይኽልክለኩምዶ?
q-exploit-phone = ሓደ ሰብ ተሌፎንኩም ይወስድ፣ መልእኽትታትኩም የንብብ ወይ ኣበይ ከም ዘለኹም ይከታተልዶ?
q-exploit-online = ሓደ ሰብ ባዕልኹም ከይወሰንኩም፣ ብዛዕባኹም ምልክታት (ማስታወቕያ)፣ ስእልታት ወይ ቪድዮታት ኣብ ኢንተርነት ለጢፉ ይፈልጥዶ?
q-exploit-authorities = ሓደ ሰብ ንሰብ እንተ ነጊርኩም፣ ፖሊስ ወይ ሰበ-ስልጣን ክቐጽዑኹም ወይ ካብ ሃገር ከውጽኡኹም እዮም ኢሉኩም ይፈልጥዶ?
q-exploit-sex-forced = ሓደ ሰብ ዘይደለኹምዎ ጾታዊ ርክብ ወይ ጾታዊ ተግባራት ክትገብሩ ኣገዲዱኩም ይፈልጥዶ?
q-exploit-sex-unsafe = ሓደ ሰብ ብዘይ ኮንዶም ጾታዊ ርክብ ክትገብሩ፣ ወይ ኣይፋል ዝበልኩምዎ ነገራት ክትገብሩ ኣገዲዱኩም ይፈልጥዶ?
q-exploit-hit = ዝቆጻጸረኩም ሰብ ወቒዑኩም፣ ደፊኡኩም ወይ ጎዲኡኩም ይፈልጥዶ?
q-exploit-neck = ሓደ ሰብ ክሳድኩም ሒዙ፣ ጎሮሮኹም ጸቒጡ ወይ ምስትንፋስ ከም ዘጸግመኩም ገይሩ ይፈልጥዶ?
q-exploit-weapon = ሓደ ሰብ ብካራ፣ ብብረት ወይ ብካልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሑኩም ይፈልጥዶ?
q-exploit-kill = ሓደ ሰብ ንዓኹም፣ ወይ ኣብዚ ወይ ኣብ ካልእ ሃገር ዘሎ ሓደ ካብ ስድራኹም፣ ክቐትል ምዃኑ ኣፈራሪሑ ይፈልጥዶ?
q-exploit-worse = ኣብዚ ቀረባ ግዜ እቲ ዓመጽ ወይ ምፍርራሕ ዝያዳ ገዲዱ ወይ ብዝያዳ ተደጋጊሙዶ?
q-exploit-afraid = ኣይፋል እንተ በልኩም፣ እንተ ኣቋረጽኩም ወይ እንተ ገዲፍኩም ከይዱኩም፣ እንታይ ከም ዝስዕብ ትፈርሑዶ?
q-exploit-always-afraid = ነቲ ወይ ነቶም ዝቆጻጸሩኹም ሰባት፣ ኣብ ቀረባኹም ኣብ ዘይብሉሉ እዋን’ውን፣ ትፈርሕዎምዶ?

## Questions: someone you are worried about

q-worried-afraid = እቲ እትሻቐልሉ ሰብ ንሓደ ሰብ ዝፈርሕ፣ ወይ ናብ ገዛ ምኻድ ዘሻቕሎ ይመስልዶ?
q-worried-isolated = እቲ እትሻቐልሉ ሰብ ምስ መሓዙት ወይ ስድራ ምርኻብ፣ ወይ ቀደም ዝፈትዎ ዝነበረ ነገራት ምግባር ኣቋሪጹዶ?
q-worried-controlled = ሓደ ሰብ ንእትሻቐልሉ ሰብ ዝቆጻጸሮ ይመስልዶ፣ ንኣብነት ምስ መን ክራኸብ ወይ ናበይ ክኸይድ ከም ዝኽእል?
q-worried-careful = እቲ እትሻቐልሉ ሰብ ሓደ ሰብ ከይቑጣዕ ኢሉ፣ ወትሩ ብዛዕባ ዝብሎን ዝገብሮን ዝሓስብ ይመስልዶ?
q-worried-phone = ሓደ ሰብ ተሌፎን እቲ እትሻቐልሉ ሰብ ይፍትሽዶ፣ ወይ ወትሩ ብቕጽበት ክምልስን ኣበይ ከም ዘሎ ክነግርን ይግደድዶ?
q-worried-followed = እቲ እትሻቐልሉ ሰብ ኣብ ኢንተርነት ወይ ኣብ ናይ ብሓቂ ህይወት፣ ብሓደ ሰብ ይስዓብ፣ ይከታተል ወይ ወትሩ ይርከብዶ?
q-worried-money = ካልእ ሰብ፣ እቲ እትሻቐልሉ ሰብ ባዕሉ ክውስን ከይክእል፣ ገንዘቡ፣ ደሞዙ ወይ ካርድ ባንኩ ይቆጻጸርዶ?
q-worried-debts = እቲ እትሻቐልሉ ሰብ ካልእ ሰብ ዝወሰዶ ዕዳ ኣለዎዶ፣ ወይ ንመግብን ንኻልእ ዘድልዮ ነገራትን ገንዘብ ይሓጽሮዶ?
q-worried-injuries = ኣብ ልዕሊ እቲ እትሻቐልሉ ሰብ፣ ክገልጾ ዘይደሊ ወይ ዘይክእል ሕብጠት ወይ ጉድኣት ርኢኹም ትፈልጡዶ?
q-worried-hit = ሓደ ሰብ ንእትሻቐልሉ ሰብ ከም ዝወቕዖ፣ ከም ዝደፍኦ ወይ ሒዙ ከም ዘጽንዖ ርኢኹም፣ ሰሚዕኩም ወይ ተነጊሩኩም ይፈልጥዶ?
q-worried-neck = ሓደ ሰብ ክሳድ እቲ እትሻቐልሉ ሰብ ከም ዝሓዞ፣ ወይ ምስትንፋስ ከም ዘጸገሞ ከም ዝገበረ ተነጊሩኩም ይፈልጥዶ?
q-worried-weapon = ሓደ ሰብ ንእትሻቐልሉ ሰብ ብካራ፣ ብብረት ወይ ብካልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሑዎ ይፈልጥዶ?
q-worried-kill = ሓደ ሰብ ንእትሻቐልሉ ሰብ፣ ወይ ንቐረባኡ፣ ክቐትል ምዃኑ ኣፈራሪሑ ይፈልጥዶ?
q-worried-worse = ኣብዚ ቀረባ ግዜ ዝያዳ ዝገደደ ይመስልዶ፣ ንኣብነት ዝያዳ ጉድኣት፣ ዝያዳ ምፍርራሕ ወይ ዝያዳ ፍርሒ?
q-worried-leaving = እቲ እትሻቐልሉ ሰብ ቀረባ ግዜ ንዝፈርሖ መጻምድቱ ገዲፉዶ፣ ወይ ክገድፍ ይሓስብዶ?
q-worried-sex = እቲ እትሻቐልሉ ሰብ ሓደ ሰብ ጾታዊ ርክብ ወይ ጾታዊ ተግባራት ክገብር ከም ዘገደዶ ወይ ከም ዝጸቐጦ ነጊሩኩም ይፈልጥዶ?
q-worried-sex-images = ሓደ ሰብ ጾታዊ ስእልታት እቲ እትሻቐልሉ ሰብ ክዝርግሕ፣ ወይ ከይደለየ ብጾታዊ መንገዲ ከዛርቦ ርኢኹም ትፈልጡዶ?
q-worried-selling-sex = እቲ እትሻቐልሉ ሰብ ጾታዊ ርክብ ይሸይጥ፣ ወይ ሓደ ሰብ ከምኡ ክገብር የገድዶ ኢልኩም ትሓስቡዶ?
q-worried-sex-for-things = እቲ እትሻቐልሉ ሰብ ካብ ብምትኽኻእ ጾታዊ ርክብ ዝደሊ ሰብ ገንዘብ፣ ህያባት፣ ድራግ ወይ መደቀሲ ቦታ ይረክብዶ?
q-worried-honour = ስድራ ወይ ኣዝማድ እቲ እትሻቐልሉ ሰብ መን ዓርኩ ክኸውን ከም ዝኽእል፣ እንታይ ክኽደን ከም ዝኽእል ወይ ክመሃር ከም ዝኽእልን ዘይክእልን ይውስኑዶ?
q-worried-honour-love = ካልእ ሰብ እቲ እትሻቐልሉ ሰብ ምስ መን ክኸውን ወይ ምስ መን ክምርዖ ከም ዝኽእል ይውስንዶ?
q-worried-trip = እቲ እትሻቐልሉ ሰብ ኣንጻር ድሌቱ ክሕጾ፣ ክምርዖ ወይ ናብ ወጻኢ ክስደድ ምዃኑ ነጊሩኩም ይፈልጥዶ?
q-worried-care = እቲ እትሻቐልሉ ሰብ ኣብ መዓልታዊ ህይወት ሓገዝ እንተ ዘድልዮ፦ ዘድልዮ መግቢ፣ መድሃኒት ወይ ካልእ ሓገዝ ዝሰኣን ይመስልዶ?
q-worried-care-youth = እቲ እትሻቐልሉ ሰብ መግቢ፣ ጽሩይ ክዳን ወይ ምስ ሓመመ ሓገዝ ዝሰኣን ይመስልዶ?
q-worried-left-alone = እቲ እትሻቐልሉ ሰብ ባዕሉ ክመሓደር ዘይክእል ክነሱ፣ ንነዊሕ ግዜ በይኑ ወይ ብዘይ መሳርሒ ሓገዙ ይግደፍዶ?
q-worried-children-home = ኣብቲ ገዛ ዓመጽ ወይ ምፍርራሕ ክርእዩ ወይ ክሰምዑ ዝኽእሉ ቆልዑ ኣለዉዶ?
q-worried-children-scared = እቶም ኣብቲ ገዛ ዘለዉ ቆልዑ ብዘሻቕለኩም መንገዲ ፍርሃት፣ ጭንቀት ወይ ጓሂ ዘለዎም ይመስሉዶ?

## Questions: I have hurt or frightened someone close to me

q-used-put-down = ንቐረባኹም ዝኾነ ሰብ ክሳብ ዝፈርሕ ጸሪፍኩምዎ፣ ኣዋሪድኩምዎ ወይ ጨዲርኩምሉ ትፈልጡዶ?
q-used-control = መጻምድትኹም ወይ ካብ ስድራኹም ሓደ ሰብ ምስ መን ክራኸብ፣ ናበይ ክኸይድ ወይ እንታይ ክኽደን ከም ዝኽእል ወሲንኩም ትፈልጡዶ?
q-used-control-youth = ምስኡ ፍቕሪ ዘለኩም ሰብ ወይ ሓውኹም/ሓብትኹም ምስ መን ክራኸብ ወይ እንታይ ክኽደን ከም ዝኽእል ወሲንኩም ትፈልጡዶ?
q-used-phone = ብዘይ ፍቓድ ናይ ካልእ ሰብ መልእኽትታት ኣንቢብኩም፣ ቃል-ምሕላፉ (password) ሓቲትኩም ወይ ተሌፎኑ ፈቲሽኩም ትፈልጡዶ?
q-used-images = ካልኦት ክርእይዎም ዘይደለዮም ስእልታት ወይ ቪድዮታት ናይ ሓደ ሰብ ዘርጊሕኩም ወይ ክትዝርግሑ ኣፈራሪሕኩም ትፈልጡዶ?
q-used-money = ናይ ሓደ ሰብ ገንዘብ ወሲድኩም፣ ወይ ባዕሉ ክጥቀመሉ ከይክእል ተቖጻጺርኩምዎ ትፈልጡዶ?
q-used-money-work = መጻምድትኹም ወይ ካብ ስድራኹም ሓደ ሰብ ካብ ምስራሕ ወይ ምምሃር ከልኪልኩምዎ፣ ወይ ብስሙ ልቓሕ ወሲድኩም ትፈልጡዶ?
q-used-money-work-youth = ሓደ ሰብ ገንዘብ ወይ ነገራት ክህበኩም ኣገዲድኩምዎ ትፈልጡዶ?
q-used-break = ምስ ተቖጣዕኩም ነገራት ሰቢርኩም፣ ነገራት ደርቢኹም ወይ መናድቕ ወይ ማዕጾታት ወቒዕኩም ትፈልጡዶ?
q-used-pets = ንሓደ ሰብ ንምፍራሕ ኢልኩም እንስሳ ጎዲእኩም ወይ ክትጎድኡ ኣፈራሪሕኩም ትፈልጡዶ?
q-used-hit = መጻምድትኹም ወይ ካብ ስድራኹም ሓደ ሰብ ወቒዕኩም፣ ደፊእኩም፣ ረጊጽኩም ወይ ሒዝኩም ኣጽኒዕኩም ትፈልጡዶ?
q-used-hit-youth = ካብ ስድራኹም ሓደ ሰብ፣ ንኣብነት ወላዲ ወይ ሓው/ሓብቲ፣ ወይ ምስኡ ፍቕሪ ዘለኩም ሰብ ወቒዕኩም፣ ደፊእኩም ወይ ረጊጽኩም ትፈልጡዶ?
q-used-neck = ክሳድ ወይ ጎሮሮ ሓደ ሰብ ጸቒጥኩም ትፈልጡዶ?
q-used-weapon = ንሓደ ሰብ ብካራ፣ ብብረት ወይ ብካልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሕኩም ትፈልጡዶ?
q-used-kill = ዋላ’ኳ ብሓቂ እንተዘይኣመትኩምሉ፣ ንቐረባኹም ዝኾነ ሰብ ክትቐትሉ ምዃንኩም ተዛሪብኩም ትፈልጡዶ?
q-used-worse = ኣብዚ ዝሓለፈ ዓመት ብዝያዳ ተደጋጊሙ ወይ ዝያዳ ገዲዱዶ?
q-used-sex = ንሓደ ሰብ ጾታዊ ርክብ ክገብር ጸቒጥኩምዎ ወይ ኣገዲድኩምዎ፣ ወይ ኣይፋል ክብል ወይ ዘይደሊ ክመስል ከሎ ቀጺልኩም ትፈልጡዶ?
q-used-sex-sulk = መጻምድትኹም ጾታዊ ርክብ ምስ ዘይደለየ፣ ተቖጢዕኩም፣ ኩርዕ ኢልኩም ወይ ኣፈራሪሕኩም ትፈልጡዶ?
q-used-children-see = ኣብ ገዛ ዓመጽ ወይ ምፍርራሕ ክትፍጽሙ ከለኹም ቆልዑ ርእዮም ወይ ሰሚዖም ይፈልጡዶ?
q-used-children-afraid = ምስ ተቖጣዕኩም፣ ሓደ ቆልዓ ፈሪሑኩም፣ ወይ ደው ከብለኩም ወይ ንሓደ ሰብ ክከላኸለሉ ፈቲኑ ይፈልጥዶ?
q-used-afraid = ቀረባኹም ዝኾነ ሰብ ይፈርሓኩም እዩ ኢልኩም ትሓስቡዶ?
q-used-careful = ቀረባኹም ዝኾነ ሰብ ከይትቑጥዑ ኢሉ ስቕ ከም ዝብል ወይ ከም ዝጥንቀቕ ተስተውዕሉዶ?

## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = ኣካላዊ ዓመጽ
category-physical-text = ሓደ ሰብ ክወቕዓኩም፣ ክደፍኣኩም፣ ሒዙ ከጽንዓኩም ወይ ብኻልእ መንገዲ ክጎድኣኩም ከሎ ዓመጽ እዩ። ገበን እዩ፣ ፈጺሙ ድማ ናትኩም ጌጋ ኣይኮነን።
category-physical-text-worried = ሓደ ሰብ ንእትሻቐልሉ ሰብ ክወቕዖ፣ ክደፍኦ ወይ ክጎድኦ ከሎ ዓመጽን ገበንን እዩ። ፈጺሙ ናቱ ጌጋ ኣይኮነን።
category-physical-text-used = እቲ ዝገለጽኩምዎ ኣካላዊ ዓመጽ እዩ። ደው ምባል ይከኣል እዩ፣ ሓገዝ’ውን ኣሎ።

category-psychological-title = ስነ-ኣእምሮኣዊ ዓመጽ
category-psychological-text = ምፍርራሕ፣ ምልጋጽ፣ ምቁጽጻርን ምስ ካልኦት ከይትራኸቡ ምኽልካልን’ውን ዓመጽ እዩ። ከም ምውቃዕ ዝኣክል ክጎድእ ይኽእል እዩ።
category-psychological-text-worried = ምፍርራሕ፣ ምልጋጽን ምቁጽጻርን፣ ዋላ ዝርአ ነገር እንተዘየሎ፣ ዓመጽ እዩ። ሓገዝ ንምሕታት ከጸግሞ ይኽእል እዩ።
category-psychological-text-used = ንሓደ ሰብ ምፍርራሕ፣ ምውራድ ወይ ምቁጽጻር ስነ-ኣእምሮኣዊ ዓመጽ እዩ። ደው ከተብሉ ክትመርጹ ትኽእሉ ኢኹም፣ ንኽትዕወቱ ዝሕግዝ ደገፍ’ውን ኣሎ።

category-sexual-title = ጾታዊ ዓመጽ
category-sexual-text = ኩሉ ጾታዊ ርክብ፣ ምስ መጻምድቲ’ውን እንተኾነ፣ ብፍቓድ ክኸውን ኣለዎ። ናብ ዝኾነ ጾታዊ ነገር ክትጽቀጡ ወይ ክትግደዱ ከለኹም ዓመጽን ገበንን እዩ።
category-sexual-text-worried = ዝኾነ ሰብ ንሓደ ሰብ ናብ ጾታዊ ነገር ክጸቕጦ ወይ ከገድዶ ኣይፍቀድን። ኣብ ውሽጢ ርክብ’ውን እንተኾነ ዓመጽን ገበንን እዩ።
category-sexual-text-used = ክልቲኦም ዘይደለይዎ ጾታዊ ርክብ፣ ኣብ ውሽጢ ርክብ’ውን እንተኾነ፣ ጾታዊ ዓመጽን ገበንን እዩ። ኣገባብኩም ክትቕይሩ እንተደሊኹም ሓገዝ ኣሎ።

category-economic-title = ቁጠባዊ ዓመጽ
category-economic-text = ሓደ ሰብ ንኽቆጻጸረኩም ኢሉ ገንዘብኩም ክወስድ፣ ክቆጻጸሮ ወይ ኣብ ዕዳ ከእትወኩም ከሎ ቁጠባዊ ዓመጽ እዩ።
category-economic-text-worried = ሓደ ሰብ ንኽቆጻጸሮ ኢሉ ገንዘቡ ክወስድ ወይ ክቆጻጸሮ ከሎ ቁጠባዊ ዓመጽ እዩ።
category-economic-text-used = ንሓደ ሰብ ንምቁጽጻር ገንዘቡ ምውሳድ ወይ ምቁጽጻር ቁጠባዊ ዓመጽ እዩ። ክቕየር ይኽእል እዩ፣ ደገፍ’ውን ኣሎ።

category-material-title = ንብረታዊ ዓመጽ
category-material-text = ሓደ ሰብ ንኸፍርሓኩም ኢሉ ንብረትኩም ከበላሹ ወይ እንስሳኹም ክጎድእ ከሎ’ውን ዓመጽ እዩ።
category-material-text-used = ምስ ተቖጣዕኩም ነገራት ምስባር ወይ እንስሳ ምጕዳእ ንኻልኦት የፍርሖም፣ ሓደ ዓይነት ዓመጽ ድማ እዩ። ንቑጥዓ ብኻልእ መንገዲ ምቁጽጻር ምምሃር ይከኣል እዩ።

category-digital-title = ዲጂታላዊ ዓመጽ
category-digital-text = ሓደ ሰብ ተሌፎንኩም ክፍትሽ፣ ኣበይ ከም ዘለኹም ክከታተል ወይ ስእልታትኩም ክዝርግሕ ከሎ፣ ኣብ ኢንተርነት’ውን እንተኾነ፣ ዓመጽ እዩ።
category-digital-text-worried = ሓደ ሰብ ተሌፎኑ ክፍትሽ፣ ኣበይ ከም ዘሎ ክከታተል ወይ ስእልታቱ ክዝርግሕ ከሎ፣ ኣብ ኢንተርነት’ውን እንተኾነ፣ ዓመጽ እዩ።
category-digital-text-used = ተሌፎን ሓደ ሰብ ምፍታሽ፣ ኣበይ ከም ዘሎ ምክትታል ወይ ስእልታቱ ምዝርጋሕ ዲጂታላዊ ዓመጽ እዩ። ደው ምባል ይከኣል እዩ፣ ሓገዝ’ውን ኣሎ።

category-latent-title = ብፍርሒ ምንባር
category-latent-text = ወትሩ ምፍራሕን ዓመጽ ንምውጋድ ኩሉ ግዜ ምጥንቃቕን ዝተሓብአ ዓመጽ ይበሃል። እቲ ፍርሒ ገለ ነገር ጌጋ ምዃኑ ዘርኢ ምልክት እዩ፣ ናትኩም ጌጋ ድማ ኣይኮነን።
category-latent-text-worried = ወትሩ ምፍራሕን ኩሉ ግዜ ምጥንቃቕን ዝተሓብአ ዓመጽ ይበሃል። ፍርሑ ብዕቱብ ክውሰድ ዘለዎ ኣገዳሲ ምልክት እዩ።
category-latent-text-used = ሓደ ሰብ ክፈርሓኩምን ንዓኹም ኢሉ ኩሉ ግዜ ክጥንቀቕን ከሎ ዝተሓብአ ዓመጽ ይበሃል። ነዚ ምርኣይኩም ኣገዳሲ ቀዳማይ ስጉምቲ እዩ።

category-neglect-title = ሸለልትነት
category-neglect-text = ኣብ መዓልታዊ ህይወት ሓገዝ እንተ ዘድልየኩም፣ ክትረኽብዎ መሰልኩም እዩ። ሓደ ሰብ ክሕግዘኩም ምእባዩ፣ ወይ ዘድልየኩም ካባኹም ምውሳዱ ሸለልትነት እዩ።
category-neglect-text-worried = ሓገዝ ዘድልዮ ሰብ መግቢ፣ መድሃኒት ወይ ክንክን ክስእን ከሎ ሸለልትነት እዩ። ሓገዝ ክረክብ መሰሉ እዩ።

category-honour-title = ምስ ክብሪ ዝተተሓሓዘ ዓመጽን ጭቆናን
category-honour-text = ስድራኹም ወይ ኣዝማድኩም ብሓባር ኮይኖም ምስ መን ክትኮኑ፣ እንታይ ክትክደኑ ወይ ንመን ክትምርዓዉ ከም ዘለኩም ክውስኑ ከለዉ፣ ምስ ክብሪ ዝተተሓሓዘ ዓመጽን ጭቆናን ይበሃል። ብዛዕባ ናይ ገዛእ ርእስኹም ህይወት ክትውስኑ መሰልኩም እዩ።
category-honour-text-worried = ስድራ ወይ ኣዝማድ ብሓባር ኮይኖም ህይወቱ፣ መሓዙቱ፣ ክዳውንቱ ወይ መርዓኡ ክቆጻጸሩ ከለዉ፣ ምስ ክብሪ ዝተተሓሓዘ ዓመጽን ጭቆናን ይበሃል። ብዛዕባ ናይ ገዛእ ርእሱ ህይወት ክውስን መሰሉ እዩ።

category-children-witnessing-title = ዓመጽ ዝርእዩ ወይ ዝሰምዑ ቆልዑ
category-children-witnessing-text = ኣብ ገዛ ዓመጽ ዝርእዩ ወይ ዝሰምዑ ቆልዑ ባዕላቶም’ውን ንዓመጽ ይቃልዑ እዮም። ሓለዋን ደገፍን ክረኽቡ መሰሎም እዩ።
category-children-witnessing-text-worried = ኣብ ገዛ ዓመጽ ዝርእዩ ወይ ዝሰምዑ ቆልዑ ባዕላቶም’ውን ንዓመጽ ይቃልዑ እዮም። Socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ንቖልዓን ንስድራን ክድግፍ ይኽእል እዩ።
category-children-witnessing-text-used = ዓመጽ ዝርእዩ ወይ ዝሰምዑ ቆልዑ፣ ኣብ ሓደ ክፍሊ’ኳ እንተዘይሃለዉ፣ ብዙሕ ይጽለዉ እዮም። ሓገዝ ምድላይኩም ንዓኣቶም’ውን ጽቡቕ እዩ።

category-coerced-sex-title = ጾታዊ ርክብ ክትሸጡ ምጽቃጥ
category-coerced-sex-text = ዝኾነ ሰብ ጾታዊ ርክብ ክትሸጡ ክጸቕጠኩም፣ ከታልለኩም ወይ ከገድደኩም ኣይፍቀዶን። ኣብ ሽወደን ጌጋ ዝገብር እቲ ጾታዊ ርክብ ዝዕድግ ወይ ብኡ ገንዘብ ዝረክብ ሰብ እዩ፣ ፈጺሙ ንስኹም ኣይኮንኩምን።
category-coerced-sex-text-worried = ዝኾነ ሰብ ንሓደ ሰብ ጾታዊ ርክብ ክሸይጥ ክጸቕጦ፣ ከታልሎ ወይ ከገድዶ ኣይፍቀዶን። ጾታዊ ርክብ ዝሸይጥ ሰብ ኣብ ሽወደን ገበን ኣይፍጽምን፣ ደገፍ ክረክብ ድማ መሰሉ እዩ።

category-debt-bondage-title = ባርነት ዕዳ
category-debt-bondage-text = ሓደ ሰብ ብስራሕ ክትከፍልዎ ዘለኩም፣ ፈጺሙ ዘይውዳእ ዕዳ ኣለኩም ክብለኩም ከሎ፣ ንስኹም ንምቁጽጻር ዝጥቀመሉ መንገዲ እዩ። ንግዲ ደቂ ሰብ ክኸውን ይኽእል እዩ።

category-documents-taken-title = ካባኹም ዝተወስደ ፓስፖርትን ወረቓቕትን
category-documents-taken-text = ዝኾነ ሰብ ፓስፖርትኩም፣ መንነትኩም ወይ ወረቓቕትኹም ክወስድ ኣይፍቀዶን። ንኽቆጻጸረኩም ኢሉ ምሓዞም ምልክት ምግዳድ እዩ።

## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = ሓደ ሰብ ክሳድ ካልእ ሰብ ክሕዝ ከሎ፣ ዝኾነ ምልክት እንተዘይተራእየ’ውን፣ ከቢድ ምልክት ሓደጋ እዩ።
danger-weapon = ብካራ፣ ብብረት ወይ ብኻልእ ነገራት ምፍርራሕ ከቢድ ምልክት ሓደጋ እዩ።
danger-threat-to-kill = ምፍርራሕ ቅትለት፣ ብቑጥዓ’ኳ እንተተባህለ፣ ወትሩ ብዕቱብ ክውሰድ ኣለዎ።
danger-escalation = ዓመጽ ወይ ምፍርራሕ ክገድድ ወይ ክደጋገም ከሎ፣ ሓደጋ ከቢድ ዓመጽ ይውስኽ።
danger-separation = እቲ ካልእ ሰብ ዓመጸኛ ወይ ተቆጻጻሪ እንተ ኔሩ፣ እቲ ግዜ ምፍልላይ ብፍላይ ሓደገኛ ክኸውን ይኽእል።
danger-pregnancy = ኣብ ግዜ ጥንሲ ዓመጽ፣ ንነፍሰ-ጾርን ንህጻንን ከቢድ ምልክት ሓደጋ እዩ።
danger-stalking = ወትሩ ምስዓብ፣ ምክትታል ወይ ምርካብ ከቢድ ምልክት ሓደጋ እዩ፣ ገበን’ውን ክኸውን ይኽእል።
danger-forced-trip-or-marriage = ኣንጻር ድሌት ሓደ ሰብ ዝውጠን መርዓ ወይ ጉዕዞ ናብ ወጻኢ ከቢድ ምልክት ሓደጋ እዩ። ቅድሚ እቲ ጉዕዞ ሓለዋ ምርካብ ይከኣል እዩ።
danger-threats-to-children = ኣብ ልዕሊ ቆልዑ ዝግበር ምፍርራሕ ከቢድ ምልክት ሓደጋ እዩ። ቆልዑ ሓለዋ ክረኽቡ መሰሎም እዩ።

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".
## A list is a series of ids ending in -1, -2, -3 … in the order they are shown.

## Safety page

safety-title = ድሕንነትኩም ኣብዚ ገጽ
safety-intro = ኣብዚ እቲ ገጽ ብኸመይ ከም ዝሕልወኩምን እንታይ ክሓብእ ከም ዘይክእልን ከተንብቡ ትኽእሉ ኢኹም። ንዓኹም ዝያዳ ውሑስ ዝመስለኩም ግበሩ።

safety-quick-exit-title = ካብዚ ገጽ ቀልጢፍኩም ውጹ
safety-quick-exit-1 = እቲ “ካብዚ ገጽ ቀልጢፍኩም ውጹ” ዝብል መጠወቒ ወትሩ ኣብ ላዕሊ ኣሎ። Shift ሰለስተ ግዜ ብምጥዋቕ’ውን ክትወጹ ትኽእሉ ኢኹም።
safety-quick-exit-2 = ሽዑ እቲ ገጽ ብቕጽበት ባዶ ይኸውን፣ እቲ ዝመለስኩምዎ ኩሉ ድማ ይርሳዕ።
safety-quick-exit-3 = ድሕሪኡ እቲ ታብ ናብ ናይ ኩነታት ኣየር ገጽ ይኸይድ፣ ስለዚ ኩነታት ኣየር ትርእዩ ከም ዝነበርኩም ይመስል።
safety-quick-exit-4 = ናይ ብራውዘር ንድሕሪት መመለሲ መጠወቒ ናብዚ ኣይመልሰኩምን።

safety-cannot-hide-title = እዚ ገጽ ክሓብኦ ዘይክእል
safety-cannot-hide-1 = ታሪኽ (history) ናይ ብራውዘር ነዚ ገጽ ከም ዝበጻሕኩም ገና የርኢ።
safety-cannot-hide-2 = ነቲ ምብጻሕ ጥራይ ክትድምስስዎ ትኽእሉ ኢኹም። ኣብ መምረጺ (menu) ናይ ብራውዘር ነቲ ታሪኽ ክፈቱ እሞ Vägvisaren ድለዩ። ኣጻብዕኩም ኣብቲ መስመር ኣጽንዑ፣ ናብ ጎድኒ ስሓብዎ ወይ ነቲ ምልክት X ጠውቑ፣ ድሕሪኡ ምድምሳስ ምረጹ።
safety-cannot-hide-3 = ነቲ መስመር ጥራይ እንተደምሲስኩም፣ እቲ ዝተረፈ ታሪኽ ከም ልሙድ ይመስል።
safety-cannot-hide-4 = ዝርዝር ናይ ቀረባ ግዜ ጻውዒታት ኣብ ተሌፎን ዝደወልኩምሎም ቁጽርታት የርኢ።
safety-cannot-hide-5 = ሓደ ጻውዒት ካብቲ ዝርዝር ክትድምስሱ ትኽእሉ ኢኹም። ኣጻብዕኩም ኣብቲ ጻውዒት ኣጽንዑ ወይ ናብ ጸጋም ስሓብዎ፣ ድሕሪኡ “ደምስስ” (ወይ “Delete”) ምረጹ።
safety-cannot-hide-6 = ናብ ብ020 ዝጅምሩ ቁጽርታት ዝግበር ጻውዒት ብነጻ እዩ፣ ኣብ ሕሳብ ተሌፎን’ውን ኣይርአን። ግን ኣብ ዝርዝር ናይ ቀረባ ግዜ ጻውዒታት ይርአ እዩ።
safety-cannot-hide-7 = ኤስ-ኤም-ኤስን (SMS) ቻትን ክሳብ እትድምስስዎም ኣብ ተሌፎን ይጸንሑ።

safety-private-browsing-title = ብሕታዊ ምስሳን (private browsing)
safety-private-browsing-1 = መብዛሕትኦም ብራውዘራት ብሕታዊ ኣገባብ ኣለዎም፣ ኢንኮግኒቶ (incognito) ድማ ይበሃል። ሽዑ እቲ መስኮት ምስ ዓጸኹምዎ፣ እቲ ምብጻሕ ኣብ ታሪኽ ኣይዕቀብን።
safety-private-browsing-2 = መብዛሕትኡ ግዜ ካብ መምረጺ ናይ ብራውዘር፣ ብ“ሓድሽ ብሕታዊ መስኮት” (“New private window”) ወይ “ሓድሽ ኢንኮግኒቶ ታብ” (“New incognito tab”) ትኸፍትዎ።
safety-private-browsing-3 = ብሕታዊ ኣገባብ እትገብርዎ ካብቲ ንተሌፎን ዝከታተል ፕሮግራም ኣይሓብኦን፣ ካብ መርበብ ናይ ስራሕ ቦታ ወይ ቤት ትምህርቲ’ውን ኣይሓብኦን።

safety-shared-phone-title = ካልእ ሰብ ተሌፎንኩም እንተ ተጠቒሙ ወይ እንተ ፈቲሹ
safety-shared-phone-1 = ካልእ ሰብ ተሌፎንኩም ወይ ኮምፒተርኩም ክለቅሕ ወይ ክፍትሽ እንተኽኢሉ፣ እቲ ሰብ ኣብኡ እትገብርዎ ክርኢ ይኽእል እዩ።
safety-shared-phone-2 = ሓደ ሰብ ንተሌፎን ዝከታተል ፕሮግራም፣ ናይ ስለያ ፕሮግራም (spyware) ዝበሃል፣ ኣእትዩ ክኸውን ይኽእል። ሓደ ሰብ ቃላት-ምሕላፍኩምን ኮድኩምን’ውን ክፈልጥ ይኽእል።
safety-shared-phone-3 = ዝያዳ ውሑስ እንተመሲሉኩም፣ ተሌፎን ናይ ዓርኪ፣ ኣብ ቤተ-መጻሕፍቲ ዘሎ ኮምፒተር ወይ ኣብ ስራሕ ዘሎ ተሌፎን ክትጥቀሙ ትኽእሉ ኢኹም።
safety-shared-phone-4 = ብሃንደበት ቃል-ምሕላፍ እንተቐየርኩም ወይ ፕሮግራማት እንተደምሲስኩም ክፍለጥ ይኽእል እዩ። ቅድሚ ምግባርኩም ንዓኹም እቲ ዝያዳ ውሑስ እንታይ ምዃኑ ሕሰቡ።

safety-transparency-title = እዚ ገጽ ዋላ ሓንቲ ኣይዕቅብን ዋላ ሓንቲ’ውን ኣይልእኽን
safety-transparency-1 = እዚ ገጽ ኣብ ተሌፎንኩም ወይ ኮምፒተርኩም ዋላ ሓንቲ ኣይዕቅብን፣ ኩኪስ (cookies) እውን ኣይዕቅብን። ቋንቋኹምን ኮሙንኩምን ክሳብ ነቲ ገጽ እትዓጽውዎ ጥራይ ይጸንሑ።
safety-transparency-2 = እቲ እትምልስዎ ፈጺሙ ናብ ዝኾነ ቦታ ኣይለኣኽን። እንታይ’ኳ እንተመለስኩም፣ እቲ ገጽ ነቶም ንኹሉ ሰብ ዘምጽኦም ሓደ ዓይነት ፋይላት ጥራይ የምጽእ።
safety-transparency-intro = ባዕልኹም ርኣዩ፦ እዚ ኣብ ታሕቲ ዘሎ ዝርዝር ካብ እትኸፍትዎ ኣትሒዙ እቲ ገጽ ዝገበሮ ነፍሲ ወከፍ ሕቶ (request) የርኢ።
safety-transparency-empty = እቲ ገጽ ገና ዝኾነ ሕቶ ኣይገበረን።
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] እቲ ገጽ { $count } ሕቶ ገይሩ ኣሎ።
   *[other] እቲ ገጽ { $count } ሕቶታት ገይሩ ኣሎ።
}

## Help view (reachable without the questions)

help-title = ሓገዝ ድለዩ
help-intro = ኣብዚ ንመላእ ሽወደን ዝኾኑ መስመራት ደገፍን ኣብ ኮሙንኩም ዘለዉ ርክባትን ኣለዉ። ምስ መን ክትራኸቡን እንታይ ክትነግሩን ባዕልኹም ትውስኑ።
help-emergency = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ 112 ደውሉ።
help-not-sure = ዓመጽ ምዃኑ ርግጸኛታት’ኳ እንተዘይኮንኩም ክትድውሉ ትኽእሉ ኢኹም። ምሽቓልኩም ወይ ክትዛረቡ ምድላይኩም ይኣክል።

help-what-happens-title = ናብ መስመር ደገፍ ክትድውሉ ከለኹም እዚ ይፍጸም
help-what-happens-1 = ሓደ ሰብ ይሰምዓኩም፣ ዝበልኩምዎ ድማ ብዕቱብ ይወስዶ።
help-what-happens-2 = እንታይ ክትነግሩ ከም እትደልዩ ባዕልኹም ትውስኑ፣ ነቲ ጻውዒት’ውን ኣብ ዝደለኹምዎ ግዜ ከተቋርጽዎ ትኽእሉ ኢኹም።
help-what-happens-3 = ብዙሓት መስመራት ደገፍ ብነጻ እዮም፣ ኣብ ብዙሓት ድማ ስምኩም ከይገለጽኩም ክትዛረቡ ትኽእሉ ኢኹም። ኣብ ነፍሲ ወከፍ ርክብ ተጻሒፉ ኣሎ።
help-what-happens-4 = ብዙሓት መስመራት ደገፍ ብቋንቋኹም ክትዛረቡ ተርጓሚ ከዳልዉ ይኽእሉ።

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = ንኮሙን { $municipality } ዝኸውን ናይ ባዕልና ርክባት ገና የብልናን። ናብ ማእከላይ ተሌፎን (växel) ናይ ኮሙን ደውሉ እሞ ምስ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ክትዛረቡ ሕተቱ። ካብ ሰዓታት ስራሕ ወጻኢ socialjouren (ናይ ህጹጽ ግዜ ማሕበራዊ ኣገልግሎት) ሕተቱ፣ ወይ ህጹጽ እንተኾይኑ ናብ 112 ደውሉ።

help-municipality-label = ኮሙንኩም (kommun)
help-municipality-hint = ስም ኮሙንኩም ጽሓፉ። ምርጫኹም ኣብ ተሌፎንኩም ወይ ኮምፒተርኩም ይጸንሕ፣ ኣይዕቀብን ድማ። እቲ ገጽ ናይ ኩሎም ኮሙናት ርክባት ብሓንሳብ የምጽእ፣ ስለዚ ዝኾነ ሰብ ኣየናይ ከም ዝመረጽኩም ክርኢ ኣይክእልን።
help-municipality-no-match = በዚ ስም ዝኾነ ኮሙን ክንረክብ ኣይከኣልናን። ኣጻሕሕፋ ኣረጋግጹ ወይ መጀመርታ ናይቲ ስም ጽሓፉ።
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = { $municipality } መሪጽኩም ኣለኹም።
help-municipality-change = ኮሙን ቀይሩ

help-national-title = ደገፍ ኣብ መላእ ሽወደን
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = ደገፍ ኣብ { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = ናብ { $number } ደውሉ
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = ናብ { $number } ኤስ-ኤም-ኤስ ስደዱ
contact-chat = ቻት ክፈቱ
contact-web = መርበብ ሓበሬታ (website) ክፈቱ
contact-open-always = 24 ሰዓት፣ መዓልቲ መዓልቲ ክፉት
contact-open-now = ሕጂ ክፉት እዩ
contact-closed-now = ሕጂ ዕጹው እዩ
contact-hours-unknown = ሰዓታት ስራሕ ከነረጋግጽ ኣይከኣልናን።
contact-free = ብነጻ
contact-anonymous = ስምኩም ከይገለጽኩም ክትዛረቡ ትኽእሉ ኢኹም
contact-interpreter = ተርጓሚ ክዳሎ ይኽእል
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = ከምኡ’ውን በዞም ቋንቋታት ክትዛረቡ ትኽእሉ ኢኹም፦ { $languages }።
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = ዝተረጋገጸሉ ዕለት፦ { $date }
contact-for-professionals = ንሞያውያን
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = ንዝኾነ፦ { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = መዓልቲ መዓልቲ
days-weekdays = ሰኑይ–ዓርቢ
days-weekends = ቀዳም–ሰንበት
days-mon = ሰኑይ
days-tue = ሰሉስ
days-wed = ረቡዕ
days-thu = ሓሙስ
days-fri = ዓርቢ
days-sat = ቀዳም
days-sun = ሰንበት

## What kind of contact it is (short noun phrases)

kind-emergency = ቁጽሪ ህጹጽ ረድኤት
kind-police = ፖሊስ
kind-helpline = መስመር ደገፍ
kind-social-services = Socialtjänsten (ማሕበራዊ ኣገልግሎት)
kind-social-services-on-call = Socialjouren (ካብ ሰዓታት ስራሕ ወጻኢ ማሕበራዊ ኣገልግሎት)
kind-womens-shelter = Kvinnojour (ደገፍን መዕቆብን ንደቂ ኣንስትዮ)
kind-girls-shelter = Tjejjour (ደገፍ ንኣዋልድን ንመንእሰያት ደቂ ኣንስትዮን)
kind-mens-shelter = ደገፍ ንደቂ ተባዕትዮ
kind-youth-clinic = Ungdomsmottagning (ክሊኒክ መንእሰያት)
kind-perpetrator-programme = ዓመጽ ንምቁራጽ ዝሕግዝ ደገፍ
kind-victim-support = ድሕሪ ገበን ደገፍ
kind-health = ክንክን ጥዕና

## Who the contact is for (phrases after “For: …”)

audience-everyone = ንኹሉ
audience-women = ደቂ ኣንስትዮ
audience-men = ደቂ ተባዕትዮ
audience-trans = ትራንስን ኖን-ባይናሪን ሰባት
audience-young = መንእሰያት
audience-children = ትሕቲ 18 ዓመት ዝዕድሜኦም ቆልዑ
audience-honour = ምስ ክብሪ ንዝተተሓሓዘ ዓመጽን ጭቆናን ዝቃልዑ ሰባት
audience-trafficking = ጾታዊ ርክብ ዝሸጡ ወይ ንንግዲ ደቂ ሰብ ዝቃልዑ ሰባት
audience-uses-violence = ዓመጽ ዝጥቀሙን ደው ከብሉ ዝደልዩን ሰባት
audience-worried-others = ብዛዕባ ካልእ ሰብ ዝሻቐሉ ሰባት
audience-professionals = ሞያውያን

## Result: fixed parts

result-title = መልስታትኩም ነዚ ይገልጹ
result-intro = እቲ ዝመለስኩምዎ ሓደ ወይ ብዙሓት ዓይነታት ዓመጽ ይገልጽ። ኣብ ታሕቲ እንታይ ከም ዝበሃሉን ካበይ ደገፍ ክትረኽቡ ከም እትኽእሉን ከተንብቡ ትኽእሉ ኢኹም።
result-none = ካብ መልስታትኩም ዋላ ሓደ ዓመጽ ኣይገለጸን። ገለ ነገር ጌጋ ኮይኑ እንተተሰሚዑኩም ግን፣ ምስ ሰብ ክትዛረቡ ብሓጎስ ትኽእሉ ኢኹም። ንስምዒትኩም እመኑ።
result-none-rather-not-say = ንገለ ሕቶታት ዘይምምላስ መሪጽኩም፣ እዚ ድማ ጸገም የብሉን። ደገፍ ክትረኽቡ ትኽእሉ ኢኹም፣ እንታይ ከም እትነግሩ ድማ ባዕልኹም ትውስኑ።

result-urgent-title = ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ
result-urgent-text = ኣበይ ከም ዘለኹምን እንታይ ይፍጸም ከም ዘሎን ንገሩ። እቲ ጻውዒት ብነጻ እዩ። ብነጻ ክትዛረቡ ዘይትኽእሉ’ኳ እንተኾንኩም ክትድውሉ ትኽእሉ ኢኹም። ከምኡ እንተኾይኑ፣ ኣብ መስመር ጽንሑ።
result-urgent-signs-intro = መልስታትኩም ከቢድ ምልክት ሓደጋ ክኸውን ዝኽእል ነገር ስለ ዝጠቐሱ፣ ነዚ መጀመርታ ነርእየኩም ኣለና፦

result-not-your-fault = እቲ ኣብ ልዕሊኹም ዝፍጸም ዘሎ ናትኩም ጌጋ ኣይኮነን። ዝኾነ ሰብ ክጎድኣኩም፣ ከፈራርሓኩም ወይ ክቆጻጸረኩም መሰል የብሉን።
result-right-to-support = ካበይ’ኳ እንተመጻእኩም፣ ፍቓድ መንበሪ ሃለወኩም ኣይሃለወኩም፣ ካብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ናይቲ ዘለኹምዎ ኮሙን ደገፍ ክትሓቱ መሰልኩም እዩ። ምሳታቶም ምርኻብ ዋጋ የብሉን።

result-what-happens-title = እንተ ተራኺበ እንታይ ይኸውን?
result-what-happens-1 = ንኽትዛረቡን ምኽሪ ክትረኽቡን ናብ መስመር ደገፍ ብምድዋል ክትጅምሩ ትኽእሉ ኢኹም። እንታይ ከም እትነግሩ ባዕልኹም ትውስኑ።
result-what-happens-2 = Socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ናይ ደገፍ ዝርርብ፣ ብኸመይ ውሑሳት ክትኮኑ ከም እትኽእሉ ንምውጣን ሓገዝ፣ ክትግዕዙ እንተደሊኹም ድማ ውሑስ መንበሪ ክህበኩም ይኽእል።
result-what-happens-3 = ሓደ ስጉምቲ ብሓደ ስጉምቲ ክትወስዱ ትኽእሉ ኢኹም። ዝያዳ ቅድሚ ምንጋርኩም፣ ቀጺሉ እንታይ ከም ዝኸውን ብናጻ ሕተቱ።

result-contacts-title = ኣብዚ ደገፍ ክትረኽቡ ትኽእሉ ኢኹም
result-show-local = ኣብ ቀረባይ ዘሎ ሓገዝ ኣርእዩኒ
result-start-over = ካብ መጀመርታ ጀምሩ
result-start-over-hint = እቲ ዝመለስኩምዎ ኩሉ ይርሳዕ።

## Result: for someone who has hurt or frightened someone

result-used-intro = መልስታትኩም ንቐረባኹም ዝኾነ ሰብ ክጎድእ ወይ ከፍርሕ ዝኽእል ነገራት ከም ዝገበርኩም ይገልጹ።
result-used-responsibility = ነዞም ሕቶታት ምምላስኩም ኣገዳሲ ስጉምቲ እዩ። ዓመጽ ምርጫ እዩ፣ ደው ከተብሉ’ውን ክትመርጹ ትኽእሉ ኢኹም። ንእኡ ዝኸውን ሓገዝ ኣሎ፣ ንኣብነት Välj att sluta (ዓመጽ ንምቁራጽ ዝሕግዝ መስመር ደገፍ) ከምኡ’ውን socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ናይ ኮሙንኩም።
result-used-urgent-text = ሕጂ ንሓደ ሰብ ክትጎድኡ ትፈርሑ እንተኾንኩም፣ ወይ ሓደ ሰብ ኣብ ሓደጋ እንተሃልዩ፣ ናብ 112 ደውሉ።

## Result: for someone who is worried about another person

result-worried-intro = መልስታትኩም እቲ እትሻቐልሉ ሰብ ንዓመጽ ተቓሊዑ ክኸውን ከም ዝኽእል ይገልጹ። ኣብዚ ዝያዳ ከተንብቡን ንስኹምን ንሱን ካበይ ደገፍ ክትረኽቡ ከም እትኽእሉ ክትርእዩን ትኽእሉ ኢኹም።

## For someone who is worried about another person

worried-title = ብዛዕባ ሓደ ሰብ እንተ ተሻቒልኩም
worried-intro = ምግዳስኩም ጽቡቕ እዩ። ኣብዚ ከተስተውዕልዎም ዘለኩም ምልክታት፣ ብኸመይ ከተዛርብዎ ከም እትኽእሉ ምኽርታት፣ ናበይ ክትቀርቡ ከም እትኽእሉን ኣለዉ።

worried-signs-title = ከተስተውዕልዎም ዘለኩም ምልክታት
worried-signs-1 = ፍርሃት፣ ጓሂ ወይ ጭንቀት ዘለዎ ይመስል፣ ተቐይሩ’ውን እዩ።
worried-signs-2 = ከም ቀደሙ ምስ መሓዙትን ስድራን ኣይራኸብን፣ ወይ ክራኸብ ኣይፍቀደሉን።
worried-signs-3 = ሓደ ሰብ ወትሩ ይድውለሉ ወይ መልእኽቲ ይጽሕፈሉ፣ ኣበይ ከም ዘሎ ድማ ክፈልጥ ይደሊ።
worried-signs-4 = ክገልጾ ዘይደሊ ወይ ዘይክእል ጉድኣት ኣለዎ።
worried-signs-5 = ናቱ ገንዘብ የብሉን፣ ወይ ካልእ ሰብ ፓስፖርቱ ወይ ተሌፎኑ ሒዙ ኣሎ።
worried-signs-6 = ባዕሉ ዘይመረጾ መርዓ ወይ ጉዕዞ ይዛረብ።

worried-talk-title = ዝርርብ ብኸመይ ክትጅምሩ ትኽእሉ
worried-talk-1 = በይንኹምን ብህድኣትን ክትዛረቡሉ እትኽእሉ ቦታ ምረጹ።
worried-talk-2 = ዘስተውዓልኩምዎን ከም እትግደሱሉን ንገርዎ። ንኣብነት ከምዚ ክትብሉ ትኽእሉ ኢኹም፦ “ጓሂ ዘለካ/ዘለኪ ኮይኑ ተሰሚዑኒ። ከመይ ኣለኻ/ኣለኺ?”
worried-talk-3 = ከይፈረድኩም ስምዕዎ፣ ዝነገረኩም ድማ ኣመንዎ።
worried-talk-4 = ፍጥነት ናይቲ ዝርርብ ንሱ ክውስን ፍቐዱሉ። ዝያዳ ክነግር ቅድሚ ምድላዩ ግዜ ክወስድ ይኽእል እዩ።
worried-talk-5 = ሓገዝ ከም ዘሎ ንገርዎ፣ ክድውል ወይ ክራኸብ ከሎ ምስኡ ክትህልዉ ድማ ሕተትዎ።

worried-dont-title = ክትገብርዎ ዘይብልኩም
worried-dont-1 = ነቲ ዓመጽ ዝጥቀም ሰብ ኣይትግጠምዎ። ነቲ እትሻቐልሉ ሰብ ዝያዳ ሓደገኛ ክገብሮ ይኽእል እዩ።
worried-dont-2 = ክነግር ወይ ክገድፍ ኣይትጸቕጥዎ። እንታይ ውሑስ ምዃኑ ንሱ እዩ ዝበለጸ ዝፈልጥ።
worried-dont-3 = ምስ ክብሪ ዝተተሓሓዘ ዓመጽ እንተ ጠርጢርኩም፣ ንስድራ ወይ ንኣዝማድ ኣይትራኸብዎም። ነቲ እትሻቐልሉ ሰብ ኣብ ሓደጋ ከእትዎ ይኽእል እዩ።
worried-dont-4 = ካብ ስድራ፣ ኣዝማድ ወይ ፈለጥቶም ዝኾነ ሰብ ክትርጉም ኣይትፍቀዱ። ንስድራ ዘይፈልጥ ተርጓሚ ሕተቱ።
worried-dont-5 = ካልእ ሰብ ከንብቦ ዝኽእል እንተኾይኑ፣ ብዛዕባ እቲ ዓመጽ ናብ ተሌፎኑ መልእኽቲ ኣይትስደዱ።

worried-over-time-title = ንነዊሕ ግዜ ምስኡ ምህላው
worried-over-time-1 = ሕጂ ክዛረብ’ኳ እንተዘይደለየ፣ ምርኻብ ቀጽሉ።
worried-over-time-2 = ሓደ ሰብ ብዙሕ ግዜ ገዲፉ ክምለስ ልሙድ እዩ። ከይፈረድኩም፣ ገና ምስኡ ከም ዘለኹም ኣርእዩ።
worried-over-time-3 = ንነብስኹም’ውን ተኸናኸኑ። ብዙሓት መስመራት ደገፍ ብዛዕባ ካልእ ሰብ ካብ ዝሻቐሉ ሰባት ጻውዒት ይቕበሉ።

worried-child-title = ብዛዕባ ሓደ ቆልዓ እንተ ተሻቒልኩም
worried-child-1 = ዝኾነ ሰብ ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ናይቲ ቆልዓ ዝነብረሉ ኮሙን orosanmälan (ጸብጻብ ስክፍታ) ክገብር ይኽእል። ርግጸኛታት ክትኮኑ ኣየድልን። ምሽቓልኩም ይኣክል።
worried-child-2 = ከም ውልቀ ሰብ፣ ጸብጻብ ክትገብሩ ከለኹም ስምኩም ከይገለጽኩም ክትገብሩ ትኽእሉ ኢኹም። እቲ ቆልዓ ከመይ ከም ዘሎ ዘጻሪ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) እዩ።
worried-child-3 = ምስ ቆልዑ ዝሰርሑ ሰባት፣ ንኣብነት ኣብ ቤት ትምህርቲ፣ ክንክን ጥዕና ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት)፣ ጸብጻብ ናይ ምቕራብ ግዴታ ኣለዎም።

## School staff page

staff-title = ኣብ ቤት ትምህርቲ ንእትሰርሑ
staff-intro = Vägvisaren ንመንእሰያት እቲ ዝሓልፍዎ ዘለዉ ዓመጽ ምዃኑን ካበይ ሓገዝ ክረኽቡ ከም ዝኽእሉን ባዕሎም ክፈልጡ ይሕግዞም። ኣብዚ ንሓደ ተምሃራይ ብኸመይ ክትድግፍዎ ከም እትኽእሉ ከተንብቡ ትኽእሉ ኢኹም።
staff-load-failed = እቲ ገጽ ክጽዓን ኣይከኣለን። ምትእስሳርካ ኣረጋግጽ እሞ እንደገና ፈትን።
staff-what-1 = እቲ መሳርሒ ብዛዕባ መጻምድቲ፣ ስድራን ኣዝማድን፣ ጾታዊ ርክብ ንምሻጥ ምጽቃጥ፣ ከምኡ’ውን ባዕሉ ንሓደ ሰብ ምጉዳእ ሕቶታት ይሓትት። ትሕቲ 18 ዓመት ዝኾኑ ቀለልቲ ሕቶታት ይረኽቡ።
staff-what-2 = እቲ መልስታት ኣየናይ ዓይነታት ዓመጽ ክኸውን ከም ዝኽእል፣ እቲ ተምሃራይ ብቕጽበት ናብ 112 ክድውል ዘለዎ እንተኾይኑ፣ ከምኡ’ውን ኣየኖት መስመራት ደገፍን ርክባትን ከም ዝሰማምዑ የርኢ።
staff-what-3 = ዋላ ሓንቲ ኣይዕቀብን ኣይለኣኽን። ንስኹም ኮንኩም ቤት ትምህርቲ እቲ ተምሃራይ እንታይ ከም ዝመለሰ ክትርእዩ ኣይትኽእሉን።

staff-talk-title = ምስ ሓደ ንዓመጽ ተቓሊዑ ክኸውን ዝኽእል መንእሰይ ምዝራብ
staff-talk-1 = ብህድኣት፣ ኣብ ዘይትርበሹሉ ቦታ ስምዑ። እቲ ተምሃራይ ብናቱ ቃላት ክገልጽ ፍቐዱሉ።
staff-talk-2 = እቲ ተምሃራይ ዝነገረኩም ኣመኑ፣ ምንጋሩ ጽቡቕ ከም ዝነበረ ድማ ንገርዎ። ፈጺሙ ናቱ ጌጋ ኣይኮነን።
staff-talk-3 = ምስጢር ክትሕልዉ ቃል ኣይትእተዉ። ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ጸብጻብ ክትገብሩ ከም እተድልየኩምን ስለምንታይን ብቕንዕና ንገርዎ።
staff-talk-4 = ምስ ክብሪ ዝተተሓሓዘ ዓመጽ እንተ ጠርጢርኩም፣ ንስድራ ኣይትራኸብዎም። ንተምሃራይ ኣብ ሓደጋ ከእትዎ ይኽእል እዩ።
staff-talk-5 = ካብ ስድራ ወይ ካብ መርበብ ፈለጥቶም ተርጓሚ ኣይትጠቐሙ። ሞያዊ ተርጓሚ፣ ንኣብነት ካብ ካልእ ከተማ ብተሌፎን ዝትርጉም፣ ሕዙ፣ እቲ ተርጓሚ ውሑስ ኮይኑ ከም ዝስምዖ ድማ ነቲ ተምሃራይ ሕተትዎ።
staff-talk-6 = እቲ ተምሃራይ ዝበሎ ብናቱ ቃላት፣ መዓስ ከም ዝተባህለ’ውን ጽሓፉ። ናትኩም ትርጓመ ከም ሓቂ ጌርኩም ኣይትጽሓፉ።

staff-same-day-title = ኣብታ ሓንቲ መዓልቲ
staff-same-day-1 = ኣብታ መዓልቲ’ቲ ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ጸብጻብ ግበሩ። ዝያዳ ንምፍላጥ ኢልኩም ኣይትጸበዩ።
staff-same-day-2 = ንርእሰ-መምህር ወይ ንጉጅለ ጥዕና ተምሃሮ (elevhälsan) ንገሩ። ግዴታ ጸብጻብ ምቕራብ ግን ናይ ገዛእ ርእስኹም ምዃኑ ዘክሩ።
staff-same-day-3 = እቲ ተምሃራይ ኣብ ሓደጋ እንተሃልዩ ወይ ናብ ገዛ ክኸይድ እንተዘይደፊሩ፣ ብቕጽበት ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ደውሉ። ካብ ሰዓታት ስራሕ ወጻኢ ናብ socialjouren (ናይ ህጹጽ ግዜ ማሕበራዊ ኣገልግሎት)፣ ወይ ህጹጽ እንተኾይኑ ናብ 112 ደውሉ።

staff-duty-title = ግዴታ ጸብጻብ ምቕራብ (anmälningsplikt)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = ኣብ ቤት ትምህርቲ ዝሰርሕ ኩሉ ሰብ፣ ሓደ ቆልዓ ይሳቐ ከም ዘሎ እንተፈለጠ ወይ እንተ ጠርጠረ፣ ብቕጽበት ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ጸብጻብ ናይ ምቕራብ ግዴታ ኣለዎ። እዚ ኣብ ሕጊ ማሕበራዊ ኣገልግሎት፣ socialtjänstlagen (SFS 2025:400)፣ ተጻሒፉ ኣሎ።
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = ምጥርጣር ይኣክል። መረጋገጺ ኣየድልየኩምን። ዘጻሪ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) እዩ።
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = እዚ ግዴታ ውልቃዊ እዩ። ንርእሰ-መምህር፣ ንኣማኻሪ ተምሃሮ (kuratorn) ወይ ንኻልእ ሰብ ከተሕልፍዎ ኣይትኽእሉን።
staff-duty-4 = ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ናይቲ ቆልዓ ዝነብረሉ ኮሙን ጸብጻብ ኣቕርቡ። ክትድውሉ ወይ ክትጽሕፉ ትኽእሉ ኢኹም። ካብ ሰዓታት ስራሕ ወጻኢ ናብ socialjouren (ናይ ህጹጽ ግዜ ማሕበራዊ ኣገልግሎት)፣ ወይ ህጹጽ እንተኾይኑ ናብ 112 ደውሉ።

staff-lines-title = ንሞያውያን ዝኾኑ መስመራት ደገፍ
staff-lines-intro = ኣብዚ ምኽሪ ክትረኽቡ ትኽእሉ ኢኹም፣ ንኣብነት ሓደ ተምሃራይ ገለ ነገር ምስ ነገረኩም ብኸመይ ክትቅጽሉ ከም እትኽእሉ።

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

## About Vägvisaren

about-title = ብዛዕባ Vägvisaren
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren ናጻ መሳርሒ እዩ፣ ትካል መንግስቲ ኣይኮነን። ጸብጻባት ክንቕበል ወይ ብዛዕባ ኩነታትኩም ሕቶታት ክንምልስ ኣይንኽእልን።
about-free = Vägvisaren ብነጻ እዩ። ክትኣትዉ (log in) ወይ መን ምዃንኩም ክትነግሩ ኣየድልየኩምን።
about-private = ካብቲ እትምልስዎ ዋላ ሓደ ኣይዕቀብን ኣይለኣኽን። እቲ ሰርቨር ብዛዕባ እቲ ገጽ ዝበጽሑ ሰባት ዝኾነ ሓበሬታ ኣይዕቅብን።
about-contacts-title = ነቶም ርክባት ብኸመይ ነረጋግጾም
about-contacts-1 = ነፍሲ ወከፍ ቁጽርን ሰዓት ስራሕን ምንጪ ኣለዎ፣ ንኣብነት ናይቲ መስመር ደገፍ ናይ ባዕሉ መርበብ ሓበሬታ፣ ከምኡ’ውን ዘረጋገጽናሉ ዕለት።
about-contacts-2 = ዝኾነ ምንጪ ዘይጠቕሶ ቁጽሪ ፈጺምና ኣየርእን ኢና። ገለ ነገር እንተ ተቐይሩ፣ እቲ ኣብ ናይቲ መስመር ደገፍ ናይ ባዕሉ መርበብ ሓበሬታ ዘሎ እዩ ዝሰርሕ።
about-languages-title = ቋንቋታት
about-languages-intro = እቶም ጽሑፋት መጀመርታ ብሽወደንኛ ይጽሓፉ፣ ድሕሪኡ ይትርጎሙ። ኣብ ነፍሲ ወከፍ ቋንቋ ክሳብ ክንደይ ከም ዝበጻሕና እዚ እዩ፦
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = ምንጪ ቋንቋ
status-reviewed = ተተርጕሙ፣ ብወናኒ ቋንቋ ተመርሚሩ
status-unreviewed = ተተርጕሙ፣ ግን ገና ኣይተመርመረን

## Navigation

nav-start-questions = ሕቶታት ጀምሩ
nav-help = ሓገዝ ድለዩ
nav-safety = ድሕንነትኩም
nav-staff = ንሰራሕተኛታት ቤት ትምህርቲ
nav-about = ብዛዕባና
nav-back = ንድሕሪት
nav-next = ዝቕጽል
nav-home = ናብ መበገሲ ገጽ

## Safety page, added by the UI

safety-transparency-refresh = ዝርዝር ኣሐድሱ
