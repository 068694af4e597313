# Vägvisaren — the questions and the result.
# Fetched when someone starts the questions, together with main.ftl: the same file for everyone.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Questions: partner or ex

q-partner-put-down = Partneriniz veya eski partneriniz size hakaret ediyor, sizinle alay ediyor ya da kendinizi değersiz hissetmenize neden oluyor mu?
q-partner-put-down-youth = Çıktığın ya da flört ettiğin biri sana kötü sözler söylüyor, seninle dalga geçiyor ya da kendini kötü hissetmene neden oluyor mu?
q-partner-isolate = Partneriniz veya eski partneriniz kiminle görüşebileceğinize, nereye gidebileceğinize ya da ne giyebileceğinize karar veriyor mu?
q-partner-isolate-youth = Çıktığın ya da flört ettiğin biri hangi arkadaşlarla görüşebileceğine, nereye gidebileceğine ya da ne giyebileceğine karar veriyor mu?
q-partner-phone = Partneriniz veya eski partneriniz mesajlarınızı okuyor, şifrelerinizi istiyor ya da telefonunuzu kontrol ediyor mu?
q-partner-phone-youth = Çıktığın ya da flört ettiğin biri telefonunu, mesajlarını ya da şifrelerini göstermeni, ya da nerede olduğunu söylemeni istiyor ve bunda ısrar ediyor mu?
q-partner-follow = Partneriniz veya eski partneriniz sizi takip ediyor, bulunduğunuz yerde ortaya çıkıyor ya da izin vermediğiniz bir uygulama veya konum paylaşımıyla nerede olduğunuzu izliyor mu?
q-partner-follow-youth = Çıktığın ya da flört ettiğin biri seni takip ediyor mu, ya da sen istemediğin hâlde bulunduğun yere geliyor mu?
q-partner-images = Partneriniz veya eski partneriniz, başkalarının görmesini istemediğiniz fotoğraflarınızı ya da videolarınızı yaydı mı veya yaymakla tehdit etti mi?
q-partner-images-youth = Çıktığın ya da flört ettiğin biri, başkalarının görmesini istemediğin fotoğraflarını ya da videolarını yaydı mı veya yaymakla tehdit etti mi?
q-partner-nudes = Çıktığın ya da flört ettiğin biri, çıplak ya da seksi fotoğraflarını göndermen için sana ısrar etti mi, baskı yaptı mı ya da seni kandırdı mı?
q-partner-older = Çıktığın ya da flört ettiğin kişi bir yetişkin mi, ya da senden çok mu büyük?
q-partner-money = Partneriniz veya eski partneriniz paranızı alıyor ya da paranızı sizin kullanamayacağınız şekilde kontrol ediyor mu?
q-partner-money-youth = Çıktığın ya da flört ettiğin biri paranı alıyor mu, ya da neler alabileceğine o mu karar veriyor?
q-partner-debt = Partneriniz veya eski partneriniz sizin adınıza kredi çekip borç yaptı mı ya da çalışmanızı veya okumanızı engelledi mi?
q-partner-debt-youth = Çıktığın ya da flört ettiğin biri okula gitmeni engelledi mi, ya da ona bir şeyler almanı veya onun için borç para almanı sağladı mı?
q-partner-threats = Partneriniz veya eski partneriniz sizi, örneğin çocukları almakla, cinsel yöneliminizi ya da cinsiyet kimliğinizi başkalarına anlatmakla veya İsveç’ten ayrılmak zorunda kalmanızı sağlamakla tehdit ediyor mu?
q-partner-threats-youth = Çıktığın ya da flört ettiğin biri seni, örneğin hakkında bir şeyler yaymakla ya da gey, biseksüel veya trans olduğunu başkalarına anlatmakla tehdit ediyor mu?
q-partner-break = Partneriniz veya eski partneriniz eşyalarınızı kırdı, fırlattı ya da aldı mı?
q-partner-break-youth = Çıktığın ya da flört ettiğin biri eşyalarını bozdu, fırlattı ya da aldı mı?
q-partner-hit = Partneriniz veya eski partneriniz size vurdu, sizi itti, tekmeledi ya da zorla tuttu mu?
q-partner-hit-youth = Çıktığın ya da flört ettiğin biri sana vurdu mu, seni itti mi, tekmeledi mi ya da zorla tuttu mu?
q-partner-neck = Partneriniz veya eski partneriniz sizi boğmaya çalıştı mı, boğazınızı sıktı mı ya da boğazınıza bastırıp nefes almanızı zorlaştırdı mı?
q-partner-neck-youth = Çıktığın ya da flört ettiğin biri seni boğmaya çalıştı mı, boğazını sıktı mı ya da nefes almanı zorlaştırdı mı?
q-partner-weapon = Partneriniz veya eski partneriniz sizi bıçakla, silahla ya da zarar verebilecek başka bir şeyle tehdit etti mi?
q-partner-weapon-youth = Çıktığın ya da flört ettiğin biri seni bıçakla ya da canını yakabilecek başka bir şeyle tehdit etti mi?
q-partner-kill = Partneriniz veya eski partneriniz sizi ya da size yakın olan birini öldürmekle tehdit etti mi?
q-partner-kill-youth = Çıktığın ya da flört ettiğin biri seni ya da sevdiğin birini öldüreceğini söyledi mi?
q-partner-sex = Partneriniz veya eski partneriniz sizi istemediğiniz bir cinsel ilişkiye ya da cinsel davranışlara zorladı mı veya bunun için baskı yaptı mı, ya da korktuğunuz için cinsel ilişkiye razı oldunuz mu?
q-partner-sex-youth = Çıktığın ya da flört ettiğin biri, istemediğin cinsel bir şeyi yapman için seni zorladı mı, sana baskı yaptı mı ya da ısrar etti mi?
q-partner-afraid = Partneriniz veya eski partneriniz o anda hiçbir şey yapmıyorken bile ondan korkuyor musunuz?
q-partner-afraid-youth = Çıktığın ya da flört ettiğin birinden korkuyor musun?
q-partner-care = Günlük yaşamda yardıma ihtiyacınız varsa: partneriniz veya eski partneriniz ihtiyacınız olan yemeği, ilacı ya da başka bir yardımı sizden esirgedi mi?
q-partner-aids = Partneriniz veya eski partneriniz yardımcı araçlarınızı, gözlüğünüzü, ilacınızı, hormonlarınızı ya da telefonunuzu elinizden alıp sizi kendi başınıza idare edemez veya yardım isteyemez hâle getirdi mi?
q-partner-children-see = Evde çocuk varsa: size yönelik şiddeti ya da tehditleri gördüler mi veya duydular mı, ya da partneriniz veya eski partneriniz öfkeliyken korktular mı?
q-partner-worse = Son bir yılda şiddet veya tehditler daha kötü hâle geldi mi ya da daha sık yaşandı mı?
q-partner-worse-youth = Onun sana yaptıkları son zamanlarda daha kötü hâle geldi mi ya da daha sık olmaya başladı mı?
q-partner-jealous = Partneriniz veya eski partneriniz sizi korkutacak kadar kıskanç mı; örneğin sizi aldatmakla suçluyor mu, başkalarıyla görüştüğünüzde öfkeleniyor mu ya da sizin başka hiç kimsenin olamayacağınızı söylüyor mu?
q-partner-jealous-youth = Çıktığın ya da flört ettiğin biri seni korkutacak kadar kıskanç mı; örneğin sen başkalarıyla konuşunca kızıyor mu ya da başka hiç kimsenin seninle birlikte olamayacağını söylüyor mu?
q-partner-leaving = Yakın zamanda partnerinizden ayrıldınız mı ya da ayrılmayı düşünüyor musunuz, ve o zaman onun ne yapacağından korkuyor musunuz?
q-partner-leaving-youth = Yakın zamanda ayrıldın mı ya da ayrılmak istiyor musun, ve o zaman diğer kişinin ne yapacağından korkuyor musun?
q-partner-could-kill = Partnerinizin veya eski partnerinizin sizi öldürebileceğini düşünüyor musunuz?
q-partner-could-kill-youth = Çıktığın ya da flört ettiğin birinin seni öldürebileceğini düşünüyor musun?
q-partner-weapon-home = Partnerinizin veya eski partnerinizin evde, örneğin av tüfeği gibi, silahı var mı ya da kolayca silah bulabilir mi?
q-partner-weapon-home-youth = Çıktığın ya da flört ettiğin birinin silahı var mı, ya da kolayca silah bulabilir mi?
q-partner-suicide-threat = Partneriniz veya eski partneriniz, örneğin ondan ayrılırsanız, canına kıymakla tehdit etti mi?
q-partner-suicide-threat-youth = Çıktığın ya da flört ettiğin biri, ondan ayrılırsan ya da onun istediğini yapmazsan canına kıyacağını söyledi mi?
q-partner-contact-ban = Partneriniz veya eski partneriniz, hakkında kontaktförbud (iletişim ve yaklaşma yasağı) olduğu hâlde sizinle iletişime geçti mi ya da yanınıza geldi mi?
q-partner-contact-ban-youth = Çıktığın ya da flört ettiğin biri, bunu yapması yasaklandığı hâlde seninle iletişime geçti mi?
q-partner-pregnant = Hamilelik yaşadıysanız: partneriniz veya eski partneriniz hamileliğiniz sırasında size vurdu mu ya da zarar verdi mi?
q-partner-pregnant-youth = Hamile kaldıysan: çıktığın ya da flört ettiğin biri o sırada sana vurdu mu ya da zarar verdi mi?
q-partner-pets = Partneriniz veya eski partneriniz değer verdiğiniz bir hayvana zarar verdi mi ya da zarar vermekle tehdit etti mi?
q-partner-pets-youth = Çıktığın ya da flört ettiğin biri, değer verdiğin bir hayvana zarar verdi mi ya da zarar vermekle tehdit etti mi?
q-partner-careful = Partneriniz veya eski partneriniz kızmasın diye ne söylediğinizi ve ne yaptığınızı sık sık düşünüyor musunuz?
q-partner-careful-youth = Çıktığın ya da flört ettiğin biri kızmasın diye ne söylediğini ve ne yaptığını sık sık düşünüyor musun?
q-partner-children-threat = Partneriniz veya eski partneriniz çocuklara zarar vermekle ya da onları, örneğin yurt dışına, kaçırmakla tehdit etti mi?
q-partner-suicide-self = Kendi canınıza kıymayı düşündüğünüz oluyor mu?
q-partner-suicide-self-youth = Ölmek istediğini ya da canına kıymayı düşündüğün oldu mu?
## Questions: family or relatives

