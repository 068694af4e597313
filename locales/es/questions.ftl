# Vägvisaren — the questions and the result.
# Fetched when someone starts the questions, together with main.ftl: the same file for everyone.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Questions: partner or ex

q-partner-put-down = ¿Tu pareja o expareja te insulta, se burla de ti o te hace sentir que no vales nada?
q-partner-put-down-youth = ¿Alguien con quien sales o has salido te dice cosas feas, se burla de ti o te hace sentir mal?
q-partner-isolate = ¿Tu pareja o expareja decide a quién puedes ver, adónde puedes ir o qué ropa puedes ponerte?
q-partner-isolate-youth = ¿Alguien con quien sales o has salido decide qué amigos y amigas puedes tener, adónde puedes ir o qué ropa puedes ponerte?
q-partner-phone = ¿Tu pareja o expareja lee tus mensajes, te exige tus contraseñas o revisa tu teléfono?
q-partner-phone-youth = ¿Alguien con quien sales o has salido te exige ver tu teléfono, tus mensajes, tus contraseñas o dónde estás?
q-partner-follow = ¿Tu pareja o expareja te sigue, aparece donde estás o controla dónde estás con una aplicación o con la ubicación compartida sin que tú lo hayas aceptado?
q-partner-follow-youth = ¿Alguien con quien sales o has salido te sigue, o aparece donde estás aunque tú no quieras?
q-partner-images = ¿Tu pareja o expareja ha difundido, o ha amenazado con difundir, fotos o videos tuyos que no quieres que otras personas vean?
q-partner-images-youth = ¿Alguien con quien sales o has salido ha difundido, o ha amenazado con difundir, fotos o videos tuyos que no quieres que otras personas vean?
q-partner-nudes = ¿Alguien con quien sales o has salido ha insistido, te ha presionado o te ha engañado para que le mandes fotos sin ropa o fotos sexis?
q-partner-older = ¿La persona con quien sales o has salido es adulta, o mucho mayor que tú?
q-partner-money = ¿Tu pareja o expareja te quita tu dinero, o decide sobre él de forma que no puedes usarlo tú?
q-partner-money-youth = ¿Alguien con quien sales o has salido te quita tu dinero, o decide qué puedes comprar?
q-partner-debt = ¿Tu pareja o expareja ha pedido préstamos o ha contraído deudas a tu nombre, o te ha impedido trabajar o estudiar?
q-partner-debt-youth = ¿Alguien con quien sales o has salido te ha impedido ir a la escuela, o ha hecho que compres cosas o pidas dinero prestado para esa persona?
q-partner-threats = ¿Tu pareja o expareja te amenaza, por ejemplo con quitarte a los niños, con contar a otras personas tu orientación sexual o tu identidad de género, o con hacer que tengas que irte de Suecia?
q-partner-threats-youth = ¿Alguien con quien sales o has salido te amenaza, por ejemplo con difundir cosas sobre ti o con contar a otras personas si eres gay, bi o trans?
q-partner-break = ¿Tu pareja o expareja ha roto, tirado o quitado tus cosas?
q-partner-break-youth = ¿Alguien con quien sales o has salido ha destrozado, tirado o quitado tus cosas?
q-partner-hit = ¿Tu pareja o expareja te ha pegado, empujado, dado patadas o sujetado a la fuerza?
q-partner-hit-youth = ¿Alguien con quien sales o has salido te ha pegado, empujado, dado patadas o sujetado a la fuerza?
q-partner-neck = ¿Tu pareja o expareja te ha estrangulado, te ha agarrado del cuello o te ha apretado el cuello de forma que te costaba respirar?
q-partner-neck-youth = ¿Alguien con quien sales o has salido te ha estrangulado, te ha agarrado del cuello o ha hecho que te costara respirar?
q-partner-weapon = ¿Tu pareja o expareja te ha amenazado con un cuchillo, un arma u otra cosa que pueda hacer daño?
q-partner-weapon-youth = ¿Alguien con quien sales o has salido te ha amenazado con un cuchillo u otra cosa que pueda hacer daño?
q-partner-kill = ¿Tu pareja o expareja ha amenazado con matarte a ti o a alguien cercano a ti?
q-partner-kill-youth = ¿Alguien con quien sales o has salido te ha dicho que va a matarte a ti o a alguien que quieres?
q-partner-sex = ¿Tu pareja o expareja te ha obligado o presionado a tener sexo o a hacer actos sexuales que no querías, o has aceptado tener sexo porque tenías miedo?
q-partner-sex-youth = ¿Alguien con quien sales o has salido te ha obligado o presionado a hacer algo sexual que no querías, o ha insistido hasta que lo hiciste?
q-partner-afraid = ¿Tienes miedo de tu pareja o expareja, incluso cuando no está haciendo nada en ese momento?
q-partner-afraid-youth = ¿Tienes miedo de alguien con quien sales o has salido?
q-partner-care = Si necesitas ayuda en la vida diaria: ¿tu pareja o expareja ha dejado de darte comida, medicinas u otra ayuda que necesitas?
q-partner-aids = ¿Tu pareja o expareja te ha quitado tus ayudas técnicas, tus gafas, tus medicinas, tus hormonas o tu teléfono, de forma que no puedes arreglártelas por tu cuenta o pedir ayuda?
q-partner-children-see = Si hay niños en casa: ¿han visto u oído violencia o amenazas contra ti, o se han asustado cuando tu pareja o expareja se enojaba?
q-partner-worse = ¿La violencia o las amenazas han empeorado, o han ocurrido con más frecuencia, en el último año?
q-partner-worse-youth = ¿Lo que esa persona te hace ha empeorado, o pasa más a menudo, últimamente?
q-partner-jealous = ¿Tu pareja o expareja tiene celos de una forma que te da miedo, por ejemplo te acusa de infidelidad, se enoja cuando ves a otras personas o dice que nadie más te podrá tener?
q-partner-jealous-youth = ¿Alguien con quien sales o has salido tiene tantos celos que te da miedo, por ejemplo se enoja cuando hablas con otras personas o dice que no puedes estar con nadie más?
q-partner-leaving = ¿Has dejado hace poco a tu pareja, o piensas hacerlo, y tienes miedo de lo que pueda hacer entonces?
q-partner-leaving-youth = ¿Has terminado hace poco una relación, o quieres terminarla, y tienes miedo de lo que pueda hacer la otra persona?
q-partner-could-kill = ¿Crees que tu pareja o expareja podría matarte?
q-partner-could-kill-youth = ¿Crees que alguien con quien sales o has salido podría matarte?
q-partner-weapon-home = ¿Tu pareja o expareja tiene armas en casa, por ejemplo armas de caza, o puede conseguir armas fácilmente?
q-partner-weapon-home-youth = ¿Alguien con quien sales o has salido tiene armas, o puede conseguir armas fácilmente?
q-partner-suicide-threat = ¿Tu pareja o expareja ha amenazado con quitarse la vida, por ejemplo si tú terminaras la relación?
q-partner-suicide-threat-youth = ¿Alguien con quien sales o has salido te ha dicho que se va a quitar la vida si terminas con esa persona o si no haces lo que quiere?
q-partner-contact-ban = ¿Tu pareja o expareja te ha contactado o ha venido a donde estás aunque tiene una prohibición de contacto (kontaktförbud)?
q-partner-contact-ban-youth = ¿Alguien con quien sales o has salido te ha contactado aunque le han prohibido hacerlo?
q-partner-pregnant = Si has tenido un embarazo: ¿tu pareja o expareja te ha pegado o te ha hecho daño durante el embarazo?
q-partner-pregnant-youth = Si has tenido un embarazo: ¿alguien con quien sales o has salido te ha pegado o te ha hecho daño durante ese tiempo?
q-partner-pets = ¿Tu pareja o expareja ha hecho daño, o ha amenazado con hacer daño, a un animal que te importa?
q-partner-pets-youth = ¿Alguien con quien sales o has salido ha hecho daño, o ha amenazado con hacer daño, a un animal que te importa?
q-partner-careful = ¿Piensas a menudo en lo que dices y haces para que tu pareja o expareja no se enoje?
q-partner-careful-youth = ¿Piensas a menudo en lo que dices y haces para que alguien con quien sales o has salido no se enoje?
q-partner-children-threat = ¿Tu pareja o expareja ha amenazado con hacer daño a los niños, o con llevárselos, por ejemplo al extranjero?
q-partner-suicide-self = ¿Tienes tú pensamientos de quitarte la vida?
q-partner-suicide-self-youth = ¿Has pensado que quieres morir, o has pensado en quitarte la vida?
## Questions: family or relatives

