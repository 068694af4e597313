# Vägvisaren — the questions and the result.
# Fetched when someone starts the questions, together with main.ftl: the same file for everyone.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Questions: partner or ex

q-partner-put-down = Est-ce que votre partenaire ou ex-partenaire vous insulte, se moque de vous ou vous fait sentir que vous ne valez rien ?
q-partner-put-down-youth = Est-ce que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire t'insulte, se moque de toi ou te fait te sentir mal dans ta peau ?
q-partner-isolate = Est-ce que votre partenaire ou ex-partenaire décide qui vous pouvez voir, où vous pouvez aller ou ce que vous pouvez porter ?
q-partner-isolate-youth = Est-ce que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire décide quels copains et copines tu peux avoir, où tu peux aller ou ce que tu peux porter ?
q-partner-phone = Est-ce que votre partenaire ou ex-partenaire lit vos messages, exige vos mots de passe ou contrôle votre téléphone ?
q-partner-phone-youth = Est-ce que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire exige de voir ton téléphone, tes messages, tes mots de passe ou l'endroit où tu es ?
q-partner-follow = Est-ce que votre partenaire ou ex-partenaire vous suit, se présente là où vous êtes, ou surveille où vous êtes avec une application ou un partage de position que vous n'avez pas accepté ?
q-partner-follow-youth = Est-ce que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire te suit, ou débarque là où tu es alors que tu ne le veux pas ?
q-partner-images = Est-ce que votre partenaire ou ex-partenaire a diffusé, ou menacé de diffuser, des photos ou des vidéos de vous que vous ne voulez pas que d'autres voient ?
q-partner-images-youth = Est-ce que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire a diffusé, ou menacé de diffuser, des photos ou des vidéos de toi que tu ne veux pas que d'autres voient ?
q-partner-nudes = Est-ce qu'il est arrivé que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire insiste, te mette la pression ou te manipule pour que tu envoies des photos de toi dénudées ou sexy ?
q-partner-older = Est-ce que la personne avec qui tu sors ou avec qui tu as eu une histoire est adulte, ou beaucoup plus âgée que toi ?
q-partner-money = Est-ce que votre partenaire ou ex-partenaire prend votre argent, ou décide à votre place comment l'utiliser, si bien que vous ne pouvez pas l'utiliser vous-même ?
q-partner-money-youth = Est-ce que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire prend ton argent, ou décide de ce que tu as le droit d'acheter ?
q-partner-debt = Est-ce que votre partenaire ou ex-partenaire a pris des crédits ou fait des dettes à votre nom, ou a fait en sorte que vous ne puissiez pas travailler ou étudier ?
q-partner-debt-youth = Est-ce qu'il est arrivé que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire t'empêche d'aller à l'école, ou te fasse acheter des choses ou emprunter de l'argent pour cette personne ?
q-partner-threats = Est-ce que votre partenaire ou ex-partenaire vous menace, par exemple de prendre les enfants, de révéler à d'autres votre orientation sexuelle ou votre identité de genre, ou de faire en sorte que vous deviez quitter la Suède ?
q-partner-threats-youth = Est-ce que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire te menace, par exemple de raconter des choses sur toi ou de dire aux autres que tu es gay, bi ou trans ?
q-partner-break = Est-ce que votre partenaire ou ex-partenaire a cassé, jeté ou pris vos affaires ?
q-partner-break-youth = Est-ce que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire a abîmé, jeté ou pris tes affaires ?
q-partner-hit = Est-ce qu'il est arrivé que votre partenaire ou ex-partenaire vous frappe, vous pousse, vous donne des coups de pied ou vous tienne de force ?
q-partner-hit-youth = Est-ce qu'il est arrivé que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire te frappe, te pousse, te donne des coups de pied ou te tienne de force ?
q-partner-neck = Est-ce qu'il est arrivé que votre partenaire ou ex-partenaire vous étrangle, vous attrape par le cou ou appuie sur votre cou au point que vous ayez du mal à respirer ?
q-partner-neck-youth = Est-ce qu'il est arrivé que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire t'étrangle, t'attrape par le cou ou fasse que tu aies du mal à respirer ?
q-partner-weapon = Est-ce qu'il est arrivé que votre partenaire ou ex-partenaire vous menace avec un couteau, une arme ou un autre objet qui peut blesser ?
q-partner-weapon-youth = Est-ce qu'il est arrivé que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire te menace avec un couteau ou un autre objet qui peut blesser ?
q-partner-kill = Est-ce que votre partenaire ou ex-partenaire a menacé de vous tuer, ou de tuer une personne proche de vous ?
q-partner-kill-youth = Est-ce que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire a menacé de te tuer, ou de tuer quelqu'un que tu aimes ?
q-partner-sex = Est-ce qu'il est arrivé que votre partenaire ou ex-partenaire vous force ou vous pousse à des relations ou à des actes sexuels que vous ne vouliez pas, ou avez-vous accepté des relations sexuelles parce que vous aviez peur ?
q-partner-sex-youth = Est-ce qu'il est arrivé que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire te force, te mette la pression ou insiste pour que tu fasses quelque chose de sexuel que tu ne voulais pas ?
q-partner-afraid = Avez-vous peur de votre partenaire ou ex-partenaire, même quand cette personne ne fait rien à ce moment-là ?
q-partner-afraid-youth = Est-ce que tu as peur de quelqu'un avec qui tu sors ou avec qui tu as eu une histoire ?
q-partner-care = Si vous avez besoin d'aide au quotidien : est-ce que votre partenaire ou ex-partenaire a refusé ou négligé de vous donner de la nourriture, vos médicaments ou une autre aide dont vous avez besoin ?
q-partner-aids = Est-ce que votre partenaire ou ex-partenaire vous a pris vos aides techniques (par exemple un fauteuil roulant ou un appareil auditif), vos lunettes, vos médicaments, vos hormones ou votre téléphone, si bien que vous ne pouvez pas vous débrouiller sans aide ni demander de l'aide ?
q-partner-children-see = S'il y a des enfants à la maison : ont-ils vu ou entendu de la violence ou des menaces contre vous, ou ont-ils eu peur quand votre partenaire ou ex-partenaire était en colère ?
q-partner-worse = La violence ou les menaces sont-elles devenues plus graves, ou plus fréquentes, au cours des 12 derniers mois ?
q-partner-worse-youth = Est-ce que ce que cette personne te fait est devenu pire, ou arrive plus souvent, ces derniers temps ?
q-partner-jealous = Est-ce que votre partenaire ou ex-partenaire montre une jalousie qui vous fait peur, par exemple vous accuse d'infidélité, se met en colère quand vous voyez d'autres personnes ou dit que personne d'autre ne vous aura ?
q-partner-jealous-youth = Est-ce que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire montre une jalousie qui te fait peur, par exemple se met en colère quand tu parles à d'autres personnes ou dit que personne d'autre n'a le droit d'être avec toi ?
q-partner-leaving = Avez-vous récemment quitté votre partenaire, ou pensez-vous le faire, et avez-vous peur de ce que cette personne fera alors ?
q-partner-leaving-youth = Est-ce que tu as rompu récemment, ou est-ce que tu veux rompre, et est-ce que tu as peur de ce que l'autre personne va faire ?
q-partner-could-kill = Pensez-vous que votre partenaire ou ex-partenaire pourrait vous tuer ?
q-partner-could-kill-youth = Est-ce que tu penses que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire pourrait te tuer ?
q-partner-weapon-home = Est-ce que votre partenaire ou ex-partenaire a des armes à la maison, par exemple des armes de chasse, ou peut facilement s'en procurer ?
q-partner-weapon-home-youth = Est-ce que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire a des armes, ou peut facilement en trouver ?
q-partner-suicide-threat = Est-ce que votre partenaire ou ex-partenaire a menacé de se suicider, par exemple si vous mettiez fin à la relation ?
q-partner-suicide-threat-youth = Est-ce que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire a menacé de se suicider si tu romps ou si tu ne fais pas ce que cette personne veut ?
q-partner-contact-ban = Est-ce qu'il est arrivé que votre partenaire ou ex-partenaire prenne contact avec vous ou vienne vous voir alors que cette personne fait l'objet d'un kontaktförbud (interdiction de contact) ?
q-partner-contact-ban-youth = Est-ce qu'il est arrivé que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire te contacte alors que cette personne a reçu l'interdiction de le faire ?
q-partner-pregnant = Si vous avez été enceinte : est-ce qu'il est arrivé que votre partenaire ou ex-partenaire vous frappe ou vous blesse pendant la grossesse ?
q-partner-pregnant-youth = Si tu as été enceinte : est-ce qu'il est arrivé que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire te frappe ou te blesse à ce moment-là ?
q-partner-pets = Est-ce que votre partenaire ou ex-partenaire a fait du mal à un animal auquel vous tenez, ou menacé de le faire ?
q-partner-pets-youth = Est-ce que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire a fait du mal à un animal auquel tu tiens, ou menacé de le faire ?
q-partner-careful = Faites-vous souvent attention à ce que vous dites et faites, pour que votre partenaire ou ex-partenaire ne se mette pas en colère ?
q-partner-careful-youth = Est-ce que tu fais souvent attention à ce que tu dis et fais, pour que quelqu'un avec qui tu sors ou avec qui tu as eu une histoire ne se mette pas en colère ?
q-partner-children-threat = Est-ce que votre partenaire ou ex-partenaire a menacé de faire du mal aux enfants, ou de les enlever, par exemple en les emmenant à l'étranger ?
q-partner-suicide-self = Vous arrive-t-il, vous-même, de penser à mettre fin à vos jours ?
q-partner-suicide-self-youth = Est-ce que tu as déjà pensé que tu voulais mourir, ou pensé à te suicider ?
## Questions: family or relatives

