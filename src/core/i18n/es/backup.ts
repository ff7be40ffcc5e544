import type { Translation } from '../catalogue';
import type { backup as english } from '../en/backup';

/** The Report view: reports, backups, restoring a backup and the copies this browser kept. */
export const backup: Translation<typeof english> = {
  'reportView.title': 'Informe y copia de seguridad',
  'reportView.reportTitle': 'Informe para los patrocinadores y los registros del equipo',
  'reportView.scope': 'Qué incluye',
  'reportView.whole': 'Todo el tablero',
  'reportView.oneProject': 'Un proyecto',
  'reportView.project': 'Proyecto',
  'reportView.since': 'Todo lo que cambió desde',
  'reportView.changedSince': 'Cambiado desde',
  'reportView.language': 'Idioma del informe',
  'reportView.hint':
    'El informe para imprimir incluye el equipo, la carta, la evidencia del trabajo de mejora (pruebas de cambio, resultados revisados, prácticas compartidas o adoptadas), cada proyecto con su objetivo, gráficos y cada hoja PDSA, las ideas y las acciones abiertas. Imprímalo o guárdelo como PDF desde la página que se abre.',
  'reportView.open': 'Abrir el informe para imprimir',
  'reportView.html': 'Descargar el informe en HTML',
  'reportView.markdown': 'Descargar en Markdown',
  'reportView.csv': 'Descargar los datos de las medidas (CSV)',
  'reportView.backupTitle': 'Copia de seguridad',
  'reportView.backupHint':
    'Un archivo JSON con todo lo que hay en este tablero. Guárdelo con los registros del equipo; restáurelo como tablero nuevo en cualquier navegador con UBT Board.',
  'reportView.backup': 'Descargar la copia de seguridad JSON',
  'reportView.backupSaved': 'Copia guardada: contiene todo el tablero.',
  'reportView.backupSkipped': {
    one: 'Copia guardada. No se pudo incluir {count} elemento que necesita atención; vea el aviso en la parte superior del tablero.',
    other: 'Copia guardada. No se pudieron incluir {count} elementos que necesitan atención; vea el aviso en la parte superior del tablero.',
  },
  'restore.label': 'Restaurar una copia de seguridad (.ubt.json)',
  'restore.aBoard': 'Un tablero',
  'restore.summary': '{team}: {projects} proyectos, {cycles} pruebas de cambio, {measures} medidas con {points} puntos, {ideas} ideas, {actions} acciones.',
  'restore.restoredName': 'Tablero restaurado',
  'restore.failed': 'No se pudo restaurar la copia: {reason}.',
  'restore.nothingChanged': '{problem} No se cambió nada.',
  'restore.valid': '{file} es una copia de seguridad válida. {summary}',
  'restore.validMigrated': '{file} es una copia de seguridad válida de una versión anterior (se pondrá al día). {summary}',
  'restore.asNew': 'Restaurar como tablero nuevo',
  'restore.intoThis': 'Restaurar en este tablero vacío',
  'copies.daily': 'Primera copia del día',
  'copies.recent': 'Copia reciente',
  'copies.before': 'Justo antes de un cambio grande',
  'copies.changed': '{count} cambiados',
  'copies.deleted': '{count} borrados desde entonces',
  'copies.added': '{count} añadidos desde entonces',
  'copies.kind': '{kind}: {what}',
  'copies.same': 'Igual que el tablero ahora.',
  'copies.restored': {
    one: 'Se restauró la copia de {time}: se recuperó {count} elemento. Los colíderes lo reciben como cualquier cambio; Deshacer lo revierte.',
    other: 'Se restauró la copia de {time}: se recuperaron {count} elementos. Los colíderes lo reciben como cualquier cambio; Deshacer lo revierte.',
  },
  'copies.restoredSetAside': {
    one: 'Se restauró la copia de {time}: {restored} recuperados, y {count} elemento añadido después pasó a Borrados recientemente. Los colíderes lo reciben como cualquier cambio; Deshacer lo revierte.',
    other:
      'Se restauró la copia de {time}: {restored} recuperados, y {count} elementos añadidos después pasaron a Borrados recientemente. Los colíderes lo reciben como cualquier cambio; Deshacer lo revierte.',
  },
  'count.items': { one: '{count} elemento', other: '{count} elementos' },
  'copies.title': 'Copias guardadas por este navegador',
  'copies.hint':
    'Este navegador guarda el tablero como estaba al empezar cada día (los últimos 7 días), una copia reciente y una copia de justo antes de cualquier cambio que reescribió o borró muchos elementos a la vez.',
  'copies.none': 'Todavía no hay copias: la primera se guarda cuando se comparte el tablero.',
  'copies.restoreThen': 'Restaurar el tablero como estaba entonces',
  'copies.cancel': 'Cancelar',
  'copies.restore': 'Restaurar',
  'copies.restoreCopy': 'Restaurar la copia de {time}',
};
