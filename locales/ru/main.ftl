# Vägvisaren — русский.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – поддержка и помощь
language-label = Язык

## Quick exit

quick-exit-button = Быстро покинуть страницу
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Нажмите Shift ещё { $remaining } раз, чтобы покинуть страницу.
    [few] Нажмите Shift ещё { $remaining } раза, чтобы покинуть страницу.
    [many] Нажмите Shift ещё { $remaining } раз, чтобы покинуть страницу.
   *[other] Нажмите Shift ещё { $remaining } раза, чтобы покинуть страницу.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Языка «{ $code }» здесь пока нет, поэтому страница показана на шведском. Вы можете выбрать другой язык вверху.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Кода муниципалитета «{ $code }» не существует, поэтому муниципалитет не выбран. Вы можете выбрать муниципалитет в разделе «Найти помощь».

## Start screen

start-title = Происходит что-то, от чего вам не по себе? Здесь вы можете спокойно прочитать о насилии и о том, где можно получить помощь.
start-lead = Ответьте на несколько вопросов о том, что происходит с вами или с человеком, за которого вы беспокоитесь. Вы узнаете, как это можно назвать и где можно получить поддержку. Что значат эти ответы для вас, решаете только вы.
start-duration = Это займёт примерно от пяти до десяти минут. Вы можете пропускать вопросы и остановиться, когда захотите.
start-private = Ваши ответы нигде не сохраняются и никуда не отправляются. Всё остаётся в вашем телефоне или компьютере, пока вы не закроете страницу.
start-quick-exit = Кнопка «Быстро покинуть страницу» всегда вверху. Можно также трижды нажать Shift.
start-emergency = Вы в опасности прямо сейчас? Звоните 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Что вы хотите выяснить?
flow-path-partner = Обо мне – мой нынешний или бывший партнёр
flow-path-family = Обо мне – моя семья, родственники или человек, который помогает мне в повседневной жизни
flow-path-exploitation = Обо мне – кто-то заставляет меня продавать секс или контролирует мою работу, деньги или документы
flow-path-worried = О человеке, за которого я беспокоюсь
flow-path-used-violence = Я причинил(а) вред близкому человеку или напугал(а) его
flow-path-partner-youth = Обо мне – человек, с которым я встречаюсь или встречался(-ась)
flow-path-family-youth = Обо мне – моя семья или родственники
flow-path-exploitation-youth = Обо мне – кто-то давит на меня, чтобы я делал(а) что-то сексуальное, в интернете или в реальной жизни, или заставляет меня работать или совершать для них преступления
flow-path-worried-youth = О друге, подруге или другом человеке, за которого я беспокоюсь
flow-path-used-violence-youth = Я причинил(а) вред или напугал(а) кого-то в семье или человека, с которым встречаюсь
flow-age-title = Сколько вам лет?
flow-age-under-18 = Меньше 18 лет
flow-age-adult = 18 лет или больше
flow-about-child-title = Человеку, за которого вы беспокоитесь, меньше 18 лет?
flow-about-child-yes = Да, меньше 18 лет
flow-about-child-no = Нет, 18 лет или больше
flow-about-child-unknown = Я не знаю
flow-self-title = Как вы себя описываете?
flow-self-hint = Вы не обязаны отвечать. Ответ нужен только для того, чтобы показать подходящую вам поддержку, и он не сохраняется.
flow-self-woman = Женщина или девушка
flow-self-man = Мужчина или парень
flow-self-trans = Трансгендерный или небинарный человек
flow-self-rather-not-say = Не хочу отвечать
flow-skip = Пропустить
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Вопрос { $current } из { $total }
flow-answer-yes = Да
flow-answer-sometimes = Иногда
flow-answer-no = Нет
flow-answer-rather-not-say = Не хочу отвечать
flow-answers-label = Ваш ответ
flow-see-result = Посмотреть результат
flow-change-hint = Вы можете в любой момент вернуться и изменить ответ.

## Texter för säkerhetssidan, hjälpvyn, kontaktkort, resultatet, sidan för den som
## oroar sig, sidan för skolpersonal, om-sidan och navigeringen (källspråk: svenska).
## Slås ihop med main.ftl. Lugnt, enkelt och i du-form. Vi skuldbelägger aldrig,
## ställer aldrig diagnos och säger aldrig ”du är ett offer”.

## Säkerhetssidan

safety-title = Ваша безопасность на этой странице

## Hjälpvyn (går att nå utan frågorna)

help-title = Найти помощь
help-intro = Здесь есть линии поддержки для всей Швеции и контакты в вашем муниципалитете — для тех, кто сталкивается с насилием в близких отношениях, с насилием и угнетением во имя чести, с проституцией или торговлей людьми, для тех, кто беспокоится за кого-то, и для тех, кто хочет перестать применять насилие. Вы сами решаете, к кому обратиться и что рассказать.
help-emergency = Вы в опасности прямо сейчас? Звоните 112.
help-not-sure = Можно позвонить, даже если вы не уверены, что это насилие. Достаточно того, что вас что-то тревожит или вы хотите поговорить.

