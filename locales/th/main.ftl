# Vägvisaren — ไทย.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – การสนับสนุนและความช่วยเหลือ
language-label = ภาษา

## Quick exit

quick-exit-button = ออกจากหน้านี้ทันที
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
   *[other] กดปุ่ม Shift อีก { $remaining } ครั้งเพื่อออกจากหน้านี้
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = ที่นี่ยังไม่มีภาษา “{ $code }” จึงแสดงหน้านี้เป็นภาษาสวีเดน คุณเลือกภาษาอื่นได้ที่ด้านบน

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = ไม่มีรหัสเทศบาล “{ $code }” จึงยังไม่ได้เลือกเทศบาลใด คุณเลือกเทศบาลได้ที่ “หาความช่วยเหลือ”

## Start screen

start-title = มีอะไรเกิดขึ้นที่ทำให้คุณรู้สึกไม่โอเคหรือเปล่า ที่นี่คุณค่อย ๆ อ่านได้อย่างสบายใจ ว่าความรุนแรงคืออะไร และขอความช่วยเหลือได้ที่ไหน
start-lead = ตอบคำถามไม่กี่ข้อเกี่ยวกับสิ่งที่เกิดขึ้นกับคุณ หรือกับคนที่คุณเป็นห่วง แล้วคุณจะรู้ว่าสิ่งนั้นอาจเรียกว่าอะไร และขอความช่วยเหลือได้ที่ไหน คุณเป็นคนตัดสินเองว่าคำตอบมีความหมายกับคุณอย่างไร
start-duration = ใช้เวลาประมาณห้าถึงสิบนาที คุณข้ามคำถามได้ และหยุดได้ทุกเมื่อที่ต้องการ
start-private = สิ่งที่คุณตอบจะไม่ถูกบันทึกหรือส่งไปที่ใดเลย ข้อมูลจะอยู่ในโทรศัพท์หรือคอมพิวเตอร์ของคุณจนกว่าคุณจะปิดหน้านี้
start-quick-exit = ปุ่ม “ออกจากหน้านี้ทันที” อยู่ด้านบนเสมอ หรือคุณจะกดปุ่ม Shift สามครั้งก็ได้
start-emergency = คุณตกอยู่ในอันตรายตอนนี้หรือไม่ โทร 112

## Questionnaire flow: path, age, self-description, questions

flow-path-title = คุณอยากรู้เรื่องอะไร
flow-path-partner = เรื่องของฉัน – คู่รักหรืออดีตคู่รักของฉัน
flow-path-family = เรื่องของฉัน – ครอบครัว ญาติ หรือคนที่ช่วยเหลือฉันในชีวิตประจำวัน
flow-path-exploitation = เรื่องของฉัน – มีคนทำให้ฉันต้องขายบริการทางเพศ หรือควบคุมงาน เงิน หรือเอกสารของฉัน
flow-path-worried = เรื่องของคนที่ฉันเป็นห่วง
flow-path-used-violence = ฉันเคยทำร้ายหรือทำให้คนใกล้ชิดหวาดกลัว
flow-path-partner-youth = เรื่องของฉัน – คนที่ฉันคบอยู่หรือเคยเดตด้วย
flow-path-family-youth = เรื่องของฉัน – ครอบครัวหรือญาติของฉัน
flow-path-exploitation-youth = เรื่องของฉัน – มีคนกดดันให้ฉันทำเรื่องทางเพศ ทั้งทางออนไลน์หรือในชีวิตจริง หรือทำให้ฉันต้องทำงานหรือทำผิดกฎหมายให้เขา
flow-path-worried-youth = เรื่องของเพื่อนหรือคนอื่นที่ฉันเป็นห่วง
flow-path-used-violence-youth = ฉันเคยทำร้ายหรือทำให้คนในครอบครัว หรือคนที่ฉันคบอยู่ หวาดกลัว
flow-age-title = คุณอายุเท่าไร
flow-age-under-18 = ต่ำกว่า 18 ปี
flow-age-adult = 18 ปีขึ้นไป
flow-about-child-title = คนที่คุณเป็นห่วงอายุต่ำกว่า 18 ปีหรือไม่
flow-about-child-yes = ใช่ ต่ำกว่า 18 ปี
flow-about-child-no = ไม่ใช่ อายุ 18 ปีขึ้นไป
flow-about-child-unknown = ไม่ทราบ
flow-self-title = คุณนิยามตัวเองว่าอย่างไร
flow-self-hint = คุณไม่จำเป็นต้องตอบ คำตอบนี้ใช้เพื่อแสดงความช่วยเหลือที่เหมาะกับคุณเท่านั้น และจะไม่ถูกบันทึก
flow-self-woman = ผู้หญิงหรือเด็กผู้หญิง
flow-self-man = ผู้ชายหรือเด็กผู้ชาย
flow-self-trans = คนข้ามเพศหรือนอนไบนารี
flow-self-rather-not-say = ไม่อยากตอบ
flow-skip = ข้าม
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = คำถามที่ { $current } จาก { $total }
flow-answer-yes = ใช่
flow-answer-sometimes = บางครั้ง
flow-answer-no = ไม่ใช่
flow-answer-rather-not-say = ไม่อยากตอบ
flow-answers-label = คำตอบของคุณ
flow-see-result = ดูผลลัพธ์
flow-change-hint = คุณย้อนกลับไปเปลี่ยนคำตอบได้ทุกเมื่อ

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = ความปลอดภัยของคุณบนหน้านี้

