# Vägvisaren — Türkçe.
# Status: translated by the team from Swedish with machine assistance; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – destek ve yardım
language-label = Dil

## Quick exit

quick-exit-button = Sayfadan hızla çık
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Sayfadan çıkmak için Shift tuşuna bir kez daha basın.
   *[other] Sayfadan çıkmak için Shift tuşuna { $remaining } kez daha basın.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = “{ $code }” dili burada henüz yok, bu yüzden sayfa İsveççe gösteriliyor. Yukarıdan başka bir dil seçebilirsiniz.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = “{ $code }” belediye kodu mevcut değil, bu yüzden hiçbir belediye seçilmedi. Belediyenizi “Yardım bul” bölümünden seçebilirsiniz.

## Start screen

start-title = Bu şiddet mi? Burada bunu sakin bir şekilde öğrenebilirsiniz.
start-lead = Size ya da endişelendiğiniz birine olanlarla ilgili birkaç soruyu yanıtlayın. Bunun ne olarak adlandırılabileceğini ve nereden yardım alabileceğinizi öğreneceksiniz.
start-duration = Yaklaşık beş ile on dakika sürer. Soruları atlayabilir ve istediğiniz zaman bırakabilirsiniz.
start-private = Verdiğiniz yanıtların hiçbiri kaydedilmez ya da bir yere gönderilmez. Yanıtlarınız, sayfayı kapatana kadar yalnızca telefonunuzda veya bilgisayarınızda kalır.
start-quick-exit = “Sayfadan hızla çık” düğmesi her zaman en üsttedir. Shift tuşuna üç kez basarak da çıkabilirsiniz.
start-emergency = Şu anda tehlikede misiniz? 112’yi arayın.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Neyi öğrenmek istiyorsunuz?
flow-path-partner = Benimle ilgili – partnerim veya eski partnerim
flow-path-family = Benimle ilgili – ailem veya akrabalarım
flow-path-exploitation = Benimle ilgili – biri beni para karşılığı seks yapmaya zorluyor ya da işimi, paramı veya belgelerimi kontrol ediyor
flow-path-worried = Endişelendiğim biriyle ilgili
flow-path-used-violence = Bana yakın olan birine zarar verdim ya da onu korkuttum
flow-age-title = Kaç yaşındasınız?
flow-age-under-18 = 18 yaşından küçük
flow-age-adult = 18 yaş veya üzeri
flow-about-child-title = Endişelendiğiniz kişi 18 yaşından küçük mü?
flow-about-child-yes = Evet, 18 yaşından küçük
flow-about-child-no = Hayır, 18 yaş veya üzeri
flow-about-child-unknown = Bilmiyorum
flow-self-title = Kendinizi nasıl tanımlarsınız?
flow-self-hint = Yanıt vermek zorunda değilsiniz. Yanıtınız yalnızca size uygun desteği göstermek için kullanılır ve kaydedilmez.
flow-self-woman = Kadın veya genç kız
flow-self-man = Erkek veya genç erkek
flow-self-trans = Trans veya non-binary (ikili olmayan)
flow-self-rather-not-say = Söylemek istemiyorum
flow-skip = Atla
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Soru { $current } / { $total }
flow-answer-yes = Evet
flow-answer-sometimes = Bazen
flow-answer-no = Hayır
flow-answer-rather-not-say = Söylemek istemiyorum
flow-answers-label = Yanıtınız
flow-see-result = Sonucu gör
flow-change-hint = İstediğiniz zaman geri dönüp bir yanıtı değiştirebilirsiniz.


## Questions: partner or ex

q-partner-put-down = Partneriniz veya eski partneriniz size hakaret ediyor, sizinle alay ediyor ya da kendinizi değersiz hissetmenize neden oluyor mu?
q-partner-isolate = Partneriniz veya eski partneriniz kiminle görüşebileceğinize, nereye gidebileceğinize ya da ne giyebileceğinize karar veriyor mu?
q-partner-phone = Partneriniz veya eski partneriniz mesajlarınızı okuyor, şifrelerinizi istiyor ya da telefonunuzu kontrol ediyor mu?
q-partner-follow = Partneriniz veya eski partneriniz sizi takip ediyor, bir uygulamayla nerede olduğunuzu izliyor ya da siz istemediğiniz hâlde bulunduğunuz yere geliyor mu?
q-partner-images = Partneriniz veya eski partneriniz, başkalarının görmesini istemediğiniz fotoğraflarınızı ya da videolarınızı yaydı mı veya yaymakla tehdit etti mi?
q-partner-money = Partneriniz veya eski partneriniz paranızı alıyor ya da paranızı sizin kullanamayacağınız şekilde kontrol ediyor mu?
q-partner-money-youth = Partneriniz veya eski partneriniz paranızı alıyor ya da neler alabileceğinize karar veriyor mu?
q-partner-debt = Partneriniz veya eski partneriniz sizin adınıza kredi çekip borç yaptı mı ya da çalışmanızı veya okumanızı engelledi mi?
q-partner-debt-youth = Partneriniz veya eski partneriniz okula gitmenizi engelledi mi ya da sizi onun için bir şeyler almaya veya borç para almaya zorladı mı?
q-partner-break = Partneriniz veya eski partneriniz eşyalarınızı kırdı, fırlattı ya da aldı mı?
q-partner-pets = Partneriniz veya eski partneriniz değer verdiğiniz bir hayvana zarar verdi mi ya da zarar vermekle tehdit etti mi?
q-partner-threats = Partneriniz veya eski partneriniz sizi, örneğin çocukları almakla, hakkınızda bir şeyler yaymakla ya da İsveç’ten ayrılmak zorunda kalmanızı sağlamakla tehdit ediyor mu?
q-partner-hit = Partneriniz veya eski partneriniz size vurdu, sizi itti, tekmeledi ya da zorla tuttu mu?
q-partner-hurt = Partnerinizin veya eski partnerinizin yaptığı bir şey yüzünden vücudunuzda morluk, yara ya da başka bir yaralanma oldu mu?
q-partner-neck = Partneriniz veya eski partneriniz boynunuzu kavradı, boğazınıza bastırdı ya da nefes almanızı zorlaştırdı mı?
q-partner-weapon = Partneriniz veya eski partneriniz sizi bıçakla, silahla ya da zarar verebilecek başka bir şeyle tehdit etti mi?
q-partner-kill = Partneriniz veya eski partneriniz sizi ya da size yakın olan birini öldürmekle tehdit etti mi?
q-partner-worse = Son bir yılda şiddet veya tehditler daha kötü hâle geldi mi ya da daha sık yaşandı mı?
q-partner-pregnant = Hamilelik yaşadıysanız: partneriniz veya eski partneriniz hamileliğiniz sırasında size vurdu mu ya da zarar verdi mi?
q-partner-sex = Partneriniz veya eski partneriniz sizi istemediğiniz bir cinsel ilişkiye ya da cinsel davranışlara zorladı mı veya bunun için baskı yaptı mı?
q-partner-sex-fear = Aksi hâlde ne olacağından korktuğunuz için cinsel ilişkiye razı oldunuz mu?
q-partner-care = Günlük yaşamda yardıma ihtiyacınız varsa: partneriniz veya eski partneriniz ihtiyacınız olan yemeği, ilacı ya da başka bir yardımı sizden esirgedi mi?
q-partner-aids = Partneriniz veya eski partneriniz yardımcı araçlarınızı, gözlüğünüzü, ilacınızı ya da telefonunuzu elinizden alıp sizi kendi başınıza yapamaz veya yardım isteyemez hâle getirdi mi?
q-partner-children-see = Evde çocuk varsa: çocuklar aranızdaki şiddeti ya da tehditleri gördü mü veya duydu mu?
q-partner-children-afraid = Partneriniz veya eski partneriniz öfkeliyken çocuklar korktu mu ya da sizi korumaya çalıştı mı?
q-partner-children-threat = Partneriniz veya eski partneriniz çocuklara zarar vermekle ya da onları sizden almakla tehdit etti mi?
q-partner-afraid = Partneriniz veya eski partneriniz o anda hiçbir şey yapmıyorken bile ondan korkuyor musunuz?
q-partner-careful = Partneriniz veya eski partneriniz kızmasın diye ne söylediğinize ve ne yaptığınıza sürekli dikkat ediyor musunuz?
q-partner-leaving = Yakın zamanda partnerinizden ayrıldınız mı ya da ayrılmayı düşünüyor musunuz ve o zaman onun ne yapacağından korkuyor musunuz?

