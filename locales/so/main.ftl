# Vägvisaren — Soomaali.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – taageero iyo caawimaad
language-label = Luqadda

## Quick exit

quick-exit-button = Si degdeg ah uga bax bogga
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Riix Shift hal mar oo kale si aad uga baxdo bogga.
   *[other] Riix Shift { $remaining } jeer oo kale si aad uga baxdo bogga.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Luqadda “{ $code }” weli halkan kuma jirto, sidaas darteed bogga waxaa lagu muujinayaa af Iswiidhish. Luqad kale ayaad ka dooran kartaa kor.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Koodka degmada “{ $code }” ma jiro, sidaas darteed degmo lama dooran. Degmo waxaad ka dooran kartaa qaybta “Hel caawimaad”.

## Start screen

start-title = Ma jiraa wax dhacaya oo aadan dareemayn inay sax yihiin? Halkan waxaad si deggan ugu akhrisan kartaa wax ku saabsan rabshadda iyo meesha aad caawimaad ka heli karto.
start-lead = Ka jawaab dhowr su'aalood oo ku saabsan waxa kugu dhacaya adiga ama qof aad u welwelsan tahay. Waxaad ogaan doontaa waxa loogu yeeri karo iyo meesha aad taageero ka heli karto. Adiga ayaa go'aansanaya waxa jawaabuhu kuu macnaynayaan.
start-duration = Waxay qaadataa qiyaastii shan ilaa toban daqiiqo. Su'aalo waad ka boodi kartaa, waadna joojin kartaa markaad rabto.
start-private = Waxaad ka jawaabto midna lama kaydiyo, meelna looma diro. Waxay ku jirtaa taleefankaaga ama kombiyuutarkaaga ilaa aad xirto bogga.
start-quick-exit = Badhanka “Si degdeg ah uga bax bogga” had iyo jeer wuxuu ku yaallaa xagga sare. Sidoo kale waxaad riixi kartaa Shift saddex jeer.
start-emergency = Ma khatar baad ku jirtaa hadda? Wac 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Maxaad rabtaa inaad ogaato?
flow-path-partner = Aniga ku saabsan – lammaanahayga ama lammaanahaygii hore
flow-path-family = Aniga ku saabsan – qoyskayga, qaraabadayda ama qof iga caawiya nolol maalmeedka
flow-path-exploitation = Aniga ku saabsan – qof ayaa iga dhigaya inaan galmo iibiyo, ama maamula shaqadayda, lacagtayda ama waraaqahayga
flow-path-worried = Qof aan u welwelsanahay ku saabsan
flow-path-used-violence = Waxaan dhaawacay ama cabsi geliyay qof ii dhow
flow-path-partner-youth = Aniga ku saabsan – qof aan jacayl la leeyahay ama aan hore jacayl ula lahaa
flow-path-family-youth = Aniga ku saabsan – qoyskayga ama qaraabadayda
flow-path-exploitation-youth = Aniga ku saabsan – qof ayaa igu cadaadinaya waxyaabo galmo ah, internetka ama nolosha dhabta ah, ama iga dhigaya inaan u shaqeeyo ama u galo dambiyo
flow-path-worried-youth = Saaxiib ama qof kale oo aan u welwelsanahay ku saabsan
flow-path-used-violence-youth = Waxaan dhaawacay ama cabsi geliyay qof qoyskayga ka mid ah ama qof aan jacayl la leeyahay
flow-age-title = Immisa jir baad tahay?
flow-age-under-18 = Ka yar 18 sano
flow-age-adult = 18 sano ama ka weyn
flow-about-child-title = Qofka aad u welwelsan tahay ma ka yar yahay 18 sano?
flow-about-child-yes = Haa, ka yar 18 sano
flow-about-child-no = Maya, waa 18 sano ama ka weyn
flow-about-child-unknown = Ma garanayo
flow-self-title = Sidee baad naftaada u qeexdaa?
flow-self-hint = Looma baahna inaad ka jawaabto. Jawaabta waxaa keliya loo isticmaalaa in laguu muujiyo taageero kugu habboon, lamana kaydiyo.
flow-self-woman = Haweeney ama gabadh
flow-self-man = Nin ama wiil
flow-self-trans = Qof trans ah ama aan labada jinsi midna ahayn (non-binary)
flow-self-rather-not-say = Ma doonayo inaan ka jawaabo
flow-skip = Ka bood
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Su'aal { $current } oo ka mid ah { $total }
flow-answer-yes = Haa
flow-answer-sometimes = Mararka qaarkood
flow-answer-no = Maya
flow-answer-rather-not-say = Ma doonayo inaan ka jawaabo
flow-answers-label = Jawaabtaada
flow-see-result = Eeg natiijada
flow-change-hint = Waad dib u laaban kartaa oo jawaab beddeli kartaa markaad rabto.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = Badbaadadaada boggan

