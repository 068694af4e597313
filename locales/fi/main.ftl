# Vägvisaren — suomi.
# Status: translated by the team from Swedish with machine assistance; not yet reviewed by a native speaker.

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

start-title = Onko se väkivaltaa? Täällä voit selvittää sen rauhassa.
start-lead = Vastaa muutamaan kysymykseen siitä, mitä sinulle tai jollekulle, josta olet huolissasi, tapahtuu. Saat tietää, millä nimellä sitä voidaan kutsua ja mistä voit saada apua.
start-duration = Siihen menee noin viidestä kymmeneen minuuttia. Voit ohittaa kysymyksiä ja lopettaa milloin haluat.
start-private = Mitään vastauksistasi ei tallenneta eikä lähetetä minnekään. Ne pysyvät puhelimessasi tai tietokoneessasi, kunnes suljet sivun.
start-quick-exit = ”Poistu sivulta nopeasti” -painike on aina ylhäällä. Voit myös painaa Shift-näppäintä kolme kertaa.
start-emergency = Oletko vaarassa juuri nyt? Soita 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Mitä haluat selvittää?
flow-path-partner = Minusta – kumppanini tai entinen kumppanini
flow-path-family = Minusta – perheeni tai sukuni
flow-path-exploitation = Minusta – joku saa minut myymään seksiä tai määrää työstäni, rahoistani tai papereistani
flow-path-worried = Jostakusta, josta olen huolissani
flow-path-used-violence = Olen satuttanut tai pelästyttänyt jotakuta läheistäni
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


## Questions: partner or ex

q-partner-put-down = Nimitteleekö kumppanisi tai ex-kumppanisi sinua, pilkkaako hän sinua tai saako hän sinut tuntemaan itsesi arvottomaksi?
q-partner-isolate = Päättääkö kumppanisi tai ex-kumppanisi, keitä saat tavata, minne saat mennä tai mitä saat pukea päällesi?
q-partner-phone = Lukeeko kumppanisi tai ex-kumppanisi viestejäsi, vaatiiko hän salasanojasi tai tarkistaako hän puhelimesi?
q-partner-follow = Seuraako kumppanisi tai ex-kumppanisi sinua, tarkkaileeko hän sovelluksella, missä olet, tai ilmestyykö hän sinne, missä olet, vaikka et halua?
q-partner-images = Onko kumppanisi tai ex-kumppanisi levittänyt tai uhannut levittää sinusta kuvia tai videoita, joita et halua muiden näkevän?
q-partner-money = Ottaako kumppanisi tai ex-kumppanisi rahasi tai määrääkö hän niistä niin, ettet voi itse käyttää niitä?
q-partner-money-youth = Ottaako kumppanisi tai ex-kumppanisi rahasi tai päättääkö hän, mitä saat ostaa?
q-partner-debt = Onko kumppanisi tai ex-kumppanisi ottanut lainaa tai velkaa sinun nimiisi tai estänyt sinua käymästä töissä tai opiskelemasta?
q-partner-debt-youth = Onko kumppanisi tai ex-kumppanisi estänyt sinua menemästä kouluun tai saanut sinut ostamaan hänelle tavaroita tai lainaamaan rahaa hänen puolestaan?
q-partner-break = Onko kumppanisi tai ex-kumppanisi rikkonut, heitellyt tai vienyt tavaroitasi?
q-partner-pets = Onko kumppanisi tai ex-kumppanisi satuttanut tai uhannut satuttaa eläintä, joka on sinulle tärkeä?
q-partner-threats = Uhkaileeko kumppanisi tai ex-kumppanisi sinua esimerkiksi sillä, että hän vie lapset, levittää sinusta juttuja tai järjestää niin, että joudut lähtemään Ruotsista?
q-partner-hit = Onko kumppanisi tai ex-kumppanisi lyönyt, tönäissyt tai potkaissut sinua tai pitänyt sinua väkisin kiinni?
q-partner-hurt = Onko sinulle tullut mustelmia, haavoja tai muita vammoja jostain, mitä kumppanisi tai ex-kumppanisi on tehnyt?
q-partner-neck = Onko kumppanisi tai ex-kumppanisi tarttunut kaulaasi, painanut kurkkuasi tai tehnyt niin, että sinun oli vaikea hengittää?
q-partner-weapon = Onko kumppanisi tai ex-kumppanisi uhannut sinua veitsellä, aseella tai jollain muulla, jolla voi satuttaa?
q-partner-kill = Onko kumppanisi tai ex-kumppanisi uhannut tappaa sinut tai jonkun läheisesi?
q-partner-worse = Onko väkivalta tai uhkailu pahentunut tai tapahtunut useammin viimeisen vuoden aikana?
q-partner-pregnant = Jos olet ollut raskaana: onko kumppanisi tai ex-kumppanisi lyönyt tai satuttanut sinua raskauden aikana?
q-partner-sex = Onko kumppanisi tai ex-kumppanisi pakottanut tai painostanut sinut seksiin tai seksuaalisiin tekoihin, joita et halunnut?
q-partner-sex-fear = Oletko suostunut seksiin, koska pelkäsit, mitä muuten tapahtuisi?
q-partner-care = Jos tarvitset apua arjessa: onko kumppanisi tai ex-kumppanisi jättänyt antamatta sinulle ruokaa, lääkkeitä tai muuta apua, jota tarvitset?
q-partner-aids = Onko kumppanisi tai ex-kumppanisi vienyt sinulta apuvälineet, silmälasit, lääkkeet tai puhelimen niin, ettet pärjää itse tai voi pyytää apua?
q-partner-children-see = Jos kotona on lapsia: ovatko he nähneet tai kuulleet väkivaltaa tai uhkailua teidän välillänne?
q-partner-children-afraid = Ovatko lapset pelästyneet tai yrittäneet suojella sinua, kun kumppanisi tai ex-kumppanisi on ollut vihainen?
q-partner-children-threat = Onko kumppanisi tai ex-kumppanisi uhannut satuttaa lapsia tai viedä heidät sinulta?
q-partner-afraid = Pelkäätkö kumppaniasi tai ex-kumppaniasi silloinkin, kun hän ei juuri sillä hetkellä tee mitään?
q-partner-careful = Mietitkö koko ajan, mitä sanot ja teet, ettei kumppanisi tai ex-kumppanisi suuttuisi?
q-partner-leaving = Oletko äskettäin jättänyt kumppanisi tai aiotko jättää hänet, ja pelkäätkö, mitä hän silloin tekee?

