# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren به جوانان کمک می‌کند خودشان بفهمند آنچه تجربه می‌کنند خشونت است یا نه، و از کجا می‌توانند کمک بگیرند. اینجا می‌توانید بخوانید چطور از یک دانش‌آموز حمایت کنید.
staff-what-1 = این ابزار دربارهٔ خشونت در روابط نزدیک، خشونت و سرکوب ناموسی، تحت فشار قرار گرفتن برای سکس یا مورد سوءاستفاده قرار گرفتن، و آسیب زدن خود فرد به دیگری سؤال می‌پرسد. کسانی که کمتر از ۱۸ سال دارند سؤال‌هایی می‌گیرند که برای جوانان نوشته شده است.
staff-what-2 = جواب‌ها نشان می‌دهند ممکن است موضوع چه نوع‌هایی از خشونت باشد و کدام خطوط حمایتی و شماره‌های تماس مناسب هستند. اگر جواب‌ها به یک نشانهٔ هشدار جدی اشاره کنند، اول 112 نشان داده می‌شود. دانش‌آموز خودش تصمیم می‌گیرد چه کار کند.
staff-what-3 = هیچ چیزی ذخیره یا فرستاده نمی‌شود. نه شما و نه مدرسه نمی‌توانید ببینید دانش‌آموز چه جواب داده است.

staff-talk-title = حرف زدن با جوانی که ممکن است در معرض خشونت باشد
staff-talk-1 = با آرامش گوش کنید، در جایی که کسی مزاحمتان نشود. بگذارید دانش‌آموز با کلمات خودش تعریف کند.
staff-talk-2 = آنچه دانش‌آموز تعریف می‌کند را باور کنید، و بگویید خوب کرد که گفت. این هرگز تقصیر او نیست.
staff-talk-3 = قول ندهید که موضوع را مخفی نگه دارید. صادقانه بگویید که ممکن است لازم باشد به socialtjänsten (خدمات اجتماعی) گزارش دهید، و چرا.
staff-talk-4 = اگر مشکوک هستید که دانش‌آموز از طرف کسی در خانواده در معرض خشونت یا تهدید است، یا در معرض خشونت ناموسی است، با سرپرستان قانونی او (vårdnadshavare) تماس نگیرید. این کار می‌تواند دانش‌آموز را در خطر بیندازد. بگذارید socialtjänsten (خدمات اجتماعی) تصمیم بگیرد که کی و چطور با خانواده تماس گرفته شود.
staff-talk-5 = از مترجم شفاهی‌ای از خانواده یا آشنایان آن‌ها استفاده نکنید. یک مترجم شفاهی حرفه‌ای رزرو کنید، مثلاً مترجم تلفنی از شهری دیگر، و از دانش‌آموز بپرسید آیا با این مترجم احساس امنیت می‌کند.
staff-talk-6 = آنچه دانش‌آموز گفته را با کلمات خود او بنویسید، و اینکه کی گفته شده است. برداشت‌های خودتان را طوری ننویسید که انگار واقعیت هستند.
staff-talk-7 = سؤال‌های جهت‌دار نپرسید و خودتان از دانش‌آموز بازجویی نکنید. بررسی و تحقیق وظیفهٔ socialtjänsten (خدمات اجتماعی) و پلیس است.

staff-same-day-title = همان روز
staff-same-day-1 = همان روز به socialtjänsten (خدمات اجتماعی) گزارش دهید. برای اینکه بیشتر بدانید صبر نکنید.
staff-same-day-2 = به مدیر مدرسه یا تیم سلامت دانش‌آموزان (elevhälsan) خبر دهید. یادتان باشد که وظیفهٔ گزارش دادن همچنان با خود شماست.
staff-same-day-3 = اگر دانش‌آموز در خطر است یا جرئت نمی‌کند به خانه برود، فوراً با socialtjänsten (خدمات اجتماعی) تماس بگیرید. خارج از ساعات اداری با socialjouren (خدمات اجتماعی اضطراری) تماس بگیرید، یا اگر فوری است با 112.
staff-same-day-4 = دانش‌آموزی را که از رفتن به خانه می‌ترسد، پیش از اینکه با socialtjänsten (خدمات اجتماعی) یا socialjouren (خدمات اجتماعی اضطراری) تماس برقرار کرده باشید، به خانه نفرستید.

staff-duty-title = وظیفهٔ گزارش دادن (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = همهٔ کسانی که در مدرسه کار می‌کنند موظف‌اند اگر بفهمند یا مشکوک شوند که کودکی در معرض آسیب است، فوراً به socialtjänsten (خدمات اجتماعی) گزارش دهند. به این وظیفه anmälningsskyldighet (وظیفهٔ گزارش دادن) می‌گویند و در قانون خدمات اجتماعی، socialtjänstlagen (SFS 2025:400)، آمده است.
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; socialnämnden utreder).
staff-duty-2 = همین که مشکوک باشید کافی است. به مدرک نیاز ندارید. socialtjänsten (خدمات اجتماعی) است که موضوع را بررسی می‌کند.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = این وظیفه شخصی است. نمی‌توانید آن را به مدیر مدرسه، مشاور مدرسه (kurator) یا کس دیگری واگذار کنید.
staff-duty-4 = به socialtjänsten (خدمات اجتماعی) در کمونی که کودک در آن زندگی می‌کند گزارش دهید. می‌توانید تلفن کنید یا بنویسید. خارج از ساعات اداری با socialjouren (خدمات اجتماعی اضطراری) تماس بگیرید، یا اگر فوری است با 112.

staff-lines-title = خطوط حمایتی برای متخصصان
staff-lines-intro = اینجا می‌توانید راهنمایی بگیرید، مثلاً دربارهٔ اینکه بعد از اینکه دانش‌آموزی چیزی به شما گفت، چه کار کنید.

staff-builder-title = ساختن یک لینک و یک پوستر
staff-builder-intro = کمون و زبان‌ها را انتخاب کنید. فقط همین‌ها در لینک و روی پوستر می‌آیند و هیچ چیز دیگری نمی‌آید.
staff-builder-municipality = کمون
staff-builder-languages = زبان‌ها (یک، دو یا سه زبان انتخاب کنید)
staff-builder-youth = سؤال‌های مخصوص جوانان مستقیم باز شود
staff-builder-link-label = لینک برای اشتراک‌گذاری
staff-builder-copy = کپی کردن لینک
staff-builder-copied = لینک کپی شد.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = کد QR که به { $link } می‌رود
staff-builder-print = چاپ پوستر
staff-builder-too-many-languages = حداکثر می‌توانید سه زبان انتخاب کنید.

## The poster (printed in several languages side by side)

poster-title = آیا در خانه یا با شریک زندگی‌تان اتفاقی می‌افتد که نگرانتان می‌کند؟
poster-line = کد را اسکن کنید. هیچ چیزی ذخیره نمی‌شود. خودتان انتخاب می‌کنید چه جوابی بدهید.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = زیر ۱۸ سال دارید؟ می‌توانید با Bris (خط حمایتی برای کودکان و نوجوانان) به شمارهٔ { $number } تماس بگیرید.
poster-emergency = آیا همین حالا در خطر هستید؟ با شمارهٔ 112 تماس بگیرید.
