# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren به جوانان کمک می‌کند که خودشان بفهمند آنچه تجربه می‌کنند خشونت است یا نه، و از کجا می‌توانند کمک بگیرند. اینجا می‌توانید بخوانید که چطور از یک شاگرد حمایت کنید.
staff-what-1 = این وسیله در مورد خشونت در روابط نزدیک، خشونت و ستم به نام ناموس، زیر فشار قرار گرفتن برای سکس یا استثمار شدن، و آسیب رساندن خود فرد به کس دیگری سوال می‌پرسد. کسی که زیر ۱۸ سال دارد، سوال‌هایی می‌گیرد که برای جوانان نوشته شده است.
staff-what-2 = جواب‌ها نشان می‌دهند که ممکن است موضوع کدام انواع خشونت باشد و کدام خطوط حمایتی و شماره‌های تماس مناسب هستند. اگر در جواب‌ها یک نشانهٔ خطر جدی آمده باشد، اول شمارهٔ 112 نشان داده می‌شود. شاگرد خودش تصمیم می‌گیرد که چه کند.
staff-what-3 = هیچ چیزی ذخیره یا فرستاده نمی‌شود. نه شما و نه مکتب نمی‌توانید ببینید که شاگرد چه جواب داده است.

staff-talk-title = گپ زدن با جوانی که ممکن است در معرض خشونت باشد
staff-talk-1 = با آرامش گوش بدهید، در جایی که کسی مزاحم‌تان نشود. بگذارید که شاگرد با کلمات خودش قصه کند.
staff-talk-2 = آنچه را شاگرد قصه می‌کند باور کنید، و بگویید که خوب کرد که گفت. این هیچ وقت گناه او نیست.
staff-talk-3 = وعده ندهید که موضوع را پنهان نگه می‌دارید. صادقانه بگویید که ممکن است لازم باشد به socialtjänsten (خدمات اجتماعی) گزارش بدهید، و چرا.
staff-talk-4 = اگر شک دارید که شاگرد از طرف کسی در خانواده با خشونت یا تهدید روبرو است، یا در معرض خشونت به نام ناموس قرار دارد، با سرپرستان قانونی او (والدین) تماس نگیرید. این کار می‌تواند شاگرد را در خطر بیندازد. بگذارید socialtjänsten (خدمات اجتماعی) تصمیم بگیرد که چه وقت و چطور با خانواده تماس گرفته شود.
staff-talk-5 = از ترجمانی از خانواده یا آشنایان آن‌ها استفاده نکنید. یک ترجمان مسلکی بگیرید، مثلاً یک ترجمان تیلفونی از یک شهر دیگر، و از شاگرد بپرسید که آیا با این ترجمان احساس مصئونیت می‌کند.
staff-talk-6 = آنچه را شاگرد گفته با کلمات خود او بنویسید، و اینکه چه وقت گفته شده است. برداشت‌های خود را طوری ننویسید که گویا حقیقت هستند.
staff-talk-7 = سوال‌هایی نپرسید که جواب را به شاگرد القا کند، و خودتان از شاگرد بازپرسی نکنید. تحقیق کردن وظیفهٔ socialtjänsten (خدمات اجتماعی) و پولیس است.

staff-same-day-title = همان روز
staff-same-day-1 = همان روز به socialtjänsten (خدمات اجتماعی) گزارش بدهید. برای اینکه بیشتر بدانید انتظار نکشید.
staff-same-day-2 = به مدیر مکتب یا تیم صحت شاگردان (elevhälsan) خبر بدهید. به یاد داشته باشید که وظیفهٔ گزارش دادن باز هم به دوش خود شما است.
staff-same-day-3 = اگر شاگرد در خطر است یا جرئت نمی‌کند به خانه برود، فوراً به socialtjänsten (خدمات اجتماعی) زنگ بزنید. بیرون از اوقات رسمی کار به socialjouren (نوکریوال خدمات اجتماعی) زنگ بزنید، یا اگر عاجل است به 112.
staff-same-day-4 = شاگردی را که از رفتن به خانه می‌ترسد، پیش از اینکه با socialtjänsten (خدمات اجتماعی) یا socialjouren (نوکریوال خدمات اجتماعی) تماس گرفته باشید، به خانه نفرستید.

staff-duty-title = Anmälningsskyldighet (وظیفهٔ گزارش دادن)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = همهٔ کسانی که در مکتب کار می‌کنند مکلف هستند که اگر بفهمند یا شک کنند که طفلی در وضع بد و در معرض آسیب است، فوراً به socialtjänsten (خدمات اجتماعی) گزارش بدهند. به این anmälningsskyldighet (وظیفهٔ گزارش دادن) می‌گویند و در قانون خدمات اجتماعی، socialtjänstlagen (SFS 2025:400)، آمده است.
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; socialnämnden utreder).
staff-duty-2 = همین که شک داشته باشید کافی است. به ثبوت ضرورت ندارید. socialtjänsten (خدمات اجتماعی) است که موضوع را بررسی می‌کند.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = این وظیفه شخصی است. نمی‌توانید آن را به مدیر مکتب، مشاور مکتب (kurator) یا کس دیگری بسپارید.
staff-duty-4 = به socialtjänsten (خدمات اجتماعی) در کمونی که طفل در آن زندگی می‌کند گزارش بدهید. می‌توانید زنگ بزنید یا بنویسید. بیرون از اوقات رسمی کار به socialjouren (نوکریوال خدمات اجتماعی) زنگ بزنید، یا اگر عاجل است به 112.

staff-lines-title = خطوط حمایتی برای کارمندان مسلکی
staff-lines-intro = اینجا می‌توانید مشوره بگیرید، مثلاً در مورد اینکه بعد از اینکه یک شاگرد چیزی به شما گفت، چه کار کنید.

staff-builder-title = ساختن یک لینک و یک پوستر
staff-builder-intro = کمون و زبان‌ها را انتخاب کنید. تنها همین‌ها در لینک و بالای پوستر می‌آیند، و هیچ چیز دیگری نمی‌آید.
staff-builder-municipality = کمون
staff-builder-languages = زبان‌ها (یک، دو یا سه زبان انتخاب کنید)
staff-builder-youth = سوال‌های مخصوص جوانان مستقیم باز شود
staff-builder-link-label = لینک برای شریک ساختن
staff-builder-copy = کاپی کردن لینک
staff-builder-copied = لینک کاپی شد.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = کود QR که به { $link } می‌رود
staff-builder-print = چاپ کردن پوستر
staff-builder-too-many-languages = حد اکثر می‌توانید سه زبان انتخاب کنید.

## The poster (printed in several languages side by side)

poster-title = آیا در خانه یا با شریک زندگی‌تان چیزی اتفاق می‌افتد که شما را تشویش می‌دهد؟
poster-line = کود را اسکن کنید. هیچ چیزی ذخیره نمی‌شود. خودتان انتخاب می‌کنید که چه جواب بدهید.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = زیر ۱۸ سال دارید؟ می‌توانید به Bris (خط حمایتی برای اطفال و نوجوانان) به شمارهٔ { $number } زنگ بزنید.
poster-emergency = آیا همین حالا در خطر هستید؟ به شمارهٔ 112 زنگ بزنید.
