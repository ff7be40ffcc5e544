import type { Translation } from './catalogue';
import type { English } from './en';

/**
 * Every word the product shows, in Spanish: plain Spanish for staff who read it first, with the partnership's
 * terms as glossary.md gives them. Same keys and placeholders as en.ts; the compiler and
 * test/core/i18n/catalogue.test.ts hold it to that.
 */
export const es: Translation<English> = {
  'store.description': 'Un tablero de mejora privado, de persona a persona, para los equipos de unidad (UBT).',
  'store.actionTitle': 'Añadir al tablero del equipo',
  'store.command': 'Añadir el texto seleccionado a un tablero de equipo',

  'count.votes': { one: '{count} voto', other: '{count} votos' },
  'count.characters': { one: '{count} carácter', other: '{count} caracteres' },

  'poster.title': '{team}: añada su idea',
  'poster.heading': '{team}: sus ideas',
  'poster.sub': 'Todas las personas de la unidad son parte del equipo: díganos qué mejoraría nuestro trabajo.',
  'poster.qr': 'Código QR del enlace de la invitación',
  'poster.step1': 'Escanee el código con la cámara de su teléfono, o abra el enlace en una computadora del trabajo.',
  'poster.step2': 'Escriba su idea, con o sin su nombre, y pulse Enviar al equipo. Va sellada al buzón del equipo: solo el tablero de los colíderes la abre.',
  'poster.step3':
    'Con la extensión UBT Board, pegue el enlace una vez en {join}; después seleccione texto en cualquier página, haga clic con el botón derecho y elija {add}, o pulse {keys}.',
  'poster.join': 'Unirse a un tablero',
  'poster.keep':
    'Este código solo añade ideas: no puede mostrar ni cambiar el tablero. No ponga datos de pacientes (nombres, números de expediente, fechas de nacimiento) en las ideas. Un colíder puede cambiar este cartel en Invitar › Nuevo buzón.',

  'print.button': 'Imprimir o guardar como PDF',
  'print.language': 'Idioma de lo impreso',
  'print.poster': 'Imprimir el cartel para la sala de descanso',

  'add.title': 'Añadir una idea al tablero de su equipo',
  'add.lede':
    '¿Qué mejoraría nuestro trabajo, para los afiliados y pacientes o para nosotros? Va sellada al buzón de su equipo: solo el tablero de los colíderes puede abrirla.',
  'add.idea': 'Su idea',
  'add.privacy': 'Esto puede contener datos de pacientes: {kinds} («{match}»). Quítelos, o marque abajo si no son de un paciente.',
  'add.privacyOk': 'No son datos de un paciente: enviarla',
  'add.name': 'Su nombre (opcional)',
  'add.nameHint': 'Déjelo vacío para añadir la idea sin su nombre.',
  'add.send': 'Enviar al equipo',
  'add.keepOff': 'No ponga datos de pacientes (nombres, números de expediente, fechas de nacimiento) en las ideas.',
  'add.tooLong': '{length} caracteres: una idea admite hasta {max}.',
  'add.incomplete': 'Este enlace está incompleto: escanee otra vez el código del cartel, o pida el enlace a un colíder.',
  'add.needsLink':
    'Esta página añade una idea al tablero de un equipo y necesita el enlace del cartel de su equipo. Escanee el código con la cámara de su teléfono.',
  'add.sending': 'Enviando…',
  'add.sent': 'Enviada al buzón de su equipo. Aparecerá en el tablero la próxima vez que un colíder lo abra. ¡Gracias!',
  'add.notSent': 'No se envió: {reason}',

  'settings.language.label': 'Idioma',
  'settings.language.auto': 'Como el navegador ({language})',
  'settings.language.hint':
    'El idioma de UBT Board en este navegador. Los informes, las actas y los carteles se pueden hacer en cualquiera de los dos idiomas.',

  'role.manager-co-lead': 'Colíder de la gerencia',
  'role.union-co-lead': 'Colíder del sindicato',
  'role.physician-co-lead': 'Colíder médico',
  'role.management-sponsor': 'Patrocinador de la gerencia',
  'role.union-sponsor': 'Patrocinador del sindicato',
  'role.physician-sponsor': 'Patrocinador médico',
  'role.sponsor': 'Patrocinador (tipo sin indicar)',
  'role.member': 'Miembro del equipo',

  'options.loading': 'Cargando la configuración…',
  'options.title': 'Configuración de UBT Board',
  'options.managedLocked': 'Lo fija su organización; no se puede cambiar aquí.',
  'options.managedSuggested': 'Lo sugiere su organización; puede cambiarlo.',
  'options.policyLocked':
    'Su organización administra los servidores de UBT Board en este navegador. Los ajustes marcados «Lo fija su organización» vienen de su política; pida a su equipo de informática que los cambie.',
  'options.policyProblems':
    'La política de su organización para UBT Board tiene ajustes que esta versión no puede usar, así que se dejan fuera. Dígaselo a su equipo de informática:',
  'options.needTurn':
    'No se guardó. «Solo a través de servidores TURN» necesita un servidor TURN (turn: o turns:) en la lista de arriba; añada uno o desmarque la casilla.',
  'options.notSaved': 'No se guardó. {reason}',
  'options.saved': 'Guardado. Los tableros compartidos se vuelven a conectar con esta configuración.',
  'options.you': 'Usted',
  'options.youHint': 'Los colíderes ven su nombre y su función junto a lo que usted edita.',
  'options.name': 'Nombre que se muestra',
  'options.role': 'Función',
  'options.signallingTitle': 'Servidores de señalización',
  'options.signallingHint':
    'Presentan entre sí los navegadores de los colíderes y solo ven un número de sala y mensajes cifrados. El predeterminado es un servidor en esta computadora ({address}); su equipo de informática le da la dirección del hospital. Una dirección por línea; déjelo vacío para trabajar sin conexión.',
  'options.signallingLabel': 'Direcciones de los servidores de señalización',
  'options.relayTitle': 'Relé (el buzón)',
  'options.relayHint':
    'Un relé guarda cada tablero compartido, cifrado con el secreto de su invitación, para que los colíderes que nunca están conectados a la vez reciban igualmente los cambios de los demás. No puede leer el tablero, los nombres ni el secreto. El predeterminado es un relé en esta computadora ({address}); su equipo de informática le da la dirección del hospital. Si funciona como varias instancias, ponga cada una en su propia línea: se prueban en orden. Déjelo vacío para sincronizar solo con los colíderes conectados a la vez.',
  'options.relayLabel': 'Direcciones de los relés',
  'options.relayOnly': 'Conectar con los colíderes solo a través de los servidores TURN de arriba',
  'options.relayOnlyHint': 'Actívelo cuando la red de su hospital solo permita el tráfico a través de su servidor TURN (pregunte a informática).',
  'options.save': 'Guardar la configuración',
  'options.plainText': {
    one: 'A {hosts} se llega con {ws}, sin TLS: los tableros siguen cifrados, pero cualquiera en la red puede ver quién se conecta a qué sala y cuándo, y puede alterar la conexión. Use {wss} (la dirección de su equipo de informática detrás de su proxy TLS).',
    other:
      'A {hosts} se llega con {ws}, sin TLS: los tableros siguen cifrados, pero cualquiera en la red puede ver quién se conecta a qué sala y cuándo, y puede alterar la conexión. Use {wss} (la dirección de su equipo de informática detrás de su proxy TLS).',
  },
  'options.problem': '{field}: {problem}',
  'options.problem.wsUrl': 'debe ser una dirección ws:// o wss://, como ws://127.0.0.1:4444',
  'options.problem.iceUrl': 'debe empezar por stun:, turn: o turns:',
  'options.problem.needsAddress': 'necesita al menos una dirección',
  'options.problem.tooMany': { one: 'como máximo {count} dirección', other: 'como máximo {count} direcciones' },
  'options.problem.tooLong': { one: 'debe tener como máximo {count} carácter', other: 'debe tener como máximo {count} caracteres' },
  'options.problem.other': 'no es un valor que UBT Board pueda usar',
  'ice.title': 'Servidores STUN y TURN',
  'ice.hint':
    'No se usa ninguno si usted no los añade. Los navegadores de la misma red se conectan sin ellos; entre redes o cortafuegos, añada el servidor TURN que le dé su equipo de informática.',
  'ice.none': 'No hay servidores STUN ni TURN.',
  'ice.server': 'Servidor {number}',
  'ice.urls': 'Direcciones (turn:servidor:puerto, una o más, separadas por espacios)',
  'ice.username': 'Usuario',
  'ice.credential': 'Contraseña o credencial',
  'ice.remove': 'Quitar el servidor {number}',
  'ice.add': 'Añadir un servidor STUN o TURN',

  'capture.title': 'Añadir al tablero del equipo',
  'capture.reading': 'Leyendo la página…',
  'capture.noBoard':
    'Todavía no hay ningún tablero de equipo en este navegador. Únase al tablero de su equipo con la invitación (del cartel de la sala de descanso o de un colíder), o cree uno.',
  'capture.kept': 'Su idea se guarda hasta que se haya unido: abra {title} otra vez entonces y estará aquí para enviarla.',
  'capture.openToJoin': 'Abrir UBT Board para unirse',
  'capture.idea': 'Idea',
  'capture.tooLong': 'Esto tiene {length} caracteres; una idea admite hasta {max}. Quédese con la parte importante.',
  'capture.from': 'De {source}',
  'capture.removeSource': 'Quitar la fuente',
  'capture.board': 'Tablero del equipo',
  'capture.note': 'Nota (opcional)',
  'capture.anonymous': 'Añadir sin mi nombre',
  'capture.anonymousOn': 'El tablero no guarda quién la añadió: la idea aparece como Anónima.',
  'capture.anonymousOff': 'Su nombre de Configuración aparece con la idea.',
  'capture.save': 'Guardar',
  'capture.saveAnyway': 'Guardar de todos modos',
  'capture.openBoard': 'Abrir el tablero',
  'capture.openPanel': 'Abrir el panel lateral',
  'capture.saved': 'Guardada en las ideas de {team}.',
  'capture.savedSealed': 'Guardada. Va sellada al buzón del equipo y aparecerá en el tablero de {team} la próxima vez que un colíder lo abra.',
  'capture.voted': 'Se añadió su +1 a «{idea}».',
  'capture.notSaved': 'No se guardó: {reason} Inténtelo de nuevo; no se añadió nada.',
  'capture.theTeam': 'el equipo',

  'similar.title': { one: 'Ya hay una idea parecida en el tablero', other: 'Ya hay ideas parecidas en el tablero' },
  'similar.vote': 'Dar +1 a esa idea',

  'privacy.title': 'Esto puede contener datos de pacientes',
  'privacy.intro': 'Los tableros se comparten con su equipo y no son lugar para información de pacientes. Quite esto antes de guardar:',
  'privacy.preview': 'Texto capturado con los posibles datos de pacientes resaltados:',
  'privacy.remove': 'Quitar',
  'privacy.removeOne': 'Quitar {kind} {match}',
  'privacy.removeAll': 'Quitar los {count}',
  'privacy.confirm': 'Lo he comprobado: no es información de pacientes. Guardarlo tal como está.',
  'privacy.removed': '[{kind}: eliminado]',
  'privacy.kind.mrn': 'número de expediente',
  'privacy.kind.dob': 'fecha de nacimiento',
  'privacy.kind.ssn': 'número de seguro social',
  'privacy.kind.nhs': 'número del NHS',
  'privacy.kind.phone': 'número de teléfono',
  'privacy.kind.email': 'correo electrónico',
  'privacy.kind.address': 'dirección postal',
  'privacy.kind.label': 'nombre o etiqueta del paciente',
};
