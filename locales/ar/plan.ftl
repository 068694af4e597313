# Vägvisaren — the safety plan.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.
# Loaded only when someone opens the safety plan. Calm, plain and in the second person. The plan
# never urges anyone to leave or to stay: both are real choices.

## Plan
plan-title = خطة أماني
plan-intro = هنا يمكنك أن تكتب ما قد يساعدك على البقاء في أمان. أنت تختار ما تكتبه، ويمكنك أن تتخطى ما لا يناسبك.
plan-not-kept = لا يُحفظ أي شيء ولا يُرسل. ما تكتبه يبقى فقط إلى أن تغلق الصفحة، أو تضغط على «ابدأ من جديد»، أو تغادر الصفحة بسرعة.
plan-print-warning = إذا طبعت الخطة أو حفظتها كملف PDF، تصبح هناك نسخة تبقى موجودة. فكّر أين تحتفظ بها: قد يجد شخص آخر خطة مطبوعة.
plan-print = اطبع أو احفظ كملف PDF
plan-suggestions-title = اقتراحات بناءً على إجاباتك
plan-suggestions-note = تظهر الاقتراحات هنا فقط، ولا تظهر عند الطباعة.
plan-empty-field = (لم يُكتب شيء)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = إذا تعرضت لإصابة، يمكنك أن تطلب الرعاية الطبية، حتى لو لم يظهر شيء. يمكن للرعاية الصحية أيضًا أن توثّق الإصابات.
plan-suggest-children = من الجيد أن تضع خطة للأطفال: إلى أين يمكنهم أن يذهبوا وبمن يمكنهم أن يتصلوا.
plan-suggest-trip = إذا كان هناك سفر مخطط له: اكتب ماذا ستفعل قبل السفر وبمن ستتواصل.
plan-suggest-leaving = إذا كنت تفكر في الرحيل: قد تكون الفترة المحيطة بالرحيل خطيرة. من الجيد أن تخطط لها مع خط دعم، أو مع jour (مركز دعم ومأوى)، أو مع socialtjänsten (الخدمات الاجتماعية).
plan-suggest-phone = من الجيد أن تبدأ بالهاتف والحسابات: قد يكون أحد يراقب مكانك أو ما تكتبه.
plan-suggest-weapons = أخبر الشرطة إذا كان هناك سلاح. تستطيع الشرطة أن تأخذ السلاح وتحتفظ به عندما يكون هناك خطر حدوث عنف.
plan-suggest-suicide = من الجيد أن تضيف Självmordslinjen (خط دعم لمن يفكر في الانتحار) إلى من يمكنك الاتصال بهم. الخط مفتوح على مدار الساعة.

## People to call
plan-people-title = أشخاص يمكنني الاتصال بهم
plan-people-advice = اختر بعض الأشخاص الذين تثق بهم. اتفقوا معًا على ما سيفعلونه إذا تواصلت معهم، مثلًا أن يتصلوا بالرقم 112.
plan-people-field = أسماء وأرقام هواتف أشخاص أثق بهم
plan-codeword-field = كلمة رمزية متفق عليها تعني أنني أحتاج إلى المساعدة

## A safe place
plan-place-title = مكان آمن
plan-place-advice = فكّر في أماكن يمكنك أن تكون فيها في أمان لبعض الوقت، مثلًا عند شخص لا يعرفه الطرف الآخر، أو أماكن مفتوحة على مدار الساعة.
plan-place-field = المكان الذي يمكنني أن أذهب إليه إذا احتجت إلى الابتعاد بسرعة

## What to keep ready
plan-ready-title = أشياء أجهّزها مسبقًا
plan-ready-advice = قد يكون من المفيد أن تجمع الأشياء المهمة في مكان واحد، أو أن تترك نسخًا منها عند شخص تثق به: بطاقة الهوية وجواز السفر، وBankID والبطاقات البنكية، والمفاتيح، والأدوية، والمال، وشاحن الهاتف، وأوراق الأطفال.
plan-ready-field = أين أحتفظ بها، أو من لديه نسخ منها

