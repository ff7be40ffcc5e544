import { z } from 'zod';
import { isSafeId } from './inputs';
import {
  ActDecision,
  AgendaSource,
  CharterSection,
  ChartKind,
  Direction,
  DoAsPlanned,
  IdeaState,
  MeasureType,
  OutOfScopeReason,
  ProjectStatus,
  Role,
} from './enums';
import { inputWords } from './inputWords';

/**
 * Read schemas: what a valid entity looks like once its Y.Map is turned into a plain object
 * (Y.Text → string, nested Y.Map of flags → record). Defaults fill fields that older versions did
 * not write; `looseObject` keeps unknown fields so a newer peer's data survives a round trip.
 */
const id = z.string().refine(isSafeId, inputWords('input.badId'));
/** Flags are keyed by ids, compass points or dates; a key no id could be is refused, like the id itself. */
const flags = z
  .record(
    z.string().refine((key) => isSafeId(key) || /^\d{4}-\d{2}-\d{2}$/.test(key), inputWords('input.badKey')),
    z.boolean(),
  )
  .default({});
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-03-14');
const optionalDate = z.union([isoDate, z.literal('')]).default('');
const base = {
  id,
  createdAt: z.number().default(0),
  deleted: z.boolean().default(false),
  /** Stamped by every operation (doc/stamp.ts): when, and by whom when known. */
  updatedAt: z.number().optional(),
  createdBy: z.string().optional(),
  updatedBy: z.string().optional(),
};

/** Who made a joint decision, when, and which co-leads agreed (ops/decisions.ts). */
const decision = <D extends string>(d: D) =>
  ({
    [`${d}DecidedBy`]: z.string().default(''),
    [`${d}DecidedAt`]: z.number().nullable().default(null),
    [`${d}Agreed`]: flags,
  }) as Record<`${D}DecidedBy`, z.ZodDefault<z.ZodString>> &
    Record<`${D}DecidedAt`, z.ZodDefault<z.ZodNullable<z.ZodNumber>>> &
    Record<`${D}Agreed`, typeof flags>;

export const Person = z.looseObject({
  ...base,
  name: z.string().min(1),
  role: Role,
  order: z.string().min(1),
  /** The user (a browser's Settings) who said "this is me": only they tick this person's agreements. */
  userId: z.string().default(''),
});

export const Idea = z.looseObject({
  ...base,
  text: z.string(),
  author: z.string().default(''),
  state: IdeaState.default('new'),
  reason: OutOfScopeReason.nullable().default(null),
  routedTo: z.string().default(''),
  votes: flags,
  sourceTitle: z.string().default(''),
  sourceUrl: z.string().default(''),
  note: z.string().default(''),
  projectId: z.string().nullable().default(null),
  cycleId: z.string().nullable().default(null),
  /** Added without a name: the board keeps no trace of who added it. */
  anonymous: z.boolean().default(false),
  /** Kinds of patient detail found when it was added (a co-lead checks and edits them out). */
  privacy: z.array(z.string()).catch([]).default([]),
  ...decision('triage'),
});

/** Where an adopted project came from, kept on the project so the attribution travels with it. */
export const AdoptedFrom = z.object({
  libraryId: z.string(),
  libraryName: z.string().default(''),
  entryId: z.string(),
  title: z.string(),
  team: z.string().default(''),
  contact: z.string().default(''),
});
export type AdoptedFrom = z.infer<typeof AdoptedFrom>;

export const Project = z.looseObject({
  ...base,
  title: z.string(),
  status: ProjectStatus.default('planning'),
  order: z.string().min(1),
  ideaId: z.string().nullable().default(null),
  problem: z.string().default(''),
  aimWhat: z.string().default(''),
  aimHowMuch: z.string().default(''),
  aimByWhen: z.string().default(''),
  aimForWhom: z.string().default(''),
  q1Accomplish: z.string().default(''),
  q2Know: z.string().default(''),
  q3Change: z.string().default(''),
  compass: flags,
  measureIds: flags,
  /** The measure shown for this project in the Value Compass; the first linked one when not chosen. */
  mainMeasureId: z.string().nullable().default(null),
  /** Adopted from a practice library: where from, for the attribution (see core/practice). */
  adoptedFrom: AdoptedFrom.nullable().catch(null).default(null),
  /** The department, regional or national goal the project supports (free text, or one of the team's goals). */
  goal: z.string().default(''),
  ...decision('status'),
});

