# Vägvisaren — Türkçe.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

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

start-title = Size doğru gelmeyen bir şeyler mi oluyor? Burada şiddet hakkında ve nereden yardım alabileceğiniz hakkında sakin sakin okuyabilirsiniz.
start-lead = Size ya da endişelendiğiniz birine olanlarla ilgili birkaç soruyu yanıtlayın. Bunun ne olarak adlandırılabileceğini ve nereden destek alabileceğinizi öğrenirsiniz. Yanıtların sizin için ne anlama geldiğine siz karar verirsiniz.
start-duration = Yaklaşık beş ile on dakika sürer. Soruları atlayabilir ve istediğiniz zaman bırakabilirsiniz.
start-private = Verdiğiniz yanıtların hiçbiri kaydedilmez ya da bir yere gönderilmez. Yanıtlarınız, sayfayı kapatana kadar yalnızca telefonunuzda veya bilgisayarınızda kalır.
start-quick-exit = “Sayfadan hızla çık” düğmesi her zaman en üsttedir. Shift tuşuna üç kez basarak da çıkabilirsiniz.
start-emergency = Şu anda tehlikede misiniz? 112’yi arayın.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Neyi öğrenmek istiyorsunuz?
flow-path-partner = Benimle ilgili – partnerim veya eski partnerim
flow-path-family = Benimle ilgili – ailem, akrabalarım ya da günlük yaşamda bana yardım eden biri
flow-path-exploitation = Benimle ilgili – biri beni seks satmaya itiyor ya da işimi, paramı veya belgelerimi kontrol ediyor
flow-path-worried = Endişelendiğim biriyle ilgili
flow-path-used-violence = Bana yakın olan birine zarar verdim ya da onu korkuttum
flow-path-partner-youth = Benimle ilgili – çıktığım ya da flört ettiğim biri
flow-path-family-youth = Benimle ilgili – ailem ya da akrabalarım
flow-path-exploitation-youth = Benimle ilgili – biri internette ya da gerçek hayatta cinsel şeyler yapmam için bana baskı yapıyor ya da beni kendisi için çalıştırıyor veya bana suç işletiyor
flow-path-worried-youth = Bir arkadaşım ya da endişelendiğim başka biriyle ilgili
flow-path-used-violence-youth = Ailemden birine ya da çıktığım birine zarar verdim veya onu korkuttum
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

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = Bu sayfada güvenliğiniz

## Help view (reachable without the questions)

help-title = Yardım bul
help-intro = Yakın ilişkide şiddete, namus kaynaklı şiddet ve baskıya, prostitüsyona ya da insan ticaretine maruz kalıyorsanız, biri için endişeleniyorsanız ya da şiddet uygulamayı bırakmak istiyorsanız, burada tüm İsveç’te hizmet veren destek hatlarını ve belediyenizdeki iletişim noktalarını bulabilirsiniz. Kime başvuracağınıza ve ne anlatacağınıza kendiniz karar verirsiniz.
help-emergency = Şu anda tehlikede misiniz? 112’yi arayın.
help-not-sure = Bunun şiddet olduğundan emin olmasanız bile arayabilirsiniz. Endişelenmeniz ya da konuşmak istemeniz yeterlidir.

help-what-happens-title = Bir destek hattını aradığınızda olacaklar
help-what-happens-1 = Biri sizi dinler ve anlattıklarınızı ciddiye alır.
help-what-happens-2 = Ne anlatmak istediğinize kendiniz karar verirsiniz ve görüşmeyi istediğiniz zaman bitirebilirsiniz.
help-what-happens-3 = Birçok destek hattı ücretsizdir ve birçoğunda adınızı vermeden konuşabilirsiniz. Bu bilgi her iletişim kartında yazar.
help-what-happens-4 = Birçok destek hattı sözlü tercüman ayarlayabilir; böylece kendi dilinizde konuşabilirsiniz.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = { $municipality } için henüz socialtjänsten’in (belediyenin sosyal hizmetleri) telefon numarası elimizde yok. Belediyenin santralini (växel) arayın ve socialtjänsten (belediyenin sosyal hizmetleri) ile görüşmek istediğinizi söyleyin. Mesai saatleri dışında socialjouren’i (sosyal hizmetlerin nöbetçi birimi) sorabilir ya da acil bir durumsa 112’yi arayabilirsiniz.

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
contact-interpreter = Sözlü tercüman ayarlanabilir
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Şu dillerde de konuşabilirsiniz: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Bilgilerin kaynaktan okunduğu tarih: { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = Kaynak sayfanın kendi tarihi: { $date }
contact-source-third-party = Bilgiler, kuruluşun kendi sayfasından değil, yalnızca başka bir sayfadan alınmıştır
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = Kaynağa göre bu hattın { $date } tarihine kadar parası (finansmanı) vardı. Hattın hâlâ var olup olmadığını bilmiyoruz.
contact-switchboard = Bu numara belediyenin santraline (växel) bağlanır. Socialtjänsten (belediyenin sosyal hizmetleri) ile görüşmek istediğinizi söyleyin.
contact-via-112 = Nöbetçi birime, 112’yi arayıp socialjouren (sosyal hizmetlerin nöbetçi birimi) ile görüşmek istediğinizi söyleyerek ulaşabilirsiniz.
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
kind-mens-shelter = Mansjour (erkekler için destek merkezi)
kind-youth-clinic = Ungdomsmottagning (gençler için sağlık ve danışma merkezi)
kind-perpetrator-programme = Şiddeti bırakmak için destek
kind-victim-support = Suç sonrası destek
kind-health = Sağlık hizmetleri
kind-suicide-prevention = İntihar düşünceleri için destek

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

result-contacts-title = Buradan destek alabilirsiniz

## School staff page

staff-title = Okulda çalışanlar için
staff-load-failed = Sayfa yüklenemedi. Bağlantınızı kontrol edip yeniden deneyin.
plan-load-failed = Güvenlik planı yüklenemedi. Bağlantınızı kontrol edip yeniden deneyin.
text-load-failed = Metin yüklenemedi. Bağlantınızı kontrol edip yeniden deneyin.
text-load-retry = Yeniden dene
read-aloud = Sesli oku
read-aloud-stop = Sesli okumayı durdur

## About Vägvisaren

about-title = Vägvisaren hakkında
language-status-marker = makine çevirisi

## Navigation

nav-start-questions = Soruları yanıtlamaya başla
nav-help = Yardım bul
nav-safety = Güvenliğiniz
nav-staff = Okul çalışanları için
nav-about = Bu sayfa hakkında
nav-plan = Güvenlik planı hazırla
nav-back = Geri
nav-next = İleri
nav-home = Ana sayfaya dön

