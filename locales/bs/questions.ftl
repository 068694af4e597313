# Vägvisaren — the questions and the result.
# Fetched when someone starts the questions, together with main.ftl: the same file for everyone.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Questions: partner or ex

q-partner-put-down = Vrijeđa li te osoba s kojom jesi ili si bio/la u vezi, ismijava li te ili čini da se osjećaš bezvrijedno?
q-partner-put-down-youth = Naziva li te ružnim imenima neko s kim si u vezi ili s kim si izlazio/la, ismijava li te ili čini da se osjećaš loše?
q-partner-isolate = Određuje li osoba s kojom jesi ili si bio/la u vezi s kim se smiješ viđati, kuda smiješ ići ili što smiješ obući?
q-partner-isolate-youth = Određuje li neko s kim si u vezi ili s kim si izlazio/la s kojim se prijateljima smiješ družiti, kuda smiješ ići ili što smiješ obući?
q-partner-phone = Čita li osoba s kojom jesi ili si bio/la u vezi tvoje poruke, traži li tvoje lozinke ili provjerava tvoj telefon?
q-partner-phone-youth = Traži li neko s kim si u vezi ili s kim si izlazio/la da vidi tvoj telefon, tvoje poruke, tvoje lozinke ili gdje si?
q-partner-follow = Prati li te osoba s kojom jesi ili si bio/la u vezi, pojavljuje li se tamo gdje jesi, ili prati gdje si preko aplikacije ili dijeljenja lokacije bez tvog pristanka?
q-partner-follow-youth = Prati li te neko s kim si u vezi ili s kim si izlazio/la, ili se pojavljuje tamo gdje jesi iako ti to ne želiš?
q-partner-images = Je li osoba s kojom jesi ili si bio/la u vezi širila, ili prijetila da će širiti, tvoje slike ili video snimke za koje ne želiš da ih drugi vide?
q-partner-images-youth = Je li neko s kim si u vezi ili s kim si izlazio/la širio, ili prijetio da će širiti, tvoje slike ili video snimke za koje ne želiš da ih drugi vide?
q-partner-nudes = Je li te neko s kim si u vezi ili s kim si izlazio/la stalno nagovarao, pritiskao ili prevario da pošalješ gole ili seksi slike?
q-partner-older = Je li osoba s kojom si u vezi ili s kojom si izlazio/la punoljetna, ili mnogo starija od tebe?
q-partner-money = Uzima li ti osoba s kojom jesi ili si bio/la u vezi novac, ili odlučuje o njemu tako da ga ne možeš koristiti po svojoj volji?
q-partner-money-youth = Uzima li ti neko s kim si u vezi ili s kim si izlazio/la novac, ili određuje što smiješ kupiti?
q-partner-debt = Je li osoba s kojom jesi ili si bio/la u vezi podigla kredite ili napravila dugove na tvoje ime, ili te spriječila da radiš ili se školuješ?
q-partner-debt-youth = Je li te neko s kim si u vezi ili s kim si izlazio/la spriječio da ideš u školu, ili te natjerao da kupuješ stvari ili posuđuješ novac za tu osobu?
q-partner-threats = Prijeti li ti osoba s kojom jesi ili si bio/la u vezi, na primjer da će ti uzeti djecu, reći drugima za tvoju seksualnu orijentaciju ili rodni identitet, ili se pobrinuti da moraš napustiti Švedsku?
q-partner-threats-youth = Prijeti li ti neko s kim si u vezi ili s kim si izlazio/la, na primjer da će širiti priče o tebi ili reći drugima ako si gej, bi ili trans?
q-partner-break = Je li osoba s kojom jesi ili si bio/la u vezi razbila, bacila ili uzela tvoje stvari?
q-partner-break-youth = Je li neko s kim si u vezi ili s kim si izlazio/la uništio, bacio ili uzeo tvoje stvari?
q-partner-hit = Je li te osoba s kojom jesi ili si bio/la u vezi udarila, gurnula, šutnula ili silom držala?
q-partner-hit-youth = Je li te neko s kim si u vezi ili s kim si izlazio/la udario, gurnuo, šutnuo ili silom držao?
q-partner-neck = Je li te osoba s kojom jesi ili si bio/la u vezi davila, uhvatila za vrat ili pritiskala ti vrat tako da ti je bilo teško disati?
q-partner-neck-youth = Je li te neko s kim si u vezi ili s kim si izlazio/la davio, uhvatio za vrat ili učinio nešto od čega ti je bilo teško disati?
q-partner-weapon = Je li ti osoba s kojom jesi ili si bio/la u vezi prijetila nožem, oružjem ili nečim drugim što može povrijediti?
q-partner-weapon-youth = Je li ti neko s kim si u vezi ili s kim si izlazio/la prijetio nožem ili nečim drugim što može povrijediti?
q-partner-kill = Je li ti osoba s kojom jesi ili si bio/la u vezi prijetila da će ubiti tebe ili nekoga ko ti je blizak?
q-partner-kill-youth = Je li ti neko s kim si u vezi ili s kim si izlazio/la rekao da će ubiti tebe ili nekoga koga voliš?
q-partner-sex = Je li te osoba s kojom jesi ili si bio/la u vezi prisilila ili pritiskom navela na seks ili seksualne radnje protiv tvoje volje, ili te strah natjerao da pristaneš na seks?
q-partner-sex-youth = Je li te neko s kim si u vezi ili s kim si izlazio/la prisilio, pritiskao ili stalno nagovarao da radiš nešto seksualno protiv svoje volje?
q-partner-afraid = Bojiš li se osobe s kojom jesi ili si bio/la u vezi, čak i kad u tom trenutku ne radi ništa?
q-partner-afraid-youth = Bojiš li se nekoga s kim si u vezi ili s kim si izlazio/la?
q-partner-care = Ako ti je potrebna pomoć u svakodnevnom životu: je li ti osoba s kojom jesi ili si bio/la u vezi uskraćivala hranu, lijekove ili drugu pomoć koja ti je potrebna?
q-partner-aids = Je li ti osoba s kojom jesi ili si bio/la u vezi oduzela pomagala, naočale, lijekove, hormone ili telefon, tako da se ne možeš snaći bez tuđe pomoći ili zatražiti pomoć?
q-partner-children-see = Ako kod kuće ima djece: jesu li vidjela ili čula nasilje ili prijetnje prema tebi, ili se uplašila kad je osoba s kojom jesi ili si bio/la u vezi bila ljuta?
q-partner-worse = Jesu li se nasilje ili prijetnje u posljednjih godinu dana pogoršali ili počeli događati češće?
q-partner-worse-youth = Je li ono što ti ta osoba radi u posljednje vrijeme postalo gore, ili se događa češće?
q-partner-jealous = Je li osoba s kojom jesi ili si bio/la u vezi ljubomorna na način koji te plaši, na primjer optužuje te za nevjeru, ljuti se kad se viđaš s drugima ili govori da te niko drugi ne smije imati?
q-partner-jealous-youth = Je li neko s kim si u vezi ili s kim si izlazio/la toliko ljubomoran da te je strah, na primjer ljuti se kad razgovaraš s drugima ili govori da niko drugi ne smije biti s tobom?
q-partner-leaving = Jesi li nedavno otišao/la od osobe s kojom si bio/la u vezi, ili razmišljaš o tome da odeš, i bojiš li se što će ta osoba tada učiniti?
q-partner-leaving-youth = Jesi li nedavno prekinuo/la vezu, ili želiš prekinuti, i bojiš li se što će ta druga osoba tada učiniti?
q-partner-could-kill = Misliš li da bi te osoba s kojom jesi ili si bio/la u vezi mogla ubiti?
q-partner-could-kill-youth = Misliš li da bi te neko s kim si u vezi ili s kim si izlazio/la mogao ubiti?
q-partner-weapon-home = Ima li osoba s kojom jesi ili si bio/la u vezi oružje kod kuće, na primjer lovačko oružje, ili može li lako doći do oružja?
q-partner-weapon-home-youth = Ima li neko s kim si u vezi ili s kim si izlazio/la oružje, ili može li lako doći do oružja?
q-partner-suicide-threat = Je li osoba s kojom jesi ili si bio/la u vezi prijetila da će sebi oduzeti život, na primjer ako je ostaviš?
q-partner-suicide-threat-youth = Je li neko s kim si u vezi ili s kim si izlazio/la rekao da će sebi oduzeti život ako prekineš vezu ili ne uradiš ono što ta osoba želi?
q-partner-contact-ban = Je li te osoba s kojom jesi ili si bio/la u vezi kontaktirala ili došla do tebe iako ima kontaktförbud (zabranu kontakta)?
q-partner-contact-ban-youth = Je li te neko s kim si u vezi ili s kim si izlazio/la kontaktirao iako ta osoba ima zabranu da to radi?
q-partner-pregnant = Ako se to odnosi na tebe: je li te osoba s kojom jesi ili si bio/la u vezi udarila ili povrijedila za vrijeme tvoje trudnoće?
q-partner-pregnant-youth = Ako se to odnosi na tebe: je li te neko s kim si u vezi ili s kim si izlazio/la udario ili povrijedio za vrijeme tvoje trudnoće?
q-partner-pets = Je li osoba s kojom jesi ili si bio/la u vezi povrijedila ili prijetila da će povrijediti životinju do koje ti je stalo?
q-partner-pets-youth = Je li neko s kim si u vezi ili s kim si izlazio/la povrijedio ili prijetio da će povrijediti životinju do koje ti je stalo?
q-partner-careful = Razmišljaš li često o tome što govoriš i radiš, kako se osoba s kojom jesi ili si bio/la u vezi ne bi naljutila?
q-partner-careful-youth = Razmišljaš li često o tome što govoriš i radiš, kako se neko s kim si u vezi ili s kim si izlazio/la ne bi naljutio?
q-partner-children-threat = Je li osoba s kojom jesi ili si bio/la u vezi prijetila da će povrijediti djecu ili ih odvesti, na primjer u drugu zemlju?
q-partner-suicide-self = Razmišljaš li o tome da sebi oduzmeš život?
q-partner-suicide-self-youth = Događa li se da misliš kako želiš umrijeti, ili da razmišljaš o tome da sebi oduzmeš život?

