# Vägvisaren — sidan för skolpersonal (svenska, källspråk).
# Laddas bara av sidan för skolpersonal, tillsammans med main.ftl.
# Status: source language, written by the team.

staff-intro = Vägvisaren hjälper unga att själva ta reda på om det de är med om är våld, och var de kan få hjälp. Här kan du läsa hur du kan stötta en elev.
staff-what-1 = Verktyget ställer frågor om våld i nära relationer, hedersrelaterat våld och förtryck, om att pressas till sex eller att utnyttjas, och om att själv ha skadat någon. Den som är under 18 får frågor skrivna för unga.
staff-what-2 = Svaren visar vilka former av våld det kan handla om och vilka stödlinjer och kontakter som passar. Om svaren nämner ett allvarligt varningstecken visas 112 först. Eleven bestämmer själv vad hen gör.
staff-what-3 = Ingenting sparas eller skickas. Varken du eller skolan kan se vad eleven har svarat.

staff-talk-title = Att prata med en ung person som kan vara utsatt
staff-talk-1 = Lyssna i lugn och ro, på en plats där ni kan vara ostörda. Låt eleven berätta med egna ord.
staff-talk-2 = Tro på det eleven berättar, och säg att det var bra att hen berättade. Det är aldrig hens fel.
staff-talk-3 = Lova inte att hålla det hemligt. Säg ärligt att du kan behöva anmäla till socialtjänsten, och varför.
staff-talk-4 = Kontakta inte vårdnadshavarna om du misstänker att eleven utsätts för våld eller hot av någon i familjen, eller för hedersrelaterat våld. Det kan utsätta eleven för fara. Låt socialtjänsten avgöra när och hur familjen kontaktas.
staff-talk-5 = Använd inte tolk från familjen eller deras nätverk. Boka en professionell tolk, till exempel en telefontolk från en annan ort, och fråga eleven om tolken känns trygg.
staff-talk-6 = Skriv ner vad eleven sa, med elevens egna ord, och när det sades. Skriv inte dina egna tolkningar som om de vore fakta.
staff-talk-7 = Ställ inga ledande frågor och förhör inte eleven själv. Det är socialtjänstens och polisens uppgift att utreda.

staff-same-day-title = Samma dag
staff-same-day-1 = Gör en anmälan till socialtjänsten samma dag. Vänta inte för att få veta mer.
staff-same-day-2 = Berätta för rektorn eller elevhälsan. Kom ihåg att skyldigheten att anmäla ändå är din egen.
staff-same-day-3 = Om eleven är i fara eller inte vågar gå hem, ring socialtjänsten direkt. Utanför kontorstid ringer du socialjouren, eller 112 om det är akut.
staff-same-day-4 = Skicka inte hem en elev som är rädd för att gå hem innan du har fått kontakt med socialtjänsten eller socialjouren.

staff-duty-title = Anmälningsskyldighet
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Alla som arbetar i skolan är skyldiga att genast anmäla till socialtjänsten om de får veta eller misstänker att ett barn far illa. Det kallas anmälningsskyldighet och står i socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; socialnämnden utreder).
staff-duty-2 = Det räcker att du misstänker det. Du behöver inga bevis. Det är socialtjänsten som utreder.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Skyldigheten är personlig. Du kan inte lämna över den till rektorn, kuratorn eller någon annan.
staff-duty-4 = Anmäl till socialtjänsten i den kommun där barnet bor. Du kan ringa eller skriva. Utanför kontorstid ringer du socialjouren, eller 112 om det är akut.

staff-lines-title = Stödlinjer för dig som är yrkesverksam
staff-lines-intro = Här kan du få råd, till exempel om hur du kan gå vidare när en elev har berättat något.

staff-builder-title = Gör en länk och en affisch
staff-builder-intro = Välj kommun och språk. De står i länken och på affischen, men ingenting annat gör det.
staff-builder-municipality = Kommun
staff-builder-languages = Språk (välj ett, två eller tre)
staff-builder-youth = Öppna frågorna för unga direkt
staff-builder-link-label = Länk att dela
staff-builder-copy = Kopiera länken
staff-builder-copied = Länken är kopierad.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = QR-kod som leder till { $link }
staff-builder-print = Skriv ut affischen
staff-builder-too-many-languages = Du kan välja högst tre språk.

## Affischen (skrivs ut på flera språk bredvid varandra)

poster-title = Händer det något hemma eller med en partner som oroar dig?
poster-line = Skanna koden. Ingenting sparas. Du väljer själv vad du svarar.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Är du under 18? Du kan ringa Bris på { $number }.
poster-emergency = Är du i fara just nu? Ring 112.
