# Vägvisaren — the questions and the result.
# Fetched when someone starts the questions, together with main.ftl: the same file for everyone.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Questions: partner or ex

q-partner-put-down = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ይጸርፈኩም፣ ይላገጸኩም ወይ ዋጋ ከም ዘይብልኩም ክስምዓኩም ይገብርዶ?
q-partner-put-down-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ይጸርፈኩም፣ ይላገጸኩም ወይ ሕማቓት ከም ዝኾንኩም ክስምዓኩም ይገብርዶ?
q-partner-isolate = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ምስ መን ክትራኸቡ፣ ናበይ ክትከዱ ወይ እንታይ ክትክደኑ ከም እትኽእሉ ይውስንዶ?
q-partner-isolate-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ኣየኖት መሓዙት ክህልዉኹም፣ ናበይ ክትከዱ ወይ እንታይ ክትክደኑ ከም እትኽእሉ ይውስንዶ?
q-partner-phone = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ መልእኽትታትኩም የንብብ፣ ቃል-ምሕላፍ (password) ይሓትት ወይ ተሌፎንኩም ይፍትሽዶ?
q-partner-phone-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ተሌፎንኩም፣ መልእኽትታትኩም፣ ቃላት-ምሕላፍኩም (password) ወይ ኣበይ ከም ዘለኹም ክርኢ ግድን ይብለኩምዶ?
q-partner-follow = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ይስዕበኩም፣ ኣብ ዘለኹምዎ ቦታ ይመጽእ፣ ወይ ዘይተሰማማዕኩምሉ ኣፕ (app) ወይ ምክፋል ቦታ (location sharing) ተጠቒሙ ኣበይ ከም ዘለኹም ይከታተልዶ?
q-partner-follow-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ይስዕበኩም፣ ወይ ከይደለኹም ኣብ ዘለኹምዎ ቦታ ይመጽእዶ?
q-partner-images = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ካልኦት ክርእይዎም ዘይትደልዩ ስእልታትኩም ወይ ቪድዮታትኩም ዘርጊሑ ወይ ክዝርግሕ ኣፈራሪሑ ይፈልጥዶ?
q-partner-images-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ካልኦት ክርእይዎም ዘይትደልዩ ስእልታትኩም ወይ ቪድዮታትኩም ዘርጊሑ ወይ ክዝርግሕ ኣፈራሪሑ ይፈልጥዶ?
q-partner-nudes = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ዕርቃን ስእልታት ወይ ጾታዊ ስእልታት ክትሰዱሉ ደጋጊሙ ለሚኑኩም፣ ጸቒጡኩም ወይ ኣታሊሉኩም ይፈልጥዶ?
q-partner-older = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ዓቢ ሰብ (18 ዓመት ወይ ልዕሊኡ)፣ ወይ ካባኹም ብዙሕ ዝዓቢ ድዩ?
q-partner-money = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ገንዘብኩም ይወስድ፣ ወይ ባዕልኹም ክትጥቀሙሉ ከይትኽእሉ ይቆጻጸሮዶ?
q-partner-money-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ገንዘብኩም ይወስድ፣ ወይ እንታይ ክትዕድጉ ከም እትኽእሉ ይውስንዶ?
q-partner-debt = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ብስምኩም ልቓሕ ወይ ዕዳ ወሲዱ፣ ወይ ካብ ምስራሕ ወይ ምምሃር ከልኪሉኩም ይፈልጥዶ?
q-partner-debt-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ናብ ቤት ትምህርቲ ከይትኸዱ ከልኪሉኩም፣ ወይ ንዕኡ ነገራት ክትዕድጉ ወይ ገንዘብ ክትልቅሑ ገይሩኩም ይፈልጥዶ?
q-partner-threats = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ የፈራርሓኩምዶ፣ ንኣብነት ንቖልዑ ክወስዶም፣ ብዛዕባ ጾታዊ ዝንባለኹም ወይ ጾታዊ መንነትኩም ንኻልኦት ክነግር፣ ወይ ካብ ሽወደን ክትወጹ ግድን ክገብር ምዃኑ ብምዝራብ?
q-partner-threats-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ የፈራርሓኩምዶ፣ ንኣብነት ብዛዕባኹም ነገራት ክዝርግሕ፣ ወይ ጌይ (gay)፣ ባይ (bi) ወይ ትራንስ (trans) እንተ ኾንኩም ንኻልኦት ክነግር ምዃኑ ብምዝራብ?
q-partner-break = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ንብረትኩም ሰቢሩ፣ ደርብዩ ወይ ወሲዱ ይፈልጥዶ?
q-partner-break-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ንብረትኩም ኣበላሽዩ፣ ደርብዩ ወይ ወሲዱ ይፈልጥዶ?
q-partner-hit = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ወቒዑኩም፣ ደፊኡኩም፣ ረጊጹኩም ወይ ሒዙ ኣጽኒዑኩም ይፈልጥዶ?
q-partner-hit-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ወቒዑኩም፣ ደፊኡኩም፣ ረጊጹኩም ወይ ሒዙ ኣጽኒዑኩም ይፈልጥዶ?
q-partner-neck = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ሓኒቑኩም፣ ክሳድኩም ጨቢጡ፣ ወይ ምስትንፋስ ክሳብ ዘጸግመኩም ክሳድኩም ጸቒጡ ይፈልጥዶ?
q-partner-neck-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ሓኒቑኩም፣ ክሳድኩም ጨቢጡ፣ ወይ ምስትንፋስ ከም ዘጸግመኩም ገይሩ ይፈልጥዶ?
q-partner-weapon = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ብካራ፣ ብብረት ወይ ብካልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሑኩም ይፈልጥዶ?
q-partner-weapon-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ብካራ ወይ ብኻልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሑኩም ይፈልጥዶ?
q-partner-kill = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ንዓኹም ወይ ንቐረባኹም ክቐትል ምዃኑ ኣፈራሪሑ ይፈልጥዶ?
q-partner-kill-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ንዓኹም ወይ ንእትፈትውዎ ሰብ ክቐትል ምዃኑ ተዛሪቡ ይፈልጥዶ?
q-partner-sex = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ዘይደለኹምዎ ጾታዊ ርክብ ወይ ጾታዊ ተግባራት ክትገብሩ ኣገዲዱኩም ወይ ጸቒጡኩም ይፈልጥዶ፣ ወይ ስለ ዝፈራህኩም ጥራይ ጾታዊ ርክብ ክትገብሩ ተሰማሚዕኩም ትፈልጡዶ?
q-partner-sex-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ዘይደለኹምዎ ጾታዊ ነገር ክትገብሩ ኣገዲዱኩም፣ ጸቒጡኩም ወይ ደጋጊሙ ለሚኑኩም ይፈልጥዶ?
q-partner-afraid = ነቲ መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ፣ ኣብቲ ግዜቲ ዋላ ሓንቲ ኣብ ዘይገብረሉ እዋን’ውን፣ ትፈርሕዎዶ?
q-partner-afraid-youth = ነቲ ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ትፈርሕዎዶ?
q-partner-care = ኣብ መዓልታዊ ህይወት ሓገዝ እንተ ዘድልየኩም፦ መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ዘድልየኩም መግቢ፣ መድሃኒት ወይ ካልእ ሓገዝ ከልኪሉኩም ይፈልጥዶ?
q-partner-aids = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ባዕልኹም ከይትኽእሉ ወይ ሓገዝ ከይትሓቱ፣ መሳርሒ ሓገዝኩም፣ መነጽርኹም፣ መድሃኒትኩም፣ ሆርሞናትኩም ወይ ተሌፎንኩም ወሲዱ ይፈልጥዶ?
q-partner-children-see = ኣብ ገዛ ቆልዑ እንተለዉ፦ ኣብ ልዕሊኹም ዝፍጸም ዓመጽ ወይ ምፍርራሕ ርእዮም ወይ ሰሚዖም፣ ወይ መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ምስ ተቖጥዐ ፈሪሖም ይፈልጡዶ?
q-partner-worse = ኣብዚ ዝሓለፈ ዓመት እቲ ዓመጽ ወይ ምፍርራሕ ዝያዳ ገዲዱ ወይ ብዝያዳ ተደጋጊሙዶ?
q-partner-worse-youth = እቲ ሰብ ኣብ ልዕሊኹም ዝገብሮ ዘሎ ኣብዚ ቀረባ ግዜ ዝያዳ ገዲዱ ወይ ብዝያዳ ተደጋጊሙዶ?
q-partner-jealous = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ብዘፍርሃኩም መንገዲ ይቐንእዶ፣ ንኣብነት ካልእ ሰብ ኣለኩም ኢሉ ይኸሰኩም፣ ምስ ካልኦት ምስ ተራኸብኩም ይቑጣዕ፣ ወይ ካልእ ሰብ ፈጺሙ ክረኽበኩም የብሉን ይብል?
q-partner-jealous-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ክሳብ እትፈርሑ ይቐንእዶ፣ ንኣብነት ምስ ካልኦት ምስ ተዛረብኩም ይቑጣዕ፣ ወይ ካልእ ሰብ ምሳኹም ክኸውን ኣይፍቀዶን ይብል?
q-partner-leaving = ቀረባ ግዜ ንመጻምድትኹም ገዲፍኩም ዲኹም፣ ወይ ክትገድፉ ትሓስቡ ዲኹም፣ እሞ ሽዑ እቲ ሰብ እንታይ ከም ዝገብር ትፈርሑዶ?
q-partner-leaving-youth = ቀረባ ግዜ ነቲ ዝምድና ኣቋሪጽኩም ዲኹም፣ ወይ ከተቋርጽዎ ትደልዩ ዲኹም፣ እሞ እቲ ካልእ ሰብ ሽዑ እንታይ ከም ዝገብር ትፈርሑዶ?
q-partner-could-kill = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ክቐትለኩም ይኽእል እዩ ኢልኩም ትሓስቡዶ?
q-partner-could-kill-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ክቐትለኩም ይኽእል እዩ ኢልኩም ትሓስቡዶ?
q-partner-weapon-home = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ኣብ ገዛ ብረት (ንኣብነት ናይ ሃድን ብረት) ኣለዎዶ፣ ወይ ብቐሊሉ ብረት ክረክብ ይኽእልዶ?
q-partner-weapon-home-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ብረት ኣለዎዶ፣ ወይ ብቐሊሉ ብረት ክረክብ ይኽእልዶ?
q-partner-suicide-threat = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ነብሱ ክቐትል ምዃኑ ኣፈራሪሑ ይፈልጥዶ፣ ንኣብነት እንተ ገዲፍኩምዎ?
q-partner-suicide-threat-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ነቲ ዝምድና እንተ ኣቋረጽኩም ወይ ከም ድሌቱ እንተዘይገበርኩም ነብሱ ክቐትል ምዃኑ ተዛሪቡ ይፈልጥዶ?
q-partner-contact-ban = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ፣ kontaktförbud (ርክብ ዝኽልክል ውሳነ) እናሃለዎ፣ ተራኺቡኩም ወይ ናባኹም መጺኡ ይፈልጥዶ?
q-partner-contact-ban-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ፣ ምሳኹም ከይራኸብ ተኸልኪሉ እናሃለወ፣ ተራኺቡኩም ይፈልጥዶ?
q-partner-pregnant = ጥንሲ እንተ ኔሩኩም፦ መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ኣብ ግዜ ጥንሲ ወቒዑኩም ወይ ጎዲኡኩም ይፈልጥዶ?
q-partner-pregnant-youth = ጥንሲ እንተ ኔሩኩም፦ ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ሽዑ ወቒዑኩም ወይ ጎዲኡኩም ይፈልጥዶ?
q-partner-pets = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ንእትፈትውዎ እንስሳ ጎዲኡ ወይ ክጎድኦ ኣፈራሪሑ ይፈልጥዶ?
q-partner-pets-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ንእትፈትውዎ እንስሳ ጎዲኡ ወይ ክጎድኦ ኣፈራሪሑ ይፈልጥዶ?
q-partner-careful = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ከይቑጣዕ ኢልኩም፣ ብዙሕ ግዜ ብዛዕባ እትብልዎን እትገብርዎን ትሓስቡዶ?
q-partner-careful-youth = ምስኡ ፍቕሪ ዘለኩም ወይ ዝነበረኩም ሰብ ከይቑጣዕ ኢልኩም፣ ብዙሕ ግዜ ብዛዕባ እትብልዎን እትገብርዎን ትሓስቡዶ?
q-partner-children-threat = መጻምድትኹም ዝኾነ ወይ ዝነበረ ሰብ ንቖልዑ ክጎድኦም፣ ወይ ንኣብነት ናብ ወጻኢ ሃገር ብሓይሊ ክወስዶም ኣፈራሪሑ ይፈልጥዶ?
q-partner-suicide-self = ባዕልኹም ነብስኹም ናይ ምቕታል ሓሳብ ኣለኩምዶ?
q-partner-suicide-self-youth = ባዕልኹም ክትሞቱ ከም እትደልዩ፣ ወይ ነብስኹም ክትቐትሉ ሓሲብኩም ትፈልጡዶ?
## Questions: family or relatives

