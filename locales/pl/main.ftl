# Vägvisaren — polski.
# Status: translated by the team from Swedish with machine assistance; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – wsparcie i pomoc
language-label = Język

## Quick exit

quick-exit-button = Szybko opuść stronę
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Naciśnij Shift jeszcze raz, aby opuścić stronę.
    [few] Naciśnij Shift jeszcze { $remaining } razy, aby opuścić stronę.
    [many] Naciśnij Shift jeszcze { $remaining } razy, aby opuścić stronę.
   *[other] Naciśnij Shift jeszcze { $remaining } razy, aby opuścić stronę.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Języka „{ $code }” jeszcze tu nie ma, więc strona jest wyświetlana po szwedzku. Możesz wybrać inny język powyżej.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Kod gminy „{ $code }” nie istnieje, więc nie wybrano żadnej gminy. Gminę możesz wybrać w części „Znajdź pomoc”.

## Start screen

start-title = Czy to przemoc? Tutaj możesz to spokojnie sprawdzić.
start-lead = Odpowiedz na kilka pytań o to, co dzieje się z tobą albo z osobą, o którą się martwisz. Dowiesz się, jak można to nazwać i gdzie możesz dostać pomoc.
start-duration = Zajmuje to około pięciu do dziesięciu minut. Możesz pomijać pytania i przerwać, kiedy chcesz.
start-private = Nic z tego, co odpowiesz, nie jest zapisywane ani nigdzie wysyłane. Wszystko zostaje w twoim telefonie lub komputerze, dopóki nie zamkniesz strony.
start-quick-exit = Przycisk „Szybko opuść stronę” jest zawsze na górze. Możesz też trzy razy nacisnąć Shift.
start-emergency = Czy jesteś teraz w niebezpieczeństwie? Zadzwoń pod 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Czego chcesz się dowiedzieć?
flow-path-partner = O mnie – mój partner lub moja partnerka, obecni lub byli
flow-path-family = O mnie – moja rodzina lub krewni
flow-path-exploitation = O mnie – ktoś zmusza mnie do sprzedawania seksu albo kontroluje moją pracę, pieniądze lub dokumenty
flow-path-worried = O osobie, o którą się martwię
flow-path-used-violence = Zdarzyło mi się skrzywdzić lub przestraszyć bliską osobę
flow-age-title = Ile masz lat?
flow-age-under-18 = Mniej niż 18 lat
flow-age-adult = 18 lat lub więcej
flow-about-child-title = Czy osoba, o którą się martwisz, ma mniej niż 18 lat?
flow-about-child-yes = Tak, mniej niż 18 lat
flow-about-child-no = Nie, 18 lat lub więcej
flow-about-child-unknown = Nie wiem
flow-self-title = Jak siebie opisujesz?
flow-self-hint = Nie musisz odpowiadać. Odpowiedź służy tylko do tego, żeby pokazać wsparcie, które do ciebie pasuje, i nie jest zapisywana.
flow-self-woman = Kobieta lub dziewczyna
flow-self-man = Mężczyzna lub chłopak
flow-self-trans = Osoba transpłciowa lub niebinarna
flow-self-rather-not-say = Wolę nie odpowiadać
flow-skip = Pomiń
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Pytanie { $current } z { $total }
flow-answer-yes = Tak
flow-answer-sometimes = Czasami
flow-answer-no = Nie
flow-answer-rather-not-say = Wolę nie odpowiadać
flow-answers-label = Twoja odpowiedź
flow-see-result = Zobacz wynik
flow-change-hint = W każdej chwili możesz wrócić i zmienić odpowiedź.


## Frågor: partner eller ex

q-partner-put-down = Czy twój obecny lub były partner wyzywa cię, wyśmiewa albo sprawia, że czujesz się bezwartościowo?
q-partner-isolate = Czy twój obecny lub były partner decyduje, z kim możesz się spotykać, dokąd możesz chodzić albo w co możesz się ubierać?
q-partner-phone = Czy twój obecny lub były partner czyta twoje wiadomości, żąda twoich haseł albo sprawdza twój telefon?
q-partner-follow = Czy twój obecny lub były partner chodzi za tobą, śledzi przez aplikację, gdzie jesteś, albo pojawia się tam, gdzie jesteś, chociaż tego nie chcesz?
q-partner-images = Czy twój obecny lub były partner rozpowszechniał albo groził, że rozpowszechni twoje zdjęcia lub filmy, których nie chcesz pokazywać innym?
q-partner-money = Czy twój obecny lub były partner zabiera ci pieniądze albo rozporządza nimi tak, że nie możesz z nich samodzielnie korzystać?
q-partner-money-youth = Czy twój obecny lub były partner zabiera ci pieniądze albo decyduje, co możesz kupić?
q-partner-debt = Czy twój obecny lub były partner brał kredyty albo zaciągał długi na twoje nazwisko, albo nie pozwalał ci pracować lub się uczyć?
q-partner-debt-youth = Czy twój obecny lub były partner nie pozwalał ci chodzić do szkoły albo kazał ci kupować mu rzeczy lub pożyczać dla niego pieniądze?
q-partner-break = Czy twój obecny lub były partner niszczył, rzucał albo zabierał twoje rzeczy?
q-partner-pets = Czy twój obecny lub były partner skrzywdził albo groził, że skrzywdzi zwierzę, na którym ci zależy?
q-partner-threats = Czy twój obecny lub były partner grozi ci, na przykład, że zabierze dzieci, będzie rozpowiadał coś o tobie albo doprowadzi do tego, że będziesz musieć wyjechać ze Szwecji?
q-partner-hit = Czy twój obecny lub były partner bił cię, popychał, kopał albo przytrzymywał siłą?
q-partner-hurt = Czy po tym, co zrobił twój obecny lub były partner, zostały ci siniaki, rany albo inne obrażenia?
q-partner-neck = Czy twój obecny lub były partner chwytał cię za szyję, uciskał gardło albo sprawiał, że trudno ci było oddychać?
q-partner-weapon = Czy twój obecny lub były partner groził ci nożem, bronią albo czymś innym, czym można zranić?
q-partner-kill = Czy twój obecny lub były partner groził, że zabije ciebie albo kogoś z bliskich ci osób?
q-partner-worse = Czy przemoc lub groźby w ostatnim roku się nasiliły albo zdarzają się częściej?
q-partner-pregnant = Jeśli zdarzyło ci się być w ciąży: czy twój obecny lub były partner bił cię albo krzywdził w czasie ciąży?
q-partner-sex = Czy twój obecny lub były partner zmuszał cię albo naciskał na ciebie, żeby doszło do seksu lub czynności seksualnych wbrew twojej woli?
q-partner-sex-fear = Czy zdarzyło ci się zgodzić na seks ze strachu przed tym, co stałoby się w przeciwnym razie?
q-partner-care = Jeśli potrzebujesz pomocy w codziennym życiu: czy twój obecny lub były partner nie dawał ci jedzenia, leków albo innej pomocy, której potrzebujesz?
q-partner-aids = Czy twój obecny lub były partner zabierał ci sprzęt pomocniczy, okulary, leki albo telefon, tak że trudno ci było samodzielnie sobie poradzić albo poprosić o pomoc?
q-partner-children-see = Jeśli w domu są dzieci: czy widziały albo słyszały przemoc lub groźby między wami?
q-partner-children-afraid = Czy dzieci się bały albo próbowały cię chronić, kiedy twój obecny lub były partner był zły?
q-partner-children-threat = Czy twój obecny lub były partner groził, że skrzywdzi dzieci albo że ci je zabierze?
q-partner-afraid = Czy boisz się swojego obecnego lub byłego partnera, nawet kiedy akurat nic nie robi?
q-partner-careful = Czy ciągle uważasz na to, co mówisz i robisz, żeby twój obecny lub były partner się nie zdenerwował?
q-partner-leaving = Czy niedawno doszło do waszego rozstania albo myślisz o odejściu i boisz się, co wtedy zrobi partner?

