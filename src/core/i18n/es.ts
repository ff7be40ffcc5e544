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

  'settings.language.label': 'Idioma',
  'settings.language.auto': 'Como el navegador ({language})',
  'settings.language.hint':
    'El idioma de UBT Board en este navegador. Los informes, las actas y los carteles se pueden hacer en cualquiera de los dos idiomas.',

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
