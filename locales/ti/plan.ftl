# Vägvisaren — the safety plan.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.
# Loaded only when someone opens the safety plan. Calm, plain and in the second person. The plan
# never urges anyone to leave or to stay: both are real choices.

## Plan
plan-title = መደብ ድሕንነተይ
plan-intro = ኣብዚ ውሑሳት ክትኮኑ ክሕግዘኩም ዝኽእል ነገራት ክትጽሕፉ ትኽእሉ ኢኹም። እንታይ ከም እትመልኡ ባዕልኹም ትመርጹ፣ ዘይሰማማዓኩም ድማ ክትሓልፍዎ ትኽእሉ ኢኹም።
plan-not-kept = ዋላ ሓንቲ ኣይዕቀብን ኣይለኣኽን። እቲ እትጽሕፍዎ ክሳብ ነቲ ገጽ እትዓጽውዎ፣ “ካብ መጀመርታ ጀምሩ” እትጥውቑ ወይ ካብቲ ገጽ ቀልጢፍኩም እትወጹ ጥራይ እዩ ዝጸንሕ።
plan-print-warning = ነቲ መደብ እንተ ሓቲምኩምዎ ወይ ከም PDF እንተ ዓቂብኩምዎ፣ ዝጸንሕ ቅዳሕ ይኸውን። ኣበይ ከም እተቐምጥዎ ሕሰቡ፦ ካልእ ሰብ ዝተሓትመ መደብ ክረክቦ ይኽእል።
plan-print = ሕተሙ ወይ ከም PDF ዓቕቡ
plan-suggestions-title = ካብ መልስታትኩም ዝተበገሱ ሓሳባት
plan-suggestions-note = እዞም ሓሳባት ኣብዚ ጥራይ ይርኣዩ፣ ኣብ ዝሕተም ወረቐት ኣይኣትዉን።
plan-empty-field = (ዋላ ሓንቲ ኣይተጻሕፈን)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = እንተ ተጎዲእኩም፣ ዋላ ዝኾነ ነገር እንተዘይተራእየ፣ ሕክምና ክትደልዩ ትኽእሉ ኢኹም። ሰራሕተኛታት ሕክምና ጉድኣት’ውን ክምዝግቡ ይኽእሉ።
plan-suggest-children = ንቖልዑ’ውን መደብ እንተ ሰራሕኩም ጽቡቕ እዩ፦ ናበይ ክኸዱን ናብ መን ክድውሉን ከም ዝኽእሉ።
plan-suggest-trip = ጉዕዞ እንተ ተወጢኑ፦ ቅድሚ እቲ ጉዕዞ እንታይ ከም እትገብሩን ምስ መን ከም እትራኸቡን ጽሓፉ።
plan-suggest-leaving = ክትገድፉ እንተ ሓሲብኩም፦ እቲ ናይ ምግዳፍ ግዜ ሓደገኛ ክኸውን ይኽእል። ምስ መስመር ደገፍ፣ ማእከል ደገፍ (jour) ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ብሓባር መደብ እንተ ኣውጻእኩምሉ ጽቡቕ እዩ።
plan-suggest-phone = ካብ ተሌፎንኩምን ኣካውንትታትኩምን (accounts) እንተ ጀመርኩም ጽቡቕ እዩ፦ ሓደ ሰብ ኣበይ ከም ዘለኹም ወይ እንታይ ከም እትጽሕፉ ይከታተል ክኸውን ይኽእል።
plan-suggest-weapons = ብረት እንተሎ ንፖሊስ ንገሩ። ሓደጋ ዓመጽ ምስ ዝህሉ፣ ፖሊስ ብረት ክሕዝ ይኽእል።
plan-suggest-suicide = ኣብቶም ክትድውሉሎም እትኽእሉ፣ Självmordslinjen (መስመር ደገፍ ንሓሳባት ርእሰ-ቅትለት) እንተ ወሰኽኩም ጽቡቕ እዩ። መዓልትን ለይትን ክፉት እዩ።