q-family-collective = ካብ ስድራኹም ወይ ኣዝማድኩም ብዙሓት ሰባት ብሓባር ኮይኖም ብኸመይ ክትነብሩ ከም ዘለኩም ይውስኑዶ?
q-family-collective-youth = ካብ ወለድኹም ንላዕሊ ዝኾኑ ሰባት፣ ንኣብነት ኣሕዋትኩም ወይ ኣዝማድኩም፣ ኣብ ህይወትኩም ይውስኑዶ?
q-family-friends = ስድራኹም ወይ ኣዝማድኩም መን ዓርክኹም ክኸውን ከም ዝኽእል፣ ብኸመይ ክትክደኑ ወይ ኣብ ትርፊ ግዜኹም እንታይ ክትገብሩ ከም እትኽእሉ ይውስኑዶ?
q-family-friends-youth = ስድራኹም ካልኦት እንታይ ክብሉ እዮም ወይ ስም ስድራ ከይጠፍእ ስለ ዝሻቐሉ፣ ብዛዕባ መሓዙት፣ ክዳን ወይ ትርፊ ግዜ ካብ ካልኦት መዛኑኹም ዝወሓደ ናጽነት ትረኽቡዶ?
q-family-school = ስድራኹም ወይ ኣዝማድኩም ካብ ምምሃር፣ ምስራሕ ወይ ባዕልኹም ትምህርቲ ምምራጽ ይኽልክሉኹምዶ?
q-family-school-youth = ስድራኹም ጌጋ ወይ ነውሪ እዩ ስለ ዝብሉ፣ ኣብ ገለ ትምህርትታት፣ ንኣብነት ትምህርቲ ጾታን ርክባትን (sex- och samlevnad) ወይ ምሕንባስ፣ ወይ ኣብ ዑደት ቤት ትምህርቲ ከይትሳተፉ ይኽልክሉኹምዶ?
q-family-love = ስድራኹም ወይ ኣዝማድኩም ንመን ክትፈትዉን ምስ መን ክትነብሩን፣ ወይ መን ምዃንኩም ብግልጺ ክትገልጹ ከም እትኽእሉ ይውስኑዶ?
q-family-love-youth = ምስ ዓበኹም ንመን ከተፍቕሩ ወይ ምስ መን ፍቕሪ ክትጅምሩ ከም እትኽእሉ ስድራኹም ይውስኑዶ፣ ወይ መን ምዃንኩም ብግልጺ ክትገልጹ ኣይፍቀደልኩምን ድዩ?
q-family-marriage = ስድራኹም ወይ ኣዝማድኩም ምስ ባዕልኹም ዘይመረጽኩምዎ ሰብ ክትሕጽዩ ወይ ክትምርዓዉ – ብሃይማኖታዊ ስርዓት ጥራይ ወይ ኣብ ውሽጢ ስድራን ኣዝማድን ጥራይ ዝተገብረ’ውን እንተኾነ – ይጸቕጡኹምዶ፣ ወይ ድሮ ኣንጻር ድሌትኩም ተፈጺሙዶ?
q-family-marriage-youth = ስድራኹም ዋላ ባዕልኹም እንተዘይደለኹም፣ ብሃይማኖታዊ ስርዓት ጥራይ ወይ ብ“ቃል ኪዳን” (på löfte) እንተኾነ’ውን፣ ክትሕጽዩ ወይ ክትምርዓዉ ይደልዩዶ፣ ወይ ድሮ ተመርዒኹም ዲኹም?
q-family-abroad = ሓደ ሰብ ኣንጻር ድሌትኩም ናብ ካልእ ሃገር ክትስደዱ ወይ ክትውሰዱ ምዃንኩም ነጊሩኩምዶ፣ ወይ ዘሻቕለኩም ጉዕዞ ይውጠን ኣሎዶ?
q-family-abroad-youth = ሓደ ሰብ ናብ ካልእ ሃገር ክትስደዱ ምዃንኩም ነጊሩኩምዶ፣ ወይ ዘሻቕለኩም ጉዕዞ ክትገብሩ ዲኹም?
q-family-put-down = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ይጸርፈኩም፣ ይላገጸኩም ወይ ዋጋ የብልኩምን ይብለኩምዶ?
q-family-put-down-youth = ካብ ስድራኹም ሓደ ሰብ ብዙሕ ግዜ ክፉእ ዘረባ ይዛረበኩም፣ ክሳብ እትፈርሑ ይጭድረኩም፣ ወይ ዋጋ የብልኩምን ይብለኩምዶ?
q-family-money = ስድራኹም፣ ኣዝማድኩም ወይ ዝሕግዘኩም ሰብ ደሞዝኩም፣ ጡረታኹም፣ ሓገዛት ገንዘብኩም ወይ ገንዘብኩም ይወስዱዶ፣ ወይ ንኽቆጻጸሩኹም ኢሎም ዘድልየኩም ገንዘብ ይኽልክሉኹምዶ?
q-family-money-youth = ካብ ስድራኹም ሓደ ሰብ ናይ ባዕልኹም ገንዘብ ይወስድዶ፣ ወይ ንብሓቂ ዘድልየኩም ነገራት፣ ከም መግቢ፣ ካርድ ኣውቶቡስ ወይ ክዳን፣ ገንዘብ ኣይትረኽቡን ዲኹም?
q-family-break = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ንብረትኩም ሰቢሩ፣ ደርብዩ ወይ ወሲዱ ይፈልጥዶ?
q-family-break-youth = ካብ ስድራኹም ሓደ ሰብ ምስ ተቖጥዐ ንብረትኩም ሰቢሩ ወይ ኣበላሽዩ፣ ክሳብ እትፈርሑ፣ ይፈልጥዶ?
q-family-tracking = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ከይደለኹም ይስዕበኩምዶ፣ ወይ ብኣፕ (app) ኣቢሉ ኣበይ ከም ዘለኹም ይከታተልዶ?
q-family-tracking-youth = ካብ ስድራኹም ሓደ ሰብ ይስዕበኩምዶ፣ ወይ ብዘፍርሃኩም ወይ ህይወትኩም ከይትነብሩ ብዝኽልክለኩም መንገዲ ኩሉ ግዜ ኣበይ ከም ዘለኹም ይቆጻጸርዶ?
q-family-hit = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ወቒዑኩም፣ ደፊኡኩም፣ ረጊጹኩም ወይ ሒዙ ኣጽኒዑኩም ይፈልጥዶ?
q-family-hit-youth = ካብ ስድራኹም ሓደ ሰብ ወቒዑኩም፣ ደፊኡኩም፣ ጸጉርኹም ስሒቡ ወይ ሒዙ ኣጽኒዑኩም ይፈልጥዶ?
q-family-neck = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ሓኒቑኩም፣ ክሳድኩም ጨቢጡ፣ ወይ ምስትንፋስ ክሳብ ዘጸግመኩም ክሳድኩም ጸቒጡ ይፈልጥዶ?
q-family-neck-youth = ካብ ስድራኹም ሓደ ሰብ ሓኒቑኩም፣ ክሳድኩም ጨቢጡ፣ ወይ ምስትንፋስ ከም ዘጸግመኩም ገይሩ ይፈልጥዶ?
q-family-weapon = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ብካራ፣ ብብረት ወይ ብካልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሑኩም ይፈልጥዶ?
q-family-weapon-youth = ካብ ስድራኹም ሓደ ሰብ ብካራ ወይ ብካልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሑኩም ይፈልጥዶ?
q-family-kill = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ንዓኹም ወይ ንቐረባኹም ክቐትል ምዃኑ ኣፈራሪሑ ይፈልጥዶ?
q-family-kill-youth = ካብ ስድራኹም ሓደ ሰብ ንዓኹም ወይ ንእትፈትውዎ ሰብ ክቐትል ምዃኑ ተዛሪቡ ይፈልጥዶ?
q-family-sex-touch = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ብጾታዊ መንገዲ ተንኪፉኩም፣ ወይ ዘይደለኹምዎ ጾታዊ ነገራት ነጊሩኩም ወይ ኣርእዩኩም ይፈልጥዶ?
q-family-sex-touch-youth = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ጌጋ ኮይኑ ብዝተሰምዓኩም መንገዲ ንሰብነትኩም ተንኪፉ፣ ወይ ጾታዊ ስእልታት ኣርእዩኩም ይፈልጥዶ?
q-family-sex-forced = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ጾታዊ ርክብ ወይ ጾታዊ ተግባራት ክትገብሩ ኣገዲዱኩም ወይ ጸቒጡኩም ይፈልጥዶ?
q-family-sex-forced-youth = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ጾታዊ ነገር ክትገብሩ ኣገዲዱኩም ይፈልጥዶ?
q-family-care = ኣብ መዓልታዊ ህይወት ሓገዝ እንተ ዘድልየኩም፦ እቲ ካብ ስድራኹም ክሕግዘኩም ዝግብኦ ሰብ መግቢ፣ መድሃኒት ወይ ሓገዝ ከልኪሉኩም፣ ወይ ባዕልኹም ክትመሓደሩ ዘይትኽእሉ ክነስኹም ንነዊሕ ግዜ በይንኹም ገዲፉኩም ይፈልጥዶ?
q-family-care-youth = መግቢ፣ ጽሩይ ክዳን ወይ ምስ ሓመምኩም ሓገዝ ዘይትረኽቡሉ፣ ወይ ንነዊሕ ግዜ በይንኹም ኣብ ገዛ እትግደፉሉ ግዜ ኣሎዶ?
q-family-carer = ኣብ መዓልታዊ ህይወትኩም ዝሕግዘኩም ሰብ እንተሎ፣ ንኣብነት ውልቃዊ ሓጋዚ (personlig assistent) ወይ ካብ ኣገልግሎት ሓገዝ ገዛ (hemtjänsten) ዝመጽእ ሰብ፦ እቲ ሰብ ጎዲኡኩም፣ ኣፈራሪሑኩም ወይ ኣዋሪዱኩም፣ ገንዘብኩም ወሲዱ ወይ ክሕግዘኩም ኣብዩ ይፈልጥዶ?
q-family-afraid = ካብ ስድራኹም ወይ ኣዝማድኩም ንሓደ ሰብ ትፈርሑዶ፣ ወይ ናብ ገዛ ምስ ኣተኹም እንታይ ከም ዝፍጸም ትፈርሑዶ?
q-family-afraid-youth = ካብ ስድራኹም ንሓደ ሰብ ትፈርሑዶ፣ ወይ ናብ ገዛ ምኻድ ትፈርሑዶ?
q-family-children-see = ኣብ ስድራ ኣብ ገዛ ዓመጽ ወይ ምፍርራሕ ዝርእዩ ወይ ዝሰምዑ ቆልዑ ኣለዉዶ?
q-family-children-see-youth = ንስኹም ወይ ኣሕዋትኩም ካብ ስድራኹም ሓደ ሰብ ንኻልእ ሰብ ክወቅዕ ወይ ከፈራርሕ ርኢኹም ወይ ሰሚዕኩም ትፈልጡዶ?
q-family-phone = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ምስ መን ከም እትዛረቡ ንምፍላጥ ተሌፎንኩም ወይ መልእኽትታትኩም ይፍትሽዶ?
q-family-phone-youth = ካብ ስድራኹም ሓደ ሰብ ምስ መን ከም እትዛረቡ ንምፍላጥ ተሌፎንኩም ይፍትሽዶ?
q-family-siblings = ኣሕዋት፣ ደቂ ሓወቦን ደቂ ኣኮን ወይ ካልኦት ኣዝማድ ይከታተሉኹም እሞ እትገብርዎ ንስድራ ይነግሩዶ?
q-family-siblings-youth = ኣሕዋትኩም ወይ ደቂ ኣዝማድኩም ኣብ ቤት ትምህርቲ ወይ ኣብ ከተማ ይከታተሉኹም እሞ ንስድራኹም ይነግሩዶ?
q-family-virginity = ስድራኹም ወይ ኣዝማድኩም ክሳብ እትምርዓዉ ድንግል ክትኮኑ ይሓቱ፣ ወይ ድንግል ምዃንኩም ይፍትሹዶ?
q-family-virginity-youth = ስድራኹም ክሳብ እትምርዓዉ ድንግል ክትኮኑ፣ ማለት ጾታዊ ርክብ ከይገበርኩም ክትጸንሑ፣ ከም ዘለኩም ይብሉዶ?
q-family-disown = ሓደ ሰብ ከም ድሌቶም እንተዘይገበርኩም፣ ስድራኹም ክነጽጉኹም ወይ ርክብ ምሳኹም ክቖርጹ ምዃኖም ኣፈራሪሑኩምዶ?
q-family-disown-youth = ሓደ ሰብ ከም ዝበልዎ እንተዘይገበርኩም፣ ስድራኹም ደጊም ከም ዘይደልዩኹም ነጊሩኩምዶ?
q-family-partner-threat = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ነቲ ምሳኹም ዘሎ ሰብ፣ ወይ ምስኡ ክትኮኑ እትደልይዎ ሰብ፣ ኣፈራሪሑ ይፈልጥዶ?
q-family-partner-threat-youth = ካብ ስድራኹም ሓደ ሰብ ነቲ ምስኡ ፍቕሪ ዘለኩም ወይ እተፍቕርዎ ሰብ ኣፈራሪሑ ይፈልጥዶ?
q-family-honour-before = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ከም ድሌት ስድራ ስለ ዘይነበረ ቅድሚ ሕጂ ተጎዲኡ፣ ተፈራሪሑ፣ ብሓይሊ ተመርዕዩ ወይ ናብ ካልእ ቦታ ተሰዲዱ ይፈልጥዶ?
q-family-honour-before-youth = ሓብትኹም፣ ሓውኹም፣ ሓደ ካብ ደቂ ኣዝማድኩም ወይ ካልእ ሰብ ካብ ስድራኹም ከም ድሌት ስድራ ስለ ዘይገበረ ገለ ነገር ኣጋጢምዎ ይፈልጥዶ፣ ንኣብነት ተጎዲኡ ወይ ናብ ካልእ ቦታ ተሰዲዱ?
q-family-cutting = ሓደ ሰብ ኣካል ጾታኹም ክቑረጽ ምዃኑ – ሓደ ሓደ ግዜ ግዝረት ኣዋልድ ወይ “ምጽራይ” ይበሃል – ማለት ሓደ ሰብ ንኣካል ጾታኹም ክቖርጾ ምዃኑ ነጊሩኩምዶ፣ ወይ ድሮ ኣጋጢሙኩም ድዩ?
q-family-online = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ብዛዕባኹም ስእልታት፣ ቪድዮታት ወይ ወረታት ኣብ ኢንተርነት ዘርጊሑ ወይ ክዝርግሕ ኣፈራሪሑ ይፈልጥዶ?
q-family-online-youth = ካብ ስድራኹም ሓደ ሰብ ብዛዕባኹም ስእልታት ወይ ነገራት ኣብ ኢንተርነት ለጢፉ ወይ ክለጥፍ ኣፈራሪሑ ይፈልጥዶ?
q-family-worse = ኣብዚ ዝሓለፈ ዓመት እቲ ዓመጽ ወይ ምፍርራሕ ዝያዳ ገዲዱ ወይ ብዝያዳ ተደጋጊሙዶ?
q-family-worse-youth = እቲ ኣብ ገዛ ዝፍጸም ዘሎ ኣብዚ ቀረባ ግዜ ዝያዳ ገዲዱ ወይ ብዝያዳ ተደጋጊሙዶ?
q-family-could-kill = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ክቐትለኩም ይኽእል እዩ ኢልኩም ትሓስቡዶ?
q-family-could-kill-youth = ካብ ስድራኹም ሓደ ሰብ ክቐትለኩም ይኽእል እዩ ኢልኩም ትሓስቡዶ?
q-family-weapon-home = ኣብ ገዛ ስድራኹም ብረት (ንኣብነት ናይ ሃድን ብረት) ኣሎዶ፣ ወይ እቲ ዘፈራርሓኩም ሰብ ብቐሊሉ ብረት ክረክብ ይኽእልዶ?
q-family-weapon-home-youth = ኣብ ገዛ ብረት ኣሎዶ፣ ወይ ካብ ስድራኹም ሓደ ሰብ ብቐሊሉ ብረት ክረክብ ይኽእልዶ?
q-family-contact-ban = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ፣ kontaktförbud (ርክብ ዝኽልክል ውሳነ) እናሃለዎ፣ ተራኺቡኩም ወይ ናባኹም መጺኡ ይፈልጥዶ?
q-family-children-threat = ካብ ስድራኹም ወይ ኣዝማድኩም ሓደ ሰብ ንቖልዑ ስድራ ክጎድኦም ወይ ብሓይሊ ክወስዶም ኣፈራሪሑ ይፈልጥዶ?
q-family-children-threat-youth = ካብ ስድራኹም ሓደ ሰብ ንኣሕዋትኩም ወይ ንኻልኦት ቆልዑ ስድራ ክጎድኦም ኣፈራሪሑ ይፈልጥዶ?
q-family-suicide-self = ባዕልኹም ነብስኹም ናይ ምቕታል ሓሳብ ኣለኩምዶ?
q-family-suicide-self-youth = ባዕልኹም ክትሞቱ ከም እትደልዩ፣ ወይ ነብስኹም ክትቐትሉ ሓሲብኩም ትፈልጡዶ?
## Questions: selling sex, work, money or papers

