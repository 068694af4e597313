# Vägvisaren — the safety page and the about page.
# Loaded when someone opens the safety page or the about page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

safety-intro = Täällä voit lukea, miten sivu suojaa sinua ja mitä se ei voi piilottaa. Tee niin kuin tuntuu sinulle turvallisimmalta.
safety-quick-exit-title = Poistu sivulta nopeasti
safety-quick-exit-1 = ”Poistu sivulta nopeasti” -painike on aina ylhäällä. Voit myös painaa Shift-näppäintä kolme kertaa.
safety-quick-exit-2 = Silloin sivu tyhjenee heti, ja kaikki vastauksesi unohdetaan.
safety-quick-exit-3 = Sen jälkeen välilehti siirtyy sääsivulle, joten näyttää siltä, että olet katsonut säätä.
safety-quick-exit-4 = Selaimen takaisin-painike ei vie takaisin tänne.
safety-cannot-hide-title = Tätä sivu ei voi piilottaa
safety-cannot-hide-1 = Selaimen historiassa näkyy edelleen, että olet käynyt tällä sivulla.
safety-cannot-hide-2 = Voit poistaa juuri sen käynnin. Avaa historia selaimen valikosta ja etsi Vägvisaren. Pidä sormea rivin päällä, pyyhkäise riviä sivulle tai napauta ruksia ja valitse, että haluat poistaa sen.
safety-cannot-hide-3 = Jos poistat vain sen rivin, muu historia näyttää tavalliselta.
safety-cannot-hide-4 = Puhelimen viimeisimpien puhelujen luettelosta näkyy, mihin numeroihin olet soittanut.
safety-cannot-hide-5 = Voit poistaa puhelun luettelosta. Pidä sormea puhelun päällä tai pyyhkäise sitä vasemmalle ja valitse ”Poista”.
safety-cannot-hide-6 = Puhelut numeroihin, jotka alkavat 020, ovat maksuttomia eivätkä näy puhelinlaskussa. Ne näkyvät silti viimeisimpien puhelujen luettelossa.
safety-cannot-hide-7 = Tekstiviestit ja chatit jäävät puhelimeen, kunnes poistat ne.
safety-private-browsing-title = Yksityinen selaus
safety-private-browsing-1 = Useimmissa selaimissa on yksityinen tila, jota kutsutaan myös incognito-tilaksi. Silloin käynti ei jää historiaan, kun suljet ikkunan.
safety-private-browsing-2 = Avaat sen yleensä selaimen valikosta valitsemalla ”Uusi yksityinen ikkuna” tai ”Uusi incognito-välilehti”.
safety-private-browsing-3 = Yksityinen tila ei piilota tekemisiäsi ohjelmalta, joka valvoo puhelinta, eikä työpaikan tai koulun verkolta.
safety-shared-phone-title = Jos joku muu käyttää tai tarkistaa puhelintasi
safety-shared-phone-1 = Jos joku muu voi lainata tai tarkistaa puhelintasi tai tietokonettasi, hän voi nähdä, mitä teet sillä.
safety-shared-phone-2 = Joku on voinut asentaa puhelimeen ohjelman, joka valvoo sitä, eli niin sanotun vakoiluohjelman. Joku voi myös tietää salasanasi ja koodisi.
safety-shared-phone-3 = Jos se tuntuu turvallisemmalta, voit käyttää ystävän puhelinta, kirjaston tietokonetta tai työpaikan puhelinta.
safety-shared-phone-4 = Voi herättää huomiota, jos yhtäkkiä vaihdat salasanoja tai poistat ohjelmia. Mieti ennen sitä, mikä on sinulle turvallisinta.
safety-read-aloud-title = Ääneen lukeminen
safety-read-aloud-1 = ”Lue ääneen” -painike käyttää vain puhelimessasi tai tietokoneessasi olevia ääniä. Tekstiä ei lähetetä mihinkään puhepalveluun.
safety-read-aloud-2 = Muista, että joku lähelläsi voi kuulla sen, mitä luetaan ääneen. Ääneen lukeminen loppuu, kun poistut sivulta nopeasti.
safety-transparency-title = Sivu ei tallenna eikä lähetä mitään
safety-transparency-1 = Sivu ei tallenna mitään puhelimeesi tai tietokoneeseesi, ei edes evästeitä. Kieli ja kunta säilyvät vain siihen asti, kunnes suljet sivun.
safety-transparency-2 = Vastauksiasi ei koskaan lähetetä minnekään. Sivu hakee vain samat tiedostot kuin kaikille muillekin, vastasitpa mitä tahansa.
safety-transparency-3 = Ääneen lukemiseen käytetään vain puhelimesi tai tietokoneesi ääniä, joten mitään ääneen luettavaa ei lähetetä minnekään.
safety-transparency-intro = Katso itse: alla oleva luettelo näyttää jokaisen pyynnön, jonka sivu on tehnyt sen jälkeen, kun avasit sen.
safety-transparency-empty = Sivu ei ole vielä tehnyt yhtään pyyntöä.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Sivu on tehnyt yhden pyynnön.
   *[other] Sivu on tehnyt { $count } pyyntöä.
}
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren on itsenäinen työkalu eikä viranomainen. Emme voi ottaa vastaan ilmoituksia emmekä vastata kysymyksiin sinun tilanteestasi.
about-free = Vägvisaren on maksuton. Sinun ei tarvitse kirjautua sisään eikä kertoa, kuka olet.
about-private = Mitään vastauksistasi ei tallenneta eikä lähetetä. Palvelin ei tallenna mitään tietoja siitä, kuka sivulla käy.
about-contacts-title = Näin tarkistamme yhteystiedot
about-contacts-1 = Jokaisella numerolla ja aukioloajalla on lähde, esimerkiksi tukilinjan oma verkkosivusto, ja päivämäärä, jolloin luimme sen. Jos lähdesivulla itsellään on päivämäärä, näytämme myös sen.
about-contacts-2 = Emme koskaan näytä numeroa, jota mikään lähde ei mainitse. Jos jokin on muuttunut, tukilinjan oman verkkosivuston tieto on se, joka pätee.
about-read-aloud = Ääneen lukeminen toimii vain, jos puhelimessasi tai tietokoneessasi on oma ääni tälle kielelle. Jos sellaista ei ole, ääneen lukemisen painiketta ei näytetä.
about-languages-title = Kielet
about-languages-intro = Tekstit kirjoitetaan ensin ruotsiksi ja käännetään sitten. Näin pitkällä olemme kunkin kielen kanssa:
about-languages-method = Jokainen käännös on konekäännös ruotsista. Sen jälkeen toinen konekäännös, joka ei ole nähnyt ruotsinkielistä tekstiä, kääntää sen takaisin ruotsiksi, ja me vertaamme lauseita yksi kerrallaan ja korjaamme erot. Se ei ole sama asia kuin se, että äidinkielinen puhuja olisi tarkistanut tekstin.
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = lähdekieli
status-reviewed = käännetty, ja äidinkielinen puhuja on tarkistanut käännöksen
status-unreviewed = käännetty, mutta ei vielä tarkistettu
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = koneen kääntämä; sanasto ja takaisinkäännös tarkistettiin { $date }; äidinkielinen puhuja ei ole vielä tarkistanut
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = mukautettu selkoruotsiksi tavallisesta ruotsinkielisestä tekstistä; merkitys tarkistettiin takaisinkäännöksellä { $date }; selkotoimittaja ei ole vielä tarkistanut
safety-transparency-refresh = Päivitä luettelo
