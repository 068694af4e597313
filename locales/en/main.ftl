# Vägvisaren — English.
# Status: translated by the team from Swedish; not yet reviewed by a native speaker.

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

start-title = Is it violence? Here you can find out, in your own time.
start-lead = Answer a few questions about what is happening to you or to someone you are worried about. You will learn what it may be called and where you can get help.
start-duration = It takes about five to ten minutes. You can skip questions and stop whenever you like.
start-private = Nothing you answer is saved or sent anywhere. It stays on your phone or computer until you close the page.
start-quick-exit = The “Leave this page quickly” button is always at the top. You can also press Shift three times.
start-emergency = Are you in danger right now? Call 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = What would you like to find out?
flow-path-partner = About me – my partner or ex
flow-path-family = About me – my family or relatives
flow-path-exploitation = About me – someone makes me sell sex or controls my work, money or papers
flow-path-worried = About someone I am worried about
flow-path-used-violence = I have hurt or frightened someone close to me
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


## Questions: partner or ex

q-partner-put-down = Does your partner or ex call you names, mock you or make you feel worthless?
q-partner-isolate = Does your partner or ex decide who you can see, where you can go or what you can wear?
q-partner-phone = Does your partner or ex read your messages, demand your passwords or check your phone?
q-partner-follow = Does your partner or ex follow you, keep track of where you are with an app, or turn up where you are when you do not want them to?
q-partner-images = Has your partner or ex shared, or threatened to share, pictures or videos of you that you do not want others to see?
q-partner-money = Does your partner or ex take your money, or control it so that you cannot use it yourself?
q-partner-money-youth = Does your partner or ex take your money, or decide what you can buy?
q-partner-debt = Has your partner or ex taken out loans or debts in your name, or stopped you from working or studying?
q-partner-debt-youth = Has your partner or ex stopped you from going to school, or made you buy things or borrow money for them?
q-partner-break = Has your partner or ex broken, thrown or taken your things?
q-partner-pets = Has your partner or ex hurt or threatened to hurt an animal you care about?
q-partner-threats = Does your partner or ex threaten you, for example with taking the children, spreading things about you or making sure you have to leave Sweden?
q-partner-hit = Has your partner or ex hit, pushed, kicked or held you down?
q-partner-hurt = Have you had bruises, cuts or other injuries from something your partner or ex did?
q-partner-neck = Has your partner or ex grabbed your neck, pressed on your throat or made it hard for you to breathe?
q-partner-weapon = Has your partner or ex threatened you with a knife, a weapon or something else that can hurt?
q-partner-kill = Has your partner or ex threatened to kill you or someone close to you?
q-partner-worse = Has the violence or the threats got worse, or happened more often, in the last year?
q-partner-pregnant = If you have been pregnant: has your partner or ex hit or hurt you during the pregnancy?
q-partner-sex = Has your partner or ex forced or pressured you into sex or sexual acts you did not want?
q-partner-sex-fear = Have you gone along with sex because you were afraid of what would happen otherwise?
q-partner-care = If you need help in daily life: has your partner or ex held back food, medicine or other help you need?
q-partner-aids = Has your partner or ex taken away your aids, glasses, medicine or phone, so that you cannot manage on your own or ask for help?
q-partner-children-see = If there are children at home: have they seen or heard violence or threats between you?
q-partner-children-afraid = Have the children become scared, or tried to protect you, when your partner or ex was angry?
q-partner-children-threat = Has your partner or ex threatened to hurt the children, or to take them away from you?
q-partner-afraid = Are you afraid of your partner or ex, even when they are not doing anything right then?
q-partner-careful = Do you keep thinking about what you say and do, so that your partner or ex will not get angry?
q-partner-leaving = Have you recently left your partner, or are you thinking of leaving, and are you afraid of what they will do then?

## Questions: family or relatives

