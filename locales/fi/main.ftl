# Vägvisaren — suomi.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – tukea ja apua
language-label = Kieli

## Quick exit

quick-exit-button = Poistu sivulta nopeasti
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Paina Shift-näppäintä vielä kerran, niin poistut sivulta.
   *[other] Paina Shift-näppäintä vielä { $remaining } kertaa, niin poistut sivulta.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = Kieltä ”{ $code }” ei ole täällä vielä, joten sivu näytetään ruotsiksi. Voit valita toisen kielen ylhäältä.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Kuntakoodia ”{ $code }” ei ole olemassa, joten kuntaa ei ole valittu. Voit valita kunnan kohdassa ”Etsi apua”.

## Start screen

start-title = Tapahtuuko jotain, mikä ei tunnu oikealta? Täällä voit rauhassa lukea väkivallasta ja siitä, mistä voit saada apua.
start-lead = Vastaa muutamaan kysymykseen siitä, mitä sinulle tai jollekulle, josta olet huolissasi, tapahtuu. Saat tietää, miksi sitä voidaan kutsua ja mistä voit saada tukea. Sinä päätät, mitä vastaukset merkitsevät sinulle.
start-duration = Siihen menee noin viidestä kymmeneen minuuttia. Voit ohittaa kysymyksiä ja lopettaa milloin haluat.
start-private = Mitään vastauksistasi ei tallenneta eikä lähetetä minnekään. Ne pysyvät puhelimessasi tai tietokoneessasi, kunnes suljet sivun.
start-quick-exit = ”Poistu sivulta nopeasti” -painike on aina ylhäällä. Voit myös painaa Shift-näppäintä kolme kertaa.
start-emergency = Oletko vaarassa juuri nyt? Soita 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Mitä haluat selvittää?
flow-path-partner = Minusta – kumppanini tai entinen kumppanini
flow-path-family = Minusta – perheeni, sukuni tai joku, joka auttaa minua arjessa
flow-path-exploitation = Minusta – joku saa minut myymään seksiä tai määrää työstäni, rahoistani tai papereistani
flow-path-worried = Jostakusta, josta olen huolissani
flow-path-used-violence = Olen satuttanut tai pelästyttänyt jotakuta läheistäni
flow-path-partner-youth = Minusta – joku, jonka kanssa seurustelen tai jota olen tapaillut
flow-path-family-youth = Minusta – perheeni tai sukuni
flow-path-exploitation-youth = Minusta – joku painostaa minua seksuaalisiin juttuihin netissä tai oikeassa elämässä tai saa minut tekemään töitä tai rikoksia hänen puolestaan
flow-path-worried-youth = Kaverista tai jostakusta muusta, josta olen huolissani
flow-path-used-violence-youth = Olen satuttanut tai pelästyttänyt jotakuta perheessäni tai jotakuta, jonka kanssa seurustelen
flow-age-title = Kuinka vanha olet?
flow-age-under-18 = Alle 18-vuotias
flow-age-adult = 18-vuotias tai vanhempi
flow-about-child-title = Onko henkilö, josta olet huolissasi, alle 18-vuotias?
flow-about-child-yes = Kyllä, alle 18-vuotias
flow-about-child-no = Ei, 18-vuotias tai vanhempi
flow-about-child-unknown = En tiedä
flow-self-title = Miten kuvailet itseäsi?
flow-self-hint = Sinun ei tarvitse vastata. Vastausta käytetään vain, jotta voimme näyttää sinulle sopivaa tukea, eikä sitä tallenneta.
flow-self-woman = Nainen tai tyttö
flow-self-man = Mies tai poika
flow-self-trans = Transihminen tai muunsukupuolinen
flow-self-rather-not-say = En halua vastata
flow-skip = Ohita
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Kysymys { $current }/{ $total }
flow-answer-yes = Kyllä
flow-answer-sometimes = Joskus
flow-answer-no = Ei
flow-answer-rather-not-say = En halua vastata
flow-answers-label = Vastauksesi
flow-see-result = Näytä tulos
flow-change-hint = Voit palata takaisin ja muuttaa vastaustasi milloin tahansa.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = Turvallisuutesi tällä sivulla

## Help view (reachable without the questions)

help-title = Etsi apua
help-intro = Täältä löydät koko Ruotsissa toimivia tukilinjoja ja yhteystietoja omassa kunnassasi: sinulle, joka koet väkivaltaa lähisuhteessa tai kunniaan liittyvää väkivaltaa ja sortoa tai olet prostituution tai ihmiskaupan kohteena, sinulle, joka olet huolissasi jostakusta, ja sinulle, joka haluat lopettaa väkivallan käyttämisen. Päätät itse, kehen otat yhteyttä ja mitä kerrot.
help-emergency = Oletko vaarassa juuri nyt? Soita 112.
help-not-sure = Voit soittaa, vaikka et olisi varma, onko kyse väkivallasta. Riittää, että olet huolissasi tai haluat puhua.

