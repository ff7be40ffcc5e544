import type { Translation } from '../catalogue';
import type { options as english } from '../en/options';

/** Settings (the options page) and its STUN/TURN editor. */
export const options: Translation<typeof english> = {
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
};
