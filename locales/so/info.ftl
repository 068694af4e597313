# Vägvisaren — the safety page and the about page.
# Loaded when someone opens the safety page or the about page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

safety-intro = Halkan waxaad ka akhrisan kartaa sida boggan kuu ilaaliyo iyo waxa uusan qarin karin. Samee waxa kuu muuqda inay ugu ammaan badan tahay.
safety-quick-exit-title = Si degdeg ah uga bax bogga
safety-quick-exit-1 = Badhanka “Si degdeg ah uga bax bogga” had iyo jeer wuxuu ku yaallaa xagga sare. Sidoo kale waxaad riixi kartaa Shift saddex jeer.
safety-quick-exit-2 = Markaas boggu isla markiiba wuu madhnaanayaa, waxa aad ka jawaabtay oo dhanna waa la illaawayaa.
safety-quick-exit-3 = Kadib tab-ku wuxuu u gudbayaa bog cimilada ah, si ay u muuqato inaad cimilada eegaysay.
safety-quick-exit-4 = Badhanka dib-u-noqoshada ee browser-ka halkan dib kuuma soo celinayo.
safety-cannot-hide-title = Waxa boggan uusan qarin karin
safety-cannot-hide-1 = Taariikhda (history) browser-ku weli waxay muujinaysaa inaad booqatay boggan.
safety-cannot-hide-2 = Waxaad tirtiri kartaa booqashadaas keliya. Ka fur taariikhda liiska (menu) browser-ka oo raadi Vägvisaren. Farta ku hay safka, dhinac u jiid ama riix calaamadda X, kadibna dooro inaad tirtirto.
safety-cannot-hide-3 = Haddii aad tirtirto safkaas keliya, taariikhda inteeda kale waxay u ekaanaysaa sidii caadiga ahayd.
safety-cannot-hide-4 = Liiska wicitaannada dhowaan ee taleefanku wuxuu muujinayaa lambarrada aad wacday.
safety-cannot-hide-5 = Wicitaan waad ka tirtiri kartaa liiska. Farta ku hay wicitaanka ama u jiid dhanka bidix, kadibna dooro “Tirtir” (ama “Delete”).
safety-cannot-hide-6 = Wicitaannada lambarrada ka bilaabma 020 waa bilaash, kamana muuqdaan biilka taleefanka. Hase yeeshee weli waxay ka muuqdaan liiska wicitaannada dhowaan.
safety-cannot-hide-7 = Fariimaha qoraalka (SMS) iyo wada sheekaysiga (chat) waxay ku jiraan taleefanka ilaa aad tirtirto.
safety-private-browsing-title = Baadhis gaar ah (private)
safety-private-browsing-1 = Inta badan browser-yada waxay leeyihiin hab gaar ah (private), oo sidoo kale loo yaqaan incognito. Markaas booqashada laguma kaydiyo taariikhda marka aad xirto daaqadda.
safety-private-browsing-2 = Badanaa waxaad ka furtaa liiska browser-ka, adigoo dooranaya “Daaqad gaar ah oo cusub” (“New private window”) ama “Tab incognito ah oo cusub” (“New incognito tab”).
safety-private-browsing-3 = Habka gaarka ahi kama qariyo waxa aad samayso barnaamij ilaaliya taleefanka, mana ka qariyo shabakadda goobta shaqada ama dugsiga.
safety-shared-phone-title = Haddii qof kale isticmaalo ama baaro taleefankaaga
safety-shared-phone-1 = Haddii qof kale amaahan karo ama baari karo taleefankaaga ama kombiyuutarkaaga, qofkaasi wuu arki karaa waxa aad ku samayso.
safety-shared-phone-2 = Waxaa suurtagal ah in qof ku rakibay barnaamij ilaaliya taleefanka, oo loo yaqaan barnaamij basaasid (spyware). Sidoo kale qof ayaa laga yaabaa inuu yaqaan furayaashaada sirta ah iyo koodhadhkaaga.
safety-shared-phone-3 = Haddii ay kuu muuqato inay ka ammaan badan tahay, waxaad isticmaali kartaa taleefanka saaxiib, kombiyuutar maktabadda yaalla ama taleefan shaqada.
safety-shared-phone-4 = Waa la dareemi karaa haddii aad si lama filaan ah u beddesho furayaasha sirta ah ama tirtirto barnaamijyo. Ka fikir waxa kuu ammaan badan ka hor intaadan samayn.
safety-read-aloud-title = Kor u akhrin
safety-read-aloud-1 = Badhanka “Kor u akhri” wuxuu isticmaalaa oo keliya codadka ku jira taleefankaaga ama kombiyuutarkaaga. Qoraal looma diro adeeg cod-akhris ah.
safety-read-aloud-2 = Xusuuso in qof kuu dhow uu maqli karo waxa la akhrinayo. Akhrintu way joogsanaysaa marka aad si degdeg ah uga baxdo bogga.
safety-transparency-title = Boggani waxba ma kaydiyo, waxna ma diro
safety-transparency-1 = Boggani waxba kuma kaydiyo taleefankaaga ama kombiyuutarkaaga, xitaa cookies. Luqaddaada iyo degmadaadu waxay jiraan oo keliya ilaa aad xirto bogga.
safety-transparency-2 = Waxa aad ka jawaabto weligood meelna looma diro. Boggu wuxuu soo dejiyaa oo keliya isla faylasha uu u soo dejiyo qof kasta, wax kasta oo aad ka jawaabto.
safety-transparency-3 = Kor u akhrintu waxay isticmaashaa oo keliya codadka taleefankaaga ama kombiyuutarkaaga, sidaas darteed waxa la akhriyo midna meelna looma diro.
safety-transparency-intro = Naftaada ku eeg: liiska hoose wuxuu muujinayaa codsi kasta oo boggu sameeyay tan iyo markii aad furtay.
safety-transparency-empty = Boggu weli wax codsi ah ma samayn.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Boggu wuxuu sameeyay hal codsi.
   *[other] Boggu wuxuu sameeyay { $count } codsi.
}
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren waa qalab madax-bannaan, ma aha hay'ad dowladeed. Ma qaadan karno warbixinno, umana jawaabi karno su'aalo ku saabsan xaaladdaada.
about-free = Vägvisaren waa bilaash. Uma baahnid inaad gasho (log in) ama sheegto cidda aad tahay.
about-private = Waxa aad ka jawaabto midna lama kaydiyo, meelna looma diro. Server-ku ma kaydiyo wax xog ah oo ku saabsan cidda booqata bogga.
about-contacts-title = Sida aan u hubinno xiriirada
about-contacts-1 = Lambar kasta iyo saacad furitaan kasta waxay leeyihiin il (meel laga soo xigtay), tusaale ahaan website-ka khadka taageerada laftiisa, iyo taariikhda aan akhrinnay. Haddii bogga isha laftiisu sheego taariikh, taasna waan muujinaa.
about-contacts-2 = Weligeen ma muujinno lambar aan il sheegin. Haddii wax isbeddelay, waxa ku qoran website-ka khadka taageerada laftiisa ayaa ansax ah.
about-read-aloud = Kor u akhrintu waxay shaqaysaa oo keliya haddii taleefankaaga ama kombiyuutarkaagu leeyahay cod u gaar ah luqadda. Haddii uusan lahayn, badhanka kor u akhrinta lama muujinayo.
about-languages-title = Luqadaha
about-languages-intro = Qoraallada marka hore waxaa lagu qoraa af Iswiidhish, kadibna waa la turjumaa. Halkan waa intaan gaarnay luqad kasta:
about-languages-method = Turjumaad kasta waa turjumaad mashiin oo laga sameeyo af Iswiidhish. Kadib turjumaad mashiin kale oo aan arkin qoraalka Iswiidhishka ah ayaa dib ugu turjuma af Iswiidhish, annaguna jumladaha mid mid ayaan isu barbar dhignaa oo saxnaa waxa kala duwan. Taasi la mid ma aha in qof luqaddu hooyo u tahay uu hubiyay qoraalka.
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = luqadda asalka ah
status-reviewed = waa la turjumay, waxaana hubiyay qof luqaddu hooyo u tahay
status-unreviewed = waa la turjumay, laakiin weli lama hubin
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = turjumaad mashiin; liiska ereyada iyo dib-u-turjumaadda waxaa la hubiyay { $date }; weli ma hubin qof luqaddu hooyo u tahay
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = waxaa dib loogu qoray af Iswiidhish fudud oo si sahlan loo akhriyo, laga soo qaatay qoraalka Iswiidhishka caadiga ah; macnaha waxaa lagu hubiyay dib-u-turjumaad { $date }; weli ma hubin qof tifaftira qoraallada fudud
safety-transparency-refresh = Cusboonaysii liiska
