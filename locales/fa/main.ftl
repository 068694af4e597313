# Vägvisaren — فارسی.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – حمایت و کمک
language-label = زبان

## Quick exit

quick-exit-button = خروج سریع از این صفحه
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] برای خروج از صفحه، یک بار دیگر کلید Shift را فشار دهید.
   *[other] برای خروج از صفحه، { $remaining } بار دیگر کلید Shift را فشار دهید.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = زبان «{ $code }» هنوز در اینجا موجود نیست، برای همین صفحه به زبان سوئدی نشان داده می‌شود. می‌توانید در بالای صفحه زبان دیگری انتخاب کنید.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = کد کمون (شهرداری) «{ $code }» وجود ندارد، برای همین هیچ کمونی انتخاب نشده است. می‌توانید در بخش «پیدا کردن کمک» کمون خود را انتخاب کنید.

## Start screen

start-title = آیا اتفاقی می‌افتد که به نظرتان درست نیست؟ اینجا می‌توانید با آرامش و سر فرصت دربارهٔ خشونت بخوانید و ببینید از کجا می‌توانید کمک بگیرید.
start-lead = به چند سؤال دربارهٔ آنچه برای شما یا کسی که نگرانش هستید اتفاق می‌افتد جواب دهید. می‌فهمید اسم آن چه می‌تواند باشد و از کجا می‌توانید حمایت بگیرید. این خود شما هستید که تصمیم می‌گیرید این جواب‌ها برایتان چه معنایی دارند.
start-duration = حدود پنج تا ده دقیقه طول می‌کشد. می‌توانید از سؤال‌ها بگذرید و هر وقت خواستید دست بکشید.
start-private = هیچ‌کدام از جواب‌های شما ذخیره یا به جایی فرستاده نمی‌شود. جواب‌ها تا وقتی صفحه را ببندید فقط در گوشی یا کامپیوتر شما می‌مانند.
start-quick-exit = دکمهٔ «خروج سریع از این صفحه» همیشه بالای صفحه است. همچنین می‌توانید سه بار کلید Shift را فشار دهید.
start-emergency = آیا همین حالا در خطر هستید؟ با شمارهٔ 112 تماس بگیرید.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = دربارهٔ چه چیزی می‌خواهید بدانید؟
flow-path-partner = دربارهٔ خودم – شریک زندگی فعلی یا سابقم
flow-path-family = دربارهٔ خودم – خانواده یا فامیلم، یا کسی که در زندگی روزمره به من کمک می‌کند
flow-path-exploitation = دربارهٔ خودم – کسی مرا به فروش سکس وادار می‌کند یا کار، پول یا مدارکم را در اختیار دارد
flow-path-worried = دربارهٔ کسی که نگرانش هستم
flow-path-used-violence = من به یکی از نزدیکانم آسیب زده‌ام یا او را ترسانده‌ام
flow-path-partner-youth = دربارهٔ خودم – کسی که با او در رابطه هستم یا با او قرار گذاشته‌ام
flow-path-family-youth = دربارهٔ خودم – خانواده یا فامیلم
flow-path-exploitation-youth = دربارهٔ خودم – کسی به من فشار می‌آورد که کارهای جنسی بکنم، در اینترنت یا در دنیای واقعی، یا وادارم می‌کند برایش کار کنم یا کار خلاف بکنم
flow-path-worried-youth = دربارهٔ یک دوست یا کس دیگری که نگرانش هستم
flow-path-used-violence-youth = من به کسی در خانواده‌ام یا کسی که با او در رابطه هستم آسیب زده‌ام یا او را ترسانده‌ام
flow-age-title = چند سال دارید؟
flow-age-under-18 = کمتر از ۱۸ سال
flow-age-adult = ۱۸ سال یا بیشتر
flow-about-child-title = آیا کسی که نگرانش هستید کمتر از ۱۸ سال دارد؟
flow-about-child-yes = بله، کمتر از ۱۸ سال
flow-about-child-no = نه، ۱۸ سال یا بیشتر
flow-about-child-unknown = نمی‌دانم
flow-self-title = خودتان را چطور توصیف می‌کنید؟
flow-self-hint = لازم نیست جواب دهید. جواب شما فقط برای نشان دادن کمک‌هایی که مناسب شماست به کار می‌رود و ذخیره نمی‌شود.
flow-self-woman = زن یا دختر
flow-self-man = مرد یا پسر
flow-self-trans = ترنس یا نان‌باینری
flow-self-rather-not-say = ترجیح می‌دهم جواب ندهم
flow-skip = رد شدن
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = سؤال { $current } از { $total }
flow-answer-yes = بله
flow-answer-sometimes = گاهی
flow-answer-no = نه
flow-answer-rather-not-say = ترجیح می‌دهم جواب ندهم
flow-answers-label = جواب شما
flow-see-result = دیدن نتیجه
flow-change-hint = هر وقت خواستید می‌توانید برگردید و جوابی را تغییر دهید.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = امنیت شما در این صفحه