q-family-collective = Do several people in your family or among your relatives decide together how you must live?
q-family-collective-youth = Do more people than your parents, like siblings or relatives, decide over your life?
q-family-friends = Do your family or relatives decide which friends you can have, how you can dress or what you can do in your free time?
q-family-friends-youth = Does your family decide which friends you can have, what you can wear or what you can do after school?
q-family-school = Do your family or relatives stop you from studying, working or choosing your own education?
q-family-school-youth = Does your family stop you from taking part in lessons, school trips or activities at school?
q-family-love = Do your family or relatives decide who you can fall in love with and be with, or whether you can be open about who you are?
q-family-love-youth = Does your family decide who you can fall in love with or go out with?
q-family-phone = Does someone in your family or among your relatives check your phone or your messages to see who you talk to?
q-family-phone-youth = Does someone in your family check your phone to see who you talk to?
q-family-siblings = Do siblings, cousins or other relatives keep watch on you and tell the family what you do?
q-family-siblings-youth = Do your siblings or cousins keep watch on you at school or in town and tell your family?
q-family-virginity = Do your family or relatives demand that you stay a virgin until you marry, or check that you are one?
q-family-virginity-youth = Does your family say you must be a virgin, that is, not have had sex, until you marry?
q-family-marriage = Are your family or relatives pressuring you to get engaged or married to someone you have not chosen yourself, or has it already happened against your will?
q-family-marriage-youth = Does your family want you to get engaged or married, even though you do not want to?
q-family-abroad = Has anyone said that you will be sent or taken to another country against your will, or is a trip being planned that worries you?
q-family-abroad-youth = Has anyone said that you will be sent to another country, or are you going on a trip that worries you?
q-family-disown = Has anyone threatened that your family will cast you out or cut contact with you if you do not do as they want?
q-family-disown-youth = Has anyone said that your family will not want you any more if you do not do as they say?
q-family-put-down = Does someone in your family or among your relatives call you names, mock you or say that you are worthless?
q-family-put-down-youth = Does someone in your family say mean things to you, shout at you or say that you are bad?
q-family-money = Do your family or relatives take your wages, your benefits or your money, or control them?
q-family-money-youth = Does someone in your family take your money, for example your study allowance or pay from a summer job?
q-family-money-denied = Does your family hold back money for things you need, like food, clothes or travel, to control you?
q-family-money-denied-youth = Does your family refuse to give you money for things you need, like a bus card, clothes or school things, to punish you?
q-family-break = Has someone in your family or among your relatives broken, thrown or taken your things?
q-family-break-youth = Has someone in your family broken or taken your things to punish you?
q-family-pets = Has someone in your family or among your relatives hurt or threatened to hurt an animal you care about?
q-family-online = Has someone in your family or among your relatives spread, or threatened to spread, pictures, videos or rumours about you online?
q-family-online-youth = Has someone in your family posted, or threatened to post, pictures or things about you online?
q-family-tracking = Does someone in your family or among your relatives follow you, or keep track of where you are with an app or through other people?
q-family-tracking-youth = Does someone in your family follow you, or check where you are with an app on your phone?
q-family-hit = Has someone in your family or among your relatives hit, pushed, kicked or held you down?
q-family-hit-youth = Has someone in your family hit you, pushed you, pulled your hair or held you down?
q-family-neck = Has someone in your family or among your relatives grabbed your neck, pressed on your throat or made it hard for you to breathe?
q-family-neck-youth = Has someone in your family grabbed your neck or made it hard for you to breathe?
q-family-weapon = Has someone in your family or among your relatives threatened you with a knife, a weapon or something else that can hurt?
q-family-weapon-youth = Has someone in your family threatened you with a knife or something else that can hurt?
q-family-kill = Has someone in your family or among your relatives threatened to kill you or someone close to you?
q-family-kill-youth = Has someone in your family said they will kill you or someone you love?
q-family-worse = Has the violence or the threats got worse, or happened more often, in the last year?
q-family-worse-youth = Has it got worse, or happened more often, lately?
q-family-sex-touch = Has someone in your family or among your relatives touched you in a sexual way, or said or shown you sexual things you did not want?
q-family-sex-touch-youth = Has someone in your family or among your relatives touched your body in a way that felt wrong, or shown you sexual pictures?
q-family-sex-forced = Has someone in your family or among your relatives forced or pressured you into sex or sexual acts?
q-family-sex-forced-youth = Has someone in your family or among your relatives made you do something sexual?
q-family-care = If you need help in daily life: has the person in your family who should help you held back food, medicine or other help you need?
q-family-care-youth = Do you sometimes go without food, clean clothes or help when you are ill at home?
q-family-alone = Has someone in your family left you alone for a long time, or taken away your aids, even though you cannot manage on your own?
q-family-alone-youth = Are you left alone at home for a long time, or do you have to look after yourself or your siblings more than you can manage?
q-family-children-see = Are there children in the family who see or hear violence or threats at home?
q-family-children-see-youth = Have you or your siblings seen or heard someone in your family hit or threaten someone else?
q-family-children-threat = Has someone in your family or among your relatives threatened to hurt children in the family, or to take them away from you?
q-family-children-threat-youth = Has someone in your family threatened to hurt your siblings or other children in the family?
q-family-afraid = Are you afraid of someone in your family or among your relatives, even when nothing is happening right then?
q-family-afraid-youth = Are you afraid of someone in your family?
q-family-home = Are you afraid of what will happen when you come home, or if your family finds out something about you?
q-family-home-youth = Are you afraid to go home after school, or of what will happen if your family finds out something about you?

## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Is someone pressuring or forcing you to sell sex, or to have sex with others for money?
q-exploit-sell-sex-youth = Has someone got you to have sex or do sexual things in exchange for money, things, drugs or a place to sleep?
q-exploit-sex-control = Does someone else decide when, where or with whom you have sex for money, or does someone else take the money?
q-exploit-work = Do you work much more than you agreed, for very little or no pay?
q-exploit-work-youth = Does someone make you work, sell drugs or run errands for them, without pay or because you are afraid?
q-exploit-wage = Does someone else take your pay or your money, or decide what you can buy?
q-exploit-debt = Does someone say that you owe them a debt, for example for the journey, your housing or the job, that you must work off?
q-exploit-debt-youth = Does someone say that you owe them money or favours that you must pay back by doing things for them?
q-exploit-debt-grows = Does the debt keep growing, for example through fines, rent or fees, so that you are never free of it?
q-exploit-papers = Has someone taken your passport, your ID card or your residence permit and will not give it back?
q-exploit-accounts = Does someone else control your BankID, your contracts or other papers in your name, so that you cannot use them yourself?
q-exploit-locked = Does someone stop you from going out alone, meeting who you want or talking to your family?
q-exploit-phone = Does someone take your phone, read your messages or keep track of where you are?
q-exploit-online = Has someone put ads, pictures or videos of you online without you deciding it yourself?
q-exploit-authorities = Has someone said that the police or the authorities will punish you or send you out of the country if you tell?
q-exploit-sex-forced = Has someone forced you into sex or sexual acts you did not want?
q-exploit-sex-unsafe = Has someone forced you to have sex without a condom, or to do things you have said no to?
q-exploit-hit = Has someone who controls you hit, pushed or hurt you?
q-exploit-neck = Has someone grabbed your neck, pressed on your throat or made it hard for you to breathe?
q-exploit-weapon = Has someone threatened you with a knife, a weapon or something else that can hurt?
q-exploit-kill = Has someone threatened to kill you, or someone in your family here or in another country?
q-exploit-worse = Has the violence or the threats got worse, or happened more often, lately?
q-exploit-afraid = Are you afraid of what will happen if you say no, stop or leave?
q-exploit-always-afraid = Are you afraid of the person or people who control you, even when they are not nearby?

## Questions: someone you are worried about

