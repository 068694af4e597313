# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren helps young people find out for themselves whether what they are going through is violence, and where they can get help. Here you can read how to support a student.
staff-what-1 = The tool asks about violence in close relationships, honour-related violence and oppression, about being pressured into sex or exploited, and about having hurt someone. People under 18 get questions written for young people.
staff-what-2 = The answers show which forms of violence it may be about and which support lines and contacts fit. If the answers mention a serious warning sign, 112 is shown first. The student decides what to do.
staff-what-3 = Nothing is saved or sent. Neither you nor the school can see what the student answered.

staff-talk-title = Talking with a young person who may be subjected to violence
staff-talk-1 = Listen calmly, in a place where you will not be disturbed. Let the student tell it in their own words.
staff-talk-2 = Believe what the student tells you, and say it was good that they told you. It is never their fault.
staff-talk-3 = Do not promise to keep it secret. Say honestly that you may need to report to social services, and why.
staff-talk-4 = Do not contact the guardians if you suspect that the student is subjected to violence or threats by someone in the family, or to honour-related violence. It can put the student in danger. Let social services decide when and how the family is contacted.
staff-talk-5 = Do not use an interpreter from the family or their network. Book a professional interpreter, for example a phone interpreter from another town, and ask the student whether they feel safe with the interpreter.
staff-talk-6 = Write down what the student said, in the student's own words, and when it was said. Do not write your own interpretations as if they were facts.
staff-talk-7 = Do not ask leading questions and do not question the student yourself. Investigating is the job of social services and the police.

staff-same-day-title = The same day
staff-same-day-1 = Make a report to social services the same day. Do not wait to find out more.
staff-same-day-2 = Tell the head teacher or the student health team (elevhälsan). Remember that the duty to report is still your own.
staff-same-day-3 = If the student is in danger or does not dare go home, call social services at once. Outside office hours, call the social services' on-call service (socialjouren), or 112 if it is urgent.
staff-same-day-4 = Do not send a student who is afraid to go home back home before you have reached social services or their on-call service (socialjouren).

staff-duty-title = The duty to report (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Everyone who works in a school must report to social services at once if they know or suspect that a child is being harmed. This is called anmälningsskyldighet, the duty to report, and it is set out in the Social Services Act, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Suspicion is enough. You do not need proof. It is social services who investigate.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = The duty is personal. You cannot hand it over to the head teacher, the school counsellor or anyone else.
staff-duty-4 = Report to social services in the municipality where the child lives. You can call or write. Outside office hours, call the social services' on-call service (socialjouren), or 112 if it is urgent.

staff-lines-title = Support lines for professionals
staff-lines-intro = Here you can get advice, for example on what to do next after a student has told you something.

staff-builder-title = Make a link and a poster
staff-builder-intro = Choose a municipality and languages. They appear in the link and on the poster, and nothing else does.
staff-builder-municipality = Municipality
staff-builder-languages = Languages (choose one, two or three)
staff-builder-youth = Open the questions for young people directly
staff-builder-link-label = Link to share
staff-builder-copy = Copy the link
staff-builder-copied = The link has been copied.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = QR code that leads to { $link }
staff-builder-print = Print the poster
staff-builder-too-many-languages = You can choose at most three languages.

## The poster (printed in several languages side by side)

poster-title = Is something happening at home or with a partner that worries you?
poster-line = Scan the code. Nothing is saved. You choose what to answer.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Are you under 18? You can call Bris on { $number }.
poster-emergency = Are you in danger right now? Call 112.