q-family-collective = Est-ce que plusieurs personnes de votre famille ou de votre parenté décident ensemble de la façon dont vous devez vivre ?
q-family-collective-youth = Est-ce que d'autres personnes que tes parents, par exemple tes frères et sœurs ou d'autres membres de ta famille, décident de ta vie ?
q-family-friends = Est-ce que votre famille ou votre parenté décide quels amis vous pouvez avoir, comment vous pouvez vous habiller ou ce que vous pouvez faire pendant votre temps libre ?
q-family-friends-youth = Est-ce que tu as moins de liberté que les autres jeunes de ton âge pour tes amis, tes vêtements ou tes loisirs, parce que ta famille s'inquiète de ce que les autres vont dire ou de la réputation de la famille ?
q-family-school = Est-ce que votre famille ou votre parenté vous empêche d'étudier, de travailler ou de choisir vous-même vos études ?
q-family-school-youth = Est-ce que tu n'as pas le droit d'aller à certains cours, par exemple l'éducation sexuelle ou la natation, ou aux sorties scolaires, parce que ta famille trouve que c'est mal ou honteux ?
q-family-love = Est-ce que votre famille ou votre parenté décide qui vous pouvez aimer et avec qui vous pouvez être en couple, ou si vous pouvez montrer ouvertement qui vous êtes ?
q-family-love-youth = Est-ce que ta famille décide qui tu as le droit d'aimer ou avec qui tu pourras sortir plus tard, ou est-ce que tu n'as pas le droit de montrer qui tu es vraiment ?
q-family-marriage = Est-ce que votre famille ou votre parenté fait pression sur vous pour que vous vous fianciez ou vous mariiez – même seulement religieusement ou au sein de la famille – avec une personne que vous n'avez pas choisie vous-même, ou est-ce déjà arrivé contre votre volonté ?
q-family-marriage-youth = Est-ce que ta famille veut que tu te fiances ou que tu te maries, même seulement religieusement ou par une « promesse » de mariage, alors que toi, tu ne le veux pas, ou est-ce que le mariage a déjà eu lieu ?
q-family-abroad = Est-ce que quelqu'un a dit qu'on allait vous envoyer ou vous emmener dans un autre pays contre votre volonté, ou est-ce qu'un voyage qui vous inquiète est prévu ?
q-family-abroad-youth = Est-ce que quelqu'un a dit qu'on allait t'envoyer dans un autre pays, ou est-ce que ta famille prévoit un voyage qui t'inquiète ?
q-family-put-down = Est-ce que quelqu'un de votre famille ou de votre parenté vous insulte, se moque de vous ou dit que vous ne valez rien ?
q-family-put-down-youth = Est-ce que quelqu'un de ta famille te dit souvent des choses méchantes, crie sur toi au point de te faire peur, ou dit que tu ne vaux rien ?
q-family-money = Est-ce que votre famille, votre parenté ou une personne qui vous aide prend votre salaire, votre retraite, vos allocations ou votre argent, ou vous prive-t-on de l'argent dont vous avez besoin, pour vous contrôler ?
q-family-money-youth = Est-ce que quelqu'un de ta famille prend ton argent à toi, ou est-ce qu'on ne te donne pas d'argent pour ce dont tu as vraiment besoin, comme la nourriture, la carte de bus ou les vêtements ?
q-family-break = Est-ce que quelqu'un de votre famille ou de votre parenté a cassé, jeté ou pris vos affaires ?
q-family-break-youth = Est-ce que quelqu'un de ta famille a cassé ou abîmé tes affaires sous le coup de la colère, au point de te faire peur ?
q-family-tracking = Est-ce que quelqu'un de votre famille ou de votre parenté vous suit, ou surveille où vous êtes avec une application, alors que vous ne le voulez pas ?
q-family-tracking-youth = Est-ce que quelqu'un de ta famille te suit, ou vérifie tout le temps où tu es, d'une façon qui te fait peur ou qui t'empêche de vivre ta vie ?
q-family-hit = Est-ce qu'il est arrivé que quelqu'un de votre famille ou de votre parenté vous frappe, vous pousse, vous donne des coups de pied ou vous tienne de force ?
q-family-hit-youth = Est-ce qu'il est arrivé que quelqu'un de ta famille te frappe, te pousse, te tire les cheveux ou te tienne de force ?
q-family-neck = Est-ce qu'il est arrivé que quelqu'un de votre famille ou de votre parenté vous étrangle, vous attrape par le cou ou appuie sur votre cou au point que vous ayez du mal à respirer ?
q-family-neck-youth = Est-ce qu'il est arrivé que quelqu'un de ta famille t'étrangle, t'attrape par le cou ou fasse que tu aies du mal à respirer ?
q-family-weapon = Est-ce qu'il est arrivé que quelqu'un de votre famille ou de votre parenté vous menace avec un couteau, une arme ou un autre objet qui peut blesser ?
q-family-weapon-youth = Est-ce qu'il est arrivé que quelqu'un de ta famille te menace avec un couteau ou un autre objet qui peut blesser ?
q-family-kill = Est-ce que quelqu'un de votre famille ou de votre parenté a menacé de vous tuer, ou de tuer une personne proche de vous ?
q-family-kill-youth = Est-ce que quelqu'un de ta famille a menacé de te tuer, ou de tuer quelqu'un que tu aimes ?
q-family-sex-touch = Est-ce qu'il est arrivé que quelqu'un de votre famille ou de votre parenté vous touche de façon sexuelle, ou vous dise ou vous montre des choses sexuelles que vous ne vouliez pas ?
q-family-sex-touch-youth = Est-ce qu'il est arrivé que quelqu'un de ta famille, proche ou éloignée, touche ton corps d'une façon qui ne te semblait pas normale, ou te montre des images sexuelles ?
q-family-sex-forced = Est-ce qu'il est arrivé que quelqu'un de votre famille ou de votre parenté vous force ou vous pousse à des relations ou à des actes sexuels ?
q-family-sex-forced-youth = Est-ce qu'il est arrivé que quelqu'un de ta famille, proche ou éloignée, t'oblige à faire quelque chose de sexuel ?
q-family-care = Si vous avez besoin d'aide au quotidien : est-ce que la personne de votre famille qui doit vous aider a négligé de vous donner de la nourriture, vos médicaments ou de l'aide, ou vous laisse-t-elle longtemps sans personne à vos côtés alors que vous ne pouvez pas vous débrouiller sans aide ?
q-family-care-youth = Est-ce qu'il t'arrive de ne pas avoir à manger, de ne pas avoir de vêtements propres ou de ne pas avoir d'aide quand tu es malade, ou qu'on te laisse longtemps à la maison sans personne avec toi ?
q-family-carer = Si quelqu'un vous aide au quotidien, par exemple un ou une assistante personnelle ou une personne de l'aide à domicile (hemtjänsten) : est-ce qu'il est arrivé que cette personne vous fasse du mal, vous menace ou vous humilie, prenne votre argent ou ne vous aide pas ?
q-family-afraid = Avez-vous peur de quelqu'un de votre famille ou de votre parenté, ou de ce qui se passe quand vous rentrez chez vous ?
q-family-afraid-youth = Est-ce que tu as peur de quelqu'un de ta famille, ou de rentrer chez toi ?
q-family-children-see = Y a-t-il des enfants dans la famille qui voient ou entendent de la violence ou des menaces à la maison ?
q-family-children-see-youth = Est-ce que toi ou tes frères et sœurs avez vu ou entendu quelqu'un de la famille frapper ou menacer une autre personne ?
q-family-phone = Est-ce que quelqu'un de votre famille ou de votre parenté contrôle votre téléphone ou vos messages pour voir à qui vous parlez ?
q-family-phone-youth = Est-ce que quelqu'un de ta famille regarde ton téléphone pour voir à qui tu parles ?
q-family-siblings = Est-ce que des frères et sœurs, des cousins ou d'autres membres de la famille vous surveillent et racontent à la famille ce que vous faites ?
q-family-siblings-youth = Est-ce que tes frères et sœurs ou tes cousins et cousines te surveillent à l'école ou en ville, et le racontent à ta famille ?
q-family-virginity = Est-ce que votre famille ou votre parenté exige que vous restiez vierge jusqu'au mariage, ou vérifie que vous l'êtes ?
q-family-virginity-youth = Est-ce que ta famille dit que tu dois rester vierge, c'est-à-dire ne pas avoir de relations sexuelles, jusqu'à ton mariage ?
q-family-disown = Est-ce que quelqu'un a dit, pour vous menacer, que votre famille vous rejetterait ou couperait le contact avec vous si vous ne faisiez pas ce qu'elle voulait ?
q-family-disown-youth = Est-ce que quelqu'un a dit que ta famille ne voudrait plus de toi si tu ne fais pas ce qu'on te dit ?
q-family-partner-threat = Est-ce que quelqu'un de votre famille ou de votre parenté a menacé la personne avec qui vous êtes en couple, ou celle avec qui vous voulez être en couple ?
q-family-partner-threat-youth = Est-ce que quelqu'un de ta famille a menacé la personne avec qui tu sors, ou la personne que tu aimes ?
q-family-honour-before = Est-ce qu'il est déjà arrivé qu'une personne de votre famille ou de votre parenté soit blessée, menacée, mariée contre son gré ou envoyée ailleurs parce qu'elle ne vivait pas comme la famille le voulait ?
q-family-honour-before-youth = Est-ce qu'il est arrivé quelque chose à une sœur, un frère, un cousin, une cousine ou une autre personne de ta famille parce qu'elle ne faisait pas ce que la famille voulait, par exemple qu'on lui fasse du mal ou qu'on l'envoie ailleurs ?
q-family-cutting = Est-ce que quelqu'un a dit que tu allais subir une mutilation génitale – on appelle parfois ça « circoncision des filles » ou « purification » – c'est-à-dire que quelqu'un va couper dans ton sexe, ou est-ce que ça t'est déjà arrivé ?
q-family-online = Est-ce que quelqu'un de votre famille ou de votre parenté a diffusé, ou menacé de diffuser, des photos, des vidéos ou des rumeurs sur vous sur internet ?
q-family-online-youth = Est-ce que quelqu'un de ta famille a publié, ou menacé de publier, des photos ou des choses sur toi sur internet ?
q-family-worse = La violence ou les menaces sont-elles devenues plus graves, ou plus fréquentes, au cours des 12 derniers mois ?
q-family-worse-youth = Est-ce que ce qui se passe à la maison est devenu pire, ou arrive plus souvent, ces derniers temps ?
q-family-could-kill = Pensez-vous que quelqu'un de votre famille ou de votre parenté pourrait vous tuer ?
q-family-could-kill-youth = Est-ce que tu penses que quelqu'un de ta famille pourrait te tuer ?
q-family-weapon-home = Y a-t-il des armes chez votre famille, par exemple des armes de chasse, ou la personne qui vous menace peut-elle facilement se procurer des armes ?
q-family-weapon-home-youth = Est-ce qu'il y a des armes à la maison, ou est-ce que quelqu'un de ta famille peut facilement en trouver ?
q-family-contact-ban = Est-ce qu'il est arrivé que quelqu'un de votre famille ou de votre parenté prenne contact avec vous ou vienne vous voir alors que cette personne fait l'objet d'un kontaktförbud (interdiction de contact) ?
q-family-children-threat = Est-ce que quelqu'un de votre famille ou de votre parenté a menacé de faire du mal à des enfants de la famille, ou de les enlever ?
q-family-children-threat-youth = Est-ce que quelqu'un de ta famille a menacé de faire du mal à tes frères et sœurs ou à d'autres enfants de la famille ?
q-family-suicide-self = Vous arrive-t-il, vous-même, de penser à mettre fin à vos jours ?
q-family-suicide-self-youth = Est-ce que tu as déjà pensé que tu voulais mourir, ou pensé à te suicider ?
## Questions: selling sex, work, money or papers

