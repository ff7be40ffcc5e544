import * as Y from 'yjs';
import { z } from 'zod';
import { metaMap } from '../doc/layout';
import { toPlain } from '../doc/entity';
import { ActDecision, ChartKind, CompassPoint, Direction } from '../schema/enums';
import { MAX_SHORT, requiredShort } from '../schema/inputs';

/**
 * A practice library: a shared room (its own invite, e.g. one per facility or region) where teams publish
 * what they tested and others adopt it. It is a Yjs document like a board, synced the same way, marked
 * `meta.kind = 'practice-library'`; its name is in `team.name` so every list of boards shows it. Entries are
 * read-only snapshots in the `entries` map; adoptions are counted back in each entry's `adoptions` map.
 */
export const PRACTICE_LIBRARY = 'practice-library';
export const isPracticeLibrary = (doc: Y.Doc): boolean => metaMap(doc).get('kind') === PRACTICE_LIBRARY;
export const practiceEntries = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('entries');

const text = (max: number) => z.string().max(max, `is too long (at most ${max.toLocaleString('en')} characters)`);
export const PRACTICE_PROSE_MAX = 4000;

/**
 * A change a team tested: its name and what they did, kept apart so either may hold ": ". Entries published
 * before these were fields hold one string "title: plan"; it is read back split at its first ": " (the best
 * that form allows).
 */
export const PracticeChange = z.union([
  z.object({ title: text(MAX_SHORT), plan: text(PRACTICE_PROSE_MAX).default('') }),
  text(PRACTICE_PROSE_MAX).transform((old) => {
    const at = old.indexOf(': ');
    return at < 0 ? { title: old.slice(0, MAX_SHORT), plan: '' } : { title: old.slice(0, at).slice(0, MAX_SHORT), plan: old.slice(at + 2) };
  }),
]);
export type PracticeChange = z.infer<typeof PracticeChange>;

/** A published practice, as stored and as read. The chart is data, drawn by the reader's own renderer. */
export const PracticeSnapshot = z.object({
  title: requiredShort,
  team: text(MAX_SHORT).default(''),
  department: text(MAX_SHORT).default(''),
  facility: text(MAX_SHORT).default(''),
  region: text(MAX_SHORT).default(''),
  contact: text(MAX_SHORT).default(''),
  problem: text(PRACTICE_PROSE_MAX).default(''),
  aim: text(PRACTICE_PROSE_MAX).default(''),
  compass: z.array(CompassPoint).max(4).default([]),
  changes: z.array(PracticeChange).max(50).default([]),
  learnings: z
    .array(z.object({ title: text(MAX_SHORT), learning: text(PRACTICE_PROSE_MAX), decision: ActDecision.nullable() }))
    .max(50)
    .default([]),
  measure: z
    .object({
      name: text(MAX_SHORT),
      unit: text(MAX_SHORT).default(''),
      better: Direction,
      chart: ChartKind,
      points: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), value: z.number().finite() })).max(1000),
    })
    .nullable()
    .default(null),
});
export type PracticeSnapshot = z.infer<typeof PracticeSnapshot>;

export interface PracticeEntry extends PracticeSnapshot {
  readonly id: string;
  readonly publishedAt: number;
  /** Board id → the adopting team's name. */
  readonly adoptions: Record<string, string>;
}

/** What a team chooses to publish; everything else about the project stays on its board. */
export interface PublishChoices {
  problem: boolean;
  aim: boolean;
  compass: boolean;
  changes: boolean;
  learnings: boolean;
  chart: boolean;
}

export const StoredEntry = PracticeSnapshot.extend({
  id: z.string().min(1),
  publishedAt: z.number(),
  adoptions: z.record(z.string(), z.string()).catch({}).default({}),
});

/** Every entry that reads as a valid snapshot, newest first; anything else is left out. */
export const readPractices = (doc: Y.Doc): PracticeEntry[] => {
  const out: PracticeEntry[] = [];
  practiceEntries(doc).forEach((value, key) => {
    if (!(value instanceof Y.Map)) return;
    const parsed = StoredEntry.safeParse(toPlain(value));
    if (parsed.success && parsed.data.id === key) out.push(parsed.data);
  });
  return out.sort((a, b) => b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : 1));
};
