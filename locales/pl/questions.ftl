# Vägvisaren — the questions and the result.
# Fetched when someone starts the questions, together with main.ftl: the same file for everyone.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Frågor: partner eller ex

q-partner-put-down = Czy twój partner lub twoja partnerka (obecni lub byli) wyzywa cię, wyśmiewa albo sprawia, że czujesz się bezwartościowo?
q-partner-put-down-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, wyzywa cię, wyśmiewa albo sprawia, że źle się ze sobą czujesz?
q-partner-isolate = Czy twój partner lub twoja partnerka (obecni lub byli) decyduje, z kim możesz się spotykać, dokąd możesz chodzić albo w co możesz się ubierać?
q-partner-isolate-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, decyduje, z kim możesz się kolegować, dokąd możesz chodzić albo w co możesz się ubierać?
q-partner-phone = Czy twój partner lub twoja partnerka (obecni lub byli) czyta twoje wiadomości, żąda twoich haseł albo sprawdza twój telefon?
q-partner-phone-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, każe ci pokazywać telefon i wiadomości, podawać hasła albo mówić, gdzie jesteś?
q-partner-follow = Czy twój partner lub twoja partnerka (obecni lub byli) chodzi za tobą, pojawia się tam, gdzie jesteś, albo sprawdza, gdzie jesteś, przez aplikację lub udostępnianie lokalizacji bez twojej zgody?
q-partner-follow-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, chodzi za tobą albo pojawia się tam, gdzie jesteś, chociaż tego nie chcesz?
q-partner-images = Czy twój partner lub twoja partnerka (obecni lub byli) rozpowszechniał(a) albo groził(a), że rozpowszechni twoje zdjęcia lub filmy, których nie chcesz pokazywać innym?
q-partner-images-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, rozesłał albo groził, że roześle twoje zdjęcia lub filmy, których nie chcesz pokazywać innym?
q-partner-nudes = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, męczył cię prośbami, naciskał albo podstępem namówił cię do wysłania nagich albo seksownych zdjęć?
q-partner-older = Czy osoba, z którą chodzisz albo z którą coś cię łączyło, jest dorosła albo dużo starsza od ciebie?
q-partner-money = Czy twój partner lub twoja partnerka (obecni lub byli) zabiera ci pieniądze albo rozporządza nimi tak, że nie możesz z nich samodzielnie korzystać?
q-partner-money-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, zabiera ci pieniądze albo decyduje, co możesz kupić?
q-partner-debt = Czy twój partner lub twoja partnerka (obecni lub byli) brał(a) kredyty albo zaciągał(a) długi na twoje nazwisko, albo nie pozwalał(a) ci pracować lub się uczyć?
q-partner-debt-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, nie pozwalał ci chodzić do szkoły? Albo czy ta osoba kazała ci kupować dla niej rzeczy lub pożyczać dla niej pieniądze?
q-partner-break = Czy twój partner lub twoja partnerka (obecni lub byli) niszczył(a), rzucał(a) albo zabierał(a) twoje rzeczy?
q-partner-break-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, niszczył, rzucał albo zabierał twoje rzeczy?
q-partner-pets = Czy twój partner lub twoja partnerka (obecni lub byli) skrzywdził(a) albo groził(a), że skrzywdzi zwierzę, na którym ci zależy?
q-partner-pets-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, skrzywdził albo groził, że skrzywdzi zwierzę, na którym ci zależy?
q-partner-threats = Czy twój partner lub twoja partnerka (obecni lub byli) ci grozi, na przykład, że zabierze dzieci, powie innym o twojej orientacji seksualnej lub tożsamości płciowej albo doprowadzi do tego, że będziesz musieć wyjechać ze Szwecji?
q-partner-threats-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, ci grozi, na przykład, że rozpowie coś o tobie albo powie innym, że jesteś gejem, lesbijką, osobą bi albo trans?
q-partner-hit = Czy twój partner lub twoja partnerka (obecni lub byli) bił(a) cię, popychał(a), kopał(a) albo przytrzymywał(a) siłą?
q-partner-hit-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, bił cię, popychał, kopał albo przytrzymywał siłą?
q-partner-neck = Czy twój partner lub twoja partnerka (obecni lub byli) dusił(a) cię, chwycił(a) cię za szyję albo uciskał(a) ci szyję tak, że trudno ci było oddychać?
q-partner-neck-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, dusił cię, chwycił cię za szyję albo sprawił, że trudno ci było oddychać?
q-partner-weapon = Czy twój partner lub twoja partnerka (obecni lub byli) groził(a) ci nożem, bronią albo czymś innym, czym można zranić?
q-partner-weapon-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, groził ci nożem albo czymś innym, czym można zranić?
q-partner-kill = Czy twój partner lub twoja partnerka (obecni lub byli) groził(a), że zabije ciebie albo kogoś z bliskich ci osób?
q-partner-kill-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, mówił, że zabije ciebie albo kogoś, na kim ci zależy?
q-partner-worse = Czy przemoc lub groźby w ostatnim roku się nasiliły albo zdarzają się częściej?
q-partner-worse-youth = Czy to, co ta osoba ci robi, ostatnio stało się gorsze albo zdarza się częściej?
q-partner-jealous = Czy twój partner lub twoja partnerka (obecni lub byli) okazuje zazdrość w sposób, który cię przeraża, na przykład oskarża cię o zdradę, złości się, kiedy spotykasz się z innymi, albo mówi, że nikt inny nie może cię mieć?
q-partner-jealous-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, okazuje tak silną zazdrość, że się boisz, na przykład złości się, kiedy rozmawiasz z innymi, albo mówi, że nikt inny nie może z tobą być?
q-partner-pregnant = Jeśli zdarzyło ci się być w ciąży: czy twój partner lub twoja partnerka (obecni lub byli) bił(a) cię albo krzywdził(a) w czasie ciąży?
q-partner-pregnant-youth = Jeśli zdarzyło ci się być w ciąży: czy ktoś, z kim chodzisz albo z kim coś cię łączyło, bił cię albo krzywdził w tym czasie?
q-partner-sex = Czy twój partner lub twoja partnerka (obecni lub byli) zmuszał(a) cię albo naciskał(a) na ciebie, żeby doszło do seksu lub czynności seksualnych wbrew twojej woli, albo czy zdarzyło ci się zgodzić na seks ze strachu?
q-partner-sex-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, zmuszał cię, naciskał albo męczył prośbami, żeby doszło do czegoś seksualnego wbrew twojej woli?
q-partner-care = Jeśli potrzebujesz pomocy w codziennym życiu: czy twój partner lub twoja partnerka (obecni lub byli) nie dawał(a) ci jedzenia, leków albo innej pomocy, której potrzebujesz?
q-partner-aids = Czy twój partner lub twoja partnerka (obecni lub byli) zabierał(a) ci sprzęt pomocniczy, okulary, leki, hormony albo telefon, tak że nie możesz samodzielnie sobie poradzić albo poprosić o pomoc?
q-partner-children-see = Jeśli w domu są dzieci: czy widziały albo słyszały przemoc lub groźby wobec ciebie albo czy się bały, kiedy twój partner lub twoja partnerka (obecni lub byli) się złościł(a)?
q-partner-children-threat = Czy twój partner lub twoja partnerka (obecni lub byli) groził(a), że skrzywdzi dzieci albo że je zabierze, na przykład za granicę?
q-partner-suicide-self = Czy masz myśli o odebraniu sobie życia?
q-partner-suicide-self-youth = Czy zdarzyło ci się myśleć, że chcesz umrzeć, albo myśleć o odebraniu sobie życia?
q-partner-afraid = Czy boisz się swojego partnera lub swojej partnerki (obecnych lub byłych), nawet kiedy akurat nic nie robi?
q-partner-afraid-youth = Czy boisz się kogoś, z kim chodzisz albo z kim coś cię łączyło?
q-partner-careful = Czy często uważasz na to, co mówisz i robisz, żeby nie rozzłościć swojego partnera lub swojej partnerki (obecnych lub byłych)?
q-partner-careful-youth = Czy często uważasz na to, co mówisz i robisz, żeby nie rozzłościć kogoś, z kim chodzisz albo z kim coś cię łączyło?
q-partner-leaving = Czy jesteś niedawno po rozstaniu z partnerem lub partnerką albo myślisz o odejściu – i boisz się, co wtedy zrobi ta osoba?
q-partner-leaving-youth = Czy twój związek niedawno się skończył albo chcesz zerwać, i boisz się, co wtedy zrobi druga osoba?
q-partner-could-kill = Czy myślisz, że twój partner lub twoja partnerka (obecni lub byli) jest w stanie cię zabić?
q-partner-could-kill-youth = Czy myślisz, że ktoś, z kim chodzisz albo z kim coś cię łączyło, jest w stanie cię zabić?
q-partner-weapon-home = Czy twój partner lub twoja partnerka (obecni lub byli) ma w domu broń, na przykład myśliwską, albo może łatwo zdobyć broń?
q-partner-weapon-home-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, ma broń albo może łatwo zdobyć broń?
q-partner-suicide-threat = Czy twój partner lub twoja partnerka (obecni lub byli) groził(a), że odbierze sobie życie, na przykład jeśli odejdziesz?
q-partner-suicide-threat-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, mówił, że odbierze sobie życie, jeśli zerwiesz albo nie zrobisz tego, czego chce?
q-partner-contact-ban = Czy twój partner lub twoja partnerka (obecni lub byli) kontaktował(a) się z tobą albo przychodził(a) do ciebie, mimo że ma zakaz kontaktu (kontaktförbud)?
q-partner-contact-ban-youth = Czy ktoś, z kim chodzisz albo z kim coś cię łączyło, kontaktował się z tobą, chociaż ma zakaz kontaktowania się z tobą?
## Frågor: familj eller släkt