## Questions: family or relatives

q-family-collective = Ailenizde veya akrabalarınız arasında birkaç kişi, nasıl yaşamanız gerektiğine birlikte karar veriyor mu?
q-family-collective-youth = Anne babanızdan başka kişiler de, örneğin kardeşleriniz veya akrabalarınız, hayatınız hakkında karar veriyor mu?
q-family-friends = Aileniz veya akrabalarınız hangi arkadaşlarınız olabileceğine, nasıl giyinebileceğinize ya da boş zamanınızda ne yapabileceğinize karar veriyor mu?
q-family-friends-youth = Aileniz hangi arkadaşlarla görüşebileceğinize, ne giyebileceğinize ya da okuldan sonra ne yapabileceğinize karar veriyor mu?
q-family-school = Aileniz veya akrabalarınız okumanızı, çalışmanızı ya da eğitiminizi kendiniz seçmenizi engelliyor mu?
q-family-school-youth = Aileniz derslere, okul gezilerine ya da okuldaki etkinliklere katılmanızı engelliyor mu?
q-family-love = Aileniz veya akrabalarınız kime âşık olabileceğinize ve kiminle birlikte olabileceğinize ya da kim olduğunuz konusunda açık olup olamayacağınıza karar veriyor mu?
q-family-love-youth = Aileniz kime âşık olabileceğinize ya da kiminle çıkabileceğinize karar veriyor mu?
q-family-phone = Ailenizden veya akrabalarınızdan biri kiminle konuştuğunuzu görmek için telefonunuzu ya da mesajlarınızı kontrol ediyor mu?
q-family-phone-youth = Ailenizden biri kiminle konuştuğunuzu görmek için telefonunuzu kontrol ediyor mu?
q-family-siblings = Kardeşleriniz, kuzenleriniz ya da başka akrabalarınız sizi gözetleyip ne yaptığınızı ailenize anlatıyor mu?
q-family-siblings-youth = Kardeşleriniz ya da kuzenleriniz okulda veya dışarıda sizi gözetleyip ailenize anlatıyor mu?
q-family-virginity = Aileniz veya akrabalarınız evlenene kadar bakire kalmanızı şart koşuyor mu ya da bakire olup olmadığınızı kontrol ediyor mu?
q-family-virginity-youth = Aileniz evlenene kadar bakire kalmanız, yani hiç seks yapmamış olmanız gerektiğini söylüyor mu?
q-family-marriage = Aileniz veya akrabalarınız kendi seçmediğiniz biriyle nişanlanmanız ya da evlenmeniz için size baskı yapıyor mu, ya da bu zaten isteğiniz dışında oldu mu?
q-family-marriage-youth = Siz istemediğiniz hâlde aileniz nişanlanmanızı ya da evlenmenizi istiyor mu?
q-family-abroad = Biri size, isteğiniz dışında başka bir ülkeye gönderileceğinizi ya da götürüleceğinizi söyledi mi, ya da sizi endişelendiren bir yolculuk mu planlanıyor?
q-family-abroad-youth = Biri size başka bir ülkeye gönderileceğinizi söyledi mi, ya da sizi endişelendiren bir yolculuğa mı çıkacaksınız?
q-family-disown = Biri, istediklerini yapmazsanız ailenizin sizi dışlayacağını ya da sizinle bağını koparacağını söyleyerek sizi tehdit etti mi?
q-family-disown-youth = Biri, dediklerini yapmazsanız ailenizin sizi artık istemeyeceğini söyledi mi?
q-family-put-down = Ailenizden veya akrabalarınızdan biri size hakaret ediyor, sizinle alay ediyor ya da değersiz olduğunuzu söylüyor mu?
q-family-put-down-youth = Ailenizden biri size kırıcı şeyler söylüyor, size bağırıyor ya da kötü biri olduğunuzu söylüyor mu?
q-family-money = Aileniz veya akrabalarınız maaşınızı, aldığınız yardımları ya da paranızı alıyor ya da bunlar hakkında sizin yerinize karar veriyor mu?
q-family-money-youth = Ailenizden biri paranızı, örneğin okul harçlığınızı (studiebidrag) ya da yaz işinden kazandığınız parayı alıyor mu?
q-family-money-denied = Aileniz sizi kontrol etmek için yiyecek, giysi ya da yol parası gibi ihtiyacınız olan şeylere gereken parayı sizden esirgiyor mu?
q-family-money-denied-youth = Aileniz sizi cezalandırmak için otobüs kartı, giysi ya da okul malzemesi gibi ihtiyacınız olan şeylere para vermeyi reddediyor mu?
q-family-break = Ailenizden veya akrabalarınızdan biri eşyalarınızı kırdı, fırlattı ya da aldı mı?
q-family-break-youth = Ailenizden biri sizi cezalandırmak için eşyalarınızı bozdu ya da aldı mı?
q-family-pets = Ailenizden veya akrabalarınızdan biri değer verdiğiniz bir hayvana zarar verdi mi ya da zarar vermekle tehdit etti mi?
q-family-online = Ailenizden veya akrabalarınızdan biri internette sizinle ilgili fotoğraf, video ya da dedikodu yaydı mı veya yaymakla tehdit etti mi?
q-family-online-youth = Ailenizden biri internette sizinle ilgili fotoğraf ya da başka şeyler paylaştı mı veya paylaşmakla tehdit etti mi?
q-family-tracking = Ailenizden veya akrabalarınızdan biri sizi takip ediyor ya da bir uygulamayla veya başka insanlar aracılığıyla nerede olduğunuzu izliyor mu?
q-family-tracking-youth = Ailenizden biri sizi takip ediyor ya da telefonunuzdaki bir uygulamayla nerede olduğunuza bakıyor mu?
q-family-hit = Ailenizden veya akrabalarınızdan biri size vurdu, sizi itti, tekmeledi ya da zorla tuttu mu?
q-family-hit-youth = Ailenizden biri size vurdu, sizi itti, saçınızı çekti ya da sizi zorla tuttu mu?
q-family-neck = Ailenizden veya akrabalarınızdan biri boynunuzu kavradı, boğazınıza bastırdı ya da nefes almanızı zorlaştırdı mı?
q-family-neck-youth = Ailenizden biri boynunuzu sıktı mı ya da nefes almanızı zorlaştırdı mı?
q-family-weapon = Ailenizden veya akrabalarınızdan biri sizi bıçakla, silahla ya da zarar verebilecek başka bir şeyle tehdit etti mi?
q-family-weapon-youth = Ailenizden biri sizi bıçakla ya da canınızı yakabilecek başka bir şeyle tehdit etti mi?
q-family-kill = Ailenizden veya akrabalarınızdan biri sizi ya da size yakın olan birini öldürmekle tehdit etti mi?
q-family-kill-youth = Ailenizden biri sizi ya da sevdiğiniz birini öldüreceğini söyledi mi?
q-family-worse = Son bir yılda şiddet veya tehditler daha kötü hâle geldi mi ya da daha sık yaşandı mı?
q-family-worse-youth = Son zamanlarda durum kötüleşti mi ya da daha sık olmaya başladı mı?
q-family-sex-touch = Ailenizden veya akrabalarınızdan biri size cinsel bir şekilde dokundu mu ya da istemediğiniz cinsel şeyler söyledi veya gösterdi mi?
q-family-sex-touch-youth = Ailenizden veya akrabalarınızdan biri vücudunuza size yanlış gelen bir şekilde dokundu mu ya da size cinsel resimler gösterdi mi?
q-family-sex-forced = Ailenizden veya akrabalarınızdan biri sizi cinsel ilişkiye ya da cinsel davranışlara zorladı mı veya bunun için baskı yaptı mı?
q-family-sex-forced-youth = Ailenizden veya akrabalarınızdan biri sizi cinsel bir şey yapmaya zorladı mı?
q-family-care = Günlük yaşamda yardıma ihtiyacınız varsa: ailenizde size yardım etmesi gereken kişi ihtiyacınız olan yemeği, ilacı ya da başka bir yardımı sizden esirgedi mi?
q-family-care-youth = Evde yemeksiz, temiz giysisiz kaldığınız ya da hastayken yardım alamadığınız oluyor mu?
q-family-alone = Ailenizden biri, kendi başınıza yapamadığınız hâlde sizi uzun süre yalnız bıraktı mı ya da yardımcı araçlarınızı elinizden aldı mı?
q-family-alone-youth = Evde uzun süre yalnız bırakılıyor musunuz ya da kendinize veya kardeşlerinize gücünüzün yettiğinden fazla bakmak zorunda kalıyor musunuz?
q-family-children-see = Ailede, evdeki şiddeti ya da tehditleri gören veya duyan çocuklar var mı?
q-family-children-see-youth = Siz ya da kardeşleriniz, ailenizden birinin başka birine vurduğunu ya da onu tehdit ettiğini gördünüz mü veya duydunuz mu?
q-family-children-threat = Ailenizden veya akrabalarınızdan biri ailedeki çocuklara zarar vermekle ya da onları sizden almakla tehdit etti mi?
q-family-children-threat-youth = Ailenizden biri kardeşlerinize ya da ailedeki başka çocuklara zarar vermekle tehdit etti mi?
q-family-afraid = O anda hiçbir şey olmuyorken bile ailenizden veya akrabalarınızdan birinden korkuyor musunuz?
q-family-afraid-youth = Ailenizden birinden korkuyor musunuz?
q-family-home = Eve geldiğinizde ne olacağından ya da aileniz sizinle ilgili bir şey öğrenirse ne olacağından korkuyor musunuz?
q-family-home-youth = Okuldan sonra eve gitmekten ya da aileniz sizinle ilgili bir şey öğrenirse ne olacağından korkuyor musunuz?

## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Biri sizi seks satmaya ya da para karşılığı başkalarıyla cinsel ilişkiye girmeye zorluyor ya da bunun için baskı yapıyor mu?
q-exploit-sell-sex-youth = Biri sizi para, eşya, uyuşturucu ya da kalacak bir yer karşılığında seks yapmaya veya cinsel şeyler yapmaya ikna etti mi ya da zorladı mı?
q-exploit-sex-control = Para karşılığı seksin ne zaman, nerede ya da kiminle olacağına başka biri mi karar veriyor, ya da parayı başka biri mi alıyor?
q-exploit-work = Çok az ücretle ya da hiç ücret almadan, anlaştığınızdan çok daha fazla çalışıyor musunuz?
q-exploit-work-youth = Biri sizi, ücret vermeden ya da korktuğunuz için, onun adına çalışmaya, uyuşturucu satmaya veya işlerini görmeye mecbur ediyor mu?
q-exploit-wage = Başka biri maaşınızı ya da paranızı alıyor veya neler alabileceğinize karar veriyor mu?
q-exploit-debt = Biri, örneğin yolculuk, kaldığınız yer ya da iş için ona borçlu olduğunuzu ve bu borcu çalışarak ödemeniz gerektiğini söylüyor mu?
q-exploit-debt-youth = Biri, ona para ya da iyilik borçlu olduğunuzu ve bunu onun için bir şeyler yaparak geri ödemeniz gerektiğini söylüyor mu?
q-exploit-debt-grows = Borç, örneğin cezalar, kira ya da masraflar yüzünden sürekli artıyor ve bu yüzden ondan hiç kurtulamıyor musunuz?
q-exploit-papers = Biri pasaportunuzu, kimlik kartınızı ya da oturma izninizi aldı ve geri vermiyor mu?
q-exploit-accounts = Başka biri BankID’nizi (İsveç’teki elektronik kimlik), sözleşmelerinizi ya da adınıza olan başka belgeleri, sizin kullanamayacağınız şekilde elinde tutuyor mu?
q-exploit-locked = Biri yalnız dışarı çıkmanızı, istediğiniz kişiyle görüşmenizi ya da ailenizle konuşmanızı engelliyor mu?
q-exploit-phone = Biri telefonunuzu alıyor, mesajlarınızı okuyor ya da nerede olduğunuzu takip ediyor mu?
q-exploit-online = Biri, sizin kararınız olmadan internete sizinle ilgili ilanlar, fotoğraflar ya da videolar koydu mu?
q-exploit-authorities = Biri, anlatırsanız polisin ya da yetkililerin sizi cezalandıracağını veya ülkeden çıkaracağını söyledi mi?
q-exploit-sex-forced = Biri sizi istemediğiniz bir cinsel ilişkiye ya da cinsel davranışlara zorladı mı?
q-exploit-sex-unsafe = Biri sizi prezervatifsiz seks yapmaya ya da hayır dediğiniz şeyleri yapmaya zorladı mı?
q-exploit-hit = Sizi kontrol eden biri size vurdu, sizi itti ya da size zarar verdi mi?
q-exploit-neck = Biri boynunuzu kavradı, boğazınıza bastırdı ya da nefes almanızı zorlaştırdı mı?
q-exploit-weapon = Biri sizi bıçakla, silahla ya da zarar verebilecek başka bir şeyle tehdit etti mi?
q-exploit-kill = Biri sizi ya da burada veya başka bir ülkede yaşayan ailenizden birini öldürmekle tehdit etti mi?
q-exploit-worse = Son zamanlarda şiddet veya tehditler daha kötü hâle geldi mi ya da daha sık yaşandı mı?
q-exploit-afraid = Hayır derseniz, bırakırsanız ya da oradan ayrılırsanız ne olacağından korkuyor musunuz?
q-exploit-always-afraid = Sizi kontrol eden kişi ya da kişiler yakınınızda değilken bile onlardan korkuyor musunuz?

## Questions: someone you are worried about

