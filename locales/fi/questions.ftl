# Vägvisaren — the questions and the result.
# Fetched when someone starts the questions, together with main.ftl: the same file for everyone.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Questions: partner or ex

q-partner-put-down = Nimitteleekö kumppanisi tai ex-kumppanisi sinua, pilkkaako hän sinua tai saako hän sinut tuntemaan itsesi arvottomaksi?
q-partner-put-down-youth = Nimitteleekö joku, jonka kanssa seurustelet tai jota olet tapaillut, sinua, pilkkaako hän sinua tai saako hän sinut tuntemaan itsesi huonoksi?
q-partner-isolate = Päättääkö kumppanisi tai ex-kumppanisi, keitä saat tavata, minne saat mennä tai mitä saat pukea päällesi?
q-partner-isolate-youth = Päättääkö joku, jonka kanssa seurustelet tai jota olet tapaillut, keitä kavereita sinulla saa olla, minne saat mennä tai mitä saat pukea päällesi?
q-partner-phone = Lukeeko kumppanisi tai ex-kumppanisi viestejäsi, vaatiiko hän salasanojasi tai tarkistaako hän puhelimesi?
q-partner-phone-youth = Vaatiiko joku, jonka kanssa seurustelet tai jota olet tapaillut, saada nähdä puhelimesi, viestisi tai salasanasi tai tietää, missä olet?
q-partner-follow = Seuraako kumppanisi tai ex-kumppanisi sinua, ilmestyykö hän sinne, missä olet, tai seuraako hän sijaintiasi sovelluksella tai sijainnin jakamisella, johon et ole suostunut?
q-partner-follow-youth = Seuraako joku, jonka kanssa seurustelet tai jota olet tapaillut, sinua tai ilmestyykö hän sinne, missä olet, vaikka et halua?
q-partner-images = Onko kumppanisi tai ex-kumppanisi levittänyt tai uhannut levittää sinusta kuvia tai videoita, joita et halua muiden näkevän?
q-partner-images-youth = Onko joku, jonka kanssa seurustelet tai jota olet tapaillut, levittänyt tai uhannut levittää sinusta kuvia tai videoita, joita et halua muiden näkevän?
q-partner-nudes = Onko joku, jonka kanssa seurustelet tai jota olet tapaillut, jankuttanut, painostanut tai huijannut sinua lähettämään alastonkuvia tai seksikkäitä kuvia?
q-partner-older = Onko se, jonka kanssa seurustelet tai jota olet tapaillut, aikuinen tai paljon sinua vanhempi?
q-partner-money = Ottaako kumppanisi tai ex-kumppanisi rahasi tai määrääkö hän niistä niin, ettet voi itse käyttää niitä?
q-partner-money-youth = Ottaako joku, jonka kanssa seurustelet tai jota olet tapaillut, rahojasi tai päättääkö hän, mitä saat ostaa?
q-partner-debt = Onko kumppanisi tai ex-kumppanisi ottanut lainaa tai velkaa sinun nimiisi tai estänyt sinua käymästä töissä tai opiskelemasta?
q-partner-debt-youth = Onko joku, jonka kanssa seurustelet tai jota olet tapaillut, estänyt sinua menemästä kouluun tai saanut sinut ostamaan hänelle tavaroita tai lainaamaan muilta rahaa hänelle?
q-partner-threats = Uhkaileeko kumppanisi tai ex-kumppanisi sinua esimerkiksi sillä, että hän vie lapset, kertoo muille seksuaalisesta suuntautumisestasi tai sukupuoli-identiteetistäsi tai järjestää niin, että sinun on pakko lähteä Ruotsista?
q-partner-threats-youth = Uhkaileeko joku, jonka kanssa seurustelet tai jota olet tapaillut, sinua esimerkiksi sillä, että hän levittää sinusta juttuja tai kertoo muille, jos olet homo, lesbo, bi tai trans?
q-partner-break = Onko kumppanisi tai ex-kumppanisi rikkonut, heitellyt tai vienyt tavaroitasi?
q-partner-break-youth = Onko joku, jonka kanssa seurustelet tai jota olet tapaillut, rikkonut, heitellyt tai vienyt tavaroitasi?
q-partner-hit = Onko kumppanisi tai ex-kumppanisi lyönyt, tönäissyt tai potkaissut sinua tai pitänyt sinua väkisin kiinni?
q-partner-hit-youth = Onko joku, jonka kanssa seurustelet tai jota olet tapaillut, lyönyt, tönäissyt tai potkaissut sinua tai pitänyt sinua väkisin kiinni?
q-partner-neck = Onko kumppanisi tai ex-kumppanisi kuristanut sinua, tarttunut sinua kaulasta tai painanut kaulaasi niin, että sinun oli vaikea hengittää?
q-partner-neck-youth = Onko joku, jonka kanssa seurustelet tai jota olet tapaillut, kuristanut sinua, tarttunut sinua kaulasta tai tehnyt niin, että sinun oli vaikea hengittää?
q-partner-weapon = Onko kumppanisi tai ex-kumppanisi uhannut sinua veitsellä, aseella tai jollain muulla, jolla voi satuttaa?
q-partner-weapon-youth = Onko joku, jonka kanssa seurustelet tai jota olet tapaillut, uhannut sinua veitsellä tai jollain muulla, jolla voi satuttaa?
q-partner-kill = Onko kumppanisi tai ex-kumppanisi uhannut tappaa sinut tai jonkun läheisesi?
q-partner-kill-youth = Onko joku, jonka kanssa seurustelet tai jota olet tapaillut, sanonut tappavansa sinut tai jonkun, josta välität?
q-partner-sex = Onko kumppanisi tai ex-kumppanisi pakottanut tai painostanut sinut seksiin tai seksuaalisiin tekoihin, joita et halunnut, tai oletko suostunut seksiin, koska pelkäsit?
q-partner-sex-youth = Onko joku, jonka kanssa seurustelet tai jota olet tapaillut, pakottanut, painostanut tai jankuttanut sinut tekemään jotain seksuaalista, mitä et halunnut?
q-partner-afraid = Pelkäätkö kumppaniasi tai ex-kumppaniasi silloinkin, kun hän ei juuri sillä hetkellä tee mitään?
q-partner-afraid-youth = Pelkäätkö jotakuta, jonka kanssa seurustelet tai jota olet tapaillut?
q-partner-care = Jos tarvitset apua arjessa: onko kumppanisi tai ex-kumppanisi jättänyt antamatta sinulle ruokaa, lääkkeitä tai muuta apua, jota tarvitset?
q-partner-aids = Onko kumppanisi tai ex-kumppanisi vienyt sinulta apuvälineet, silmälasit, lääkkeet, hormonit tai puhelimen niin, ettet pärjää itse tai voi pyytää apua?
q-partner-children-see = Jos kotona on lapsia: ovatko he nähneet tai kuulleet sinuun kohdistuvaa väkivaltaa tai uhkailua tai pelästyneet, kun kumppanisi tai ex-kumppanisi on ollut vihainen?
q-partner-worse = Onko väkivalta tai uhkailu pahentunut tai tapahtunut useammin viimeisen vuoden aikana?
q-partner-worse-youth = Onko se, mitä hän tekee sinulle, pahentunut tai tapahtunut useammin viime aikoina?
q-partner-jealous = Onko kumppanisi tai ex-kumppanisi mustasukkainen tavalla, joka pelottaa sinua, esimerkiksi niin, että hän syyttää sinua uskottomuudesta, suuttuu, kun tapaat muita, tai sanoo, ettei kukaan muu saa sinua?
q-partner-jealous-youth = Onko joku, jonka kanssa seurustelet tai jota olet tapaillut, niin mustasukkainen, että pelkäät, esimerkiksi niin, että hän suuttuu, kun puhut muille, tai sanoo, ettei kukaan muu saa olla kanssasi?
q-partner-leaving = Oletko äskettäin jättänyt kumppanisi tai aiotko jättää hänet, ja pelkäätkö, mitä hän silloin tekee?
q-partner-leaving-youth = Oletko äskettäin eronnut tai haluatko erota, ja pelkäätkö, mitä toinen silloin tekee?
q-partner-could-kill = Uskotko, että kumppanisi tai ex-kumppanisi voisi tappaa sinut?
q-partner-could-kill-youth = Uskotko, että joku, jonka kanssa seurustelet tai jota olet tapaillut, voisi tappaa sinut?
q-partner-weapon-home = Onko kumppanillasi tai ex-kumppanillasi aseita kotona, esimerkiksi metsästysaseita, tai saako hän helposti käsiinsä aseen?
q-partner-weapon-home-youth = Onko jollakulla, jonka kanssa seurustelet tai jota olet tapaillut, aseita, tai saako hän helposti käsiinsä aseen?
q-partner-suicide-threat = Onko kumppanisi tai ex-kumppanisi uhannut tappaa itsensä, esimerkiksi jos jättäisit hänet?
q-partner-suicide-threat-youth = Onko joku, jonka kanssa seurustelet tai jota olet tapaillut, sanonut tappavansa itsensä, jos eroat hänestä tai et tee niin kuin hän haluaa?
q-partner-contact-ban = Onko kumppanisi tai ex-kumppanisi ottanut sinuun yhteyttä tai tullut luoksesi, vaikka hänellä on lähestymiskielto (kontaktförbud)?
q-partner-contact-ban-youth = Onko joku, jonka kanssa seurustelet tai jota olet tapaillut, ottanut sinuun yhteyttä, vaikka hänet on kielletty tekemästä niin?
q-partner-pregnant = Jos olet ollut raskaana: onko kumppanisi tai ex-kumppanisi lyönyt tai satuttanut sinua raskauden aikana?
q-partner-pregnant-youth = Jos olet ollut raskaana: onko joku, jonka kanssa seurustelet tai jota olet tapaillut, lyönyt tai satuttanut sinua silloin?
q-partner-pets = Onko kumppanisi tai ex-kumppanisi satuttanut tai uhannut satuttaa eläintä, joka on sinulle tärkeä?
q-partner-pets-youth = Onko joku, jonka kanssa seurustelet tai jota olet tapaillut, satuttanut tai uhannut satuttaa eläintä, joka on sinulle tärkeä?
q-partner-careful = Mietitkö usein, mitä sanot ja teet, ettei kumppanisi tai ex-kumppanisi suuttuisi?
q-partner-careful-youth = Mietitkö usein, mitä sanot ja teet, ettei joku, jonka kanssa seurustelet tai jota olet tapaillut, suuttuisi?
q-partner-children-threat = Onko kumppanisi tai ex-kumppanisi uhannut satuttaa lapsia tai viedä heidät pois, esimerkiksi ulkomaille?
q-partner-suicide-self = Onko sinulla itselläsi ajatuksia itsemurhasta?
q-partner-suicide-self-youth = Oletko itse ajatellut, että haluaisit kuolla, tai ajatellut itsemurhaa?
## Questions: family or relatives