q-family-collective = Czy kilka osób z twojej rodziny lub spośród krewnych wspólnie decyduje o tym, jak masz żyć?
q-family-collective-youth = Czy oprócz twoich rodziców ktoś jeszcze, na przykład rodzeństwo albo krewni, decyduje o twoim życiu?
q-family-friends = Czy rodzina lub krewni decydują, z jakimi przyjaciółmi możesz się spotykać, jak możesz się ubierać albo co możesz robić w wolnym czasie?
q-family-friends-youth = Czy masz mniej swobody niż inni w twoim wieku, jeśli chodzi o kolegów, ubrania albo czas wolny, bo rodzina martwi się, co powiedzą inni, albo martwi się o dobre imię rodziny?
q-family-school = Czy rodzina lub krewni nie pozwalają ci się uczyć, pracować albo samodzielnie wybrać szkoły lub kierunku nauki?
q-family-school-youth = Czy nie wolno ci chodzić na niektóre lekcje, na przykład edukację seksualną albo pływanie, albo na wycieczki szkolne, bo rodzina uważa, że to złe albo wstydliwe?
q-family-love = Czy rodzina lub krewni decydują, w kim możesz się zakochać i z kim być, albo czy możesz otwarcie być sobą?
q-family-love-youth = Czy rodzina decyduje, w kim możesz się zakochać albo z kim możesz chodzić, kiedy dorośniesz, albo czy nie wolno ci otwarcie być sobą?
q-family-phone = Czy ktoś z twojej rodziny lub krewnych sprawdza twój telefon albo wiadomości, żeby zobaczyć, z kim rozmawiasz?
q-family-phone-youth = Czy ktoś w rodzinie sprawdza twój telefon, żeby zobaczyć, z kim rozmawiasz?
q-family-siblings = Czy rodzeństwo, kuzyni albo inni krewni pilnują cię i mówią rodzinie, co robisz?
q-family-siblings-youth = Czy twoje rodzeństwo albo kuzyni pilnują cię w szkole lub w mieście i mówią o tym rodzinie?
q-family-virginity = Czy rodzina lub krewni wymagają od ciebie zachowania dziewictwa do ślubu albo sprawdzają, czy je zachowujesz?
q-family-virginity-youth = Czy rodzina mówi, że do ślubu musisz zachować dziewictwo, czyli że nie wolno ci uprawiać seksu?
q-family-marriage = Czy rodzina lub krewni naciskają, żeby doszło do twoich zaręczyn albo ślubu – nawet tylko religijnego albo w obrębie rodziny – z kimś, kogo ktoś inny wybrał za ciebie, albo czy już do tego doszło wbrew twojej woli?
q-family-marriage-youth = Czy rodzina chce, żeby doszło do twoich zaręczyn albo ślubu – nawet tylko religijnego albo w formie obietnicy – chociaż ty tego nie chcesz, albo czy do twojego ślubu już doszło?
q-family-abroad = Czy ktoś mówi, że wyślą cię albo wywiozą za granicę wbrew twojej woli, albo czy planowana jest podróż, która cię niepokoi?
q-family-abroad-youth = Czy ktoś mówi, że wyślą cię do innego kraju, albo czy macie gdzieś jechać i to cię niepokoi?
q-family-disown = Czy ktoś groził, że rodzina się od ciebie odwróci albo zerwie z tobą kontakt, jeśli nie będziesz robić tego, czego chcą?
q-family-disown-youth = Czy ktoś mówi, że rodzina nie będzie cię już chciała znać, jeśli nie będziesz robić tego, co ci każą?
q-family-partner-threat = Czy ktoś z rodziny lub krewnych groził osobie, z którą jesteś w związku, albo osobie, z którą chcesz być?
q-family-partner-threat-youth = Czy ktoś w rodzinie groził osobie, z którą chodzisz albo w której się kochasz?
q-family-honour-before = Czy kogoś z twojej rodziny lub krewnych wcześniej skrzywdzono, zastraszano, zmuszono do małżeństwa albo gdzieś odesłano za życie niezgodne z wolą rodziny?
q-family-honour-before-youth = Czy coś stało się twojej siostrze, bratu, kuzynowi, kuzynce albo komuś innemu w rodzinie, bo nie robili tego, czego chciała rodzina – na przykład ktoś ich skrzywdził albo gdzieś ich odesłano?
q-family-cutting = Czy ktoś mówił, że mają cię poddać okaleczeniu narządów płciowych – czasem nazywa się to obrzezaniem dziewczynek albo „oczyszczeniem” – czyli że ktoś ma ciąć twoje narządy płciowe, albo czy to już cię spotkało?
q-family-put-down = Czy ktoś z twojej rodziny lub krewnych wyzywa cię, wyśmiewa albo mówi, że nie masz żadnej wartości?
q-family-put-down-youth = Czy ktoś w rodzinie często mówi ci przykre rzeczy, krzyczy na ciebie tak, że się boisz, albo mówi, że jesteś do niczego?
q-family-money = Czy rodzina, krewni albo ktoś, kto ci pomaga, zabierają twoją pensję, emeryturę, zasiłki albo pieniądze, albo wstrzymują pieniądze, których potrzebujesz, żeby cię kontrolować?
q-family-money-youth = Czy ktoś w rodzinie zabiera twoje własne pieniądze albo czy nie dostajesz pieniędzy na to, czego naprawdę potrzebujesz, na przykład na jedzenie, bilet autobusowy albo ubrania?
q-family-break = Czy ktoś z twojej rodziny lub krewnych niszczył, rzucał albo zabierał twoje rzeczy?
q-family-break-youth = Czy ktoś w rodzinie w złości połamał albo zniszczył twoje rzeczy i to cię przestraszyło?
q-family-online = Czy ktoś z twojej rodziny lub krewnych rozpowszechniał albo groził, że rozpowszechni w internecie zdjęcia, filmy lub plotki o tobie?
q-family-online-youth = Czy ktoś w rodzinie wrzucał albo groził, że wrzuci do internetu zdjęcia lub coś o tobie?
q-family-tracking = Czy ktoś z twojej rodziny lub krewnych chodzi za tobą albo sprawdza przez aplikację, gdzie jesteś, chociaż tego nie chcesz?
q-family-tracking-youth = Czy ktoś w rodzinie chodzi za tobą albo cały czas sprawdza, gdzie jesteś, w sposób, który cię przeraża albo nie pozwala ci żyć własnym życiem?
q-family-hit = Czy ktoś z twojej rodziny lub krewnych bił cię, popychał, kopał albo przytrzymywał siłą?
q-family-hit-youth = Czy ktoś w rodzinie bił cię, popychał, ciągnął za włosy albo przytrzymywał siłą?
q-family-neck = Czy ktoś z twojej rodziny lub krewnych dusił cię, chwycił cię za szyję albo uciskał ci szyję tak, że trudno ci było oddychać?
q-family-neck-youth = Czy ktoś w rodzinie dusił cię, chwycił cię za szyję albo sprawił, że trudno ci było oddychać?
q-family-weapon = Czy ktoś z twojej rodziny lub krewnych groził ci nożem, bronią albo czymś innym, czym można zranić?
q-family-weapon-youth = Czy ktoś w rodzinie groził ci nożem albo czymś innym, czym można zranić?
q-family-kill = Czy ktoś z twojej rodziny lub krewnych groził, że zabije ciebie albo kogoś z bliskich ci osób?
q-family-kill-youth = Czy ktoś w rodzinie mówił, że zabije ciebie albo kogoś, na kim ci zależy?
q-family-worse = Czy przemoc lub groźby w ostatnim roku się nasiliły albo zdarzają się częściej?
q-family-worse-youth = Czy to, co dzieje się w domu, ostatnio stało się gorsze albo zdarza się częściej?
q-family-could-kill = Czy myślisz, że ktoś z twojej rodziny lub krewnych jest w stanie cię zabić?
q-family-could-kill-youth = Czy myślisz, że ktoś w rodzinie jest w stanie cię zabić?
q-family-weapon-home = Czy w domu twojej rodziny jest broń, na przykład myśliwska, albo czy osoba, która ci grozi, może łatwo zdobyć broń?
q-family-weapon-home-youth = Czy w domu jest broń albo czy ktoś w rodzinie może łatwo zdobyć broń?
q-family-contact-ban = Czy ktoś z twojej rodziny lub krewnych kontaktował się z tobą albo przychodził do ciebie, mimo że ma zakaz kontaktu (kontaktförbud)?
q-family-sex-touch = Czy ktoś z twojej rodziny lub krewnych dotykał cię w seksualny sposób albo mówił lub pokazywał ci seksualne rzeczy wbrew twojej woli?
q-family-sex-touch-youth = Czy ktoś z rodziny lub krewnych dotykał twojego ciała w sposób, który wydawał ci się niewłaściwy, albo pokazywał ci seksualne zdjęcia?
q-family-sex-forced = Czy ktoś z twojej rodziny lub krewnych zmuszał cię albo naciskał na ciebie, żeby doszło do seksu lub czynności seksualnych?
q-family-sex-forced-youth = Czy ktoś z rodziny lub krewnych zmuszał cię do zrobienia czegoś seksualnego?
q-family-care = Jeśli potrzebujesz pomocy w codziennym życiu: czy osoba z rodziny, która powinna ci pomagać, nie dawała ci jedzenia, leków albo pomocy albo zostawiała cię na długo bez opieki, chociaż nie radzisz sobie samodzielnie?
q-family-care-youth = Czy zdarza się, że nie masz jedzenia, czystych ubrań albo pomocy, kiedy chorujesz, albo że na długo zostajesz w domu bez nikogo?
q-family-carer = Jeśli ktoś pomaga ci w codziennym życiu, na przykład ktoś z asystencji osobistej albo z pomocy domowej (hemtjänsten): czy ta osoba cię krzywdziła, groziła ci albo cię poniżała, zabierała ci pieniądze albo nie udzielała ci pomocy?
q-family-children-see = Czy w rodzinie są dzieci, które w domu widzą albo słyszą przemoc lub groźby?
q-family-children-see-youth = Czy ty albo twoje rodzeństwo widzieliście lub słyszeliście, jak ktoś w rodzinie bije albo komuś grozi?
q-family-children-threat = Czy ktoś z twojej rodziny lub krewnych groził, że skrzywdzi dzieci w rodzinie albo że je gdzieś wywiezie?
q-family-children-threat-youth = Czy ktoś w rodzinie groził, że skrzywdzi twoje rodzeństwo albo inne dzieci w rodzinie?
q-family-suicide-self = Czy masz myśli o odebraniu sobie życia?
q-family-suicide-self-youth = Czy zdarzyło ci się myśleć, że chcesz umrzeć, albo myśleć o odebraniu sobie życia?
q-family-afraid = Czy boisz się kogoś ze swojej rodziny lub krewnych albo tego, co się stanie, kiedy wrócisz do domu?
q-family-afraid-youth = Czy boisz się kogoś w rodzinie albo boisz się wracać do domu?
## Frågor: sälja sex, arbete, pengar eller papper