q-exploit-sell-sex = ሓደ ሰብ ጾታዊ ርክብ ክትሸጡ፣ ወይ ብገንዘብ ምስ ካልኦት ጾታዊ ርክብ ክትገብሩ ይጸቕጠኩም ወይ የገድደኩምዶ?
q-exploit-sell-sex-youth = ሓደ ሰብ ገንዘብ፣ ነገራት፣ ድራግ ወይ መደቀሲ ቦታ ክትረኽቡ ኢልኩም ጾታዊ ርክብ ወይ ጾታዊ ነገራት ክትገብሩ ገይሩኩም ይፈልጥዶ?
q-exploit-job-promise = ብዛዕባ ስራሕ፣ ደሞዝ ወይ መንበሪ ተስፋ ተዋሂቡኩም ናብዚ መጺእኩም ወይ ስራሕ ጀሚርኩም፣ ድሕሪኡ ግን እቲ ተስፋ ሓቂ ኮይኑ ኣይተረኽበን ድዩ?
q-exploit-job-promise-youth = ሓደ ሰብ ገንዘብ፣ ስራሕ ወይ ካልእ ነገር ክህበኩም ቃል ኣትዩ፣ ድሕሪኡ ዘይደለኹምዎ ነገራት ክትገብሩ ግድን ኢሉኩም ይፈልጥዶ?
q-exploit-work = ካብቲ ዝተሰማማዕኩምሉ ኣዝዩ ዝበዝሕ ትሰርሑዶ፣ ወይ ኣዝዩ ውሑድ ደሞዝ ትረኽቡ ወይ ደሞዝ ፈጺምኩም ኣይትረኽቡን?
q-exploit-work-youth = ሓደ ሰብ ብዘይ ደሞዝ፣ ወይ ስለ እትፈርሑ፣ ክትሰርሑሉ ወይ ጉዳያቱ ክትፍጽሙሉ ይገብረኩምዶ?
q-exploit-begging-crime = ሓደ ሰብ ክትልምኑ፣ ክትሰርቁ፣ ድራግ ክትሸጡ ወይ ካልእ ገበን ክትፍጽሙ የገድደኩም ወይ ይጸቕጠኩምዶ?
q-exploit-begging-crime-youth = ሓደ ሰብ ድራግ ክትሸጡ፣ ክትሰርቁ፣ ነገራት ክትሓብኡ ወይ ካልእ ገበን ክትፍጽሙሉ ይገብረኩምዶ?
q-exploit-debt = ሓደ ሰብ ብስራሕ ክትከፍልዎ ዘለኩም ዕዳ ኣለኩም ይብለኩምዶ፣ ንኣብነት ናይ ጉዕዞ፣ ናይ መንበሪ ወይ ናይ ስራሕ?
q-exploit-debt-youth = ሓደ ሰብ ገንዘብ ወይ ውለታ ኣለኩም፣ ነገራት ብምግባር ክትመልስዎ ኣለኩም ይብለኩምዶ?
q-exploit-papers = ሓደ ሰብ ፓስፖርትኩም፣ መንነት ወረቐትኩም ወይ ፍቓድ መንበሪኹም ወሲዱ ክመልሰልኩም ኣብዩዶ?
q-exploit-papers-youth = ሓደ ሰብ ፓስፖርትኩም ወይ መንነት ወረቐትኩም (ID) ወሲዱ ክመልሰልኩም ኣብዩዶ?
q-exploit-locked = ሓደ ሰብ በይንኹም ናብ ደገ ከይትወጹ፣ ምስ እትደልይዎ ሰብ ከይትራኸቡ ወይ ምስ ስድራኹም ከይትዛረቡ ይኽልክለኩምዶ?
q-exploit-locked-youth = ሓደ ሰብ በይንኹም ናብ ደገ ከይትወጹ፣ ምስ መሓዙትኩም ከይትራኸቡ ወይ ምስ ስድራኹም ከይትዛረቡ ይኽልክለኩምዶ?
q-exploit-sextortion = ሓደ ሰብ ገንዘብ እንተዘይከፈልኩም፣ ተወሳኺ ስእልታት እንተዘይሰደድኩም ወይ ከም ዝበሎ እንተዘይገበርኩም፣ ጾታዊ ስእልታትኩም ወይ ቪድዮታትኩም ክዝርግሕ ኣፈራሪሑኩም ይፈልጥዶ?
q-exploit-sextortion-youth = ሓደ ሰብ ተወሳኺ እንተዘይሰደድኩም፣ እንተዘይከፈልኩም ወይ ከም ዝበሎ እንተዘይገበርኩም፣ ስእልታትኩም ወይ ቪድዮታትኩም ክዝርግሕ ኣፈራሪሑኩም ይፈልጥዶ?
q-exploit-grooming = ካብ ኢንተርነት ጥራይ እትፈልጥዎ፣ ካባኹም ክዓቢ ዝኽእል ሰብ፣ ጾታዊ ስእልታት ሓቲቱኩም፣ ብዛዕባ ጾታዊ ርክብ ኣዛሪቡኩም ወይ ብምስጢር ክራኸበኩም ደልዩ ይፈልጥዶ?
q-exploit-sex-forced = ሓደ ሰብ ዘይደለኹምዎ ጾታዊ ርክብ ወይ ጾታዊ ተግባራት ክትገብሩ ኣገዲዱኩም ይፈልጥዶ?
q-exploit-sex-forced-youth = ሓደ ሰብ ዘይደለኹምዎ ጾታዊ ነገር ክትገብሩ ኣገዲዱኩም ይፈልጥዶ?
q-exploit-hit = ዝቆጻጸረኩም ሰብ ወቒዑኩም፣ ደፊኡኩም ወይ ጎዲኡኩም ይፈልጥዶ?
q-exploit-hit-youth = ኣብ ልዕሊኹም ዝውስን ሰብ ወቒዑኩም፣ ደፊኡኩም ወይ ጎዲኡኩም ይፈልጥዶ?
q-exploit-neck = ሓደ ሰብ ሓኒቑኩም፣ ክሳድኩም ጨቢጡ፣ ወይ ምስትንፋስ ክሳብ ዘጸግመኩም ክሳድኩም ጸቒጡ ይፈልጥዶ?
q-exploit-neck-youth = ሓደ ሰብ ሓኒቑኩም፣ ክሳድኩም ጨቢጡ፣ ወይ ምስትንፋስ ከም ዘጸግመኩም ገይሩ ይፈልጥዶ?
q-exploit-weapon = ሓደ ሰብ ብካራ፣ ብብረት ወይ ብካልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሑኩም ይፈልጥዶ?
q-exploit-weapon-youth = ሓደ ሰብ ብካራ ወይ ብኻልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሑኩም ይፈልጥዶ?
q-exploit-kill = ሓደ ሰብ ንዓኹም፣ ወይ ኣብዚ ወይ ኣብ ካልእ ሃገር ዘሎ ሓደ ካብ ስድራኹም፣ ክቐትል ምዃኑ ኣፈራሪሑ ይፈልጥዶ?
q-exploit-kill-youth = ሓደ ሰብ ንዓኹም ወይ ካብ ስድራኹም ንሓደ ሰብ ክቐትል ምዃኑ ተዛሪቡ ይፈልጥዶ?
q-exploit-afraid = ኣይፋል እንተ በልኩም፣ እንተ ኣቋረጽኩም ወይ እንተ ገዲፍኩም ከይዱኩም፣ እንታይ ከም ዝስዕብ ትፈርሑዶ?
q-exploit-afraid-youth = ኣይፋል እንተ በልኩም ወይ ዝደልይዎ ምግባር እንተ ኣቋረጽኩም፣ እንታይ ከም ዝስዕብ ትፈርሑዶ?
q-exploit-wage = ካልእ ሰብ ደሞዝኩም ወይ ገንዘብኩም ይወስድ፣ ወይ እንታይ ክትዕድጉ ከም እትኽእሉ ይውስንዶ?
q-exploit-wage-youth = ሓደ ሰብ እትረኽብዎ ገንዘብ ይወስድ፣ ወይ እንታይ ክትዕድጉ ከም እትኽእሉ ይውስንዶ?
q-exploit-living = ኣብ እትሰርሕሉ ቦታ፣ ወይ ካልእ ሰብ ኣብ ዝወሰኖ ቦታ፣ ትነብሩዶ፣ እሞ ኣብ ዝደለኹምዎ ግዜ ካብኡ ክትግዕዙ ኣይትኽእሉን?
q-exploit-living-youth = ካልእ ሰብ ኣብ ዝወሰኖ ቦታ ክትነብሩ ወይ ክትድቅሱ ትግደዱዶ፣ እሞ ኣብ ዝደለኹምዎ ግዜ ካብኡ ክትከዱ ኣይትኽእሉን?
q-exploit-moved = ሓደ ሰብ ባዕልኹም ከይወሰንኩም ካብ ሓደ ኣፓርትመንት፣ ከተማ ወይ ሃገር ናብ ካልእ የግዕዘኩምዶ?
q-exploit-moved-youth = ሓደ ሰብ ባዕልኹም ከይወሰንኩም ናብ ዝተፈላለዩ ቦታታት፣ ኣፓርትመንትታት ወይ ከተማታት ይሰደኩም ወይ ብመኪና ይወስደኩምዶ?
q-exploit-authorities = ሓደ ሰብ ንሰብ እንተ ነጊርኩም፣ ፖሊስ ወይ ሰበ-ስልጣን ክቐጽዑኹም ወይ ካብ ሃገር ከውጽኡኹም እዮም ኢሉኩም ይፈልጥዶ?
q-exploit-authorities-youth = ሓደ ሰብ እንተ ነጊርኩም፣ ፖሊስ ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ክቐጽዑኹም እዮም ኢሉኩም ይፈልጥዶ?
q-exploit-sex-control = ካልእ ሰብ መዓስ፣ ኣበይ ወይ ምስ መን ብገንዘብ ጾታዊ ርክብ ክትገብሩ ከም ዘለኩም ይውስን፣ ወይ ካልእ ሰብ ነቲ ገንዘብ ይወስዶዶ?
q-exploit-sex-control-youth = ካልእ ሰብ መዓስን ምስ መንን ጾታዊ ነገራት ክትገብሩ ከም ዘለኩም ይውስንዶ፣ ወይ ካልእ ሰብ ብኡ ዝረኸብኩምዎ ይወስድዶ?
q-exploit-debt-grows = እቲ ዕዳ፣ ንኣብነት ብመቕጻዕቲ፣ ክራይ ወይ ክፍሊታት ኣቢሉ፣ ካብኡ ፈጺምኩም ሓራ ከይትኾኑ ወትሩ ይውስኽዶ?
q-exploit-debt-grows-youth = ፈጺምኩም ከይትውድእዎ፣ ዝያዳን ዝያዳን ዕዳ ኣለኩም ይብሉኹምዶ?
q-exploit-accounts = ካልእ ሰብ ባዕልኹም ክትጥቀምሉ ከይትኽእሉ፣ BankID (ናይ ባንኪ ኤሌክትሮኒካዊ መንነት)፣ ውዕላትኩም ወይ ብስምኩም ዘለዉ ካልኦት ወረቓቕቲ ይቆጻጸርዶ?
q-exploit-accounts-youth = ካልእ ሰብ ባዕልኹም ክትጥቀምሉ ከይትኽእሉ፣ ካርድ ባንክኹም፣ BankID (ናይ ባንኪ ኤሌክትሮኒካዊ መንነት) ወይ ተሌፎንኩም ይቆጻጸርዶ?
q-exploit-phone = ሓደ ሰብ ተሌፎንኩም ይወስድ፣ መልእኽትታትኩም የንብብ ወይ ኣበይ ከም ዘለኹም ይከታተልዶ?
q-exploit-phone-youth = ሓደ ሰብ ተሌፎንኩም ይወስድ፣ መልእኽትታትኩም የንብብ ወይ ኣበይ ከም ዘለኹም ይፍትሽዶ?
q-exploit-online = ሓደ ሰብ ባዕልኹም ከይወሰንኩም፣ ብዛዕባኹም ምልክታት (ማስታወቕያ)፣ ስእልታት ወይ ቪድዮታት ኣብ ኢንተርነት ለጢፉ ይፈልጥዶ?
q-exploit-online-youth = ሓደ ሰብ ባዕልኹም ከይወሰንኩም፣ ብዛዕባኹም ስእልታት፣ ቪድዮታት ወይ ምልክታት (ማስታወቕያ) ኣብ ኢንተርነት ለጢፉ ይፈልጥዶ?
q-exploit-sex-unsafe = ሓደ ሰብ ብዘይ ኮንዶም ጾታዊ ርክብ ክትገብሩ፣ ወይ ኣይፋል ዝበልኩምዎ ነገራት ክትገብሩ ኣገዲዱኩም ይፈልጥዶ?
q-exploit-sex-unsafe-youth = ሓደ ሰብ ብዘይ ኮንዶም ጾታዊ ርክብ ክትገብሩ፣ ወይ ኣይፋል ዝበልኩምዎ ነገራት ክትገብሩ ኣገዲዱኩም ይፈልጥዶ?
q-exploit-worse = ኣብዚ ቀረባ ግዜ እቲ ዓመጽ ወይ ምፍርራሕ ዝያዳ ገዲዱ ወይ ብዝያዳ ተደጋጊሙዶ?
q-exploit-worse-youth = እቲ ኣብ ልዕሊኹም ዝገብርዎ ዘለዉ ኣብዚ ቀረባ ግዜ ዝያዳ ገዲዱ ወይ ብዝያዳ ተደጋጊሙዶ?
q-exploit-always-afraid = ነቲ ወይ ነቶም ዝቆጻጸሩኹም ሰባት፣ ኣብ ቀረባኹም ኣብ ዘይብሉሉ እዋን’ውን፣ ትፈርሕዎምዶ?
q-exploit-always-afraid-youth = ኣብ ቀረባኹም ኣብ ዘይብሉሉ እዋን’ውን ትፈርሕዎምዶ?
q-exploit-suicide-self = ባዕልኹም ነብስኹም ናይ ምቕታል ሓሳብ ኣለኩምዶ?
q-exploit-suicide-self-youth = ባዕልኹም ክትሞቱ ከም እትደልዩ፣ ወይ ነብስኹም ክትቐትሉ ሓሲብኩም ትፈልጡዶ?
## Questions: someone you are worried about