q-family-collective = Ailenizde veya akrabalarınız arasında birkaç kişi, nasıl yaşamanız gerektiğine birlikte karar veriyor mu?
q-family-collective-youth = Anne baban dışında başka kişiler de, örneğin kardeşlerin ya da akrabaların, hayatın hakkında karar veriyor mu?
q-family-friends = Aileniz veya akrabalarınız hangi arkadaşlarınız olabileceğine, nasıl giyinebileceğinize ya da boş zamanınızda ne yapabileceğinize karar veriyor mu?
q-family-friends-youth = Ailen başkalarının ne diyeceğinden ya da ailenin adının kötüye çıkmasından korktuğu için, arkadaşlar, kıyafetler ya da boş zaman konusunda yaşıtlarından daha az özgür müsün?
q-family-school = Aileniz veya akrabalarınız okumanızı, çalışmanızı ya da eğitiminizi kendiniz seçmenizi engelliyor mu?
q-family-school-youth = Ailen yanlış ya da ayıp bulduğu için bazı derslere, örneğin cinsellik ve ilişkiler dersine ya da yüzme dersine, veya okul gezilerine katılamıyor musun?
q-family-love = Aileniz veya akrabalarınız kime âşık olabileceğinize ve kiminle birlikte olabileceğinize ya da kim olduğunuz konusunda açık olup olamayacağınıza karar veriyor mu?
q-family-love-youth = Büyüdüğünde kime âşık olabileceğine ya da kiminle çıkabileceğine ailen mi karar veriyor, ya da kim olduğun konusunda açık olamıyor musun?
q-family-marriage = Aileniz veya akrabalarınız, kendi seçmediğiniz biriyle nişanlanmanız ya da evlenmeniz için – sadece dinî nikâhla ya da akraba arasında bile olsa – size baskı yapıyor mu, ya da bu zaten isteğiniz dışında oldu mu?
q-family-marriage-youth = Sen istemediğin hâlde ailen nişanlanmanı ya da evlenmeni istiyor mu – sadece dinî nikâhla ya da “söz kesilerek” bile olsa – ya da seni zaten evlendirdiler mi?
q-family-abroad = Biri size, isteğiniz dışında başka bir ülkeye gönderileceğinizi ya da götürüleceğinizi söyledi mi, ya da sizi endişelendiren bir yolculuk mu planlanıyor?
q-family-abroad-youth = Biri sana başka bir ülkeye gönderileceğini söyledi mi, ya da seni endişelendiren bir yere yolculuğa mı çıkacaksınız?
q-family-put-down = Ailenizden veya akrabalarınızdan biri size hakaret ediyor, sizinle alay ediyor ya da değersiz olduğunuzu söylüyor mu?
q-family-put-down-youth = Ailenden biri sana sık sık kırıcı şeyler söylüyor mu, seni korkutacak şekilde sana bağırıyor mu ya da değersiz olduğunu söylüyor mu?
q-family-money = Aileniz, akrabalarınız ya da size yardım eden biri maaşınızı, emekli aylığınızı, aldığınız yardımları ya da paranızı alıyor mu, ya da sizi kontrol etmek için ihtiyacınız olan parayı vermiyor mu?
q-family-money-youth = Ailenden biri senin kendi paranı alıyor mu, ya da yemek, otobüs kartı veya kıyafet gibi gerçekten ihtiyacın olan şeyler için sana para verilmiyor mu?
q-family-break = Ailenizden veya akrabalarınızdan biri eşyalarınızı kırdı, fırlattı ya da aldı mı?
q-family-break-youth = Ailenden biri öfkeliyken eşyalarını kırdı ya da bozdu mu, ve bu yüzden korktun mu?
q-family-tracking = Ailenizden veya akrabalarınızdan biri, siz istemediğiniz hâlde sizi takip ediyor ya da bir uygulamayla nerede olduğunuzu izliyor mu?
q-family-tracking-youth = Ailenden biri seni takip ediyor mu, ya da seni korkutacak veya hayatını yaşamanı engelleyecek şekilde nerede olduğunu sürekli kontrol ediyor mu?
q-family-hit = Ailenizden veya akrabalarınızdan biri size vurdu, sizi itti, tekmeledi ya da zorla tuttu mu?
q-family-hit-youth = Ailenden biri sana vurdu mu, seni itti mi, saçını çekti mi ya da seni zorla tuttu mu?
q-family-neck = Ailenizden veya akrabalarınızdan biri sizi boğmaya çalıştı mı, boğazınızı sıktı mı ya da boğazınıza bastırıp nefes almanızı zorlaştırdı mı?
q-family-neck-youth = Ailenden biri seni boğmaya çalıştı mı, boğazını sıktı mı ya da nefes almanı zorlaştırdı mı?
q-family-weapon = Ailenizden veya akrabalarınızdan biri sizi bıçakla, silahla ya da zarar verebilecek başka bir şeyle tehdit etti mi?
q-family-weapon-youth = Ailenden biri seni bıçakla ya da canını yakabilecek başka bir şeyle tehdit etti mi?
q-family-kill = Ailenizden veya akrabalarınızdan biri sizi ya da size yakın olan birini öldürmekle tehdit etti mi?
q-family-kill-youth = Ailenden biri seni ya da sevdiğin birini öldüreceğini söyledi mi?
q-family-sex-touch = Ailenizden veya akrabalarınızdan biri size cinsel bir şekilde dokundu mu ya da istemediğiniz cinsel şeyler söyledi veya gösterdi mi?
q-family-sex-touch-youth = Ailenden ya da akrabalarından biri vücuduna sana yanlış gelen bir şekilde dokundu mu, ya da sana cinsel resimler gösterdi mi?
q-family-sex-forced = Ailenizden veya akrabalarınızdan biri sizi cinsel ilişkiye ya da cinsel davranışlara zorladı mı veya bunun için baskı yaptı mı?
q-family-sex-forced-youth = Ailenden ya da akrabalarından biri seni cinsel bir şey yapmaya zorladı mı?
q-family-care = Günlük yaşamda yardıma ihtiyacınız varsa: ailenizde size yardım etmesi gereken kişi size yemek, ilaç ya da yardım vermedi mi, ya da kendi başınıza idare edemediğiniz hâlde sizi uzun süre yalnız bıraktı mı?
q-family-care-youth = Yemeksiz, temiz kıyafetsiz ya da hastayken yardımsız kaldığın, ya da evde uzun süre yalnız bırakıldığın oluyor mu?
q-family-carer = Günlük yaşamda size biri yardım ediyorsa, örneğin kişisel asistanınız (personlig assistent) ya da evde bakım hizmetinden (hemtjänsten) biri: bu kişi size zarar verdi mi, sizi tehdit etti mi ya da aşağıladı mı, paranızı aldı mı ya da size yardım etmedi mi?
q-family-afraid = Ailenizden veya akrabalarınızdan birinden, ya da eve gittiğinizde olacaklardan korkuyor musunuz?
q-family-afraid-youth = Ailenden birinden ya da eve gitmekten korkuyor musun?
q-family-children-see = Ailede, evdeki şiddeti ya da tehditleri gören veya duyan çocuklar var mı?
q-family-children-see-youth = Sen ya da kardeşlerin, ailenden birinin başka birine vurduğunu ya da onu tehdit ettiğini gördünüz mü veya duydunuz mu?
q-family-phone = Ailenizden veya akrabalarınızdan biri kiminle konuştuğunuzu görmek için telefonunuzu ya da mesajlarınızı kontrol ediyor mu?
q-family-phone-youth = Ailenden biri kiminle konuştuğunu görmek için telefonunu kontrol ediyor mu?
q-family-siblings = Kardeşleriniz, kuzenleriniz ya da başka akrabalarınız sizi gözetleyip ne yaptığınızı ailenize anlatıyor mu?
q-family-siblings-youth = Kardeşlerin ya da kuzenlerin okulda veya dışarıda seni gözetleyip ailene anlatıyor mu?
q-family-virginity = Aileniz veya akrabalarınız evlenene kadar hiç cinsel ilişkiye girmemenizi (bekâret) şart koşuyor mu, ya da bunu kontrol ediyor mu?
q-family-virginity-youth = Ailen, evlenene kadar bekâretini koruman, yani hiç seks yapmaman gerektiğini söylüyor mu?
q-family-disown = Biri, istediklerini yapmazsanız ailenizin sizi dışlayacağını ya da sizinle bağını koparacağını söyleyerek sizi tehdit etti mi?
q-family-disown-youth = Biri, dediklerini yapmazsan ailenin seni artık istemeyeceğini söyledi mi?
q-family-partner-threat = Ailenizden veya akrabalarınızdan biri, birlikte olduğunuz ya da birlikte olmak istediğiniz kişiyi tehdit etti mi?
q-family-partner-threat-youth = Ailenden biri çıktığın ya da âşık olduğun kişiyi tehdit etti mi?
q-family-honour-before = Ailenizden veya akrabalarınızdan biri, ailenin istediği gibi yaşamadığı için daha önce zarar gördü mü, tehdit edildi mi, zorla evlendirildi mi ya da bir yere gönderildi mi?
q-family-honour-before-youth = Ailenin istediğini yapmadığı için bir kız kardeşinin, erkek kardeşinin, kuzeninin ya da ailedeki başka birinin başına bir şey geldi mi, örneğin zarar gördü mü ya da bir yere gönderildi mi?
q-family-cutting = Biri sana genital sakatlama (könsstympning) yapılacağını – buna bazen “kız sünneti” ya da “temizlenmek” denir – yani birinin senin cinsel organını keseceğini söyledi mi, ya da bu sana zaten yapıldı mı?
q-family-online = Ailenizden veya akrabalarınızdan biri internette sizinle ilgili fotoğraf, video ya da dedikodu yaydı mı veya yaymakla tehdit etti mi?
q-family-online-youth = Ailenden biri internette seninle ilgili fotoğraf ya da başka şeyler paylaştı mı veya paylaşmakla tehdit etti mi?
q-family-worse = Son bir yılda şiddet veya tehditler daha kötü hâle geldi mi ya da daha sık yaşandı mı?
q-family-worse-youth = Evde olanlar son zamanlarda daha kötü hâle geldi mi ya da daha sık olmaya başladı mı?
q-family-could-kill = Ailenizden veya akrabalarınızdan birinin sizi öldürebileceğini düşünüyor musunuz?
q-family-could-kill-youth = Ailenden birinin seni öldürebileceğini düşünüyor musun?
q-family-weapon-home = Ailenizin evinde, örneğin av tüfeği gibi, silah var mı ya da sizi tehdit eden kişi kolayca silah bulabilir mi?
q-family-weapon-home-youth = Evde silah var mı, ya da ailenden biri kolayca silah bulabilir mi?
q-family-contact-ban = Ailenizden veya akrabalarınızdan biri, hakkında kontaktförbud (iletişim ve yaklaşma yasağı) olduğu hâlde sizinle iletişime geçti mi ya da yanınıza geldi mi?
q-family-children-threat = Ailenizden veya akrabalarınızdan biri ailedeki çocuklara zarar vermekle ya da onları kaçırmakla tehdit etti mi?
q-family-children-threat-youth = Ailenden biri kardeşlerine ya da ailedeki başka çocuklara zarar vermekle tehdit etti mi?
q-family-suicide-self = Kendi canınıza kıymayı düşündüğünüz oluyor mu?
q-family-suicide-self-youth = Ölmek istediğini ya da canına kıymayı düşündüğün oldu mu?
## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Biri sizi seks satmaya ya da para karşılığı başkalarıyla cinsel ilişkiye girmeye zorluyor ya da bunun için baskı yapıyor mu?
q-exploit-sell-sex-youth = Biri seni para, eşya, uyuşturucu ya da kalacak bir yer karşılığında seks yapmaya ya da cinsel şeyler yapmaya yönlendirdi mi?
q-exploit-job-promise = Buraya gelmeniz ya da çalışmaya başlamanız, sonradan doğru çıkmayan iş, maaş ya da kalacak yer vaatleriyle mi oldu?
q-exploit-job-promise-youth = Biri sana para, iş ya da başka bir şey vaat edip sonra da istemediğin şeyleri yapman gerektiğini söyledi mi?
q-exploit-work = Anlaştığınızdan çok daha fazla mı çalışıyorsunuz, ya da çok az ücret mi alıyorsunuz veya hiç ücret almıyor musunuz?
q-exploit-work-youth = Biri seni para vermeden ya da korktuğun için kendisi adına çalıştırıyor ya da ayak işlerini yaptırıyor mu?
q-exploit-begging-crime = Biri sizi dilenmeye, hırsızlık yapmaya, uyuşturucu satmaya ya da başka suçlar işlemeye zorluyor ya da bunun için baskı yapıyor mu?
q-exploit-begging-crime-youth = Biri sana kendisi için uyuşturucu sattırıyor, hırsızlık yaptırıyor, bir şeyler saklatıyor ya da başka suçlar işletiyor mu?
q-exploit-debt = Biri, örneğin yolculuk, kaldığınız yer ya da iş için ona borçlu olduğunuzu ve bu borcu çalışarak ödemeniz gerektiğini söylüyor mu?
q-exploit-debt-youth = Biri, ona para ya da iyilik borçlu olduğunu ve bunu onun için bir şeyler yaparak ödemen gerektiğini söylüyor mu?
q-exploit-papers = Biri pasaportunuzu, kimlik kartınızı ya da oturma izninizi aldı ve geri vermiyor mu?
q-exploit-papers-youth = Biri pasaportunu ya da kimlik kartını aldı ve geri vermiyor mu?
q-exploit-locked = Biri yalnız dışarı çıkmanızı, istediğiniz kişiyle görüşmenizi ya da ailenizle konuşmanızı engelliyor mu?
q-exploit-locked-youth = Biri yalnız dışarı çıkmanı, arkadaşlarınla görüşmeni ya da ailenle konuşmanı engelliyor mu?
q-exploit-sextortion = Biri, para ödemezseniz, daha fazla fotoğraf göndermezseniz ya da onun dediğini yapmazsanız cinsel içerikli fotoğraflarınızı veya videolarınızı yaymakla sizi tehdit etti mi?
q-exploit-sextortion-youth = Biri, daha fazla göndermezsen, para ödemezsen ya da onun dediğini yapmazsan fotoğraflarını veya videolarını yaymakla seni tehdit etti mi?
q-exploit-grooming = Sadece internetten tanıdığın ve senden büyük olabilecek biri senden cinsel fotoğraflar istedi mi, seninle seks hakkında konuştu mu ya da seninle gizlice buluşmak istedi mi?
q-exploit-sex-forced = Biri sizi istemediğiniz bir cinsel ilişkiye ya da cinsel davranışlara zorladı mı?
q-exploit-sex-forced-youth = Biri seni istemediğin cinsel bir şey yapmaya zorladı mı?
q-exploit-hit = Sizi kontrol eden biri size vurdu, sizi itti ya da size zarar verdi mi?
q-exploit-hit-youth = Seni kontrol eden biri sana vurdu mu, seni itti mi ya da sana zarar verdi mi?
q-exploit-neck = Biri sizi boğmaya çalıştı mı, boğazınızı sıktı mı ya da boğazınıza bastırıp nefes almanızı zorlaştırdı mı?
q-exploit-neck-youth = Biri seni boğmaya çalıştı mı, boğazını sıktı mı ya da nefes almanı zorlaştırdı mı?
q-exploit-weapon = Biri sizi bıçakla, silahla ya da zarar verebilecek başka bir şeyle tehdit etti mi?
q-exploit-weapon-youth = Biri seni bıçakla ya da canını yakabilecek başka bir şeyle tehdit etti mi?
q-exploit-kill = Biri sizi ya da burada veya başka bir ülkede yaşayan ailenizden birini öldürmekle tehdit etti mi?
q-exploit-kill-youth = Biri seni ya da ailenden birini öldüreceğini söyledi mi?
q-exploit-afraid = Hayır derseniz, bırakırsanız ya da oradan ayrılırsanız ne olacağından korkuyor musunuz?
q-exploit-afraid-youth = Hayır dersen ya da onların istediğini yapmayı bırakırsan ne olacağından korkuyor musun?
q-exploit-wage = Başka biri maaşınızı ya da paranızı alıyor veya neler alabileceğinize karar veriyor mu?
q-exploit-wage-youth = Biri eline geçen parayı alıyor mu, ya da neler alabileceğine o mu karar veriyor?
q-exploit-living = Çalıştığınız yerde ya da başka birinin belirlediği yerde mi yaşıyorsunuz, ve istediğiniz zaman oradan taşınamıyor musunuz?
q-exploit-living-youth = Başka birinin belirlediği yerde yaşamak ya da uyumak zorunda mısın, ve istediğin zaman oradan gidemiyor musun?
q-exploit-moved = Biri sizi, karar vermenize izin vermeden farklı daireler, şehirler ya da ülkeler arasında taşıyor mu?
q-exploit-moved-youth = Biri seni, sen karar veremeden farklı yerlere, dairelere ya da şehirlere gönderiyor ya da götürüyor mu?
q-exploit-authorities = Biri, anlatırsanız polisin ya da yetkililerin sizi cezalandıracağını veya ülkeden çıkaracağını söyledi mi?
q-exploit-authorities-youth = Biri, anlatırsan polisin ya da socialtjänsten’in (belediyenin sosyal hizmetleri) seni cezalandıracağını söyledi mi?
q-exploit-sex-control = Para karşılığı seksin ne zaman, nerede ya da kiminle olacağına başka biri mi karar veriyor, ya da parayı başka biri mi alıyor?
q-exploit-sex-control-youth = Cinsel şeyleri ne zaman ve kiminle yapacağına başka biri mi karar veriyor, ya da bunun karşılığında sana verileni başka biri mi alıyor?
q-exploit-debt-grows = Borç, örneğin cezalar, kira ya da masraflar yüzünden sürekli artıyor ve bu yüzden ondan hiç kurtulamıyor musunuz?
q-exploit-debt-grows-youth = Onlara gittikçe daha fazla borçlu olduğunu, bu yüzden borcun hiç bitmeyeceğini mi söylüyorlar?
q-exploit-accounts = Başka biri BankID’nizi (İsveç’teki elektronik kimlik), sözleşmelerinizi ya da adınıza olan başka belgeleri, sizin kullanamayacağınız şekilde elinde tutuyor mu?
q-exploit-accounts-youth = Banka kartın, BankID’n ya da telefonun başka birinde mi, ve bu yüzden onları kendin kullanamıyor musun?
q-exploit-phone = Biri telefonunuzu alıyor, mesajlarınızı okuyor ya da nerede olduğunuzu takip ediyor mu?
q-exploit-phone-youth = Biri telefonunu alıyor, mesajlarını okuyor ya da nerede olduğunu kontrol ediyor mu?
q-exploit-online = Biri, sizin kararınız olmadan internete sizinle ilgili ilanlar, fotoğraflar ya da videolar koydu mu?
q-exploit-online-youth = Biri, sen karar vermeden internete seninle ilgili fotoğraflar, videolar ya da ilanlar koydu mu?
q-exploit-sex-unsafe = Biri sizi prezervatifsiz seks yapmaya ya da hayır dediğiniz şeyleri yapmaya zorladı mı?
q-exploit-sex-unsafe-youth = Biri seni prezervatifsiz seks yapmaya ya da hayır dediğin şeyleri yapmaya zorladı mı?
q-exploit-worse = Son zamanlarda şiddet veya tehditler daha kötü hâle geldi mi ya da daha sık yaşandı mı?
q-exploit-worse-youth = Sana yaptıkları son zamanlarda daha kötü hâle geldi mi ya da daha sık olmaya başladı mı?
q-exploit-always-afraid = Sizi kontrol eden kişi ya da kişiler yakınınızda değilken bile onlardan korkuyor musunuz?
q-exploit-always-afraid-youth = Yakınında değilken bile onlardan korkuyor musun?
q-exploit-suicide-self = Kendi canınıza kıymayı düşündüğünüz oluyor mu?
q-exploit-suicide-self-youth = Ölmek istediğini ya da canına kıymayı düşündüğün oldu mu?
## Questions: someone you are worried about

