# Vägvisaren — the safety page and the about page.
# Loaded when someone opens the safety page or the about page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

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
safety-read-aloud-title = Sesli okuma
safety-read-aloud-1 = “Sesli oku” düğmesi yalnızca telefonunuzda ya da bilgisayarınızda bulunan sesleri kullanır. Hiçbir metin herhangi bir seslendirme hizmetine gönderilmez.
safety-read-aloud-2 = Yakınınızdaki birinin sesli okunanları duyabileceğini unutmayın. Sayfadan hızla çıktığınızda sesli okuma durur.
safety-transparency-title = Bu sayfa hiçbir şey kaydetmez ve hiçbir şey göndermez
safety-transparency-1 = Bu sayfa telefonunuza ya da bilgisayarınıza hiçbir şey kaydetmez, çerez bile. Dil ve belediye seçiminiz yalnızca sayfayı kapatana kadar kalır.
safety-transparency-2 = Yanıtlarınız hiçbir zaman bir yere gönderilmez. Ne yanıt verirseniz verin, sayfa yalnızca herkes için indirdiği dosyaların aynısını indirir.
safety-transparency-3 = Sesli okuma yalnızca telefonunuzdaki ya da bilgisayarınızdaki seslerle yapılır; bu yüzden okunan hiçbir şey bir yere gönderilmez.
safety-transparency-intro = Kendiniz görün: aşağıdaki liste, sayfayı açtığınızdan beri sayfanın yaptığı her isteği gösterir.
safety-transparency-empty = Sayfa henüz hiçbir istek yapmadı.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] Sayfa bir istek yaptı.
   *[other] Sayfa { $count } istek yaptı.
}
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren bağımsız bir araçtır, bir kamu kurumu değildir. Bildirim kabul edemeyiz ve durumunuzla ilgili soruları yanıtlayamayız.
about-free = Vägvisaren ücretsizdir. Giriş yapmanız ya da kim olduğunuzu söylemeniz gerekmez.
about-private = Verdiğiniz yanıtların hiçbiri kaydedilmez ya da gönderilmez. Sunucu, sayfayı kimin ziyaret ettiğine dair hiçbir bilgi tutmaz.
about-contacts-title = İletişim bilgilerini nasıl kontrol ediyoruz
about-contacts-1 = Her numaranın ve çalışma saatinin bir kaynağı, örneğin destek hattının kendi web sitesi, ve o kaynağı okuduğumuz tarih vardır. Kaynak sayfa kendisi bir tarih belirtiyorsa onu da gösteririz.
about-contacts-2 = Hiçbir kaynağın belirtmediği bir numarayı asla göstermeyiz. Bir şey değiştiyse, destek hattının kendi web sitesinde yazan geçerlidir.
about-read-aloud = Sesli okuma yalnızca telefonunuzda ya da bilgisayarınızda bu dil için bir ses varsa çalışır. Yoksa sesli okuma düğmesi gösterilmez.
about-languages-title = Diller
about-languages-intro = Metinler önce İsveççe yazılır, sonra çevrilir. Her dilde geldiğimiz nokta şöyle:
about-languages-method = Her çeviri İsveççeden yapılmış bir makine çevirisidir. Ardından çeviri, İsveççe metni görmemiş başka bir makine çevirisiyle İsveççeye geri çevrilir, ve cümleleri tek tek karşılaştırıp farklı olanları düzeltiriz. Bu, metnin anadili bu dil olan biri tarafından kontrol edilmesiyle aynı şey değildir.
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = kaynak dil
status-reviewed = çevrildi ve anadili bu dil olan biri tarafından kontrol edildi
status-unreviewed = çevrildi, ancak henüz kontrol edilmedi
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = makine çevirisi; sözlük ve geri çeviri { $date } tarihinde kontrol edildi; henüz anadili bu dil olan biri tarafından kontrol edilmedi
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = standart İsveççe metinden kolay okunur İsveççeye yeniden yazıldı; anlam { $date } tarihinde geri çeviriyle kontrol edildi; henüz kolay okunur metin editörü tarafından kontrol edilmedi
safety-transparency-refresh = Listeyi yenile