## Help view (reachable without the questions)

help-title = Hel caawimaad
help-intro = Halkan waxaa ku yaal khadadka taageerada ee Iswiidhan oo dhan iyo xiriirada degmadaada, haddii aad la kulanto rabshad xiriirrada dhow ah, rabshadda iyo dulmiga la xiriira sharafta, galmo iibin ama ka ganacsiga dadka, haddii aad qof u welwelsan tahay, iyo haddii aad rabto inaad joojiso isticmaalka rabshadda. Adiga ayaa go'aansanaya cidda aad la xiriirto iyo waxa aad u sheegto.
help-emergency = Ma khatar baad ku jirtaa hadda? Wac 112.
help-not-sure = Waad wici kartaa xitaa haddii aadan hubin inay rabshad tahay. Waa ku filan tahay inaad welwelsan tahay ama aad rabto inaad la hadasho qof.

help-what-happens-title = Tan ayaa dhacda marka aad wacdo khad taageero
help-what-happens-1 = Qof ayaa ku dhageysanaya, wuxuuna si dhab ah u qaadanayaa waxa aad sheegto.
help-what-happens-2 = Adiga ayaa go'aansanaya waxa aad rabto inaad sheegto, waadna joojin kartaa wicitaanka markaad rabto.
help-what-happens-3 = Khadad taageero oo badan waa bilaash, kuwo badanna waxaad la hadli kartaa adigoo aan sheegin cidda aad tahay. Taas waxaa lagu qoray xiriir kasta.
help-what-happens-4 = Khadad taageero oo badan waxay kuu diyaarin karaan turjumaan afka ah, si aad ugu hadasho luqaddaada.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = Weli ma hayno lambarka socialtjänsten (xafiiska adeegga bulshada) ee degmada { $municipality }. Wac xarunta taleefanka ee degmada (växel) oo weydii inaad la hadasho socialtjänsten (xafiiska adeegga bulshada). Saacadaha shaqada kadib, waxaad weydiin kartaa socialjouren (adeegga bulshada ee xaaladaha degdegga ah), ama wac 112 haddii ay degdeg tahay.

help-municipality-label = Degmadaada
help-municipality-hint = Qor magaca degmadaada. Doorashadaadu waxay ku jirtaa taleefankaaga ama kombiyuutarkaaga, lamana kaydiyo. Boggu wuxuu hal mar soo dejiyaa xiriirada degmooyinka oo dhan, sidaas darteed qofna ma arki karo midda aad dooratay.
help-municipality-no-match = Ma helin degmo magacaas leh. Hubi higgaadda ama qor bilowga magaca.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Waxaad dooratay { $municipality }.
help-municipality-change = Beddel degmada

