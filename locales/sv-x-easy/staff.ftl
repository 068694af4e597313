# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: written by the team from the Swedish source; meaning checked by back-translation 2026-12-07; not yet reviewed by an easy-to-read editor.

staff-intro = Vägvisaren hjälper unga att ta reda på om det de är med om är våld. De kan också se var de kan få hjälp. Här kan du läsa hur du kan stötta en elev.
staff-what-1 = Sidan ställer frågor om våld i nära relationer, alltså våld från en partner eller någon i familjen. Den frågar också om hedersrelaterat våld och förtryck, och om någon pressar personen till sex eller utnyttjar hen. Den frågar också om personen själv har skadat någon. Den som är under 18 år får frågor som är skrivna för unga.
staff-what-2 = Svaren visar vilka sorters våld det kan handla om. De visar också vilka stödlinjer och kontakter som passar. Om svaren nämner ett allvarligt varningstecken, så visas 112 först. Eleven bestämmer själv vad hen gör.
staff-what-3 = Sidan sparar ingenting och skickar ingenting. Du och skolan kan inte se vad eleven har svarat.

staff-talk-title = Att prata med en ung person som kanske är med om våld
staff-talk-1 = Lyssna i lugn och ro. Välj en plats där ingen stör er. Låt eleven berätta med egna ord.
staff-talk-2 = Tro på det som eleven berättar. Säg att det var bra att hen berättade. Det är aldrig hens fel.
staff-talk-3 = Lova inte att hålla det hemligt. Säg ärligt att du kanske måste anmäla till socialtjänsten. Säg också varför.
staff-talk-4 = Kontakta inte vårdnadshavarna, till exempel föräldrarna, om du tror att någon i familjen utsätter eleven för våld eller hot. Det gäller också om du tror att det är hedersrelaterat våld. Det kan bli farligt för eleven. Låt socialtjänsten bestämma när och hur familjen ska kontaktas.
staff-talk-5 = Använd inte en tolk från familjen eller deras vänner. Boka en utbildad tolk. Det kan till exempel vara en tolk från en annan ort som tolkar i telefon. Fråga eleven om tolken känns trygg.
staff-talk-6 = Skriv ner vad eleven sa. Använd elevens egna ord. Skriv också när eleven sa det. Skriv inte dina egna tankar som om de vore fakta.
staff-talk-7 = Ställ inga ledande frågor. Det är frågor som styr vad eleven ska svara. Förhör inte eleven själv. Det är socialtjänsten och polisen som ska ta reda på vad som har hänt.

staff-same-day-title = Samma dag
staff-same-day-1 = Gör en anmälan till socialtjänsten samma dag. Vänta inte för att få veta mer.
staff-same-day-2 = Berätta för rektorn eller elevhälsan. Elevhälsan är till exempel skolsköterskan, kuratorn och psykologen. Kom ihåg att du ändå själv måste anmäla.
staff-same-day-3 = Ring socialtjänsten direkt om eleven är i fara eller inte vågar gå hem. När kontoret är stängt ringer du socialjouren. Socialjouren är socialtjänsten på kvällar, nätter och helger. Ring 112 om det är akut.
staff-same-day-4 = Är eleven rädd för att gå hem? Skicka då inte hem eleven innan du har fått kontakt med socialtjänsten eller socialjouren.

staff-duty-title = Anmälningsskyldighet: du måste anmäla
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Alla som jobbar i skolan måste anmäla till socialtjänsten direkt om de vet eller tror att ett barn far illa. Att fara illa betyder att barnet inte har det bra, till exempel att någon skadar barnet. Det kallas anmälningsskyldighet. Det står i socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Det räcker att du tror det. Du behöver inga bevis. Socialtjänsten tar reda på hur det är.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Du måste själv anmäla. Du kan inte lämna över det till rektorn, kuratorn eller någon annan.
staff-duty-4 = Anmäl till socialtjänsten i kommunen där barnet bor. Du kan ringa eller skriva. När kontoret är stängt ringer du socialjouren. Ring 112 om det är akut.

staff-lines-title = Stödlinjer för personal
staff-lines-intro = Här kan du få råd. Du kan till exempel få råd om vad du ska göra när en elev har berättat något.

staff-builder-title = Gör en länk och en affisch
staff-builder-intro = Välj kommun och språk. De står i länken och på affischen. Inget annat står där.
staff-builder-municipality = Kommun
staff-builder-languages = Språk (välj ett, två eller tre)
staff-builder-youth = Öppna frågorna för unga direkt
staff-builder-link-label = Länk att dela
staff-builder-copy = Kopiera länken
staff-builder-copied = Nu har du kopierat länken.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = QR-kod till { $link }
staff-builder-print = Skriv ut affischen
staff-builder-too-many-languages = Du kan välja högst tre språk.

## The poster (printed in several languages side by side)

poster-title = Händer det något hemma eller med en partner som gör dig orolig?
poster-line = Skanna koden. Sidan sparar ingenting. Du väljer själv vad du svarar.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Är du under 18 år? Då kan du ringa Bris på { $number }. Bris är en stödlinje för barn och unga.
poster-emergency = Är du i fara just nu? Ring 112.
