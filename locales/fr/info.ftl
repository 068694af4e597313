# Vägvisaren — the safety page and the about page.
# Loaded when someone opens the safety page or the about page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

safety-intro = Ici, vous pouvez lire comment cette page vous protège et ce qu'elle ne peut pas cacher. Faites ce qui vous semble le plus sûr pour vous.
safety-quick-exit-title = Quitter la page rapidement
safety-quick-exit-1 = Le bouton « Quitter la page rapidement » est toujours en haut. Vous pouvez aussi appuyer trois fois sur la touche Maj (⇧).
safety-quick-exit-2 = La page devient vide tout de suite, et tout ce que vous avez répondu est oublié.
safety-quick-exit-3 = Ensuite, l'onglet va sur un site météo, comme si vous aviez regardé la météo.
safety-quick-exit-4 = Le bouton Retour du navigateur ne ramène pas ici.
safety-cannot-hide-title = Ce que cette page ne peut pas cacher
safety-cannot-hide-1 = L'historique du navigateur montre quand même que vous avez visité cette page.
safety-cannot-hide-2 = Vous pouvez effacer seulement cette visite. Ouvrez l'historique dans le menu du navigateur et cherchez Vägvisaren. Gardez le doigt appuyé sur la ligne, faites-la glisser sur le côté ou touchez la croix, puis choisissez de la supprimer.
safety-cannot-hide-3 = Si vous supprimez seulement cette ligne, le reste de l'historique reste comme d'habitude.
safety-cannot-hide-4 = La liste des appels récents du téléphone montre les numéros que vous avez appelés.
safety-cannot-hide-5 = Vous pouvez supprimer un appel de la liste. Gardez le doigt appuyé sur l'appel ou faites-le glisser vers la gauche, puis choisissez « Supprimer ».
safety-cannot-hide-6 = Les appels vers les numéros qui commencent par 020 sont gratuits et n'apparaissent pas sur la facture de téléphone. Ils apparaissent quand même dans la liste des appels récents.
safety-cannot-hide-7 = Les SMS et les conversations de chat restent dans le téléphone jusqu'à ce que vous les supprimiez.
safety-private-browsing-title = Navigation privée
safety-private-browsing-1 = La plupart des navigateurs ont un mode privé, aussi appelé navigation privée ou incognito. Dans ce mode, la visite n'est pas gardée dans l'historique quand vous fermez la fenêtre.
safety-private-browsing-2 = On l'ouvre généralement dans le menu du navigateur, avec « Nouvelle fenêtre privée » ou « Nouvelle fenêtre de navigation privée ».
safety-private-browsing-3 = Le mode privé ne cache pas ce que vous faites à un programme qui surveille le téléphone, ni au réseau d'un lieu de travail ou d'une école.
safety-shared-phone-title = Si quelqu'un d'autre utilise ou contrôle votre téléphone
safety-shared-phone-1 = Si quelqu'un d'autre peut emprunter ou regarder votre téléphone ou votre ordinateur, cette personne peut voir ce que vous y faites.
safety-shared-phone-2 = Quelqu'un a peut-être installé un programme qui surveille le téléphone, qu'on appelle un logiciel espion. Quelqu'un connaît peut-être aussi vos mots de passe et vos codes.
safety-shared-phone-3 = Si cela vous semble plus sûr, vous pouvez utiliser le téléphone d'un ami ou d'une amie, un ordinateur de la bibliothèque ou un téléphone au travail.
safety-shared-phone-4 = Cela peut se remarquer si vous changez soudain de mot de passe ou si vous supprimez des programmes. Réfléchissez à ce qui est le plus sûr pour vous avant de le faire.
safety-read-aloud-title = Lecture à voix haute
safety-read-aloud-1 = Le bouton « Lire à voix haute » utilise seulement les voix qui se trouvent sur votre téléphone ou votre ordinateur. Aucun texte n'est envoyé à un service de synthèse vocale.
safety-read-aloud-2 = Pensez que quelqu'un à proximité peut entendre ce qui est lu. La lecture s'arrête quand vous quittez la page rapidement.
safety-transparency-title = Cette page n'enregistre rien et n'envoie rien
safety-transparency-1 = Cette page n'enregistre rien sur votre téléphone ou votre ordinateur, pas même des cookies. La langue et la commune ne sont gardées que jusqu'à ce que vous fermiez la page.
safety-transparency-2 = Ce que vous répondez n'est jamais envoyé nulle part. La page télécharge seulement les mêmes fichiers que pour tout le monde, quelles que soient vos réponses.
safety-transparency-3 = La lecture à voix haute utilise seulement les voix de votre téléphone ou de votre ordinateur, donc rien de ce qui est lu n'est envoyé nulle part.
safety-transparency-intro = Vérifiez par vous-même : la liste ci-dessous montre chaque requête que la page a faite depuis que vous l'avez ouverte.
safety-transparency-empty = La page n'a encore fait aucune requête.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] La page a fait { $count } requête.
   *[other] La page a fait { $count } requêtes.
}
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren est un outil indépendant, pas une autorité publique. Nous ne pouvons pas recevoir de signalements ni répondre à des questions sur votre situation.
about-free = Vägvisaren est gratuit. Vous n'avez pas besoin de vous connecter ni de dire qui vous êtes.
about-private = Rien de ce que vous répondez n'est enregistré ni envoyé. Le serveur ne garde aucune information sur les personnes qui visitent la page.
about-contacts-title = Comment nous vérifions les contacts
about-contacts-1 = Chaque numéro et chaque horaire d'ouverture a une source, par exemple le site web de la ligne d'écoute elle-même, et la date à laquelle nous l'avons consultée. Si la page source indique elle-même une date, nous l'affichons aussi.
about-contacts-2 = Nous n'affichons jamais un numéro qu'aucune source n'indique. Si quelque chose a changé, c'est ce qui est écrit sur le site web de la ligne d'écoute qui compte.
about-read-aloud = La lecture à voix haute ne fonctionne que si votre téléphone ou votre ordinateur a sa propre voix pour la langue. Sinon, aucun bouton de lecture ne s'affiche.
about-languages-title = Langues
about-languages-intro = Les textes sont d'abord écrits en suédois, puis traduits. Voici où nous en sommes pour chaque langue :
about-languages-method = Chaque traduction est une traduction automatique à partir du suédois. Ensuite, une autre traduction automatique, qui n'a pas vu le texte suédois, la retraduit en suédois, puis nous comparons les phrases une par une et corrigeons ce qui diffère. Ce n'est pas la même chose qu'une relecture par une personne de langue maternelle.
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language } : { $status }
status-source = la langue source
status-reviewed = traduit et relu par une personne de langue maternelle
status-unreviewed = traduit, mais pas encore relu
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = traduit automatiquement ; glossaire et rétrotraduction vérifiés le { $date } ; pas encore relu par une personne de langue maternelle
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = réécrit en suédois facile à lire à partir du texte suédois standard ; sens vérifié par rétrotraduction le { $date } ; pas encore relu par une personne spécialiste du facile à lire
safety-transparency-refresh = Mettre à jour la liste
