# Vägvisaren — shqip.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – mbështetje dhe ndihmë
language-label = Gjuha

## Quick exit

quick-exit-button = Largohu shpejt nga faqja
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Shtyp tastin Shift edhe një herë për të dalë nga faqja.
   *[other] Shtyp tastin Shift edhe { $remaining } herë për të dalë nga faqja.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Gjuha “{ $code }” nuk është ende e disponueshme këtu, prandaj faqja shfaqet në suedisht. Mund të zgjedhësh një gjuhë tjetër më sipër.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Kodi i komunës “{ $code }” nuk ekziston, prandaj nuk është zgjedhur asnjë komunë. Komunën mund ta zgjedhësh te “Gjej ndihmë”.

## Start screen

start-title = A po ndodh diçka që nuk të duket në rregull? Këtu mund të lexosh me qetësi për dhunën dhe se ku mund të marrësh ndihmë.
start-lead = Përgjigju disa pyetjeve për atë që po të ndodh ty ose dikujt për të cilin shqetësohesh. Do të mësosh si mund të quhet kjo dhe ku mund të marrësh mbështetje. Je ti që vendos se çfarë kuptimi kanë përgjigjet për ty.
start-duration = Zgjat rreth pesë deri në dhjetë minuta. Mund t’i kapërcesh pyetjet dhe të ndalosh kur të duash.
start-private = Asgjë nga ato që përgjigjesh nuk ruhet dhe nuk dërgohet askund. Gjithçka mbetet në telefonin ose kompjuterin tënd derisa ta mbyllësh faqen.
start-quick-exit = Butoni “Largohu shpejt nga faqja” është gjithmonë në krye. Mund të shtypësh edhe tastin Shift tri herë.
start-emergency = Je në rrezik tani? Telefono 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Çfarë dëshiron të mësosh?
flow-path-partner = Për mua – partneri/partnerja ose ish-partneri/ish-partnerja
flow-path-family = Për mua – familja ime, të afërmit ose dikush që më ndihmon në jetën e përditshme
flow-path-exploitation = Për mua – dikush më shtyn të shes seks ose kontrollon punën, paratë ose dokumentet e mia
flow-path-worried = Për dikë për të cilin shqetësohem
flow-path-used-violence = Kam lënduar ose trembur dikë që e kam të afërt
flow-path-partner-youth = Për mua – dikush me të cilin jam bashkë ose kam dalë
flow-path-family-youth = Për mua – familja ime ose të afërmit
flow-path-exploitation-youth = Për mua – dikush më shtyn të bëj gjëra seksuale, në internet ose në jetën reale, ose më bën të punoj ose të bëj krime për ta
flow-path-worried-youth = Për një shok, një shoqe ose dikë tjetër për të cilin shqetësohem
flow-path-used-violence-youth = Kam lënduar ose trembur dikë në familje ose dikë me të cilin jam bashkë
flow-age-title = Sa vjeç je?
flow-age-under-18 = Nën 18 vjeç
flow-age-adult = 18 vjeç ose më shumë
flow-about-child-title = A është personi për të cilin shqetësohesh nën 18 vjeç?
flow-about-child-yes = Po, nën 18 vjeç
flow-about-child-no = Jo, 18 vjeç ose më shumë
flow-about-child-unknown = Nuk e di
flow-self-title = Si e përshkruan veten?
flow-self-hint = Nuk ke nevojë të përgjigjesh. Përgjigjja përdoret vetëm për të të treguar mbështetje që të përshtatet, dhe nuk ruhet.
flow-self-woman = Grua ose vajzë
flow-self-man = Burrë ose djalë
flow-self-trans = Person trans ose jobinar
flow-self-rather-not-say = Nuk dua të përgjigjem
flow-skip = Kapërce
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Pyetja { $current } nga { $total }
flow-answer-yes = Po
flow-answer-sometimes = Ndonjëherë
flow-answer-no = Jo
flow-answer-rather-not-say = Nuk dua të përgjigjem
flow-answers-label = Përgjigjja jote
flow-see-result = Shiko rezultatin
flow-change-hint = Mund të kthehesh prapa dhe të ndryshosh një përgjigje kur të duash.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = Siguria jote në këtë faqe

## Help view (reachable without the questions)

help-title = Gjej ndihmë
help-intro = Këtu gjen linja mbështetëse për gjithë Suedinë dhe kontakte në komunën tënde: për ty që përjeton dhunë në marrëdhënie të ngushta, dhunë dhe shtypje në emër të nderit, prostitucion ose trafikim me qenie njerëzore, për ty që shqetësohesh për dikë dhe për ty që dëshiron të mos përdorësh më dhunë. Ti vendos vetë kë kontakton dhe çfarë tregon.
help-emergency = Je në rrezik tani? Telefono 112.
help-not-sure = Mund të telefonosh edhe nëse nuk e di me siguri që është dhunë. Mjafton që të shqetësohesh ose që të duash të flasësh.

