# Vägvisaren — پښتو.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – ملاتړ او مرسته
language-label = ژبه

## Quick exit

quick-exit-button = له دې پاڼې ژر ووځئ
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] له پاڼې د وتلو لپاره یو ځل بیا Shift کېکاږئ.
   *[other] له پاڼې د وتلو لپاره { $remaining } ځله نور Shift کېکاږئ.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = «{ $code }» ژبه لا دلته نشته، نو پاڼه په سویډني ژبه ښودل کېږي. تاسو کولای شئ پورته بله ژبه وټاکئ.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = د ښاروالۍ کوډ «{ $code }» شتون نه لري، نو هېڅ ښاروالي نه ده ټاکل شوې. تاسو کولای شئ د «مرسته ومومئ» په برخه کې ښاروالي وټاکئ.

## Start screen

start-title = آیا داسې څه کېږي چې سم نه ښکاري؟ دلته کولای شئ په ارامۍ سره د تاوتریخوالي په اړه ولولئ او دا چې له کومه ځایه مرسته ترلاسه کولای شئ.
start-lead = د هغه څه په اړه څو پوښتنو ته ځواب ورکړئ چې له تاسو سره کېږي، یا له هغه چا سره چې د هغه په اړه اندېښمن یاست. تاسو به پوه شئ چې دې ته څه ویل کېدای شي او له کومه ځایه ملاتړ ترلاسه کولای شئ. تاسو پخپله پرېکړه کوئ چې دا ځوابونه ستاسو لپاره څه مانا لري.
start-duration = شاوخوا پنځه تر لس دقیقې وخت نیسي. تاسو کولای شئ پوښتنې پرېږدئ او هر وخت چې مو زړه وغواړي، ودرېږئ.
start-private = هغه څه چې تاسو یې ځوابوئ، نه خوندي کېږي او نه چېرته لېږل کېږي. دا یوازې ستاسو په ټیلیفون یا کمپیوټر کې پاتې کېږي، تر هغه چې پاڼه بنده کړئ.
start-quick-exit = د «له دې پاڼې ژر ووځئ» تڼۍ تل په سر کې ده. تاسو کولای شئ درې ځله Shift هم کېکاږئ.
start-emergency = آیا همدا اوس په خطر کې یاست؟ 112 ته زنګ ووهئ.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = تاسو غواړئ د څه په اړه معلومات ترلاسه کړئ؟
flow-path-partner = زما په اړه – هغه څوک چې ورسره د واده یا مینې اړیکه لرم یا مې لرله
flow-path-family = زما په اړه – زما کورنۍ، خپلوان یا هغه څوک چې په ورځني ژوند کې زما مرسته کوي
flow-path-exploitation = زما په اړه – څوک مې اړ باسي چې د پیسو په بدل کې جنسي اړیکه وکړم، یا زما کار، پیسې یا اسناد کنټرولوي
flow-path-worried = د هغه چا په اړه چې ورته اندېښمن یم
flow-path-used-violence = ما یو نږدې کس ته زیان رسولی یا مې ډار کړی دی
flow-path-partner-youth = زما په اړه – هغه څوک چې ورسره د مینې اړیکه لرم یا مې لرله
flow-path-family-youth = زما په اړه – زما کورنۍ یا خپلوان
flow-path-exploitation-youth = زما په اړه – څوک پر ما فشار راوړي چې جنسي کارونه وکړم، په انټرنېټ کې یا په ریښتیني ژوند کې، یا مې اړ باسي چې د دوی لپاره کار یا جرمونه وکړم
flow-path-worried-youth = د یو ملګري یا بل چا په اړه چې اندېښنه یې لرم
flow-path-used-violence-youth = ما په کورنۍ کې یو چا ته، یا هغه چا ته چې ورسره د مینې اړیکه لرم، زیان رسولی یا مې ډارولی دی
flow-age-title = تاسو څو کلن یاست؟
flow-age-under-18 = له 18 کلونو کم
flow-age-adult = 18 کلن یا زیات
flow-about-child-title = آیا هغه کس چې تاسو یې په اړه اندېښمن یاست، له 18 کلونو کم عمر لري؟
flow-about-child-yes = هو، له 18 کلونو کم
flow-about-child-no = نه، 18 کلن یا زیات
flow-about-child-unknown = نه پوهېږم
flow-self-title = تاسو خپل ځان څنګه بیانوئ؟
flow-self-hint = ځواب ورکول اړین نه دي. ځواب یوازې د هغه ملاتړ د ښودلو لپاره کارول کېږي چې تاسو ته مناسب وي، او نه خوندي کېږي.
flow-self-woman = ښځه یا نجلۍ
flow-self-man = نارینه یا هلک
flow-self-trans = ټرانس یا نان‌باینري
flow-self-rather-not-say = نه غواړم ووایم
flow-skip = پرېږدئ
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = پوښتنه { $current } له { $total }
flow-answer-yes = هو
flow-answer-sometimes = کله کله
flow-answer-no = نه
flow-answer-rather-not-say = نه غواړم ووایم
flow-answers-label = ستاسو ځواب
flow-see-result = پایله وګورئ
flow-change-hint = تاسو کولای شئ هر وخت بېرته لاړ شئ او خپل ځواب بدل کړئ.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = پدې پاڼه کې ستاسو خوندیتوب