## Help view (reachable without the questions)

help-title = پیدا کردن کمک
help-intro = اینجا خطوط حمایتی برای سراسر سوئد و شماره‌های تماس در کمون شما هست: برای شما که در رابطه‌های نزدیکتان با خشونت روبه‌رو هستید، یا با خشونت و سرکوب ناموسی، فروش سکس یا قاچاق انسان؛ برای شما که نگران کسی هستید؛ و برای شما که می‌خواهید دیگر خشونت به کار نبرید. خودتان تصمیم می‌گیرید با چه کسی تماس بگیرید و چه بگویید.
help-emergency = آیا همین حالا در خطر هستید؟ با شمارهٔ 112 تماس بگیرید.
help-not-sure = حتی اگر مطمئن نیستید که این خشونت است، می‌توانید تماس بگیرید. همین که نگران هستید یا می‌خواهید حرف بزنید کافی است.

help-what-happens-title = وقتی با یک خط حمایتی تماس می‌گیرید این اتفاق می‌افتد
help-what-happens-1 = کسی به حرف‌هایتان گوش می‌دهد و آنچه می‌گویید را جدی می‌گیرد.
help-what-happens-2 = خودتان تصمیم می‌گیرید چه چیزی بگویید، و هر وقت خواستید می‌توانید تماس را تمام کنید.
help-what-happens-3 = بسیاری از خطوط حمایتی رایگان هستند، و در بسیاری از آن‌ها می‌توانید ناشناس بمانید. این موضوع کنار هر شمارهٔ تماس نوشته شده است.
help-what-happens-4 = بسیاری از خطوط حمایتی می‌توانند مترجم شفاهی بگیرند تا بتوانید به زبان خودتان حرف بزنید.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = ما هنوز شماره‌ای برای socialtjänsten (خدمات اجتماعی) در { $municipality } نداریم. به مرکز تلفن کمون (växel) زنگ بزنید و بخواهید با socialtjänsten (خدمات اجتماعی) صحبت کنید. خارج از ساعات اداری می‌توانید socialjouren (خدمات اجتماعی اضطراری، خارج از ساعات اداری) را بخواهید، یا اگر فوری است با 112 تماس بگیرید.

help-municipality-label = کمون شما
help-municipality-hint = نام کمون خود را بنویسید. انتخاب شما در گوشی یا کامپیوترتان می‌ماند و ذخیره نمی‌شود. صفحه شماره‌های تماس همهٔ کمون‌ها را یک‌جا دریافت می‌کند، برای همین هیچ‌کس نمی‌تواند ببیند کدام را انتخاب کرده‌اید.
help-municipality-no-match = کمونی با این نام پیدا نکردیم. املای آن را بررسی کنید یا ابتدای نام را بنویسید.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = شما { $municipality } را انتخاب کرده‌اید.
help-municipality-change = تغییر کمون