## Frågor: familj eller släkt

q-family-collective = Czy kilka osób z twojej rodziny lub spośród krewnych wspólnie decyduje o tym, jak masz żyć?
q-family-collective-youth = Czy oprócz twoich rodziców ktoś jeszcze, na przykład rodzeństwo albo krewni, decyduje o twoim życiu?
q-family-friends = Czy rodzina lub krewni decydują, z jakimi przyjaciółmi możesz się spotykać, jak możesz się ubierać albo co możesz robić w wolnym czasie?
q-family-friends-youth = Czy rodzina decyduje, z kim możesz się kolegować, w co możesz się ubierać albo co możesz robić po szkole?
q-family-school = Czy rodzina lub krewni nie pozwalają ci się uczyć, pracować albo samodzielnie wybrać szkoły lub kierunku nauki?
q-family-school-youth = Czy rodzina nie pozwala ci chodzić na lekcje, wycieczki szkolne albo zajęcia w szkole?
q-family-love = Czy rodzina lub krewni decydują, w kim możesz się zakochać i z kim być, albo czy możesz otwarcie być sobą?
q-family-love-youth = Czy rodzina decyduje, w kim możesz się zakochać albo z kim możesz chodzić?
q-family-phone = Czy ktoś z twojej rodziny lub krewnych sprawdza twój telefon albo wiadomości, żeby zobaczyć, z kim rozmawiasz?
q-family-phone-youth = Czy ktoś w rodzinie sprawdza twój telefon, żeby zobaczyć, z kim rozmawiasz?
q-family-siblings = Czy rodzeństwo, kuzyni albo inni krewni pilnują cię i mówią rodzinie, co robisz?
q-family-siblings-youth = Czy twoje rodzeństwo albo kuzyni pilnują cię w szkole lub w mieście i mówią o tym rodzinie?
q-family-virginity = Czy rodzina lub krewni wymagają od ciebie zachowania dziewictwa do ślubu albo sprawdzają, czy je zachowujesz?
q-family-virginity-youth = Czy rodzina mówi, że do ślubu musisz zachować dziewictwo, czyli że nie wolno ci uprawiać seksu?
q-family-marriage = Czy rodzina lub krewni naciskają, żeby doszło do twoich zaręczyn albo ślubu z kimś, kogo ktoś inny wybrał za ciebie, albo czy już do tego doszło wbrew twojej woli?
q-family-marriage-youth = Czy rodzina chce, żeby doszło do twoich zaręczyn albo ślubu, chociaż ty tego nie chcesz?
q-family-abroad = Czy ktoś mówi, że wyślą cię albo wywiozą za granicę wbrew twojej woli, albo czy planowana jest podróż, która cię niepokoi?
q-family-abroad-youth = Czy ktoś mówi, że wyślą cię do innego kraju, albo czy macie gdzieś jechać i to cię niepokoi?
q-family-disown = Czy ktoś groził, że rodzina się od ciebie odwróci albo zerwie z tobą kontakt, jeśli nie będziesz robić tego, czego chcą?
q-family-disown-youth = Czy ktoś mówi, że rodzina nie będzie cię już chciała znać, jeśli nie będziesz robić tego, co ci każą?
q-family-put-down = Czy ktoś z twojej rodziny lub krewnych wyzywa cię, wyśmiewa albo mówi, że nie masz żadnej wartości?
q-family-put-down-youth = Czy ktoś w rodzinie mówi ci przykre rzeczy, krzyczy na ciebie albo mówi, że jesteś do niczego?
q-family-money = Czy rodzina lub krewni zabierają twoją pensję, zasiłki albo pieniądze, albo decydują o nich za ciebie?
q-family-money-youth = Czy ktoś w rodzinie zabiera ci pieniądze, na przykład stypendium szkolne (studiebidrag) albo zarobki z pracy wakacyjnej?
q-family-money-denied = Czy rodzina odmawia ci pieniędzy na to, czego potrzebujesz, na przykład na jedzenie, ubrania albo dojazdy, żeby cię kontrolować?
q-family-money-denied-youth = Czy rodzina nie chce dawać ci pieniędzy na potrzebne rzeczy, na przykład na bilet autobusowy, ubrania albo przybory szkolne, żeby cię ukarać?
q-family-break = Czy ktoś z twojej rodziny lub krewnych niszczył, rzucał albo zabierał twoje rzeczy?
q-family-break-youth = Czy ktoś w rodzinie niszczył albo zabierał twoje rzeczy, żeby cię ukarać?
q-family-pets = Czy ktoś z twojej rodziny lub krewnych skrzywdził albo groził, że skrzywdzi zwierzę, na którym ci zależy?
q-family-online = Czy ktoś z twojej rodziny lub krewnych rozpowszechniał albo groził, że rozpowszechni w internecie zdjęcia, filmy lub plotki o tobie?
q-family-online-youth = Czy ktoś w rodzinie wrzucał albo groził, że wrzuci do internetu zdjęcia lub coś o tobie?
q-family-tracking = Czy ktoś z twojej rodziny lub krewnych chodzi za tobą albo sprawdza, gdzie jesteś, przez aplikację lub przez inne osoby?
q-family-tracking-youth = Czy ktoś w rodzinie chodzi za tobą albo sprawdza przez aplikację w telefonie, gdzie jesteś?
q-family-hit = Czy ktoś z twojej rodziny lub krewnych bił cię, popychał, kopał albo przytrzymywał siłą?
q-family-hit-youth = Czy ktoś w rodzinie bił cię, popychał, ciągnął za włosy albo przytrzymywał siłą?
q-family-neck = Czy ktoś z twojej rodziny lub krewnych chwytał cię za szyję, uciskał gardło albo sprawiał, że trudno ci było oddychać?
q-family-neck-youth = Czy ktoś w rodzinie chwytał cię za szyję albo sprawiał, że trudno ci było oddychać?
q-family-weapon = Czy ktoś z twojej rodziny lub krewnych groził ci nożem, bronią albo czymś innym, czym można zranić?
q-family-weapon-youth = Czy ktoś w rodzinie groził ci nożem albo czymś innym, czym można zranić?
q-family-kill = Czy ktoś z twojej rodziny lub krewnych groził, że zabije ciebie albo kogoś z bliskich ci osób?
q-family-kill-youth = Czy ktoś w rodzinie mówił, że zabije ciebie albo kogoś, kogo kochasz?
q-family-worse = Czy przemoc lub groźby w ostatnim roku się nasiliły albo zdarzają się częściej?
q-family-worse-youth = Czy ostatnio jest gorzej albo zdarza się to częściej?
q-family-sex-touch = Czy ktoś z twojej rodziny lub krewnych dotykał cię w seksualny sposób albo mówił lub pokazywał ci seksualne rzeczy wbrew twojej woli?
q-family-sex-touch-youth = Czy ktoś z rodziny lub krewnych dotykał twojego ciała w sposób, który wydawał ci się niewłaściwy, albo pokazywał ci seksualne zdjęcia?
q-family-sex-forced = Czy ktoś z twojej rodziny lub krewnych zmuszał cię albo naciskał na ciebie, żeby doszło do seksu lub czynności seksualnych?
q-family-sex-forced-youth = Czy ktoś z rodziny lub krewnych zmuszał cię do zrobienia czegoś seksualnego?
q-family-care = Jeśli potrzebujesz pomocy w codziennym życiu: czy osoba z rodziny, która powinna ci pomagać, nie dawała ci jedzenia, leków albo innej pomocy, której potrzebujesz?
q-family-care-youth = Czy zdarza się, że w domu brakuje ci jedzenia, czystych ubrań albo pomocy, kiedy chorujesz?
q-family-alone = Czy ktoś z twojej rodziny zostawiał cię na długo bez opieki albo zabierał ci sprzęt pomocniczy, chociaż nie radzisz sobie samodzielnie?
q-family-alone-youth = Czy zostajesz w domu bez opieki na długo albo musisz zajmować się sobą lub rodzeństwem bardziej, niż dajesz radę?
q-family-children-see = Czy w rodzinie są dzieci, które w domu widzą albo słyszą przemoc lub groźby?
q-family-children-see-youth = Czy ty albo twoje rodzeństwo widzieliście lub słyszeliście, jak ktoś w rodzinie bije albo komuś grozi?
q-family-children-threat = Czy ktoś z twojej rodziny lub krewnych groził, że skrzywdzi dzieci w rodzinie albo że ci je zabierze?
q-family-children-threat-youth = Czy ktoś w rodzinie groził, że skrzywdzi twoje rodzeństwo albo inne dzieci w rodzinie?
q-family-afraid = Czy boisz się kogoś ze swojej rodziny lub krewnych, nawet kiedy akurat nic się nie dzieje?
q-family-afraid-youth = Czy boisz się kogoś w rodzinie?
q-family-home = Czy boisz się tego, co się stanie, kiedy wrócisz do domu, albo jeśli rodzina się czegoś o tobie dowie?
q-family-home-youth = Czy boisz się wracać do domu po szkole albo tego, co się stanie, jeśli rodzina się czegoś o tobie dowie?