## Help view (reachable without the questions)

help-title = หาความช่วยเหลือ
help-intro = ที่นี่มีสายช่วยเหลือสำหรับทั่วสวีเดน และช่องทางติดต่อในเทศบาลของคุณ สำหรับคุณที่เผชิญความรุนแรงในความสัมพันธ์ใกล้ชิด ความรุนแรงและการกดขี่ที่อ้างเกียรติของครอบครัว การค้าประเวณี หรือการค้ามนุษย์ สำหรับคุณที่เป็นห่วงใครสักคน และสำหรับคุณที่อยากเลิกใช้ความรุนแรง คุณเป็นคนตัดสินใจเองว่าจะติดต่อใคร และจะเล่าอะไร
help-emergency = คุณตกอยู่ในอันตรายตอนนี้หรือไม่ โทร 112
help-not-sure = คุณโทรได้ แม้จะไม่แน่ใจว่าสิ่งที่เกิดขึ้นเป็นความรุนแรงหรือเปล่า แค่คุณกังวลหรืออยากคุยก็พอแล้ว

help-what-happens-title = สิ่งที่จะเกิดขึ้นเมื่อคุณโทรไปที่สายช่วยเหลือ
help-what-happens-1 = จะมีคนรับฟังคุณ และให้ความสำคัญกับสิ่งที่คุณเล่าอย่างจริงจัง
help-what-happens-2 = คุณตัดสินใจเองว่าอยากเล่าอะไร และวางสายได้ทุกเมื่อที่ต้องการ
help-what-happens-3 = สายช่วยเหลือหลายแห่งไม่มีค่าใช้จ่าย และหลายแห่งคุณไม่ต้องบอกชื่อก็ได้ ข้อมูลนี้ระบุไว้ที่ช่องทางติดต่อแต่ละแห่ง
help-what-happens-4 = สายช่วยเหลือหลายแห่งจัดหาล่ามให้ได้ เพื่อให้คุณพูดภาษาของคุณเองได้

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = เรายังไม่มีเบอร์โทรของหน่วยงานบริการสังคม (socialtjänsten) ในเทศบาล { $municipality } โทรไปที่เบอร์กลางของเทศบาล (växel) แล้วขอคุยกับหน่วยงานบริการสังคม (socialtjänsten) นอกเวลาทำการ คุณขอติดต่อหน่วยบริการสังคมนอกเวลาราชการ (socialjouren) ได้ หรือโทร 112 ถ้าเป็นเรื่องเร่งด่วน

help-municipality-label = เทศบาลของคุณ
help-municipality-hint = พิมพ์ชื่อเทศบาลของคุณ สิ่งที่คุณเลือกจะอยู่ในโทรศัพท์หรือคอมพิวเตอร์ของคุณเท่านั้น และจะไม่ถูกบันทึก หน้านี้ดาวน์โหลดช่องทางติดต่อของทุกเทศบาลพร้อมกัน จึงไม่มีใครรู้ได้ว่าคุณเลือกเทศบาลไหน
help-municipality-no-match = เราไม่พบเทศบาลที่มีชื่อนี้ ลองตรวจตัวสะกด หรือพิมพ์เฉพาะตอนต้นของชื่อ
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = คุณเลือก { $municipality } แล้ว
help-municipality-change = เปลี่ยนเทศบาล

