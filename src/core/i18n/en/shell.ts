import type { Catalogue } from '../catalogue';

/** Around every view: the invite dialog, the banners for damage, large changes and stalled sync, and the shared fields. */
export const shell = {
  // What each invite lets its holder do (the invite dialog).
  'invite.drop.title': 'Add ideas only',
  'invite.drop.can': 'Add an idea (from a phone, or from any page with the extension), with or without a name.',
  'invite.drop.cannot': 'See the board, or read back anything, even the idea they sent.',
  'invite.staff.title': 'Staff: see the board and add ideas',
  'invite.staff.can': 'See the whole board, follow it live, add ideas and +1 the ideas already there.',
  'invite.staff.cannot': 'Change, move or delete anything; invite others with more than they hold.',
  'invite.read.title': 'Read-only, for sponsors',
  'invite.read.can': 'See the whole board and follow it live, and use the sponsors’ view and reports.',
  'invite.read.cannot': 'Change anything, or add ideas.',
  'invite.write.title': 'Co-leads: full write',
  'invite.write.can': 'Everything: edit, delete, run meetings, make every other invite, rotate the secret.',
  'invite.write.cannot': 'Nothing is held back, so give it only to co-leads and the people they choose.',
  'invite.write.link': 'Co-leads’ invite link',
  'invite.read.link': 'Sponsors’ read-only link',
  'invite.staff.link': 'Staff invite link',
  'invite.drop.link': 'Drop-box link (the poster)',
  'invite.can': 'Can:',
  'invite.cannot': 'Cannot:',
  'invite.copy': 'Copy',
  'invite.copyWhat': ' the {link}',
  'invite.copied': 'The {link} is on the clipboard.',
  'invite.titleShared': 'Invite your whole team',
  'invite.titleShare': 'Share this board with your team',
  'invite.explain':
    'Everyone in your unit is on the team: staff, stewards, physicians and managers. Sharing connects this board directly to the browsers of co-leads online with you, and the relay keeps a copy for the others, encrypted so that it cannot read it. You then get four kinds of invite, from a poster that only adds ideas to a co-lead’s invite that changes everything.',
  'invite.create': 'Create the invites',
  'invite.each': 'Give each person the invite their part needs. Each one holds only what it says; send them by a private channel.',
  'invite.noDropBox': 'This board has no drop box yet.',
  'invite.needsRelay': 'A drop box needs a relay: set one in Settings.',
  'invite.staffNeedsDrop': 'The staff invite needs the drop box.',
  'invite.readWorking': 'Working out the read invite…',
  'invite.makeDropBox': 'Make the drop box',
  'invite.code': 'Or the code, {code}, typed under Join a board. Case and dashes do not matter.',
  'invite.newDropBox': 'New drop box (a new poster)',
  'invite.newDropBoxWhy':
    'Use this if the poster went somewhere it should not, or ideas you do not want arrive. The old poster and the old staff invites stop adding ideas; the co-leads’ and sponsors’ invites keep working.',
  'invite.newDropBoxDo': 'Make a new drop box',
  'invite.newDropBoxDone': 'New drop box made: print the new poster and send the new staff invite. The old poster and staff invites stop adding ideas.',
  'invite.rotate': 'Rotate the secret',
  'invite.rotateWhy':
    'Use this if a co-lead, staff or sponsor invite went to the wrong person. Everyone connected right now moves to the new secret with you, and the old copy on the relay is deleted. Anyone offline, and every staff member and sponsor, needs the new invite. The poster keeps working.',
  'invite.rotated':
    'New secret made. Everyone connected now moved with you, and the old copy on the relay is deleted; old invites no longer work (co-leads’, staff and sponsors’), so send the new ones. The poster still works.',
  'invite.close': 'Close',
  'invite.sharedBoard': 'Shared board',
  'invite.dropBoxBoard': 'Team drop box',
  // Reading an invite someone pasted or typed.
  'invite.badSymbol': '“{symbol}” is not in an invite code (only digits and letters). Check the code against the poster.',
  'invite.badLength':
    'This code has {count} characters after “{prefix}”; an invite code has {expected} (8 groups of 5). Check that no group is missing or doubled.',
  'invite.mistyped': 'One character of this code is mistyped (its check does not add up). Compare each group of five with the poster.',
  'invite.empty': 'Paste the invite link, or type the code from the poster.',
  'invite.notSecret': 'This is a read, staff or drop-box invite: join it with Join a board (parseAnyInvite), not as a co-lead’s secret.',
  'invite.notOurs':
    'This is not a UBT Board invite: an invite link contains “ubt1.” (or ubt1r., ubt1s., ubt1d.) and a code, and a typed code starts with “UBT-”.',
  'invite.shortSecret': 'This invite is incomplete or damaged (its secret has {count} characters, not 32). Ask for the invite again and copy all of it.',
  'invite.damaged': 'This invite is incomplete or damaged. Ask for the invite again and copy all of it (a link is one long line).',
  // Reading a backup file.
  'backupFile.tooBig': 'This file is {size} MB; a UBT Board backup is at most {max} MB. Choose the .ubt.json file UBT Board exported.',
  'backupFile.notJson': 'This file is not a UBT Board backup: it is not valid JSON ({error}).',
  'backupFile.refused': 'This backup was refused: {problem}.',
  'backupFile.notBackup': 'This file is not a UBT Board backup: it has no "format": "ubt-board-backup" and version.',
  'backupFile.v1': 'This backup (format version 1) cannot be read: {problems}',
  'backupFile.version': 'This backup is format version {version}; this UBT Board reads versions 1 to {latest}.',
  'backupFile.newer': 'This backup is format version {version}; this UBT Board reads versions 1 to {latest}. Update the extension to restore it.',
  'backupFile.cannot': 'This backup cannot be restored: {problems}',
  // A board changed in a way UBT Board never changes it.
  'damage.removed': { one: '{count} item was removed outright', other: '{count} items were removed outright' },
  'damage.damaged': { one: '{count} item was damaged', other: '{count} items were damaged' },
  'damage.version': 'the board was marked as made by a newer version',
  'damage.what': 'This board was changed in a way UBT Board never changes it:',
  'damage.why':
    "{what}. This usually means a co-lead's browser runs a broken or modified copy of the extension. This browser kept a copy of the board from {time}.",
  'damage.putBack': 'Put them back from that copy',
  'damage.keep': 'Keep the board as it is',
  'damage.putBackDone': 'Put back from the copy of {time}: {items}. Co-leads get the repair like any edit.',
  'damage.items': { one: '{count} item', other: '{count} items' },
  'damage.kept': 'Kept the board as it is. Later copies start from here.',
  'damage.keepFailed': 'Could not record that choice ({error}); the banner comes back next time the board opens.',
  'large.what': 'Many items changed at once:',
  'large.why':
    '{what}. If nobody on the team meant to, someone with a co-lead’s invite may be misusing it. This browser kept the board from just before, at {time}.',
  'large.restore': 'Restore the board from {time}',
  'large.copies': 'See every kept copy',
  'large.restored': 'Restored the board as it was at {time}. Anything added since is in Recently deleted; Undo takes the restore back.',
  // Entities this version could not read.
  'attention.summary': {
    one: '{count} item needs attention: they could not be read by this version and are kept as they are.',
    other: '{count} items need attention: they could not be read by this version and are kept as they are.',
  },
  'attention.more': '… ({count} more characters not shown)',
  // A view that could not be shown.
  'render.failed': '{area} could not be shown.',
  'render.why':
    'Something on this board, or sent by a co-lead’s browser, is not what this version of UBT Board expects: “{message}”. Nothing was changed. The other views still work; if this keeps happening, update the extension.',
  'render.retry': 'Try again',
  // Sync that stopped.
  'sync.stopped': 'Sync stopped.',
  'sync.stoppedWhy': '{problem} Your own edits are kept in this browser. Try again; if it stops again, ask the co-lead to reopen the board.',
  'sync.retry': 'Try again',
  // Why syncing stopped or the relay cannot help (written by the sync engine).
  'sync.relayInvalid': 'The relay address {url} is not valid: {error}',
  'sync.changesTooLarge': "This board's changes ({size} MB) are larger than the relay accepts ({limit} MB). Co-leads online together still sync directly.",
  'sync.boardTooLarge': 'This board is larger than the relay accepts; co-leads online together still sync directly.',
  'sync.relayFull': 'The relay has no more room for this board.',
  'sync.cannotTake': "A co-lead's board sent a change this browser cannot take ({why}).",
  'sync.missingEarlier': 'Some changes from a co-lead depend on earlier changes that never arrived.',
  'sync.neverArrived': 'A co-lead is connected but their board has not arrived.',
  'sync.readNeedsRelay': 'No relay is set in Settings: a read-only board arrives only through the relay.',
  // A board this invite may only read.
  'readOnly.staff':
    'This board is read-only here: your invite lets you see it and add ideas (with Add to team board on any page, or the toolbar button), not change it.',
  'readOnly.read': 'This board is read-only here: your invite lets you see it, not change it. Ask a co-lead for a change.',
  // Fields.
  'field.editing': { one: '{names} is editing', other: '{names} are editing' },
  'field.pastDay': '{day} has already passed. Keep it if that is right, or choose a later day.',
  'field.choose': 'Choose…',
  'field.none': 'none',
  'field.pending': 'Press Enter to change it to “{next}”, or Escape to keep “{current}”.',
  // Opening the side panel.
  'panel.none': 'This browser has no side panel; open the board in a tab instead.',
  'panel.noWindow': 'No browser window to open the side panel in.',
} as const satisfies Catalogue;