help-what-happens-title = Kjo ndodh kur telefonon një linjë mbështetëse
help-what-happens-1 = Dikush të dëgjon dhe e merr seriozisht atë që tregon.
help-what-happens-2 = Ti vendos vetë çfarë do të tregosh, dhe mund ta mbyllësh bisedën kur të duash.
help-what-happens-3 = Shumë linja mbështetëse janë falas, dhe te shumë prej tyre nuk ke nevojë ta thuash emrin. Kjo shkruhet te çdo kontakt.
help-what-happens-4 = Shumë linja mbështetëse mund të sigurojnë një përkthyes gojor, që të mund të flasësh në gjuhën tënde.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = Nuk kemi ende numër telefoni për socialtjänsten (shërbimet sociale të komunës) në { $municipality }. Telefono centralin e komunës (växel) dhe kërko të flasësh me socialtjänsten (shërbimet sociale të komunës). Jashtë orarit të punës mund të kërkosh socialjouren (shërbimi social kujdestar), ose të telefonosh 112 nëse është urgjente.

help-municipality-label = Komuna jote
help-municipality-hint = Shkruaj emrin e komunës tënde. Zgjedhja mbetet në telefonin ose kompjuterin tënd dhe nuk ruhet. Faqja shkarkon kontaktet për të gjitha komunat njëherësh, kështu që askush nuk mund të shohë cilën zgjodhe.
help-municipality-no-match = Nuk gjejmë asnjë komunë me këtë emër. Kontrollo drejtshkrimin ose shkruaj fillimin e emrit.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Komuna e zgjedhur: { $municipality }.
help-municipality-change = Ndrysho komunën

help-national-title = Mbështetje në gjithë Suedinë
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Mbështetje në { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Telefono { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = Dërgo SMS te { $number }
contact-chat = Hap bisedën (chat)
contact-web = Hap faqen e internetit
contact-open-always = Hapur 24 orë, çdo ditë
contact-open-now = Hapur tani
contact-closed-now = Mbyllur tani
contact-hours-unknown = Nuk kemi mundur ta kontrollojmë orarin.
contact-free = Falas
contact-anonymous = Nuk ke nevojë ta thuash emrin
contact-interpreter = Mund të sigurohet përkthyes gojor
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Mund të flasësh edhe në këto gjuhë: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Të dhënat u lexuan më { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = Faqja burimore mban datën { $date }
contact-source-third-party = Të dhënat vijnë vetëm nga një faqe tjetër, jo nga faqja e vetë organizatës
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = Burimi thotë se linja kishte para deri më { $date }. Nuk e dimë nëse ekziston ende.
contact-switchboard = Numri të lidh me centralin e komunës (växel). Kërko të flasësh me socialtjänsten (shërbimet sociale të komunës).
contact-via-112 = Shërbimin kujdestar e arrin duke telefonuar 112 dhe duke kërkuar të flasësh me socialjouren (shërbimi social kujdestar).
contact-for-professionals = Për profesionistët
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Për: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Çdo ditë
days-weekdays = E hënë–e premte
days-weekends = E shtunë–e diel
days-mon = E hënë
days-tue = E martë
days-wed = E mërkurë
days-thu = E enjte
days-fri = E premte
days-sat = E shtunë
days-sun = E diel

## What kind of contact it is (short noun phrases)

kind-emergency = Numri i urgjencës
kind-police = Policia
kind-helpline = Linjë mbështetëse
kind-social-services = Socialtjänsten (shërbimet sociale të komunës)
kind-social-services-on-call = Socialjouren (shërbimi social kujdestar)
kind-womens-shelter = Kvinnojour (mbështetje dhe strehim për gratë)
kind-girls-shelter = Tjejjour (mbështetje për vajzat dhe gratë e reja)
kind-mens-shelter = Mansjour (mbështetje për burrat)
kind-youth-clinic = Ungdomsmottagning (qendër shëndetësore dhe këshillimi për të rinjtë)
kind-perpetrator-programme = Mbështetje për të ndaluar dhunën
kind-victim-support = Mbështetje pas një krimi
kind-health = Kujdesi shëndetësor
kind-suicide-prevention = Mbështetje kur ke mendime për vetëvrasje

## Who the contact is for (phrases after “For: …”)

audience-everyone = Të gjithë
audience-women = Gratë
audience-men = Burrat
audience-trans = Personat trans dhe jobinarë
audience-young = Të rinjtë
audience-children = Fëmijët nën 18 vjeç
audience-honour = Personat që përjetojnë dhunë dhe shtypje në emër të nderit
audience-trafficking = Personat që shesin seks ose u nënshtrohen trafikimit me qenie njerëzore
audience-uses-violence = Personat që ushtrojnë dhunë dhe duan të ndalojnë
audience-worried-others = Personat që shqetësohen për dikë tjetër
audience-professionals = Profesionistët

result-contacts-title = Këtu mund të marrësh mbështetje

## School staff page

staff-title = Për ty që punon në shkollë
staff-load-failed = Faqja nuk u ngarkua dot. Kontrollo lidhjen dhe provo përsëri.
plan-load-failed = Plani i sigurisë nuk u ngarkua dot. Kontrollo lidhjen dhe provo përsëri.
text-load-failed = Teksti nuk u ngarkua dot. Kontrollo lidhjen dhe provo përsëri.
text-load-retry = Provo përsëri
read-aloud = Lexoje me zë
read-aloud-stop = Ndalo leximin me zë

## About Vägvisaren

about-title = Rreth Vägvisaren
language-status-marker = përkthim automatik

## Navigation

nav-start-questions = Fillo t’u përgjigjesh pyetjeve
nav-help = Gjej ndihmë
nav-safety = Siguria jote
nav-staff = Për stafin e shkollës
nav-about = Rreth faqes
nav-plan = Bëj një plan sigurie
nav-back = Prapa
nav-next = Vazhdo
nav-home = Te faqja kryesore