q-exploit-sell-sex = Czy ktoś naciska na ciebie albo zmusza cię do sprzedawania seksu lub uprawiania seksu z innymi za pieniądze?
q-exploit-sell-sex-youth = Czy ktoś skłonił cię do seksu albo do zrobienia czegoś seksualnego w zamian za pieniądze, rzeczy, narkotyki albo miejsce do spania?
q-exploit-job-promise = Czy ktoś ściągnął cię tutaj albo namówił do pracy obietnicami pracy, wynagrodzenia albo mieszkania, które potem okazały się nieprawdą?
q-exploit-job-promise-youth = Czy ktoś obiecał ci pieniądze, pracę albo coś innego, a potem zażądał od ciebie rzeczy, których nie chcesz robić?
q-exploit-sex-control = Czy ktoś inny decyduje, kiedy, gdzie lub z kim masz uprawiać seks za pieniądze, albo czy ktoś inny zabiera te pieniądze?
q-exploit-sex-control-youth = Czy ktoś inny decyduje, kiedy i z kim masz robić rzeczy seksualne, albo zabiera to, co za to dostajesz?
q-exploit-work = Czy pracujesz dużo więcej, niż było umówione, albo dostajesz za swoją pracę bardzo mało pieniędzy lub nic?
q-exploit-work-youth = Czy ktoś każe ci pracować dla siebie albo załatwiać dla siebie różne sprawy, bez zapłaty albo dlatego, że się boisz?
q-exploit-begging-crime = Czy ktoś zmusza cię do żebrania, kradzieży, sprzedawania narkotyków albo innych przestępstw, albo wywiera na ciebie presję, żeby do tego doszło?
q-exploit-begging-crime-youth = Czy ktoś wykorzystuje cię do sprzedawania narkotyków, kradzieży, ukrywania rzeczy albo innych przestępstw?
q-exploit-wage = Czy ktoś inny zabiera twoją pensję albo pieniądze, albo decyduje, co możesz kupić?
q-exploit-wage-youth = Czy ktoś zabiera pieniądze, które dostajesz, albo decyduje, co możesz kupić?
q-exploit-living = Czy mieszkasz tam, gdzie pracujesz, albo tam, gdzie zdecydował ktoś inny, i nie możesz się stamtąd wyprowadzić, kiedy chcesz?
q-exploit-living-youth = Czy musisz mieszkać albo spać tam, gdzie decyduje ktoś inny, i nie możesz stamtąd odejść, kiedy chcesz?
q-exploit-moved = Czy ktoś przewozi cię między różnymi mieszkaniami, miastami albo krajami, a ty nie masz nic do powiedzenia?
q-exploit-moved-youth = Czy ktoś wysyła albo wozi cię w różne miejsca, do różnych mieszkań albo miast, a ty nie masz nic do powiedzenia?
q-exploit-debt = Czy ktoś mówi, że masz u niego dług, na przykład za podróż, mieszkanie albo pracę, który musisz odpracować?
q-exploit-debt-youth = Czy ktoś mówi, że masz wobec niego dług – pieniądze albo przysługi – który musisz spłacić, robiąc coś dla niego?
q-exploit-debt-grows = Czy dług cały czas rośnie, na przykład przez kary, czynsz albo opłaty, tak że nigdy nie możesz się od niego uwolnić?
q-exploit-debt-grows-youth = Czy mówią ci, że masz u nich coraz większy dług, którego nigdy nie spłacisz?
q-exploit-papers = Czy ktoś zabrał twój paszport, dowód osobisty albo zezwolenie na pobyt i nie chce go oddać?
q-exploit-papers-youth = Czy ktoś zabrał twój paszport albo dowód osobisty i nie chce go oddać?
q-exploit-accounts = Czy ktoś inny ma w rękach twój BankID, twoje umowy albo inne dokumenty na twoje nazwisko, tak że nie możesz z nich samodzielnie korzystać?
q-exploit-accounts-youth = Czy ktoś inny ma w rękach twoją kartę bankową, twój BankID albo twój telefon, tak że nie możesz z nich samodzielnie korzystać?
q-exploit-locked = Czy ktoś nie pozwala ci wychodzić w pojedynkę, spotykać się, z kim chcesz, albo rozmawiać ze swoją rodziną?
q-exploit-locked-youth = Czy ktoś nie pozwala ci wychodzić w pojedynkę, spotykać się z kolegami albo rozmawiać z rodziną?
q-exploit-sextortion = Czy ktoś groził, że rozpowszechni twoje seksualne zdjęcia albo filmy, jeśli nie zapłacisz, nie wyślesz kolejnych zdjęć albo nie zrobisz tego, co każe?
q-exploit-sextortion-youth = Czy ktoś groził, że roześle twoje zdjęcia albo filmy, jeśli nie wyślesz kolejnych, nie zapłacisz albo nie zrobisz tego, co każe?
q-exploit-grooming = Czy ktoś, kogo znasz tylko z internetu i kto może być starszy od ciebie, prosił cię o seksualne zdjęcia, rozmawiał z tobą o seksie albo chciał się z tobą spotkać w tajemnicy?
q-exploit-phone = Czy ktoś zabiera ci telefon, czyta twoje wiadomości albo sprawdza, gdzie jesteś?
q-exploit-phone-youth = Czy ktoś zabiera ci telefon, czyta twoje wiadomości albo sprawdza, gdzie jesteś?
q-exploit-online = Czy ktoś zamieścił w internecie ogłoszenia, zdjęcia albo filmy z tobą bez twojej decyzji?
q-exploit-online-youth = Czy ktoś zamieścił w internecie zdjęcia, filmy albo ogłoszenia z tobą bez twojej zgody?
q-exploit-authorities = Czy ktoś mówi, że policja albo urzędy cię ukarzą lub wyrzucą z kraju, jeśli komuś o tym powiesz?
q-exploit-authorities-youth = Czy ktoś mówił, że policja albo pomoc społeczna (socialtjänsten) cię ukarze, jeśli komuś o tym powiesz?
q-exploit-sex-forced = Czy ktoś zmuszał cię do seksu lub czynności seksualnych wbrew twojej woli?
q-exploit-sex-forced-youth = Czy ktoś zmuszał cię do zrobienia czegoś seksualnego wbrew twojej woli?
q-exploit-sex-unsafe = Czy ktoś zmuszał cię do seksu bez prezerwatywy albo do rzeczy, na które mówisz „nie”?
q-exploit-sex-unsafe-youth = Czy ktoś zmuszał cię do seksu bez prezerwatywy albo do rzeczy, na które mówisz „nie”?
q-exploit-hit = Czy ktoś, kto cię kontroluje, bił cię, popychał albo krzywdził?
q-exploit-hit-youth = Czy ktoś, kto o tobie decyduje, bił cię, popychał albo krzywdził?
q-exploit-neck = Czy ktoś cię dusił, chwycił cię za szyję albo uciskał ci szyję tak, że trudno ci było oddychać?
q-exploit-neck-youth = Czy ktoś cię dusił, chwycił cię za szyję albo sprawił, że trudno ci było oddychać?
q-exploit-weapon = Czy ktoś groził ci nożem, bronią albo czymś innym, czym można zranić?
q-exploit-weapon-youth = Czy ktoś groził ci nożem albo czymś innym, czym można zranić?
q-exploit-kill = Czy ktoś groził, że zabije ciebie albo kogoś z twojej rodziny tutaj lub w innym kraju?
q-exploit-kill-youth = Czy ktoś mówił, że zabije ciebie albo kogoś z twojej rodziny?
q-exploit-worse = Czy przemoc lub groźby ostatnio się nasiliły albo zdarzają się częściej?
q-exploit-worse-youth = Czy to, co ci robią, ostatnio stało się gorsze albo zdarza się częściej?
q-exploit-afraid = Czy boisz się, co się stanie, jeśli odmówisz, przestaniesz albo odejdziesz?
q-exploit-afraid-youth = Czy boisz się, co się stanie, jeśli odmówisz albo przestaniesz robić to, czego chcą?
q-exploit-always-afraid = Czy boisz się osoby lub osób, które cię kontrolują, nawet kiedy nie ma ich w pobliżu?
q-exploit-always-afraid-youth = Czy boisz się ich, nawet kiedy nie ma ich w pobliżu?
q-exploit-suicide-self = Czy masz myśli o odebraniu sobie życia?
q-exploit-suicide-self-youth = Czy zdarzyło ci się myśleć, że chcesz umrzeć, albo myśleć o odebraniu sobie życia?
## Frågor: någon du oroar dig för