q-worried-afraid = Endişelendiğiniz kişi birinden korkuyor ya da eve gitmekten çekiniyor gibi görünüyor mu?
q-worried-isolated = Endişelendiğiniz kişi arkadaşlarıyla veya ailesiyle görüşmeyi ya da eskiden sevdiği şeyleri yapmayı bıraktı mı?
q-worried-controlled = Biri, endişelendiğiniz kişi adına, örneğin kiminle görüşebileceğine veya nereye gidebileceğine karar veriyor gibi görünüyor mu?
q-worried-careful = Endişelendiğiniz kişi, biri kızmasın diye ne söylediğine ve ne yaptığına sürekli dikkat ediyor gibi görünüyor mu?
q-worried-phone = Biri endişelendiğiniz kişinin telefonunu kontrol ediyor mu ya da bu kişi her zaman hemen cevap verip nerede olduğunu söylemek zorunda mı?
q-worried-followed = Endişelendiğiniz kişi, internette ya da gerçek hayatta biri tarafından takip ediliyor, izleniyor ya da sürekli aranıyor mu?
q-worried-money = Endişelendiğiniz kişinin parası, maaşı ya da banka kartı, kendisi karar veremeyecek şekilde başka birinin kontrolünde mi?
q-worried-debts = Endişelendiğiniz kişinin, başka birinin onun adına yaptığı borçları var mı ya da yiyecek ve diğer ihtiyaçları için parasız kalıyor mu?
q-worried-injuries = Endişelendiğiniz kişide, açıklamak istemediği ya da açıklayamadığı morluklar veya yaralar gördünüz mü?
q-worried-hit = Birinin endişelendiğiniz kişiye vurduğunu, onu ittiğini ya da zorla tuttuğunu gördünüz mü, duydunuz mu ya da öğrendiniz mi?
q-worried-neck = Birinin endişelendiğiniz kişinin boynunu kavradığını ya da nefes almasını zorlaştırdığını öğrendiniz mi?
q-worried-weapon = Biri endişelendiğiniz kişiyi bıçakla, silahla ya da zarar verebilecek başka bir şeyle tehdit etti mi?
q-worried-kill = Biri endişelendiğiniz kişiyi ya da ona yakın olan birini öldürmekle tehdit etti mi?
q-worried-worse = Son zamanlarda durum, örneğin daha fazla yaralanma, daha fazla tehdit ya da daha fazla korkuyla, kötüleşmiş gibi görünüyor mu?
q-worried-leaving = Endişelendiğiniz kişi, korktuğu bir partnerden yakın zamanda ayrıldı mı ya da ayrılmayı düşünüyor mu?
q-worried-sex = Endişelendiğiniz kişi, birinin onu cinsel ilişkiye ya da cinsel davranışlara zorladığını veya bunun için baskı yaptığını anlattı mı?
q-worried-sex-images = Birinin endişelendiğiniz kişinin cinsel içerikli fotoğraflarını yaydığını ya da o istemediği hâlde onunla cinsel içerikli konuştuğunu gördünüz mü?
q-worried-selling-sex = Endişelendiğiniz kişinin seks sattığını ya da birinin onu buna zorladığını düşünüyor musunuz?
q-worried-sex-for-things = Endişelendiğiniz kişi, karşılığında seks isteyen birinden para, hediye, uyuşturucu ya da kalacak yer alıyor mu?
q-worried-honour = Endişelendiğiniz kişinin ailesi veya akrabaları, onun hangi arkadaşları olabileceğine, ne giyebileceğine ya da okuyup okuyamayacağına karar veriyor mu?
q-worried-honour-love = Başka biri, endişelendiğiniz kişinin kiminle birlikte olabileceğine ya da kiminle evlenebileceğine karar veriyor mu?
q-worried-trip = Endişelendiğiniz kişi, isteği dışında nişanlanacağını, evlendirileceğini ya da yurt dışına gönderileceğini söyledi mi?
q-worried-care = Endişelendiğiniz kişi günlük yaşamda yardıma ihtiyaç duyuyorsa: ihtiyacı olan yemek, ilaç ya da başka bir yardım olmadan kalıyor gibi görünüyor mu?
q-worried-care-youth = Endişelendiğiniz kişi yemeksiz, temiz giysisiz ya da hastayken yardımsız kalıyor gibi görünüyor mu?
q-worried-left-alone = Endişelendiğiniz kişi, kendi başına yapamadığı hâlde uzun süre yalnız ya da yardımcı araçları olmadan bırakılıyor mu?
q-worried-children-home = Evde şiddeti ya da tehditleri görebilecek veya duyabilecek çocuklar var mı?
q-worried-children-scared = Evdeki çocuklar sizi endişelendirecek şekilde korkmuş, kaygılı ya da üzgün görünüyor mu?

## Questions: I have hurt or frightened someone close to me

q-used-put-down = Size yakın olan birine hakaret ettiniz mi, onu aşağıladınız mı ya da korkacağı şekilde ona bağırdınız mı?
q-used-control = Partnerinizin ya da ailenizden birinin kiminle görüşebileceğine, nereye gidebileceğine veya ne giyebileceğine karar verdiniz mi?
q-used-control-youth = Birlikte olduğunuz birinin ya da kardeşinizin kiminle görüşebileceğine veya ne giyebileceğine karar verdiniz mi?
q-used-phone = Birinin mesajlarını okudunuz mu, şifrelerini istediniz mi ya da izinsiz telefonunu kontrol ettiniz mi?
q-used-images = Birinin, başkalarının görmesini istemediği fotoğraflarını ya da videolarını yaydınız mı veya yaymakla tehdit ettiniz mi?
q-used-money = Birinin parasını aldınız mı ya da parasını onun kullanamayacağı şekilde kontrol ettiniz mi?
q-used-money-work = Partnerinizin ya da ailenizden birinin çalışmasını veya okumasını engellediniz mi ya da onun adına kredi çektiniz mi?
q-used-money-work-youth = Birini size para ya da eşya vermeye zorladınız mı?
q-used-break = Öfkeliyken eşyaları kırdınız mı, bir şeyler fırlattınız mı ya da duvarlara veya kapılara vurdunuz mu?
q-used-pets = Birini korkutmak için bir hayvana zarar verdiniz mi ya da zarar vermekle tehdit ettiniz mi?
q-used-hit = Partnerinize ya da ailenizden birine vurdunuz mu, onu ittiniz mi, tekmelediniz mi ya da zorla tuttunuz mu?
q-used-hit-youth = Ailenizden birine, örneğin anne babanızdan birine ya da kardeşinize, veya birlikte olduğunuz birine vurdunuz mu, onu ittiniz mi ya da tekmelediniz mi?
q-used-neck = Hiç birinin boynunu ya da boğazını sıktınız mı?
q-used-weapon = Birini bıçakla, silahla ya da zarar verebilecek başka bir şeyle tehdit ettiniz mi?
q-used-kill = Gerçekten öyle demek istemeseniz bile, size yakın olan birini öldüreceğinizi söylediniz mi?
q-used-worse = Son bir yılda bu daha sık oldu mu ya da daha ağır hâle geldi mi?
q-used-sex = Birini cinsel ilişkiye zorladınız mı ya da baskı yaptınız mı, veya o hayır dediği ya da istemiyor gibi göründüğü hâlde devam ettiniz mi?
q-used-sex-sulk = Partneriniz seks istemediğinde sinirlendiniz mi, surat astınız mı ya da tehditkâr davrandınız mı?
q-used-children-see = Evde şiddet uyguladığınızı ya da tehditkâr davrandığınızı çocuklar gördü mü veya duydu mu?
q-used-children-afraid = Siz öfkeliyken bir çocuk sizden korktu mu, ya da sizi durdurmaya veya birini korumaya çalıştı mı?
q-used-afraid = Size yakın olan birinin sizden korktuğunu düşünüyor musunuz?
q-used-careful = Size yakın olan birinin, siz kızmayasınız diye sessizleştiğini ya da dikkatli davrandığını fark ediyor musunuz?

## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Fiziksel şiddet
category-physical-text = Birinin size vurması, sizi itmesi, zorla tutması ya da size başka bir şekilde zarar vermesi şiddettir. Bu bir suçtur ve asla sizin suçunuz değildir.
category-physical-text-worried = Birinin endişelendiğiniz kişiye vurması, onu itmesi ya da ona zarar vermesi şiddettir ve suçtur. Bu asla onun suçu değildir.
category-physical-text-used = Anlattığınız şey fiziksel şiddettir. Bunu bırakmak mümkündür ve yardım alabilirsiniz.

category-psychological-title = Psikolojik şiddet
category-psychological-text = Tehditler, alay etmek ve kontrol edilmek ya da başkalarıyla görüşmekten alıkonulmak da şiddettir. Bunlar da dayak kadar acı verebilir.
category-psychological-text-worried = Tehditler, alay etmek ve kontrol de, dışarıdan hiçbir şey görünmese bile şiddettir. Bu, onun yardım istemesini zorlaştırabilir.
category-psychological-text-used = Birini tehdit etmek, aşağılamak ya da kontrol etmek psikolojik şiddettir. Bırakmayı seçebilirsiniz ve bunu başarmanız için destek var.