q-exploit-sell-sex = Est-ce que quelqu'un vous pousse ou vous force à vendre des services sexuels, ou à avoir des relations sexuelles avec d'autres personnes contre de l'argent ?
q-exploit-sell-sex-youth = Est-ce qu'il est arrivé que quelqu'un te pousse à avoir des relations sexuelles ou à faire des choses sexuelles en échange d'argent, de cadeaux, de drogue ou d'un endroit où dormir ?
q-exploit-job-promise = Est-ce qu'on vous a fait venir ici, ou commencer à travailler, avec des promesses de travail, de salaire ou de logement qui se sont ensuite révélées fausses ?
q-exploit-job-promise-youth = Est-ce que quelqu'un t'a promis de l'argent, un travail ou autre chose, puis a exigé que tu fasses des choses que tu ne voulais pas ?
q-exploit-work = Travaillez-vous beaucoup plus que ce qui avait été convenu, ou recevez-vous un très petit salaire, ou pas de salaire du tout ?
q-exploit-work-youth = Est-ce que quelqu'un te fait travailler ou rendre des services pour son compte, sans te payer ou parce que tu as peur ?
q-exploit-begging-crime = Est-ce que quelqu'un vous force ou vous pousse à mendier, à voler, à vendre de la drogue ou à commettre d'autres infractions ?
q-exploit-begging-crime-youth = Est-ce que quelqu'un te fait vendre de la drogue, voler, cacher des choses ou commettre d'autres délits pour son compte ?
q-exploit-debt = Est-ce que quelqu'un dit que vous lui devez de l'argent, par exemple pour le voyage, le logement ou le travail, et que vous devez rembourser cette dette en travaillant ?
q-exploit-debt-youth = Est-ce que quelqu'un dit que tu lui dois de l'argent ou des services, et que tu dois rembourser en faisant des choses qu'on te demande ?
q-exploit-papers = Est-ce que quelqu'un a pris votre passeport, votre carte d'identité ou votre titre de séjour, et refuse de vous le rendre ?
q-exploit-papers-youth = Est-ce que quelqu'un a pris ton passeport ou ta carte d'identité, et refuse de te le rendre ?
q-exploit-locked = Est-ce que quelqu'un vous empêche de sortir librement, de voir qui vous voulez ou de parler à votre famille ?
q-exploit-locked-youth = Est-ce que quelqu'un t'empêche de sortir librement, de voir tes amis ou de parler à ta famille ?
q-exploit-sextortion = Est-ce que quelqu'un a menacé de diffuser des photos ou des vidéos sexuelles de vous si vous ne payez pas, si vous n'envoyez pas d'autres photos ou si vous ne faites pas ce que cette personne dit ?
q-exploit-sextortion-youth = Est-ce que quelqu'un a menacé de diffuser des photos ou des vidéos de toi si tu n'en envoies pas d'autres, si tu ne paies pas ou si tu ne fais pas ce que cette personne dit ?
q-exploit-grooming = Est-ce qu'une personne que tu connais seulement par internet, et qui est peut-être plus âgée que toi, t'a demandé des photos sexuelles, a parlé de sexe avec toi ou a voulu te voir en secret ?
q-exploit-sex-forced = Est-ce qu'il est arrivé que quelqu'un vous force à des relations ou à des actes sexuels que vous ne vouliez pas ?
q-exploit-sex-forced-youth = Est-ce qu'il est arrivé que quelqu'un te force à faire quelque chose de sexuel que tu ne voulais pas ?
q-exploit-hit = Est-ce qu'il est arrivé qu'une personne qui vous contrôle vous frappe, vous pousse ou vous blesse ?
q-exploit-hit-youth = Est-ce qu'il est arrivé qu'une personne qui décide à ta place te frappe, te pousse ou te blesse ?
q-exploit-neck = Est-ce qu'il est arrivé que quelqu'un vous étrangle, vous attrape par le cou ou appuie sur votre cou au point que vous ayez du mal à respirer ?
q-exploit-neck-youth = Est-ce qu'il est arrivé que quelqu'un t'étrangle, t'attrape par le cou ou fasse que tu aies du mal à respirer ?
q-exploit-weapon = Est-ce qu'il est arrivé que quelqu'un vous menace avec un couteau, une arme ou un autre objet qui peut blesser ?
q-exploit-weapon-youth = Est-ce qu'il est arrivé que quelqu'un te menace avec un couteau ou un autre objet qui peut blesser ?
q-exploit-kill = Est-ce que quelqu'un a menacé de vous tuer, ou de tuer quelqu'un de votre famille, ici ou dans un autre pays ?
q-exploit-kill-youth = Est-ce que quelqu'un a menacé de te tuer, ou de tuer quelqu'un de ta famille ?
q-exploit-afraid = Avez-vous peur de ce qui se passera si vous dites non, si vous arrêtez ou si vous partez ?
q-exploit-afraid-youth = Est-ce que tu as peur de ce qui va se passer si tu dis non ou si tu arrêtes de faire ce qu'on veut ?
q-exploit-wage = Est-ce que quelqu'un d'autre prend votre salaire ou votre argent, ou décide de ce que vous pouvez acheter ?
q-exploit-wage-youth = Est-ce que quelqu'un prend l'argent que tu reçois, ou décide de ce que tu as le droit d'acheter ?
q-exploit-living = Vivez-vous là où vous travaillez, ou là où quelqu'un d'autre décide, sans pouvoir déménager quand vous le voulez ?
q-exploit-living-youth = Est-ce que tu dois habiter ou dormir là où quelqu'un d'autre décide, sans pouvoir partir quand tu veux ?
q-exploit-moved = Est-ce que quelqu'un vous fait changer d'appartement, de ville ou de pays, sans que vous puissiez décider vous-même ?
q-exploit-moved-youth = Est-ce que quelqu'un t'envoie ou t'emmène dans différents endroits, appartements ou villes, sans que tu puisses décider toi-même ?
q-exploit-authorities = Est-ce que quelqu'un a dit que la police ou les autorités allaient vous punir ou vous expulser du pays si vous parlez ?
q-exploit-authorities-youth = Est-ce que quelqu'un a dit que la police ou les services sociaux (socialtjänsten) allaient te punir si tu en parles ?
q-exploit-sex-control = Est-ce que quelqu'un d'autre décide quand, où ou avec qui vous devez avoir des relations sexuelles contre de l'argent, ou est-ce que quelqu'un d'autre prend l'argent ?
q-exploit-sex-control-youth = Est-ce que quelqu'un d'autre décide quand et avec qui tu dois faire des choses sexuelles, ou est-ce que quelqu'un d'autre prend ce que tu reçois en échange ?
q-exploit-debt-grows = Est-ce que la dette augmente sans arrêt, par exemple avec des amendes, un loyer ou des frais, si bien que vous ne pouvez jamais la rembourser ?
q-exploit-debt-grows-youth = Est-ce qu'on te dit que tu dois de plus en plus, si bien que tu n'en finis jamais ?
q-exploit-accounts = Est-ce que quelqu'un d'autre contrôle votre BankID (identifiant bancaire électronique), vos contrats ou d'autres papiers à votre nom, si bien que vous ne pouvez pas les utiliser vous-même ?
q-exploit-accounts-youth = Est-ce que quelqu'un d'autre garde ta carte bancaire, ton BankID ou ton téléphone, si bien que tu ne peux pas t'en servir toi-même ?
q-exploit-phone = Est-ce que quelqu'un prend votre téléphone, lit vos messages ou surveille où vous êtes ?
q-exploit-phone-youth = Est-ce que quelqu'un prend ton téléphone, lit tes messages ou vérifie où tu es ?
q-exploit-online = Est-ce que quelqu'un a mis en ligne des annonces, des photos ou des vidéos de vous sans que vous l'ayez décidé vous-même ?
q-exploit-online-youth = Est-ce que quelqu'un a mis en ligne des photos, des vidéos ou des annonces sur toi sans que tu l'aies décidé ?
q-exploit-sex-unsafe = Est-ce qu'il est arrivé que quelqu'un vous force à avoir des relations sexuelles sans préservatif, ou à faire des choses auxquelles vous aviez dit non ?
q-exploit-sex-unsafe-youth = Est-ce qu'il est arrivé que quelqu'un te force à avoir des relations sexuelles sans préservatif, ou à faire des choses auxquelles tu avais dit non ?
q-exploit-worse = La violence ou les menaces sont-elles devenues plus graves, ou plus fréquentes, ces derniers temps ?
q-exploit-worse-youth = Est-ce que ce qu'on te fait est devenu pire, ou arrive plus souvent, ces derniers temps ?
q-exploit-always-afraid = Avez-vous peur de la ou des personnes qui vous contrôlent, même quand elles ne sont pas à proximité ?
q-exploit-always-afraid-youth = Est-ce que tu as peur de ces personnes, même quand elles ne sont pas là ?
q-exploit-suicide-self = Vous arrive-t-il, vous-même, de penser à mettre fin à vos jours ?
q-exploit-suicide-self-youth = Est-ce que tu as déjà pensé que tu voulais mourir, ou pensé à te suicider ?
## Questions: someone you are worried about

