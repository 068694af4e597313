# Vägvisaren — español.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

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
notice-unknown-municipality = El código de municipio «{ $code }» no existe, así que no hay ningún municipio elegido. Puedes elegir un municipio en «Buscar ayuda».

## Start screen

start-title = ¿Está pasando algo que no te parece bien? Aquí puedes leer con calma sobre la violencia y sobre dónde puedes conseguir ayuda.
start-lead = Responde algunas preguntas sobre lo que te pasa a ti o a alguien que te preocupa. Sabrás cómo puede llamarse y dónde puedes conseguir apoyo. Eres tú quien decide qué significan las respuestas para ti.
start-duration = Lleva entre cinco y diez minutos, más o menos. Puedes saltarte preguntas y parar cuando quieras.
start-private = Nada de lo que respondes se guarda ni se envía a ningún lugar. Se queda en tu teléfono o tu computadora hasta que cierres la página.
start-quick-exit = El botón «Salir rápido de esta página» está siempre arriba. También puedes presionar la tecla Mayús (Shift) tres veces.
start-emergency = ¿Estás en peligro ahora mismo? Llama al 112.

## Questionnaire flow: path, age, self-description, questions

flow-path-title = ¿Qué quieres averiguar?
flow-path-partner = Sobre mí – mi pareja o expareja
flow-path-family = Sobre mí – mi familia, mis parientes o alguien que me ayuda en la vida diaria
flow-path-exploitation = Sobre mí – alguien hace que yo venda sexo o controla mi trabajo, mi dinero o mis documentos
flow-path-worried = Sobre alguien que me preocupa
flow-path-used-violence = He hecho daño o he asustado a alguien cercano a mí
flow-path-partner-youth = Sobre mí – alguien con quien salgo o he salido
flow-path-family-youth = Sobre mí – mi familia o mis parientes
flow-path-exploitation-youth = Sobre mí – alguien me presiona a hacer cosas sexuales, en internet o en la vida real, o hace que yo trabaje o cometa delitos para esa persona
flow-path-worried-youth = Sobre un amigo, una amiga u otra persona que me preocupa
flow-path-used-violence-youth = He hecho daño o he asustado a alguien de mi familia o a alguien con quien salgo
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
flow-self-rather-not-say = Prefiero no responder
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

## Text for the safety page, the help view, contact cards, the result, the page for
## someone who is worried, the school staff page, the about page and navigation
## (translated from Swedish). Merged into main.ftl. Calm, plain and in the second person.
## We never blame, never diagnose and never say "you are a victim".

## Safety page

safety-title = Tu seguridad en esta página

## Help view (reachable without the questions)

help-title = Buscar ayuda
help-intro = Aquí hay líneas de apoyo para toda Suecia y contactos en tu municipio: para ti si sufres violencia en relaciones cercanas, violencia y opresión relacionadas con el honor, prostitución o trata de personas, para ti si te preocupa alguien y para ti si quieres dejar de usar la violencia. Tú decides a quién contactas y qué cuentas.
help-emergency = ¿Estás en peligro ahora mismo? Llama al 112.
help-not-sure = Puedes llamar aunque no tengas claro si es violencia. Basta con que algo te preocupe o con que quieras hablar.

help-what-happens-title = Esto es lo que pasa cuando llamas a una línea de apoyo
help-what-happens-1 = Alguien te escucha y se toma en serio lo que cuentas.
help-what-happens-2 = Tú decides qué quieres contar, y puedes terminar la llamada cuando quieras.
help-what-happens-3 = Muchas líneas de apoyo son gratuitas, y en muchas puedes mantener el anonimato. Lo indica cada contacto.
help-what-happens-4 = Muchas líneas de apoyo pueden conseguir un intérprete, para que puedas hablar en tu propio idioma.

# Variables:
#   $municipality (String) - the name of the chosen municipality
help-no-social-services-number = Todavía no tenemos un número de los servicios sociales (socialtjänsten) en { $municipality }. Llama al número principal del municipio (växel) y pide hablar con los servicios sociales (socialtjänsten). Fuera del horario de oficina, puedes pedir la guardia de servicios sociales (socialjouren), o llamar al 112 si es urgente.

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
contact-source = Datos consultados el { $date }
# Variables:
#   $date (String) - the date the source page itself states, already formatted by the app
contact-source-date = La página de la fuente tiene fecha del { $date }
contact-source-third-party = Datos tomados solo de una página que no es la de la propia organización
# Variables:
#   $date (String) - the date the source says the line's funding or pilot ended
contact-funded-until = Según la fuente, la línea tenía financiación hasta el { $date }. No sabemos si sigue existiendo.
contact-switchboard = El número es el número principal del municipio (växel). Pide hablar con los servicios sociales (socialtjänsten).
contact-via-112 = Para llegar a esta guardia, llama al 112 y pide hablar con la guardia de servicios sociales (socialjouren).
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
kind-perpetrator-programme = Apoyo para dejar de usar la violencia
kind-victim-support = Apoyo después de un delito
kind-health = Salud y atención médica
kind-suicide-prevention = Apoyo ante pensamientos de suicidio

## Who the contact is for (phrases after “For: …”)

audience-everyone = Todas las personas
audience-women = Mujeres
audience-men = Hombres
audience-trans = Personas trans y no binarias
audience-young = Jóvenes
audience-children = Niños y niñas menores de 18 años
audience-honour = Personas que sufren violencia y opresión relacionadas con el honor
audience-trafficking = Personas que venden sexo o sufren trata de personas
audience-uses-violence = Personas que usan la violencia y quieren dejar de hacerlo
audience-worried-others = Personas a las que les preocupa otra persona
audience-professionals = Profesionales

result-contacts-title = Aquí puedes conseguir apoyo

## School staff page

staff-title = Para ti que trabajas en una escuela
staff-load-failed = No se pudo cargar la página. Comprueba tu conexión e inténtalo de nuevo.
plan-load-failed = No se pudo cargar el plan de seguridad. Comprueba tu conexión e inténtalo de nuevo.
text-load-failed = No se pudo cargar el texto. Comprueba tu conexión e inténtalo de nuevo.
text-load-retry = Intentar de nuevo
read-aloud = Leer en voz alta
read-aloud-stop = Dejar de leer en voz alta

## About Vägvisaren

about-title = Sobre Vägvisaren
language-status-marker = traducción automática

## Navigation

nav-start-questions = Empezar a responder las preguntas
nav-help = Buscar ayuda
nav-safety = Tu seguridad
nav-staff = Para el personal escolar
nav-about = Sobre la página
nav-plan = Hacer un plan de seguridad
nav-back = Atrás
nav-next = Siguiente
nav-home = Ir al inicio

