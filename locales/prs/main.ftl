# Vägvisaren — دری.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – حمایت و کمک
language-label = زبان

## Quick exit

quick-exit-button = خروج سریع از این صفحه
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] برای خروج از صفحه، یک بار دیگر دکمهٔ Shift را فشار دهید.
   *[other] برای خروج از صفحه، { $remaining } بار دیگر دکمهٔ Shift را فشار دهید.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = زبان «{ $code }» هنوز در اینجا موجود نیست، به همین خاطر صفحه به زبان سویدنی نشان داده می‌شود. می‌توانید در بالای صفحه زبان دیگری را انتخاب کنید.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = کود کمون (شاروالی) «{ $code }» وجود ندارد، به همین خاطر هیچ کمونی انتخاب نشده است. می‌توانید در بخش «دریافت کمک» کمون خود را انتخاب کنید.

## Start screen

start-title = آیا چیزی پیش می‌آید که به نظر‌تان درست نیست؟ اینجا می‌توانید با آرامش در مورد خشونت بخوانید و ببینید که از کجا می‌توانید کمک بگیرید.
start-lead = به چند سوال در مورد آنچه بالای شما یا کسی که در موردش تشویش دارید می‌گذرد جواب بدهید. می‌فهمید که نام آن چه شده می‌تواند و از کجا می‌توانید حمایت بگیرید. خودتان تصمیم می‌گیرید که این جواب‌ها برای شما چه معنایی دارند.
start-duration = تقریباً پنج تا ده دقیقه وقت می‌گیرد. می‌توانید از سوال‌ها بگذرید و هر وقت خواستید دست بکشید.
start-private = هیچ یک از جواب‌های شما ذخیره نمی‌شود و به هیچ جایی فرستاده نمی‌شود. جواب‌ها تا وقتی که صفحه را ببندید، تنها در مبایل یا کمپیوتر شما می‌مانند.
start-quick-exit = دکمهٔ «خروج سریع از این صفحه» همیشه در بالای صفحه است. همچنان می‌توانید سه بار دکمهٔ Shift را فشار دهید.
start-emergency = آیا همین حالا در خطر هستید؟ به شمارهٔ 112 زنگ بزنید.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = در مورد چه چیزی می‌خواهید بدانید؟
flow-path-partner = در مورد خودم – شریک زندگی فعلی یا سابقم
flow-path-family = در مورد خودم – خانواده، خویشاوندان یا کسی که در زندگی روزمره به من کمک می‌کند
flow-path-exploitation = در مورد خودم – کسی مرا به فروش سکس وادار می‌کند یا کار، پول یا اسنادم را در اختیار دارد
flow-path-worried = در مورد کسی که تشویشش را دارم
flow-path-used-violence = من به یکی از نزدیکانم آسیب رسانده‌ام یا او را ترسانده‌ام
flow-path-partner-youth = در مورد خودم – کسی که با او رابطه دارم یا داشته‌ام
flow-path-family-youth = در مورد خودم – خانواده یا خویشاوندانم
flow-path-exploitation-youth = در مورد خودم – کسی مرا برای کارهای جنسی زیر فشار می‌گذارد، در انترنت یا در زندگی واقعی، یا مرا وادار می‌کند که برای آن‌ها کار کنم یا جرم انجام بدهم
flow-path-worried-youth = در مورد یک دوست یا کس دیگری که در موردش تشویش دارم
flow-path-used-violence-youth = من به کسی در خانواده یا کسی که با او رابطه دارم آسیب رسانده‌ام یا او را ترسانده‌ام
flow-age-title = چند ساله هستید؟
flow-age-under-18 = کمتر از ۱۸ سال
flow-age-adult = ۱۸ سال یا بیشتر
flow-about-child-title = آیا کسی که در موردش تشویش دارید کمتر از ۱۸ سال دارد؟
flow-about-child-yes = بلی، کمتر از ۱۸ سال
flow-about-child-no = نخیر، ۱۸ سال یا بیشتر
flow-about-child-unknown = نمی‌دانم
flow-self-title = خود را چطور معرفی می‌کنید؟
flow-self-hint = لازم نیست جواب بدهید. جواب شما تنها برای نشان دادن کمک‌هایی که مناسب شما است استفاده می‌شود و ذخیره نمی‌شود.
flow-self-woman = زن یا دختر
flow-self-man = مرد یا پسر
flow-self-trans = ترنس‌جندر یا نان‌باینری
flow-self-rather-not-say = نمی‌خواهم جواب بدهم
flow-skip = تیر شدن
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = سوال { $current } از { $total }
flow-answer-yes = بلی
flow-answer-sometimes = گاهی
flow-answer-no = نخیر
flow-answer-rather-not-say = نمی‌خواهم جواب بدهم
flow-answers-label = جواب شما
flow-see-result = دیدن نتیجه
flow-change-hint = هر وقت خواستید می‌توانید پس بروید و یک جواب را تغییر بدهید.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = مصئونیت شما در این صفحه