q-worried-afraid = እቲ እትሻቐልሉ ሰብ ንሓደ ሰብ ዝፈርሕ፣ ወይ ናብ ገዛ ምኻድ ዘሻቕሎ ይመስልዶ?
q-worried-isolated = እቲ እትሻቐልሉ ሰብ ምስ መሓዙት ወይ ስድራ ምርኻብ፣ ወይ ቀደም ዝፈትዎ ዝነበረ ነገራት ምግባር ኣቋሪጹዶ?
q-worried-controlled = ሓደ ሰብ ንእትሻቐልሉ ሰብ ዝቆጻጸሮ ይመስልዶ፣ ንኣብነት ምስ መን ክራኸብ ወይ ናበይ ክኸይድ ከም ዝኽእል?
q-worried-phone = ሓደ ሰብ ተሌፎን እቲ እትሻቐልሉ ሰብ ይፍትሽዶ፣ ወይ ወትሩ ብቕጽበት ክምልስን ኣበይ ከም ዘሎ ክነግርን ይግደድዶ?
q-worried-followed = ሓደ ሰብ፣ ኣብ ኢንተርነት ወይ ኣብ ናይ ብሓቂ ህይወት፣ ነቲ እትሻቐልሉ ሰብ ዋላ እንተዘይደለየ ይስዕቦ፣ ይከታተሎ ወይ ብተደጋጋሚ ይራኸቦዶ?
q-worried-money = ካልእ ሰብ፣ እቲ እትሻቐልሉ ሰብ ባዕሉ ክውስን ከይክእል፣ ገንዘቡ፣ ደሞዙ ወይ ካርድ ባንኩ ይቆጻጸርዶ?
q-worried-injuries = ኣብ ልዕሊ እቲ እትሻቐልሉ ሰብ፣ ክገልጾ ዘይደሊ ወይ ዘይክእል፣ ኣብ ቆርበቱ ሰማያዊ ወይ ጸሊም ምልክት (ሕብጠት) ወይ ጉድኣት ርኢኹም ትፈልጡዶ?
q-worried-hit = ሓደ ሰብ ንእትሻቐልሉ ሰብ ከም ዝወቕዖ፣ ከም ዝደፍኦ ወይ ሒዙ ከም ዘጽንዖ ርኢኹም፣ ሰሚዕኩም ወይ ተነጊሩኩም ይፈልጥዶ?
q-worried-neck = ሓደ ሰብ ነቲ እትሻቐልሉ ሰብ ከም ዝሓነቖ፣ ክሳዱ ከም ዝጨበጦ ወይ ምስትንፋስ ከም ዘጸገሞ ከም ዝገበረ ሰሚዕኩም ወይ ተነጊሩኩም ይፈልጥዶ?
q-worried-weapon = ሓደ ሰብ ንእትሻቐልሉ ሰብ ብካራ፣ ብብረት ወይ ብካልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሑዎ ይፈልጥዶ?
q-worried-kill = ሓደ ሰብ ንእትሻቐልሉ ሰብ፣ ወይ ንቐረባኡ፣ ክቐትል ምዃኑ ኣፈራሪሑ ይፈልጥዶ?
q-worried-sex = እቲ እትሻቐልሉ ሰብ ሓደ ሰብ ጾታዊ ርክብ ወይ ጾታዊ ተግባራት ክገብር ከም ዘገደዶ ወይ ከም ዝጸቐጦ ነጊሩኩም ይፈልጥዶ?
q-worried-selling-sex = እቲ እትሻቐልሉ ሰብ ጾታዊ ርክብ ይሸይጥ፣ ወይ ሓደ ሰብ ከምኡ ክገብር የገድዶ ኢልኩም ትሓስቡዶ?
q-worried-sex-for-things = እቲ እትሻቐልሉ ሰብ ካብ ብምትኽኻእ ጾታዊ ርክብ ዝደሊ ሰብ ገንዘብ፣ ህያባት፣ ድራግ ወይ መደቀሲ ቦታ ይረክብዶ?
q-worried-honour = ስድራ ወይ ኣዝማድ እቲ እትሻቐልሉ ሰብ መን ዓርኩ ክኸውን ከም ዝኽእል፣ እንታይ ክኽደን ከም ዝኽእል ወይ ክመሃር ከም ዝኽእልን ዘይክእልን ይውስኑዶ?
q-worried-trip = እቲ እትሻቐልሉ ሰብ ኣንጻር ድሌቱ ክሕጾ፣ ክምርዖ ወይ ናብ ወጻኢ ክስደድ ምዃኑ ነጊሩኩምዶ፣ ወይ ድሮ ተመርዕዩዶ?
q-worried-cutting = ሓደ ሰብ ኣካል ጾታ እቲ ቆልዓ ክቖርጽ ከም ዝውጥን – ማለት ኣካል ጾታ ናይ ጓል ምቑራጽ፣ ሓደ ሓደ ግዜ ግዝረት ዝበሃል – ወይ ንኽግበረሉ እቲ ቆልዓ ናብ ወጻኢ ክጓዓዝ ምዃኑ ሰሚዕኩም ወይ ተነጊሩኩም ይፈልጥዶ?
q-worried-care = እቲ እትሻቐልሉ ሰብ ኣብ መዓልታዊ ህይወት ሓገዝ እንተ ዘድልዮ፦ ዘድልዮ መግቢ፣ መድሃኒት ወይ ካልእ ሓገዝ ዝሰኣን ይመስልዶ?
q-worried-care-youth = እቲ እትሻቐልሉ ሰብ መግቢ፣ ጽሩይ ክዳን ወይ ምስ ሓመመ ሓገዝ ዝሰኣን ይመስልዶ?
q-worried-children-home = ኣብቲ ገዛ ዓመጽ ወይ ምፍርራሕ ክርእዩ ወይ ክሰምዑ ዝኽእሉ ቆልዑ ኣለዉዶ?
q-worried-suicide = እቲ እትሻቐልሉ ሰብ ክነብር ከም ዘይደሊ፣ ወይ ነብሱ ክቐትል ከም ዝሓስብ ተዛሪቡ ይፈልጥዶ?
q-worried-careful = እቲ እትሻቐልሉ ሰብ ሓደ ሰብ ከይቑጣዕ ኢሉ፣ ብዙሕ ግዜ ብዛዕባ ዝብሎን ዝገብሮን ዝሓስብ ይመስልዶ?
q-worried-debts = እቲ እትሻቐልሉ ሰብ ካልእ ሰብ ዝወሰዶ ዕዳ ኣለዎዶ፣ ወይ ንመግብን ንኻልእ ዘድልዮ ነገራትን ገንዘብ ይሓጽሮዶ?
q-worried-worse = ኣብዚ ቀረባ ግዜ ዝያዳ ዝገደደ ይመስልዶ፣ ንኣብነት ዝያዳ ጉድኣት፣ ዝያዳ ምፍርራሕ ወይ ዝያዳ ፍርሒ?
q-worried-leaving = እቲ እትሻቐልሉ ሰብ ቀረባ ግዜ ንዝፈርሖ መጻምድቱ ገዲፉዶ፣ ወይ ክገድፍ ይሓስብዶ?
q-worried-could-kill = ሓደ ሰብ ንእትሻቐልሉ ሰብ ክቐትሎ ይኽእል እዩ ኢልኩም ትሓስቡዶ፣ ወይ እቲ ሰብ ባዕሉ ከምኡ ኢሉኩም ይፈልጥዶ?
q-worried-sex-images = ሓደ ሰብ ጾታዊ ስእልታት እቲ እትሻቐልሉ ሰብ ክዝርግሕ፣ ወይ ክዝርግሕ ከፈራርሕ ርኢኹም ትፈልጡዶ?
q-worried-honour-love = ካልእ ሰብ እቲ እትሻቐልሉ ሰብ ምስ መን ክኸውን ወይ ምስ መን ክምርዖ ከም ዝኽእል ይውስንዶ?
q-worried-left-alone = እቲ እትሻቐልሉ ሰብ ባዕሉ ክመሓደር ዘይክእል ክነሱ፣ ንነዊሕ ግዜ በይኑ ወይ ብዘይ መሳርሒ ሓገዙ ይግደፍዶ?
q-worried-children-scared = እቶም ኣብቲ ገዛ ዘለዉ ቆልዑ ብዘሻቕለኩም መንገዲ ፍርሃት፣ ጭንቀት ወይ ጓሂ ዘለዎም ይመስሉዶ?
## Questions: I have hurt or frightened someone close to me

