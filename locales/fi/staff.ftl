# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren auttaa nuoria selvittämään itse, onko se, mitä he kokevat, väkivaltaa, ja mistä he voivat saada apua. Täältä voit lukea, miten voit tukea oppilasta.
staff-what-1 = Työkalu kysyy lähisuhdeväkivallasta, kunniaan liittyvästä väkivallasta ja sorrosta, painostuksesta seksiin tai hyväksikäytöstä sekä siitä, onko vastaaja itse satuttanut jotakuta. Alle 18-vuotiaat saavat nuorille kirjoitettuja kysymyksiä.
staff-what-2 = Vastauksista näkyy, mistä väkivallan muodoista voi olla kyse ja mitkä tukilinjat ja yhteystahot sopivat. Jos vastauksissa mainitaan vakava varoitusmerkki, 112 näytetään ensimmäisenä. Oppilas päättää itse, mitä hän tekee.
staff-what-3 = Mitään ei tallenneta eikä lähetetä. Sinä et näe eikä koulukaan näe, mitä oppilas on vastannut.

staff-talk-title = Kun puhut nuoren kanssa, joka voi olla väkivallan kohteena
staff-talk-1 = Kuuntele rauhassa paikassa, jossa teitä ei häiritä. Anna oppilaan kertoa omin sanoin.
staff-talk-2 = Usko, mitä oppilas kertoo, ja sano, että oli hyvä, että hän kertoi. Se ei ole koskaan hänen syytään.
staff-talk-3 = Älä lupaa pitää asiaa salassa. Kerro rehellisesti, että sinun voi olla pakko tehdä ilmoitus sosiaalipalveluihin (socialtjänsten), ja kerro miksi.
staff-talk-4 = Älä ota yhteyttä huoltajiin, jos epäilet, että joku perheestä kohdistaa oppilaaseen väkivaltaa tai uhkailua, tai jos epäilet kunniaan liittyvää väkivaltaa. Se voi saattaa oppilaan vaaraan. Anna sosiaalipalvelujen (socialtjänsten) päättää, milloin ja miten perheeseen otetaan yhteyttä.
staff-talk-5 = Älä käytä tulkkina ketään perheestä tai heidän verkostostaan. Varaa ammattitulkki, esimerkiksi puhelintulkki toiselta paikkakunnalta, ja kysy oppilaalta, tuntuuko tulkki turvalliselta.
staff-talk-6 = Kirjoita muistiin, mitä oppilas sanoi, hänen omin sanoin, ja milloin hän sanoi sen. Älä kirjoita omia tulkintojasi ikään kuin ne olisivat tosiasioita.
staff-talk-7 = Älä esitä johdattelevia kysymyksiä äläkä kuulustele oppilasta itse. Asian selvittäminen on sosiaalipalvelujen (socialtjänsten) ja poliisin tehtävä.

staff-same-day-title = Samana päivänä
staff-same-day-1 = Tee ilmoitus sosiaalipalveluihin (socialtjänsten) samana päivänä. Älä odota saadaksesi lisää tietoa.
staff-same-day-2 = Kerro asiasta rehtorille tai oppilashuollolle (elevhälsan). Muista, että ilmoitusvelvollisuus (anmälningsskyldighet) on silti sinun omasi.
staff-same-day-3 = Jos oppilas on vaarassa tai ei uskalla mennä kotiin, soita heti sosiaalipalveluihin (socialtjänsten). Virka-ajan ulkopuolella soita sosiaalipäivystykseen (socialjouren) tai numeroon 112, jos tilanne on kiireellinen.
staff-same-day-4 = Älä lähetä kotiin oppilasta, joka pelkää mennä kotiin, ennen kuin olet saanut yhteyden sosiaalipalveluihin (socialtjänsten) tai sosiaalipäivystykseen (socialjouren).

staff-duty-title = Ilmoitusvelvollisuus (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Kaikki koulussa työskentelevät ovat velvollisia ilmoittamaan viipymättä sosiaalipalveluihin (socialtjänsten), jos he saavat tietää tai epäilevät, että lapsi voi huonosti tai on vaarassa. Tätä kutsutaan ilmoitusvelvollisuudeksi (anmälningsskyldighet), ja siitä säädetään sosiaalipalvelulaissa, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Epäily riittää. Et tarvitse todisteita. Sosiaalipalvelut (socialtjänsten) tekevät selvityksen.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Velvollisuus on henkilökohtainen. Et voi siirtää sitä rehtorille, koulukuraattorille tai kenellekään muulle.
staff-duty-4 = Tee ilmoitus sen kunnan sosiaalipalveluihin (socialtjänsten), jossa lapsi asuu. Voit soittaa tai kirjoittaa. Virka-ajan ulkopuolella soita sosiaalipäivystykseen (socialjouren) tai numeroon 112, jos tilanne on kiireellinen.

staff-lines-title = Tukilinjat ammattilaisille
staff-lines-intro = Täältä voit saada neuvoja esimerkiksi siihen, miten edetä, kun oppilas on kertonut sinulle jotain.

staff-builder-title = Tee linkki ja juliste
staff-builder-intro = Valitse kunta ja kielet. Ne näkyvät linkissä ja julisteessa, mutta mikään muu tieto ei näy.
staff-builder-municipality = Kunta
staff-builder-languages = Kielet (valitse yksi, kaksi tai kolme)
staff-builder-youth = Avaa suoraan nuorille tarkoitetut kysymykset
staff-builder-link-label = Jaettava linkki
staff-builder-copy = Kopioi linkki
staff-builder-copied = Linkki on kopioitu.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = QR-koodi, joka vie osoitteeseen { $link }
staff-builder-print = Tulosta juliste
staff-builder-too-many-languages = Voit valita enintään kolme kieltä.

## The poster (printed in several languages side by side)

poster-title = Tapahtuuko kotona tai kumppanisi kanssa jotain, mikä huolestuttaa sinua?
poster-line = Skannaa koodi. Mitään ei tallenneta. Päätät itse, mitä vastaat.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Oletko alle 18-vuotias? Voit soittaa Brisiin (lasten ja nuorten tukilinja) numeroon { $number }.
poster-emergency = Oletko vaarassa juuri nyt? Soita 112.
