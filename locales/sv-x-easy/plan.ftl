# Vägvisaren — the safety plan (lättläst svenska).
# Loaded only when someone opens the safety plan. Calm, plain and in the second person. The plan
# never urges anyone to leave or to stay: both are real choices.
# Status: written by the team from the Swedish source; meaning checked by back-translation 2026-12-07; not yet reviewed by an easy-to-read editor.

## Plan
plan-title = Min säkerhetsplan
plan-intro = Här kan du skriva ner sådant som kan hjälpa dig att vara trygg. Du väljer själv vad du skriver. Du kan hoppa över det som inte passar dig.
plan-not-kept = Sidan sparar inget och skickar inget. Det du skriver finns bara kvar tills du stänger sidan. Det försvinner också när du trycker på ”Börja om” eller lämnar sidan snabbt.
plan-print-warning = Om du skriver ut planen eller sparar den som PDF, så blir det en kopia som finns kvar. Tänk på var du har den. Någon annan kan hitta en plan på papper.
plan-print = Skriv ut eller spara som PDF
plan-suggestions-title = Förslag från dina svar
plan-suggestions-note = Förslagen finns bara här på skärmen. De kommer inte med när du skriver ut.
plan-empty-field = (inget skrivet)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = Har du blivit skadad? Då kan du söka vård, även om det inte syns något. Vården kan också skriva ner och ta bilder på skadorna.
plan-suggest-children = Gör gärna en plan för barnen. Vart kan de gå? Vem kan de ringa?
plan-suggest-trip = Planerar någon en resa? Skriv ner vad du gör före resan och vem du kontaktar.
plan-suggest-leaving = Tänker du lämna? Tiden runt att lämna kan vara farlig. Planera den gärna med en stödlinje, en jour eller socialtjänsten.
plan-suggest-phone = Börja gärna med telefonen och kontona. Någon kan hålla koll på var du är eller vad du skriver.
plan-suggest-weapons = Berätta för polisen om det finns vapen. Polisen kan ta hand om vapen när det finns risk för våld.
plan-suggest-suicide = Skriv gärna in Självmordslinjen bland dem du kan ringa. Den har öppet dag och natt.

## People to call
plan-people-title = Personer jag kan ringa
plan-people-advice = Välj några personer du litar på. Bestäm tillsammans vad de ska göra om du hör av dig. De kan till exempel ringa 112.
plan-people-field = Namn och telefonnummer till personer jag litar på
plan-codeword-field = Ett hemligt ord som betyder att jag behöver hjälp

## A safe place
plan-place-title = Ett tryggt ställe
plan-place-advice = Tänk på ställen där du kan vara trygg en stund. Det kan vara hos någon som den andra inte känner till. Det kan också vara ett ställe som är öppet dag och natt.
plan-place-field = Hit kan jag gå om jag snabbt behöver komma bort

## What to keep ready
plan-ready-title = Saker att ha redo
plan-ready-advice = Det kan vara bra att ha viktiga saker samlade. Du kan också ge kopior till någon du litar på. Det kan vara ID-kort och pass, BankID och bankkort, nycklar, medicin, pengar, en laddare och barnens papper.
plan-ready-field = Här har jag sakerna, eller den här personen har kopior

## Phone and accounts
plan-phone-title = Telefon och konton
plan-phone-advice = Byt lösenord från en telefon eller dator som ingen annan kan använda. Kolla om platsdelning är på. Platsdelning betyder att andra kan se var du är. Tänk på att andra kan märka om du ändrar något. Gör det som känns säkrast.
plan-phone-field = Det här vill jag kolla eller ändra

## Children
plan-children-title = Barnens plan
plan-children-advice = Barn kan lära sig vad de ska göra när det är oroligt hemma: vart de ska gå och vem de ska ringa. Barn kan ringa 112 och Bris. Socialtjänsten kan ge stöd till barnen.
plan-children-field = Det här ska barnen göra, och de här kan de ringa

## Staying or leaving: both are legitimate
plan-stay-title = Om jag stannar
plan-stay-advice = Många stannar, en tid eller för alltid. Det är också ett riktigt val. Tänk på vilka rum du kan ta dig ut från. Tänk också på vem du kan ringa när det blir oroligt.
plan-stay-field = Det här gör jag för att vara tryggare där jag bor
plan-leave-title = Om jag vill lämna
plan-leave-advice = Tiden runt att lämna kan vara farlig. Planera den gärna med en stödlinje, en jour eller socialtjänsten. De kan hjälpa dig att hitta ett ställe att bo på.
plan-leave-field = Det här behöver jag ordna innan, och de här kan hjälpa mig

## For young people
plan-youth-title = En vuxen jag litar på
plan-youth-advice = Du kan alltid ringa Bris. Du behöver inte säga vem du är. Skolkuratorn och skolsköterskan kan lyssna på dig. De kan hjälpa dig att få kontakt med socialtjänsten.
plan-youth-field = En vuxen jag kan prata med, till exempel skolkuratorn, en lärare eller någon i släkten

## A feared trip abroad
plan-trip-title = Före en resa
plan-trip-advice = Berätta för socialtjänsten, polisen eller stödlinjen för hedersrelaterat våld före resan. För barn kan socialtjänsten be om ett utreseförbud. Då får barnet inte föras ut ur Sverige. Spara adressen till Sveriges ambassad i landet.
plan-trip-field = Det här gör jag före resan, och de här kontaktar jag

## Exploitation
plan-papers-title = Mina papper och var jag kan få stöd
plan-papers-advice = Ta en bild eller kopia av ditt pass och andra papper. Spara den där ingen annan kan komma åt den. Du kan kontakta polisen och socialtjänsten även om du inte har uppehållstillstånd.
plan-papers-field = Kopior och telefonnummer som jag vill ha

## For someone who has used violence: when anger rises
plan-anger-title = När jag börjar bli arg
plan-anger-advice = Lär dig känna igen tecknen i kroppen och i tankarna, innan du gör något. Gå därifrån. Säg att du tar en paus. Kom tillbaka när du är lugn. Du bestämmer själv vad du gör.
plan-anger-signs-field = Mina varningstecken
plan-anger-do-field = Det här gör jag när jag märker dem
plan-anger-call-field = Den här personen eller linjen kan jag ringa, till exempel Välj att sluta
