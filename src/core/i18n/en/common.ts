import type { Catalogue } from '../catalogue';

/** Words used across the product: the store listing, counts, roles, printouts and the language setting. */
export const common = {
  // The store listing and the browser's own menus (also in public/_locales, which the browser reads).
  'store.description': 'A private, peer-to-peer improvement board for unit-based teams.',
  'store.actionTitle': 'Add to team board',
  'store.command': 'Add the selected text to a team board',
  // Counts used across the product.
  'count.votes': { one: '{count} vote', other: '{count} votes' },
  'count.characters': { one: '{count} character', other: '{count} characters' },
  'print.button': 'Print or save as PDF',
  'print.language': 'Language of the printout',
  'print.poster': 'Print the poster for the break room',
  'printPage.noBoard': 'No board was chosen. Open the report from the board’s Report page.',
  'printPage.noDropBox':
    'This board has no drop box yet, so there is no poster to print. A drop box needs a relay in Settings; then make one under the board’s Invite button.',
  'printPage.noMeeting': 'This meeting is not on the board any more. Open the minutes again from the board’s Meeting page.',
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
} as const satisfies Catalogue;