category-sexual-title = Cinsel şiddet
category-sexual-text = Her türlü cinsel ilişki, partnerle de olsa, gönüllü olmalıdır. Cinsel bir şey için baskı görmek ya da zorlanmak şiddettir ve suçtur.
category-sexual-text-worried = Hiç kimse bir başkasını cinsel bir şeye zorlayamaz ya da bunun için baskı yapamaz. Bu, bir ilişkinin içinde de olsa şiddettir ve suçtur.
category-sexual-text-used = Taraflardan birinin istemediği seks, bir ilişkinin içinde de olsa cinsel şiddettir ve suçtur. Davranışınızı değiştirmek istiyorsanız yardım var.

category-economic-title = Ekonomik şiddet
category-economic-text = Birinin sizi kontrol etmek için paranızı alması, paranız hakkında karar vermesi ya da sizi borca sokması ekonomik şiddettir.
category-economic-text-worried = Birinin, endişelendiğiniz kişiyi kontrol etmek için onun parasını alması ya da parası hakkında karar vermesi ekonomik şiddettir.
category-economic-text-used = Birini kontrol etmek için parasını almak ya da parası hakkında karar vermek ekonomik şiddettir. Bu değişebilir ve destek var.

category-material-title = Eşyaya ve hayvanlara yönelik şiddet
category-material-text = Birinin sizi korkutmak için eşyalarınızı kırması ya da hayvanınıza zarar vermesi de şiddettir.
category-material-text-used = Öfkeliyken eşyaları kırmak ya da hayvanlara zarar vermek başkalarını korkutur ve bir şiddet biçimidir. Öfkeyle başa çıkmanın başka yollarını öğrenmek mümkündür.

category-digital-title = Dijital şiddet
category-digital-text = Birinin telefonunuzu kontrol etmesi, nerede olduğunuzu takip etmesi ya da fotoğraflarınızı yayması, internette olsa bile şiddettir.
category-digital-text-worried = Birinin onun telefonunu kontrol etmesi, nerede olduğunu takip etmesi ya da fotoğraflarını yayması, internette olsa bile şiddettir.
category-digital-text-used = Birinin telefonunu kontrol etmek, nerede olduğunu takip etmek ya da fotoğraflarını yaymak dijital şiddettir. Bunu bırakmak mümkündür ve yardım var.

category-latent-title = Korku içinde yaşamak
category-latent-text = Sürekli korku içinde olmak ve şiddetten kaçınmak için kendinizi buna göre ayarlamak, gizli (latent) şiddet olarak adlandırılır. Bu korku bir şeylerin yanlış olduğunun işaretidir ve sizin suçunuz değildir.
category-latent-text-worried = Sürekli korkmak ve kendini buna göre ayarlamak, gizli (latent) şiddet olarak adlandırılır. Onun korkusu, ciddiye alınması gereken önemli bir işarettir.
category-latent-text-used = Biri sizden korktuğunda ve davranışlarını size göre ayarladığında buna gizli (latent) şiddet denir. Bunu görmeniz önemli bir ilk adımdır.

category-neglect-title = İhmal
category-neglect-text = Günlük yaşamda yardıma ihtiyacınız varsa, bu yardımı alma hakkınız vardır. Birinin size yardım etmemesi ya da ihtiyacınız olan şeyi elinizden alması ihmaldir.
category-neglect-text-worried = Yardıma ihtiyacı olan birinin yemeksiz, ilaçsız ya da bakımsız kalması ihmaldir. Onun yardım alma hakkı vardır.

category-honour-title = Namus kaynaklı şiddet ve baskı
category-honour-text = Aileniz veya akrabalarınız kiminle görüşebileceğinize, ne giyebileceğinize ya da kiminle evleneceğinize birlikte karar verdiğinde, buna namus kaynaklı şiddet ve baskı denir. Kendi hayatınız hakkında karar verme hakkınız var.
category-honour-text-worried = Ailesi veya akrabaları onun hayatını, arkadaşlarını, giyimini ya da evliliğini birlikte kontrol ettiğinde, buna namus kaynaklı şiddet ve baskı denir. Onun kendi hayatı hakkında karar verme hakkı vardır.

category-children-witnessing-title = Şiddeti gören veya duyan çocuklar
category-children-witnessing-text = Evde şiddeti gören ya da duyan çocuklar da şiddete maruz kalmış olur. Çocukların korunma ve destek alma hakkı vardır.
category-children-witnessing-text-worried = Evde şiddeti gören ya da duyan çocuklar da şiddete maruz kalmış olur. Socialtjänsten (belediyenin sosyal hizmetleri) çocuğa ve aileye destek olabilir.
category-children-witnessing-text-used = Şiddeti gören ya da duyan çocuklar, aynı odada olmasalar bile bundan çok etkilenir. Yardım almanız onlar için de iyidir.

category-coerced-sex-title = Seks satmaya zorlanmak
category-coerced-sex-text = Hiç kimse sizi seks satmaya zorlayamaz, kandıramaz ya da bunun için baskı yapamaz. İsveç’te yanlış yapan, seks satın alan ya da bundan para kazanan kişidir; asla siz değilsiniz.
category-coerced-sex-text-worried = Hiç kimse bir başkasını seks satmaya zorlayamaz, kandıramaz ya da bunun için baskı yapamaz. İsveç’te seks satan kişi suç işlemiş olmaz ve destek alma hakkı vardır.

category-debt-bondage-title = Borç köleliği
category-debt-bondage-text = Birinin size, çalışarak ödemeniz gereken ve hiç bitmeyen bir borcunuz olduğunu söylemesi, sizi kontrol etmenin bir yoludur. Bu insan ticareti olabilir.

category-documents-taken-title = Elinizden alınan pasaport ve belgeler
category-documents-taken-text = Hiç kimse pasaportunuzu, kimliğinizi ya da belgelerinizi alamaz. Sizi kontrol etmek için bunları elinde tutmak bir zorlama işaretidir.

## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Birinin boğazını sıkmak, hiçbir iz görünmese bile ciddi bir uyarı işaretidir.
danger-weapon = Bıçak, silah ya da başka nesnelerle tehdit etmek ciddi bir uyarı işaretidir.
danger-threat-to-kill = Öldürme tehditleri, öfkeyle söylenmiş olsalar bile her zaman ciddiye alınmalıdır.
danger-escalation = Şiddet ya da tehditler kötüleştiğinde veya daha sık yaşandığında, ağır şiddet riski artar.
danger-separation = Diğer kişi şiddet uygulamış ya da kontrolcü davranmışsa, ayrılık dönemi özellikle tehlikeli olabilir.
danger-pregnancy = Hamilelik sırasında şiddet, hem hamile olan kişi hem de bebek için ciddi bir uyarı işaretidir.
danger-stalking = Sürekli takip edilmek, izlenmek ya da aranmak ciddi bir uyarı işaretidir ve suç olabilir.
danger-forced-trip-or-marriage = Birinin isteği dışında evlilik ya da yurt dışı yolculuğu planları ciddi bir uyarı işaretidir. Yolculuktan önce koruma almak mümkündür.
danger-threats-to-children = Çocuklara yönelik tehditler ciddi bir uyarı işaretidir. Çocukların korunma hakkı vardır.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".
## A list is a series of ids ending in -1, -2, -3 … in the order they are shown.

## Safety page

safety-title = Bu sayfada güvenliğiniz
safety-intro = Burada bu sayfanın sizi nasıl koruduğunu ve neyi gizleyemediğini okuyabilirsiniz. Sizin için en güvenli olanı yapın.

