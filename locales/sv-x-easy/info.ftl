# Vägvisaren — the safety page and the about page.
# Loaded when someone opens the safety page or the about page, together with main.ftl.
# Status: written by the team from the Swedish source; meaning checked by back-translation 2026-12-07; not yet reviewed by an easy-to-read editor.

safety-intro = Här kan du läsa hur sidan skyddar dig. Du kan också läsa vad sidan inte kan dölja. Gör det som känns säkrast för dig.
safety-quick-exit-title = Lämna sidan snabbt
safety-quick-exit-1 = Högst upp finns alltid knappen ”Lämna sidan snabbt”. Du kan också trycka på Skift tre gånger.
safety-quick-exit-2 = Då blir sidan tom direkt. Sidan glömmer allt som du har svarat.
safety-quick-exit-3 = Sedan visar fliken en sida om vädret. Det ser ut som att du har kollat vädret.
safety-quick-exit-4 = Du kan inte komma tillbaka hit med bakåtknappen i webbläsaren.
safety-cannot-hide-title = Det här kan sidan inte dölja
safety-cannot-hide-1 = Webbläsaren har en lista över sidor som du har besökt. Listan heter historik. Där kan andra se att du har varit på den här sidan.
safety-cannot-hide-2 = Du kan ta bort just det besöket. Öppna historiken i webbläsarens meny. Leta upp Vägvisaren. Håll fingret på raden, dra den åt sidan eller tryck på krysset. Välj att ta bort raden.
safety-cannot-hide-3 = Om du tar bort bara den raden, så ser resten av historiken ut som vanligt.
safety-cannot-hide-4 = Telefonen har en lista över samtal. Där kan andra se vilka nummer du har ringt.
safety-cannot-hide-5 = Du kan ta bort ett samtal från listan. Håll fingret på samtalet, eller dra det åt vänster. Välj ”Radera”.
safety-cannot-hide-6 = Det är gratis att ringa nummer som börjar med 020. De numren står inte på telefonräkningen. Men de står i listan över samtal.
safety-cannot-hide-7 = Sms och chattar finns kvar i telefonen tills du tar bort dem.
safety-private-browsing-title = Privat surfning
safety-private-browsing-1 = De flesta webbläsare har ett privat läge. Ett annat ord för det är inkognito. I privat läge sparar webbläsaren inte besöket i historiken när du stänger fönstret.
safety-private-browsing-2 = Du hittar det oftast i webbläsarens meny. Det heter till exempel ”Nytt privat fönster” eller ”Ny inkognitoflik”.
safety-private-browsing-3 = Privat läge döljer inte allt. Ett program som övervakar telefonen kan ändå se vad du gör. Nätverket på ett jobb eller i en skola kan också se det.
safety-shared-phone-title = Om någon annan använder eller kollar din telefon
safety-shared-phone-1 = Om någon annan kan låna eller kolla din telefon eller dator, så kan den personen se vad du gör där.
safety-shared-phone-2 = Någon kan ha satt in ett program som övervakar telefonen. Det heter spionprogram. Någon kan också veta dina lösenord och koder.
safety-shared-phone-3 = Du kan använda en väns telefon, en dator på biblioteket eller en telefon på jobbet. Gör det om det känns säkrare.
safety-shared-phone-4 = Andra kan märka om du plötsligt byter lösenord eller tar bort program. Tänk på vad som är säkrast för dig innan du gör det.
safety-read-aloud-title = Läsa upp texten
safety-read-aloud-1 = Knappen ”Läs upp” använder bara röster som finns i din telefon eller dator. Sidan skickar ingen text till någon annan tjänst.
safety-read-aloud-2 = Någon nära dig kan höra det som läses upp. Tänk på det. När du lämnar sidan snabbt slutar uppläsningen.
safety-transparency-title = Sidan sparar ingenting och skickar ingenting
safety-transparency-1 = Sidan sparar ingenting i din telefon eller dator. Sidan sparar inte heller kakor. Kakor är små filer som många webbplatser sparar. Sidan kommer bara ihåg språk och kommun tills du stänger sidan.
safety-transparency-2 = Sidan skickar aldrig dina svar någonstans. Sidan hämtar bara samma filer som för alla andra. Det spelar ingen roll vad du svarar.
safety-transparency-3 = Sidan läser bara upp med röster i din telefon eller dator. Därför skickas inget av det som läses upp någonstans.
safety-transparency-intro = Du kan se det själv. Listan här under visar varje gång som sidan har hämtat något sedan du öppnade den.
safety-transparency-empty = Sidan har inte hämtat något än.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Sidan har hämtat något en gång.
   *[other] Sidan har hämtat något { $count } gånger.
}
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren är ett verktyg på nätet. Vi är inte en myndighet. Vi kan inte ta emot anmälningar. Vi kan inte svara på frågor om hur du har det.
about-free = Vägvisaren är gratis. Du behöver inte logga in. Du behöver inte säga vem du är.
about-private = Vi sparar inte dina svar. Vi skickar dem inte någonstans. Vi sparar inte heller något om vem som besöker sidan.
about-contacts-title = Så kollar vi kontakterna
about-contacts-1 = Vi skriver var vi har hittat varje nummer och öppettid. Det kan till exempel vara stödlinjens egen webbplats. Vi skriver också när vi läste den. Om sidan själv har ett datum, så visar vi det också.
about-contacts-2 = Vi visar aldrig ett nummer som vi inte har hittat hos en säker källa. Stödlinjen kanske har ändrat något. Då gäller det som står på stödlinjens egen webbplats.
about-read-aloud = Sidan kan bara läsa upp om din telefon eller dator har en egen röst för språket. Annars finns ingen knapp för att läsa upp.
about-languages-title = Språk
about-languages-intro = Vi skriver texterna på svenska först. Sedan översätter vi dem. Så här långt har vi kommit med varje språk:
about-languages-method = En dator gör alla översättningar från svenska. Sedan översätter en annan dator texten tillbaka till svenska. Den datorn har inte sett den svenska texten. Vi jämför meningarna en och en. Vi rättar det som skiljer sig. Det är inte samma sak som att någon med språket som modersmål har läst och rättat texten.
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = språket som vi skriver först
status-reviewed = översatt, och någon som har språket som modersmål har läst och rättat
status-unreviewed = översatt, men ingen har läst och rättat det än
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = översatt med hjälp av dator. Vi kollade ordlistan och översättningen tillbaka till svenska { $date }. Ingen som har språket som modersmål har läst och rättat det än
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = skrivet på lättläst svenska utifrån den vanliga svenska texten. Vi kollade betydelsen { $date }. Ingen som är expert på lättläst svenska har läst och rättat det än
safety-transparency-refresh = Uppdatera listan
