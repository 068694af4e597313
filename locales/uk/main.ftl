# Vägvisaren — українська.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – підтримка і допомога
language-label = Мова

## Quick exit

quick-exit-button = Швидко покинути сторінку
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Натисніть Shift ще { $remaining } раз, щоб покинути сторінку.
    [few] Натисніть Shift ще { $remaining } рази, щоб покинути сторінку.
    [many] Натисніть Shift ще { $remaining } разів, щоб покинути сторінку.
   *[other] Натисніть Shift ще { $remaining } рази, щоб покинути сторінку.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Мови «{ $code }» тут поки немає, тому сторінку показано шведською. Ви можете вибрати іншу мову вгорі.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Коду муніципалітету «{ $code }» не існує, тому муніципалітет не вибрано. Ви можете вибрати муніципалітет у розділі «Знайти допомогу».

## Start screen

start-title = Відбувається щось, що здається вам неправильним? Тут ви можете спокійно прочитати про насильство і про те, де можна отримати допомогу.
start-lead = Дайте відповідь на кілька запитань про те, що відбувається з вами або з людиною, за яку ви хвилюєтеся. Ви дізнаєтеся, як це можна назвати і де можна отримати підтримку. Лише ви вирішуєте, що ці відповіді означають для вас.
start-duration = Це займає приблизно від п’яти до десяти хвилин. Ви можете пропускати запитання і зупинитися, коли захочете.
start-private = Ніщо з ваших відповідей не зберігається і нікуди не надсилається. Усе залишається у вашому телефоні чи комп’ютері, доки ви не закриєте сторінку.
start-quick-exit = Кнопка «Швидко покинути сторінку» завжди вгорі. Також можна тричі натиснути Shift.
start-emergency = Ви в небезпеці просто зараз? Телефонуйте 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Що ви хочете з’ясувати?
flow-path-partner = Про мене – мій теперішній або колишній партнер чи партнерка
flow-path-family = Про мене – моя сім’я, родичі або хтось, хто допомагає мені в повсякденному житті
flow-path-exploitation = Про мене – хтось змушує мене продавати секс або керує моєю роботою, грошима чи документами
flow-path-worried = Про людину, за яку я хвилююся
flow-path-used-violence = Я завдав(-ла) шкоди близькій людині або налякав(-ла) її
flow-path-partner-youth = Про мене – хтось, з ким у мене є або були стосунки
flow-path-family-youth = Про мене – моя сім’я або родичі
flow-path-exploitation-youth = Про мене – хтось тисне на мене щодо сексуальних речей, в інтернеті чи в реальному житті, або змушує мене працювати чи чинити злочини для них
flow-path-worried-youth = Про друга, подругу або когось іншого, за кого я хвилююся
flow-path-used-violence-youth = Я скривдив(-ла) або налякав(-ла) когось у своїй сім’ї чи людину, з якою в мене стосунки
flow-age-title = Скільки вам років?
flow-age-under-18 = Менше 18 років
flow-age-adult = 18 років або більше
flow-about-child-title = Людині, за яку ви хвилюєтеся, менше 18 років?
flow-about-child-yes = Так, менше 18 років
flow-about-child-no = Ні, 18 років або більше
flow-about-child-unknown = Я не знаю
flow-self-title = Як ви себе описуєте?
flow-self-hint = Ви не мусите відповідати. Відповідь потрібна лише для того, щоб показати підтримку, яка вам підходить, і вона не зберігається.
flow-self-woman = Жінка або дівчина
flow-self-man = Чоловік або хлопець
flow-self-trans = Трансгендерна або небінарна людина
flow-self-rather-not-say = Не хочу відповідати
flow-skip = Пропустити
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Запитання { $current } з { $total }
flow-answer-yes = Так
flow-answer-sometimes = Іноді
flow-answer-no = Ні
flow-answer-rather-not-say = Не хочу відповідати
flow-answers-label = Ваша відповідь
flow-see-result = Подивитися результат
flow-change-hint = Ви можете будь-коли повернутися і змінити відповідь.

## Texter för säkerhetssidan, hjälpvyn, kontaktkort, resultatet, sidan för den som
## oroar sig, sidan för skolpersonal, om-sidan och navigeringen (källspråk: svenska).
## Slås ihop med main.ftl. Lugnt, enkelt och i du-form. Vi skuldbelägger aldrig,
## ställer aldrig diagnos och säger aldrig ”du är ett offer”.

## Säkerhetssidan

safety-title = Ваша безпека на цій сторінці

## Hjälpvyn (går att nå utan frågorna)

help-title = Знайти допомогу
help-intro = Тут є лінії підтримки для всієї Швеції та контакти у вашому муніципалітеті — для тих, хто зазнає насильства в близьких стосунках або насильства та утисків в ім’я честі, хто втягнутий у проституцію чи постраждав від торгівлі людьми, для тих, хто хвилюється за когось, і для тих, хто хоче припинити застосовувати насильство. Ви самі вирішуєте, до кого звернутися і що розповісти.
help-emergency = Ви в небезпеці просто зараз? Телефонуйте 112.
help-not-sure = Можна зателефонувати, навіть якщо ви не впевнені, що це насильство. Достатньо того, що вас щось непокоїть або ви хочете поговорити.