q-worried-afraid = La personne pour qui vous vous inquiétez semble-t-elle avoir peur de quelqu'un, ou avoir peur de rentrer chez elle ?
q-worried-isolated = La personne pour qui vous vous inquiétez a-t-elle arrêté de voir ses amis ou sa famille, ou arrêté de faire des choses qu'elle aimait ?
q-worried-controlled = Est-ce que quelqu'un semble contrôler la personne pour qui vous vous inquiétez, par exemple qui elle peut voir ou où elle peut aller ?
q-worried-phone = Est-ce que quelqu'un contrôle le téléphone de la personne pour qui vous vous inquiétez, ou doit-elle toujours répondre tout de suite et dire où elle est ?
q-worried-followed = La personne pour qui vous vous inquiétez est-elle suivie, surveillée ou souvent contactée par quelqu'un, sur internet ou dans la vie réelle, alors qu'elle ne le veut pas ?
q-worried-money = Est-ce que quelqu'un d'autre contrôle l'argent, le salaire ou la carte bancaire de la personne pour qui vous vous inquiétez, si bien qu'elle ne peut pas décider elle-même ?
q-worried-injuries = Avez-vous vu sur la personne pour qui vous vous inquiétez des bleus ou des blessures qu'elle ne veut pas ou ne peut pas expliquer ?
q-worried-hit = Avez-vous vu, entendu ou appris que quelqu'un frappe, pousse ou tient de force la personne pour qui vous vous inquiétez ?
q-worried-neck = Avez-vous appris que quelqu'un a étranglé la personne pour qui vous vous inquiétez, l'a attrapée par le cou ou a fait en sorte qu'elle ait du mal à respirer ?
q-worried-weapon = Est-ce que quelqu'un a menacé la personne pour qui vous vous inquiétez avec un couteau, une arme ou un autre objet qui peut blesser ?
q-worried-kill = Est-ce que quelqu'un a menacé de tuer la personne pour qui vous vous inquiétez, ou une personne qui lui est proche ?
q-worried-sex = La personne pour qui vous vous inquiétez a-t-elle raconté que quelqu'un l'a forcée ou poussée à des relations ou à des actes sexuels ?
q-worried-selling-sex = Pensez-vous que la personne pour qui vous vous inquiétez vend des services sexuels, ou que quelqu'un l'y pousse ?
q-worried-sex-for-things = La personne pour qui vous vous inquiétez reçoit-elle de l'argent, des cadeaux, de la drogue ou un endroit où dormir de la part de quelqu'un qui veut des relations sexuelles en échange ?
q-worried-honour = Est-ce que la famille ou la parenté de la personne pour qui vous vous inquiétez décide quels amis elle peut avoir, ce qu'elle peut porter ou si elle peut faire des études ?
q-worried-trip = La personne pour qui vous vous inquiétez a-t-elle dit qu'on allait la fiancer, la marier ou l'envoyer à l'étranger contre sa volonté, ou l'a-t-on déjà mariée ?
q-worried-cutting = Avez-vous appris que quelqu'un prévoit de faire subir une mutilation génitale à l'enfant – c'est-à-dire couper dans le sexe d'une fille, ce qu'on appelle parfois excision ou circoncision – ou que l'enfant doit partir à l'étranger pour que cela soit fait ?
q-worried-care = Si la personne pour qui vous vous inquiétez a besoin d'aide au quotidien : semble-t-elle privée de nourriture, de médicaments ou d'une autre aide dont elle a besoin ?
q-worried-care-youth = Est-ce que la personne pour qui tu t'inquiètes semble manquer de nourriture, de vêtements propres ou d'aide quand elle est malade ?
q-worried-children-home = Y a-t-il des enfants dans le foyer qui pourraient voir ou entendre de la violence ou des menaces ?
q-worried-suicide = La personne pour qui vous vous inquiétez a-t-elle dit qu'elle ne voulait plus vivre, ou parlé de mettre fin à ses jours ?
q-worried-careful = La personne pour qui vous vous inquiétez semble-t-elle souvent faire attention à ce qu'elle dit et fait, pour que quelqu'un ne se mette pas en colère ?
q-worried-debts = La personne pour qui vous vous inquiétez a-t-elle des dettes que quelqu'un d'autre a faites, ou lui manque-t-il de l'argent pour la nourriture et les autres choses dont elle a besoin ?
q-worried-worse = Est-ce que la situation semble s'être aggravée ces derniers temps, par exemple avec plus de blessures, plus de menaces ou plus de peur ?
q-worried-leaving = La personne pour qui vous vous inquiétez a-t-elle récemment quitté un ou une partenaire dont elle a peur, ou pense-t-elle le faire ?
q-worried-could-kill = Pensez-vous, ou la personne a-t-elle dit, que quelqu'un pourrait la tuer ?
q-worried-sex-images = Avez-vous vu quelqu'un diffuser des images sexuelles de la personne pour qui vous vous inquiétez, ou menacer de le faire ?
q-worried-honour-love = Est-ce que quelqu'un d'autre décide avec qui la personne pour qui vous vous inquiétez peut être en couple ou se marier ?
q-worried-left-alone = La personne pour qui vous vous inquiétez est-elle laissée seule longtemps, ou sans ses aides techniques, alors qu'elle ne peut pas se débrouiller seule ?
q-worried-children-scared = Les enfants du foyer semblent-ils effrayés, inquiets ou tristes, d'une manière qui vous préoccupe ?
## Questions: I have hurt or frightened someone close to me

