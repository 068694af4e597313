# Vägvisaren — العربية.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – الدعم والمساعدة
language-label = اللغة

## Quick exit

quick-exit-button = مغادرة الصفحة بسرعة
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [zero] اضغط على مفتاح Shift لمغادرة الصفحة.
    [one] اضغط على مفتاح Shift مرة أخرى لمغادرة الصفحة.
    [two] اضغط على مفتاح Shift مرتين أخريين لمغادرة الصفحة.
    [few] اضغط على مفتاح Shift { $remaining } مرات أخرى لمغادرة الصفحة.
    [many] اضغط على مفتاح Shift { $remaining } مرة أخرى لمغادرة الصفحة.
   *[other] اضغط على مفتاح Shift { $remaining } مرة أخرى لمغادرة الصفحة.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = اللغة «{ $code }» غير متوفرة هنا بعد، لذلك تظهر الصفحة باللغة السويدية. يمكنك اختيار لغة أخرى في الأعلى.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = رمز البلدية «{ $code }» غير موجود، لذلك لم تُختر أي بلدية. يمكنك اختيار البلدية في قسم «البحث عن مساعدة».

## Start screen

start-title = هل يحدث شيء لا تشعر بأنه على ما يرام؟ هنا يمكنك أن تقرأ بهدوء عن العنف وعن الأماكن التي يمكنك أن تحصل فيها على المساعدة.
start-lead = أجب عن بعض الأسئلة حول ما يحدث لك أو لشخص تقلق عليه. ستعرف ماذا يمكن أن يُسمّى ذلك وأين يمكنك الحصول على الدعم. أنت من يقرر ماذا تعني الإجابات بالنسبة إليك.
start-duration = يستغرق ذلك من خمس إلى عشر دقائق تقريبًا. يمكنك تخطّي أي سؤال والتوقف متى شئت.
start-private = لا يُحفظ أي شيء من إجاباتك ولا يُرسل إلى أي مكان. يبقى في هاتفك أو حاسوبك إلى أن تغلق الصفحة.
start-quick-exit = زر «مغادرة الصفحة بسرعة» موجود دائمًا في أعلى الصفحة. يمكنك أيضًا الضغط على مفتاح Shift ثلاث مرات.
start-emergency = هل أنت في خطر الآن؟ اتصل بالرقم 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = ماذا تريد أن تعرف؟
flow-path-partner = عني – شريك حياتي الحالي أو السابق
flow-path-family = عني – عائلتي أو أقاربي أو شخص يساعدني في حياتي اليومية
flow-path-exploitation = عني – شخص يجعلني أبيع الجنس أو يتحكم في عملي أو مالي أو أوراقي
flow-path-worried = عن شخص أقلق عليه
flow-path-used-violence = لقد آذيت أو أخفت شخصًا قريبًا مني
flow-path-partner-youth = عني – شخص أواعده أو كنت أواعده
flow-path-family-youth = عني – عائلتي أو أقاربي
flow-path-exploitation-youth = عني – شخص يضغط عليّ لأفعل أشياء جنسية، على الإنترنت أو في الواقع، أو يجعلني أعمل أو أرتكب جرائم من أجله
flow-path-worried-youth = عن صديق أو صديقة، أو شخص آخر أقلق عليه
flow-path-used-violence-youth = لقد آذيت أو أخفت أحدًا من عائلتي أو شخصًا أواعده
flow-age-title = كم عمرك؟
flow-age-under-18 = أقل من 18 سنة
flow-age-adult = 18 سنة أو أكثر
flow-about-child-title = هل الشخص الذي تقلق عليه عمره أقل من 18 سنة؟
flow-about-child-yes = نعم، أقل من 18 سنة
flow-about-child-no = لا، 18 سنة أو أكثر
flow-about-child-unknown = لا أعرف
flow-self-title = كيف تصف نفسك؟
flow-self-hint = الإجابة ليست إلزامية. تُستخدم الإجابة فقط لعرض الدعم المناسب لك، ولا تُحفظ.
flow-self-woman = امرأة أو فتاة
flow-self-man = رجل أو فتى
flow-self-trans = شخص عابر جنسيًا أو غير ثنائي
flow-self-rather-not-say = أفضّل ألا أجيب
flow-skip = تخطَّ السؤال
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = السؤال { $current } من { $total }
flow-answer-yes = نعم
flow-answer-sometimes = أحيانًا
flow-answer-no = لا
flow-answer-rather-not-say = أفضّل ألا أجيب
flow-answers-label = إجابتك
flow-see-result = اعرض النتيجة
flow-change-hint = يمكنك الرجوع وتغيير أي إجابة في أي وقت.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = أمانك على هذه الصفحة

## Help view (reachable without the questions)

help-title = البحث عن مساعدة
help-intro = هنا تجد خطوط دعم لكل السويد وجهات اتصال في بلديتك، إذا كنت تتعرض للعنف في العلاقات القريبة، أو للعنف والقمع المرتبطين بالشرف، أو للاستغلال في الدعارة، أو للاتجار بالبشر، وإذا كان لديك قلق على شخص ما، وإذا كنت تريد أن تتوقف عن استخدام العنف. أنت تقرر بنفسك بمن تتصل وماذا تقول.
help-emergency = هل أنت في خطر الآن؟ اتصل بالرقم 112.
help-not-sure = يمكنك أن تتصل حتى لو لم يكن لديك يقين بأن ما يحدث عنف. يكفي القلق أو الرغبة في التحدث.