## Frågor: sälja sex, arbete, pengar eller papper

q-exploit-sell-sex = Czy ktoś naciska na ciebie albo zmusza cię do sprzedawania seksu lub uprawiania seksu z innymi za pieniądze?
q-exploit-sell-sex-youth = Czy ktoś nakłaniał cię do seksu albo robienia czegoś seksualnego w zamian za pieniądze, rzeczy, narkotyki albo miejsce do spania?
q-exploit-sex-control = Czy ktoś inny decyduje, kiedy, gdzie lub z kim masz uprawiać seks za pieniądze, albo czy ktoś inny zabiera te pieniądze?
q-exploit-work = Czy pracujesz dużo więcej, niż było umówione, za bardzo małe wynagrodzenie albo bez żadnego?
q-exploit-work-youth = Czy ktoś każe ci pracować, sprzedawać narkotyki albo załatwiać dla siebie różne sprawy, bez zapłaty albo dlatego, że się boisz?
q-exploit-wage = Czy ktoś inny zabiera twoją pensję albo pieniądze, albo decyduje, co możesz kupić?
q-exploit-debt = Czy ktoś mówi, że masz u niego dług, na przykład za podróż, mieszkanie albo pracę, który musisz odpracować?
q-exploit-debt-youth = Czy ktoś mówi, że masz wobec niego dług – pieniądze albo przysługi – który musisz spłacić, robiąc coś dla niego?
q-exploit-debt-grows = Czy dług cały czas rośnie, na przykład przez kary, czynsz albo opłaty, tak że nigdy nie możesz się od niego uwolnić?
q-exploit-papers = Czy ktoś zabrał twój paszport, dowód osobisty albo zezwolenie na pobyt i nie chce go oddać?
q-exploit-accounts = Czy ktoś inny ma w rękach twój BankID, twoje umowy albo inne dokumenty na twoje nazwisko, tak że nie możesz z nich samodzielnie korzystać?
q-exploit-locked = Czy ktoś nie pozwala ci wychodzić w pojedynkę, spotykać się, z kim chcesz, albo rozmawiać ze swoją rodziną?
q-exploit-phone = Czy ktoś zabiera ci telefon, czyta twoje wiadomości albo sprawdza, gdzie jesteś?
q-exploit-online = Czy ktoś zamieścił w internecie ogłoszenia, zdjęcia albo filmy z tobą bez twojej decyzji?
q-exploit-authorities = Czy ktoś mówi, że policja albo urzędy cię ukarzą lub wyrzucą z kraju, jeśli komuś o tym powiesz?
q-exploit-sex-forced = Czy ktoś zmuszał cię do seksu lub czynności seksualnych wbrew twojej woli?
q-exploit-sex-unsafe = Czy ktoś zmuszał cię do seksu bez prezerwatywy albo do rzeczy, na które mówisz „nie”?
q-exploit-hit = Czy ktoś, kto cię kontroluje, bił cię, popychał albo krzywdził?
q-exploit-neck = Czy ktoś chwytał cię za szyję, uciskał gardło albo sprawiał, że trudno ci było oddychać?
q-exploit-weapon = Czy ktoś groził ci nożem, bronią albo czymś innym, czym można zranić?
q-exploit-kill = Czy ktoś groził, że zabije ciebie albo kogoś z twojej rodziny tutaj lub w innym kraju?
q-exploit-worse = Czy przemoc lub groźby ostatnio się nasiliły albo zdarzają się częściej?
q-exploit-afraid = Czy boisz się, co się stanie, jeśli odmówisz, przestaniesz albo odejdziesz?
q-exploit-always-afraid = Czy boisz się osoby lub osób, które cię kontrolują, nawet kiedy nie ma ich w pobliżu?

## Frågor: någon du oroar dig för

