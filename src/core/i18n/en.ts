import type { Catalogue } from './catalogue';

/**
 * Every word the product shows, in English: the source catalogue. Keys name where a message is used
 * (`capture.…` is the quick-add popup). A `{name}` is filled in when the message is shown; a plural gives
 * one text per plural category. Spanish is in es.ts, and the words of the partnership in glossary.md.
 */
export const en = {
  // The store listing and the browser's own menus (also in public/_locales, which the browser reads).
  'store.description': 'A private, peer-to-peer improvement board for unit-based teams.',
  'store.actionTitle': 'Add to team board',
  'store.command': 'Add the selected text to a team board',

  // Counts used across the product.
  'count.votes': { one: '{count} vote', other: '{count} votes' },
  'count.characters': { one: '{count} character', other: '{count} characters' },

  // The board's frame: skip link, toolbar, sections, banners, the window title.
  'view.team': 'Team & charter',
  'view.ideas': 'Ideas',
  'view.projects': 'Projects',
  'view.measures': 'Measures',
  'view.actions': 'Actions',
  'view.meeting': 'Meeting',
  'view.compass': 'Value Compass',
  'view.report': 'Report',
  'shell.title': '{view} · {team} · UBT Board',
  'shell.teamBoard': 'Team board',
  'shell.practiceLibrary': 'Practice library',
  'shell.viewArea': 'The {view} view',
  'shell.skip': 'Skip to content',
  'shell.toolbar': 'Edit history and views',
  'shell.undo': 'Undo',
  'shell.undoHint': 'Undo your last edit (Ctrl+Z)',
  'shell.redo': 'Redo',
  'shell.redoHint': 'Redo (Ctrl+Shift+Z)',
  'shell.openPanel': 'Open side panel',
  'shell.openTab': 'Open in a tab',
  'shell.invite': 'Invite',
  'shell.share': 'Share',
  'shell.settings': 'Settings',
  'shell.sections': 'Board sections',
  'shell.nextOn': ', next on',
  'shell.meetingLive': 'A meeting is in progress',
  'shell.inProgress': ' (in progress)',
  'shell.readOnly': 'Read-only.',
  'shell.readOnlyStaff':
    'You see this board and follow it live. To add an idea or a +1, use Add to team board on any page (right-click, Alt+Shift+U or the toolbar button); co-leads make the changes.',
  'shell.readOnlySponsor': 'You see this board and follow it live, with the sponsors’ view and the reports. Your invite cannot change it.',
  'shell.newerVersion': 'This board was saved by a newer version of UBT Board. It is open read-only so nothing is lost: update the extension to edit it.',
  'shell.dismiss': 'Dismiss',

  // Who is here, and the connection (the header).
  'presence.group': 'Who is here',
  'presence.two': '{first} and {second}',
  'presence.andOthers': { one: '{first} and {count} other', other: '{first} and {count} others' },
  'presence.someone': 'someone',
  'presence.readLive': 'Read-only: following the board live',
  'presence.readCatchingUp': 'Read-only: catching up from the relay…',
  'presence.readProblem': 'Read-only: {problem}',
  'presence.readOut': 'Read-only: the relay is out of reach; this is the board as last received',
  'presence.local': 'Only on this computer',
  'presence.relayOnly': 'No live editing (no signalling server set): edits go through the relay',
  'presence.noSignalling': 'Offline: no signalling server set',
  'presence.offline': 'Offline: edits are kept and sync when you reconnect',
  'presence.connecting': 'Connecting…',
  'presence.unreachable': 'Signalling server unreachable: edits are kept; check the server in Settings',
  'presence.catchingUpBytes': 'Catching up: {received} of {total} received',
  'presence.catchingUp': 'Catching up with your team…',
  'presence.megabytes': '{amount} MB',
  'presence.stalled': 'Sync stopped: your edits are kept here',
  'presence.waiting': 'Connected, waiting for co-leads',
  'presence.connectedWith': 'Connected with {people}',
  'presence.connectedPeers': { one: 'Connected to {count} peer', other: 'Connected to {count} peers' },
  'presence.lastSynced': 'last synced {time}',
  'presence.neverSynced': 'never synced',
  'presence.relay': 'Relay',
  'presence.relayHint': 'The relay keeps this board, encrypted, for co-leads who are not online at the same time. It cannot read it.',
  'presence.relayRefused': 'Relay refused this board ({last}): {problem}',
  'presence.relayCheckSettings': 'check the relay in Settings',
  'presence.relayProblem': 'Relay: {problem}',
  'presence.relayUnreachable': 'Relay unreachable, {last}: edits are kept and sent when it is back',
  'presence.relayChecking': 'Relay: checking for news ({last})',
  'presence.relayConnecting': 'Relay: connecting…',
  'presence.relaySending': 'Relay: sending your edits… ({last})',
  'presence.relaySynced': 'Relay synced {time}',
  'presence.relaySyncedNever': 'Relay synced',
  'presence.editing': 'editing {what}',
  'presence.editingTitle': 'Editing {what}',
  'presence.charter': 'Charter: {section}',
  'presence.fieldOf': '{field} of “{title}”',

  // Choosing a board (the header).
  'boards.board': 'Board',
  'boards.thisBoard': 'This board',
  'boards.untitled': 'Untitled board',
  'boards.practiceLibrary': '{name} (practice library)',
  'boards.newOrJoin': 'New or join',
  'boards.all': 'All boards',
  'boards.dialog': 'Create or join a team board',
  'boards.restore': 'Restore a backup as a new board',
  'boards.cancel': 'Cancel',

  // The welcome for staff on a team's board.
  'welcome.title': 'Welcome to {team}’s board',
  'welcome.yourTeam': 'your team',
  'welcome.intro': 'Everyone on the unit is on the team. Your ideas are how the team finds what to improve next.',
  'welcome.step1':
    'On any intranet page, select the text, right-click and choose {add} (or press {keys}, or click the UBT Board button in the toolbar). The page’s title and address go with it.',
  'welcome.step2': 'Or type it under {ideas}.',
  'welcome.step3': 'To speak up without your name, tick {anonymous}: the board keeps no trace of who added the idea.',
  'welcome.step4': 'Keep patient details off the board: no names, record numbers or dates of birth.',
  'welcome.shift': 'Shift',
  'welcome.goToIdeas': 'Go to Ideas',
  'welcome.gotIt': 'Got it',

  // Joining a board, and waiting for it to arrive.
  'join.title': "Join your team's board",
  'join.label': 'Invite link or code',
  'join.placeholder': 'UBT-XXXXX-XXXXX-… or a link',
  'join.submit': 'Join board',
  'waiting.title': "Waiting for your team's board",
  'waiting.catchingUp': 'A co-lead is connected and their board is on its way. A large board takes a few seconds; it appears here as soon as all of it is in.',
  'waiting.fromCoLead': 'This board arrives from a co-lead who has it. It appears here as soon as one of them has UBT Board open in their browser.',
  'waiting.hint': 'If nothing arrives, check that your co-lead is online and that you both use the same signalling server and relay (Settings).',
  'waiting.notShared': 'This board has no content and is not shared. Create a new board, or join one with an invite.',
  'waiting.relayFetching': 'Fetching the board from the relay…',
  'waiting.relayEmpty': 'The relay has nothing of this board yet: it gets it the next time a co-lead who has the board opens UBT Board.',
  'waiting.relayUnreachable':
    'The relay is unreachable, so the board can only come straight from a co-lead who is online. Check the relay address in Settings.',
  'waiting.relayRefused': 'The relay refused this board: {problem}.',

  // A browser that holds only the team's drop box.
  'dropOnly.kind': 'Add ideas only',
  'dropOnly.holds':
    'This browser holds the team’s drop box, not the board: add an idea (from a phone, or from any page with the extension), with or without a name.',
  'dropOnly.sealed':
    'Your ideas are sealed so that only the team’s co-leads can open them, and they appear on the board the next time a co-lead has it open. You cannot see the board from here, or read back what you sent.',
  'dropOnly.how': 'To add an idea',
  'dropOnly.fromPage': 'On any page, select the text, right-click and choose Add to team board, or press Alt+Shift+U.',
  'dropOnly.fromToolbar': 'Or use the UBT Board button in the toolbar.',
  'dropOnly.addNow': 'Add an idea now',
  'dropOnly.remove': 'Remove this drop box from this browser',

  // The break-room poster (printed; made in the language chosen when printing).
  'poster.title': '{team}: add your idea',
  'poster.heading': '{team}: your ideas',
  'poster.sub': 'Everyone on the unit is on the team: tell us what would make our work better.',
  'poster.qr': 'QR code of the invite link',
  'poster.step1': "Scan the code with your phone's camera, or open the link on a work computer.",
  'poster.step2':
    "Write your idea, with or without your name, and press Send to the team. It goes sealed to the team's inbox: only the co-leads' board opens it.",
  'poster.step3':
    'With the UBT Board extension, paste the link under {join} once; then select text on any page, right-click and choose {add}, or press {keys}.',
  'poster.join': 'Join a board',
  'poster.keep':
    'This code only adds ideas: it cannot show or change the board. Keep patient details (names, record numbers, dates of birth) out of ideas. A co-lead can replace this poster under Invite › New drop box.',

  'print.button': 'Print or save as PDF',
  'print.language': 'Language of the printout',
  'print.poster': 'Print the poster for the break room',

  // The phone page (/add), in the phone browser's language.
  'add.title': 'Add an idea to your team’s board',
  'add.lede': 'What would make our work better, for members and patients or for us? It goes sealed to your team’s inbox: only the co-leads’ board can open it.',
  'add.idea': 'Your idea',
  'add.privacy': 'This may contain patient details: {kinds} (“{match}”). Take them out, or tick below if they are not about a patient.',
  'add.privacyOk': 'These are not a patient’s details: send it',
  'add.name': 'Your name (optional)',
  'add.nameHint': 'Leave it empty to add the idea without your name.',
  'add.send': 'Send to the team',
  'add.keepOff': 'Keep patient details (names, record numbers, dates of birth) out of ideas.',
  'add.tooLong': '{length} characters: an idea holds up to {max}.',
  'add.incomplete': 'This link is incomplete: scan the poster’s code again, or ask a co-lead for the link.',
  'add.needsLink': 'This page adds an idea to a team’s board, and needs the link from your team’s poster. Scan its code with your phone’s camera.',
  'add.sending': 'Sending…',
  'add.sent': 'Sent to your team’s inbox. It appears on the board when a co-lead next has it open. Thank you!',
  'add.notSent': 'Not sent: {reason}',

  // Settings: the language.
  'settings.language.label': 'Language',
  'settings.language.auto': 'As the browser ({language})',
  'settings.language.hint': 'The words of UBT Board on this browser. Reports, minutes and posters can be made in either language.',

  // Roles (Settings, People, presence).
  'role.manager-co-lead': 'Manager co-lead',
  'role.union-co-lead': 'Union co-lead',
  'role.physician-co-lead': 'Physician co-lead',
  'role.management-sponsor': 'Management sponsor',
  'role.union-sponsor': 'Union sponsor',
  'role.physician-sponsor': 'Physician sponsor',
  'role.sponsor': 'Sponsor (kind not recorded)',
  'role.member': 'Member',

  // Settings (the options page).
  'options.loading': 'Loading settings…',
  'options.title': 'UBT Board settings',
  'options.managedLocked': 'Set by your organisation; it cannot be changed here.',
  'options.managedSuggested': 'Suggested by your organisation; you can change it.',
  'options.policyLocked':
    "Your organisation manages this browser's servers for UBT Board. The settings marked “Set by your organisation” come from its policy; ask your IT team to change them.",
  'options.policyProblems': "Your organisation's policy for UBT Board has settings this version cannot use, so they are left out. Tell your IT team:",
  'options.needTurn': 'Not saved. “Only through TURN servers” needs a TURN server (turn: or turns:) in the list above; add one or untick it.',
  'options.notSaved': 'Not saved. {reason}',
  'options.saved': 'Saved. Shared boards reconnect with these settings.',
  'options.you': 'You',
  'options.youHint': 'Co-leads see your name and role next to what you edit.',
  'options.name': 'Display name',
  'options.role': 'Role',
  'options.signallingTitle': 'Signalling servers',
  'options.signallingHint':
    "They introduce co-leads' browsers to each other and see only a room number and encrypted messages. The default is a server on this computer ({address}); your IT team gives you the address of the hospital's. One address per line; leave empty to work offline.",
  'options.signallingLabel': 'Signalling server addresses',
  'options.relayTitle': 'Relay (the mailbox)',
  'options.relayHint':
    "A relay keeps each shared board, encrypted with its invite secret, so co-leads who are never online at the same time still get each other's edits. It cannot read the board, the names or the secret. The default is a relay on this computer ({address}); your IT team gives you the address of the hospital's. When it runs as several instances, list each on its own line: they are tried in order. Leave empty to sync only with co-leads online together.",
  'options.relayLabel': 'Relay addresses',
  'options.relayOnly': 'Connect to co-leads only through the TURN servers above',
  'options.relayOnlyHint': "Turn this on when your hospital's network allows traffic only through its TURN server (ask IT).",
  'options.save': 'Save settings',
  'options.plainText': {
    one: "{hosts} is reached with {ws}, without TLS: boards stay encrypted, but anyone on the network can see who connects to which room, and when, and can tamper with the connection. Use {wss} (your IT team's address behind its TLS proxy).",
    other:
      "{hosts} are reached with {ws}, without TLS: boards stay encrypted, but anyone on the network can see who connects to which room, and when, and can tamper with the connection. Use {wss} (your IT team's address behind its TLS proxy).",
  },
  'options.problem': '{field}: {problem}',
  'options.problem.wsUrl': 'must be a ws:// or wss:// address, like ws://127.0.0.1:4444',
  'options.problem.iceUrl': 'must start with stun:, turn: or turns:',
  'options.problem.needsAddress': 'needs at least one address',
  'options.problem.tooMany': { one: 'at most {count} address', other: 'at most {count} addresses' },
  'options.problem.tooLong': { one: 'must be at most {count} character', other: 'must be at most {count} characters' },
  'options.problem.other': 'is not a value UBT Board can use',
  'ice.title': 'STUN and TURN servers',
  'ice.hint':
    'None are used unless you add them. Browsers on the same network connect without them; across networks or firewalls, add the TURN server your IT team gives you.',
  'ice.none': 'No STUN or TURN servers.',
  'ice.server': 'Server {number}',
  'ice.urls': 'Addresses (turn:host:port, one or more, separated by spaces)',
  'ice.username': 'Username',
  'ice.credential': 'Password or credential',
  'ice.remove': 'Remove server {number}',
  'ice.add': 'Add a STUN or TURN server',

  // Quick-add (the popup).
  'capture.title': 'Add to team board',
  'capture.reading': 'Reading the page…',
  'capture.noBoard':
    "There is no team board in this browser yet. Join your team's board with the invite (from the break-room poster or a co-lead), or create one.",
  'capture.kept': 'Your idea is kept until you have joined: open {title} again then, and it is here to send.',
  'capture.openToJoin': 'Open UBT Board to join',
  'capture.idea': 'Idea',
  'capture.tooLong': 'This is {length} characters; an idea holds up to {max}. Keep the part that matters.',
  'capture.from': 'From {source}',
  'capture.removeSource': 'Remove source',
  'capture.board': 'Team board',
  'capture.note': 'Note (optional)',
  'capture.anonymous': 'Add without my name',
  'capture.anonymousOn': 'The board does not record who added it: the idea shows as Anonymous.',
  'capture.anonymousOff': 'Your name from Settings is shown with the idea.',
  'capture.save': 'Save',
  'capture.saveAnyway': 'Save anyway',
  'capture.openBoard': 'Open board',
  'capture.openPanel': 'Open side panel',
  'capture.saved': "Saved to {team}'s ideas.",
  'capture.savedSealed': 'Saved. It goes sealed to the team’s inbox, and appears on {team}’s board when a co-lead next has it open.',
  'capture.voted': 'Your +1 was added to “{idea}”.',
  'capture.notSaved': 'Not saved: {reason} Try again; nothing was added.',
  'capture.theTeam': 'the team',

  // Similar ideas, in quick-add.
  'similar.title': { one: 'Similar idea already on the board', other: 'Similar ideas already on the board' },
  'similar.vote': '+1 that idea instead',

  // The privacy check, wherever text is added.
  'privacy.title': 'This may contain patient details',
  'privacy.intro': 'Boards are shared with your team and are not a place for patient information. Remove these before saving:',
  'privacy.preview': 'Captured text with possible patient details highlighted:',
  'privacy.remove': 'Remove',
  'privacy.removeOne': 'Remove {kind} {match}',
  'privacy.removeAll': 'Remove all {count}',
  'privacy.confirm': 'I checked: this is not patient information. Save it as it is.',
  'privacy.removed': '[{kind} removed]',
  'privacy.kind.mrn': 'medical record number',
  'privacy.kind.dob': 'date of birth',
  'privacy.kind.ssn': 'social security number',
  'privacy.kind.nhs': 'NHS number',
  'privacy.kind.phone': 'phone number',
  'privacy.kind.email': 'email address',
  'privacy.kind.address': 'postal address',
  'privacy.kind.label': 'patient name or label',
} as const satisfies Catalogue;

export type English = typeof en;
export type MessageKey = keyof English;