## Questions: family or relatives

q-family-collective = Odlučuje li više osoba iz tvoje porodice ili rodbine zajedno o tome kako trebaš živjeti?
q-family-collective-youth = Odlučuje li o tvom životu još neko osim roditelja, na primjer braća, sestre ili rođaci?
q-family-friends = Određuje li porodica ili rodbina s kim se smiješ družiti, kako se smiješ oblačiti ili što smiješ raditi u slobodno vrijeme?
q-family-friends-youth = Imaš li manje slobode od drugih tvojih godina kad su u pitanju prijatelji, odjeća ili slobodno vrijeme, zato što porodica brine što će drugi reći ili brine za ugled porodice?
q-family-school = Sprječava li te porodica ili rodbina da se školuješ, radiš ili samostalno biraš obrazovanje?
q-family-school-youth = Zabranjuje li ti porodica da ideš na neke časove, na primjer seksualni odgoj ili plivanje, ili na školske izlete, jer misli da je to pogrešno ili sramotno?
q-family-love = Određuje li porodica ili rodbina u koga se smiješ zaljubiti i s kim smiješ biti u vezi, ili smiješ li otvoreno pokazati ko si?
q-family-love-youth = Određuje li porodica u koga se smiješ zaljubiti ili s kim smiješ biti u vezi kad odrasteš, ili ne smiješ otvoreno pokazati ko si?
q-family-marriage = Vrši li porodica ili rodbina pritisak na tebe da se zaručiš ili vjenčaš – makar samo vjerski ili unutar rodbine – s osobom koja nije tvoj izbor, ili se to već dogodilo protiv tvoje volje?
q-family-marriage-youth = Želi li porodica da se zaručiš ili vjenčaš, makar samo vjerski ili tako što te „obećaju“ nekome, iako ti to ne želiš, ili se vjenčanje već dogodilo?
q-family-abroad = Je li ti neko rekao da će te protiv tvoje volje poslati ili odvesti u drugu zemlju, ili se planira putovanje koje te brine?
q-family-abroad-youth = Je li ti neko rekao da će te poslati u drugu zemlju, ili idete na neko putovanje zbog kojeg brineš?
q-family-put-down = Vrijeđa li te neko iz porodice ili rodbine, ismijava li te ili govori da ništa ne vrijediš?
q-family-put-down-youth = Govori li ti neko u porodici često ružne stvari, viče li na tebe tako da te bude strah, ili govori da ništa ne vrijediš?
q-family-money = Uzima li ti neko iz porodice ili rodbine, ili neko ko ti pomaže, platu, penziju, naknade ili novac, ili ti uskraćuje novac koji ti treba, da bi tako upravljao tobom?
q-family-money-youth = Uzima li ti neko u porodici tvoj novac, ili ne dobiješ novac za ono što ti stvarno treba, kao što su hrana, karta za autobus ili odjeća?
q-family-break = Je li neko iz porodice ili rodbine razbio, bacio ili uzeo tvoje stvari?
q-family-break-youth = Je li neko u porodici u ljutnji razbio ili uništio tvoje stvari, tako da te je bilo strah?
q-family-tracking = Prati li te neko iz porodice ili rodbine, ili provjerava gdje si preko aplikacije, iako ti to ne želiš?
q-family-tracking-youth = Prati li te neko u porodici, ili stalno provjerava gdje si, na način koji te plaši ili te sprječava da živiš svoj život?
q-family-hit = Je li te neko iz porodice ili rodbine udario, gurnuo, šutnuo ili silom držao?
q-family-hit-youth = Je li te neko u porodici udario, gurnuo, povukao za kosu ili silom držao?
q-family-neck = Je li te neko iz porodice ili rodbine davio, uhvatio za vrat ili pritiskao ti vrat tako da ti je bilo teško disati?
q-family-neck-youth = Je li te neko u porodici davio, uhvatio za vrat ili učinio nešto od čega ti je bilo teško disati?
q-family-weapon = Je li ti neko iz porodice ili rodbine prijetio nožem, oružjem ili nečim drugim što može povrijediti?
q-family-weapon-youth = Je li ti neko u porodici prijetio nožem ili nečim drugim što može povrijediti?
q-family-kill = Je li ti neko iz porodice ili rodbine prijetio da će ubiti tebe ili nekoga ko ti je blizak?
q-family-kill-youth = Je li neko u porodici rekao da će ubiti tebe ili nekoga koga voliš?
q-family-sex-touch = Je li te neko iz porodice ili rodbine dodirivao na seksualan način, ili ti protiv tvoje volje govorio ili pokazivao seksualne stvari?
q-family-sex-touch-youth = Je li te neko iz porodice ili rodbine dodirivao po tijelu na način koji ti se nije činio u redu, ili ti pokazivao seksualne slike?
q-family-sex-forced = Je li te neko iz porodice ili rodbine prisilio na seks ili seksualne radnje, ili vršio pritisak na tebe da na to pristaneš?
q-family-sex-forced-youth = Je li te neko iz porodice ili rodbine natjerao da učiniš nešto seksualno?
q-family-care = Ako ti je potrebna pomoć u svakodnevnom životu: je li ti osoba iz porodice koja bi ti trebala pomagati uskraćivala hranu, lijekove ili pomoć, ili te dugo ostavljala bez ikoga, iako se bez pomoći ne možeš snaći?
q-family-care-youth = Događa li se da ostaneš bez hrane, čiste odjeće ili pomoći kad se razboliš, ili da dugo ostaješ kod kuće bez ikoga?
q-family-carer = Ako ti neko pomaže u svakodnevnom životu, na primjer lični asistent ili neko iz kućne njege (hemtjänsten): je li te ta osoba povrijedila, prijetila ti ili te ponižavala, uzimala ti novac ili ti uskraćivala pomoć?
q-family-afraid = Bojiš li se nekoga iz porodice ili rodbine, ili onoga što će se dogoditi kad dođeš kući?
q-family-afraid-youth = Bojiš li se nekoga u porodici, ili se bojiš ići kući?
q-family-children-see = Ima li u porodici djece koja kod kuće vide ili čuju nasilje ili prijetnje?
q-family-children-see-youth = Jeste li ti ili tvoja braća i sestre vidjeli ili čuli da neko u porodici udara ili prijeti nekome drugom?
q-family-phone = Provjerava li neko iz porodice ili rodbine tvoj telefon ili poruke da vidi s kim razgovaraš?
q-family-phone-youth = Provjerava li neko u porodici tvoj telefon da vidi s kim pričaš?
q-family-siblings = Drže li te braća, sestre, rođaci ili drugi članovi rodbine na oku i prenose li porodici što radiš?
q-family-siblings-youth = Drže li te braća, sestre ili rođaci na oku u školi ili u gradu i govore li to porodici?
q-family-virginity = Zahtijeva li porodica ili rodbina da sačuvaš nevinost do braka, ili provjeravaju li je?
q-family-virginity-youth = Govori li ti porodica da moraš sačuvati nevinost, odnosno da ne smiješ imati seks, sve dok se ne vjenčaš?
q-family-disown = Je li ti neko prijetio da će te porodica odbaciti ili prekinuti kontakt s tobom ako ne postupiš kako oni žele?
q-family-disown-youth = Je li ti neko rekao da te porodica više neće htjeti ako ne radiš ono što kažu?
q-family-partner-threat = Je li neko iz porodice ili rodbine prijetio osobi s kojom si u vezi, ili osobi s kojom želiš biti u vezi?
q-family-partner-threat-youth = Je li neko u porodici prijetio osobi s kojom si u vezi ili koja ti se sviđa?
q-family-honour-before = Je li neko iz tvoje porodice ili rodbine ranije bio povrijeđen, ugrožen prijetnjama, prisilno vjenčan ili poslan negdje zato što nije živio onako kako je porodica htjela?
q-family-honour-before-youth = Je li se nešto dogodilo sestri, bratu, rođaku, rođaki ili nekome drugom u porodici zato što nisu radili ono što je porodica htjela, na primjer da su povrijeđeni ili poslani negdje?
q-family-cutting = Je li ti neko rekao da će te genitalno osakatiti – to se nekad zove obrezivanje djevojčica ili da te treba „očistiti“ – odnosno da će ti neko rezati intimne dijelove tijela, ili ti se to već dogodilo?
q-family-online = Je li neko iz porodice ili rodbine širio, ili prijetio da će širiti, slike, video zapise ili glasine o tebi na internetu?
q-family-online-youth = Je li neko u porodici objavio, ili prijetio da će objaviti, slike ili stvari o tebi na internetu?
q-family-worse = Jesu li se nasilje ili prijetnje u posljednjih godinu dana pogoršali ili počeli događati češće?
q-family-worse-youth = Je li ono što se događa kod kuće u posljednje vrijeme postalo gore, ili se događa češće?
q-family-could-kill = Misliš li da bi te neko iz tvoje porodice ili rodbine mogao ubiti?
q-family-could-kill-youth = Misliš li da bi te neko u porodici mogao ubiti?
q-family-weapon-home = Ima li tvoja porodica oružje kod kuće, na primjer lovačko oružje, ili može li osoba koja ti prijeti lako doći do oružja?
q-family-weapon-home-youth = Ima li kod kuće oružja, ili može li neko u porodici lako doći do oružja?
q-family-contact-ban = Je li te neko iz porodice ili rodbine kontaktirao ili došao do tebe iako ima kontaktförbud (zabranu kontakta)?
q-family-children-threat = Je li neko iz porodice ili rodbine prijetio da će povrijediti djecu u porodici ili ih odvesti?
q-family-children-threat-youth = Je li neko u porodici prijetio da će povrijediti tvoju braću i sestre ili drugu djecu u porodici?
q-family-suicide-self = Razmišljaš li o tome da sebi oduzmeš život?
q-family-suicide-self-youth = Događa li se da misliš kako želiš umrijeti, ili da razmišljaš o tome da sebi oduzmeš život?

## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Vrši li neko pritisak na tebe ili te tjera da prodaješ seks, odnosno da imaš seks s drugima za novac?
q-exploit-sell-sex-youth = Je li te neko naveo da imaš seks ili radiš seksualne stvari u zamjenu za novac, stvari, drogu ili mjesto za spavanje?
q-exploit-job-promise = Je li te neko doveo ovamo ili naveo da počneš raditi obećanjima o poslu, plati ili smještaju koja se poslije nisu ispunila?
q-exploit-job-promise-youth = Je li ti neko obećao novac, posao ili nešto drugo, a onda tražio da radiš nešto protiv svoje volje?
q-exploit-work = Radiš li mnogo više nego što ste se dogovorili, ili dobijaš vrlo malu platu ili nikakvu?
q-exploit-work-youth = Tjera li te neko da radiš ili obavljaš poslove za njih bez plate, ili zato što te strah?
q-exploit-begging-crime = Tjera li te neko ili vrši pritisak na tebe da prosiš, kradeš, prodaješ drogu ili činiš druga kažnjiva djela?
q-exploit-begging-crime-youth = Tjera li te neko da za njih prodaješ drogu, kradeš, skrivaš stvari ili radiš druge stvari koje su protiv zakona?
q-exploit-debt = Govori li ti neko da im duguješ, na primjer za put, smještaj ili posao, i da taj dug moraš odraditi?
q-exploit-debt-youth = Govori li ti neko da im duguješ novac ili usluge koje moraš vratiti tako što ćeš raditi stvari za njih?
q-exploit-papers = Je li ti neko uzeo pasoš, ličnu kartu ili boravišnu dozvolu i ne želi ih vratiti?
q-exploit-papers-youth = Je li ti neko uzeo pasoš ili ličnu kartu i ne želi ih vratiti?
q-exploit-locked = Sprječava li te neko da izlaziš bez pratnje, viđaš koga želiš ili razgovaraš sa svojom porodicom?
q-exploit-locked-youth = Sprječava li te neko da izlaziš bez pratnje, viđaš prijatelje ili razgovaraš sa svojom porodicom?
q-exploit-sextortion = Je li ti neko prijetio da će širiti tvoje seksualne slike ili snimke ako ne platiš, ne pošalješ još slika ili ne uradiš ono što ta osoba kaže?
q-exploit-sextortion-youth = Je li ti neko prijetio da će širiti tvoje slike ili snimke ako ne pošalješ još, ne platiš ili ne uradiš ono što ta osoba kaže?
q-exploit-grooming = Je li ti neko koga poznaješ samo s interneta, a ko je možda stariji od tebe, tražio seksualne slike, pričao s tobom o seksu ili htio da se tajno nađete?
q-exploit-sex-forced = Je li te neko prisilio na seks ili seksualne radnje protiv tvoje volje?
q-exploit-sex-forced-youth = Je li te neko natjerao da radiš nešto seksualno protiv svoje volje?
q-exploit-hit = Je li te neko ko upravlja tobom udario, gurnuo ili povrijedio?
q-exploit-hit-youth = Je li te neko ko odlučuje o tebi udario, gurnuo ili povrijedio?
q-exploit-neck = Je li te neko davio, uhvatio za vrat ili pritiskao ti vrat tako da ti je bilo teško disati?
q-exploit-neck-youth = Je li te neko davio, uhvatio za vrat ili učinio nešto od čega ti je bilo teško disati?
q-exploit-weapon = Je li ti neko prijetio nožem, oružjem ili nečim drugim što može povrijediti?
q-exploit-weapon-youth = Je li ti neko prijetio nožem ili nečim drugim što može povrijediti?
q-exploit-kill = Je li ti neko prijetio da će ubiti tebe ili nekoga iz tvoje porodice, ovdje ili u drugoj zemlji?
q-exploit-kill-youth = Je li neko rekao da će ubiti tebe ili nekoga iz tvoje porodice?
q-exploit-afraid = Bojiš li se onoga što će se dogoditi ako kažeš ne, prestaneš ili odeš?
q-exploit-afraid-youth = Bojiš li se onoga što će se dogoditi ako kažeš ne ili prestaneš raditi ono što oni žele?
q-exploit-wage = Uzima li ti neko drugi platu ili novac, ili odlučuje što smiješ kupiti?
q-exploit-wage-youth = Uzima li ti neko novac koji dobiješ, ili odlučuje što smiješ kupiti?
q-exploit-living = Živiš li tamo gdje radiš, ili tamo gdje neko drugi odluči, a ne možeš se odseliti kad želiš?
q-exploit-living-youth = Moraš li živjeti ili spavati tamo gdje neko drugi odluči, a ne možeš otići kad želiš?
q-exploit-moved = Seli li te neko iz stana u stan, iz grada u grad ili iz zemlje u zemlju, a da ti o tome ne odlučuješ?
q-exploit-moved-youth = Šalje li te ili vozi neko na različita mjesta, u stanove ili gradove, a da ti o tome ne odlučuješ?
q-exploit-authorities = Je li ti neko rekao da će te policija ili vlasti kazniti ili protjerati iz zemlje ako progovoriš?
q-exploit-authorities-youth = Je li ti neko rekao da će te policija ili socialtjänsten (socijalna služba u općini) kazniti ako nekome ispričaš?
q-exploit-sex-control = Odlučuje li neko drugi kada, gdje ili s kim ćeš imati seks za novac, ili uzima li neko drugi taj novac?
q-exploit-sex-control-youth = Odlučuje li neko drugi kada i s kim ćeš raditi seksualne stvari, ili uzima li neko drugi ono što za to dobiješ?
q-exploit-debt-grows = Raste li dug stalno, na primjer zbog kazni, stanarine ili naknada, tako da ga se nikad ne možeš osloboditi?
q-exploit-debt-grows-youth = Govore li ti da duguješ sve više i više, tako da tom dugu nikad nema kraja?
q-exploit-accounts = Upravlja li neko drugi tvojim BankID-om (švedskom digitalnom identifikacijom), ugovorima ili drugim dokumentima na tvoje ime, tako da ih ti ne možeš koristiti?
q-exploit-accounts-youth = Drži li neko drugi tvoju bankovnu karticu, tvoj BankID ili tvoj telefon, tako da ih ne možeš koristiti?
q-exploit-phone = Uzima li ti neko telefon, čita li tvoje poruke ili prati gdje si?
q-exploit-phone-youth = Uzima li ti neko telefon, čita li tvoje poruke ili provjerava gdje si?
q-exploit-online = Je li neko na internetu objavio oglase, slike ili video zapise s tobom bez tvog pristanka?
q-exploit-online-youth = Je li neko na internetu objavio slike, snimke ili oglase o tebi bez tvog pristanka?
q-exploit-sex-unsafe = Je li te neko prisilio da imaš seks bez kondoma, ili da radiš stvari na koje kažeš ne?
q-exploit-sex-unsafe-youth = Je li te neko prisilio da imaš seks bez kondoma, ili da radiš stvari na koje kažeš ne?
q-exploit-worse = Jesu li se nasilje ili prijetnje u posljednje vrijeme pogoršali ili počeli događati češće?
q-exploit-worse-youth = Je li ono što ti rade u posljednje vrijeme postalo gore, ili se događa češće?
q-exploit-always-afraid = Bojiš li se osobe ili osoba koje upravljaju tobom, čak i kad nisu u blizini?
q-exploit-always-afraid-youth = Bojiš li ih se, čak i kad nisu u blizini?
q-exploit-suicide-self = Razmišljaš li o tome da sebi oduzmeš život?
q-exploit-suicide-self-youth = Događa li se da misliš kako želiš umrijeti, ili da razmišljaš o tome da sebi oduzmeš život?

## Questions: someone you are worried about