q-worried-afraid = Czy osoba, o którą się martwisz, wydaje się kogoś bać albo obawiać się powrotu do domu?
q-worried-isolated = Czy osoba, o którą się martwisz, przestała spotykać się z przyjaciółmi lub rodziną albo przestała robić rzeczy, które kiedyś lubiła?
q-worried-controlled = Czy ktoś wydaje się kontrolować osobę, o którą się martwisz, na przykład decydować, z kim może się spotykać albo dokąd może chodzić?
q-worried-careful = Czy osoba, o którą się martwisz, wydaje się ciągle uważać na to, co mówi i robi, żeby ktoś się nie zdenerwował?
q-worried-phone = Czy ktoś sprawdza telefon osoby, o którą się martwisz, albo czy ta osoba musi zawsze od razu odpowiadać i mówić, gdzie jest?
q-worried-followed = Czy ktoś cały czas śledzi osobę, o którą się martwisz, obserwuje ją albo się z nią kontaktuje, w internecie lub w prawdziwym życiu?
q-worried-money = Czy ktoś inny rozporządza pieniędzmi, pensją albo kartą bankową osoby, o którą się martwisz, tak że nie może ona sama o nich decydować?
q-worried-debts = Czy osoba, o którą się martwisz, ma długi zaciągnięte przez kogoś innego albo brakuje jej pieniędzy na jedzenie i inne potrzebne rzeczy?
q-worried-injuries = Czy zdarzyło ci się zauważyć u osoby, o którą się martwisz, siniaki lub obrażenia, których ona nie chce albo nie potrafi wyjaśnić?
q-worried-hit = Czy widzisz, słyszysz albo wiesz od kogoś, że ktoś bije, popycha lub przytrzymuje siłą osobę, o którą się martwisz?
q-worried-neck = Czy wiesz, że ktoś chwytał za szyję osobę, o którą się martwisz, albo sprawiał, że trudno jej było oddychać?
q-worried-weapon = Czy ktoś groził osobie, o którą się martwisz, nożem, bronią albo czymś innym, czym można zranić?
q-worried-kill = Czy ktoś groził, że zabije osobę, o którą się martwisz, albo kogoś jej bliskiego?
q-worried-worse = Czy wydaje się, że ostatnio jest gorzej, na przykład jest więcej obrażeń, więcej gróźb albo więcej strachu?
q-worried-leaving = Czy osoba, o którą się martwisz, niedawno odeszła od partnera, którego się boi, albo myśli o odejściu?
q-worried-sex = Czy osoba, o którą się martwisz, mówiła, że ktoś zmuszał ją albo naciskał na nią, żeby doszło do seksu lub czynności seksualnych?
q-worried-sex-images = Czy zdarzyło ci się zobaczyć, że ktoś rozsyła seksualne zdjęcia osoby, o którą się martwisz, albo rozmawia z nią o seksie, chociaż ona tego nie chce?
q-worried-selling-sex = Czy myślisz, że osoba, o którą się martwisz, sprzedaje seks albo że ktoś ją do tego zmusza?
q-worried-sex-for-things = Czy osoba, o którą się martwisz, dostaje pieniądze, prezenty, narkotyki albo miejsce do spania od kogoś, kto chce w zamian seksu?
q-worried-honour = Czy rodzina lub krewni osoby, o którą się martwisz, decydują, z jakimi przyjaciółmi może się spotykać, w co może się ubierać albo czy może się uczyć?
q-worried-honour-love = Czy ktoś inny decyduje, z kim osoba, o którą się martwisz, może być w związku albo wziąć ślub?
q-worried-trip = Czy osoba, o którą się martwisz, mówiła, że wbrew jej woli ma dojść do jej zaręczyn lub ślubu albo że mają ją wysłać za granicę?
q-worried-care = Jeśli osoba, o którą się martwisz, potrzebuje pomocy w codziennym życiu: czy wydaje się, że brakuje jej jedzenia, leków albo innej potrzebnej pomocy?
q-worried-care-youth = Czy wydaje się, że osobie, o którą się martwisz, brakuje jedzenia, czystych ubrań albo pomocy, kiedy choruje?
q-worried-left-alone = Czy osoba, o którą się martwisz, zostaje na długo bez opieki albo bez swojego sprzętu pomocniczego, chociaż nie radzi sobie samodzielnie?
q-worried-children-home = Czy w domu są dzieci, które mogą widzieć albo słyszeć przemoc lub groźby?
q-worried-children-scared = Czy dzieci w domu wydają się przestraszone, zaniepokojone albo smutne w sposób, który cię niepokoi?

## Frågor: jag har skadat eller skrämt någon som står mig nära

q-used-put-down = Czy zdarzyło ci się wyzywać bliską osobę, poniżać ją albo krzyczeć na nią tak, że się bała?
q-used-control = Czy zdarzyło ci się decydować, z kim partner lub ktoś z twojej rodziny może się spotykać, dokąd może chodzić albo w co może się ubierać?
q-used-control-youth = Czy zdarzyło ci się decydować, z kim może się spotykać albo w co może się ubierać osoba, z którą chodzisz, albo twój brat lub siostra?
q-used-phone = Czy zdarzyło ci się czytać czyjeś wiadomości, żądać czyichś haseł albo sprawdzać czyjś telefon bez pozwolenia?
q-used-images = Czy zdarzyło ci się rozpowszechnić albo grozić rozpowszechnieniem czyichś zdjęć lub filmów, których ta osoba nie chciała pokazywać innym?
q-used-money = Czy zdarzyło ci się zabierać komuś pieniądze albo rozporządzać nimi tak, że ta osoba nie mogła z nich samodzielnie korzystać?
q-used-money-work = Czy zdarzyło ci się nie pozwalać partnerowi lub komuś z rodziny pracować albo się uczyć, albo brać kredyty na nazwisko tej osoby?
q-used-money-work-youth = Czy zdarzyło ci się zmuszać kogoś do oddawania ci pieniędzy albo rzeczy?
q-used-break = Czy zdarzyło ci się w złości niszczyć lub rzucać rzeczami albo walić w ściany lub drzwi?
q-used-pets = Czy zdarzyło ci się skrzywdzić zwierzę albo grozić, że je skrzywdzisz, żeby kogoś przestraszyć?
q-used-hit = Czy zdarzyło ci się bić, popychać, kopać albo przytrzymywać siłą partnera lub kogoś ze swojej rodziny?
q-used-hit-youth = Czy zdarzyło ci się bić, popychać albo kopać kogoś w rodzinie, na przykład rodzica albo rodzeństwo, albo osobę, z którą chodzisz?
q-used-neck = Czy zdarzyło ci się kiedyś ścisnąć komuś szyję lub gardło?
q-used-weapon = Czy zdarzyło ci się grozić komuś nożem, bronią albo czymś innym, czym można zranić?
q-used-kill = Czy zdarzyło ci się powiedzieć, że zabijesz bliską osobę, nawet jeśli nie było to na serio?
q-used-worse = Czy w ostatnim roku zdarzało się to częściej albo stawało się poważniejsze?
q-used-sex = Czy zdarzyło ci się naciskać albo zmuszać kogoś do seksu, albo nie przestać, chociaż ta osoba mówiła „nie” albo wyglądało na to, że nie chce?
q-used-sex-sulk = Czy zdarzyło ci się złościć się, obrażać albo zachowywać groźnie, kiedy partner nie chciał seksu?
q-used-children-see = Czy dzieci widziały albo słyszały w domu twoją przemoc lub groźby?
q-used-children-afraid = Czy jakieś dziecko zaczęło się ciebie bać albo próbowało cię powstrzymać lub kogoś chronić, kiedy ogarniała cię złość?
q-used-afraid = Czy myślisz, że ktoś bliski się ciebie boi?
q-used-careful = Czy zauważasz, że ktoś bliski milknie albo zachowuje ostrożność, żeby cię nie zdenerwować?

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
category-sexual-text-used = Seks, którego nie chcą obie osoby, to przemoc seksualna i przestępstwo, także w związku. Jest pomoc, jeśli chcesz zmienić swoje zachowanie.

