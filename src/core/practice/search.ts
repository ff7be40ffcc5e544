import type { CompassPoint } from '../schema/enums';
import type { PracticeEntry } from './schema';

export interface PracticeQuery {
  words?: string;
  compass?: CompassPoint | '';
  department?: string;
  measure?: string;
}

/** Entries matching every given filter; words match anywhere in the entry's text, in any order. */
export const searchPractices = (entries: readonly PracticeEntry[], query: PracticeQuery): PracticeEntry[] => {
  const words = (query.words ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    if (query.compass && !e.compass.includes(query.compass)) return false;
    if (query.department && e.department !== query.department) return false;
    if (query.measure && e.measure?.name !== query.measure) return false;
    const haystack = [
      e.title,
      e.team,
      e.department,
      e.facility,
      e.problem,
      e.aim,
      ...e.changes.flatMap((c) => [c.title, c.plan]),
      ...e.learnings.flatMap((l) => [l.title, l.learning]),
      e.measure?.name ?? '',
    ]
      .join(' ')
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
};
