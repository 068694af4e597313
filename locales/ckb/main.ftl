# Vägvisaren — کوردی (سۆرانی).
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – پشتگیری و یارمەتی
language-label = زمان

## Quick exit

quick-exit-button = بە خێرایی ئەم پەڕەیە جێبهێڵە
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] بۆ جێهێشتنی پەڕەکە، یەک جاری تر Shift دابگرە.
   *[other] بۆ جێهێشتنی پەڕەکە، { $remaining } جاری تر Shift دابگرە.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = زمانی «{ $code }» هێشتا لێرە نییە، بۆیە پەڕەکە بە سویدی پیشان دەدرێت. دەتوانیت لە سەرەوە زمانێکی تر هەڵبژێریت.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = کۆدی شارەوانیی «{ $code }» بوونی نییە، بۆیە هیچ شارەوانییەک هەڵنەبژێردراوە. دەتوانیت لە بەشی «یارمەتی بدۆزەرەوە» شارەوانییەک هەڵبژێریت.

## Start screen

start-title = ئایا شتێک ڕوو دەدات کە هەست دەکەیت باش نییە؟ لێرە دەتوانیت بە ئارامی دەربارەی توندوتیژی بخوێنیتەوە و بزانیت لە کوێ دەتوانیت یارمەتی وەربگریت.
start-lead = وەڵامی چەند پرسیارێک بدەرەوە دەربارەی ئەوەی بەسەر خۆتدا دێت، یان بەسەر کەسێکدا کە نیگەرانیت بۆی. دەزانیت ئەمە چی پێ دەوترێت و لە کوێ دەتوانیت پشتگیری وەربگریت. خۆت بڕیار دەدەیت کە وەڵامەکان بۆ تۆ چ مانایەکیان هەیە.
start-duration = نزیکەی پێنج بۆ دە خولەک دەخایەنێت. دەتوانیت پرسیار بپەڕێنیت و هەر کاتێک ویستت بوەستیت.
start-private = هیچ شتێک لەوەی وەڵامی دەدەیتەوە پاشەکەوت ناکرێت و بۆ هیچ شوێنێک نانێردرێت. تەنها لە مۆبایل یان کۆمپیوتەرەکەتدا دەمێنێتەوە تا پەڕەکە دادەخەیت.
start-quick-exit = دوگمەی «بە خێرایی ئەم پەڕەیە جێبهێڵە» هەمیشە لە سەرەوەیە. هەروەها دەتوانیت سێ جار Shift دابگریت.
start-emergency = ئایا ئێستا لە مەترسیدایت؟ پەیوەندی بە 112 بکە.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = دەتەوێت دەربارەی چی بزانیت؟
flow-path-partner = دەربارەی خۆم – هاوسەر یان خۆشەویستی ئێستا یان پێشووم
flow-path-family = دەربارەی خۆم – خێزانەکەم، خزمەکانم یان کەسێک کە لە ژیانی ڕۆژانەدا یارمەتیم دەدات
flow-path-exploitation = دەربارەی خۆم – کەسێک ناچارم دەکات سێکس بفرۆشم، یان کۆنترۆڵی کار، پارە یان بەڵگەنامەکانم دەکات
flow-path-worried = دەربارەی کەسێک کە نیگەرانم بۆی
flow-path-used-violence = ئازاری کەسێکی نزیکی خۆمم داوە یان ترساندوومە
flow-path-partner-youth = دەربارەی خۆم – کەسێک کە خۆشەویستمە یان پێشتر پەیوەندیم لەگەڵی هەبووە
flow-path-family-youth = دەربارەی خۆم – خێزانەکەم یان خزمەکانم
flow-path-exploitation-youth = دەربارەی خۆم – کەسێک فشارم دەخاتە سەر بۆ شتی سێکسی، لە ئینتەرنێت یان لە ژیانی ڕاستەقینەدا، یان وام لێ دەکات کار یان تاوانی بۆ بکەم
flow-path-worried-youth = دەربارەی هاوڕێیەک یان کەسێکی تر کە نیگەرانم بۆی
flow-path-used-violence-youth = ئازاری کەسێک لە خێزانەکەم یان خۆشەویستەکەمم داوە، یان ترساندوومە
flow-age-title = تەمەنت چەندە؟
flow-age-under-18 = کەمتر لە 18 ساڵ
flow-age-adult = 18 ساڵ یان زیاتر
flow-about-child-title = ئایا ئەو کەسەی نیگەرانیت بۆی تەمەنی کەمترە لە 18 ساڵ؟
flow-about-child-yes = بەڵێ، کەمتر لە 18 ساڵ
flow-about-child-no = نەخێر، 18 ساڵ یان زیاتر
flow-about-child-unknown = نازانم
flow-self-title = چۆن وەسفی خۆت دەکەیت؟
flow-self-hint = پێویست ناکات وەڵام بدەیتەوە. وەڵامەکە تەنها بۆ پیشاندانی ئەو پشتگیرییە بەکاردێت کە بۆ تۆ گونجاوە، و پاشەکەوت ناکرێت.
flow-self-woman = ئافرەت یان کچ
flow-self-man = پیاو یان کوڕ
flow-self-trans = ترانس یان نان-باینەری
flow-self-rather-not-say = نامەوێت بیڵێم
flow-skip = بیپەڕێنە
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = پرسیاری { $current } لە { $total }
flow-answer-yes = بەڵێ
flow-answer-sometimes = هەندێک جار
flow-answer-no = نەخێر
flow-answer-rather-not-say = نامەوێت بیڵێم
flow-answers-label = وەڵامەکەت
flow-see-result = ئەنجامەکە ببینە
flow-change-hint = هەر کاتێک بتەوێت دەتوانیت بگەڕێیتەوە و وەڵامێک بگۆڕیت.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = سەلامەتیی تۆ لەم پەڕەیەدا