## Help view (reachable without the questions)

help-title = دریافت کمک
help-intro = اینجا خطوط حمایتی برای تمام سویدن و شماره‌های تماس در کمون شما موجود است: برای شما که در معرض خشونت در روابط نزدیک، خشونت و ستم به نام ناموس، فروش سکس یا قاچاق انسان قرار دارید، برای شما که در مورد کسی تشویش دارید، و برای شما که می‌خواهید خشونت را کنار بگذارید. خودتان تصمیم می‌گیرید که با کی تماس بگیرید و چه بگویید.
help-emergency = آیا همین حالا در خطر هستید؟ به شمارهٔ 112 زنگ بزنید.
help-not-sure = حتی اگر مطمئن نیستید که این خشونت است، می‌توانید زنگ بزنید. همین که تشویش دارید یا می‌خواهید گپ بزنید کافی است.

help-what-happens-title = وقتی به یک خط حمایتی زنگ می‌زنید این اتفاق می‌افتد
help-what-happens-1 = کسی به گپ‌های شما گوش می‌دهد و آنچه را می‌گویید جدی می‌گیرد.
help-what-happens-2 = خودتان تصمیم می‌گیرید که چه بگویید، و هر وقت خواستید می‌توانید تماس را ختم کنید.
help-what-happens-3 = بسیاری از خطوط حمایتی رایگان هستند، و در بسیاری از آن‌ها می‌توانید ناشناس بمانید. این موضوع در کنار هر شمارهٔ تماس نوشته شده است.
help-what-happens-4 = بسیاری از خطوط حمایتی می‌توانند ترجمان بگیرند، تا شما بتوانید به زبان خود گپ بزنید.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = ما هنوز شماره‌ای برای socialtjänsten (خدمات اجتماعی) در { $municipality } نداریم. به شمارهٔ مرکزی کمون (växel) زنگ بزنید و بخواهید که با socialtjänsten (خدمات اجتماعی) صحبت کنید. بیرون از اوقات رسمی کار می‌توانید socialjouren (نوکریوال خدمات اجتماعی، بیرون از اوقات رسمی) را بخواهید، یا اگر عاجل است به 112 زنگ بزنید.

help-municipality-label = کمون شما
help-municipality-hint = نام کمون خود را بنویسید. انتخاب شما در مبایل یا کمپیوتر‌تان می‌ماند و ذخیره نمی‌شود. صفحه شماره‌های تماس همهٔ کمون‌ها را یک‌جا می‌گیرد، به همین خاطر هیچ کس نمی‌تواند ببیند که شما کدام را انتخاب کرده‌اید.
help-municipality-no-match = کمونی با این نام پیدا نکردیم. املای آن را چک کنید یا شروع نام را بنویسید.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = شما { $municipality } را انتخاب کرده‌اید.
help-municipality-change = تغییر کمون