q-used-put-down = Avez-vous insulté ou humilié une personne proche de vous, ou lui avez-vous crié dessus au point de lui faire peur ?
q-used-control = Avez-vous décidé qui votre partenaire ou quelqu'un de votre famille peut voir, où cette personne peut aller ou ce qu'elle peut porter ?
q-used-control-youth = Est-ce que tu as décidé qui la personne avec qui tu sors, ou un frère ou une sœur, peut voir, ou ce que cette personne peut porter ?
q-used-phone = Avez-vous lu les messages de quelqu'un, exigé ses mots de passe ou regardé son téléphone sans sa permission ?
q-used-images = Avez-vous diffusé, ou menacé de diffuser, des photos ou des vidéos d'une personne qu'elle ne voulait pas que d'autres voient ?
q-used-money = Avez-vous pris l'argent de quelqu'un, ou décidé à sa place comment l'utiliser, si bien que cette personne ne pouvait pas l'utiliser elle-même ?
q-used-break = Avez-vous cassé ou jeté des objets, ou frappé des murs ou des portes, quand vous étiez en colère ?
q-used-hit = Avez-vous frappé, poussé ou immobilisé de force votre partenaire ou quelqu'un de votre famille, ou lui avez-vous donné des coups de pied ?
q-used-hit-youth = Est-ce que tu as frappé, poussé ou donné des coups de pied à quelqu'un de ta famille, par exemple un parent, un frère ou une sœur, ou à la personne avec qui tu sors ?
q-used-neck = Vous est-il déjà arrivé d'étrangler quelqu'un, de prendre quelqu'un par le cou ou d'appuyer sur le cou de quelqu'un ?
q-used-weapon = Avez-vous menacé quelqu'un avec un couteau, une arme ou un autre objet qui peut blesser ?
q-used-weapon-youth = Est-ce que tu as menacé quelqu'un de ta famille, ou la personne avec qui tu sors, avec un couteau ou un autre objet qui peut blesser ?
q-used-kill = Avez-vous dit que vous alliez tuer une personne proche de vous, même si vous ne le pensiez pas vraiment ?
q-used-kill-youth = Est-ce que tu as menacé de tuer quelqu'un de ta famille ou la personne avec qui tu sors, au point de lui faire peur ?
q-used-sex = Avez-vous poussé ou forcé quelqu'un à avoir des relations sexuelles, ou avez-vous continué alors que cette personne disait non ou ne semblait pas le vouloir ?
q-used-children-see = Est-ce que des enfants ont vu ou entendu vos violences ou vos menaces à la maison ?
q-used-children-see-youth = Est-ce que des frères et sœurs plus jeunes ou d'autres enfants ont vu ou entendu tes violences ou tes menaces à la maison ?
q-used-afraid = Pensez-vous qu'une personne proche de vous ait peur de vous ?
q-used-exposed = Est-ce qu'il arrive aussi que quelqu'un te fasse du mal, te menace ou te contrôle, à la maison ou dans une relation amoureuse ?
q-used-money-work = Avez-vous empêché votre partenaire ou quelqu'un de votre famille de travailler ou d'étudier, ou avez-vous pris des crédits à son nom ?
q-used-money-work-youth = Est-ce que tu as forcé quelqu'un à te donner de l'argent ou des choses ?
q-used-pets = Avez-vous fait du mal à un animal, ou menacé de le faire, pour faire peur à quelqu'un ?
q-used-worse = Est-ce que c'est arrivé plus souvent, ou est-ce devenu plus grave, au cours des 12 derniers mois ?
q-used-sex-sulk = Vous est-il arrivé de vous fâcher, de bouder ou de faire des menaces quand votre partenaire ne voulait pas de relations sexuelles ?
q-used-contact-ban = Vous est-il arrivé de prendre contact avec quelqu'un, ou de vous rendre là où cette personne se trouve, alors que vous faites l'objet d'un kontaktförbud (interdiction de contact) ?
q-used-children-afraid = Est-ce qu'un enfant a eu peur de vous, ou a essayé de vous arrêter ou de protéger quelqu'un, quand vous étiez en colère ?
q-used-careful = Remarquez-vous qu'une personne proche de vous se tait ou fait attention pour que vous ne vous mettiez pas en colère ?
q-used-suicide-self = Vous arrive-t-il, vous-même, de penser à mettre fin à vos jours ?
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
category-sexual-text-used = Faire pression sur quelqu'un pour avoir des relations sexuelles, par exemple en se fâchant ou en boudant quand cette personne dit non, c'est de la violence sexuelle. Forcer quelqu'un est en plus puni par la loi. Toute relation sexuelle doit être librement voulue, et il existe de l'aide si vous voulez changer votre façon d'agir.
category-economic-title = Violence économique
category-economic-text = Quand quelqu'un prend votre argent, décide à votre place comment l'utiliser ou vous fait faire des dettes pour vous contrôler, c'est de la violence économique.
category-economic-text-worried = Quand quelqu'un prend l'argent de cette personne, ou décide à sa place comment l'utiliser, pour la contrôler, c'est de la violence économique.
category-economic-text-used = Prendre l'argent de quelqu'un, ou décider à sa place comment l'utiliser, pour contrôler cette personne, c'est de la violence économique. On peut changer, et il existe du soutien.
category-material-title = Violence matérielle
category-material-text = Quand quelqu'un casse vos affaires ou fait du mal à votre animal pour vous faire peur, c'est aussi de la violence.
category-material-text-used = Casser des objets ou faire du mal à des animaux fait peur aux autres, et c'est une forme de violence. Il est possible d'arrêter, et il existe du soutien pour cela.
category-digital-title = Violence numérique
category-digital-text = Quand quelqu'un contrôle votre téléphone, suit où vous êtes ou diffuse des photos de vous, c'est de la violence, même quand cela se passe sur internet.
category-digital-text-worried = Quand quelqu'un contrôle le téléphone de cette personne, suit où elle est ou diffuse des photos d'elle, c'est de la violence, même quand cela se passe sur internet.
category-digital-text-used = Contrôler le téléphone de quelqu'un, suivre où cette personne se trouve ou diffuser des photos d'elle, c'est de la violence numérique. Il est possible d'arrêter, et il existe de l'aide.
category-latent-title = Vivre dans la peur
category-latent-text = Avoir peur en permanence et tout adapter pour éviter la violence, cela s'appelle la violence latente. La peur est un signe que quelque chose ne va pas, et elle n'est pas de votre faute.
category-latent-text-worried = Avoir peur en permanence et tout adapter, cela s'appelle la violence latente. La peur de cette personne est un signe important à prendre au sérieux.
category-latent-text-used = Quand quelqu'un a peur de vous et s'adapte à vous, cela s'appelle la violence latente. Le fait que vous le voyiez est une première étape importante.
category-neglect-title = Négligence
category-neglect-text = Si vous avez besoin d'aide au quotidien, vous avez le droit de la recevoir, et aucune personne qui vous aide n'a le droit de vous faire du mal, de vous menacer ou de vous humilier. Ne pas vous aider, ou vous priver de ce dont vous avez besoin, c'est de la négligence.
category-neglect-text-worried = Quand une personne qui a besoin d'aide est privée de nourriture, de médicaments ou de soins, c'est de la négligence. Elle a droit à de l'aide.
category-honour-title = Violence et oppression liées à l'honneur
category-honour-text = Quand votre famille ou votre parenté décide ensemble avec qui vous pouvez passer du temps, ce que vous pouvez porter ou avec qui vous devez vous marier, pour la réputation de la famille, cela peut être de la violence et de l'oppression liées à l'honneur. Vous avez le droit de décider de votre propre vie.
category-honour-text-worried = Quand la famille ou la parenté contrôle ensemble la vie, les amis, les vêtements ou le mariage de cette personne, pour la réputation de la famille, cela peut être de la violence et de l'oppression liées à l'honneur. Cette personne a le droit de décider de sa propre vie.
category-children-witnessing-title = Enfants qui voient ou entendent de la violence
category-children-witnessing-text = Les enfants qui voient ou entendent de la violence à la maison sont eux-mêmes exposés à la violence. Ils ont droit à la protection et au soutien.
category-children-witnessing-text-worried = Les enfants qui voient ou entendent de la violence à la maison sont eux-mêmes exposés à la violence. Les services sociaux de la commune (socialtjänsten) peuvent aider l'enfant et la famille.
category-children-witnessing-text-used = Les enfants qui voient ou entendent de la violence en sont profondément marqués, même quand ils ne sont pas dans la même pièce. Le fait que vous cherchiez de l'aide est aussi une bonne chose pour eux.
category-coerced-sex-title = Pression pour vendre des services sexuels
category-coerced-sex-text = Personne n'a le droit de vous pousser, de vous tromper ou de vous forcer à vendre des services sexuels. En Suède, c'est la personne qui achète des services sexuels, ou qui gagne de l'argent avec, qui est en faute, jamais vous.
category-coerced-sex-text-worried = Personne n'a le droit de pousser, de tromper ou de forcer quelqu'un à vendre des services sexuels. En Suède, vendre des services sexuels n'est pas une infraction, et la personne qui le fait a droit à du soutien.
category-forced-labour-title = Contrainte à travailler, à mendier ou à commettre des délits
category-forced-labour-text = Quand quelqu'un vous fait venir ici avec de fausses promesses, décide où vous vivez et travaillez, vous fait changer de lieu ou vous force à mendier ou à commettre des délits, cela peut être de la traite des êtres humains ou de l'exploitation d'êtres humains (människoexploatering). Ce n'est pas vous qui avez mal agi, et vous avez droit à du soutien.
category-debt-bondage-title = Servitude pour dettes
category-debt-bondage-text = Quand quelqu'un dit que vous avez une dette à rembourser en travaillant, une dette qui ne finit jamais, c'est une façon de vous contrôler. Cela peut être de la traite des êtres humains.
category-documents-taken-title = Passeport et papiers qu'on vous prend
category-documents-taken-text = Personne n'a le droit de prendre votre passeport, votre pièce d'identité ou vos papiers. Les garder pour vous contrôler est un signe de contrainte.
## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Étrangler quelqu'un, ou appuyer sur son cou au point qu'il devient difficile de respirer, est l'un des signaux d'alarme les plus graves – même quand aucune marque n'est visible.
danger-weapon = Les menaces avec un couteau, une arme ou d'autres objets sont un signal d'alarme grave.
danger-weapon-access = La présence d'armes à la maison, ou la possibilité pour la personne qui menace de s'en procurer facilement, augmente le risque de violence grave.
danger-threat-to-kill = Les menaces de mort doivent toujours être prises au sérieux, même quand elles sont dites sous le coup de la colère.
danger-believes-could-kill = Quand une personne pense que l'autre pourrait la tuer, c'est un signal d'alarme important.
danger-escalation = Quand la violence ou les menaces s'aggravent ou deviennent plus fréquentes, le risque de violence grave augmente.
danger-separation = La période autour d'une séparation peut être particulièrement dangereuse quand l'autre personne a été violente ou contrôlante.
danger-pregnancy = La violence pendant une grossesse est un signal d'alarme grave, à la fois pour la personne enceinte et pour l'enfant.
danger-jealousy = Une jalousie forte et constante qui mène au contrôle, à des accusations ou à des menaces est un signal d'alarme grave.
danger-suicide-threats = Quand quelqu'un menace de se suicider, par exemple si une relation prend fin, c'est un signal d'alarme grave – aussi pour les autres personnes de son entourage.
danger-contact-ban-broken = La violation d'un kontaktförbud (interdiction de contact) est un signal d'alarme grave et une infraction.
danger-stalking = Quand quelqu'un suit, surveille ou contacte une personne sans arrêt, c'est un signal d'alarme grave, et cela peut être une infraction.
danger-forced-trip-or-marriage = Les projets de mariage ou de voyage à l'étranger contre la volonté de quelqu'un sont un signal d'alarme grave. Il est possible d'obtenir une protection avant le voyage.
danger-honour-violence-before = Quand la famille ou la parenté a déjà utilisé la violence, des menaces ou la contrainte contre une personne parce qu'elle ne vivait pas comme la famille le voulait, c'est un signal d'alarme grave.
danger-threats-to-children = Les menaces contre des enfants sont un signal d'alarme grave. Les enfants ont droit à la protection.
danger-child-sexual-abuse = Personne n'a le droit de faire quoi que ce soit de sexuel à un enfant. C'est une infraction grave, et l'enfant a droit à une protection immédiate.
danger-child-sexual-exploitation = Personne n'a le droit de donner à un enfant de l'argent, des objets, de la drogue ou un endroit où dormir en échange de quelque chose de sexuel. C'est une infraction, et l'enfant a droit à une protection.
danger-child-marriage = En Suède, personne de moins de 18 ans n'a le droit de se marier, et forcer quelqu'un à se marier est une infraction. Un enfant que l'on pousse à se fiancer ou à se marier a droit à une protection.
danger-genital-mutilation = Les mutilations génitales sont interdites en Suède, même si elles sont pratiquées dans un autre pays. Un enfant qui risque d'en subir a droit à une protection immédiate.
danger-sextortion = Menacer de diffuser des photos d'un enfant pour obtenir d'autres photos ou de l'argent est une infraction grave. L'enfant a droit à une protection et à du soutien.
danger-suicidal-thoughts = Les pensées suicidaires doivent toujours être prises au sérieux. On peut trouver de l'aide, jour et nuit.
## Advice for each warning sign, worded for each reader: -advice for the person it
## happens to, -advice-worried for someone who is worried, and -advice-used for the person
## who used violence. About fifty words at most; never urge anyone to confront anyone. The
## source of each piece of advice is in a comment above it.