## People to call
plan-people-title = ክድውለሎም ዝኽእል ሰባት
plan-people-advice = እትኣምንዎም ሒደት ሰባት ምረጹ። እንተ ተራኺብኩምዎም እንታይ ክገብሩ ከም ዘለዎም ብሓባር ተሰማምዑ፣ ንኣብነት ናብ 112 ምድዋል።
plan-people-field = ስምን ቁጽሪ ተሌፎንን ናይ ዝኣምኖም ሰባት
plan-codeword-field = ሓገዝ ከም ዘድልየኒ ዘመልክት ምስጢራዊ ቃል

## A safe place
plan-place-title = ውሑስ ቦታ
plan-place-advice = ንሓጺር ግዜ ውሑሳት ክትኮኑ እትኽእሉሉ ቦታታት ሕሰቡ፣ ንኣብነት እቲ ካልእ ሰብ ዘይፈልጦ ሰብ ገዛ፣ ወይ መዓልትን ለይትን ክፉታት ዝኾኑ ቦታታት።
plan-place-field = ቀልጢፈ ክርሕቕ እንተ ዘድልየኒ፣ ናብዚ ክኸይድ እኽእል

## What to keep ready
plan-ready-title = ድሉዋት ክኾኑ ዘለዎም ነገራት
plan-ready-advice = ኣገደስቲ ነገራት ብሓደ ምእካብ፣ ወይ ቅዳሖም ኣብ እትኣምንዎ ሰብ ምቕማጥ ክሕግዝ ይኽእል፦ መንነት ወረቐት (ID) ከምኡ’ውን ፓስፖርት፣ BankID ከምኡ’ውን ካርድ ባንኪ፣ መፍትሕ፣ መድሃኒት፣ ገንዘብ፣ ቻርጀር፣ ከምኡ’ውን ወረቓቕቲ ቆልዑ።
plan-ready-field = ኣበይ ከም ዘቐመጥክዎም፣ ወይ ቅዳሖም መን ከም ዝሓዘ

## Phone and accounts
plan-phone-title = ተሌፎንን ኣካውንትታትን
plan-phone-advice = ካልእ ሰብ ዘይበጽሖ ተሌፎን ወይ ኮምፒተር ተጠቒምኩም ቃላት-ምሕላፍ ቀይሩ፣ ምክፋል ቦታ (location sharing) ክፉት እንተ ኾይኑ ድማ ርኣዩ። ገለ ነገር እንተ ቐየርኩም ክፍለጥ ከም ዝኽእል ኣስተውዕሉ፦ እቲ ዝያዳ ውሑስ ዝመስለኩም ግበሩ።
plan-phone-field = ክርእዮ ወይ ክቕይሮ ዝደሊ ነገራት

## Children
plan-children-title = መደብ ቆልዑ
plan-children-advice = ቆልዑ ኣብ ገዛ ሽግር ምስ ዝህሉ ናበይ ክኸዱን ናብ መን ክድውሉን ክመሃሩ ይኽእሉ። ቆልዑ ናብ 112 ከምኡ’ውን ናብ Bris (መስመር ደገፍ ንቖልዑን መንእሰያትን) ክድውሉ ይኽእሉ። Socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ንቖልዑ ደገፍ ክህብ ይኽእል።
plan-children-field = ቆልዑ እዚ ክገብሩ ኣለዎም፣ ናብ መን ድማ ክድውሉ ይኽእሉ

