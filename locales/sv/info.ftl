# Vägvisaren — sidorna om säkerhet och om Vägvisaren (svenska, källspråk).
# Laddas när någon öppnar sidan om säkerhet eller om Vägvisaren, tillsammans med main.ftl.
# Status: source language, written by the team.

safety-intro = Här kan du läsa hur sidan skyddar dig och vad den inte kan dölja. Gör det som känns säkrast för dig.
safety-quick-exit-title = Lämna sidan snabbt
safety-quick-exit-1 = Knappen ”Lämna sidan snabbt” finns alltid högst upp. Du kan också trycka på Skift tre gånger.
safety-quick-exit-2 = Då blir sidan tom direkt, och allt du har svarat glöms bort.
safety-quick-exit-3 = Sedan går fliken till en vädersida, så det ser ut som att du har kollat vädret.
safety-quick-exit-4 = Bakåtknappen i webbläsaren leder inte tillbaka hit.
safety-cannot-hide-title = Det här kan sidan inte dölja
safety-cannot-hide-1 = Webbläsarens historik visar fortfarande att du har besökt den här sidan.
safety-cannot-hide-2 = Du kan ta bort just det besöket. Öppna historiken i webbläsarens meny och leta upp Vägvisaren. Håll fingret på raden, dra den åt sidan eller tryck på krysset, och välj att ta bort den.
safety-cannot-hide-3 = Om du tar bort bara den raden ser resten av historiken ut som vanligt.
safety-cannot-hide-4 = Telefonens lista över senaste samtal visar vilka nummer du har ringt.
safety-cannot-hide-5 = Du kan ta bort ett samtal ur listan. Håll fingret på samtalet eller dra det åt vänster, och välj ”Radera”.
safety-cannot-hide-6 = Samtal till nummer som börjar med 020 är gratis och syns inte på telefonräkningen. De syns ändå i listan över senaste samtal.
safety-cannot-hide-7 = Sms och chattar finns kvar i telefonen tills du tar bort dem.
safety-private-browsing-title = Privat surfning
safety-private-browsing-1 = De flesta webbläsare har ett privat läge, som också kallas inkognito. Då sparas inte besöket i historiken när du stänger fönstret.
safety-private-browsing-2 = Du öppnar det oftast i webbläsarens meny, med ”Nytt privat fönster” eller ”Ny inkognitoflik”.
safety-private-browsing-3 = Privat läge döljer inte det du gör för ett program som övervakar telefonen, och inte heller för nätverket på en arbetsplats eller en skola.
safety-shared-phone-title = Om någon annan använder eller kollar din telefon
safety-shared-phone-1 = Om någon annan kan låna eller kolla din telefon eller dator, kan den personen se vad du gör där.
safety-shared-phone-2 = Någon kan ha installerat ett program som övervakar telefonen, ett så kallat spionprogram. Någon kan också känna till dina lösenord och koder.
safety-shared-phone-3 = Om det känns säkrare kan du använda en väns telefon, en dator på biblioteket eller en telefon på jobbet.
safety-shared-phone-4 = Det kan märkas om du plötsligt byter lösenord eller tar bort program. Tänk efter vad som är säkrast för dig innan du gör det.
safety-read-aloud-title = Uppläsning
safety-read-aloud-1 = Knappen ”Läs upp” använder bara röster som finns i din telefon eller dator. Ingen text skickas till någon taltjänst.
safety-read-aloud-2 = Tänk på att någon i närheten kan höra det som läses upp. Uppläsningen slutar när du lämnar sidan snabbt.
safety-transparency-title = Sidan sparar ingenting och skickar ingenting
safety-transparency-1 = Sidan sparar ingenting i din telefon eller dator, inte heller kakor. Språk och kommun finns bara kvar tills du stänger sidan.
safety-transparency-2 = Det du svarar skickas aldrig någonstans. Sidan hämtar bara samma filer som för alla andra, vad du än svarar.
safety-transparency-3 = Uppläsning sker bara med röster i din telefon eller dator, så inget av det som läses upp skickas någonstans.
safety-transparency-intro = Se själv: listan här under visar varje förfrågan som sidan har gjort sedan du öppnade den.
safety-transparency-empty = Sidan har inte gjort några förfrågningar än.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Sidan har gjort en förfrågan.
   *[other] Sidan har gjort { $count } förfrågningar.
}
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren är ett fristående verktyg och inte en myndighet. Vi kan inte ta emot anmälningar eller svara på frågor om din situation.
about-free = Vägvisaren är gratis. Du behöver inte logga in eller säga vem du är.
about-private = Ingenting du svarar sparas eller skickas. Servern sparar inga uppgifter om vem som besöker sidan.
about-contacts-title = Så kontrollerar vi kontakterna
about-contacts-1 = Varje nummer och öppettid har en källa, till exempel stödlinjens egen webbplats, och det datum då vi läste den. Om källsidan själv anger ett datum visar vi det också.
about-contacts-2 = Vi visar aldrig ett nummer som ingen källa anger. Om något har ändrats gäller det som står på stödlinjens egen webbplats.
about-read-aloud = Uppläsning fungerar bara om din telefon eller dator har en egen röst för språket. Om den inte har det visas ingen knapp för uppläsning.
about-languages-title = Språk
about-languages-intro = Texterna skrivs först på svenska och översätts sedan. Så här långt har vi kommit med varje språk:
about-languages-method = Varje översättning är en maskinöversättning från svenska. Sedan översätter en annan maskinöversättning, som inte har sett den svenska texten, tillbaka till svenska, och vi jämför meningarna en och en och rättar det som skiljer sig. Det är inte samma sak som att någon med språket som modersmål har granskat texten.
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = källspråket
status-reviewed = översatt och granskat av någon som har språket som modersmål
status-unreviewed = översatt, men inte granskat än
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = maskinöversatt; ordlistan och återöversättningen kontrollerades { $date }; ännu inte granskat av någon som har språket som modersmål
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = skrivet om till lättläst svenska från den vanliga svenska texten; betydelsen kontrollerades med återöversättning { $date }; ännu inte granskat av en lättläst-redaktör
safety-transparency-refresh = Uppdatera listan