## Phone and accounts
plan-phone-title = الهاتف والحسابات
plan-phone-advice = غيّر كلمات المرور من هاتف أو حاسوب لا يستطيع أحد غيرك الوصول إليه، وتحقّق إن كانت مشاركة الموقع مفعّلة. تذكّر أن أي تغيير قد يُلاحَظ: افعل ما تشعر أنه الأكثر أمانًا.
plan-phone-field = هذا ما أريد أن أتحقق منه أو أغيّره

## Children
plan-children-title = خطة الأطفال
plan-children-advice = يمكن للأطفال أن يتعلموا إلى أين يذهبون وبمن يتصلون عندما يكون الجو في البيت متوترًا ومخيفًا. يمكن للأطفال أن يتصلوا بالرقم 112 وبـ Bris. يمكن لـ socialtjänsten (الخدمات الاجتماعية) أن تقدم الدعم للأطفال.
plan-children-field = هذا ما سيفعله الأطفال، وبمن يمكنهم أن يتصلوا

## Staying or leaving: both are legitimate
plan-stay-title = إذا بقيت
plan-stay-advice = كثيرون يبقون، لفترة أو بشكل دائم، وهذا أيضًا خيار حقيقي. فكّر في الغرف التي يمكنك أن تخرج منها، وبمن يمكنك أن تتصل عندما يصبح الجو متوترًا.
plan-stay-field = هذا ما أفعله لأكون أكثر أمانًا حيث أسكن
plan-leave-title = إذا أردت أن أرحل
plan-leave-advice = قد تكون الفترة المحيطة بالرحيل خطيرة. من الجيد أن تخطط لها مع خط دعم، أو مع jour (مركز دعم ومأوى)، أو مع socialtjänsten (الخدمات الاجتماعية)، فهي تستطيع أن تساعد في إيجاد سكن.
plan-leave-field = هذا ما أحتاج إلى ترتيبه مسبقًا، ومن يمكنه أن يساعدني

## For young people
plan-youth-title = شخص بالغ أثق به
plan-youth-advice = يمكنك دائمًا أن تتصل بـ Bris، دون أن تقول من أنت. المرشد الاجتماعي في المدرسة وممرضة المدرسة يمكنهما أن يستمعا إليك وأن يساعداك على التواصل مع socialtjänsten (الخدمات الاجتماعية).
plan-youth-field = شخص بالغ يمكنني أن أتحدث معه، مثلًا المرشد الاجتماعي في المدرسة، أو معلم، أو أحد الأقارب

## A feared trip abroad
plan-trip-title = قبل السفر
plan-trip-advice = أخبر socialtjänsten (الخدمات الاجتماعية) أو الشرطة أو خط الدعم الخاص بالعنف المرتبط بالشرف قبل السفر. بالنسبة إلى الأطفال، يمكن لـ socialtjänsten أن تطلب utreseförbud (منع سفر الطفل إلى الخارج). احتفظ بعنوان سفارة السويد في ذلك البلد.
plan-trip-field = هذا ما سأفعله قبل السفر، ومن سأتواصل معه

## Exploitation
plan-papers-title = أوراقي وأين يمكنني الحصول على الدعم
plan-papers-advice = التقط صورة لجواز سفرك وأوراقك الأخرى أو انسخها، واحتفظ بالنسخة في مكان لا يستطيع أحد غيرك الوصول إليه. يمكنك أن تتواصل مع الشرطة ومع socialtjänsten (الخدمات الاجتماعية) حتى لو لم يكن لديك تصريح إقامة.
plan-papers-field = نسخ وأرقام هواتف أريد أن تكون معي

## For someone who has used violence: when anger rises
plan-anger-title = عندما يزداد الغضب
plan-anger-advice = تعلّم أن تتعرف على العلامات في جسمك وفي أفكارك قبل أن تفعل أي شيء. ابتعد عن المكان: قل إنك تأخذ استراحة، وارجع عندما تهدأ. أنت من يقرر ماذا تفعل.
plan-anger-signs-field = علامات التحذير عندي
plan-anger-do-field = هذا ما أفعله عندما ألاحظها
plan-anger-call-field = الشخص أو الخط الذي يمكنني أن أتصل به، مثلًا Välj att sluta
