# Vägvisaren — the safety page and the about page.
# Loaded when someone opens the safety page or the about page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

safety-intro = Ovdje možeš pročitati kako te ova stranica štiti i što ne može sakriti. Učini ono što ti se čini najsigurnijim.
safety-quick-exit-title = Brzo napusti stranicu
safety-quick-exit-1 = Dugme „Brzo napusti stranicu“ uvijek je na vrhu. Možeš i tri puta pritisnuti Shift.
safety-quick-exit-2 = Stranica tada odmah postaje prazna, a svi tvoji odgovori se zaboravljaju.
safety-quick-exit-3 = Zatim se kartica prebacuje na stranicu s vremenskom prognozom, pa izgleda kao da se samo provjeravala prognoza.
safety-quick-exit-4 = Dugme za povratak u browseru ne vraća te ovamo.
safety-cannot-hide-title = Ovo stranica ne može sakriti
safety-cannot-hide-1 = Historija u browseru i dalje pokazuje da je ova stranica posjećena.
safety-cannot-hide-2 = Možeš izbrisati samo taj unos. Otvori historiju u meniju browsera i pronađi Vägvisaren. Drži prst na tom redu, povuci ga u stranu ili dodirni X, i izaberi brisanje.
safety-cannot-hide-3 = Ako izbrišeš samo taj red, ostatak historije izgleda kao i obično.
safety-cannot-hide-4 = Lista nedavnih poziva u telefonu pokazuje koji su brojevi pozvani.
safety-cannot-hide-5 = Poziv možeš izbrisati s liste. Drži prst na pozivu ili ga povuci ulijevo, i izaberi „Izbriši“.
safety-cannot-hide-6 = Pozivi na brojeve koji počinju s 020 su besplatni i ne vide se na računu za telefon. Ipak se vide u listi nedavnih poziva.
safety-cannot-hide-7 = SMS poruke i razgovori u chatu ostaju u telefonu dok ih ne izbrišeš.
safety-private-browsing-title = Privatno surfanje
safety-private-browsing-1 = Većina browsera ima privatni način rada, koji se zove i inkognito. Tada se stranice koje otvoriš ne čuvaju u historiji kad zatvoriš prozor.
safety-private-browsing-2 = Obično ga otvaraš iz menija browsera, opcijom „Novi privatni prozor“ ili „Nova inkognito kartica“.
safety-private-browsing-3 = Privatni način rada ne skriva ono što radiš od programa koji nadzire telefon, a ni od mreže na poslu ili u školi.
safety-shared-phone-title = Ako neko drugi koristi ili provjerava tvoj telefon
safety-shared-phone-1 = Ako neko drugi može posuditi ili provjeriti tvoj telefon ili kompjuter, ta osoba može vidjeti što na njemu radiš.
safety-shared-phone-2 = Neko je možda instalirao program koji nadzire telefon, takozvani špijunski program. Neko možda zna i tvoje lozinke i kodove.
safety-shared-phone-3 = Ako ti se čini sigurnijim, možeš koristiti telefon prijatelja, kompjuter u biblioteci ili telefon na poslu.
safety-shared-phone-4 = Može se primijetiti ako iznenada promijeniš lozinke ili izbrišeš programe. Prije nego što to učiniš, razmisli što je za tebe najsigurnije.
safety-read-aloud-title = Čitanje naglas
safety-read-aloud-1 = Dugme „Pročitaj naglas“ koristi samo glasove koji već postoje u tvom telefonu ili kompjuteru. Nijedan tekst se ne šalje nikakvoj govornoj usluzi.
safety-read-aloud-2 = Imaj na umu da neko u blizini može čuti ono što se čita naglas. Čitanje prestaje kad brzo napustiš stranicu.
safety-transparency-title = Stranica ništa ne čuva i ništa ne šalje
safety-transparency-1 = Stranica ništa ne čuva u tvom telefonu ili kompjuteru, čak ni kolačiće. Jezik i općina ostaju zapamćeni samo dok ne zatvoriš stranicu.
safety-transparency-2 = Tvoji odgovori se nikad nikome ne šalju. Stranica preuzima samo iste datoteke kao i za sve ostale, bez obzira na to što odgovoriš.
safety-transparency-3 = Čitanje naglas koristi samo glasove u tvom telefonu ili kompjuteru, tako da se ništa od onoga što se čita ne šalje nikuda.
safety-transparency-intro = Pogledaj i uvjeri se: lista ispod prikazuje svaki zahtjev koji je stranica poslala otkako je otvorena.
safety-transparency-empty = Stranica još nije poslala nijedan zahtjev.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Stranica je poslala { $count } zahtjev.
    [few] Stranica je poslala { $count } zahtjeva.
   *[other] Stranica je poslala { $count } zahtjeva.
}
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren je samostalan alat, a ne ustanova vlasti. Ne možemo primati prijave niti odgovarati na pitanja o tvojoj situaciji.
about-free = Vägvisaren je besplatan. Ne moraš se prijavljivati niti reći ko si.
about-private = Ništa od onoga što odgovoriš ne čuva se niti šalje. Server ne čuva nikakve podatke o tome ko posjećuje stranicu.
about-contacts-title = Kako provjeravamo kontakte
about-contacts-1 = Svaki broj i radno vrijeme imaju izvor, na primjer vlastitu web-stranicu linije za podršku, i datum kada smo ga pročitali. Ako sama izvorna stranica navodi datum, prikazujemo i njega.
about-contacts-2 = Nikad ne prikazujemo broj koji ne navodi nijedan izvor. Ako se nešto promijenilo, vrijedi ono što piše na web-stranici same linije za podršku.
about-read-aloud = Čitanje naglas radi samo ako tvoj telefon ili kompjuter ima vlastiti glas za taj jezik. Ako ga nema, dugme za čitanje naglas se ne prikazuje.
about-languages-title = Jezici
about-languages-intro = Tekstovi se prvo pišu na švedskom, a zatim se prevode. Ovo je stanje prijevoda za svaki jezik:
about-languages-method = Svaki prijevod je mašinski prijevod sa švedskog. Zatim drugi mašinski prevodilac, koji nije vidio švedski tekst, prevodi prijevod nazad na švedski, a mi poredimo rečenice jednu po jednu i ispravljamo ono što se razlikuje. To nije isto kao kada tekst pregleda neko kome je taj jezik maternji.
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = izvorni jezik
status-reviewed = prevedeno, a prijevod je provjerio izvorni govornik
status-unreviewed = prevedeno, ali još nije provjereno
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = mašinski prevedeno; pojmovnik i povratni prijevod provjereni { $date }; tekst još nije pregledao neko kome je jezik maternji
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = prepisano na lako čitljiv švedski na osnovu standardnog švedskog teksta; značenje provjereno povratnim prijevodom { $date }; tekst još nije pregledao neko ko uređuje lako čitljive tekstove
safety-transparency-refresh = Osvježi listu
