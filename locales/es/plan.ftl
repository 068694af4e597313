# Vägvisaren — the safety plan.
# Loaded only when someone opens the safety plan. Calm, plain and in the second person. The plan
# never urges anyone to leave or to stay: both are real choices.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

## Plan
plan-title = Mi plan de seguridad
plan-intro = Aquí puedes anotar lo que puede ayudarte a estar a salvo. Tú eliges qué rellenar, y puedes saltarte lo que no te sirva.
plan-not-kept = No se guarda ni se envía nada. Lo que escribes solo se conserva hasta que cierres la página, presiones «Empezar de nuevo» o salgas rápido de la página.
plan-print-warning = Si imprimes el plan o lo guardas como PDF, se crea una copia que se queda. Piensa bien dónde la guardas: otra persona podría encontrar un plan impreso.
plan-print = Imprimir o guardar como PDF
plan-suggestions-title = Sugerencias según tus respuestas
plan-suggestions-note = Las sugerencias solo se muestran aquí y no salen al imprimir.
plan-empty-field = (no hay nada escrito)

## Suggestions drawn from the answers (shown on screen only, never printed)
plan-suggest-care = Si te han hecho daño, puedes buscar atención médica, aunque no se vea nada. El personal sanitario también puede documentar las lesiones.
plan-suggest-children = Puede ser útil hacer un plan para los niños: adónde pueden ir y a quién pueden llamar.
plan-suggest-trip = Si se está planeando un viaje: anota qué harás antes del viaje y con quién te pondrás en contacto.
plan-suggest-leaving = Si piensas irte: el tiempo alrededor de la separación puede ser peligroso. Puede ser útil planearlo con una línea de apoyo, un centro de apoyo (jour) como los que hay para mujeres, para chicas o para hombres (kvinnojour, tjejjour, mansjour) o los servicios sociales (socialtjänsten).
plan-suggest-phone = Puede ser útil empezar por el teléfono y las cuentas: alguien podría estar controlando dónde estás o lo que escribes.
plan-suggest-weapons = Cuéntale a la policía si hay armas. La policía puede retirar las armas cuando hay riesgo de violencia.
plan-suggest-suicide = Puedes anotar Självmordslinjen (línea de prevención del suicidio) entre los contactos a los que puedes llamar. Está abierta las 24 horas.

## People to call
plan-people-title = Personas a las que puedo llamar
plan-people-advice = Elige a algunas personas en quienes confíes. Acuerda con ellas qué harán si te pones en contacto, por ejemplo llamar al 112.
plan-people-field = Nombre y número de teléfono de personas en quienes confío
plan-codeword-field = Una palabra clave que significa que necesito ayuda

## A safe place
plan-place-title = Un lugar seguro
plan-place-advice = Piensa en lugares donde puedas estar a salvo un rato, por ejemplo en casa de alguien que la otra persona no conozca, o lugares abiertos las 24 horas.
plan-place-field = Un lugar al que puedo ir si necesito alejarme rápido

## What to keep ready
plan-ready-title = Cosas que tener preparadas
plan-ready-advice = Puede ser útil tener juntas las cosas importantes, o copias en casa de alguien en quien confíes: documento de identidad y pasaporte, BankID y tarjeta bancaria, llaves, medicinas, dinero, un cargador y los documentos de los niños.
plan-ready-field = Dónde las guardo, o quién tiene copias

## Phone and accounts
plan-phone-title = Teléfono y cuentas
plan-phone-advice = Cambia las contraseñas desde un teléfono o una computadora al que nadie más tenga acceso, y revisa si la ubicación compartida está activada. Ten en cuenta que puede notarse si cambias algo: haz lo que te parezca más seguro.
plan-phone-field = Esto es lo que quiero revisar o cambiar

## Children
plan-children-title = El plan de los niños
plan-children-advice = Los niños pueden aprender adónde ir y a quién llamar cuando hay tensión en casa. Los niños pueden llamar al 112 y a Bris. Los servicios sociales (socialtjänsten) pueden dar apoyo a los niños.
plan-children-field = Esto es lo que harán los niños, y a quién pueden llamar

## Staying or leaving: both are legitimate
plan-stay-title = Si me quedo
plan-stay-advice = Muchas personas se quedan, por un tiempo o para siempre, y también es una elección válida. Piensa desde qué habitaciones puedes salir, y a quién puedes llamar cuando haya tensión.
plan-stay-field = Esto es lo que hago para estar más a salvo donde vivo
plan-leave-title = Si quiero irme
plan-leave-advice = El tiempo alrededor de la separación puede ser peligroso. Puede ser útil planearlo con una línea de apoyo, un centro de apoyo (jour) como los que hay para mujeres, para chicas o para hombres (kvinnojour, tjejjour, mansjour) o los servicios sociales (socialtjänsten), que pueden ayudar con el alojamiento.
plan-leave-field = Esto es lo que necesito organizar antes, y quién puede ayudarme

## For young people
plan-youth-title = Una persona adulta en quien confío
plan-youth-advice = Siempre puedes llamar a Bris, sin decir quién eres. El orientador o la orientadora y la enfermera o el enfermero de la escuela pueden escucharte y ayudarte a ponerte en contacto con los servicios sociales (socialtjänsten).
plan-youth-field = Una persona adulta con quien puedo hablar, por ejemplo el orientador o la orientadora, un profesor o una profesora, o alguien de mi familia

## A feared trip abroad
plan-trip-title = Antes de un viaje
plan-trip-advice = Cuéntaselo a los servicios sociales (socialtjänsten), a la policía o a la línea de apoyo contra la violencia relacionada con el honor antes del viaje. Para un niño o una niña, los servicios sociales pueden pedir una prohibición de salida del país (utreseförbud). Guarda la dirección de la embajada de Suecia en ese país.
plan-trip-field = Esto es lo que hago antes del viaje, y con quién me pongo en contacto

## Exploitation
plan-papers-title = Mis documentos y dónde puedo conseguir apoyo
plan-papers-advice = Haz una foto o una copia de tu pasaporte y de otros documentos, y guárdala donde nadie más pueda llegar a ella. Puedes ponerte en contacto con la policía y con los servicios sociales (socialtjänsten) aunque no tengas permiso de residencia.
plan-papers-field = Copias y números de teléfono que quiero tener

## For someone who has used violence: when anger rises
plan-anger-title = Cuando crece el enojo
plan-anger-advice = Aprende a reconocer las señales en tu cuerpo y en tus pensamientos antes de hacer algo. Vete de allí: di que te tomas una pausa, y vuelve cuando te hayas calmado. Tú decides lo que haces.
plan-anger-signs-field = Mis señales de alarma
plan-anger-do-field = Esto es lo que hago cuando las noto
plan-anger-call-field = A esta persona o línea puedo llamar, por ejemplo a Välj att sluta