help-what-happens-title = Ось що відбувається, коли ви телефонуєте на лінію підтримки
help-what-happens-1 = Вас вислухають і серйозно поставляться до того, що ви розповідаєте.
help-what-happens-2 = Ви самі вирішуєте, що розповісти, і можете завершити розмову, коли захочете.
help-what-happens-3 = Багато ліній підтримки безкоштовні, і в багатьох можна звертатися анонімно. Це вказано в кожному контакті.
help-what-happens-4 = Багато ліній підтримки можуть організувати усного перекладача, щоб ви могли говорити своєю мовою.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = У нас поки немає номера соціальної служби (socialtjänsten) у муніципалітеті { $municipality }. Зателефонуйте на загальний номер муніципалітету (växel) і попросіть з’єднати вас із соціальною службою (socialtjänsten). У неробочий час можна попросити з’єднати вас із черговою соціальною службою (socialjouren) або зателефонувати 112, якщо це терміново.

help-municipality-label = Ваш муніципалітет
help-municipality-hint = Напишіть назву свого муніципалітету. Вибір залишається у вашому телефоні чи комп’ютері і не зберігається. Сторінка завантажує контакти всіх муніципалітетів одразу, тож ніхто не може побачити, який ви вибрали.
help-municipality-no-match = Ми не знаходимо муніципалітету з такою назвою. Перевірте написання або введіть початок назви.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Ви вибрали муніципалітет { $municipality }.
help-municipality-change = Змінити муніципалітет

help-national-title = Підтримка по всій Швеції
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Підтримка в муніципалітеті { $municipality }

## Kontaktkort

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Зателефонувати на { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = Надіслати SMS на { $number }
contact-chat = Відкрити чат
contact-web = Відкрити вебсайт
contact-open-always = Працює цілодобово
contact-open-now = Зараз відкрито
contact-closed-now = Зараз зачинено
contact-hours-unknown = Ми не змогли перевірити години роботи.
contact-free = Безкоштовно
contact-anonymous = Можна звернутися анонімно
contact-interpreter = Можна організувати усного перекладача
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Також можна говорити такими мовами: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Дані перевірено { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = Сторінка-джерело датована { $date }
contact-source-third-party = Дані взято лише зі сторонньої сторінки, а не зі сторінки самої організації
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = За даними джерела, лінія мала фінансування до { $date }. Ми не знаємо, чи вона ще працює.
contact-switchboard = Цей номер веде на загальний номер муніципалітету (växel). Попросіть з’єднати вас із соціальною службою (socialtjänsten).
contact-via-112 = Щоб зв’язатися з черговою соціальною службою (socialjouren), зателефонуйте 112 і попросіть з’єднати вас із socialjouren.
contact-for-professionals = Для фахівців
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Для кого: { $audiences }

## Öppettider: en regel per rad, till exempel ”Måndag–fredag 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Щодня
days-weekdays = Понеділок–п’ятниця
days-weekends = Субота–неділя
days-mon = Понеділок
days-tue = Вівторок
days-wed = Середа
days-thu = Четвер
days-fri = П’ятниця
days-sat = Субота
days-sun = Неділя

## Vilken sorts kontakt det är (korta substantivfraser)

kind-emergency = Номер екстреної допомоги
kind-police = Поліція
kind-helpline = Лінія підтримки
kind-social-services = Соціальна служба (socialtjänsten)
kind-social-services-on-call = Чергова соціальна служба (socialjouren)
kind-womens-shelter = Кризовий центр для жінок (kvinnojour)
kind-girls-shelter = Підтримка для дівчат і молодих жінок (tjejjour)
kind-mens-shelter = Підтримка для чоловіків (mansjour)
kind-youth-clinic = Молодіжна клініка (ungdomsmottagning)
kind-perpetrator-programme = Допомога, щоб припинити застосовувати насильство
kind-victim-support = Підтримка після злочину
kind-health = Охорона здоров’я
kind-suicide-prevention = Підтримка, якщо є думки про самогубство

## Vem kontakten är till för (fraser efter ”För: …”)

audience-everyone = Усі
audience-women = Жінки
audience-men = Чоловіки
audience-trans = Трансгендерні та небінарні люди
audience-young = Молодь
audience-children = Діти до 18 років
audience-honour = Люди, які зазнають насильства та утисків в ім’я честі
audience-trafficking = Люди, які продають секс або постраждали від торгівлі людьми
audience-uses-violence = Люди, які застосовують насильство і хочуть це припинити
audience-worried-others = Люди, які хвилюються за когось іншого
audience-professionals = Фахівці

result-contacts-title = Тут можна отримати підтримку

## Sidan för skolpersonal

staff-title = Для тих, хто працює в школі
staff-load-failed = Не вдалося завантажити сторінку. Перевірте з’єднання і спробуйте ще раз.
plan-load-failed = Не вдалося завантажити план безпеки. Перевірте з’єднання і спробуйте ще раз.
text-load-failed = Не вдалося завантажити текст. Перевірте з’єднання і спробуйте ще раз.
text-load-retry = Спробувати ще раз
read-aloud = Прочитати вголос
read-aloud-stop = Зупинити читання

## Om Vägvisaren

about-title = Про Vägvisaren
language-status-marker = машинний переклад

## Navigering

nav-start-questions = Почати відповідати на запитання
nav-help = Знайти допомогу
nav-safety = Ваша безпека
nav-staff = Для працівників школи
nav-about = Про сторінку
nav-plan = Скласти план безпеки
nav-back = Назад
nav-next = Далі
nav-home = На головну