## Staying or leaving: both are legitimate
plan-stay-title = እንተ ጸኒሐ
plan-stay-advice = ብዙሓት ሰባት፣ ንሓጺር ግዜ ወይ ንሓዋሩ፣ ይጸንሑ፣ እዚ’ውን ቅኑዕ ምርጫ እዩ። ካብ ኣየኖት ክፍልታት ክትወጹ ከም እትኽእሉ፣ ከምኡ’ውን ሽግር ምስ ዝህሉ ናብ መን ክትድውሉ ከም እትኽእሉ ሕሰቡ።
plan-stay-field = ኣብ ዝነብረሉ ዝያዳ ውሑስ ንምዃን እዚ እገብር
plan-leave-title = ክገድፍ እንተ ደሊየ
plan-leave-advice = እቲ ናይ ምግዳፍ ግዜ ሓደገኛ ክኸውን ይኽእል። ምስ መስመር ደገፍ፣ ማእከል ደገፍ (jour) ወይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት)፣ መንበሪ ክትረኽቡ ክሕግዙ ዝኽእሉ፣ ብሓባር መደብ እንተ ኣውጻእኩምሉ ጽቡቕ እዩ።
plan-leave-field = ቅድሚኡ ከዳልዎ ዘለኒ ነገራት፣ መን ድማ ክሕግዘኒ ከም ዝኽእል

## For young people
plan-youth-title = ዝኣምኖ ዓቢ ሰብ
plan-youth-advice = መን ምዃንኩም ከይነገርኩም ኩሉ ግዜ ናብ Bris (መስመር ደገፍ ንቖልዑን መንእሰያትን) ክትድውሉ ትኽእሉ ኢኹም። ኣማኻሪ ቤት ትምህርቲ (skolkurator) ከምኡ’ውን ነርስ ቤት ትምህርቲ (skolsköterska) ክሰምዑኹምን ምስ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ክትራኸቡ ክሕግዙኹምን ይኽእሉ።
plan-youth-field = ክዛረቦ ዝኽእል ዓቢ ሰብ፣ ንኣብነት ኣማኻሪ ቤት ትምህርቲ፣ መምህር ወይ ሓደ ካብ ኣዝማደይ

## A feared trip abroad
plan-trip-title = ቅድሚ ጉዕዞ
plan-trip-advice = ቅድሚ እቲ ጉዕዞ ናብ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት)፣ ፖሊስ ወይ ናይ ምስ ክብሪ ዝተተሓሓዘ ዓመጽ መስመር ደገፍ ሕበሩ። ንቖልዑ፣ socialtjänsten utreseförbud (ቆልዓ ካብ ሃገር ከይወጽእ ዝኽልክል ውሳነ) ክሓትት ይኽእል። ኣብቲ ሃገር ዘሎ ኣድራሻ ኤምባሲ ሽወደን ዓቕቡ።
plan-trip-field = ቅድሚ ጉዕዞ እዚ እገብር፣ ምስ መን ድማ እራኸብ

## Exploitation
plan-papers-title = ወረቓቕተይን ደገፍ ኣበይ ከም ዝረክብን
plan-papers-advice = ናይ ፓስፖርትኩምን ካልኦት ወረቓቕትኹምን ስእሊ ወይ ቅዳሕ ውሰዱ፣ ካልእ ሰብ ኣብ ዘይበጽሖ ቦታ ድማ ዓቕብዎ። ፍቓድ መንበሪ እንተ ዘይብልኩም’ውን፣ ምስ ፖሊስ ከምኡ’ውን ምስ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ክትራኸቡ ትኽእሉ ኢኹም።
plan-papers-field = ክሕዞም ዝደሊ ቅዳሓትን ቁጽርታት ተሌፎንን

## For someone who has used violence: when anger rises
plan-anger-title = ቁጥዐ ክዓቢ ከሎ
plan-anger-advice = ቅድሚ ገለ ነገር ምግባርኩም፣ ነቶም ኣብ ሰብነትኩምን ኣብ ሓሳባትኩምን ዝርኣዩ ምልክታት ክትፈልጥዎም ተመሃሩ። ካብቲ ቦታ ውጹ፦ ዕረፍቲ ከም እትወስዱ ንገሩ፣ ምስ ሃደእኩም ድማ ተመለሱ። እንታይ ከም እትገብሩ ባዕልኹም ትውስኑ።
plan-anger-signs-field = ናተይ ምልክታት ሓደጋ
plan-anger-do-field = ምስ ኣስተውዓልክዎም እዚ እገብር
plan-anger-call-field = ናብዚ ሰብ ወይ መስመር ክድውል እኽእል፣ ንኣብነት Välj att sluta