## Questions: family or relatives

q-family-collective = Päättävätkö useat perheenjäsenesi tai sukulaisesi yhdessä, miten sinun pitää elää?
q-family-collective-youth = Päättävätkö muutkin kuin vanhempasi, esimerkiksi sisarukset tai sukulaiset, sinun elämästäsi?
q-family-friends = Päättääkö perheesi tai sukusi, keiden kanssa saat olla ystävä, miten saat pukeutua tai mitä saat tehdä vapaa-ajallasi?
q-family-friends-youth = Päättääkö perheesi, keiden kanssa saat olla kaveri, mitä saat pukea päällesi tai mitä saat tehdä koulun jälkeen?
q-family-school = Estääkö perheesi tai sukusi sinua opiskelemasta, käymästä töissä tai valitsemasta itse koulutustasi?
q-family-school-youth = Estääkö perheesi sinua olemasta mukana oppitunneilla, koulun retkillä tai koulun muussa toiminnassa?
q-family-love = Päättääkö perheesi tai sukusi, keneen saat rakastua ja kenen kanssa saat olla yhdessä, tai saatko olla avoimesti se, kuka olet?
q-family-love-youth = Päättääkö perheesi, keneen saat rakastua tai kenen kanssa saat seurustella?
q-family-phone = Tarkistaako joku perheestäsi tai suvustasi puhelimesi tai viestisi nähdäkseen, kenen kanssa puhut?
q-family-phone-youth = Tarkistaako joku perheestäsi puhelimesi nähdäkseen, kenen kanssa puhut?
q-family-siblings = Tarkkailevatko sisarukset, serkut tai muut sukulaiset sinua ja kertovatko he perheelle, mitä teet?
q-family-siblings-youth = Vahtivatko sisaruksesi tai serkkusi sinua koulussa tai kaupungilla ja kertovatko he perheellesi?
q-family-virginity = Vaatiiko perheesi tai sukusi, että olet neitsyt naimisiinmenoon asti, tai tarkistavatko he, että olet?
q-family-virginity-youth = Sanooko perheesi, että sinun pitää olla neitsyt eli et saa harrastaa seksiä ennen kuin menet naimisiin?
q-family-marriage = Painostaako perheesi tai sukusi sinua menemään kihloihin tai naimisiin jonkun kanssa, jota et ole itse valinnut, tai onko se jo tapahtunut vastoin tahtoasi?
q-family-marriage-youth = Haluaako perheesi, että menet kihloihin tai naimisiin, vaikka et itse halua?
q-family-abroad = Onko joku sanonut, että sinut lähetetään tai viedään toiseen maahan vastoin tahtoasi, tai suunnitellaanko matkaa, joka huolestuttaa sinua?
q-family-abroad-youth = Onko joku sanonut, että sinut lähetetään toiseen maahan, tai oletteko lähdössä matkalle, joka huolestuttaa sinua?
q-family-disown = Onko joku uhannut, että perhe hylkää sinut tai katkaisee välit sinuun, jos et tee niin kuin he haluavat?
q-family-disown-youth = Onko joku sanonut, että perheesi ei enää halua sinua, jos et tee niin kuin he sanovat?
q-family-put-down = Nimitteleekö joku perheestäsi tai suvustasi sinua, pilkkaako hän sinua tai sanooko hän, että olet arvoton?
q-family-put-down-youth = Sanooko joku perheestäsi sinulle ilkeitä asioita, huutaako hän sinulle tai sanooko hän, että olet huono?
q-family-money = Ottavatko perheenjäsenesi tai sukulaisesi palkkasi, etuutesi tai rahasi, tai määräävätkö he niistä?
q-family-money-youth = Ottaako joku perheestäsi rahasi, esimerkiksi opintotukesi tai kesätyöpalkkasi?
q-family-money-denied = Pidättääkö perheesi sinulta rahaa, jota tarvitset esimerkiksi ruokaan, vaatteisiin tai matkoihin, jotta he voisivat määrätä sinusta?
q-family-money-denied-youth = Kieltäytyykö perheesi antamasta sinulle rahaa asioihin, joita tarvitset, kuten bussikorttiin, vaatteisiin tai koulutarvikkeisiin, rangaistakseen sinua?
q-family-break = Onko joku perheestäsi tai suvustasi rikkonut, heitellyt tai vienyt tavaroitasi?
q-family-break-youth = Onko joku perheestäsi rikkonut tai vienyt tavaroitasi rangaistakseen sinua?
q-family-pets = Onko joku perheestäsi tai suvustasi satuttanut tai uhannut satuttaa eläintä, joka on sinulle tärkeä?
q-family-online = Onko joku perheestäsi tai suvustasi levittänyt tai uhannut levittää netissä sinusta kuvia, videoita tai juoruja?
q-family-online-youth = Onko joku perheestäsi laittanut tai uhannut laittaa nettiin kuvia tai juttuja sinusta?
q-family-tracking = Seuraako joku perheestäsi tai suvustasi sinua, tai seuraako hän sovelluksen tai muiden ihmisten avulla, missä olet?
q-family-tracking-youth = Seuraako joku perheestäsi sinua, tai katsooko hän puhelimen sovelluksesta, missä olet?
q-family-hit = Onko joku perheestäsi tai suvustasi lyönyt, tönäissyt tai potkaissut sinua tai pitänyt sinua väkisin kiinni?
q-family-hit-youth = Onko joku perheestäsi lyönyt sinua, tönäissyt sinua, vetänyt sinua hiuksista tai pitänyt sinua väkisin kiinni?
q-family-neck = Onko joku perheestäsi tai suvustasi tarttunut kaulaasi, painanut kurkkuasi tai tehnyt niin, että sinun oli vaikea hengittää?
q-family-neck-youth = Onko joku perheestäsi tarttunut kaulaasi tai tehnyt niin, että sinun oli vaikea hengittää?
q-family-weapon = Onko joku perheestäsi tai suvustasi uhannut sinua veitsellä, aseella tai jollain muulla, jolla voi satuttaa?
q-family-weapon-youth = Onko joku perheestäsi uhannut sinua veitsellä tai jollain muulla, jolla voi satuttaa?
q-family-kill = Onko joku perheestäsi tai suvustasi uhannut tappaa sinut tai jonkun läheisesi?
q-family-kill-youth = Onko joku perheestäsi sanonut, että hän tappaa sinut tai jonkun, josta välität?
q-family-worse = Onko väkivalta tai uhkailu pahentunut tai tapahtunut useammin viimeisen vuoden aikana?
q-family-worse-youth = Onko se pahentunut tai tapahtunut useammin viime aikoina?
q-family-sex-touch = Onko joku perheestäsi tai suvustasi koskenut sinua seksuaalisella tavalla tai sanonut tai näyttänyt sinulle seksuaalisia asioita, joita et halunnut?
q-family-sex-touch-youth = Onko joku perheestäsi tai suvustasi koskenut kehoasi tavalla, joka tuntui väärältä, tai näyttänyt sinulle seksuaalisia kuvia?
q-family-sex-forced = Onko joku perheestäsi tai suvustasi pakottanut tai painostanut sinut seksiin tai seksuaalisiin tekoihin?
q-family-sex-forced-youth = Onko joku perheestäsi tai suvustasi pakottanut sinut tekemään jotain seksuaalista?
q-family-care = Jos tarvitset apua arjessa: onko se perheenjäsen, jonka pitäisi auttaa sinua, jättänyt antamatta sinulle ruokaa, lääkkeitä tai muuta apua, jota tarvitset?
q-family-care-youth = Jäätkö joskus ilman ruokaa, puhtaita vaatteita tai apua, kun olet kipeänä kotona?
q-family-alone = Onko joku perheestäsi jättänyt sinut pitkäksi aikaa yksin tai vienyt sinulta apuvälineet, vaikka et pärjää itse?
q-family-alone-youth = Jätetäänkö sinut pitkäksi aikaa yksin kotiin, tai joudutko huolehtimaan itsestäsi tai sisaruksistasi enemmän kuin jaksat?
q-family-children-see = Onko perheessä lapsia, jotka näkevät tai kuulevat väkivaltaa tai uhkailua kotona?
q-family-children-see-youth = Oletko sinä tai ovatko sisaruksesi nähneet tai kuulleet, kun joku perheestäsi lyö tai uhkailee jotakuta toista?
q-family-children-threat = Onko joku perheestäsi tai suvustasi uhannut satuttaa perheen lapsia tai viedä heidät sinulta?
q-family-children-threat-youth = Onko joku perheestäsi uhannut satuttaa sisaruksiasi tai muita perheen lapsia?
q-family-afraid = Pelkäätkö jotakuta perheestäsi tai suvustasi silloinkin, kun juuri sillä hetkellä ei tapahdu mitään?
q-family-afraid-youth = Pelkäätkö jotakuta perheestäsi?
q-family-home = Pelkäätkö, mitä tapahtuu, kun tulet kotiin, tai jos perheesi saa tietää sinusta jotain?
q-family-home-youth = Pelkäätkö mennä kotiin koulun jälkeen, tai pelkäätkö, mitä tapahtuu, jos perheesi saa tietää sinusta jotain?

## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Painostaako tai pakottaako joku sinua myymään seksiä tai harrastamaan seksiä muiden kanssa rahaa vastaan?
q-exploit-sell-sex-youth = Onko joku saanut sinut harrastamaan seksiä tai tekemään seksuaalisia asioita vastineeksi rahasta, tavaroista, huumeista tai yöpaikasta?
q-exploit-sex-control = Päättääkö joku muu, milloin, missä tai kenen kanssa harrastat seksiä rahaa vastaan, tai ottaako joku muu rahat?
q-exploit-work = Teetkö paljon enemmän töitä kuin sovittiin, hyvin pienellä palkalla tai ilman palkkaa?
q-exploit-work-youth = Saako joku sinut tekemään töitä, myymään huumeita tai hoitamaan asioita hänen puolestaan ilman palkkaa tai siksi, että pelkäät?
q-exploit-wage = Ottaako joku muu palkkasi tai rahasi, tai päättääkö hän, mitä saat ostaa?
q-exploit-debt = Sanooko joku, että olet hänelle velkaa esimerkiksi matkasta, asumisesta tai työpaikasta ja että sinun pitää maksaa velka tekemällä töitä?
q-exploit-debt-youth = Sanooko joku, että olet hänelle velkaa rahaa tai palveluksia, jotka sinun pitää maksaa takaisin tekemällä asioita hänelle?
q-exploit-debt-grows = Kasvaako velka koko ajan esimerkiksi sakkojen, vuokran tai maksujen takia, niin ettet koskaan pääse siitä eroon?
q-exploit-papers = Onko joku ottanut passisi, henkilökorttisi tai oleskelulupasi eikä suostu antamaan sitä takaisin?
q-exploit-accounts = Hallitseeko joku muu BankID:täsi, sopimuksiasi tai muita nimissäsi olevia papereita niin, ettet voi itse käyttää niitä?
q-exploit-locked = Estääkö joku sinua menemästä ulos yksin, tapaamasta ketä haluat tai puhumasta perheesi kanssa?
q-exploit-phone = Ottaako joku puhelimesi, lukeeko hän viestejäsi tai seuraako hän, missä olet?
q-exploit-online = Onko joku laittanut nettiin sinusta ilmoituksia, kuvia tai videoita ilman, että olet itse päättänyt niin?
q-exploit-authorities = Onko joku sanonut, että poliisi tai viranomaiset rankaisevat sinua tai lähettävät sinut pois maasta, jos kerrot?
q-exploit-sex-forced = Onko joku pakottanut sinut seksiin tai seksuaalisiin tekoihin, joita et halunnut?
q-exploit-sex-unsafe = Onko joku pakottanut sinut harrastamaan seksiä ilman kondomia tai tekemään asioita, joihin olet sanonut ei?
q-exploit-hit = Onko joku, joka määrää sinusta, lyönyt, tönäissyt tai satuttanut sinua?
q-exploit-neck = Onko joku tarttunut kaulaasi, painanut kurkkuasi tai tehnyt niin, että sinun oli vaikea hengittää?
q-exploit-weapon = Onko joku uhannut sinua veitsellä, aseella tai jollain muulla, jolla voi satuttaa?
q-exploit-kill = Onko joku uhannut tappaa sinut tai jonkun perheenjäsenesi täällä tai toisessa maassa?
q-exploit-worse = Onko väkivalta tai uhkailu pahentunut tai tapahtunut useammin viime aikoina?
q-exploit-afraid = Pelkäätkö, mitä tapahtuu, jos sanot ei, lopetat tai lähdet pois?
q-exploit-always-afraid = Pelkäätkö sitä tai niitä, jotka määräävät sinusta, silloinkin kun he eivät ole lähellä?

## Questions: someone you are worried about