help-what-happens-title = هذا ما يحدث عندما تتصل بخط دعم
help-what-happens-1 = سيستمع إليك شخص ويأخذ ما تقوله على محمل الجد.
help-what-happens-2 = أنت تقرر بنفسك ماذا تريد أن تقول، ويمكنك إنهاء المكالمة متى شئت.
help-what-happens-3 = كثير من خطوط الدعم مجانية، وفي كثير منها يمكنك التحدث دون الكشف عن هويتك. هذا مكتوب عند كل جهة اتصال.
help-what-happens-4 = كثير من خطوط الدعم تستطيع توفير مترجم شفهي، لكي تتحدث بلغتك.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = ليس لدينا بعد رقم هاتف لـ socialtjänsten (الخدمات الاجتماعية) في بلدية { $municipality }. اتصل بمقسم البلدية (växel) واطلب التحدث إلى socialtjänsten (الخدمات الاجتماعية). خارج أوقات الدوام يمكنك أن تطلب socialjouren (مناوبة الخدمات الاجتماعية)، أو أن تتصل بالرقم 112 إذا كان الأمر عاجلًا.

help-municipality-label = بلديتك
help-municipality-hint = اكتب اسم بلديتك. يبقى اختيارك في هاتفك أو حاسوبك ولا يُحفظ. تجلب الصفحة جهات الاتصال لكل البلديات مرة واحدة، لذلك لا يستطيع أحد أن يعرف أي بلدية اخترت.
help-municipality-no-match = لم نجد بلدية بهذا الاسم. تحقق من طريقة الكتابة أو اكتب بداية الاسم.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = لقد اخترت { $municipality }.
help-municipality-change = تغيير البلدية

help-national-title = الدعم في كل السويد
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = الدعم في { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = اتصل بالرقم { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = أرسل رسالة نصية إلى { $number }
contact-chat = افتح المحادثة
contact-web = افتح الموقع الإلكتروني
contact-open-always = مفتوح على مدار الساعة، كل يوم
contact-open-now = مفتوح الآن
contact-closed-now = مغلق الآن
contact-hours-unknown = لم نتمكن من التحقق من أوقات العمل.
contact-free = مجاني
contact-anonymous = يمكنك التواصل دون الكشف عن هويتك
contact-interpreter = يمكن توفير مترجم شفهي
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = يمكنك أيضًا التحدث بهذه اللغات: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = اطّلعنا على هذه المعلومات في { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = صفحة المصدر مؤرَّخة في { $date }
contact-source-third-party = هذه المعلومات مأخوذة فقط من صفحة أخرى غير صفحة الجهة نفسها
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = يذكر المصدر أن هذا الخط كان لديه تمويل حتى { $date }. لا نعرف إن كان ما زال موجودًا.
contact-switchboard = هذا الرقم هو رقم مقسم البلدية (växel). اطلب التحدث إلى socialtjänsten (الخدمات الاجتماعية).
contact-via-112 = تصل إلى المناوبة بالاتصال بالرقم 112 وطلب التحدث إلى socialjouren (مناوبة الخدمات الاجتماعية).
contact-for-professionals = للمختصين
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = لمن: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days }: من { $from } إلى { $to }
days-every-day = كل يوم
days-weekdays = من الاثنين إلى الجمعة
days-weekends = السبت والأحد
days-mon = الاثنين
days-tue = الثلاثاء
days-wed = الأربعاء
days-thu = الخميس
days-fri = الجمعة
days-sat = السبت
days-sun = الأحد

## What kind of contact it is (short noun phrases)

kind-emergency = رقم الطوارئ
kind-police = الشرطة
kind-helpline = خط دعم
kind-social-services = Socialtjänsten (الخدمات الاجتماعية)
kind-social-services-on-call = Socialjouren (مناوبة الخدمات الاجتماعية خارج أوقات الدوام)
kind-womens-shelter = Kvinnojour (دعم ومأوى للنساء)
kind-girls-shelter = Tjejjour (دعم للفتيات والشابات)
kind-mens-shelter = Mansjour (دعم للرجال)
kind-youth-clinic = Ungdomsmottagning (عيادة للشباب)
kind-perpetrator-programme = دعم للتوقف عن استخدام العنف
kind-victim-support = الدعم بعد التعرض لجريمة
kind-health = الرعاية الصحية
kind-suicide-prevention = دعم عند التفكير في الانتحار

## Who the contact is for (phrases after “For: …”)

audience-everyone = الجميع
audience-women = النساء
audience-men = الرجال
audience-trans = الأشخاص العابرون جنسيًا وغير الثنائيين
audience-young = الشباب
audience-children = الأطفال دون 18 سنة
audience-honour = الأشخاص الذين يتعرضون للعنف والقمع المرتبطين بالشرف
audience-trafficking = الأشخاص الذين يبيعون الجنس أو يتعرضون للاتجار بالبشر
audience-uses-violence = الأشخاص الذين يستخدمون العنف ويريدون التوقف
audience-worried-others = الأشخاص القلقون على شخص آخر
audience-professionals = المختصون

result-contacts-title = أين يمكنك الحصول على الدعم

## School staff page

staff-title = إذا كنت تعمل في مدرسة
staff-load-failed = تعذّر تحميل الصفحة. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.
plan-load-failed = تعذّر تحميل خطة الأمان. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.
text-load-failed = تعذّر تحميل النص. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.
text-load-retry = حاول مرة أخرى
read-aloud = استمع إلى النص
read-aloud-stop = أوقف القراءة

## About Vägvisaren

about-title = عن Vägvisaren
language-status-marker = ترجمة آلية

## Navigation

nav-start-questions = ابدأ الإجابة عن الأسئلة
nav-help = البحث عن مساعدة
nav-safety = أمانك
nav-staff = للعاملين في المدارس
nav-about = عن الصفحة
nav-plan = أعِدّ خطة أمان
nav-back = رجوع
nav-next = التالي
nav-home = إلى الصفحة الرئيسية