q-used-put-down = ንቐረባኹም ዝኾነ ሰብ ክሳብ ዝፈርሕ ጸሪፍኩምዎ፣ ኣዋሪድኩምዎ ወይ ጨዲርኩምሉ ትፈልጡዶ?
q-used-control = መጻምድትኹም ወይ ካብ ስድራኹም ሓደ ሰብ ምስ መን ክራኸብ፣ ናበይ ክኸይድ ወይ እንታይ ክኽደን ከም ዝኽእል ወሲንኩም ትፈልጡዶ?
q-used-control-youth = ምስኡ ፍቕሪ ዘለኩም ሰብ ወይ ሓውኹም/ሓብትኹም ምስ መን ክራኸብ ወይ እንታይ ክኽደን ከም ዝኽእል ወሲንኩም ትፈልጡዶ?
q-used-phone = ብዘይ ፍቓድ ናይ ካልእ ሰብ መልእኽትታት ኣንቢብኩም፣ ቃል-ምሕላፉ (password) ሓቲትኩም ወይ ተሌፎኑ ፈቲሽኩም ትፈልጡዶ?
q-used-images = ካልኦት ክርእይዎም ዘይደለዮም ስእልታት ወይ ቪድዮታት ናይ ሓደ ሰብ ዘርጊሕኩም ወይ ክትዝርግሑ ኣፈራሪሕኩም ትፈልጡዶ?
q-used-money = ናይ ሓደ ሰብ ገንዘብ ወሲድኩም፣ ወይ ባዕሉ ክጥቀመሉ ከይክእል ተቖጻጺርኩምዎ ትፈልጡዶ?
q-used-break = ምስ ተቖጣዕኩም ነገራት ሰቢርኩም፣ ነገራት ደርቢኹም ወይ መናድቕ ወይ ማዕጾታት ወቒዕኩም ትፈልጡዶ?
q-used-hit = መጻምድትኹም ወይ ካብ ስድራኹም ሓደ ሰብ ወቒዕኩም፣ ደፊእኩም፣ ረጊጽኩም ወይ ሒዝኩም ኣጽኒዕኩም ትፈልጡዶ?
q-used-hit-youth = ካብ ስድራኹም ሓደ ሰብ፣ ንኣብነት ወላዲ ወይ ሓው/ሓብቲ፣ ወይ ምስኡ ፍቕሪ ዘለኩም ሰብ ወቒዕኩም፣ ደፊእኩም ወይ ረጊጽኩም ትፈልጡዶ?
q-used-neck = ዝኾነ ግዜ ንሓደ ሰብ ሓኒቕኩም፣ ክሳዱ ጨቢጥኩም ወይ ክሳዱ ጸቒጥኩም ትፈልጡዶ?
q-used-weapon = ንሓደ ሰብ ብካራ፣ ብብረት ወይ ብካልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሕኩም ትፈልጡዶ?
q-used-weapon-youth = ንሓደ ካብ ስድራኹም ወይ ምስኡ ፍቕሪ ዘለኩም ሰብ ብካራ ወይ ብኻልእ ክጎድእ ዝኽእል ነገር ኣፈራሪሕኩም ትፈልጡዶ?
q-used-kill = ዋላ’ኳ ብሓቂ እንተዘይኣመትኩምሉ፣ ንቐረባኹም ዝኾነ ሰብ ክትቐትሉ ምዃንኩም ተዛሪብኩም ትፈልጡዶ?
q-used-kill-youth = ንሓደ ካብ ስድራኹም ወይ ምስኡ ፍቕሪ ዘለኩም ሰብ፣ ክሳብ ዝፈርሕ፣ ክትቐትልዎ ምዃንኩም ኣፈራሪሕኩም ትፈልጡዶ?
q-used-sex = ንሓደ ሰብ ጾታዊ ርክብ ክገብር ጸቒጥኩምዎ ወይ ኣገዲድኩምዎ፣ ወይ ኣይፋል ክብል ወይ ዘይደሊ ክመስል ከሎ ቀጺልኩም ትፈልጡዶ?
q-used-children-see = ኣብ ገዛ ዓመጽ ወይ ምፍርራሕ ክትፍጽሙ ከለኹም ቆልዑ ርእዮም ወይ ሰሚዖም ይፈልጡዶ?
q-used-children-see-youth = ንኣሽቱ ኣሕዋትኩም ወይ ካልኦት ቆልዑ ኣብ ገዛ ዓመጽ ወይ ምፍርራሕ ክትፍጽሙ ከለኹም ርእዮም ወይ ሰሚዖም ይፈልጡዶ?
q-used-afraid = ቀረባኹም ዝኾነ ሰብ ይፈርሓኩም እዩ ኢልኩም ትሓስቡዶ?
q-used-exposed = ኣብ ገዛ ወይ ኣብ ዝምድና፣ ሓደ ሰብ ንዓኹም’ውን ዝጎድኣኩም፣ ዘፈራርሓኩም ወይ ዝቆጻጸረኩም ግዜ ኣሎዶ?
q-used-money-work = መጻምድትኹም ወይ ካብ ስድራኹም ሓደ ሰብ ካብ ምስራሕ ወይ ምምሃር ከልኪልኩምዎ፣ ወይ ብስሙ ልቓሕ ወሲድኩም ትፈልጡዶ?
q-used-money-work-youth = ሓደ ሰብ ገንዘብ ወይ ነገራት ክህበኩም ኣገዲድኩምዎ ትፈልጡዶ?
q-used-pets = ንሓደ ሰብ ከተፍርሕዎ ኢልኩም እንስሳ ጎዲእኩም ወይ ክትጎድኡ ኣፈራሪሕኩም ትፈልጡዶ?
q-used-worse = ኣብዚ ዝሓለፈ ዓመት ብዝያዳ ተደጋጊሙ ወይ ዝያዳ ገዲዱዶ?
q-used-sex-sulk = መጻምድትኹም ዝኾነ ሰብ ጾታዊ ርክብ ምስ ዘይደለየ፣ ተቖጢዕኩም፣ ኩርዕ ኢልኩም ወይ ኣፈራሪሕኩም ትፈልጡዶ?
q-used-contact-ban = kontaktförbud (ርክብ ዝኽልክል ውሳነ) እናሃለወኩም፣ ምስ ሓደ ሰብ ተራኺብኩም ወይ ናብቲ ዘለዎ ቦታ ከይድኩም ትፈልጡዶ?
q-used-children-afraid = ምስ ተቖጣዕኩም፣ ሓደ ቆልዓ ፈሪሑኩም፣ ወይ ደው ከብለኩም ወይ ንሓደ ሰብ ክከላኸለሉ ፈቲኑ ይፈልጥዶ?
q-used-careful = ቀረባኹም ዝኾነ ሰብ ከይትቑጥዑ ኢሉ ስቕ ከም ዝብል ወይ ከም ዝጥንቀቕ ተስተውዕሉዶ?
q-used-suicide-self = ባዕልኹም ነብስኹም ናይ ምቕታል ሓሳብ ኣለኩምዶ?
## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = ኣካላዊ ዓመጽ
category-physical-text = ሓደ ሰብ ክወቕዓኩም፣ ክደፍኣኩም፣ ሒዙ ከጽንዓኩም ወይ ብኻልእ መንገዲ ክጎድኣኩም ከሎ ዓመጽ እዩ። ገበን እዩ፣ ፈጺሙ ድማ ናትኩም ጌጋ ኣይኮነን።
category-physical-text-worried = ሓደ ሰብ ንእትሻቐልሉ ሰብ ክወቕዖ፣ ክደፍኦ ወይ ክጎድኦ ከሎ ዓመጽን ገበንን እዩ። ፈጺሙ ናቱ ጌጋ ኣይኮነን።
category-physical-text-used = እቲ ዝገለጽኩምዎ ኣካላዊ ዓመጽ እዩ። ደው ምባል ይከኣል እዩ፣ ሓገዝ’ውን ኣሎ።
category-psychological-title = ስነ-ኣእምሮኣዊ ዓመጽ
category-psychological-text = ምፍርራሕ፣ ምልጋጽ፣ ምቁጽጻርን ምስ ካልኦት ከይትራኸቡ ምኽልካልን’ውን ዓመጽ እዩ። ከም ምውቃዕ ዝኣክል ክጎድእ ይኽእል እዩ።
category-psychological-text-worried = ምፍርራሕ፣ ምልጋጽን ምቁጽጻርን፣ ዋላ ዝርአ ነገር እንተዘየሎ፣ ዓመጽ እዩ። ነቲ ሰብ ሓገዝ ንምሕታት ከጸግሞ ይኽእል እዩ።
category-psychological-text-used = ንሓደ ሰብ ምፍርራሕ፣ ምውራድ ወይ ምቁጽጻር ስነ-ኣእምሮኣዊ ዓመጽ እዩ። ደው ከተብሉ ክትመርጹ ትኽእሉ ኢኹም፣ ንኽትዕወቱ ዝሕግዝ ደገፍ’ውን ኣሎ።
category-sexual-title = ጾታዊ ዓመጽ
category-sexual-text = ኩሉ ጾታዊ ርክብ፣ ምስ መጻምድቲ’ውን እንተኾነ፣ ብፍቓድ ክኸውን ኣለዎ። ናብ ዝኾነ ጾታዊ ነገር ክትጽቀጡ ወይ ክትግደዱ ከለኹም ዓመጽን ገበንን እዩ።
category-sexual-text-worried = ዝኾነ ሰብ ንሓደ ሰብ ናብ ጾታዊ ነገር ክጸቕጦ ወይ ከገድዶ ኣይፍቀድን። ኣብ ውሽጢ ርክብ’ውን እንተኾነ ዓመጽን ገበንን እዩ።
category-sexual-text-used = ንሓደ ሰብ ናብ ጾታዊ ርክብ ምጽቃጥ፣ ንኣብነት ኣይፋል ክብል ከሎ ብምቑጣዕ ወይ ብምኹራይ፣ ጾታዊ ዓመጽ እዩ። ብሓይሊ ምግዳድ ድማ ብተወሳኺ ገበን እዩ። ኩሉ ጾታዊ ርክብ ብፍቓድ ክኸውን ኣለዎ፣ ኣገባብኩም ክትቕይሩ ንእትደልዩ ድማ ሓገዝ ኣሎ።
category-economic-title = ቁጠባዊ ዓመጽ
category-economic-text = ሓደ ሰብ ንኽቆጻጸረኩም ኢሉ ገንዘብኩም ክወስድ፣ ክቆጻጸሮ ወይ ኣብ ዕዳ ከእትወኩም ከሎ ቁጠባዊ ዓመጽ እዩ።
category-economic-text-worried = ሓደ ሰብ ንኽቆጻጸሮ ኢሉ ገንዘብ እቲ እትሻቐልሉ ሰብ ክወስድ ወይ ክቆጻጸሮ ከሎ ቁጠባዊ ዓመጽ እዩ።
category-economic-text-used = ንሓደ ሰብ ንምቁጽጻር ገንዘቡ ምውሳድ ወይ ምቁጽጻር ቁጠባዊ ዓመጽ እዩ። ክቕየር ይኽእል እዩ፣ ደገፍ’ውን ኣሎ።
category-material-title = ንብረታዊ ዓመጽ
category-material-text = ሓደ ሰብ ንኸፍርሓኩም ኢሉ ንብረትኩም ከበላሹ ወይ እንስሳኹም ክጎድእ ከሎ’ውን ዓመጽ እዩ።
category-material-text-used = ነገራት ምስባር ወይ እንስሳ ምጉዳእ ንኻልኦት የፍርሕ፣ ሓደ ዓይነት ዓመጽ ድማ እዩ። ደው ምባል ይከኣል እዩ፣ ንእኡ ዝኸውን ደገፍ’ውን ኣሎ።
category-digital-title = ዲጂታላዊ ዓመጽ
category-digital-text = ሓደ ሰብ ተሌፎንኩም ክፍትሽ፣ ኣበይ ከም ዘለኹም ክከታተል ወይ ስእልታትኩም ክዝርግሕ ከሎ፣ ኣብ ኢንተርነት’ውን እንተኾነ፣ ዓመጽ እዩ።
category-digital-text-worried = ሓደ ሰብ ተሌፎን እቲ እትሻቐልሉ ሰብ ክፍትሽ፣ ኣበይ ከም ዘሎ ክከታተል ወይ ስእልታቱ ክዝርግሕ ከሎ፣ ኣብ ኢንተርነት’ውን እንተኾነ፣ ዓመጽ እዩ።
category-digital-text-used = ተሌፎን ሓደ ሰብ ምፍታሽ፣ ኣበይ ከም ዘሎ ምክትታል ወይ ስእልታቱ ምዝርጋሕ ዲጂታላዊ ዓመጽ እዩ። ደው ምባል ይከኣል እዩ፣ ሓገዝ’ውን ኣሎ።
category-latent-title = ብፍርሒ ምንባር
category-latent-text = ወትሩ ምፍራሕን ዓመጽ ንምውጋድ ኩሉ ግዜ ምጥንቃቕን ዝተሓብአ ዓመጽ ይበሃል። እቲ ፍርሒ ገለ ነገር ጌጋ ምዃኑ ዘርኢ ምልክት እዩ፣ ናትኩም ጌጋ ድማ ኣይኮነን።
category-latent-text-worried = ወትሩ ምፍራሕን ኩሉ ግዜ ምጥንቃቕን ዝተሓብአ ዓመጽ ይበሃል። ፍርሒ እቲ ሰብ ብዕቱብ ክውሰድ ዘለዎ ኣገዳሲ ምልክት እዩ።
category-latent-text-used = ሓደ ሰብ ክፈርሓኩምን ንዓኹም ኢሉ ኩሉ ግዜ ክጥንቀቕን ከሎ ዝተሓብአ ዓመጽ ይበሃል። ነዚ ምርኣይኩም ኣገዳሲ ቀዳማይ ስጉምቲ እዩ።
category-neglect-title = ሸለልትነት
category-neglect-text = ኣብ መዓልታዊ ህይወት ሓገዝ እንተ ዘድልየኩም፣ ክትረኽብዎ መሰልኩም እዩ፣ ዝሕግዘኩም ሰብ ድማ ክጎድኣኩም፣ ከፈራርሓኩም ወይ ከዋርደኩም ኣይፍቀዶን። ምሕጋዝ ምእባይ፣ ወይ ዘድልየኩም ካባኹም ምውሳድ፣ ሸለልትነት እዩ።
category-neglect-text-worried = ሓገዝ ዘድልዮ ሰብ መግቢ፣ መድሃኒት ወይ ክንክን ክስእን ከሎ ሸለልትነት እዩ። ሓገዝ ክረክብ መሰሉ እዩ።
category-honour-title = ምስ ክብሪ ዝተተሓሓዘ ዓመጽን ጭቆናን
category-honour-text = ስድራኹም ወይ ኣዝማድኩም ስለ ስም ስድራ ኢሎም ብሓባር ምስ መን ክትኮኑ፣ እንታይ ክትክደኑ ወይ ንመን ክትምርዓዉ ከም ዘለኩም ክውስኑ ከለዉ፣ ምስ ክብሪ ዝተተሓሓዘ ዓመጽን ጭቆናን ክኸውን ይኽእል። ብዛዕባ ናይ ገዛእ ርእስኹም ህይወት ክትውስኑ መሰልኩም እዩ።
category-honour-text-worried = ስድራ ወይ ኣዝማድ ስለ ስም ስድራ ኢሎም ብሓባር ናይቲ እትሻቐልሉ ሰብ ህይወት፣ መሓዙት፣ ክዳውንቲ ወይ መርዓ ክቆጻጸሩ ከለዉ፣ ምስ ክብሪ ዝተተሓሓዘ ዓመጽን ጭቆናን ክኸውን ይኽእል። እቲ ሰብ ብዛዕባ ናይ ገዛእ ርእሱ ህይወት ክውስን መሰሉ እዩ።
category-children-witnessing-title = ዓመጽ ዝርእዩ ወይ ዝሰምዑ ቆልዑ
category-children-witnessing-text = ኣብ ገዛ ዓመጽ ዝርእዩ ወይ ዝሰምዑ ቆልዑ ባዕላቶም’ውን ንዓመጽ ይቃልዑ እዮም። ሓለዋን ደገፍን ክረኽቡ መሰሎም እዩ።
category-children-witnessing-text-worried = ኣብ ገዛ ዓመጽ ዝርእዩ ወይ ዝሰምዑ ቆልዑ ባዕላቶም’ውን ንዓመጽ ይቃልዑ እዮም። Socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ንቖልዓን ንስድራን ክድግፍ ይኽእል እዩ።
category-children-witnessing-text-used = ዓመጽ ዝርእዩ ወይ ዝሰምዑ ቆልዑ፣ ኣብ ሓደ ክፍሊ’ኳ እንተዘይሃለዉ፣ ብዙሕ ይጽለዉ እዮም። ሓገዝ ምድላይኩም ንዓኣቶም’ውን ጽቡቕ እዩ።
category-coerced-sex-title = ጾታዊ ርክብ ክትሸጡ ምጽቃጥ
category-coerced-sex-text = ዝኾነ ሰብ ጾታዊ ርክብ ክትሸጡ ክጸቕጠኩም፣ ከታልለኩም ወይ ከገድደኩም ኣይፍቀዶን። ኣብ ሽወደን ጌጋ ዝገብር እቲ ጾታዊ ርክብ ዝዕድግ ወይ ብኡ ገንዘብ ዝረክብ ሰብ እዩ፣ ፈጺሙ ንስኹም ኣይኮንኩምን።
category-coerced-sex-text-worried = ዝኾነ ሰብ ንሓደ ሰብ ጾታዊ ርክብ ክሸይጥ ክጸቕጦ፣ ከታልሎ ወይ ከገድዶ ኣይፍቀዶን። ጾታዊ ርክብ ዝሸይጥ ሰብ ኣብ ሽወደን ገበን ኣይፍጽምን፣ ደገፍ ክረክብ ድማ መሰሉ እዩ።
category-forced-labour-title = ክትሰርሑ፣ ክትልምኑ ወይ ገበን ክትፍጽሙ ምግዳድ
category-forced-labour-text = ሓደ ሰብ ብሓሶት ተስፋ ኣታሊሉ ናብዚ ከምጽኣኩም፣ ኣበይ ከም እትነብሩን እትሰርሑን ክውስን፣ ካብ ቦታ ናብ ቦታ ከግዕዘኩም፣ ወይ ክትልምኑ ወይ ገበን ክትፍጽሙ ከገድደኩም ከሎ፣ ንግዲ ደቂ ሰብ ወይ ምዝመዛ ደቂ ሰብ ክኸውን ይኽእል። ጌጋ ዝገበርኩም ንስኹም ኣይኮንኩምን፣ ደገፍ ክትረኽቡ ድማ መሰልኩም እዩ።
category-debt-bondage-title = ባርነት ዕዳ
category-debt-bondage-text = ሓደ ሰብ ብስራሕ ክትከፍልዎ ዘለኩም፣ ፈጺሙ ዘይውዳእ ዕዳ ኣለኩም ክብለኩም ከሎ፣ ንስኹም ንምቁጽጻር ዝጥቀመሉ መንገዲ እዩ። ንግዲ ደቂ ሰብ ክኸውን ይኽእል እዩ።
category-documents-taken-title = ካባኹም ዝተወስደ ፓስፖርትን ወረቓቕትን
category-documents-taken-text = ዝኾነ ሰብ ፓስፖርትኩም፣ መንነትኩም ወይ ወረቓቕትኹም ክወስድ ኣይፍቀዶን። ንኽቆጻጸረኩም ኢሉ ምሓዞም ምልክት ምግዳድ እዩ።
## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = ንሓደ ሰብ ምሕናቕ፣ ወይ ምስትንፋስ ክሳብ ዘጸግም ክሳዱ ምጽቃጥ፣ ካብቶም ኣዝዮም ከበድቲ ምልክታት ሓደጋ ሓደ እዩ – ዋላ ዝኾነ ኣሰር እንተዘይተራእየ።
danger-weapon = ብካራ፣ ብብረት ወይ ብኻልእ ነገራት ምፍርራሕ ከቢድ ምልክት ሓደጋ እዩ።
danger-weapon-access = ኣብ ገዛ ብረት ምህላው፣ ወይ እቲ ዘፈራርሕ ሰብ ብቐሊሉ ብረት ክረክብ ምኽኣሉ፣ ሓደጋ ከቢድ ዓመጽ ይውስኽ።
danger-threat-to-kill = ምፍርራሕ ቅትለት፣ ብቑጥዓ’ኳ እንተተባህለ፣ ወትሩ ብዕቱብ ክውሰድ ኣለዎ።
danger-believes-could-kill = ሓደ ሰብ እቲ ካልእ ሰብ ክቐትሎ ይኽእል እዩ ኢሉ ክሓስብ ከሎ፣ ኣገዳሲ ምልክት ሓደጋ እዩ።
danger-escalation = ዓመጽ ወይ ምፍርራሕ ክገድድ ወይ ክደጋገም ከሎ፣ ሓደጋ ከቢድ ዓመጽ ይውስኽ።
danger-separation = እቲ ካልእ ሰብ ዓመጸኛ ወይ ተቆጻጻሪ እንተ ኔሩ፣ እቲ ግዜ ምፍልላይ ብፍላይ ሓደገኛ ክኸውን ይኽእል።
danger-pregnancy = ኣብ ግዜ ጥንሲ ዓመጽ፣ ንነፍሰ-ጾርን ንህጻንን ከቢድ ምልክት ሓደጋ እዩ።
danger-jealousy = ናብ ምቁጽጻር፣ ክሲ ወይ ምፍርራሕ ዘብጽሕ ብርቱዕን ቀጻልን ቅንኢ ከቢድ ምልክት ሓደጋ እዩ።
danger-suicide-threats = ሓደ ሰብ፣ ንኣብነት ዝምድና እንተ ተቛሪጹ፣ ነብሱ ክቐትል ምዃኑ ከፈራርሕ ከሎ፣ ከቢድ ምልክት ሓደጋ እዩ – ኣብ ጥቓኡ ንዘለዉ ካልኦት’ውን።
danger-contact-ban-broken = kontaktförbud (ርክብ ዝኽልክል ውሳነ) ክጥሓስ ከሎ ከቢድ ምልክት ሓደጋን ገበንን እዩ።
danger-stalking = ወትሩ ምስዓብ፣ ምክትታል ወይ ምርካብ ከቢድ ምልክት ሓደጋ እዩ፣ ገበን’ውን ክኸውን ይኽእል።
danger-forced-trip-or-marriage = ኣንጻር ድሌት ሓደ ሰብ ዝውጠን መርዓ ወይ ጉዕዞ ናብ ወጻኢ ከቢድ ምልክት ሓደጋ እዩ። ቅድሚ እቲ ጉዕዞ ሓለዋ ምርካብ ይከኣል እዩ።
danger-honour-violence-before = ስድራ ወይ ኣዝማድ ቅድሚ ሕጂ ኣብ ልዕሊ ሓደ ሰብ፣ ከም ድሌቶም ስለ ዘይነበረ፣ ዓመጽ፣ ምፍርራሕ ወይ ግዳጅ ተጠቒሞም እንተ ኾይኖም፣ ከቢድ ምልክት ሓደጋ እዩ።
danger-threats-to-children = ኣብ ልዕሊ ቆልዑ ዝግበር ምፍርራሕ ከቢድ ምልክት ሓደጋ እዩ። ቆልዑ ሓለዋ ክረኽቡ መሰሎም እዩ።
danger-child-sexual-abuse = ዝኾነ ሰብ ኣብ ልዕሊ ቆልዓ ጾታዊ ነገር ክገብር ኣይፍቀዶን። ከቢድ ገበን እዩ፣ እቲ ቆልዓ ድማ ብቕጽበት ሓለዋ ክረክብ መሰሉ እዩ።
danger-child-sexual-exploitation = ዝኾነ ሰብ ንቆልዓ ብምትኽኻእ ጾታዊ ነገር ገንዘብ፣ ነገራት፣ ድራግ ወይ መደቀሲ ቦታ ክህቦ ኣይፍቀዶን። ገበን እዩ፣ እቲ ቆልዓ ድማ ሓለዋ ክረክብ መሰሉ እዩ።
danger-child-marriage = ኣብ ሽወደን ትሕቲ 18 ዓመት ዝዕድሜኦም ሰባት ክምርዓዉ ኣይፍቀደሎምን፣ ንሓደ ሰብ ናብ መርዓ ምግዳድ ድማ ገበን እዩ። ክሕጾ ወይ ክምርዖ ዝጽቀጥ ቆልዓ ሓለዋ ክረክብ መሰሉ እዩ።
danger-genital-mutilation = ምቑራጽ ኣካል ጾታ (ግዝረት) ኣብ ሽወደን ክልኩል እዩ፣ ኣብ ካልእ ሃገር እንተ ተገብረ’ውን። ኣብዚ ሓደጋ ዘሎ ቆልዓ ብቕጽበት ሓለዋ ክረክብ መሰሉ እዩ።
danger-sextortion = ሓደ ሰብ ተወሳኺ ስእልታት ወይ ገንዘብ ንምርካብ ስእልታት ቆልዓ ክዝርግሕ ከፈራርሕ ከሎ ከቢድ ገበን እዩ። እቲ ቆልዓ ሓለዋን ደገፍን ክረክብ መሰሉ እዩ።
danger-suicidal-thoughts = ሓሳብ ርእሰ-ቅትለት ወትሩ ብዕቱብ ክውሰድ ኣለዎ። መዓልትን ለይትን ሓገዝ ክርከብ ይከኣል።
## Advice for each warning sign, worded for each reader: -advice for the person it happens to,
## -advice-worried for someone who is worried and -advice-used for someone who has used violence.
## At most about fifty words; never urge anyone to confront anyone. The source of each piece of
## advice is in a comment above it.