q-worried-afraid = Does the person you are worried about seem afraid of someone, or worried about going home?
q-worried-isolated = Has the person you are worried about stopped seeing friends or family, or stopped doing things they used to enjoy?
q-worried-controlled = Does someone seem to control the person you are worried about, for example who they can see or where they can go?
q-worried-careful = Does the person you are worried about seem to keep thinking about what they say and do, so that someone will not get angry?
q-worried-phone = Does someone check the phone of the person you are worried about, or must they always answer at once and say where they are?
q-worried-followed = Is the person you are worried about being followed, watched or contacted all the time by someone, online or in real life?
q-worried-money = Does someone else control the money, the wages or the bank card of the person you are worried about, so that they cannot decide for themselves?
q-worried-debts = Has the person you are worried about got debts that someone else took out, or do they lack money for food and other things they need?
q-worried-injuries = Have you seen bruises or injuries on the person you are worried about that they will not or cannot explain?
q-worried-hit = Have you seen, heard or been told that someone hits, pushes or holds down the person you are worried about?
q-worried-neck = Have you been told that someone grabbed the neck of the person you are worried about, or made it hard for them to breathe?
q-worried-weapon = Has someone threatened the person you are worried about with a knife, a weapon or something else that can hurt?
q-worried-kill = Has someone threatened to kill the person you are worried about, or someone close to them?
q-worried-worse = Does it seem to have got worse lately, for example more injuries, more threats or more fear?
q-worried-leaving = Has the person you are worried about recently left, or are they thinking of leaving, a partner they are afraid of?
q-worried-sex = Has the person you are worried about said that someone forced or pressured them into sex or sexual acts?
q-worried-sex-images = Have you seen someone share sexual pictures of the person you are worried about, or talk to them in a sexual way when they do not want it?
q-worried-selling-sex = Do you think the person you are worried about sells sex, or that someone makes them do it?
q-worried-sex-for-things = Does the person you are worried about get money, gifts, drugs or a place to sleep from someone who wants sex in return?
q-worried-honour = Does the family, or do the relatives, of the person you are worried about decide which friends they can have, what they can wear or whether they can study?
q-worried-honour-love = Does someone else decide who the person you are worried about can be with or marry?
q-worried-trip = Has the person you are worried about said that they will be engaged, married off or sent abroad against their will?
q-worried-care = If the person you are worried about needs help in daily life: do they seem to go without food, medicine or other help they need?
q-worried-care-youth = Does the person you are worried about seem to go without food, clean clothes or help when they are ill?
q-worried-left-alone = Is the person you are worried about left alone for a long time, or without their aids, even though they cannot manage on their own?
q-worried-children-home = Are there children in the home who may see or hear violence or threats?
q-worried-children-scared = Do the children in the home seem scared, anxious or sad in a way that worries you?

## Questions: I have hurt or frightened someone close to me

q-used-put-down = Have you called someone close to you names, humiliated them or shouted at them so that they got scared?
q-used-control = Have you decided who a partner or someone in your family can see, where they can go or what they can wear?
q-used-control-youth = Have you decided who someone you are going out with, or a sibling, can see or what they can wear?
q-used-phone = Have you read someone's messages, demanded their passwords or checked their phone without asking?
q-used-images = Have you shared, or threatened to share, pictures or videos of someone that they did not want others to see?
q-used-money = Have you taken someone's money, or controlled it so that they could not use it themselves?
q-used-money-work = Have you stopped a partner or someone in your family from working or studying, or taken out loans in their name?
q-used-money-work-youth = Have you forced someone to give you money or things?
q-used-break = Have you broken things, thrown things or hit walls or doors when you were angry?
q-used-pets = Have you hurt or threatened to hurt an animal to frighten someone?
q-used-hit = Have you hit, pushed, kicked or held down a partner or someone in your family?
q-used-hit-youth = Have you hit, pushed or kicked someone in your family, like a parent or a sibling, or someone you are going out with?
q-used-neck = Have you ever squeezed someone's neck or throat?
q-used-weapon = Have you threatened someone with a knife, a weapon or something else that can hurt?
q-used-kill = Have you said that you will kill someone close to you, even if you did not mean it?
q-used-worse = Has it happened more often, or got more serious, in the last year?
q-used-sex = Have you pressured or forced someone into sex, or carried on when they said no or did not seem to want to?
q-used-sex-sulk = Have you become angry, sulky or threatening when a partner did not want sex?
q-used-children-see = Have children seen or heard you being violent or threatening at home?
q-used-children-afraid = Has a child become afraid of you, or tried to stop you or protect someone when you were angry?
q-used-afraid = Do you think someone close to you is afraid of you?
q-used-careful = Do you notice someone close to you going quiet or being careful so that you will not get angry?

## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Physical violence
category-physical-text = Someone hitting, pushing, holding you down or hurting you in other ways is violence. It is a crime, and it is never your fault.
category-physical-text-worried = Someone hitting, pushing or hurting the person you are worried about is violence and a crime. It is never their fault.
category-physical-text-used = What you describe is physical violence. It is possible to stop, and help is available.

