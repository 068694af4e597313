# Vägvisaren — the safety plan.
# Loaded only when someone opens the safety plan. Calm, plain and in the second person. The plan
# never urges anyone to leave or to stay: both are real choices.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Plan
plan-title = Turvasuunnitelmani
plan-intro = Tähän voit kirjoittaa asioita, jotka voivat auttaa sinua olemaan turvassa. Valitset itse, mitä täytät, ja voit ohittaa sen, mikä ei sovi sinulle.
plan-not-kept = Mitään ei tallenneta eikä lähetetä. Kirjoittamasi teksti säilyy vain, kunnes suljet sivun, painat ”Aloita alusta” tai poistut sivulta nopeasti.
plan-print-warning = Jos tulostat suunnitelman tai tallennat sen PDF-tiedostona, siitä jää kopio. Mieti, missä säilytät sitä: joku muu voi löytää tulostetun suunnitelman.
plan-print = Tulosta tai tallenna PDF-tiedostona
plan-suggestions-title = Ehdotuksia vastaustesi perusteella
plan-suggestions-note = Ehdotukset näkyvät vain tässä, eivätkä ne tule mukaan tulosteeseen.
plan-empty-field = (ei kirjoitettu mitään)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = Jos sinua on satutettu, voit hakeutua hoitoon, vaikka mitään ei näkyisi. Hoitohenkilökunta voi myös dokumentoida vammat.
plan-suggest-children = Voit tehdä suunnitelman myös lapsille: minne he voivat mennä ja kenelle he voivat soittaa.
plan-suggest-trip = Jos matkaa suunnitellaan: kirjoita muistiin, mitä teet ennen matkaa ja keneen otat yhteyttä.
plan-suggest-leaving = Jos aiot lähteä: aika ennen lähtöä, sen aikana ja sen jälkeen voi olla vaarallinen. Sitä kannattaa suunnitella tukilinjan, naisten, tyttöjen tai miesten tukipalvelun (kvinnojour, tjejjour, mansjour) tai sosiaalipalvelujen (socialtjänsten) kanssa.
plan-suggest-phone = Voit aloittaa puhelimesta ja tileistä: joku voi seurata, missä olet tai mitä kirjoitat.
plan-suggest-weapons = Kerro poliisille, jos on aseita. Poliisi voi ottaa aseet haltuunsa, kun on väkivallan vaara.
plan-suggest-suicide = Voit lisätä Självmordslinjen-tukilinjan niiden joukkoon, joille voit soittaa. Se on avoinna ympäri vuorokauden.

## People to call
plan-people-title = Ihmiset, joille voin soittaa
plan-people-advice = Valitse muutama ihminen, johon luotat. Sopikaa yhdessä, mitä he tekevät, jos otat heihin yhteyttä, esimerkiksi soittavat numeroon 112.
plan-people-field = Luotettavien ihmisten nimet ja puhelinnumerot
plan-codeword-field = Koodisana, joka tarkoittaa, että tarvitsen apua

## A safe place
plan-place-title = Turvallinen paikka
plan-place-advice = Mieti paikkoja, joissa voit olla hetken turvassa, esimerkiksi jonkun luona, jota toinen ei tunne, tai paikkoja, jotka ovat auki ympäri vuorokauden.
plan-place-field = Tänne voin mennä, jos minun pitää päästä nopeasti pois

## What to keep ready
plan-ready-title = Tavarat, jotka kannattaa pitää valmiina
plan-ready-advice = Voi olla hyvä pitää tärkeät tavarat koottuina yhteen paikkaan tai kopiot niistä jonkun luotettavan ihmisen luona: henkilökortti ja passi, BankID ja pankkikortti, avaimet, lääkkeet, rahaa, laturi ja lasten paperit.
plan-ready-field = Missä säilytän niitä tai kenellä on kopiot

## Phone and accounts
plan-phone-title = Puhelin ja tilit
plan-phone-advice = Vaihda salasanat puhelimella tai tietokoneella, johon kukaan muu ei pääse, ja tarkista, onko sijainnin jakaminen päällä. Muista, että muutokset voidaan huomata: tee niin kuin tuntuu turvallisimmalta.
plan-phone-field = Nämä haluan tarkistaa tai muuttaa

## Children
plan-children-title = Lasten suunnitelma
plan-children-advice = Lapset voivat oppia, minne mennä ja kenelle soittaa, kun kotona on levotonta. Lapset voivat soittaa numeroon 112 ja Brisiin. Sosiaalipalvelut (socialtjänsten) voivat tukea lapsia.
plan-children-field = Mitä lapset tekevät ja kenelle he voivat soittaa

## Staying or leaving: both are legitimate
plan-stay-title = Jos jään
plan-stay-advice = Monet jäävät, joksikin aikaa tai pysyvästi, ja sekin on oikea valinta. Mieti, mistä huoneista pääset ulos ja kenelle voit soittaa, kun tilanne kiristyy.
plan-stay-field = Tätä teen, jotta olisin paremmin turvassa siellä, missä asun
plan-leave-title = Jos haluan lähteä
plan-leave-advice = Aika ennen lähtöä, sen aikana ja sen jälkeen voi olla vaarallinen. Sitä kannattaa suunnitella tukilinjan, naisten, tyttöjen tai miesten tukipalvelun (kvinnojour, tjejjour, mansjour) tai sosiaalipalvelujen (socialtjänsten) kanssa, sillä ne voivat auttaa asumisen järjestämisessä.
plan-leave-field = Mitä minun pitää järjestää etukäteen ja kuka voi auttaa minua

## For young people
plan-youth-title = Aikuinen, johon luotan
plan-youth-advice = Voit aina soittaa Brisiin kertomatta, kuka olet. Koulukuraattori ja kouluterveydenhoitaja voivat kuunnella sinua ja auttaa sinua saamaan yhteyden sosiaalipalveluihin (socialtjänsten).
plan-youth-field = Aikuinen, jonka kanssa voin puhua, esimerkiksi koulukuraattori, opettaja tai joku sukulainen

## A feared trip abroad
plan-trip-title = Ennen matkaa
plan-trip-advice = Kerro sosiaalipalveluille (socialtjänsten), poliisille tai kunniaan liittyvän väkivallan tukilinjalle ennen matkaa. Lapselle sosiaalipalvelut voivat hakea matkustuskieltoa (utreseförbud). Tallenna Ruotsin suurlähetystön osoite siinä maassa.
plan-trip-field = Mitä teen ennen matkaa ja keneen otan yhteyttä

## Exploitation
plan-papers-title = Paperini ja mistä voin saada tukea
plan-papers-advice = Ota kuva tai kopio passistasi ja muista papereistasi ja säilytä se paikassa, johon kukaan muu ei pääse. Voit ottaa yhteyttä poliisiin ja sosiaalipalveluihin (socialtjänsten), vaikka sinulla ei olisi oleskelulupaa.
plan-papers-field = Kopiot ja puhelinnumerot, jotka haluan pitää tallessa

## For someone who has used violence: when anger rises
plan-anger-title = Kun viha kasvaa
plan-anger-advice = Opettele tunnistamaan merkit kehossasi ja ajatuksissasi ennen kuin teet mitään. Lähde pois tilanteesta: sano, että pidät tauon, ja palaa, kun olet rauhoittunut. Sinä päätät itse, mitä teet.
plan-anger-signs-field = Omat varoitusmerkkini
plan-anger-do-field = Näin toimin, kun huomaan ne
plan-anger-call-field = Tälle ihmiselle tai linjalle voin soittaa, esimerkiksi Välj att sluta
