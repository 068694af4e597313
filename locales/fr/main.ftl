# Vägvisaren — français.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – soutien et aide
language-label = Langue

## Quick exit

quick-exit-button = Quitter la page rapidement
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Appuyez encore une fois sur Maj pour quitter la page.
   *[other] Appuyez encore { $remaining } fois sur Maj pour quitter la page.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = La langue « { $code } » n'est pas encore disponible ici, la page s'affiche donc en suédois. Vous pouvez choisir une autre langue plus haut.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = Le code de commune « { $code } » n'existe pas, aucune commune n'est donc choisie. Vous pouvez choisir une commune sous « Trouver de l'aide ».

## Start screen

start-title = Il se passe quelque chose qui ne vous semble pas normal ? Ici, vous pouvez lire au calme ce qu'est la violence et où trouver de l'aide.
start-lead = Répondez à quelques questions sur ce qui vous arrive, ou sur ce qui arrive à une personne pour qui vous vous inquiétez. Vous saurez comment cela peut s'appeler et où trouver du soutien. C'est vous qui décidez de ce que les réponses signifient pour vous.
start-duration = Cela prend environ cinq à dix minutes. Vous pouvez passer des questions et arrêter quand vous voulez.
start-private = Rien de ce que vous répondez n'est enregistré ni envoyé nulle part. Tout reste sur votre téléphone ou votre ordinateur jusqu'à ce que vous fermiez la page.
start-quick-exit = Le bouton « Quitter la page rapidement » est toujours en haut. Vous pouvez aussi appuyer trois fois sur la touche Maj (⇧).
start-emergency = Êtes-vous en danger en ce moment ? Appelez le 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Que voulez-vous savoir ?
flow-path-partner = À propos de moi – mon ou ma partenaire, ou mon ex-partenaire
flow-path-family = À propos de moi – ma famille, ma parenté ou une personne qui m'aide au quotidien
flow-path-exploitation = À propos de moi – quelqu'un me fait vendre des services sexuels, ou contrôle mon travail, mon argent ou mes papiers
flow-path-worried = À propos d'une personne pour qui je m'inquiète
flow-path-used-violence = J'ai fait du mal ou j'ai fait peur à une personne proche de moi
flow-path-partner-youth = À propos de moi – quelqu'un avec qui je sors ou avec qui j'ai eu une histoire
flow-path-family-youth = À propos de moi – ma famille, proche ou éloignée
flow-path-exploitation-youth = À propos de moi – quelqu'un me pousse à faire des choses sexuelles, sur internet ou dans la vraie vie, ou me fait travailler ou commettre des délits pour son compte
flow-path-worried-youth = À propos d'un copain, d'une copine ou de quelqu'un d'autre pour qui je m'inquiète
flow-path-used-violence-youth = J'ai fait du mal ou j'ai fait peur à quelqu'un de ma famille ou à quelqu'un avec qui je sors
flow-age-title = Quel âge avez-vous ?
flow-age-under-18 = Moins de 18 ans
flow-age-adult = 18 ans ou plus
flow-about-child-title = La personne pour qui vous vous inquiétez a-t-elle moins de 18 ans ?
flow-about-child-yes = Oui, moins de 18 ans
flow-about-child-no = Non, 18 ans ou plus
flow-about-child-unknown = Je ne sais pas
flow-self-title = Comment vous décrivez-vous ?
flow-self-hint = Vous n'avez pas à répondre. La réponse sert seulement à afficher l'aide qui vous convient, et elle n'est pas enregistrée.
flow-self-woman = Femme ou fille
flow-self-man = Homme ou garçon
flow-self-trans = Personne trans ou non binaire
flow-self-rather-not-say = Je préfère ne pas répondre
flow-skip = Passer
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Question { $current } sur { $total }
flow-answer-yes = Oui
flow-answer-sometimes = Parfois
flow-answer-no = Non
flow-answer-rather-not-say = Je préfère ne pas répondre
flow-answers-label = Votre réponse
flow-see-result = Voir le résultat
flow-change-hint = Vous pouvez revenir en arrière et changer une réponse quand vous voulez.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = Votre sécurité sur cette page

## Help view (reachable without the questions)

help-title = Trouver de l'aide
help-intro = Vous trouverez ici des lignes d'écoute pour toute la Suède et des contacts dans votre commune : pour toute personne exposée à la violence dans les relations proches, à la violence et à l'oppression liées à l'honneur, à la prostitution ou à la traite des êtres humains, pour toute personne qui s'inquiète pour quelqu'un, et pour toute personne qui veut arrêter d'utiliser la violence. C'est vous qui décidez qui vous contactez et ce que vous racontez.
help-emergency = Êtes-vous en danger en ce moment ? Appelez le 112.
help-not-sure = Vous pouvez appeler même si vous ne savez pas si c'est de la violence. Il suffit que quelque chose vous inquiète ou que vous ayez envie de parler.

