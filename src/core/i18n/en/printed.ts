import type { Catalogue } from '../catalogue';

/** The break-room poster and the phone page (/add), made in a chosen language or the phone’s. */
export const printed = {
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
} as const satisfies Catalogue;
