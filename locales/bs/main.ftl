# Vägvisaren — bosanski / hrvatski / srpski.
# Status: translated by the team from Swedish with machine assistance; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – podrška i pomoć
language-label = Jezik

## Quick exit

quick-exit-button = Brzo napusti stranicu
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Za izlazak sa stranice pritisni Shift još jednom.
    [few] Za izlazak sa stranice pritisni Shift još { $remaining } puta.
   *[other] Za izlazak sa stranice pritisni Shift još { $remaining } puta.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Jezik „{ $code }“ ovdje još ne postoji, pa se stranica prikazuje na švedskom. Iznad možeš izabrati drugi jezik.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Šifra općine „{ $code }“ ne postoji, pa nijedna općina nije izabrana. Općinu možeš izabrati pod „Pronađi pomoć“.

## Start screen

start-title = Je li ovo nasilje? Ovdje to možeš u miru provjeriti.
start-lead = Odgovori na nekoliko pitanja o onome što se događa tebi ili nekome zbog koga brineš. Saznat ćeš kako se to može nazvati i gdje možeš dobiti pomoć.
start-duration = Traje otprilike pet do deset minuta. Pitanja možeš preskočiti i prestati kad god želiš.
start-private = Ništa od onoga što odgovoriš ne čuva se i ne šalje se nikome. Odgovori ostaju u tvom telefonu ili kompjuteru dok ne zatvoriš stranicu.
start-quick-exit = Dugme „Brzo napusti stranicu“ uvijek je na vrhu. Možeš i tri puta pritisnuti Shift.
start-emergency = Jesi li upravo sada u opasnosti? Pozovi 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Što želiš saznati?
flow-path-partner = O meni – moj partner ili bivši partner
flow-path-family = O meni – moja porodica ili rodbina
flow-path-exploitation = O meni – neko me tjera da prodajem seks ili upravlja mojim poslom, novcem ili dokumentima
flow-path-worried = O nekome zbog koga brinem
flow-path-used-violence = Moje ponašanje je povrijedilo ili uplašilo nekoga ko mi je blizak
flow-age-title = Koliko imaš godina?
flow-age-under-18 = Manje od 18 godina
flow-age-adult = 18 godina ili više
flow-about-child-title = Je li osoba zbog koje brineš mlađa od 18 godina?
flow-about-child-yes = Da, mlađa je od 18 godina
flow-about-child-no = Ne, ima 18 godina ili više
flow-about-child-unknown = Ne znam
flow-self-title = Kako sebe opisuješ?
flow-self-hint = Ne moraš odgovoriti. Odgovor služi samo da ti pokažemo podršku koja ti odgovara i ne čuva se.
flow-self-woman = Žena ili djevojka
flow-self-man = Muškarac ili mladić
flow-self-trans = Trans ili nebinarna osoba
flow-self-rather-not-say = Ne želim odgovoriti
flow-skip = Preskoči
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Pitanje { $current } od { $total }
flow-answer-yes = Da
flow-answer-sometimes = Ponekad
flow-answer-no = Ne
flow-answer-rather-not-say = Ne želim odgovoriti
flow-answers-label = Tvoj odgovor
flow-see-result = Pogledaj rezultat
flow-change-hint = Uvijek se možeš vratiti i promijeniti odgovor.


## Questions: partner or ex

q-partner-put-down = Vrijeđa li te partner ili bivši partner, ismijava li te ili čini da se osjećaš bezvrijedno?
q-partner-isolate = Određuje li partner ili bivši partner s kim se smiješ viđati, kuda smiješ ići ili što smiješ obući?
q-partner-phone = Čita li partner ili bivši partner tvoje poruke, traži li tvoje lozinke ili provjerava tvoj telefon?
q-partner-follow = Prati li te partner ili bivši partner, provjerava li preko aplikacije gdje si ili se pojavljuje tamo gdje jesi iako ti to ne želiš?
q-partner-images = Je li partner ili bivši partner širio, ili prijetio da će širiti, tvoje slike ili video zapise za koje ne želiš da ih drugi vide?
q-partner-money = Uzima li ti partner ili bivši partner novac ili upravlja njime tako da ga ne možeš koristiti po svojoj volji?
q-partner-money-youth = Uzima li ti partner ili bivši partner novac ili određuje što smiješ kupiti?
q-partner-debt = Je li partner ili bivši partner podigao kredite ili napravio dugove na tvoje ime, ili te spriječio da radiš ili se školuješ?
q-partner-debt-youth = Je li te partner ili bivši partner spriječio da ideš u školu, ili te natjerao da za njega kupuješ stvari ili posuđuješ novac?
q-partner-break = Je li partner ili bivši partner razbio, bacio ili uzeo tvoje stvari?
q-partner-pets = Je li partner ili bivši partner povrijedio ili prijetio da će povrijediti životinju do koje ti je stalo?
q-partner-threats = Prijeti li ti partner ili bivši partner, na primjer da će ti oduzeti djecu, širiti priče o tebi ili se pobrinuti da moraš napustiti Švedsku?
q-partner-hit = Je li te partner ili bivši partner udario, gurnuo, šutnuo ili silom držao?
q-partner-hurt = Jesu li ti ostale modrice, rane ili druge povrede od nečega što je učinio partner ili bivši partner?
q-partner-neck = Je li te partner ili bivši partner uhvatio za vrat, pritisnuo ti grlo ili učinio da teško dišeš?
q-partner-weapon = Je li ti partner ili bivši partner prijetio nožem, oružjem ili nečim drugim čime se može povrijediti?
q-partner-kill = Je li ti partner ili bivši partner prijetio da će ubiti tebe ili nekoga ko ti je blizak?
q-partner-worse = Jesu li se nasilje ili prijetnje u posljednjih godinu dana pogoršali ili počeli događati češće?
q-partner-pregnant = Ako si bila trudna: je li te partner ili bivši partner udario ili povrijedio za vrijeme trudnoće?
q-partner-sex = Je li te partner ili bivši partner prisilio na seks ili seksualne radnje protiv tvoje volje, ili vršio pritisak na tebe da na to pristaneš?
q-partner-sex-fear = Je li se dogodilo da pristaneš na seks zato što te bilo strah onoga što bi se inače moglo dogoditi?
q-partner-care = Ako ti je potrebna pomoć u svakodnevnom životu: je li ti partner ili bivši partner uskraćivao hranu, lijekove ili drugu pomoć koja ti je potrebna?
q-partner-aids = Je li ti partner ili bivši partner oduzeo pomagala, naočale, lijekove ili telefon, tako da se ne možeš snaći bez tuđe pomoći ili zatražiti pomoć?
q-partner-children-see = Ako kod kuće ima djece: jesu li vidjela ili čula nasilje ili prijetnje među vama?
q-partner-children-afraid = Jesu li se djeca uplašila, ili te pokušala zaštititi, kad je partner ili bivši partner bio ljut?
q-partner-children-threat = Je li partner ili bivši partner prijetio da će povrijediti djecu ili ti ih oduzeti?
q-partner-afraid = Bojiš li se partnera ili bivšeg partnera, čak i kad u tom trenutku ne radi ništa?
q-partner-careful = Razmišljaš li stalno o tome što govoriš i radiš, kako se partner ili bivši partner ne bi naljutio?
q-partner-leaving = Planiraš li napustiti partnera, ili se to nedavno dogodilo, i bojiš li se što bi on tada mogao učiniti?

