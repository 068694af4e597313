# Vägvisaren — English.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – support and help
language-label = Language

## Quick exit

quick-exit-button = Leave this page quickly
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Press Shift once more to leave the page.
   *[other] Press Shift { $remaining } more times to leave the page.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = The language “{ $code }” is not available here yet, so the page is shown in Swedish. You can choose another language above.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = The municipality code “{ $code }” does not exist, so no municipality is chosen. You can choose one under “Find help”.

## Start screen

start-title = Is something happening that does not feel right? Here you can read about violence and where to get help, in your own time.
start-lead = Answer a few questions about what is happening to you or to someone you are worried about. You will learn what it can be called and where you can get support. You decide what the answers mean for you.
start-duration = It takes about five to ten minutes. You can skip questions and stop whenever you like.
start-private = Nothing you answer is saved or sent anywhere. It stays on your phone or computer until you close the page.
start-quick-exit = The “Leave this page quickly” button is always at the top. You can also press Shift three times.
start-emergency = Are you in danger right now? Call 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = What would you like to find out?
flow-path-partner = About me – my partner or ex
flow-path-family = About me – my family, relatives or someone who helps me in daily life
flow-path-exploitation = About me – someone makes me sell sex or controls my work, money or papers
flow-path-worried = About someone I am worried about
flow-path-used-violence = I have hurt or frightened someone close to me
flow-path-partner-youth = About me – someone I am going out with or have dated
flow-path-family-youth = About me – my family or relatives
flow-path-exploitation-youth = About me – someone pressures me into sexual things, online or offline, or makes me work or commit crimes for them
flow-path-worried-youth = About a friend or someone else I am worried about
flow-path-used-violence-youth = I have hurt or frightened someone in my family or someone I am going out with
flow-age-title = How old are you?
flow-age-under-18 = Under 18
flow-age-adult = 18 or over
flow-about-child-title = Is the person you are worried about under 18?
flow-about-child-yes = Yes, under 18
flow-about-child-no = No, 18 or over
flow-about-child-unknown = I don't know
flow-self-title = How do you describe yourself?
flow-self-hint = You do not have to answer. The answer is only used to show support that suits you, and it is not saved.
flow-self-woman = Woman or girl
flow-self-man = Man or boy
flow-self-trans = Trans or non-binary
flow-self-rather-not-say = I'd rather not say
flow-skip = Skip
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Question { $current } of { $total }
flow-answer-yes = Yes
flow-answer-sometimes = Sometimes
flow-answer-no = No
flow-answer-rather-not-say = I'd rather not say
flow-answers-label = Your answer
flow-see-result = See the result
flow-change-hint = You can go back and change an answer at any time.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = Your safety on this page

## Help view (reachable without the questions)

help-title = Find help
help-intro = Here are support lines for all of Sweden and contacts in your municipality: for people subjected to violence in close relationships, honour-related violence and oppression, prostitution or trafficking, for people worried about someone, and for people who want to stop using violence. You decide who you contact and what you tell them.
help-emergency = Are you in danger right now? Call 112.
help-not-sure = You can call even if you are not sure it is violence. It is enough that you are worried or want to talk.

help-what-happens-title = This is what happens when you call a support line
help-what-happens-1 = Someone listens to you and takes what you say seriously.
help-what-happens-2 = You decide what you want to tell, and you can end the call whenever you want.
help-what-happens-3 = Many support lines are free, and with many you can stay anonymous. Each contact says so.
help-what-happens-4 = Many support lines can arrange an interpreter, so that you can talk in your own language.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = We do not have a number for social services in { $municipality } yet. Call the municipality's switchboard and ask to speak to social services. Outside office hours, you can ask for the social services' on-call service (socialjouren), or call 112 if it is urgent.

help-municipality-label = Your municipality
help-municipality-hint = Type the name of your municipality. Your choice stays on your phone or computer and is not saved. The page fetches the contacts for all municipalities at once, so nobody can see which one you chose.
help-municipality-no-match = We cannot find a municipality with that name. Check the spelling or type the start of the name.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = You have chosen { $municipality }.
help-municipality-change = Change municipality

help-national-title = Support in all of Sweden
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Support in { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Call { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = Text { $number }
contact-chat = Open the chat
contact-web = Open the website
contact-open-always = Open 24 hours, every day
contact-open-now = Open now
contact-closed-now = Closed right now
contact-hours-unknown = We have not been able to check the opening hours.
contact-free = Free of charge
contact-anonymous = You can stay anonymous
contact-interpreter = An interpreter can be arranged
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = You can also talk in { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = These details were read from the source on { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = The source page is dated { $date }
contact-source-third-party = These details come only from a page that is not the organisation's own
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = The source says the line was funded until { $date }. We do not know whether it still runs.
contact-switchboard = The number goes to the municipality's switchboard. Ask to speak to social services.
contact-via-112 = You reach the on-call service by calling 112 and asking to speak to socialjouren (the social services' on-call service).
contact-for-professionals = For professionals
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = For: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Every day
days-weekdays = Monday–Friday
days-weekends = Saturday–Sunday
days-mon = Monday
days-tue = Tuesday
days-wed = Wednesday
days-thu = Thursday
days-fri = Friday
days-sat = Saturday
days-sun = Sunday

## What kind of contact it is (short noun phrases)

kind-emergency = Emergency number
kind-police = Police
kind-helpline = Support line
kind-social-services = Social services
kind-social-services-on-call = Social services' on-call service (socialjouren)
kind-womens-shelter = Women's shelter
kind-girls-shelter = Support for girls and young women
kind-mens-shelter = Support for men
kind-youth-clinic = Youth clinic (ungdomsmottagning)
kind-perpetrator-programme = Help to stop using violence
kind-victim-support = Support after a crime
kind-health = Health care
kind-suicide-prevention = Support with thoughts of suicide

## Who the contact is for (phrases after “For: …”)

audience-everyone = Everyone
audience-women = Women
audience-men = Men
audience-trans = Trans and non-binary people
audience-young = Young people
audience-children = Children under 18
audience-honour = People subjected to honour-related violence and oppression
audience-trafficking = People who sell sex or are subjected to human trafficking
audience-uses-violence = People who use violence and want to stop
audience-worried-others = People who are worried about someone else
audience-professionals = Professionals

result-contacts-title = Where you can get support

## School staff page

staff-title = If you work in a school
staff-load-failed = The page could not be loaded. Check your connection and try again.
plan-load-failed = The safety plan could not be loaded. Check your connection and try again.
text-load-failed = The text could not be loaded. Check your connection and try again.
text-load-retry = Try again
read-aloud = Read aloud
read-aloud-stop = Stop reading

## About Vägvisaren

about-title = About Vägvisaren
language-status-marker = machine translated

## Navigation

nav-start-questions = Start the questions
nav-help = Find help
nav-safety = Your safety
nav-staff = For school staff
nav-about = About
nav-plan = Make a safety plan
nav-back = Back
nav-next = Next
nav-home = Home