category-economic-title = Przemoc ekonomiczna
category-economic-text = Kiedy ktoś zabiera ci pieniądze, rozporządza nimi albo wpędza cię w długi, żeby cię kontrolować, to jest przemoc ekonomiczna.
category-economic-text-worried = Kiedy ktoś zabiera tej osobie pieniądze albo rozporządza nimi, żeby ją kontrolować, to jest przemoc ekonomiczna.
category-economic-text-used = Zabieranie komuś pieniędzy albo rozporządzanie nimi, żeby tę osobę kontrolować, to przemoc ekonomiczna. Można to zmienić i jest wsparcie.

category-material-title = Przemoc wobec rzeczy i zwierząt
category-material-text = Kiedy ktoś niszczy twoje rzeczy albo krzywdzi twoje zwierzę, żeby cię przestraszyć, to też jest przemoc.
category-material-text-used = Niszczenie rzeczy albo krzywdzenie zwierząt w złości budzi strach u innych i jest formą przemocy. Można nauczyć się innych sposobów radzenia sobie ze złością.

category-digital-title = Przemoc cyfrowa
category-digital-text = Kiedy ktoś sprawdza twój telefon, śledzi, gdzie jesteś, albo rozpowszechnia twoje zdjęcia, to jest przemoc, także wtedy, gdy dzieje się to w internecie.
category-digital-text-worried = Kiedy ktoś sprawdza telefon tej osoby, śledzi, gdzie jest, albo rozpowszechnia jej zdjęcia, to jest przemoc, także wtedy, gdy dzieje się to w internecie.
category-digital-text-used = Sprawdzanie czyjegoś telefonu, śledzenie, gdzie ktoś jest, albo rozpowszechnianie czyichś zdjęć to przemoc cyfrowa. Można z tym skończyć i jest pomoc.

category-latent-title = Życie w strachu
category-latent-text = Kiedy cały czas się boisz i dostosowujesz się, żeby uniknąć przemocy, nazywa się to przemocą utajoną. Strach to znak, że coś jest nie tak, i nie jest to twoja wina.
category-latent-text-worried = Kiedy ktoś cały czas się boi i się dostosowuje, nazywa się to przemocą utajoną. Strach tej osoby to ważny znak, który trzeba traktować poważnie.
category-latent-text-used = Kiedy ktoś się ciebie boi i dostosowuje się do ciebie, nazywa się to przemocą utajoną. To, że to dostrzegasz, jest ważnym pierwszym krokiem.

category-neglect-title = Zaniedbanie
category-neglect-text = Jeśli potrzebujesz pomocy w codziennym życiu, masz prawo ją dostawać. Kiedy ktoś ci nie pomaga albo zabiera ci to, czego potrzebujesz, to jest zaniedbanie.
category-neglect-text-worried = Kiedy osobie, która potrzebuje pomocy, brakuje jedzenia, leków albo opieki, to jest zaniedbanie. Ta osoba ma prawo do pomocy.

category-honour-title = Przemoc i ucisk w imię honoru
category-honour-text = Kiedy rodzina lub krewni wspólnie decydują, z kim możesz być, w co możesz się ubierać albo z kim masz wziąć ślub, nazywa się to przemocą i uciskiem w imię honoru. Masz prawo decydować o swoim życiu.
category-honour-text-worried = Kiedy rodzina lub krewni wspólnie kierują życiem tej osoby, jej przyjaźniami, ubraniem albo małżeństwem, nazywa się to przemocą i uciskiem w imię honoru. Ta osoba ma prawo decydować o swoim życiu.

category-children-witnessing-title = Dzieci, które widzą lub słyszą przemoc
category-children-witnessing-text = Dzieci, które widzą lub słyszą przemoc w domu, same doświadczają przemocy. Mają prawo do ochrony i wsparcia.
category-children-witnessing-text-worried = Dzieci, które widzą lub słyszą przemoc w domu, same doświadczają przemocy. Pomoc społeczna (socialtjänsten) może wesprzeć dziecko i rodzinę.
category-children-witnessing-text-used = Dzieci, które widzą lub słyszą przemoc, bardzo to przeżywają, nawet jeśli nie są w tym samym pokoju. Szukanie przez ciebie pomocy jest dobre także dla nich.

category-coerced-sex-title = Naciskanie na sprzedawanie seksu
category-coerced-sex-text = Nikt nie ma prawa naciskać na ciebie, oszukiwać cię ani zmuszać do sprzedawania seksu. W Szwecji źle postępuje ten, kto kupuje seks albo na nim zarabia – nigdy ty.
category-coerced-sex-text-worried = Nikt nie ma prawa naciskać na kogoś, oszukiwać go ani zmuszać do sprzedawania seksu. Osoba, która sprzedaje seks, nie popełnia w Szwecji przestępstwa i ma prawo do wsparcia.

category-debt-bondage-title = Niewola za długi
category-debt-bondage-text = Kiedy ktoś mówi, że masz dług, który musisz odpracować i który nigdy się nie kończy, to sposób, żeby cię kontrolować. To może być handel ludźmi.

category-documents-taken-title = Zabrany paszport i dokumenty
category-documents-taken-text = Nikt nie ma prawa zabierać twojego paszportu, dowodu tożsamości ani innych dokumentów. Przetrzymywanie ich, żeby cię kontrolować, to oznaka przymusu.

## Resultat: varningstecken (i rutan om att ringa 112)
## Skrivna så att de passar alla vägar: den utsatta, den som oroar sig och den som
## har använt våld.

