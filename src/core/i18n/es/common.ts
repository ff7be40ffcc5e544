import type { Translation } from '../catalogue';
import type { common as english } from '../en/common';

/** Words used across the product: the store listing, counts, roles, printouts and the language setting. */
export const common: Translation<typeof english> = {
  'store.description': 'Un tablero de mejora privado, de persona a persona, para los equipos de unidad (UBT).',
  'store.actionTitle': 'Añadir al tablero del equipo',
  'store.command': 'Añadir el texto seleccionado a un tablero de equipo',
  'count.votes': { one: '{count} voto', other: '{count} votos' },
  'count.characters': { one: '{count} carácter', other: '{count} caracteres' },
  'print.button': 'Imprimir o guardar como PDF',
  'print.language': 'Idioma de lo impreso',
  'print.poster': 'Imprimir el cartel para la sala de descanso',
  'printPage.noBoard': 'No se eligió ningún tablero. Abra el informe desde la página Informe del tablero.',
  'printPage.noDropBox':
    'Este tablero todavía no tiene buzón, así que no hay cartel que imprimir. Un buzón necesita un relé en Configuración; después, cree uno con el botón Invitar del tablero.',
  'printPage.noMeeting': 'Esta reunión ya no está en el tablero. Abra el acta otra vez desde la página Reunión del tablero.',
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
};