## Questions: family or relatives

q-family-collective = Odlučuje li više osoba iz tvoje porodice ili rodbine zajedno o tome kako trebaš živjeti?
q-family-collective-youth = Odlučuje li o tvom životu još neko osim roditelja, na primjer braća, sestre ili rođaci?
q-family-friends = Određuje li porodica ili rodbina s kim se smiješ družiti, kako se smiješ oblačiti ili što smiješ raditi u slobodno vrijeme?
q-family-friends-youth = Određuje li porodica s kim se smiješ družiti, što smiješ obući ili što smiješ raditi poslije škole?
q-family-school = Sprječava li te porodica ili rodbina da se školuješ, radiš ili samostalno biraš obrazovanje?
q-family-school-youth = Sprječava li te porodica da ideš na nastavu, školske izlete ili aktivnosti u školi?
q-family-love = Određuje li porodica ili rodbina u koga se smiješ zaljubiti i s kim smiješ biti u vezi, ili smiješ li otvoreno pokazati ko si?
q-family-love-youth = Određuje li porodica u koga se smiješ zaljubiti ili s kim smiješ biti u vezi?
q-family-phone = Provjerava li neko iz porodice ili rodbine tvoj telefon ili poruke da vidi s kim razgovaraš?
q-family-phone-youth = Provjerava li neko u porodici tvoj telefon da vidi s kim pričaš?
q-family-siblings = Drže li te braća, sestre, rođaci ili drugi članovi rodbine na oku i prenose li porodici što radiš?
q-family-siblings-youth = Drže li te braća, sestre ili rođaci na oku u školi ili u gradu i govore li to porodici?
q-family-virginity = Zahtijeva li porodica ili rodbina da sačuvaš nevinost do braka, ili provjeravaju li je?
q-family-virginity-youth = Govori li ti porodica da moraš sačuvati nevinost, odnosno da ne smiješ imati seks, sve dok se ne vjenčaš?
q-family-marriage = Vrši li porodica ili rodbina pritisak na tebe da se zaručiš ili vjenčaš s osobom koja nije tvoj izbor, ili se to već dogodilo protiv tvoje volje?
q-family-marriage-youth = Želi li porodica da se zaručiš ili vjenčaš, iako ti to ne želiš?
q-family-abroad = Je li ti neko rekao da će te protiv tvoje volje poslati ili odvesti u drugu zemlju, ili se planira putovanje koje te brine?
q-family-abroad-youth = Je li ti neko rekao da će te poslati u drugu zemlju, ili idete na neko putovanje zbog kojeg brineš?
q-family-disown = Je li ti neko prijetio da će te porodica odbaciti ili prekinuti kontakt s tobom ako ne postupiš kako oni žele?
q-family-disown-youth = Je li ti neko rekao da te porodica više neće htjeti ako ne radiš ono što kažu?
q-family-put-down = Vrijeđa li te neko iz porodice ili rodbine, ismijava li te ili govori da ništa ne vrijediš?
q-family-put-down-youth = Govori li ti neko u porodici ružne stvari, viče li na tebe ili kaže da ništa ne valjaš?
q-family-money = Uzima li ti porodica ili rodbina platu, naknade ili novac, ili odlučuje o njima umjesto tebe?
q-family-money-youth = Uzima li ti neko u porodici novac, na primjer dodatak za školovanje (studiebidrag) ili platu od ljetnog posla?
q-family-money-denied = Uskraćuje li ti porodica novac za stvari koje su ti potrebne, kao što su hrana, odjeća ili prijevoz, da bi te držala pod kontrolom?
q-family-money-denied-youth = Odbija li ti porodica dati novac za stvari koje su ti potrebne, kao što su karta za autobus, odjeća ili školski pribor, da bi te kaznila?
q-family-break = Je li neko iz porodice ili rodbine razbio, bacio ili uzeo tvoje stvari?
q-family-break-youth = Je li ti neko u porodici uništio ili uzeo stvari da bi te kaznio?
q-family-pets = Je li neko iz porodice ili rodbine povrijedio ili prijetio da će povrijediti životinju do koje ti je stalo?
q-family-online = Je li neko iz porodice ili rodbine širio, ili prijetio da će širiti, slike, video zapise ili glasine o tebi na internetu?
q-family-online-youth = Je li neko u porodici objavio, ili prijetio da će objaviti, slike ili stvari o tebi na internetu?
q-family-tracking = Prati li te neko iz porodice ili rodbine, ili provjerava gdje si preko aplikacije ili preko drugih ljudi?
q-family-tracking-youth = Prati li te neko u porodici, ili provjerava gdje si preko aplikacije na telefonu?
q-family-hit = Je li te neko iz porodice ili rodbine udario, gurnuo, šutnuo ili silom držao?
q-family-hit-youth = Je li te neko u porodici udario, gurnuo, povukao za kosu ili silom držao?
q-family-neck = Je li te neko iz porodice ili rodbine uhvatio za vrat, pritisnuo ti grlo ili učinio da teško dišeš?
q-family-neck-youth = Je li te neko u porodici uhvatio za vrat ili učinio da teško dišeš?
q-family-weapon = Je li ti neko iz porodice ili rodbine prijetio nožem, oružjem ili nečim drugim čime se može povrijediti?
q-family-weapon-youth = Je li ti neko u porodici prijetio nožem ili nečim drugim čime te može povrijediti?
q-family-kill = Je li ti neko iz porodice ili rodbine prijetio da će ubiti tebe ili nekoga ko ti je blizak?
q-family-kill-youth = Je li neko u porodici rekao da će ubiti tebe ili nekoga koga voliš?
q-family-worse = Jesu li se nasilje ili prijetnje u posljednjih godinu dana pogoršali ili počeli događati češće?
q-family-worse-youth = Je li u posljednje vrijeme postalo gore, ili se to događa češće?
q-family-sex-touch = Je li te neko iz porodice ili rodbine dodirivao na seksualan način, ili ti protiv tvoje volje govorio ili pokazivao seksualne stvari?
q-family-sex-touch-youth = Je li te neko iz porodice ili rodbine dodirivao po tijelu na način koji ti se nije činio u redu, ili ti pokazivao seksualne slike?
q-family-sex-forced = Je li te neko iz porodice ili rodbine prisilio na seks ili seksualne radnje, ili vršio pritisak na tebe da na to pristaneš?
q-family-sex-forced-youth = Je li te neko iz porodice ili rodbine natjerao da učiniš nešto seksualno?
q-family-care = Ako ti je potrebna pomoć u svakodnevnom životu: je li ti osoba u porodici koja bi ti trebala pomagati uskraćivala hranu, lijekove ili drugu pomoć koja ti je potrebna?
q-family-care-youth = Događa li se da kod kuće ostaneš bez hrane, čiste odjeće ili pomoći kad se razboliš?
q-family-alone = Je li te neko iz porodice dugo ostavljao bez ikoga uz tebe, ili ti oduzeo pomagala, iako se ne možeš snaći bez tuđe pomoći?
q-family-alone-youth = Ostaješ li dugo kod kuće bez odraslih, ili moraš brinuti o sebi ili o braći i sestrama više nego što možeš?
q-family-children-see = Ima li u porodici djece koja kod kuće vide ili čuju nasilje ili prijetnje?
q-family-children-see-youth = Jeste li ti ili tvoja braća i sestre vidjeli ili čuli da neko u porodici udara ili prijeti nekome drugom?
q-family-children-threat = Je li ti neko iz porodice ili rodbine prijetio da će povrijediti djecu u porodici ili ti ih oduzeti?
q-family-children-threat-youth = Je li neko u porodici prijetio da će povrijediti tvoju braću i sestre ili drugu djecu u porodici?
q-family-afraid = Bojiš li se nekoga iz porodice ili rodbine, čak i kad se u tom trenutku ništa ne događa?
q-family-afraid-youth = Bojiš li se nekoga u porodici?
q-family-home = Bojiš li se onoga što će se dogoditi kad dođeš kući, ili ako porodica sazna nešto o tebi?
q-family-home-youth = Bojiš li se ići kući poslije škole, ili onoga što će se dogoditi ako porodica sazna nešto o tebi?

## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Vrši li neko pritisak na tebe ili te tjera da prodaješ seks, odnosno da imaš seks s drugima za novac?
q-exploit-sell-sex-youth = Je li te neko naveo da imaš seks ili radiš seksualne stvari u zamjenu za novac, stvari, drogu ili mjesto za spavanje?
q-exploit-sex-control = Odlučuje li neko drugi kada, gdje ili s kim ćeš imati seks za novac, ili uzima li neko drugi taj novac?
q-exploit-work = Radiš li mnogo više nego što ste se dogovorili, za vrlo malu platu ili bez plate?
q-exploit-work-youth = Tjera li te neko da radiš, prodaješ drogu ili obavljaš poslove za njih, bez plaćanja ili zato što te strah?
q-exploit-wage = Uzima li ti neko drugi platu ili novac, ili odlučuje što smiješ kupiti?
q-exploit-debt = Govori li ti neko da mu duguješ, na primjer za put, smještaj ili posao, i da taj dug moraš odraditi?
q-exploit-debt-youth = Govori li ti neko da mu duguješ novac ili usluge koje moraš vratiti tako što ćeš raditi stvari za njega?
q-exploit-debt-grows = Raste li dug stalno, na primjer zbog kazni, stanarine ili naknada, tako da ga se nikad ne možeš osloboditi?
q-exploit-papers = Je li ti neko uzeo pasoš, ličnu kartu ili boravišnu dozvolu i ne želi ih vratiti?
q-exploit-accounts = Upravlja li neko drugi tvojim BankID-om (švedskom digitalnom identifikacijom), ugovorima ili drugim dokumentima na tvoje ime, tako da ih ti ne možeš koristiti?
q-exploit-locked = Sprječava li te neko da izlaziš bez pratnje, viđaš koga želiš ili razgovaraš sa svojom porodicom?
q-exploit-phone = Uzima li ti neko telefon, čita li tvoje poruke ili prati gdje si?
q-exploit-online = Je li neko na internetu objavio oglase, slike ili video zapise s tobom bez tvog pristanka?
q-exploit-authorities = Je li ti neko rekao da će te policija ili vlasti kazniti ili protjerati iz zemlje ako progovoriš?
q-exploit-sex-forced = Je li te neko prisilio na seks ili seksualne radnje protiv tvoje volje?
q-exploit-sex-unsafe = Je li te neko prisilio da imaš seks bez kondoma, ili da radiš stvari na koje kažeš ne?
q-exploit-hit = Je li te neko ko upravlja tobom udario, gurnuo ili povrijedio?
q-exploit-neck = Je li te neko uhvatio za vrat, pritisnuo ti grlo ili učinio da teško dišeš?
q-exploit-weapon = Je li ti neko prijetio nožem, oružjem ili nečim drugim čime se može povrijediti?
q-exploit-kill = Je li ti neko prijetio da će ubiti tebe ili nekoga iz tvoje porodice, ovdje ili u drugoj zemlji?
q-exploit-worse = Jesu li se nasilje ili prijetnje u posljednje vrijeme pogoršali ili počeli događati češće?
q-exploit-afraid = Bojiš li se onoga što će se dogoditi ako kažeš ne, prestaneš ili odeš?
q-exploit-always-afraid = Bojiš li se osobe ili osoba koje upravljaju tobom, čak i kad nisu u blizini?

## Questions: someone you are worried about

