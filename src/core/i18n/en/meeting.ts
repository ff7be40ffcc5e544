import type { Catalogue } from '../catalogue';

/** The team meeting: the agenda the board builds, the meeting in progress, the minutes on screen. */
export const meeting = {
  // Why each item is on the agenda (written when the meeting starts, in the language of who starts it).
  'agenda.emptyIdea': '(empty idea)',
  'agenda.from': 'From {name}',
  'agenda.untitledCycle': 'Untitled test of change',
  'agenda.doEnded': '{project} · Do ended {day}',
  'agenda.signal': '{meaning}: {sentence}',
  'agenda.overdueSince': 'Overdue since {day}',
  'agenda.dueToday': 'Due today',
  'agenda.due': 'Due {day}',
} as const satisfies Catalogue;