help-national-title = حمایت در سراسر سوئد
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = حمایت در { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = زنگ زدن به { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = فرستادن پیامک به { $number }
contact-chat = باز کردن چت
contact-web = باز کردن وب‌سایت
contact-open-always = شبانه‌روزی، همهٔ روزها
contact-open-now = الان باز است
contact-closed-now = الان بسته است
contact-hours-unknown = نتوانسته‌ایم ساعات کاری را بررسی کنیم.
contact-free = رایگان
contact-anonymous = می‌توانید ناشناس بمانید
contact-interpreter = می‌شود مترجم شفاهی گرفت
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = به این زبان‌ها هم می‌توانید صحبت کنید: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = این اطلاعات در { $date } از منبع خوانده شد
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = تاریخ درج‌شده در صفحهٔ منبع: { $date }
contact-source-third-party = این اطلاعات فقط از صفحهٔ دیگری گرفته شده است، نه از صفحهٔ خودِ سازمان
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = منبع می‌گوید این خط تا { $date } بودجه داشت. نمی‌دانیم که هنوز فعال است یا نه.
contact-switchboard = این شماره به مرکز تلفن کمون (växel) وصل می‌شود. بخواهید با socialtjänsten (خدمات اجتماعی) صحبت کنید.
contact-via-112 = برای رسیدن به این خدمات اضطراری، با 112 تماس بگیرید و بخواهید با socialjouren (خدمات اجتماعی اضطراری، خارج از ساعات اداری) صحبت کنید.
contact-for-professionals = برای متخصصان
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

kind-emergency = شمارهٔ اضطراری
kind-police = پلیس
kind-helpline = خط حمایتی
kind-social-services = Socialtjänsten (خدمات اجتماعی)
kind-social-services-on-call = Socialjouren (خدمات اجتماعی خارج از ساعات اداری)
kind-womens-shelter = Kvinnojour (حمایت و پناهگاه برای زنان)
kind-girls-shelter = Tjejjour (حمایت از دختران و زنان جوان)
kind-mens-shelter = Mansjour (حمایت از مردان)
kind-youth-clinic = Ungdomsmottagning (درمانگاه جوانان)
kind-perpetrator-programme = کمک برای کنار گذاشتن خشونت
kind-victim-support = حمایت پس از جرم
kind-health = درمان و سلامت
kind-suicide-prevention = حمایت هنگام فکر کردن به خودکشی

## Who the contact is for (phrases after “For: …”)

audience-everyone = همه
audience-women = زنان
audience-men = مردان
audience-trans = افراد ترنس و نان‌باینری
audience-young = جوانان
audience-children = کودکان زیر ۱۸ سال
audience-honour = کسانی که در معرض خشونت و سرکوب ناموسی هستند
audience-trafficking = کسانی که سکس می‌فروشند یا در معرض قاچاق انسان هستند
audience-uses-violence = کسانی که خشونت به کار می‌برند و می‌خواهند آن را کنار بگذارند
audience-worried-others = کسانی که نگران فرد دیگری هستند
audience-professionals = متخصصان

result-contacts-title = از کجا می‌توانید حمایت بگیرید

## School staff page

staff-title = برای شما که در مدرسه کار می‌کنید
staff-load-failed = صفحه بارگیری نشد. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید.
plan-load-failed = برنامهٔ ایمنی بارگیری نشد. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید.
text-load-failed = متن بارگیری نشد. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید.
text-load-retry = دوباره امتحان کنید
read-aloud = خواندن با صدای بلند
read-aloud-stop = توقف خواندن

## About Vägvisaren

about-title = دربارهٔ Vägvisaren
language-status-marker = ترجمهٔ ماشینی

## Navigation

nav-start-questions = شروع پاسخ دادن به سؤال‌ها
nav-help = پیدا کردن کمک
nav-safety = امنیت شما
nav-staff = برای کارکنان مدرسه
nav-about = دربارهٔ این صفحه
nav-plan = ساختن برنامهٔ ایمنی
nav-back = برگشت
nav-next = بعدی
nav-home = صفحهٔ اصلی

