# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren یارمەتیی گەنجان دەدات بۆ ئەوەی خۆیان بزانن ئایا ئەوەی بەسەریاندا دێت توندوتیژییە، و لە کوێ دەتوانن یارمەتی وەربگرن. لێرە دەتوانیت بخوێنیتەوە کە چۆن پشتگیریی قوتابییەک بکەیت.
staff-what-1 = ئامرازەکە پرسیار دەکات دەربارەی توندوتیژی لە پەیوەندیی نزیکدا، توندوتیژی و چەوساندنەوە بە ناوی شەرەفەوە، دەربارەی فشار بۆ سێکس یان ئیستغلالکردن، و دەربارەی ئەوەی کە کەسەکە خۆی ئازاری کەسێکی دابێت. ئەو کەسەی خوار 18 ساڵە ئەو پرسیارانە وەردەگرێت کە بۆ گەنجان نووسراون.
staff-what-2 = وەڵامەکان پیشانی دەدەن کە دەکرێت باسی چ جۆرە توندوتیژییەک بێت و کام هێڵی پشتگیری و پەیوەندی گونجاون. ئەگەر وەڵامەکان باسی نیشانەیەکی ئاگادارکەرەوەی جددی بکەن، سەرەتا 112 پیشان دەدرێت. قوتابییەکە خۆی بڕیار دەدات چی بکات.
staff-what-3 = هیچ شتێک پاشەکەوت ناکرێت و نانێردرێت. نە تۆ و نە قوتابخانەکە ناتوانن ببینن قوتابییەکە چی وەڵام داوەتەوە.

staff-talk-title = قسەکردن لەگەڵ گەنجێک کە لەوانەیە ڕووبەڕووی توندوتیژی ببێتەوە
staff-talk-1 = بە ئارامی گوێ بگرە، لە شوێنێک کە کەس ئێوە بێزار نەکات. با قوتابییەکە بە وشەی خۆی بیگێڕێتەوە.
staff-talk-2 = باوەڕ بەوە بکە کە قوتابییەکە دەیڵێت، و پێی بڵێ باش بوو کە پێی وتیت. هەرگیز خەتای ئەو نییە.
staff-talk-3 = بەڵێن مەدە کە بە نهێنی بیهێڵیتەوە. بە ڕاستگۆیی بڵێ کە لەوانەیە پێویست بێت ڕاپۆرت بدەیت بە socialtjänsten (خزمەتگوزارییە کۆمەڵایەتییەکان)، و بۆچی.
staff-talk-4 = ئەگەر گومان دەکەیت کە قوتابییەکە ڕووبەڕووی توندوتیژی یان هەڕەشە لەلایەن کەسێک لە خێزانەکەیەوە دەبێتەوە، یان ڕووبەڕووی توندوتیژی بە ناوی شەرەفەوە دەبێتەوە، پەیوەندی بە دایک و باوک یان سەرپەرشتیارەکانییەوە (vårdnadshavare) مەکە. ئەمە دەتوانێت قوتابییەکە بخاتە مەترسییەوە. با socialtjänsten (خزمەتگوزارییە کۆمەڵایەتییەکان) بڕیار بدات کەی و چۆن پەیوەندی بە خێزانەکەوە بکرێت.
staff-talk-5 = وەرگێڕی زارەکی لە خێزانەکە یان تۆڕی ناسیاوەکانیان بەکارمەهێنە. وەرگێڕێکی زارەکیی پیشەیی داوا بکە، بۆ نموونە وەرگێڕێکی زارەکی بە تەلەفۆن لە شارێکی ترەوە، و لە قوتابییەکە بپرسە ئایا لەگەڵ وەرگێڕەکەدا هەست بە سەلامەتی دەکات.
staff-talk-6 = ئەوەی قوتابییەکە وتی بنووسە، بە وشەکانی خۆی، و کەی وترا. لێکدانەوەکانی خۆت وەک ڕاستی مەنووسە.
staff-talk-7 = پرسیاری وا مەکە کە وەڵامەکە بخاتە دەمی قوتابییەکەوە، و خۆت بە پرسیاری زۆر لە قوتابییەکە مەکۆڵەرەوە. لێکۆڵینەوە ئەرکی socialtjänsten (خزمەتگوزارییە کۆمەڵایەتییەکان) و پۆلیسە.

