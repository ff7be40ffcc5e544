import * as Y from 'yjs';
import { z } from 'zod';
import { collection, metaMap, SCHEMA_VERSION, teamMap } from '../doc/layout';
import { buildEntity, toPlain } from '../doc/entity';
import { orderAtEnd } from '../ops/common';
import { titleFrom } from '../ops/ideas';
import { defineOperation, OperationError } from '../ops/context';
import type { BoardSnapshot } from '../read/board';
import { mainMeasureOf } from '../read/project';
import { ActDecision, ChartKind, CompassPoint, Direction } from '../schema/enums';
import { entityId, MAX_SHORT, requiredShort } from '../schema/inputs';
import type { AdoptedFrom } from '../schema/entities';
import { isolate } from '../text/bidi';

/**
 * A practice library: a shared room (its own invite, e.g. one per facility or region) where teams publish
 * what they tested and others adopt it. It is a Yjs document like a board, synced the same way, marked
 * `meta.kind = 'practice-library'`; its name is in `team.name` so every list of boards shows it. Entries are
 * read-only snapshots in the `entries` map; adoptions are counted back in each entry's `adoptions` map.
 */
export const PRACTICE_LIBRARY = 'practice-library';
export const isPracticeLibrary = (doc: Y.Doc): boolean => metaMap(doc).get('kind') === PRACTICE_LIBRARY;
const entriesMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('entries');

const text = (max: number) => z.string().max(max, `is too long (at most ${max.toLocaleString('en')} characters)`);
const PROSE = 4000;

/**
 * A change a team tested: its name and what they did, kept apart so either may hold ": ". Entries published
 * before these were fields hold one string "title: plan"; it is read back split at its first ": " (the best
 * that form allows).
 */