q-family-collective = Päättävätkö useat perheenjäsenesi tai sukulaisesi yhdessä, miten sinun pitää elää?
q-family-collective-youth = Päättävätkö muutkin kuin vanhempasi, esimerkiksi sisarukset tai sukulaiset, sinun elämästäsi?
q-family-friends = Päättääkö perheesi tai sukusi, keiden kanssa saat olla ystävä, miten saat pukeutua tai mitä saat tehdä vapaa-ajallasi?
q-family-friends-youth = Onko sinulla vähemmän vapautta kuin muilla ikäisilläsi, kun on kyse kavereista, vaatteista tai vapaa-ajasta, koska perheesi on huolissaan siitä, mitä muut sanovat, tai perheen maineesta?
q-family-school = Estääkö perheesi tai sukusi sinua opiskelemasta, käymästä töissä tai valitsemasta itse koulutustasi?
q-family-school-youth = Kieltääkö perheesi sinua osallistumasta oppitunneille, esimerkiksi seksuaalikasvatukseen tai uintiin, tai koulun retkille, koska se pitää sitä vääränä tai häpeällisenä?
q-family-love = Päättääkö perheesi tai sukusi, keneen saat rakastua ja kenen kanssa saat olla yhdessä, tai saatko olla avoimesti se, kuka olet?
q-family-love-youth = Päättääkö perheesi, keneen saat rakastua tai kenen kanssa saat seurustella, kun olet vanhempi, tai kieltääkö perheesi sinua olemasta avoimesti oma itsesi?
q-family-marriage = Painostaako perheesi tai sukusi sinua menemään kihloihin tai naimisiin – myös pelkästään uskonnollisesti tai suvun sisällä – jonkun kanssa, jota et ole itse valinnut, tai onko se jo tapahtunut vastoin tahtoasi?
q-family-marriage-youth = Haluaako perheesi, että menet kihloihin tai naimisiin – myös pelkästään uskonnollisesti tai niin, että sinut ”luvataan” jollekulle – vaikka et itse halua, tai oletko jo mennyt naimisiin?
q-family-abroad = Onko joku sanonut, että sinut lähetetään tai viedään toiseen maahan vastoin tahtoasi, tai suunnitellaanko matkaa, joka huolestuttaa sinua?
q-family-abroad-youth = Onko joku sanonut, että sinut lähetetään toiseen maahan, tai oletteko lähdössä matkalle, joka huolestuttaa sinua?
q-family-put-down = Nimitteleekö joku perheestäsi tai suvustasi sinua, pilkkaako hän sinua tai sanooko hän, että olet arvoton?
q-family-put-down-youth = Sanooko joku perheestäsi usein sinulle ilkeitä asioita, huutaako hän sinulle niin, että pelkäät, tai sanooko hän, että olet arvoton?
q-family-money = Ottaako perheesi, sukusi tai joku sinua auttava palkkasi, eläkkeesi, etuutesi tai rahasi, tai pidättävätkö he rahaa, jota tarvitset, ohjaillakseen sinua?
q-family-money-youth = Ottaako joku perheestäsi omia rahojasi, tai jäätkö ilman rahaa asioihin, joita todella tarvitset, kuten ruokaan, bussikorttiin tai vaatteisiin?
q-family-break = Onko joku perheestäsi tai suvustasi rikkonut, heitellyt tai vienyt tavaroitasi?
q-family-break-youth = Onko joku perheestäsi rikkonut tai tuhonnut tavaroitasi ollessaan vihainen niin, että pelästyit?
q-family-tracking = Seuraako joku perheestäsi tai suvustasi sinua tai seuraako hän sovelluksella, missä olet, vaikka et halua?
q-family-tracking-youth = Seuraako joku perheestäsi sinua tai tarkistaako hän koko ajan, missä olet, tavalla, joka pelottaa sinua tai estää sinua elämästä omaa elämääsi?
q-family-hit = Onko joku perheestäsi tai suvustasi lyönyt, tönäissyt tai potkaissut sinua tai pitänyt sinua väkisin kiinni?
q-family-hit-youth = Onko joku perheestäsi lyönyt sinua, tönäissyt sinua, vetänyt sinua hiuksista tai pitänyt sinua väkisin kiinni?
q-family-neck = Onko joku perheestäsi tai suvustasi kuristanut sinua, tarttunut sinua kaulasta tai painanut kaulaasi niin, että sinun oli vaikea hengittää?
q-family-neck-youth = Onko joku perheestäsi kuristanut sinua, tarttunut sinua kaulasta tai tehnyt niin, että sinun oli vaikea hengittää?
q-family-weapon = Onko joku perheestäsi tai suvustasi uhannut sinua veitsellä, aseella tai jollain muulla, jolla voi satuttaa?
q-family-weapon-youth = Onko joku perheestäsi uhannut sinua veitsellä tai jollain muulla, jolla voi satuttaa?
q-family-kill = Onko joku perheestäsi tai suvustasi uhannut tappaa sinut tai jonkun läheisesi?
q-family-kill-youth = Onko joku perheestäsi sanonut, että hän tappaa sinut tai jonkun, josta välität?
q-family-sex-touch = Onko joku perheestäsi tai suvustasi koskenut sinua seksuaalisella tavalla tai sanonut tai näyttänyt sinulle seksuaalisia asioita, joita et halunnut?
q-family-sex-touch-youth = Onko joku perheestäsi tai suvustasi koskenut kehoasi tavalla, joka tuntui väärältä, tai näyttänyt sinulle seksuaalisia kuvia?
q-family-sex-forced = Onko joku perheestäsi tai suvustasi pakottanut tai painostanut sinut seksiin tai seksuaalisiin tekoihin?
q-family-sex-forced-youth = Onko joku perheestäsi tai suvustasi pakottanut sinut tekemään jotain seksuaalista?
q-family-care = Jos tarvitset apua arjessa: onko se perheenjäsen, jonka pitäisi auttaa sinua, jättänyt antamatta sinulle ruokaa, lääkkeitä tai apua tai jättänyt sinut pitkäksi aikaa yksin, vaikka et pärjää itse?
q-family-care-youth = Jäätkö joskus ilman ruokaa, puhtaita vaatteita tai apua, kun olet sairas, tai jätetäänkö sinut pitkäksi aikaa yksin kotiin?
q-family-carer = Jos joku auttaa sinua arjessa, esimerkiksi henkilökohtainen avustaja tai kotipalvelun työntekijä: onko hän satuttanut, uhannut tai loukannut sinua, ottanut rahojasi tai jättänyt auttamatta sinua?
q-family-afraid = Pelkäätkö jotakuta perheestäsi tai suvustasi tai sitä, mitä tapahtuu, kun tulet kotiin?
q-family-afraid-youth = Pelkäätkö jotakuta perheestäsi tai kotiin menemistä?
q-family-children-see = Onko perheessä lapsia, jotka näkevät tai kuulevat väkivaltaa tai uhkailua kotona?
q-family-children-see-youth = Oletko sinä tai ovatko sisaruksesi nähneet tai kuulleet, kun joku perheestäsi lyö tai uhkailee jotakuta toista?
q-family-phone = Tarkistaako joku perheestäsi tai suvustasi puhelimesi tai viestisi nähdäkseen, kenen kanssa puhut?
q-family-phone-youth = Tarkistaako joku perheestäsi puhelimesi nähdäkseen, kenen kanssa puhut?
q-family-siblings = Tarkkailevatko sisarukset, serkut tai muut sukulaiset sinua ja kertovatko he perheelle, mitä teet?
q-family-siblings-youth = Vahtivatko sisaruksesi tai serkkusi sinua koulussa tai kaupungilla ja kertovatko he perheellesi?
q-family-virginity = Vaatiiko perheesi tai sukusi, että olet neitsyt naimisiinmenoon asti, tai tarkistavatko he, että olet?
q-family-virginity-youth = Sanooko perheesi, että sinun pitää olla neitsyt eli et saa harrastaa seksiä ennen kuin menet naimisiin?
q-family-disown = Onko joku uhannut, että perhe hylkää sinut tai katkaisee välit sinuun, jos et tee niin kuin he haluavat?
q-family-disown-youth = Onko joku sanonut, että perheesi ei enää halua sinua, jos et tee niin kuin he sanovat?
q-family-partner-threat = Onko joku perheestäsi tai suvustasi uhannut sitä, jonka kanssa olet yhdessä, tai sitä, jonka kanssa haluaisit olla yhdessä?
q-family-partner-threat-youth = Onko joku perheestäsi uhannut sitä, jonka kanssa seurustelet tai johon olet ihastunut?
q-family-honour-before = Onko joku perheestäsi tai suvustasi aiemmin joutunut satutetuksi, uhatuksi, naitetuksi tai lähetetyksi pois, koska hän ei elänyt niin kuin perhe halusi?
q-family-honour-before-youth = Onko siskollesi, veljellesi, serkullesi tai jollekulle muulle perheessäsi tapahtunut jotain, koska hän ei tehnyt niin kuin perhe halusi, esimerkiksi häntä on satutettu tai hänet on lähetetty pois?
q-family-cutting = Onko joku sanonut, että sinun sukuelimesi aiotaan silpoa – sitä kutsutaan joskus tyttöjen ympärileikkaukseksi tai ”puhdistamiseksi” – eli että joku leikkaa sukuelimiäsi, tai onko niin jo tapahtunut sinulle?
q-family-online = Onko joku perheestäsi tai suvustasi levittänyt tai uhannut levittää netissä sinusta kuvia, videoita tai juoruja?
q-family-online-youth = Onko joku perheestäsi laittanut tai uhannut laittaa nettiin kuvia tai juttuja sinusta?
q-family-worse = Onko väkivalta tai uhkailu pahentunut tai tapahtunut useammin viimeisen vuoden aikana?
q-family-worse-youth = Onko se, mitä kotona tapahtuu, pahentunut tai tapahtunut useammin viime aikoina?
q-family-could-kill = Uskotko, että joku perheestäsi tai suvustasi voisi tappaa sinut?
q-family-could-kill-youth = Uskotko, että joku perheestäsi voisi tappaa sinut?
q-family-weapon-home = Onko perheesi kotona aseita, esimerkiksi metsästysaseita, tai saako se, joka uhkaa sinua, helposti käsiinsä aseen?
q-family-weapon-home-youth = Onko kotonasi aseita, tai saako joku perheestäsi helposti käsiinsä aseen?
q-family-contact-ban = Onko joku perheestäsi tai suvustasi ottanut sinuun yhteyttä tai tullut luoksesi, vaikka hänellä on lähestymiskielto (kontaktförbud)?
q-family-children-threat = Onko joku perheestäsi tai suvustasi uhannut satuttaa perheen lapsia tai viedä heidät pois?
q-family-children-threat-youth = Onko joku perheestäsi uhannut satuttaa sisaruksiasi tai muita perheen lapsia?
q-family-suicide-self = Onko sinulla itselläsi ajatuksia itsemurhasta?
q-family-suicide-self-youth = Oletko itse ajatellut, että haluaisit kuolla, tai ajatellut itsemurhaa?
## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Painostaako tai pakottaako joku sinua myymään seksiä tai harrastamaan seksiä muiden kanssa rahaa vastaan?
q-exploit-sell-sex-youth = Onko joku saanut sinut harrastamaan seksiä tai tekemään seksuaalisia asioita vastineeksi rahasta, tavaroista, huumeista tai yöpaikasta?
q-exploit-job-promise = Tulitko tänne tai aloititko työt, koska sinulle luvattiin työpaikka, palkka tai asunto, mutta lupaukset eivät pitäneet paikkaansa?
q-exploit-job-promise-youth = Onko joku luvannut sinulle rahaa, työn tai jotain muuta ja sitten vaatinut, että teet asioita, joita et halunnut tehdä?
q-exploit-work = Teetkö paljon enemmän töitä kuin sovitte, tai saatko hyvin vähän palkkaa tai et lainkaan?
q-exploit-work-youth = Saako joku sinut tekemään töitä tai hoitamaan asioita hänen puolestaan ilman palkkaa tai siksi, että pelkäät?
q-exploit-begging-crime = Pakottaako tai painostaako joku sinua kerjäämään, varastamaan, myymään huumeita tai tekemään muita rikoksia?
q-exploit-begging-crime-youth = Saako joku sinut myymään huumeita, varastamaan, piilottamaan tavaroita tai tekemään muita rikoksia hänen puolestaan?
q-exploit-debt = Sanooko joku, että olet hänelle velkaa esimerkiksi matkasta, asumisesta tai työpaikasta ja että sinun pitää maksaa velka tekemällä töitä?
q-exploit-debt-youth = Sanooko joku, että olet hänelle velkaa rahaa tai palveluksia, jotka sinun pitää maksaa takaisin tekemällä asioita hänelle?
q-exploit-papers = Onko joku ottanut passisi, henkilökorttisi tai oleskelulupasi eikä suostu antamaan sitä takaisin?
q-exploit-papers-youth = Onko joku ottanut passisi tai henkilökorttisi eikä suostu antamaan sitä takaisin?
q-exploit-locked = Estääkö joku sinua menemästä ulos yksin, tapaamasta ketä haluat tai puhumasta perheesi kanssa?
q-exploit-locked-youth = Estääkö joku sinua menemästä ulos yksin, tapaamasta kavereita tai puhumasta perheesi kanssa?
q-exploit-sextortion = Onko joku uhannut levittää sinusta seksuaalisia kuvia tai videoita, jos et maksa, lähetä lisää kuvia tai tee niin kuin hän sanoo?
q-exploit-sextortion-youth = Onko joku uhannut levittää sinusta kuvia tai videoita, jos et lähetä lisää, maksa tai tee niin kuin hän sanoo?
q-exploit-grooming = Onko joku, jonka tunnet vain netistä ja joka voi olla sinua vanhempi, pyytänyt sinulta seksuaalisia kuvia, puhunut kanssasi seksistä tai halunnut tavata sinut salaa?
q-exploit-sex-forced = Onko joku pakottanut sinut seksiin tai seksuaalisiin tekoihin, joita et halunnut?
q-exploit-sex-forced-youth = Onko joku pakottanut sinut tekemään jotain seksuaalista, mitä et halunnut?
q-exploit-hit = Onko joku, joka määrää sinusta, lyönyt, tönäissyt tai satuttanut sinua?
q-exploit-hit-youth = Onko joku, joka määräilee sinua, lyönyt, tönäissyt tai satuttanut sinua?
q-exploit-neck = Onko joku kuristanut sinua, tarttunut sinua kaulasta tai painanut kaulaasi niin, että sinun oli vaikea hengittää?
q-exploit-neck-youth = Onko joku kuristanut sinua, tarttunut sinua kaulasta tai tehnyt niin, että sinun oli vaikea hengittää?
q-exploit-weapon = Onko joku uhannut sinua veitsellä, aseella tai jollain muulla, jolla voi satuttaa?
q-exploit-weapon-youth = Onko joku uhannut sinua veitsellä tai jollain muulla, jolla voi satuttaa?
q-exploit-kill = Onko joku uhannut tappaa sinut tai jonkun perheenjäsenesi täällä tai toisessa maassa?
q-exploit-kill-youth = Onko joku sanonut tappavansa sinut tai jonkun perheestäsi?
q-exploit-afraid = Pelkäätkö, mitä tapahtuu, jos sanot ei, lopetat tai lähdet pois?
q-exploit-afraid-youth = Pelkäätkö, mitä tapahtuu, jos sanot ei tai lopetat tekemästä sitä, mitä he haluavat?
q-exploit-wage = Ottaako joku muu palkkasi tai rahasi, tai päättääkö hän, mitä saat ostaa?
q-exploit-wage-youth = Ottaako joku rahat, jotka saat, tai päättääkö hän, mitä saat ostaa?
q-exploit-living = Asutko työpaikallasi tai paikassa, josta joku muu päättää, niin ettet voi muuttaa pois, kun haluat?
q-exploit-living-youth = Pitääkö sinun asua tai nukkua paikassa, josta joku muu päättää, niin ettet voi lähteä sieltä, kun haluat?
q-exploit-moved = Siirteleekö joku sinua asunnosta, kaupungista tai maasta toiseen ilman, että saat itse päättää?
q-exploit-moved-youth = Lähettääkö tai kuljettaako joku sinua eri paikkoihin, asuntoihin tai kaupunkeihin ilman, että saat itse päättää?
q-exploit-authorities = Onko joku sanonut, että poliisi tai viranomaiset rankaisevat sinua tai lähettävät sinut pois maasta, jos kerrot?
q-exploit-authorities-youth = Onko joku sanonut, että poliisi tai sosiaalipalvelut (socialtjänsten) rankaisevat sinua, jos kerrot?
q-exploit-sex-control = Päättääkö joku muu, milloin, missä tai kenen kanssa harrastat seksiä rahaa vastaan, tai ottaako joku muu rahat?
q-exploit-sex-control-youth = Päättääkö joku muu, milloin ja kenen kanssa sinun pitää tehdä seksuaalisia asioita, tai ottaako joku sen, mitä saat siitä?
q-exploit-debt-grows = Kasvaako velka koko ajan esimerkiksi sakkojen, vuokran tai maksujen takia, niin ettet koskaan pääse siitä eroon?
q-exploit-debt-grows-youth = Sanovatko he, että olet heille velkaa yhä enemmän, niin ettet pääse siitä koskaan eroon?
q-exploit-accounts = Hallitseeko joku muu BankID:täsi, sopimuksiasi tai muita nimissäsi olevia papereita niin, ettet voi itse käyttää niitä?
q-exploit-accounts-youth = Onko pankkikorttisi, BankID:si tai puhelimesi jonkun muun hallussa niin, ettet voi käyttää niitä itse?
q-exploit-phone = Ottaako joku puhelimesi, lukeeko hän viestejäsi tai seuraako hän, missä olet?
q-exploit-phone-youth = Ottaako joku puhelimesi, lukeeko hän viestejäsi tai tarkistaako hän, missä olet?
q-exploit-online = Onko joku laittanut nettiin sinusta ilmoituksia, kuvia tai videoita ilman, että olet itse päättänyt niin?
q-exploit-online-youth = Onko joku laittanut nettiin sinusta kuvia, videoita tai ilmoituksia ilman, että olet päättänyt niin?
q-exploit-sex-unsafe = Onko joku pakottanut sinut harrastamaan seksiä ilman kondomia tai tekemään asioita, joihin olet sanonut ei?
q-exploit-sex-unsafe-youth = Onko joku pakottanut sinut harrastamaan seksiä ilman kondomia tai tekemään asioita, joihin olet sanonut ei?
q-exploit-worse = Onko väkivalta tai uhkailu pahentunut tai tapahtunut useammin viime aikoina?
q-exploit-worse-youth = Onko se, mitä he tekevät sinulle, pahentunut tai tapahtunut useammin viime aikoina?
q-exploit-always-afraid = Pelkäätkö sitä tai niitä, jotka määräävät sinusta, silloinkin kun he eivät ole lähellä?
q-exploit-always-afraid-youth = Pelkäätkö heitä silloinkin, kun he eivät ole lähellä?
q-exploit-suicide-self = Onko sinulla itselläsi ajatuksia itsemurhasta?
q-exploit-suicide-self-youth = Oletko itse ajatellut, että haluaisit kuolla, tai ajatellut itsemurhaa?
## Questions: someone you are worried about

