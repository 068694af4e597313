# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren ช่วยให้เยาวชนหาคำตอบได้ด้วยตัวเองว่าสิ่งที่พวกเขาเจออยู่เป็นความรุนแรงหรือไม่ และขอความช่วยเหลือได้ที่ไหน ที่นี่คุณอ่านได้ว่าจะช่วยสนับสนุนนักเรียนได้อย่างไร
staff-what-1 = เครื่องมือนี้ถามเกี่ยวกับความรุนแรงในความสัมพันธ์ใกล้ชิด ความรุนแรงและการกดขี่ที่อ้างเกียรติของครอบครัว การถูกกดดันให้มีเพศสัมพันธ์หรือการถูกแสวงประโยชน์ และการที่ตัวเองเคยทำร้ายผู้อื่น ผู้ที่อายุต่ำกว่า 18 ปีจะได้คำถามที่เขียนขึ้นสำหรับเยาวชน
staff-what-2 = คำตอบจะแสดงว่าอาจเป็นความรุนแรงรูปแบบใด และสายช่วยเหลือหรือช่องทางติดต่อใดเหมาะสม ถ้าคำตอบพูดถึงสัญญาณอันตรายร้ายแรง จะแสดงเบอร์ 112 ก่อน นักเรียนเป็นคนตัดสินใจเองว่าจะทำอะไร
staff-what-3 = ไม่มีอะไรถูกบันทึกหรือส่งออกไป ทั้งคุณและโรงเรียนไม่สามารถเห็นได้ว่านักเรียนตอบอะไร

staff-talk-title = การพูดคุยกับเยาวชนที่อาจกำลังเผชิญความรุนแรง
staff-talk-1 = รับฟังอย่างใจเย็น ในที่ที่ไม่มีใครรบกวน ให้นักเรียนเล่าด้วยคำพูดของตัวเอง
staff-talk-2 = เชื่อในสิ่งที่นักเรียนเล่า และบอกว่าดีแล้วที่เขาเล่าให้ฟัง ไม่ใช่ความผิดของเขาเลย
staff-talk-3 = อย่าสัญญาว่าจะเก็บเป็นความลับ บอกตามตรงว่าคุณอาจต้องแจ้งหน่วยงานบริการสังคม (socialtjänsten) และบอกเหตุผลด้วย
staff-talk-4 = อย่าติดต่อผู้ปกครอง ถ้าคุณสงสัยว่านักเรียนถูกคนในครอบครัวกระทำความรุนแรงหรือข่มขู่ หรือเผชิญความรุนแรงที่อ้างเกียรติของครอบครัว เพราะอาจทำให้นักเรียนตกอยู่ในอันตราย ให้หน่วยงานบริการสังคม (socialtjänsten) เป็นผู้ตัดสินว่าจะติดต่อครอบครัวเมื่อไรและอย่างไร
staff-talk-5 = อย่าใช้ล่ามที่เป็นคนในครอบครัวหรือเครือข่ายคนรู้จักของครอบครัว ให้จองล่ามมืออาชีพ เช่น ล่ามทางโทรศัพท์จากเมืองอื่น และถามนักเรียนว่ารู้สึกปลอดภัยกับล่ามคนนั้นหรือไม่
staff-talk-6 = จดสิ่งที่นักเรียนพูด โดยใช้คำพูดของนักเรียนเอง และจดว่าพูดเมื่อไร อย่าเขียนการตีความของคุณเองเหมือนเป็นข้อเท็จจริง
staff-talk-7 = อย่าถามคำถามชี้นำ และอย่าซักถามนักเรียนเอง การสอบสวนเป็นหน้าที่ของหน่วยงานบริการสังคมและตำรวจ