q-worried-afraid = Endişelendiğiniz kişi birinden korkuyor ya da eve gitmekten çekiniyor gibi görünüyor mu?
q-worried-isolated = Endişelendiğiniz kişi arkadaşlarıyla veya ailesiyle görüşmeyi ya da eskiden sevdiği şeyleri yapmayı bıraktı mı?
q-worried-controlled = Biri, endişelendiğiniz kişi adına, örneğin kiminle görüşebileceğine veya nereye gidebileceğine karar veriyor gibi görünüyor mu?
q-worried-phone = Biri endişelendiğiniz kişinin telefonunu kontrol ediyor mu ya da bu kişi her zaman hemen cevap verip nerede olduğunu söylemek zorunda mı?
q-worried-followed = Endişelendiğiniz kişi, o istemediği hâlde internette ya da gerçek hayatta biri tarafından takip ediliyor, izleniyor ya da sık sık aranıp mesaj alıyor mu?
q-worried-money = Endişelendiğiniz kişinin parası, maaşı ya da banka kartı, kendisi karar veremeyecek şekilde başka birinin kontrolünde mi?
q-worried-injuries = Endişelendiğiniz kişide, açıklamak istemediği ya da açıklayamadığı morluklar veya yaralar gördünüz mü?
q-worried-hit = Birinin endişelendiğiniz kişiye vurduğunu, onu ittiğini ya da zorla tuttuğunu gördünüz mü, duydunuz mu ya da öğrendiniz mi?
q-worried-neck = Birinin endişelendiğiniz kişiyi boğmaya çalıştığını, boğazını sıktığını ya da nefes almasını zorlaştırdığını öğrendiniz mi?
q-worried-weapon = Biri endişelendiğiniz kişiyi bıçakla, silahla ya da zarar verebilecek başka bir şeyle tehdit etti mi?
q-worried-kill = Biri endişelendiğiniz kişiyi ya da ona yakın olan birini öldürmekle tehdit etti mi?
q-worried-sex = Endişelendiğiniz kişi, birinin onu cinsel ilişkiye ya da cinsel davranışlara zorladığını veya bunun için baskı yaptığını anlattı mı?
q-worried-selling-sex = Endişelendiğiniz kişinin seks sattığını ya da birinin onu buna yönelttiğini düşünüyor musunuz?
q-worried-sex-for-things = Endişelendiğiniz kişi, karşılığında seks isteyen birinden para, hediye, uyuşturucu ya da kalacak yer alıyor mu?
q-worried-honour = Endişelendiğiniz kişinin ailesi veya akrabaları, onun hangi arkadaşları olabileceğine, ne giyebileceğine ya da okuyup okuyamayacağına karar veriyor mu?
q-worried-trip = Endişelendiğiniz kişi, isteği dışında nişanlanacağını, evlendirileceğini ya da yurt dışına gönderileceğini söyledi mi, ya da zaten evlendirildi mi?
q-worried-cutting = Birinin çocuğa genital sakatlama (könsstympning) yapmayı – yani bir kız çocuğunun cinsel organını kesmeyi; buna bazen “kız sünneti” denir – planladığını ya da bunun yapılması için çocuğun yurt dışına götürüleceğini öğrendiniz mi?
q-worried-care = Endişelendiğiniz kişi günlük yaşamda yardıma ihtiyaç duyuyorsa: ihtiyacı olan yemek, ilaç ya da başka bir yardım olmadan kalıyor gibi görünüyor mu?
q-worried-care-youth = Endişelendiğin kişi yemeksiz, temiz kıyafetsiz ya da hastayken yardımsız kalıyor gibi görünüyor mu?
q-worried-children-home = Evde şiddeti ya da tehditleri görebilecek veya duyabilecek çocuklar var mı?
q-worried-suicide = Endişelendiğiniz kişi yaşamak istemediğini söyledi mi ya da canına kıymaktan söz etti mi?
q-worried-careful = Endişelendiğiniz kişi, biri kızmasın diye ne söylediğini ve ne yaptığını sık sık düşünüyor gibi görünüyor mu?
q-worried-debts = Endişelendiğiniz kişinin, başka birinin onun adına yaptığı borçları var mı ya da yiyecek ve diğer ihtiyaçları için parasız kalıyor mu?
q-worried-worse = Son zamanlarda durum, örneğin daha fazla yaralanma, daha fazla tehdit ya da daha fazla korkuyla, kötüleşmiş gibi görünüyor mu?
q-worried-leaving = Endişelendiğiniz kişi, korktuğu bir partnerden yakın zamanda ayrıldı mı ya da ayrılmayı düşünüyor mu?
q-worried-could-kill = Birinin onu öldürebileceğini düşünüyor musunuz, ya da o böyle bir şey söyledi mi?
q-worried-sex-images = Birinin endişelendiğiniz kişinin cinsel içerikli fotoğraflarını yaydığını ya da yaymakla tehdit ettiğini gördünüz mü?
q-worried-honour-love = Başka biri, endişelendiğiniz kişinin kiminle birlikte olabileceğine ya da kiminle evlenebileceğine karar veriyor mu?
q-worried-left-alone = Endişelendiğiniz kişi, kendi başına idare edemediği hâlde uzun süre yalnız ya da yardımcı araçları olmadan bırakılıyor mu?
q-worried-children-scared = Evdeki çocuklar sizi endişelendirecek şekilde korkmuş, kaygılı ya da üzgün görünüyor mu?
## Questions: I have hurt or frightened someone close to me