q-worried-afraid = Czy osoba, o którą się martwisz, wydaje się kogoś bać albo obawiać się powrotu do domu?
q-worried-isolated = Czy osoba, o którą się martwisz, przestała spotykać się z przyjaciółmi lub rodziną albo przestała robić rzeczy, które kiedyś lubiła?
q-worried-controlled = Czy ktoś wydaje się kontrolować osobę, o którą się martwisz, na przykład decydować, z kim może się spotykać albo dokąd może chodzić?
q-worried-careful = Czy osoba, o którą się martwisz, wydaje się często uważać na to, co mówi i robi, żeby ktoś się nie zdenerwował?
q-worried-phone = Czy ktoś sprawdza telefon osoby, o którą się martwisz, albo czy ta osoba musi zawsze od razu odpowiadać i mówić, gdzie jest?
q-worried-followed = Czy osoba, o którą się martwisz, jest przez kogoś prześladowana, obserwowana albo często nagabywana, w internecie albo w prawdziwym życiu, chociaż tego nie chce?
q-worried-money = Czy ktoś inny rozporządza pieniędzmi, pensją albo kartą bankową osoby, o którą się martwisz, tak że nie może ona sama o nich decydować?
q-worried-debts = Czy osoba, o którą się martwisz, ma długi zaciągnięte przez kogoś innego albo brakuje jej pieniędzy na jedzenie i inne potrzebne rzeczy?
q-worried-injuries = Czy zdarzyło ci się zauważyć u osoby, o którą się martwisz, siniaki lub obrażenia, których ona nie chce albo nie potrafi wyjaśnić?
q-worried-hit = Czy widzisz, słyszysz albo wiesz od kogoś, że ktoś bije, popycha lub przytrzymuje siłą osobę, o którą się martwisz?
q-worried-neck = Czy wiesz, że ktoś dusił osobę, o którą się martwisz, chwycił ją za szyję albo sprawił, że trudno jej było oddychać?
q-worried-weapon = Czy ktoś groził osobie, o którą się martwisz, nożem, bronią albo czymś innym, czym można zranić?
q-worried-kill = Czy ktoś groził, że zabije osobę, o którą się martwisz, albo kogoś jej bliskiego?
q-worried-worse = Czy wydaje się, że ostatnio jest gorzej, na przykład jest więcej obrażeń, więcej gróźb albo więcej strachu?
q-worried-leaving = Czy osoba, o którą się martwisz, niedawno odeszła albo myśli o odejściu od partnera lub partnerki, których się boi?
q-worried-could-kill = Czy myślisz – albo czy ta osoba mówiła – że ktoś jest w stanie ją zabić?
q-worried-sex = Czy osoba, o którą się martwisz, mówiła, że ktoś zmuszał ją albo naciskał na nią, żeby doszło do seksu lub czynności seksualnych?
q-worried-sex-images = Czy zdarzyło ci się zobaczyć, że ktoś rozsyła seksualne zdjęcia osoby, o którą się martwisz, albo grozi, że to zrobi?
q-worried-selling-sex = Czy myślisz, że osoba, o którą się martwisz, sprzedaje seks albo że ktoś ją do tego zmusza?
q-worried-sex-for-things = Czy osoba, o którą się martwisz, dostaje pieniądze, prezenty, narkotyki albo miejsce do spania od kogoś, kto chce w zamian seksu?
q-worried-honour = Czy rodzina lub krewni osoby, o którą się martwisz, decydują, z jakimi przyjaciółmi może się spotykać, w co może się ubierać albo czy może się uczyć?
q-worried-honour-love = Czy ktoś inny decyduje, z kim osoba, o którą się martwisz, może być w związku albo wziąć ślub?
q-worried-trip = Czy osoba, o którą się martwisz, mówiła, że wbrew swojej woli ma zostać zaręczona, zmuszona do małżeństwa albo wysłana za granicę, albo czy już zmuszono ją do małżeństwa?
q-worried-cutting = Czy wiesz, że ktoś planuje poddać dziecko okaleczeniu narządów płciowych – czyli ciąć narządy płciowe dziewczynki, co czasem nazywa się obrzezaniem – albo że dziecko ma wyjechać za granicę, żeby tam to zrobiono?
q-worried-care = Jeśli osoba, o którą się martwisz, potrzebuje pomocy w codziennym życiu: czy wydaje się, że brakuje jej jedzenia, leków albo innej potrzebnej pomocy?
q-worried-care-youth = Czy wydaje się, że osobie, o którą się martwisz, brakuje jedzenia, czystych ubrań albo pomocy, kiedy choruje?
q-worried-left-alone = Czy osoba, o którą się martwisz, zostaje na długo bez opieki albo bez swojego sprzętu pomocniczego, chociaż nie radzi sobie samodzielnie?
q-worried-children-home = Czy w domu są dzieci, które mogą widzieć albo słyszeć przemoc lub groźby?
q-worried-suicide = Czy osoba, o którą się martwisz, mówiła, że nie chce żyć, albo mówiła o odebraniu sobie życia?
q-worried-children-scared = Czy dzieci w domu wydają się przestraszone, zaniepokojone albo smutne w sposób, który cię niepokoi?
## Frågor: jag har skadat eller skrämt någon som står mig nära

q-used-put-down = Czy zdarzyło ci się wyzywać bliską osobę, poniżać ją albo krzyczeć na nią tak, że się bała?
q-used-control = Czy zdarzyło ci się decydować, z kim partner, partnerka lub ktoś z twojej rodziny może się spotykać, dokąd może chodzić albo w co może się ubierać?
q-used-control-youth = Czy zdarzyło ci się decydować, z kim może się spotykać albo w co może się ubierać osoba, z którą chodzisz, albo twój brat lub siostra?
q-used-phone = Czy zdarzyło ci się czytać czyjeś wiadomości, żądać czyichś haseł albo sprawdzać czyjś telefon bez pozwolenia?
q-used-images = Czy zdarzyło ci się rozpowszechnić albo grozić rozpowszechnieniem czyichś zdjęć lub filmów, których ta osoba nie chciała pokazywać innym?
q-used-money = Czy zdarzyło ci się zabierać komuś pieniądze albo rozporządzać nimi tak, że ta osoba nie mogła z nich samodzielnie korzystać?
q-used-money-work = Czy zdarzyło ci się nie pozwalać partnerowi, partnerce lub komuś z rodziny pracować albo się uczyć, albo brać kredyty na nazwisko tej osoby?
q-used-money-work-youth = Czy zdarzyło ci się zmuszać kogoś do oddawania ci pieniędzy albo rzeczy?
q-used-break = Czy zdarzyło ci się w złości niszczyć lub rzucać rzeczami albo walić w ściany lub drzwi?
q-used-pets = Czy zdarzyło ci się skrzywdzić zwierzę albo grozić, że je skrzywdzisz, żeby kogoś przestraszyć?
q-used-hit = Czy zdarzyło ci się bić, popychać, kopać albo przytrzymywać siłą partnera, partnerkę lub kogoś ze swojej rodziny?
q-used-hit-youth = Czy zdarzyło ci się bić, popychać albo kopać kogoś w rodzinie, na przykład rodzica albo rodzeństwo, albo osobę, z którą chodzisz?
q-used-neck = Czy zdarzyło ci się kiedyś kogoś dusić, chwycić kogoś za szyję albo uciskać komuś szyję?
q-used-weapon = Czy zdarzyło ci się grozić komuś nożem, bronią albo czymś innym, czym można zranić?
q-used-weapon-youth = Czy zdarzyło ci się grozić komuś z rodziny albo osobie, z którą chodzisz, nożem albo czymś innym, czym można zranić?
q-used-kill = Czy zdarzyło ci się powiedzieć, że zabijesz bliską osobę, nawet jeśli nie było to na serio?
q-used-kill-youth = Czy zdarzyło ci się grozić, że zabijesz kogoś z rodziny albo osobę, z którą chodzisz, tak że ta osoba się bała?
q-used-worse = Czy w ostatnim roku zdarzało się to częściej albo stawało się poważniejsze?
q-used-sex = Czy zdarzyło ci się naciskać albo zmuszać kogoś do seksu, albo nie przestać, chociaż ta osoba mówiła „nie” albo wyglądało na to, że nie chce?
q-used-sex-sulk = Czy zdarzyło ci się złościć się, obrażać albo zachowywać groźnie, kiedy partner lub partnerka nie chciał(a) seksu?
q-used-contact-ban = Czy zdarzyło ci się skontaktować z kimś albo pójść tam, gdzie ta osoba jest, mimo że masz zakaz kontaktu (kontaktförbud)?
q-used-children-see = Czy dzieci widziały albo słyszały w domu twoją przemoc lub groźby?
q-used-children-see-youth = Czy młodsze rodzeństwo albo inne dzieci widziały lub słyszały, jak w domu stosujesz przemoc albo grozisz?
q-used-children-afraid = Czy jakieś dziecko zaczęło się ciebie bać albo próbowało cię powstrzymać lub kogoś chronić, kiedy ogarniała cię złość?
q-used-afraid = Czy myślisz, że ktoś bliski się ciebie boi?
q-used-exposed = Czy zdarza się też, że ktoś ciebie krzywdzi, ci grozi albo cię kontroluje, w domu albo w związku?
q-used-careful = Czy zauważasz, że ktoś bliski milknie albo zachowuje ostrożność, żeby cię nie zdenerwować?
q-used-suicide-self = Czy masz myśli o odebraniu sobie życia?
## Resultat: former av våld
## -title är ett kort namn. -text vänder sig till den som är utsatt, -text-worried till
## den som oroar sig för någon annan och -text-used till den som har använt våld.