q-family-collective = ¿Hay varias personas de tu familia o de tus parientes que deciden juntas cómo tienes que vivir?
q-family-collective-youth = ¿Hay más personas aparte de tus padres, por ejemplo hermanos o parientes, que deciden sobre tu vida?
q-family-friends = ¿Tu familia o tus parientes deciden qué amistades puedes tener, cómo puedes vestirte o qué puedes hacer en tu tiempo libre?
q-family-friends-youth = ¿Tienes menos libertad que otras personas de tu edad con los amigos, la ropa o el tiempo libre, porque tu familia se preocupa por lo que dirán los demás o por la reputación de la familia?
q-family-school = ¿Tu familia o tus parientes te impiden estudiar, trabajar o elegir tú qué estudiar?
q-family-school-youth = ¿No te dejan ir a algunas clases, por ejemplo de educación sexual o de natación, o a excursiones escolares, porque tu familia piensa que está mal o que es vergonzoso?
q-family-love = ¿Tu familia o tus parientes deciden de quién puedes enamorarte y con quién puedes estar, o si puedes mostrar abiertamente quién eres?
q-family-love-youth = ¿Tu familia decide de quién puedes enamorarte o con quién puedes salir cuando seas mayor, o no te deja mostrar abiertamente quién eres?
q-family-marriage = ¿Tu familia o tus parientes te presionan para comprometerte o casarte – aunque sea solo por la religión o dentro de la familia – con alguien que no has elegido tú, o ya ha pasado en contra de tu voluntad?
q-family-marriage-youth = ¿Tu familia quiere que te comprometas o te cases, aunque sea solo por la religión o con una «promesa» de matrimonio, sin que tú quieras, o ya te han casado?
q-family-abroad = ¿Alguien ha dicho que te van a enviar o llevar a otro país en contra de tu voluntad, o se está planeando un viaje que te preocupa?
q-family-abroad-youth = ¿Alguien ha dicho que te van a mandar a otro país, o tu familia va a hacer un viaje que te preocupa?
q-family-put-down = ¿Alguien de tu familia o algún pariente te insulta, se burla de ti o dice que no vales nada?
q-family-put-down-youth = ¿Alguien de tu familia te dice a menudo cosas feas, te grita de forma que te da miedo o te dice que no vales nada?
q-family-money = ¿Alguien de tu familia, algún pariente o alguien que te ayuda se queda con tu sueldo, tu pensión, tus prestaciones o tu dinero, o no te da el dinero que necesitas, para controlarte?
q-family-money-youth = ¿Alguien de tu familia te quita tu propio dinero, o no te dan dinero para cosas que de verdad necesitas, como comida, transporte o ropa?
q-family-break = ¿Alguien de tu familia o algún pariente ha roto, tirado o quitado tus cosas?
q-family-break-youth = ¿Alguien de tu familia ha roto o destrozado tus cosas en un momento de enojo, de forma que te dio miedo?
q-family-tracking = ¿Alguien de tu familia o algún pariente te sigue, o controla dónde estás con una aplicación, aunque tú no quieras?
q-family-tracking-youth = ¿Alguien de tu familia te sigue, o controla todo el tiempo dónde estás, de una forma que te da miedo o que no te deja vivir tu vida?
q-family-hit = ¿Alguien de tu familia o algún pariente te ha pegado, empujado, dado patadas o sujetado a la fuerza?
q-family-hit-youth = ¿Alguien de tu familia te ha pegado, te ha empujado, te ha tirado del pelo o te ha sujetado a la fuerza?
q-family-neck = ¿Alguien de tu familia o algún pariente te ha estrangulado, te ha agarrado del cuello o te ha apretado el cuello de forma que te costaba respirar?
q-family-neck-youth = ¿Alguien de tu familia te ha estrangulado, te ha agarrado del cuello o ha hecho que te costara respirar?
q-family-weapon = ¿Alguien de tu familia o algún pariente te ha amenazado con un cuchillo, un arma u otra cosa que pueda hacer daño?
q-family-weapon-youth = ¿Alguien de tu familia te ha amenazado con un cuchillo u otra cosa que pueda hacer daño?
q-family-kill = ¿Alguien de tu familia o algún pariente ha amenazado con matarte a ti o a alguien cercano a ti?
q-family-kill-youth = ¿Alguien de tu familia ha dicho que va a matarte a ti o a alguien que quieres?
q-family-sex-touch = ¿Alguien de tu familia o algún pariente te ha tocado de forma sexual, o te ha dicho o mostrado cosas sexuales que no querías?
q-family-sex-touch-youth = ¿Alguien de tu familia o algún pariente te ha tocado el cuerpo de una forma que te pareció mal, o te ha mostrado imágenes sexuales?
q-family-sex-forced = ¿Alguien de tu familia o algún pariente te ha obligado o presionado a tener sexo o a hacer actos sexuales?
q-family-sex-forced-youth = ¿Alguien de tu familia o algún pariente te ha obligado a hacer algo sexual?
q-family-care = Si necesitas ayuda en la vida diaria: ¿la persona de tu familia que debe ayudarte ha dejado de darte comida, medicinas o ayuda, o te ha dejado sin compañía mucho tiempo aunque no puedes arreglártelas por tu cuenta?
q-family-care-youth = ¿Te pasa que te quedas sin comida, sin ropa limpia o sin ayuda cuando te enfermas, o que te dejan en casa sin nadie durante mucho tiempo?
q-family-carer = Si alguien te ayuda en la vida diaria, por ejemplo alguien de asistencia personal o del servicio de ayuda a domicilio (hemtjänsten): ¿esa persona te ha hecho daño, te ha amenazado o te ha humillado, te ha quitado dinero o ha dejado de ayudarte?
q-family-afraid = ¿Tienes miedo de alguien de tu familia o de algún pariente, o de lo que pasa cuando llegas a casa?
q-family-afraid-youth = ¿Tienes miedo de alguien de tu familia, o de ir a casa?
q-family-children-see = ¿Hay niños en la familia que ven u oyen violencia o amenazas en casa?
q-family-children-see-youth = ¿Tú o tus hermanos han visto u oído a alguien de la familia pegar o amenazar a otra persona?
q-family-phone = ¿Alguien de tu familia o algún pariente revisa tu teléfono o tus mensajes para ver con quién hablas?
q-family-phone-youth = ¿Alguien de tu familia revisa tu teléfono para ver con quién hablas?
q-family-siblings = ¿Tus hermanos, primos u otros parientes te vigilan y le cuentan a la familia lo que haces?
q-family-siblings-youth = ¿Tus hermanos o primos te vigilan en la escuela o en la calle y se lo cuentan a tu familia?
q-family-virginity = ¿Tu familia o tus parientes exigen que seas virgen hasta casarte, o controlan que lo seas?
q-family-virginity-youth = ¿Tu familia dice que tienes que ser virgen, es decir, no haber tenido sexo, hasta que te cases?
q-family-disown = ¿Alguien ha amenazado con que tu familia te rechazará o cortará el contacto contigo si no haces lo que quieren?
q-family-disown-youth = ¿Alguien ha dicho que tu familia ya no te querrá en casa si no haces lo que te dicen?
q-family-partner-threat = ¿Alguien de tu familia o algún pariente ha amenazado a la persona con quien tienes una relación, o con quien quieres tenerla?
q-family-partner-threat-youth = ¿Alguien de tu familia ha amenazado a la persona con quien sales o que te gusta?
q-family-honour-before = ¿Alguien de tu familia o de tus parientes ha sufrido antes daños, amenazas o un matrimonio forzado, o ha tenido que irse lejos a la fuerza, porque no vivía como la familia quería?
q-family-honour-before-youth = ¿Le ha pasado algo a una hermana, un hermano, un primo, una prima u otra persona de la familia porque no hizo lo que la familia quería, por ejemplo que le hicieran daño o que tuviera que irse lejos?
q-family-cutting = ¿Alguien ha dicho que te van a hacer una mutilación genital – a veces lo llaman circuncisión de las niñas o «purificarte» –, es decir, que alguien te va a cortar en tus genitales (tus partes íntimas), o ya te ha pasado?
q-family-online = ¿Alguien de tu familia o algún pariente ha difundido, o ha amenazado con difundir, fotos, videos o rumores sobre ti en internet?
q-family-online-youth = ¿Alguien de tu familia ha subido, o ha amenazado con subir, fotos o cosas sobre ti a internet?
q-family-worse = ¿La violencia o las amenazas han empeorado, o han ocurrido con más frecuencia, en el último año?
q-family-worse-youth = ¿Lo que pasa en casa ha empeorado, o pasa más a menudo, últimamente?
q-family-could-kill = ¿Crees que alguien de tu familia o algún pariente podría matarte?
q-family-could-kill-youth = ¿Crees que alguien de tu familia podría matarte?
q-family-weapon-home = ¿Hay armas en casa de tu familia, por ejemplo armas de caza, o puede conseguir armas fácilmente quien te amenaza?
q-family-weapon-home-youth = ¿Hay armas en casa, o alguien de tu familia puede conseguir armas fácilmente?
q-family-contact-ban = ¿Alguien de tu familia o algún pariente te ha contactado o ha venido a donde estás aunque tiene una prohibición de contacto (kontaktförbud)?
q-family-children-threat = ¿Alguien de tu familia o algún pariente ha amenazado con hacer daño a niños de la familia, o con llevárselos?
q-family-children-threat-youth = ¿Alguien de tu familia ha amenazado con hacer daño a tus hermanos o a otros niños de la familia?
q-family-suicide-self = ¿Tienes tú pensamientos de quitarte la vida?
q-family-suicide-self-youth = ¿Has pensado que quieres morir, o has pensado en quitarte la vida?
## Questions: selling sex, work, money or papers