category-psychological-title = Psychological violence
category-psychological-text = Threats, mocking and being controlled or kept from seeing other people are also violence. It can hurt as much as being hit.
category-psychological-text-worried = Threats, mocking and control are also violence, even when nothing shows. It can make it hard for them to ask for help.
category-psychological-text-used = Threatening, humiliating or controlling someone is psychological violence. You can choose to stop, and there is support to help you manage it.

category-sexual-title = Sexual violence
category-sexual-text = All sex must be voluntary, also with a partner. Being pressured or forced into anything sexual is violence and a crime.
category-sexual-text-worried = Nobody may pressure or force anyone into anything sexual. It is violence and a crime, also in a relationship.
category-sexual-text-used = Sex that both people do not want is sexual violence and a crime, also in a relationship. There is help if you want to change what you do.

category-economic-title = Economic violence
category-economic-text = Someone taking your money, controlling it or putting you in debt to control you is economic violence.
category-economic-text-worried = Someone taking their money or controlling it to control them is economic violence.
category-economic-text-used = Taking someone's money or controlling it to control them is economic violence. It can change, and support is available.

category-material-title = Material violence
category-material-text = Someone breaking your things or hurting your animal to frighten you is also violence.
category-material-text-used = Breaking things or hurting animals when you are angry frightens others and is a form of violence. It is possible to learn other ways to handle anger.

category-digital-title = Digital violence
category-digital-text = Someone checking your phone, tracking where you are or sharing pictures of you is violence, also when it happens online.
category-digital-text-worried = Someone checking their phone, tracking where they are or sharing pictures of them is violence, also when it happens online.
category-digital-text-used = Checking someone's phone, tracking where they are or sharing pictures of them is digital violence. It is possible to stop, and there is help.

category-latent-title = Living in fear
category-latent-text = Being afraid all the time and adapting to avoid violence is called latent violence. The fear is a sign that something is wrong, and it is not your fault.
category-latent-text-worried = Being afraid all the time and adapting is called latent violence. Their fear is an important sign to take seriously.
category-latent-text-used = When someone is afraid of you and adapts to you, it is called latent violence. Seeing it is an important first step.

category-neglect-title = Neglect
category-neglect-text = If you need help in daily life, you have the right to get it. Someone not helping you, or taking away what you need, is neglect.
category-neglect-text-worried = Someone who needs help going without food, medicine or care is neglect. They have the right to help.

category-honour-title = Honour-related violence and oppression
category-honour-text = When your family or relatives together decide who you can be with, what you can wear or who you must marry, it is called honour-related violence and oppression. You have the right to decide over your own life.
category-honour-text-worried = When family or relatives together control their life, friends, clothes or marriage, it is called honour-related violence and oppression. They have the right to decide over their own life.

category-children-witnessing-title = Children who see or hear violence
category-children-witnessing-text = Children who see or hear violence at home are themselves exposed to violence. They have the right to protection and support.
category-children-witnessing-text-worried = Children who see or hear violence at home are themselves exposed to violence. Social services can support the child and the family.
category-children-witnessing-text-used = Children who see or hear violence are deeply affected, even when they are not in the same room. Getting help is good for them too.

category-coerced-sex-title = Being pressured to sell sex
category-coerced-sex-text = Nobody may pressure, trick or force you to sell sex. In Sweden it is the person who buys sex or makes money from it who does wrong, never you.
category-coerced-sex-text-worried = Nobody may pressure, trick or force anyone to sell sex. A person who sells sex commits no crime in Sweden and has the right to support.

category-debt-bondage-title = Debt bondage
category-debt-bondage-text = Someone saying that you have a debt you must work off, one that never ends, is a way of controlling you. It can be human trafficking.

category-documents-taken-title = Passport and papers taken from you
category-documents-taken-text = Nobody may take your passport, your ID or your papers. Keeping them to control you is a sign of coercion.

## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Someone gripping another person's neck is a serious warning sign, even if no marks can be seen.
danger-weapon = Threats with a knife, a weapon or other objects are a serious warning sign.
danger-threat-to-kill = Threats to kill must always be taken seriously, even when they are said in anger.
danger-escalation = When violence or threats get worse or come more often, the risk of serious violence grows.
danger-separation = The time around a separation can be especially dangerous when the other person has been violent or controlling.
danger-pregnancy = Violence during a pregnancy is a serious warning sign, both for the pregnant person and for the baby.
danger-stalking = Being followed, watched or contacted all the time is a serious warning sign and can be a crime.
danger-forced-trip-or-marriage = Plans for a marriage or a trip abroad against someone's will are a serious warning sign. It is possible to get protection before the trip.
danger-threats-to-children = Threats against children are a serious warning sign. Children have the right to protection.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".
## A list is a series of ids ending in -1, -2, -3 … in the order they are shown.

## Safety page

safety-title = Your safety on this page
safety-intro = Here you can read how this page protects you and what it cannot hide. Do what feels safest for you.

safety-quick-exit-title = Leave this page quickly
safety-quick-exit-1 = The “Leave this page quickly” button is always at the top. You can also press Shift three times.
safety-quick-exit-2 = The page goes blank at once, and everything you answered is forgotten.
safety-quick-exit-3 = Then the tab goes to a weather site, so it looks as if you were checking the weather.
safety-quick-exit-4 = The browser's back button does not lead back here.

safety-cannot-hide-title = What this page cannot hide
safety-cannot-hide-1 = The browser's history still shows that you visited this page.
safety-cannot-hide-2 = You can delete just that visit. Open the history in the browser's menu and find Vägvisaren. Hold your finger on the line, swipe it to the side or tap the cross, and choose to delete it.
safety-cannot-hide-3 = If you delete only that line, the rest of the history looks as usual.
safety-cannot-hide-4 = The phone's list of recent calls shows the numbers you have called.
safety-cannot-hide-5 = You can delete a call from the list. Hold your finger on the call or swipe it to the left, and choose “Delete”.
safety-cannot-hide-6 = Calls to numbers that start with 020 are free and do not show on the phone bill. They still show in the list of recent calls.
safety-cannot-hide-7 = Text messages and chats stay on the phone until you delete them.

safety-private-browsing-title = Private browsing
safety-private-browsing-1 = Most browsers have a private mode, also called incognito. Then the visit is not kept in the history when you close the window.
safety-private-browsing-2 = You usually open it from the browser's menu, with “New private window” or “New incognito tab”.
safety-private-browsing-3 = Private mode does not hide what you do from a program that watches the phone, nor from the network at a workplace or a school.

safety-shared-phone-title = If someone else uses or checks your phone
safety-shared-phone-1 = If someone else can borrow or check your phone or computer, that person can see what you do on it.
safety-shared-phone-2 = Someone may have installed a program that watches the phone, called spyware. Someone may also know your passwords and codes.
safety-shared-phone-3 = If it feels safer, you can use a friend's phone, a computer at the library or a phone at work.
safety-shared-phone-4 = It may be noticed if you suddenly change passwords or delete programs. Think about what is safest for you before you do it.

safety-transparency-title = This page saves nothing and sends nothing
safety-transparency-1 = This page saves nothing on your phone or computer, not even cookies. Your language and municipality are only kept until you close the page.
safety-transparency-2 = What you answer is never sent anywhere. The page only fetches the same files as it does for everyone else, whatever you answer.
safety-transparency-intro = See for yourself: the list below shows every request the page has made since you opened it.
safety-transparency-empty = The page has not made any requests yet.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] The page has made one request.
   *[other] The page has made { $count } requests.
}

## Help view (reachable without the questions)

help-title = Find help
help-intro = Here are support lines for all of Sweden and contacts in your municipality. You decide who you contact and what you tell them.
help-emergency = Are you in danger right now? Call 112.
help-not-sure = You can call even if you are not sure it is violence. It is enough that you are worried or want to talk.

