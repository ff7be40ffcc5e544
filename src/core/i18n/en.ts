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

  // Settings: the language.
  'settings.language.label': 'Language',
  'settings.language.auto': 'As the browser ({language})',
  'settings.language.hint': 'The words of UBT Board on this browser. Reports, minutes and posters can be made in either language.',

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
  'capture.savedSealed': "Saved. It goes sealed to the team's inbox, and appears on {team}'s board when a co-lead next has it open.",
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