q-exploit-sell-sex = ¿Alguien te presiona u obliga a vender sexo, o a tener sexo con otras personas a cambio de dinero?
q-exploit-sell-sex-youth = ¿Alguien ha hecho que tengas sexo o hagas cosas sexuales a cambio de dinero, cosas, drogas o un lugar donde dormir?
q-exploit-job-promise = ¿Viniste aquí o empezaste a trabajar por promesas de un trabajo, un sueldo o un alojamiento que después no eran ciertas?
q-exploit-job-promise-youth = ¿Alguien te ha prometido dinero, un trabajo u otra cosa, y después te ha exigido que hagas cosas que no querías?
q-exploit-work = ¿Trabajas mucho más de lo acordado, o te pagan muy poco o nada?
q-exploit-work-youth = ¿Alguien hace que trabajes o hagas encargos para esa persona sin pagarte, o porque tienes miedo?
q-exploit-begging-crime = ¿Alguien te obliga o presiona a mendigar, robar, vender drogas o cometer otros delitos?
q-exploit-begging-crime-youth = ¿Alguien hace que vendas drogas, robes, escondas cosas o cometas otros delitos para esa persona?
q-exploit-debt = ¿Alguien dice que le debes algo, por ejemplo por el viaje, el alojamiento o el trabajo, y que tienes que pagarlo trabajando?
q-exploit-debt-youth = ¿Alguien dice que le debes dinero o favores, y que tienes que devolverlos haciendo cosas para esa persona?
q-exploit-papers = ¿Alguien te ha quitado el pasaporte, el documento de identidad o el permiso de residencia y no te lo quiere devolver?
q-exploit-papers-youth = ¿Alguien te ha quitado el pasaporte o el documento de identidad y no te lo quiere devolver?
q-exploit-locked = ¿Alguien te impide salir sin compañía, ver a quien quieras o hablar con tu familia?
q-exploit-locked-youth = ¿Alguien te impide salir sin compañía, ver a tus amigos y amigas o hablar con tu familia?
q-exploit-sextortion = ¿Alguien ha amenazado con difundir fotos o videos sexuales tuyos si no pagas, si no mandas más fotos o si no haces lo que esa persona dice?
q-exploit-sextortion-youth = ¿Alguien ha amenazado con difundir fotos o videos tuyos si no mandas más, si no pagas o si no haces lo que esa persona dice?
q-exploit-grooming = ¿Alguien a quien solo conoces por internet, y que puede ser mayor que tú, te ha pedido fotos sexuales, te ha hablado de sexo o ha querido verte en secreto?
q-exploit-sex-forced = ¿Alguien te ha obligado a tener sexo o a hacer actos sexuales que no querías?
q-exploit-sex-forced-youth = ¿Alguien te ha obligado a hacer algo sexual que no querías?
q-exploit-hit = ¿Alguien que te controla te ha pegado, empujado o hecho daño?
q-exploit-hit-youth = ¿Alguien que manda sobre ti te ha pegado, empujado o hecho daño?
q-exploit-neck = ¿Alguien te ha estrangulado, te ha agarrado del cuello o te ha apretado el cuello de forma que te costaba respirar?
q-exploit-neck-youth = ¿Alguien te ha estrangulado, te ha agarrado del cuello o ha hecho que te costara respirar?
q-exploit-weapon = ¿Alguien te ha amenazado con un cuchillo, un arma u otra cosa que pueda hacer daño?
q-exploit-weapon-youth = ¿Alguien te ha amenazado con un cuchillo u otra cosa que pueda hacer daño?
q-exploit-kill = ¿Alguien ha amenazado con matarte a ti o a alguien de tu familia, aquí o en otro país?
q-exploit-kill-youth = ¿Alguien ha dicho que va a matarte a ti o a alguien de tu familia?
q-exploit-afraid = ¿Tienes miedo de lo que pasará si dices que no, si lo dejas o si te vas?
q-exploit-afraid-youth = ¿Tienes miedo de lo que pasará si dices que no o si dejas de hacer lo que quieren?
q-exploit-wage = ¿Otra persona se queda con tu sueldo o tu dinero, o decide qué puedes comprar?
q-exploit-wage-youth = ¿Alguien se queda con el dinero que recibes, o decide qué puedes comprar?
q-exploit-living = ¿Vives donde trabajas, o donde otra persona decide, sin poder irte de allí cuando quieras?
q-exploit-living-youth = ¿Tienes que vivir o dormir donde otra persona decide, sin poder irte de allí cuando quieras?
q-exploit-moved = ¿Alguien te traslada entre distintos apartamentos, ciudades o países sin que tú puedas decidirlo?
q-exploit-moved-youth = ¿Alguien te manda o te lleva a distintos lugares, apartamentos o ciudades sin que tú puedas decidirlo?
q-exploit-authorities = ¿Alguien te ha dicho que la policía o las autoridades te castigarán o te echarán del país si cuentas algo?
q-exploit-authorities-youth = ¿Alguien te ha dicho que la policía o los servicios sociales (socialtjänsten) te castigarán si cuentas algo?
q-exploit-sex-control = ¿Otra persona decide cuándo, dónde o con quién tienes sexo a cambio de dinero, o se queda otra persona con el dinero?
q-exploit-sex-control-youth = ¿Otra persona decide cuándo y con quién tienes que hacer cosas sexuales, o se queda con lo que recibes a cambio?
q-exploit-debt-grows = ¿La deuda crece todo el tiempo, por ejemplo por multas, alquiler o cargos, de forma que nunca te liberas de ella?
q-exploit-debt-grows-youth = ¿Te dicen que debes cada vez más, de forma que nunca terminas de pagar?
q-exploit-accounts = ¿Otra persona controla tu BankID (identificación electrónica sueca), tus contratos u otros documentos a tu nombre, de forma que no puedes usarlos tú?
q-exploit-accounts-youth = ¿Otra persona controla tu tarjeta bancaria, tu BankID (identificación electrónica sueca) o tu teléfono, de forma que no puedes usarlos tú?
q-exploit-phone = ¿Alguien te quita el teléfono, lee tus mensajes o controla dónde estás?
q-exploit-phone-youth = ¿Alguien te quita el teléfono, lee tus mensajes o mira dónde estás?
q-exploit-online = ¿Alguien ha puesto anuncios, fotos o videos tuyos en internet sin que tú lo hayas decidido?
q-exploit-online-youth = ¿Alguien ha subido fotos, videos o anuncios sobre ti a internet sin que tú lo hayas decidido?
q-exploit-sex-unsafe = ¿Alguien te ha obligado a tener sexo sin condón, o a hacer cosas a las que has dicho que no?
q-exploit-sex-unsafe-youth = ¿Alguien te ha obligado a tener sexo sin condón, o a hacer cosas a las que has dicho que no?
q-exploit-worse = ¿La violencia o las amenazas han empeorado, o han ocurrido con más frecuencia, últimamente?
q-exploit-worse-youth = ¿Lo que te hacen ha empeorado, o pasa más a menudo, últimamente?
q-exploit-always-afraid = ¿Tienes miedo de la persona o las personas que te controlan, incluso cuando no están cerca?
q-exploit-always-afraid-youth = ¿Les tienes miedo, incluso cuando no están cerca?
q-exploit-suicide-self = ¿Tienes tú pensamientos de quitarte la vida?
q-exploit-suicide-self-youth = ¿Has pensado que quieres morir, o has pensado en quitarte la vida?
## Questions: someone you are worried about