q-worried-afraid = Vaikuttaako henkilö, josta olet huolissasi, pelkäävän jotakuta tai olevan huolissaan kotiin menemisestä?
q-worried-isolated = Onko henkilö, josta olet huolissasi, lakannut tapaamasta ystäviä tai perhettä tai lopettanut asioita, joista hän ennen piti?
q-worried-controlled = Vaikuttaako siltä, että joku määrää henkilöstä, josta olet huolissasi, esimerkiksi siitä, keitä hän saa tavata tai minne hän saa mennä?
q-worried-phone = Tarkistaako joku sen henkilön puhelimen, josta olet huolissasi, tai pitääkö hänen aina vastata heti ja kertoa, missä hän on?
q-worried-followed = Seuraako tai tarkkaileeko joku henkilöä, josta olet huolissasi, tai ottaako joku häneen usein yhteyttä, netissä tai oikeassa elämässä, vaikka hän ei halua?
q-worried-money = Hallitseeko joku muu sen henkilön rahoja, palkkaa tai pankkikorttia, josta olet huolissasi, niin ettei hän voi päättää itse?
q-worried-injuries = Oletko nähnyt henkilöllä, josta olet huolissasi, mustelmia tai vammoja, joita hän ei halua tai pysty selittämään?
q-worried-hit = Oletko nähnyt, kuullut tai saanut tietää, että joku lyö, tönii tai pitää väkisin kiinni henkilöä, josta olet huolissasi?
q-worried-neck = Oletko saanut tietää, että joku on kuristanut henkilöä, josta olet huolissasi, tarttunut häntä kaulasta tai tehnyt niin, että hänen oli vaikea hengittää?
q-worried-weapon = Onko joku uhannut henkilöä, josta olet huolissasi, veitsellä, aseella tai jollain muulla, jolla voi satuttaa?
q-worried-kill = Onko joku uhannut tappaa henkilön, josta olet huolissasi, tai jonkun hänen läheisensä?
q-worried-sex = Onko henkilö, josta olet huolissasi, kertonut, että joku on pakottanut tai painostanut hänet seksiin tai seksuaalisiin tekoihin?
q-worried-selling-sex = Luuletko, että henkilö, josta olet huolissasi, myy seksiä tai että joku saa hänet tekemään niin?
q-worried-sex-for-things = Saako henkilö, josta olet huolissasi, rahaa, lahjoja, huumeita tai yöpaikan joltakulta, joka haluaa vastineeksi seksiä?
q-worried-honour = Päättääkö sen henkilön perhe tai suku, josta olet huolissasi, keiden kanssa hän saa olla ystävä, mitä hän saa pukea päälleen tai saako hän opiskella?
q-worried-trip = Onko henkilö, josta olet huolissasi, kertonut, että hänet aiotaan kihlata, naittaa tai lähettää ulkomaille vastoin hänen tahtoaan, tai onko hänet jo naitettu?
q-worried-cutting = Oletko saanut tietää, että joku suunnittelee lapsen sukuelinten silpomista – eli tytön sukuelinten leikkaamista, jota kutsutaan joskus ympärileikkaukseksi – tai että lapsi on lähdössä ulkomaille, jotta se tehtäisiin siellä?
q-worried-care = Jos henkilö, josta olet huolissasi, tarvitsee apua arjessa: vaikuttaako siltä, että hän jää ilman ruokaa, lääkkeitä tai muuta apua, jota hän tarvitsee?
q-worried-care-youth = Vaikuttaako siltä, että henkilö, josta olet huolissasi, jää ilman ruokaa, puhtaita vaatteita tai apua, kun hän on sairas?
q-worried-children-home = Onko kodissa lapsia, jotka voivat nähdä tai kuulla väkivaltaa tai uhkailua?
q-worried-suicide = Onko henkilö, josta olet huolissasi, sanonut, ettei halua elää, tai puhunut itsemurhasta?
q-worried-careful = Vaikuttaako siltä, että henkilö, josta olet huolissasi, miettii usein, mitä sanoo ja tekee, ettei joku suuttuisi?
q-worried-debts = Onko henkilölle, josta olet huolissasi, tullut velkoja, jotka joku muu on ottanut, tai puuttuuko häneltä rahaa ruokaan ja muuhun, mitä hän tarvitsee?
q-worried-worse = Vaikuttaako tilanne pahentuneen viime aikoina, esimerkiksi niin, että vammoja, uhkailua tai pelkoa on enemmän?
q-worried-leaving = Onko henkilö, josta olet huolissasi, äskettäin jättänyt kumppanin, jota hän pelkää, tai aikooko hän jättää tämän?
q-worried-could-kill = Uskotko sinä tai onko hän itse sanonut, että joku voisi tappaa hänet?
q-worried-sex-images = Oletko nähnyt, että joku levittää seksuaalisia kuvia henkilöstä, josta olet huolissasi, tai uhkaa tehdä niin?
q-worried-honour-love = Päättääkö joku muu, kenen kanssa henkilö, josta olet huolissasi, saa seurustella tai mennä naimisiin?
q-worried-left-alone = Jätetäänkö henkilö, josta olet huolissasi, pitkäksi aikaa yksin tai ilman apuvälineitään, vaikka hän ei pärjää itse?
q-worried-children-scared = Vaikuttavatko kodin lapset pelokkailta, huolestuneilta tai surullisilta tavalla, joka huolestuttaa sinua?
## Questions: I have hurt or frightened someone close to me

