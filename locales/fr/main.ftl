# Vägvisaren — français.
# Status: translated by the team from Swedish with machine assistance; not yet reviewed by a native speaker.

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

start-title = Est-ce de la violence ? Ici, vous pouvez le savoir, à votre rythme.
start-lead = Répondez à quelques questions sur ce qui vous arrive, ou sur ce qui arrive à une personne pour qui vous vous inquiétez. Vous saurez comment cela peut s'appeler et où trouver de l'aide.
start-duration = Cela prend environ cinq à dix minutes. Vous pouvez passer des questions et arrêter quand vous voulez.
start-private = Rien de ce que vous répondez n'est enregistré ni envoyé nulle part. Tout reste sur votre téléphone ou votre ordinateur jusqu'à ce que vous fermiez la page.
start-quick-exit = Le bouton « Quitter la page rapidement » est toujours en haut. Vous pouvez aussi appuyer trois fois sur la touche Maj (⇧).
start-emergency = Êtes-vous en danger en ce moment ? Appelez le 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = Que voulez-vous savoir ?
flow-path-partner = À propos de moi – mon ou ma partenaire, ou mon ex
flow-path-family = À propos de moi – ma famille ou ma parenté
flow-path-exploitation = À propos de moi – quelqu'un me fait vendre des services sexuels, ou contrôle mon travail, mon argent ou mes papiers
flow-path-worried = À propos d'une personne pour qui je m'inquiète
flow-path-used-violence = J'ai fait du mal ou j'ai fait peur à une personne proche de moi
flow-age-title = Quel âge avez-vous ?
flow-age-under-18 = Moins de 18 ans
flow-age-adult = 18 ans ou plus
flow-about-child-title = La personne pour qui vous vous inquiétez a-t-elle moins de 18 ans ?
flow-about-child-yes = Oui, moins de 18 ans
flow-about-child-no = Non, 18 ans ou plus
flow-about-child-unknown = Je ne sais pas
flow-self-title = Comment vous décrivez-vous ?
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


## Questions: partner or ex

q-partner-put-down = Est-ce que votre partenaire ou votre ex vous insulte, se moque de vous ou vous fait sentir que vous ne valez rien ?
q-partner-isolate = Est-ce que votre partenaire ou votre ex décide qui vous pouvez voir, où vous pouvez aller ou ce que vous pouvez porter ?
q-partner-phone = Est-ce que votre partenaire ou votre ex lit vos messages, exige vos mots de passe ou contrôle votre téléphone ?
q-partner-follow = Est-ce que votre partenaire ou votre ex vous suit, surveille où vous êtes avec une application, ou apparaît là où vous êtes alors que vous ne le voulez pas ?
q-partner-images = Est-ce que votre partenaire ou votre ex a diffusé, ou menacé de diffuser, des photos ou des vidéos de vous que vous ne voulez pas que d'autres voient ?
q-partner-money = Est-ce que votre partenaire ou votre ex prend votre argent, ou décide à votre place comment l'utiliser, si bien que vous ne pouvez pas l'utiliser vous-même ?
q-partner-money-youth = Est-ce que votre partenaire ou votre ex prend votre argent, ou décide de ce que vous pouvez acheter ?
q-partner-debt = Est-ce que votre partenaire ou votre ex a pris des crédits ou fait des dettes à votre nom, ou a fait en sorte que vous ne puissiez pas travailler ou étudier ?
q-partner-debt-youth = Est-ce que votre partenaire ou votre ex vous a interdit d'aller à l'école, ou vous a fait acheter des choses ou emprunter de l'argent pour lui ou pour elle ?
q-partner-break = Est-ce que votre partenaire ou votre ex a cassé, jeté ou pris vos affaires ?
q-partner-pets = Est-ce que votre partenaire ou votre ex a fait du mal à un animal auquel vous tenez, ou menacé de le faire ?
q-partner-threats = Est-ce que votre partenaire ou votre ex vous menace, par exemple de prendre les enfants, de raconter des choses sur vous ou de faire en sorte que vous deviez quitter la Suède ?
q-partner-hit = Est-ce qu'il est arrivé que votre partenaire ou votre ex vous frappe, vous pousse, vous donne des coups de pied ou vous tienne de force ?
q-partner-hurt = Avez-vous eu des bleus, des plaies ou d'autres blessures à cause de quelque chose que votre partenaire ou votre ex a fait ?
q-partner-neck = Est-ce qu'il est arrivé que votre partenaire ou votre ex vous prenne par le cou, appuie sur votre gorge ou fasse en sorte que vous ayez du mal à respirer ?
q-partner-weapon = Est-ce qu'il est arrivé que votre partenaire ou votre ex vous menace avec un couteau, une arme ou un autre objet qui peut blesser ?
q-partner-kill = Est-ce que votre partenaire ou votre ex a menacé de vous tuer, ou de tuer une personne proche de vous ?
q-partner-worse = La violence ou les menaces sont-elles devenues plus graves, ou plus fréquentes, au cours de l'année passée ?
q-partner-pregnant = Si vous avez été enceinte : est-ce qu'il est arrivé que votre partenaire ou votre ex vous frappe ou vous blesse pendant la grossesse ?
q-partner-sex = Est-ce qu'il est arrivé que votre partenaire ou votre ex vous force ou vous pousse à des relations ou à des actes sexuels que vous ne vouliez pas ?
q-partner-sex-fear = Avez-vous accepté des relations sexuelles parce que vous aviez peur de ce qui se passerait sinon ?
q-partner-care = Si vous avez besoin d'aide au quotidien : est-ce que votre partenaire ou votre ex a refusé ou négligé de vous donner de la nourriture, vos médicaments ou une autre aide dont vous avez besoin ?
q-partner-aids = Est-ce que votre partenaire ou votre ex vous a pris vos aides techniques (par exemple un fauteuil roulant ou un appareil auditif), vos lunettes, vos médicaments ou votre téléphone, si bien que vous ne pouvez pas vous débrouiller sans aide ni demander de l'aide ?
q-partner-children-see = S'il y a des enfants à la maison : ont-ils vu ou entendu de la violence ou des menaces entre vous ?
q-partner-children-afraid = Les enfants ont-ils eu peur, ou ont-ils essayé de vous protéger, quand votre partenaire ou votre ex était en colère ?
q-partner-children-threat = Est-ce que votre partenaire ou votre ex a menacé de faire du mal aux enfants, ou de vous les enlever ?
q-partner-afraid = Avez-vous peur de votre partenaire ou de votre ex, même quand cette personne ne fait rien à ce moment-là ?
q-partner-careful = Pensez-vous sans cesse à ce que vous dites et faites, pour que votre partenaire ou votre ex ne se mette pas en colère ?
q-partner-leaving = Avez-vous quitté votre partenaire récemment, ou pensez-vous le faire, et avez-vous peur de ce que cette personne fera alors ?

