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
flow-path-partner = O mnie – mój obecny lub były partner albo partnerka
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
q-family-afraid = Czy boisz się kogoś z twojej rodziny lub krewnych, nawet kiedy akurat nic się nie dzieje?
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
q-exploit-locked = Czy ktoś nie pozwala ci wychodzić w pojedynkę, spotykać się, z kim chcesz, albo rozmawiać z twoją rodziną?
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
q-used-hit = Czy zdarzyło ci się bić, popychać, kopać albo przytrzymywać siłą partnera lub kogoś z twojej rodziny?
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
