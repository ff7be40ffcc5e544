import type { Translation } from '../catalogue';
import type { printed as english } from '../en/printed';

/** The break-room poster and the phone page (/add), made in a chosen language or the phone’s. */
export const printed: Translation<typeof english> = {
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
};