safety-quick-exit-title = Sayfadan hızla çık
safety-quick-exit-1 = “Sayfadan hızla çık” düğmesi her zaman en üsttedir. Shift tuşuna üç kez basarak da çıkabilirsiniz.
safety-quick-exit-2 = O zaman sayfa hemen boşalır ve verdiğiniz tüm yanıtlar unutulur.
safety-quick-exit-3 = Ardından sekme bir hava durumu sitesine geçer; böylece hava durumuna bakıyormuşsunuz gibi görünür.
safety-quick-exit-4 = Tarayıcının geri düğmesi sizi buraya geri getirmez.

safety-cannot-hide-title = Bu sayfanın gizleyemedikleri
safety-cannot-hide-1 = Tarayıcının geçmişi, bu sayfayı ziyaret ettiğinizi yine de gösterir.
safety-cannot-hide-2 = Yalnızca bu ziyareti silebilirsiniz. Tarayıcının menüsünden geçmişi açın ve Vägvisaren’i bulun. Parmağınızı satırın üzerinde basılı tutun, satırı yana kaydırın ya da çarpıya dokunun ve silmeyi seçin.
safety-cannot-hide-3 = Yalnızca bu satırı silerseniz geçmişin geri kalanı her zamanki gibi görünür.
safety-cannot-hide-4 = Telefonun son aramalar listesi hangi numaraları aradığınızı gösterir.
safety-cannot-hide-5 = Bir aramayı listeden silebilirsiniz. Parmağınızı aramanın üzerinde basılı tutun ya da aramayı sola kaydırın ve “Sil”i seçin.
safety-cannot-hide-6 = 020 ile başlayan numaralara yapılan aramalar ücretsizdir ve telefon faturasında görünmez. Ancak son aramalar listesinde yine de görünürler.
safety-cannot-hide-7 = SMS’ler ve sohbetler siz silene kadar telefonda kalır.

safety-private-browsing-title = Gizli gezinme
safety-private-browsing-1 = Çoğu tarayıcının, gizli mod ya da inkognito denen özel bir modu vardır. Bu modda pencereyi kapattığınızda ziyaret geçmişe kaydedilmez.
safety-private-browsing-2 = Bu modu genellikle tarayıcının menüsünden “Yeni gizli pencere” veya “Yeni gizli sekme” ile açabilirsiniz.
safety-private-browsing-3 = Gizli mod, yaptıklarınızı telefonu izleyen bir programdan gizlemez; bir iş yerinin ya da okulun ağından da gizlemez.

safety-shared-phone-title = Telefonunuzu başka biri kullanıyor ya da kontrol ediyorsa
safety-shared-phone-1 = Başka biri telefonunuzu ya da bilgisayarınızı ödünç alabiliyor veya kontrol edebiliyorsa, o kişi orada ne yaptığınızı görebilir.
safety-shared-phone-2 = Biri telefonu izleyen bir program, yani casus yazılım yüklemiş olabilir. Biri şifrelerinizi ve kodlarınızı da biliyor olabilir.
safety-shared-phone-3 = Daha güvenli hissettirirse bir arkadaşınızın telefonunu, kütüphanedeki bir bilgisayarı ya da iş yerindeki bir telefonu kullanabilirsiniz.
safety-shared-phone-4 = Şifrelerinizi birden değiştirirseniz ya da programları silerseniz bu fark edilebilir. Bunu yapmadan önce sizin için neyin en güvenli olduğunu düşünün.

safety-transparency-title = Bu sayfa hiçbir şey kaydetmez ve hiçbir şey göndermez
safety-transparency-1 = Bu sayfa telefonunuza ya da bilgisayarınıza hiçbir şey kaydetmez, çerez bile. Dil ve belediye seçiminiz yalnızca sayfayı kapatana kadar kalır.
safety-transparency-2 = Yanıtlarınız hiçbir zaman bir yere gönderilmez. Ne yanıt verirseniz verin, sayfa yalnızca herkes için indirdiği dosyaların aynısını indirir.
safety-transparency-intro = Kendiniz görün: aşağıdaki liste, sayfayı açtığınızdan beri sayfanın yaptığı her isteği gösterir.
safety-transparency-empty = Sayfa henüz hiçbir istek yapmadı.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Sayfa bir istek yaptı.
   *[other] Sayfa { $count } istek yaptı.
}

## Help view (reachable without the questions)

help-title = Yardım bul
help-intro = Burada tüm İsveç için destek hatları ve belediyenizdeki yardım noktaları var. Kime başvuracağınıza ve ne anlatacağınıza kendiniz karar verirsiniz.
help-emergency = Şu anda tehlikede misiniz? 112’yi arayın.
help-not-sure = Bunun şiddet olduğundan emin olmasanız bile arayabilirsiniz. Endişelenmeniz ya da konuşmak istemeniz yeterlidir.

help-what-happens-title = Bir destek hattını aradığınızda olacaklar
help-what-happens-1 = Biri sizi dinler ve anlattıklarınızı ciddiye alır.
help-what-happens-2 = Ne anlatmak istediğinize kendiniz karar verirsiniz ve görüşmeyi istediğiniz zaman bitirebilirsiniz.
help-what-happens-3 = Birçok destek hattı ücretsizdir ve birçoğunda adınızı vermeden konuşabilirsiniz. Bu bilgi her iletişim kartında yazar.
help-what-happens-4 = Birçok destek hattı tercüman ayarlayabilir; böylece kendi dilinizde konuşabilirsiniz.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = { $municipality } için henüz kendi iletişim bilgilerimiz yok. Belediyenin santralini (växel) arayın ve socialtjänsten (belediyenin sosyal hizmetleri) ile görüşmek istediğinizi söyleyin. Mesai saatleri dışında socialjouren’i (sosyal hizmetlerin nöbetçi birimi) sorabilir ya da acil bir durumsa 112’yi arayabilirsiniz.

help-municipality-label = Belediyeniz
help-municipality-hint = Belediyenizin adını yazın. Seçiminiz telefonunuzda ya da bilgisayarınızda kalır ve kaydedilmez. Sayfa tüm belediyelerin iletişim bilgilerini bir kerede indirir; böylece hangisini seçtiğinizi kimse göremez.
help-municipality-no-match = Bu adla bir belediye bulamadık. Yazımı kontrol edin ya da adın başını yazın.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Seçtiğiniz belediye: { $municipality }.
help-municipality-change = Belediyeyi değiştir