## Help view (reachable without the questions)

help-title = یارمەتی بدۆزەرەوە
help-intro = لێرە هێڵەکانی پشتگیری بۆ هەموو سوید و پەیوەندییەکان لە شارەوانییەکەت هەن: بۆ تۆ کە ڕووبەڕووی توندوتیژی لە پەیوەندیی نزیکدا یان توندوتیژی و چەوساندنەوە بە ناوی شەرەفەوە دەبیتەوە، بۆ تۆ کە سێکس دەفرۆشیت یان ڕووبەڕووی بازرگانی بە مرۆڤەوە دەبیتەوە، بۆ تۆ کە نیگەرانی کەسێکیت و بۆ تۆ کە دەتەوێت واز لە بەکارهێنانی توندوتیژی بهێنیت. خۆت بڕیار دەدەیت پەیوەندی بە کێوە بکەیت و چی بڵێیت.
help-emergency = ئایا ئێستا لە مەترسیدایت؟ پەیوەندی بە 112 بکە.
help-not-sure = دەتوانیت پەیوەندی بکەیت تەنانەت ئەگەر دڵنیا نەبیت کە ئەمە توندوتیژییە. بەسە کە نیگەران بیت یان بتەوێت قسە بکەیت.

help-what-happens-title = ئەمە ڕوو دەدات کاتێک پەیوەندی بە هێڵێکی پشتگیرییەوە دەکەیت
help-what-happens-1 = کەسێک گوێت لێ دەگرێت و ئەوەی دەیڵێیت بە جددی وەریدەگرێت.
help-what-happens-2 = خۆت بڕیار دەدەیت چی بڵێیت، و هەر کاتێک بتەوێت دەتوانیت پەیوەندییەکە کۆتایی پێ بهێنیت.
help-what-happens-3 = زۆرێک لە هێڵەکانی پشتگیری بێبەرامبەرن، و لە زۆربەیاندا دەتوانیت بێناو بمێنیتەوە. ئەمە لەسەر هەر پەیوەندییەک نووسراوە.
help-what-happens-4 = زۆرێک لە هێڵەکانی پشتگیری دەتوانن وەرگێڕی زارەکی ئامادە بکەن، بۆ ئەوەی بتوانیت بە زمانی خۆت قسە بکەیت.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = ئێمە هێشتا هیچ ژمارەیەکمان بۆ socialtjänsten (خزمەتگوزارییە کۆمەڵایەتییەکان) لە { $municipality } نییە. پەیوەندی بە ژمارەی گشتیی شارەوانییەکەوە (växel) بکە و داوا بکە قسە لەگەڵ socialtjänsten (خزمەتگوزارییە کۆمەڵایەتییەکانی شارەوانی) بکەیت. لە دەرەوەی کاتی دەوام داوای socialjouren (خزمەتگوزاریی کۆمەڵایەتیی دەرەوەی کاتی دەوام) بکە، یان ئەگەر پەلەیە پەیوەندی بە 112 بکە.