staff-same-day-title = هەمان ڕۆژ
staff-same-day-1 = هەمان ڕۆژ ڕاپۆرت بدە بە socialtjänsten (خزمەتگوزارییە کۆمەڵایەتییەکان). چاوەڕێ مەکە بۆ ئەوەی زیاتر بزانیت.
staff-same-day-2 = بە بەڕێوەبەری قوتابخانە یان تیمی تەندروستیی قوتابیان (elevhälsan) بڵێ. لەبیرت بێت کە ئەرکی ڕاپۆرتدان هەر ئەرکی خۆتە.
staff-same-day-3 = ئەگەر قوتابییەکە لە مەترسیدایە یان نەوێرێت بچێتەوە ماڵەوە، دەستبەجێ پەیوەندی بە socialtjänsten (خزمەتگوزارییە کۆمەڵایەتییەکان) بکە. لە دەرەوەی کاتی دەوام پەیوەندی بە socialjouren (خزمەتگوزاریی کۆمەڵایەتیی دەرەوەی کاتی دەوام) بکە، یان بە 112 ئەگەر پەلەیە.
staff-same-day-4 = قوتابییەک کە دەترسێت بچێتەوە ماڵەوە مەنێرەوە ماڵەوە پێش ئەوەی بگەیتە socialtjänsten (خزمەتگوزارییە کۆمەڵایەتییەکان) یان socialjouren (خزمەتگوزاریی کۆمەڵایەتیی دەرەوەی کاتی دەوام).

staff-duty-title = ئەرکی ڕاپۆرتدان (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = هەموو ئەو کەسانەی لە قوتابخانە کار دەکەن ناچارن دەستبەجێ ڕاپۆرت بدەن بە socialtjänsten (خزمەتگوزارییە کۆمەڵایەتییەکان) ئەگەر بزانن یان گومان بکەن کە منداڵێک زیانی پێ دەگات یان لە بارودۆخێکی خراپدایە. ئەمە پێی دەوترێت anmälningsskyldighet (ئەرکی ڕاپۆرتدان) و لە socialtjänstlagen (یاسای خزمەتگوزارییە کۆمەڵایەتییەکان، SFS 2025:400) دا هاتووە.
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = گومان بەسە. پێویستت بە بەڵگە نییە. socialtjänsten (خزمەتگوزارییە کۆمەڵایەتییەکان) لێکۆڵینەوە دەکات.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = ئەم ئەرکە کەسییە. ناتوانیت بیدەیتە دەست بەڕێوەبەری قوتابخانە (rektor)، ڕاوێژکاری قوتابخانە (kurator) یان هەر کەسێکی تر.
staff-duty-4 = ڕاپۆرت بدە بە socialtjänsten (خزمەتگوزارییە کۆمەڵایەتییەکان) لەو شارەوانییەی منداڵەکە تێیدا دەژی. دەتوانیت پەیوەندی بکەیت یان بنووسیت. لە دەرەوەی کاتی دەوام پەیوەندی بە socialjouren (خزمەتگوزاریی کۆمەڵایەتیی دەرەوەی کاتی دەوام) بکە، یان بە 112 ئەگەر پەلەیە.

staff-lines-title = هێڵەکانی پشتگیری بۆ کارمەندانی پیشەیی
staff-lines-intro = لێرە دەتوانیت ئامۆژگاری وەربگریت، بۆ نموونە دەربارەی ئەوەی چۆن بەردەوام بیت دوای ئەوەی قوتابییەک شتێکی پێ وتوویت.

staff-builder-title = بەستەرێک و پۆستەرێک دروست بکە
staff-builder-intro = شارەوانی و زمانەکان هەڵبژێرە. ئەوان لە بەستەرەکە و لەسەر پۆستەرەکەدا دەردەکەون، و هیچ شتێکی تر نا.
staff-builder-municipality = شارەوانی
staff-builder-languages = زمانەکان (یەک، دوو یان سێ هەڵبژێرە)
staff-builder-youth = پرسیارەکانی گەنجان ڕاستەوخۆ بکەرەوە
staff-builder-link-label = بەستەر بۆ هاوبەشکردن
staff-builder-copy = بەستەرەکە کۆپی بکە
staff-builder-copied = بەستەرەکە کۆپی کرا.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = کۆدی QR کە دەچێتە سەر { $link }
staff-builder-print = پۆستەرەکە چاپ بکە
staff-builder-too-many-languages = دەتوانیت زۆرترین سێ زمان هەڵبژێریت.

## The poster (printed in several languages side by side)

poster-title = ئایا لە ماڵەوە یان لەگەڵ هاوسەر یان خۆشەویستەکەتدا شتێک ڕوو دەدات کە نیگەرانت دەکات؟
poster-line = کۆدەکە سکان بکە. هیچ شتێک پاشەکەوت ناکرێت. خۆت هەڵدەبژێریت چی وەڵام بدەیتەوە.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = تەمەنت کەمترە لە 18 ساڵ؟ دەتوانیت پەیوەندی بە Bris (هێڵی پشتگیری بۆ منداڵان و گەنجان) بکەیت لەسەر ژمارە { $number }.
poster-emergency = ئایا ئێستا لە مەترسیدایت؟ پەیوەندی بە 112 بکە.