q-worried-afraid = Vaikuttaako henkilö, josta olet huolissasi, pelkäävän jotakuta tai olevan huolissaan kotiin menemisestä?
q-worried-isolated = Onko henkilö, josta olet huolissasi, lakannut tapaamasta ystäviä tai perhettä tai lopettanut asioita, joista hän ennen piti?
q-worried-controlled = Vaikuttaako siltä, että joku määrää henkilöstä, josta olet huolissasi, esimerkiksi siitä, keitä hän saa tavata tai minne hän saa mennä?
q-worried-careful = Vaikuttaako siltä, että henkilö, josta olet huolissasi, miettii koko ajan, mitä sanoo ja tekee, ettei joku suuttuisi?
q-worried-phone = Tarkistaako joku sen henkilön puhelimen, josta olet huolissasi, tai pitääkö hänen aina vastata heti ja kertoa, missä hän on?
q-worried-followed = Seuraako tai tarkkaileeko joku henkilöä, josta olet huolissasi, tai ottaako joku häneen jatkuvasti yhteyttä, netissä tai oikeassa elämässä?
q-worried-money = Hallitseeko joku muu sen henkilön rahoja, palkkaa tai pankkikorttia, josta olet huolissasi, niin ettei hän voi päättää itse?
q-worried-debts = Onko henkilölle, josta olet huolissasi, tullut velkoja, jotka joku muu on ottanut, tai puuttuuko häneltä rahaa ruokaan ja muuhun, mitä hän tarvitsee?
q-worried-injuries = Oletko nähnyt henkilöllä, josta olet huolissasi, mustelmia tai vammoja, joita hän ei halua tai pysty selittämään?
q-worried-hit = Oletko nähnyt, kuullut tai saanut tietää, että joku lyö, tönii tai pitää väkisin kiinni henkilöä, josta olet huolissasi?
q-worried-neck = Oletko saanut tietää, että joku on tarttunut sen henkilön kaulaan, josta olet huolissasi, tai tehnyt niin, että hänen oli vaikea hengittää?
q-worried-weapon = Onko joku uhannut henkilöä, josta olet huolissasi, veitsellä, aseella tai jollain muulla, jolla voi satuttaa?
q-worried-kill = Onko joku uhannut tappaa henkilön, josta olet huolissasi, tai jonkun hänen läheisensä?
q-worried-worse = Vaikuttaako tilanne pahentuneen viime aikoina, esimerkiksi niin, että vammoja, uhkailua tai pelkoa on enemmän?
q-worried-leaving = Onko henkilö, josta olet huolissasi, äskettäin jättänyt kumppanin, jota hän pelkää, tai aikooko hän jättää tämän?
q-worried-sex = Onko henkilö, josta olet huolissasi, kertonut, että joku on pakottanut tai painostanut hänet seksiin tai seksuaalisiin tekoihin?
q-worried-sex-images = Oletko nähnyt, että joku levittää seksuaalisia kuvia henkilöstä, josta olet huolissasi, tai puhuu hänelle seksuaalisesti, vaikka hän ei halua?
q-worried-selling-sex = Luuletko, että henkilö, josta olet huolissasi, myy seksiä tai että joku saa hänet tekemään niin?
q-worried-sex-for-things = Saako henkilö, josta olet huolissasi, rahaa, lahjoja, huumeita tai yöpaikan joltakulta, joka haluaa vastineeksi seksiä?
q-worried-honour = Päättääkö sen henkilön perhe tai suku, josta olet huolissasi, keiden kanssa hän saa olla ystävä, mitä hän saa pukea päälleen tai saako hän opiskella?
q-worried-honour-love = Päättääkö joku muu, kenen kanssa henkilö, josta olet huolissasi, saa seurustella tai mennä naimisiin?
q-worried-trip = Onko henkilö, josta olet huolissasi, kertonut, että hänet aiotaan kihlata, naittaa tai lähettää ulkomaille vastoin hänen tahtoaan?
q-worried-care = Jos henkilö, josta olet huolissasi, tarvitsee apua arjessa: vaikuttaako siltä, että hän jää ilman ruokaa, lääkkeitä tai muuta apua, jota hän tarvitsee?
q-worried-care-youth = Vaikuttaako siltä, että henkilö, josta olet huolissasi, jää ilman ruokaa, puhtaita vaatteita tai apua, kun hän on sairas?
q-worried-left-alone = Jätetäänkö henkilö, josta olet huolissasi, pitkäksi aikaa yksin tai ilman apuvälineitään, vaikka hän ei pärjää itse?
q-worried-children-home = Onko kodissa lapsia, jotka voivat nähdä tai kuulla väkivaltaa tai uhkailua?
q-worried-children-scared = Vaikuttavatko kodin lapset pelokkailta, huolestuneilta tai surullisilta tavalla, joka huolestuttaa sinua?

## Questions: I have hurt or frightened someone close to me

q-used-put-down = Oletko nimitellyt jotakuta läheistäsi, nöyryyttänyt häntä tai huutanut hänelle niin, että hän pelästyi?
q-used-control = Oletko päättänyt, keitä kumppanisi tai joku perheenjäsenesi saa tavata, minne hän saa mennä tai mitä hän saa pukea päälleen?
q-used-control-youth = Oletko päättänyt, keitä seurustelukumppanisi tai sisaruksesi saa tavata tai mitä hän saa pukea päälleen?
q-used-phone = Oletko lukenut jonkun viestejä, vaatinut hänen salasanojaan tai tarkistanut hänen puhelimensa ilman lupaa?
q-used-images = Oletko levittänyt tai uhannut levittää jostakusta kuvia tai videoita, joita hän ei halunnut muiden näkevän?
q-used-money = Oletko ottanut jonkun rahat tai määrännyt niistä niin, ettei hän voinut itse käyttää niitä?
q-used-money-work = Oletko estänyt kumppaniasi tai jotakuta perheenjäsentäsi käymästä töissä tai opiskelemasta, tai ottanut lainaa hänen nimiinsä?
q-used-money-work-youth = Oletko pakottanut jonkun antamaan sinulle rahaa tai tavaroita?
q-used-break = Oletko rikkonut tavaroita, heitellyt tavaroita tai lyönyt seiniä tai ovia, kun olet ollut vihainen?
q-used-pets = Oletko satuttanut tai uhannut satuttaa eläintä pelotellaksesi jotakuta?
q-used-hit = Oletko lyönyt, tönäissyt tai potkaissut kumppaniasi tai jotakuta perheenjäsentäsi tai pitänyt häntä väkisin kiinni?
q-used-hit-youth = Oletko lyönyt, tönäissyt tai potkaissut jotakuta perheestäsi, esimerkiksi vanhempaasi tai sisarustasi, tai seurustelukumppaniasi?
q-used-neck = Oletko joskus puristanut jonkun kaulaa tai kurkkua?
q-used-weapon = Oletko uhannut jotakuta veitsellä, aseella tai jollain muulla, jolla voi satuttaa?
q-used-kill = Oletko sanonut, että tapat jonkun läheisesi, vaikka et tarkoittanut sitä?
q-used-worse = Onko sitä tapahtunut useammin tai onko se muuttunut rajummaksi viimeisen vuoden aikana?
q-used-sex = Oletko painostanut tai pakottanut jonkun seksiin tai jatkanut, vaikka hän sanoi ei tai ei näyttänyt haluavan?
q-used-sex-sulk = Oletko suuttunut, mököttänyt tai käyttäytynyt uhkaavasti, kun kumppanisi ei halunnut seksiä?
q-used-children-see = Ovatko lapset nähneet tai kuulleet, kun olet ollut väkivaltainen tai uhkaava kotona?
q-used-children-afraid = Onko joku lapsi alkanut pelätä sinua tai yrittänyt pysäyttää sinut tai suojella jotakuta, kun olet ollut vihainen?
q-used-afraid = Luuletko, että joku läheisesi pelkää sinua?
q-used-careful = Huomaatko, että joku läheisesi hiljenee tai on varovainen, jottet suuttuisi?

## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Fyysinen väkivalta
category-physical-text = Kun joku lyö sinua, tönii sinua, pitää sinua väkisin kiinni tai satuttaa sinua muulla tavalla, se on väkivaltaa. Se on rikos, eikä se ole koskaan sinun syytäsi.
category-physical-text-worried = Kun joku lyö, tönii tai satuttaa henkilöä, josta olet huolissasi, se on väkivaltaa ja rikos. Se ei ole koskaan hänen syytään.
category-physical-text-used = Se, mitä kuvaat, on fyysistä väkivaltaa. Sen voi lopettaa, ja apua on saatavilla.

category-psychological-title = Henkinen väkivalta
category-psychological-text = Uhkailu, pilkkaaminen ja se, että sinua kontrolloidaan tai estetään tapaamasta muita, ovat myös väkivaltaa. Se voi sattua yhtä paljon kuin lyönnit.
category-psychological-text-worried = Uhkailu, pilkkaaminen ja kontrollointi ovat myös väkivaltaa, vaikka mitään ei näkyisi. Niiden takia hänen voi olla vaikea pyytää apua.
category-psychological-text-used = Toisen uhkaileminen, nöyryyttäminen tai kontrolloiminen on henkistä väkivaltaa. Voit valita lopettaa, ja siihen on saatavilla tukea.

category-sexual-title = Seksuaalinen väkivalta
category-sexual-text = Kaiken seksin pitää olla vapaaehtoista, myös kumppanin kanssa. Jos sinua painostetaan tai pakotetaan johonkin seksuaaliseen, se on väkivaltaa ja rikos.
category-sexual-text-worried = Kukaan ei saa painostaa tai pakottaa ketään mihinkään seksuaaliseen. Se on väkivaltaa ja rikos, myös parisuhteessa.
category-sexual-text-used = Seksi, jota molemmat eivät halua, on seksuaalista väkivaltaa ja rikos, myös parisuhteessa. Apua on saatavilla, jos haluat muuttaa tapaasi toimia.

category-economic-title = Taloudellinen väkivalta
category-economic-text = Kun joku ottaa rahasi, määrää niistä tai ajaa sinut velkaan voidakseen ohjailla sinua, se on taloudellista väkivaltaa.
category-economic-text-worried = Kun joku ottaa hänen rahansa tai määrää niistä voidakseen ohjailla häntä, se on taloudellista väkivaltaa.
category-economic-text-used = Toisen rahojen ottaminen tai niistä määrääminen, jotta voisi ohjailla häntä, on taloudellista väkivaltaa. Sen voi muuttaa, ja tukea on saatavilla.

category-material-title = Esineisiin ja eläimiin kohdistuva väkivalta
category-material-text = Kun joku rikkoo tavaroitasi tai satuttaa eläintäsi pelotellakseen sinua, sekin on väkivaltaa.
category-material-text-used = Tavaroiden rikkominen tai eläinten satuttaminen vihaisena pelottaa muita ja on yksi väkivallan muoto. On mahdollista oppia muita tapoja käsitellä vihaa.

category-digital-title = Digitaalinen väkivalta
category-digital-text = Kun joku tarkistaa puhelimesi, seuraa, missä olet, tai levittää sinusta kuvia, se on väkivaltaa, myös silloin kun se tapahtuu netissä.
category-digital-text-worried = Kun joku tarkistaa hänen puhelimensa, seuraa, missä hän on, tai levittää hänestä kuvia, se on väkivaltaa, myös silloin kun se tapahtuu netissä.
category-digital-text-used = Toisen puhelimen tarkistaminen, sen seuraaminen, missä hän on, tai hänen kuviensa levittäminen on digitaalista väkivaltaa. Sen voi lopettaa, ja apua on saatavilla.

category-latent-title = Eläminen pelossa
category-latent-text = Kun pelkää koko ajan ja sopeutuu välttääkseen väkivaltaa, sitä kutsutaan piileväksi väkivallaksi. Pelko on merkki siitä, että jokin on vialla, eikä se ole sinun syytäsi.
category-latent-text-worried = Jatkuvaa pelkoa ja sopeutumista kutsutaan piileväksi väkivallaksi. Hänen pelkonsa on tärkeä merkki, joka pitää ottaa vakavasti.
category-latent-text-used = Kun joku pelkää sinua ja sopeutuu sinun mukaasi, sitä kutsutaan piileväksi väkivallaksi. Se, että huomaat tämän, on tärkeä ensimmäinen askel.

category-neglect-title = Laiminlyönti
category-neglect-text = Jos tarvitset apua arjessa, sinulla on oikeus saada sitä. Kun joku jättää sinut auttamatta tai vie sinulta sen, mitä tarvitset, se on laiminlyöntiä.
category-neglect-text-worried = Kun apua tarvitseva ihminen jää ilman ruokaa, lääkkeitä tai hoivaa, se on laiminlyöntiä. Hänellä on oikeus saada apua.

