# Vägvisaren — español.
# Status: translated by the team from Swedish with machine assistance; not yet reviewed by a native speaker.

## Whole app

app-title = Vägvisaren – apoyo y ayuda
language-label = Idioma

## Quick exit

quick-exit-button = Salir rápido de esta página
# Variables:
#   $remaining (Number) - how many more presses of Shift leave the page
quick-exit-shift-remaining = { $remaining ->
    [one] Presiona Mayús (Shift) una vez más para salir de la página.
   *[other] Presiona Mayús (Shift) { $remaining } veces más para salir de la página.
}

## Notices

# Variables:
#   $code (String) - the language code from the link that is not offered
notice-unknown-language = El idioma «{ $code }» todavía no está disponible aquí, así que la página se muestra en sueco. Puedes elegir otro idioma arriba.

# Variables:
#   $code (String) - the municipality code from the link that does not exist
notice-unknown-municipality = El código de municipio «{ $code }» no existe, así que no hay ningún municipio elegido. Puedes elegir uno en «Buscar ayuda».

## Start screen

start-title = ¿Es violencia? Aquí puedes averiguarlo con calma.
start-lead = Responde algunas preguntas sobre lo que te pasa a ti o a alguien que te preocupa. Sabrás cómo puede llamarse y dónde puedes conseguir ayuda.
start-duration = Dura entre cinco y diez minutos, más o menos. Puedes saltarte preguntas y parar cuando quieras.
start-private = Nada de lo que respondes se guarda ni se envía a ningún lugar. Se queda en tu teléfono o tu computadora hasta que cierres la página.
start-quick-exit = El botón «Salir rápido de esta página» está siempre arriba. También puedes presionar la tecla Mayús (Shift) tres veces.
start-emergency = ¿Estás en peligro ahora mismo? Llama al 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = ¿Qué quieres averiguar?
flow-path-partner = Sobre mí – mi pareja o expareja
flow-path-family = Sobre mí – mi familia o mis parientes
flow-path-exploitation = Sobre mí – alguien hace que yo venda sexo o controla mi trabajo, mi dinero o mis documentos
flow-path-worried = Sobre alguien que me preocupa
flow-path-used-violence = He hecho daño o he asustado a alguien cercano
flow-age-title = ¿Cuántos años tienes?
flow-age-under-18 = Menos de 18 años
flow-age-adult = 18 años o más
flow-about-child-title = ¿La persona que te preocupa tiene menos de 18 años?
flow-about-child-yes = Sí, menos de 18 años
flow-about-child-no = No, 18 años o más
flow-about-child-unknown = No lo sé
flow-self-title = ¿Cómo te describes?
flow-self-hint = No tienes que responder. La respuesta solo se usa para mostrarte el apoyo adecuado para ti, y no se guarda.
flow-self-woman = Mujer o chica
flow-self-man = Hombre o chico
flow-self-trans = Persona trans o no binaria
flow-self-rather-not-say = Prefiero no decirlo
flow-skip = Saltar
# Variables:
#   $current (Number) - the number of the question being shown
#   $total (Number) - how many questions there are
flow-progress = Pregunta { $current } de { $total }
flow-answer-yes = Sí
flow-answer-sometimes = A veces
flow-answer-no = No
flow-answer-rather-not-say = Prefiero no responder
flow-answers-label = Tu respuesta
flow-see-result = Ver el resultado
flow-change-hint = Puedes volver atrás y cambiar una respuesta cuando quieras.


## Questions: partner or ex

q-partner-put-down = ¿Tu pareja o expareja te insulta, se burla de ti o te hace sentir que no vales nada?
q-partner-isolate = ¿Tu pareja o expareja decide a quién puedes ver, adónde puedes ir o qué ropa puedes ponerte?
q-partner-phone = ¿Tu pareja o expareja lee tus mensajes, te exige tus contraseñas o revisa tu teléfono?
q-partner-follow = ¿Tu pareja o expareja te sigue, controla dónde estás con una aplicación o aparece donde estás aunque tú no quieras?
q-partner-images = ¿Tu pareja o expareja ha difundido, o ha amenazado con difundir, fotos o videos tuyos que no quieres que otras personas vean?
q-partner-money = ¿Tu pareja o expareja te quita el dinero, o lo controla de forma que no puedes usarlo tú?
q-partner-money-youth = ¿Tu pareja o expareja te quita el dinero o decide qué puedes comprar?
q-partner-debt = ¿Tu pareja o expareja ha pedido préstamos o ha contraído deudas a tu nombre, o te ha impedido trabajar o estudiar?
q-partner-debt-youth = ¿Tu pareja o expareja te ha impedido ir a la escuela, o ha hecho que compres cosas o pidas dinero prestado para esa persona?
q-partner-break = ¿Tu pareja o expareja ha roto, tirado o quitado tus cosas?
q-partner-pets = ¿Tu pareja o expareja ha hecho daño, o ha amenazado con hacer daño, a un animal que te importa?
q-partner-threats = ¿Tu pareja o expareja te amenaza, por ejemplo con quitarte a los niños, contar cosas sobre ti o hacer que tengas que irte de Suecia?
q-partner-hit = ¿Tu pareja o expareja te ha pegado, empujado, dado patadas o sujetado a la fuerza?
q-partner-hurt = ¿Has tenido moretones, heridas u otras lesiones por algo que hizo tu pareja o expareja?
q-partner-neck = ¿Tu pareja o expareja te ha agarrado del cuello, te ha apretado la garganta o ha hecho que te costara respirar?
q-partner-weapon = ¿Tu pareja o expareja te ha amenazado con un cuchillo, un arma u otra cosa que pueda hacer daño?
q-partner-kill = ¿Tu pareja o expareja ha amenazado con matarte a ti o a alguien cercano a ti?
q-partner-worse = ¿La violencia o las amenazas han empeorado, o han ocurrido con más frecuencia, en el último año?
q-partner-pregnant = Si has estado embarazada: ¿tu pareja o expareja te ha pegado o te ha hecho daño durante el embarazo?
q-partner-sex = ¿Tu pareja o expareja te ha obligado o presionado a tener sexo o a hacer actos sexuales que no querías?
q-partner-sex-fear = ¿Has aceptado tener sexo porque tenías miedo de lo que pasaría si no lo hacías?
q-partner-care = Si necesitas ayuda en la vida diaria: ¿tu pareja o expareja ha dejado de darte comida, medicinas u otra ayuda que necesitas?
q-partner-aids = ¿Tu pareja o expareja te ha quitado tus ayudas técnicas, tus gafas, tus medicinas o tu teléfono, de forma que no puedes arreglártelas por tu cuenta o pedir ayuda?
q-partner-children-see = Si hay niños en casa: ¿han visto u oído violencia o amenazas entre tu pareja o expareja y tú?
q-partner-children-afraid = ¿Los niños se han asustado, o han intentado protegerte, cuando tu pareja o expareja se ha enojado?
q-partner-children-threat = ¿Tu pareja o expareja ha amenazado con hacer daño a los niños o con quitártelos?
q-partner-afraid = ¿Tienes miedo de tu pareja o expareja, incluso cuando en ese momento no está haciendo nada?
q-partner-careful = ¿Piensas todo el tiempo en lo que dices y haces para que tu pareja o expareja no se enoje?
q-partner-leaving = ¿Has dejado hace poco a tu pareja, o piensas dejarla, y tienes miedo de lo que pueda hacer entonces?