q-used-put-down = Oletko nimitellyt jotakuta läheistäsi, nöyryyttänyt häntä tai huutanut hänelle niin, että hän pelästyi?
q-used-control = Oletko päättänyt, keitä kumppanisi tai joku perheenjäsenesi saa tavata, minne hän saa mennä tai mitä hän saa pukea päälleen?
q-used-control-youth = Oletko päättänyt, keitä seurustelukumppanisi tai sisaruksesi saa tavata tai mitä hän saa pukea päälleen?
q-used-phone = Oletko lukenut jonkun viestejä, vaatinut hänen salasanojaan tai tarkistanut hänen puhelimensa ilman lupaa?
q-used-images = Oletko levittänyt tai uhannut levittää jostakusta kuvia tai videoita, joita hän ei halunnut muiden näkevän?
q-used-money = Oletko ottanut jonkun rahat tai määrännyt niistä niin, ettei hän voinut itse käyttää niitä?
q-used-break = Oletko rikkonut tavaroita, heitellyt tavaroita tai lyönyt seiniä tai ovia, kun olet ollut vihainen?
q-used-hit = Oletko lyönyt, tönäissyt tai potkaissut kumppaniasi tai jotakuta perheenjäsentäsi tai pitänyt häntä väkisin kiinni?
q-used-hit-youth = Oletko lyönyt, tönäissyt tai potkaissut jotakuta perheestäsi, esimerkiksi vanhempaasi tai sisarustasi, tai seurustelukumppaniasi?
q-used-neck = Oletko joskus kuristanut jotakuta, tarttunut jotakuta kaulasta tai painanut jonkun kaulaa?
q-used-weapon = Oletko uhannut jotakuta veitsellä, aseella tai jollain muulla, jolla voi satuttaa?
q-used-weapon-youth = Oletko uhannut jotakuta perheestäsi tai jotakuta, jonka kanssa seurustelet, veitsellä tai jollain muulla, jolla voi satuttaa?
q-used-kill = Oletko sanonut, että tapat jonkun läheisesi, vaikka et tarkoittanut sitä?
q-used-kill-youth = Oletko uhannut tappaa jonkun perheestäsi tai jonkun, jonka kanssa seurustelet, niin että hän pelästyi?
q-used-sex = Oletko painostanut tai pakottanut jonkun seksiin tai jatkanut, vaikka hän sanoi ei tai ei näyttänyt haluavan?
q-used-children-see = Ovatko lapset nähneet tai kuulleet, kun olet ollut väkivaltainen tai uhkaava kotona?
q-used-children-see-youth = Ovatko pienemmät sisaruksesi tai muut lapset nähneet tai kuulleet, kun olet ollut väkivaltainen tai uhkaava kotona?
q-used-afraid = Luuletko, että joku läheisesi pelkää sinua?
q-used-exposed = Tapahtuuko myös niin, että joku satuttaa, uhkaa tai kontrolloi sinua, kotona tai seurustelusuhteessa?
q-used-money-work = Oletko estänyt kumppaniasi tai jotakuta perheenjäsentäsi käymästä töissä tai opiskelemasta, tai ottanut lainaa hänen nimiinsä?
q-used-money-work-youth = Oletko pakottanut jonkun antamaan sinulle rahaa tai tavaroita?
q-used-pets = Oletko satuttanut tai uhannut satuttaa eläintä pelotellaksesi jotakuta?
q-used-worse = Onko sitä tapahtunut useammin tai onko se muuttunut rajummaksi viimeisen vuoden aikana?
q-used-sex-sulk = Oletko suuttunut, mököttänyt tai käyttäytynyt uhkaavasti, kun kumppanisi ei halunnut seksiä?
q-used-contact-ban = Oletko ottanut yhteyttä johonkuhun tai mennyt sinne, missä hän on, vaikka sinulla on lähestymiskielto (kontaktförbud)?
q-used-children-afraid = Onko joku lapsi alkanut pelätä sinua tai yrittänyt pysäyttää sinut tai suojella jotakuta, kun olet ollut vihainen?
q-used-careful = Huomaatko, että joku läheisesi hiljenee tai on varovainen, jottet suuttuisi?
q-used-suicide-self = Onko sinulla itselläsi ajatuksia itsemurhasta?
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
category-sexual-text-used = Jonkun painostaminen seksiin, esimerkiksi suuttumalla tai mököttämällä, kun hän sanoo ei, on seksuaalista väkivaltaa. Pakottaminen on lisäksi rikos. Kaiken seksin pitää olla vapaaehtoista, ja apua on saatavilla sinulle, joka haluat muuttaa tapaasi toimia.
category-economic-title = Taloudellinen väkivalta
category-economic-text = Kun joku ottaa rahasi, määrää niistä tai ajaa sinut velkaan voidakseen ohjailla sinua, se on taloudellista väkivaltaa.
category-economic-text-worried = Kun joku ottaa hänen rahansa tai määrää niistä voidakseen ohjailla häntä, se on taloudellista väkivaltaa.
category-economic-text-used = Toisen rahojen ottaminen tai niistä määrääminen, jotta voisi ohjailla häntä, on taloudellista väkivaltaa. Sen voi muuttaa, ja tukea on saatavilla.
category-material-title = Esineisiin ja eläimiin kohdistuva väkivalta
category-material-text = Kun joku rikkoo tavaroitasi tai satuttaa eläintäsi pelotellakseen sinua, sekin on väkivaltaa.
category-material-text-used = Tavaroiden rikkominen tai eläinten satuttaminen pelottaa muita ja on yksi väkivallan muoto. Sen voi lopettaa, ja siihen on saatavilla tukea.
category-digital-title = Digitaalinen väkivalta
category-digital-text = Kun joku tarkistaa puhelimesi, seuraa, missä olet, tai levittää sinusta kuvia, se on väkivaltaa, myös silloin kun se tapahtuu netissä.
category-digital-text-worried = Kun joku tarkistaa hänen puhelimensa, seuraa, missä hän on, tai levittää hänestä kuvia, se on väkivaltaa, myös silloin kun se tapahtuu netissä.
category-digital-text-used = Toisen puhelimen tarkistaminen, sen seuraaminen, missä hän on, tai hänen kuviensa levittäminen on digitaalista väkivaltaa. Sen voi lopettaa, ja apua on saatavilla.
category-latent-title = Eläminen pelossa
category-latent-text = Kun pelkää koko ajan ja sopeutuu välttääkseen väkivaltaa, sitä kutsutaan piileväksi väkivallaksi. Pelko on merkki siitä, että jokin on vialla, eikä se ole sinun syytäsi.
category-latent-text-worried = Jatkuvaa pelkoa ja sopeutumista kutsutaan piileväksi väkivallaksi. Hänen pelkonsa on tärkeä merkki, joka pitää ottaa vakavasti.
category-latent-text-used = Kun joku pelkää sinua ja sopeutuu sinun mukaasi, sitä kutsutaan piileväksi väkivallaksi. Se, että huomaat tämän, on tärkeä ensimmäinen askel.
category-neglect-title = Laiminlyönti
category-neglect-text = Jos tarvitset apua arjessa, sinulla on oikeus saada sitä, eikä kukaan sinua auttava saa satuttaa, uhata tai loukata sinua. Auttamatta jättäminen tai sen vieminen sinulta, mitä tarvitset, on laiminlyöntiä.
category-neglect-text-worried = Kun apua tarvitseva ihminen jää ilman ruokaa, lääkkeitä tai hoivaa, se on laiminlyöntiä. Hänellä on oikeus saada apua.
category-honour-title = Kunniaan liittyvä väkivalta ja sorto
category-honour-text = Kun perheesi tai sukusi päättää yhdessä perheen maineen vuoksi, kenen kanssa saat olla, mitä saat pukea päällesi tai kenen kanssa sinun pitää mennä naimisiin, se voi olla kunniaan liittyvää väkivaltaa ja sortoa. Sinulla on oikeus päättää omasta elämästäsi.
category-honour-text-worried = Kun perhe tai suku yhdessä määrää perheen maineen vuoksi hänen elämästään, ystävistään, vaatteistaan tai avioliitostaan, se voi olla kunniaan liittyvää väkivaltaa ja sortoa. Hänellä on oikeus päättää omasta elämästään.
category-children-witnessing-title = Lapset, jotka näkevät tai kuulevat väkivaltaa
category-children-witnessing-text = Lapset, jotka näkevät tai kuulevat väkivaltaa kotona, ovat itsekin väkivallan kohteena. Heillä on oikeus suojeluun ja tukeen.
category-children-witnessing-text-worried = Lapset, jotka näkevät tai kuulevat väkivaltaa kotona, ovat itsekin väkivallan kohteena. Sosiaalipalvelut (socialtjänsten) voivat tukea lasta ja perhettä.
category-children-witnessing-text-used = Väkivallan näkeminen tai kuuleminen vaikuttaa lapsiin paljon, vaikka he eivät olisi samassa huoneessa. Se, että haet apua, on hyväksi myös heille.
category-coerced-sex-title = Painostus myymään seksiä
category-coerced-sex-text = Kukaan ei saa painostaa, huijata tai pakottaa sinua myymään seksiä. Ruotsissa väärin toimii se, joka ostaa seksiä tai hyötyy siitä rahallisesti, ei koskaan sinä.
category-coerced-sex-text-worried = Kukaan ei saa painostaa, huijata tai pakottaa ketään myymään seksiä. Seksiä myyvä ei tee Ruotsissa rikosta, ja hänellä on oikeus tukeen.
category-forced-labour-title = Pakottaminen töihin, kerjäämiseen tai rikoksiin
category-forced-labour-text = Kun joku houkuttelee sinut tänne väärillä lupauksilla, määrää, missä asut ja teet töitä, siirtelee sinua paikasta toiseen tai pakottaa sinut kerjäämään tai tekemään rikoksia, se voi olla ihmiskauppaa tai ihmisten hyväksikäyttöä (människoexploatering). Sinä et ole tehnyt väärin, ja sinulla on oikeus tukeen.
category-debt-bondage-title = Velkaorjuus
category-debt-bondage-text = Kun joku sanoo, että sinulla on velka, joka sinun pitää maksaa tekemällä töitä ja joka ei lopu koskaan, se on tapa ohjailla sinua. Se voi olla ihmiskauppaa.
category-documents-taken-title = Passin ja paperien vieminen
category-documents-taken-text = Kukaan ei saa ottaa passiasi, henkilöllisyystodistustasi tai papereitasi. Jos joku pitää niitä itsellään ohjaillakseen sinua, se on merkki pakottamisesta.
## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Jonkun kuristaminen tai kaulan painaminen niin, että on vaikea hengittää, on yksi vakavimmista varoitusmerkeistä – myös silloin, kun mitään jälkiä ei näy.
danger-weapon = Uhkailu veitsellä, aseella tai muilla esineillä on vakava varoitusmerkki.
danger-weapon-access = Se, että kotona on aseita tai että uhkaaja saa helposti käsiinsä aseen, lisää vakavan väkivallan riskiä.
danger-threat-to-kill = Tappouhkaukset pitää aina ottaa vakavasti, myös silloin kun ne sanotaan vihaisena.
danger-believes-could-kill = Kun joku uskoo, että toinen voisi tappaa hänet, se on tärkeä varoitusmerkki.
danger-escalation = Kun väkivalta tai uhkailu pahenee tai toistuu useammin, vakavan väkivallan riski kasvaa.
danger-separation = Aika ennen eroa, sen aikana ja sen jälkeen voi olla erityisen vaarallinen, jos toinen on ollut väkivaltainen tai kontrolloiva.
danger-pregnancy = Väkivalta raskauden aikana on vakava varoitusmerkki sekä raskaana olevalle että lapselle.
danger-jealousy = Voimakas ja jatkuva mustasukkaisuus, joka johtaa kontrollointiin, syytöksiin tai uhkailuun, on vakava varoitusmerkki.
danger-suicide-threats = Kun joku uhkaa tappaa itsensä, esimerkiksi jos suhde päättyy, se on vakava varoitusmerkki – myös muille hänen lähellään.
danger-contact-ban-broken = Lähestymiskiellon (kontaktförbud) rikkominen on vakava varoitusmerkki ja rikos.
danger-stalking = Jatkuva seuraaminen, tarkkailu tai yhteydenotot ovat vakava varoitusmerkki ja voivat olla rikos.
danger-forced-trip-or-marriage = Suunnitelmat avioliitosta tai ulkomaanmatkasta vastoin jonkun tahtoa ovat vakava varoitusmerkki. Suojelua on mahdollista saada ennen matkaa.
danger-honour-violence-before = Se, että perhe tai suku on aiemmin käyttänyt väkivaltaa, uhkailua tai pakottamista jotakuta kohtaan, koska hän ei elänyt niin kuin he halusivat, on vakava varoitusmerkki.
danger-threats-to-children = Lapsiin kohdistuvat uhkaukset ovat vakava varoitusmerkki. Lapsilla on oikeus suojeluun.
danger-child-sexual-abuse = Kukaan ei saa tehdä lapselle mitään seksuaalista. Se on vakava rikos, ja lapsella on oikeus saada suojelua heti.
danger-child-sexual-exploitation = Kukaan ei saa antaa lapselle rahaa, tavaroita, huumeita tai yöpaikkaa vastineeksi jostain seksuaalisesta. Se on rikos, ja lapsella on oikeus suojeluun.
danger-child-marriage = Ruotsissa kukaan alle 18-vuotias ei saa mennä naimisiin, ja jonkun pakottaminen avioliittoon on rikos. Lapsella, jota painostetaan kihloihin tai naimisiin, on oikeus suojeluun.
danger-genital-mutilation = Sukuelinten silpominen on kielletty Ruotsissa, myös jos se tehdään toisessa maassa. Lapsella, jota se uhkaa, on oikeus saada suojelua heti.
danger-sextortion = Kun joku uhkaa levittää lapsesta kuvia saadakseen lisää kuvia tai rahaa, se on vakava rikos. Lapsella on oikeus suojeluun ja tukeen.
danger-suicidal-thoughts = Itsemurha-ajatukset pitää aina ottaa vakavasti. Apua on saatavilla ympäri vuorokauden.
## Advice for each warning sign, worded for each reader: -advice for the person it happens to,
## -advice-worried for someone who is worried and -advice-used for the person who used violence.
## At most about fifty words; never urge anyone to confront anyone. The source of each piece
## of advice is in a comment above it.

