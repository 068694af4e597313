# Vägvisaren — the safety plan.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.
# Loaded only when someone opens the safety plan. Calm, plain and in the second person. The plan
# never urges anyone to leave or to stay: both are real choices.

## Plan
plan-title = Mon plan de sécurité
plan-intro = Ici, vous pouvez noter ce qui peut vous aider à être en sécurité. Vous choisissez vous-même ce que vous remplissez, et vous pouvez passer ce qui ne vous correspond pas.
plan-not-kept = Rien n'est enregistré ni envoyé. Ce que vous écrivez reste seulement jusqu'à ce que vous fermiez la page, appuyiez sur « Recommencer » ou quittiez la page rapidement.
plan-print-warning = Si vous imprimez le plan ou l'enregistrez en PDF, cela crée une copie qui reste. Pensez à l'endroit où vous la gardez : quelqu'un d'autre peut trouver un plan imprimé.
plan-print = Imprimer ou enregistrer en PDF
plan-suggestions-title = Suggestions d'après vos réponses
plan-suggestions-note = Les suggestions s'affichent seulement ici et n'apparaissent pas sur une impression.
plan-empty-field = (rien d'écrit)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = Si vous avez des blessures, vous pouvez consulter un service de santé, même si rien ne se voit. Les soignants peuvent aussi documenter les blessures.
plan-suggest-children = N'hésitez pas à faire un plan pour les enfants : où ils peuvent aller et qui ils peuvent appeler.
plan-suggest-trip = Si un voyage est prévu : notez ce que vous faites avant le voyage et qui vous contactez.
plan-suggest-leaving = Si vous pensez partir : la période autour du départ peut être dangereuse. N'hésitez pas à la préparer avec une ligne d'écoute, un centre de soutien pour femmes, pour filles ou pour hommes (kvinnojour, tjejjour ou mansjour) ou les services sociaux (socialtjänsten).
plan-suggest-phone = Commencez de préférence par le téléphone et les comptes : quelqu'un peut surveiller où vous êtes ou ce que vous écrivez.
plan-suggest-weapons = Dites à la police s'il y a des armes. La police peut prendre les armes en charge quand il y a un risque de violence.
plan-suggest-suicide = N'hésitez pas à noter Självmordslinjen (ligne d'écoute pour la prévention du suicide) parmi les numéros que vous pouvez appeler. Elle est ouverte jour et nuit.

## People to call
plan-people-title = Personnes que je peux appeler
plan-people-advice = Choisissez quelques personnes en qui vous avez confiance. Décidez ensemble de ce qu'elles doivent faire si vous les contactez, par exemple appeler le 112.
plan-people-field = Nom et numéro de téléphone de personnes en qui j'ai confiance
plan-codeword-field = Un mot de code qui signifie que j'ai besoin d'aide

## A safe place
plan-place-title = Un endroit sûr
plan-place-advice = Pensez à des endroits où vous pouvez être en sécurité un moment, par exemple chez quelqu'un que l'autre personne ne connaît pas, ou des lieux ouverts jour et nuit.
plan-place-field = Où je peux aller si je dois partir vite

## What to keep ready
plan-ready-title = Choses à avoir prêtes
plan-ready-advice = Il peut être utile de garder les choses importantes ensemble, ou d'en laisser des copies chez une personne de confiance : carte d'identité et passeport, BankID et carte bancaire, clés, médicaments, argent, un chargeur et les papiers des enfants.
plan-ready-field = Où je les garde, ou qui a des copies

## Phone and accounts
plan-phone-title = Téléphone et comptes
plan-phone-advice = Changez vos mots de passe depuis un téléphone ou un ordinateur auquel personne d'autre n'a accès, et vérifiez si le partage de position est activé. Sachez que cela peut se remarquer si vous changez quelque chose : faites ce qui vous semble le plus sûr.
plan-phone-field = Ce que je veux vérifier ou changer

## Children
plan-children-title = Le plan des enfants
plan-children-advice = Les enfants peuvent apprendre où aller et qui appeler quand la situation est tendue à la maison. Les enfants peuvent appeler le 112 et Bris. Les services sociaux (socialtjänsten) peuvent soutenir les enfants.
plan-children-field = Ce que les enfants doivent faire, et qui ils peuvent appeler

## Staying or leaving: both are legitimate
plan-stay-title = Si je reste
plan-stay-advice = Beaucoup de personnes restent, pour un temps ou pour toujours, et c'est aussi un vrai choix. Pensez aux pièces d'où vous pouvez sortir facilement, et à qui vous pouvez appeler quand la situation devient tendue.
plan-stay-field = Ce que je fais pour être plus en sécurité là où j'habite
plan-leave-title = Si je veux partir
plan-leave-advice = La période autour du départ peut être dangereuse. N'hésitez pas à la préparer avec une ligne d'écoute, un centre de soutien pour femmes, pour filles ou pour hommes (kvinnojour, tjejjour ou mansjour) ou les services sociaux (socialtjänsten), qui peuvent aider à trouver un logement.
plan-leave-field = Ce que je dois organiser avant, et qui peut m'aider

## For young people
plan-youth-title = Un adulte en qui j'ai confiance
plan-youth-advice = Tu peux toujours appeler Bris, sans dire qui tu es. Le ou la kurator de l'école et l'infirmier ou l'infirmière scolaire peuvent t'écouter et t'aider à entrer en contact avec les services sociaux (socialtjänsten).
plan-youth-field = Un adulte à qui je peux parler, par exemple le ou la kurator de l'école, un ou une prof, ou quelqu'un de la famille

## A feared trip abroad
plan-trip-title = Avant un voyage
plan-trip-advice = Parlez-en aux services sociaux (socialtjänsten), à la police ou à la ligne d'écoute pour la violence liée à l'honneur avant le voyage. Pour un enfant, les services sociaux peuvent demander un utreseförbud (interdiction de sortie du territoire pour un enfant). Enregistrez l'adresse de l'ambassade de Suède dans le pays.
plan-trip-field = Ce que je fais avant le voyage, et qui je contacte

## Exploitation
plan-papers-title = Mes papiers et où trouver du soutien
plan-papers-advice = Prenez une photo ou faites une copie de votre passeport et de vos autres papiers, et gardez-la là où personne d'autre n'y a accès. Vous pouvez contacter la police et les services sociaux (socialtjänsten) même si vous n'avez pas de titre de séjour.
plan-papers-field = Copies et numéros de téléphone que je veux avoir

## For someone who has used violence: when anger rises
plan-anger-title = Quand la colère monte
plan-anger-advice = Apprenez à reconnaître les signes dans votre corps et dans vos pensées avant de faire quoi que ce soit. Éloignez-vous : dites que vous faites une pause, et revenez quand vous êtes calme. C'est vous qui décidez de ce que vous faites.
plan-anger-signs-field = Mes signes d'alerte
plan-anger-do-field = Ce que je fais quand je les remarque
plan-anger-call-field = La personne ou la ligne que je peux appeler, par exemple Välj att sluta