# Source: Glass et al. 2008 and Campbell's Danger Assessment (item 10): strangulation is among the strongest predictors of homicide. Absent marks do not mean absent injury: the police (polisen.se, 2024: 'yttre tecken kan helt saknas') and the Prosecution Authority (aklagare.se, 2025); delayed symptoms in clinical guidance (ACEP). No NCK or 1177 page on delayed symptoms was found.
danger-strangulation-advice = ዋላ ዝኾነ ነገር እንተዘይተራእየ፣ ኣብታ መዓልቲ’ቲ ሕክምና ድለዩ፣ ዝበለጸ ኣብ ክፍሊ ህጹጽ ሕክምና (akutmottagning)። ምስትንፋስ፣ ምውሓጥ ወይ ምዝራብ እንተ ጸገመኩም፣ ወይ እንተ ተደናገርኩም፣ ናብ 112 ደውሉ። ጉድኣት ክሳድ ድሕሪ ግዜ ጥራይ ክፍለጥ ይኽእል። እንተደሊኹም፣ ሰራሕተኛታት ሕክምና ነቲ ጉድኣት ክምዝግብዎ ይኽእሉ።
danger-strangulation-advice-worried = ጉድኣት ክሳድ ድሕሪ ግዜ ጥራይ ክፍለጥ ስለ ዝኽእል፣ ዋላ ዝኾነ ነገር እንተዘይተራእየ፣ እቲ ሰብ ኣብታ መዓልቲ’ቲ ሕክምና ክደሊ ይግባእ። ምስኡ ክትከዱ ሓሳብ ከተቕርቡ ትኽእሉ ኢኹም። ምስትንፋስ እንተ ጸገሞ፣ ናብ 112 ደውሉ።
danger-strangulation-advice-used = ንሓደ ሰብ ክሳዱ ምጭባጥ ወይ ምሕናቕ ክቐትል ይኽእል፣ ብቕልጡፍ ተፈጺሙ ዋላ ዝኾነ እንተዘይተራእየ’ውን። ሓደ ሰብ ምስትንፋስ እንተ ጸገሞ ወይ ንቕሓቱ እንተ ስሓተ፣ ብቕጽበት ናብ 112 ደውሉ። ደው ንምባል ሓገዝ ንምርካብ ናብ Välj att sluta (ዓመጽ ንምቁራጽ ዝሕግዝ መስመር ደገፍ) ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ደውሉ።
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 (revocation) and 4 (custody of weapons when there is a risk of misuse); DA item 5.
danger-weapon-advice = ሕጂ ሓደ ሰብ ብብረት የፈራርሓኩም እንተሎ፣ ናብ 112 ደውሉ። ክትድውሉ ከለኹም ብዛዕባ እቲ ብረት ንገሩ። ሓደ ሰብ ኣብ ልዕሊ ካልእ ክጥቀመሉ ሓደጋ እንተሃልዩ፣ ፖሊስ ካብቲ ሰብ ብረት ክወስድ ይኽእል።
danger-weapon-advice-worried = እቲ ሰብ ሕጂ ብብረት ይፈራራሕ እንተሎ፣ ናብ 112 ደውሉ እሞ ኣበይ ከም ዘሎ ንገሩ። ነቲ ዘፈራርሕ ሰብ ኣይትግጠምዎ።
danger-weapon-advice-used = እቲ ዘፈራርሕኩምሉ ነገር ኣርሕቕዎ፣ ወይ ብረት ናብ ፖሊስ ኣረክቡ። ሕጂ ንሓደ ሰብ ክትጎድኡ ከም እትኽእሉ እንተ ተሰሚዑኩም፣ ካብቲ ቦታ ውጹ እሞ ናብ 112 ደውሉ። Välj att sluta (ዓመጽ ንምቁራጽ ዝሕግዝ መስመር ደገፍ) ከምኡ’ውን socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ደው ንኽተብሉ ክሕግዙኹም ይኽእሉ።
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 and 4; DA item 2; FREDA-farlighetsbedömning (weapons at home).
danger-weapon-access-advice = እንተደሊኹም፣ ብረት ከም ዘሎ ናብ ፖሊስ፣ ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ወይ ናብ መስመር ደገፍ ክትሕብሩ ትኽእሉ ኢኹም። ሓደ ሰብ ንምጉዳእ ክጥቀመሉ ሓደጋ እንተሃልዩ፣ ፖሊስ ነቲ ብረት ክሕዞን ፍቓድ ብረት (vapenlicens) ክስሕቦን ይኽእል።
# Source: Brottsbalken 4:5 (olaga hot); lag (SFS 1988:688) om kontaktförbud: asked for through the police (114 14) or the Prosecution Authority, decided by a prosecutor or court (polisen.se, aklagare.se); DA item 6.
danger-threat-to-kill-advice = ነቲ ምፍርራሕ ናብ ፖሊስ ክሲ ከተቕርቡሉን kontaktförbud (ርክብ ዝኽልክል ውሳነ) ክትሓቱን ትኽእሉ ኢኹም። መልእኽትታት ዓቕቡ፣ እንታይ ከም ዝተባህለን መዓስን ጽሓፉ። ብኸመይ ውሑሳት ክትኮኑ ከም እትኽእሉ ምስ መስመር ደገፍ ተዛረቡ።
danger-threat-to-kill-advice-worried = ነቲ ምፍርራሕ ብዕቱብ ውሰድዎ። እቲ ሰብ ናብ ፖሊስ ክሲ ከቕርብን kontaktförbud (ርክብ ዝኽልክል ውሳነ) ክሓትትን ይኽእል። መልእኽትታት ንምዕቃብን ዝረኣኹምዎን ዝሰማዕኩምዎን ንምጽሓፍን ክትሕግዙ ትኽእሉ ኢኹም።
danger-threat-to-kill-advice-used = ምፍርራሕ ቅትለት የፍርሕ፣ ገበን’ውን እዩ፣ ብሓቂ እንተዘይኣመትኩምሉ’ውን። ደው ንምባል ሓገዝ ንምርካብ ምስ Välj att sluta (ዓመጽ ንምቁራጽ ዝሕግዝ መስመር ደገፍ) ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ተራኸቡ።
# Source: DA item 18 (the person's own belief that the other could kill them); FREDA-farlighetsbedömning's guidance: the person's own estimate of risk is on average as good as the instruments; safety planning with support services as in NCK's and the shelter movement's practice.
danger-believes-could-kill-advice = ንስምዒትኩም ብዕቱብ ውሰድዎ። ምስ መስመር ደገፍ፣ kvinnojour፣ tjejjour ወይ mansjour (ንደቂ ኣንስትዮ፣ ንኣዋልድ ወይ ንደቂ ተባዕትዮ ዝኾኑ ማእከላት ደገፍ)፣ ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ብሓባር ኮይንኩም፣ ብኸመይ ውሑሳት ክትኮኑ ከም እትኽእሉ መደብ ኣውጽኡ። ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ።
danger-believes-could-kill-advice-worried = ብዕቱብ ውሰድዎ። ናብ መስመር ደገፍ ደውሉ እሞ ነቲ ሰብ ብኸመይ ክትድግፍዎን ብኸመይ ውሑስ ክኸውን ከም ዝኽእልን ተዛረቡ። ነቲ ዘፈራርሕ ሰብ ኣይትግጠምዎ። እቲ ሰብ ሕጂ ኣብ ሓደጋ እንተሃልዩ፣ ናብ 112 ደውሉ።
# Source: DA item 1; documenting incidents and keeping evidence safe, as NCK and the police advise.
danger-escalation-advice = እንታይ ከም ዝፍጸምን መዓስን ጽሓፉ፣ ስእልታትን መልእኽትታትን ካልእ ሰብ ኣብ ዘይረኽቦ ቦታ ዓቕቡ። ምስ መስመር ደገፍ ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ብሓባር ንድሕንነትኩም መደብ ኣውጽኡ።
danger-escalation-advice-worried = እዚ ሓደጋ ይውስኽ ከም ዘሎ ዘርኢ ምልክት እዩ። ናብ መስመር ደገፍ ደውሉ እሞ ነቲ ሰብ ብኸመይ ክትድግፍዎ ከም እትኽእሉ ተዛረቡ። እቲ ሰብ ሕጂ ኣብ ሓደጋ እንተሃልዩ፣ ናብ 112 ደውሉ።
danger-escalation-advice-used = ክገድድ ከሎ፣ ሓደ ሰብ ከቢድ ጉድኣት ናይ ምርካብ ሓደጋ ይውስኽ። ሕጂ ሓገዝ ድለዩ፣ ንኣብነት ካብ Välj att sluta (ዓመጽ ንምቁራጽ ዝሕግዝ መስመር ደገፍ) ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት)። ሓደ ሰብ ኣብ ሓደጋ እንተሃልዩ፣ ናብ 112 ደውሉ።
# Source: DA item 3; Brå 2007:6 (separation problems and jealousy the most common motives for lethal partner violence); NCK's summary of Brå data (more than half in connection with separation). Never push a person to leave: whether and when is theirs.
danger-separation-advice = ቅድሚ ምፍልላይ፣ ኣብ ግዜኡን ድሕሪኡን ዘሎ ግዜ ብፍላይ ሓደገኛ ክኸውን ይኽእል። ትገድፉ እንተ ዄንኩምን መዓስን ባዕልኹም ትውስኑ። ክትገድፉ እንተ ሓሲብኩም፣ ምስ መስመር ደገፍ፣ kvinnojour ወይ mansjour (ንደቂ ኣንስትዮ ወይ ንደቂ ተባዕትዮ ዝኾኑ ማእከላት ደገፍ)፣ ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ብህድኣት መደብ ከተውጽኡሉ ትኽእሉ ኢኹም።
danger-separation-advice-worried = ቅድሚ ምፍልላይ፣ ኣብ ግዜኡን ድሕሪኡን ዘሎ ግዜ ብፍላይ ሓደገኛ ክኸውን ይኽእል። እቲ ሰብ ክገድፍ እንተ ሓሲቡ፣ ምስ መስመር ደገፍ፣ kvinnojour ወይ mansjour (ንደቂ ኣንስትዮ ወይ ንደቂ ተባዕትዮ ዝኾኑ ማእከላት ደገፍ)፣ ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) መደብ ከውጽእ ክትሕግዝዎ ትኽእሉ ኢኹም። ዝውስን እቲ ሰብ ባዕሉ እዩ።
# Source: DA item 15; HSLF-FS 2022:39 (replaced SOSFS 2014:4 on 1 November 2022); NCK and Graviditetsregistret: antenatal care asks every pregnant woman about violence, though not every woman recalls being asked.
danger-pregnancy-advice = ሕጂ ነፍሰ-ጾር እንተ ዄንኩም፣ እንታይ ይፍጸም ከም ዘሎ ንመሕረሲትኩም (barnmorska) ክትነግርዋ ትኽእሉ ኢኹም። እታ መሕረሲት ብልምዲ ብዛዕባ ዓመጽ ትሓትት፣ መጻምድትኹም ኣብ ዘይብሉ ዝርርብ’ውን ክትሕግዘኩምን ናብ ካልእ ደገፍ ከተራኽበኩምን ትኽእል። ምስ መስመር ደገፍ’ውን ክትዛረቡ ትኽእሉ ኢኹም።
# Source: DA item 14 (violent and constant jealousy).
danger-jealousy-advice = ቅንኢ ንምቁጽጻር ወይ ንምፍርራሕ መሰል ኣይህብን። እቲ ምቁጽጻር እንተ ወሰኸ ኣስተውዕሉ፣ እንታይ ይፍጸም ከም ዘሎን ብኸመይ ውሑሳት ክትኮኑ ከም እትኽእሉን ምስ መስመር ደገፍ ተዛረቡ።
# Source: DA item 16 (the other person's threats or attempts of suicide, which also signal danger to the partner).
danger-suicide-threats-advice = እቲ ካልእ ሰብ ንዝገብሮ ሓላፍነት የብልኩምን። እቲ ሰብ ኣብ ህጹጽ ሓደጋ እንተሃልዩ፣ ናብ 112 ደውሉ። ምፍርራሕ ርእሰ-ቅትለት ንዓኹም’ውን ሓደጋ ክኸውን ይኽእል እዩ፣ ስለዚ ብዛዕባ ናይ ባዕልኹም ድሕንነት ምስ መስመር ደገፍ ምዝራብ ጽቡቕ እዩ።
# Source: Lag (SFS 1988:688) om kontaktförbud: breaking a ban is a crime; SARA item 8 (violation of no-contact orders).
danger-contact-ban-broken-advice = kontaktförbud (ርክብ ዝኽልክል ውሳነ) ኣብ ዝተጥሕሰሉ ግዜ ኩሉ ናብ ፖሊስ ሕበሩ፣ መልእኽትታት፣ ዝርዝር ጻውዒታትን ነዚ ዘርኢ ካልእ ነገራትን ዓቕቡ። ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ።
danger-contact-ban-broken-advice-used = kontaktförbud (ርክብ ዝኽልክል ውሳነ) ምጥሓስ ገበን እዩ፣ ነቲ ክሕሎ ዘለዎ ሰብ ድማ የፍርሆ። ርሓቑ፣ ደገፍ ንምርካብ ድማ ምስ Välj att sluta (ዓመጽ ንምቁራጽ ዝሕግዝ መስመር ደገፍ) ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ተራኸቡ።
# Source: Brottsbalken 4:4 b (olaga förföljelse); DA item 19; the police on documenting stalking; safety advice on spyware: removing an app can be noticed (as on this tool's safety page).
danger-stalking-advice = መዓስን ኣበይን ከም ዝፍጸም ጽሓፉ፣ መልእኽትታት ድማ ዓቕቡ። ኣብ ተሌፎንኩም ዘይትፈልጥዎም ኣፕታት (apps) እንተለዉ ርኣዩ፣ እንተ ደምሲስኩምዎም ግን ክፍለጥ ከም ዝኽእል ኣስተውዕሉ። ናብ ፖሊስ ክሲ ከተቕርቡን kontaktförbud (ርክብ ዝኽልክል ውሳነ) ክትሓቱን ትኽእሉ ኢኹም።
danger-stalking-advice-worried = እቲ ሰብ መዓስን ኣበይን ከም ዝፍጸም ክጽሕፍን መልእኽትታት ክዕቅብን ይኽእል። ሕገ-ወጻዊ ምስዓብ (olaga förföljelse) ናብ ፖሊስ ክኽሰስ ዝኽእል ገበን እዩ። እትርእይዎ ብምጽሓፍ ክትሕግዙ ትኽእሉ ኢኹም።
# Source: LVU (SFS 1990:52) 31 a § (utreseförbud, travel ban for a child at risk of being taken abroad and harmed; since 1 July 2020, extended 1 June 2024 by prop. 2023/24:72); brottsbalken 4:4 c (äktenskapstvång); Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland); the Swedish Ministry for Foreign Affairs (UD) gives consular help abroad.
danger-forced-trip-or-marriage-advice = ቅድሚ እቲ ጉዕዞ ሓገዝ ክትረኽቡ ፈትኑ፦ ምስ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት)፣ ፖሊስ ወይ ናይ ምስ ክብሪ ዝተተሓሓዘ ዓመጽ መስመር ደገፍ ተራኸቡ። ንቖልዑ፣ socialtjänsten utreseförbud (ቆልዓ ካብ ሃገር ከይወጽእ ዝኽልክል ውሳነ) ክሓትት ይኽእል። ዋላ እንተ ተጓዓዝኩም፣ ቅዳሕ ፓስፖርት፣ ባትሪ ዝመልአ ተሌፎንን ቁጽሪ ኤምባሲ ሽወደንን ሓዙ።
danger-forced-trip-or-marriage-advice-worried = ስድራ ከይፈለጡ፣ ቅድሚ እቲ ጉዕዞ ስጉምቲ ውሰዱ፦ ምስ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት)፣ ፖሊስ ወይ ናይ ምስ ክብሪ ዝተተሓሓዘ ዓመጽ መስመር ደገፍ ተራኸቡ። ንቖልዑ utreseförbud (ቆልዓ ካብ ሃገር ከይወጽእ ዝኽልክል ውሳነ) ኣሎ። እቲ ሰብ ድሮ ኣብ ወጻኢ እንተሃልዩ፣ ሚኒስትሪ ወጻኢ ጉዳያት ሽወደን (UD) ክሕግዝ ይኽእል።
# Source: PATRIARK (earlier honour-based violence in the family or network).
danger-honour-violence-before-advice = ኣብ ልዕሊ ካልኦት ኣባላት ስድራ ዝተፈጸመ፣ ንዓኹም’ውን ሓደጋ ዝዓበየ ምዃኑ ከርኢ ይኽእል። ብኸመይ ውሑሳት ክትኮኑ ከም እትኽእሉ ምስ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ወይ ናይ ምስ ክብሪ ዝተተሓሓዘ ዓመጽ መስመር ደገፍ ተዛረቡ። ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ።
# Source: DA item 17; socialtjänstlagen (SFS 2025:400), the social services' duty to protect children.
danger-threats-to-children-advice = ምፍርራሕ ዝበጽሖም ቆልዑ ሓለዋ ክረኽቡ መሰሎም እዩ። Socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ንዓኹምን ንቖልዑን ክሕግዝ ይኽእል፣ ነቲ ምፍርራሕ ድማ ናብ ፖሊስ ክሲ ከተቕርብሉ ትኽእሉ ኢኹም። ሓደ ቆልዓ ሕጂ ኣብ ሓደጋ እንተሃልዩ፣ ናብ 112 ደውሉ።
# Source: Brottsbalken chapter 6 (sexual offences against children); socialtjänstlagen (SFS 2025:400): the social services must protect a child who may be harmed; Bris (contacts/national.toml).
danger-child-sexual-abuse-advice = ፈጺሙ ናትኩም ጌጋ ኣይኮነን። ንእትኣምንዎ ዓቢ ሰብ፣ ንኣብነት ኣማኻሪ ቤት ትምህርቲ (skolkurator) ወይ ነርስ ቤት ትምህርቲ (skolsköterska)፣ ንገሩ፣ ወይ ናብ Bris (መስመር ደገፍ ንቖልዑን መንእሰያትን) ደውሉ። Socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ክሕልወኩም ግዴታ ኣለዎ። ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ።
danger-child-sexual-abuse-advice-worried = ብቕጽበት ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) orosanmälan (ጸብጻብ ስክፍታ) ግበሩ፣ ወይ ናብ ፖሊስ ደውሉ። ነቲ ቆልዓ ብሕቶታት ኣይትመርምርዎ፣ ነቲ እትጥርጥርዎ ሰብ’ውን ኣይትግጠምዎ። እቲ ቆልዓ ሕጂ ኣብ ሓደጋ እንተሃልዩ፣ ናብ 112 ደውሉ።
# Source: Brottsbalken 6:9 (purchase of a sexual act from a child); socialtjänstlagen (SFS 2025:400).
danger-child-sexual-exploitation-advice = ጌጋ ዝገብር ፈጺሙ ንስኹም ኣይኮንኩምን፣ እቲ ዝምዝምዘኩም ሰብ እዩ። ምስ Bris (መስመር ደገፍ ንቖልዑን መንእሰያትን) ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ክትዛረቡ ትኽእሉ ኢኹም፣ ኣብ ungdomsmottagning (ክሊኒክ መንእሰያት) ድማ ንጥዕናኹም ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም። ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ።
danger-child-sexual-exploitation-advice-worried = ብቕጽበት ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) orosanmälan (ጸብጻብ ስክፍታ) ግበሩ። ካብ ቆልዓ ጾታዊ ርክብ ዝዕድግ ሰብ ገበን ይፍጽም። እቲ ቆልዓ ሕጂ ኣብ ሓደጋ እንተሃልዩ፣ ናብ 112 ደውሉ።
# Source: Äktenskapsbalken 2:1 (no one under 18 may marry); brottsbalken chapter 4 (barnäktenskapsbrott and äktenskapstvång, covering marriage-like unions too); LVU 31 a § (utreseförbud: social services apply, the administrative court decides, with interim bans by social services).
danger-child-marriage-advice = ዝኾነ ሰብ ከመርዕወኩም ኣይፍቀዶን፣ ብሃይማኖታዊ ስርዓት ወይ ኣብ ወጻኢ’ውን እንተኾነ። Socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ክሕልወኩምን፣ ካብ ሃገር ከይትውሰዱ፣ utreseförbud (ቆልዓ ካብ ሃገር ከይወጽእ ዝኽልክል ውሳነ) ክሓትትን ይኽእል። ናብ ናይ ምስ ክብሪ ዝተተሓሓዘ ዓመጽ መስመር ደገፍ ወይ ናብ Bris (መስመር ደገፍ ንቖልዑን መንእሰያትን) ክትድውሉ ትኽእሉ ኢኹም። ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ።
# Source: Lag (SFS 1982:316) med förbud mot könsstympning av kvinnor (female genitals; applies also to mutilation abroad); LVU 31 a § (utreseförbud).
danger-genital-mutilation-advice = ንእትኣምንዎ ዓቢ ሰብ፣ ንኣብነት ነርስ ቤት ትምህርቲ (skolsköterska) ወይ ኣማኻሪ (kurator)፣ ንገሩ፣ ወይ ናብ Bris (መስመር ደገፍ ንቖልዑን መንእሰያትን) ደውሉ። Socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ክሕልወኩም ይኽእል፣ ንኣብነት ቅድሚ ጉዕዞ utreseförbud (ቆልዓ ካብ ሃገር ከይወጽእ ዝኽልክል ውሳነ) ብምሕታት። ገለ ነገር ድሮ ኣጋጢሙኩም እንተኾይኑ፣ ሕክምናን ደገፍን ክትረኽቡ ትኽእሉ ኢኹም። ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ።
danger-genital-mutilation-advice-worried = ብፍላይ ጉዕዞ እንተሎ፣ ብቕጽበት ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) orosanmälan (ጸብጻብ ስክፍታ) ግበሩ። Socialtjänsten ንቖልዓ utreseförbud (ቆልዓ ካብ ሃገር ከይወጽእ ዝኽልክል ውሳነ) ክሓትት ይኽእል። ባዕልኹም ምስ ስድራ ኣይትራኸቡ።
# Source: Child-protection practice (Bris; the police on sexual extortion of children): do not send more or pay, keep the evidence, tell an adult, report; brottsbalken chapter 6.
danger-sextortion-advice = ናትኩም ጌጋ ኣይኮነን። ተወሳኺ ስእልታት ኣይትስደዱ፣ ገንዘብ’ውን ኣይትኽፈሉ። ነቶም መልእኽትታት ዓቕብዎም፣ ድሕሪኡ ነቲ ሰብ ኣግድዎ (block)። ንእትኣምንዎ ዓቢ ሰብ ንገሩ ወይ ናብ Bris (መስመር ደገፍ ንቖልዑን መንእሰያትን) ደውሉ። ባዕልኹም ስእልታት ሰዲድኩም እንተኾንኩም’ውን፣ ናብ ፖሊስ ክሲ ከተቕርቡ ትኽእሉ ኢኹም።
# Source: DA item 20 (the person's own thoughts or attempts of suicide); Mind's Självmordslinjen (contacts/national.toml); NASP at Karolinska Institutet: asking directly about suicide does not increase the risk.
danger-suicidal-thoughts-advice = በይንኹም ኣይኮንኩምን። ናብ Självmordslinjen (መስመር ደገፍ ንሓሳባት ርእሰ-ቅትለት) መዓልትን ለይትን ክትድውሉ ወይ ብቻት ክትጽሕፉ ትኽእሉ ኢኹም፣ ስምኩም ከይገለጽኩም’ውን። ሕጂ ንነብስኹም ክትጎድኡ እንተ ሓሲብኩም፣ ናብ 112 ደውሉ።
danger-suicidal-thoughts-advice-worried = ብዕቱብ ውሰድዎ እሞ ነቲ ሰብ ብቐጥታ ሕተትዎ፦ “ነብስኻ ክትቐትል ትሓስብ ዲኻ?” ወይ “ነብስኺ ክትቐትሊ ትሓስቢ ዲኺ?” ምሕታት ሓደጋ ኣይውስኽን። Självmordslinjen (መስመር ደገፍ ንሓሳባት ርእሰ-ቅትለት) ብዛዕባ ካልእ ሰብ ካብ ዝሻቐሉ ሰባት’ውን ጻውዒት ይቕበል። እቲ ሰብ ኣብ ህጹጽ ሓደጋ እንተሃልዩ፣ ናብ 112 ደውሉ።
danger-suicidal-thoughts-advice-used = በይንኹም ኣይኮንኩምን። ናብ Självmordslinjen (መስመር ደገፍ ንሓሳባት ርእሰ-ቅትለት) መዓልትን ለይትን ክትድውሉ ወይ ብቻት ክትጽሕፉ ትኽእሉ ኢኹም፣ ስምኩም ከይገለጽኩም’ውን። ሕጂ ንነብስኹም ወይ ንኻልእ ሰብ ክትጎድኡ እንተ ሓሲብኩም፣ ናብ 112 ደውሉ።
## Result: fixed parts