# Source: Glass et al. 2008 and Campbell's Danger Assessment (item 10): strangulation is among the strongest predictors of homicide. Absent marks do not mean absent injury: the police (polisen.se, 2024: 'yttre tecken kan helt saknas') and the Prosecution Authority (aklagare.se, 2025); delayed symptoms in clinical guidance (ACEP). No NCK or 1177 page on delayed symptoms was found.
danger-strangulation-advice = Hakeudu hoitoon samana päivänä, mieluiten päivystykseen, vaikka mitään ei näkyisi. Soita 112, jos sinun on vaikea hengittää, niellä tai puhua tai jos olosi on sekava. Kaulan vammat voivat ilmetä vasta myöhemmin. Hoitohenkilökunta voi dokumentoida vammat, jos haluat.
danger-strangulation-advice-worried = Hänen kannattaa hakeutua hoitoon samana päivänä, vaikka mitään ei näkyisi, koska kaulan vammat voivat ilmetä vasta myöhemmin. Voit tarjoutua lähtemään mukaan. Soita 112, jos hänen on vaikea hengittää.
danger-strangulation-advice-used = Jonkun kuristaminen tai kaulasta tarttuminen voi tappaa, vaikka se tapahtuisi nopeasti eikä jälkiä näkyisi. Jos jonkun on vaikea hengittää tai hän on tajuton, soita heti 112. Soita Välj att sluta -palveluun tai sosiaalipalveluihin (socialtjänsten) saadaksesi apua lopettamiseen.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 (revocation) and 4 (custody of weapons when there is a risk of misuse); DA item 5.
danger-weapon-advice = Jos joku uhkaa sinua aseella nyt, soita 112. Kerro aseesta, kun soitat. Poliisi voi ottaa aseet pois henkilöltä, jos on vaara, että niitä käytetään jotakuta vastaan.
danger-weapon-advice-worried = Jos häntä uhataan aseella nyt, soita 112 ja kerro, missä hän on. Älä ryhdy välienselvittelyyn uhkaajan kanssa.
danger-weapon-advice-used = Pane pois se, millä uhkasit, tai luovuta aseet poliisille. Jos tunnet, että voisit satuttaa jotakuta nyt, lähde pois tilanteesta ja soita 112. Välj att sluta -palvelu ja sosiaalipalvelut (socialtjänsten) voivat auttaa sinua lopettamaan.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 and 4; DA item 2; FREDA-farlighetsbedömning (weapons at home).
danger-weapon-access-advice = Jos haluat, voit kertoa poliisille, sosiaalipalveluille (socialtjänsten) tai tukilinjalle, että aseita on. Poliisi voi ottaa aseet haltuunsa ja peruuttaa aseluvan (vapentillstånd), jos on vaara, että niillä satutetaan jotakuta.
# Source: Brottsbalken 4:5 (olaga hot); lag (SFS 1988:688) om kontaktförbud: asked for through the police (114 14) or the Prosecution Authority, decided by a prosecutor or court (polisen.se, aklagare.se); DA item 6.
danger-threat-to-kill-advice = Voit tehdä uhkauksesta rikosilmoituksen poliisille ja pyytää lähestymiskieltoa (kontaktförbud). Tallenna viestit ja kirjoita muistiin, mitä sanottiin ja milloin. Puhu tukilinjan kanssa siitä, miten voit olla turvassa.
danger-threat-to-kill-advice-worried = Ota uhkaus vakavasti. Hän voi tehdä siitä rikosilmoituksen poliisille ja pyytää lähestymiskieltoa (kontaktförbud). Voit auttaa tallentamaan viestejä ja kirjoittamaan muistiin, mitä olet nähnyt ja kuullut.
danger-threat-to-kill-advice-used = Tappouhkaus pelottaa ja on rikos, vaikka et tarkoittaisi sitä. Ota yhteyttä Välj att sluta -palveluun tai sosiaalipalveluihin (socialtjänsten) saadaksesi apua lopettamiseen.
# Source: DA item 18 (the person's own belief that the other could kill them); FREDA-farlighetsbedömning's guidance: the person's own estimate of risk is on average as good as the instruments; safety planning with support services as in NCK's and the shelter movement's practice.
danger-believes-could-kill-advice = Ota tunteesi vakavasti. Tee suunnitelma siitä, miten voit olla turvassa, yhdessä tukilinjan, naisten, tyttöjen tai miesten tukipalvelun (kvinnojour, tjejjour, mansjour) tai sosiaalipalvelujen (socialtjänsten) kanssa. Jos olet vaarassa nyt, soita 112.
danger-believes-could-kill-advice-worried = Ota se vakavasti. Soita tukilinjaan ja puhu siitä, miten voit tukea häntä ja miten hän voi olla turvassa. Älä ryhdy välienselvittelyyn uhkaajan kanssa. Jos hän on vaarassa nyt, soita 112.
# Source: DA item 1; documenting incidents and keeping evidence safe, as NCK and the police advise.
danger-escalation-advice = Kirjoita muistiin, mitä tapahtuu ja milloin, ja säilytä kuvat ja viestit paikassa, josta kukaan muu ei löydä niitä. Suunnittele turvallisuuttasi yhdessä tukilinjan tai sosiaalipalvelujen (socialtjänsten) kanssa.
danger-escalation-advice-worried = Se on merkki siitä, että riski kasvaa. Soita tukilinjaan ja puhu siitä, miten voit tukea häntä. Jos hän on vaarassa nyt, soita 112.
danger-escalation-advice-used = Kun tilanne pahenee, riski siitä, että joku loukkaantuu vakavasti, kasvaa. Hae apua nyt, esimerkiksi Välj att sluta -palvelusta tai sosiaalipalveluista (socialtjänsten). Jos joku on vaarassa, soita 112.
# Source: DA item 3; Brå 2007:6 (separation problems and jealousy the most common motives for lethal partner violence); NCK's summary of Brå data (more than half in connection with separation). Never push a person to leave: whether and when is theirs.
danger-separation-advice = Aika ennen eroa, sen aikana ja sen jälkeen voi olla erityisen vaarallinen. Sinä päätät itse, lähdetkö ja milloin. Jos mietit lähtemistä, voit suunnitella sitä rauhassa tukilinjan, naisten tai miesten tukipalvelun (kvinnojour, mansjour) tai sosiaalipalvelujen (socialtjänsten) kanssa.
danger-separation-advice-worried = Aika ennen eroa, sen aikana ja sen jälkeen voi olla erityisen vaarallinen. Jos hän miettii lähtemistä, voit auttaa häntä suunnittelemaan sitä tukilinjan, naisten tai miesten tukipalvelun (kvinnojour, mansjour) tai sosiaalipalvelujen (socialtjänsten) kanssa. Hän itse päättää.
# Source: DA item 15; HSLF-FS 2022:39 (replaced SOSFS 2014:4 on 1 November 2022); NCK and Graviditetsregistret: antenatal care asks every pregnant woman about violence, though not every woman recalls being asked.
danger-pregnancy-advice = Jos olet nyt raskaana, voit kertoa kätilöllesi, mitä tapahtuu. Kätilö yleensä kysyy väkivallasta ja voi ohjata sinut eteenpäin, myös keskustelussa, jossa kumppanisi ei ole mukana. Voit myös puhua tukilinjan kanssa.
# Source: DA item 14 (violent and constant jealousy).
danger-jealousy-advice = Mustasukkaisuus ei anna kenellekään oikeutta kontrolloida tai uhkailla. Pane merkille, lisääntyykö kontrollointi, ja puhu tukilinjan kanssa siitä, mitä tapahtuu ja miten voit olla turvassa.
# Source: DA item 16 (the other person's threats or attempts of suicide, which also signal danger to the partner).
danger-suicide-threats-advice = Sinä et ole vastuussa siitä, mitä hän tekee. Jos hän on välittömässä vaarassa, soita 112. Itsemurhalla uhkaaminen voi tarkoittaa vaaraa myös sinulle, joten sinun kannattaa puhua tukilinjan kanssa omasta turvallisuudestasi.
# Source: Lag (SFS 1988:688) om kontaktförbud: breaking a ban is a crime; SARA item 8 (violation of no-contact orders).
danger-contact-ban-broken-advice = Ilmoita poliisille joka kerta, kun lähestymiskieltoa (kontaktförbud) rikotaan, ja tallenna viestit, puhelulokit ja muu, mikä osoittaa sen. Jos olet vaarassa nyt, soita 112.
danger-contact-ban-broken-advice-used = Lähestymiskiellon (kontaktförbud) rikkominen on rikos ja pelottaa sitä, jota kiellolla suojellaan. Pysy poissa ja ota yhteyttä Välj att sluta -palveluun tai sosiaalipalveluihin (socialtjänsten) saadaksesi tukea.
# Source: Brottsbalken 4:4 b (olaga förföljelse); DA item 19; the police on documenting stalking; safety advice on spyware: removing an app can be noticed (as on this tool's safety page).
danger-stalking-advice = Kirjoita muistiin, milloin ja missä sitä tapahtuu, ja tallenna viestit. Tarkista, onko puhelimessa tuntemattomia sovelluksia, mutta muista, että niiden poistaminen voidaan huomata. Voit tehdä rikosilmoituksen poliisille ja pyytää lähestymiskieltoa (kontaktförbud).
danger-stalking-advice-worried = Hän voi kirjoittaa muistiin, milloin ja missä sitä tapahtuu, ja tallentaa viestit. Vainoaminen on rikos, josta voi tehdä rikosilmoituksen poliisille. Voit auttaa kirjoittamalla muistiin sen, mitä näet.
# Source: LVU (SFS 1990:52) 31 a § (utreseförbud, travel ban for a child at risk of being taken abroad and harmed; since 1 July 2020, extended 1 June 2024 by prop. 2023/24:72); brottsbalken 4:4 c (äktenskapstvång); Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland); the Swedish Ministry for Foreign Affairs (UD) gives consular help abroad.
danger-forced-trip-or-marriage-advice = Yritä saada apua ennen matkaa: ota yhteyttä sosiaalipalveluihin (socialtjänsten), poliisiin tai kunniaan liittyvän väkivallan tukilinjaan. Lapselle sosiaalipalvelut voivat hakea matkustuskieltoa (utreseförbud). Jos kuitenkin matkustat, ota mukaan kopio passista, ladattu puhelin ja Ruotsin suurlähetystön numero.
danger-forced-trip-or-marriage-advice-worried = Toimi ennen matkaa niin, ettei perhe saa tietää: ota yhteyttä sosiaalipalveluihin (socialtjänsten), poliisiin tai kunniaan liittyvän väkivallan tukilinjaan. Lapsia varten on olemassa matkustuskielto (utreseförbud). Jos hän on jo ulkomailla, Ruotsin ulkoministeriö (UD) voi auttaa.
# Source: PATRIARK (earlier honour-based violence in the family or network).
danger-honour-violence-before-advice = Se, mitä muille perheessä on tapahtunut, voi tarkoittaa, että riski on suurempi myös sinulle. Puhu sosiaalipalvelujen (socialtjänsten) tai kunniaan liittyvän väkivallan tukilinjan kanssa siitä, miten voit olla turvassa. Jos olet vaarassa nyt, soita 112.
# Source: DA item 17; socialtjänstlagen (SFS 2025:400), the social services' duty to protect children.
danger-threats-to-children-advice = Lapsilla, joita uhataan, on oikeus suojeluun. Sosiaalipalvelut (socialtjänsten) voivat auttaa sinua ja lapsia, ja voit tehdä uhkauksesta rikosilmoituksen poliisille. Jos lapsi on vaarassa nyt, soita 112.
# Source: Brottsbalken chapter 6 (sexual offences against children); socialtjänstlagen (SFS 2025:400): the social services must protect a child who may be harmed; Bris (contacts/national.toml).
danger-child-sexual-abuse-advice = Se ei ole koskaan sinun syytäsi. Kerro jollekulle aikuiselle, johon luotat, esimerkiksi koulukuraattorille tai kouluterveydenhoitajalle, tai soita Brisiin. Sosiaalipalvelujen (socialtjänsten) on pakko suojella sinua. Jos olet vaarassa nyt, soita 112.
danger-child-sexual-abuse-advice-worried = Tee heti huoli-ilmoitus (orosanmälan) sosiaalipalveluihin (socialtjänsten) tai soita poliisille. Älä kuulustele lasta äläkä ryhdy välienselvittelyyn sen kanssa, jota epäilet. Jos lapsi on vaarassa nyt, soita 112.
# Source: Brottsbalken 6:9 (purchase of a sexual act from a child); socialtjänstlagen (SFS 2025:400).
danger-child-sexual-exploitation-advice = Sinä et koskaan tee väärin, vaan se, joka käyttää sinua hyväksi. Voit puhua Brisin tai sosiaalipalvelujen (socialtjänsten) kanssa, ja nuorisovastaanotolla (ungdomsmottagning) saat apua terveyteesi liittyvissä asioissa. Jos olet vaarassa nyt, soita 112.
danger-child-sexual-exploitation-advice-worried = Tee heti huoli-ilmoitus (orosanmälan) sosiaalipalveluihin (socialtjänsten). Se, joka ostaa seksiä lapselta, tekee rikoksen. Jos lapsi on vaarassa nyt, soita 112.
# Source: Äktenskapsbalken 2:1 (no one under 18 may marry); brottsbalken chapter 4 (barnäktenskapsbrott and äktenskapstvång, covering marriage-like unions too); LVU 31 a § (utreseförbud: social services apply, the administrative court decides, with interim bans by social services).
danger-child-marriage-advice = Kukaan ei saa panna sinua naimisiin, ei myöskään uskonnollisesti tai ulkomailla. Sosiaalipalvelut (socialtjänsten) voivat suojella sinua ja hakea matkustuskieltoa (utreseförbud), jotta sinua ei saa viedä pois maasta. Voit soittaa kunniaan liittyvän väkivallan tukilinjaan tai Brisiin. Jos olet vaarassa nyt, soita 112.
# Source: Lag (SFS 1982:316) med förbud mot könsstympning av kvinnor (female genitals; applies also to mutilation abroad); LVU 31 a § (utreseförbud).
danger-genital-mutilation-advice = Kerro jollekulle aikuiselle, johon luotat, esimerkiksi kouluterveydenhoitajalle tai kuraattorille, tai soita Brisiin. Sosiaalipalvelut (socialtjänsten) voivat suojella sinua, esimerkiksi matkustuskiellolla (utreseförbud) ennen matkaa. Jos jotain on jo tapahtunut, voit saada hoitoa ja tukea. Jos olet vaarassa nyt, soita 112.
danger-genital-mutilation-advice-worried = Tee heti huoli-ilmoitus (orosanmälan) sosiaalipalveluihin (socialtjänsten), varsinkin ennen matkaa. Sosiaalipalvelut voivat hakea lapselle matkustuskieltoa (utreseförbud). Älä ota itse yhteyttä perheeseen.
# Source: Child-protection practice (Bris; the police on sexual extortion of children): do not send more or pay, keep the evidence, tell an adult, report; brottsbalken chapter 6.
danger-sextortion-advice = Se ei ole sinun syytäsi. Älä lähetä enää kuvia äläkä maksa. Tallenna viestit ja estä sitten se ihminen. Kerro jollekulle aikuiselle, johon luotat, tai soita Brisiin. Voit tehdä rikosilmoituksen poliisille, vaikka olisit itse lähettänyt kuvia.
# Source: DA item 20 (the person's own thoughts or attempts of suicide); Mind's Självmordslinjen (contacts/national.toml); NASP at Karolinska Institutet: asking directly about suicide does not increase the risk.
danger-suicidal-thoughts-advice = Et ole yksin. Voit soittaa Självmordslinjen-tukilinjaan tai kirjoittaa sen chatissa ympäri vuorokauden, ja voit olla nimettömänä. Jos mielessäsi on vahingoittaa itseäsi nyt, soita 112.
danger-suicidal-thoughts-advice-worried = Ota se vakavasti ja kysy suoraan: ”Ajatteletko itsemurhaa?” Kysyminen ei lisää riskiä. Självmordslinjen ottaa vastaan puheluita myös niiltä, jotka ovat huolissaan jostakusta. Jos hän on välittömässä vaarassa, soita 112.
danger-suicidal-thoughts-advice-used = Et ole yksin. Voit soittaa Självmordslinjen-tukilinjaan tai kirjoittaa sen chatissa ympäri vuorokauden, ja voit olla nimettömänä. Jos mielessäsi on vahingoittaa itseäsi tai jotakuta muuta nyt, soita 112.
## Result: fixed parts