## Questions: family or relatives

q-family-collective = ¿Hay varias personas de tu familia o de tus parientes que deciden juntas cómo tienes que vivir?
q-family-collective-youth = ¿Hay más personas aparte de tus padres, como hermanos o parientes, que deciden sobre tu vida?
q-family-friends = ¿Tu familia o tus parientes deciden qué amistades puedes tener, cómo puedes vestirte o qué puedes hacer en tu tiempo libre?
q-family-friends-youth = ¿Tu familia decide qué amigos puedes tener, qué ropa puedes ponerte o qué puedes hacer después de la escuela?
q-family-school = ¿Tu familia o tus parientes te impiden estudiar, trabajar o elegir tú qué estudiar?
q-family-school-youth = ¿Tu familia te impide ir a clase, a excursiones escolares o a actividades de la escuela?
q-family-love = ¿Tu familia o tus parientes deciden de quién puedes enamorarte y con quién puedes estar, o si puedes mostrar abiertamente quién eres?
q-family-love-youth = ¿Tu familia decide de quién puedes enamorarte o con quién puedes salir?
q-family-phone = ¿Alguien de tu familia o algún pariente revisa tu teléfono o tus mensajes para ver con quién hablas?
q-family-phone-youth = ¿Alguien de tu familia revisa tu teléfono para ver con quién hablas?
q-family-siblings = ¿Tus hermanos, primos u otros parientes te vigilan y le cuentan a la familia lo que haces?
q-family-siblings-youth = ¿Tus hermanos o primos te vigilan en la escuela o en la calle y se lo cuentan a tu familia?
q-family-virginity = ¿Tu familia o tus parientes exigen que seas virgen hasta casarte, o controlan que lo seas?
q-family-virginity-youth = ¿Tu familia dice que tienes que ser virgen, es decir, no haber tenido sexo, hasta que te cases?
q-family-marriage = ¿Tu familia o tus parientes te presionan para comprometerte o casarte con alguien que no has elegido tú, o ya ha pasado en contra de tu voluntad?
q-family-marriage-youth = ¿Tu familia quiere que te comprometas o te cases, aunque tú no quieras?
q-family-abroad = ¿Alguien ha dicho que te van a enviar o llevar a otro país en contra de tu voluntad, o se está planeando un viaje que te preocupa?
q-family-abroad-youth = ¿Alguien ha dicho que te van a mandar a otro país, o hay un viaje planeado que te preocupa?
q-family-disown = ¿Alguien ha amenazado con que tu familia te rechazará o cortará el contacto contigo si no haces lo que quieren?
q-family-disown-youth = ¿Alguien ha dicho que tu familia ya no te querrá en casa si no haces lo que te dicen?
q-family-put-down = ¿Alguien de tu familia o algún pariente te insulta, se burla de ti o dice que no vales nada?
q-family-put-down-youth = ¿Alguien de tu familia te dice cosas feas, te grita o te dice que no sirves para nada?
q-family-money = ¿Tu familia o tus parientes se quedan con tu sueldo, tus ayudas económicas o tu dinero, o deciden sobre ellos?
q-family-money-youth = ¿Alguien de tu familia te quita tu dinero, por ejemplo la ayuda para estudios o el sueldo de un trabajo de verano?
q-family-money-denied = ¿Tu familia te niega dinero para cosas que necesitas, como comida, ropa o viajes, para controlarte?
q-family-money-denied-youth = ¿Tu familia se niega a darte dinero para cosas que necesitas, como la tarjeta del transporte, ropa o cosas para la escuela, para castigarte?
q-family-break = ¿Alguien de tu familia o algún pariente ha roto, tirado o quitado tus cosas?
q-family-break-youth = ¿Alguien de tu familia ha roto o te ha quitado tus cosas para castigarte?
q-family-pets = ¿Alguien de tu familia o algún pariente ha hecho daño, o ha amenazado con hacer daño, a un animal que te importa?
q-family-online = ¿Alguien de tu familia o algún pariente ha difundido, o ha amenazado con difundir, fotos, videos o rumores sobre ti en internet?
q-family-online-youth = ¿Alguien de tu familia ha subido, o ha amenazado con subir, fotos o cosas sobre ti a internet?
q-family-tracking = ¿Alguien de tu familia o algún pariente te sigue, o controla dónde estás con una aplicación o a través de otras personas?
q-family-tracking-youth = ¿Alguien de tu familia te sigue, o mira dónde estás con una aplicación del teléfono?
q-family-hit = ¿Alguien de tu familia o algún pariente te ha pegado, empujado, dado patadas o sujetado a la fuerza?
q-family-hit-youth = ¿Alguien de tu familia te ha pegado, te ha empujado, te ha tirado del pelo o te ha sujetado a la fuerza?
q-family-neck = ¿Alguien de tu familia o algún pariente te ha agarrado del cuello, te ha apretado la garganta o ha hecho que te costara respirar?
q-family-neck-youth = ¿Alguien de tu familia te ha agarrado del cuello o ha hecho que te costara respirar?
q-family-weapon = ¿Alguien de tu familia o algún pariente te ha amenazado con un cuchillo, un arma u otra cosa que pueda hacer daño?
q-family-weapon-youth = ¿Alguien de tu familia te ha amenazado con un cuchillo u otra cosa que pueda hacer daño?
q-family-kill = ¿Alguien de tu familia o algún pariente ha amenazado con matarte a ti o a alguien cercano a ti?
q-family-kill-youth = ¿Alguien de tu familia ha dicho que te va a matar a ti o a alguien que quieres?
q-family-worse = ¿La violencia o las amenazas han empeorado, o han ocurrido con más frecuencia, en el último año?
q-family-worse-youth = ¿Ha empeorado, o pasa más a menudo, últimamente?
q-family-sex-touch = ¿Alguien de tu familia o algún pariente te ha tocado de forma sexual, o te ha dicho o mostrado cosas sexuales que no querías?
q-family-sex-touch-youth = ¿Alguien de tu familia o algún pariente te ha tocado el cuerpo de una forma que te pareció mal, o te ha mostrado imágenes sexuales?
q-family-sex-forced = ¿Alguien de tu familia o algún pariente te ha obligado o presionado a tener sexo o a hacer actos sexuales?
q-family-sex-forced-youth = ¿Alguien de tu familia o algún pariente te ha obligado a hacer algo sexual?
q-family-care = Si necesitas ayuda en la vida diaria: ¿la persona de tu familia que debe ayudarte ha dejado de darte comida, medicinas u otra ayuda que necesitas?
q-family-care-youth = ¿A veces te quedas sin comida, sin ropa limpia o sin ayuda cuando te enfermas y estás en casa?
q-family-alone = ¿Alguien de tu familia te ha dejado sin compañía mucho tiempo, o te ha quitado tus ayudas técnicas, aunque no puedes arreglártelas por tu cuenta?
q-family-alone-youth = ¿Te dejan sin nadie en casa mucho tiempo, o tienes que cuidarte a ti o a tus hermanos más de lo que puedes?
q-family-children-see = ¿Hay niños en la familia que ven u oyen violencia o amenazas en casa?
q-family-children-see-youth = ¿Alguien de tu familia ha pegado o amenazado a otra persona delante de ti o de tus hermanos, o donde pudieran oírlo?
q-family-children-threat = ¿Alguien de tu familia o algún pariente ha amenazado con hacer daño a los niños de la familia o con quitártelos?
q-family-children-threat-youth = ¿Alguien de tu familia ha amenazado con hacer daño a tus hermanos o a otros niños de la familia?
q-family-afraid = ¿Tienes miedo de alguien de tu familia o de algún pariente, incluso cuando en ese momento no pasa nada?
q-family-afraid-youth = ¿Tienes miedo de alguien de tu familia?
q-family-home = ¿Tienes miedo de lo que pasará cuando llegues a casa, o si tu familia se entera de algo sobre ti?
q-family-home-youth = ¿Te da miedo ir a casa después de la escuela, o lo que pasará si tu familia se entera de algo sobre ti?