category-physical-title = Przemoc fizyczna
category-physical-text = Kiedy ktoś cię bije, popycha, przytrzymuje siłą albo krzywdzi w inny sposób, to jest przemoc. To przestępstwo i nigdy nie jest to twoja wina.
category-physical-text-worried = Kiedy ktoś bije, popycha albo krzywdzi osobę, o którą się martwisz, to jest przemoc i przestępstwo. To nigdy nie jest wina tej osoby.
category-physical-text-used = To, co opisujesz, to przemoc fizyczna. Można z nią skończyć i jest na to pomoc.
category-psychological-title = Przemoc psychiczna
category-psychological-text = Groźby, wyśmiewanie, kontrolowanie i zabranianie spotkań z innymi to też przemoc. Może boleć tak samo jak uderzenia.
category-psychological-text-worried = Groźby, wyśmiewanie i kontrola to też przemoc, nawet jeśli nic nie widać. Przez to tej osobie może być trudno poprosić o pomoc.
category-psychological-text-used = Grożenie komuś, poniżanie albo kontrolowanie to przemoc psychiczna. Możesz zdecydować, że z tym skończysz, i jest wsparcie, które ci w tym pomoże.
category-sexual-title = Przemoc seksualna
category-sexual-text = Każdy seks musi być dobrowolny, także z partnerem lub partnerką. Naciskanie albo zmuszanie do czegoś seksualnego to przemoc i przestępstwo.
category-sexual-text-worried = Nikt nie ma prawa naciskać na kogoś ani zmuszać go do czegoś seksualnego. To przemoc i przestępstwo, także w związku.
category-sexual-text-used = Naciskanie na kogoś, żeby doszło do seksu, na przykład przez złoszczenie się albo obrażanie się, kiedy ta osoba mówi „nie”, to przemoc seksualna. Zmuszanie kogoś jest ponadto przestępstwem. Każdy seks musi być dobrowolny, a jeśli chcesz zmienić swoje zachowanie, jest dla ciebie pomoc.
category-economic-title = Przemoc ekonomiczna
category-economic-text = Kiedy ktoś zabiera ci pieniądze, rozporządza nimi albo wpędza cię w długi, żeby cię kontrolować, to jest przemoc ekonomiczna.
category-economic-text-worried = Kiedy ktoś zabiera tej osobie pieniądze albo rozporządza nimi, żeby ją kontrolować, to jest przemoc ekonomiczna.
category-economic-text-used = Zabieranie komuś pieniędzy albo rozporządzanie nimi, żeby tę osobę kontrolować, to przemoc ekonomiczna. Można to zmienić i jest wsparcie.
category-material-title = Przemoc wobec rzeczy i zwierząt
category-material-text = Kiedy ktoś niszczy twoje rzeczy albo krzywdzi twoje zwierzę, żeby cię przestraszyć, to też jest przemoc.
category-material-text-used = Niszczenie rzeczy albo krzywdzenie zwierząt budzi strach u innych i jest formą przemocy. Można z tym skończyć i jest na to wsparcie.
category-digital-title = Przemoc cyfrowa
category-digital-text = Kiedy ktoś sprawdza twój telefon, śledzi, gdzie jesteś, albo rozpowszechnia twoje zdjęcia, to jest przemoc, także wtedy, gdy dzieje się to w internecie.
category-digital-text-worried = Kiedy ktoś sprawdza telefon tej osoby, śledzi, gdzie jest, albo rozpowszechnia jej zdjęcia, to jest przemoc, także wtedy, gdy dzieje się to w internecie.
category-digital-text-used = Sprawdzanie czyjegoś telefonu, śledzenie, gdzie ktoś jest, albo rozpowszechnianie czyichś zdjęć to przemoc cyfrowa. Można z tym skończyć i jest pomoc.
category-latent-title = Życie w strachu
category-latent-text = Kiedy cały czas się boisz i dostosowujesz się, żeby uniknąć przemocy, nazywa się to przemocą utajoną. Strach to znak, że coś jest nie tak, i nie jest to twoja wina.
category-latent-text-worried = Kiedy ktoś cały czas się boi i się dostosowuje, nazywa się to przemocą utajoną. Strach tej osoby to ważny znak, który trzeba traktować poważnie.
category-latent-text-used = Kiedy ktoś się ciebie boi i dostosowuje się do ciebie, nazywa się to przemocą utajoną. To, że to dostrzegasz, jest ważnym pierwszym krokiem.
category-neglect-title = Zaniedbanie
category-neglect-text = Jeśli potrzebujesz pomocy w codziennym życiu, masz prawo ją dostawać, a nikt, kto ci pomaga, nie ma prawa cię krzywdzić, ci grozić ani cię poniżać. Kiedy ktoś ci nie pomaga albo zabiera ci to, czego potrzebujesz, to jest zaniedbanie.
category-neglect-text-worried = Kiedy osobie, która potrzebuje pomocy, brakuje jedzenia, leków albo opieki, to jest zaniedbanie. Ta osoba ma prawo do pomocy.
category-honour-title = Przemoc i ucisk w imię honoru
category-honour-text = Kiedy rodzina lub krewni wspólnie decydują, z kim możesz się spotykać, w co możesz się ubierać albo z kim masz wziąć ślub, ze względu na dobre imię rodziny, może to być przemoc i ucisk w imię honoru. Masz prawo decydować o swoim własnym życiu.
category-honour-text-worried = Kiedy rodzina lub krewni wspólnie kierują życiem tej osoby, jej przyjaźniami, ubraniem albo małżeństwem ze względu na dobre imię rodziny, może to być przemoc i ucisk w imię honoru. Ta osoba ma prawo decydować o swoim własnym życiu.
category-children-witnessing-title = Dzieci, które widzą lub słyszą przemoc
category-children-witnessing-text = Dzieci, które widzą lub słyszą przemoc w domu, same doświadczają przemocy. Mają prawo do ochrony i wsparcia.
category-children-witnessing-text-worried = Dzieci, które widzą lub słyszą przemoc w domu, same doświadczają przemocy. Pomoc społeczna (socialtjänsten) może wesprzeć dziecko i rodzinę.
category-children-witnessing-text-used = Dzieci, które widzą lub słyszą przemoc, bardzo to przeżywają, nawet jeśli nie są w tym samym pokoju. Szukanie przez ciebie pomocy jest dobre także dla nich.
category-coerced-sex-title = Naciskanie na sprzedawanie seksu
category-coerced-sex-text = Nikt nie ma prawa naciskać na ciebie, oszukiwać cię ani zmuszać do sprzedawania seksu. W Szwecji źle postępuje ten, kto kupuje seks albo na nim zarabia – nigdy ty.
category-coerced-sex-text-worried = Nikt nie ma prawa naciskać na kogoś, oszukiwać go ani zmuszać do sprzedawania seksu. Osoba, która sprzedaje seks, nie popełnia w Szwecji przestępstwa i ma prawo do wsparcia.
category-forced-labour-title = Zmuszanie do pracy, żebrania albo przestępstw
category-forced-labour-text = Kiedy ktoś ściąga cię tutaj fałszywymi obietnicami, decyduje, gdzie mieszkasz i pracujesz, przewozi cię z miejsca na miejsce albo zmusza cię do żebrania lub przestępstw, może to być handel ludźmi albo wyzysk (människoexploatering). Wina nie leży po twojej stronie i masz prawo do wsparcia.
category-debt-bondage-title = Niewola za długi
category-debt-bondage-text = Kiedy ktoś mówi, że masz dług, który musisz odpracować i który nigdy się nie kończy, to sposób, żeby cię kontrolować. To może być handel ludźmi.
category-documents-taken-title = Zabrany paszport i dokumenty
category-documents-taken-text = Nikt nie ma prawa zabierać twojego paszportu, dowodu tożsamości ani innych dokumentów. Przetrzymywanie ich, żeby cię kontrolować, to oznaka przymusu.
## Resultat: varningstecken (i rutan om att ringa 112)
## Skrivna så att de passar alla vägar: den utsatta, den som oroar sig och den som
## har använt våld.

danger-strangulation = Duszenie kogoś albo uciskanie szyi tak, że trudno oddychać, to jeden z najpoważniejszych sygnałów ostrzegawczych – nawet jeśli nie widać żadnych śladów.
danger-weapon = Grożenie nożem, bronią albo innymi przedmiotami to poważny sygnał ostrzegawczy.
danger-weapon-access = To, że w domu jest broń albo że osoba, która grozi, może łatwo ją zdobyć, zwiększa ryzyko poważnej przemocy.
danger-threat-to-kill = Groźby zabicia zawsze trzeba traktować poważnie, nawet jeśli padły w złości.
danger-believes-could-kill = Kiedy jedna osoba wierzy, że druga mogłaby ją zabić, to ważny sygnał ostrzegawczy.
danger-escalation = Kiedy przemoc lub groźby się nasilają albo zdarzają się częściej, rośnie ryzyko poważnej przemocy.
danger-separation = Czas przed rozstaniem, w trakcie i po nim może być szczególnie niebezpieczny, jeśli druga osoba stosowała przemoc lub wszystko kontrolowała.
danger-pregnancy = Przemoc w czasie ciąży to poważny sygnał ostrzegawczy, zarówno dla osoby w ciąży, jak i dla dziecka.
danger-jealousy = Silna i ciągła zazdrość, która prowadzi do kontroli, oskarżeń albo gróźb, to poważny sygnał ostrzegawczy.
danger-suicide-threats = Kiedy ktoś grozi, że odbierze sobie życie, na przykład jeśli związek się skończy, to poważny sygnał ostrzegawczy – także dla innych osób w pobliżu.
danger-contact-ban-broken = Złamanie zakazu kontaktu (kontaktförbud) to poważny sygnał ostrzegawczy i przestępstwo.
danger-stalking = Ciągłe śledzenie, obserwowanie albo nękanie kontaktami to poważny sygnał ostrzegawczy i może być przestępstwem.
danger-forced-trip-or-marriage = Plany ślubu albo wyjazdu za granicę wbrew czyjejś woli to poważny sygnał ostrzegawczy. Ochronę można dostać jeszcze przed wyjazdem.
danger-honour-violence-before = To, że rodzina lub krewni już wcześniej stosowali przemoc, groźby albo przymus wobec kogoś za życie niezgodne z ich wolą, to poważny sygnał ostrzegawczy.
danger-threats-to-children = Groźby wobec dzieci to poważny sygnał ostrzegawczy. Dzieci mają prawo do ochrony.
danger-child-sexual-abuse = Nikomu nie wolno robić niczego seksualnego dziecku. To poważne przestępstwo, a dziecko ma prawo do natychmiastowej ochrony.
danger-child-sexual-exploitation = Nikomu nie wolno dawać dziecku pieniędzy, rzeczy, narkotyków ani miejsca do spania w zamian za coś seksualnego. To przestępstwo, a dziecko ma prawo do ochrony.
danger-child-marriage = W Szwecji nikt poniżej 18 lat nie może zawrzeć małżeństwa, a zmuszanie kogoś do małżeństwa jest przestępstwem. Dziecko, na które ktoś naciska, żeby się zaręczyło albo wzięło ślub, ma prawo do ochrony.
danger-genital-mutilation = Okaleczanie narządów płciowych jest w Szwecji zakazane, nawet jeśli robi się to w innym kraju. Dziecko, któremu to grozi, ma prawo do natychmiastowej ochrony.
danger-sextortion = Grożenie rozesłaniem zdjęć dziecka, żeby dostać kolejne zdjęcia albo pieniądze, to poważne przestępstwo. Dziecko ma prawo do ochrony i wsparcia.
danger-suicidal-thoughts = Myśli o odebraniu sobie życia zawsze trzeba traktować poważnie. Pomoc jest dostępna całą dobę.
## Råd för varje varningstecken, med orden för varje läsare: -advice för den det händer,
## -advice-worried för den som oroar sig och -advice-used för den som har använt våld.
## Högst cirka femtio ord; uppmana aldrig någon att konfrontera någon. Källan till varje råd
## står i en kommentar ovanför det.