## Questions: family or relatives

q-family-collective = Est-ce que plusieurs personnes de votre famille ou de votre parenté décident ensemble de la façon dont vous devez vivre ?
q-family-collective-youth = Est-ce que d'autres personnes que vos parents, par exemple vos frères et sœurs ou d'autres membres de la famille, décident de votre vie ?
q-family-friends = Est-ce que votre famille ou votre parenté décide quels amis vous pouvez avoir, comment vous pouvez vous habiller ou ce que vous pouvez faire pendant votre temps libre ?
q-family-friends-youth = Est-ce que votre famille décide quels copains et copines vous pouvez avoir, ce que vous pouvez porter ou ce que vous pouvez faire après l'école ?
q-family-school = Est-ce que votre famille ou votre parenté vous empêche d'étudier, de travailler ou de choisir vous-même vos études ?
q-family-school-youth = Est-ce que votre famille vous empêche de participer à des cours, à des sorties scolaires ou à des activités à l'école ?
q-family-love = Est-ce que votre famille ou votre parenté décide qui vous pouvez aimer et avec qui vous pouvez être en couple, ou si vous pouvez montrer ouvertement qui vous êtes ?
q-family-love-youth = Est-ce que votre famille décide qui vous pouvez aimer ou avec qui vous pouvez sortir ?
q-family-phone = Est-ce que quelqu'un de votre famille ou de votre parenté contrôle votre téléphone ou vos messages pour voir à qui vous parlez ?
q-family-phone-youth = Est-ce que quelqu'un de votre famille regarde votre téléphone pour voir à qui vous parlez ?
q-family-siblings = Est-ce que des frères et sœurs, des cousins ou d'autres membres de la famille vous surveillent et racontent à la famille ce que vous faites ?
q-family-siblings-youth = Est-ce que vos frères et sœurs ou vos cousins vous surveillent à l'école ou en ville, et le racontent à votre famille ?
q-family-virginity = Est-ce que votre famille ou votre parenté exige que vous restiez vierge jusqu'au mariage, ou vérifie que vous l'êtes ?
q-family-virginity-youth = Est-ce que votre famille dit que vous devez rester vierge, c'est-à-dire ne pas avoir de relations sexuelles, jusqu'à votre mariage ?
q-family-marriage = Est-ce que votre famille ou votre parenté vous pousse à vous fiancer ou à vous marier avec une personne que vous n'avez pas choisie vous-même, ou est-ce déjà arrivé contre votre volonté ?
q-family-marriage-youth = Est-ce que votre famille veut vous fiancer ou vous marier, alors que vous ne le voulez pas ?
q-family-abroad = Est-ce que quelqu'un a dit qu'on allait vous envoyer ou vous emmener dans un autre pays contre votre volonté, ou est-ce qu'un voyage qui vous inquiète est prévu ?
q-family-abroad-youth = Est-ce que quelqu'un a dit qu'on allait vous envoyer dans un autre pays, ou allez-vous faire un voyage qui vous inquiète ?
q-family-disown = Est-ce que quelqu'un a dit, pour vous menacer, que votre famille vous rejetterait ou couperait le contact avec vous si vous ne faisiez pas ce qu'elle voulait ?
q-family-disown-youth = Est-ce que quelqu'un a dit que votre famille ne voudrait plus de vous si vous ne faisiez pas ce qu'on vous dit ?
q-family-put-down = Est-ce que quelqu'un de votre famille ou de votre parenté vous insulte, se moque de vous ou dit que vous ne valez rien ?
q-family-put-down-youth = Est-ce que quelqu'un de votre famille vous dit des choses méchantes, crie sur vous ou dit que vous ne valez rien ?
q-family-money = Est-ce que votre famille ou votre parenté prend votre salaire, vos allocations ou votre argent, ou décide à votre place comment les utiliser ?
q-family-money-youth = Est-ce que quelqu'un de votre famille prend votre argent, par exemple votre aide aux études (studiebidrag) ou le salaire d'un job d'été ?
q-family-money-denied = Est-ce que votre famille refuse de vous donner de l'argent pour ce dont vous avez besoin, comme la nourriture, les vêtements ou les trajets, pour vous contrôler ?
q-family-money-denied-youth = Est-ce que votre famille refuse de vous donner de l'argent pour ce dont vous avez besoin, comme une carte de bus, des vêtements ou des affaires d'école, pour vous punir ?
q-family-break = Est-ce que quelqu'un de votre famille ou de votre parenté a cassé, jeté ou pris vos affaires ?
q-family-break-youth = Est-ce que quelqu'un de votre famille a abîmé ou pris vos affaires pour vous punir ?
q-family-pets = Est-ce que quelqu'un de votre famille ou de votre parenté a fait du mal à un animal auquel vous tenez, ou menacé de le faire ?
q-family-online = Est-ce que quelqu'un de votre famille ou de votre parenté a diffusé, ou menacé de diffuser, des photos, des vidéos ou des rumeurs sur vous sur internet ?
q-family-online-youth = Est-ce que quelqu'un de votre famille a publié, ou menacé de publier, des photos ou des choses sur vous sur internet ?
q-family-tracking = Est-ce que quelqu'un de votre famille ou de votre parenté vous suit, ou surveille où vous êtes avec une application ou par l'intermédiaire d'autres personnes ?
q-family-tracking-youth = Est-ce que quelqu'un de votre famille vous suit, ou regarde où vous êtes avec une application sur votre téléphone ?
q-family-hit = Est-ce qu'il est arrivé que quelqu'un de votre famille ou de votre parenté vous frappe, vous pousse, vous donne des coups de pied ou vous tienne de force ?
q-family-hit-youth = Est-ce qu'il est arrivé que quelqu'un de votre famille vous frappe, vous pousse, vous tire les cheveux ou vous tienne de force ?
q-family-neck = Est-ce qu'il est arrivé que quelqu'un de votre famille ou de votre parenté vous prenne par le cou, appuie sur votre gorge ou fasse en sorte que vous ayez du mal à respirer ?
q-family-neck-youth = Est-ce qu'il est arrivé que quelqu'un de votre famille vous prenne par le cou ou fasse en sorte que vous ayez du mal à respirer ?
q-family-weapon = Est-ce qu'il est arrivé que quelqu'un de votre famille ou de votre parenté vous menace avec un couteau, une arme ou un autre objet qui peut blesser ?
q-family-weapon-youth = Est-ce qu'il est arrivé que quelqu'un de votre famille vous menace avec un couteau ou un autre objet qui peut blesser ?
q-family-kill = Est-ce que quelqu'un de votre famille ou de votre parenté a menacé de vous tuer, ou de tuer une personne proche de vous ?
q-family-kill-youth = Est-ce que quelqu'un de votre famille a dit qu'il allait vous tuer, ou tuer quelqu'un que vous aimez ?
q-family-worse = La violence ou les menaces sont-elles devenues plus graves, ou plus fréquentes, au cours de l'année passée ?
q-family-worse-youth = Est-ce que c'est devenu pire, ou plus fréquent, ces derniers temps ?
q-family-sex-touch = Est-ce qu'il est arrivé que quelqu'un de votre famille ou de votre parenté vous touche de façon sexuelle, ou vous dise ou vous montre des choses sexuelles que vous ne vouliez pas ?
q-family-sex-touch-youth = Est-ce qu'il est arrivé que quelqu'un de votre famille, proche ou éloignée, touche votre corps d'une façon qui ne vous semblait pas normale, ou vous montre des images sexuelles ?
q-family-sex-forced = Est-ce qu'il est arrivé que quelqu'un de votre famille ou de votre parenté vous force ou vous pousse à des relations ou à des actes sexuels ?
q-family-sex-forced-youth = Est-ce qu'il est arrivé que quelqu'un de votre famille, proche ou éloignée, vous oblige à faire quelque chose de sexuel ?
q-family-care = Si vous avez besoin d'aide au quotidien : est-ce que la personne de votre famille qui doit vous aider a refusé ou négligé de vous donner de la nourriture, vos médicaments ou une autre aide dont vous avez besoin ?
q-family-care-youth = Est-ce qu'il vous arrive de ne pas avoir à manger, de ne pas avoir de vêtements propres ou de ne pas recevoir d'aide quand vous êtes malade à la maison ?
q-family-alone = Est-ce qu'il est arrivé que quelqu'un de votre famille vous laisse longtemps sans personne, ou vous prenne vos aides techniques, alors que vous ne pouvez pas vous débrouiller sans aide ?
q-family-alone-youth = Est-ce qu'on vous laisse longtemps sans adulte à la maison, ou devez-vous vous occuper de vous-même ou de vos frères et sœurs plus que vous n'en avez la force ?
q-family-children-see = Y a-t-il des enfants dans la famille qui voient ou entendent de la violence ou des menaces à la maison ?
q-family-children-see-youth = Est-ce que vous ou vos frères et sœurs avez vu ou entendu quelqu'un de la famille frapper ou menacer une autre personne ?
q-family-children-threat = Est-ce que quelqu'un de votre famille ou de votre parenté a menacé de faire du mal à des enfants de la famille, ou de vous les enlever ?
q-family-children-threat-youth = Est-ce que quelqu'un de votre famille a menacé de faire du mal à vos frères et sœurs ou à d'autres enfants de la famille ?
q-family-afraid = Avez-vous peur de quelqu'un de votre famille ou de votre parenté, même quand il ne se passe rien à ce moment-là ?
q-family-afraid-youth = Avez-vous peur de quelqu'un de votre famille ?
q-family-home = Avez-vous peur de ce qui va se passer quand vous rentrerez à la maison, ou si votre famille apprend quelque chose sur vous ?
q-family-home-youth = Avez-vous peur de rentrer à la maison après l'école, ou de ce qui se passera si votre famille apprend quelque chose sur vous ?

## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Est-ce que quelqu'un vous pousse ou vous force à vendre des services sexuels, ou à avoir des relations sexuelles avec d'autres personnes contre de l'argent ?
q-exploit-sell-sex-youth = Est-ce qu'il est arrivé que quelqu'un vous pousse à avoir des relations sexuelles ou à faire des choses sexuelles en échange d'argent, de cadeaux, de drogue ou d'un endroit où dormir ?
q-exploit-sex-control = Est-ce que quelqu'un d'autre décide quand, où ou avec qui vous devez avoir des relations sexuelles contre de l'argent, ou est-ce que quelqu'un d'autre prend l'argent ?
q-exploit-work = Travaillez-vous beaucoup plus que ce qui était convenu, pour un très petit salaire ou sans salaire ?
q-exploit-work-youth = Est-ce que quelqu'un vous fait travailler, vendre de la drogue ou rendre des services pour lui, sans vous payer ou parce que vous avez peur ?
q-exploit-wage = Est-ce que quelqu'un d'autre prend votre salaire ou votre argent, ou décide de ce que vous pouvez acheter ?
q-exploit-debt = Est-ce que quelqu'un dit que vous avez une dette envers lui, par exemple pour le voyage, le logement ou le travail, et que vous devez la rembourser en travaillant ?
q-exploit-debt-youth = Est-ce que quelqu'un dit que vous lui devez de l'argent ou des services, et que vous devez le rembourser en faisant des choses pour lui ?
q-exploit-debt-grows = Est-ce que la dette augmente sans arrêt, par exemple avec des amendes, un loyer ou des frais, si bien que vous ne pouvez jamais la rembourser ?
q-exploit-papers = Est-ce que quelqu'un a pris votre passeport, votre carte d'identité ou votre titre de séjour, et refuse de vous le rendre ?
q-exploit-accounts = Est-ce que quelqu'un d'autre contrôle votre BankID (identifiant bancaire électronique), vos contrats ou d'autres papiers à votre nom, si bien que vous ne pouvez pas les utiliser vous-même ?
q-exploit-locked = Est-ce que quelqu'un vous empêche de sortir librement, de voir qui vous voulez ou de parler à votre famille ?
q-exploit-phone = Est-ce que quelqu'un prend votre téléphone, lit vos messages ou surveille où vous êtes ?
q-exploit-online = Est-ce que quelqu'un a mis en ligne des annonces, des photos ou des vidéos de vous sans que vous l'ayez décidé vous-même ?
q-exploit-authorities = Est-ce que quelqu'un a dit que la police ou les autorités allaient vous punir ou vous expulser du pays si vous parlez ?
q-exploit-sex-forced = Est-ce qu'il est arrivé que quelqu'un vous force à des relations ou à des actes sexuels que vous ne vouliez pas ?
q-exploit-sex-unsafe = Est-ce qu'il est arrivé que quelqu'un vous force à avoir des relations sexuelles sans préservatif, ou à faire des choses auxquelles vous aviez dit non ?
q-exploit-hit = Est-ce qu'il est arrivé qu'une personne qui vous contrôle vous frappe, vous pousse ou vous blesse ?
q-exploit-neck = Est-ce qu'il est arrivé que quelqu'un vous prenne par le cou, appuie sur votre gorge ou fasse en sorte que vous ayez du mal à respirer ?
q-exploit-weapon = Est-ce qu'il est arrivé que quelqu'un vous menace avec un couteau, une arme ou un autre objet qui peut blesser ?
q-exploit-kill = Est-ce que quelqu'un a menacé de vous tuer, ou de tuer quelqu'un de votre famille, ici ou dans un autre pays ?
q-exploit-worse = La violence ou les menaces sont-elles devenues plus graves, ou plus fréquentes, ces derniers temps ?
q-exploit-afraid = Avez-vous peur de ce qui se passera si vous dites non, si vous arrêtez ou si vous partez ?
q-exploit-always-afraid = Avez-vous peur de la ou des personnes qui vous contrôlent, même quand elles ne sont pas à proximité ?