# Source: Glass et al. 2008 and Campbell's Danger Assessment (item 10): strangulation is among the strongest predictors of homicide. Absent marks do not mean absent injury: the police (polisen.se, 2024: 'yttre tecken kan helt saknas') and the Prosecution Authority (aklagare.se, 2025); delayed symptoms in clinical guidance (ACEP). No NCK or 1177 page on delayed symptoms was found.
danger-strangulation-advice = Consultez un service de santé le jour même, de préférence aux urgences, même si rien ne se voit. Appelez le 112 si vous avez du mal à respirer, à avaler ou à parler, ou en cas de confusion. Les lésions au cou peuvent n'apparaître que plus tard. Les soignants peuvent documenter les blessures si vous le souhaitez.
danger-strangulation-advice-worried = La personne devrait consulter un service de santé le jour même, même si rien ne se voit, car les lésions au cou peuvent n'apparaître que plus tard. Vous pouvez proposer de l'accompagner. Appelez le 112 si elle a du mal à respirer.
danger-strangulation-advice-used = Serrer le cou de quelqu'un ou l'étrangler peut tuer, même quand cela va vite et que rien ne se voit. Si quelqu'un a du mal à respirer ou a perdu connaissance, appelez le 112 immédiatement. Appelez Välj att sluta ou les services sociaux (socialtjänsten) pour obtenir de l'aide pour arrêter.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 (revocation) and 4 (custody of weapons when there is a risk of misuse); DA item 5.
danger-weapon-advice = Si quelqu'un vous menace avec une arme maintenant, appelez le 112. Parlez de l'arme quand vous appelez. La police peut retirer ses armes à une personne quand il y a un risque qu'elles soient utilisées contre quelqu'un.
danger-weapon-advice-worried = Si la personne est menacée avec une arme maintenant, appelez le 112 et dites où elle se trouve. Ne confrontez pas la personne qui menace.
danger-weapon-advice-used = Mettez de côté l'objet avec lequel vous avez menacé, ou remettez les armes à la police. Si vous sentez que vous pourriez faire du mal à quelqu'un maintenant, partez et appelez le 112. Välj att sluta et les services sociaux (socialtjänsten) peuvent vous aider à arrêter.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 and 4; DA item 2; FREDA-farlighetsbedömning (weapons at home).
danger-weapon-access-advice = Si vous le souhaitez, vous pouvez dire à la police, aux services sociaux (socialtjänsten) ou à une ligne d'écoute qu'il y a des armes. La police peut prendre les armes en charge et retirer l'autorisation de détention d'armes (vapenlicens) s'il existe un risque qu'elles soient utilisées pour blesser quelqu'un.
# Source: Brottsbalken 4:5 (olaga hot); lag (SFS 1988:688) om kontaktförbud: asked for through the police (114 14) or the Prosecution Authority, decided by a prosecutor or court (polisen.se, aklagare.se); DA item 6.
danger-threat-to-kill-advice = Vous pouvez porter plainte auprès de la police pour cette menace et demander un kontaktförbud (interdiction de contact). Gardez les messages et notez ce qui a été dit et quand. Parlez à une ligne d'écoute de ce que vous pouvez faire pour votre sécurité.
danger-threat-to-kill-advice-worried = Prenez la menace au sérieux. La personne peut porter plainte auprès de la police et demander un kontaktförbud (interdiction de contact). Vous pouvez aider à garder les messages et noter ce que vous avez vu et entendu.
danger-threat-to-kill-advice-used = Les menaces de mort font peur et sont une infraction, même si vous ne le pensiez pas. Contactez Välj att sluta ou les services sociaux (socialtjänsten) pour obtenir de l'aide pour arrêter.
# Source: DA item 18 (the person's own belief that the other could kill them); FREDA-farlighetsbedömning's guidance: the person's own estimate of risk is on average as good as the instruments; safety planning with support services as in NCK's and the shelter movement's practice.
danger-believes-could-kill-advice = Prenez votre ressenti au sérieux. Faites un plan pour votre sécurité avec une ligne d'écoute, un centre de soutien pour femmes, pour filles ou pour hommes (kvinnojour, tjejjour, mansjour), ou les services sociaux (socialtjänsten). Si vous êtes en danger maintenant, appelez le 112.
danger-believes-could-kill-advice-worried = Prenez-le au sérieux. Appelez une ligne d'écoute pour parler de la façon dont vous pouvez soutenir la personne et de ce qui peut l'aider à être en sécurité. Ne confrontez pas la personne qui menace. Si la personne pour qui vous vous inquiétez est en danger maintenant, appelez le 112.
# Source: DA item 1; documenting incidents and keeping evidence safe, as NCK and the police advise.
danger-escalation-advice = Notez ce qui se passe et quand, et gardez les photos et les messages là où personne d'autre ne peut les trouver. Organisez votre sécurité avec une ligne d'écoute ou les services sociaux (socialtjänsten).
danger-escalation-advice-worried = C'est un signe que le risque augmente. Appelez une ligne d'écoute pour parler de la façon dont vous pouvez soutenir la personne. Si elle est en danger maintenant, appelez le 112.
danger-escalation-advice-used = Quand la situation s'aggrave, le risque que quelqu'un soit gravement blessé augmente. Cherchez de l'aide maintenant, par exemple auprès de Välj att sluta ou des services sociaux (socialtjänsten). Si quelqu'un est en danger, appelez le 112.
# Source: DA item 3; Brå 2007:6 (separation problems and jealousy the most common motives for lethal partner violence); NCK's summary of Brå data (more than half in connection with separation). Never push a person to leave: whether and when is theirs.
danger-separation-advice = La période avant, pendant et après une séparation peut être particulièrement dangereuse. C'est vous qui décidez si vous partez, et quand. Si vous envisagez de partir, vous pouvez le préparer au calme avec une ligne d'écoute, un centre de soutien pour femmes ou pour hommes (kvinnojour, mansjour), ou les services sociaux (socialtjänsten).
danger-separation-advice-worried = La période avant, pendant et après une séparation peut être particulièrement dangereuse. Si la personne envisage de partir, vous pouvez l'aider à le préparer avec une ligne d'écoute, un centre de soutien pour femmes ou pour hommes (kvinnojour, mansjour), ou les services sociaux (socialtjänsten). C'est elle qui décide.
# Source: DA item 15; HSLF-FS 2022:39 (replaced SOSFS 2014:4 on 1 November 2022); NCK and Graviditetsregistret: antenatal care asks every pregnant woman about violence, though not every woman recalls being asked.
danger-pregnancy-advice = Si vous êtes enceinte maintenant, vous pouvez dire à votre sage-femme ce qui se passe. La sage-femme pose généralement des questions sur la violence et peut vous orienter, y compris lors d'un rendez-vous sans votre partenaire. Vous pouvez aussi parler à une ligne d'écoute.
# Source: DA item 14 (violent and constant jealousy).
danger-jealousy-advice = La jalousie ne donne à personne le droit de contrôler ou de menacer. Observez si le contrôle augmente, et parlez à une ligne d'écoute de ce qui se passe et de ce que vous pouvez faire pour votre sécurité.
# Source: DA item 16 (the other person's threats or attempts of suicide, which also signal danger to the partner).
danger-suicide-threats-advice = Vous n'êtes pas responsable de ce que fait cette personne. Si elle est en danger immédiat, appelez le 112. Une menace de suicide peut aussi signifier un danger pour vous, alors n'hésitez pas à parler de votre propre sécurité avec une ligne d'écoute.
# Source: Lag (SFS 1988:688) om kontaktförbud: breaking a ban is a crime; SARA item 8 (violation of no-contact orders).
danger-contact-ban-broken-advice = Signalez à la police chaque violation du kontaktförbud (interdiction de contact), et gardez les messages, les listes d'appels et tout ce qui le montre. Si vous êtes en danger maintenant, appelez le 112.
danger-contact-ban-broken-advice-used = Ne pas respecter un kontaktförbud (interdiction de contact) est une infraction et fait peur à la personne qui doit être protégée. Restez à distance, et contactez Välj att sluta ou les services sociaux (socialtjänsten) pour obtenir du soutien.
# Source: Brottsbalken 4:4 b (olaga förföljelse); DA item 19; the police on documenting stalking; safety advice on spyware: removing an app can be noticed (as on this tool's safety page).
danger-stalking-advice = Notez quand et où cela se passe, et gardez les messages. Vérifiez s'il y a des applications inconnues sur votre téléphone, mais sachez que cela peut se remarquer si vous les supprimez. Vous pouvez porter plainte auprès de la police et demander un kontaktförbud (interdiction de contact).
danger-stalking-advice-worried = La personne peut noter quand et où cela se passe, et garder les messages. Suivre, surveiller ou harceler quelqu'un de manière répétée (olaga förföljelse) est une infraction qui peut faire l'objet d'une plainte à la police. Vous pouvez aider en notant ce que vous voyez.
# Source: LVU (SFS 1990:52) 31 a § (utreseförbud, travel ban for a child at risk of being taken abroad and harmed; since 1 July 2020, extended 1 June 2024 by prop. 2023/24:72); brottsbalken 4:4 c (äktenskapstvång); Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland); the Swedish Ministry for Foreign Affairs (UD) gives consular help abroad.
danger-forced-trip-or-marriage-advice = Essayez d'obtenir de l'aide avant le voyage : contactez les services sociaux (socialtjänsten), la police ou la ligne d'écoute pour la violence liée à l'honneur. Pour un enfant, les services sociaux peuvent demander un utreseförbud (interdiction de sortie du territoire pour un enfant). Si vous partez quand même, emportez une copie de votre passeport, un téléphone chargé et le numéro de l'ambassade de Suède.
danger-forced-trip-or-marriage-advice-worried = Agissez avant le voyage, sans que la famille le sache : contactez les services sociaux (socialtjänsten), la police ou la ligne d'écoute pour la violence liée à l'honneur. Pour les enfants, il existe l'utreseförbud (interdiction de sortie du territoire pour un enfant). Si la personne est déjà à l'étranger, le ministère suédois des Affaires étrangères (UD) peut l'aider.
# Source: PATRIARK (earlier honour-based violence in the family or network).
danger-honour-violence-before-advice = Ce qui est arrivé à d'autres personnes de la famille peut signifier que le risque est plus grand pour vous aussi. Parlez avec les services sociaux (socialtjänsten) ou la ligne d'écoute pour la violence liée à l'honneur de ce que vous pouvez faire pour votre sécurité. Si vous êtes en danger maintenant, appelez le 112.
# Source: DA item 17; socialtjänstlagen (SFS 2025:400), the social services' duty to protect children.
danger-threats-to-children-advice = Les enfants menacés ont droit à une protection. Les services sociaux (socialtjänsten) peuvent vous aider, vous et les enfants, et vous pouvez porter plainte auprès de la police pour la menace. Si un enfant est en danger maintenant, appelez le 112.
# Source: Brottsbalken chapter 6 (sexual offences against children); socialtjänstlagen (SFS 2025:400): the social services must protect a child who may be harmed; Bris (contacts/national.toml).
danger-child-sexual-abuse-advice = Ce n'est jamais de ta faute. Parles-en à un adulte en qui tu as confiance, par exemple le ou la kurator de l'école (conseiller social) ou l'infirmier ou l'infirmière scolaire, ou appelle Bris. Les services sociaux (socialtjänsten) doivent te protéger. Si tu es en danger maintenant, appelle le 112.
danger-child-sexual-abuse-advice-worried = Faites tout de suite un signalement d'inquiétude (orosanmälan) aux services sociaux (socialtjänsten), ou appelez la police. N'interrogez pas l'enfant et ne confrontez pas la personne que vous soupçonnez. Si l'enfant est en danger maintenant, appelez le 112.
# Source: Brottsbalken 6:9 (purchase of a sexual act from a child); socialtjänstlagen (SFS 2025:400).
danger-child-sexual-exploitation-advice = Ce n'est jamais toi qui fais quelque chose de mal, c'est la personne qui t'exploite. Tu peux parler à Bris ou aux services sociaux (socialtjänsten), et à l'ungdomsmottagning (centre de santé pour les jeunes), on peut t'aider pour ta santé. Si tu es en danger maintenant, appelle le 112.
danger-child-sexual-exploitation-advice-worried = Faites tout de suite un signalement d'inquiétude (orosanmälan) aux services sociaux (socialtjänsten). La personne qui achète des services sexuels à un enfant commet une infraction. Si l'enfant est en danger maintenant, appelez le 112.
# Source: Äktenskapsbalken 2:1 (no one under 18 may marry); brottsbalken chapter 4 (barnäktenskapsbrott and äktenskapstvång, covering marriage-like unions too); LVU 31 a § (utreseförbud: social services apply, the administrative court decides, with interim bans by social services).
danger-child-marriage-advice = Personne n'a le droit de te marier, même religieusement ou à l'étranger. Les services sociaux (socialtjänsten) peuvent te protéger et demander un utreseförbud (interdiction de sortie du territoire), pour qu'on ne puisse pas t'emmener hors du pays. Tu peux appeler la ligne d'écoute pour la violence liée à l'honneur ou Bris. Si tu es en danger maintenant, appelle le 112.
# Source: Lag (SFS 1982:316) med förbud mot könsstympning av kvinnor (female genitals; applies also to mutilation abroad); LVU 31 a § (utreseförbud).
danger-genital-mutilation-advice = Parles-en à un adulte en qui tu as confiance, par exemple l'infirmier ou l'infirmière scolaire ou le ou la kurator de l'école, ou appelle Bris. Les services sociaux (socialtjänsten) peuvent te protéger, par exemple avec un utreseförbud (interdiction de sortie du territoire) avant un voyage. Si quelque chose s'est déjà passé, tu peux recevoir des soins et du soutien. Si tu es en danger maintenant, appelle le 112.
danger-genital-mutilation-advice-worried = Faites tout de suite un signalement d'inquiétude (orosanmälan) aux services sociaux (socialtjänsten), surtout avant un voyage. Les services sociaux peuvent demander un utreseförbud (interdiction de sortie du territoire) pour l'enfant. Ne contactez pas la famille vous-même.
# Source: Child-protection practice (Bris; the police on sexual extortion of children): do not send more or pay, keep the evidence, tell an adult, report; brottsbalken chapter 6.
danger-sextortion-advice = Ce n'est pas de ta faute. N'envoie plus de photos et ne paie pas. Garde les messages, puis bloque la personne. Parles-en à un adulte en qui tu as confiance ou appelle Bris. Tu peux porter plainte à la police, même si c'est toi qui as envoyé des photos.
# Source: DA item 20 (the person's own thoughts or attempts of suicide); Mind's Självmordslinjen (contacts/national.toml); NASP at Karolinska Institutet: asking directly about suicide does not increase the risk.
danger-suicidal-thoughts-advice = Des personnes sont là pour vous écouter. Vous pouvez contacter Självmordslinjen (ligne d'écoute pour la prévention du suicide) par téléphone ou par chat, jour et nuit, et vous pouvez rester anonyme. Si vous pensez à vous faire du mal maintenant, appelez le 112.
danger-suicidal-thoughts-advice-worried = Prenez-le au sérieux et posez la question directement : « Est-ce que tu penses à mettre fin à tes jours ? » Poser la question n'augmente pas le risque. Självmordslinjen (ligne d'écoute pour la prévention du suicide) reçoit aussi les appels de personnes qui s'inquiètent pour quelqu'un. Si la personne est en danger immédiat, appelez le 112.
danger-suicidal-thoughts-advice-used = Des personnes sont là pour vous écouter. Vous pouvez contacter Självmordslinjen (ligne d'écoute pour la prévention du suicide) par téléphone ou par chat, jour et nuit, et vous pouvez rester anonyme. Si vous pensez à vous faire du mal ou à faire du mal à quelqu'un d'autre maintenant, appelez le 112.
## Result: fixed parts

result-title = Ce que décrivent vos réponses
result-intro = Ce que vous avez répondu décrit une ou plusieurs formes de violence. Ci-dessous, vous pouvez lire comment elles s'appellent et où trouver du soutien.
result-none = Aucune de vos réponses ne décrivait de la violence. Vous pouvez quand même parler à quelqu'un si quelque chose ne vous semble pas normal. Faites confiance à votre ressenti.
result-none-worried = Aucune de vos réponses ne décrivait de la violence contre la personne pour qui vous vous inquiétez. Faites quand même confiance à votre ressenti : vous pouvez parler de votre inquiétude avec une ligne d'écoute.
result-danger-unanswered = Vous n'avez pas répondu à certaines questions sur le danger grave, et ce n'est pas un problème. Si vous avez peur pour votre sécurité, vous pouvez toujours appeler le 112, et les lignes d'écoute ci-dessous peuvent vous aider à réfléchir à ce qui est le plus sûr.
result-danger-unanswered-worried = Vous n'avez pas répondu à certaines questions sur le danger grave, et ce n'est pas un problème. Si vous pensez que la personne pour qui vous vous inquiétez est en danger maintenant, appelez le 112. Les lignes d'écoute ci-dessous peuvent vous aider à réfléchir à la façon de la soutenir.
result-danger-unanswered-used = Vous n'avez pas répondu à certaines questions sur le danger grave, et ce n'est pas un problème. Si vous avez peur de faire du mal à quelqu'un, ou si quelqu'un est en danger, appelez le 112. Välj att sluta et les services sociaux (socialtjänsten) peuvent vous aider.
result-urgent-title = Si vous êtes en danger maintenant, appelez le 112
# Source: SOS Alarm, https://www.sosalarm.se/112 (the operator asks what happened, where and from which number; calls from smartphones are positioned automatically, AML) and https://www.sosalarm.se/Pressrum/Fragor-och-svar/ (stay on the line).
result-urgent-text = Dites ce qui s'est passé et où vous êtes. L'appel est gratuit. Quand vous appelez depuis un portable, SOS Alarm peut le plus souvent voir où vous êtes. Restez en ligne si vous le pouvez.
result-urgent-title-worried = Si la personne est en danger maintenant, appelez le 112
result-urgent-text-worried = Appelez le 112 si la personne pour qui vous vous inquiétez est en danger en ce moment. Dites où elle est et ce qui se passe. L'appel est gratuit.
result-urgent-signs-intro = Nous affichons ceci en premier, parce que vos réponses mentionnent quelque chose qui peut être un signal d'alarme grave :
result-advice-youth = Si tu as moins de 18 ans, tu peux aussi parler à Bris, au ou à la kurator de l'école, à l'infirmier ou l'infirmière scolaire, ou à un autre adulte en qui tu as confiance. Tu n'as pas à gérer ça sans aide.
result-advice-youth-worried = Si toi aussi tu as moins de 18 ans, tu peux en parler à un adulte en qui tu as confiance ou appeler Bris, et on t'aidera pour la suite.
result-not-your-fault = Ce qui vous arrive n'est pas de votre faute. Personne n'a le droit de vous faire du mal, de vous menacer ou de vous contrôler.
result-right-to-support = Vous avez le droit de demander du soutien aux services sociaux (socialtjänsten) de la commune où vous vous trouvez, quelle que soit votre origine, et que vous ayez un titre de séjour ou non. Les contacter ne coûte rien.
result-everyone-welcome = Vous avez droit à du soutien quels que soient votre âge, votre genre, votre origine, votre orientation sexuelle, un handicap ou une dépendance. Le fait de boire de l'alcool ou de prendre de la drogue, ou de ne pas avoir de titre de séjour, ne vous empêche jamais de recevoir du soutien.
result-everyone-welcome-worried = La personne pour qui vous vous inquiétez a droit à du soutien quels que soient son âge, son genre, son origine, son orientation sexuelle, un handicap ou une dépendance. L'alcool, la drogue ou l'absence de titre de séjour n'empêchent jamais personne de recevoir du soutien.
result-everyone-welcome-used = Vous pouvez recevoir du soutien pour arrêter, quels que soient votre âge, votre genre, votre origine, votre orientation sexuelle, un handicap ou une dépendance. Le fait de boire de l'alcool ou de prendre de la drogue ne vous empêche pas de recevoir du soutien.
result-child-protection-title = Tu as droit à une protection
result-child-protection-1 = Tu as moins de 18 ans. Les services sociaux (socialtjänsten) doivent donc chercher à savoir comment tu vas et te protéger si quelqu'un te fait du mal, te menace ou t'exploite.
result-child-protection-2 = Tu peux appeler les services sociaux ou y aller toi-même, ou demander à un adulte en qui tu as confiance, par exemple le ou la kurator de l'école, de t'aider.
result-child-protection-3 = Tu peux aussi parler à Bris sans dire qui tu es. Bris fait partie des contacts ci-dessous.
result-what-happens-title = Que se passe-t-il si je prends contact ?
result-what-happens-1 = Vous pouvez commencer par appeler une ligne d'écoute pour parler et recevoir des conseils. C'est vous qui décidez ce que vous racontez.
result-what-happens-2 = Les services sociaux (socialtjänsten) peuvent vous proposer des entretiens de soutien, de l'aide pour organiser votre sécurité, et de l'aide pour trouver un hébergement protégé si vous devez déménager.
result-what-happens-3 = Vous pouvez avancer une étape à la fois. N'hésitez pas à demander ce qui se passera ensuite avant d'en dire plus.
result-show-local = Afficher l'aide près de chez moi
result-start-over = Recommencer
result-start-over-hint = Tout ce que vous avez répondu sera oublié.
## Result: for someone who has hurt or frightened someone

result-used-intro = Vos réponses décrivent que vous avez fait des choses qui peuvent faire du mal ou faire peur à une personne proche de vous.
result-used-responsibility = Avoir répondu à ces questions est une étape importante. La violence est un choix, et vous pouvez choisir d'arrêter. Il existe de l'aide pour cela, par exemple Välj att sluta (une ligne d'écoute pour les personnes qui veulent arrêter la violence) et les services sociaux (socialtjänsten) de votre commune.
result-used-responsibility-youth = Avoir répondu aux questions est une étape importante. On peut apprendre à arrêter de faire du mal ou de faire peur aux autres, et il y a des adultes qui peuvent t'aider, par exemple Bris et les services sociaux (socialtjänsten).
result-used-urgent-text = Si vous avez peur de faire du mal à quelqu'un maintenant, ou si quelqu'un est en danger, appelez le 112.
result-used-none = Vos réponses ne décrivaient rien de ce que nous avons demandé. Si vous vous inquiétez quand même de votre comportement envers une personne proche de vous, vous pouvez parler avec Välj att sluta ou les services sociaux (socialtjänsten). Vous pouvez rester anonyme.
result-used-children = Les enfants qui voient ou entendent de la violence ont besoin de soutien. Les services sociaux (socialtjänsten) peuvent vous soutenir, vous et les enfants, et c'est une bonne étape de les contacter vous-même.
result-used-also-exposed = Tu as dit que quelqu'un te fait aussi du mal, te menace ou te contrôle. Ce n'est pas acceptable, et tu as droit à du soutien. Tu peux parler à Bris ou aux services sociaux (socialtjänsten), et tu peux aussi répondre aux questions sur ce qui t'arrive.
## Result: for someone who is worried about another person

result-worried-intro = Vos réponses décrivent que la personne pour qui vous vous inquiétez est peut-être exposée à de la violence. Ici, vous pouvez en lire plus et voir où vous-même et cette personne pouvez trouver du soutien.
## For someone who is worried about another person

worried-title = Si vous vous inquiétez pour quelqu'un
worried-intro = C'est bien que vous vous préoccupiez de cette personne. Vous trouverez ici des signes auxquels faire attention, des conseils pour lui parler, et à qui vous adresser.
worried-signs-title = Signes auxquels faire attention
worried-signs-1 = La personne semble avoir peur, être triste ou inquiète, et elle a changé.
worried-signs-2 = Elle voit ses amis et sa famille moins souvent qu'avant, ou elle n'a pas le droit de les voir.
worried-signs-3 = Quelqu'un l'appelle ou lui écrit tout le temps et veut savoir où elle est.
worried-signs-4 = Elle a des blessures qu'elle ne veut pas ou ne peut pas expliquer.
worried-signs-5 = Elle n'a pas d'argent à elle, ou quelqu'un d'autre a son passeport ou son téléphone.
worried-signs-6 = Elle parle d'un mariage ou d'un voyage qu'elle n'a pas choisi elle-même.
worried-talk-title = Comment commencer la conversation
worried-talk-1 = Choisissez un endroit où vous pouvez parler en tête-à-tête, au calme.
worried-talk-2 = Dites ce que vous avez remarqué et que cette personne compte pour vous. Vous pouvez par exemple dire : « J'ai remarqué que tu as l'air triste. Comment ça va ? »
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
