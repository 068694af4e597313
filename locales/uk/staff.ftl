# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren допомагає молодим людям самим з’ясувати, чи те, що з ними відбувається, є насильством і де можна отримати допомогу. Тут ви можете прочитати, як підтримати учня чи ученицю.
staff-what-1 = Інструмент ставить запитання про насильство в близьких стосунках, насильство та утиски в ім’я честі, про тиск щодо сексу чи експлуатацію, а також про те, чи людина сама комусь завдала шкоди. Ті, кому менше 18 років, отримують запитання, написані для молоді.
staff-what-2 = Відповіді показують, про які форми насильства може йтися і які лінії підтримки та контакти підходять. Якщо у відповідях згадано серйозний тривожний знак, спершу показується номер 112. Що робити далі, учень чи учениця вирішує самостійно.
staff-what-3 = Нічого не зберігається і не надсилається. Ні ви, ні школа не можете побачити, що відповів учень чи учениця.

staff-talk-title = Як говорити з молодою людиною, яка може зазнавати насильства
staff-talk-1 = Вислухайте спокійно, у місці, де вам ніхто не завадить. Дайте учневі чи учениці розповісти своїми словами.
staff-talk-2 = Повірте тому, що розповідає учень чи учениця, і скажіть, що розповісти було правильно. У цьому ніколи немає його чи її провини.
staff-talk-3 = Не обіцяйте зберегти це в таємниці. Чесно скажіть, що вам, можливо, доведеться повідомити соціальну службу (socialtjänsten), і поясніть чому.
staff-talk-4 = Не звертайтеся до батьків чи інших законних представників (vårdnadshavare), якщо підозрюєте, що учень чи учениця зазнає насильства чи погроз від когось у сім’ї або насильства в ім’я честі. Це може наразити учня чи ученицю на небезпеку. Дайте соціальній службі (socialtjänsten) вирішити, коли і як зв’язатися з сім’єю.
staff-talk-5 = Не залучайте як усного перекладача нікого із сім’ї або її оточення. Замовте професійного усного перекладача, наприклад такого, що перекладає телефоном з іншого міста, і спитайте учня чи ученицю, чи почувається він або вона в безпеці з цим перекладачем.
staff-talk-6 = Запишіть дослівно слова учня чи учениці і коли їх було сказано. Не записуйте власних тлумачень так, ніби це факти.
staff-talk-7 = Не ставте навідних запитань і не допитуйте учня чи ученицю самі. Розслідувати — завдання соціальної служби (socialtjänsten) і поліції.

staff-same-day-title = Того ж дня
staff-same-day-1 = Повідомте соціальну службу (socialtjänsten) того ж дня. Не чекайте, щоб дізнатися більше.
staff-same-day-2 = Скажіть директорові школи або шкільній службі здоров’я учнів (elevhälsan). Пам’ятайте, що обов’язок повідомити все одно лежить особисто на вас.
staff-same-day-3 = Якщо учень чи учениця в небезпеці або боїться йти додому, одразу телефонуйте до соціальної служби (socialtjänsten). У неробочий час телефонуйте до чергової соціальної служби (socialjouren) або 112, якщо це терміново.
staff-same-day-4 = Не відпускайте додому учня чи ученицю, що боїться йти додому, доки не зв’яжетеся з соціальною службою (socialtjänsten) або черговою соціальною службою (socialjouren).

staff-duty-title = Обов’язок повідомляти (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Усі, хто працює в школі, зобов’язані негайно повідомити соціальну службу (socialtjänsten), якщо дізналися або підозрюють, що дитині завдають шкоди або вона в небезпеці. Це називається anmälningsskyldighet (обов’язок повідомляти) і передбачено Законом про соціальні послуги, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; socialnämnden utreder).
staff-duty-2 = Достатньо підозри. Докази вам не потрібні. Розслідування проводить соціальна служба (socialtjänsten).
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Цей обов’язок особистий. Ви не можете передати його директорові, шкільному соціальному працівникові (kurator) чи комусь іншому.
staff-duty-4 = Повідомляйте соціальну службу (socialtjänsten) того муніципалітету, де живе дитина. Можна зателефонувати або написати. У неробочий час телефонуйте до чергової соціальної служби (socialjouren) або 112, якщо це терміново.

staff-lines-title = Лінії підтримки для фахівців
staff-lines-intro = Тут можна отримати пораду, наприклад про те, що робити далі, коли учень чи учениця щось вам розповідає.

staff-builder-title = Створити посилання і плакат
staff-builder-intro = Виберіть муніципалітет і мови. Вони будуть у посиланні та на плакаті, і більше нічого.
staff-builder-municipality = Муніципалітет
staff-builder-languages = Мови (виберіть одну, дві або три)
staff-builder-youth = Одразу відкривати запитання для молоді
staff-builder-link-label = Посилання, яким можна поділитися
staff-builder-copy = Скопіювати посилання
staff-builder-copied = Посилання скопійовано.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = QR-код, що веде на { $link }
staff-builder-print = Надрукувати плакат
staff-builder-too-many-languages = Можна вибрати щонайбільше три мови.

## Affischen (skrivs ut på flera språk bredvid varandra)

poster-title = Вас непокоїть те, що відбувається вдома або у стосунках?
poster-line = Відскануйте код. Нічого не зберігається. Ви самі вирішуєте, що відповідати.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Вам менше 18 років? Ви можете зателефонувати в Bris (лінія підтримки для дітей і підлітків) за номером { $number }.
poster-emergency = Ви в небезпеці просто зараз? Телефонуйте 112.