## Questions: someone you are worried about

q-worried-afraid = La personne pour qui vous vous inquiétez semble-t-elle avoir peur de quelqu'un, ou avoir peur de rentrer chez elle ?
q-worried-isolated = La personne pour qui vous vous inquiétez a-t-elle arrêté de voir ses amis ou sa famille, ou arrêté de faire des choses qu'elle aimait ?
q-worried-controlled = Est-ce que quelqu'un semble contrôler la personne pour qui vous vous inquiétez, par exemple qui elle peut voir ou où elle peut aller ?
q-worried-careful = La personne pour qui vous vous inquiétez semble-t-elle penser sans cesse à ce qu'elle dit et fait, pour que quelqu'un ne se mette pas en colère ?
q-worried-phone = Est-ce que quelqu'un contrôle le téléphone de la personne pour qui vous vous inquiétez, ou doit-elle toujours répondre tout de suite et dire où elle est ?
q-worried-followed = La personne pour qui vous vous inquiétez est-elle suivie, surveillée ou contactée sans arrêt par quelqu'un, sur internet ou dans la vie réelle ?
q-worried-money = Est-ce que quelqu'un d'autre contrôle l'argent, le salaire ou la carte bancaire de la personne pour qui vous vous inquiétez, si bien qu'elle ne peut pas décider elle-même ?
q-worried-debts = La personne pour qui vous vous inquiétez a-t-elle des dettes que quelqu'un d'autre a faites, ou lui manque-t-il de l'argent pour la nourriture et les autres choses dont elle a besoin ?
q-worried-injuries = Avez-vous vu sur la personne pour qui vous vous inquiétez des bleus ou des blessures qu'elle ne veut pas ou ne peut pas expliquer ?
q-worried-hit = Avez-vous vu, entendu ou appris que quelqu'un frappe, pousse ou tient de force la personne pour qui vous vous inquiétez ?
q-worried-neck = Avez-vous appris que quelqu'un a pris par le cou la personne pour qui vous vous inquiétez, ou a fait en sorte qu'elle ait du mal à respirer ?
q-worried-weapon = Est-ce que quelqu'un a menacé la personne pour qui vous vous inquiétez avec un couteau, une arme ou un autre objet qui peut blesser ?
q-worried-kill = Est-ce que quelqu'un a menacé de tuer la personne pour qui vous vous inquiétez, ou une personne qui lui est proche ?
q-worried-worse = Est-ce que la situation semble s'être aggravée ces derniers temps, par exemple avec plus de blessures, plus de menaces ou plus de peur ?
q-worried-leaving = La personne pour qui vous vous inquiétez a-t-elle récemment quitté un ou une partenaire dont elle a peur, ou pense-t-elle le faire ?
q-worried-sex = La personne pour qui vous vous inquiétez a-t-elle raconté que quelqu'un l'a forcée ou poussée à des relations ou à des actes sexuels ?
q-worried-sex-images = Avez-vous vu quelqu'un diffuser des images sexuelles de la personne pour qui vous vous inquiétez, ou lui parler de façon sexuelle alors qu'elle ne le veut pas ?
q-worried-selling-sex = Pensez-vous que la personne pour qui vous vous inquiétez vend des services sexuels, ou que quelqu'un l'y pousse ?
q-worried-sex-for-things = La personne pour qui vous vous inquiétez reçoit-elle de l'argent, des cadeaux, de la drogue ou un endroit où dormir de la part de quelqu'un qui veut des relations sexuelles en échange ?
q-worried-honour = Est-ce que la famille ou la parenté de la personne pour qui vous vous inquiétez décide quels amis elle peut avoir, ce qu'elle peut porter ou si elle peut faire des études ?
q-worried-honour-love = Est-ce que quelqu'un d'autre décide avec qui la personne pour qui vous vous inquiétez peut être en couple ou se marier ?
q-worried-trip = La personne pour qui vous vous inquiétez a-t-elle dit qu'on allait la fiancer, la marier ou l'envoyer à l'étranger contre sa volonté ?
q-worried-care = Si la personne pour qui vous vous inquiétez a besoin d'aide au quotidien : semble-t-elle privée de nourriture, de médicaments ou d'une autre aide dont elle a besoin ?
q-worried-care-youth = La personne pour qui vous vous inquiétez semble-t-elle manquer de nourriture, de vêtements propres ou d'aide quand elle est malade ?
q-worried-left-alone = La personne pour qui vous vous inquiétez est-elle laissée seule longtemps, ou sans ses aides techniques, alors qu'elle ne peut pas se débrouiller seule ?
q-worried-children-home = Y a-t-il des enfants dans le foyer qui pourraient voir ou entendre de la violence ou des menaces ?
q-worried-children-scared = Les enfants du foyer semblent-ils effrayés, inquiets ou tristes, d'une manière qui vous préoccupe ?

## Questions: I have hurt or frightened someone close to me