q-worried-afraid = Čini li ti se da se osoba zbog koje brineš nekoga boji, ili da je strah ići kući?
q-worried-isolated = Je li osoba zbog koje brineš prestala viđati prijatelje ili porodicu, ili prestala raditi stvari u kojima je nekad uživala?
q-worried-controlled = Čini li ti se da neko odlučuje umjesto osobe zbog koje brineš, na primjer s kim se smije viđati ili kuda smije ići?
q-worried-phone = Provjerava li neko telefon osobe zbog koje brineš, ili ta osoba uvijek mora odmah odgovoriti i reći gdje je?
q-worried-followed = Prati li neko osobu zbog koje brineš, nadzire li je ili joj se stalno javlja, na internetu ili uživo, iako ta osoba to ne želi?
q-worried-money = Upravlja li neko drugi novcem, platom ili bankovnom karticom osobe zbog koje brineš, tako da ta osoba ne može sama odlučivati?
q-worried-injuries = Primjećuješ li na osobi zbog koje brineš modrice ili povrede koje ta osoba ne želi ili ne može objasniti?
q-worried-hit = Znaš li, iz onoga što vidiš, čuješ ili ti drugi kažu, da neko udara, gura ili silom drži osobu zbog koje brineš?
q-worried-neck = Je li ti poznato da je neko davio osobu zbog koje brineš, uhvatio je za vrat ili učinio nešto od čega joj je bilo teško disati?
q-worried-weapon = Je li neko prijetio osobi zbog koje brineš nožem, oružjem ili nečim drugim što može povrijediti?
q-worried-kill = Je li neko prijetio da će ubiti osobu zbog koje brineš, ili nekoga ko joj je blizak?
q-worried-sex = Je li ti osoba zbog koje brineš rekla da ju je neko prisilio na seks ili seksualne radnje, ili vršio pritisak na nju da na to pristane?
q-worried-selling-sex = Misliš li da osoba zbog koje brineš prodaje seks, ili da je neko tjera na to?
q-worried-sex-for-things = Prima li osoba zbog koje brineš novac, poklone, drogu ili mjesto za spavanje od nekoga ko zauzvrat traži seks?
q-worried-honour = Određuje li porodica ili rodbina osobe zbog koje brineš s kim se ta osoba smije družiti, što smije obući ili smije li se školovati?
q-worried-trip = Je li osoba zbog koje brineš rekla da će je protiv njene volje zaručiti, vjenčati ili poslati u drugu zemlju, ili je već vjenčana protiv svoje volje?
q-worried-cutting = Je li ti poznato da neko planira genitalno sakaćenje djeteta – odnosno rezanje genitalija djevojčice, što se nekad naziva obrezivanje – ili da dijete treba otputovati u drugu zemlju da bi se to uradilo?
q-worried-care = Ako je osobi zbog koje brineš potrebna pomoć u svakodnevnom životu: čini li ti se da ostaje bez hrane, lijekova ili druge pomoći koja joj je potrebna?
q-worried-care-youth = Čini li ti se da osoba zbog koje brineš ostaje bez hrane, čiste odjeće ili pomoći kad je bolesna?
q-worried-children-home = Ima li u tom domu djece koja mogu vidjeti ili čuti nasilje ili prijetnje?
q-worried-suicide = Je li osoba zbog koje brineš rekla da ne želi živjeti, ili govorila o tome da sebi oduzme život?
q-worried-careful = Čini li ti se da osoba zbog koje brineš često razmišlja o tome što govori i radi, kako se neko ne bi naljutio?
q-worried-debts = Ima li osoba zbog koje brineš dugove koje je napravio neko drugi, ili joj nedostaje novca za hranu i druge potrebne stvari?
q-worried-worse = Čini li ti se da je u posljednje vrijeme gore, na primjer da ima više povreda, više prijetnji ili više straha?
q-worried-leaving = Je li osoba zbog koje brineš nedavno otišla od nekoga s kim je bila u vezi, a koga se boji, ili razmišlja o tome da ode?
q-worried-could-kill = Misliš li, ili je osoba zbog koje brineš rekla, da bi je neko mogao ubiti?
q-worried-sex-images = Je li ti poznato da neko širi seksualne slike osobe zbog koje brineš, ili prijeti da će to uraditi?
q-worried-honour-love = Odlučuje li neko drugi s kim osoba zbog koje brineš smije biti u vezi ili s kim se smije vjenčati?
q-worried-left-alone = Ostavljaju li osobu zbog koje brineš dugo samu ili bez njenih pomagala, iako se ne može snaći bez tuđe pomoći?
q-worried-children-scared = Djeluju li djeca u tom domu uplašeno, zabrinuto ili tužno na način koji te brine?

## Questions: I have hurt or frightened someone close to me

q-used-put-down = Je li se dogodilo da nekoga ko ti je blizak vrijeđaš, ponižavaš ili vičeš na tu osobu tako da se uplaši?
q-used-control = Je li se dogodilo da odlučuješ s kim se osoba s kojom si u vezi ili neko iz tvoje porodice smije viđati, kuda smije ići ili što smije obući?
q-used-control-youth = Je li se dogodilo da odlučuješ s kim se smije viđati ili što smije obući neko s kim si u vezi, ili tvoj brat ili sestra?
q-used-phone = Je li se dogodilo da bez pitanja čitaš nečije poruke, tražiš nečije lozinke ili provjeravaš nečiji telefon?
q-used-images = Je li se dogodilo da širiš, ili prijetiš da ćeš širiti, nečije slike ili video zapise za koje ta osoba nije htjela da ih drugi vide?
q-used-money = Je li se dogodilo da nekome uzmeš novac, ili odlučuješ o tuđem novcu tako da ga ta osoba ne može sama koristiti?
q-used-break = Je li se dogodilo da razbijaš ili bacaš stvari, ili udaraš u zidove ili vrata, kad te obuzme ljutnja?
q-used-hit = Je li se dogodilo da udariš, gurneš, šutneš ili silom držiš osobu s kojom si u vezi ili nekoga iz porodice?
q-used-hit-youth = Je li se dogodilo da udariš, gurneš ili šutneš nekoga u porodici, na primjer roditelja, brata ili sestru, ili nekoga s kim si u vezi?
q-used-neck = Je li se ikad dogodilo da nekoga daviš, uhvatiš nekoga za vrat ili nekome pritiskaš vrat?
q-used-weapon = Je li se dogodilo da nekome prijetiš nožem, oružjem ili nečim drugim što može povrijediti?
q-used-weapon-youth = Je li se dogodilo da nekome u porodici ili nekome s kim si u vezi prijetiš nožem ili nečim drugim što može povrijediti?
q-used-kill = Je li se dogodilo da kažeš da ćeš ubiti nekoga ko ti je blizak, čak i ako to nije bila tvoja namjera?
q-used-kill-youth = Je li se dogodilo da prijetiš da ćeš ubiti nekoga u porodici ili nekoga s kim si u vezi, tako da se ta osoba uplašila?
q-used-sex = Je li se dogodilo da nekoga pritiskom ili silom navedeš na seks, ili da nastaviš iako je ta osoba rekla ne ili nije djelovala kao da želi?
q-used-children-see = Jesu li djeca vidjela ili čula tvoje nasilje ili prijetnje kod kuće?
q-used-children-see-youth = Jesu li mlađa braća i sestre ili druga djeca vidjela ili čula tvoje nasilje ili prijetnje kod kuće?
q-used-afraid = Misliš li da te se neko ko ti je blizak boji?
q-used-exposed = Događa li se i da tebe neko povrijedi, prijeti ti ili upravlja tobom, kod kuće ili u vezi?
q-used-money-work = Je li se dogodilo da osobu s kojom si u vezi ili nekoga iz porodice spriječiš da radi ili se školuje, ili da podigneš kredit na ime te osobe?
q-used-money-work-youth = Je li se dogodilo da nekoga prisiliš da ti da novac ili stvari?
q-used-pets = Je li se dogodilo da povrijediš životinju, ili prijetiš da ćeš je povrijediti, s namjerom da nekoga uplašiš?
q-used-worse = Je li se to u posljednjih godinu dana događalo češće, ili postalo grublje?
q-used-sex-sulk = Je li se dogodilo da se naljutiš, duriš ili ponašaš prijeteći kad osoba s kojom si u vezi nije htjela seks?
q-used-contact-ban = Je li se dogodilo da nekoga kontaktiraš, ili odeš tamo gdje je ta osoba, iako imaš kontaktförbud (zabranu kontakta)?
q-used-children-afraid = Je li se neko dijete uplašilo tebe, ili te pokušalo zaustaviti ili zaštititi nekoga, kad te obuzela ljutnja?
q-used-careful = Primjećuješ li da neko ko ti je blizak zašuti ili postane oprezan kako te ne bi naljutio?
q-used-suicide-self = Razmišljaš li o tome da sebi oduzmeš život?

## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Fizičko nasilje
category-physical-text = Kada te neko udara, gura, silom drži ili ti na drugi način nanosi povrede, to je nasilje. To je kažnjivo djelo i nikad nije tvoja krivica.
category-physical-text-worried = Kada neko udara, gura ili nanosi povrede osobi zbog koje brineš, to je nasilje i kažnjivo djelo. To nikad nije krivica te osobe.
category-physical-text-used = Ono što opisuješ je fizičko nasilje. Moguće je prestati i postoji pomoć.
category-psychological-title = Psihičko nasilje
category-psychological-text = Prijetnje, ismijavanje, kontrola i zabrana viđanja s drugima također su nasilje. To može boljeti jednako kao udarci.
category-psychological-text-worried = Prijetnje, ismijavanje i kontrola također su nasilje, čak i kad se ništa ne vidi. Zbog toga toj osobi može biti teško zatražiti pomoć.
category-psychological-text-used = Prijetnje, ponižavanje ili držanje nekoga pod kontrolom su psihičko nasilje. Možeš odlučiti prestati, a postoji i podrška koja ti u tome može pomoći.
category-sexual-title = Seksualno nasilje
category-sexual-text = Svaki seks mora biti dobrovoljan, i s osobom s kojom si u vezi. Kad te neko pritiskom ili silom navodi na nešto seksualno, to je nasilje i kažnjivo djelo.
category-sexual-text-worried = Niko ne smije nikoga pritiskom ili silom navoditi na nešto seksualno. To je nasilje i kažnjivo djelo, i u vezi.
category-sexual-text-used = Pritiskati nekoga na seks, na primjer tako što se ljutiš ili duriš kad ta osoba kaže ne, jeste seksualno nasilje. Prisiliti nekoga je uz to i kažnjivo djelo. Svaki seks mora biti dobrovoljan, a postoji pomoć za tebe ako želiš promijeniti svoje ponašanje.
category-economic-title = Ekonomsko nasilje
category-economic-text = Kad ti neko uzima novac, odlučuje o njemu ili te uvlači u dugove da bi tobom upravljao, to je ekonomsko nasilje.
category-economic-text-worried = Kad neko toj osobi uzima novac ili odlučuje o njemu da bi njome upravljao, to je ekonomsko nasilje.
category-economic-text-used = Uzimati nekome novac ili odlučivati o njemu da bi se tom osobom upravljalo je ekonomsko nasilje. To se može promijeniti i postoji podrška.
category-material-title = Nasilje nad stvarima i životinjama
category-material-text = Kad ti neko uništava stvari ili povrijedi tvoju životinju da bi te uplašio, to je također nasilje.
category-material-text-used = Razbijanje stvari ili povređivanje životinja plaši druge i oblik je nasilja. Moguće je prestati, i za to postoji podrška.
category-digital-title = Digitalno nasilje
category-digital-text = Kad ti neko provjerava telefon, prati gdje si ili širi tvoje slike, to je nasilje, i kad se događa na internetu.
category-digital-text-worried = Kad neko toj osobi provjerava telefon, prati gdje je ili širi njene slike, to je nasilje, i kad se događa na internetu.
category-digital-text-used = Provjeravanje nečijeg telefona, praćenje gdje je neko ili širenje nečijih slika je digitalno nasilje. Moguće je prestati i postoji pomoć.
category-latent-title = Život u strahu
category-latent-text = Stalni strah i prilagođavanje kako bi se izbjeglo nasilje nazivaju se latentno (skriveno) nasilje. Strah je znak da nešto nije u redu, i nije tvoja krivica.
category-latent-text-worried = Stalni strah i prilagođavanje nazivaju se latentno (skriveno) nasilje. Strah te osobe važan je znak koji treba shvatiti ozbiljno.
category-latent-text-used = Kada se neko boji tebe i prilagođava ti se, to se naziva latentno (skriveno) nasilje. To što to vidiš važan je prvi korak.
category-neglect-title = Zanemarivanje
category-neglect-text = Ako ti je potrebna pomoć u svakodnevnom životu, imaš pravo na nju, i niko ko ti pomaže ne smije te povrijediti, prijetiti ti ili te ponižavati. Kad ti neko ne pomaže, ili ti uzima ono što ti je potrebno, to je zanemarivanje.
category-neglect-text-worried = Kad osoba kojoj je potrebna pomoć ostaje bez hrane, lijekova ili brige, to je zanemarivanje. Ta osoba ima pravo na pomoć.
category-honour-title = Nasilje i ugnjetavanje u ime časti
category-honour-text = Kada porodica ili rodbina zajedno odlučuje s kim se smiješ družiti, što smiješ obući ili s kim ćeš se vjenčati, zbog ugleda porodice, to može biti nasilje i ugnjetavanje u ime časti. Imaš pravo odlučivati o svom životu.
category-honour-text-worried = Kada porodica ili rodbina zajedno upravlja životom te osobe, njenim prijateljstvima, odjećom ili brakom zbog ugleda porodice, to može biti nasilje i ugnjetavanje u ime časti. Ta osoba ima pravo odlučivati o svom životu.
category-children-witnessing-title = Djeca koja vide ili čuju nasilje
category-children-witnessing-text = Djeca koja kod kuće vide ili čuju nasilje i sama su izložena nasilju. Imaju pravo na zaštitu i podršku.
category-children-witnessing-text-worried = Djeca koja kod kuće vide ili čuju nasilje i sama su izložena nasilju. Socialtjänsten (socijalna služba u općini) može pružiti podršku djetetu i porodici.
category-children-witnessing-text-used = Nasilje koje djeca vide ili čuju snažno djeluje na njih, čak i kad nisu u istoj prostoriji. To što tražiš pomoć dobro je i za njih.
category-coerced-sex-title = Pritisak da se prodaje seks
category-coerced-sex-text = Niko ne smije vršiti pritisak na tebe, prevariti te ili te prisiliti da prodaješ seks. U Švedskoj je kriv onaj ko kupuje seks ili na tome zarađuje, nikada ti.
category-coerced-sex-text-worried = Niko ne smije nikoga pritiskom, prevarom ili silom navesti da prodaje seks. Osoba koja prodaje seks u Švedskoj ne čini ništa kažnjivo i ima pravo na podršku.
category-forced-labour-title = Prisila na rad, prosjačenje ili kažnjiva djela
category-forced-labour-text = Kad te neko lažnim obećanjima dovede ovamo, odlučuje gdje živiš i radiš, seli te s mjesta na mjesto ili te tjera da prosiš ili činiš kažnjiva djela, to može biti trgovina ljudima ili iskorištavanje ljudi. Greška nije tvoja, i imaš pravo na podršku.
category-debt-bondage-title = Dužničko ropstvo
category-debt-bondage-text = Kad ti neko kaže da imaš dug koji moraš odraditi i koji se nikad ne završava, to je način da se tobom upravlja. To može biti trgovina ljudima.
category-documents-taken-title = Oduzeti pasoš i dokumenti
category-documents-taken-text = Niko ne smije uzeti tvoj pasoš, ličnu kartu ili dokumente. Zadržavanje dokumenata da bi se tobom upravljalo znak je prisile.

## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Davljenje, ili pritiskanje vrata tako da je teško disati, jedan je od najozbiljnijih znakova upozorenja – čak i kad se ne vide nikakvi tragovi.
danger-weapon = Prijetnje nožem, oružjem ili drugim predmetima ozbiljan su znak upozorenja.
danger-weapon-access = Kada kod kuće ima oružja, ili kada osoba koja prijeti može lako doći do oružja, raste rizik od teškog nasilja.
danger-threat-to-kill = Prijetnje smrću uvijek treba shvatiti ozbiljno, čak i kad su izrečene u ljutnji.
danger-believes-could-kill = Kada neko misli da bi ga druga osoba mogla ubiti, to je važan znak upozorenja.
danger-escalation = Kada se nasilje ili prijetnje pogoršavaju ili postaju sve češći, raste rizik od teškog nasilja.
danger-separation = Vrijeme oko rastanka može biti posebno opasno ako se druga osoba ponašala nasilno ili je htjela sve držati pod kontrolom.
danger-pregnancy = Nasilje za vrijeme trudnoće ozbiljan je znak upozorenja, i za trudnu osobu i za bebu.
danger-jealousy = Jaka i stalna ljubomora koja vodi do kontrole, optužbi ili prijetnji ozbiljan je znak upozorenja.
danger-suicide-threats = Kada neko prijeti da će sebi oduzeti život, na primjer ako se veza završi, to je ozbiljan znak upozorenja – i za druge u blizini.
danger-contact-ban-broken = Kršenje kontaktförbud (zabrane kontakta) ozbiljan je znak upozorenja i kažnjivo djelo.
danger-stalking = Kada neko nekoga stalno prati, nadzire ili mu se javlja, to je ozbiljan znak upozorenja i može biti kažnjivo djelo.
danger-forced-trip-or-marriage = Planovi za brak ili putovanje u drugu zemlju protiv nečije volje ozbiljan su znak upozorenja. Zaštitu je moguće dobiti prije putovanja.
danger-honour-violence-before = Kada je porodica ili rodbina ranije koristila nasilje, prijetnje ili prisilu prema nekome zato što nije živio onako kako su oni htjeli, to je ozbiljan znak upozorenja.
danger-threats-to-children = Prijetnje djeci ozbiljan su znak upozorenja. Djeca imaju pravo na zaštitu.
danger-child-sexual-abuse = Niko ne smije činiti ništa seksualno djetetu. To je teško kažnjivo djelo, i dijete ima pravo na zaštitu odmah.
danger-child-sexual-exploitation = Niko ne smije djetetu davati novac, stvari, drogu ili mjesto za spavanje u zamjenu za nešto seksualno. To je kažnjivo djelo, i dijete ima pravo na zaštitu.
danger-child-marriage = U Švedskoj niko mlađi od 18 godina ne smije sklopiti brak, a prisiliti nekoga na brak je kažnjivo djelo. Dijete na koje se vrši pritisak da se zaruči ili vjenča ima pravo na zaštitu.
danger-genital-mutilation = Genitalno sakaćenje zabranjeno je u Švedskoj, čak i ako se uradi u drugoj zemlji. Dijete kojem to prijeti ima pravo na zaštitu odmah.
danger-sextortion = Kada neko prijeti da će širiti slike djeteta kako bi dobio još slika ili novac, to je teško kažnjivo djelo. Dijete ima pravo na zaštitu i podršku.
danger-suicidal-thoughts = Misli o samoubistvu uvijek treba shvatiti ozbiljno. Pomoć je dostupna danju i noću.