category-honour-title = Kunniaan liittyvä väkivalta ja sorto
category-honour-text = Kun perheesi tai sukusi päättää yhdessä, kenen kanssa saat olla, mitä saat pukea päällesi tai kenen kanssa sinun pitää mennä naimisiin, sitä kutsutaan kunniaan liittyväksi väkivallaksi ja sorroksi. Sinulla on oikeus päättää omasta elämästäsi.
category-honour-text-worried = Kun perhe tai suku yhdessä määrää hänen elämästään, ystävistään, vaatteistaan tai avioliitostaan, sitä kutsutaan kunniaan liittyväksi väkivallaksi ja sorroksi. Hänellä on oikeus päättää omasta elämästään.

category-children-witnessing-title = Lapset, jotka näkevät tai kuulevat väkivaltaa
category-children-witnessing-text = Lapset, jotka näkevät tai kuulevat väkivaltaa kotona, ovat itsekin väkivallan kohteena. Heillä on oikeus suojeluun ja tukeen.
category-children-witnessing-text-worried = Lapset, jotka näkevät tai kuulevat väkivaltaa kotona, ovat itsekin väkivallan kohteena. Sosiaalipalvelut (socialtjänsten) voivat tukea lasta ja perhettä.
category-children-witnessing-text-used = Väkivallan näkeminen tai kuuleminen vaikuttaa lapsiin paljon, vaikka he eivät olisi samassa huoneessa. Se, että haet apua, on hyväksi myös heille.

category-coerced-sex-title = Painostus myymään seksiä
category-coerced-sex-text = Kukaan ei saa painostaa, huijata tai pakottaa sinua myymään seksiä. Ruotsissa väärin toimii se, joka ostaa seksiä tai hyötyy siitä rahallisesti, ei koskaan sinä.
category-coerced-sex-text-worried = Kukaan ei saa painostaa, huijata tai pakottaa ketään myymään seksiä. Seksiä myyvä ei tee Ruotsissa rikosta, ja hänellä on oikeus tukeen.

category-debt-bondage-title = Velkaorjuus
category-debt-bondage-text = Kun joku sanoo, että sinulla on velka, joka sinun pitää maksaa tekemällä töitä ja joka ei lopu koskaan, se on tapa ohjailla sinua. Se voi olla ihmiskauppaa.

category-documents-taken-title = Passin ja paperien vieminen
category-documents-taken-text = Kukaan ei saa ottaa passiasi, henkilöllisyystodistustasi tai papereitasi. Jos joku pitää niitä itsellään ohjaillakseen sinua, se on merkki pakottamisesta.

## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Kuristusote on vakava varoitusmerkki, vaikka jälkiä ei näkyisi.
danger-weapon = Uhkailu veitsellä, aseella tai muilla esineillä on vakava varoitusmerkki.
danger-threat-to-kill = Tappouhkaukset pitää aina ottaa vakavasti, myös silloin kun ne sanotaan vihaisena.
danger-escalation = Kun väkivalta tai uhkailu pahenee tai toistuu useammin, vakavan väkivallan riski kasvaa.
danger-separation = Eron aika voi olla erityisen vaarallinen, jos toinen on ollut väkivaltainen tai kontrolloiva.
danger-pregnancy = Väkivalta raskauden aikana on vakava varoitusmerkki sekä raskaana olevalle että lapselle.
danger-stalking = Jatkuva seuraaminen, tarkkailu tai yhteydenotot ovat vakava varoitusmerkki ja voivat olla rikos.
danger-forced-trip-or-marriage = Suunnitelmat avioliitosta tai ulkomaanmatkasta vastoin jonkun tahtoa ovat vakava varoitusmerkki. Suojelua on mahdollista saada ennen matkaa.
danger-threats-to-children = Lapsiin kohdistuvat uhkaukset ovat vakava varoitusmerkki. Lapsilla on oikeus suojeluun.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".
## A list is a series of ids ending in -1, -2, -3 … in the order they are shown.

## Safety page

safety-title = Turvallisuutesi tällä sivulla
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

safety-transparency-title = Sivu ei tallenna eikä lähetä mitään
safety-transparency-1 = Sivu ei tallenna mitään puhelimeesi tai tietokoneeseesi, ei edes evästeitä. Kieli ja kunta säilyvät vain siihen asti, kunnes suljet sivun.
safety-transparency-2 = Vastauksiasi ei koskaan lähetetä minnekään. Sivu hakee vain samat tiedostot kuin kaikille muillekin, vastasitpa mitä tahansa.
safety-transparency-intro = Katso itse: alla oleva luettelo näyttää jokaisen pyynnön, jonka sivu on tehnyt sen jälkeen, kun avasit sen.
safety-transparency-empty = Sivu ei ole vielä tehnyt yhtään pyyntöä.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Sivu on tehnyt yhden pyynnön.
   *[other] Sivu on tehnyt { $count } pyyntöä.
}

## Help view (reachable without the questions)

help-title = Etsi apua
help-intro = Täältä löydät tukilinjoja, jotka palvelevat koko Ruotsissa, ja yhteystietoja omassa kunnassasi. Päätät itse, kehen otat yhteyttä ja mitä kerrot.
help-emergency = Oletko vaarassa juuri nyt? Soita 112.
help-not-sure = Voit soittaa, vaikka et olisi varma, onko kyse väkivallasta. Riittää, että olet huolissasi tai haluat puhua.

help-what-happens-title = Näin tapahtuu, kun soitat tukilinjaan
help-what-happens-1 = Joku kuuntelee sinua ja ottaa kertomasi vakavasti.
help-what-happens-2 = Päätät itse, mitä haluat kertoa, ja voit lopettaa puhelun milloin haluat.
help-what-happens-3 = Monet tukilinjat ovat maksuttomia, ja moniin voit ottaa yhteyttä nimettömänä. Se kerrotaan jokaisen yhteystiedon kohdalla.
help-what-happens-4 = Monet tukilinjat voivat järjestää tulkin, jotta voit puhua omalla kielelläsi.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = Meillä ei ole vielä omia yhteystietoja kunnalle { $municipality }. Soita kunnan vaihteeseen (växel) ja pyydä saada puhua sosiaalipalvelujen (socialtjänsten) kanssa. Virka-ajan ulkopuolella voit kysyä sosiaalipäivystystä (socialjouren) tai soittaa 112, jos tilanne on kiireellinen.

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
contact-source = Tarkistettu { $date }
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
kind-womens-shelter = Naisten turvakoti tai tukipalvelu (kvinnojour)
kind-girls-shelter = Tukea tytöille ja nuorille naisille (tjejjour)
kind-mens-shelter = Tukea miehille (mansjour)
kind-youth-clinic = Nuorisovastaanotto (ungdomsmottagning)
kind-perpetrator-programme = Apua väkivallan lopettamiseen
kind-victim-support = Tukea rikoksen jälkeen
kind-health = Terveydenhuolto

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