q-used-put-down = Size yakın olan birine hakaret ettiniz mi, onu aşağıladınız mı ya da korkacağı şekilde ona bağırdınız mı?
q-used-control = Partnerinizin ya da ailenizden birinin kiminle görüşebileceğine, nereye gidebileceğine veya ne giyebileceğine karar verdiniz mi?
q-used-control-youth = Çıktığın birinin ya da kardeşinin kiminle görüşebileceğine veya ne giyebileceğine sen mi karar verdin?
q-used-phone = Birinin mesajlarını okudunuz mu, şifrelerini istediniz mi ya da izinsiz telefonunu kontrol ettiniz mi?
q-used-images = Birinin, başkalarının görmesini istemediği fotoğraflarını ya da videolarını yaydınız mı veya yaymakla tehdit ettiniz mi?
q-used-money = Birinin parasını aldınız mı ya da parasını onun kullanamayacağı şekilde kontrol ettiniz mi?
q-used-break = Öfkeliyken eşyaları kırdınız mı, bir şeyler fırlattınız mı ya da duvarlara veya kapılara vurdunuz mu?
q-used-hit = Partnerinize ya da ailenizden birine vurdunuz mu, onu ittiniz mi, tekmelediniz mi ya da zorla tuttunuz mu?
q-used-hit-youth = Ailenden birine, örneğin anne babandan birine ya da bir kardeşine, veya çıktığın birine vurdun mu, onu ittin mi ya da tekmeledin mi?
q-used-neck = Hiç birini boğmaya çalıştınız mı, birinin boğazını sıktınız mı ya da birinin boğazına bastırdınız mı?
q-used-weapon = Birini bıçakla, silahla ya da zarar verebilecek başka bir şeyle tehdit ettiniz mi?
q-used-weapon-youth = Ailenden birini ya da çıktığın birini bıçakla ya da zarar verebilecek başka bir şeyle tehdit ettin mi?
q-used-kill = Gerçekten öyle demek istemeseniz bile, size yakın olan birini öldüreceğinizi söylediniz mi?
q-used-kill-youth = Ailenden birini ya da çıktığın birini, korkacağı şekilde öldürmekle tehdit ettin mi?
q-used-sex = Birini cinsel ilişkiye zorladınız mı ya da baskı yaptınız mı, veya o hayır dediği ya da istemiyor gibi göründüğü hâlde devam ettiniz mi?
q-used-children-see = Evde şiddet uyguladığınızı ya da tehditkâr davrandığınızı çocuklar gördü mü veya duydu mu?
q-used-children-see-youth = Küçük kardeşlerin ya da başka çocuklar, evde şiddet uyguladığını ya da tehditkâr davrandığını gördü mü veya duydu mu?
q-used-afraid = Size yakın olan birinin sizden korktuğunu düşünüyor musunuz?
q-used-exposed = Evde ya da bir ilişkide, birinin sana da zarar verdiği, seni tehdit ettiği ya da seni kontrol ettiği oluyor mu?
q-used-money-work = Partnerinizin ya da ailenizden birinin çalışmasını veya okumasını engellediniz mi ya da onun adına kredi çektiniz mi?
q-used-money-work-youth = Birini sana para ya da eşya vermeye zorladın mı?
q-used-pets = Birini korkutmak için bir hayvana zarar verdiniz mi ya da zarar vermekle tehdit ettiniz mi?
q-used-worse = Son bir yılda bu daha sık oldu mu ya da daha ağır hâle geldi mi?
q-used-sex-sulk = Partneriniz seks istemediğinde sinirlendiniz mi, surat astınız mı ya da tehditkâr davrandınız mı?
q-used-contact-ban = Hakkınızda kontaktförbud (iletişim ve yaklaşma yasağı) olduğu hâlde biriyle iletişime geçtiniz mi ya da onun bulunduğu yere gittiniz mi?
q-used-children-afraid = Siz öfkeliyken bir çocuk sizden korktu mu, ya da sizi durdurmaya veya birini korumaya çalıştı mı?
q-used-careful = Size yakın olan birinin, siz kızmayasınız diye sessizleştiğini ya da dikkatli davrandığını fark ediyor musunuz?
q-used-suicide-self = Kendi canınıza kıymayı düşündüğünüz oluyor mu?
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
category-sexual-text-used = Birine seks için baskı yapmak, örneğin o hayır dediğinde öfkelenerek ya da surat asarak, cinsel şiddettir. Birini zorlamak ayrıca suçtur. Her türlü cinsel ilişki gönüllü olmalıdır; davranışınızı değiştirmek istiyorsanız sizin için yardım var.
category-economic-title = Ekonomik şiddet
category-economic-text = Birinin sizi kontrol etmek için paranızı alması, paranız hakkında karar vermesi ya da sizi borca sokması ekonomik şiddettir.
category-economic-text-worried = Birinin, endişelendiğiniz kişiyi kontrol etmek için onun parasını alması ya da parası hakkında karar vermesi ekonomik şiddettir.
category-economic-text-used = Birini kontrol etmek için parasını almak ya da parası hakkında karar vermek ekonomik şiddettir. Bu değişebilir ve destek var.
category-material-title = Eşyaya ve hayvanlara yönelik şiddet
category-material-text = Birinin sizi korkutmak için eşyalarınızı kırması ya da hayvanınıza zarar vermesi de şiddettir.
category-material-text-used = Eşyaları kırmak ya da hayvanlara zarar vermek başkalarını korkutur ve bir şiddet biçimidir. Bunu bırakmak mümkündür ve bunun için destek var.
category-digital-title = Dijital şiddet
category-digital-text = Birinin telefonunuzu kontrol etmesi, nerede olduğunuzu takip etmesi ya da fotoğraflarınızı yayması, internette olsa bile şiddettir.
category-digital-text-worried = Birinin onun telefonunu kontrol etmesi, nerede olduğunu takip etmesi ya da fotoğraflarını yayması, internette olsa bile şiddettir.
category-digital-text-used = Birinin telefonunu kontrol etmek, nerede olduğunu takip etmek ya da fotoğraflarını yaymak dijital şiddettir. Bunu bırakmak mümkündür ve yardım var.
category-latent-title = Korku içinde yaşamak
category-latent-text = Sürekli korku içinde olmak ve şiddetten kaçınmak için kendinizi buna göre ayarlamak, gizli (latent) şiddet olarak adlandırılır. Bu korku bir şeylerin yanlış olduğunun işaretidir ve sizin suçunuz değildir.
category-latent-text-worried = Sürekli korkmak ve kendini buna göre ayarlamak, gizli (latent) şiddet olarak adlandırılır. Onun korkusu, ciddiye alınması gereken önemli bir işarettir.
category-latent-text-used = Biri sizden korktuğunda ve davranışlarını size göre ayarladığında buna gizli (latent) şiddet denir. Bunu görmeniz önemli bir ilk adımdır.
category-neglect-title = İhmal
category-neglect-text = Günlük yaşamda yardıma ihtiyacınız varsa bu yardımı alma hakkınız vardır, ve size yardım eden hiç kimse size zarar veremez, sizi tehdit edemez ya da aşağılayamaz. Yardım etmemek ya da ihtiyacınız olanı elinizden almak ihmaldir.
category-neglect-text-worried = Yardıma ihtiyacı olan birinin yemeksiz, ilaçsız ya da bakımsız kalması ihmaldir. Onun yardım alma hakkı vardır.
category-honour-title = Namus kaynaklı şiddet ve baskı
category-honour-text = Aileniz veya akrabalarınız, ailenin itibarı için kiminle birlikte olabileceğinize, ne giyebileceğinize ya da kiminle evleneceğinize birlikte karar verdiğinde, bu namus kaynaklı şiddet ve baskı olabilir. Kendi hayatınız hakkında karar verme hakkınız var.
category-honour-text-worried = Ailesi veya akrabaları, ailenin itibarı için onun hayatını, arkadaşlarını, kıyafetlerini ya da evliliğini birlikte kontrol ettiğinde, bu namus kaynaklı şiddet ve baskı olabilir. Onun kendi hayatı hakkında karar verme hakkı vardır.
category-children-witnessing-title = Şiddeti gören veya duyan çocuklar
category-children-witnessing-text = Evde şiddeti gören ya da duyan çocuklar da şiddete maruz kalmış olur. Çocukların korunma ve destek alma hakkı vardır.
category-children-witnessing-text-worried = Evde şiddeti gören ya da duyan çocuklar da şiddete maruz kalmış olur. Socialtjänsten (belediyenin sosyal hizmetleri) çocuğa ve aileye destek olabilir.
category-children-witnessing-text-used = Şiddeti gören ya da duyan çocuklar, aynı odada olmasalar bile bundan çok etkilenir. Yardım almanız onlar için de iyidir.
category-coerced-sex-title = Seks satmaya zorlanmak
category-coerced-sex-text = Hiç kimse sizi seks satmaya zorlayamaz, kandıramaz ya da bunun için baskı yapamaz. İsveç’te yanlış yapan, seks satın alan ya da bundan para kazanan kişidir; asla siz değilsiniz.
category-coerced-sex-text-worried = Hiç kimse bir başkasını seks satmaya zorlayamaz, kandıramaz ya da bunun için baskı yapamaz. İsveç’te seks satan kişi suç işlemiş olmaz ve destek alma hakkı vardır.
category-forced-labour-title = Çalışmaya, dilenmeye ya da suç işlemeye zorlanmak
category-forced-labour-text = Biri sizi sahte vaatlerle buraya getirdiğinde, nerede yaşayıp çalışacağınızı kontrol ettiğinde, sizi bir yerden başka bir yere taşıdığında ya da dilenmeye veya suç işlemeye zorladığında, bu insan ticareti ya da insan sömürüsü olabilir. Yanlış yapan siz değilsiniz ve destek alma hakkınız var.
category-debt-bondage-title = Borç köleliği
category-debt-bondage-text = Birinin size, çalışarak ödemeniz gereken ve hiç bitmeyen bir borcunuz olduğunu söylemesi, sizi kontrol etmenin bir yoludur. Bu insan ticareti olabilir.
category-documents-taken-title = Elinizden alınan pasaport ve belgeler
category-documents-taken-text = Hiç kimse pasaportunuzu, kimliğinizi ya da belgelerinizi alamaz. Sizi kontrol etmek için bunları elinde tutmak bir zorlama işaretidir.
## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Birini boğmak ya da nefes almasını zorlaştıracak şekilde boğazına bastırmak, hiçbir iz görünmese bile en ciddi uyarı işaretlerinden biridir.
danger-weapon = Bıçak, silah ya da başka nesnelerle tehdit etmek ciddi bir uyarı işaretidir.
danger-weapon-access = Evde silah olması ya da tehdit eden kişinin kolayca silah bulabilmesi, ağır şiddet riskini artırır.
danger-threat-to-kill = Öldürme tehditleri, öfkeyle söylenmiş olsalar bile her zaman ciddiye alınmalıdır.
danger-believes-could-kill = Birinin, diğer kişinin kendisini öldürebileceğini düşünmesi önemli bir uyarı işaretidir.
danger-escalation = Şiddet ya da tehditler kötüleştiğinde veya daha sık yaşandığında, ağır şiddet riski artar.
danger-separation = Diğer kişi şiddet uygulamış ya da kontrolcü davranmışsa, ayrılık dönemi özellikle tehlikeli olabilir.
danger-pregnancy = Hamilelik sırasında şiddet, hem hamile olan kişi hem de bebek için ciddi bir uyarı işaretidir.
danger-jealousy = Kontrole, suçlamalara ya da tehditlere yol açan güçlü ve sürekli kıskançlık ciddi bir uyarı işaretidir.
danger-suicide-threats = Birinin, örneğin bir ilişki biterse canına kıymakla tehdit etmesi ciddi bir uyarı işaretidir – yakınındaki diğer kişiler için de.
danger-contact-ban-broken = Bir kontaktförbud (iletişim ve yaklaşma yasağı) kararının çiğnenmesi ciddi bir uyarı işaretidir ve suçtur.
danger-stalking = Sürekli takip edilmek, izlenmek ya da aranıp mesaj almak ciddi bir uyarı işaretidir ve suç olabilir.
danger-forced-trip-or-marriage = Birinin isteği dışında evlilik ya da yurt dışı yolculuğu planları ciddi bir uyarı işaretidir. Yolculuktan önce koruma almak mümkündür.
danger-honour-violence-before = Ailenin veya akrabaların, istedikleri gibi yaşamadığı için daha önce birine karşı şiddet, tehdit ya da zorlama kullanmış olması ciddi bir uyarı işaretidir.
danger-threats-to-children = Çocuklara yönelik tehditler ciddi bir uyarı işaretidir. Çocukların korunma hakkı vardır.
danger-child-sexual-abuse = Hiç kimse bir çocuğa cinsel bir şey yapamaz. Bu ağır bir suçtur ve çocuğun hemen korunma hakkı vardır.
danger-child-sexual-exploitation = Hiç kimse bir çocuğa cinsel bir şey karşılığında para, eşya, uyuşturucu ya da kalacak yer veremez. Bu bir suçtur ve çocuğun korunma hakkı vardır.
danger-child-marriage = İsveç’te 18 yaşından küçük hiç kimse evlenemez ve birini evlenmeye zorlamak suçtur. Nişanlanması ya da evlenmesi için baskı gören bir çocuğun korunma hakkı vardır.
danger-genital-mutilation = Genital sakatlama (könsstympning), başka bir ülkede yapılsa bile İsveç’te yasaktır. Bu risk altındaki bir çocuğun hemen korunma hakkı vardır.
danger-sextortion = Birinin, daha fazla fotoğraf ya da para almak için bir çocuğun fotoğraflarını yaymakla tehdit etmesi ağır bir suçtur. Çocuğun korunma ve destek alma hakkı vardır.
danger-suicidal-thoughts = Canına kıyma düşünceleri her zaman ciddiye alınmalıdır. Günün her saati yardım alınabilir.
## Advice for each warning sign, worded for each reader: -advice for the person it is
## happening to, -advice-worried for someone who is worried and -advice-used for the person
## who has used violence. At most about fifty words; never urge anyone to confront anyone.
## The source of each piece of advice is in a comment above it.