q-worried-afraid = ¿La persona que te preocupa parece tener miedo de alguien, o de volver a casa?
q-worried-isolated = ¿La persona que te preocupa ha dejado de ver a sus amistades o a su familia, o ha dejado de hacer cosas que antes le gustaban?
q-worried-controlled = ¿Parece que alguien manda sobre la persona que te preocupa, por ejemplo a quién puede ver o adónde puede ir?
q-worried-phone = ¿Alguien revisa el teléfono de la persona que te preocupa, o esa persona siempre tiene que contestar enseguida y decir dónde está?
q-worried-followed = ¿Alguien sigue, vigila o contacta a menudo a la persona que te preocupa, en internet o en la vida real, aunque esa persona no quiere?
q-worried-money = ¿Otra persona controla el dinero, el sueldo o la tarjeta bancaria de la persona que te preocupa, de forma que no puede decidir por sí misma?
q-worried-injuries = ¿Has visto moretones o lesiones en la persona que te preocupa, que no quiere o no puede explicar?
q-worried-hit = ¿Has visto, oído o sabido que alguien pega, empuja o sujeta a la fuerza a la persona que te preocupa?
q-worried-neck = ¿Te has enterado de que alguien ha estrangulado a la persona que te preocupa, le ha agarrado el cuello o ha hecho que le costara respirar?
q-worried-weapon = ¿Alguien ha amenazado a la persona que te preocupa con un cuchillo, un arma u otra cosa que pueda hacer daño?
q-worried-kill = ¿Alguien ha amenazado con matar a la persona que te preocupa, o a alguien cercano a esa persona?
q-worried-sex = ¿La persona que te preocupa te ha contado que alguien la ha obligado o presionado a tener sexo o a hacer actos sexuales?
q-worried-selling-sex = ¿Crees que la persona que te preocupa vende sexo, o que alguien hace que lo haga?
q-worried-sex-for-things = ¿La persona que te preocupa recibe dinero, regalos, drogas o un lugar donde dormir de alguien que quiere sexo a cambio?
q-worried-honour = ¿La familia o los parientes de la persona que te preocupa deciden qué amistades puede tener, qué ropa puede ponerse o si puede estudiar?
q-worried-trip = ¿La persona que te preocupa ha dicho que la van a comprometer, casar o enviar al extranjero en contra de su voluntad, o ya la han casado?
q-worried-cutting = ¿Te has enterado de que alguien planea someter al niño o la niña a una mutilación genital – es decir, cortar los genitales de una niña, algo que a veces se llama circuncisión –, o de que el niño o la niña va a viajar al extranjero para que allí le hagan la mutilación?
q-worried-care = Si la persona que te preocupa necesita ayuda en la vida diaria: ¿parece que se queda sin comida, medicinas u otra ayuda que necesita?
q-worried-care-youth = ¿Parece que la persona que te preocupa se queda sin comida, sin ropa limpia o sin ayuda cuando se enferma?
q-worried-children-home = ¿Hay niños en la casa que puedan ver u oír violencia o amenazas?
q-worried-suicide = ¿La persona que te preocupa ha dicho que no quiere vivir, o ha hablado de quitarse la vida?
q-worried-careful = ¿La persona que te preocupa parece pensar a menudo en lo que dice y hace, para que otra persona no se enoje?
q-worried-debts = ¿La persona que te preocupa tiene deudas que contrajo otra persona, o le falta dinero para comida y otras cosas que necesita?
q-worried-worse = ¿Parece que ha empeorado últimamente, por ejemplo con más lesiones, más amenazas o más miedo?
q-worried-leaving = ¿La persona que te preocupa ha dejado hace poco, o piensa dejar, a una pareja a la que tiene miedo?
q-worried-could-kill = ¿Crees, o te ha dicho esa persona, que alguien podría matarla?
q-worried-sex-images = ¿Has visto que alguien difunde imágenes sexuales de la persona que te preocupa, o que amenaza con hacerlo?
q-worried-honour-love = ¿Otra persona decide con quién puede estar o casarse la persona que te preocupa?
q-worried-left-alone = ¿Dejan a la persona que te preocupa sin compañía mucho tiempo, o sin sus ayudas técnicas, aunque no puede arreglárselas por su cuenta?
q-worried-children-scared = ¿Los niños de la casa parecen tener miedo, inquietud o tristeza de una forma que te preocupa?
## Questions: I have hurt or frightened someone close to me