## Questions: selling sex, work, money or papers

q-exploit-sell-sex = ¿Alguien te presiona u obliga a vender sexo, o a tener sexo con otras personas a cambio de dinero?
q-exploit-sell-sex-youth = ¿Alguien ha hecho que tengas sexo o hagas cosas sexuales a cambio de dinero, cosas, drogas o un lugar donde dormir?
q-exploit-sex-control = ¿Otra persona decide cuándo, dónde o con quién tienes sexo a cambio de dinero, o se queda otra persona con el dinero?
q-exploit-work = ¿Trabajas mucho más de lo acordado, por un sueldo muy bajo o sin sueldo?
q-exploit-work-youth = ¿Alguien hace que trabajes, vendas drogas o hagas encargos para esa persona, sin pagarte o porque tienes miedo?
q-exploit-wage = ¿Otra persona se queda con tu sueldo o tu dinero, o decide qué puedes comprar?
q-exploit-debt = ¿Alguien dice que le debes algo, por ejemplo por el viaje, el alojamiento o el trabajo, y que tienes que pagarlo trabajando?
q-exploit-debt-youth = ¿Alguien dice que le debes dinero o favores, y que tienes que devolverlos haciendo cosas para esa persona?
q-exploit-debt-grows = ¿La deuda crece todo el tiempo, por ejemplo por multas, alquiler o cargos, de forma que nunca te liberas de ella?
q-exploit-papers = ¿Alguien te ha quitado el pasaporte, el documento de identidad o el permiso de residencia y no te lo quiere devolver?
q-exploit-accounts = ¿Otra persona controla tu BankID (identificación electrónica sueca), tus contratos u otros documentos a tu nombre, de forma que no puedes usarlos tú?
q-exploit-locked = ¿Alguien te impide salir sin compañía, ver a quien quieras o hablar con tu familia?
q-exploit-phone = ¿Alguien te quita el teléfono, lee tus mensajes o controla dónde estás?
q-exploit-online = ¿Alguien ha puesto anuncios, fotos o videos tuyos en internet sin que tú lo hayas decidido?
q-exploit-authorities = ¿Alguien te ha dicho que la policía o las autoridades te castigarán o te echarán del país si cuentas algo?
q-exploit-sex-forced = ¿Alguien te ha obligado a tener sexo o a hacer actos sexuales que no querías?
q-exploit-sex-unsafe = ¿Alguien te ha obligado a tener sexo sin condón, o a hacer cosas a las que has dicho que no?
q-exploit-hit = ¿Alguien que te controla te ha pegado, empujado o hecho daño?
q-exploit-neck = ¿Alguien te ha agarrado del cuello, te ha apretado la garganta o ha hecho que te costara respirar?
q-exploit-weapon = ¿Alguien te ha amenazado con un cuchillo, un arma u otra cosa que pueda hacer daño?
q-exploit-kill = ¿Alguien ha amenazado con matarte a ti o a alguien de tu familia, aquí o en otro país?
q-exploit-worse = ¿La violencia o las amenazas han empeorado, o han ocurrido con más frecuencia, últimamente?
q-exploit-afraid = ¿Tienes miedo de lo que pasará si dices que no, si lo dejas o si te vas?
q-exploit-always-afraid = ¿Tienes miedo de la persona o las personas que te controlan, incluso cuando no están cerca?

## Questions: someone you are worried about