# Source: Glass et al. 2008 and Campbell's Danger Assessment (item 10): strangulation is among the strongest predictors of homicide. Absent marks do not mean absent injury: the police (polisen.se, 2024: 'yttre tecken kan helt saknas') and the Prosecution Authority (aklagare.se, 2025); delayed symptoms in clinical guidance (ACEP). No NCK or 1177 page on delayed symptoms was found.
danger-strangulation-advice = Jeszcze tego samego dnia zgłoś się do lekarza, najlepiej na szpitalny oddział ratunkowy (akutmottagning), nawet jeśli nic nie widać. Zadzwoń pod 112, jeśli trudno ci oddychać, przełykać albo mówić albo jeśli zaczynasz tracić orientację. Obrażenia szyi mogą dać o sobie znać dopiero później. Jeśli chcesz, lekarze mogą udokumentować obrażenia.
danger-strangulation-advice-worried = Ta osoba powinna jeszcze tego samego dnia zgłosić się do lekarza, nawet jeśli nic nie widać, bo obrażenia szyi mogą dać o sobie znać dopiero później. Możesz zaproponować, że z nią pójdziesz. Zadzwoń pod 112, jeśli ta osoba ma trudności z oddychaniem.
danger-strangulation-advice-used = Duszenie i ściskanie komuś szyi może zabić, nawet jeśli trwa krótko i nic nie widać. Jeśli ktoś ma trudności z oddychaniem albo jest nieprzytomny, od razu zadzwoń pod 112. Zadzwoń do Välj att sluta (telefon wsparcia dla osób, które chcą przestać stosować przemoc) albo do pomocy społecznej (socialtjänsten), żeby dostać pomoc w zaprzestaniu przemocy.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 (revocation) and 4 (custody of weapons when there is a risk of misuse); DA item 5.
danger-weapon-advice = Jeśli ktoś teraz grozi ci bronią, zadzwoń pod 112. Kiedy dzwonisz, powiedz o broni. Policja może odebrać komuś broń, jeśli istnieje ryzyko, że zostanie użyta przeciwko komuś.
danger-weapon-advice-worried = Jeśli ktoś teraz grozi tej osobie bronią, zadzwoń pod 112 i powiedz, gdzie ona jest. Nie konfrontuj się z osobą, która grozi.
danger-weapon-advice-used = Odłóż w bezpieczne miejsce przedmiot, którym zdarzyło ci się grozić, albo oddaj broń policji. Jeśli czujesz, że możesz teraz kogoś skrzywdzić, wyjdź i zadzwoń pod 112. Välj att sluta (telefon wsparcia dla osób, które chcą przestać stosować przemoc) i pomoc społeczna (socialtjänsten) mogą pomóc ci przestać.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 and 4; DA item 2; FREDA-farlighetsbedömning (weapons at home).
danger-weapon-access-advice = Jeśli chcesz, możesz powiedzieć policji, pomocy społecznej (socialtjänsten) albo komuś z telefonu wsparcia, że jest broń. Policja może zabezpieczyć broń i cofnąć pozwolenie na broń (vapenlicens), jeśli istnieje ryzyko, że zostanie użyta, żeby kogoś skrzywdzić.
# Source: Brottsbalken 4:5 (olaga hot); lag (SFS 1988:688) om kontaktförbud: asked for through the police (114 14) or the Prosecution Authority, decided by a prosecutor or court (polisen.se, aklagare.se); DA item 6.
danger-threat-to-kill-advice = Możesz zgłosić groźbę na policję i poprosić o zakaz kontaktu (kontaktförbud). Zachowaj wiadomości i zapisz, co zostało powiedziane i kiedy. Porozmawiaj z kimś z telefonu wsparcia o tym, jak zadbać o swoje bezpieczeństwo.
danger-threat-to-kill-advice-worried = Traktuj tę groźbę poważnie. Ta osoba może zgłosić ją na policję i poprosić o zakaz kontaktu (kontaktförbud). Możesz pomóc zachować wiadomości i zapisać wszystko, co widzisz i słyszysz.
danger-threat-to-kill-advice-used = Groźby zabicia budzą strach i są przestępstwem, nawet jeśli nie było to na serio. Skontaktuj się z Välj att sluta (telefon wsparcia dla osób, które chcą przestać stosować przemoc) albo z pomocą społeczną (socialtjänsten), żeby dostać pomoc w zaprzestaniu przemocy.
# Source: DA item 18 (the person's own belief that the other could kill them); FREDA-farlighetsbedömning's guidance: the person's own estimate of risk is on average as good as the instruments; safety planning with support services as in NCK's and the shelter movement's practice.
danger-believes-could-kill-advice = Traktuj swoje przeczucie poważnie. Zrób plan, jak zadbać o swoje bezpieczeństwo, razem z telefonem wsparcia, ośrodkiem wsparcia dla kobiet (kvinnojour), dla dziewcząt (tjejjour) albo dla mężczyzn (mansjour) albo z pomocą społeczną (socialtjänsten). Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 112.
danger-believes-could-kill-advice-worried = Traktuj to poważnie. Zadzwoń na telefon wsparcia i porozmawiaj o tym, jak możesz wspierać tę osobę i jak ona może zadbać o swoje bezpieczeństwo. Nie konfrontuj się z osobą, która grozi. Jeśli ta osoba jest teraz w niebezpieczeństwie, zadzwoń pod 112.
# Source: DA item 1; documenting incidents and keeping evidence safe, as NCK and the police advise.
danger-escalation-advice = Zapisuj, co się dzieje i kiedy, i przechowuj zdjęcia oraz wiadomości tam, gdzie nikt inny ich nie znajdzie. Zaplanuj swoje bezpieczeństwo razem z telefonem wsparcia albo z pomocą społeczną (socialtjänsten).
danger-escalation-advice-worried = To znak, że ryzyko rośnie. Zadzwoń na telefon wsparcia i porozmawiaj o tym, jak możesz wspierać tę osobę. Jeśli jest teraz w niebezpieczeństwie, zadzwoń pod 112.
danger-escalation-advice-used = Kiedy jest coraz gorzej, rośnie ryzyko, że ktoś zostanie poważnie skrzywdzony. Poszukaj pomocy już teraz, na przykład w Välj att sluta (telefon wsparcia dla osób, które chcą przestać stosować przemoc) albo w pomocy społecznej (socialtjänsten). Jeśli ktoś jest w niebezpieczeństwie, zadzwoń pod 112.
# Source: DA item 3; Brå 2007:6 (separation problems and jealousy the most common motives for lethal partner violence); NCK's summary of Brå data (more than half in connection with separation). Never push a person to leave: whether and when is theirs.
danger-separation-advice = Czas przed rozstaniem, w trakcie i po nim może być szczególnie niebezpieczny. To ty decydujesz, czy i kiedy. Jeśli myślisz o odejściu, możesz je spokojnie zaplanować z telefonem wsparcia, ośrodkiem wsparcia dla kobiet (kvinnojour) albo dla mężczyzn (mansjour) albo z pomocą społeczną (socialtjänsten).
danger-separation-advice-worried = Czas przed rozstaniem, w trakcie i po nim może być szczególnie niebezpieczny. Jeśli ta osoba myśli o odejściu, możesz pomóc jej to zaplanować z telefonem wsparcia, ośrodkiem wsparcia dla kobiet (kvinnojour) albo dla mężczyzn (mansjour) albo z pomocą społeczną (socialtjänsten). To ona decyduje.
# Source: DA item 15; HSLF-FS 2022:39 (replaced SOSFS 2014:4 on 1 November 2022); NCK and Graviditetsregistret: antenatal care asks every pregnant woman about violence, though not every woman recalls being asked.
danger-pregnancy-advice = Jeśli jesteś teraz w ciąży, możesz powiedzieć swojej położnej, co się dzieje. Położna zwykle pyta o przemoc i może pomóc ci dalej, także podczas rozmowy bez obecności twojego partnera lub partnerki. Możesz też porozmawiać z kimś z telefonu wsparcia.
# Source: DA item 14 (violent and constant jealousy).
danger-jealousy-advice = Zazdrość nie daje nikomu prawa do kontrolowania ani grożenia. Zwróć uwagę, czy kontrola się nasila, i porozmawiaj z kimś z telefonu wsparcia o tym, co się dzieje i jak zadbać o swoje bezpieczeństwo.
# Source: DA item 16 (the other person's threats or attempts of suicide, which also signal danger to the partner).
danger-suicide-threats-advice = Nie odpowiadasz za to, co zrobi ta osoba. Jeśli jest w bezpośrednim niebezpieczeństwie, zadzwoń pod 112. Groźby odebrania sobie życia mogą też oznaczać zagrożenie dla ciebie, więc warto porozmawiać z kimś z telefonu wsparcia o twoim własnym bezpieczeństwie.
# Source: Lag (SFS 1988:688) om kontaktförbud: breaking a ban is a crime; SARA item 8 (violation of no-contact orders).
danger-contact-ban-broken-advice = Zgłaszaj na policję każde złamanie zakazu kontaktu (kontaktförbud) i zachowuj wiadomości, listy połączeń i wszystko inne, co to pokazuje. Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 112.
danger-contact-ban-broken-advice-used = Złamanie zakazu kontaktu (kontaktförbud) jest przestępstwem i budzi strach u osoby, która ma być chroniona. Trzymaj się z daleka i skontaktuj się z Välj att sluta (telefon wsparcia dla osób, które chcą przestać stosować przemoc) albo z pomocą społeczną (socialtjänsten), żeby dostać wsparcie.
# Source: Brottsbalken 4:4 b (olaga förföljelse); DA item 19; the police on documenting stalking; safety advice on spyware: removing an app can be noticed (as on this tool's safety page).
danger-stalking-advice = Zapisuj, kiedy i gdzie to się dzieje, i zachowuj wiadomości. Sprawdź, czy w telefonie nie ma nieznanych aplikacji, ale pamiętaj, że ktoś może zauważyć, jeśli je usuniesz. Możesz zgłosić to na policję i poprosić o zakaz kontaktu (kontaktförbud).
danger-stalking-advice-worried = Ta osoba może zapisywać, kiedy i gdzie to się dzieje, i zachowywać wiadomości. Uporczywe nękanie (olaga förföljelse) jest przestępstwem, które można zgłosić na policję. Możesz pomóc, zapisując to, co widzisz.
# Source: LVU (SFS 1990:52) 31 a § (utreseförbud, travel ban for a child at risk of being taken abroad and harmed; since 1 July 2020, extended 1 June 2024 by prop. 2023/24:72); brottsbalken 4:4 c (äktenskapstvång); Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland); the Swedish Ministry for Foreign Affairs (UD) gives consular help abroad.
danger-forced-trip-or-marriage-advice = Postaraj się dostać pomoc przed wyjazdem: skontaktuj się z pomocą społeczną (socialtjänsten), policją albo telefonem wsparcia w sprawie przemocy w imię honoru. W przypadku dzieci pomoc społeczna może wystąpić o zakaz wyjazdu dziecka za granicę (utreseförbud). Jeśli mimo to wyjeżdżasz, weź kopię paszportu, naładowany telefon i numer do ambasady Szwecji.
danger-forced-trip-or-marriage-advice-worried = Działaj przed wyjazdem, tak żeby rodzina się nie dowiedziała: skontaktuj się z pomocą społeczną (socialtjänsten), policją albo telefonem wsparcia w sprawie przemocy w imię honoru. Dla dzieci istnieje zakaz wyjazdu dziecka za granicę (utreseförbud). Jeśli ta osoba jest już za granicą, może pomóc szwedzkie Ministerstwo Spraw Zagranicznych (UD).
# Source: PATRIARK (earlier honour-based violence in the family or network).
danger-honour-violence-before-advice = To, co spotkało inne osoby w rodzinie, może oznaczać, że ryzyko jest większe także dla ciebie. Porozmawiaj z pomocą społeczną (socialtjänsten) albo z telefonem wsparcia w sprawie przemocy w imię honoru o tym, jak zadbać o swoje bezpieczeństwo. Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 112.
# Source: DA item 17; socialtjänstlagen (SFS 2025:400), the social services' duty to protect children.
danger-threats-to-children-advice = Dzieci, którym ktoś grozi, mają prawo do ochrony. Pomoc społeczna (socialtjänsten) może pomóc tobie i dzieciom, a groźbę możesz zgłosić na policję. Jeśli dziecko jest teraz w niebezpieczeństwie, zadzwoń pod 112.
# Source: Brottsbalken chapter 6 (sexual offences against children); socialtjänstlagen (SFS 2025:400): the social services must protect a child who may be harmed; Bris (contacts/national.toml).
danger-child-sexual-abuse-advice = To nigdy nie jest twoja wina. Powiedz o tym dorosłej osobie, której ufasz, na przykład pedagogowi szkolnemu (kurator) albo pielęgniarce szkolnej, albo zadzwoń do Bris (telefon zaufania dla dzieci i młodzieży). Pomoc społeczna (socialtjänsten) musi cię chronić. Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 112.
danger-child-sexual-abuse-advice-worried = Od razu złóż zgłoszenie niepokoju o dziecko (orosanmälan) w pomocy społecznej (socialtjänsten) albo zadzwoń na policję. Nie wypytuj dziecka i nie konfrontuj się z osobą, którą podejrzewasz. Jeśli dziecko jest teraz w niebezpieczeństwie, zadzwoń pod 112.
# Source: Brottsbalken 6:9 (purchase of a sexual act from a child); socialtjänstlagen (SFS 2025:400).
danger-child-sexual-exploitation-advice = To nigdy nie ty robisz coś złego, tylko osoba, która cię wykorzystuje. Możesz porozmawiać z Bris (telefon zaufania dla dzieci i młodzieży) albo z pomocą społeczną (socialtjänsten), a w poradni dla młodzieży (ungdomsmottagning) możesz dostać pomoc w sprawach zdrowia. Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 112.
danger-child-sexual-exploitation-advice-worried = Od razu złóż zgłoszenie niepokoju o dziecko (orosanmälan) w pomocy społecznej (socialtjänsten). Kto kupuje seks od dziecka, popełnia przestępstwo. Jeśli dziecko jest teraz w niebezpieczeństwie, zadzwoń pod 112.
# Source: Äktenskapsbalken 2:1 (no one under 18 may marry); brottsbalken chapter 4 (barnäktenskapsbrott and äktenskapstvång, covering marriage-like unions too); LVU 31 a § (utreseförbud: social services apply, the administrative court decides, with interim bans by social services).
danger-child-marriage-advice = Nikt nie ma prawa zmusić cię do ślubu, także religijnego albo za granicą. Pomoc społeczna (socialtjänsten) może cię chronić i wystąpić o zakaz wyjazdu za granicę (utreseförbud), żeby nikt nie mógł wywieźć cię z kraju. Możesz zadzwonić na telefon wsparcia w sprawie przemocy w imię honoru albo do Bris (telefon zaufania dla dzieci i młodzieży). Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 112.
# Source: Lag (SFS 1982:316) med förbud mot könsstympning av kvinnor (female genitals; applies also to mutilation abroad); LVU 31 a § (utreseförbud).
danger-genital-mutilation-advice = Powiedz o tym dorosłej osobie, której ufasz, na przykład pielęgniarce szkolnej albo pedagogowi szkolnemu (kurator), albo zadzwoń do Bris (telefon zaufania dla dzieci i młodzieży). Pomoc społeczna (socialtjänsten) może cię chronić, na przykład dzięki zakazowi wyjazdu za granicę (utreseförbud) przed podróżą. Jeśli coś już się stało, możesz dostać opiekę medyczną i wsparcie. Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 112.
danger-genital-mutilation-advice-worried = Od razu złóż zgłoszenie niepokoju o dziecko (orosanmälan) w pomocy społecznej (socialtjänsten), zwłaszcza przed wyjazdem. Pomoc społeczna może wystąpić o zakaz wyjazdu dziecka za granicę (utreseförbud). Nie kontaktuj się z rodziną na własną rękę.
# Source: Child-protection practice (Bris; the police on sexual extortion of children): do not send more or pay, keep the evidence, tell an adult, report; brottsbalken chapter 6.
danger-sextortion-advice = To nie twoja wina. Nie wysyłaj więcej zdjęć i nie płać. Zachowaj wiadomości, a potem zablokuj tę osobę. Powiedz o tym dorosłej osobie, której ufasz, albo zadzwoń do Bris (telefon zaufania dla dzieci i młodzieży). Możesz zgłosić to na policję, nawet jeśli zdjęcia wyszły od ciebie.
# Source: DA item 20 (the person's own thoughts or attempts of suicide); Mind's Självmordslinjen (contacts/national.toml); NASP at Karolinska Institutet: asking directly about suicide does not increase the risk.
danger-suicidal-thoughts-advice = Nie musisz być z tym w pojedynkę. Możesz całą dobę dzwonić albo pisać na czacie do Självmordslinjen (telefon wsparcia dla osób z myślami samobójczymi) i możesz zachować anonimowość. Jeśli myślisz o tym, żeby teraz zrobić sobie krzywdę, zadzwoń pod 112.
danger-suicidal-thoughts-advice-worried = Traktuj to poważnie i zapytaj wprost: „Czy myślisz o odebraniu sobie życia?”. Takie pytanie nie zwiększa ryzyka. Självmordslinjen (telefon wsparcia dla osób z myślami samobójczymi) przyjmuje też rozmowy od osób, które martwią się o kogoś. Jeśli ta osoba jest w bezpośrednim niebezpieczeństwie, zadzwoń pod 112.
danger-suicidal-thoughts-advice-used = Nie musisz być z tym w pojedynkę. Możesz całą dobę dzwonić albo pisać na czacie do Självmordslinjen (telefon wsparcia dla osób z myślami samobójczymi) i możesz zachować anonimowość. Jeśli myślisz o tym, żeby teraz zrobić krzywdę sobie albo komuś innemu, zadzwoń pod 112.
## Resultatet: fasta delar