q-worried-afraid = Čini li ti se da se osoba zbog koje brineš nekoga boji, ili da je strah ići kući?
q-worried-isolated = Je li osoba zbog koje brineš prestala viđati prijatelje ili porodicu, ili prestala raditi stvari u kojima je nekad uživala?
q-worried-controlled = Čini li ti se da neko odlučuje umjesto osobe zbog koje brineš, na primjer s kim se smije viđati ili kuda smije ići?
q-worried-careful = Čini li ti se da osoba zbog koje brineš stalno pazi što govori i radi, kako se neko ne bi naljutio?
q-worried-phone = Provjerava li neko telefon osobe zbog koje brineš, ili ona uvijek mora odmah odgovoriti i reći gdje je?
q-worried-followed = Prati li neko osobu zbog koje brineš, nadzire li je ili joj se stalno javlja, na internetu ili uživo?
q-worried-money = Upravlja li neko drugi novcem, platom ili bankovnom karticom osobe zbog koje brineš, tako da ona ne može sama odlučivati?
q-worried-debts = Ima li osoba zbog koje brineš dugove koje je napravio neko drugi, ili joj nedostaje novca za hranu i druge potrebne stvari?
q-worried-injuries = Primjećuješ li na osobi zbog koje brineš modrice ili povrede koje ona ne želi ili ne može objasniti?
q-worried-hit = Znaš li, iz onoga što vidiš, čuješ ili ti drugi kažu, da neko udara, gura ili silom drži osobu zbog koje brineš?
q-worried-neck = Je li ti poznato da je neko osobu zbog koje brineš uhvatio za vrat ili učinio da joj je teško disati?
q-worried-weapon = Je li neko prijetio osobi zbog koje brineš nožem, oružjem ili nečim drugim čime se može povrijediti?
q-worried-kill = Je li neko prijetio da će ubiti osobu zbog koje brineš, ili nekoga ko joj je blizak?
q-worried-worse = Čini li ti se da je u posljednje vrijeme gore, na primjer da ima više povreda, više prijetnji ili više straha?
q-worried-leaving = Je li osoba zbog koje brineš nedavno napustila partnera kojeg se boji, ili razmišlja o tome da ga napusti?
q-worried-sex = Je li ti osoba zbog koje brineš rekla da ju je neko prisilio na seks ili seksualne radnje, ili vršio pritisak na nju da na to pristane?
q-worried-sex-images = Vidiš li da neko širi seksualne slike osobe zbog koje brineš, ili s njom razgovara na seksualan način iako ona to ne želi?
q-worried-selling-sex = Misliš li da osoba zbog koje brineš prodaje seks, ili da je neko tjera na to?
q-worried-sex-for-things = Prima li osoba zbog koje brineš novac, poklone, drogu ili mjesto za spavanje od nekoga ko zauzvrat traži seks?
q-worried-honour = Određuje li porodica ili rodbina osobe zbog koje brineš s kim se ona smije družiti, što smije obući ili smije li se školovati?
q-worried-honour-love = Odlučuje li neko drugi s kim osoba zbog koje brineš smije biti u vezi ili s kim se smije vjenčati?
q-worried-trip = Je li osoba zbog koje brineš rekla da će je protiv njene volje zaručiti, vjenčati ili poslati u drugu zemlju?
q-worried-care = Ako je osobi zbog koje brineš potrebna pomoć u svakodnevnom životu: čini li ti se da ostaje bez hrane, lijekova ili druge pomoći koja joj je potrebna?
q-worried-care-youth = Čini li ti se da osoba zbog koje brineš ostaje bez hrane, čiste odjeće ili pomoći kad je bolesna?
q-worried-left-alone = Ostavljaju li osobu zbog koje brineš dugo samu ili bez njenih pomagala, iako se ne može snaći bez tuđe pomoći?
q-worried-children-home = Ima li u tom domu djece koja mogu vidjeti ili čuti nasilje ili prijetnje?
q-worried-children-scared = Djeluju li djeca u tom domu uplašeno, zabrinuto ili tužno na način koji te brine?

## Questions: I have hurt or frightened someone close to me

q-used-put-down = Je li se dogodilo da nekoga ko ti je blizak vrijeđaš, ponižavaš ili na njega vičeš tako da se uplaši?
q-used-control = Je li se dogodilo da odlučuješ s kim se partner ili neko iz tvoje porodice smije viđati, kuda smije ići ili što smije obući?
q-used-control-youth = Je li se dogodilo da odlučuješ s kim se smije viđati ili što smije obući neko s kim si u vezi, ili tvoj brat ili sestra?
q-used-phone = Je li se dogodilo da bez pitanja čitaš nečije poruke, tražiš nečije lozinke ili provjeravaš nečiji telefon?
q-used-images = Je li se dogodilo da širiš, ili prijetiš da ćeš širiti, nečije slike ili video zapise za koje ta osoba nije htjela da ih drugi vide?
q-used-money = Je li se dogodilo da nekome uzmeš novac, ili odlučuješ o tuđem novcu tako da ga ta osoba ne može sama koristiti?
q-used-money-work = Je li se dogodilo da partnera ili nekoga iz porodice spriječiš da radi ili se školuje, ili da podigneš kredit na ime te osobe?
q-used-money-work-youth = Je li se dogodilo da nekoga prisiliš da ti da novac ili stvari?
q-used-break = Je li se dogodilo da razbijaš ili bacaš stvari, ili udaraš u zidove ili vrata, kad te obuzme ljutnja?
q-used-pets = Je li se dogodilo da povrijediš životinju, ili prijetiš da ćeš je povrijediti, s namjerom da nekoga uplašiš?
q-used-hit = Je li se dogodilo da udariš, gurneš, šutneš ili silom držiš partnera ili nekoga iz porodice?
q-used-hit-youth = Je li se dogodilo da udariš, gurneš ili šutneš nekoga u porodici, na primjer roditelja, brata ili sestru, ili nekoga s kim si u vezi?
q-used-neck = Je li se ikad dogodilo da nekome stisneš vrat ili grlo?
q-used-weapon = Je li se dogodilo da nekome prijetiš nožem, oružjem ili nečim drugim čime se može povrijediti?
q-used-kill = Je li se dogodilo da kažeš da ćeš ubiti nekoga ko ti je blizak, čak i ako to nije bila tvoja namjera?
q-used-worse = Je li se to u posljednjih godinu dana događalo češće, ili postalo grublje?
q-used-sex = Je li se dogodilo da nekoga pritiskom ili silom navedeš na seks, ili da nastaviš iako je ta osoba rekla ne ili nije djelovala kao da želi?
q-used-sex-sulk = Je li se dogodilo da se naljutiš, duriš ili ponašaš prijeteći kad partner nije htio seks?
q-used-children-see = Jesu li djeca vidjela ili čula tvoje nasilje ili prijetnje kod kuće?
q-used-children-afraid = Je li se neko dijete uplašilo tebe, ili te pokušalo zaustaviti ili zaštititi nekoga, kad te obuzela ljutnja?
q-used-afraid = Misliš li da te se neko ko ti je blizak boji?
q-used-careful = Primjećuješ li da neko ko ti je blizak zašuti ili postane oprezan kako te ne bi naljutio?

## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Fizičko nasilje
category-physical-text = Kada te neko udara, gura, silom drži ili ti na drugi način nanosi povrede, to je nasilje. To je kažnjivo djelo i nikad nije tvoja krivica.
category-physical-text-worried = Kada neko udara, gura ili nanosi povrede osobi zbog koje brineš, to je nasilje i kažnjivo djelo. To nikad nije njena krivica.
category-physical-text-used = Ono što opisuješ je fizičko nasilje. Moguće je prestati i postoji pomoć.

category-psychological-title = Psihičko nasilje
category-psychological-text = Prijetnje, ismijavanje, kontrola i zabrana viđanja s drugima također su nasilje. To može boljeti jednako kao udarci.
category-psychological-text-worried = Prijetnje, ismijavanje i kontrola također su nasilje, čak i kad se ništa ne vidi. Zbog toga toj osobi može biti teško zatražiti pomoć.
category-psychological-text-used = Prijetnje, ponižavanje ili držanje nekoga pod kontrolom su psihičko nasilje. Možeš odlučiti prestati, a postoji i podrška koja ti u tome može pomoći.

category-sexual-title = Seksualno nasilje
category-sexual-text = Svaki seks mora biti dobrovoljan, i s partnerom. Kad te neko pritiskom ili silom navodi na nešto seksualno, to je nasilje i kažnjivo djelo.
category-sexual-text-worried = Niko ne smije nikoga pritiskom ili silom navoditi na nešto seksualno. To je nasilje i kažnjivo djelo, i u vezi.
category-sexual-text-used = Seks bez pristanka obje osobe je seksualno nasilje i kažnjivo djelo, i u vezi. Postoji pomoć ako želiš promijeniti svoje ponašanje.

category-economic-title = Ekonomsko nasilje
category-economic-text = Kad ti neko uzima novac, odlučuje o njemu ili te uvlači u dugove da bi tobom upravljao, to je ekonomsko nasilje.
category-economic-text-worried = Kad neko toj osobi uzima novac ili odlučuje o njemu da bi njome upravljao, to je ekonomsko nasilje.
category-economic-text-used = Uzimati nekome novac ili odlučivati o njemu da bi se tom osobom upravljalo je ekonomsko nasilje. To se može promijeniti i postoji podrška.

category-material-title = Materijalno nasilje
category-material-text = Kad ti neko uništava stvari ili povrijedi tvoju životinju da bi te uplašio, to je također nasilje.
category-material-text-used = Razbijanje stvari ili nanošenje boli životinjama u ljutnji plaši druge i oblik je nasilja. Moguće je naučiti druge načine da izađeš na kraj s ljutnjom.

category-digital-title = Digitalno nasilje
category-digital-text = Kad ti neko provjerava telefon, prati gdje si ili širi tvoje slike, to je nasilje, i kad se događa na internetu.
category-digital-text-worried = Kad neko toj osobi provjerava telefon, prati gdje je ili širi njene slike, to je nasilje, i kad se događa na internetu.
category-digital-text-used = Provjeravanje nečijeg telefona, praćenje gdje je neko ili širenje nečijih slika je digitalno nasilje. Moguće je prestati i postoji pomoć.

category-latent-title = Život u strahu
category-latent-text = Stalni strah i prilagođavanje kako bi se izbjeglo nasilje nazivaju se latentno (skriveno) nasilje. Strah je znak da nešto nije u redu, i nije tvoja krivica.
category-latent-text-worried = Stalni strah i prilagođavanje nazivaju se latentno (skriveno) nasilje. Strah te osobe važan je znak koji treba shvatiti ozbiljno.
category-latent-text-used = Kada se neko boji tebe i prilagođava ti se, to se naziva latentno (skriveno) nasilje. To što to vidiš važan je prvi korak.

category-neglect-title = Zanemarivanje
category-neglect-text = Ako ti je potrebna pomoć u svakodnevnom životu, imaš pravo na nju. Kad ti neko ne pomaže ili ti uzima ono što ti je potrebno, to je zanemarivanje.
category-neglect-text-worried = Kad osoba kojoj je potrebna pomoć ostaje bez hrane, lijekova ili brige, to je zanemarivanje. Ta osoba ima pravo na pomoć.

category-honour-title = Nasilje i ugnjetavanje u ime časti
category-honour-text = Kada porodica ili rodbina zajedno odlučuje s kim se smiješ družiti, što smiješ obući ili s kim ćeš se vjenčati, to se naziva nasilje i ugnjetavanje u ime časti. Imaš pravo odlučivati o svom životu.
category-honour-text-worried = Kada porodica ili rodbina zajedno upravlja životom te osobe, njenim prijateljstvima, odjećom ili brakom, to se naziva nasilje i ugnjetavanje u ime časti. Ta osoba ima pravo odlučivati o svom životu.

category-children-witnessing-title = Djeca koja vide ili čuju nasilje
category-children-witnessing-text = Djeca koja kod kuće vide ili čuju nasilje i sama su izložena nasilju. Imaju pravo na zaštitu i podršku.
category-children-witnessing-text-worried = Djeca koja kod kuće vide ili čuju nasilje i sama su izložena nasilju. Socialtjänsten (socijalna služba u općini) može pružiti podršku djetetu i porodici.
category-children-witnessing-text-used = Nasilje koje djeca vide ili čuju snažno djeluje na njih, čak i kad nisu u istoj prostoriji. To što tražiš pomoć dobro je i za njih.

category-coerced-sex-title = Pritisak da se prodaje seks
category-coerced-sex-text = Niko ne smije vršiti pritisak na tebe, prevariti te ili te prisiliti da prodaješ seks. U Švedskoj je kriv onaj ko kupuje seks ili na tome zarađuje, nikada ti.
category-coerced-sex-text-worried = Niko ne smije nikoga pritiskom, prevarom ili silom navesti da prodaje seks. Osoba koja prodaje seks u Švedskoj ne čini ništa kažnjivo i ima pravo na podršku.

category-debt-bondage-title = Dužničko ropstvo
category-debt-bondage-text = Kad ti neko kaže da imaš dug koji moraš odraditi i koji se nikad ne završava, to je način da se tobom upravlja. To može biti trgovina ljudima.