## Advice for each warning sign, worded for each reader: -advice for the person it happens to,
## -advice-worried for someone who is worried and -advice-used for the person who used violence.
## At most about fifty words; never urge anyone to confront anyone. The source of each piece of
## advice is in a comment above it.

# Source: Glass et al. 2008 and Campbell's Danger Assessment (item 10): strangulation is among the strongest predictors of homicide. Absent marks do not mean absent injury: the police (polisen.se, 2024: 'yttre tecken kan helt saknas') and the Prosecution Authority (aklagare.se, 2025); delayed symptoms in clinical guidance (ACEP). No NCK or 1177 page on delayed symptoms was found.
danger-strangulation-advice = Potraži medicinsku pomoć istog dana, najbolje na hitnom prijemu u bolnici, čak i ako se ništa ne vidi. Pozovi 112 ako ti postane teško disati, gutati ili govoriti, ili ako se osjećaš smeteno. Povrede vrata mogu se primijetiti tek kasnije. Zdravstveno osoblje može dokumentovati povrede ako želiš.
danger-strangulation-advice-worried = Osoba zbog koje brineš treba potražiti medicinsku pomoć istog dana, čak i ako se ništa ne vidi, jer se povrede vrata mogu primijetiti tek kasnije. Možeš ponuditi da ideš s tom osobom. Pozovi 112 ako toj osobi postane teško disati.
danger-strangulation-advice-used = Kad nekoga uhvatiš za vrat, to može ubiti, čak i kad traje kratko i ništa se ne vidi. Ako je nekome teško disati ili je bez svijesti, odmah pozovi 112. Nazovi Välj att sluta ili socialtjänsten (socijalna služba u općini) da dobiješ pomoć da prestaneš.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 (revocation) and 4 (custody of weapons when there is a risk of misuse); DA item 5.
danger-weapon-advice = Ako ti neko sada prijeti oružjem, pozovi 112. Kad zoveš, reci za oružje. Policija nekome može oduzeti oružje kada postoji rizik da ga upotrijebi protiv nekoga.
danger-weapon-advice-worried = Ako osobi zbog koje brineš neko sada prijeti oružjem, pozovi 112 i reci gdje je. Nemoj se sukobljavati s onim ko prijeti.
danger-weapon-advice-used = Skloni ono čime si prijetio/la, ili predaj oružje policiji. Ako osjećaš da sada možeš nekoga povrijediti, udalji se i pozovi 112. Välj att sluta i socialtjänsten (socijalna služba u općini) mogu ti pomoći da prestaneš.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 and 4; DA item 2; FREDA-farlighetsbedömning (weapons at home).
danger-weapon-access-advice = Ako želiš, možeš reći policiji, socialtjänsten (socijalna služba u općini) ili liniji za podršku da postoji oružje. Policija može preuzeti oružje i oduzeti dozvolu za oružje ako postoji rizik da se upotrijebi da se nekoga povrijedi.
# Source: Brottsbalken 4:5 (olaga hot); lag (SFS 1988:688) om kontaktförbud: asked for through the police (114 14) or the Prosecution Authority, decided by a prosecutor or court (polisen.se, aklagare.se); DA item 6.
danger-threat-to-kill-advice = Prijetnju možeš prijaviti policiji i tražiti kontaktförbud (zabranu kontakta). Sačuvaj poruke i zapiši što je rečeno i kada. Razgovaraj s linijom za podršku o tome kako da budeš na sigurnom.
danger-threat-to-kill-advice-worried = Shvati prijetnju ozbiljno. Osoba zbog koje brineš može je prijaviti policiji i tražiti kontaktförbud (zabranu kontakta). Možeš pomoći tako što ćeš sačuvati poruke i zapisati što se vidjelo i čulo.
danger-threat-to-kill-advice-used = Prijetnje smrću plaše ljude i kažnjivo su djelo, čak i ako to nije bila tvoja namjera. Javi se Välj att sluta ili socialtjänsten (socijalna služba u općini) da dobiješ pomoć da prestaneš.
# Source: DA item 18 (the person's own belief that the other could kill them); FREDA-farlighetsbedömning's guidance: the person's own estimate of risk is on average as good as the instruments; safety planning with support services as in NCK's and the shelter movement's practice.
danger-believes-could-kill-advice = Shvati svoj osjećaj ozbiljno. Napravi plan kako da budeš na sigurnom, zajedno s linijom za podršku, kvinnojour, tjejjour ili mansjour (podrška za žene, djevojke ili muškarce), ili sa socialtjänsten (socijalna služba u općini). Ako si sada u opasnosti, pozovi 112.
danger-believes-could-kill-advice-worried = Shvati to ozbiljno. Nazovi liniju za podršku i razgovaraj o tome kako možeš podržati osobu zbog koje brineš i kako ta osoba može biti na sigurnom. Nemoj se sukobljavati s onim ko prijeti. Ako je ta osoba sada u opasnosti, pozovi 112.
# Source: DA item 1; documenting incidents and keeping evidence safe, as NCK and the police advise.
danger-escalation-advice = Zapiši što se događa i kada, i sačuvaj slike i poruke tamo gdje ih niko drugi ne može naći. Planiraj svoju sigurnost zajedno s linijom za podršku ili sa socialtjänsten (socijalna služba u općini).
danger-escalation-advice-worried = To je znak da rizik raste. Nazovi liniju za podršku i razgovaraj o tome kako možeš podržati osobu zbog koje brineš. Ako je ta osoba sada u opasnosti, pozovi 112.
danger-escalation-advice-used = Kad postaje gore, raste rizik da neko bude teško povrijeđen. Potraži pomoć sada, na primjer kod Välj att sluta ili socialtjänsten (socijalna služba u općini). Ako je neko u opasnosti, pozovi 112.
# Source: DA item 3; Brå 2007:6 (separation problems and jealousy the most common motives for lethal partner violence); NCK's summary of Brå data (more than half in connection with separation). Never push a person to leave: whether and when is theirs.
danger-separation-advice = Vrijeme prije, tokom i nakon rastanka može biti posebno opasno. Samo ti odlučuješ hoćeš li otići i kada. Ako razmišljaš o odlasku, možeš to u miru isplanirati s linijom za podršku, kvinnojour ili mansjour (podrška za žene ili muškarce), ili sa socialtjänsten (socijalna služba u općini).
danger-separation-advice-worried = Vrijeme prije, tokom i nakon rastanka može biti posebno opasno. Ako osoba zbog koje brineš razmišlja o odlasku, možeš joj pomoći da to isplanira s linijom za podršku, kvinnojour ili mansjour (podrška za žene ili muškarce), ili sa socialtjänsten (socijalna služba u općini). Odluka je na toj osobi.
# Source: DA item 15; HSLF-FS 2022:39 (replaced SOSFS 2014:4 on 1 November 2022); NCK and Graviditetsregistret: antenatal care asks every pregnant woman about violence, though not every woman recalls being asked.
danger-pregnancy-advice = Ako si sada u trudnoći, možeš reći svojoj babici (barnmorska) što se događa. Babica obično pita o nasilju i može ti pomoći dalje, i u razgovoru bez prisustva osobe s kojom si u vezi. Možeš razgovarati i s linijom za podršku.
# Source: DA item 14 (violent and constant jealousy).
danger-jealousy-advice = Ljubomora nikome ne daje pravo da kontroliše ili prijeti. Obrati pažnju na to pojačava li se kontrola, i razgovaraj s linijom za podršku o tome što se događa i kako da budeš na sigurnom.
# Source: DA item 16 (the other person's threats or attempts of suicide, which also signal danger to the partner).
danger-suicide-threats-advice = Odgovornost za ono što ta osoba uradi nije na tebi. Ako je ta osoba u akutnoj opasnosti, pozovi 112. Prijetnje samoubistvom mogu značiti opasnost i za tebe, pa slobodno razgovaraj s linijom za podršku o svojoj sigurnosti.
# Source: Lag (SFS 1988:688) om kontaktförbud: breaking a ban is a crime; SARA item 8 (violation of no-contact orders).
danger-contact-ban-broken-advice = Prijavi policiji svaki put kad se kontaktförbud (zabrana kontakta) prekrši, i sačuvaj poruke, listu poziva i sve drugo što to pokazuje. Ako si sada u opasnosti, pozovi 112.
danger-contact-ban-broken-advice-used = Kršenje kontaktförbud (zabrane kontakta) je kažnjivo djelo i plaši osobu koju zabrana treba zaštititi. Drži se podalje, i javi se Välj att sluta ili socialtjänsten (socijalna služba u općini) da dobiješ podršku.
# Source: Brottsbalken 4:4 b (olaga förföljelse); DA item 19; the police on documenting stalking; safety advice on spyware: removing an app can be noticed (as on this tool's safety page).
danger-stalking-advice = Zapiši kada i gdje se to događa, i sačuvaj poruke. Provjeri ima li u telefonu nepoznatih aplikacija, ali imaj na umu da se može primijetiti ako ih izbrišeš. Možeš to prijaviti policiji i tražiti kontaktförbud (zabranu kontakta).
danger-stalking-advice-worried = Osoba zbog koje brineš može zapisivati kada i gdje se to događa i čuvati poruke. Uhođenje (olaga förföljelse) je kažnjivo djelo koje se može prijaviti policiji. Možeš pomoći tako što ćeš zapisivati ono što vidiš.
# Source: LVU (SFS 1990:52) 31 a § (utreseförbud, travel ban for a child at risk of being taken abroad and harmed; since 1 July 2020, extended 1 June 2024 by prop. 2023/24:72); brottsbalken 4:4 c (äktenskapstvång); Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland); the Swedish Ministry for Foreign Affairs (UD) gives consular help abroad.
danger-forced-trip-or-marriage-advice = Pokušaj dobiti pomoć prije putovanja: javi se socialtjänsten (socijalna služba u općini), policiji ili liniji za podršku kod nasilja u ime časti. Za djecu socialtjänsten može tražiti utreseförbud (zabranu izlaska iz zemlje). Ako ipak putuješ, ponesi kopiju pasoša, napunjen telefon i broj švedske ambasade.
danger-forced-trip-or-marriage-advice-worried = Djeluj prije putovanja, a da porodica ne sazna: javi se socialtjänsten (socijalna služba u općini), policiji ili liniji za podršku kod nasilja u ime časti. Za djecu postoji utreseförbud (zabrana izlaska iz zemlje). Ako je osoba zbog koje brineš već u drugoj zemlji, može pomoći švedsko ministarstvo vanjskih poslova (UD).
# Source: PATRIARK (earlier honour-based violence in the family or network).
danger-honour-violence-before-advice = Ono što se dogodilo drugima u porodici može značiti da je i za tebe rizik veći. Razgovaraj sa socialtjänsten (socijalna služba u općini) ili s linijom za podršku kod nasilja u ime časti o tome kako da budeš na sigurnom. Ako si sada u opasnosti, pozovi 112.
# Source: DA item 17; socialtjänstlagen (SFS 2025:400), the social services' duty to protect children.
danger-threats-to-children-advice = Djeca kojoj se prijeti imaju pravo na zaštitu. Socialtjänsten (socijalna služba u općini) može pomoći tebi i djeci, a prijetnju možeš prijaviti policiji. Ako je neko dijete sada u opasnosti, pozovi 112.
# Source: Brottsbalken chapter 6 (sexual offences against children); socialtjänstlagen (SFS 2025:400): the social services must protect a child who may be harmed; Bris (contacts/national.toml).
danger-child-sexual-abuse-advice = To nikad nije tvoja krivica. Reci nekoj odrasloj osobi kojoj vjeruješ, na primjer školskom savjetniku (kurator) ili školskoj medicinskoj sestri, ili nazovi Bris. Socialtjänsten (socijalna služba u općini) mora te zaštititi. Ako si sada u opasnosti, pozovi 112.
danger-child-sexual-abuse-advice-worried = Odmah podnesi prijavu zabrinutosti (orosanmälan) socialtjänsten (socijalnoj službi u općini), ili pozovi policiju. Nemoj ispitivati dijete i nemoj se sukobljavati s osobom koju sumnjičiš. Ako je dijete sada u opasnosti, pozovi 112.
# Source: Brottsbalken 6:9 (purchase of a sexual act from a child); socialtjänstlagen (SFS 2025:400).
danger-child-sexual-exploitation-advice = Nikad ne griješiš ti, nego onaj ko te iskorištava. Možeš razgovarati s Bris ili socialtjänsten (socijalna služba u općini), a u ungdomsmottagning (savjetovalište za mlade) možeš dobiti pomoć za svoje zdravlje. Ako si sada u opasnosti, pozovi 112.
danger-child-sexual-exploitation-advice-worried = Odmah podnesi prijavu zabrinutosti (orosanmälan) socialtjänsten (socijalnoj službi u općini). Onaj ko kupuje seks od djeteta čini kažnjivo djelo. Ako je dijete sada u opasnosti, pozovi 112.
# Source: Äktenskapsbalken 2:1 (no one under 18 may marry); brottsbalken chapter 4 (barnäktenskapsbrott and äktenskapstvång, covering marriage-like unions too); LVU 31 a § (utreseförbud: social services apply, the administrative court decides, with interim bans by social services).
danger-child-marriage-advice = Niko te ne smije prisilno vjenčati, ni vjerski ni u drugoj zemlji. Socialtjänsten (socijalna služba u općini) te može zaštititi i tražiti utreseförbud (zabranu izlaska iz zemlje), tako da te niko ne smije odvesti iz zemlje. Možeš nazvati liniju za podršku kod nasilja u ime časti ili Bris. Ako si sada u opasnosti, pozovi 112.
# Source: Lag (SFS 1982:316) med förbud mot könsstympning av kvinnor (female genitals; applies also to mutilation abroad); LVU 31 a § (utreseförbud).
danger-genital-mutilation-advice = Reci nekoj odrasloj osobi kojoj vjeruješ, na primjer školskoj medicinskoj sestri ili školskom savjetniku (kurator), ili nazovi Bris. Socialtjänsten (socijalna služba u općini) te može zaštititi, na primjer sa utreseförbud (zabranom izlaska iz zemlje) prije putovanja. Ako se nešto već dogodilo, možeš dobiti liječenje i podršku. Ako si sada u opasnosti, pozovi 112.
danger-genital-mutilation-advice-worried = Odmah podnesi prijavu zabrinutosti (orosanmälan) socialtjänsten (socijalnoj službi u općini), posebno prije nekog putovanja. Socialtjänsten može tražiti utreseförbud (zabranu izlaska iz zemlje) za dijete. Nemoj ti kontaktirati porodicu.
# Source: Child-protection practice (Bris; the police on sexual extortion of children): do not send more or pay, keep the evidence, tell an adult, report; brottsbalken chapter 6.
danger-sextortion-advice = To nije tvoja krivica. Ne šalji više slika i ne plaćaj. Sačuvaj poruke, a onda blokiraj tu osobu. Reci nekoj odrasloj osobi kojoj vjeruješ ili nazovi Bris. Možeš to prijaviti policiji, čak i ako su neke slike došle od tebe.
# Source: DA item 20 (the person's own thoughts or attempts of suicide); Mind's Självmordslinjen (contacts/national.toml); NASP at Karolinska Institutet: asking directly about suicide does not increase the risk.
danger-suicidal-thoughts-advice = Ne moraš kroz ovo proći bez ičije pomoći. Možeš nazvati Självmordslinjen (linija za pomoć kod misli o samoubistvu) ili im pisati u chatu danju i noću, i ne moraš reći svoje ime. Ako razmišljaš o tome da se sada povrijediš, pozovi 112.
danger-suicidal-thoughts-advice-worried = Shvati to ozbiljno i pitaj direktno: „Razmišljaš li o tome da sebi oduzmeš život?“ Pitanje ne povećava rizik. Självmordslinjen (linija za pomoć kod misli o samoubistvu) prima pozive i od onih koji brinu zbog nekoga. Ako je ta osoba u akutnoj opasnosti, pozovi 112.
danger-suicidal-thoughts-advice-used = Ne moraš kroz ovo proći bez ičije pomoći. Možeš nazvati Självmordslinjen (linija za pomoć kod misli o samoubistvu) ili im pisati u chatu danju i noću, i ne moraš reći svoje ime. Ako razmišljaš o tome da sada povrijediš sebe ili nekoga drugog, pozovi 112.

