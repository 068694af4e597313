# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren له ځوانانو سره مرسته کوي چې پخپله معلومه کړي آیا هغه څه چې ورسره کېږي تاوتریخوالی دی، او له کومه ځایه مرسته ترلاسه کولای شي. دلته لوستلای شئ چې څنګه له یو زده کوونکي سره ملاتړ وکړئ.
staff-what-1 = دا وسیله په نږدې اړیکو کې د تاوتریخوالي، د عزت په نوم د تاوتریخوالي او ظلم، جنسي کار ته د فشار یا ناوړه ګټې اخیستنې، او د دې په اړه پوښتنې کوي چې آیا کس پخپله چا ته زیان رسولی دی. هغه څوک چې له 18 کلونو کم عمر لري، هغه پوښتنې ترلاسه کوي چې د ځوانانو لپاره لیکل شوې دي.
staff-what-2 = ځوابونه ښيي چې د تاوتریخوالي کوم ډولونه کېدای شي وي او کومې د ملاتړ کرښې او اړیکې مناسبې دي. که په ځوابونو کې د خطر کومه جدي نښه وي، لومړی 112 ښودل کېږي. زده کوونکی پخپله پرېکړه کوي چې څه وکړي.
staff-what-3 = هېڅ شی نه خوندي کېږي او نه لېږل کېږي. نه تاسو او نه ښوونځی لیدلای شي چې زده کوونکي څه ځواب ورکړی.

staff-talk-title = له هغه ځوان سره خبرې چې کېدای شي له تاوتریخوالي سره مخ وي
staff-talk-1 = په ارامۍ غوږ ونیسئ، په داسې ځای کې چې څوک مو ګډوډ نه کړي. پرېږدئ چې زده کوونکی په خپلو ټکو خبره وکړي.
staff-talk-2 = په هغه څه باور وکړئ چې زده کوونکی یې وايي، او ورته ووایاست چې ښه یې وکړل چې ویې ویل. دا هېڅکله د زده کوونکي تقصیر نه دی.
staff-talk-3 = ژمنه مه کوئ چې دا به پټ وساتئ. په صداقت سره ووایاست چې ښايي مجبور شئ socialtjänsten (ټولنیزو خدمتونو) ته راپور ورکړئ، او ولې.
staff-talk-4 = که شک لرئ چې زده کوونکی د کورنۍ د کوم غړي له تاوتریخوالي یا ګواښ، یا د عزت په نوم له تاوتریخوالي سره مخ دی، له سرپرستانو (مور او پلار یا قانوني سرپرست) سره اړیکه مه نیسئ. دا کار کېدای شي زده کوونکی په خطر کې واچوي. پرېږدئ چې socialtjänsten (ټولنیز خدمتونه) پرېکړه وکړي چې له کورنۍ سره کله او څنګه اړیکه ونیول شي.
staff-talk-5 = له کورنۍ یا د هغوی له شبکې څخه ترجمان مه کاروئ. مسلکي ترجمان وګمارئ، د بېلګې په توګه له بل ښار څخه ټیلیفوني ترجمان، او له زده کوونکي وپوښتئ چې آیا له دې ترجمان سره ځان خوندي احساسوي.
staff-talk-6 = هغه څه ولیکئ چې زده کوونکي وویل، د زده کوونکي په خپلو ټکو، او دا چې کله وویل شول. خپل تعبیرونه داسې مه لیکئ لکه حقیقتونه چې وي.
staff-talk-7 = داسې پوښتنې مه کوئ چې ځواب پکې ورښودل شوی وي، او پخپله له زده کوونکي تحقیق مه کوئ. پلټنه د socialtjänsten (ټولنیزو خدمتونو) او پولیسو دنده ده.

