import { labels } from '../i18n/en/labels';
import type * as Y from 'yjs';
import type { z } from 'zod';
import { Action, AgendaItem, Annotation, CharterEntry, Cycle, DataPoint, Decision, Idea, Measure, Meeting, Person, Project } from '../schema/entities';

/** The document format this build writes. A document with a higher version opens read-only. */
export const SCHEMA_VERSION = 1;

type Shape<S extends z.ZodObject> = keyof S['shape'] & string;

/**
 * One entity kind, declared once: where it lives, its schema, its prose fields with what each is called in
 * words ("who is editing the problem statement"), its flag fields, and whether it is ordered. A field named
 * here that the schema lacks is a type error, and so is a misspelt field anywhere a `TextFieldOf` is asked.
 */
const kind = <S extends z.ZodObject, T extends { [field in keyof T]: field extends Shape<S> ? string : never }, F extends readonly Shape<S>[]>(spec: {
  /** Name of the top-level Y.Map holding every entity of this kind, keyed by id. */
  map: string;
  schema: S;
  /** Prose fields, stored as Y.Text so concurrent typing merges by character, each with its name in words. */
  texts: T;
  /** Fields stored as a nested Y.Map of id → true, so concurrent toggles merge. */
  flags: F;
  /** Whether entities carry a fractional-index `order` key. */
  ordered: boolean;
}) => ({ ...spec, textLabels: spec.texts, texts: Object.keys(spec.texts) as (keyof T & string)[] });

export const KINDS = {
  people: kind({ map: 'people', schema: Person, texts: {}, flags: [], ordered: true }),
  ideas: kind({ map: 'ideas', schema: Idea, texts: { text: 'text' }, flags: ['votes', 'triageAgreed'], ordered: false }),
  projects: kind({
    map: 'projects',
    schema: Project,
    texts: {
      problem: 'problem statement',
      aimWhat: 'aim (what)',
      aimHowMuch: 'aim (how much)',
      aimByWhen: 'aim (by when)',
      aimForWhom: 'aim (for whom)',
      q1Accomplish: 'what we are trying to accomplish',
      q2Know: 'how we will know',
      q3Change: 'what change we can make',
    },
    flags: ['compass', 'measureIds', 'statusAgreed'],
    ordered: true,
  }),
  cycles: kind({
    map: 'cycles',
    schema: Cycle,
    texts: {
      objective: 'objective',
      questions: 'questions',
      prediction: 'prediction',
      planWho: 'who',
      planWhat: 'what',
      planWhen: 'when',
      planWhere: 'where',
      dataToCollect: 'data to collect',
      doWhatHappened: 'what happened',
      doUnexpected: 'unexpected observations',
      studyResults: 'results',
      studyLearning: 'learning',
      actNext: 'next step',
    },
    flags: ['actAgreed'],
    ordered: true,
  }),
  measures: kind({ map: 'measures', schema: Measure, texts: { definition: 'operational definition' }, flags: ['rebase'], ordered: true }),
  points: kind({ map: 'points', schema: DataPoint, texts: {}, flags: [], ordered: false }),
  annotations: kind({ map: 'annotations', schema: Annotation, texts: {}, flags: [], ordered: false }),
  actions: kind({ map: 'actions', schema: Action, texts: {}, flags: [], ordered: true }),
  charter: kind({ map: 'charter', schema: CharterEntry, texts: { text: 'text' }, flags: ['agreed'], ordered: false }),
  meetings: kind({ map: 'meetings', schema: Meeting, texts: {}, flags: ['attendees'], ordered: false }),
  agenda: kind({ map: 'agenda', schema: AgendaItem, texts: {}, flags: [], ordered: true }),
  decisions: kind({ map: 'decisions', schema: Decision, texts: {}, flags: [], ordered: false }),
} as const;

export type Kind = keyof typeof KINDS;
/** The prose fields of one kind: `TextFieldOf<'projects'>` is 'problem' | 'aimWhat' | … */
export type TextFieldOf<K extends Kind> = (typeof KINDS)[K]['texts'][number];
/** Kinds that have prose fields. */
export type KindWithText = { [K in Kind]: TextFieldOf<K> extends never ? never : K }[Kind];
export const KIND_NAMES = Object.keys(KINDS) as Kind[];
/** Kinds whose entities are soft-deleted and can be restored. */
export type DeletableKind = Exclude<Kind, 'charter'>;
export const DELETABLE_KINDS = KIND_NAMES.filter((kind): kind is DeletableKind => kind !== 'charter');

/** What one entity of each kind is called on screen: "Test of change", "Chart note". */
export const KIND_LABELS = Object.fromEntries(DELETABLE_KINDS.map((kind) => [kind, labels[`kind.${kind}`]])) as Record<DeletableKind, string>;

export type EntityMap = Y.Map<unknown>;

export const collection = (doc: Y.Doc, kind: Kind): Y.Map<EntityMap> => doc.getMap<EntityMap>(KINDS[kind].map);
export const metaMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta');
export const teamMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('team');

/** Every shared type at the top of a board document; an UndoManager's scope. */
// biome-ignore lint/suspicious/noExplicitAny: Yjs types its event handlers so that only AbstractType<any> holds maps and texts together
export const topLevelTypes = (doc: Y.Doc): Y.AbstractType<any>[] => [metaMap(doc), teamMap(doc), ...KIND_NAMES.map((kind) => collection(doc, kind))];

export const isTextField = (kind: Kind, field: string): boolean => Object.hasOwn(KINDS[kind].textLabels, field);
/** What a prose field is called in words ("problem statement"), or null if the kind has no such field. */
export const textFieldLabel = (kind: Kind, field: string): string | null =>
  isTextField(kind, field) ? ((KINDS[kind].textLabels as Record<string, string>)[field] ?? null) : null;

export const schemaVersionOf = (doc: Y.Doc): number | undefined => {
  const value = metaMap(doc).get('schemaVersion');
  return typeof value === 'number' ? value : undefined;
};

/** A document written by a newer version of UBT Board must not be modified by this one. */
export const isReadOnly = (doc: Y.Doc): boolean => (schemaVersionOf(doc) ?? 0) > SCHEMA_VERSION;
