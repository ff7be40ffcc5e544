import type { Catalogue } from '../catalogue';

/** Getting started: the first run, creating and joining a board, the staff welcome, a drop box alone. */
export const start = {
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
  // First run, and creating a board or a practice library.
  'welcome.lede':
    'One board for your unit-based team: ideas from staff, projects and aims, tests of change as PDSA cycles, measures, and actions. It lives in your browsers and goes straight between co-leads; the relay that passes it on to those not online keeps it only encrypted with your invite, so no server can read it.',
  'app.opening': 'Opening UBT Board…',
  'app.openingBoard': 'Opening board…',
  'app.cannotOpen': "This board could not be opened from this browser's storage: {reason}",
  'create.title': 'Create a team board',
  'create.name': 'Team name',
  'create.required': '{label} (required)',
  'create.namePlaceholder': 'e.g. Med-Surg 4 West',
  'create.department': 'Department',
  'create.departmentPlaceholder': 'e.g. Nursing',
  'create.facility': 'Facility',
  'create.facilityPlaceholder': 'e.g. Oakland Medical Center',
  'create.region': 'Region',
  'create.regionPlaceholder': 'e.g. Northern California',
  'create.me': 'Your name',
  'create.mePlaceholder': 'How your team knows you',
  'create.role': 'Your role',
  'create.submit': 'Create board',
  'create.failed': 'The board could not be saved: {reason}',
  'library.createTitle': 'Create a practice library',
  'library.createHint': 'One per facility or region: teams that join it publish what they tested and adopt what works for others.',
  'library.name': 'Library name',
  'library.namePlaceholder': 'e.g. Oakland Medical Center practices',
  'library.create': 'Create library',
  'library.failed': 'The library could not be saved: {reason}',
} as const satisfies Catalogue;