help-national-title = حمایت در تمام سویدن
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = حمایت در { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = زنگ زدن به { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = فرستادن پیام کوتاه به { $number }
contact-chat = باز کردن چت
contact-web = باز کردن ویب‌سایت
contact-open-always = شبانه‌روزی، همهٔ روزها باز است
contact-open-now = حالا باز است
contact-closed-now = حالا بسته است
contact-hours-unknown = ما نتوانسته‌ایم ساعات کار را چک کنیم.
contact-free = رایگان
contact-anonymous = می‌توانید ناشناس بمانید
contact-interpreter = می‌توانند برای شما ترجمان بگیرند
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = به این زبان‌ها هم می‌توانید گپ بزنید: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = این معلومات به تاریخ { $date } خوانده شد
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = تاریخ صفحهٔ منبع: { $date }
contact-source-third-party = این معلومات تنها از صفحهٔ دیگری گرفته شده است، نه از صفحهٔ خودِ سازمان
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = منبع می‌گوید که این خط تا { $date } بودجه داشت. نمی‌دانیم که هنوز هم فعال است یا نه.
contact-switchboard = این شماره به شمارهٔ مرکزی کمون (växel) وصل می‌شود. بخواهید که با socialtjänsten (خدمات اجتماعی) گپ بزنید.
contact-via-112 = برای رسیدن به این نوکریوال، به 112 زنگ بزنید و بخواهید که با socialjouren (نوکریوال خدمات اجتماعی، بیرون از اوقات رسمی) گپ بزنید.
contact-for-professionals = برای کارمندان مسلکی
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = برای: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days }، از { $from } تا { $to }
days-every-day = همهٔ روزها
days-weekdays = دوشنبه تا جمعه
days-weekends = شنبه و یکشنبه
days-mon = دوشنبه
days-tue = سه‌شنبه
days-wed = چهارشنبه
days-thu = پنجشنبه
days-fri = جمعه
days-sat = شنبه
days-sun = یکشنبه

## What kind of contact it is (short noun phrases)

kind-emergency = شمارهٔ عاجل
kind-police = پولیس
kind-helpline = خط حمایتی
kind-social-services = Socialtjänsten (خدمات اجتماعی)
kind-social-services-on-call = Socialjouren (خدمات اجتماعی بیرون از اوقات رسمی)
kind-womens-shelter = Kvinnojour (حمایت و پناهگاه برای زنان)
kind-girls-shelter = Tjejjour (حمایت از دختران و زنان جوان)
kind-mens-shelter = Mansjour (حمایت از مردان)
kind-youth-clinic = Ungdomsmottagning (کلینیک جوانان)
kind-perpetrator-programme = کمک برای کنار گذاشتن خشونت
kind-victim-support = حمایت بعد از جرم
kind-health = صحت و تداوی
kind-suicide-prevention = حمایت برای کسانی که به خودکشی فکر می‌کنند

## Who the contact is for (phrases after “For: …”)

audience-everyone = همه
audience-women = زنان
audience-men = مردان
audience-trans = افراد ترنس‌جندر و نان‌باینری
audience-young = جوانان
audience-children = اطفال زیر ۱۸ سال
audience-honour = کسانی که در معرض خشونت و ستم به نام ناموس قرار دارند
audience-trafficking = کسانی که سکس می‌فروشند یا در معرض قاچاق انسان قرار دارند
audience-uses-violence = کسانی که خشونت به کار می‌برند و می‌خواهند آن را کنار بگذارند
audience-worried-others = کسانی که در مورد کس دیگری تشویش دارند
audience-professionals = کارمندان مسلکی

result-contacts-title = از کجا می‌توانید حمایت بگیرید

## School staff page

staff-title = برای شما که در مکتب کار می‌کنید
staff-load-failed = صفحه بارگیری نشد. اتصال انترنت‌تان را بررسی کنید و دوباره کوشش کنید.
plan-load-failed = پلان مصئونیت بارگیری نشد. اتصال انترنت‌تان را بررسی کنید و دوباره کوشش کنید.
text-load-failed = متن بارگیری نشد. اتصال انترنت‌تان را بررسی کنید و دوباره کوشش کنید.
text-load-retry = دوباره کوشش کنید
read-aloud = بلند خواندن
read-aloud-stop = توقف بلند خواندن

## About Vägvisaren

about-title = در مورد Vägvisaren
language-status-marker = ترجمهٔ ماشینی

## Navigation

nav-start-questions = شروع جواب دادن به سوال‌ها
nav-help = دریافت کمک
nav-safety = مصئونیت شما
nav-staff = برای کارمندان مکتب
nav-about = در مورد این صفحه
nav-plan = ساختن پلان مصئونیت
nav-back = برگشت
nav-next = بعدی
nav-home = صفحهٔ اصلی