danger-strangulation = Chwytanie kogoś za szyję lub duszenie to poważny sygnał ostrzegawczy, nawet jeśli nie widać śladów.
danger-weapon = Grożenie nożem, bronią albo innymi przedmiotami to poważny sygnał ostrzegawczy.
danger-threat-to-kill = Groźby zabicia zawsze trzeba traktować poważnie, nawet jeśli padły w złości.
danger-escalation = Kiedy przemoc lub groźby się nasilają albo zdarzają się częściej, rośnie ryzyko poważnej przemocy.
danger-separation = Czas rozstania może być szczególnie niebezpieczny, jeśli druga osoba stosowała przemoc lub wszystko kontrolowała.
danger-pregnancy = Przemoc w czasie ciąży to poważny sygnał ostrzegawczy, zarówno dla osoby w ciąży, jak i dla dziecka.
danger-stalking = Ciągłe śledzenie, obserwowanie albo nękanie kontaktami to poważny sygnał ostrzegawczy i może być przestępstwem.
danger-forced-trip-or-marriage = Plany ślubu albo wyjazdu za granicę wbrew czyjejś woli to poważny sygnał ostrzegawczy. Ochronę można dostać jeszcze przed wyjazdem.
danger-threats-to-children = Groźby wobec dzieci to poważny sygnał ostrzegawczy. Dzieci mają prawo do ochrony.

## Texter för säkerhetssidan, hjälpvyn, kontaktkort, resultatet, sidan för den som
## oroar sig, sidan för skolpersonal, om-sidan och navigeringen (källspråk: svenska).
## Slås ihop med main.ftl. Lugnt, enkelt och i du-form. Vi skuldbelägger aldrig,
## ställer aldrig diagnos och säger aldrig ”du är ett offer”.
## En lista är en serie id:n som slutar på -1, -2, -3 … i den ordning de ska visas.

## Säkerhetssidan

safety-title = Twoje bezpieczeństwo na tej stronie
safety-intro = Tutaj przeczytasz, jak ta strona cię chroni i czego nie może ukryć. Zrób to, co wydaje ci się najbezpieczniejsze.

safety-quick-exit-title = Szybko opuść stronę
safety-quick-exit-1 = Przycisk „Szybko opuść stronę” jest zawsze na górze. Możesz też trzy razy nacisnąć Shift.
safety-quick-exit-2 = Strona od razu staje się pusta, a wszystkie twoje odpowiedzi zostają zapomniane.
safety-quick-exit-3 = Potem karta przechodzi na stronę z prognozą pogody, więc wygląda to tak, jakby ktoś tylko sprawdzał pogodę.
safety-quick-exit-4 = Przycisk „Wstecz” w przeglądarce nie prowadzi z powrotem tutaj.

safety-cannot-hide-title = Czego ta strona nie może ukryć
safety-cannot-hide-1 = Historia przeglądarki nadal pokazuje wizytę na tej stronie.
safety-cannot-hide-2 = Możesz usunąć tylko tę jedną wizytę. Otwórz historię w menu przeglądarki i znajdź Vägvisaren. Przytrzymaj palec na tym wierszu, przesuń go w bok albo dotknij krzyżyka i wybierz usunięcie.
safety-cannot-hide-3 = Jeśli usuniesz tylko ten wiersz, reszta historii wygląda tak jak zwykle.
safety-cannot-hide-4 = Lista ostatnich połączeń w telefonie pokazuje wybierane numery.
safety-cannot-hide-5 = Możesz usunąć połączenie z listy. Przytrzymaj palec na połączeniu albo przesuń je w lewo i wybierz „Usuń”.
safety-cannot-hide-6 = Połączenia z numerami zaczynającymi się od 020 są bezpłatne i nie widać ich na rachunku telefonicznym. Nadal jednak widać je na liście ostatnich połączeń.
safety-cannot-hide-7 = SMS-y i czaty zostają w telefonie, dopóki ich nie usuniesz.

safety-private-browsing-title = Przeglądanie prywatne
safety-private-browsing-1 = Większość przeglądarek ma tryb prywatny, nazywany też incognito. Wtedy po zamknięciu okna wizyta nie zostaje zapisana w historii.
safety-private-browsing-2 = Zwykle otwiera się go w menu przeglądarki, wybierając „Nowe okno prywatne” albo „Nowa karta incognito”.
safety-private-browsing-3 = Tryb prywatny nie ukrywa twoich działań przed programem, który śledzi telefon, ani przed siecią w pracy czy w szkole.

safety-shared-phone-title = Jeśli ktoś inny używa twojego telefonu albo go sprawdza
safety-shared-phone-1 = Jeśli ktoś inny może pożyczyć albo sprawdzić twój telefon lub komputer, ta osoba może zobaczyć, co na nim robisz.
safety-shared-phone-2 = Ktoś mógł zainstalować program, który śledzi telefon, tak zwane oprogramowanie szpiegujące. Ktoś może też znać twoje hasła i kody.
safety-shared-phone-3 = Jeśli tak jest bezpieczniej, możesz skorzystać z telefonu przyjaciela lub przyjaciółki, komputera w bibliotece albo telefonu w pracy.
safety-shared-phone-4 = Ktoś może zauważyć, jeśli nagle zmienisz hasła albo usuniesz programy. Zanim to zrobisz, zastanów się, co jest dla ciebie najbezpieczniejsze.

safety-transparency-title = Ta strona niczego nie zapisuje i niczego nie wysyła
safety-transparency-1 = Ta strona niczego nie zapisuje w twoim telefonie ani komputerze, nawet plików cookie. Język i gmina są pamiętane tylko do zamknięcia strony.
safety-transparency-2 = Twoje odpowiedzi nigdy nigdzie nie są wysyłane. Strona pobiera tylko te same pliki co dla wszystkich innych, niezależnie od tego, co odpowiesz.
safety-transparency-intro = Zobacz na własne oczy: lista poniżej pokazuje każde zapytanie, które strona wysłała od chwili jej otwarcia.
safety-transparency-empty = Strona nie wysłała jeszcze żadnych zapytań.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Strona wysłała jedno zapytanie.
    [few] Strona wysłała { $count } zapytania.
    [many] Strona wysłała { $count } zapytań.
   *[other] Strona wysłała { $count } zapytania.
}

## Hjälpvyn (går att nå utan frågorna)

help-title = Znajdź pomoc
help-intro = Tutaj są telefony wsparcia dla całej Szwecji i kontakty w twojej gminie. To ty decydujesz, z kim się skontaktujesz i co powiesz.
help-emergency = Czy jesteś teraz w niebezpieczeństwie? Zadzwoń pod 112.
help-not-sure = Możesz zadzwonić, nawet jeśli nie masz pewności, że to przemoc. Wystarczy, że coś cię niepokoi albo chcesz porozmawiać.

help-what-happens-title = Tak to wygląda, kiedy dzwonisz na telefon wsparcia
help-what-happens-1 = Ktoś cię wysłucha i potraktuje poważnie to, co mówisz.
help-what-happens-2 = To ty decydujesz, co chcesz powiedzieć, i możesz zakończyć rozmowę, kiedy chcesz.
help-what-happens-3 = Wiele telefonów wsparcia jest bezpłatnych, a w wielu możesz zachować anonimowość. Jest to podane przy każdym kontakcie.
help-what-happens-4 = Wiele telefonów wsparcia może zapewnić tłumacza, żeby można było rozmawiać w twoim języku.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = Nie mamy jeszcze własnych kontaktów dla gminy { $municipality }. Zadzwoń na centralę gminy (växel) i poproś o połączenie z pomocą społeczną (socialtjänsten). Poza godzinami pracy poproś o dyżur pomocy społecznej (socialjouren) albo zadzwoń pod 112, jeśli sprawa jest pilna.