q-worried-afraid = ¿La persona que te preocupa parece tener miedo de alguien, o parece inquieta por volver a casa?
q-worried-isolated = ¿La persona que te preocupa ha dejado de ver a sus amistades o a su familia, o ha dejado de hacer cosas que antes le gustaban?
q-worried-controlled = ¿Parece que alguien controla a la persona que te preocupa, por ejemplo a quién puede ver o adónde puede ir?
q-worried-careful = ¿La persona que te preocupa parece pensar todo el tiempo en lo que dice y hace, para que alguien no se enoje?
q-worried-phone = ¿Alguien revisa el teléfono de la persona que te preocupa, o esa persona siempre tiene que contestar enseguida y decir dónde está?
q-worried-followed = ¿Alguien sigue, vigila o contacta todo el tiempo a la persona que te preocupa, en internet o en la vida real?
q-worried-money = ¿Otra persona controla el dinero, el sueldo o la tarjeta bancaria de la persona que te preocupa, de forma que no puede decidir por sí misma?
q-worried-debts = ¿La persona que te preocupa tiene deudas que contrajo otra persona, o le falta dinero para comida y otras cosas que necesita?
q-worried-injuries = ¿Has visto moretones o lesiones en la persona que te preocupa, que no quiere o no puede explicar?
q-worried-hit = ¿Has visto, oído o sabido que alguien pega, empuja o sujeta a la fuerza a la persona que te preocupa?
q-worried-neck = ¿Te has enterado de que alguien agarró del cuello a la persona que te preocupa, o hizo que le costara respirar?
q-worried-weapon = ¿Alguien ha amenazado a la persona que te preocupa con un cuchillo, un arma u otra cosa que pueda hacer daño?
q-worried-kill = ¿Alguien ha amenazado con matar a la persona que te preocupa, o a alguien cercano a ella?
q-worried-worse = ¿Parece que ha empeorado últimamente, por ejemplo con más lesiones, más amenazas o más miedo?
q-worried-leaving = ¿La persona que te preocupa ha dejado hace poco, o piensa dejar, a una pareja a la que tiene miedo?
q-worried-sex = ¿La persona que te preocupa te ha contado que alguien la ha obligado o presionado a tener sexo o a hacer actos sexuales?
q-worried-sex-images = ¿Has visto que alguien difunde imágenes sexuales de la persona que te preocupa, o le habla de forma sexual aunque no quiere?
q-worried-selling-sex = ¿Crees que la persona que te preocupa vende sexo, o que alguien hace que lo haga?
q-worried-sex-for-things = ¿La persona que te preocupa recibe dinero, regalos, drogas o un lugar donde dormir de alguien que quiere sexo a cambio?
q-worried-honour = ¿La familia o los parientes de la persona que te preocupa deciden qué amistades puede tener, qué ropa puede ponerse o si puede estudiar?
q-worried-honour-love = ¿Otra persona decide con quién puede estar o casarse la persona que te preocupa?
q-worried-trip = ¿La persona que te preocupa ha dicho que la van a comprometer, casar o enviar al extranjero en contra de su voluntad?
q-worried-care = Si la persona que te preocupa necesita ayuda en la vida diaria: ¿parece que se queda sin comida, medicinas u otra ayuda que necesita?
q-worried-care-youth = ¿Parece que la persona que te preocupa se queda sin comida, sin ropa limpia o sin ayuda cuando se enferma?
q-worried-left-alone = ¿Dejan a la persona que te preocupa sin compañía mucho tiempo, o sin sus ayudas técnicas, aunque no puede arreglárselas por su cuenta?
q-worried-children-home = ¿Hay niños en la casa que puedan ver u oír violencia o amenazas?
q-worried-children-scared = ¿Los niños de la casa parecen asustados, inquietos o tristes de una forma que te preocupa?

## Questions: I have hurt or frightened someone close to me

q-used-put-down = ¿Has insultado, humillado o gritado a alguien cercano a ti de forma que le dio miedo?
q-used-control = ¿Has decidido a quién puede ver tu pareja o alguien de tu familia, adónde puede ir o qué ropa puede ponerse?
q-used-control-youth = ¿Has decidido a quién puede ver la persona con la que sales, o tu hermano o hermana, o qué ropa puede ponerse?
q-used-phone = ¿Has leído los mensajes de alguien, le has exigido sus contraseñas o has revisado su teléfono sin permiso?
q-used-images = ¿Has difundido, o has amenazado con difundir, fotos o videos de alguien que esa persona no quería que otros vieran?
q-used-money = ¿Le has quitado el dinero a alguien, o lo has controlado de forma que esa persona no podía usarlo?
q-used-money-work = ¿Le has impedido a tu pareja o a alguien de tu familia trabajar o estudiar, o has pedido préstamos a su nombre?
q-used-money-work-youth = ¿Has obligado a alguien a darte dinero o cosas?
q-used-break = ¿Has roto cosas, tirado cosas o golpeado paredes o puertas cuando te has enojado?
q-used-pets = ¿Has hecho daño, o has amenazado con hacer daño, a un animal para asustar a alguien?
q-used-hit = ¿Has pegado, empujado, dado patadas o sujetado a la fuerza a tu pareja o a alguien de tu familia?
q-used-hit-youth = ¿Has pegado, empujado o dado patadas a alguien de tu familia, como uno de tus padres o un hermano o hermana, o a la persona con la que sales?
q-used-neck = ¿Alguna vez le has apretado el cuello o la garganta a alguien?
q-used-weapon = ¿Has amenazado a alguien con un cuchillo, un arma u otra cosa que pueda hacer daño?
q-used-kill = ¿Has dicho que vas a matar a alguien cercano a ti, aunque no lo dijeras en serio?
q-used-worse = ¿Ha pasado más a menudo, o se ha vuelto más grave, en el último año?
q-used-sex = ¿Has presionado u obligado a alguien a tener sexo, o has seguido aunque esa persona dijo que no o no parecía querer?
q-used-sex-sulk = ¿Te has enojado, has puesto mala cara o te has puesto amenazante cuando tu pareja no quería tener sexo?
q-used-children-see = ¿Algún niño o niña te ha visto u oído usar violencia o amenazas en casa?
q-used-children-afraid = ¿Algún niño o niña te ha tenido miedo, o ha intentado detenerte o proteger a alguien cuando te has enojado?
q-used-afraid = ¿Crees que alguien cercano a ti te tiene miedo?
q-used-careful = ¿Notas que alguien cercano a ti se queda en silencio o tiene cuidado para que no te enojes?

## Results: forms of violence
## -title is a short name. -text speaks to the person exposed, -text-worried to someone
## worried about another person, and -text-used to the person who used violence.

category-physical-title = Violencia física
category-physical-text = Que alguien te pegue, te empuje, te sujete a la fuerza o te haga daño de otra forma es violencia. Es un delito, y nunca es tu culpa.
category-physical-text-worried = Que alguien pegue, empuje o haga daño a la persona que te preocupa es violencia y es un delito. Nunca es culpa suya.
category-physical-text-used = Lo que describes es violencia física. Es posible dejarla, y hay ayuda para hacerlo.

category-psychological-title = Violencia psicológica
category-psychological-text = Las amenazas, las burlas y que te controlen o te impidan ver a otras personas también son violencia. Pueden doler tanto como los golpes.
category-psychological-text-worried = Las amenazas, las burlas y el control también son violencia, aunque no se vea nada. Pueden hacer que a esa persona le cueste pedir ayuda.
category-psychological-text-used = Amenazar, humillar o controlar a alguien es violencia psicológica. Puedes elegir dejar de hacerlo, y hay apoyo para lograrlo.