help-national-title = Tüm İsveç’te destek
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Destek: { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = { $number } numarasını ara
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = { $number } numarasına SMS gönder
contact-chat = Sohbeti aç
contact-web = Web sitesini aç
contact-open-always = 7 gün 24 saat açık
contact-open-now = Şu anda açık
contact-closed-now = Şu anda kapalı
contact-hours-unknown = Çalışma saatlerini kontrol edemedik.
contact-free = Ücretsiz
contact-anonymous = Adınızı vermeden başvurabilirsiniz
contact-interpreter = Tercüman ayarlanabilir
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Şu dillerde de konuşabilirsiniz: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Kontrol tarihi: { $date }
contact-for-professionals = Profesyoneller için
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Kimler için: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Her gün
days-weekdays = Pazartesi–Cuma
days-weekends = Cumartesi–Pazar
days-mon = Pazartesi
days-tue = Salı
days-wed = Çarşamba
days-thu = Perşembe
days-fri = Cuma
days-sat = Cumartesi
days-sun = Pazar

## What kind of contact it is (short noun phrases)

kind-emergency = Acil durum numarası
kind-police = Polis
kind-helpline = Destek hattı
kind-social-services = Socialtjänsten (belediyenin sosyal hizmetleri)
kind-social-services-on-call = Socialjouren (sosyal hizmetlerin nöbetçi birimi)
kind-womens-shelter = Kvinnojour (kadınlar için destek ve sığınak)
kind-girls-shelter = Tjejjour (kızlar ve genç kadınlar için destek)
kind-mens-shelter = Erkekler için destek
kind-youth-clinic = Ungdomsmottagning (gençler için sağlık ve danışma merkezi)
kind-perpetrator-programme = Şiddeti bırakmak için destek
kind-victim-support = Suç sonrası destek
kind-health = Sağlık hizmetleri

## Who the contact is for (phrases after “For: …”)

audience-everyone = Herkes
audience-women = Kadınlar
audience-men = Erkekler
audience-trans = Trans ve non-binary kişiler
audience-young = Gençler
audience-children = 18 yaşından küçük çocuklar
audience-honour = Namus kaynaklı şiddet ve baskıya maruz kalan kişiler
audience-trafficking = Seks satan ya da insan ticaretine maruz kalan kişiler
audience-uses-violence = Şiddet uygulayan ve bunu bırakmak isteyen kişiler
audience-worried-others = Başka biri için endişelenen kişiler
audience-professionals = Profesyoneller

## Result: fixed parts

result-title = Yanıtlarınızın anlattıkları
result-intro = Verdiğiniz yanıtlar bir ya da daha fazla şiddet biçimini anlatıyor. Aşağıda bunların nasıl adlandırıldığını ve nereden destek alabileceğinizi okuyabilirsiniz.
result-none = Yanıtlarınızın hiçbiri şiddeti anlatmadı. Yine de bir şeyler yanlış geliyorsa biriyle konuşabilirsiniz. Hislerinize güvenin.
result-none-rather-not-say = Bazı soruları yanıtlamamayı seçtiniz ve bu tamamen normal. Yine de destek alabilirsiniz; ne anlatacağınıza siz karar verirsiniz.

result-urgent-title = Şu anda tehlikedeyseniz 112’yi arayın
result-urgent-text = Nerede olduğunuzu ve ne olduğunu söyleyin. Arama ücretsizdir. Rahatça konuşamasanız bile arayabilirsiniz. O zaman telefonu kapatmayın.
result-urgent-signs-intro = Bunu önce gösteriyoruz, çünkü yanıtlarınızda ciddi bir uyarı işareti olabilecek bir şey var:

result-not-your-fault = Başınıza gelenler sizin suçunuz değil. Hiç kimsenin size zarar vermeye, sizi tehdit etmeye ya da kontrol etmeye hakkı yok.
result-right-to-support = Nereden geldiğiniz ve oturma izniniz olup olmadığı fark etmeksizin, bulunduğunuz belediyedeki socialtjänsten’den (belediyenin sosyal hizmetleri) destek isteme hakkınız var. Onlarla iletişime geçmek ücretsizdir.

result-what-happens-title = İletişime geçersem ne olur?
result-what-happens-1 = Konuşmak ve tavsiye almak için bir destek hattını arayarak başlayabilirsiniz. Ne anlatacağınıza kendiniz karar verirsiniz.
result-what-happens-2 = Socialtjänsten (belediyenin sosyal hizmetleri) size destek görüşmeleri sunabilir, nasıl güvende kalabileceğinizi planlamanıza yardım edebilir ve taşınmanız gerekirse korunaklı bir barınma yeri bulmanıza yardımcı olabilir.
result-what-happens-3 = Adım adım ilerleyebilirsiniz. Daha fazlasını anlatmadan önce bundan sonra ne olacağını sormaktan çekinmeyin.

result-contacts-title = Buradan destek alabilirsiniz
result-show-local = Yakınımdaki yardımı göster
result-start-over = Baştan başla
result-start-over-hint = Verdiğiniz tüm yanıtlar unutulur.

## Result: for someone who has hurt or frightened someone

result-used-intro = Yanıtlarınız, size yakın olan birine zarar verebilecek ya da onu korkutabilecek şeyler yaptığınızı anlatıyor.
result-used-responsibility = Bu soruları yanıtlamış olmanız önemli bir adım. Şiddet bir seçimdir ve bırakmayı seçebilirsiniz. Bunun için yardım var, örneğin Välj att sluta (şiddeti bırakmak isteyenler için destek hattı) ve belediyenizdeki socialtjänsten (belediyenin sosyal hizmetleri).
result-used-urgent-text = Şu anda birine zarar vermekten korkuyorsanız ya da biri tehlikedeyse 112’yi arayın.

## Result: for someone who is worried about another person

result-worried-intro = Yanıtlarınız, endişelendiğiniz kişinin şiddete maruz kalıyor olabileceğini anlatıyor. Burada daha fazlasını okuyabilir ve hem sizin hem de onun nereden destek alabileceğini görebilirsiniz.

## For someone who is worried about another person

worried-title = Biri için endişeleniyorsanız
worried-intro = Önemsemeniz çok iyi. Burada dikkat edilecek işaretler, onunla nasıl konuşabileceğinize dair öneriler ve nereye başvurabileceğiniz var.

worried-signs-title = Dikkat edilecek işaretler
worried-signs-1 = Korkmuş, üzgün ya da kaygılı görünüyor ve değişmiş.
worried-signs-2 = Arkadaşlarıyla ve ailesiyle eskisi kadar sık görüşmüyor ya da görüşmesine izin verilmiyor.
worried-signs-3 = Biri onu sürekli arıyor ya da ona mesaj atıyor ve nerede olduğunu bilmek istiyor.
worried-signs-4 = Açıklamak istemediği ya da açıklayamadığı yaraları var.
worried-signs-5 = Kendine ait parası yok ya da pasaportu veya telefonu başka birinde.
worried-signs-6 = Kendisinin seçmediği bir evlilikten ya da yolculuktan söz ediyor.

worried-talk-title = Konuşmaya nasıl başlayabilirsiniz
worried-talk-1 = Baş başa ve sakince konuşabileceğiniz bir yer seçin.
worried-talk-2 = Neyi fark ettiğinizi ve onu önemsediğinizi söyleyin. Örneğin şöyle diyebilirsiniz: “Son zamanlarda üzgün göründüğünü fark ettim. Nasılsın?”
worried-talk-3 = Yargılamadan dinleyin ve anlattıklarına inanın.
worried-talk-4 = Hızı onun belirlemesine izin verin. Daha fazlasını anlatmak istemesi zaman alabilir.
worried-talk-5 = Yardım olduğunu söyleyin ve o bir yeri ararken ya da bir yere başvururken yanında olmayı önerin.

worried-dont-title = Bunları yapmayın
worried-dont-1 = Şiddet uygulayan kişiyle yüzleşmeyin. Bu, endişelendiğiniz kişi için durumu daha tehlikeli hâle getirebilir.
worried-dont-2 = Anlatması ya da ayrılması için ona baskı yapmayın. Neyin güvenli olduğunu en iyi o bilir.
worried-dont-3 = Namus kaynaklı şiddetten şüpheleniyorsanız aileyle ya da akrabalarla iletişime geçmeyin. Bu onu tehlikeye atabilir.
worried-dont-4 = Aileden, akrabalardan ya da onların çevresinden birinin tercümanlık yapmasına izin vermeyin. Aileyi tanımayan bir tercüman isteyin.
worried-dont-5 = Başka biri okuyabilecekse, onun telefonuna şiddetle ilgili mesaj göndermeyin.

worried-over-time-title = Zaman içinde yanında olmak
worried-over-time-1 = Şu anda konuşmak istemese bile ona ulaşmaya devam edin.
worried-over-time-2 = Birkaç kez ayrılıp geri dönmek sık görülen bir şeydir. Yargılamadan hâlâ yanında olduğunuzu gösterin.
worried-over-time-3 = Kendinize de iyi bakın. Birçok destek hattı, başka biri için endişelenen kişilerin aramalarını da kabul eder.

worried-child-title = Bir çocuk için endişeleniyorsanız
worried-child-1 = Herkes, çocuğun yaşadığı belediyedeki socialtjänsten’e (belediyenin sosyal hizmetleri) bir endişe bildirimi (orosanmälan) yapabilir. Emin olmanız gerekmez. Endişelenmeniz yeterlidir.
worried-child-2 = Bireysel olarak bildirim yaparken adınızı vermeyebilirsiniz. Çocuğun durumunu araştıran socialtjänsten’dir.
worried-child-3 = Çocuklarla çalışan kişiler, örneğin okulda, sağlık hizmetlerinde ya da socialtjänsten’de çalışanlar, bildirim yapmakla yükümlüdür.

## School staff page

staff-title = Okulda çalışanlar için
staff-intro = Vägvisaren, gençlerin yaşadıklarının şiddet olup olmadığını ve nereden yardım alabileceklerini kendi başlarına öğrenmelerine yardımcı olur. Burada bir öğrenciye nasıl destek olabileceğinizi okuyabilirsiniz.
staff-load-failed = Sayfa yüklenemedi. Bağlantınızı kontrol edip yeniden deneyin.
staff-what-1 = Araç; partner, aile ve akrabalar, seks satmaya zorlanmak ve birine zarar vermiş olmak hakkında sorular sorar. 18 yaşından küçük olanlar daha basit sorular görür.
staff-what-2 = Yanıtlar, hangi şiddet biçimlerinin söz konusu olabileceğini, öğrencinin hemen 112’yi araması gerekip gerekmediğini ve hangi destek hatlarının ve iletişim noktalarının uygun olduğunu gösterir.
staff-what-3 = Hiçbir şey kaydedilmez ya da gönderilmez. Öğrencinin ne yanıt verdiğini ne siz ne de okul görebilir.

staff-talk-title = Şiddete maruz kalıyor olabilecek bir gençle konuşmak
staff-talk-1 = Rahatsız edilmeyeceğiniz bir yerde, sakin bir şekilde dinleyin. Öğrencinin kendi sözleriyle anlatmasına izin verin.
staff-talk-2 = Öğrencinin anlattıklarına inanın ve anlatmasının iyi olduğunu söyleyin. Bu asla onun suçu değildir.
staff-talk-3 = Sır olarak saklayacağınıza söz vermeyin. Socialtjänsten’e (belediyenin sosyal hizmetleri) bildirim yapmanız gerekebileceğini ve nedenini dürüstçe söyleyin.
staff-talk-4 = Namus kaynaklı şiddetten şüpheleniyorsanız aileyle iletişime geçmeyin. Bu, öğrenciyi tehlikeye atabilir.
staff-talk-5 = Aileden ya da ailenin çevresinden bir tercüman kullanmayın. Profesyonel bir tercüman ayarlayın, örneğin başka bir şehirden telefonla çeviri yapan bir tercüman, ve öğrenciye bu tercümanla kendini güvende hissedip hissetmediğini sorun.
staff-talk-6 = Öğrencinin ne söylediğini, öğrencinin kendi sözleriyle ve ne zaman söylendiğiyle birlikte yazın. Kendi yorumlarınızı gerçekmiş gibi yazmayın.

staff-same-day-title = Aynı gün
staff-same-day-1 = Aynı gün socialtjänsten’e bildirim yapın. Daha fazlasını öğrenmek için beklemeyin.
staff-same-day-2 = Okul müdürüne ya da öğrenci sağlığı ekibine (elevhälsan) haber verin. Bildirim yükümlülüğünün yine de size ait olduğunu unutmayın.
staff-same-day-3 = Öğrenci tehlikedeyse ya da eve gitmeye cesaret edemiyorsa hemen socialtjänsten’i arayın. Mesai saatleri dışında socialjouren’i (sosyal hizmetlerin nöbetçi birimi), acil bir durumsa 112’yi arayın.

staff-duty-title = Bildirim yükümlülüğü (anmälningsplikt)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Okulda çalışan herkes, bir çocuğun zarar gördüğünü öğrenirse ya da bundan şüphelenirse, bunu derhâl socialtjänsten’e bildirmekle yükümlüdür. Bu, socialtjänstlagen’de (Sosyal Hizmetler Yasası, SFS 2025:400) yer alır.
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Şüphelenmeniz yeterlidir. Kanıta ihtiyacınız yok. Durumu araştıran socialtjänsten’dir.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Bu yükümlülük kişiseldir. Onu okul müdürüne, okul danışmanına (kurator) ya da başka birine devredemezsiniz.
staff-duty-4 = Çocuğun yaşadığı belediyedeki socialtjänsten’e bildirim yapın. Arayabilir ya da yazabilirsiniz. Mesai saatleri dışında socialjouren’i, acil bir durumsa 112’yi arayın.

staff-lines-title = Profesyoneller için destek hatları
staff-lines-intro = Burada, örneğin bir öğrenci size bir şey anlattıktan sonra nasıl devam edebileceğiniz konusunda tavsiye alabilirsiniz.

staff-builder-title = Bağlantı ve afiş oluşturun
staff-builder-intro = Belediye ve dil seçin. Bağlantıda ve afişte bunlar yer alır, başka hiçbir şey yer almaz.
staff-builder-municipality = Belediye
staff-builder-languages = Diller (bir, iki ya da üç dil seçin)
staff-builder-youth = Doğrudan gençlere yönelik soruları aç
staff-builder-link-label = Paylaşılacak bağlantı
staff-builder-copy = Bağlantıyı kopyala
staff-builder-copied = Bağlantı kopyalandı.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = { $link } adresine yönlendiren QR kodu
staff-builder-print = Afişi yazdır
staff-builder-too-many-languages = En fazla üç dil seçebilirsiniz.

## The poster (printed in several languages side by side)

poster-title = Evde ya da partnerinizle ilgili sizi endişelendiren bir şey mi yaşanıyor?
poster-line = Kodu tarayın. Hiçbir şey kaydedilmez. Neyi yanıtlayacağınıza siz karar verirsiniz.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = 18 yaşından küçük müsünüz? Bris’i (çocuklar ve gençler için destek hattı) { $number } numarasından arayabilirsiniz.
poster-emergency = Şu anda tehlikede misiniz? 112’yi arayın.

## About Vägvisaren

about-title = Vägvisaren hakkında
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren bağımsız bir araçtır, bir kamu kurumu değildir. Bildirim kabul edemeyiz ve durumunuzla ilgili soruları yanıtlayamayız.
about-free = Vägvisaren ücretsizdir. Giriş yapmanız ya da kim olduğunuzu söylemeniz gerekmez.
about-private = Verdiğiniz yanıtların hiçbiri kaydedilmez ya da gönderilmez. Sunucu, sayfayı kimin ziyaret ettiğine dair hiçbir bilgi tutmaz.
about-contacts-title = İletişim bilgilerini nasıl kontrol ediyoruz
about-contacts-1 = Her numaranın ve çalışma saatinin bir kaynağı, örneğin destek hattının kendi web sitesi, ve bizim bunu kontrol ettiğimiz bir tarih vardır.
about-contacts-2 = Hiçbir kaynağın belirtmediği bir numarayı asla göstermeyiz. Bir şey değiştiyse, destek hattının kendi web sitesinde yazan geçerlidir.
about-languages-title = Diller
about-languages-intro = Metinler önce İsveççe yazılır, sonra çevrilir. Her dilde geldiğimiz nokta şöyle:
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = kaynak dil
status-reviewed = çevrildi ve anadili bu dil olan biri tarafından kontrol edildi
status-unreviewed = çevrildi, ancak henüz kontrol edilmedi

## Navigation

nav-start-questions = Soruları yanıtlamaya başla
nav-help = Yardım bul
nav-safety = Güvenliğiniz
nav-staff = Okul çalışanları için
nav-about = Bu sayfa hakkında
nav-back = Geri
nav-next = İleri
nav-home = Ana sayfaya dön

## Safety page, added by the UI

safety-transparency-refresh = Listeyi yenile
