import type { Translation } from '../catalogue';
import type { start as english } from '../en/start';

/** Getting started: the first run, creating and joining a board, the staff welcome, a drop box alone. */
export const start: Translation<typeof english> = {
  'welcome.title': 'Le damos la bienvenida al tablero de {team}',
  'welcome.yourTeam': 'su equipo',
  'welcome.intro': 'Todas las personas de la unidad son parte del equipo. Sus ideas son la forma en que el equipo encuentra qué mejorar después.',
  'welcome.step1':
    'En cualquier página de la intranet, seleccione el texto, haga clic con el botón derecho y elija {add} (o pulse {keys}, o haga clic en el botón de UBT Board de la barra de herramientas). El título y la dirección de la página van con la idea.',
  'welcome.step2': 'O escríbala en {ideas}.',
  'welcome.step3': 'Para opinar sin su nombre, marque {anonymous}: el tablero no guarda ningún rastro de quién añadió la idea.',
  'welcome.step4': 'No ponga datos de pacientes en el tablero: ni nombres, ni números de expediente, ni fechas de nacimiento.',
  'welcome.shift': 'Mayús',
  'welcome.goToIdeas': 'Ir a Ideas',
  'welcome.gotIt': 'Entendido',
  'join.title': 'Unirse al tablero de su equipo',
  'join.label': 'Enlace o código de la invitación',
  'join.placeholder': 'UBT-XXXXX-XXXXX-… o un enlace',
  'join.submit': 'Unirse al tablero',
  'waiting.title': 'Esperando el tablero de su equipo',
  'waiting.catchingUp':
    'Un colíder está conectado y su tablero está en camino. Un tablero grande tarda unos segundos; aparecerá aquí en cuanto llegue completo.',
  'waiting.fromCoLead': 'Este tablero llega de un colíder que lo tiene. Aparecerá aquí en cuanto uno de ellos tenga UBT Board abierto en su navegador.',
  'waiting.hint':
    'Si no llega nada, compruebe que su colíder está conectado y que ambos usan el mismo servidor de señalización y el mismo relé (Configuración).',
  'waiting.notShared': 'Este tablero no tiene contenido y no está compartido. Cree un tablero nuevo, o únase a uno con una invitación.',
  'waiting.relayFetching': 'Trayendo el tablero desde el relé…',
  'waiting.relayEmpty': 'El relé todavía no tiene nada de este tablero: lo recibirá la próxima vez que un colíder que tenga el tablero abra UBT Board.',
  'waiting.relayUnreachable':
    'No se llega al relé, así que el tablero solo puede llegar directamente de un colíder que esté conectado. Revise la dirección del relé en Configuración.',
  'waiting.relayRefused': 'El relé rechazó este tablero: {problem}.',
  'dropOnly.kind': 'Solo añadir ideas',
  'dropOnly.holds':
    'Este navegador tiene el buzón del equipo, no el tablero: añada una idea (desde un teléfono, o desde cualquier página con la extensión), con o sin su nombre.',
  'dropOnly.sealed':
    'Sus ideas van selladas para que solo los colíderes del equipo puedan abrirlas, y aparecen en el tablero la próxima vez que un colíder lo abra. Desde aquí no puede ver el tablero ni volver a leer lo que envió.',
  'dropOnly.how': 'Para añadir una idea',
  'dropOnly.fromPage': 'En cualquier página, seleccione el texto, haga clic con el botón derecho y elija Añadir al tablero del equipo, o pulse Alt+Mayús+U.',
  'dropOnly.fromToolbar': 'O use el botón de UBT Board en la barra de herramientas.',
  'dropOnly.addNow': 'Añadir una idea ahora',
  'dropOnly.remove': 'Quitar este buzón de este navegador',
  'welcome.lede':
    'Un tablero para su equipo de unidad: las ideas del personal, los proyectos y sus objetivos, las pruebas de cambio como ciclos PDSA, las medidas y las acciones. Vive en sus navegadores y va directamente entre los colíderes; el relé que lo pasa a quienes no están conectados solo lo guarda cifrado con su invitación, así que ningún servidor puede leerlo.',
  'app.opening': 'Abriendo UBT Board…',
  'app.openingBoard': 'Abriendo el tablero…',
  'app.cannotOpen': 'No se pudo abrir este tablero desde el almacenamiento de este navegador: {reason}',
  'create.title': 'Crear un tablero de equipo',
  'create.name': 'Nombre del equipo',
  'create.required': '{label} (obligatorio)',
  'create.namePlaceholder': 'p. ej., Medicina-Cirugía 4 Oeste',
  'create.department': 'Departamento',
  'create.departmentPlaceholder': 'p. ej., Enfermería',
  'create.facility': 'Centro',
  'create.facilityPlaceholder': 'p. ej., Centro Médico de Oakland',
  'create.region': 'Región',
  'create.regionPlaceholder': 'p. ej., California del Norte',
  'create.me': 'Su nombre',
  'create.mePlaceholder': 'Como le conoce su equipo',
  'create.role': 'Su función',
  'create.submit': 'Crear el tablero',
  'create.failed': 'No se pudo guardar el tablero: {reason}',
  'library.createTitle': 'Crear una biblioteca de prácticas',
  'library.createHint': 'Una por centro o región: los equipos que se unen publican lo que probaron y adoptan lo que funciona para otros.',
  'library.name': 'Nombre de la biblioteca',
  'library.namePlaceholder': 'p. ej., Prácticas del Centro Médico de Oakland',
  'library.create': 'Crear la biblioteca',
  'library.failed': 'No se pudo guardar la biblioteca: {reason}',
};