category-sexual-title = Violencia sexual
category-sexual-text = Todo el sexo tiene que ser voluntario, también con una pareja. Que te presionen u obliguen a algo sexual es violencia y es un delito.
category-sexual-text-worried = Nadie puede presionar ni obligar a otra persona a nada sexual. Es violencia y es un delito, también dentro de una relación.
category-sexual-text-used = Tener sexo sin que las dos personas quieran es violencia sexual y un delito, también dentro de una relación. Hay ayuda si quieres cambiar tu forma de actuar.

category-economic-title = Violencia económica
category-economic-text = Que alguien te quite el dinero, decida sobre él o te endeude para controlarte es violencia económica.
category-economic-text-worried = Que alguien le quite el dinero a esa persona o decida sobre él para controlarla es violencia económica.
category-economic-text-used = Quitarle el dinero a alguien o decidir sobre él para controlar a esa persona es violencia económica. Se puede cambiar, y hay apoyo.

category-material-title = Violencia material
category-material-text = Que alguien rompa tus cosas o le haga daño a tu animal para asustarte también es violencia.
category-material-text-used = Romper cosas o hacer daño a animales cuando te enojas asusta a los demás y es una forma de violencia. Es posible aprender otras formas de manejar el enojo.

category-digital-title = Violencia digital
category-digital-text = Que alguien revise tu teléfono, controle dónde estás o difunda fotos tuyas es violencia, también cuando pasa en internet.
category-digital-text-worried = Que alguien revise el teléfono de esa persona, controle dónde está o difunda fotos suyas es violencia, también cuando pasa en internet.
category-digital-text-used = Revisar el teléfono de alguien, controlar dónde está o difundir fotos suyas es violencia digital. Es posible dejarlo, y hay ayuda.

category-latent-title = Vivir con miedo
category-latent-text = Tener miedo todo el tiempo y adaptarte para evitar la violencia se llama violencia latente. El miedo es una señal de que algo está mal, y no es tu culpa.
category-latent-text-worried = Tener miedo todo el tiempo y adaptarse se llama violencia latente. Su miedo es una señal importante que hay que tomar en serio.
category-latent-text-used = Cuando alguien te tiene miedo y se adapta a ti, se llama violencia latente. Darte cuenta de ello es un primer paso importante.

category-neglect-title = Negligencia en el cuidado
category-neglect-text = Si necesitas ayuda en la vida diaria, tienes derecho a recibirla. Que alguien no te ayude, o te quite lo que necesitas, es negligencia.
category-neglect-text-worried = Que alguien que necesita ayuda se quede sin comida, medicinas o cuidados es negligencia. Esa persona tiene derecho a recibir ayuda.

category-honour-title = Violencia y opresión relacionadas con el honor
category-honour-text = Cuando tu familia o tus parientes deciden juntos con quién puedes estar, qué ropa puedes ponerte o con quién te tienes que casar, se llama violencia y opresión relacionadas con el honor. Tienes derecho a decidir sobre tu propia vida.
category-honour-text-worried = Cuando la familia o los parientes controlan juntos su vida, sus amistades, su ropa o su matrimonio, se llama violencia y opresión relacionadas con el honor. Esa persona tiene derecho a decidir sobre su propia vida.

category-children-witnessing-title = Niños que ven u oyen violencia
category-children-witnessing-text = Los niños que ven u oyen violencia en casa también están sufriendo violencia. Tienen derecho a protección y apoyo.
category-children-witnessing-text-worried = Los niños que ven u oyen violencia en casa también están sufriendo violencia. Los servicios sociales (socialtjänsten) pueden apoyar al niño o la niña y a la familia.
category-children-witnessing-text-used = Ver u oír violencia afecta mucho a los niños, incluso cuando no están en la misma habitación. Que busques ayuda también es bueno para ellos.

category-coerced-sex-title = Que te presionen para vender sexo
category-coerced-sex-text = Nadie puede presionarte, engañarte ni obligarte a vender sexo. En Suecia, quien actúa mal es quien compra sexo o gana dinero con ello, nunca tú.
category-coerced-sex-text-worried = Nadie puede presionar, engañar ni obligar a otra persona a vender sexo. En Suecia, quien vende sexo no comete ningún delito y tiene derecho a apoyo.

category-debt-bondage-title = Servidumbre por deudas
category-debt-bondage-text = Que alguien diga que tienes una deuda que debes pagar trabajando, y que nunca se acaba, es una forma de controlarte. Puede ser trata de personas.

category-documents-taken-title = Que te quiten el pasaporte y los documentos
category-documents-taken-text = Nadie puede quitarte el pasaporte, el documento de identidad ni tus papeles. Quedárselos para controlarte es una señal de coacción.

## Results: warning signs (in the box about calling 112)
## Written to fit every path: the person exposed, someone who is worried, and the
## person who used violence.

danger-strangulation = Que alguien apriete el cuello de otra persona es una señal de alarma grave, aunque no se vean marcas.
danger-weapon = Las amenazas con un cuchillo, un arma u otros objetos son una señal de alarma grave.
danger-threat-to-kill = Las amenazas de muerte siempre deben tomarse en serio, aunque se digan con rabia.
danger-escalation = Cuando la violencia o las amenazas empeoran o ocurren más a menudo, aumenta el riesgo de violencia grave.
danger-separation = El tiempo alrededor de una separación puede ser especialmente peligroso cuando la otra persona ha sido violenta o controladora.
danger-pregnancy = La violencia durante un embarazo es una señal de alarma grave, tanto para la persona embarazada como para el bebé.
danger-stalking = Seguir, vigilar o contactar a alguien todo el tiempo es una señal de alarma grave y puede ser un delito.
danger-forced-trip-or-marriage = Los planes de matrimonio o de un viaje al extranjero en contra de la voluntad de alguien son una señal de alarma grave. Es posible conseguir protección antes del viaje.
danger-threats-to-children = Las amenazas contra niños son una señal de alarma grave. Los niños tienen derecho a protección.

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".
## A list is a series of ids ending in -1, -2, -3 … in the order they are shown.

## Safety page

safety-title = Tu seguridad en esta página
safety-intro = Aquí puedes leer cómo te protege esta página y qué no puede ocultar. Haz lo que te parezca más seguro.

safety-quick-exit-title = Salir rápido de esta página
safety-quick-exit-1 = El botón «Salir rápido de esta página» está siempre arriba. También puedes presionar la tecla Mayús (Shift) tres veces.
safety-quick-exit-2 = Entonces la página se queda en blanco al instante, y todo lo que respondiste se olvida.
safety-quick-exit-3 = Después, la pestaña pasa a una página del pronóstico del tiempo, para que parezca que estabas mirando el clima.
safety-quick-exit-4 = El botón «atrás» del navegador no lleva de vuelta aquí.