## Help view (reachable without the questions)

help-title = مرسته ومومئ
help-intro = دلته د ټول سویډن لپاره د ملاتړ کرښې او ستاسو په ښاروالۍ کې اړیکې شته: د هغو کسانو لپاره چې په نږدې اړیکو کې له تاوتریخوالي، د عزت په نوم له تاوتریخوالي او ظلم، د پیسو په بدل کې له جنسي اړیکې (prostitution) یا د انسانانو له قاچاق سره مخ دي؛ د هغو کسانو لپاره چې د بل چا په اړه اندېښمن دي؛ او د هغو کسانو لپاره چې غواړي تاوتریخوالی پرېږدي. تاسو پخپله پرېکړه کوئ چې له چا سره اړیکه ونیسئ او څه ووایاست.
help-emergency = آیا همدا اوس په خطر کې یاست؟ 112 ته زنګ ووهئ.
help-not-sure = تاسو زنګ وهلای شئ حتی که ډاډه نه یاست چې دا تاوتریخوالی دی. همدومره بس ده چې اندېښمن یاست یا غواړئ خبرې وکړئ.

help-what-happens-title = کله چې د ملاتړ کرښې ته زنګ ووهئ، دا کېږي
help-what-happens-1 = څوک ستاسو خبرو ته غوږ نیسي او هغه څه جدي نیسي چې تاسو یې وایاست.
help-what-happens-2 = تاسو پخپله پرېکړه کوئ چې څه ووایاست، او هر وخت چې وغواړئ زنګ پای ته رسولای شئ.
help-what-happens-3 = ډېرې د ملاتړ کرښې وړیا دي، او په ډېرو کې کولای شئ خپل نوم ونه وایاست. دا د هرې اړیکې سره لیکل شوي دي.
help-what-happens-4 = ډېرې د ملاتړ کرښې ترجمان برابرولای شي، څو تاسو په خپله ژبه خبرې وکړای شئ.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = موږ لا په { $municipality } کې د socialtjänsten (ټولنیز خدمتونه) شمېره نه لرو. د ښاروالۍ عمومي شمېرې (växel) ته زنګ ووهئ او وغواړئ چې له socialtjänsten (د ښاروالۍ ټولنیز خدمتونه) سره خبرې وکړئ. له دفتري وخت بهر د socialjouren (له دفتري وخت بهر ټولنیز خدمتونه) غوښتنه وکړئ، یا که بیړنی وي، 112 ته زنګ ووهئ.

help-municipality-label = ستاسو ښاروالي
help-municipality-hint = د خپلې ښاروالۍ نوم ولیکئ. ستاسو انتخاب ستاسو په ټیلیفون یا کمپیوټر کې پاتې کېږي او نه خوندي کېږي. پاڼه د ټولو ښاروالیو اړیکې یوځای راوړي، نو هېڅوک نشي لیدلای چې تاسو کومه ټاکلې ده.
help-municipality-no-match = موږ په دې نوم هېڅ ښاروالي ونه موندله. املا وګورئ یا د نوم پیل ولیکئ.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = تاسو { $municipality } ټاکلې ده.
help-municipality-change = ښاروالي بدله کړئ

