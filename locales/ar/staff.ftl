# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = يساعد Vägvisaren الشباب على أن يعرفوا بأنفسهم ما إذا كان ما يمرون به عنفًا، وأين يمكنهم الحصول على المساعدة. هنا يمكنك أن تقرأ كيف تدعم طالبًا أو طالبة.
staff-what-1 = تطرح الأداة أسئلة عن العنف في العلاقات القريبة، وعن العنف والقمع المرتبطين بالشرف، وعن التعرض للضغط لبيع الجنس أو للاستغلال، وعن أن يكون الشخص نفسه قد آذى أحدًا. من هم دون 18 سنة يحصلون على أسئلة مكتوبة للشباب.
staff-what-2 = تُظهر الإجابات أشكال العنف التي قد يكون الأمر متعلقًا بها، وأي خطوط دعم وجهات اتصال مناسبة. إذا ذكرت الإجابات علامة تحذير خطيرة، يظهر الرقم 112 أولًا. ويبقى القرار بعد ذلك بيد الطالب أو الطالبة.
staff-what-3 = لا يُحفظ أي شيء ولا يُرسل. لا تستطيع أنت ولا المدرسة رؤية ما أجاب به الطالب أو الطالبة.

staff-talk-title = التحدث مع شاب أو شابة قد يكون معرّضًا للعنف
staff-talk-1 = استمع بهدوء، في مكان لا يزعجكما فيه أحد. دع الطالب أو الطالبة يروي ما حدث بكلماته الخاصة.
staff-talk-2 = صدّق ما يقوله الطالب أو الطالبة، وقل إن إخبارك بذلك كان أمرًا جيدًا. والذنب ليس ذنبه أو ذنبها أبدًا.
staff-talk-3 = لا تعد بأن تبقي الأمر سرًا. قل بصراحة إنك قد تحتاج إلى تقديم بلاغ إلى socialtjänsten (الخدمات الاجتماعية)، ولماذا.
staff-talk-4 = لا تتصل بأولياء الأمور إذا كنت تشك في أن الطالب أو الطالبة يتعرض للعنف أو التهديد من أحد في العائلة، أو للعنف المرتبط بالشرف. فقد يعرّض ذلك الطالب للخطر. اترك لـ socialtjänsten (الخدمات الاجتماعية) أن تقرر متى وكيف يتم التواصل مع العائلة.
staff-talk-5 = لا تستعن بمترجم شفهي من العائلة أو من شبكة معارفها. احجز مترجمًا شفهيًا محترفًا، مثلًا مترجمًا عبر الهاتف من مدينة أخرى، واسأل الطالب أو الطالبة إن كان يشعر بالأمان مع المترجم.
staff-talk-6 = اكتب ما قاله الطالب أو الطالبة بالكلمات نفسها التي قيلت، ومتى قيل ذلك. لا تكتب تفسيراتك الخاصة كأنها حقائق.
staff-talk-7 = لا تطرح أسئلة موجِّهة ولا تستجوب الطالب أو الطالبة بنفسك. التحقيق مهمة socialtjänsten (الخدمات الاجتماعية) والشرطة.

staff-same-day-title = في اليوم نفسه
staff-same-day-1 = قدّم بلاغًا إلى socialtjänsten (الخدمات الاجتماعية) في اليوم نفسه. لا تنتظر لكي تعرف المزيد.
staff-same-day-2 = أخبر مدير المدرسة أو فريق صحة الطلاب (elevhälsan). تذكّر أن واجب تقديم البلاغ يبقى واجبك أنت.
staff-same-day-3 = إذا كان الطالب أو الطالبة في خطر أو لا يجرؤ على العودة إلى البيت، اتصل بـ socialtjänsten (الخدمات الاجتماعية) فورًا. خارج أوقات الدوام اتصل بـ socialjouren (مناوبة الخدمات الاجتماعية)، أو بالرقم 112 إذا كان الأمر عاجلًا.
staff-same-day-4 = لا ترسل إلى البيت طالبًا أو طالبة يخاف من العودة إليه قبل أن تتواصل مع socialtjänsten (الخدمات الاجتماعية) أو socialjouren (مناوبة الخدمات الاجتماعية).

staff-duty-title = واجب الإبلاغ (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = كل من يعمل في المدرسة ملزم بأن يقدم بلاغًا فورًا إلى socialtjänsten (الخدمات الاجتماعية) إذا عرف أو اشتبه في أن طفلًا يتعرض للأذى. يُسمّى ذلك anmälningsskyldighet (واجب الإبلاغ)، وهو منصوص عليه في قانون الخدمات الاجتماعية، socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; socialnämnden utreder).
staff-duty-2 = يكفي أن تشك في ذلك. لا تحتاج إلى أدلة. socialtjänsten (الخدمات الاجتماعية) هي التي تحقق في الأمر.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = هذا الواجب شخصي. لا يمكنك أن تنقله إلى مدير المدرسة أو المرشد الاجتماعي في المدرسة أو إلى أي شخص آخر.
staff-duty-4 = قدّم البلاغ إلى socialtjänsten (الخدمات الاجتماعية) في البلدية التي يعيش فيها الطفل. يمكنك أن تتصل أو تكتب. خارج أوقات الدوام اتصل بـ socialjouren (مناوبة الخدمات الاجتماعية)، أو بالرقم 112 إذا كان الأمر عاجلًا.

staff-lines-title = خطوط دعم للمختصين
staff-lines-intro = هنا يمكنك الحصول على نصيحة، مثلًا عن الخطوة التالية بعد أن يخبرك طالب أو طالبة بشيء.

staff-builder-title = أنشئ رابطًا وملصقًا
staff-builder-intro = اختر البلدية واللغات. تظهر هذه فقط في الرابط وعلى الملصق، ولا يظهر أي شيء آخر.
staff-builder-municipality = البلدية
staff-builder-languages = اللغات (اختر لغة واحدة أو اثنتين أو ثلاثًا)
staff-builder-youth = افتح أسئلة الشباب مباشرة
staff-builder-link-label = رابط للمشاركة
staff-builder-copy = انسخ الرابط
staff-builder-copied = تم نسخ الرابط.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = رمز QR يؤدي إلى { $link }
staff-builder-print = اطبع الملصق
staff-builder-too-many-languages = يمكنك أن تختار ثلاث لغات على الأكثر.

## The poster (printed in several languages side by side)

poster-title = هل يحدث شيء في البيت أو مع شريكك يقلقك؟
poster-line = امسح الرمز. لا يُحفظ أي شيء. أنت تختار بماذا تجيب.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = هل عمرك أقل من 18 سنة؟ يمكنك الاتصال بـ Bris (خط دعم للأطفال والشباب) على الرقم { $number }.
poster-emergency = هل أنت في خطر الآن؟ اتصل بالرقم 112.
