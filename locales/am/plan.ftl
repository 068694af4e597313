# Vägvisaren — the safety plan.
# Loaded only when someone opens the safety plan. Calm, plain and in the second person. The plan
# never urges anyone to leave or to stay: both are real choices.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Plan
plan-title = የእኔ የደኅንነት ዕቅድ
plan-intro = እዚህ ደኅንነትዎን ለመጠበቅ የሚረዳዎትን ነገር መጻፍ ይችላሉ። ምን እንደሚሞሉ ራስዎ ይመርጣሉ፤ የማይስማማዎትንም ማለፍ ይችላሉ።
plan-not-kept = ምንም ነገር አይቀመጥም፤ ወደየትም አይላክም። የሚጽፉት ገጹን እስኪዘጉ፣ “እንደገና ይጀምሩ”ን እስኪጫኑ ወይም ገጹን በፍጥነት እስኪለቁ ድረስ ብቻ ይቆያል።
plan-print-warning = ዕቅዱን ካተሙት ወይም እንደ PDF ካስቀመጡት፣ የሚቆይ ቅጂ ይኖራል። የት እንደሚያስቀምጡት ያስቡ፦ የታተመ ዕቅድ ሌላ ሰው ሊያገኘው ይችላል።
plan-print = ያትሙ ወይም እንደ PDF ያስቀምጡ
plan-suggestions-title = በመልሶችዎ ላይ የተመሠረቱ ሐሳቦች
plan-suggestions-note = እነዚህ ሐሳቦች የሚታዩት እዚህ ብቻ ነው፤ በሚታተመው ላይ አይካተቱም።
plan-empty-field = (ምንም አልተጻፈም)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = ጉዳት ደርሶብዎ ከሆነ፣ ምንም ባይታይም እንኳ ሕክምና ማግኘት ይችላሉ። የጤና ባለሙያዎች ጉዳቶችን መመዝገብም ይችላሉ።
plan-suggest-children = ለልጆቹ ዕቅድ ቢያወጡ ጥሩ ነው፦ ልጆቹ ወዴት መሄድ እንደሚችሉና ለማን መደወል እንደሚችሉ።
plan-suggest-trip = ጉዞ እየታቀደ ከሆነ፦ ከጉዞው በፊት ምን እንደሚያደርጉና ማንን እንደሚያገኙ ይጻፉ።
plan-suggest-leaving = ለመልቀቅ እያሰቡ ከሆነ፦ የመልቀቂያው ጊዜ አደገኛ ሊሆን ይችላል። ከድጋፍ መስመር፣ ከድጋፍ ማዕከል (jour) ወይም ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ጋር ቢያቅዱት ጥሩ ነው።
plan-suggest-phone = በስልኩና በአካውንቶቹ (accounts) ቢጀምሩ ጥሩ ነው፦ አንድ ሰው የት እንዳሉ ወይም ምን እንደሚጽፉ እየተከታተለ ሊሆን ይችላል።
plan-suggest-weapons = የጦር መሣሪያ ካለ ለፖሊስ ይንገሩ። የጥቃት አደጋ ሲኖር ፖሊስ የጦር መሣሪያዎችን ሊወስድ ይችላል።
plan-suggest-suicide = Självmordslinjenን (ራስን የማጥፋት ሐሳብ ላላቸው የድጋፍ መስመር) ሊደውሉላቸው በሚችሉት ዝርዝር ውስጥ ቢጽፉት ጥሩ ነው። ቀንና ሌሊት ክፍት ነው።

## People to call
plan-people-title = ልደውልላቸው የምችላቸው ሰዎች
plan-people-advice = የሚያምኗቸውን ጥቂት ሰዎች ይምረጡ። እርስዎ ሲያገኟቸው እነሱ ምን እንደሚያደርጉ አብረዋቸው ይወስኑ፤ ለምሳሌ ወደ 112 መደወል።
plan-people-field = የማምናቸው ሰዎች ስምና ስልክ ቁጥር
plan-codeword-field = እርዳታ እንደሚያስፈልገኝ የሚያሳውቅ የሚስጥር ቃል

## A safe place
plan-place-title = ደኅንነቱ የተጠበቀ ቦታ
plan-place-advice = ለጥቂት ጊዜ ደኅንነትዎ ተጠብቆ ሊቆዩባቸው የሚችሉ ቦታዎችን ያስቡ፤ ለምሳሌ እርስዎን የሚጎዳው ወይም የሚያስፈራራው ሰው የማያውቀው የአንድ ሰው ቤት፣ ወይም ቀንና ሌሊት ክፍት የሆኑ ቦታዎች።
plan-place-field = በፍጥነት መውጣት ካስፈለገኝ ወደዚህ መሄድ እችላለሁ

## What to keep ready
plan-ready-title = ዝግጁ የማደርጋቸው ነገሮች
plan-ready-advice = አስፈላጊ ነገሮችን በአንድ ቦታ ማሰባሰብ፣ ወይም ቅጂዎቻቸውን በሚያምኑት ሰው ዘንድ ማስቀመጥ ሊጠቅም ይችላል፦ መታወቂያ ካርድና ፓስፖርት፣ BankID እና የባንክ ካርድ፣ ቁልፎች፣ መድኃኒቶች፣ ገንዘብ፣ ቻርጀር እና የልጆቹ ሰነዶች።
plan-ready-field = የት እንደማስቀምጣቸው፣ ወይም ቅጂዎቹ ማን ዘንድ እንዳሉ