# Source: Glass et al. 2008 and Campbell's Danger Assessment (item 10): strangulation is among the strongest predictors of homicide. Absent marks do not mean absent injury: the police (polisen.se, 2024: 'yttre tecken kan helt saknas') and the Prosecution Authority (aklagare.se, 2025); delayed symptoms in clinical guidance (ACEP). No NCK or 1177 page on delayed symptoms was found.
danger-strangulation-advice = Hiçbir şey görünmese bile aynı gün, mümkünse bir acil serviste, tıbbi yardım alın. Nefes almakta, yutkunmakta ya da konuşmakta zorlanırsanız veya kafanız karışırsa 112’yi arayın. Boğazdaki yaralanmalar ancak daha sonra fark edilebilir. İsterseniz sağlık personeli yaralanmaları kayıt altına alabilir.
danger-strangulation-advice-worried = Hiçbir şey görünmese bile aynı gün tıbbi yardım alması gerekir, çünkü boğazdaki yaralanmalar ancak daha sonra fark edilebilir. Ona eşlik etmeyi önerebilirsiniz. Nefes almakta zorlanırsa 112’yi arayın.
danger-strangulation-advice-used = Birinin boğazını sıkmak, hızlı olsa ve iz bırakmasa bile öldürebilir. Biri nefes almakta zorlanıyorsa ya da bilinci kapalıysa hemen 112’yi arayın. Bırakmak için yardım almak üzere Välj att sluta’yı (şiddeti bırakmak isteyenler için destek hattı) ya da socialtjänsten’i (belediyenin sosyal hizmetleri) arayın.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 (revocation) and 4 (custody of weapons when there is a risk of misuse); DA item 5.
danger-weapon-advice = Biri sizi şu anda bir silahla tehdit ediyorsa 112’yi arayın. Ararken silahtan söz edin. Bir silahın birine karşı kullanılma riski olduğunda polis o kişinin silahlarına el koyabilir.
danger-weapon-advice-worried = Endişelendiğiniz kişi şu anda silahla tehdit ediliyorsa 112’yi arayın ve onun nerede olduğunu söyleyin. Tehdit eden kişiyle yüzleşmeyin.
danger-weapon-advice-used = Tehdit için kullandığınız şeyi bir kenara kaldırın ya da silahları polise teslim edin. Şu anda birine zarar verebileceğinizi hissediyorsanız oradan uzaklaşın ve 112’yi arayın. Välj att sluta ve socialtjänsten bırakmanız için size yardım edebilir.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 and 4; DA item 2; FREDA-farlighetsbedömning (weapons at home).
danger-weapon-access-advice = İsterseniz polise, socialtjänsten’e (belediyenin sosyal hizmetleri) ya da bir destek hattına silah olduğunu söyleyebilirsiniz. Silahların birine zarar vermek için kullanılma riski varsa polis silahlara el koyabilir ve silah ruhsatını iptal edebilir.
# Source: Brottsbalken 4:5 (olaga hot); lag (SFS 1988:688) om kontaktförbud: asked for through the police (114 14) or the Prosecution Authority, decided by a prosecutor or court (polisen.se, aklagare.se); DA item 6.
danger-threat-to-kill-advice = Tehdidi polise bildirebilir ve kontaktförbud (iletişim ve yaklaşma yasağı) isteyebilirsiniz. Mesajları saklayın, neyin ne zaman söylendiğini yazın. Nasıl güvende kalabileceğinizi bir destek hattıyla konuşun.
danger-threat-to-kill-advice-worried = Tehdidi ciddiye alın. O, tehdidi polise bildirebilir ve kontaktförbud (iletişim ve yaklaşma yasağı) isteyebilir. Mesajları saklamasına ve gördüklerinizi ve duyduklarınızı yazmaya yardım edebilirsiniz.
danger-threat-to-kill-advice-used = Öldürme tehditleri korkutur ve öyle demek istemeseniz bile suçtur. Bırakmak için yardım almak üzere Välj att sluta (şiddeti bırakmak isteyenler için destek hattı) ya da socialtjänsten ile iletişime geçin.
# Source: DA item 18 (the person's own belief that the other could kill them); FREDA-farlighetsbedömning's guidance: the person's own estimate of risk is on average as good as the instruments; safety planning with support services as in NCK's and the shelter movement's practice.
danger-believes-could-kill-advice = Hissettiklerinizi ciddiye alın. Bir destek hattıyla, bir kvinnojour, tjejjour ya da mansjour (kadınlar, genç kızlar ya da erkekler için destek merkezi) ile veya socialtjänsten ile birlikte nasıl güvende kalabileceğinize dair bir plan yapın. Şu anda tehlikedeyseniz 112’yi arayın.
danger-believes-could-kill-advice-worried = Bunu ciddiye alın. Bir destek hattını arayın ve ona nasıl destek olabileceğinizi ve onun nasıl güvende kalabileceğini konuşun. Tehdit eden kişiyle yüzleşmeyin. Endişelendiğiniz kişi şu anda tehlikedeyse 112’yi arayın.
# Source: DA item 1; documenting incidents and keeping evidence safe, as NCK and the police advise.
danger-escalation-advice = Neler olduğunu ve ne zaman olduğunu yazın; fotoğrafları ve mesajları başka kimsenin bulamayacağı bir yerde saklayın. Güvenliğinizi bir destek hattıyla ya da socialtjänsten ile birlikte planlayın.
danger-escalation-advice-worried = Bu, riskin arttığının bir işaretidir. Bir destek hattını arayın ve ona nasıl destek olabileceğinizi konuşun. Endişelendiğiniz kişi şu anda tehlikedeyse 112’yi arayın.
danger-escalation-advice-used = Durum kötüleştiğinde birinin ağır şekilde yaralanma riski artar. Şimdi yardım isteyin, örneğin Välj att sluta’dan ya da socialtjänsten’den. Biri tehlikedeyse 112’yi arayın.
# Source: DA item 3; Brå 2007:6 (separation problems and jealousy the most common motives for lethal partner violence); NCK's summary of Brå data (more than half in connection with separation). Never push a person to leave: whether and when is theirs.
danger-separation-advice = Ayrılıktan önceki, ayrılık sırasındaki ve sonraki dönem özellikle tehlikeli olabilir. Ayrılıp ayrılmayacağınıza ve ne zaman ayrılacağınıza siz karar verirsiniz. Ayrılmayı düşünüyorsanız bunu bir destek hattıyla, bir kvinnojour ya da mansjour (kadınlar ya da erkekler için destek merkezi) ile veya socialtjänsten ile sakin sakin planlayabilirsiniz.
danger-separation-advice-worried = Ayrılıktan önceki, ayrılık sırasındaki ve sonraki dönem özellikle tehlikeli olabilir. Ayrılmayı düşünüyorsa, bunu bir destek hattıyla, bir kvinnojour ya da mansjour (kadınlar ya da erkekler için destek merkezi) ile veya socialtjänsten ile planlamasına yardım edebilirsiniz. Kararı veren odur.
# Source: DA item 15; HSLF-FS 2022:39 (replaced SOSFS 2014:4 on 1 November 2022); NCK and Graviditetsregistret: antenatal care asks every pregnant woman about violence, though not every woman recalls being asked.
danger-pregnancy-advice = Şu anda hamileyseniz ebenize neler olduğunu anlatabilirsiniz. Ebeler genellikle şiddeti sorar ve partneriniz olmadan yapılan bir görüşmede de size yol gösterebilir. Bir destek hattıyla da konuşabilirsiniz.
# Source: DA item 14 (violent and constant jealousy).
danger-jealousy-advice = Kıskançlık kimseye kontrol etme ya da tehdit etme hakkı vermez. Kontrolün artıp artmadığına dikkat edin ve neler olduğunu ve nasıl güvende kalabileceğinizi bir destek hattıyla konuşun.
# Source: DA item 16 (the other person's threats or attempts of suicide, which also signal danger to the partner).
danger-suicide-threats-advice = Onun yaptıklarından siz sorumlu değilsiniz. O kişi şu anda acil tehlikedeyse 112’yi arayın. Canına kıymakla tehdit etmesi sizin için de tehlike anlamına gelebilir; bu yüzden kendi güvenliğinizi bir destek hattıyla konuşmaktan çekinmeyin.
# Source: Lag (SFS 1988:688) om kontaktförbud: breaking a ban is a crime; SARA item 8 (violation of no-contact orders).
danger-contact-ban-broken-advice = Kontaktförbud (iletişim ve yaklaşma yasağı) her çiğnendiğinde polise bildirin, ve mesajları, arama kayıtlarını ve bunu gösteren diğer şeyleri saklayın. Şu anda tehlikedeyseniz 112’yi arayın.
danger-contact-ban-broken-advice-used = Bir kontaktförbud (iletişim ve yaklaşma yasağı) kararını çiğnemek suçtur ve korunması gereken kişiyi korkutur. Uzak durun, ve destek almak için Välj att sluta ya da socialtjänsten ile iletişime geçin.
# Source: Brottsbalken 4:4 b (olaga förföljelse); DA item 19; the police on documenting stalking; safety advice on spyware: removing an app can be noticed (as on this tool's safety page).
danger-stalking-advice = Ne zaman ve nerede olduğunu yazın ve mesajları saklayın. Telefonunuzda bilmediğiniz uygulamalar olup olmadığına bakın, ama bunları silerseniz fark edilebileceğini unutmayın. Polise şikâyette bulunabilir ve kontaktförbud (iletişim ve yaklaşma yasağı) isteyebilirsiniz.
danger-stalking-advice-worried = O, ne zaman ve nerede olduğunu yazabilir ve mesajları saklayabilir. Israrlı takip (olaga förföljelse) polise şikâyet edilebilecek bir suçtur. Gördüklerinizi yazmaya yardım edebilirsiniz.
# Source: LVU (SFS 1990:52) 31 a § (utreseförbud, travel ban for a child at risk of being taken abroad and harmed; since 1 July 2020, extended 1 June 2024 by prop. 2023/24:72); brottsbalken 4:4 c (äktenskapstvång); Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland); the Swedish Ministry for Foreign Affairs (UD) gives consular help abroad.
danger-forced-trip-or-marriage-advice = Yolculuktan önce yardım almaya çalışın: socialtjänsten, polis ya da namus kaynaklı şiddet için destek hattıyla iletişime geçin. Çocuklar için socialtjänsten utreseförbud (çocuğun yurt dışına çıkış yasağı) isteyebilir. Yine de yolculuğa çıkarsanız pasaportunuzun bir kopyasını, şarjı dolu bir telefonu ve İsveç büyükelçiliğinin numarasını yanınıza alın.
danger-forced-trip-or-marriage-advice-worried = Aile öğrenmeden, yolculuktan önce harekete geçin: socialtjänsten, polis ya da namus kaynaklı şiddet için destek hattıyla iletişime geçin. Çocuklar için utreseförbud (çocuğun yurt dışına çıkış yasağı) vardır. Zaten yurt dışındaysa İsveç Dışişleri Bakanlığı (UD) yardımcı olabilir.
# Source: PATRIARK (earlier honour-based violence in the family or network).
danger-honour-violence-before-advice = Ailedeki başkalarının başına gelenler, sizin için de riskin daha büyük olduğu anlamına gelebilir. Nasıl güvende kalabileceğinizi socialtjänsten ile ya da namus kaynaklı şiddet için destek hattıyla konuşun. Şu anda tehlikedeyseniz 112’yi arayın.
# Source: DA item 17; socialtjänstlagen (SFS 2025:400), the social services' duty to protect children.
danger-threats-to-children-advice = Tehdit edilen çocukların korunma hakkı vardır. Socialtjänsten (belediyenin sosyal hizmetleri) size ve çocuklara yardım edebilir, ve tehdidi polise bildirebilirsiniz. Bir çocuk şu anda tehlikedeyse 112’yi arayın.
# Source: Brottsbalken chapter 6 (sexual offences against children); socialtjänstlagen (SFS 2025:400): the social services must protect a child who may be harmed; Bris (contacts/national.toml).
danger-child-sexual-abuse-advice = Bu asla senin suçun değil. Güvendiğin bir yetişkine, örneğin okul danışmanına (kurator) ya da okul hemşiresine anlat ya da Bris’i (çocuklar ve gençler için destek hattı) ara. Socialtjänsten (belediyenin sosyal hizmetleri) seni korumak zorundadır. Şu anda tehlikedeysen 112’yi ara.
danger-child-sexual-abuse-advice-worried = Hemen socialtjänsten’e bir endişe bildirimi (orosanmälan) yapın ya da polisi arayın. Çocuğu sorguya çekmeyin ve şüphelendiğiniz kişiyle yüzleşmeyin. Çocuk şu anda tehlikedeyse 112’yi arayın.
# Source: Brottsbalken 6:9 (purchase of a sexual act from a child); socialtjänstlagen (SFS 2025:400).
danger-child-sexual-exploitation-advice = Yanlış yapan asla sen değilsin, seni istismar eden kişidir. Bris ya da socialtjänsten ile konuşabilirsin, ve ungdomsmottagning’de (gençler için sağlık ve danışma merkezi) sağlığın için yardım alabilirsin. Şu anda tehlikedeysen 112’yi ara.
danger-child-sexual-exploitation-advice-worried = Hemen socialtjänsten’e bir endişe bildirimi (orosanmälan) yapın. Bir çocuktan seks satın alan kişi suç işler. Çocuk şu anda tehlikedeyse 112’yi arayın.
# Source: Äktenskapsbalken 2:1 (no one under 18 may marry); brottsbalken chapter 4 (barnäktenskapsbrott and äktenskapstvång, covering marriage-like unions too); LVU 31 a § (utreseförbud: social services apply, the administrative court decides, with interim bans by social services).
danger-child-marriage-advice = Hiç kimse seni evlendiremez; dinî nikâhla ya da yurt dışında da. Socialtjänsten (belediyenin sosyal hizmetleri) seni koruyabilir ve ülke dışına götürülmemen için utreseförbud (çocuğun yurt dışına çıkış yasağı) isteyebilir. Namus kaynaklı şiddet için destek hattını ya da Bris’i arayabilirsin. Şu anda tehlikedeysen 112’yi ara.
# Source: Lag (SFS 1982:316) med förbud mot könsstympning av kvinnor (female genitals; applies also to mutilation abroad); LVU 31 a § (utreseförbud).
danger-genital-mutilation-advice = Güvendiğin bir yetişkine, örneğin okul hemşiresine ya da okul danışmanına (kurator) anlat ya da Bris’i ara. Socialtjänsten seni, örneğin bir yolculuk öncesinde utreseförbud (çocuğun yurt dışına çıkış yasağı) ile koruyabilir. Bir şey zaten olduysa tedavi ve destek alabilirsin. Şu anda tehlikedeysen 112’yi ara.
danger-genital-mutilation-advice-worried = Özellikle bir yolculuk öncesinde hemen socialtjänsten’e bir endişe bildirimi (orosanmälan) yapın. Socialtjänsten çocuk için utreseförbud (çocuğun yurt dışına çıkış yasağı) isteyebilir. Aileyle kendiniz iletişime geçmeyin.
# Source: Child-protection practice (Bris; the police on sexual extortion of children): do not send more or pay, keep the evidence, tell an adult, report; brottsbalken chapter 6.
danger-sextortion-advice = Bu senin suçun değil. Başka fotoğraf gönderme ve para ödeme. Mesajları sakla, sonra o kişiyi engelle. Güvendiğin bir yetişkine anlat ya da Bris’i ara. Fotoğrafları kendin göndermiş olsan bile polise şikâyette bulunabilirsin.
# Source: DA item 20 (the person's own thoughts or attempts of suicide); Mind's Självmordslinjen (contacts/national.toml); NASP at Karolinska Institutet: asking directly about suicide does not increase the risk.
danger-suicidal-thoughts-advice = Yalnız değilsiniz. Självmordslinjen’i (intihar önleme destek hattı) günün her saati arayabilir ya da onlarla yazışabilirsiniz, ve adınızı vermeden konuşabilirsiniz. Şu anda kendinize zarar vermeyi düşünüyorsanız 112’yi arayın.
danger-suicidal-thoughts-advice-worried = Bunu ciddiye alın ve açıkça sorun: “Canına kıymayı düşünüyor musun?” Sormak riski artırmaz. Självmordslinjen (intihar önleme destek hattı), biri için endişelenenlerin aramalarını da kabul eder. Endişelendiğiniz kişi acil tehlikedeyse 112’yi arayın.
danger-suicidal-thoughts-advice-used = Yalnız değilsiniz. Självmordslinjen’i (intihar önleme destek hattı) günün her saati arayabilir ya da onlarla yazışabilirsiniz, ve adınızı vermeden konuşabilirsiniz. Şu anda kendinize ya da başka birine zarar vermeyi düşünüyorsanız 112’yi arayın.
## Result: fixed parts