result-title = Tätä vastauksesi kuvaavat
result-intro = Vastauksesi kuvaavat yhtä tai useampaa väkivallan muotoa. Alta voit lukea, millä nimillä niitä kutsutaan ja mistä voit saada tukea.
result-none = Mikään vastauksistasi ei kuvannut väkivaltaa. Voit silti puhua jonkun kanssa, jos jokin tuntuu väärältä. Luota tunteeseesi.
result-none-worried = Mikään vastauksistasi ei kuvannut väkivaltaa sitä henkilöä kohtaan, josta olet huolissasi. Luota silti tunteeseesi: voit puhua huolestasi tukilinjan kanssa.
result-danger-unanswered = Jätit vastaamatta joihinkin vakavaa vaaraa koskeviin kysymyksiin, eikä siinä ole mitään väärää. Jos pelkäät turvallisuutesi puolesta, voit aina soittaa 112, ja alla olevat tukilinjat voivat auttaa sinua miettimään, mikä on turvallisinta.
result-danger-unanswered-worried = Jätit vastaamatta joihinkin vakavaa vaaraa koskeviin kysymyksiin, eikä siinä ole mitään väärää. Jos uskot, että henkilö, josta olet huolissasi, on vaarassa nyt, soita 112. Alla olevat tukilinjat voivat auttaa sinua miettimään, miten voit tukea häntä.
result-danger-unanswered-used = Jätit vastaamatta joihinkin vakavaa vaaraa koskeviin kysymyksiin, eikä siinä ole mitään väärää. Jos pelkäät satuttavasi jotakuta tai jos joku on vaarassa, soita 112. Välj att sluta -palvelu ja sosiaalipalvelut (socialtjänsten) voivat auttaa sinua.
result-urgent-title = Jos olet vaarassa nyt, soita 112
# Source: SOS Alarm, https://www.sosalarm.se/112 (the operator asks what happened, where and from which number; calls from smartphones are positioned automatically, AML) and https://www.sosalarm.se/Pressrum/Fragor-och-svar/ (stay on the line).
result-urgent-text = Kerro, mitä on tapahtunut ja missä olet. Puhelu on maksuton. Kun soitat matkapuhelimesta, SOS Alarm näkee yleensä, missä olet. Pysy linjalla, jos voit.
result-urgent-title-worried = Jos hän on vaarassa nyt, soita 112
result-urgent-text-worried = Soita 112, jos henkilö, josta olet huolissasi, on vaarassa juuri nyt. Kerro, missä hän on ja mitä tapahtuu. Puhelu on maksuton.
result-urgent-signs-intro = Näytämme tämän ensin, koska vastauksissasi mainitaan jotain, mikä voi olla vakava varoitusmerkki:
result-advice-youth = Jos olet alle 18-vuotias, voit puhua myös Brisin, koulukuraattorin, kouluterveydenhoitajan tai jonkun muun aikuisen kanssa, johon luotat. Sinun ei tarvitse selvitä tästä yksin.
result-advice-youth-worried = Jos olet itse alle 18-vuotias, voit kertoa asiasta aikuiselle, johon luotat, tai soittaa Brisiin, niin saat apua siihen, mitä sitten tehdään.
result-not-your-fault = Se, mitä sinulle tapahtuu, ei ole sinun syytäsi. Kenelläkään ei ole oikeutta satuttaa sinua, uhkailla sinua tai määrätä sinusta.
result-right-to-support = Sinulla on oikeus hakea tukea sosiaalipalveluista (socialtjänsten) siinä kunnassa, jossa olet, riippumatta siitä, mistä tulet ja onko sinulla oleskelulupa. Yhteydenotto on maksuton.
result-everyone-welcome = Sinulla on oikeus tukeen riippumatta iästäsi, sukupuolestasi, taustastasi, seksuaalisesta suuntautumisestasi, vammaisuudestasi tai riippuvuudesta. Se, että juot alkoholia tai käytät huumeita tai ettei sinulla ole oleskelulupaa, ei koskaan estä sinua saamasta tukea.
result-everyone-welcome-worried = Henkilöllä, josta olet huolissasi, on oikeus tukeen riippumatta iästä, sukupuolesta, taustasta, seksuaalisesta suuntautumisesta, vammaisuudesta tai riippuvuudesta. Alkoholi, huumeet tai oleskeluluvan puuttuminen eivät koskaan estä ketään saamasta tukea.
result-everyone-welcome-used = Voit saada tukea lopettamiseen riippumatta iästäsi, sukupuolestasi, taustastasi, seksuaalisesta suuntautumisestasi, vammaisuudestasi tai riippuvuudesta. Se, että juot alkoholia tai käytät huumeita, ei estä sinua saamasta tukea.
result-child-protection-title = Sinulla on oikeus suojeluun
result-child-protection-1 = Olet alle 18-vuotias. Silloin sosiaalipalvelujen (socialtjänsten) täytyy selvittää, miten sinulla menee, ja suojella sinua, jos joku satuttaa, uhkaa tai käyttää sinua hyväksi.
result-child-protection-2 = Voit itse soittaa sosiaalipalveluihin (socialtjänsten) tai mennä sinne, tai voit pyytää jotakuta aikuista, johon luotat, esimerkiksi koulukuraattoria, auttamaan sinua.
result-child-protection-3 = Voit myös puhua Brisin kanssa kertomatta, kuka olet. Bris löytyy alla olevista yhteystiedoista.
result-what-happens-title = Mitä tapahtuu, jos otan yhteyttä?
result-what-happens-1 = Voit aloittaa soittamalla tukilinjaan, jossa voit puhua ja saada neuvoja. Päätät itse, mitä kerrot.
result-what-happens-2 = Sosiaalipalvelut (socialtjänsten) voivat tarjota sinulle tukikeskusteluja, apua sen suunnitteluun, miten voit olla turvassa, ja apua turva-asunnon saamiseen, jos sinun täytyy muuttaa.
result-what-happens-3 = Voit edetä askel kerrallaan. Voit ensin kysyä, mitä seuraavaksi tapahtuu, ennen kuin kerrot enemmän.
result-show-local = Näytä apua läheltäni
result-start-over = Aloita alusta
result-start-over-hint = Kaikki vastauksesi unohdetaan.
## Result: for someone who has hurt or frightened someone