q-used-put-down = Avez-vous insulté ou humilié une personne proche de vous, ou lui avez-vous crié dessus au point de lui faire peur ?
q-used-control = Avez-vous décidé qui votre partenaire ou quelqu'un de votre famille peut voir, où cette personne peut aller ou ce qu'elle peut porter ?
q-used-control-youth = Avez-vous décidé qui la personne avec qui vous sortez, ou un frère ou une sœur, peut voir, ou ce que cette personne peut porter ?
q-used-phone = Avez-vous lu les messages de quelqu'un, exigé ses mots de passe ou regardé son téléphone sans sa permission ?
q-used-images = Avez-vous diffusé, ou menacé de diffuser, des photos ou des vidéos d'une personne qu'elle ne voulait pas que d'autres voient ?
q-used-money = Avez-vous pris l'argent de quelqu'un, ou décidé à sa place comment l'utiliser, si bien que cette personne ne pouvait pas l'utiliser elle-même ?
q-used-money-work = Avez-vous empêché votre partenaire ou quelqu'un de votre famille de travailler ou d'étudier, ou avez-vous pris des crédits à son nom ?
q-used-money-work-youth = Avez-vous forcé quelqu'un à vous donner de l'argent ou des choses ?
q-used-break = Avez-vous cassé ou jeté des objets, ou frappé des murs ou des portes, quand vous étiez en colère ?
q-used-pets = Avez-vous fait du mal à un animal, ou menacé de le faire, pour faire peur à quelqu'un ?
q-used-hit = Avez-vous frappé, poussé ou immobilisé de force votre partenaire ou quelqu'un de votre famille, ou lui avez-vous donné des coups de pied ?
q-used-hit-youth = Avez-vous frappé ou poussé quelqu'un de votre famille, par exemple un parent, un frère ou une sœur, ou la personne avec qui vous sortez, ou lui avez-vous donné des coups de pied ?
q-used-neck = Vous est-il déjà arrivé de serrer le cou ou la gorge de quelqu'un ?
q-used-weapon = Avez-vous menacé quelqu'un avec un couteau, une arme ou un autre objet qui peut blesser ?
q-used-kill = Avez-vous dit que vous alliez tuer une personne proche de vous, même si vous ne le pensiez pas vraiment ?
q-used-worse = Est-ce que c'est arrivé plus souvent, ou est-ce devenu plus grave, au cours de l'année passée ?
q-used-sex = Avez-vous poussé ou forcé quelqu'un à avoir des relations sexuelles, ou avez-vous continué alors que cette personne disait non ou ne semblait pas le vouloir ?
q-used-sex-sulk = Vous est-il arrivé de vous fâcher, de bouder ou de faire des menaces quand votre partenaire ne voulait pas de relations sexuelles ?
q-used-children-see = Est-ce que des enfants ont vu ou entendu vos violences ou vos menaces à la maison ?
q-used-children-afraid = Est-ce qu'un enfant a eu peur de vous, ou a essayé de vous arrêter ou de protéger quelqu'un, quand vous étiez en colère ?
q-used-afraid = Pensez-vous qu'une personne proche de vous ait peur de vous ?
q-used-careful = Remarquez-vous qu'une personne proche de vous se tait ou fait attention pour que vous ne vous mettiez pas en colère ?

## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Violence physique
category-physical-text = Quand quelqu'un vous frappe, vous pousse, vous tient de force ou vous blesse d'une autre manière, c'est de la violence. C'est puni par la loi, et ce n'est jamais de votre faute.
category-physical-text-worried = Quand quelqu'un frappe, pousse ou blesse la personne pour qui vous vous inquiétez, c'est de la violence, et c'est puni par la loi. Ce n'est jamais de sa faute.
category-physical-text-used = Ce que vous décrivez est de la violence physique. Il est possible d'arrêter, et il existe de l'aide.

category-psychological-title = Violence psychologique
category-psychological-text = Les menaces, les moqueries, le contrôle ou l'interdiction de voir d'autres personnes sont aussi de la violence. Cela peut faire aussi mal que des coups.
category-psychological-text-worried = Les menaces, les moqueries et le contrôle sont aussi de la violence, même quand rien ne se voit. Cela peut rendre plus difficile pour cette personne de demander de l'aide.
category-psychological-text-used = Menacer, humilier ou contrôler quelqu'un, c'est de la violence psychologique. Vous pouvez choisir d'arrêter, et il existe du soutien pour y arriver.

category-sexual-title = Violence sexuelle
category-sexual-text = Toute relation sexuelle doit être librement voulue, y compris avec un ou une partenaire. Quand quelqu'un vous pousse ou vous force à quelque chose de sexuel, c'est de la violence, et c'est puni par la loi.
category-sexual-text-worried = Personne n'a le droit de pousser ou de forcer quelqu'un à quoi que ce soit de sexuel. C'est de la violence et c'est puni par la loi, y compris dans un couple.
category-sexual-text-used = Un acte sexuel sans que les deux personnes le veuillent, c'est de la violence sexuelle, et c'est puni par la loi, y compris dans un couple. Il existe de l'aide si vous voulez changer votre façon d'agir.

category-economic-title = Violence économique
category-economic-text = Quand quelqu'un prend votre argent, décide à votre place comment l'utiliser ou vous fait faire des dettes pour vous contrôler, c'est de la violence économique.
category-economic-text-worried = Quand quelqu'un prend l'argent de cette personne, ou décide à sa place comment l'utiliser, pour la contrôler, c'est de la violence économique.
category-economic-text-used = Prendre l'argent de quelqu'un, ou décider à sa place comment l'utiliser, pour contrôler cette personne, c'est de la violence économique. On peut changer, et il existe du soutien.

category-material-title = Violence matérielle
category-material-text = Quand quelqu'un casse vos affaires ou fait du mal à votre animal pour vous faire peur, c'est aussi de la violence.
category-material-text-used = Casser des objets ou faire du mal à des animaux quand vous êtes en colère fait peur aux autres, et c'est une forme de violence. On peut apprendre d'autres façons de gérer la colère.

category-digital-title = Violence numérique
category-digital-text = Quand quelqu'un contrôle votre téléphone, suit où vous êtes ou diffuse des photos de vous, c'est de la violence, même quand cela se passe sur internet.
category-digital-text-worried = Quand quelqu'un contrôle le téléphone de cette personne, suit où elle est ou diffuse des photos d'elle, c'est de la violence, même quand cela se passe sur internet.
category-digital-text-used = Contrôler le téléphone de quelqu'un, suivre où cette personne se trouve ou diffuser des photos d'elle, c'est de la violence numérique. Il est possible d'arrêter, et il existe de l'aide.