help-what-happens-title = Вот что происходит, когда вы звоните на линию поддержки
help-what-happens-1 = Вас выслушают и серьёзно отнесутся к тому, что вы рассказываете.
help-what-happens-2 = Вы сами решаете, что рассказать, и можете закончить разговор, когда захотите.
help-what-happens-3 = Многие линии поддержки бесплатные, и во многих можно обращаться анонимно. Это указано в каждом контакте.
help-what-happens-4 = Многие линии поддержки могут пригласить переводчика, чтобы вы могли говорить на своём языке.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = У нас пока нет номера социальной службы (socialtjänsten) в муниципалитете { $municipality }. Позвоните на общий номер муниципалитета (växel) и попросите соединить вас с социальной службой (socialtjänsten). В нерабочее время можно попросить соединить вас с дежурной социальной службой (socialjouren) или позвонить 112, если это срочно.

help-municipality-label = Ваш муниципалитет
help-municipality-hint = Напишите название своего муниципалитета. Выбор остаётся в вашем телефоне или компьютере и не сохраняется. Страница загружает контакты всех муниципалитетов сразу, поэтому никто не может увидеть, какой вы выбрали.
help-municipality-no-match = Мы не нашли муниципалитет с таким названием. Проверьте написание или введите начало названия.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Вы выбрали муниципалитет { $municipality }.
help-municipality-change = Сменить муниципалитет

help-national-title = Поддержка по всей Швеции
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Поддержка в муниципалитете { $municipality }

## Kontaktkort

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Позвонить по номеру { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = Отправить SMS на номер { $number }
contact-chat = Открыть чат
contact-web = Открыть сайт
contact-open-always = Работает круглосуточно
contact-open-now = Сейчас открыто
contact-closed-now = Сейчас закрыто
contact-hours-unknown = Нам не удалось проверить часы работы.
contact-free = Бесплатно
contact-anonymous = Можно обратиться анонимно
contact-interpreter = Можно пригласить переводчика
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Также можно говорить на этих языках: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Сведения проверены { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = Дата на странице источника: { $date }
contact-source-third-party = Сведения взяты только со сторонней страницы, а не со страницы самой организации
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = Согласно источнику, у линии было финансирование до { $date }. Мы не знаем, работает ли она сейчас.
contact-switchboard = Это общий номер муниципалитета (växel). Попросите соединить вас с социальной службой (socialtjänsten).
contact-via-112 = Чтобы связаться с дежурной социальной службой (socialjouren), позвоните 112 и попросите соединить вас с ней.
contact-for-professionals = Для специалистов
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Для кого: { $audiences }

## Öppettider: en regel per rad, till exempel ”Måndag–fredag 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Ежедневно
days-weekdays = Понедельник–пятница
days-weekends = Суббота–воскресенье
days-mon = Понедельник
days-tue = Вторник
days-wed = Среда
days-thu = Четверг
days-fri = Пятница
days-sat = Суббота
days-sun = Воскресенье

## Vilken sorts kontakt det är (korta substantivfraser)

kind-emergency = Номер экстренной помощи
kind-police = Полиция
kind-helpline = Линия поддержки
kind-social-services = Социальная служба (socialtjänsten)
kind-social-services-on-call = Дежурная социальная служба (socialjouren)
kind-womens-shelter = Кризисный центр для женщин (kvinnojour)
kind-girls-shelter = Поддержка для девушек и молодых женщин (tjejjour)
kind-mens-shelter = Поддержка для мужчин (mansjour)
kind-youth-clinic = Молодёжная клиника (ungdomsmottagning)
kind-perpetrator-programme = Помощь, чтобы перестать применять насилие
kind-victim-support = Поддержка после преступления
kind-health = Здравоохранение
kind-suicide-prevention = Поддержка при мыслях о самоубийстве

## Vem kontakten är till för (fraser efter ”För: …”)

audience-everyone = Все
audience-women = Женщины
audience-men = Мужчины
audience-trans = Трансгендерные и небинарные люди
audience-young = Молодёжь
audience-children = Дети до 18 лет
audience-honour = Люди, которые подвергаются насилию и угнетению во имя чести
audience-trafficking = Люди, которые продают секс или пострадали от торговли людьми
audience-uses-violence = Люди, которые применяют насилие и хотят это прекратить
audience-worried-others = Люди, которые беспокоятся за кого-то другого
audience-professionals = Специалисты

result-contacts-title = Здесь можно получить поддержку

## Sidan för skolpersonal

staff-title = Для тех, кто работает в школе
staff-load-failed = Не удалось загрузить страницу. Проверьте подключение и попробуйте ещё раз.
plan-load-failed = Не удалось загрузить план безопасности. Проверьте подключение и попробуйте ещё раз.
text-load-failed = Не удалось загрузить текст. Проверьте подключение и попробуйте ещё раз.
text-load-retry = Попробовать ещё раз
read-aloud = Прочитать вслух
read-aloud-stop = Остановить чтение

## Om Vägvisaren

about-title = О Vägvisaren
language-status-marker = машинный перевод

## Navigering

nav-start-questions = Начать отвечать на вопросы
nav-help = Найти помощь
nav-safety = Ваша безопасность
nav-staff = Для сотрудников школы
nav-about = О странице
nav-plan = Составить план безопасности
nav-back = Назад
nav-next = Далее
nav-home = На главную