## Phone and accounts
plan-phone-title = ስልክና አካውንቶች
plan-phone-advice = ሌላ ማንም ሰው ሊደርስበት ከማይችል ስልክ ወይም ኮምፒውተር የይለፍ ቃሎችን ይቀይሩ፤ የአካባቢ ማጋራት (location sharing) መብራቱንም ይመልከቱ። አንድ ነገር ከቀየሩ ሊታወቅ እንደሚችል ያስታውሱ፦ ይበልጥ ደኅንነቱ የተጠበቀ የሚመስልዎትን ያድርጉ።
plan-phone-field = ይህን መፈተሽ ወይም መቀየር እፈልጋለሁ

## Children
plan-children-title = የልጆቹ ዕቅድ
plan-children-advice = ልጆች በቤት ውስጥ ሁኔታው ሲያሰጋ ወዴት መሄድና ለማን መደወል እንዳለባቸው መማር ይችላሉ። ልጆች ወደ 112 እና ወደ Bris (ለልጆችና ለወጣቶች የድጋፍ መስመር) መደወል ይችላሉ። Socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ለልጆቹ ድጋፍ ሊሰጥ ይችላል።
plan-children-field = ልጆቹ ይህን ያደርጋሉ፤ ለእነዚህ ሰዎችም መደወል ይችላሉ

## Staying or leaving: both are legitimate
plan-stay-title = ብቆይ
plan-stay-advice = ብዙ ሰዎች ለተወሰነ ጊዜ ወይም ለዘለቄታው ይቆያሉ፤ ይህም ትክክለኛ ምርጫ ነው። ከየትኞቹ ክፍሎች በቀላሉ መውጣት እንደሚችሉ፣ እንዲሁም ሁኔታው ሲያሰጋ ለማን መደወል እንደሚችሉ ያስቡ።
plan-stay-field = በምኖርበት ቦታ ይበልጥ ደኅንነቴን ለመጠበቅ ይህን አደርጋለሁ
plan-leave-title = መልቀቅ ከፈለግሁ
plan-leave-advice = የመልቀቂያው ጊዜ አደገኛ ሊሆን ይችላል። በመኖሪያ ቤት ጉዳይ ሊረዱ ከሚችሉ ከድጋፍ መስመር፣ ከድጋፍ ማዕከል (jour) ወይም ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ጋር ቢያቅዱት ጥሩ ነው።
plan-leave-field = ከዚያ በፊት ማዘጋጀት ያለብኝ ነገሮችና ሊረዳኝ የሚችል ሰው

## For young people
plan-youth-title = የማምነው አዋቂ ሰው
plan-youth-advice = ማን እንደሆኑ ሳይናገሩ ሁልጊዜ ወደ Bris (ለልጆችና ለወጣቶች የድጋፍ መስመር) መደወል ይችላሉ። የትምህርት ቤቱ አማካሪ (skolkurator) እና የትምህርት ቤቱ ነርስ ሊያዳምጡዎትና ከsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ጋር እንዲገናኙ ሊረዱዎት ይችላሉ።
plan-youth-field = ላነጋግረው የምችል አዋቂ ሰው፤ ለምሳሌ የትምህርት ቤቱ አማካሪ፣ መምህር ወይም ዘመድ

## A feared trip abroad
plan-trip-title = ከጉዞ በፊት
plan-trip-advice = ከጉዞው በፊት ለsocialtjänsten (የማኅበራዊ አገልግሎት ቢሮ)፣ ለፖሊስ ወይም ከክብር ጋር ለተያያዘ ጥቃት ለሚሠራው የድጋፍ መስመር ይንገሩ። ለልጆች socialtjänsten utreseförbud (ልጅ ከአገር እንዳይወጣ የሚከለክል እገዳ) ሊጠይቅ ይችላል። በዚያ አገር ያለውን የስዊድን ኤምባሲ አድራሻ ያስቀምጡ።
plan-trip-field = ከጉዞው በፊት የማደርገውና የማገኘው ሰው

## Exploitation
plan-papers-title = ሰነዶቼና ድጋፍ የማገኝበት ቦታ
plan-papers-advice = የፓስፖርትዎንና የሌሎች ሰነዶችዎን ፎቶ ወይም ቅጂ ያንሱ፤ ሌላ ማንም ሊደርስበት በማይችልበት ቦታም ያስቀምጡት። የመኖሪያ ፈቃድ ባይኖርዎትም እንኳ ፖሊስንና socialtjänsten (የማኅበራዊ አገልግሎት ቢሮ) ማግኘት ይችላሉ።
plan-papers-field = የምፈልጋቸው ቅጂዎችና ስልክ ቁጥሮች

## For someone who has used violence: when anger rises
plan-anger-title = ቁጣ ሲጨምር
plan-anger-advice = አንድ ነገር ከማድረግዎ በፊት በሰውነትዎና በሐሳብዎ ውስጥ ያሉትን ምልክቶች ማወቅን ይማሩ። ከቦታው ይራቁ፦ እረፍት እንደሚወስዱ ይናገሩ፤ ሲረጋጉም ይመለሱ። የሚያደርጉትን የሚወስኑት እርስዎ ራስዎ ነዎት።
plan-anger-signs-field = የእኔ የማስጠንቀቂያ ምልክቶች
plan-anger-do-field = ምልክቶቹን ሳስተውል ይህን አደርጋለሁ
plan-anger-call-field = ልደውልለት የምችለው ሰው ወይም የድጋፍ መስመር፤ ለምሳሌ Välj att sluta