staff-same-day-title = هماغه ورځ
staff-same-day-1 = هماغه ورځ socialtjänsten (ټولنیزو خدمتونو) ته راپور ورکړئ. د نورو معلوماتو لپاره انتظار مه کوئ.
staff-same-day-2 = مدیر یا د زده کوونکو د روغتیا ټیم (elevhälsan) ته ووایاست. په یاد ولرئ چې د راپور ورکولو مکلفیت بیا هم ستاسو خپل دی.
staff-same-day-3 = که زده کوونکی په خطر کې وي یا کور ته د تللو زړه ونه لري، سمدستي socialtjänsten (ټولنیزو خدمتونو) ته زنګ ووهئ. له دفتري وخت بهر socialjouren (له دفتري وخت بهر ټولنیز خدمتونه) ته زنګ ووهئ، یا که بیړنی وي، 112 ته.
staff-same-day-4 = هغه زده کوونکی چې کور ته له تللو ډارېږي، تر هغه کور ته مه لېږئ چې له socialtjänsten (ټولنیز خدمتونه) یا socialjouren (له دفتري وخت بهر ټولنیز خدمتونه) سره مو اړیکه نه وي نیولې.

staff-duty-title = د راپور ورکولو مکلفیت (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = هر څوک چې په ښوونځي کې کار کوي، مکلف دی چې سمدستي socialtjänsten (ټولنیزو خدمتونو) ته راپور ورکړي، که پوه شي یا شک وکړي چې یو ماشوم زیانمن کېږي یا په بد حالت کې دی. دې ته anmälningsskyldighet (د راپور ورکولو مکلفیت) وايي، او په socialtjänstlagen (د ټولنیزو خدمتونو قانون، SFS 2025:400) کې راغلی دی.
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = شک کافي دی. تاسو ثبوت ته اړتیا نه لرئ. socialtjänsten (ټولنیز خدمتونه) پلټنه کوي.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = دا مکلفیت شخصي دی. تاسو یې مدیر، د ښوونځي مشاور (kurator) یا بل چا ته نشئ سپارلای.
staff-duty-4 = د هغې ښاروالۍ socialtjänsten (ټولنیزو خدمتونو) ته راپور ورکړئ چې ماشوم پکې اوسېږي. تاسو زنګ وهلای یا لیکلای شئ. له دفتري وخت بهر socialjouren (له دفتري وخت بهر ټولنیز خدمتونه) ته زنګ ووهئ، یا که بیړنی وي، 112 ته.

staff-lines-title = د مسلکي کارکوونکو لپاره د ملاتړ کرښې
staff-lines-intro = دلته مشوره ترلاسه کولای شئ، د بېلګې په توګه دا چې وروسته له دې چې یو زده کوونکي تاسو ته یو څه ووایه، څنګه مخکې لاړ شئ.

staff-builder-title = یو لینک او پوسټر جوړ کړئ
staff-builder-intro = ښاروالي او ژبې وټاکئ. دا په لینک او پوسټر کې ښکاري، او له دې پرته بل هېڅ شی نه.
staff-builder-municipality = ښاروالي
staff-builder-languages = ژبې (یوه، دوه یا درې وټاکئ)
staff-builder-youth = د ځوانانو پوښتنې مستقیم پرانیزئ
staff-builder-link-label = د شریکولو لینک
staff-builder-copy = لینک کاپي کړئ
staff-builder-copied = لینک کاپي شو.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = QR کوډ چې { $link } ته ځي
staff-builder-print = پوسټر چاپ کړئ
staff-builder-too-many-languages = تاسو تر ټولو ډېر درې ژبې ټاکلای شئ.

## The poster (printed in several languages side by side)

poster-title = آیا په کور کې، یا په واده یا د مینې په اړیکه کې، داسې څه کېږي چې تاسو اندېښمن کوي؟
poster-line = کوډ سکن کړئ. هېڅ شی نه خوندي کېږي. تاسو پخپله ټاکئ چې څه ځواب ورکړئ.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = آیا له 18 کلونو کم عمر لرئ؟ تاسو کولای شئ Bris (د ماشومانو او ځوانانو د ملاتړ کرښه) ته په { $number } شمېره زنګ ووهئ.
poster-emergency = آیا همدا اوس په خطر کې یاست؟ 112 ته زنګ ووهئ.
