# Vägvisaren — the safety plan (English).
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.
# Loaded only when someone opens the safety plan. Calm, plain and in the second person.
# The plan never pushes anyone to leave or to stay: both are legitimate choices.

## Plan
plan-title = My safety plan
plan-intro = Here you can write down what can help you stay safe. You choose what to fill in, and you can skip what does not fit.
plan-not-kept = Nothing is saved or sent. What you write stays only until you close the page, press “Start over” or use quick exit.
plan-print-warning = If you print the plan or save it as a PDF, that makes a copy that stays. Think about where you keep it: someone else can find a printed plan.
plan-print = Print or save as PDF
plan-suggestions-title = Suggestions from your answers
plan-suggestions-note = The suggestions are shown only here and are not included in a printout.
plan-empty-field = (nothing written)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = If you have been hurt, you can seek care, even if nothing can be seen. Health care can also document injuries.
plan-suggest-children = You may want to make a plan for the children: where they can go and whom they can call.
plan-suggest-trip = If a trip is planned: write down what you will do before the trip and whom you will contact.
plan-suggest-leaving = If you are thinking of leaving: the time around leaving can be dangerous. You may want to plan it with a support line, a women's, girls' or men's shelter, or social services.
plan-suggest-phone = You may want to start with your phone and accounts: someone may be keeping track of where you are or what you write.
plan-suggest-weapons = Tell the police if there are weapons. The police can take weapons away when there is a risk of violence.
plan-suggest-suicide = You may want to add Självmordslinjen to the people and lines you can call. It is open around the clock.

## People to call
plan-people-title = People I can call
plan-people-advice = Choose a few people you trust. Agree together on what they should do if you get in touch, for example call 112.
plan-people-field = Names and phone numbers of people I trust
plan-codeword-field = A code word that means I need help

## A safe place
plan-place-title = A safe place
plan-place-advice = Think of places where you can be safe for a while, for example with someone the other person does not know about, or places that are open around the clock.
plan-place-field = Where I can go if I need to get away quickly

## What to keep ready
plan-ready-title = Things to keep ready
plan-ready-advice = It can help to keep important things together, or copies with someone you trust: ID card and passport, BankID and bank cards, keys, medicines, money, a charger and the children's papers.
plan-ready-field = Where I keep them, or who has copies

## Phone and accounts
plan-phone-title = Phone and accounts
plan-phone-advice = Change passwords from a phone or computer no one else has access to, and check whether location sharing is switched on. Remember that changes may be noticed: do what feels safest.
plan-phone-field = What I want to check or change

## Children
plan-children-title = The children's plan
plan-children-advice = Children can learn where to go and whom to call when there is trouble at home. Children can call 112 and Bris. Social services can support the children.
plan-children-field = What the children will do, and whom they can call

## Staying or leaving: both are legitimate
plan-stay-title = If I stay
plan-stay-advice = Many people stay, for a while or for good, and that is also a valid choice. Think about which rooms you can get out of, and whom you can call when things get tense.
plan-stay-field = What I do to be safer where I live
plan-leave-title = If I want to leave
plan-leave-advice = The time around leaving can be dangerous. You may want to plan it with a support line, a women's, girls' or men's shelter, or social services, who can help with somewhere to live.
plan-leave-field = What I need to arrange first, and who can help me

## For young people
plan-youth-title = An adult I trust
plan-youth-advice = You can always call Bris without saying who you are. The school counsellor and school nurse can listen and help you get in touch with social services.
plan-youth-field = An adult I can talk to, for example the school counsellor, a teacher or a relative

## A feared trip abroad
plan-trip-title = Before a trip
plan-trip-advice = Tell social services, the police or the support line for honour-related violence before the trip. For children, social services can ask for a travel ban (utreseförbud). Keep the address of the Swedish embassy in that country.
plan-trip-field = What I will do before the trip, and whom I will contact

## Exploitation
plan-papers-title = My papers and where I can get support
plan-papers-advice = Take a photo or copy of your passport and other papers and keep it where no one else can get to it. You can contact the police and social services even without a residence permit.
plan-papers-field = Copies and phone numbers I want to have

## For someone who has used violence: when anger rises
plan-anger-title = When anger rises
plan-anger-advice = Learn to recognise the signs in your body and thoughts before you do anything. Leave the situation: say you are taking a break, and come back when you are calm. You decide what you do.
plan-anger-signs-field = My warning signs
plan-anger-do-field = What I do when I notice them
plan-anger-call-field = The person or line I can call, for example Välj att sluta