category-documents-taken-title = Oduzeti pasoš i dokumenti
category-documents-taken-text = Niko ne smije uzeti tvoj pasoš, ličnu kartu ili dokumente. Zadržavanje dokumenata da bi se tobom upravljalo znak je prisile.

## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Davljenje ili stezanje vrata ozbiljan je znak upozorenja, čak i ako se ne vide nikakvi tragovi.
danger-weapon = Prijetnje nožem, oružjem ili drugim predmetima ozbiljan su znak upozorenja.
danger-threat-to-kill = Prijetnje smrću uvijek treba shvatiti ozbiljno, čak i kad su izrečene u ljutnji.
danger-escalation = Kada se nasilje ili prijetnje pogoršavaju ili postaju sve češći, raste rizik od teškog nasilja.
danger-separation = Vrijeme oko rastanka može biti posebno opasno ako se druga osoba ponašala nasilno ili je htjela sve držati pod kontrolom.
danger-pregnancy = Nasilje za vrijeme trudnoće ozbiljan je znak upozorenja, i za trudnu osobu i za bebu.
danger-stalking = Kada neko nekoga stalno prati, nadzire ili mu se javlja, to je ozbiljan znak upozorenja i može biti kažnjivo djelo.
danger-forced-trip-or-marriage = Planovi za brak ili putovanje u drugu zemlju protiv nečije volje ozbiljan su znak upozorenja. Zaštitu je moguće dobiti prije putovanja.
danger-threats-to-children = Prijetnje djeci ozbiljan su znak upozorenja. Djeca imaju pravo na zaštitu.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".
## A list is a series of ids ending in -1, -2, -3 … in the order they are shown.

## Safety page

safety-title = Tvoja sigurnost na ovoj stranici
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

safety-transparency-title = Stranica ništa ne čuva i ništa ne šalje
safety-transparency-1 = Stranica ništa ne čuva u tvom telefonu ili kompjuteru, čak ni kolačiće. Jezik i općina ostaju zapamćeni samo dok ne zatvoriš stranicu.
safety-transparency-2 = Tvoji odgovori se nikad nikome ne šalju. Stranica preuzima samo iste datoteke kao i za sve ostale, bez obzira na to što odgovoriš.
safety-transparency-intro = Pogledaj i uvjeri se: lista ispod prikazuje svaki zahtjev koji je stranica poslala otkako je otvorena.
safety-transparency-empty = Stranica još nije poslala nijedan zahtjev.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Stranica je poslala { $count } zahtjev.
    [few] Stranica je poslala { $count } zahtjeva.
   *[other] Stranica je poslala { $count } zahtjeva.
}

## Help view (reachable without the questions)

help-title = Pronađi pomoć
help-intro = Ovdje su linije za podršku za cijelu Švedsku i kontakti u tvojoj općini. Ti odlučuješ koga ćeš kontaktirati i što ćeš ispričati.
help-emergency = Jesi li upravo sada u opasnosti? Pozovi 112.
help-not-sure = Možeš nazvati i ako ne znaš sigurno je li to nasilje. Dovoljno je da te nešto brine ili da želiš razgovarati.

help-what-happens-title = Ovo se događa kad pozoveš liniju za podršku
help-what-happens-1 = Neko te sluša i ozbiljno uzima ono što ispričaš.
help-what-happens-2 = Ti odlučuješ što želiš ispričati i možeš završiti razgovor kad god želiš.
help-what-happens-3 = Mnoge linije za podršku su besplatne, a kod mnogih ne moraš reći svoje ime. To piše uz svaki kontakt.
help-what-happens-4 = Mnoge linije za podršku mogu osigurati tumača, tako da možeš govoriti na svom jeziku.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = Za { $municipality } još nemamo vlastite kontakte. Pozovi centralu općine (växel) i traži da razgovaraš sa socialtjänsten (socijalna služba u općini). Izvan radnog vremena možeš tražiti socialjouren (dežurna socijalna služba), ili pozvati 112 ako je hitno.

help-municipality-label = Tvoja općina
help-municipality-hint = Upiši naziv svoje općine. Izbor ostaje u tvom telefonu ili kompjuteru i ne čuva se. Stranica preuzima kontakte za sve općine odjednom, tako da niko ne može vidjeti koja je izabrana.
help-municipality-no-match = Ne možemo pronaći općinu s tim nazivom. Provjeri kako je napisano ili upiši početak naziva.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Izabrana općina: { $municipality }.
help-municipality-change = Promijeni općinu

