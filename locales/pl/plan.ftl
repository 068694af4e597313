# Vägvisaren — the safety plan.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.
# Loaded only when someone opens the safety plan. Calm, simple, second person. The plan
# never urges anyone to leave or to stay: both are real choices.

## Plan
plan-title = Mój plan bezpieczeństwa
plan-intro = Tutaj możesz zapisać to, co może ci pomóc zadbać o bezpieczeństwo. To ty wybierasz, co wypełnisz, i możesz pominąć to, co do ciebie nie pasuje.
plan-not-kept = Nic nie jest zapisywane ani wysyłane. To, co napiszesz, zostaje tylko do chwili, gdy zamkniesz stronę, naciśniesz „Zacznij od nowa” albo szybko opuścisz stronę.
plan-print-warning = Jeśli wydrukujesz plan albo zapiszesz go jako PDF, powstanie kopia, która zostanie. Zastanów się, gdzie ją przechowujesz: ktoś inny może znaleźć wydrukowany plan.
plan-print = Wydrukuj albo zapisz jako PDF
plan-suggestions-title = Propozycje na podstawie twoich odpowiedzi
plan-suggestions-note = Propozycje są widoczne tylko tutaj i nie pojawią się na wydruku.
plan-empty-field = (nic nie wpisano)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = Jeśli masz obrażenia, możesz zgłosić się do lekarza, nawet jeśli nic nie widać. Lekarze mogą też udokumentować obrażenia.
plan-suggest-children = Warto zrobić plan dla dzieci: dokąd mogą pójść i do kogo mogą zadzwonić.
plan-suggest-trip = Jeśli planowany jest wyjazd: zapisz, co zrobisz przed wyjazdem i z kim się skontaktujesz.
plan-suggest-leaving = Jeśli myślisz o odejściu: czas przed odejściem, w trakcie i po nim może być niebezpieczny. Warto zaplanować go z telefonem wsparcia, ośrodkiem wsparcia (jour) albo z pomocą społeczną (socialtjänsten).
plan-suggest-phone = Warto zacząć od telefonu i kont: ktoś może sprawdzać, gdzie jesteś albo co piszesz.
plan-suggest-weapons = Powiedz policji, jeśli jest broń. Policja może zabezpieczyć broń, kiedy istnieje ryzyko przemocy.
plan-suggest-suicide = Warto dopisać Självmordslinjen (telefon wsparcia dla osób z myślami samobójczymi) do listy numerów, pod które możesz zadzwonić. Jest czynna całą dobę.

## People to call
plan-people-title = Osoby, do których mogę zadzwonić
plan-people-advice = Wybierz kilka osób, którym ufasz. Ustalcie razem, co mają zrobić, jeśli się do nich odezwiesz, na przykład zadzwonić pod 112.
plan-people-field = Imiona i numery telefonów osób, którym ufam
plan-codeword-field = Umówione słowo, które oznacza, że potrzebuję pomocy

## A safe place
plan-place-title = Bezpieczne miejsce
plan-place-advice = Pomyśl o miejscach, w których możesz przez chwilę czuć się bezpiecznie, na przykład u kogoś, kogo druga osoba nie zna, albo w miejscach czynnych całą dobę.
plan-place-field = Tam mogę pójść, jeśli muszę szybko się oddalić

## What to keep ready
plan-ready-title = Rzeczy, które warto mieć pod ręką
plan-ready-advice = Dobrze jest mieć ważne rzeczy w jednym miejscu albo ich kopie u kogoś, komu ufasz: dowód osobisty i paszport, BankID i karty bankowe, klucze, leki, pieniądze, ładowarkę i dokumenty dzieci.
plan-ready-field = Gdzie je przechowuję albo kto ma kopie

## Phone and accounts
plan-phone-title = Telefon i konta
plan-phone-advice = Zmieniaj hasła z telefonu albo komputera, do którego nikt inny nie ma dostępu, i sprawdź, czy udostępnianie lokalizacji jest włączone. Pamiętaj, że ktoś może zauważyć, jeśli coś zmienisz: zrób to, co wydaje się najbezpieczniejsze.
plan-phone-field = To chcę sprawdzić albo zmienić

## Children
plan-children-title = Plan dla dzieci
plan-children-advice = Dzieci mogą się nauczyć, dokąd pójść i do kogo zadzwonić, kiedy w domu robi się niespokojnie. Dzieci mogą dzwonić pod 112 i do Bris (telefon zaufania dla dzieci i młodzieży). Pomoc społeczna (socialtjänsten) może wesprzeć dzieci.
plan-children-field = To mają zrobić dzieci i do kogo mogą zadzwonić

## Staying or leaving: both are legitimate
plan-stay-title = Jeśli zostaję
plan-stay-advice = Wiele osób zostaje, na jakiś czas albo na stałe, i to też jest prawdziwy wybór. Pomyśl, z których pomieszczeń możesz się wydostać i do kogo możesz zadzwonić, kiedy robi się niespokojnie.
plan-stay-field = To robię, żeby było mi bezpieczniej tam, gdzie mieszkam
plan-leave-title = Jeśli chcę odejść
plan-leave-advice = Czas przed odejściem, w trakcie i po nim może być niebezpieczny. Warto zaplanować go z telefonem wsparcia, ośrodkiem wsparcia (jour) albo z pomocą społeczną (socialtjänsten), które mogą pomóc w znalezieniu miejsca do mieszkania.
plan-leave-field = To muszę wcześniej załatwić i kto może mi pomóc

## For young people
plan-youth-title = Dorosła osoba, której ufam
plan-youth-advice = Zawsze możesz zadzwonić do Bris (telefon zaufania dla dzieci i młodzieży) i nie mówić, kim jesteś. Pedagog szkolny (kurator) i pielęgniarka szkolna mogą cię wysłuchać i pomóc ci skontaktować się z pomocą społeczną (socialtjänsten).
plan-youth-field = Dorosła osoba, z którą mogę porozmawiać, na przykład pedagog szkolny (kurator), nauczyciel lub nauczycielka albo ktoś z rodziny

## A feared trip abroad
plan-trip-title = Przed wyjazdem
plan-trip-advice = Przed wyjazdem powiedz o nim pomocy społecznej (socialtjänsten), policji albo telefonowi wsparcia w sprawie przemocy w imię honoru. W przypadku dzieci pomoc społeczna może wystąpić o zakaz wyjazdu dziecka za granicę (utreseförbud). Zapisz adres ambasady Szwecji w tym kraju.
plan-trip-field = To zrobię przed wyjazdem i z kim się skontaktuję

## Exploitation
plan-papers-title = Moje dokumenty i gdzie mogę dostać wsparcie
plan-papers-advice = Zrób zdjęcie albo kopię paszportu i innych dokumentów i przechowuj je tam, gdzie nikt inny nie ma dostępu. Możesz skontaktować się z policją i pomocą społeczną (socialtjänsten), nawet jeśli nie masz zezwolenia na pobyt.
plan-papers-field = Kopie i numery telefonów, które chcę mieć

## For someone who has used violence: when anger rises
plan-anger-title = Kiedy narasta złość
plan-anger-advice = Naucz się rozpoznawać sygnały w ciele i w myślach, zanim coś zrobisz. Odejdź: powiedz, że robisz przerwę, i wróć, kiedy się uspokoisz. To ty decydujesz, co robisz.
plan-anger-signs-field = Moje sygnały ostrzegawcze
plan-anger-do-field = To robię, kiedy je zauważam
plan-anger-call-field = Do tej osoby albo na ten telefon wsparcia mogę zadzwonić, na przykład Välj att sluta
