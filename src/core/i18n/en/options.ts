import type { Catalogue } from '../catalogue';

/** Settings (the options page) and its STUN/TURN editor. */
export const options = {
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
} as const satisfies Catalogue;