result-used-intro = Vastauksesi kuvaavat, että olet tehnyt asioita, jotka voivat satuttaa tai pelottaa jotakuta läheistäsi.
result-used-responsibility = Se, että vastasit kysymyksiin, on tärkeä askel. Väkivalta on valinta, ja voit valita lopettaa. Siihen on saatavilla apua, esimerkiksi Välj att sluta -palvelu ja oman kuntasi sosiaalipalvelut (socialtjänsten).
result-used-responsibility-youth = Se, että vastasit kysymyksiin, on tärkeä askel. Muiden satuttamisen ja pelottelun voi oppia lopettamaan, ja on aikuisia, jotka voivat auttaa sinua siinä, esimerkiksi Bris ja sosiaalipalvelut (socialtjänsten).
result-used-urgent-text = Jos pelkäät satuttavasi jotakuta juuri nyt tai jos joku on vaarassa, soita 112.
result-used-none = Vastauksesi eivät kuvanneet mitään siitä, mitä kysyimme. Jos olet silti huolissasi siitä, miten käyttäydyt jotakuta läheistäsi kohtaan, voit puhua Välj att sluta -palvelun tai sosiaalipalvelujen (socialtjänsten) kanssa. Voit olla nimettömänä.
result-used-children = Lapset, jotka näkevät tai kuulevat väkivaltaa, tarvitsevat tukea. Sosiaalipalvelut (socialtjänsten) voivat tukea sekä sinua että lapsia, ja on hyvä askel ottaa itse yhteyttä niihin.
result-used-also-exposed = Kerroit, että joku myös satuttaa, uhkaa tai kontrolloi sinua. Se ei ole okei, ja sinulla on oikeus saada siihen tukea. Voit puhua Brisin tai sosiaalipalvelujen (socialtjänsten) kanssa, ja voit myös vastata kysymyksiin siitä, mitä sinulle tapahtuu.
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
worried-child-2 = Yksityishenkilönä voit tehdä ilmoituksen nimettömänä. Sosiaalipalvelut (socialtjänsten) selvittävät, miten lapsi voi.
worried-child-3 = Ne, jotka työskentelevät lasten kanssa, esimerkiksi koulussa, terveydenhuollossa tai sosiaalipalveluissa (socialtjänsten), ovat velvollisia tekemään ilmoituksen.
