# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren aide les jeunes à savoir par eux-mêmes si ce qu'ils vivent est de la violence, et où trouver de l'aide. Ici, vous pouvez lire comment soutenir un ou une élève.
staff-what-1 = L'outil pose des questions sur la violence dans les relations proches, la violence et l'oppression liées à l'honneur, la pression pour avoir des relations sexuelles ou l'exploitation, et sur le fait d'avoir soi-même fait du mal à quelqu'un. Les moins de 18 ans reçoivent des questions écrites pour les jeunes.
staff-what-2 = Les réponses montrent de quelles formes de violence il peut s'agir et quelles lignes d'écoute et quels contacts conviennent. Si les réponses mentionnent un signal d'alarme grave, le 112 s'affiche en premier. C'est l'élève qui décide de la suite.
staff-what-3 = Rien n'est enregistré ni envoyé. Ni vous ni l'école ne pouvez voir ce que l'élève a répondu.

staff-talk-title = Parler avec un ou une jeune qui subit peut-être de la violence
staff-talk-1 = Écoutez calmement, dans un endroit où personne ne vous dérangera. Laissez l'élève raconter avec ses propres mots.
staff-talk-2 = Croyez ce que l'élève raconte, et dites-lui que c'était bien de vous en parler. Ce n'est jamais de sa faute.
staff-talk-3 = Ne promettez pas de garder le secret. Dites honnêtement que vous devrez peut-être faire un signalement aux services sociaux (socialtjänsten), et pourquoi.
staff-talk-4 = Ne contactez pas les parents ou les tuteurs légaux si vous soupçonnez que l'élève subit de la violence ou des menaces de la part de quelqu'un de sa famille, ou de la violence liée à l'honneur. Cela peut mettre l'élève en danger. Laissez les services sociaux (socialtjänsten) décider quand et comment la famille est contactée.
staff-talk-5 = N'utilisez pas d'interprète de la famille ou de son entourage. Réservez un interprète professionnel, par exemple un interprète par téléphone d'une autre ville, et demandez à l'élève si l'interprète lui inspire confiance.
staff-talk-6 = Notez ce que l'élève a dit, avec ses propres mots, et à quel moment. N'écrivez pas vos propres interprétations comme si c'étaient des faits.
staff-talk-7 = Ne posez pas de questions orientées et n'interrogez pas l'élève vous-même. C'est le rôle des services sociaux (socialtjänsten) et de la police de mener l'enquête.

staff-same-day-title = Le jour même
staff-same-day-1 = Faites un signalement aux services sociaux (socialtjänsten) le jour même. N'attendez pas d'en savoir plus.
staff-same-day-2 = Informez la direction de l'école ou l'équipe de santé scolaire (elevhälsan). N'oubliez pas que l'obligation de signaler reste la vôtre.
staff-same-day-3 = Si l'élève est en danger ou n'ose pas rentrer à la maison, appelez tout de suite les services sociaux (socialtjänsten). En dehors des heures de bureau, appelez le service social d'urgence (socialjouren), ou le 112 en cas d'urgence.
staff-same-day-4 = Ne renvoyez pas à la maison un ou une élève qui a peur d'y rentrer tant que vous n'avez pas joint les services sociaux (socialtjänsten) ou le service social d'urgence (socialjouren).

staff-duty-title = Obligation de signalement (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Toutes les personnes qui travaillent à l'école ont l'obligation de faire immédiatement un signalement aux services sociaux (socialtjänsten) si elles apprennent ou soupçonnent qu'un enfant subit de la maltraitance ou de la négligence, ou qu'il va mal d'une autre façon (« far illa »). C'est ce qu'on appelle l'anmälningsskyldighet (obligation de signalement), prévue par la loi sur les services sociaux, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Un soupçon suffit. Vous n'avez pas besoin de preuves. Ce sont les services sociaux qui mènent l'enquête.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Cette obligation est personnelle. Vous ne pouvez pas la transmettre à la direction, au ou à la kurator (conseiller social de l'école) ni à quelqu'un d'autre.
staff-duty-4 = Faites le signalement aux services sociaux (socialtjänsten) de la commune où vit l'enfant. Vous pouvez appeler ou écrire. En dehors des heures de bureau, appelez le service social d'urgence (socialjouren), ou le 112 en cas d'urgence.

staff-lines-title = Lignes d'écoute pour les professionnels
staff-lines-intro = Ici, vous pouvez obtenir des conseils, par exemple sur la suite à donner quand un ou une élève vous a confié quelque chose.

staff-builder-title = Créer un lien et une affiche
staff-builder-intro = Choisissez une commune et des langues. Elles apparaissent dans le lien et sur l'affiche, et rien d'autre n'y apparaît.
staff-builder-municipality = Commune
staff-builder-languages = Langues (choisissez-en une, deux ou trois)
staff-builder-youth = Ouvrir directement les questions pour les jeunes
staff-builder-link-label = Lien à partager
staff-builder-copy = Copier le lien
staff-builder-copied = Le lien a été copié.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = Code QR qui mène à { $link }
staff-builder-print = Imprimer l'affiche
staff-builder-too-many-languages = Vous pouvez choisir trois langues au maximum.

## The poster (printed in several languages side by side)

poster-title = Il se passe quelque chose à la maison ou dans votre couple qui vous inquiète ?
poster-line = Scannez le code. Rien n'est enregistré. Vous choisissez vous-même ce que vous répondez.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = Vous avez moins de 18 ans ? Vous pouvez appeler Bris (ligne d'écoute pour les enfants et les jeunes) au { $number }.
poster-emergency = Êtes-vous en danger en ce moment ? Appelez le 112.