staff-same-day-title = ภายในวันเดียวกัน
staff-same-day-1 = แจ้งหน่วยงานบริการสังคม (socialtjänsten) ภายในวันเดียวกัน อย่ารอเพื่อให้รู้ข้อมูลมากขึ้น
staff-same-day-2 = แจ้งผู้อำนวยการโรงเรียนหรือทีมดูแลสุขภาพนักเรียน (elevhälsan) และอย่าลืมว่าหน้าที่ในการแจ้งยังคงเป็นของคุณเอง
staff-same-day-3 = ถ้านักเรียนตกอยู่ในอันตรายหรือไม่กล้ากลับบ้าน ให้โทรหาหน่วยงานบริการสังคมทันที นอกเวลาทำการให้โทรหาหน่วยบริการสังคมนอกเวลาราชการ (socialjouren) หรือโทร 112 ถ้าเป็นเรื่องเร่งด่วน
staff-same-day-4 = ถ้านักเรียนกลัวที่จะกลับบ้าน อย่าให้นักเรียนกลับบ้าน จนกว่าคุณจะติดต่อหน่วยงานบริการสังคม (socialtjänsten) หรือหน่วยบริการสังคมนอกเวลาราชการ (socialjouren) ได้แล้ว

staff-duty-title = หน้าที่ในการแจ้ง (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = ทุกคนที่ทำงานในโรงเรียนมีหน้าที่ต้องแจ้งหน่วยงานบริการสังคม (socialtjänsten) ทันที ถ้ารู้หรือสงสัยว่าเด็กกำลังได้รับอันตรายหรือถูกละเลย หน้าที่นี้เรียกว่า anmälningsskyldighet (หน้าที่ในการแจ้ง) และกำหนดไว้ในกฎหมายบริการสังคม socialtjänstlagen (SFS 2025:400)
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; socialnämnden utreder).
staff-duty-2 = แค่สงสัยก็พอแล้ว คุณไม่จำเป็นต้องมีหลักฐาน หน่วยงานบริการสังคมเป็นผู้สอบสวนเอง
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = หน้าที่นี้เป็นหน้าที่ส่วนบุคคล คุณโอนให้ผู้อำนวยการ นักสังคมสงเคราะห์ของโรงเรียน หรือใครคนอื่นทำแทนไม่ได้
staff-duty-4 = แจ้งหน่วยงานบริการสังคมในเทศบาลที่เด็กอาศัยอยู่ คุณโทรหรือเขียนไปก็ได้ นอกเวลาทำการให้โทรหาหน่วยบริการสังคมนอกเวลาราชการ (socialjouren) หรือโทร 112 ถ้าเป็นเรื่องเร่งด่วน

staff-lines-title = สายช่วยเหลือสำหรับผู้ปฏิบัติงานวิชาชีพ
staff-lines-intro = ที่นี่คุณขอคำแนะนำได้ เช่น ควรทำอะไรต่อหลังจากนักเรียนเล่าเรื่องบางอย่างให้ฟัง

staff-builder-title = สร้างลิงก์และโปสเตอร์
staff-builder-intro = เลือกเทศบาลและภาษา ข้อมูลเหล่านี้จะอยู่ในลิงก์และบนโปสเตอร์ และไม่มีข้อมูลอื่นนอกจากนี้
staff-builder-municipality = เทศบาล
staff-builder-languages = ภาษา (เลือกหนึ่ง สอง หรือสามภาษา)
staff-builder-youth = เปิดชุดคำถามสำหรับเยาวชนโดยตรง
staff-builder-link-label = ลิงก์สำหรับแชร์
staff-builder-copy = คัดลอกลิงก์
staff-builder-copied = คัดลอกลิงก์แล้ว
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = คิวอาร์โค้ดที่ลิงก์ไปยัง { $link }
staff-builder-print = พิมพ์โปสเตอร์
staff-builder-too-many-languages = คุณเลือกได้ไม่เกินสามภาษา

## The poster (printed in several languages side by side)

poster-title = มีเรื่องอะไรที่บ้านหรือกับคู่รักที่ทำให้คุณกังวลหรือไม่
poster-line = สแกนโค้ดนี้ ไม่มีอะไรถูกบันทึก คุณเลือกเองว่าจะตอบอะไร
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = คุณอายุต่ำกว่า 18 ปีหรือไม่ คุณโทรหา Bris (สายช่วยเหลือสำหรับเด็กและเยาวชน) ได้ที่ { $number }
poster-emergency = คุณตกอยู่ในอันตรายตอนนี้หรือไม่ โทร 112