q-used-put-down = ¿Has insultado, humillado o gritado a alguien cercano a ti de forma que le dio miedo?
q-used-control = ¿Has decidido a quién puede ver tu pareja o expareja o alguien de tu familia, adónde puede ir o qué ropa puede ponerse?
q-used-control-youth = ¿Has decidido a quién puede ver alguien con quien sales, o un hermano o una hermana, o qué ropa puede ponerse?
q-used-phone = ¿Has leído los mensajes de alguien, le has exigido sus contraseñas o has revisado su teléfono sin permiso?
q-used-images = ¿Has difundido, o has amenazado con difundir, fotos o videos de alguien que esa persona no quería que otros vieran?
q-used-money = ¿Le has quitado el dinero a alguien, o has decidido sobre él de forma que esa persona no podía usarlo?
q-used-break = ¿Has roto cosas, tirado cosas o golpeado paredes o puertas cuando te has enojado?
q-used-hit = ¿Has pegado, empujado, dado patadas o sujetado a la fuerza a tu pareja o expareja o a alguien de tu familia?
q-used-hit-youth = ¿Has pegado, empujado o dado patadas a alguien de tu familia, por ejemplo a tu padre, tu madre, un hermano o una hermana, o a alguien con quien sales?
q-used-neck = ¿Alguna vez has estrangulado a alguien, has agarrado a alguien del cuello o le has apretado el cuello a alguien?
q-used-weapon = ¿Has amenazado a alguien con un cuchillo, un arma u otra cosa que pueda hacer daño?
q-used-weapon-youth = ¿Has amenazado a alguien de tu familia o a alguien con quien sales con un cuchillo u otra cosa que pueda hacer daño?
q-used-kill = ¿Has dicho que vas a matar a alguien cercano a ti, aunque no lo dijeras en serio?
q-used-kill-youth = ¿Has amenazado con matar a alguien de tu familia o a alguien con quien sales, de forma que esa persona tuvo miedo?
q-used-sex = ¿Has presionado u obligado a alguien a tener sexo, o has seguido aunque esa persona dijo que no o no parecía querer?
q-used-children-see = ¿Algún niño o niña te ha visto u oído usar violencia o amenazas en casa?
q-used-children-see-youth = ¿Tus hermanos pequeños u otros niños te han visto u oído usar violencia o amenazas en casa?
q-used-afraid = ¿Crees que alguien cercano a ti te tiene miedo?
q-used-exposed = ¿Te pasa también que alguien te hace daño, te amenaza o te controla, en casa o en una relación?
q-used-money-work = ¿Le has impedido a tu pareja o expareja o a alguien de tu familia trabajar o estudiar, o has pedido préstamos a su nombre?
q-used-money-work-youth = ¿Has obligado a alguien a darte dinero o cosas?
q-used-pets = ¿Has hecho daño, o has amenazado con hacer daño, a un animal para asustar a alguien?
q-used-worse = ¿Ha pasado más a menudo, o se ha vuelto más grave, en el último año?
q-used-sex-sulk = ¿Te has enojado, has puesto mala cara o te has puesto amenazante cuando tu pareja no quería tener sexo?
q-used-contact-ban = ¿Has contactado a alguien, o has ido a donde está esa persona, aunque tienes una prohibición de contacto (kontaktförbud)?
q-used-children-afraid = ¿Algún niño o niña te ha tenido miedo, o ha intentado detenerte o proteger a alguien cuando te has enojado?
q-used-careful = ¿Notas que alguien cercano a ti se queda en silencio o tiene cuidado para que no te enojes?
q-used-suicide-self = ¿Tienes tú pensamientos de quitarte la vida?
## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Violencia física
category-physical-text = Que alguien te pegue, te empuje, te sujete a la fuerza o te haga daño de otra forma es violencia. Es un delito, y nunca es culpa tuya.
category-physical-text-worried = Que alguien pegue, empuje o haga daño a la persona que te preocupa es violencia y es un delito. Nunca es culpa suya.
category-physical-text-used = Lo que describes es violencia física. Es posible dejarla, y hay ayuda para hacerlo.
category-psychological-title = Violencia psicológica
category-psychological-text = Las amenazas, las burlas y que te controlen o te impidan ver a otras personas también son violencia. Pueden doler tanto como los golpes.
category-psychological-text-worried = Las amenazas, las burlas y el control también son violencia, aunque no se vea nada. Pueden hacer que a esa persona le cueste pedir ayuda.
category-psychological-text-used = Amenazar, humillar o controlar a alguien es violencia psicológica. Puedes elegir dejar de hacerlo, y hay apoyo para lograrlo.
category-sexual-title = Violencia sexual
category-sexual-text = Todo el sexo tiene que ser voluntario, también con una pareja. Que te presionen u obliguen a algo sexual es violencia y es un delito.
category-sexual-text-worried = Nadie tiene derecho a presionar ni a obligar a otra persona a nada sexual. Es violencia y es un delito, también dentro de una relación.
category-sexual-text-used = Presionar a alguien para tener sexo, por ejemplo enojándote o poniendo mala cara cuando esa persona dice que no, es violencia sexual. Obligar a alguien es, además, un delito. Todo el sexo tiene que ser voluntario, y hay ayuda si quieres cambiar tu forma de actuar.
category-economic-title = Violencia económica
category-economic-text = Que alguien te quite el dinero, decida sobre él o te endeude para controlarte es violencia económica.
category-economic-text-worried = Que alguien le quite el dinero a la persona que te preocupa, o decida sobre él para controlar a esa persona, es violencia económica.
category-economic-text-used = Quitarle el dinero a alguien o decidir sobre él para controlar a esa persona es violencia económica. Se puede cambiar, y hay apoyo.
category-material-title = Violencia contra objetos y animales
category-material-text = Que alguien destroce tus cosas o le haga daño a tu animal para asustarte también es violencia.
category-material-text-used = Romper cosas o hacer daño a animales asusta a los demás y es una forma de violencia. Es posible dejar de hacerlo, y hay apoyo para ello.
category-digital-title = Violencia digital
category-digital-text = Que alguien revise tu teléfono, controle dónde estás o difunda fotos tuyas es violencia, también cuando pasa en internet.
category-digital-text-worried = Que alguien revise el teléfono de esa persona, controle dónde está o difunda fotos suyas es violencia, también cuando pasa en internet.
category-digital-text-used = Revisar el teléfono de alguien, controlar dónde está o difundir fotos suyas es violencia digital. Es posible dejarlo, y hay ayuda.
category-latent-title = Vivir con miedo
category-latent-text = Tener miedo todo el tiempo y adaptarte para evitar la violencia se llama violencia latente. El miedo es una señal de que algo está mal, y no es culpa tuya.
category-latent-text-worried = Tener miedo todo el tiempo y adaptarse se llama violencia latente. El miedo de esa persona es una señal importante que hay que tomar en serio.
category-latent-text-used = Cuando alguien te tiene miedo y se adapta a ti, se llama violencia latente. Darte cuenta de ello es un primer paso importante.
category-neglect-title = Negligencia en el cuidado
category-neglect-text = Si necesitas ayuda en la vida diaria, tienes derecho a recibirla, y nadie que te ayude tiene derecho a hacerte daño, amenazarte ni humillarte. No ayudarte, o quitarte lo que necesitas, es negligencia.
category-neglect-text-worried = Que alguien que necesita ayuda se quede sin comida, medicinas o cuidados es negligencia. Esa persona tiene derecho a recibir ayuda.
category-honour-title = Violencia y opresión relacionadas con el honor
category-honour-text = Cuando tu familia o tus parientes deciden juntos con quién puedes estar, qué ropa puedes ponerte o con quién te tienes que casar, por la reputación de la familia, puede ser violencia y opresión relacionadas con el honor. Tienes derecho a decidir sobre tu propia vida.
category-honour-text-worried = Cuando la familia o los parientes controlan juntos la vida, las amistades, la ropa o el matrimonio de esa persona por la reputación de la familia, puede ser violencia y opresión relacionadas con el honor. Esa persona tiene derecho a decidir sobre su propia vida.
category-children-witnessing-title = Niños que ven u oyen violencia
category-children-witnessing-text = Los niños que ven u oyen violencia en casa también sufren violencia. Tienen derecho a protección y apoyo.
category-children-witnessing-text-worried = Los niños que ven u oyen violencia en casa también sufren violencia. Los servicios sociales (socialtjänsten) pueden dar apoyo al niño o la niña y a la familia.
category-children-witnessing-text-used = Ver u oír violencia afecta mucho a los niños, incluso cuando no están en la misma habitación. Que busques ayuda también es bueno para ellos.
category-coerced-sex-title = Que te presionen para vender sexo
category-coerced-sex-text = Nadie tiene derecho a presionarte, engañarte ni obligarte a vender sexo. En Suecia, quien actúa mal es quien compra sexo o gana dinero con ello, nunca tú.
category-coerced-sex-text-worried = Nadie tiene derecho a presionar, engañar ni obligar a otra persona a vender sexo. En Suecia, quien vende sexo no comete ningún delito y tiene derecho a apoyo.
category-forced-labour-title = Que te obliguen a trabajar, mendigar o cometer delitos
category-forced-labour-text = Cuando alguien te trae aquí con promesas falsas, controla dónde vives y trabajas, te traslada de un lugar a otro o te obliga a mendigar o a cometer delitos, puede ser trata de personas o explotación de personas (människoexploatering). No eres tú quien ha hecho algo mal, y tienes derecho a apoyo.
category-debt-bondage-title = Servidumbre por deudas
category-debt-bondage-text = Que alguien diga que tienes una deuda que debes pagar trabajando, y que nunca se acaba, es una forma de controlarte. Puede ser trata de personas.
category-documents-taken-title = Que te quiten el pasaporte y los documentos
category-documents-taken-text = Nadie tiene derecho a quitarte el pasaporte, el documento de identidad ni tus papeles. Quedárselos para controlarte es una señal de coacción.
## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Estrangular a alguien, o apretarle el cuello de forma que le cueste respirar, es una de las señales de alarma más graves, aunque no se vean marcas.
danger-weapon = Las amenazas con un cuchillo, un arma u otros objetos son una señal de alarma grave.
danger-weapon-access = Que haya armas en casa, o que quien amenaza pueda conseguir armas fácilmente, aumenta el riesgo de violencia grave.
danger-threat-to-kill = Las amenazas de muerte siempre deben tomarse en serio, aunque se digan con rabia.
danger-believes-could-kill = Cuando una persona cree que la otra podría matarla, es una señal de alarma importante.
danger-escalation = Cuando la violencia o las amenazas empeoran o ocurren más a menudo, aumenta el riesgo de violencia grave.
danger-separation = El tiempo alrededor de una separación puede ser especialmente peligroso cuando la otra persona ha usado violencia o control.
danger-pregnancy = La violencia durante un embarazo es una señal de alarma grave, tanto para la persona embarazada como para el bebé.
danger-jealousy = Los celos fuertes y constantes que llevan al control, a acusaciones o a amenazas son una señal de alarma grave.
danger-suicide-threats = Cuando alguien amenaza con quitarse la vida, por ejemplo si una relación termina, es una señal de alarma grave, también para otras personas del entorno.
danger-contact-ban-broken = Que se incumpla una prohibición de contacto (kontaktförbud) es una señal de alarma grave y un delito.
danger-stalking = Que a una persona la sigan, la vigilen o la contacten todo el tiempo es una señal de alarma grave y puede ser un delito.
danger-forced-trip-or-marriage = Los planes de matrimonio o de un viaje al extranjero en contra de la voluntad de alguien son una señal de alarma grave. Es posible conseguir protección antes del viaje.
danger-honour-violence-before = Que la familia o los parientes hayan usado antes violencia, amenazas o coacción contra alguien porque no vivía como querían es una señal de alarma grave.
danger-threats-to-children = Las amenazas contra niños son una señal de alarma grave. Los niños tienen derecho a protección.
danger-child-sexual-abuse = Nadie tiene derecho a hacerle nada sexual a un niño o una niña. Es un delito grave, y el niño o la niña tiene derecho a protección enseguida.
danger-child-sexual-exploitation = Nadie tiene derecho a darle a un niño o una niña dinero, cosas, drogas o un lugar donde dormir a cambio de algo sexual. Es un delito, y el niño o la niña tiene derecho a protección.
danger-child-marriage = En Suecia, la ley no permite que nadie menor de 18 años se case, y obligar a alguien a casarse es un delito. Un niño o una niña a quien presionan para comprometerse o casarse tiene derecho a protección.
danger-genital-mutilation = La mutilación genital está prohibida en Suecia, también si se hace en otro país. Un niño o una niña que corre ese riesgo tiene derecho a protección enseguida.
danger-sextortion = Amenazar con difundir imágenes de un niño o una niña para conseguir más imágenes o dinero es un delito grave. El niño o la niña tiene derecho a protección y apoyo.
danger-suicidal-thoughts = Los pensamientos de quitarse la vida siempre deben tomarse en serio. Hay ayuda disponible, las 24 horas.
## Advice for each warning sign, worded for each reader: -advice for the person it happens to,
## -advice-worried for someone who is worried and -advice-used for the person who used violence.
## At most about fifty words; never urge anyone to confront anyone. The source of each piece
## of advice is in a comment above it.

