# Vägvisaren — the safety plan.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.
# Loaded only when someone opens the safety plan. Calm, plain and in the second person. The plan
# never urges anyone to leave or to stay: both are real choices.

## Plan
plan-title = Güvenlik planım
plan-intro = Burada güvende kalmanıza yardımcı olabilecek şeyleri yazabilirsiniz. Neyi dolduracağınıza siz karar verirsiniz; size uymayanları atlayabilirsiniz.
plan-not-kept = Hiçbir şey kaydedilmez ya da gönderilmez. Yazdıklarınız yalnızca sayfayı kapatana, “Baştan başla” düğmesine basana ya da sayfadan hızla çıkana kadar kalır.
plan-print-warning = Planı yazdırırsanız ya da PDF olarak kaydederseniz, geride kalan bir kopya oluşur. Onu nerede sakladığınızı düşünün: yazdırılmış bir planı başka biri bulabilir.
plan-print = Yazdır ya da PDF olarak kaydet
plan-suggestions-title = Yanıtlarınıza göre öneriler
plan-suggestions-note = Öneriler yalnızca burada gösterilir ve çıktıya dahil edilmez.
plan-empty-field = (hiçbir şey yazılmadı)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = Yaralandıysanız, hiçbir şey görünmese bile tıbbi yardım alabilirsiniz. Sağlık personeli yaralanmaları kayıt altına da alabilir.
plan-suggest-children = Çocuklar için de bir plan yapabilirsiniz: nereye gidebilecekleri ve kimi arayabilecekleri.
plan-suggest-trip = Bir yolculuk planlanıyorsa: yolculuktan önce ne yapacağınızı ve kiminle iletişime geçeceğinizi yazın.
plan-suggest-leaving = Ayrılmayı düşünüyorsanız: ayrılık dönemi tehlikeli olabilir. Bunu bir destek hattıyla, bir jour (kadınlar, genç kızlar ya da erkekler için destek merkezi) ile ya da socialtjänsten (belediyenin sosyal hizmetleri) ile planlamak iyi olabilir.
plan-suggest-phone = İşe telefonunuzdan ve hesaplarınızdan başlayabilirsiniz: biri nerede olduğunuzu ya da ne yazdığınızı takip ediyor olabilir.
plan-suggest-weapons = Silah varsa polise söyleyin. Şiddet riski olduğunda polis silahlara el koyabilir.
plan-suggest-suicide = Självmordslinjen’i (intihar önleme destek hattı) arayabileceğiniz kişilerin arasına yazabilirsiniz. Günün her saati açıktır.

## People to call
plan-people-title = Arayabileceğim kişiler
plan-people-advice = Güvendiğiniz birkaç kişi seçin. Onlara ulaştığınızda ne yapacaklarına, örneğin 112’yi aramalarına, birlikte karar verin.
plan-people-field = Güvendiğim kişilerin adları ve telefon numaraları
plan-codeword-field = Yardıma ihtiyacım olduğu anlamına gelen bir şifre sözcük

## A safe place
plan-place-title = Güvenli bir yer
plan-place-advice = Bir süre güvende olabileceğiniz yerleri düşünün; örneğin diğer kişinin tanımadığı birinin yanı ya da günün her saati açık olan yerler.
plan-place-field = Hızla uzaklaşmam gerekirse gidebileceğim yer

## What to keep ready
plan-ready-title = Hazır tutulacak şeyler
plan-ready-advice = Önemli şeyleri bir arada tutmak ya da kopyalarını güvendiğiniz birinde bırakmak iyi olabilir: kimlik kartı ve pasaport, BankID ve banka kartları, anahtarlar, ilaçlar, para, bir şarj aleti ve çocukların belgeleri.
plan-ready-field = Bunları nerede sakladığım ya da kopyaların kimde olduğu