## Result: fixed parts

result-title = Ovo opisuju tvoji odgovori
result-intro = Tvoji odgovori opisuju jedan ili više oblika nasilja. Ispod možeš pročitati kako se oni nazivaju i gdje možeš dobiti podršku.
result-none = Nijedan tvoj odgovor nije opisao nasilje. Ipak, ako ti se čini da nešto nije u redu, možeš razgovarati s nekim. Vjeruj svom osjećaju.
result-none-worried = Nijedan tvoj odgovor nije opisao nasilje prema osobi zbog koje brineš. Ipak vjeruj svom osjećaju: o svojoj brizi možeš razgovarati s linijom za podršku.
result-danger-unanswered = Neka pitanja o ozbiljnoj opasnosti ostala su bez odgovora, i to je u redu. Ako se bojiš za svoju sigurnost, uvijek možeš pozvati 112, a linije za podršku ispod mogu ti pomoći da razmisliš što je najsigurnije.
result-danger-unanswered-worried = Neka pitanja o ozbiljnoj opasnosti ostala su bez odgovora, i to je u redu. Ako misliš da je osoba zbog koje brineš sada u opasnosti, pozovi 112. Linije za podršku ispod mogu ti pomoći da razmisliš kako možeš podržati tu osobu.
result-danger-unanswered-used = Neka pitanja o ozbiljnoj opasnosti ostala su bez odgovora, i to je u redu. Ako se bojiš da ćeš nekoga povrijediti, ili ako je neko u opasnosti, pozovi 112. Välj att sluta i socialtjänsten (socijalna služba u općini) mogu ti pomoći.
result-urgent-title = Ako si sada u opasnosti, pozovi 112
# Source: SOS Alarm, https://www.sosalarm.se/112 (the operator asks what happened, where and from which number; calls from smartphones are positioned automatically, AML) and https://www.sosalarm.se/Pressrum/Fragor-och-svar/ (stay on the line).
result-urgent-text = Reci što se dogodilo i gdje si. Poziv je besplatan. Kad zoveš s mobilnog telefona, SOS Alarm (služba za hitne pozive) najčešće može vidjeti gdje si. Ostani na liniji ako možeš.
result-urgent-title-worried = Ako je osoba zbog koje brineš sada u opasnosti, pozovi 112
result-urgent-text-worried = Pozovi 112 ako je osoba zbog koje brineš upravo sada u opasnosti. Reci gdje je i što se događa. Poziv je besplatan.
result-urgent-signs-intro = Ovo prikazujemo prvo jer tvoji odgovori spominju nešto što može biti ozbiljan znak upozorenja:
result-advice-youth = Ako imaš manje od 18 godina, možeš razgovarati i s Bris, školskim savjetnikom (kurator), školskom medicinskom sestrom ili nekom drugom odraslom osobom kojoj vjeruješ. Ne moraš kroz ovo proći bez ičije pomoći.
result-advice-youth-worried = Ako i ti imaš manje od 18 godina, možeš reći nekoj odrasloj osobi kojoj vjeruješ ili nazvati Bris, pa ćeš dobiti pomoć za ostalo.
result-not-your-fault = Ono što ti se događa nije tvoja krivica. Niko nema pravo povrijediti te, prijetiti ti ili upravljati tobom.
result-right-to-support = Imaš pravo zatražiti podršku od socialtjänsten (socijalna služba) u općini u kojoj se nalaziš, bez obzira na to odakle dolaziš i imaš li boravišnu dozvolu. Kontakt s njima je besplatan.
result-everyone-welcome = Imaš pravo na podršku bez obzira na godine, spol, porijeklo, seksualnu orijentaciju, invaliditet ili ovisnost. To što piješ alkohol ili uzimaš drogu, ili nemaš boravišnu dozvolu, nikad te ne sprječava da dobiješ podršku.
result-everyone-welcome-worried = Osoba zbog koje brineš ima pravo na podršku bez obzira na godine, spol, porijeklo, seksualnu orijentaciju, invaliditet ili ovisnost. Alkohol, droga ili to što neko nema boravišnu dozvolu nikad nikoga ne sprječavaju da dobije podršku.
result-everyone-welcome-used = Podršku da prestaneš možeš dobiti bez obzira na godine, spol, porijeklo, seksualnu orijentaciju, invaliditet ili ovisnost. To što piješ alkohol ili uzimaš drogu ne sprječava te da dobiješ podršku.
result-child-protection-title = Imaš pravo na zaštitu
result-child-protection-1 = Imaš manje od 18 godina. Zato socialtjänsten (socijalna služba u općini) mora saznati kako ti je i zaštititi te ako te neko povređuje, prijeti ti ili te iskorištava.
result-child-protection-2 = Možeš nazvati socialtjänsten (socijalna služba u općini) ili otići tamo, ili zamoliti neku odraslu osobu kojoj vjeruješ, na primjer školskog savjetnika (kurator), da ti pomogne.
result-child-protection-3 = Možeš razgovarati i s Bris, a da ne kažeš ko si. Bris je među kontaktima ispod.
result-what-happens-title = Što se događa ako se javim?
result-what-happens-1 = Možeš početi tako što ćeš nazvati liniju za podršku da razgovaraš i dobiješ savjet. Ti odlučuješ što ćeš ispričati.
result-what-happens-2 = Socialtjänsten (socijalna služba u općini) ti može pružiti razgovore podrške, pomoć da isplaniraš kako da budeš na sigurnom i pomoć oko zaštićenog smještaja ako se moraš preseliti.
result-what-happens-3 = Možeš ići korak po korak. Slobodno pitaj što se događa dalje prije nego što ispričaš više.
result-show-local = Prikaži pomoć u mojoj blizini
result-start-over = Počni ispočetka
result-start-over-hint = Svi tvoji odgovori bit će zaboravljeni.

