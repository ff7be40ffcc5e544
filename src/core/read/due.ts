import { addDays } from '../measures/dates';

/** Actions due within this many days are "due soon". */
export const DUE_SOON_DAYS = 7;

export type DueState = 'overdue' | 'today' | 'soon' | 'later' | 'none';

/**
 * Where a due date (YYYY-MM-DD) stands on `today`, the person's local day (`localDay()`). The one rule for
 * Actions, the meeting agenda, the sponsors' view and the report, so they never disagree about what is
 * overdue.
 */
export const dueState = (due: string, today: string): DueState => {
  if (due === '') return 'none';
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  return due <= addDays(today, DUE_SOON_DAYS) ? 'soon' : 'later';
};
