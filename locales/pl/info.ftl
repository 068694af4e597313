# Vägvisaren — the safety page and the about page.
# Loaded when someone opens the safety page or the about page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

safety-intro = Tutaj przeczytasz, jak ta strona cię chroni i czego nie może ukryć. Zrób to, co wydaje ci się najbezpieczniejsze.
safety-quick-exit-title = Szybko opuść stronę
safety-quick-exit-1 = Przycisk „Szybko opuść stronę” jest zawsze na górze. Możesz też trzy razy nacisnąć Shift.
safety-quick-exit-2 = Strona od razu staje się pusta, a wszystkie twoje odpowiedzi zostają zapomniane.
safety-quick-exit-3 = Potem karta przechodzi na stronę z prognozą pogody, więc wygląda to tak, jakby ktoś tylko sprawdzał pogodę.
safety-quick-exit-4 = Przycisk „Wstecz” w przeglądarce nie prowadzi z powrotem tutaj.
safety-cannot-hide-title = Czego ta strona nie może ukryć
safety-cannot-hide-1 = Historia przeglądarki nadal pokazuje wizytę na tej stronie.
safety-cannot-hide-2 = Możesz usunąć tylko tę jedną wizytę. Otwórz historię w menu przeglądarki i znajdź Vägvisaren. Przytrzymaj palec na tym wierszu, przesuń wiersz w bok albo dotknij krzyżyka i wybierz usunięcie.
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
safety-read-aloud-title = Czytanie na głos
safety-read-aloud-1 = Przycisk „Przeczytaj na głos” korzysta tylko z głosów, które są w twoim telefonie lub komputerze. Żaden tekst nie jest wysyłany do żadnej usługi syntezy mowy.
safety-read-aloud-2 = Pamiętaj, że ktoś w pobliżu może usłyszeć to, co jest czytane. Czytanie na głos kończy się, kiedy szybko opuszczasz stronę.
safety-transparency-title = Ta strona niczego nie zapisuje i niczego nie wysyła
safety-transparency-1 = Ta strona niczego nie zapisuje w twoim telefonie ani komputerze, nawet plików cookie. Język i gmina są pamiętane tylko do zamknięcia strony.
safety-transparency-2 = Twoje odpowiedzi nigdy nigdzie nie są wysyłane. Strona pobiera tylko te same pliki co dla wszystkich innych, niezależnie od tego, co odpowiesz.
safety-transparency-3 = Czytanie na głos odbywa się tylko za pomocą głosów w twoim telefonie lub komputerze, więc nic z tego, co jest czytane, nigdzie nie jest wysyłane.
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
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren to niezależne narzędzie, a nie urząd. Nie możemy przyjmować zgłoszeń ani odpowiadać na pytania o twoją sytuację.
about-free = Vägvisaren jest bezpłatny. Nie musisz się logować ani mówić, kim jesteś.
about-private = Nic z tego, co odpowiesz, nie jest zapisywane ani wysyłane. Serwer nie przechowuje żadnych danych o tym, kto odwiedza stronę.
about-contacts-title = Jak sprawdzamy kontakty
about-contacts-1 = Każdy numer i godziny otwarcia mają źródło, na przykład własną stronę internetową danego telefonu wsparcia, oraz datę, kiedy je odczytaliśmy. Jeśli strona źródłowa sama podaje datę, też ją pokazujemy.
about-contacts-2 = Nigdy nie pokazujemy numeru, którego nie podaje żadne źródło. Jeśli coś się zmieniło, obowiązuje to, co jest napisane na własnej stronie danego telefonu wsparcia.
about-read-aloud = Czytanie na głos działa tylko wtedy, gdy twój telefon lub komputer ma własny głos dla danego języka. Jeśli go nie ma, przycisk czytania na głos się nie pojawia.
about-languages-title = Języki
about-languages-intro = Teksty są najpierw pisane po szwedzku, a potem tłumaczone. Tak wygląda postęp prac nad każdym językiem:
about-languages-method = Każde tłumaczenie jest tłumaczeniem maszynowym ze szwedzkiego. Potem kolejne tłumaczenie maszynowe, które nie widziało tekstu szwedzkiego, przekłada je z powrotem na szwedzki, a my porównujemy zdania jedno po drugim i poprawiamy to, co się różni. To nie to samo, co sprawdzenie tekstu przez osobę, dla której ten język jest ojczysty.
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = język źródłowy
status-reviewed = przetłumaczone i sprawdzone przez rodzimego użytkownika języka
status-unreviewed = przetłumaczone, ale jeszcze niesprawdzone
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = tłumaczenie maszynowe; słowniczek i tłumaczenie zwrotne sprawdzono { $date }; jeszcze niesprawdzone przez rodzimego użytkownika języka
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = przepisane na szwedzki łatwy do czytania na podstawie zwykłego tekstu szwedzkiego; znaczenie sprawdzono tłumaczeniem zwrotnym { $date }; jeszcze niesprawdzone przez redaktora tekstów łatwych do czytania
safety-transparency-refresh = Odśwież listę