help-what-happens-title = This is what happens when you call a support line
help-what-happens-1 = Someone listens to you and takes what you say seriously.
help-what-happens-2 = You decide what you want to tell, and you can end the call whenever you want.
help-what-happens-3 = Many support lines are free, and with many you can stay anonymous. Each contact says so.
help-what-happens-4 = Many support lines can arrange an interpreter, so that you can talk in your own language.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = We do not have our own contacts for { $municipality } yet. Call the municipality's switchboard (växel) and ask for social services (socialtjänsten). Outside office hours, ask for the social on-call service (socialjouren), or call 112 if it is urgent.

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
contact-languages = You can also speak { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Checked { $date }
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
kind-social-services-on-call = Social services out of hours (socialjour)
kind-womens-shelter = Women's shelter
kind-girls-shelter = Support for girls and young women
kind-mens-shelter = Support for men
kind-youth-clinic = Youth clinic
kind-perpetrator-programme = Help to stop using violence
kind-victim-support = Support after a crime
kind-health = Health care

## Who the contact is for (phrases after “For: …”)

audience-everyone = Everyone
audience-women = Women
audience-men = Men
audience-trans = Trans and non-binary people
audience-young = Young people
audience-children = Children under 18
audience-honour = People exposed to honour-related violence and oppression
audience-trafficking = People who sell sex or are exposed to human trafficking
audience-uses-violence = People who use violence and want to stop
audience-worried-others = People who are worried about someone else
audience-professionals = Professionals

## Result: fixed parts

result-title = What your answers describe
result-intro = What you answered describes one or more forms of violence. Below you can read what they are called and where you can get support.
result-none = None of your answers described violence. You are still welcome to talk to someone if something feels wrong. Trust your feeling.
result-none-rather-not-say = You chose not to answer some questions, and that is completely fine. You can still get support, and you decide what you tell.

result-urgent-title = If you are in danger now, call 112
result-urgent-text = Say where you are and what is happening. The call is free. You can call even if you cannot talk freely. If so, stay on the line.
result-urgent-signs-intro = We show this first because your answers mention something that can be a serious warning sign:

result-not-your-fault = What is happening to you is not your fault. Nobody has the right to hurt, threaten or control you.
result-right-to-support = You have the right to ask for support from social services in the municipality where you are, wherever you come from and whether or not you have a residence permit. It costs nothing to contact them.

result-what-happens-title = What happens if I get in touch?
result-what-happens-1 = You can start by calling a support line to talk and get advice. You decide what you tell.
result-what-happens-2 = Social services can give you support talks, help to plan how to stay safe, and help with sheltered housing if you need to move.
result-what-happens-3 = You can take one step at a time. Feel free to ask what happens next before you tell more.

result-contacts-title = Where you can get support
result-show-local = Show help near me
result-start-over = Start over
result-start-over-hint = Everything you answered is forgotten.

## Result: for someone who has hurt or frightened someone

result-used-intro = Your answers describe that you have done things that can hurt or frighten someone close to you.
result-used-responsibility = Answering these questions is an important step. Violence is a choice, and you can choose to stop. There is help for that, for example Välj att sluta and social services in your municipality.
result-used-urgent-text = If you are afraid you will hurt someone right now, or if someone is in danger, call 112.

## Result: for someone who is worried about another person

result-worried-intro = Your answers describe that the person you are worried about may be exposed to violence. Here you can read more and see where both you and they can get support.

## For someone who is worried about another person

worried-title = If you are worried about someone
worried-intro = It is good that you care. Here are signs to notice, advice on how to talk with them, and where you can turn.

worried-signs-title = Signs to notice
worried-signs-1 = They seem afraid, sad or anxious, and have changed.
worried-signs-2 = They do not see friends and family as often as before, or are not allowed to.
worried-signs-3 = Someone calls or texts them all the time and wants to know where they are.
worried-signs-4 = They have injuries that they will not or cannot explain.
worried-signs-5 = They have no money of their own, or someone else has their passport or phone.
worried-signs-6 = They talk about a marriage or a trip that they did not choose themselves.

worried-talk-title = How to start the conversation
worried-talk-1 = Choose a place where you can talk alone and in peace.
worried-talk-2 = Say what you have noticed and that you care. You could say: “I have noticed that you seem sad. How are you doing?”
worried-talk-3 = Listen without judging, and believe what they tell you.
worried-talk-4 = Let them set the pace. It can take time before they want to tell more.
worried-talk-5 = Tell them that help exists, and offer to be there when they call or get in touch.

worried-dont-title = What not to do
worried-dont-1 = Do not confront the person who uses violence. It can make things more dangerous for the person you are worried about.
worried-dont-2 = Do not push them to tell or to leave. They know best what is safe.
worried-dont-3 = Do not contact the family or relatives if you suspect honour-related violence. It can put them in danger.
worried-dont-4 = Do not let anyone from the family, the relatives or their circle interpret. Ask for an interpreter who does not know the family.
worried-dont-5 = Do not send messages about the violence to their phone if someone else can read them.

worried-over-time-title = Being there over time
worried-over-time-1 = Keep getting in touch, even if they do not want to talk right now.
worried-over-time-2 = It is common to leave and go back several times. Show that you are still there, without judging.
worried-over-time-3 = Take care of yourself too. Many support lines take calls from people who are worried about someone else.

worried-child-title = If you are worried about a child
worried-child-1 = Anyone can report their concern (orosanmälan) to social services in the municipality where the child lives. You do not need to be sure. It is enough that you are worried.
worried-child-2 = As a private person you can stay anonymous when you report. Social services find out how the child is doing.
worried-child-3 = People who work with children, for example in school, health care or social services, have a duty to report.

## School staff page

staff-title = For you who work in a school
staff-intro = Vägvisaren helps young people find out for themselves whether what they are going through is violence, and where they can get help. Here you can read how to support a student.
staff-load-failed = The page could not be loaded. Check your connection and try again.
staff-what-1 = The tool asks about partners, family and relatives, about being pressured to sell sex, and about having hurt someone. People under 18 get simpler questions.
staff-what-2 = The answers show which forms of violence it may be about, whether the student should call 112 at once, and which support lines and contacts fit.
staff-what-3 = Nothing is saved or sent. Neither you nor the school can see what the student answered.

staff-talk-title = Talking with a young person who may be exposed
staff-talk-1 = Listen calmly, in a place where you will not be disturbed. Let the student tell it in their own words.
staff-talk-2 = Believe what the student tells you, and say it was good that they told you. It is never their fault.
staff-talk-3 = Do not promise to keep it secret. Say honestly that you may need to report to social services, and why.
staff-talk-4 = Do not contact the family if you suspect honour-related violence. It can put the student in danger.
staff-talk-5 = Do not use an interpreter from the family or their network. Book a professional interpreter, for example a phone interpreter from another town, and ask the student whether the interpreter feels safe.
staff-talk-6 = Write down what the student said, in the student's own words, and when it was said. Do not write your own interpretations as if they were facts.

staff-same-day-title = The same day
staff-same-day-1 = Make a report to social services the same day. Do not wait to find out more.
staff-same-day-2 = Tell the head teacher or the student health team. Remember that the duty to report is still your own.
staff-same-day-3 = If the student is in danger or does not dare go home, call social services at once. Outside office hours, call the social on-call service (socialjouren), or 112 if it is urgent.

staff-duty-title = The duty to report
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Everyone who works in a school must report to social services at once if they know or suspect that a child is being harmed. This is set out in the Social Services Act, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Suspicion is enough. You do not need proof. It is social services who investigate.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = The duty is personal. You cannot hand it over to the head teacher, the school counsellor or anyone else.
staff-duty-4 = Report to social services in the municipality where the child lives. You can call or write. Outside office hours, call the social on-call service (socialjouren), or 112 if it is urgent.

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

## About Vägvisaren

about-title = About Vägvisaren
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren is an independent tool, not a public authority. We cannot take reports or answer questions about your situation.
about-free = Vägvisaren is free. You do not need to log in or say who you are.
about-private = Nothing you answer is saved or sent. The server keeps no record of who visits the page.
about-contacts-title = How we check the contacts
about-contacts-1 = Every number and opening time has a source, for example the support line's own website, and a date when we checked it.
about-contacts-2 = We never show a number that no source states. If something has changed, what the support line's own website says is what counts.
about-languages-title = Languages
about-languages-intro = The text is written in Swedish first and then translated. This is how far we have come with each language:
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = the source language
status-reviewed = translated and reviewed by a native speaker
status-unreviewed = translated, not yet reviewed

## Navigation

nav-start-questions = Start the questions
nav-help = Find help
nav-safety = Your safety
nav-staff = For school staff
nav-about = About
nav-back = Back
nav-next = Next
nav-home = Home

## Safety page, added by the UI

safety-transparency-refresh = Update the list