result-title = Yanıtlarınızın anlattıkları
result-intro = Verdiğiniz yanıtlar bir ya da daha fazla şiddet biçimini anlatıyor. Aşağıda bunların nasıl adlandırıldığını ve nereden destek alabileceğinizi okuyabilirsiniz.
result-none = Yanıtlarınızın hiçbiri şiddeti anlatmadı. Yine de bir şeyler yanlış geliyorsa biriyle konuşabilirsiniz. Hislerinize güvenin.
result-none-worried = Yanıtlarınızın hiçbiri endişelendiğiniz kişiye yönelik şiddeti anlatmadı. Yine de hislerinize güvenin: endişenizi bir destek hattıyla konuşabilirsiniz.
result-danger-unanswered = Ciddi tehlikeyle ilgili bazı soruları yanıtsız bıraktınız, bunda bir sakınca yok. Güvenliğiniz için korkuyorsanız her zaman 112’yi arayabilirsiniz; aşağıdaki destek hatları da neyin en güvenli olduğunu düşünmenize yardım edebilir.
result-danger-unanswered-worried = Ciddi tehlikeyle ilgili bazı soruları yanıtsız bıraktınız, bunda bir sakınca yok. Endişelendiğiniz kişinin şu anda tehlikede olduğunu düşünüyorsanız 112’yi arayın. Aşağıdaki destek hatları, ona nasıl destek olabileceğinizi düşünmenize yardım edebilir.
result-danger-unanswered-used = Ciddi tehlikeyle ilgili bazı soruları yanıtsız bıraktınız, bunda bir sakınca yok. Birine zarar vermekten korkuyorsanız ya da biri tehlikedeyse 112’yi arayın. Välj att sluta (şiddeti bırakmak isteyenler için destek hattı) ve socialtjänsten size yardım edebilir.
result-urgent-title = Şu anda tehlikedeyseniz 112’yi arayın
# Source: SOS Alarm, https://www.sosalarm.se/112 (the operator asks what happened, where and from which number; calls from smartphones are positioned automatically, AML) and https://www.sosalarm.se/Pressrum/Fragor-och-svar/ (stay on the line).
result-urgent-text = Ne olduğunu ve nerede olduğunuzu söyleyin. Arama ücretsizdir. Cep telefonundan aradığınızda SOS Alarm çoğu zaman nerede olduğunuzu görebilir. Yapabiliyorsanız telefonu kapatmayın.
result-urgent-title-worried = Endişelendiğiniz kişi şu anda tehlikedeyse 112’yi arayın
result-urgent-text-worried = Endişelendiğiniz kişi şu anda tehlikedeyse 112’yi arayın. Nerede olduğunu ve ne olduğunu söyleyin. Arama ücretsizdir.
result-urgent-signs-intro = Bunu önce gösteriyoruz, çünkü yanıtlarınızda ciddi bir uyarı işareti olabilecek bir şey var:
result-advice-youth = 18 yaşından küçüksen Bris (çocuklar ve gençler için destek hattı), okul danışmanı (kurator), okul hemşiresi ya da güvendiğin başka bir yetişkinle de konuşabilirsin. Bununla tek başına baş etmek zorunda değilsin.
result-advice-youth-worried = Sen de 18 yaşından küçüksen güvendiğin bir yetişkine anlatabilir ya da Bris’i arayabilirsin; gerisi için sana yardım ederler.
result-not-your-fault = Başınıza gelenler sizin suçunuz değil. Hiç kimsenin size zarar vermeye, sizi tehdit etmeye ya da kontrol etmeye hakkı yok.
result-right-to-support = Nereden geldiğiniz ve oturma izniniz olup olmadığı fark etmeksizin, bulunduğunuz belediyedeki socialtjänsten’den (belediyenin sosyal hizmetleri) destek isteme hakkınız var. Onlarla iletişime geçmek ücretsizdir.
result-everyone-welcome = Yaşınız, cinsiyetiniz, kökeniniz, cinsel yöneliminiz, engelliliğiniz ya da bağımlılığınız ne olursa olsun destek alma hakkınız var. Alkol ya da uyuşturucu kullanmanız veya oturma izninizin olmaması, destek almanıza asla engel değildir.
result-everyone-welcome-worried = Endişelendiğiniz kişinin yaşı, cinsiyeti, kökeni, cinsel yönelimi, engelliliği ya da bağımlılığı ne olursa olsun destek alma hakkı var. Alkol, uyuşturucu ya da oturma izninin olmaması kimsenin destek almasına asla engel değildir.
result-everyone-welcome-used = Yaşınız, cinsiyetiniz, kökeniniz, cinsel yöneliminiz, engelliliğiniz ya da bağımlılığınız ne olursa olsun, şiddeti bırakmak için destek alabilirsiniz. Alkol ya da uyuşturucu kullanmanız destek almanıza engel değildir.
result-child-protection-title = Korunma hakkın var
result-child-protection-1 = 18 yaşından küçüksün. Bu yüzden socialtjänsten (belediyenin sosyal hizmetleri) nasıl olduğunu araştırmak ve biri sana zarar veriyorsa, seni tehdit ediyorsa ya da istismar ediyorsa seni korumak zorundadır.
result-child-protection-2 = Socialtjänsten’i kendin arayabilir ya da oraya gidebilirsin, veya güvendiğin bir yetişkinden, örneğin okul danışmanından (kurator), sana yardım etmesini isteyebilirsin.
result-child-protection-3 = Kim olduğunu söylemeden Bris (çocuklar ve gençler için destek hattı) ile de konuşabilirsin. Bris aşağıdaki iletişim bilgileri arasında var.
result-what-happens-title = İletişime geçersem ne olur?
result-what-happens-1 = Konuşmak ve tavsiye almak için bir destek hattını arayarak başlayabilirsiniz. Ne anlatacağınıza kendiniz karar verirsiniz.
result-what-happens-2 = Socialtjänsten (belediyenin sosyal hizmetleri) size destek görüşmeleri sunabilir, nasıl güvende kalabileceğinizi planlamanıza yardım edebilir ve taşınmanız gerekirse korunaklı bir barınma yeri bulmanıza yardımcı olabilir.
result-what-happens-3 = Adım adım ilerleyebilirsiniz. Daha fazlasını anlatmadan önce bundan sonra ne olacağını sormaktan çekinmeyin.
result-show-local = Yakınımdaki yardımı göster
result-start-over = Baştan başla
result-start-over-hint = Verdiğiniz tüm yanıtlar unutulur.
## Result: for someone who has hurt or frightened someone