## Result: fixed parts

result-title = Tätä vastauksesi kuvaavat
result-intro = Vastauksesi kuvaavat yhtä tai useampaa väkivallan muotoa. Alta voit lukea, millä nimillä niitä kutsutaan ja mistä voit saada tukea.
result-none = Mikään vastauksistasi ei kuvannut väkivaltaa. Voit silti puhua jonkun kanssa, jos jokin tuntuu väärältä. Luota tunteeseesi.
result-none-rather-not-say = Päätit jättää osaan kysymyksistä vastaamatta, ja se on täysin hyvä. Voit silti saada tukea, ja päätät itse, mitä kerrot.

result-urgent-title = Jos olet vaarassa nyt, soita 112
result-urgent-text = Kerro, missä olet ja mitä tapahtuu. Puhelu on maksuton. Voit soittaa, vaikka et voisi puhua vapaasti. Pysy silloin linjalla.
result-urgent-signs-intro = Näytämme tämän ensin, koska vastauksissasi mainitaan jotain, mikä voi olla vakava varoitusmerkki:

result-not-your-fault = Se, mitä sinulle tapahtuu, ei ole sinun syytäsi. Kenelläkään ei ole oikeutta satuttaa sinua, uhkailla sinua tai määrätä sinusta.
result-right-to-support = Sinulla on oikeus hakea tukea sosiaalipalveluista (socialtjänsten) siinä kunnassa, jossa olet, riippumatta siitä, mistä tulet ja onko sinulla oleskelulupa. Yhteydenotto on maksuton.

result-what-happens-title = Mitä tapahtuu, jos otan yhteyttä?
result-what-happens-1 = Voit aloittaa soittamalla tukilinjaan, jossa voit puhua ja saada neuvoja. Päätät itse, mitä kerrot.
result-what-happens-2 = Sosiaalipalvelut voivat tarjota sinulle tukikeskusteluja, apua sen suunnitteluun, miten voit olla turvassa, ja apua turva-asunnon saamiseen, jos sinun täytyy muuttaa.
result-what-happens-3 = Voit edetä askel kerrallaan. Voit ensin kysyä, mitä seuraavaksi tapahtuu, ennen kuin kerrot enemmän.

result-contacts-title = Täältä voit saada tukea
result-show-local = Näytä apua läheltäni
result-start-over = Aloita alusta
result-start-over-hint = Kaikki vastauksesi unohdetaan.

## Result: for someone who has hurt or frightened someone

result-used-intro = Vastauksesi kuvaavat, että olet tehnyt asioita, jotka voivat satuttaa tai pelottaa jotakuta läheistäsi.
result-used-responsibility = Se, että vastasit kysymyksiin, on tärkeä askel. Väkivalta on valinta, ja voit valita lopettaa. Siihen on saatavilla apua, esimerkiksi Välj att sluta -palvelu ja oman kuntasi sosiaalipalvelut (socialtjänsten).
result-used-urgent-text = Jos pelkäät satuttavasi jotakuta juuri nyt tai jos joku on vaarassa, soita 112.

## Result: for someone who is worried about another person

result-worried-intro = Vastauksesi kuvaavat, että henkilö, josta olet huolissasi, voi olla väkivallan kohteena. Täällä voit lukea lisää ja nähdä, mistä sekä sinä että hän voitte saada tukea.

## For someone who is worried about another person

worried-title = Jos olet huolissasi jostakusta
worried-intro = On hyvä, että välität. Täällä on merkkejä, joihin kannattaa kiinnittää huomiota, neuvoja siitä, miten voit puhua hänen kanssaan, ja tietoa siitä, mistä voit hakea apua.

worried-signs-title = Merkkejä, joihin kannattaa kiinnittää huomiota
worried-signs-1 = Hän vaikuttaa pelokkaalta, surulliselta tai huolestuneelta ja on muuttunut.
worried-signs-2 = Hän ei tapaa ystäviä ja perhettä yhtä usein kuin ennen, tai hän ei saa tavata heitä.
worried-signs-3 = Joku soittaa tai kirjoittaa hänelle koko ajan ja haluaa tietää, missä hän on.
worried-signs-4 = Hänellä on vammoja, joita hän ei halua tai pysty selittämään.
worried-signs-5 = Hänellä ei ole omia rahoja, tai jollakulla muulla on hänen passinsa tai puhelimensa.
worried-signs-6 = Hän kertoo avioliitosta tai matkasta, jota hän ei ole itse valinnut.

worried-talk-title = Näin voit aloittaa keskustelun
worried-talk-1 = Valitse paikka, jossa voitte puhua kahden kesken ja rauhassa.
worried-talk-2 = Kerro, mitä olet huomannut ja että välität. Voit sanoa esimerkiksi: ”Olen huomannut, että vaikutat surulliselta. Mitä sinulle kuuluu?”
worried-talk-3 = Kuuntele tuomitsematta ja usko, mitä hän kertoo.
worried-talk-4 = Anna hänen päättää tahti. Voi kestää aikaa, ennen kuin hän haluaa kertoa enemmän.
worried-talk-5 = Kerro, että apua on saatavilla, ja tarjoudu olemaan mukana, kun hän soittaa tai ottaa yhteyttä.

worried-dont-title = Tätä sinun ei pidä tehdä
worried-dont-1 = Älä ota asiaa puheeksi väkivaltaa käyttävän henkilön kanssa. Se voi tehdä tilanteesta vaarallisemman sille, josta olet huolissasi.
worried-dont-2 = Älä painosta häntä kertomaan tai lähtemään. Hän tietää itse parhaiten, mikä on turvallista.
worried-dont-3 = Älä ota yhteyttä perheeseen tai sukuun, jos epäilet kunniaan liittyvää väkivaltaa. Se voi saattaa hänet vaaraan.
worried-dont-4 = Älä anna kenenkään perheestä, suvusta tai heidän tuttavapiiristään toimia tulkkina. Pyydä tulkki, joka ei tunne perhettä.
worried-dont-5 = Älä lähetä viestejä väkivallasta hänen puhelimeensa, jos joku muu voi lukea ne.