category-latent-title = Vivre dans la peur
category-latent-text = Avoir peur en permanence et tout adapter pour éviter la violence, cela s'appelle la violence latente. La peur est un signe que quelque chose ne va pas, et elle n'est pas de votre faute.
category-latent-text-worried = Avoir peur en permanence et tout adapter, cela s'appelle la violence latente. La peur de cette personne est un signe important à prendre au sérieux.
category-latent-text-used = Quand quelqu'un a peur de vous et s'adapte à vous, cela s'appelle la violence latente. Le fait que vous le voyiez est une première étape importante.

category-neglect-title = Négligence
category-neglect-text = Si vous avez besoin d'aide au quotidien, vous avez le droit de la recevoir. Quand quelqu'un ne vous aide pas, ou vous prive de ce dont vous avez besoin, c'est de la négligence.
category-neglect-text-worried = Quand une personne qui a besoin d'aide est privée de nourriture, de médicaments ou de soins, c'est de la négligence. Elle a droit à de l'aide.

category-honour-title = Violence et oppression liées à l'honneur
category-honour-text = Quand votre famille ou votre parenté décide ensemble avec qui vous pouvez être, ce que vous pouvez porter ou avec qui vous devez vous marier, cela s'appelle la violence et l'oppression liées à l'honneur. Vous avez le droit de décider de votre propre vie.
category-honour-text-worried = Quand la famille ou la parenté contrôle ensemble la vie, les amis, les vêtements ou le mariage de cette personne, cela s'appelle la violence et l'oppression liées à l'honneur. Elle a le droit de décider de sa propre vie.

category-children-witnessing-title = Enfants qui voient ou entendent de la violence
category-children-witnessing-text = Les enfants qui voient ou entendent de la violence à la maison sont eux-mêmes exposés à la violence. Ils ont droit à la protection et au soutien.
category-children-witnessing-text-worried = Les enfants qui voient ou entendent de la violence à la maison sont eux-mêmes exposés à la violence. Les services sociaux de la commune (socialtjänsten) peuvent aider l'enfant et la famille.
category-children-witnessing-text-used = Les enfants qui voient ou entendent de la violence en sont profondément marqués, même quand ils ne sont pas dans la même pièce. Le fait que vous cherchiez de l'aide est aussi une bonne chose pour eux.

category-coerced-sex-title = Pression pour vendre des services sexuels
category-coerced-sex-text = Personne n'a le droit de vous pousser, de vous tromper ou de vous forcer à vendre des services sexuels. En Suède, c'est la personne qui achète des services sexuels, ou qui gagne de l'argent avec, qui est en faute, jamais vous.
category-coerced-sex-text-worried = Personne n'a le droit de pousser, de tromper ou de forcer quelqu'un à vendre des services sexuels. En Suède, vendre des services sexuels n'est pas une infraction, et la personne qui le fait a droit à du soutien.

category-debt-bondage-title = Servitude pour dettes
category-debt-bondage-text = Quand quelqu'un dit que vous avez une dette à rembourser en travaillant, une dette qui ne finit jamais, c'est une façon de vous contrôler. Cela peut être de la traite des êtres humains.

category-documents-taken-title = Passeport et papiers qu'on vous prend
category-documents-taken-text = Personne n'a le droit de prendre votre passeport, votre pièce d'identité ou vos papiers. Les garder pour vous contrôler est un signe de contrainte.

## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Quand quelqu'un serre le cou d'une autre personne, c'est un signal d'alarme grave, même si aucune marque ne se voit.
danger-weapon = Les menaces avec un couteau, une arme ou d'autres objets sont un signal d'alarme grave.
danger-threat-to-kill = Les menaces de mort doivent toujours être prises au sérieux, même quand elles sont dites sous le coup de la colère.
danger-escalation = Quand la violence ou les menaces s'aggravent ou deviennent plus fréquentes, le risque de violence grave augmente.
danger-separation = La période autour d'une séparation peut être particulièrement dangereuse quand l'autre personne a été violente ou contrôlante.
danger-pregnancy = La violence pendant une grossesse est un signal d'alarme grave, à la fois pour la personne enceinte et pour le bébé.
danger-stalking = Être suivi, surveillé ou contacté sans arrêt par quelqu'un est un signal d'alarme grave et peut être une infraction.
danger-forced-trip-or-marriage = Les projets de mariage ou de voyage à l'étranger contre la volonté de quelqu'un sont un signal d'alarme grave. Il est possible d'obtenir une protection avant le voyage.
danger-threats-to-children = Les menaces contre des enfants sont un signal d'alarme grave. Les enfants ont droit à la protection.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".
## A list is a series of ids ending in -1, -2, -3 … in the order they are shown.

## Safety page

safety-title = Votre sécurité sur cette page
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
safety-shared-phone-3 = Si cela vous semble plus sûr, vous pouvez utiliser le téléphone d'un ami, un ordinateur de la bibliothèque ou un téléphone au travail.
safety-shared-phone-4 = Cela peut se remarquer si vous changez soudain de mot de passe ou si vous supprimez des programmes. Réfléchissez à ce qui est le plus sûr pour vous avant de le faire.

safety-transparency-title = Cette page n'enregistre rien et n'envoie rien
safety-transparency-1 = Cette page n'enregistre rien sur votre téléphone ou votre ordinateur, pas même des cookies. La langue et la commune ne sont gardées que jusqu'à ce que vous fermiez la page.
safety-transparency-2 = Ce que vous répondez n'est jamais envoyé nulle part. La page télécharge seulement les mêmes fichiers que pour tout le monde, quelles que soient vos réponses.
safety-transparency-intro = Vérifiez par vous-même : la liste ci-dessous montre chaque requête que la page a faite depuis que vous l'avez ouverte.
safety-transparency-empty = La page n'a encore fait aucune requête.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] La page a fait { $count } requête.
   *[other] La page a fait { $count } requêtes.
}

## Help view (reachable without the questions)

help-title = Trouver de l'aide
help-intro = Vous trouverez ici des lignes d'écoute pour toute la Suède et des contacts dans votre commune. C'est vous qui décidez qui vous contactez et ce que vous racontez.
help-emergency = Êtes-vous en danger en ce moment ? Appelez le 112.
help-not-sure = Vous pouvez appeler même si vous ne savez pas si c'est de la violence. Il suffit que quelque chose vous inquiète ou que vous ayez envie de parler.