# Source: Glass et al. 2008 and Campbell's Danger Assessment (item 10): strangulation is among the strongest predictors of homicide. Absent marks do not mean absent injury: the police (polisen.se, 2024: 'yttre tecken kan helt saknas') and the Prosecution Authority (aklagare.se, 2025); delayed symptoms in clinical guidance (ACEP). No NCK or 1177 page on delayed symptoms was found.
danger-strangulation-advice = Busca atención médica el mismo día, mejor en urgencias, aunque no se vea nada. Llama al 112 si te cuesta respirar, tragar o hablar, o si notas confusión. Las lesiones en el cuello pueden notarse más tarde. Si quieres, el personal sanitario puede documentar las lesiones.
danger-strangulation-advice-worried = Esa persona debería buscar atención médica el mismo día, aunque no se vea nada, porque las lesiones en el cuello pueden notarse más tarde. Puedes ofrecerte a acompañarla. Llama al 112 si le cuesta respirar.
danger-strangulation-advice-used = Estrangular a alguien o agarrarle el cuello puede matar, aunque sea rápido y no se vea nada. Si alguien tiene dificultad para respirar o está inconsciente, llama al 112 enseguida. Llama a Välj att sluta o a los servicios sociales (socialtjänsten) para recibir ayuda para dejarlo.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 (revocation) and 4 (custody of weapons when there is a risk of misuse); DA item 5.
danger-weapon-advice = Si alguien te amenaza con un arma ahora, llama al 112. Habla del arma cuando llames. La policía puede quitarle las armas a una persona cuando hay riesgo de que las use contra alguien.
danger-weapon-advice-worried = Si alguien amenaza a esa persona con un arma ahora, llama al 112 y di dónde está. No te enfrentes a quien amenaza.
danger-weapon-advice-used = Aparta lo que usaste para amenazar, o entrega las armas a la policía. Si sientes que puedes hacer daño a alguien ahora, vete de allí y llama al 112. Välj att sluta y los servicios sociales (socialtjänsten) pueden ayudarte a dejarlo.
# Source: Vapenlagen (SFS 1996:67) chapter 6, sections 1 and 4; DA item 2; FREDA-farlighetsbedömning (weapons at home).
danger-weapon-access-advice = Si quieres, puedes contarle a la policía, a los servicios sociales (socialtjänsten) o a una línea de apoyo que hay armas. La policía puede retirar las armas y revocar el permiso de armas (la licencia) si hay riesgo de que se usen para hacer daño a alguien.
# Source: Brottsbalken 4:5 (olaga hot); lag (SFS 1988:688) om kontaktförbud: asked for through the police (114 14) or the Prosecution Authority, decided by a prosecutor or court (polisen.se, aklagare.se); DA item 6.
danger-threat-to-kill-advice = Puedes denunciar la amenaza a la policía y pedir una prohibición de contacto (kontaktförbud). Guarda los mensajes y anota qué se dijo y cuándo. Habla con una línea de apoyo sobre cómo puedes estar a salvo.
danger-threat-to-kill-advice-worried = Toma en serio la amenaza. Esa persona puede denunciarla a la policía y pedir una prohibición de contacto (kontaktförbud). Puedes ayudar a guardar los mensajes y a anotar lo que has visto y oído.
danger-threat-to-kill-advice-used = Amenazar con matar asusta y es un delito, aunque no lo dijeras en serio. Ponte en contacto con Välj att sluta o con los servicios sociales (socialtjänsten) para recibir ayuda para dejarlo.
# Source: DA item 18 (the person's own belief that the other could kill them); FREDA-farlighetsbedömning's guidance: the person's own estimate of risk is on average as good as the instruments; safety planning with support services as in NCK's and the shelter movement's practice.
danger-believes-could-kill-advice = Toma en serio lo que sientes. Haz un plan para estar a salvo junto con una línea de apoyo, un centro de apoyo para mujeres, para chicas o para hombres (kvinnojour, tjejjour, mansjour) o los servicios sociales (socialtjänsten). Si estás en peligro ahora, llama al 112.
danger-believes-could-kill-advice-worried = Tómalo en serio. Llama a una línea de apoyo y habla de cómo puedes apoyar a esa persona y de cómo puede estar a salvo. No te enfrentes a quien amenaza. Si esa persona está en peligro ahora, llama al 112.
# Source: DA item 1; documenting incidents and keeping evidence safe, as NCK and the police advise.
danger-escalation-advice = Anota qué pasa y cuándo, y guarda fotos y mensajes donde nadie más pueda encontrarlos. Planea tu seguridad con una línea de apoyo o con los servicios sociales (socialtjänsten).
danger-escalation-advice-worried = Es una señal de que el riesgo aumenta. Llama a una línea de apoyo y habla de cómo puedes apoyar a esa persona. Si está en peligro ahora, llama al 112.
danger-escalation-advice-used = Cuando la situación empeora, aumenta el riesgo de que alguien sufra lesiones graves. Busca ayuda ahora, por ejemplo en Välj att sluta o en los servicios sociales (socialtjänsten). Si alguien está en peligro, llama al 112.
# Source: DA item 3; Brå 2007:6 (separation problems and jealousy the most common motives for lethal partner violence); NCK's summary of Brå data (more than half in connection with separation). Never push a person to leave: whether and when is theirs.
danger-separation-advice = El tiempo antes, durante y después de una separación puede ser especialmente peligroso. Tú decides si te vas y cuándo. Si estás pensando en irte, puedes planearlo con calma con una línea de apoyo, un centro de apoyo para mujeres o para hombres (kvinnojour, mansjour) o los servicios sociales (socialtjänsten).
danger-separation-advice-worried = El tiempo antes, durante y después de una separación puede ser especialmente peligroso. Si esa persona está pensando en irse, puedes ayudarle a planearlo con una línea de apoyo, un centro de apoyo para mujeres o para hombres (kvinnojour, mansjour) o los servicios sociales (socialtjänsten). Es esa persona quien decide.
# Source: DA item 15; HSLF-FS 2022:39 (replaced SOSFS 2014:4 on 1 November 2022); NCK and Graviditetsregistret: antenatal care asks every pregnant woman about violence, though not every woman recalls being asked.
danger-pregnancy-advice = Si estás esperando un bebé, puedes contarle lo que pasa a la matrona o el matrón (barnmorska) que te atiende en los controles del embarazo. Esa persona suele preguntar por la violencia y puede ayudarte a encontrar más apoyo, también en una conversación sin tu pareja. También puedes hablar con una línea de apoyo.
# Source: DA item 14 (violent and constant jealousy).
danger-jealousy-advice = Los celos no dan derecho a controlar ni a amenazar. Fíjate en si el control aumenta, y habla con una línea de apoyo sobre lo que pasa y sobre cómo puedes estar a salvo.
# Source: DA item 16 (the other person's threats or attempts of suicide, which also signal danger to the partner).
danger-suicide-threats-advice = No eres responsable de lo que haga esa persona. Si está en peligro inmediato, llama al 112. Las amenazas de quitarse la vida también pueden significar peligro para ti, así que puedes hablar con una línea de apoyo sobre tu propia seguridad.
# Source: Lag (SFS 1988:688) om kontaktförbud: breaking a ban is a crime; SARA item 8 (violation of no-contact orders).
danger-contact-ban-broken-advice = Denuncia a la policía cada vez que se incumpla la prohibición de contacto (kontaktförbud), y guarda mensajes, listas de llamadas y otras cosas que lo demuestren. Si estás en peligro ahora, llama al 112.
danger-contact-ban-broken-advice-used = Incumplir una prohibición de contacto (kontaktförbud) es un delito y asusta a la persona a quien debe proteger. Mantente lejos, y ponte en contacto con Välj att sluta o con los servicios sociales (socialtjänsten) para recibir apoyo.
# Source: Brottsbalken 4:4 b (olaga förföljelse); DA item 19; the police on documenting stalking; safety advice on spyware: removing an app can be noticed (as on this tool's safety page).
danger-stalking-advice = Anota cuándo y dónde pasa, y guarda los mensajes. Revisa si hay aplicaciones desconocidas en tu teléfono, pero ten en cuenta que puede notarse si las borras. Puedes denunciarlo a la policía y pedir una prohibición de contacto (kontaktförbud).
danger-stalking-advice-worried = Esa persona puede anotar cuándo y dónde pasa y guardar los mensajes. Seguir, vigilar o acosar a alguien de forma reiterada (olaga förföljelse) es un delito que se puede denunciar a la policía. Puedes ayudar a anotar lo que ves.
# Source: LVU (SFS 1990:52) 31 a § (utreseförbud, travel ban for a child at risk of being taken abroad and harmed; since 1 July 2020, extended 1 June 2024 by prop. 2023/24:72); brottsbalken 4:4 c (äktenskapstvång); Nationellt centrum mot hedersrelaterat våld och förtryck (Länsstyrelsen Östergötland); the Swedish Ministry for Foreign Affairs (UD) gives consular help abroad.
danger-forced-trip-or-marriage-advice = Intenta conseguir ayuda antes del viaje: ponte en contacto con los servicios sociales (socialtjänsten), la policía o la línea de apoyo contra la violencia relacionada con el honor. Para un niño o una niña, los servicios sociales pueden pedir una prohibición de salida del país (utreseförbud). Si aun así viajas, lleva una copia del pasaporte, un teléfono cargado y el número de la embajada de Suecia.
danger-forced-trip-or-marriage-advice-worried = Actúa antes del viaje, sin que la familia lo sepa: ponte en contacto con los servicios sociales (socialtjänsten), la policía o la línea de apoyo contra la violencia relacionada con el honor. Para niños y niñas existe la prohibición de salida del país (utreseförbud). Si esa persona ya está en el extranjero, el Ministerio de Asuntos Exteriores de Suecia (UD) puede ayudar.
# Source: PATRIARK (earlier honour-based violence in the family or network).
danger-honour-violence-before-advice = Lo que les ha pasado a otras personas de tu familia puede significar que el riesgo también es mayor para ti. Habla con los servicios sociales (socialtjänsten) o con la línea de apoyo contra la violencia relacionada con el honor sobre cómo puedes estar a salvo. Si estás en peligro ahora, llama al 112.
# Source: DA item 17; socialtjänstlagen (SFS 2025:400), the social services' duty to protect children.
danger-threats-to-children-advice = Los niños y niñas que reciben amenazas tienen derecho a protección. Los servicios sociales (socialtjänsten) pueden ayudarte a ti y a los niños, y puedes denunciar la amenaza a la policía. Si un niño o una niña está en peligro ahora, llama al 112.
# Source: Brottsbalken chapter 6 (sexual offences against children); socialtjänstlagen (SFS 2025:400): the social services must protect a child who may be harmed; Bris (contacts/national.toml).
danger-child-sexual-abuse-advice = Nunca es culpa tuya. Cuéntaselo a una persona adulta en quien confíes, por ejemplo al orientador o la orientadora o a la enfermera o el enfermero de la escuela, o llama a Bris. Los servicios sociales (socialtjänsten) tienen que protegerte. Si estás en peligro ahora, llama al 112.
danger-child-sexual-abuse-advice-worried = Haz enseguida una notificación de preocupación (orosanmälan) a los servicios sociales (socialtjänsten), o llama a la policía. No interrogues al niño o la niña y no te enfrentes a la persona de quien sospechas. Si el niño o la niña está en peligro ahora, llama al 112.
# Source: Brottsbalken 6:9 (purchase of a sexual act from a child); socialtjänstlagen (SFS 2025:400).
danger-child-sexual-exploitation-advice = Nunca eres tú quien hace algo mal, sino quien se aprovecha de ti. Puedes hablar con Bris o con los servicios sociales (socialtjänsten), y en un centro de salud para jóvenes (ungdomsmottagning) te pueden ayudar con tu salud. Si estás en peligro ahora, llama al 112.
danger-child-sexual-exploitation-advice-worried = Haz enseguida una notificación de preocupación (orosanmälan) a los servicios sociales (socialtjänsten). Quien compra sexo a un niño o una niña comete un delito. Si el niño o la niña está en peligro ahora, llama al 112.
# Source: Äktenskapsbalken 2:1 (no one under 18 may marry); brottsbalken chapter 4 (barnäktenskapsbrott and äktenskapstvång, covering marriage-like unions too); LVU 31 a § (utreseförbud: social services apply, the administrative court decides, with interim bans by social services).
danger-child-marriage-advice = Nadie tiene derecho a casarte, tampoco por la religión ni en el extranjero. Los servicios sociales (socialtjänsten) pueden protegerte y pedir una prohibición de salida del país (utreseförbud), para que esté prohibido sacarte de Suecia. Puedes llamar a la línea de apoyo contra la violencia relacionada con el honor o a Bris. Si estás en peligro ahora, llama al 112.
# Source: Lag (SFS 1982:316) med förbud mot könsstympning av kvinnor (female genitals; applies also to mutilation abroad); LVU 31 a § (utreseförbud).
danger-genital-mutilation-advice = Cuéntaselo a una persona adulta en quien confíes, por ejemplo a la enfermera o el enfermero o al orientador o la orientadora de la escuela, o llama a Bris. Los servicios sociales (socialtjänsten) pueden protegerte, por ejemplo con una prohibición de salida del país (utreseförbud) antes de un viaje. Si ya ha pasado algo, puedes recibir atención médica y apoyo. Si estás en peligro ahora, llama al 112.
danger-genital-mutilation-advice-worried = Haz enseguida una notificación de preocupación (orosanmälan) a los servicios sociales (socialtjänsten), sobre todo antes de un viaje. Los servicios sociales pueden pedir una prohibición de salida del país (utreseförbud) para el niño o la niña. No te pongas en contacto con la familia por tu cuenta.
# Source: Child-protection practice (Bris; the police on sexual extortion of children): do not send more or pay, keep the evidence, tell an adult, report; brottsbalken chapter 6.
danger-sextortion-advice = No es culpa tuya. No mandes más fotos y no pagues. Guarda los mensajes y después bloquea a esa persona. Cuéntaselo a una persona adulta en quien confíes o llama a Bris. Puedes denunciarlo a la policía, aunque tú hayas mandado fotos.
# Source: DA item 20 (the person's own thoughts or attempts of suicide); Mind's Självmordslinjen (contacts/national.toml); NASP at Karolinska Institutet: asking directly about suicide does not increase the risk.
danger-suicidal-thoughts-advice = No tienes que pasar por esto en soledad. Puedes llamar o chatear con Självmordslinjen (línea de prevención del suicidio) a cualquier hora del día o de la noche, y puedes mantener el anonimato. Si piensas hacerte daño ahora, llama al 112.
danger-suicidal-thoughts-advice-worried = Tómalo en serio y pregunta directamente: «¿Estás pensando en quitarte la vida?» Preguntar no aumenta el riesgo. Självmordslinjen (línea de prevención del suicidio) también atiende a quienes se preocupan por otra persona. Si esa persona está en peligro inmediato, llama al 112.
danger-suicidal-thoughts-advice-used = No tienes que pasar por esto en soledad. Puedes llamar o chatear con Självmordslinjen (línea de prevención del suicidio) a cualquier hora del día o de la noche, y puedes mantener el anonimato. Si piensas hacerte daño a ti o a otra persona ahora, llama al 112.
## Result: fixed parts