result-title = Co opisują twoje odpowiedzi
result-intro = Twoje odpowiedzi opisują jedną lub kilka form przemocy. Poniżej przeczytasz, jak się one nazywają i gdzie możesz dostać wsparcie.
result-none = Żadna z twoich odpowiedzi nie opisywała przemocy. Mimo to możesz porozmawiać z kimś, jeśli coś wydaje ci się nie w porządku. Zaufaj swojemu wyczuciu.
result-none-worried = Żadna z twoich odpowiedzi nie opisywała przemocy wobec osoby, o którą się martwisz. Mimo to zaufaj swojemu wyczuciu: możesz porozmawiać o swoim niepokoju z kimś z telefonu wsparcia.
result-danger-unanswered = Niektóre pytania o poważne zagrożenie pozostały bez odpowiedzi i to jest w porządku. Jeśli boisz się o swoje bezpieczeństwo, zawsze możesz zadzwonić pod 112, a telefony wsparcia wymienione poniżej mogą pomóc ci przemyśleć, co jest najbezpieczniejsze.
result-danger-unanswered-worried = Niektóre pytania o poważne zagrożenie pozostały bez odpowiedzi i to jest w porządku. Jeśli myślisz, że osoba, o którą się martwisz, jest teraz w niebezpieczeństwie, zadzwoń pod 112. Telefony wsparcia wymienione poniżej mogą pomóc ci przemyśleć, jak możesz ją wspierać.
result-danger-unanswered-used = Niektóre pytania o poważne zagrożenie pozostały bez odpowiedzi i to jest w porządku. Jeśli boisz się, że kogoś skrzywdzisz, albo jeśli ktoś jest w niebezpieczeństwie, zadzwoń pod 112. Välj att sluta (telefon wsparcia dla osób, które chcą przestać stosować przemoc) i pomoc społeczna (socialtjänsten) mogą ci pomóc.
result-urgent-title = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 112
# Source: SOS Alarm, https://www.sosalarm.se/112 (the operator asks what happened, where and from which number; calls from smartphones are positioned automatically, AML) and https://www.sosalarm.se/Pressrum/Fragor-och-svar/ (stay on the line).
result-urgent-text = Powiedz, co się stało i gdzie jesteś. Połączenie jest bezpłatne. Kiedy dzwonisz z komórki, SOS Alarm zwykle widzi, gdzie jesteś. Jeśli możesz, nie rozłączaj się.
result-urgent-title-worried = Jeśli ta osoba jest teraz w niebezpieczeństwie, zadzwoń pod 112
result-urgent-text-worried = Zadzwoń pod 112, jeśli osoba, o którą się martwisz, jest właśnie w niebezpieczeństwie. Powiedz, gdzie jest i co się dzieje. Połączenie jest bezpłatne.
result-urgent-signs-intro = Pokazujemy to najpierw, ponieważ w twoich odpowiedziach jest coś, co może być poważnym sygnałem ostrzegawczym:
result-advice-youth = Jeśli masz mniej niż 18 lat, możesz też porozmawiać z Bris (telefon zaufania dla dzieci i młodzieży), z pedagogiem szkolnym (kurator), z pielęgniarką szkolną albo z inną dorosłą osobą, której ufasz. Nie musisz radzić sobie z tym w pojedynkę.
result-advice-youth-worried = Jeśli masz mniej niż 18 lat, możesz powiedzieć o tym dorosłej osobie, której ufasz, albo zadzwonić do Bris (telefon zaufania dla dzieci i młodzieży) – wtedy dostaniesz pomoc w całej reszcie.
result-not-your-fault = To, co cię spotyka, nie jest twoją winą. Nikt nie ma prawa cię krzywdzić, grozić ci ani tobą kierować.
result-right-to-support = Masz prawo zwrócić się o wsparcie do pomocy społecznej (socialtjänsten) w gminie, w której przebywasz, bez względu na to, skąd pochodzisz i czy masz zezwolenie na pobyt. Kontakt z nimi nic nie kosztuje.
result-everyone-welcome = Masz prawo do wsparcia bez względu na wiek, płeć, pochodzenie, orientację seksualną, niepełnosprawność albo uzależnienie. To, że pijesz alkohol, bierzesz narkotyki albo nie masz zezwolenia na pobyt, nigdy nie przeszkadza ci w otrzymaniu wsparcia.
result-everyone-welcome-worried = Osoba, o którą się martwisz, ma prawo do wsparcia bez względu na wiek, płeć, pochodzenie, orientację seksualną, niepełnosprawność albo uzależnienie. Alkohol, narkotyki czy brak zezwolenia na pobyt nigdy nikomu nie przeszkadzają w otrzymaniu wsparcia.
result-everyone-welcome-used = Możesz dostać wsparcie, żeby przestać, bez względu na wiek, płeć, pochodzenie, orientację seksualną, niepełnosprawność albo uzależnienie. To, że pijesz alkohol albo bierzesz narkotyki, nie przeszkadza ci w otrzymaniu wsparcia.
result-child-protection-title = Masz prawo do ochrony
result-child-protection-1 = Masz mniej niż 18 lat. Dlatego pomoc społeczna (socialtjänsten) musi sprawdzić, jak ci się żyje, i cię chronić, jeśli ktoś cię krzywdzi, ci grozi albo cię wykorzystuje.
result-child-protection-2 = Możesz samodzielnie zadzwonić albo pójść do pomocy społecznej (socialtjänsten) albo poprosić dorosłą osobę, której ufasz, na przykład pedagoga szkolnego (kurator), żeby ci pomogła.
result-child-protection-3 = Możesz też porozmawiać z Bris (telefon zaufania dla dzieci i młodzieży) i nie mówić, kim jesteś. Bris znajdziesz wśród kontaktów poniżej.
result-what-happens-title = Co się stanie, jeśli się z kimś skontaktuję?
result-what-happens-1 = Na początek możesz zadzwonić na telefon wsparcia, żeby porozmawiać i dostać radę. To ty decydujesz, co powiesz.
result-what-happens-2 = Pomoc społeczna (socialtjänsten) może zaproponować ci rozmowy wspierające, pomóc zaplanować, jak zadbać o bezpieczeństwo, i pomóc w znalezieniu chronionego mieszkania, jeśli musisz się przeprowadzić.
result-what-happens-3 = Możesz robić jeden krok naraz. Śmiało zapytaj, co będzie dalej, zanim powiesz więcej.
result-show-local = Pokaż pomoc w mojej okolicy
result-start-over = Zacznij od nowa
result-start-over-hint = Wszystkie twoje odpowiedzi zostaną zapomniane.
## Resultatet: för den som har skadat eller skrämt någon

