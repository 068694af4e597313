# Vägvisaren — ትግርኛ.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

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

start-title = ጽቡቕ ዘይስምዓኩም ነገር ይፍጸም ኣሎዶ? ኣብዚ ብዛዕባ ዓመጽን ካበይ ሓገዝ ክትረኽቡ ከም እትኽእሉን ብህድኣት ከተንብቡ ትኽእሉ ኢኹም።
start-lead = ብዛዕባ እቲ ኣብ ልዕሊኹም ወይ ኣብ ልዕሊ እትሻቐልሉ ሰብ ዝፍጸም ዘሎ ንውሑዳት ሕቶታት መልሱ። እንታይ ክበሃል ከም ዝኽእልን ካበይ ደገፍ ክትረኽቡ ከም እትኽእሉን ክትፈልጡ ኢኹም። እቲ መልስታት ንዓኹም እንታይ ማለት ምዃኑ ዝውስኑ ንስኹም ኢኹም።
start-duration = ኣስታት ካብ ሓሙሽተ ክሳብ ዓሰርተ ደቒቕ ይወስድ። ሕቶታት ክትሓልፉ፣ ኣብ ዝደለኹምዎ ግዜ’ውን ደው ከተብሉ ትኽእሉ ኢኹም።
start-private = ካብቲ እትምልስዎ ዋላ ሓደ ኣይዕቀብን፣ ናብ ዝኾነ ቦታ’ውን ኣይለኣኽን። ክሳብ ነቲ ገጽ እትዓጽውዎ ኣብ ተሌፎንኩም ወይ ኮምፒተርኩም ጥራይ ይጸንሕ።
start-quick-exit = እቲ “ካብዚ ገጽ ቀልጢፍኩም ውጹ” ዝብል መጠወቒ ወትሩ ኣብ ላዕሊ ኣሎ። Shift ሰለስተ ግዜ ብምጥዋቕ’ውን ክትወጹ ትኽእሉ ኢኹም።
start-emergency = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ 112 ደውሉ።

## Questionnaire flow: path, age, self-description, questions

flow-path-title = እንታይ ክትፈልጡ ትደልዩ?
flow-path-partner = ብዛዕባይ – መጻምድተይ ወይ ናይ ቀደም መጻምድተይ
flow-path-family = ብዛዕባይ – ስድራይ፣ ኣዝማደይ ወይ ኣብ መዓልታዊ ህይወተይ ዝሕግዘኒ ሰብ
flow-path-exploitation = ብዛዕባይ – ሓደ ሰብ ጾታዊ ርክብ ክሸይጥ የገድደኒ፣ ወይ ስራሐይ፣ ገንዘበይ ወይ ወረቓቕተይ ይቆጻጸር
flow-path-worried = ብዛዕባ ዝሻቐለሉ ሰብ
flow-path-used-violence = ንቐረባይ ዝኾነ ሰብ ጎዲአ ወይ ኣፍሪሐ እየ
flow-path-partner-youth = ብዛዕባይ – ምስኡ ፍቕሪ ዘለኒ ወይ ዝነበረኒ ሰብ
flow-path-family-youth = ብዛዕባይ – ስድራይ ወይ ኣዝማደይ
flow-path-exploitation-youth = ብዛዕባይ – ሓደ ሰብ ኣብ ኢንተርነት ወይ ኣብ ናይ ብሓቂ ህይወት ናብ ጾታዊ ነገራት ይጸቕጠኒ፣ ወይ ንዕኡ ክሰርሕ ወይ ገበን ክፍጽም ይገብረኒ
flow-path-worried-youth = ብዛዕባ ዝሻቐለሉ መሓዛይ ወይ ካልእ ሰብ
flow-path-used-violence-youth = ካብ ስድራይ ንሓደ ሰብ ወይ ምስኡ ፍቕሪ ዘለኒ ሰብ ጎዲአ ወይ ኣፍሪሐ እየ
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

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = ድሕንነትኩም ኣብዚ ገጽ

## Help view (reachable without the questions)

help-title = ሓገዝ ድለዩ
help-intro = ኣብዚ ንመላእ ሽወደን ዝኾኑ መስመራት ደገፍን ኣብ ኮሙንኩም ዘለዉ ርክባትን ኣለዉ፦ ኣብ ቀረባ ዝምድናታት ንዝፍጸም ዓመጽ፣ ምስ ክብሪ ንዝተተሓሓዘ ዓመጽን ጭቆናን፣ ጾታዊ ርክብ ምሻጥ (prostitution) ወይ ንግዲ ደቂ ሰብ ንእትቃልዑ፣ ብዛዕባ ሓደ ሰብ ንእትሻቐሉ፣ ከምኡ’ውን ዓመጽ ምጥቃም ደው ከተብሉ ንእትደልዩ። ምስ መን ክትራኸቡን እንታይ ክትነግሩን ባዕልኹም ትውስኑ።
help-emergency = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ 112 ደውሉ።
help-not-sure = ዓመጽ ምዃኑ ርግጸኛታት’ኳ እንተዘይኮንኩም ክትድውሉ ትኽእሉ ኢኹም። ምሽቓልኩም ወይ ክትዛረቡ ምድላይኩም ይኣክል።