safety-cannot-hide-title = Lo que esta página no puede ocultar
safety-cannot-hide-1 = El historial del navegador sigue mostrando que visitaste esta página.
safety-cannot-hide-2 = Puedes borrar solo esa visita. Abre el historial en el menú del navegador y busca Vägvisaren. Mantén el dedo sobre la línea, deslízala hacia un lado o toca la cruz, y elige borrarla.
safety-cannot-hide-3 = Si borras solo esa línea, el resto del historial se ve como siempre.
safety-cannot-hide-4 = La lista de llamadas recientes del teléfono muestra los números a los que has llamado.
safety-cannot-hide-5 = Puedes borrar una llamada de la lista. Mantén el dedo sobre la llamada o deslízala hacia la izquierda, y elige «Eliminar».
safety-cannot-hide-6 = Las llamadas a números que empiezan por 020 son gratis y no aparecen en la factura del teléfono. Pero sí aparecen en la lista de llamadas recientes.
safety-cannot-hide-7 = Los SMS y los chats se quedan en el teléfono hasta que los borres.

safety-private-browsing-title = Navegación privada
safety-private-browsing-1 = La mayoría de los navegadores tienen un modo privado, también llamado incógnito. Con él, la visita no queda guardada en el historial cuando cierras la ventana.
safety-private-browsing-2 = Normalmente lo abres desde el menú del navegador, con «Nueva ventana privada» o «Nueva pestaña de incógnito».
safety-private-browsing-3 = El modo privado no oculta lo que haces a un programa que vigila el teléfono, ni a la red de un lugar de trabajo o de una escuela.

safety-shared-phone-title = Si otra persona usa o revisa tu teléfono
safety-shared-phone-1 = Si otra persona puede usar o revisar tu teléfono o tu computadora, esa persona puede ver lo que haces en ellos.
safety-shared-phone-2 = Alguien puede haber instalado un programa que vigila el teléfono, un llamado programa espía. También puede que alguien conozca tus contraseñas y códigos.
safety-shared-phone-3 = Si te parece más seguro, puedes usar el teléfono de una amistad, una computadora de la biblioteca o un teléfono del trabajo.
safety-shared-phone-4 = Puede notarse si de repente cambias las contraseñas o borras programas. Piensa qué es lo más seguro para ti antes de hacerlo.

safety-transparency-title = Esta página no guarda nada ni envía nada
safety-transparency-1 = Esta página no guarda nada en tu teléfono ni en tu computadora, ni siquiera cookies. El idioma y el municipio solo se conservan hasta que cierras la página.
safety-transparency-2 = Lo que respondes nunca se envía a ningún lugar. La página solo descarga los mismos archivos que para cualquier otra persona, respondas lo que respondas.
safety-transparency-intro = Compruébalo tú: la lista de abajo muestra cada solicitud que ha hecho la página desde que la abriste.
safety-transparency-empty = La página todavía no ha hecho ninguna solicitud.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] La página ha hecho una solicitud.
   *[other] La página ha hecho { $count } solicitudes.
}

## Help view (reachable without the questions)

help-title = Buscar ayuda
help-intro = Aquí hay líneas de apoyo para toda Suecia y contactos en tu municipio. Tú decides a quién contactas y qué cuentas.
help-emergency = ¿Estás en peligro ahora mismo? Llama al 112.
help-not-sure = Puedes llamar aunque no tengas claro si es violencia. Basta con que algo te preocupe o con que quieras hablar.

help-what-happens-title = Esto es lo que pasa cuando llamas a una línea de apoyo
help-what-happens-1 = Alguien te escucha y se toma en serio lo que cuentas.
help-what-happens-2 = Tú decides qué quieres contar, y puedes terminar la llamada cuando quieras.
help-what-happens-3 = Muchas líneas de apoyo son gratuitas, y en muchas puedes mantener el anonimato. Lo indica cada contacto.
help-what-happens-4 = Muchas líneas de apoyo pueden conseguir un intérprete, para que puedas hablar en tu propio idioma.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-local-contacts = Todavía no tenemos contactos propios para { $municipality }. Llama al número principal del municipio (växel) y pide hablar con los servicios sociales (socialtjänsten). Fuera del horario de oficina, puedes pedir la guardia de servicios sociales (socialjouren), o llamar al 112 si es urgente.

help-municipality-label = Tu municipio
help-municipality-hint = Escribe el nombre de tu municipio. Tu elección se queda en tu teléfono o tu computadora y no se guarda. La página descarga los contactos de todos los municipios a la vez, así que nadie puede ver cuál elegiste.
help-municipality-no-match = No encontramos ningún municipio con ese nombre. Revisa cómo está escrito o escribe el principio del nombre.
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-municipality-chosen = Has elegido { $municipality }.
help-municipality-change = Cambiar de municipio

help-national-title = Apoyo en toda Suecia
# Variables:
#   $municipality (String) - the name of the chosen municipality
help-local-title = Apoyo en { $municipality }

## Contact cards

# Variables:
#   $number (String) - the phone number, as written in the contacts directory
contact-call = Llamar al { $number }
# Variables:
#   $number (String) - the number to send a text message to
contact-sms = Enviar un SMS al { $number }
contact-chat = Abrir el chat
contact-web = Abrir el sitio web
contact-open-always = Abierto las 24 horas, todos los días
contact-open-now = Abierto ahora
contact-closed-now = Cerrado en este momento
contact-hours-unknown = No hemos podido comprobar el horario.
contact-free = Gratis
contact-anonymous = Puedes mantener el anonimato
contact-interpreter = Se puede conseguir un intérprete
# Variables:
#   $languages (String) - the languages spoken besides Swedish, already joined into a list by the app
contact-languages = También puedes hablar en: { $languages }.
# Variables:
#   $date (String) - the date the facts were last checked, already formatted by the app
contact-source = Comprobado el { $date }
contact-for-professionals = Para profesionales
# Variables:
#   $audiences (String) - the audience-* phrases, already joined into a list by the app
contact-audiences = Para: { $audiences }

## Opening hours: one rule per line, e.g. “Monday–Friday 08:00–16:00”

# Variables:
#   $days (String) - one of the days-* messages
#   $from (String) - opening time, e.g. 08:00
#   $to (String) - closing time, e.g. 16:00
hours-rule = { $days } { $from }–{ $to }
days-every-day = Todos los días
days-weekdays = Lunes a viernes
days-weekends = Sábado y domingo
days-mon = Lunes
days-tue = Martes
days-wed = Miércoles
days-thu = Jueves
days-fri = Viernes
days-sat = Sábado
days-sun = Domingo

## What kind of contact it is (short noun phrases)

