# Vägvisaren — the safety plan.
# Loaded only when someone opens the safety plan. Calm, simple and in the second person. The plan
# never urges anyone to leave or to stay: both are real choices.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Plan
plan-title = Moj sigurnosni plan
plan-intro = Ovdje možeš zapisati ono što ti može pomoći da budeš na sigurnom. Ti biraš što ćeš popuniti, a možeš preskočiti ono što ti ne odgovara.
plan-not-kept = Ništa se ne čuva niti šalje. Ono što napišeš ostaje samo dok ne zatvoriš stranicu, ne pritisneš „Počni ispočetka“ ili brzo ne napustiš stranicu.
plan-print-warning = Ako isprintaš plan ili ga sačuvaš kao PDF, nastaje kopija koja ostaje. Razmisli gdje ćeš je držati: neko drugi može pronaći isprintani plan.
plan-print = Isprintaj ili sačuvaj kao PDF
plan-suggestions-title = Prijedlozi na osnovu tvojih odgovora
plan-suggestions-note = Prijedlozi se prikazuju samo ovdje i ne ulaze u isprintani plan.
plan-empty-field = (ništa nije napisano)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = Ako imaš povrede, možeš potražiti medicinsku pomoć, čak i ako se ništa ne vidi. Zdravstveno osoblje može i dokumentovati povrede.
plan-suggest-children = Možda želiš napraviti plan i za djecu: kuda mogu otići i koga mogu nazvati.
plan-suggest-trip = Ako se planira putovanje: zapiši što ćeš uraditi prije putovanja i kome ćeš se javiti.
plan-suggest-leaving = Ako razmišljaš o odlasku: vrijeme oko odlaska može biti opasno. Možeš ga isplanirati s linijom za podršku, s organizacijom za podršku (jour, na primjer kvinnojour ili mansjour) ili sa socialtjänsten (socijalna služba u općini).
plan-suggest-phone = Možda je dobro početi od telefona i korisničkih računa: neko možda prati gdje si ili što pišeš.
plan-suggest-weapons = Reci policiji ako postoji oružje. Policija može preuzeti oružje kada postoji rizik od nasilja.
plan-suggest-suicide = Možeš upisati Självmordslinjen (linija za pomoć kod misli o samoubistvu) među one koje možeš nazvati. Otvorena je danju i noću.

## People to call
plan-people-title = Osobe koje ja mogu nazvati
plan-people-advice = Izaberi nekoliko osoba kojima vjeruješ. Dogovorite zajedno što će uraditi ako im se javiš, na primjer da pozovu 112.
plan-people-field = Imena i brojevi telefona osoba kojima vjerujem
plan-codeword-field = Šifra koja znači da mi treba pomoć

## A safe place
plan-place-title = Sigurno mjesto
plan-place-advice = Razmisli o mjestima gdje možeš neko vrijeme biti na sigurnom, na primjer kod nekoga za koga druga osoba ne zna, ili o mjestima koja su otvorena danju i noću.
plan-place-field = Ovamo mogu otići ako moram brzo pobjeći

## What to keep ready
plan-ready-title = Stvari koje treba imati spremne
plan-ready-advice = Može biti dobro imati važne stvari na jednom mjestu, ili kopije kod nekoga kome vjeruješ: ličnu kartu i pasoš, BankID i bankovnu karticu, ključeve, lijekove, novac, punjač i dokumente djece.
plan-ready-field = Gdje ih držim, ili ko ima kopije

## Phone and accounts
plan-phone-title = Telefon i korisnički računi
plan-phone-advice = Promijeni lozinke s telefona ili kompjutera kojem niko drugi nema pristup, i provjeri je li uključeno dijeljenje lokacije. Imaj na umu da se može primijetiti ako nešto promijeniš: uradi ono što ti se čini najsigurnijim.
plan-phone-field = Ovo želim provjeriti ili promijeniti

## Children
plan-children-title = Plan za djecu
plan-children-advice = Djeca mogu naučiti kuda da idu i koga da nazovu kad kod kuće nije mirno. Djeca mogu nazvati 112 i Bris (linija za podršku djeci i mladima). Socialtjänsten (socijalna služba u općini) može pružiti podršku djeci.
plan-children-field = Ovo djeca trebaju uraditi, i koga mogu nazvati

## Staying or leaving: both are legitimate
plan-stay-title = Ako ostanem
plan-stay-advice = Mnogi ostaju, neko vrijeme ili zauvijek, i to je također pravi izbor. Razmisli iz kojih prostorija možeš izaći napolje i koga možeš nazvati kad situacija postane napeta.
plan-stay-field = Ovo radim za veću sigurnost tamo gdje živim
plan-leave-title = Ako želim otići
plan-leave-advice = Vrijeme oko odlaska može biti opasno. Možeš ga isplanirati s linijom za podršku, s organizacijom za podršku (jour, na primjer kvinnojour ili mansjour) ili sa socialtjänsten (socijalna služba u općini), koji mogu pomoći oko smještaja.
plan-leave-field = Ovo moram srediti prije, i ko mi može pomoći

## For young people
plan-youth-title = Odrasla osoba kojoj vjerujem
plan-youth-advice = Uvijek možeš nazvati Bris, a da ne kažeš ko si. Školski savjetnik (kurator) i školska medicinska sestra mogu te saslušati i pomoći ti da stupiš u kontakt sa socialtjänsten (socijalna služba u općini).
plan-youth-field = Odrasla osoba s kojom mogu razgovarati, na primjer školski savjetnik (kurator), nastavnik ili neko iz rodbine

## A feared trip abroad
plan-trip-title = Prije putovanja
plan-trip-advice = Prije putovanja reci socialtjänsten (socijalna služba u općini), policiji ili liniji za podršku kod nasilja u ime časti. Za djecu socialtjänsten može tražiti utreseförbud (zabranu izlaska iz zemlje). Sačuvaj adresu švedske ambasade u toj zemlji.
plan-trip-field = Ovo radim prije putovanja, i kome se javljam

## Exploitation
plan-papers-title = Moji dokumenti i gdje mogu dobiti podršku
plan-papers-advice = Slikaj ili kopiraj svoj pasoš i druge dokumente i sačuvaj to tamo gdje niko drugi nema pristup. Policiji i socialtjänsten (socijalna služba u općini) možeš se obratiti čak i ako nemaš boravišnu dozvolu.
plan-papers-field = Kopije i brojevi telefona koje želim imati

## For someone who has used violence: when anger rises
plan-anger-title = Kad ljutnja raste
plan-anger-advice = Nauči prepoznati znakove u tijelu i u mislima prije nego što nešto uradiš. Udalji se: reci da praviš pauzu, i vrati se kad se smiriš. Ti odlučuješ što ćeš uraditi.
plan-anger-signs-field = Moji znakovi upozorenja
plan-anger-do-field = Ovo radim kad ih primijetim
plan-anger-call-field = Ovu osobu ili liniju mogu nazvati, na primjer Välj att sluta
