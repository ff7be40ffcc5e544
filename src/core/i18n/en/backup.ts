import type { Catalogue } from '../catalogue';

/** The Report view: reports, backups, restoring a backup and the copies this browser kept. */
export const backup = {
  'reportView.title': 'Report and backup',
  'reportView.reportTitle': "Report for sponsors and the team's records",
  'reportView.scope': 'What goes in',
  'reportView.whole': 'The whole board',
  'reportView.oneProject': 'One project',
  'reportView.project': 'Project',
  'reportView.since': 'Everything changed since',
  'reportView.changedSince': 'Changed since',
  'reportView.language': 'Language of the report',
  'reportView.hint':
    'The printable report has the team, charter, the evidence of improvement work (tests of change, results reviewed, practices shared or adopted), each project with its aim, charts and every PDSA worksheet, ideas and open actions. Print it or save it as PDF from the page that opens.',
  'reportView.open': 'Open printable report',
  'reportView.html': 'Download HTML report',
  'reportView.markdown': 'Download Markdown',
  'reportView.csv': 'Download measure data (CSV)',
  'reportView.backupTitle': 'Backup',
  'reportView.backupHint':
    "A JSON file with everything on this board. Keep it with the team's records; restore it as a new board in any browser with UBT Board.",
  'reportView.backup': 'Download JSON backup',
  'reportView.backupSaved': 'Backup saved: it holds the whole board.',
  'reportView.backupSkipped': {
    one: 'Backup saved. {count} item that need attention could not be included; see the warning at the top of the board.',
    other: 'Backup saved. {count} items that need attention could not be included; see the warning at the top of the board.',
  },
  // Restoring a backup file.
  'restore.label': 'Restore a backup (.ubt.json)',
  'restore.aBoard': 'A board',
  'restore.summary': '{team}: {projects} projects, {cycles} tests of change, {measures} measures with {points} points, {ideas} ideas, {actions} actions.',
  'restore.restoredName': 'Restored board',
  'restore.failed': 'The backup could not be restored: {reason}.',
  'restore.nothingChanged': '{problem} Nothing was changed.',
  'restore.valid': '{file} is a valid backup. {summary}',
  'restore.validMigrated': '{file} is a valid backup from an earlier version (it will be brought up to date). {summary}',
  'restore.asNew': 'Restore as a new board',
  'restore.intoThis': 'Restore into this empty board',
  // The copies this browser kept.
  'copies.daily': 'First copy of the day',
  'copies.recent': 'Recent copy',
  'copies.before': 'From just before a large change',
  'copies.changed': '{count} changed',
  'copies.deleted': '{count} deleted since',
  'copies.added': '{count} added since',
  'copies.kind': '{kind}: {what}',
  'copies.same': 'The same as the board now.',
  'copies.restored': {
    one: 'Restored the copy of {time}: {count} item put back. Co-leads get it like any edit; Undo takes it back.',
    other: 'Restored the copy of {time}: {count} items put back. Co-leads get it like any edit; Undo takes it back.',
  },
  'copies.restoredSetAside': {
    one: 'Restored the copy of {time}: {restored} put back, and {count} item added since moved to Recently deleted. Co-leads get it like any edit; Undo takes it back.',
    other:
      'Restored the copy of {time}: {restored} put back, and {count} items added since moved to Recently deleted. Co-leads get it like any edit; Undo takes it back.',
  },
  'count.items': { one: '{count} item', other: '{count} items' },
  'copies.title': 'Copies kept by this browser',
  'copies.hint':
    'This browser keeps the board as it was at the start of each day (the last 7 days), a recent copy, and a copy from just before any change that rewrote or deleted many items at once.',
  'copies.none': 'No copies yet: the first is kept once the board is shared.',
  'copies.restoreThen': 'Restore the board as it was then',
  'copies.cancel': 'Cancel',
  'copies.restore': 'Restore',
  'copies.restoreCopy': 'Restore the copy of {time}',
} as const satisfies Catalogue;
