# Vägvisaren — polski.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

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

start-title = Dzieje się coś, co wydaje ci się nie w porządku? Tutaj możesz w spokoju przeczytać o przemocy i o tym, gdzie możesz dostać pomoc.
start-lead = Odpowiedz na kilka pytań o to, co dzieje się z tobą albo z osobą, o którą się martwisz. Dowiesz się, jak można to nazwać i gdzie możesz dostać wsparcie. To ty decydujesz, co odpowiedzi znaczą dla ciebie.
start-duration = Zajmuje to około pięciu do dziesięciu minut. Możesz pomijać pytania i przerwać, kiedy chcesz.
start-private = Nic z tego, co odpowiesz, nie jest zapisywane ani nigdzie wysyłane. Wszystko zostaje w twoim telefonie lub komputerze, dopóki nie zamkniesz strony.
start-quick-exit = Przycisk „Szybko opuść stronę” jest zawsze na górze. Możesz też trzy razy nacisnąć Shift.
start-emergency = Czy jesteś teraz w niebezpieczeństwie? Zadzwoń pod 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Czego chcesz się dowiedzieć?
flow-path-partner = O mnie – mój partner lub moja partnerka, obecni lub byli
flow-path-family = O mnie – moja rodzina, krewni albo ktoś, kto pomaga mi w codziennym życiu
flow-path-exploitation = O mnie – ktoś zmusza mnie do sprzedawania seksu albo kontroluje moją pracę, pieniądze lub dokumenty
flow-path-worried = O osobie, o którą się martwię
flow-path-used-violence = Zdarzyło mi się skrzywdzić lub przestraszyć bliską osobę
flow-path-partner-youth = O mnie – ktoś, z kim chodzę albo z kim coś mnie łączyło
flow-path-family-youth = O mnie – moja rodzina albo krewni
flow-path-exploitation-youth = O mnie – ktoś wywiera na mnie presję, żeby doszło do czegoś seksualnego, w internecie albo w realu, albo wykorzystuje mnie do pracy lub przestępstw
flow-path-worried-youth = O koledze, koleżance albo innej osobie, o którą się martwię
flow-path-used-violence-youth = Zdarzyło mi się skrzywdzić albo przestraszyć kogoś z rodziny albo kogoś, z kim chodzę
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

## Texter för säkerhetssidan, hjälpvyn, kontaktkort, resultatet, sidan för den som
## oroar sig, sidan för skolpersonal, om-sidan och navigeringen (källspråk: svenska).
## Slås ihop med main.ftl. Lugnt, enkelt och i du-form. Vi skuldbelägger aldrig,
## ställer aldrig diagnos och säger aldrig ”du är ett offer”.

## Säkerhetssidan

safety-title = Twoje bezpieczeństwo na tej stronie

## Hjälpvyn (går att nå utan frågorna)

help-title = Znajdź pomoc
help-intro = Tutaj są telefony wsparcia dla całej Szwecji i kontakty w twojej gminie – dla ciebie, jeśli doświadczasz przemocy w bliskich relacjach, przemocy i ucisku w imię honoru, prostytucji albo handlu ludźmi, jeśli martwisz się o kogoś albo jeśli chcesz przestać stosować przemoc. To ty decydujesz, z kim się skontaktujesz i co powiesz.
help-emergency = Czy jesteś teraz w niebezpieczeństwie? Zadzwoń pod 112.
help-not-sure = Możesz zadzwonić, nawet jeśli nie masz pewności, że to przemoc. Wystarczy, że coś cię niepokoi albo chcesz porozmawiać.

help-what-happens-title = Tak to wygląda, kiedy dzwonisz na telefon wsparcia
help-what-happens-1 = Ktoś cię wysłucha i potraktuje poważnie to, co mówisz.
help-what-happens-2 = To ty decydujesz, co chcesz powiedzieć, i możesz zakończyć rozmowę, kiedy chcesz.
help-what-happens-3 = Wiele telefonów wsparcia jest bezpłatnych, a w wielu możesz zachować anonimowość. Jest to podane przy każdym kontakcie.
help-what-happens-4 = Wiele telefonów wsparcia może zapewnić tłumacza ustnego, żeby można było rozmawiać w twoim języku.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = Nie mamy jeszcze numeru do pomocy społecznej (socialtjänsten) w gminie { $municipality }. Zadzwoń na centralę gminy (växel) i poproś o połączenie z pomocą społeczną (socialtjänsten). Poza godzinami pracy poproś o dyżur pomocy społecznej (socialjouren) albo zadzwoń pod 112, jeśli sprawa jest pilna.

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
contact-interpreter = Można zapewnić tłumacza ustnego
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Możesz też rozmawiać w tych językach: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Informacje ze źródła odczytano dnia { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = Strona źródłowa nosi datę { $date }
contact-source-third-party = Informacje pochodzą tylko z innej strony niż własna strona organizacji
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = Według źródła ta linia miała finansowanie do { $date }. Nie wiemy, czy nadal działa.
contact-switchboard = Ten numer łączy z centralą gminy (växel). Poproś o rozmowę z pomocą społeczną (socialtjänsten).
contact-via-112 = Z tym dyżurem połączysz się, jeśli zadzwonisz pod 112 i poprosisz o rozmowę z dyżurem pomocy społecznej (socialjouren).
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
kind-suicide-prevention = Wsparcie przy myślach samobójczych

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

result-contacts-title = Tutaj możesz dostać wsparcie

## Sidan för skolpersonal

staff-title = Dla osób pracujących w szkole
staff-load-failed = Nie udało się wczytać strony. Sprawdź połączenie i spróbuj ponownie.
plan-load-failed = Nie udało się wczytać planu bezpieczeństwa. Sprawdź połączenie i spróbuj ponownie.
text-load-failed = Nie udało się wczytać tekstu. Sprawdź połączenie i spróbuj ponownie.
text-load-retry = Spróbuj ponownie
read-aloud = Przeczytaj na głos
read-aloud-stop = Przestań czytać na głos

## Om Vägvisaren

about-title = O Vägvisaren
language-status-marker = tłumaczenie maszynowe

## Navigering

nav-start-questions = Zacznij odpowiadać na pytania
nav-help = Znajdź pomoc
nav-safety = Twoje bezpieczeństwo
nav-staff = Dla pracowników szkoły
nav-about = O stronie
nav-plan = Zrób plan bezpieczeństwa
nav-back = Wstecz
nav-next = Dalej
nav-home = Strona główna