help-what-happens-title = Voici ce qui se passe quand vous appelez une ligne d'écoute
help-what-happens-1 = Quelqu'un vous écoute et prend au sérieux ce que vous racontez.
help-what-happens-2 = C'est vous qui décidez ce que vous voulez raconter, et vous pouvez raccrocher quand vous voulez.
help-what-happens-3 = Beaucoup de lignes d'écoute sont gratuites, et beaucoup permettent de rester anonyme. C'est indiqué pour chaque contact.
help-what-happens-4 = Beaucoup de lignes d'écoute peuvent faire appel à un interprète, pour que vous puissiez parler dans votre propre langue.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = Nous n'avons pas encore de contacts pour { $municipality }. Appelez le standard téléphonique de la commune (växel) et demandez à parler aux services sociaux (socialtjänsten). En dehors des heures de bureau, vous pouvez demander le service social d'urgence (socialjouren), ou appeler le 112 en cas d'urgence.

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
contact-interpreter = Un interprète est possible
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = Vous pouvez aussi parler { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Vérifié le { $date }
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

## Result: fixed parts

result-title = Ce que décrivent vos réponses
result-intro = Ce que vous avez répondu décrit une ou plusieurs formes de violence. Ci-dessous, vous pouvez lire comment elles s'appellent et où trouver du soutien.
result-none = Aucune de vos réponses ne décrivait de la violence. Vous pouvez quand même parler à quelqu'un si quelque chose ne vous semble pas normal. Faites confiance à votre ressenti.
result-none-rather-not-say = Vous avez choisi de ne pas répondre à certaines questions, et c'est tout à fait normal. Vous pouvez quand même recevoir du soutien, et c'est vous qui décidez ce que vous racontez.

result-urgent-title = Si vous êtes en danger maintenant, appelez le 112
result-urgent-text = Dites où vous êtes et ce qui se passe. L'appel est gratuit. Vous pouvez appeler même si vous ne pouvez pas parler librement. Dans ce cas, restez en ligne.
result-urgent-signs-intro = Nous affichons ceci en premier, parce que vos réponses mentionnent quelque chose qui peut être un signal d'alarme grave :

result-not-your-fault = Ce qui vous arrive n'est pas de votre faute. Personne n'a le droit de vous faire du mal, de vous menacer ou de vous contrôler.
result-right-to-support = Vous avez le droit de demander du soutien aux services sociaux (socialtjänsten) de la commune où vous vous trouvez, quelle que soit votre origine, et que vous ayez un titre de séjour ou non. Les contacter ne coûte rien.

result-what-happens-title = Que se passe-t-il si je prends contact ?
result-what-happens-1 = Vous pouvez commencer par appeler une ligne d'écoute pour parler et recevoir des conseils. C'est vous qui décidez ce que vous racontez.
result-what-happens-2 = Les services sociaux (socialtjänsten) peuvent vous proposer des entretiens de soutien, de l'aide pour organiser votre sécurité, et de l'aide pour trouver un hébergement protégé si vous devez déménager.
result-what-happens-3 = Vous pouvez avancer une étape à la fois. N'hésitez pas à demander ce qui se passera ensuite avant d'en dire plus.

result-contacts-title = Où trouver du soutien
result-show-local = Afficher l'aide près de chez moi
result-start-over = Recommencer
result-start-over-hint = Tout ce que vous avez répondu sera oublié.

## Result: for someone who has hurt or frightened someone

result-used-intro = Vos réponses décrivent que vous avez fait des choses qui peuvent faire du mal ou faire peur à une personne proche de vous.
result-used-responsibility = Avoir répondu à ces questions est une étape importante. La violence est un choix, et vous pouvez choisir d'arrêter. Il existe de l'aide pour cela, par exemple Välj att sluta (une ligne d'écoute pour les personnes qui veulent arrêter la violence) et les services sociaux (socialtjänsten) de votre commune.
result-used-urgent-text = Si vous avez peur de faire du mal à quelqu'un maintenant, ou si quelqu'un est en danger, appelez le 112.

## Result: for someone who is worried about another person

result-worried-intro = Vos réponses décrivent que la personne pour qui vous vous inquiétez est peut-être exposée à de la violence. Ici, vous pouvez en lire plus et voir où vous-même et cette personne pouvez trouver du soutien.

## For someone who is worried about another person

worried-title = Si vous vous inquiétez pour quelqu'un
worried-intro = C'est une bonne chose que vous vous inquiétiez pour cette personne. Vous trouverez ici des signes auxquels faire attention, des conseils pour lui parler, et à qui vous adresser.

worried-signs-title = Signes auxquels faire attention
worried-signs-1 = La personne semble avoir peur, être triste ou inquiète, et elle a changé.
worried-signs-2 = Elle voit ses amis et sa famille moins souvent qu'avant, ou elle n'a pas le droit de les voir.
worried-signs-3 = Quelqu'un l'appelle ou lui écrit tout le temps et veut savoir où elle est.
worried-signs-4 = Elle a des blessures qu'elle ne veut pas ou ne peut pas expliquer.
worried-signs-5 = Elle n'a pas d'argent à elle, ou quelqu'un d'autre a son passeport ou son téléphone.
worried-signs-6 = Elle parle d'un mariage ou d'un voyage qu'elle n'a pas choisi elle-même.

worried-talk-title = Comment commencer la conversation
worried-talk-1 = Choisissez un endroit où vous pouvez parler en tête-à-tête, au calme.
worried-talk-2 = Dites ce que vous avez remarqué et que cette personne compte pour vous. Vous pouvez par exemple dire : « J'ai remarqué que tu as l'air triste. Comment ça va ? »
worried-talk-3 = Écoutez sans juger, et croyez ce que la personne vous raconte.
worried-talk-4 = Laissez-la choisir son rythme. Il peut falloir du temps avant qu'elle veuille en dire plus.
worried-talk-5 = Dites-lui qu'il existe de l'aide, et proposez d'être là quand elle appelle ou prend contact.

worried-dont-title = Ce qu'il ne faut pas faire
worried-dont-1 = Ne confrontez pas la personne qui utilise la violence. Cela peut rendre la situation plus dangereuse pour la personne pour qui vous vous inquiétez.
worried-dont-2 = Ne poussez pas la personne à raconter ou à partir. C'est elle qui sait le mieux ce qui est sûr.
worried-dont-3 = Ne contactez pas la famille ou la parenté si vous soupçonnez de la violence liée à l'honneur. Cela peut mettre la personne en danger.
worried-dont-4 = Ne laissez personne de la famille, de la parenté ou de leur entourage servir d'interprète. Demandez un interprète qui ne connaît pas la famille.
worried-dont-5 = N'envoyez pas de messages sur la violence sur le téléphone de la personne si quelqu'un d'autre peut les lire.

worried-over-time-title = Être là dans la durée
worried-over-time-1 = Continuez à prendre des nouvelles, même si la personne ne veut pas parler en ce moment.
worried-over-time-2 = Il est fréquent de partir puis de revenir plusieurs fois. Montrez que vous êtes toujours là, sans juger.
worried-over-time-3 = Prenez aussi soin de vous. Beaucoup de lignes d'écoute acceptent les appels de personnes qui s'inquiètent pour quelqu'un d'autre.

worried-child-title = Si vous vous inquiétez pour un enfant
worried-child-1 = Tout le monde peut signaler son inquiétude (faire une orosanmälan) aux services sociaux (socialtjänsten) de la commune où vit l'enfant. Vous n'avez pas besoin d'avoir des certitudes. L'inquiétude suffit.
worried-child-2 = En tant que particulier, vous pouvez rester anonyme quand vous faites un signalement. Ce sont les services sociaux qui cherchent à savoir comment va l'enfant.
worried-child-3 = Les personnes qui travaillent avec des enfants, par exemple à l'école, dans les soins ou aux services sociaux, ont l'obligation de faire un signalement.

## School staff page

staff-title = Si vous travaillez dans une école
staff-intro = Vägvisaren aide les jeunes à savoir par eux-mêmes si ce qu'ils vivent est de la violence, et où trouver de l'aide. Ici, vous pouvez lire comment soutenir un élève.
staff-load-failed = La page n'a pas pu être chargée. Vérifiez votre connexion et réessayez.
staff-what-1 = L'outil pose des questions sur le couple, la famille et la parenté, sur la pression pour vendre des services sexuels, et sur le fait d'avoir soi-même fait du mal à quelqu'un. Les moins de 18 ans reçoivent des questions plus simples.
staff-what-2 = Les réponses montrent de quelles formes de violence il peut s'agir, si l'élève doit appeler le 112 tout de suite, et quelles lignes d'écoute et quels contacts conviennent.
staff-what-3 = Rien n'est enregistré ni envoyé. Ni vous ni l'école ne pouvez voir ce que l'élève a répondu.

staff-talk-title = Parler avec un jeune qui est peut-être exposé à la violence
staff-talk-1 = Écoutez calmement, dans un endroit où vous ne serez pas dérangés. Laissez l'élève raconter avec ses propres mots.
staff-talk-2 = Croyez ce que l'élève raconte, et dites-lui que c'était bien de vous en parler. Ce n'est jamais de sa faute.
staff-talk-3 = Ne promettez pas de garder le secret. Dites honnêtement que vous devrez peut-être faire un signalement aux services sociaux (socialtjänsten), et pourquoi.
staff-talk-4 = Ne contactez pas la famille si vous soupçonnez de la violence liée à l'honneur. Cela peut mettre l'élève en danger.
staff-talk-5 = N'utilisez pas d'interprète de la famille ou de son entourage. Réservez un interprète professionnel, par exemple un interprète par téléphone d'une autre ville, et demandez à l'élève si l'interprète lui inspire confiance.
staff-talk-6 = Notez ce que l'élève a dit, avec ses propres mots, et à quel moment. N'écrivez pas vos propres interprétations comme si c'étaient des faits.

staff-same-day-title = Le jour même
staff-same-day-1 = Faites un signalement aux services sociaux (socialtjänsten) le jour même. N'attendez pas d'en savoir plus.
staff-same-day-2 = Informez la direction de l'école ou l'équipe de santé scolaire (elevhälsan). N'oubliez pas que l'obligation de signaler reste la vôtre.
staff-same-day-3 = Si l'élève est en danger ou n'ose pas rentrer à la maison, appelez tout de suite les services sociaux (socialtjänsten). En dehors des heures de bureau, appelez le service social d'urgence (socialjouren), ou le 112 en cas d'urgence.

staff-duty-title = L'obligation de signalement
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Toutes les personnes qui travaillent à l'école ont l'obligation de faire immédiatement un signalement aux services sociaux (socialtjänsten) si elles apprennent ou soupçonnent qu'un enfant est en danger. C'est prévu par la loi sur les services sociaux, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Un soupçon suffit. Vous n'avez pas besoin de preuves. Ce sont les services sociaux qui mènent l'enquête.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = Cette obligation est personnelle. Vous ne pouvez pas la transmettre à la direction, au kurator (conseiller social de l'école) ni à quelqu'un d'autre.
staff-duty-4 = Faites le signalement aux services sociaux (socialtjänsten) de la commune où vit l'enfant. Vous pouvez appeler ou écrire. En dehors des heures de bureau, appelez le service social d'urgence (socialjouren), ou le 112 en cas d'urgence.

staff-lines-title = Lignes d'écoute pour les professionnels
staff-lines-intro = Ici, vous pouvez obtenir des conseils, par exemple sur la suite à donner quand un élève vous a confié quelque chose.

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

## About Vägvisaren

about-title = À propos de Vägvisaren
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren est un outil indépendant, pas une autorité publique. Nous ne pouvons pas recevoir de signalements ni répondre à des questions sur votre situation.
about-free = Vägvisaren est gratuit. Vous n'avez pas besoin de vous connecter ni de dire qui vous êtes.
about-private = Rien de ce que vous répondez n'est enregistré ni envoyé. Le serveur ne garde aucune information sur les personnes qui visitent la page.
about-contacts-title = Comment nous vérifions les contacts
about-contacts-1 = Chaque numéro et chaque horaire d'ouverture a une source, par exemple le site web de la ligne d'écoute elle-même, et une date à laquelle nous l'avons vérifié.
about-contacts-2 = Nous n'affichons jamais un numéro qu'aucune source n'indique. Si quelque chose a changé, c'est ce qui est écrit sur le site web de la ligne d'écoute qui compte.
about-languages-title = Langues
about-languages-intro = Les textes sont d'abord écrits en suédois, puis traduits. Voici où nous en sommes pour chaque langue :
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language } : { $status }
status-source = la langue source
status-reviewed = traduit et relu par une personne de langue maternelle
status-unreviewed = traduit, mais pas encore relu

## Navigation

nav-start-questions = Commencer les questions
nav-help = Trouver de l'aide
nav-safety = Votre sécurité
nav-staff = Pour le personnel scolaire
nav-about = À propos
nav-back = Retour
nav-next = Suivant
nav-home = Accueil

## Safety page, added by the UI

safety-transparency-refresh = Mettre à jour la liste