help-municipality-label = Twoja gmina
help-municipality-hint = Wpisz nazwę swojej gminy. Wybór zostaje w twoim telefonie lub komputerze i nie jest zapisywany. Strona pobiera kontakty wszystkich gmin naraz, więc nikt nie może zobaczyć, która gmina została wybrana.
help-municipality-no-match = Nie znaleźliśmy gminy o tej nazwie. Sprawdź pisownię albo wpisz początek nazwy.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Wybrana gmina: { $municipality }.
help-municipality-change = Zmień gminę

help-national-title = Wsparcie w całej Szwecji
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Wsparcie w gminie { $municipality }

## Kontaktkort

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Zadzwoń pod numer { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = Wyślij SMS pod numer { $number }
contact-chat = Otwórz czat
contact-web = Otwórz stronę internetową
contact-open-always = Czynne całą dobę
contact-open-now = Teraz otwarte
contact-closed-now = Teraz zamknięte
contact-hours-unknown = Nie udało nam się sprawdzić godzin otwarcia.
contact-free = Bezpłatnie
contact-anonymous = Możesz zachować anonimowość
contact-interpreter = Można zapewnić tłumacza
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Możesz też rozmawiać w tych językach: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Sprawdzono { $date }
contact-for-professionals = Dla profesjonalistów
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Dla kogo: { $audiences }

## Öppettider: en regel per rad, till exempel ”Måndag–fredag 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Codziennie
days-weekdays = Poniedziałek–piątek
days-weekends = Sobota–niedziela
days-mon = Poniedziałek
days-tue = Wtorek
days-wed = Środa
days-thu = Czwartek
days-fri = Piątek
days-sat = Sobota
days-sun = Niedziela

## Vilken sorts kontakt det är (korta substantivfraser)

kind-emergency = Numer alarmowy
kind-police = Policja
kind-helpline = Telefon wsparcia
kind-social-services = Pomoc społeczna (socialtjänsten)
kind-social-services-on-call = Dyżur pomocy społecznej (socialjouren)
kind-womens-shelter = Ośrodek wsparcia dla kobiet (kvinnojour)
kind-girls-shelter = Wsparcie dla dziewcząt i młodych kobiet (tjejjour)
kind-mens-shelter = Wsparcie dla mężczyzn (mansjour)
kind-youth-clinic = Poradnia dla młodzieży (ungdomsmottagning)
kind-perpetrator-programme = Pomoc w zaprzestaniu stosowania przemocy
kind-victim-support = Wsparcie po przestępstwie
kind-health = Opieka zdrowotna

## Vem kontakten är till för (fraser efter ”För: …”)

audience-everyone = Wszyscy
audience-women = Kobiety
audience-men = Mężczyźni
audience-trans = Osoby transpłciowe i niebinarne
audience-young = Młodzież
audience-children = Dzieci poniżej 18 lat
audience-honour = Osoby doświadczające przemocy i ucisku w imię honoru
audience-trafficking = Osoby, które sprzedają seks lub doświadczają handlu ludźmi
audience-uses-violence = Osoby, które stosują przemoc i chcą przestać
audience-worried-others = Osoby, które martwią się o kogoś innego
audience-professionals = Profesjonaliści

## Resultatet: fasta delar

result-title = Co opisują twoje odpowiedzi
result-intro = Twoje odpowiedzi opisują jedną lub kilka form przemocy. Poniżej przeczytasz, jak się one nazywają i gdzie możesz dostać wsparcie.
result-none = Żadna z twoich odpowiedzi nie opisywała przemocy. Mimo to możesz porozmawiać z kimś, jeśli coś wydaje ci się nie w porządku. Zaufaj swojemu wyczuciu.
result-none-rather-not-say = Niektóre pytania zostały bez odpowiedzi i to jest całkowicie w porządku. Nadal możesz dostać wsparcie, a o tym, co powiesz, decydujesz ty.

result-urgent-title = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 112
result-urgent-text = Powiedz, gdzie jesteś i co się dzieje. Połączenie jest bezpłatne. Możesz zadzwonić, nawet jeśli nie możesz swobodnie mówić. Wtedy po prostu się nie rozłączaj.
result-urgent-signs-intro = Pokazujemy to najpierw, ponieważ w twoich odpowiedziach jest coś, co może być poważnym sygnałem ostrzegawczym:

result-not-your-fault = To, co cię spotyka, nie jest twoją winą. Nikt nie ma prawa cię krzywdzić, grozić ci ani tobą kierować.
result-right-to-support = Masz prawo zwrócić się o wsparcie do pomocy społecznej (socialtjänsten) w gminie, w której przebywasz, bez względu na to, skąd pochodzisz i czy masz zezwolenie na pobyt. Kontakt z nimi nic nie kosztuje.

result-what-happens-title = Co się stanie, jeśli się zgłoszę?
result-what-happens-1 = Na początek możesz zadzwonić na telefon wsparcia, żeby porozmawiać i dostać radę. To ty decydujesz, co powiesz.
result-what-happens-2 = Pomoc społeczna (socialtjänsten) może zaproponować ci rozmowy wspierające, pomóc zaplanować, jak zadbać o bezpieczeństwo, i pomóc w znalezieniu chronionego mieszkania, jeśli musisz się przeprowadzić.
result-what-happens-3 = Możesz robić jeden krok naraz. Śmiało zapytaj, co będzie dalej, zanim powiesz więcej.

result-contacts-title = Tutaj możesz dostać wsparcie
result-show-local = Pokaż pomoc w mojej okolicy
result-start-over = Zacznij od nowa
result-start-over-hint = Wszystkie twoje odpowiedzi zostaną zapomniane.

## Resultatet: för den som har skadat eller skrämt någon

result-used-intro = Z twoich odpowiedzi wynika, że zdarzało ci się robić rzeczy, które mogą skrzywdzić lub przestraszyć bliską osobę.
result-used-responsibility = Odpowiedzenie na te pytania to ważny krok. Przemoc to wybór i możesz zdecydować, że z nią skończysz. Jest na to pomoc, na przykład Välj att sluta (telefon wsparcia dla osób, które chcą przestać stosować przemoc) i pomoc społeczna (socialtjänsten) w twojej gminie.
result-used-urgent-text = Jeśli boisz się, że za chwilę kogoś skrzywdzisz, albo jeśli ktoś jest w niebezpieczeństwie, zadzwoń pod 112.

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

## Sidan för skolpersonal

staff-title = Dla osób pracujących w szkole
staff-intro = Vägvisaren pomaga młodym ludziom samodzielnie sprawdzić, czy to, czego doświadczają, jest przemocą, i gdzie mogą dostać pomoc. Tutaj przeczytasz, jak wspierać ucznia lub uczennicę.
staff-load-failed = Nie udało się wczytać strony. Sprawdź połączenie i spróbuj ponownie.
staff-what-1 = Narzędzie zadaje pytania o partnera, rodzinę i krewnych, o naciskanie na sprzedawanie seksu oraz o to, czy ktoś sam kogoś skrzywdził. Osoby poniżej 18 lat dostają prostsze pytania.
staff-what-2 = Odpowiedzi pokazują, o jakie formy przemocy może chodzić, czy młoda osoba powinna od razu zadzwonić pod 112 i które telefony wsparcia oraz kontakty są odpowiednie.
staff-what-3 = Nic nie jest zapisywane ani wysyłane. Ani ty, ani szkoła nie możecie zobaczyć, co odpowiedział uczeń lub uczennica.

staff-talk-title = Jak rozmawiać z młodą osobą, która może doświadczać przemocy
staff-talk-1 = Wysłuchaj spokojnie, w miejscu, gdzie nikt wam nie przeszkodzi. Pozwól młodej osobie opowiedzieć wszystko własnymi słowami.
staff-talk-2 = Uwierz w to, co mówi młoda osoba, i powiedz, że dobrze zrobiła, opowiadając o tym. To nigdy nie jest jej wina.
staff-talk-3 = Nie obiecuj, że zachowasz to w tajemnicy. Powiedz szczerze, że być może trzeba będzie to zgłosić do pomocy społecznej (socialtjänsten), i wyjaśnij dlaczego.
staff-talk-4 = Nie kontaktuj się z rodziną, jeśli podejrzewasz przemoc w imię honoru. To może narazić młodą osobę na niebezpieczeństwo.
staff-talk-5 = Nie korzystaj z tłumacza z rodziny ani z jej otoczenia. Zamów profesjonalnego tłumacza, na przykład tłumacza telefonicznego z innej miejscowości, i zapytaj młodą osobę, czy czuje się przy nim bezpiecznie.
staff-talk-6 = Zapisz, co powiedziała młoda osoba, jej własnymi słowami, i kiedy to zostało powiedziane. Nie zapisuj swoich interpretacji tak, jakby były faktami.

staff-same-day-title = Tego samego dnia
staff-same-day-1 = Złóż zgłoszenie do pomocy społecznej (socialtjänsten) tego samego dnia. Nie czekaj, żeby dowiedzieć się więcej.
staff-same-day-2 = Powiedz o tym dyrekcji szkoły albo zespołowi ds. zdrowia uczniów (elevhälsan). Pamiętaj, że obowiązek zgłoszenia i tak spoczywa osobiście na tobie.
staff-same-day-3 = Jeśli młoda osoba jest w niebezpieczeństwie albo boi się wrócić do domu, od razu zadzwoń do pomocy społecznej (socialtjänsten). Poza godzinami pracy dzwoń na dyżur pomocy społecznej (socialjouren) albo pod 112, jeśli sprawa jest pilna.

staff-duty-title = Obowiązek zgłoszenia
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Wszystkie osoby pracujące w szkole mają obowiązek niezwłocznie zgłosić do pomocy społecznej (socialtjänsten), jeśli dowiedzą się albo podejrzewają, że dziecku dzieje się krzywda. Wynika to z ustawy o pomocy społecznej, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; socialnämnden utreder).
staff-duty-2 = Wystarczy podejrzenie. Nie potrzebujesz dowodów. Sprawę wyjaśnia pomoc społeczna (socialtjänsten).
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Ten obowiązek jest osobisty. Nie możesz przekazać go dyrekcji, pedagogowi szkolnemu (kurator) ani nikomu innemu.
staff-duty-4 = Zgłoś sprawę do pomocy społecznej (socialtjänsten) w gminie, w której mieszka dziecko. Możesz zadzwonić albo napisać. Poza godzinami pracy dzwoń na dyżur pomocy społecznej (socialjouren) albo pod 112, jeśli sprawa jest pilna.

