# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren, gençlerin yaşadıklarının şiddet olup olmadığını ve nereden yardım alabileceklerini kendi başlarına öğrenmelerine yardımcı olur. Burada bir öğrenciye nasıl destek olabileceğinizi okuyabilirsiniz.
staff-what-1 = Araç; yakın ilişkilerde şiddet, namus kaynaklı şiddet ve baskı, seks için baskı görmek ya da istismar edilmek ve birine zarar vermiş olmak hakkında sorular sorar. 18 yaşından küçük olanlar gençler için yazılmış soruları görür.
staff-what-2 = Yanıtlar, hangi şiddet biçimlerinin söz konusu olabileceğini ve hangi destek hatlarının ve iletişim noktalarının uygun olduğunu gösterir. Yanıtlarda ciddi bir uyarı işareti varsa önce 112 gösterilir. Öğrenci ne yapacağına kendisi karar verir.
staff-what-3 = Hiçbir şey kaydedilmez ya da gönderilmez. Öğrencinin ne yanıt verdiğini ne siz ne de okul görebilir.

staff-talk-title = Şiddete maruz kalıyor olabilecek bir gençle konuşmak
staff-talk-1 = Rahatsız edilmeyeceğiniz bir yerde, sakin bir şekilde dinleyin. Öğrencinin kendi sözleriyle anlatmasına izin verin.
staff-talk-2 = Öğrencinin anlattıklarına inanın ve anlatmasının iyi olduğunu söyleyin. Bu asla onun suçu değildir.
staff-talk-3 = Sır olarak saklayacağınıza söz vermeyin. Socialtjänsten’e (belediyenin sosyal hizmetleri) bildirim yapmanız gerekebileceğini ve nedenini dürüstçe söyleyin.
staff-talk-4 = Öğrencinin ailesinden biri tarafından şiddete ya da tehdide, veya namus kaynaklı şiddete maruz kaldığından şüpheleniyorsanız velilerle iletişime geçmeyin. Bu, öğrenciyi tehlikeye atabilir. Aileyle ne zaman ve nasıl iletişime geçileceğine socialtjänsten karar versin.
staff-talk-5 = Aileden ya da ailenin çevresinden bir tercüman kullanmayın. Profesyonel bir sözlü tercüman ayarlayın, örneğin başka bir şehirden telefonla tercümanlık yapan birini, ve öğrenciye bu tercümanla kendini güvende hissedip hissetmediğini sorun.
staff-talk-6 = Öğrencinin ne söylediğini, öğrencinin kendi sözleriyle ve ne zaman söylendiğiyle birlikte yazın. Kendi yorumlarınızı gerçekmiş gibi yazmayın.
staff-talk-7 = Yönlendirici sorular sormayın ve öğrenciyi kendiniz sorguya çekmeyin. Durumu araştırmak socialtjänsten’in ve polisin görevidir.

staff-same-day-title = Aynı gün
staff-same-day-1 = Aynı gün socialtjänsten’e bildirim yapın. Daha fazlasını öğrenmek için beklemeyin.
staff-same-day-2 = Okul müdürüne ya da öğrenci sağlığı ekibine (elevhälsan) haber verin. Bildirim yükümlülüğünün yine de size ait olduğunu unutmayın.
staff-same-day-3 = Öğrenci tehlikedeyse ya da eve gitmeye cesaret edemiyorsa hemen socialtjänsten’i arayın. Mesai saatleri dışında socialjouren’i (sosyal hizmetlerin nöbetçi birimi), acil bir durumsa 112’yi arayın.
staff-same-day-4 = Eve gitmekten korkan bir öğrenciyi, socialtjänsten’e ya da socialjouren’e ulaşmadan eve göndermeyin.

staff-duty-title = Bildirim yükümlülüğü (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Okulda çalışan herkes, bir çocuğun zarar gördüğünü öğrenirse ya da bundan şüphelenirse bunu derhâl socialtjänsten’e (belediyenin sosyal hizmetleri) bildirmekle yükümlüdür. Buna anmälningsskyldighet (bildirim yükümlülüğü) denir ve socialtjänstlagen’de (Sosyal Hizmetler Yasası, SFS 2025:400) yer alır.
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