result-used-intro = Z twoich odpowiedzi wynika, że zdarzało ci się robić rzeczy, które mogą skrzywdzić lub przestraszyć bliską osobę.
result-used-responsibility = Odpowiedzenie na te pytania to ważny krok. Przemoc to wybór i możesz zdecydować, że z nią skończysz. Jest na to pomoc, na przykład Välj att sluta (telefon wsparcia dla osób, które chcą przestać stosować przemoc) i pomoc społeczna (socialtjänsten) w twojej gminie.
result-used-responsibility-youth = Odpowiedzenie na te pytania to ważny krok. Można nauczyć się nie krzywdzić i nie straszyć innych, a są dorośli, którzy mogą ci w tym pomóc, na przykład Bris (telefon zaufania dla dzieci i młodzieży) i pomoc społeczna (socialtjänsten).
result-used-urgent-text = Jeśli boisz się, że za chwilę kogoś skrzywdzisz, albo jeśli ktoś jest w niebezpieczeństwie, zadzwoń pod 112.
result-used-none = Twoje odpowiedzi nie opisywały niczego, o co pytaliśmy. Jeśli mimo to niepokoi cię to, jak zachowujesz się wobec bliskiej osoby, możesz porozmawiać z Välj att sluta (telefon wsparcia dla osób, które chcą przestać stosować przemoc) albo z pomocą społeczną (socialtjänsten). Możesz zachować anonimowość.
result-used-children = Dzieci, które widzą albo słyszą przemoc, potrzebują wsparcia. Pomoc społeczna (socialtjänsten) może wesprzeć zarówno ciebie, jak i dzieci, a samodzielny kontakt z nią to dobry krok.
result-used-also-exposed = Z twoich odpowiedzi wynika, że ktoś również ciebie krzywdzi, ci grozi albo cię kontroluje. To nie jest w porządku i masz prawo do wsparcia. Możesz porozmawiać z Bris (telefon zaufania dla dzieci i młodzieży) albo z pomocą społeczną (socialtjänsten), możesz też odpowiedzieć na pytania o to, co dzieje się z tobą.
## Resultatet: för den som oroar sig för någon annan

result-worried-intro = Twoje odpowiedzi opisują, że osoba, o którą się martwisz, może doświadczać przemocy. Tutaj możesz przeczytać więcej i zobaczyć, gdzie wsparcie może dostać zarówno ty, jak i ta osoba.
## För dig som oroar dig för någon annan

worried-title = Jeśli martwisz się o kogoś
worried-intro = To dobrze, że ci zależy. Tutaj znajdziesz sygnały, na które warto zwrócić uwagę, rady, jak porozmawiać z tą osobą, i informacje, gdzie możesz się zwrócić.
worried-signs-title = Sygnały, na które warto zwrócić uwagę
worried-signs-1 = Ta osoba wydaje się przestraszona, smutna albo zaniepokojona i zmieniła się.
worried-signs-2 = Ta osoba spotyka się z przyjaciółmi i rodziną rzadziej niż kiedyś albo nie wolno jej tego robić.
worried-signs-3 = Ktoś ciągle do tej osoby dzwoni albo pisze i chce wiedzieć, gdzie jest.
worried-signs-4 = Ta osoba ma obrażenia, których nie chce albo nie potrafi wyjaśnić.
worried-signs-5 = Ta osoba nie ma własnych pieniędzy albo ktoś inny ma jej paszport lub telefon.
worried-signs-6 = Ta osoba opowiada o ślubie albo wyjeździe, których sama nie wybrała.
worried-talk-title = Jak zacząć rozmowę
worried-talk-1 = Wybierz miejsce, gdzie możecie porozmawiać na osobności i w spokoju.
worried-talk-2 = Powiedz, co zauważasz i że ci zależy. Możesz na przykład powiedzieć: „Mam wrażenie, że jest ci smutno. Jak się czujesz?”
worried-talk-3 = Słuchaj bez oceniania i uwierz w to, co ta osoba mówi.
worried-talk-4 = Pozwól tej osobie wybrać tempo. Może minąć trochę czasu, zanim zechce powiedzieć więcej.
worried-talk-5 = Powiedz, że jest pomoc, i zaproponuj, że możesz być obok, kiedy ta osoba będzie dzwonić albo szukać kontaktu.
worried-dont-title = Czego nie robić
worried-dont-1 = Nie konfrontuj się z osobą, która stosuje przemoc. To może zwiększyć zagrożenie dla osoby, o którą się martwisz.
worried-dont-2 = Nie naciskaj, żeby ta osoba opowiedziała o wszystkim albo odeszła. To ona najlepiej wie, co jest bezpieczne.
worried-dont-3 = Nie kontaktuj się z rodziną ani krewnymi, jeśli podejrzewasz przemoc w imię honoru. To może narazić tę osobę na niebezpieczeństwo.
worried-dont-4 = Nie pozwól, żeby tłumaczył ktoś z rodziny, krewnych albo ich znajomych. Poproś o tłumacza, który nie zna tej rodziny.
worried-dont-5 = Nie wysyłaj wiadomości o przemocy na telefon tej osoby, jeśli ktoś inny może je przeczytać.
worried-over-time-title = Bycie obok przez dłuższy czas
worried-over-time-1 = Odzywaj się dalej, nawet jeśli ta osoba nie chce teraz rozmawiać.
worried-over-time-2 = Często zdarza się, że ktoś odchodzi i wraca kilka razy. Pokaż, że nadal jesteś obok, bez oceniania.
worried-over-time-3 = Zadbaj też o siebie. Wiele telefonów wsparcia przyjmuje rozmowy od osób, które martwią się o kogoś innego.
worried-child-title = Jeśli martwisz się o dziecko
worried-child-1 = Każdy może złożyć orosanmälan (zgłoszenie niepokoju o dziecko) w pomocy społecznej (socialtjänsten) w gminie, w której mieszka dziecko. Nie musisz mieć pewności. Wystarczy, że się martwisz.
worried-child-2 = Jako osoba prywatna możesz złożyć zgłoszenie anonimowo. To pomoc społeczna (socialtjänsten) sprawdza, jak dziecko sobie radzi.
worried-child-3 = Osoby pracujące z dziećmi, na przykład w szkole, w opiece zdrowotnej albo w pomocy społecznej, mają obowiązek zgłaszania.
