# Vägvisaren — säkerhetsplanen (svenska, källspråk).
# Status: source language, written by the team.
# Laddas bara när någon öppnar säkerhetsplanen. Lugnt, enkelt och i du-form. Planen
# uppmanar aldrig någon att lämna eller stanna: båda är riktiga val.

## Plan
plan-title = Min säkerhetsplan
plan-intro = Här kan du skriva ner det som kan hjälpa dig att vara trygg. Du väljer själv vad du fyller i, och du kan hoppa över det som inte passar.
plan-not-kept = Ingenting sparas eller skickas. Det du skriver finns bara kvar tills du stänger sidan, trycker på ”Börja om” eller lämnar sidan snabbt.
plan-print-warning = Om du skriver ut planen eller sparar den som PDF blir det en kopia som finns kvar. Tänk på var du förvarar den: någon annan kan hitta en utskriven plan.
plan-print = Skriv ut eller spara som PDF
plan-suggestions-title = Förslag utifrån dina svar
plan-suggestions-note = Förslagen visas bara här och kommer inte med på en utskrift.
plan-empty-field = (inget skrivet)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = Om du har skadats kan du söka vård, även om det inte syns något. Vården kan också dokumentera skador.
plan-suggest-children = Gör gärna en plan för barnen: vart de kan gå och vem de kan ringa.
plan-suggest-trip = Om en resa planeras: skriv ner vad du gör före resan och vem du kontaktar.
plan-suggest-leaving = Om du tänker lämna: tiden runt att lämna kan vara farlig. Planera den gärna med en stödlinje, en jour eller socialtjänsten.
plan-suggest-phone = Börja gärna med telefonen och kontona: någon kan hålla koll på var du är eller vad du skriver.
plan-suggest-weapons = Berätta för polisen om det finns vapen. Polisen kan ta hand om vapen när det finns risk för våld.
plan-suggest-suicide = Skriv gärna in Självmordslinjen bland dem du kan ringa. Den har öppet dygnet runt.

## People to call
plan-people-title = Personer jag kan ringa
plan-people-advice = Välj några personer du litar på. Bestäm tillsammans vad de ska göra om du hör av dig, till exempel ringa 112.
plan-people-field = Namn och telefonnummer till personer jag litar på
plan-codeword-field = Ett kodord som betyder att jag behöver hjälp

## A safe place
plan-place-title = Ett tryggt ställe
plan-place-advice = Tänk på ställen där du kan vara trygg en stund, till exempel hos någon den andra inte känner till, eller platser som är öppna dygnet runt.
plan-place-field = Dit kan jag gå om jag behöver komma bort snabbt

## What to keep ready
plan-ready-title = Saker att ha redo
plan-ready-advice = Det kan vara bra att ha viktiga saker samlade, eller kopior hos någon du litar på: ID-kort och pass, BankID och bankkort, nycklar, mediciner, pengar, en laddare och barnens papper.
plan-ready-field = Var jag förvarar dem, eller vem som har kopior

## Phone and accounts
plan-phone-title = Telefon och konton
plan-phone-advice = Byt lösenord från en telefon eller dator som ingen annan kommer åt, och se efter om platsdelning är påslagen. Tänk på att det kan märkas om du ändrar något: gör det som känns säkrast.
plan-phone-field = Det här vill jag kolla eller ändra

## Children
plan-children-title = Barnens plan
plan-children-advice = Barn kan lära sig vart de ska gå och vem de ska ringa när det är oroligt hemma. Barn kan ringa 112 och Bris. Socialtjänsten kan ge stöd till barnen.
plan-children-field = Det här ska barnen göra, och vem de kan ringa

## Staying or leaving: both are legitimate
plan-stay-title = Om jag stannar
plan-stay-advice = Många stannar, för en tid eller för gott, och det är också ett riktigt val. Tänk på vilka rum du kan ta dig ut ifrån, och vem du kan ringa när det blir oroligt.
plan-stay-field = Det här gör jag för att vara tryggare där jag bor
plan-leave-title = Om jag vill lämna
plan-leave-advice = Tiden runt att lämna kan vara farlig. Planera den gärna med en stödlinje, en jour eller socialtjänsten, som kan hjälpa till med boende.
plan-leave-field = Det här behöver jag ordna innan, och vem som kan hjälpa mig

## For young people
plan-youth-title = En vuxen jag litar på
plan-youth-advice = Du kan alltid ringa Bris, utan att säga vem du är. Skolkuratorn och skolsköterskan kan lyssna och hjälpa dig att få kontakt med socialtjänsten.
plan-youth-field = En vuxen jag kan prata med, till exempel skolkuratorn, en lärare eller någon i släkten

## A feared trip abroad
plan-trip-title = Inför en resa
plan-trip-advice = Berätta för socialtjänsten, polisen eller stödlinjen för hedersrelaterat våld innan resan. För barn kan socialtjänsten begära utreseförbud. Spara adressen till Sveriges ambassad i landet.
plan-trip-field = Det här gör jag innan resan, och vem jag kontaktar

## Exploitation
plan-papers-title = Mina papper och var jag kan få stöd
plan-papers-advice = Ta en bild eller kopia av ditt pass och andra papper och spara den där ingen annan kommer åt den. Du kan kontakta polisen och socialtjänsten även om du saknar uppehållstillstånd.
plan-papers-field = Kopior och telefonnummer jag vill ha

## For someone who has used violence: when anger rises
plan-anger-title = När ilskan växer
plan-anger-advice = Lär dig känna igen tecknen i kroppen och i tankarna innan du gör något. Gå därifrån: säg att du tar en paus, och kom tillbaka när du är lugn. Du bestämmer själv vad du gör.
plan-anger-signs-field = Mina varningstecken
plan-anger-do-field = Det här gör jag när jag märker dem
plan-anger-call-field = Den här personen eller linjen kan jag ringa, till exempel Välj att sluta