export const Cycle = z.looseObject({
  ...base,
  projectId: id,
  title: z.string(),
  order: z.string().min(1),
  ideaId: z.string().nullable().default(null),
  previousCycleId: z.string().nullable().default(null),
  startDate: optionalDate,
  endDate: optionalDate,
  objective: z.string().default(''),
  questions: z.string().default(''),
  prediction: z.string().default(''),
  planWho: z.string().default(''),
  planWhat: z.string().default(''),
  planWhen: z.string().default(''),
  planWhere: z.string().default(''),
  dataToCollect: z.string().default(''),
  doAsPlanned: DoAsPlanned.nullable().default(null),
  doWhatHappened: z.string().default(''),
  doUnexpected: z.string().default(''),
  studyResults: z.string().default(''),
  studyLearning: z.string().default(''),
  actDecision: ActDecision.nullable().default(null),
  actNext: z.string().default(''),
  ...decision('act'),
});

export const Measure = z.looseObject({
  ...base,
  name: z.string().min(1),
  type: MeasureType.default('outcome'),
  unit: z.string().default(''),
  better: Direction.default('up'),
  baseline: z.number().nullable().default(null),
  goal: z.number().nullable().default(null),
  order: z.string().min(1),
  definition: z.string().default(''),
  /** How the team looks at it: a run chart (median) or an XmR control chart (mean and limits). */
  chart: ChartKind.default('run'),
  /** A rate: each point has a numerator and a denominator, shown as a percentage. */
  rate: z.boolean().default(false),
  /** Frozen baseline: the first N points, or the points between two dates. */
  freezeFirst: z.number().int().positive().nullable().default(null),
  freezeFrom: optionalDate,
  freezeTo: optionalDate,
  /** Dates where a new segment starts after a sustained change (date → true). */
  rebase: flags,
});

export const DataPoint = z.looseObject({
  ...base,
  measureId: id,
  date: isoDate,
  value: z.number().finite(),
  note: z.string().default(''),
  numerator: z.number().finite().nullable().default(null),
  denominator: z.number().finite().nullable().default(null),
});

/** A free-text note on a measure's chart at a date: "new staff", "holiday", "astronomical point". */
export const Annotation = z.looseObject({
  ...base,
  measureId: id,
  date: isoDate,
  text: z.string().min(1),
});

export const Action = z.looseObject({
  ...base,
  text: z.string().min(1),
  owner: z.string().default(''),
  due: optionalDate,
  done: z.boolean().default(false),
  projectId: z.string().nullable().default(null),
  order: z.string().min(1),
  /** Recorded during a meeting, against one agenda item. */
  meetingId: z.string().nullable().default(null),
  agendaItemId: z.string().nullable().default(null),
});

/**
 * A team meeting run from the board: in progress until `endedAt`. The current agenda item and when it
 * became current drive the shared timer; `attendees` is a flag per person id.
 */
export const Meeting = z.looseObject({
  ...base,
  startedAt: z.number(),
  startedBy: z.string().default(''),
  endedAt: z.number().nullable().default(null),
  currentItemId: z.string().nullable().default(null),
  currentSince: z.number().nullable().default(null),
  attendees: flags,
  /** Where "since last meeting" starts: the previous meeting's end, fixed when this one starts. */
  since: z.number().nullable().default(null),
});

/** One agenda item: built from the board when the meeting starts (`source`, `refId`) or added by hand. */
export const AgendaItem = z.looseObject({
  ...base,
  meetingId: id,
  order: z.string().min(1),
  source: AgendaSource,
  refId: z.string().nullable().default(null),
  title: z.string().min(1),
  detail: z.string().default(''),
  covered: z.boolean().default(false),
  /** Time spent on the item in earlier turns; the current turn runs from the meeting's `currentSince`. */
  spentMs: z.number().nonnegative().default(0),
});

/** A decision recorded against an agenda item. */
export const Decision = z.looseObject({
  ...base,
  meetingId: id,
  agendaItemId: z.string().nullable().default(null),
  text: z.string().min(1),
  by: z.string().default(''),
});

export const CharterEntry = z.looseObject({
  id: CharterSection,
  text: z.string().default(''),
  agreed: flags,
});

export const Team = z.looseObject({
  name: z.string().default(''),
  department: z.string().default(''),
  facility: z.string().default(''),
  region: z.string().default(''),
  goals: z.array(z.string()).catch([]).default([]),
  nextMeeting: optionalDate.catch('').default(''),
});

export type Person = z.infer<typeof Person>;
export type Idea = z.infer<typeof Idea>;
export type Project = z.infer<typeof Project>;
export type Cycle = z.infer<typeof Cycle>;
export type Measure = z.infer<typeof Measure>;
export type DataPoint = z.infer<typeof DataPoint>;
export type Action = z.infer<typeof Action>;
export type Annotation = z.infer<typeof Annotation>;
export type CharterEntry = z.infer<typeof CharterEntry>;
export type Team = z.infer<typeof Team>;
export type Meeting = z.infer<typeof Meeting>;
export type AgendaItem = z.infer<typeof AgendaItem>;
export type Decision = z.infer<typeof Decision>;