kind-emergency = Número de emergencias
kind-police = Policía
kind-helpline = Línea de apoyo
kind-social-services = Servicios sociales (socialtjänsten)
kind-social-services-on-call = Guardia de servicios sociales (socialjouren)
kind-womens-shelter = Centro de apoyo para mujeres (kvinnojour)
kind-girls-shelter = Apoyo para chicas y mujeres jóvenes (tjejjour)
kind-mens-shelter = Apoyo para hombres (mansjour)
kind-youth-clinic = Centro de salud para jóvenes (ungdomsmottagning)
kind-perpetrator-programme = Ayuda para dejar de usar la violencia
kind-victim-support = Apoyo después de un delito
kind-health = Salud y atención médica

## Who the contact is for (phrases after “For: …”)

audience-everyone = Todas las personas
audience-women = Mujeres
audience-men = Hombres
audience-trans = Personas trans y no binarias
audience-young = Jóvenes
audience-children = Niños y niñas menores de 18 años
audience-honour = Personas que sufren violencia y opresión relacionadas con el honor
audience-trafficking = Personas que venden sexo o están afectadas por la trata de personas
audience-uses-violence = Personas que usan la violencia y quieren dejar de hacerlo
audience-worried-others = Personas preocupadas por otra persona
audience-professionals = Profesionales

## Result: fixed parts

result-title = Lo que describen tus respuestas
result-intro = Lo que has respondido describe una o varias formas de violencia. Aquí abajo puedes leer cómo se llaman y dónde puedes conseguir apoyo.
result-none = Ninguna de tus respuestas describía violencia. Aun así, puedes hablar con alguien si algo no te parece bien. Confía en lo que sientes.
result-none-rather-not-say = Elegiste no responder a algunas preguntas, y eso está completamente bien. Aun así puedes recibir apoyo, y tú decides qué cuentas.

result-urgent-title = Si estás en peligro ahora, llama al 112
result-urgent-text = Di dónde estás y qué está pasando. La llamada es gratis. Puedes llamar aunque no puedas hablar libremente. En ese caso, no cuelgues.
result-urgent-signs-intro = Mostramos esto primero porque tus respuestas mencionan algo que puede ser una señal de alarma grave:

result-not-your-fault = Lo que te está pasando no es tu culpa. Nadie tiene derecho a hacerte daño, amenazarte ni controlarte.
result-right-to-support = Tienes derecho a pedir apoyo a los servicios sociales (socialtjänsten) del municipio donde estás, vengas de donde vengas y tengas o no permiso de residencia. Contactarlos no cuesta nada.

result-what-happens-title = ¿Qué pasa si me pongo en contacto?
result-what-happens-1 = Puedes empezar llamando a una línea de apoyo para hablar y recibir consejos. Tú decides qué cuentas.
result-what-happens-2 = Los servicios sociales pueden ofrecerte conversaciones de apoyo, ayuda para planear cómo estar a salvo y ayuda para conseguir un alojamiento protegido si necesitas mudarte.
result-what-happens-3 = Puedes ir paso a paso. Antes de contar más, puedes preguntar qué pasará después.

result-contacts-title = Aquí puedes conseguir apoyo
result-show-local = Mostrar ayuda cerca de mí
result-start-over = Empezar de nuevo
result-start-over-hint = Todo lo que respondiste se olvida.

## Result: for someone who has hurt or frightened someone

result-used-intro = Tus respuestas describen que has hecho cosas que pueden hacer daño o asustar a alguien cercano a ti.
result-used-responsibility = Haber respondido a estas preguntas es un paso importante. La violencia es una elección, y puedes elegir dejarla. Hay ayuda para eso, por ejemplo Välj att sluta (un servicio para quien quiere dejar de usar la violencia) y los servicios sociales (socialtjänsten) de tu municipio.
result-used-urgent-text = Si tienes miedo de hacer daño a alguien ahora mismo, o si alguien está en peligro, llama al 112.

## Result: for someone who is worried about another person

result-worried-intro = Tus respuestas describen que la persona que te preocupa puede estar sufriendo violencia. Aquí puedes leer más y ver dónde pueden conseguir apoyo tanto tú como esa persona.

## For someone who is worried about another person

worried-title = Si alguien te preocupa
worried-intro = Es bueno que te importe. Aquí hay señales a las que prestar atención, consejos para hablar con esa persona y lugares a los que puedes acudir.

worried-signs-title = Señales a las que prestar atención
worried-signs-1 = Parece tener miedo, tristeza o angustia, y ha cambiado.
worried-signs-2 = Ya no ve a sus amistades ni a su familia tan a menudo como antes, o no le dejan hacerlo.
worried-signs-3 = Alguien la llama o le escribe todo el tiempo y quiere saber dónde está.
worried-signs-4 = Tiene lesiones que no quiere o no puede explicar.
worried-signs-5 = No tiene dinero propio, u otra persona tiene su pasaporte o su teléfono.
worried-signs-6 = Habla de un matrimonio o de un viaje que no ha elegido.

worried-talk-title = Cómo empezar la conversación
worried-talk-1 = Elige un lugar tranquilo donde puedas hablar a solas con esa persona.
worried-talk-2 = Cuéntale lo que has notado y que te importa. Por ejemplo, puedes decir: «He notado que pareces triste. ¿Cómo estás?»
worried-talk-3 = Escucha sin juzgar, y cree lo que te cuenta.
worried-talk-4 = Deja que esa persona marque el ritmo. Puede pasar tiempo antes de que quiera contar más.
worried-talk-5 = Dile que hay ayuda, y ofrécete a acompañarla cuando llame o se ponga en contacto.

worried-dont-title = Lo que no debes hacer
worried-dont-1 = No te enfrentes a quien usa la violencia. Puede hacer la situación más peligrosa para la persona que te preocupa.
worried-dont-2 = No la presiones para que cuente o para que se vaya. Esa persona sabe mejor que nadie qué es seguro.
worried-dont-3 = No te pongas en contacto con la familia ni con los parientes si sospechas que hay violencia relacionada con el honor. Puede poner a esa persona en peligro.
worried-dont-4 = No dejes que nadie de la familia, de los parientes o de su círculo de conocidos haga de intérprete. Pide un intérprete que no conozca a la familia.
worried-dont-5 = No envíes mensajes sobre la violencia a su teléfono si otra persona puede leerlos.

worried-over-time-title = Seguir presente con el tiempo
worried-over-time-1 = Sigue en contacto, aunque ahora no quiera hablar.
worried-over-time-2 = Es común irse y volver varias veces. Muestra que sigues ahí, sin juzgar.
worried-over-time-3 = Cuida también de ti. Muchas líneas de apoyo atienden también a quienes están preocupados por otra persona.

