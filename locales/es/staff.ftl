# Vägvisaren — the school staff page.
# Loaded only by the staff page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

staff-intro = Vägvisaren ayuda a jóvenes a averiguar por su cuenta si lo que están viviendo es violencia, y dónde pueden conseguir ayuda. Aquí puedes leer cómo apoyar a un alumno o una alumna.
staff-what-1 = La herramienta hace preguntas sobre la violencia en relaciones cercanas, la violencia y opresión relacionadas con el honor, la presión para tener sexo o la explotación, y sobre haber hecho daño a alguien. Quienes tienen menos de 18 años reciben preguntas escritas para jóvenes.
staff-what-2 = Las respuestas muestran de qué formas de violencia puede tratarse y qué líneas de apoyo y contactos son adecuados. Si las respuestas mencionan una señal de alarma grave, el 112 aparece primero. El alumno o la alumna decide qué hacer.
staff-what-3 = No se guarda ni se envía nada. Ni tú ni la escuela pueden ver lo que ha respondido el alumno o la alumna.

staff-talk-title = Hablar con una persona joven que puede estar sufriendo violencia
staff-talk-1 = Escucha con calma, en un lugar donde el alumno o la alumna y tú puedan hablar sin interrupciones. Deja que lo cuente con sus propias palabras.
staff-talk-2 = Cree lo que te cuenta el alumno o la alumna, y dile que hizo bien en contártelo. Nunca es su culpa.
staff-talk-3 = No prometas guardar el secreto. Di con sinceridad que quizá tengas que notificarlo a los servicios sociales (socialtjänsten), y por qué.
staff-talk-4 = No te pongas en contacto con quienes tienen la custodia (vårdnadshavare) si sospechas que el alumno o la alumna sufre violencia o amenazas de alguien de la familia, o violencia relacionada con el honor. Puede poner en peligro al alumno o la alumna. Deja que los servicios sociales (socialtjänsten) decidan cuándo y cómo se contacta con la familia.
staff-talk-5 = No uses un intérprete de la familia ni de su entorno. Reserva un intérprete profesional, por ejemplo un intérprete telefónico de otra localidad, y pregunta al alumno o la alumna si se siente con confianza con esa persona.
staff-talk-6 = Anota lo que dijo el alumno o la alumna, con sus propias palabras, y cuándo lo dijo. No escribas tus propias interpretaciones como si fueran hechos.
staff-talk-7 = No hagas preguntas que sugieran la respuesta y no interrogues tú al alumno o la alumna. Investigar es tarea de los servicios sociales y de la policía.

staff-same-day-title = El mismo día
staff-same-day-1 = Haz la notificación a los servicios sociales (socialtjänsten) el mismo día. No esperes a saber más.
staff-same-day-2 = Informa al director o la directora de la escuela o al equipo de salud escolar (elevhälsan). Recuerda que la obligación de notificar sigue siendo tuya.
staff-same-day-3 = Si el alumno o la alumna está en peligro o no se atreve a volver a casa, llama enseguida a los servicios sociales. Fuera del horario de oficina, llama a la guardia de servicios sociales (socialjouren), o al 112 si es urgente.
staff-same-day-4 = No mandes a casa a un alumno o una alumna que tiene miedo de volver a casa antes de haber hablado con los servicios sociales o con la guardia de servicios sociales (socialjouren).

staff-duty-title = Obligación de notificar (anmälningsskyldighet)
# Legal check (done for this text): the duty to report (anmälningsskyldighet) is in the
# Social Services Act, socialtjänstlagen (SFS 2025:400), in force since 1 July 2025.
# Sources: Prop. 2024/25:89 En förebyggande socialtjänstlag, https://lagen.nu/prop/2024/25:89
# (new act, in force 1 July 2025); Prop. 2025/26:12 Stärkt skydd för barn som riskerar att
# fara illa, https://data.riksdagen.se/dokument/HD0312.html (the duty to "genast anmäla till
# socialnämnden" when one "får kännedom om eller misstänker att ett barn far illa" is a duty
# "enligt socialtjänstlagen (2025:400)"). No source we could read states the chapter and
# section in SFS 2025:400, so none is given here (in the old act, SoL 2001:453, it was
# 14 kap. 1 §). Read the act on riksdagen.se before adding a chapter and section.
staff-duty-1 = Todas las personas que trabajan en una escuela tienen la obligación de notificar enseguida a los servicios sociales (socialtjänsten) si saben o sospechan que un niño o una niña está sufriendo daño. Se llama obligación de notificar (anmälningsskyldighet) y está en la Ley de Servicios Sociales, socialtjänstlagen (SFS 2025:400).
# Source: https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/
# ("Det räcker med en misstanke"; socialnämnden utreder).
staff-duty-2 = Basta con la sospecha. No necesitas pruebas. Son los servicios sociales quienes investigan.
# Sources: http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/ ("obligatorisk samt
# personlig och kan inte förhandlas bort"); https://vardgivarguiden.se/administration/patientadministration/patientnara-rutiner/orosanmalan-nar-ett-barn-far-illa/
# ("kan inte delegeras till någon annan").
staff-duty-3 = La obligación es personal. No puedes pasársela al director o la directora, al orientador o la orientadora (kurator) ni a ninguna otra persona.
staff-duty-4 = Notifica a los servicios sociales del municipio donde vive el niño o la niña. Puedes llamar o escribir. Fuera del horario de oficina, llama a la guardia de servicios sociales (socialjouren), o al 112 si es urgente.

staff-lines-title = Líneas de apoyo para profesionales
staff-lines-intro = Aquí puedes recibir consejos, por ejemplo sobre cómo seguir adelante cuando un alumno o una alumna te ha contado algo.

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