result-title = መልስታትኩም ነዚ ይገልጹ
result-intro = እቲ ዝመለስኩምዎ ሓደ ወይ ብዙሓት ዓይነታት ዓመጽ ይገልጽ። ኣብ ታሕቲ እንታይ ከም ዝበሃሉን ካበይ ደገፍ ክትረኽቡ ከም እትኽእሉን ከተንብቡ ትኽእሉ ኢኹም።
result-none = ካብ መልስታትኩም ዋላ ሓደ ዓመጽ ኣይገለጸን። ገለ ነገር ጌጋ ኮይኑ እንተተሰሚዑኩም ግን፣ ምስ ሰብ ክትዛረቡ ኩሉ ግዜ ዕዱማት ኢኹም። ንስምዒትኩም እመኑ።
result-none-worried = ካብ መልስታትኩም ዋላ ሓደ ኣብ ልዕሊ እቲ እትሻቐልሉ ሰብ ዝፍጸም ዓመጽ ኣይገለጸን። ግን ንስምዒትኩም እመኑ፦ ብዛዕባ ስክፍትኩም ምስ መስመር ደገፍ ክትዛረቡ ትኽእሉ ኢኹም።
result-danger-unanswered = ገለ ካብቶም ብዛዕባ ከቢድ ሓደጋ ዝሓቱ ሕቶታት ኣይመለስኩምዎምን፣ እዚ ድማ ጸገም የብሉን። ብዛዕባ ድሕንነትኩም እንተ ፈሪሕኩም፣ ኩሉ ግዜ ናብ 112 ክትድውሉ ትኽእሉ ኢኹም፣ እቶም ኣብ ታሕቲ ዘለዉ መስመራት ደገፍ ድማ እቲ ዝበለጸ ውሑስ እንታይ ምዃኑ ክትሓስቡ ክሕግዙኹም ይኽእሉ።
result-danger-unanswered-worried = ገለ ካብቶም ብዛዕባ ከቢድ ሓደጋ ዝሓቱ ሕቶታት ኣይመለስኩምዎምን፣ እዚ ድማ ጸገም የብሉን። እቲ እትሻቐልሉ ሰብ ሕጂ ኣብ ሓደጋ ከም ዘሎ እንተ ሓሲብኩም፣ ናብ 112 ደውሉ። እቶም ኣብ ታሕቲ ዘለዉ መስመራት ደገፍ ብኸመይ ክትድግፍዎ ከም እትኽእሉ ክትሓስቡ ክሕግዙኹም ይኽእሉ።
result-danger-unanswered-used = ገለ ካብቶም ብዛዕባ ከቢድ ሓደጋ ዝሓቱ ሕቶታት ኣይመለስኩምዎምን፣ እዚ ድማ ጸገም የብሉን። ንሓደ ሰብ ክትጎድኡ እንተ ፈሪሕኩም፣ ወይ ሓደ ሰብ ኣብ ሓደጋ እንተሃልዩ፣ ናብ 112 ደውሉ። Välj att sluta (ዓመጽ ንምቁራጽ ዝሕግዝ መስመር ደገፍ) ከምኡ’ውን socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ክሕግዙኹም ይኽእሉ።
result-urgent-title = ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ 112 ደውሉ
# Source: SOS Alarm, https://www.sosalarm.se/112 (the operator asks what happened, where and from which number; calls from smartphones are positioned automatically, AML) and https://www.sosalarm.se/Pressrum/Fragor-och-svar/ (stay on the line).
result-urgent-text = እንታይ ከም ዘጋጠመን ኣበይ ከም ዘለኹምን ንገሩ። እቲ ጻውዒት ብነጻ እዩ። ብሞባይል ክትድውሉ ከለኹም፣ SOS Alarm (ማእከል ህጹጽ ጻውዒት) መብዛሕትኡ ግዜ ኣበይ ከም ዘለኹም ክርኢ ይኽእል። እንተ ኽኢልኩም፣ ኣብ መስመር ጽንሑ።
result-urgent-title-worried = እቲ ሰብ ሕጂ ኣብ ሓደጋ እንተሃልዩ፣ ናብ 112 ደውሉ
result-urgent-text-worried = እቲ እትሻቐልሉ ሰብ ሕጂ ኣብ ሓደጋ እንተሃልዩ፣ ናብ 112 ደውሉ። ኣበይ ከም ዘሎን እንታይ ይፍጸም ከም ዘሎን ንገሩ። እቲ ጻውዒት ብነጻ እዩ።
result-urgent-signs-intro = መልስታትኩም ከቢድ ምልክት ሓደጋ ክኸውን ዝኽእል ነገር ስለ ዝጠቐሱ፣ ነዚ መጀመርታ ነርእየኩም ኣለና፦
result-advice-youth = ትሕቲ 18 ዓመት እንተ ዄንኩም፣ ምስ Bris (መስመር ደገፍ ንቖልዑን መንእሰያትን)፣ ኣማኻሪ ቤት ትምህርቲ (skolkurator)፣ ነርስ ቤት ትምህርቲ (skolsköterska) ወይ ካልእ እትኣምንዎ ዓቢ ሰብ’ውን ክትዛረቡ ትኽእሉ ኢኹም። ነዚ በይንኹም ክትጾርዎ የብልኩምን።
result-advice-youth-worried = ባዕልኹም ትሕቲ 18 ዓመት እንተ ዄንኩም፣ ንእትኣምንዎ ዓቢ ሰብ ክትነግሩ ወይ ናብ Bris (መስመር ደገፍ ንቖልዑን መንእሰያትን) ክትድውሉ ትኽእሉ ኢኹም፣ ካብኡ ንደሓር ድማ ንሳቶም ክሕግዙኹም እዮም።
result-not-your-fault = እቲ ኣብ ልዕሊኹም ዝፍጸም ዘሎ ናትኩም ጌጋ ኣይኮነን። ዝኾነ ሰብ ክጎድኣኩም፣ ከፈራርሓኩም ወይ ክቆጻጸረኩም መሰል የብሉን።
result-right-to-support = ካበይ’ኳ እንተመጻእኩም፣ ፍቓድ መንበሪ ሃለወኩም ኣይሃለወኩም፣ ካብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ናይቲ ዘለኹምዎ ኮሙን ደገፍ ክትሓቱ መሰልኩም እዩ። ምሳታቶም ምርኻብ ብነጻ እዩ፣ ገንዘብ ኣይትኸፍሉን።
result-everyone-welcome = ዕድመ፣ ጾታ፣ ድሕረ-ባይታ፣ ጾታዊ ዝንባሌ፣ ስንክልና ወይ ሱስ ብዘየገድስ፣ ደገፍ ክትረኽቡ መሰልኩም እዩ። ኣልኮል ምስታይኩም ወይ ድራግ ምውሳድኩም፣ ወይ ፍቓድ መንበሪ ዘይምህላውኩም፣ ፈጺሙ ደገፍ ከይትረኽቡ ኣይኽልክለኩምን።
result-everyone-welcome-worried = እቲ እትሻቐልሉ ሰብ ዕድመ፣ ጾታ፣ ድሕረ-ባይታ፣ ጾታዊ ዝንባሌ፣ ስንክልና ወይ ሱስ ብዘየገድስ ደገፍ ክረክብ መሰሉ እዩ። ኣልኮል፣ ድራግ ወይ ፍቓድ መንበሪ ዘይምህላው ፈጺሙ ንዝኾነ ሰብ ደገፍ ከይረክብ ኣይኽልክሎን።
result-everyone-welcome-used = ዕድመ፣ ጾታ፣ ድሕረ-ባይታ፣ ጾታዊ ዝንባሌ፣ ስንክልና ወይ ሱስ ብዘየገድስ፣ ደው ንምባል ደገፍ ክትረኽቡ ትኽእሉ ኢኹም። ኣልኮል ምስታይኩም ወይ ድራግ ምውሳድኩም ደገፍ ከይትረኽቡ ኣይኽልክለኩምን።
result-child-protection-title = ሓለዋ ክትረኽቡ መሰልኩም እዩ
result-child-protection-1 = ትሕቲ 18 ዓመት ኢኹም። ስለዚ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ከመይ ከም ዘለኹም ከጻሪ፣ ሓደ ሰብ እንተ ጎዲኡኩም፣ እንተ ኣፈራሪሑኩም ወይ እንተ መዝሚዙኩም ድማ ክሕልወኩም ግዴታ ኣለዎ።
result-child-protection-2 = ባዕልኹም ናብ socialtjänsten ክትድውሉ ወይ ክትከዱ ትኽእሉ ኢኹም፣ ወይ ንእትኣምንዎ ዓቢ ሰብ፣ ንኣብነት ኣማኻሪ ቤት ትምህርቲ (skolkurator)፣ ክሕግዘኩም ክትሓትዎ ትኽእሉ ኢኹም።
result-child-protection-3 = መን ምዃንኩም ከይነገርኩም ምስ Bris (መስመር ደገፍ ንቖልዑን መንእሰያትን)’ውን ክትዛረቡ ትኽእሉ ኢኹም። Bris ኣብቶም ኣብ ታሕቲ ዘለዉ ርክባት ኣሎ።
result-what-happens-title = እንተ ተራኺበ እንታይ ይኸውን?
result-what-happens-1 = ንኽትዛረቡን ምኽሪ ክትረኽቡን ናብ መስመር ደገፍ ብምድዋል ክትጅምሩ ትኽእሉ ኢኹም። እንታይ ከም እትነግሩ ባዕልኹም ትውስኑ።
result-what-happens-2 = Socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ናይ ደገፍ ዝርርብ፣ ብኸመይ ውሑሳት ክትኮኑ ከም እትኽእሉ ንምውጣን ሓገዝ፣ ክትግዕዙ እንተ ኣድልዩኩም ድማ ውሑስ መንበሪ ንምርካብ ሓገዝ ክህበኩም ይኽእል።
result-what-happens-3 = ሓደ ስጉምቲ ብሓደ ስጉምቲ ክትወስዱ ትኽእሉ ኢኹም። ዝያዳ ቅድሚ ምንጋርኩም፣ ቀጺሉ እንታይ ከም ዝኸውን ክትሓቱ ኣይትሰከፉ።
result-show-local = ኣብ ቀረባይ ዘሎ ሓገዝ ኣርእዩኒ
result-start-over = ካብ መጀመርታ ጀምሩ
result-start-over-hint = እቲ ዝመለስኩምዎ ኩሉ ይርሳዕ።
## Result: for someone who has hurt or frightened someone