worried-child-title = Si te preocupa un niño o una niña
worried-child-1 = Cualquier persona puede hacer una notificación de preocupación (orosanmälan) a los servicios sociales (socialtjänsten) del municipio donde vive el niño o la niña. No necesitas tener certeza. Basta con que te preocupe.
worried-child-2 = Como particular, puedes hacer la notificación de forma anónima. Son los servicios sociales quienes averiguan cómo está el niño o la niña.
worried-child-3 = Quienes trabajan con niños, por ejemplo en la escuela, la atención sanitaria o los servicios sociales, tienen la obligación de notificar.

## School staff page

staff-title = Para ti que trabajas en una escuela
staff-intro = Vägvisaren ayuda a los jóvenes a averiguar por su cuenta si lo que están viviendo es violencia, y dónde pueden conseguir ayuda. Aquí puedes leer cómo apoyar a un alumno o una alumna.
staff-load-failed = No se pudo cargar la página. Comprueba tu conexión e inténtalo de nuevo.
staff-what-1 = La herramienta hace preguntas sobre la pareja, la familia y los parientes, sobre la presión para vender sexo y sobre haber hecho daño a alguien. Quienes tienen menos de 18 años reciben preguntas más sencillas.
staff-what-2 = Las respuestas muestran de qué formas de violencia puede tratarse, si el alumno debe llamar al 112 enseguida y qué líneas de apoyo y contactos son adecuados.
staff-what-3 = No se guarda ni se envía nada. Ni tú ni la escuela pueden ver lo que ha respondido el alumno.

staff-talk-title = Hablar con una persona joven que puede estar sufriendo violencia
staff-talk-1 = Escucha con calma, en un lugar tranquilo y sin interrupciones. Deja que el alumno lo cuente con sus propias palabras.
staff-talk-2 = Cree lo que te cuenta el alumno, y dile que hizo bien en contártelo. Nunca es su culpa.
staff-talk-3 = No prometas guardar el secreto. Di con sinceridad que quizá tengas que notificarlo a los servicios sociales (socialtjänsten), y por qué.
staff-talk-4 = No te pongas en contacto con la familia si sospechas que hay violencia relacionada con el honor. Puede poner al alumno en peligro.
staff-talk-5 = No uses un intérprete de la familia ni de su entorno. Reserva un intérprete profesional, por ejemplo un intérprete telefónico de otra localidad, y pregunta al alumno si el intérprete le da confianza.
staff-talk-6 = Anota lo que dijo el alumno, con sus propias palabras, y cuándo lo dijo. No escribas tus propias interpretaciones como si fueran hechos.

staff-same-day-title = El mismo día
staff-same-day-1 = Haz la notificación a los servicios sociales (socialtjänsten) el mismo día. No esperes a saber más.
staff-same-day-2 = Informa a la dirección de la escuela o al equipo de salud escolar (elevhälsan). Recuerda que la obligación de notificar sigue siendo tuya.
staff-same-day-3 = Si el alumno está en peligro o no se atreve a volver a casa, llama enseguida a los servicios sociales. Fuera del horario de oficina, llama a la guardia de servicios sociales (socialjouren), o al 112 si es urgente.

staff-duty-title = La obligación de notificar
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Todas las personas que trabajan en una escuela están obligadas a notificar enseguida a los servicios sociales (socialtjänsten) si saben o sospechan que un niño o una niña está sufriendo daño. Así lo establece la Ley de Servicios Sociales, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; social services investigate).
staff-duty-2 = Basta con la sospecha. No necesitas pruebas. Son los servicios sociales quienes investigan.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = La obligación es personal. No puedes pasársela a la dirección, a la orientación escolar ni a ninguna otra persona.
staff-duty-4 = Notifica a los servicios sociales del municipio donde vive el niño o la niña. Puedes llamar o escribir. Fuera del horario de oficina, llama a la guardia de servicios sociales (socialjouren), o al 112 si es urgente.

staff-lines-title = Líneas de apoyo para profesionales
staff-lines-intro = Aquí puedes recibir consejos, por ejemplo sobre cómo seguir después de que un alumno te haya contado algo.

staff-builder-title = Crea un enlace y un cartel
staff-builder-intro = Elige el municipio y los idiomas. Solo esos datos aparecen en el enlace y en el cartel.
staff-builder-municipality = Municipio
staff-builder-languages = Idiomas (elige uno, dos o tres)
staff-builder-youth = Abrir directamente las preguntas para jóvenes
staff-builder-link-label = Enlace para compartir
staff-builder-copy = Copiar el enlace
staff-builder-copied = El enlace se ha copiado.
# Variables:
#   $link (String) - the address the QR code leads to
staff-builder-qr-alt = Código QR que lleva a { $link }
staff-builder-print = Imprimir el cartel
staff-builder-too-many-languages = Puedes elegir tres idiomas como máximo.

## The poster (printed in several languages side by side)

poster-title = ¿Pasa algo en casa o con tu pareja que te preocupa?
poster-line = Escanea el código. No se guarda nada. Tú eliges qué responder.
# Variables:
#   $number (String) - Bris's phone number, from the contacts directory
poster-bris = ¿Tienes menos de 18 años? Puedes llamar a Bris (línea de apoyo para niños y jóvenes) al { $number }.
poster-emergency = ¿Estás en peligro ahora mismo? Llama al 112.

## About Vägvisaren

about-title = Sobre Vägvisaren
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren es una herramienta independiente, no una autoridad pública. No podemos recibir denuncias ni responder preguntas sobre tu situación.
about-free = Vägvisaren es gratis. No necesitas iniciar sesión ni decir quién eres.
about-private = Nada de lo que respondes se guarda ni se envía. El servidor no guarda ningún dato sobre quién visita la página.
about-contacts-title = Cómo comprobamos los contactos
about-contacts-1 = Cada número y cada horario tiene una fuente, por ejemplo el propio sitio web de la línea de apoyo, y la fecha en que lo comprobamos.
about-contacts-2 = Nunca mostramos un número que no indique ninguna fuente. Si algo ha cambiado, vale lo que dice el propio sitio web de la línea de apoyo.
about-languages-title = Idiomas
about-languages-intro = Los textos se escriben primero en sueco y después se traducen. Así vamos con cada idioma:
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = el idioma original
status-reviewed = traducido y revisado por una persona hablante nativa
status-unreviewed = traducido, pero todavía sin revisar

## Navigation

nav-start-questions = Empezar las preguntas
nav-help = Buscar ayuda
nav-safety = Tu seguridad
nav-staff = Para el personal escolar
nav-about = Sobre la página
nav-back = Atrás
nav-next = Siguiente
nav-home = Ir al inicio

## Safety page, added by the UI

safety-transparency-refresh = Actualizar la lista