staff-lines-title = Telefony wsparcia dla profesjonalistów
staff-lines-intro = Tutaj możesz dostać radę, na przykład co robić dalej, kiedy uczeń lub uczennica ci o czymś powie.

staff-builder-title = Utwórz link i plakat
staff-builder-intro = Wybierz gminę i języki. Będą widoczne w linku i na plakacie, ale nic poza tym.
staff-builder-municipality = Gmina
staff-builder-languages = Języki (wybierz jeden, dwa albo trzy)
staff-builder-youth = Od razu otwieraj pytania dla młodzieży
staff-builder-link-label = Link do udostępnienia
staff-builder-copy = Skopiuj link
staff-builder-copied = Link został skopiowany.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = Kod QR prowadzący do { $link }
staff-builder-print = Wydrukuj plakat
staff-builder-too-many-languages = Możesz wybrać najwyżej trzy języki.

## Affischen (skrivs ut på flera språk bredvid varandra)

poster-title = Czy niepokoi cię to, co dzieje się w domu albo w twoim związku?
poster-line = Zeskanuj kod. Nic nie jest zapisywane. To ty decydujesz, co odpowiesz.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Masz mniej niż 18 lat? Możesz zadzwonić do Bris (telefon zaufania dla dzieci i młodzieży) pod numer { $number }.
poster-emergency = Czy jesteś teraz w niebezpieczeństwie? Zadzwoń pod 112.

## Om Vägvisaren

about-title = O Vägvisaren
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren to niezależne narzędzie, a nie urząd. Nie możemy przyjmować zgłoszeń ani odpowiadać na pytania o twoją sytuację.
about-free = Vägvisaren jest bezpłatny. Nie musisz się logować ani mówić, kim jesteś.
about-private = Nic z tego, co odpowiesz, nie jest zapisywane ani wysyłane. Serwer nie przechowuje żadnych danych o tym, kto odwiedza stronę.
about-contacts-title = Jak sprawdzamy kontakty
about-contacts-1 = Każdy numer i godziny otwarcia mają źródło, na przykład własną stronę internetową danego telefonu wsparcia, oraz datę, kiedy je sprawdziliśmy.
about-contacts-2 = Nigdy nie pokazujemy numeru, którego nie podaje żadne źródło. Jeśli coś się zmieniło, obowiązuje to, co jest napisane na własnej stronie danego telefonu wsparcia.
about-languages-title = Języki
about-languages-intro = Teksty są najpierw pisane po szwedzku, a potem tłumaczone. Tak wygląda postęp prac nad każdym językiem:
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = język źródłowy
status-reviewed = przetłumaczone i sprawdzone przez rodzimego użytkownika języka
status-unreviewed = przetłumaczone, ale jeszcze niesprawdzone

## Navigering

nav-start-questions = Zacznij odpowiadać na pytania
nav-help = Znajdź pomoc
nav-safety = Twoje bezpieczeństwo
nav-staff = Dla pracowników szkoły
nav-about = O stronie
nav-back = Wstecz
nav-next = Dalej
nav-home = Strona główna

## Safety page, added by the UI

safety-transparency-refresh = Odśwież listę