export const PracticeChange = z.union([
  z.object({ title: text(MAX_SHORT), plan: text(PROSE).default('') }),
  text(PROSE).transform((old) => {
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
  problem: text(PROSE).default(''),
  aim: text(PROSE).default(''),
  compass: z.array(CompassPoint).max(4).default([]),
  changes: z.array(PracticeChange).max(50).default([]),
  learnings: z
    .array(z.object({ title: text(MAX_SHORT), learning: text(PROSE), decision: ActDecision.nullable() }))
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

export const initPracticeLibrary = defineOperation(
  'initPracticeLibrary',
  z.object({ libraryId: entityId, name: requiredShort }),
  (doc) => {
    if (metaMap(doc).has('schemaVersion')) throw new OperationError('This document is already set up.');
  },
  (doc, input, ctx) => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('boardId', input.libraryId);
    meta.set('kind', PRACTICE_LIBRARY);
    meta.set('createdAt', ctx.now());
    teamMap(doc).set('name', input.name);
  },
);

/** The snapshot of one project a team publishes, holding only what they chose. */
export const practiceFromProject = (board: BoardSnapshot, projectId: string, choices: PublishChoices, contact: string): PracticeSnapshot => {
  const project = board.projects.find((p) => p.id === projectId);
  if (!project) throw new OperationError('That project is not on this board.');
  const cycles = board.cycles.filter((c) => c.projectId === projectId);
  const aim = [
    project.aimWhat,
    project.aimHowMuch && `by how much: ${project.aimHowMuch}`,
    project.aimByWhen && `by when: ${project.aimByWhen}`,
    project.aimForWhom && `for whom: ${project.aimForWhom}`,
  ]
    .filter(Boolean)
    .join('; ');
  const measure = mainMeasureOf(project, board.measures);
  return PracticeSnapshot.parse({
    title: project.title,
    team: board.team.name,
    department: board.team.department,
    facility: board.team.facility,
    region: board.team.region,
    contact,
    problem: choices.problem ? project.problem.slice(0, PROSE) : '',
    aim: choices.aim ? aim.slice(0, PROSE) : '',
    compass: choices.compass ? Object.keys(project.compass).filter((k) => project.compass[k]) : [],
    changes: choices.changes ? cycles.map((c) => ({ title: c.title.slice(0, MAX_SHORT), plan: c.planWhat.trim().slice(0, PROSE) })) : [],
    learnings: choices.learnings
      ? cycles
          .filter((c) => c.studyLearning.trim() || c.actDecision)
          .map((c) => ({ title: c.title, learning: c.studyLearning.slice(0, PROSE), decision: c.actDecision }))
      : [],
    measure:
      choices.chart && measure
        ? {
            name: measure.name,
            unit: measure.unit,
            better: measure.better,
            chart: measure.chart,
            points: board.points.filter((p) => p.measureId === measure.id).map((p) => ({ date: p.date, value: p.value })),
          }
        : null,
  });
};

/** Publishes a read-only snapshot to the library. */
export const publishPractice = defineOperation(
  'publishPractice',
  PracticeSnapshot,
  (doc) => {
    if (!isPracticeLibrary(doc)) throw new OperationError('That is not a practice library.');
  },
  (doc, input, ctx) => {
    const id = ctx.newId();
    const entry = new Y.Map<unknown>();
    entry.set('id', id);
    entry.set('publishedAt', ctx.now());
    for (const [key, value] of Object.entries(input)) entry.set(key, value);
    entry.set('adoptions', new Y.Map<string>());
    entriesMap(doc).set(id, entry);
    return id;
  },
);

/** Counts an adoption back on the entry: one per adopting board, however often it adopts. */
export const recordAdoption = defineOperation(
  'recordAdoption',
  z.object({ entryId: entityId, boardId: entityId, team: z.string().max(MAX_SHORT) }),
  (doc, input) => {
    const entry = entriesMap(doc).get(input.entryId);
    if (!(entry instanceof Y.Map)) throw new OperationError('That practice is not in the library any more.');
    return entry;
  },
  (_doc, input, _ctx, entry) => {
    let adoptions = entry.get('adoptions');
    if (!(adoptions instanceof Y.Map)) {
      adoptions = new Y.Map<string>();
      entry.set('adoptions', adoptions);
    }
    (adoptions as Y.Map<string>).set(input.boardId, input.team);
  },
);

const StoredEntry = PracticeSnapshot.extend({
  id: z.string().min(1),
  publishedAt: z.number(),
  adoptions: z.record(z.string(), z.string()).catch({}).default({}),
});

/** Every entry that reads as a valid snapshot, newest first; anything else is left out. */
export const readPractices = (doc: Y.Doc): PracticeEntry[] => {
  const out: PracticeEntry[] = [];
  entriesMap(doc).forEach((value, key) => {
    if (!(value instanceof Y.Map)) return;
    const parsed = StoredEntry.safeParse(toPlain(value));
    if (parsed.success && parsed.data.id === key) out.push(parsed.data);
  });
  return out.sort((a, b) => b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : 1));
};

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

/**
 * What the adopted test of change is called: the change's own name, or, when that is only the board's
 * default ("Cycle 2"), the first line of what was done, which says more.
 */
const adoptedTitle = (change: PracticeChange): string => {
  const generic = /^(cycle|test of change)\s*\d*$/i.test(change.title.trim()) || !change.title.trim();
  return generic && change.plan.trim() ? titleFrom(change.plan) : change.title;
};

/**
 * Adopts a published practice into this team's board: a new project with the practice's problem, aim and
 * Value Compass points, whose first test of change starts from the published change, with attribution.
 */
export const adoptPractice = defineOperation(
  'adoptPractice',
  z.object({ libraryId: entityId, libraryName: z.string().max(MAX_SHORT).default(''), entry: StoredEntry }),
  () => undefined,
  (doc, { libraryId, libraryName, entry }, ctx) => {
    const projectId = ctx.newId();
    const adoptedFrom: AdoptedFrom = { libraryId, libraryName, entryId: entry.id, title: entry.title, team: entry.team, contact: entry.contact };
    const project = buildEntity(
      'projects',
      { id: projectId, title: entry.title, status: 'planning', order: orderAtEnd(doc, 'projects'), ideaId: null, createdAt: ctx.now(), adoptedFrom },
      { problem: entry.problem, aimWhat: entry.aim },
    );
    collection(doc, 'projects').set(projectId, project);
    const compass = project.get('compass') as Y.Map<boolean>;
    for (const point of entry.compass) compass.set(point, true);
    const change = entry.changes[0] ?? { title: entry.title, plan: '' };
    const cycleId = ctx.newId();
    const from = [entry.team, entry.facility].filter(Boolean).map(isolate).join(', ');
    collection(doc, 'cycles').set(
      cycleId,
      buildEntity(
        'cycles',
        {
          id: cycleId,
          projectId,
          title: `Try: ${adoptedTitle(change)}`.slice(0, MAX_SHORT),
          order: orderAtEnd(doc, 'cycles', (c) => c.get('projectId') === projectId),
          previousCycleId: null,
          createdAt: ctx.now(),
        },
        {
          objective: `Test, on a small scale here, the change ${from ? `${from} tested` : 'published'}: ${isolate(change.title)}`,
          planWhat: change.plan || change.title,
          prediction: entry.learnings
            .map((l) => (l.learning ? `${l.title}: ${l.learning}` : ''))
            .filter(Boolean)
            .join('\n'),
        },
      ),
    );
    return projectId;
  },
);