help-municipality-label = شارەوانییەکەت
help-municipality-hint = ناوی شارەوانییەکەت بنووسە. هەڵبژاردنەکەت لە مۆبایل یان کۆمپیوتەرەکەتدا دەمێنێتەوە و پاشەکەوت ناکرێت. پەڕەکە پەیوەندییەکانی هەموو شارەوانییەکان پێکەوە دەهێنێت، بۆیە کەس ناتوانێت ببینێت کامەت هەڵبژاردووە.
help-municipality-no-match = هیچ شارەوانییەک بەو ناوە نادۆزینەوە. ڕێنووسەکە بپشکنە یان سەرەتای ناوەکە بنووسە.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = شارەوانیی هەڵبژێردراو: { $municipality }.
help-municipality-change = شارەوانی بگۆڕە

help-national-title = پشتگیری لە هەموو سوید
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = پشتگیری لە { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = پەیوەندی بکە بە { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = نامەی کورت بنێرە بۆ { $number }
contact-chat = چاتەکە بکەرەوە
contact-web = ماڵپەڕەکە بکەرەوە
contact-open-always = شەو و ڕۆژ کراوەیە، هەموو ڕۆژێک
contact-open-now = ئێستا کراوەیە
contact-closed-now = ئێستا داخراوە
contact-hours-unknown = نەمانتوانیوە کاتەکانی کارکردن بپشکنین.
contact-free = بێبەرامبەر
contact-anonymous = دەتوانیت بێناو بمێنیتەوە
contact-interpreter = دەتوانرێت وەرگێڕی زارەکی ئامادە بکرێت
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = هەروەها دەتوانیت بە { $languages } قسە بکەیت.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = زانیارییەکان لە { $date } لە سەرچاوەکەوە خوێنرانەوە
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = بەرواری پەڕەی سەرچاوەکە: { $date }
contact-source-third-party = زانیارییەکان تەنها لە پەڕەیەکی ترەوە وەرگیراون، نەک لە پەڕەی خودی ڕێکخراوەکەوە
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = سەرچاوەکە دەڵێت کە هێڵەکە تا { $date } بودجەی هەبووە. نازانین ئایا هێشتا ماوە.
contact-switchboard = ژمارەکە دەچێت بۆ ژمارەی گشتیی شارەوانی (växel). داوا بکە قسە لەگەڵ socialtjänsten (خزمەتگوزارییە کۆمەڵایەتییەکانی شارەوانی) بکەیت.
contact-via-112 = بۆ گەیشتن بەم خزمەتگوزارییە، پەیوەندی بە 112 بکە و داوا بکە قسە لەگەڵ socialjouren (خزمەتگوزاریی کۆمەڵایەتیی دەرەوەی کاتی دەوام) بکەیت.
contact-for-professionals = بۆ کارمەندانی پیشەیی
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = بۆ: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = هەموو ڕۆژێک
days-weekdays = دووشەممە–هەینی
days-weekends = شەممە–یەکشەممە
days-mon = دووشەممە
days-tue = سێشەممە
days-wed = چوارشەممە
days-thu = پێنجشەممە
days-fri = هەینی
days-sat = شەممە
days-sun = یەکشەممە

## What kind of contact it is (short noun phrases)

kind-emergency = ژمارەی فریاکەوتن
kind-police = پۆلیس
kind-helpline = هێڵی پشتگیری
kind-social-services = Socialtjänsten (خزمەتگوزارییە کۆمەڵایەتییەکانی شارەوانی)
kind-social-services-on-call = Socialjouren (خزمەتگوزاریی کۆمەڵایەتیی دەرەوەی کاتی دەوام)
kind-womens-shelter = Kvinnojour (ناوەندی پشتگیریی ئافرەتان)
kind-girls-shelter = Tjejjour (پشتگیریی کچان و ئافرەتانی گەنج)
kind-mens-shelter = Mansjour (پشتگیریی پیاوان)
kind-youth-clinic = Ungdomsmottagning (بنکەی تەندروستیی گەنجان)
kind-perpetrator-programme = پشتگیری بۆ وازهێنان لە توندوتیژی
kind-victim-support = پشتگیری دوای تاوان
kind-health = چاودێریی تەندروستی
kind-suicide-prevention = پشتگیری لە کاتی بیرکردنەوە لە خۆکوشتن

## Who the contact is for (phrases after “For: …”)

audience-everyone = هەمووان
audience-women = ئافرەتان
audience-men = پیاوان
audience-trans = کەسانی ترانس و نان-باینەری
audience-young = گەنجان
audience-children = منداڵانی خوار 18 ساڵ
audience-honour = ئەو کەسانەی ڕووبەڕووی توندوتیژی و چەوساندنەوە بە ناوی شەرەفەوە دەبنەوە
audience-trafficking = ئەو کەسانەی سێکس دەفرۆشن یان ڕووبەڕووی بازرگانی بە مرۆڤەوە دەبنەوە
audience-uses-violence = ئەو کەسانەی توندوتیژی بەکاردێنن و دەیانەوێت واز بهێنن
audience-worried-others = ئەو کەسانەی نیگەرانی کەسێکی ترن
audience-professionals = کارمەندانی پیشەیی

result-contacts-title = لێرە دەتوانیت پشتگیری وەربگریت

## School staff page

staff-title = بۆ تۆ کە لە قوتابخانە کار دەکەیت
staff-load-failed = پەڕەکە بار نەبوو. پەیوەندیی ئینتەرنێتەکەت بپشکنە و دووبارە هەوڵ بدەوە.
plan-load-failed = پلانی سەلامەتی بار نەبوو. پەیوەندیی ئینتەرنێتەکەت بپشکنە و دووبارە هەوڵ بدەوە.
text-load-failed = دەقەکە بار نەبوو. پەیوەندیی ئینتەرنێتەکەت بپشکنە و دووبارە هەوڵ بدەوە.
text-load-retry = دووبارە هەوڵ بدەوە
read-aloud = بە دەنگ بیخوێنەوە
read-aloud-stop = خوێندنەوە بوەستێنە

## About Vägvisaren

about-title = دەربارەی Vägvisaren
language-status-marker = بە ئامێر وەرگێڕدراو

## Navigation

nav-start-questions = دەست بە پرسیارەکان بکە
nav-help = یارمەتی بدۆزەرەوە
nav-safety = سەلامەتیی تۆ
nav-staff = بۆ کارمەندانی قوتابخانە
nav-about = دەربارە
nav-plan = پلانێکی سەلامەتی دابنێ
nav-back = گەڕانەوە
nav-next = دواتر
nav-home = پەڕەی سەرەکی

