# Vägvisaren — the safety page and the about page.
# Loaded when someone opens the safety page or the about page, together with main.ftl.
# Status: machine translated from Swedish; glossary and back-translation checked 2026-12-07; not yet reviewed by a native speaker.

safety-intro = Aquí puedes leer cómo te protege esta página y qué no puede ocultar. Haz lo que te parezca más seguro.
safety-quick-exit-title = Salir rápido de esta página
safety-quick-exit-1 = El botón «Salir rápido de esta página» está siempre arriba. También puedes presionar la tecla Mayús (Shift) tres veces.
safety-quick-exit-2 = Entonces la página se queda en blanco al instante, y todo lo que respondiste se olvida.
safety-quick-exit-3 = Después, la pestaña pasa a una página del tiempo, para que parezca que estabas mirando el pronóstico.
safety-quick-exit-4 = El botón «atrás» del navegador no lleva de vuelta aquí.
safety-cannot-hide-title = Lo que esta página no puede ocultar
safety-cannot-hide-1 = El historial del navegador sigue mostrando que visitaste esta página.
safety-cannot-hide-2 = Puedes borrar solo esa visita. Abre el historial en el menú del navegador y busca Vägvisaren. Mantén el dedo sobre la línea, deslízala hacia un lado o toca la cruz, y elige borrarla.
safety-cannot-hide-3 = Si borras solo esa línea, el resto del historial se ve como siempre.
safety-cannot-hide-4 = La lista de llamadas recientes del teléfono muestra a qué números has llamado.
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
safety-read-aloud-title = Lectura en voz alta
safety-read-aloud-1 = El botón «Leer en voz alta» solo usa voces que ya están en tu teléfono o tu computadora. No se envía ningún texto a ningún servicio de voz.
safety-read-aloud-2 = Ten en cuenta que alguien cerca puede oír lo que se lee. La lectura se detiene cuando sales rápido de la página.
safety-transparency-title = Esta página no guarda nada ni envía nada
safety-transparency-1 = Esta página no guarda nada en tu teléfono ni en tu computadora, ni siquiera cookies. El idioma y el municipio solo se conservan hasta que cierras la página.
safety-transparency-2 = Lo que respondes nunca se envía a ningún lugar. La página solo descarga los mismos archivos que para cualquier otra persona, respondas lo que respondas.
safety-transparency-3 = La lectura en voz alta solo usa voces de tu teléfono o tu computadora, así que nada de lo que se lee se envía a ningún lugar.
safety-transparency-intro = Compruébalo tú: la lista de abajo muestra cada solicitud que ha hecho la página desde que la abriste.
safety-transparency-empty = La página todavía no ha hecho ninguna solicitud.
# Variables:
#   $count (Number) - how many requests the page has made since it was opened
safety-transparency-count = { $count ->
    [one] La página ha hecho una solicitud.
   *[other] La página ha hecho { $count } solicitudes.
}
# Team: name who made and runs Vägvisaren here once that is decided.
about-who = Vägvisaren es una herramienta independiente, no una autoridad pública. No podemos recibir denuncias ni notificaciones, ni responder preguntas sobre tu situación.
about-free = Vägvisaren es gratis. No necesitas iniciar sesión ni decir quién eres.
about-private = Nada de lo que respondes se guarda ni se envía. El servidor no guarda ningún dato sobre quién visita la página.
about-contacts-title = Cómo comprobamos los contactos
about-contacts-1 = Cada número y cada horario tiene una fuente, por ejemplo el propio sitio web de la línea de apoyo, y la fecha en que la consultamos. Si la propia página de la fuente indica una fecha, también la mostramos.
about-contacts-2 = Nunca mostramos un número que no aparezca en ninguna fuente. Si algo ha cambiado, vale lo que dice el propio sitio web de la línea de apoyo.
about-read-aloud = La lectura en voz alta solo funciona si tu teléfono o tu computadora tiene una voz propia para el idioma. Si no la tiene, no aparece ningún botón para leer en voz alta.
about-languages-title = Idiomas
about-languages-intro = Los textos se escriben primero en sueco y después se traducen. Así vamos con cada idioma:
about-languages-method = Cada traducción es una traducción automática desde el sueco. Después, otra traducción automática, que no ha visto el texto sueco, la traduce de vuelta al sueco, y comparamos las frases una por una y corregimos lo que no coincide. No es lo mismo que una revisión del texto por alguien que tiene el idioma como lengua materna.
# Variables:
#   $language (String) - the language's name in itself, e.g. English
#   $status (String) - one of the status-* messages
about-language-status = { $language }: { $status }
status-source = el idioma original
status-reviewed = traducido y revisado por una persona hablante nativa
status-unreviewed = traducido, pero todavía sin revisar
# Variables:
#   $date (String) - the date of the last glossary and back-translation check
status-checked = traducción automática; el glosario y la retrotraducción se comprobaron el { $date }; todavía sin revisar por una persona hablante nativa
# Variables:
#   $date (String) - the date the meaning was checked by back-translation
status-easy-checked = reescrito en sueco de lectura fácil a partir del texto en sueco estándar; el significado se comprobó mediante retrotraducción el { $date }; todavía sin revisar por una persona especialista en lectura fácil
safety-transparency-refresh = Actualizar la lista