## Phone and accounts
plan-phone-title = Telefon ve hesaplar
plan-phone-advice = Şifrelerinizi başka kimsenin erişemediği bir telefondan ya da bilgisayardan değiştirin ve konum paylaşımının açık olup olmadığına bakın. Bir şeyi değiştirirseniz bunun fark edilebileceğini unutmayın: size en güvenli gelen şeyi yapın.
plan-phone-field = Kontrol etmek ya da değiştirmek istediklerim

## Children
plan-children-title = Çocukların planı
plan-children-advice = Çocuklar, evde huzursuzluk olduğunda nereye gideceklerini ve kimi arayacaklarını öğrenebilir. Çocuklar 112’yi ve Bris’i (çocuklar ve gençler için destek hattı) arayabilir. Socialtjänsten (belediyenin sosyal hizmetleri) çocuklara destek olabilir.
plan-children-field = Çocukların yapacakları ve arayabilecekleri kişiler

## Staying or leaving: both are legitimate
plan-stay-title = Kalırsam
plan-stay-advice = Birçok kişi bir süreliğine ya da kalıcı olarak kalır, ve bu da gerçek bir seçimdir. Hangi odalardan dışarı çıkabileceğinizi ve ortam gerginleştiğinde kimi arayabileceğinizi düşünün.
plan-stay-field = Yaşadığım yerde daha güvende olmak için yaptıklarım
plan-leave-title = Ayrılmak istersem
plan-leave-advice = Ayrılık dönemi tehlikeli olabilir. Bunu bir destek hattıyla, bir jour (destek merkezi) ile ya da barınma konusunda yardım edebilecek socialtjänsten ile planlamak iyi olabilir.
plan-leave-field = Önceden ayarlamam gerekenler ve bana kimin yardım edebileceği

## For young people
plan-youth-title = Güvendiğim bir yetişkin
plan-youth-advice = Kim olduğunu söylemeden her zaman Bris’i (çocuklar ve gençler için destek hattı) arayabilirsin. Okul danışmanı (kurator) ve okul hemşiresi seni dinleyebilir ve socialtjänsten (belediyenin sosyal hizmetleri) ile iletişime geçmene yardım edebilir.
plan-youth-field = Konuşabileceğim bir yetişkin, örneğin okul danışmanı, bir öğretmen ya da akrabalarımdan biri

## A feared trip abroad
plan-trip-title = Bir yolculuk öncesinde
plan-trip-advice = Yolculuktan önce socialtjänsten’e, polise ya da namus kaynaklı şiddet için destek hattına anlatın. Çocuklar için socialtjänsten utreseförbud (çocuğun yurt dışına çıkış yasağı) isteyebilir. O ülkedeki İsveç büyükelçiliğinin adresini kaydedin.
plan-trip-field = Yolculuktan önce yapacaklarım ve iletişime geçeceğim kişiler

## Exploitation
plan-papers-title = Belgelerim ve nereden destek alabileceğim
plan-papers-advice = Pasaportunuzun ve diğer belgelerinizin fotoğrafını ya da kopyasını alın ve başka kimsenin erişemeyeceği bir yerde saklayın. Oturma izniniz olmasa bile polisle ve socialtjänsten ile iletişime geçebilirsiniz.
plan-papers-field = Yanımda olmasını istediğim kopyalar ve telefon numaraları

## For someone who has used violence: when anger rises
plan-anger-title = Öfke büyüdüğünde
plan-anger-advice = Bir şey yapmadan önce bedeninizdeki ve düşüncelerinizdeki işaretleri tanımayı öğrenin. Oradan uzaklaşın: ara verdiğinizi söyleyin ve sakinleşince geri dönün. Ne yapacağınıza siz karar verirsiniz.
plan-anger-signs-field = Uyarı işaretlerim
plan-anger-do-field = Bunları fark ettiğimde yapacaklarım
plan-anger-call-field = Arayabileceğim kişi ya da hat, örneğin Välj att sluta
