import type * as Y from 'yjs';
import type { z } from 'zod';
import { Action, AgendaItem, Annotation, CharterEntry, Cycle, DataPoint, Decision, Idea, Measure, Meeting, Person, Project } from '../schema/entities';

/** The document format this build writes. A document with a higher version opens read-only. */
export const SCHEMA_VERSION = 1;

interface KindSpec {
  /** Name of the top-level Y.Map holding every entity of this kind, keyed by id. */
  readonly map: string;
  readonly schema: z.ZodType;
  /** Prose fields stored as Y.Text so concurrent typing merges by character. */
  readonly texts: readonly string[];
  /** Fields stored as a nested Y.Map of id → true, so concurrent toggles merge. */
  readonly flags: readonly string[];
  /** Whether entities carry a fractional-index `order` key. */
  readonly ordered: boolean;
}

export const KINDS = {
  people: { map: 'people', schema: Person, texts: [], flags: [], ordered: true },
  ideas: { map: 'ideas', schema: Idea, texts: ['text'], flags: ['votes', 'triageAgreed'], ordered: false },
  projects: {
    map: 'projects',
    schema: Project,
    texts: ['problem', 'aimWhat', 'aimHowMuch', 'aimByWhen', 'aimForWhom', 'q1Accomplish', 'q2Know', 'q3Change'],
    flags: ['compass', 'measureIds', 'statusAgreed'],
    ordered: true,
  },
  cycles: {
    map: 'cycles',
    schema: Cycle,
    texts: [
      'objective',
      'questions',
      'prediction',
      'planWho',
      'planWhat',
      'planWhen',
      'planWhere',
      'dataToCollect',
      'doWhatHappened',
      'doUnexpected',
      'studyResults',
      'studyLearning',
      'actNext',
    ],
    flags: ['actAgreed'],
    ordered: true,
  },
  measures: { map: 'measures', schema: Measure, texts: ['definition'], flags: ['rebase'], ordered: true },
  points: { map: 'points', schema: DataPoint, texts: [], flags: [], ordered: false },
  annotations: { map: 'annotations', schema: Annotation, texts: [], flags: [], ordered: false },
  actions: { map: 'actions', schema: Action, texts: [], flags: [], ordered: true },
  charter: { map: 'charter', schema: CharterEntry, texts: ['text'], flags: ['agreed'], ordered: false },
  meetings: { map: 'meetings', schema: Meeting, texts: [], flags: ['attendees'], ordered: false },
  agenda: { map: 'agenda', schema: AgendaItem, texts: [], flags: [], ordered: true },
  decisions: { map: 'decisions', schema: Decision, texts: [], flags: [], ordered: false },
} as const satisfies Record<string, KindSpec>;

export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as Kind[];
/** Kinds whose entities are soft-deleted and can be restored. */
export type DeletableKind = Exclude<Kind, 'charter'>;

/** What one entity of each kind is called on screen: "Test of change", "Chart note". */
export const KIND_LABELS: Record<DeletableKind, string> = {
  people: 'Person',
  ideas: 'Idea',
  projects: 'Project',
  cycles: 'Test of change',
  measures: 'Measure',
  points: 'Data point',
  actions: 'Action',
  annotations: 'Chart note',
  meetings: 'Meeting',
  agenda: 'Agenda item',
  decisions: 'Decision',
};

export type EntityMap = Y.Map<unknown>;

export const collection = (doc: Y.Doc, kind: Kind): Y.Map<EntityMap> => doc.getMap<EntityMap>(KINDS[kind].map);
export const metaMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta');
export const teamMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('team');

/** Every shared type at the top of a board document; an UndoManager's scope. */
// biome-ignore lint/suspicious/noExplicitAny: Yjs types its event handlers so that only AbstractType<any> holds maps and texts together
export const topLevelTypes = (doc: Y.Doc): Y.AbstractType<any>[] => [metaMap(doc), teamMap(doc), ...KIND_NAMES.map((kind) => collection(doc, kind))];

export const isTextField = (kind: Kind, field: string): boolean => (KINDS[kind].texts as readonly string[]).includes(field);

export const schemaVersionOf = (doc: Y.Doc): number | undefined => {
  const value = metaMap(doc).get('schemaVersion');
  return typeof value === 'number' ? value : undefined;
};

/** A document written by a newer version of UBT Board must not be modified by this one. */
export const isReadOnly = (doc: Y.Doc): boolean => (schemaVersionOf(doc) ?? 0) > SCHEMA_VERSION;