help-national-title = ความช่วยเหลือทั่วสวีเดน
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = ความช่วยเหลือใน { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = โทร { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = ส่ง SMS ไปที่ { $number }
contact-chat = เปิดแชต
contact-web = เปิดเว็บไซต์
contact-open-always = เปิดตลอด 24 ชั่วโมง
contact-open-now = เปิดอยู่ตอนนี้
contact-closed-now = ปิดอยู่ตอนนี้
contact-hours-unknown = เรายังตรวจสอบเวลาทำการไม่ได้
contact-free = ไม่มีค่าใช้จ่าย
contact-anonymous = คุณไม่ต้องบอกชื่อก็ได้
contact-interpreter = จัดหาล่ามให้ได้
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = คุณคุยกับเจ้าหน้าที่ที่นี่เป็นภาษาเหล่านี้ได้ด้วย: { $languages }
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = อ่านข้อมูลจากแหล่งที่มาเมื่อ { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = หน้าเว็บต้นทางลงวันที่ไว้ว่า { $date }
contact-source-third-party = ข้อมูลนี้มาจากหน้าเว็บอื่นเท่านั้น ไม่ได้มาจากหน้าเว็บขององค์กรนั้นเอง
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = แหล่งที่มาระบุว่าสายนี้มีงบประมาณถึง { $date } เราไม่ทราบว่าสายนี้ยังเปิดให้บริการอยู่หรือไม่
contact-switchboard = เบอร์นี้เป็นเบอร์กลางของเทศบาล ขอคุยกับหน่วยงานบริการสังคม (socialtjänsten)
contact-via-112 = คุณติดต่อได้โดยโทร 112 แล้วขอคุยกับหน่วยบริการสังคมนอกเวลาราชการ (socialjouren)
contact-for-professionals = สำหรับผู้ปฏิบัติงานวิชาชีพ
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = สำหรับ: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = ทุกวัน
days-weekdays = วันจันทร์–วันศุกร์
days-weekends = วันเสาร์–วันอาทิตย์
days-mon = วันจันทร์
days-tue = วันอังคาร
days-wed = วันพุธ
days-thu = วันพฤหัสบดี
days-fri = วันศุกร์
days-sat = วันเสาร์
days-sun = วันอาทิตย์

## What kind of contact it is (short noun phrases)

kind-emergency = หมายเลขฉุกเฉิน
kind-police = ตำรวจ
kind-helpline = สายช่วยเหลือ
kind-social-services = หน่วยงานบริการสังคม (socialtjänsten)
kind-social-services-on-call = หน่วยบริการสังคมนอกเวลาราชการ (socialjouren)
kind-womens-shelter = ศูนย์ช่วยเหลือผู้หญิง (kvinnojour)
kind-girls-shelter = ศูนย์ช่วยเหลือเด็กผู้หญิงและหญิงสาว (tjejjour)
kind-mens-shelter = ศูนย์ช่วยเหลือผู้ชาย (mansjour)
kind-youth-clinic = คลินิกวัยรุ่น (ungdomsmottagning)
kind-perpetrator-programme = ความช่วยเหลือเพื่อเลิกใช้ความรุนแรง
kind-victim-support = ความช่วยเหลือหลังเกิดอาชญากรรม
kind-health = การรักษาพยาบาลและสุขภาพ
kind-suicide-prevention = ความช่วยเหลือเมื่อมีความคิดฆ่าตัวตาย

## Who the contact is for (phrases after “For: …”)

audience-everyone = ทุกคน
audience-women = ผู้หญิง
audience-men = ผู้ชาย
audience-trans = คนข้ามเพศและนอนไบนารี
audience-young = เยาวชน
audience-children = เด็กอายุต่ำกว่า 18 ปี
audience-honour = ผู้ที่เผชิญความรุนแรงและการกดขี่ที่อ้างเกียรติของครอบครัว
audience-trafficking = ผู้ที่ขายบริการทางเพศหรือได้รับผลกระทบจากการค้ามนุษย์
audience-uses-violence = ผู้ที่ใช้ความรุนแรงและอยากเลิก
audience-worried-others = ผู้ที่เป็นห่วงคนอื่น
audience-professionals = ผู้ปฏิบัติงานวิชาชีพ

result-contacts-title = ที่ที่คุณขอความช่วยเหลือได้

## School staff page

staff-title = สำหรับคุณที่ทำงานในโรงเรียน
staff-load-failed = ไม่สามารถโหลดหน้านี้ได้ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง
plan-load-failed = ไม่สามารถโหลดแผนความปลอดภัยได้ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง
text-load-failed = ไม่สามารถโหลดข้อความได้ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง
text-load-retry = ลองอีกครั้ง
read-aloud = อ่านออกเสียง
read-aloud-stop = หยุดอ่านออกเสียง

## About Vägvisaren

about-title = เกี่ยวกับ Vägvisaren
language-status-marker = แปลด้วยเครื่อง

## Navigation

nav-start-questions = เริ่มตอบคำถาม
nav-help = หาความช่วยเหลือ
nav-safety = ความปลอดภัยของคุณ
nav-staff = สำหรับบุคลากรในโรงเรียน
nav-about = เกี่ยวกับเว็บไซต์
nav-plan = ทำแผนความปลอดภัย
nav-back = ย้อนกลับ
nav-next = ถัดไป
nav-home = ไปหน้าแรก