worried-over-time-title = Tukena pitkään
worried-over-time-1 = Pidä edelleen yhteyttä, vaikka hän ei haluaisi puhua juuri nyt.
worried-over-time-2 = On tavallista lähteä ja palata monta kertaa. Näytä tuomitsematta, että olet edelleen tukena.
worried-over-time-3 = Pidä huolta myös itsestäsi. Monet tukilinjat ottavat vastaan puheluita myös niiltä, jotka ovat huolissaan jostakusta toisesta.

worried-child-title = Jos olet huolissasi lapsesta
worried-child-1 = Kuka tahansa voi tehdä huoli-ilmoituksen (orosanmälan) sen kunnan sosiaalipalveluihin (socialtjänsten), jossa lapsi asuu. Sinun ei tarvitse olla varma. Riittää, että olet huolissasi.
worried-child-2 = Yksityishenkilönä voit tehdä ilmoituksen nimettömänä. Sosiaalipalvelut selvittävät, miten lapsi voi.
worried-child-3 = Ne, jotka työskentelevät lasten kanssa, esimerkiksi koulussa, terveydenhuollossa tai sosiaalipalveluissa, ovat velvollisia tekemään ilmoituksen.

## School staff page

staff-title = Sinulle, joka työskentelet koulussa
staff-intro = Vägvisaren auttaa nuoria selvittämään itse, onko se, mitä he kokevat, väkivaltaa, ja mistä he voivat saada apua. Täältä voit lukea, miten voit tukea oppilasta.
staff-load-failed = Sivua ei voitu ladata. Tarkista yhteytesi ja yritä uudelleen.
staff-what-1 = Työkalu kysyy kumppanista, perheestä ja suvusta, painostuksesta myydä seksiä ja siitä, onko vastaaja itse satuttanut jotakuta. Alle 18-vuotiaat saavat yksinkertaisempia kysymyksiä.
staff-what-2 = Vastauksista näkyy, mistä väkivallan muodoista voi olla kyse, pitäisikö oppilaan soittaa heti 112 ja mitkä tukilinjat ja yhteystahot sopivat hänelle.
staff-what-3 = Mitään ei tallenneta eikä lähetetä. Sinä et näe eikä koulukaan näe, mitä oppilas on vastannut.

staff-talk-title = Kun puhut nuoren kanssa, joka voi olla väkivallan kohteena
staff-talk-1 = Kuuntele rauhassa paikassa, jossa teitä ei häiritä. Anna oppilaan kertoa omin sanoin.
staff-talk-2 = Usko, mitä oppilas kertoo, ja sano, että oli hyvä, että hän kertoi. Se ei ole koskaan hänen syytään.
staff-talk-3 = Älä lupaa pitää asiaa salassa. Kerro rehellisesti, että sinun voi olla pakko tehdä ilmoitus sosiaalipalveluihin (socialtjänsten), ja kerro miksi.
staff-talk-4 = Älä ota yhteyttä perheeseen, jos epäilet kunniaan liittyvää väkivaltaa. Se voi saattaa oppilaan vaaraan.
staff-talk-5 = Älä käytä tulkkina ketään perheestä tai heidän verkostostaan. Varaa ammattitulkki, esimerkiksi puhelintulkki toiselta paikkakunnalta, ja kysy oppilaalta, tuntuuko tulkki turvalliselta.
staff-talk-6 = Kirjoita muistiin, mitä oppilas sanoi, hänen omin sanoin, ja milloin hän sanoi sen. Älä kirjoita omia tulkintojasi ikään kuin ne olisivat tosiasioita.

staff-same-day-title = Samana päivänä
staff-same-day-1 = Tee ilmoitus sosiaalipalveluihin (socialtjänsten) samana päivänä. Älä odota saadaksesi lisää tietoa.
staff-same-day-2 = Kerro asiasta rehtorille tai oppilashuollolle (elevhälsan). Muista, että ilmoitusvelvollisuus on silti sinun omasi.
staff-same-day-3 = Jos oppilas on vaarassa tai ei uskalla mennä kotiin, soita heti sosiaalipalveluihin. Virka-ajan ulkopuolella soita sosiaalipäivystykseen (socialjouren) tai numeroon 112, jos tilanne on kiireellinen.

staff-duty-title = Ilmoitusvelvollisuus
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Kaikki koulussa työskentelevät ovat velvollisia ilmoittamaan viipymättä sosiaalipalveluihin (socialtjänsten), jos he saavat tietää tai epäilevät, että lapsi voi huonosti tai on vaarassa. Tästä säädetään sosiaalipalvelulaissa, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Epäily riittää. Et tarvitse todisteita. Sosiaalipalvelut tekevät selvityksen.
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

## About Vägvisaren

about-title = Tietoa Vägvisarenista
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren on itsenäinen työkalu eikä viranomainen. Emme voi ottaa vastaan ilmoituksia emmekä vastata kysymyksiin sinun tilanteestasi.
about-free = Vägvisaren on maksuton. Sinun ei tarvitse kirjautua sisään eikä kertoa, kuka olet.
about-private = Mitään vastauksistasi ei tallenneta eikä lähetetä. Palvelin ei tallenna mitään tietoja siitä, kuka sivulla käy.
about-contacts-title = Näin tarkistamme yhteystiedot
about-contacts-1 = Jokaisella numerolla ja aukioloajalla on lähde, esimerkiksi tukilinjan oma verkkosivusto, ja päivämäärä, jolloin tarkistimme sen.
about-contacts-2 = Emme koskaan näytä numeroa, jota mikään lähde ei mainitse. Jos jokin on muuttunut, tukilinjan oman verkkosivuston tieto on se, joka pätee.
about-languages-title = Kielet
about-languages-intro = Tekstit kirjoitetaan ensin ruotsiksi ja käännetään sitten. Näin pitkällä olemme kunkin kielen kanssa:
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = lähdekieli
status-reviewed = käännetty, ja äidinkielinen puhuja on tarkistanut käännöksen
status-unreviewed = käännetty, mutta ei vielä tarkistettu

## Navigation

nav-start-questions = Aloita kysymykset
nav-help = Etsi apua
nav-safety = Turvallisuutesi
nav-staff = Koulun henkilökunnalle
nav-about = Tietoa sivusta
nav-back = Takaisin
nav-next = Seuraava
nav-home = Etusivulle

## Safety page, added by the UI

safety-transparency-refresh = Päivitä luettelo