## Result: for someone who has hurt or frightened someone

result-used-intro = Tvoji odgovori opisuju postupke koji mogu povrijediti ili uplašiti nekoga ko ti je blizak.
result-used-responsibility = Odgovaranje na ova pitanja važan je korak. Nasilje je izbor, i ti možeš izabrati da prestaneš. Za to postoji pomoć, na primjer Välj att sluta (linija za podršku osobama koje žele prestati s nasiljem) i socialtjänsten (socijalna služba) u tvojoj općini.
result-used-responsibility-youth = Odgovaranje na ova pitanja važan je korak. Može se naučiti kako prestati povređivati ili plašiti druge, i postoje odrasli koji ti u tome mogu pomoći, na primjer Bris i socialtjänsten (socijalna služba u općini).
result-used-urgent-text = Ako se bojiš da ćeš upravo sada nekoga povrijediti, ili ako je neko u opasnosti, pozovi 112.
result-used-none = Tvoji odgovori nisu opisali ništa od onoga o čemu smo pitali. Ako ipak brineš zbog toga kako se ponašaš prema nekome ko ti je blizak, možeš razgovarati s Välj att sluta ili socialtjänsten (socijalna služba u općini). Ne moraš reći svoje ime.
result-used-children = Djeca koja vide ili čuju nasilje trebaju podršku. Socialtjänsten (socijalna služba u općini) može pružiti podršku i tebi i djeci, i dobar je korak ako im se javiš na svoju inicijativu.
result-used-also-exposed = Tvoji odgovori kažu da i tebe neko povređuje, prijeti ti ili upravlja tobom. To nije u redu, i imaš pravo na podršku zbog toga. Možeš razgovarati s Bris ili socialtjänsten (socijalna služba u općini), a možeš odgovoriti i na pitanja o onome što se događa tebi.

## Result: for someone who is worried about another person

result-worried-intro = Tvoji odgovori opisuju da je osoba zbog koje brineš možda izložena nasilju. Ovdje možeš pročitati više i vidjeti gdje podršku možete dobiti i ti i ta osoba.

## For someone who is worried about another person

worried-title = Ako brineš zbog nekoga
worried-intro = Dobro je što ti je stalo. Ovdje su znakovi na koje treba obratiti pažnju, savjeti kako razgovarati s tom osobom i kome se možeš obratiti.
worried-signs-title = Znakovi na koje treba obratiti pažnju
worried-signs-1 = Osoba djeluje uplašeno, tužno ili zabrinuto i ponaša se drugačije nego prije.
worried-signs-2 = Rjeđe se viđa s prijateljima i porodicom nego prije, ili to ne smije.
worried-signs-3 = Neko stalno zove ili piše toj osobi i želi znati gdje je.
worried-signs-4 = Ima povrede koje ne želi ili ne može objasniti.
worried-signs-5 = Nema vlastitog novca, ili neko drugi drži pasoš ili telefon te osobe.
worried-signs-6 = Govori o braku ili putovanju o kojem je odlučio neko drugi.
worried-talk-title = Kako započeti razgovor
worried-talk-1 = Izaberi mjesto gdje možete razgovarati nasamo i u miru.
worried-talk-2 = Reci toj osobi što primjećuješ i da ti je stalo. Možeš, na primjer, reći: „Čini mi se da ti u posljednje vrijeme nije dobro. Kako si?“
worried-talk-3 = Slušaj bez osuđivanja i vjeruj onome što ti ispriča.
worried-talk-4 = Pusti tu osobu da sama određuje tempo. Može proći neko vrijeme prije nego što bude htjela ispričati više.
worried-talk-5 = Reci toj osobi da pomoć postoji i ponudi da budeš uz nju kad bude zvala ili tražila pomoć.
worried-dont-title = Ovo nemoj raditi
worried-dont-1 = Nemoj se sukobljavati s osobom koja koristi nasilje. To može povećati opasnost za osobu zbog koje brineš.
worried-dont-2 = Nemoj tjerati tu osobu da priča ili da ode. Upravo ta osoba najbolje zna što je sigurno.
worried-dont-3 = Nemoj se obraćati porodici ili rodbini ako sumnjaš na nasilje u ime časti. To tu osobu može dovesti u opasnost.
worried-dont-4 = Ne uzimaj za tumača nikoga iz porodice, rodbine ili njihovog kruga poznanika. Traži tumača koji ne poznaje porodicu.
worried-dont-5 = Nemoj slati poruke o nasilju na telefon te osobe ako ih neko drugi može pročitati.
worried-over-time-title = Biti tu na duže staze
worried-over-time-1 = Nastavi se javljati, čak i ako ta osoba sada ne želi razgovarati.
worried-over-time-2 = Uobičajeno je otići i vratiti se više puta. Pokaži da si i dalje tu, bez osuđivanja.
worried-over-time-3 = Pobrini se i za sebe. Mnoge linije za podršku primaju pozive i od onih koji brinu zbog nekoga drugog.
worried-child-title = Ako brineš zbog djeteta
worried-child-1 = Svako može podnijeti prijavu zabrinutosti (orosanmälan) socialtjänsten (socijalnoj službi) u općini u kojoj dijete živi. Ne moraš to znati sigurno. Dovoljno je da brineš.
worried-child-2 = Kao privatna osoba prijavu možeš podnijeti anonimno. Socialtjänsten (socijalna služba u općini) je ta koja ispituje kako je djetetu.
worried-child-3 = Oni koji rade s djecom, na primjer u školi, zdravstvu ili u socialtjänsten (socijalnoj službi u općini), dužni su podnijeti prijavu.
