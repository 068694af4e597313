# Vägvisaren — the safety page and the about page.
# Loaded when someone opens the safety page or the about page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

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
safety-read-aloud-title = ብድምጺ ምንባብ
safety-read-aloud-1 = እቲ “ብድምጺ ኣንብቡ” ዝብል መጠወቒ ኣብ ተሌፎንኩም ወይ ኮምፒተርኩም ዘለዉ ድምጽታት ጥራይ ይጥቀም። ዋላ ሓደ ጽሑፍ ናብ ዝኾነ ኣገልግሎት ድምጺ ኣይለኣኽን።
safety-read-aloud-2 = ኣብ ጥቓኹም ዘሎ ሰብ እቲ ዝንበብ ክሰምዕ ከም ዝኽእል ኣስተውዕሉ። ካብቲ ገጽ ቀልጢፍኩም ምስ ወጻእኩም፣ እቲ ምንባብ ደው ይብል።
safety-transparency-title = እዚ ገጽ ዋላ ሓንቲ ኣይዕቅብን ዋላ ሓንቲ’ውን ኣይልእኽን
safety-transparency-1 = እዚ ገጽ ኣብ ተሌፎንኩም ወይ ኮምፒተርኩም ዋላ ሓንቲ ኣይዕቅብን፣ ኩኪስ (cookies) እውን ኣይዕቅብን። ቋንቋኹምን ኮሙንኩምን ክሳብ ነቲ ገጽ እትዓጽውዎ ጥራይ ይጸንሑ።
safety-transparency-2 = እቲ እትምልስዎ ፈጺሙ ናብ ዝኾነ ቦታ ኣይለኣኽን። እንታይ’ኳ እንተመለስኩም፣ እቲ ገጽ ነቶም ንኹሉ ሰብ ዘምጽኦም ሓደ ዓይነት ፋይላት ጥራይ የምጽእ።
safety-transparency-3 = ብድምጺ ምንባብ ኣብ ተሌፎንኩም ወይ ኮምፒተርኩም ዘለዉ ድምጽታት ጥራይ ይጥቀም፣ ስለዚ ካብቲ ዝንበብ ዋላ ሓደ ናብ ዝኾነ ቦታ ኣይለኣኽን።
safety-transparency-intro = ባዕልኹም ርኣዩ፦ እዚ ኣብ ታሕቲ ዘሎ ዝርዝር ካብ እትኸፍትዎ ኣትሒዙ እቲ ገጽ ዝገበሮ ነፍሲ ወከፍ ሕቶ (request) የርኢ።
safety-transparency-empty = እቲ ገጽ ገና ዝኾነ ሕቶ ኣይገበረን።
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] እቲ ገጽ { $count } ሕቶ ገይሩ ኣሎ።
   *[other] እቲ ገጽ { $count } ሕቶታት ገይሩ ኣሎ።
}
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren ርእሱ ዝኸኣለ መሳርሒ እዩ፣ ትካል መንግስቲ ኣይኮነን። ጸብጻባት ክንቕበል ወይ ብዛዕባ ኩነታትኩም ሕቶታት ክንምልስ ኣይንኽእልን።
about-free = Vägvisaren ብነጻ እዩ። ክትኣትዉ (log in) ወይ መን ምዃንኩም ክትነግሩ ኣየድልየኩምን።
about-private = ካብቲ እትምልስዎ ዋላ ሓደ ኣይዕቀብን ኣይለኣኽን። እቲ ሰርቨር ብዛዕባ እቲ ገጽ ዝበጽሑ ሰባት ዝኾነ ሓበሬታ ኣይዕቅብን።
about-contacts-title = ነቶም ርክባት ብኸመይ ነረጋግጾም
about-contacts-1 = ነፍሲ ወከፍ ቁጽርን ሰዓት ስራሕን ምንጪ ኣለዎ፣ ንኣብነት ናይቲ መስመር ደገፍ ናይ ባዕሉ መርበብ ሓበሬታ (website)፣ ከምኡ’ውን ዘንበብናሉ ዕለት። እቲ ምንጪ ገጽ ባዕሉ ዕለት እንተ ጠቒሱ፣ ንሱ’ውን ነርእዮ።
about-contacts-2 = ዝኾነ ምንጪ ዘይጠቕሶ ቁጽሪ ፈጺምና ኣየርእን ኢና። ገለ ነገር እንተ ተቐይሩ፣ እቲ ኣብ ናይቲ መስመር ደገፍ ናይ ባዕሉ መርበብ ሓበሬታ ዘሎ እዩ ዝሰርሕ።
about-read-aloud = ብድምጺ ምንባብ ዝሰርሕ፣ ተሌፎንኩም ወይ ኮምፒተርኩም ነቲ ቋንቋ ዝኸውን ናይ ባዕሉ ድምጺ እንተ ሃለዎ ጥራይ እዩ። እንተዘይብሉ፣ መጠወቒ ምንባብ ኣይርአን።
about-languages-title = ቋንቋታት
about-languages-intro = እቶም ጽሑፋት መጀመርታ ብሽወደንኛ ይጽሓፉ፣ ድሕሪኡ ይትርጎሙ። ኣብ ነፍሲ ወከፍ ቋንቋ ክሳብ ክንደይ ከም ዝበጻሕና እዚ እዩ፦
about-languages-method = ነፍሲ ወከፍ ትርጉም ካብ ሽወደንኛ ብማሽን ይግበር። ድሕሪኡ ነቲ ሽወደንኛ ጽሑፍ ዘይረኣየ ካልእ ማሽን ናብ ሽወደንኛ መሊሱ ይትርጉሞ፣ ንሕና ድማ ነቶም ምሉኣት ሓሳባት ሓደ ብሓደ ነወዳድሮም እሞ ዝፈላለ ነእርሞ። እዚ ግን ቋንቋ ኣዲኡ ዝኾነ ሰብ ነቲ ጽሑፍ ከም ዝመርመሮ ማለት ኣይኮነን።
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = ምንጪ ቋንቋ
status-reviewed = ተተርጕሙ፣ ብወናኒ ቋንቋ ተመርሚሩ
status-unreviewed = ተተርጕሙ፣ ግን ገና ኣይተመርመረን
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = ብማሽን ዝተተርጎመ፤ መዝገበ-ቃላትን ናብ ሽወደንኛ ዝተመልሰ ትርጉምን { $date } ተመርሚሩ፤ ገና ብሓደ ቋንቋ ኣዲኡ ዝኾነ ሰብ ኣይተመርመረን
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = ካብቲ ልሙድ ሽወደንኛ ጽሑፍ ብቐሊሉ ብዝንበብ ሽወደንኛ ከም ብሓድሽ ዝተጻሕፈ፤ ትርጉም ናይቲ ጽሑፍ ብዝተመልሰ ትርጉም { $date } ተመርሚሩ፤ ገና ብሓደ ብቐሊሉ ዝንበቡ ጽሑፋት ዘዳሉ ኣርታዒ ኣይተመርመረን
safety-transparency-refresh = ዝርዝር ኣሐድሱ