help-national-title = Taageero Iswiidhan oo dhan ah
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Taageero ku taal { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Wac { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = U dir SMS { $number }
contact-chat = Fur wada sheekaysiga (chat)
contact-web = Fur website-ka
contact-open-always = Furan 24 saac, maalin kasta
contact-open-now = Hadda waa furan yahay
contact-closed-now = Hadda waa xiran yahay
contact-hours-unknown = Ma awoodin inaan hubino saacadaha furitaanka.
contact-free = Waa lacag la'aan (bilaash)
contact-anonymous = Uma baahnid inaad sheegto cidda aad tahay
contact-interpreter = Turjumaan afka ah ayaa laguu diyaarin karaa
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Sidoo kale waxaad ku hadli kartaa { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Macluumaadka waxaa la akhriyay { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = Bogga laga soo xigtay wuxuu ku taariikhaysan yahay { $date }
contact-source-third-party = Macluumaadka waxaa laga helay oo keliya bog aan ahayn bogga hay'adda lafteeda
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = Ishu waxay sheegaysaa in khadku lacag haystay ilaa { $date }. Ma garanayno inuu weli jiro.
contact-switchboard = Lambarku wuxuu gaarsiiyaa xarunta taleefanka ee degmada (växel). Weydii inaad la hadasho socialtjänsten (xafiiska adeegga bulshada).
contact-via-112 = Adeeggan degdegga ah waxaad ku heli kartaa adigoo wacaya 112 oo weydiisanaya inaad la hadasho socialjouren (adeegga bulshada ee degdegga, saacadaha shaqada kadib).
contact-for-professionals = Loogu talagalay shaqaalaha xirfadlayaasha ah
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Loogu talagalay: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Maalin kasta
days-weekdays = Isniin–Jimco
days-weekends = Sabti–Axad
days-mon = Isniin
days-tue = Talaado
days-wed = Arbaco
days-thu = Khamiis
days-fri = Jimco
days-sat = Sabti
days-sun = Axad

## What kind of contact it is (short noun phrases)

kind-emergency = Lambarka gurmadka degdegga ah
kind-police = Booliska
kind-helpline = Khadka taageerada
kind-social-services = Socialtjänsten (adeegga bulshada)
kind-social-services-on-call = Socialjouren (adeegga bulshada ee saacadaha shaqada kadib)
kind-womens-shelter = Kvinnojour (taageero iyo hoy haweenka)
kind-girls-shelter = Tjejjour (taageero gabdhaha iyo haweenka da'da yar)
kind-mens-shelter = Mansjour (taageero ragga)
kind-youth-clinic = Ungdomsmottagning (rugta caafimaadka dhallinyarada)
kind-perpetrator-programme = Taageero lagu joojiyo isticmaalka rabshadda
kind-victim-support = Taageero dambiga kadib
kind-health = Daryeel caafimaad
kind-suicide-prevention = Taageero marka aad ka fikirayso is-dilid

## Who the contact is for (phrases after “For: …”)

audience-everyone = Qof kasta
audience-women = Haweenka
audience-men = Ragga
audience-trans = Dadka trans-ka ah iyo kuwa aan labada jinsi midna ahayn (non-binary)
audience-young = Dhallinyarada
audience-children = Carruurta ka yar 18 sano
audience-honour = Dadka la kulma rabshadda iyo dulmiga la xiriira sharafta
audience-trafficking = Dadka galmo iibiya ama la kulma ka ganacsiga dadka
audience-uses-violence = Dadka isticmaala rabshad oo doonaya inay joojiyaan
audience-worried-others = Dadka u welwelsan qof kale
audience-professionals = Shaqaalaha xirfadlayaasha ah

result-contacts-title = Halkan waxaad taageero ka heli kartaa

## School staff page

staff-title = Haddii aad ka shaqeyso dugsi
staff-load-failed = Bogga lama soo shubi karin. Hubi xiriirkaaga internetka oo isku day mar kale.
plan-load-failed = Qorshaha badbaadada lama soo shubi karin. Hubi xiriirkaaga internetka oo isku day mar kale.
text-load-failed = Qoraalka lama soo shubi karin. Hubi xiriirkaaga internetka oo isku day mar kale.
text-load-retry = Isku day mar kale
read-aloud = Kor u akhri
read-aloud-stop = Jooji akhrinta

## About Vägvisaren

about-title = Ku saabsan Vägvisaren
language-status-marker = turjumaad mashiin

## Navigation

nav-start-questions = Bilow su'aalaha
nav-help = Hel caawimaad
nav-safety = Badbaadadaada
nav-staff = Shaqaalaha dugsiga
nav-about = Ku saabsan
nav-plan = Samee qorshe badbaado
nav-back = Dib u noqo
nav-next = Xiga
nav-home = Bogga hore