result-title = Lo que describen tus respuestas
result-intro = Lo que has respondido describe una o varias formas de violencia. Aquí abajo puedes leer cómo se llaman y dónde puedes conseguir apoyo.
result-none = Ninguna de tus respuestas describía violencia. Aun así, puedes hablar con alguien si algo no te parece bien. Confía en lo que sientes.
result-none-worried = Ninguna de tus respuestas describía violencia contra la persona que te preocupa. Aun así, confía en lo que sientes: puedes hablar de tu preocupación con una línea de apoyo.
result-danger-unanswered = Dejaste sin responder algunas de las preguntas sobre peligro grave, y no pasa nada. Si temes por tu seguridad, siempre puedes llamar al 112, y las líneas de apoyo de abajo pueden ayudarte a pensar qué es lo más seguro.
result-danger-unanswered-worried = Dejaste sin responder algunas de las preguntas sobre peligro grave, y no pasa nada. Si crees que la persona que te preocupa está en peligro ahora, llama al 112. Las líneas de apoyo de abajo pueden ayudarte a pensar cómo puedes apoyar a esa persona.
result-danger-unanswered-used = Dejaste sin responder algunas de las preguntas sobre peligro grave, y no pasa nada. Si tienes miedo de hacer daño a alguien, o si alguien está en peligro, llama al 112. Välj att sluta y los servicios sociales (socialtjänsten) pueden ayudarte.
result-urgent-title = Si estás en peligro ahora, llama al 112
# Source: SOS Alarm, https://www.sosalarm.se/112 (the operator asks what happened, where and from which number; calls from smartphones are positioned automatically, AML) and https://www.sosalarm.se/Pressrum/Fragor-och-svar/ (stay on the line).
result-urgent-text = Di qué ha pasado y dónde estás. La llamada es gratis. Cuando llamas desde un teléfono móvil, SOS Alarm normalmente puede ver dónde estás. Si puedes, no cuelgues.
result-urgent-title-worried = Si esa persona está en peligro ahora, llama al 112
result-urgent-text-worried = Llama al 112 si la persona que te preocupa está en peligro ahora mismo. Di dónde está y qué está pasando. La llamada es gratis.
result-urgent-signs-intro = Mostramos esto primero porque tus respuestas mencionan algo que puede ser una señal de alarma grave:
result-advice-youth = Si tienes menos de 18 años, también puedes hablar con Bris, con el orientador o la orientadora o la enfermera o el enfermero de la escuela, o con otra persona adulta en quien confíes. No tienes que arreglártelas con esto por tu cuenta.
result-advice-youth-worried = Si tú tienes menos de 18 años, puedes contárselo a una persona adulta en quien confíes o llamar a Bris, y así recibirás ayuda con lo demás.
result-not-your-fault = Lo que te está pasando no es culpa tuya. Nadie tiene derecho a hacerte daño, amenazarte ni controlarte.
result-right-to-support = Tienes derecho a pedir apoyo a los servicios sociales (socialtjänsten) del municipio donde estás, vengas de donde vengas y tengas o no permiso de residencia. Contactarlos no cuesta nada.
result-everyone-welcome = Tienes derecho a apoyo sin importar tu edad, tu género, tu origen, tu orientación sexual, una discapacidad o una adicción. Beber alcohol o consumir drogas, o no tener permiso de residencia, nunca te impide recibir apoyo.
result-everyone-welcome-worried = La persona que te preocupa tiene derecho a apoyo sin importar su edad, su género, su origen, su orientación sexual, una discapacidad o una adicción. El alcohol, las drogas o no tener permiso de residencia nunca impiden a nadie recibir apoyo.
result-everyone-welcome-used = Puedes recibir apoyo para dejarlo sin importar tu edad, tu género, tu origen, tu orientación sexual, una discapacidad o una adicción. Beber alcohol o consumir drogas no te impide recibir apoyo.
result-child-protection-title = Tienes derecho a protección
result-child-protection-1 = Tienes menos de 18 años. Por eso, los servicios sociales (socialtjänsten) tienen que averiguar cómo estás y protegerte si alguien te hace daño, te amenaza o se aprovecha de ti.
result-child-protection-2 = Puedes llamar o ir a los servicios sociales por tu cuenta, o pedirle a una persona adulta en quien confíes, por ejemplo al orientador o la orientadora de la escuela, que te ayude.
result-child-protection-3 = También puedes hablar con Bris sin decir quién eres. Bris está entre los contactos de abajo.
result-what-happens-title = ¿Qué pasa si me pongo en contacto?
result-what-happens-1 = Puedes empezar llamando a una línea de apoyo para hablar y recibir consejos. Tú decides qué cuentas.
result-what-happens-2 = Los servicios sociales (socialtjänsten) pueden ofrecerte conversaciones de apoyo, ayuda para planear cómo estar a salvo y ayuda para conseguir un alojamiento protegido si necesitas mudarte.
result-what-happens-3 = Puedes ir paso a paso. Antes de contar más, puedes preguntar sin problema qué pasará después.
result-show-local = Mostrar ayuda cerca de mí
result-start-over = Empezar de nuevo
result-start-over-hint = Todo lo que has respondido se olvida.
## Result: for someone who has hurt or frightened someone

