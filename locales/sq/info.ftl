# Vägvisaren — the safety page and the about page.
# Loaded when someone opens the safety page or the about page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

safety-intro = Këtu mund të lexosh si të mbron kjo faqe dhe çfarë nuk mund të fshehë. Bëj atë që të duket më e sigurt për ty.
safety-quick-exit-title = Largohu shpejt nga faqja
safety-quick-exit-1 = Butoni “Largohu shpejt nga faqja” është gjithmonë në krye. Mund të shtypësh edhe tastin Shift tri herë.
safety-quick-exit-2 = Atëherë faqja bëhet menjëherë bosh dhe të gjitha përgjigjet e tua harrohen.
safety-quick-exit-3 = Pastaj skeda kalon në një faqe me parashikimin e motit, kështu që duket sikur ke parë motin.
safety-quick-exit-4 = Butoni “Prapa” i shfletuesit nuk të kthen këtu.
safety-cannot-hide-title = Çfarë nuk mund të fshehë kjo faqe
safety-cannot-hide-1 = Historiku i shfletuesit tregon ende që e ke vizituar këtë faqe.
safety-cannot-hide-2 = Mund ta fshish vetëm atë vizitë. Hap historikun në menynë e shfletuesit dhe gjej Vägvisaren. Mbaje gishtin mbi rresht, rrëshqite anash ose prek kryqin (X), dhe zgjidh ta fshish.
safety-cannot-hide-3 = Nëse fshin vetëm atë rresht, pjesa tjetër e historikut duket si zakonisht.
safety-cannot-hide-4 = Lista e thirrjeve të fundit në telefon tregon cilët numra ke thirrur.
safety-cannot-hide-5 = Mund ta fshish një thirrje nga lista. Mbaje gishtin mbi thirrjen ose rrëshqite majtas, dhe zgjidh “Fshi”.
safety-cannot-hide-6 = Thirrjet në numrat që fillojnë me 020 janë falas dhe nuk duken në faturën e telefonit. Megjithatë ato duken në listën e thirrjeve të fundit.
safety-cannot-hide-7 = SMS-të dhe bisedat në chat mbeten në telefon derisa t’i fshish.
safety-private-browsing-title = Shfletimi privat
safety-private-browsing-1 = Shumica e shfletuesve kanë një modalitet privat, që quhet edhe inkognito. Në këtë modalitet vizita nuk ruhet në historik kur e mbyll dritaren.
safety-private-browsing-2 = Zakonisht e hap nga menyja e shfletuesit, me “Dritare e re private” ose “Skedë e re inkognito”.
safety-private-browsing-3 = Modaliteti privat nuk e fsheh atë që bën nga një program që e mbikëqyr telefonin, as nga rrjeti në një vend pune ose në një shkollë.
safety-shared-phone-title = Nëse dikush tjetër e përdor ose ta kontrollon telefonin
safety-shared-phone-1 = Nëse dikush tjetër mund të ta marrë hua ose ta kontrollojë telefonin ose kompjuterin, ai person mund të shohë çfarë bën aty.
safety-shared-phone-2 = Dikush mund të ketë instaluar një program që e mbikëqyr telefonin, të ashtuquajtur program spiunues. Dikush mund të t’i dijë edhe fjalëkalimet dhe kodet.
safety-shared-phone-3 = Nëse të duket më e sigurt, mund të përdorësh telefonin e një personi që i beson, një kompjuter në bibliotekë ose një telefon në punë.
safety-shared-phone-4 = Mund të bjerë në sy nëse papritur ndryshon fjalëkalimet ose fshin programe. Mendo se çfarë është më e sigurt për ty para se ta bësh këtë.
safety-read-aloud-title = Leximi me zë
safety-read-aloud-1 = Butoni “Lexoje me zë” përdor vetëm zërat që ndodhen në telefonin ose kompjuterin tënd. Asnjë tekst nuk dërgohet te ndonjë shërbim zëri.
safety-read-aloud-2 = Mbaj parasysh se dikush afër teje mund të dëgjojë atë që lexohet me zë. Leximi me zë ndalon kur largohesh shpejt nga faqja.
safety-transparency-title = Kjo faqe nuk ruan asgjë dhe nuk dërgon asgjë
safety-transparency-1 = Kjo faqe nuk ruan asgjë në telefonin ose kompjuterin tënd, as kuki (cookies). Gjuha dhe komuna mbahen mend vetëm derisa ta mbyllësh faqen.
safety-transparency-2 = Përgjigjet e tua nuk dërgohen kurrë askund. Faqja shkarkon vetëm të njëjtat skedarë si për të gjithë të tjerët, çfarëdo që të përgjigjesh.
safety-transparency-3 = Leximi me zë bëhet vetëm me zërat e telefonit ose kompjuterit tënd, kështu që asgjë nga ajo që lexohet nuk dërgohet askund.
safety-transparency-intro = Shiko vetë: lista më poshtë tregon çdo kërkesë që ka bërë faqja që kur e hape.
safety-transparency-empty = Faqja nuk ka bërë ende asnjë kërkesë.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Faqja ka bërë një kërkesë.
   *[other] Faqja ka bërë { $count } kërkesa.
}
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren është një mjet i pavarur dhe jo një institucion shtetëror. Nuk mund të pranojmë njoftime ose t’u përgjigjemi pyetjeve për situatën tënde.
about-free = Vägvisaren është falas. Nuk ke nevojë të hysh në llogari ose të thuash kush je.
about-private = Asgjë nga ato që përgjigjesh nuk ruhet dhe nuk dërgohet. Serveri nuk ruan asnjë të dhënë për atë se kush e viziton faqen.
about-contacts-title = Si i kontrollojmë kontaktet
about-contacts-1 = Çdo numër dhe orar ka një burim, për shembull faqen e internetit të vetë linjës mbështetëse, dhe datën kur e kemi lexuar. Nëse vetë faqja burimore jep një datë, e tregojmë edhe atë.
about-contacts-2 = Nuk tregojmë kurrë një numër që nuk e jep asnjë burim. Nëse diçka ka ndryshuar, vlen ajo që shkruan në faqen e internetit të vetë linjës mbështetëse.
about-read-aloud = Leximi me zë funksionon vetëm nëse telefoni ose kompjuteri yt ka një zë për këtë gjuhë. Nëse nuk ka, nuk shfaqet asnjë buton për leximin me zë.
about-languages-title = Gjuhët
about-languages-intro = Tekstet shkruhen fillimisht në suedisht dhe më pas përkthehen. Ja deri ku kemi arritur me secilën gjuhë:
about-languages-method = Çdo përkthim është përkthim automatik nga suedishtja. Pastaj një përkthim tjetër automatik, që nuk e ka parë tekstin suedisht, e përkthen përsëri në suedisht, dhe ne i krahasojmë fjalitë një nga një dhe korrigjojmë atë që ndryshon. Kjo nuk është njësoj si kontrolli i tekstit nga dikush që e ka këtë gjuhë amtare.
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = gjuha burimore
status-reviewed = e përkthyer dhe e kontrolluar nga dikush që e ka këtë gjuhë amtare
status-unreviewed = e përkthyer, por ende pa u kontrolluar
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = e përkthyer me makinë; fjalorthi dhe përkthimi prapa në suedisht u kontrolluan më { $date }; ende pa u kontrolluar nga dikush që e ka këtë gjuhë amtare
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = e rishkruar në suedisht të lehtë për t'u lexuar nga teksti i zakonshëm në suedisht; kuptimi u kontrollua me përkthim prapa më { $date }; ende pa u kontrolluar nga dikush që redakton tekste të lehta për t'u lexuar
safety-transparency-refresh = Rifresko listën