help-what-happens-title = ናብ መስመር ደገፍ ክትድውሉ ከለኹም እዚ ይፍጸም
help-what-happens-1 = ሓደ ሰብ ይሰምዓኩም፣ ዝበልኩምዎ ድማ ብዕቱብ ይወስዶ።
help-what-happens-2 = እንታይ ክትነግሩ ከም እትደልዩ ባዕልኹም ትውስኑ፣ ነቲ ጻውዒት’ውን ኣብ ዝደለኹምዎ ግዜ ከተቋርጽዎ ትኽእሉ ኢኹም።
help-what-happens-3 = ብዙሓት መስመራት ደገፍ ብነጻ እዮም፣ ኣብ ብዙሓት ድማ ስምኩም ከይገለጽኩም ክትዛረቡ ትኽእሉ ኢኹም። ኣብ ነፍሲ ወከፍ ርክብ ተጻሒፉ ኣሎ።
help-what-happens-4 = ብዙሓት መስመራት ደገፍ ብቋንቋኹም ክትዛረቡ ተርጓሚ ከዳልዉ ይኽእሉ።

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = ቁጽሪ ተሌፎን ናይ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ኣብ ኮሙን { $municipality } ገና የብልናን። ናብ ማእከላይ ተሌፎን (växel) ናይ ኮሙን ደውሉ እሞ ምስ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ክትዛረቡ ሕተቱ። ካብ ሰዓታት ስራሕ ወጻኢ socialjouren (ናይ ህጹጽ ግዜ ማሕበራዊ ኣገልግሎት) ሕተቱ፣ ወይ ህጹጽ እንተኾይኑ ናብ 112 ደውሉ።

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
contact-source = እቲ ሓበሬታ ዝተነበሉ ዕለት፦ { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = ዕለት ናይቲ ምንጪ ገጽ፦ { $date }
contact-source-third-party = እቲ ሓበሬታ ካብ ናይቲ ትካል ናይ ባዕሉ ገጽ ዘይኮነስ፣ ካብ ካልእ ገጽ ጥራይ እዩ ዝተረኽበ
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = ከምቲ ምንጪ ዝብሎ፣ እዚ መስመር ክሳብ { $date } ገንዘብ (በጀት) ነይርዎ። ሕጂ ገና ይሰርሕ እንተሎ ኣይንፈልጥን።
contact-switchboard = እዚ ቁጽሪ ናብ ማእከላይ ተሌፎን (växel) ናይ ኮሙን ይወስድ። ምስ socialtjänsten (ቤት ጽሕፈት ማሕበራዊ ኣገልግሎት) ክትዛረቡ ሕተቱ።
contact-via-112 = ናብ 112 ደዊልኩም ምስ socialjouren (ናይ ህጹጽ ግዜ ማሕበራዊ ኣገልግሎት) ክትዛረቡ ብምሕታት ክትረኽብዎም ትኽእሉ ኢኹም።
contact-for-professionals = ንሞያውያን
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = ንመን እዩ፦ { $audiences }

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
kind-mens-shelter = Mansjour (ደገፍ ንደቂ ተባዕትዮ)
kind-youth-clinic = Ungdomsmottagning (ክሊኒክ መንእሰያት)
kind-perpetrator-programme = ዓመጽ ንምቁራጽ ዝሕግዝ ደገፍ
kind-victim-support = ድሕሪ ገበን ደገፍ
kind-health = ክንክን ጥዕና
kind-suicide-prevention = ሓሳብ ርእሰ-ቅትለት ምስ ዘሎ ደገፍ

## Who the contact is for (phrases after “For: …”)

audience-everyone = ኩሉ ሰብ
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

result-contacts-title = ኣብዚ ደገፍ ክትረኽቡ ትኽእሉ ኢኹም

## School staff page

staff-title = ኣብ ቤት ትምህርቲ ንእትሰርሑ
staff-load-failed = እቲ ገጽ ክጽዓን ኣይከኣለን። ምትእስሳርኩም ኣረጋግጹ እሞ እንደገና ፈትኑ።
plan-load-failed = እቲ መደብ ድሕንነት ክጽዓን ኣይከኣለን። ምትእስሳርኩም ኣረጋግጹ እሞ እንደገና ፈትኑ።
text-load-failed = እቲ ጽሑፍ ክጽዓን ኣይከኣለን። ምትእስሳርኩም ኣረጋግጹ እሞ እንደገና ፈትኑ።
text-load-retry = እንደገና ፈትኑ
read-aloud = ብድምጺ ኣንብቡ
read-aloud-stop = ምንባብ ደው ኣብሉ

## About Vägvisaren

about-title = ብዛዕባ Vägvisaren
language-status-marker = ብማሽን ዝተተርጎመ

## Navigation

nav-start-questions = ሕቶታት ጀምሩ
nav-help = ሓገዝ ድለዩ
nav-safety = ድሕንነትኩም
nav-staff = ንሰራሕተኛታት ቤት ትምህርቲ
nav-about = ብዛዕባና
nav-plan = መደብ ድሕንነት ስርሑ
nav-back = ንድሕሪት
nav-next = ዝቕጽል
nav-home = ናብ መበገሲ ገጽ