help-national-title = Podrška u cijeloj Švedskoj
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Podrška: { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Pozovi { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = Pošalji SMS na { $number }
contact-chat = Otvori chat
contact-web = Otvori web-stranicu
contact-open-always = Otvoreno 24 sata, svaki dan
contact-open-now = Sada otvoreno
contact-closed-now = Trenutno zatvoreno
contact-hours-unknown = Nismo mogli provjeriti radno vrijeme.
contact-free = Besplatno
contact-anonymous = Ne moraš reći svoje ime
contact-interpreter = Može se osigurati tumač
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Možeš govoriti i na ovim jezicima: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Provjereno { $date }
contact-for-professionals = Za stručnjake
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Za: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Svaki dan
days-weekdays = Ponedjeljak–petak
days-weekends = Subota–nedjelja
days-mon = Ponedjeljak
days-tue = Utorak
days-wed = Srijeda
days-thu = Četvrtak
days-fri = Petak
days-sat = Subota
days-sun = Nedjelja

## What kind of contact it is (short noun phrases)

kind-emergency = Broj za hitne slučajeve
kind-police = Policija
kind-helpline = Linija za podršku
kind-social-services = Socialtjänsten (socijalna služba u općini)
kind-social-services-on-call = Socialjouren (dežurna socijalna služba)
kind-womens-shelter = Kvinnojour (podrška i sklonište za žene)
kind-girls-shelter = Tjejjour (podrška za djevojke i mlade žene)
kind-mens-shelter = Podrška za muškarce
kind-youth-clinic = Ungdomsmottagning (savjetovalište i ambulanta za mlade)
kind-perpetrator-programme = Pomoć da se prestane s nasiljem
kind-victim-support = Podrška nakon zločina
kind-health = Zdravstvena zaštita

## Who the contact is for (phrases after “For: …”)

audience-everyone = Svi
audience-women = Žene
audience-men = Muškarci
audience-trans = Trans i nebinarne osobe
audience-young = Mladi
audience-children = Djeca mlađa od 18 godina
audience-honour = Osobe izložene nasilju i ugnjetavanju u ime časti
audience-trafficking = Osobe koje prodaju seks ili su izložene trgovini ljudima
audience-uses-violence = Osobe koje koriste nasilje i žele prestati
audience-worried-others = Osobe koje brinu zbog nekoga drugog
audience-professionals = Stručnjaci

## Result: fixed parts

result-title = Ovo opisuju tvoji odgovori
result-intro = Tvoji odgovori opisuju jedan ili više oblika nasilja. Ispod možeš pročitati kako se oni nazivaju i gdje možeš dobiti podršku.
result-none = Nijedan tvoj odgovor nije opisao nasilje. Ipak, ako ti se čini da nešto nije u redu, možeš razgovarati s nekim. Vjeruj svom osjećaju.
result-none-rather-not-say = Neka pitanja su ostala bez odgovora, i to je sasvim u redu. Svejedno možeš dobiti podršku, a ti odlučuješ što ćeš ispričati.

result-urgent-title = Ako si sada u opasnosti, pozovi 112
result-urgent-text = Reci gdje si i što se događa. Poziv je besplatan. Možeš nazvati i ako ne možeš slobodno govoriti. Tada ostani na liniji.
result-urgent-signs-intro = Ovo prikazujemo prvo jer tvoji odgovori spominju nešto što može biti ozbiljan znak upozorenja:

result-not-your-fault = Ono što ti se događa nije tvoja krivica. Niko nema pravo povrijediti te, prijetiti ti ili upravljati tobom.
result-right-to-support = Imaš pravo zatražiti podršku od socialtjänsten (socijalna služba u općini) u općini u kojoj se nalaziš, bez obzira na to odakle dolaziš i imaš li boravišnu dozvolu. Kontakt s njima ništa ne košta.

result-what-happens-title = Što se događa ako se javim?
result-what-happens-1 = Možeš početi tako što ćeš nazvati liniju za podršku da razgovaraš i dobiješ savjet. Ti odlučuješ što ćeš ispričati.
result-what-happens-2 = Socialtjänsten (socijalna služba u općini) ti može pružiti razgovore podrške, pomoć da isplaniraš kako da budeš na sigurnom i pomoć oko zaštićenog smještaja ako se moraš preseliti.
result-what-happens-3 = Možeš ići korak po korak. Slobodno pitaj što se događa dalje prije nego što ispričaš više.

result-contacts-title = Ovdje možeš dobiti podršku
result-show-local = Prikaži pomoć u mojoj blizini
result-start-over = Počni ispočetka
result-start-over-hint = Svi tvoji odgovori bit će zaboravljeni.

## Result: for someone who has hurt or frightened someone

result-used-intro = Tvoji odgovori opisuju postupke koji mogu povrijediti ili uplašiti nekoga ko ti je blizak.
result-used-responsibility = Odgovaranje na ova pitanja važan je korak. Nasilje je izbor, i ti možeš izabrati da prestaneš. Za to postoji pomoć, na primjer Välj att sluta (linija za podršku osobama koje žele prestati s nasiljem) i socialtjänsten (socijalna služba) u tvojoj općini.
result-used-urgent-text = Ako se bojiš da ćeš upravo sada nekoga povrijediti, ili ako je neko u opasnosti, pozovi 112.

## Result: for someone who is worried about another person

result-worried-intro = Tvoji odgovori opisuju da je osoba zbog koje brineš možda izložena nasilju. Ovdje možeš pročitati više i vidjeti gdje podršku možete dobiti i ti i ta osoba.

## For someone who is worried about another person

worried-title = Ako brineš zbog nekoga
worried-intro = Dobro je što ti je stalo. Ovdje su znakovi na koje treba obratiti pažnju, savjeti kako razgovarati s tom osobom i kome se možeš obratiti.

worried-signs-title = Znakovi na koje treba obratiti pažnju
worried-signs-1 = Osoba djeluje uplašeno, tužno ili zabrinuto i ponaša se drugačije nego prije.
worried-signs-2 = Rjeđe se viđa s prijateljima i porodicom nego prije, ili to ne smije.
worried-signs-3 = Neko je stalno zove ili joj piše i želi znati gdje je.
worried-signs-4 = Ima povrede koje ne želi ili ne može objasniti.
worried-signs-5 = Nema vlastitog novca, ili neko drugi drži njen pasoš ili telefon.
worried-signs-6 = Govori o braku ili putovanju koje nije sama izabrala.

worried-talk-title = Kako započeti razgovor
worried-talk-1 = Izaberi mjesto gdje možete razgovarati nasamo i u miru.
worried-talk-2 = Reci joj što primjećuješ i da ti je stalo. Možeš, na primjer, reći: „Čini mi se da ti u posljednje vrijeme nije dobro. Kako si?“
worried-talk-3 = Slušaj bez osuđivanja i vjeruj onome što ti ispriča.
worried-talk-4 = Pusti tu osobu da sama određuje tempo. Može proći neko vrijeme prije nego što bude htjela ispričati više.
worried-talk-5 = Reci joj da pomoć postoji i ponudi da budeš uz nju kad bude zvala ili tražila pomoć.

worried-dont-title = Ovo nemoj raditi
worried-dont-1 = Nemoj se sukobljavati s osobom koja koristi nasilje. To može povećati opasnost za osobu zbog koje brineš.
worried-dont-2 = Nemoj je tjerati da priča ili da ode. Ona najbolje zna što je sigurno.
worried-dont-3 = Nemoj se obraćati porodici ili rodbini ako sumnjaš na nasilje u ime časti. To tu osobu može dovesti u opasnost.
worried-dont-4 = Ne uzimaj za tumača nikoga iz porodice, rodbine ili njihovog kruga poznanika. Traži tumača koji ne poznaje porodicu.
worried-dont-5 = Nemoj slati poruke o nasilju na njen telefon ako ih neko drugi može pročitati.

worried-over-time-title = Biti tu na duže staze
worried-over-time-1 = Nastavi se javljati, čak i ako ta osoba sada ne želi razgovarati.
worried-over-time-2 = Uobičajeno je otići i vratiti se više puta. Pokaži da si i dalje tu, bez osuđivanja.
worried-over-time-3 = Pobrini se i za sebe. Mnoge linije za podršku primaju pozive i od onih koji brinu zbog nekoga drugog.

worried-child-title = Ako brineš zbog djeteta
worried-child-1 = Svako može podnijeti prijavu zabrinutosti (orosanmälan) socialtjänsten (socijalnoj službi) u općini u kojoj dijete živi. Ne moraš to znati sigurno. Dovoljno je da brineš.
worried-child-2 = Kao privatna osoba prijavu možeš podnijeti anonimno. Socialtjänsten je ta koja ispituje kako je djetetu.
worried-child-3 = Oni koji rade s djecom, na primjer u školi, zdravstvu ili u socialtjänsten, dužni su podnijeti prijavu.

## School staff page

staff-title = Za one koji rade u školi
staff-intro = Vägvisaren pomaže mladima da sami otkriju je li ono što proživljavaju nasilje i gdje mogu dobiti pomoć. Ovdje možeš pročitati kako podržati učenika ili učenicu.
staff-load-failed = Stranicu nije bilo moguće učitati. Provjeri vezu i pokušaj ponovo.
staff-what-1 = Alat postavlja pitanja o partneru, porodici i rodbini, o pritisku da se prodaje seks i o tome da je osoba sama nekoga povrijedila. Mlađi od 18 godina dobiju jednostavnija pitanja.
staff-what-2 = Odgovori pokazuju o kojim se oblicima nasilja može raditi, treba li učenik odmah pozvati 112 i koje linije za podršku i kontakti odgovaraju.
staff-what-3 = Ništa se ne čuva niti šalje. Ni ti ni škola ne možete vidjeti što je učenik odgovorio.

staff-talk-title = Razgovor s mladom osobom koja je možda izložena nasilju
staff-talk-1 = Saslušaj mirno, na mjestu gdje vas niko neće ometati. Pusti mladu osobu da ispriča svojim riječima.
staff-talk-2 = Vjeruj onome što ti mlada osoba govori i reci joj da je dobro što ti je to ispričala. To nikad nije njena krivica.
staff-talk-3 = Nemoj obećati da ćeš to čuvati kao tajnu. Iskreno reci da ćeš možda morati podnijeti prijavu socialtjänsten (socijalnoj službi u općini), i zašto.
staff-talk-4 = Nemoj kontaktirati porodicu ako sumnjaš na nasilje u ime časti. To može dovesti mladu osobu u opasnost.
staff-talk-5 = Nemoj koristiti tumača iz porodice ili njihove mreže poznanika. Naruči profesionalnog tumača, na primjer tumača preko telefona iz drugog grada, i pitaj mladu osobu osjeća li se sigurno s tim tumačem.
staff-talk-6 = Zapiši što je mlada osoba rekla, njenim vlastitim riječima, i kada je to rečeno. Nemoj zapisivati svoja tumačenja kao da su činjenice.

staff-same-day-title = Isti dan
staff-same-day-1 = Podnesi prijavu socialtjänsten istog dana. Nemoj čekati da saznaš više.
staff-same-day-2 = Obavijesti direktora škole ili školski zdravstveni tim (elevhälsan). Zapamti da je obaveza prijave ipak tvoja lična.
staff-same-day-3 = Ako je učenik u opasnosti ili se ne usuđuje ići kući, odmah pozovi socialtjänsten. Izvan radnog vremena pozovi socialjouren (dežurna socijalna služba), ili 112 ako je hitno.

staff-duty-title = Obaveza prijave (anmälningsplikt)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Svi koji rade u školi dužni su odmah obavijestiti socialtjänsten ako saznaju ili sumnjaju da je dijete ugroženo. To stoji u zakonu o socijalnoj službi, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Dovoljna je sumnja. Ne trebaju ti dokazi. Socialtjänsten je ta koja istražuje.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Obaveza je lična. Ne možeš je prenijeti na direktora škole, školskog savjetnika (kurator) ili nekoga drugog.
staff-duty-4 = Prijavu podnesi socialtjänsten u općini u kojoj dijete živi. Možeš nazvati ili pisati. Izvan radnog vremena pozovi socialjouren, ili 112 ako je hitno.

staff-lines-title = Linije za podršku stručnjacima
staff-lines-intro = Ovdje možeš dobiti savjet, na primjer o tome kako postupiti nakon što ti je učenik nešto ispričao.

staff-builder-title = Napravi link i plakat
staff-builder-intro = Izaberi općinu i jezike. Oni će biti u linku i na plakatu, a ništa drugo neće.
staff-builder-municipality = Općina
staff-builder-languages = Jezici (izaberi jedan, dva ili tri)
staff-builder-youth = Odmah otvori pitanja za mlade
staff-builder-link-label = Link za dijeljenje
staff-builder-copy = Kopiraj link
staff-builder-copied = Link je kopiran.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = QR kod koji vodi na { $link }
staff-builder-print = Isprintaj plakat
staff-builder-too-many-languages = Možeš izabrati najviše tri jezika.

## The poster (printed in several languages side by side)

poster-title = Događa li se kod kuće ili s partnerom nešto što te brine?
poster-line = Skeniraj kod. Ništa se ne čuva. Ti biraš na što ćeš odgovoriti.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Imaš manje od 18 godina? Možeš nazvati Bris (linija za podršku djeci i mladima) na { $number }.
poster-emergency = Jesi li upravo sada u opasnosti? Pozovi 112.

## About Vägvisaren

about-title = O stranici Vägvisaren
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren je samostalan alat, a ne ustanova vlasti. Ne možemo primati prijave niti odgovarati na pitanja o tvojoj situaciji.
about-free = Vägvisaren je besplatan. Ne moraš se prijavljivati niti reći ko si.
about-private = Ništa od onoga što odgovoriš ne čuva se niti šalje. Server ne čuva nikakve podatke o tome ko posjećuje stranicu.
about-contacts-title = Kako provjeravamo kontakte
about-contacts-1 = Svaki broj i radno vrijeme imaju izvor, na primjer vlastitu web-stranicu linije za podršku, i datum kada smo to provjerili.
about-contacts-2 = Nikad ne prikazujemo broj koji ne navodi nijedan izvor. Ako se nešto promijenilo, vrijedi ono što piše na web-stranici same linije za podršku.
about-languages-title = Jezici
about-languages-intro = Tekstovi se prvo pišu na švedskom, a zatim se prevode. Ovo je stanje prijevoda za svaki jezik:
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = izvorni jezik
status-reviewed = prevedeno, a prijevod je provjerio izvorni govornik
status-unreviewed = prevedeno, ali još nije provjereno

## Navigation

nav-start-questions = Počni odgovarati na pitanja
nav-help = Pronađi pomoć
nav-safety = Tvoja sigurnost
nav-staff = Za školsko osoblje
nav-about = O stranici
nav-back = Nazad
nav-next = Dalje
nav-home = Na početnu stranicu

## Safety page, added by the UI

safety-transparency-refresh = Osvježi listu