result-used-intro = መልስታትኩም ንቐረባኹም ዝኾነ ሰብ ክጎድእ ወይ ከፍርሕ ዝኽእል ነገራት ከም ዝገበርኩም ይገልጹ።
result-used-responsibility = ነዞም ሕቶታት ምምላስኩም ኣገዳሲ ስጉምቲ እዩ። ዓመጽ ምርጫ እዩ፣ ደው ከተብሉ’ውን ክትመርጹ ትኽእሉ ኢኹም። ንእኡ ዝኸውን ሓገዝ ኣሎ፣ ንኣብነት Välj att sluta (ዓመጽ ንምቁራጽ ዝሕግዝ መስመር ደገፍ) ከምኡ’ውን socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ናይ ኮሙንኩም።
result-used-responsibility-youth = ነዞም ሕቶታት ምምላስኩም ኣገዳሲ ስጉምቲ እዩ። ንኻልኦት ምጉዳእ ወይ ከም ዝፈርሑ ምግባር ደው ምባል ክትመሃሩ ትኽእሉ ኢኹም፣ ኣብኡ ክሕግዙኹም ዝኽእሉ ዓበይቲ ሰባት ድማ ኣለዉ፣ ንኣብነት Bris (መስመር ደገፍ ንቖልዑን መንእሰያትን) ከምኡ’ውን socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት)።
result-used-urgent-text = ሕጂ ንሓደ ሰብ ክትጎድኡ ትፈርሑ እንተኾንኩም፣ ወይ ሓደ ሰብ ኣብ ሓደጋ እንተሃልዩ፣ ናብ 112 ደውሉ።
result-used-none = መልስታትኩም ካብቲ ዝሓተትናዮ ዋላ ሓደ ኣይገለጹን። ግን ኣብ ልዕሊ ቀረባኹም ዝኾነ ሰብ ብዛዕባ ዘለኩም ባህሪ እንተ ተሻቒልኩም፣ ምስ Välj att sluta (ዓመጽ ንምቁራጽ ዝሕግዝ መስመር ደገፍ) ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ክትዛረቡ ትኽእሉ ኢኹም። ስምኩም ከይገለጽኩም ክትዛረቡ ትኽእሉ ኢኹም።
result-used-children = ዓመጽ ዝርእዩ ወይ ዝሰምዑ ቆልዑ ደገፍ የድልዮም። Socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ንዓኹምን ንቖልዑን ደገፍ ክህብ ይኽእል፣ ባዕልኹም ምሳታቶም ምርኻብ ድማ ጽቡቕ ስጉምቲ እዩ።
result-used-also-exposed = ሓደ ሰብ ንዓኹም’ውን ከም ዝጎድኣኩም፣ ከም ዘፈራርሓኩም ወይ ከም ዝቆጻጸረኩም ነጊርኩም ኢኹም። እዚ ቅቡል ኣይኮነን፣ ነዚ ዝኸውን ደገፍ ክትረኽቡ ድማ መሰልኩም እዩ። ምስ Bris (መስመር ደገፍ ንቖልዑን መንእሰያትን) ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ክትዛረቡ ትኽእሉ ኢኹም፣ ብዛዕባ እቲ ኣብ ልዕሊኹም ዝፍጸም ዘሎ ሕቶታት’ውን ክትምልሱ ትኽእሉ ኢኹም።
## Result: for someone who is worried about another person

result-worried-intro = መልስታትኩም እቲ እትሻቐልሉ ሰብ ንዓመጽ ተቓሊዑ ክኸውን ከም ዝኽእል ይገልጹ። ኣብዚ ዝያዳ ከተንብቡን ንስኹምን እቲ ሰብን ካበይ ደገፍ ክትረኽቡ ከም እትኽእሉ ክትርእዩን ትኽእሉ ኢኹም።
## For someone who is worried about another person

worried-title = ብዛዕባ ሓደ ሰብ እንተ ተሻቒልኩም
worried-intro = ምግዳስኩም ጽቡቕ እዩ። ኣብዚ ከተስተውዕልዎም ዘለኩም ምልክታት፣ ምስቲ ሰብ ብኸመይ ክትዛረቡ ከም እትኽእሉ ምኽርታት፣ ናበይ ክትቀርቡ ከም እትኽእሉን ኣለዉ።
worried-signs-title = ከተስተውዕልዎም ዘለኩም ምልክታት
worried-signs-1 = እቲ ሰብ ፍርሃት፣ ጓሂ ወይ ጭንቀት ዘለዎ ይመስል፣ ተቐይሩ’ውን እዩ።
worried-signs-2 = እቲ ሰብ ከም ቀደሙ ምስ መሓዙትን ስድራን ኣይራኸብን፣ ወይ ክራኸብ ኣይፍቀደሉን።
worried-signs-3 = ሓደ ሰብ ናብቲ እትሻቐልሉ ሰብ ወትሩ ይድውል ወይ መልእኽቲ ይጽሕፍ፣ ኣበይ ከም ዘሎ ድማ ክፈልጥ ይደሊ።
worried-signs-4 = እቲ ሰብ ክገልጾ ዘይደሊ ወይ ዘይክእል ጉድኣት ኣለዎ።
worried-signs-5 = እቲ ሰብ ናቱ ገንዘብ የብሉን፣ ወይ ካልእ ሰብ ፓስፖርቱ ወይ ተሌፎኑ ሒዙ ኣሎ።
worried-signs-6 = እቲ ሰብ ባዕሉ ዘይመረጾ መርዓ ወይ ጉዕዞ ይዛረብ።
worried-talk-title = ዝርርብ ብኸመይ ክትጅምሩ ትኽእሉ
worried-talk-1 = በይንኹምን ብህድኣትን ክትዛረቡሉ እትኽእሉ ቦታ ምረጹ።
worried-talk-2 = ዘስተውዓልኩምዎን ከም እትግደሱሉን ነቲ ሰብ ንገርዎ። ንኣብነት ከምዚ ክትብሉ ትኽእሉ ኢኹም፦ “ጓሂ ዘለካ/ዘለኪ ኮይኑ ተሰሚዑኒ። ከመይ ኣለኻ/ኣለኺ?”
worried-talk-3 = ከይፈረድኩም ነቲ ሰብ ስምዕዎ፣ ዝነገረኩም ድማ ኣመንዎ።
worried-talk-4 = ፍጥነት ናይቲ ዝርርብ እቲ ሰብ ክውስን ፍቐዱሉ። ዝያዳ ክነግር ቅድሚ ምድላዩ ግዜ ክወስድ ይኽእል እዩ።
worried-talk-5 = ሓገዝ ከም ዘሎ ነቲ ሰብ ንገርዎ፣ ክድውል ወይ ክራኸብ ከሎ ምስኡ ክትህልዉ ድማ ሕተትዎ።
worried-dont-title = ክትገብርዎ ዘይብልኩም
worried-dont-1 = ነቲ ዓመጽ ዝጥቀም ሰብ ኣይትግጠምዎ። ነቲ እትሻቐልሉ ሰብ ዝያዳ ሓደገኛ ክገብሮ ይኽእል እዩ።
worried-dont-2 = ነቲ ሰብ ክነግር ወይ ክገድፍ ኣይትጸቕጥዎ። እንታይ ውሑስ ምዃኑ ዝበለጸ ዝፈልጥ እቲ ሰብ ባዕሉ እዩ።
worried-dont-3 = ምስ ክብሪ ዝተተሓሓዘ ዓመጽ እንተ ጠርጢርኩም፣ ንስድራ ወይ ንኣዝማድ ኣይትራኸብዎም። ነቲ እትሻቐልሉ ሰብ ኣብ ሓደጋ ከእትዎ ይኽእል እዩ።
worried-dont-4 = ካብ ስድራ፣ ኣዝማድ ወይ ፈለጥቶም ዝኾነ ሰብ ክትርጉም ኣይትፍቀዱ። ንስድራ ዘይፈልጥ ተርጓሚ ሕተቱ።
worried-dont-5 = ካልእ ሰብ ከንብቦ ዝኽእል እንተኾይኑ፣ ብዛዕባ እቲ ዓመጽ ናብ ተሌፎን እቲ እትሻቐልሉ ሰብ መልእኽቲ ኣይትስደዱ።
worried-over-time-title = ንነዊሕ ግዜ ምስቲ ሰብ ምህላው
worried-over-time-1 = እቲ ሰብ ሕጂ ክዛረብ’ኳ እንተዘይደለየ፣ ምርኻብ ቀጽሉ።
worried-over-time-2 = ሓደ ሰብ ብዙሕ ግዜ ገዲፉ ክምለስ ልሙድ እዩ። ከይፈረድኩም፣ ገና ምስኡ ከም ዘለኹም ኣርእዩ።
worried-over-time-3 = ንነብስኹም’ውን ተኸናኸኑ። ብዙሓት መስመራት ደገፍ ብዛዕባ ካልእ ሰብ ካብ ዝሻቐሉ ሰባት ጻውዒት ይቕበሉ።
worried-child-title = ብዛዕባ ሓደ ቆልዓ እንተ ተሻቒልኩም
worried-child-1 = ዝኾነ ሰብ ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ናይቲ ቆልዓ ዝነብረሉ ኮሙን orosanmälan (ጸብጻብ ስክፍታ) ክገብር ይኽእል። ርግጸኛታት ክትኮኑ ኣየድልን። ምሽቓልኩም ይኣክል።
worried-child-2 = ከም ውልቀ ሰብ፣ ጸብጻብ ክትገብሩ ከለኹም ስምኩም ከይገለጽኩም ክትገብሩ ትኽእሉ ኢኹም። እቲ ቆልዓ ከመይ ከም ዘሎ ዘጻሪ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) እዩ።
worried-child-3 = ምስ ቆልዑ ዝሰርሑ ሰባት፣ ንኣብነት ኣብ ቤት ትምህርቲ፣ ክንክን ጥዕና ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት)፣ ጸብጻብ ናይ ምቕራብ ግዴታ ኣለዎም።