result-used-intro = Tus respuestas describen que has hecho cosas que pueden hacer daño o asustar a alguien cercano a ti.
result-used-responsibility = Haber respondido a estas preguntas es un paso importante. La violencia es una elección, y puedes elegir dejarla. Hay ayuda para eso, por ejemplo Välj att sluta (un servicio para quien quiere dejar de usar la violencia) y los servicios sociales (socialtjänsten) de tu municipio.
result-used-responsibility-youth = Haber respondido a estas preguntas es un paso importante. Se puede aprender a dejar de hacer daño o de asustar a otras personas, y hay personas adultas que pueden ayudarte con eso, por ejemplo en Bris y en los servicios sociales (socialtjänsten).
result-used-urgent-text = Si tienes miedo de hacer daño a alguien ahora mismo, o si alguien está en peligro, llama al 112.
result-used-none = Tus respuestas no describían nada de lo que preguntamos. Si aun así te preocupa cómo te comportas con alguien cercano a ti, puedes hablar con Välj att sluta o con los servicios sociales (socialtjänsten). Puedes mantener el anonimato.
result-used-children = Los niños que ven u oyen violencia necesitan apoyo. Es un buen paso ponerte tú en contacto con los servicios sociales (socialtjänsten): pueden dar apoyo tanto a ti como a los niños.
result-used-also-exposed = Nos contaste que alguien también te hace daño, te amenaza o te controla. Eso no está bien, y tienes derecho a apoyo. Puedes hablar con Bris o con los servicios sociales (socialtjänsten), y también puedes responder a las preguntas sobre lo que te pasa a ti.
## Result: for someone who is worried about another person

result-worried-intro = Tus respuestas describen que la persona que te preocupa puede estar sufriendo violencia. Aquí puedes leer más y ver dónde pueden conseguir apoyo tanto tú como esa persona.
## For someone who is worried about another person

worried-title = Si alguien te preocupa
worried-intro = Es bueno que te importe. Aquí hay señales a las que prestar atención, consejos para hablar con esa persona y lugares a los que puedes acudir.
worried-signs-title = Señales a las que prestar atención
worried-signs-1 = Parece tener miedo, tristeza o preocupación, y ha cambiado.
worried-signs-2 = Ya no ve a sus amistades ni a su familia tan a menudo como antes, o no le dejan hacerlo.
worried-signs-3 = Alguien llama o escribe todo el tiempo a esa persona y quiere saber dónde está.
worried-signs-4 = Tiene lesiones que no quiere o no puede explicar.
worried-signs-5 = No tiene dinero propio, u otra persona tiene su pasaporte o su teléfono.
worried-signs-6 = Habla de un matrimonio o de un viaje que no ha elegido.
worried-talk-title = Cómo empezar la conversación
worried-talk-1 = Elige un lugar tranquilo donde puedas hablar a solas con esa persona.
worried-talk-2 = Cuéntale lo que has notado y que te importa. Por ejemplo, puedes decir: «He notado que pareces triste. ¿Cómo estás?»
worried-talk-3 = Escucha sin juzgar, y cree lo que te cuenta.
worried-talk-4 = Deja que esa persona marque el ritmo. Puede pasar tiempo antes de que quiera contar más.
worried-talk-5 = Dile que hay ayuda, y ofrécete a acompañar a esa persona cuando llame o se ponga en contacto.
worried-dont-title = Lo que no debes hacer
worried-dont-1 = No te enfrentes a quien usa la violencia. Puede hacer la situación más peligrosa para la persona que te preocupa.
worried-dont-2 = No presiones a esa persona para que cuente algo o para que se vaya. Es esa persona quien mejor sabe qué es seguro.
worried-dont-3 = No te pongas en contacto con la familia ni con los parientes si sospechas que hay violencia relacionada con el honor. Puede poner en peligro a esa persona.
worried-dont-4 = No dejes que nadie de la familia, de los parientes o de su círculo de conocidos haga de intérprete. Pide un intérprete que no conozca a la familia.
worried-dont-5 = No envíes mensajes sobre la violencia a su teléfono si otra persona puede leerlos.
worried-over-time-title = Seguir presente con el tiempo
worried-over-time-1 = Sigue en contacto, aunque ahora no quiera hablar.
worried-over-time-2 = Es común irse y volver varias veces. Muestra que sigues ahí, sin juzgar.
worried-over-time-3 = Cuida también de ti. Muchas líneas de apoyo atienden también a quienes se preocupan por otra persona.
worried-child-title = Si te preocupa un niño o una niña
worried-child-1 = Cualquier persona puede hacer una notificación de preocupación (orosanmälan) a los servicios sociales (socialtjänsten) del municipio donde vive el niño o la niña. No necesitas tener certeza. Basta con que te preocupe.
worried-child-2 = Como particular, puedes hacer la notificación de forma anónima. Son los servicios sociales quienes averiguan cómo está el niño o la niña.
worried-child-3 = Quienes trabajan con niños, por ejemplo en la escuela, la atención sanitaria o los servicios sociales, tienen la obligación de notificar.