help-what-happens-title = Näin tapahtuu, kun soitat tukilinjaan
help-what-happens-1 = Joku kuuntelee sinua ja ottaa kertomasi vakavasti.
help-what-happens-2 = Päätät itse, mitä haluat kertoa, ja voit lopettaa puhelun milloin haluat.
help-what-happens-3 = Monet tukilinjat ovat maksuttomia, ja moniin voit ottaa yhteyttä nimettömänä. Se kerrotaan jokaisen yhteystiedon kohdalla.
help-what-happens-4 = Monet tukilinjat voivat järjestää tulkin, jotta voit puhua omalla kielelläsi.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = Meillä ei ole vielä sosiaalipalvelujen (socialtjänsten) numeroa kunnassa { $municipality }. Soita kunnan vaihteeseen (växel) ja pyydä saada puhua sosiaalipalvelujen (socialtjänsten) kanssa. Virka-ajan ulkopuolella voit kysyä sosiaalipäivystystä (socialjouren) tai soittaa 112, jos tilanne on kiireellinen.

help-municipality-label = Kuntasi
help-municipality-hint = Kirjoita kuntasi nimi. Valintasi pysyy puhelimessasi tai tietokoneessasi, eikä sitä tallenneta. Sivu hakee kaikkien kuntien yhteystiedot kerralla, joten kukaan ei näe, minkä kunnan valitsit.
help-municipality-no-match = Emme löydä kuntaa tällä nimellä. Tarkista kirjoitusasu tai kirjoita nimen alku.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Olet valinnut kunnan { $municipality }.
help-municipality-change = Vaihda kuntaa

help-national-title = Tukea koko Ruotsissa
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Tukea kunnassa { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Soita numeroon { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = Lähetä tekstiviesti numeroon { $number }
contact-chat = Avaa chat
contact-web = Avaa verkkosivusto
contact-open-always = Avoinna ympäri vuorokauden
contact-open-now = Avoinna nyt
contact-closed-now = Suljettu juuri nyt
contact-hours-unknown = Emme ole voineet tarkistaa aukioloaikoja.
contact-free = Maksuton
contact-anonymous = Voit olla nimettömänä
contact-interpreter = Tulkki voidaan järjestää
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Voit puhua myös näillä kielillä: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Tiedot luettu lähteestä päivänä { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = Lähdesivun päiväys on { $date }
contact-source-third-party = Tiedot ovat peräisin vain muulta kuin organisaation omalta sivulta
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = Lähteen mukaan linjalla oli rahoitusta { $date } asti. Emme tiedä, toimiiko se vielä.
contact-switchboard = Numero vie kunnan vaihteeseen (växel). Pyydä saada puhua sosiaalipalvelujen (socialtjänsten) kanssa.
contact-via-112 = Tavoitat sosiaalipäivystyksen (socialjouren) soittamalla numeroon 112 ja pyytämällä saada puhua sen kanssa.
contact-for-professionals = Ammattilaisille
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Kenelle: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Joka päivä
days-weekdays = Maanantai–perjantai
days-weekends = Lauantai–sunnuntai
days-mon = Maanantai
days-tue = Tiistai
days-wed = Keskiviikko
days-thu = Torstai
days-fri = Perjantai
days-sat = Lauantai
days-sun = Sunnuntai

## What kind of contact it is (short noun phrases)

kind-emergency = Hätänumero
kind-police = Poliisi
kind-helpline = Tukilinja
kind-social-services = Sosiaalipalvelut (socialtjänsten)
kind-social-services-on-call = Sosiaalipäivystys (socialjouren)
kind-womens-shelter = Tukea naisille, usein myös turvakoti (kvinnojour)
kind-girls-shelter = Tukea tytöille ja nuorille naisille (tjejjour)
kind-mens-shelter = Tukea miehille (mansjour)
kind-youth-clinic = Nuorisovastaanotto (ungdomsmottagning)
kind-perpetrator-programme = Apua väkivallan lopettamiseen
kind-victim-support = Tukea rikoksen jälkeen
kind-health = Terveydenhuolto
kind-suicide-prevention = Tukea itsemurha-ajatuksissa

## Who the contact is for (phrases after “For: …”)

audience-everyone = Kaikki
audience-women = Naiset
audience-men = Miehet
audience-trans = Transihmiset ja muunsukupuoliset
audience-young = Nuoret
audience-children = Alle 18-vuotiaat lapset
audience-honour = Ihmiset, jotka kokevat kunniaan liittyvää väkivaltaa ja sortoa
audience-trafficking = Ihmiset, jotka myyvät seksiä tai ovat ihmiskaupan kohteena
audience-uses-violence = Ihmiset, jotka käyttävät väkivaltaa ja haluavat lopettaa
audience-worried-others = Ihmiset, jotka ovat huolissaan jostakusta toisesta
audience-professionals = Ammattilaiset

result-contacts-title = Täältä voit saada tukea

## School staff page

staff-title = Sinulle, joka työskentelet koulussa
staff-load-failed = Sivua ei voitu ladata. Tarkista yhteytesi ja yritä uudelleen.
plan-load-failed = Turvasuunnitelmaa ei voitu ladata. Tarkista yhteytesi ja yritä uudelleen.
text-load-failed = Tekstiä ei voitu ladata. Tarkista yhteytesi ja yritä uudelleen.
text-load-retry = Yritä uudelleen
read-aloud = Lue ääneen
read-aloud-stop = Lopeta ääneen lukeminen

## About Vägvisaren

about-title = Tietoa Vägvisarenista
language-status-marker = koneen kääntämä

## Navigation

nav-start-questions = Aloita kysymykset
nav-help = Etsi apua
nav-safety = Turvallisuutesi
nav-staff = Koulun henkilökunnalle
nav-about = Tietoa sivusta
nav-plan = Tee turvasuunnitelma
nav-back = Takaisin
nav-next = Seuraava
nav-home = Etusivulle

