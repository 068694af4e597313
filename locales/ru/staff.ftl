# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren помогает молодым людям самим выяснить, является ли то, что с ними происходит, насилием, и где можно получить помощь. Здесь вы можете прочитать, как поддержать ученика или ученицу.
staff-what-1 = Инструмент задаёт вопросы о насилии в близких отношениях, о насилии и угнетении во имя чести, о давлении с целью секса и об эксплуатации, а также о том, не причинил ли человек сам кому-то вред. Те, кому меньше 18 лет, получают вопросы, написанные для молодёжи.
staff-what-2 = Ответы показывают, о каких формах насилия может идти речь и какие линии поддержки и контакты подходят. Если в ответах упоминается серьёзный тревожный знак, первым показывается номер 112. Что делать дальше, решает только ученик или ученица.
staff-what-3 = Ничего не сохраняется и не отправляется. Ни вы, ни школа не можете увидеть ответы ученика или ученицы.

staff-talk-title = Как говорить с подростком, который может подвергаться насилию
staff-talk-1 = Выслушайте спокойно, в месте, где вам никто не помешает. Дайте ученику или ученице рассказать своими словами.
staff-talk-2 = Поверьте тому, что рассказывает ученик или ученица, и скажите, что рассказать было правильно. В этом никогда нет его или её вины.
staff-talk-3 = Не обещайте сохранить это в тайне. Честно скажите, что вам, возможно, придётся сообщить в социальную службу (socialtjänsten), и объясните почему.
staff-talk-4 = Не связывайтесь с родителями или опекунами, если подозреваете, что ученик или ученица подвергается насилию или угрозам со стороны кого-то в семье или насилию во имя чести. Это может подвергнуть его или её опасности. Пусть социальная служба (socialtjänsten) решает, когда и как связаться с семьёй.
staff-talk-5 = Не привлекайте переводчика из семьи или её окружения. Закажите профессионального переводчика, например переводчика по телефону из другого города, и спросите, чувствует ли ученик или ученица себя в безопасности с этим переводчиком.
staff-talk-6 = Запишите слова ученика или ученицы дословно и отметьте, когда они были сказаны. Не записывайте свои толкования так, будто это факты.
staff-talk-7 = Не задавайте наводящих вопросов и не допрашивайте ученика или ученицу сами. Выяснять обстоятельства — задача социальной службы (socialtjänsten) и полиции.

staff-same-day-title = В тот же день
staff-same-day-1 = Сообщите в социальную службу (socialtjänsten) в тот же день. Не ждите, чтобы узнать больше.
staff-same-day-2 = Расскажите директору школы или школьной службе здоровья учащихся (elevhälsan). Помните, что обязанность сообщить всё равно лежит лично на вас.
staff-same-day-3 = Если ученик или ученица в опасности или боится идти домой, сразу звоните в социальную службу (socialtjänsten). В нерабочее время звоните в дежурную социальную службу (socialjouren) или 112, если это срочно.
staff-same-day-4 = Если ученик или ученица боится идти домой, не отправляйте его или её домой, пока вы не связались с социальной службой (socialtjänsten) или с дежурной социальной службой (socialjouren).

staff-duty-title = Обязанность сообщать (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Все, кто работает в школе, обязаны немедленно сообщить в социальную службу (socialtjänsten), если узнали или подозревают, что ребёнку плохо или ему причиняют вред. Это называется обязанностью сообщать (anmälningsskyldighet) и установлено Законом о социальных услугах (socialtjänstlagen, SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; socialnämnden utreder).
staff-duty-2 = Достаточно подозрения. Доказательства вам не нужны. Расследование проводит социальная служба (socialtjänsten).
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Эта обязанность личная. Вы не можете передать её директору, школьному социальному работнику (kurator) или кому-то другому.
staff-duty-4 = Сообщайте в социальную службу (socialtjänsten) того муниципалитета, где живёт ребёнок. Можно позвонить или написать. В нерабочее время звоните в дежурную социальную службу (socialjouren) или 112, если это срочно.

staff-lines-title = Линии поддержки для специалистов
staff-lines-intro = Здесь можно получить совет, например о том, что делать дальше, когда вы узнали что-то от ученика или ученицы.

staff-builder-title = Создать ссылку и плакат
staff-builder-intro = Выберите муниципалитет и языки. Они будут в ссылке и на плакате, и больше ничего.
staff-builder-municipality = Муниципалитет
staff-builder-languages = Языки (выберите один, два или три)
staff-builder-youth = Сразу открывать вопросы для молодёжи
staff-builder-link-label = Ссылка, которой можно поделиться
staff-builder-copy = Скопировать ссылку
staff-builder-copied = Ссылка скопирована.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = QR-код, который ведёт на { $link }
staff-builder-print = Распечатать плакат
staff-builder-too-many-languages = Можно выбрать не больше трёх языков.

## Affischen (skrivs ut på flera språk bredvid varandra)

poster-title = Вас тревожит то, что происходит дома или в отношениях?
poster-line = Отсканируйте код. Ничего не сохраняется. Вы сами решаете, что отвечать.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Вам меньше 18 лет? Вы можете позвонить в Bris (линия поддержки для детей и подростков) по номеру { $number }.
poster-emergency = Вы в опасности прямо сейчас? Звоните 112.