help-what-happens-title = Voici ce qui se passe quand vous appelez une ligne d'écoute
help-what-happens-1 = Quelqu'un vous écoute et prend au sérieux ce que vous racontez.
help-what-happens-2 = C'est vous qui décidez ce que vous voulez raconter, et vous pouvez raccrocher quand vous voulez.
help-what-happens-3 = Beaucoup de lignes d'écoute sont gratuites, et beaucoup permettent de rester anonyme. C'est indiqué pour chaque contact.
help-what-happens-4 = Beaucoup de lignes d'écoute peuvent faire appel à un interprète, pour que vous puissiez parler dans votre propre langue.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = Nous n'avons pas encore de numéro pour les services sociaux (socialtjänsten) à { $municipality }. Appelez le standard téléphonique de la commune (växel) et demandez à parler aux services sociaux (socialtjänsten). En dehors des heures de bureau, vous pouvez demander le service social d'urgence (socialjouren), ou appeler le 112 en cas d'urgence.

help-municipality-label = Votre commune
help-municipality-hint = Écrivez le nom de votre commune. Ce choix reste sur votre téléphone ou votre ordinateur et n'est pas enregistré. La page télécharge les contacts de toutes les communes en même temps, donc personne ne peut voir laquelle vous avez choisie.
help-municipality-no-match = Nous ne trouvons aucune commune avec ce nom. Vérifiez l'orthographe ou écrivez le début du nom.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Vous avez choisi { $municipality }.
help-municipality-change = Changer de commune

help-national-title = Soutien dans toute la Suède
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Soutien à { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Appeler le { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = Envoyer un SMS au { $number }
contact-chat = Ouvrir le chat
contact-web = Ouvrir le site web
contact-open-always = Ouvert 24 h sur 24, tous les jours
contact-open-now = Ouvert maintenant
contact-closed-now = Fermé en ce moment
contact-hours-unknown = Nous n'avons pas pu vérifier les horaires d'ouverture.
contact-free = Gratuit
contact-anonymous = Vous pouvez rester anonyme
contact-interpreter = Possibilité d'avoir un interprète
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Ce service peut aussi vous répondre dans ces langues : { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Informations consultées le { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = La page source est datée du { $date }
contact-source-third-party = Informations provenant uniquement d'une page autre que celle de l'organisation elle-même
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = Selon la source, la ligne avait un financement jusqu'au { $date }. Nous ne savons pas si elle existe encore.
contact-switchboard = Ce numéro mène au standard de la commune (växel). Demandez à parler aux services sociaux (socialtjänsten).
contact-via-112 = Pour joindre ce service d'urgence, appelez le 112 et demandez à parler au service social d'urgence (socialjouren).
contact-for-professionals = Pour les professionnels
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Pour : { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Tous les jours
days-weekdays = Lundi–vendredi
days-weekends = Samedi–dimanche
days-mon = Lundi
days-tue = Mardi
days-wed = Mercredi
days-thu = Jeudi
days-fri = Vendredi
days-sat = Samedi
days-sun = Dimanche

## What kind of contact it is (short noun phrases)

kind-emergency = Numéro d'urgence
kind-police = Police
kind-helpline = Ligne d'écoute
kind-social-services = Services sociaux (socialtjänsten)
kind-social-services-on-call = Service social d'urgence (socialjouren)
kind-womens-shelter = Kvinnojour (soutien et refuge pour les femmes)
kind-girls-shelter = Tjejjour (soutien pour les filles et les jeunes femmes)
kind-mens-shelter = Mansjour (soutien pour les hommes)
kind-youth-clinic = Ungdomsmottagning (centre de santé pour les jeunes)
kind-perpetrator-programme = Aide pour arrêter d'utiliser la violence
kind-victim-support = Soutien après une infraction
kind-health = Santé et soins
kind-suicide-prevention = Soutien en cas de pensées suicidaires

## Who the contact is for (phrases after “For: …”)

audience-everyone = Tout le monde
audience-women = Femmes
audience-men = Hommes
audience-trans = Personnes trans et non binaires
audience-young = Jeunes
audience-children = Enfants de moins de 18 ans
audience-honour = Personnes exposées à la violence et à l'oppression liées à l'honneur
audience-trafficking = Personnes qui vendent des services sexuels ou qui sont exposées à la traite des êtres humains
audience-uses-violence = Personnes qui utilisent la violence et veulent arrêter
audience-worried-others = Personnes qui s'inquiètent pour quelqu'un d'autre
audience-professionals = Professionnels

result-contacts-title = Où trouver du soutien

## School staff page

staff-title = Si vous travaillez dans une école
staff-load-failed = La page n'a pas pu être chargée. Vérifiez votre connexion et réessayez.
plan-load-failed = Le plan de sécurité n'a pas pu être chargé. Vérifiez votre connexion et réessayez.
text-load-failed = Le texte n'a pas pu être chargé. Vérifiez votre connexion et réessayez.
text-load-retry = Réessayer
read-aloud = Lire à voix haute
read-aloud-stop = Arrêter la lecture

## About Vägvisaren

about-title = À propos de Vägvisaren
language-status-marker = traduction automatique

## Navigation

nav-start-questions = Commencer les questions
nav-help = Trouver de l'aide
nav-safety = Votre sécurité
nav-staff = Pour le personnel scolaire
nav-about = À propos
nav-plan = Faire un plan de sécurité
nav-back = Retour
nav-next = Suivant
nav-home = Accueil