result-used-intro = Yanıtlarınız, size yakın olan birine zarar verebilecek ya da onu korkutabilecek şeyler yaptığınızı anlatıyor.
result-used-responsibility = Bu soruları yanıtlamış olmanız önemli bir adım. Şiddet bir seçimdir ve bırakmayı seçebilirsiniz. Bunun için yardım var, örneğin Välj att sluta (şiddeti bırakmak isteyenler için destek hattı) ve belediyenizdeki socialtjänsten (belediyenin sosyal hizmetleri).
result-used-responsibility-youth = Bu soruları yanıtlamış olman önemli bir adım. Başkalarına zarar vermeyi ya da onları korkutmayı bırakmayı öğrenmek mümkün, ve bu konuda sana yardım edebilecek yetişkinler var, örneğin Bris (çocuklar ve gençler için destek hattı) ve socialtjänsten (belediyenin sosyal hizmetleri).
result-used-urgent-text = Şu anda birine zarar vermekten korkuyorsanız ya da biri tehlikedeyse 112’yi arayın.
result-used-none = Yanıtlarınız sorduğumuz şeylerin hiçbirini anlatmadı. Yine de size yakın birine karşı davranışlarınızdan endişe ediyorsanız Välj att sluta (şiddeti bırakmak isteyenler için destek hattı) ya da socialtjänsten (belediyenin sosyal hizmetleri) ile konuşabilirsiniz. Adınızı vermeden konuşabilirsiniz.
result-used-children = Şiddeti gören ya da duyan çocukların desteğe ihtiyacı vardır. Socialtjänsten (belediyenin sosyal hizmetleri) hem size hem çocuklara destek olabilir, ve onlarla kendiniz iletişime geçmeniz iyi bir adımdır.
result-used-also-exposed = Birinin sana da zarar verdiğini, seni tehdit ettiğini ya da seni kontrol ettiğini anlattın. Bu kabul edilebilir bir şey değil ve bunun için destek alma hakkın var. Bris ya da socialtjänsten ile konuşabilirsin, ve sana olanlarla ilgili soruları da yanıtlayabilirsin.
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