help-national-title = په ټول سویډن کې ملاتړ
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = په { $municipality } کې ملاتړ

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = { $number } ته زنګ ووهئ
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = { $number } ته لنډ پیغام (SMS) ولېږئ
contact-chat = چټ پرانیزئ
contact-web = وېبپاڼه پرانیزئ
contact-open-always = شپه او ورځ، هره ورځ پرانیستې
contact-open-now = اوس پرانیستې ده
contact-closed-now = همدا اوس تړلې ده
contact-hours-unknown = موږ ونه شو کړای چې د کار وختونه وڅېړو.
contact-free = وړیا
contact-anonymous = تاسو کولای شئ خپل نوم ونه وایاست
contact-interpreter = ترجمان برابرېدای شي
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = تاسو کولای شئ په { $languages } هم خبرې وکړئ.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = دا معلومات په { $date } وکتل شول
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = د سرچینې پاڼه د { $date } نېټه لري
contact-source-third-party = دا معلومات یوازې له یوې بلې پاڼې اخیستل شوي، نه د ادارې له خپلې پاڼې
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = سرچینه وايي چې دې کرښې تر { $date } پورې بودیجه درلوده. موږ نه پوهېږو چې لا شته که نه.
contact-switchboard = دا شمېره د ښاروالۍ عمومي شمېرې (växel) ته ځي. وغواړئ چې له socialtjänsten (د ښاروالۍ ټولنیز خدمتونه) سره خبرې وکړئ.
contact-via-112 = دې خدمت ته د رسېدو لپاره 112 ته زنګ ووهئ او وغواړئ چې له socialjouren (له دفتري وخت بهر ټولنیز خدمتونه) سره خبرې وکړئ.
contact-for-professionals = د مسلکي کارکوونکو لپاره
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = د چا لپاره: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = هره ورځ
days-weekdays = دوشنبه–جمعه
days-weekends = شنبه–یکشنبه
days-mon = دوشنبه
days-tue = سه‌شنبه
days-wed = چهارشنبه
days-thu = پنجشنبه
days-fri = جمعه
days-sat = شنبه
days-sun = یکشنبه

## What kind of contact it is (short noun phrases)

kind-emergency = د بیړني حالت شمېره
kind-police = پولیس
kind-helpline = د ملاتړ کرښه
kind-social-services = Socialtjänsten (د ښاروالۍ ټولنیز خدمتونه)
kind-social-services-on-call = Socialjouren (له دفتري وخت بهر ټولنیز خدمتونه)
kind-womens-shelter = Kvinnojour (د ښځو د ملاتړ مرکز)
kind-girls-shelter = Tjejjour (د نجونو او ځوانو ښځو ملاتړ)
kind-mens-shelter = Mansjour (د نارینه وو ملاتړ)
kind-youth-clinic = Ungdomsmottagning (د ځوانانو روغتیایي مرکز)
kind-perpetrator-programme = د تاوتریخوالي د پرېښودو لپاره ملاتړ
kind-victim-support = له جرم وروسته ملاتړ
kind-health = روغتیا او درملنه
kind-suicide-prevention = د ځان وژلو د فکرونو پر مهال ملاتړ

## Who the contact is for (phrases after “For: …”)

audience-everyone = ټول
audience-women = ښځې
audience-men = نارینه
audience-trans = ټرانس او نان‌باینري کسان
audience-young = ځوانان
audience-children = له 18 کلونو کم عمر ماشومان
audience-honour = هغه کسان چې د عزت په نوم له تاوتریخوالي او ظلم سره مخ دي
audience-trafficking = هغه کسان چې د پیسو په بدل کې جنسي اړیکه کوي یا د انسانانو له قاچاق سره مخ دي
audience-uses-violence = هغه کسان چې تاوتریخوالی کوي او غواړي بس یې کړي
audience-worried-others = هغه کسان چې د بل چا په اړه اندېښمن دي
audience-professionals = مسلکي کارکوونکي

result-contacts-title = دلته ملاتړ ترلاسه کولای شئ

## School staff page

staff-title = د هغو کسانو لپاره چې په ښوونځي کې کار کوي
staff-load-failed = پاڼه پورته نه شوه. خپل انټرنیټ وګورئ او بیا هڅه وکړئ.
plan-load-failed = د خوندیتوب پلان پورته نه شو. خپل انټرنیټ وګورئ او بیا هڅه وکړئ.
text-load-failed = متن پورته نه شو. خپل انټرنیټ وګورئ او بیا هڅه وکړئ.
text-load-retry = بیا هڅه وکړئ
read-aloud = په لوړ غږ ولولئ
read-aloud-stop = لوستل ودروئ

## About Vägvisaren

about-title = د Vägvisaren په اړه
language-status-marker = ماشیني ژباړه

## Navigation

nav-start-questions = پوښتنې پیل کړئ
nav-help = مرسته ومومئ
nav-safety = ستاسو خوندیتوب
nav-staff = د ښوونځي د کارکوونکو لپاره
nav-about = د پاڼې په اړه
nav-plan = د خوندیتوب پلان جوړ کړئ
nav-back = شاته
nav-next = بل
nav-home = لومړۍ پاڼه

