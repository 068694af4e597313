# Vägvisaren — العربية.
# Status: translated by the team from Swedish; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – الدعم والمساعدة
language-label = اللغة

## Quick exit

quick-exit-button = مغادرة الصفحة بسرعة
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] اضغط على مفتاح Shift مرة أخرى لمغادرة الصفحة.
    [two] اضغط على مفتاح Shift مرتين أخريين لمغادرة الصفحة.
   *[other] اضغط على مفتاح Shift { $remaining } مرات أخرى لمغادرة الصفحة.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = اللغة «{ $code }» غير متوفرة هنا بعد، لذلك تظهر الصفحة باللغة السويدية. يمكنك اختيار لغة أخرى في الأعلى.

## Start screen

start-title = هل هذا عنف؟ يمكنك أن تعرف ذلك هنا بهدوء.
start-lead = أجب عن بعض الأسئلة حول ما يحدث لك أو لشخص تقلق عليه. ستعرف ماذا يمكن أن يُسمّى ذلك وأين يمكنك الحصول على المساعدة.
start-private = لا يُحفظ أي شيء من إجاباتك ولا يُرسل إلى أي مكان. يبقى في هاتفك أو حاسوبك إلى أن تغلق الصفحة.
start-quick-exit = زر «مغادرة الصفحة بسرعة» موجود دائمًا في الأعلى. يمكنك أيضًا الضغط على مفتاح Shift ثلاث مرات.
start-emergency = هل أنت في خطر الآن؟ اتصل بالرقم 112.
