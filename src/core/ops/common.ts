import * as Y from 'yjs';
import { z } from 'zod';
import { generateKeyBetween } from 'fractional-indexing';
import { collection, DELETABLE_KINDS, isTextField, KIND_NAMES, type DeletableKind, type EntityMap, type Kind } from '../doc/layout';
import { replaceText } from '../doc/entity';
import { defineOperation, refuse, requireCoLead } from './context';
import { entityId, MAX_PROSE, prose } from '../schema/inputs';

/** The lower-case noun for one entity of each kind, for messages: "This test of change is not on the board". */
/** The live entity, or an error naming what is missing. Deleted entities count as missing unless allowed. */
export const requireEntity = (doc: Y.Doc, kind: Kind, id: string, allowDeleted = false): EntityMap => {
  const entity = collection(doc, kind).get(id);
  if (!(entity instanceof Y.Map)) throw refuse((tr) => tr.t('refuse.missing', { kind: tr.t(`noun.${kind}`), id }));
  if (!allowDeleted && entity.get('deleted') === true) {
    throw refuse((tr) => tr.t('refuse.deleted', { kind: tr.t(`noun.${kind}`) }));
  }
  return entity;
};

/** Order keys of live entities of `kind` that match `filter`, ascending. */
const orderKeys = (doc: Y.Doc, kind: Kind, filter: (entity: EntityMap) => boolean = () => true): string[] => {
  const keys: string[] = [];
  collection(doc, kind).forEach((entity) => {
    const order = entity.get('order');
    if (typeof order === 'string' && entity.get('deleted') !== true && filter(entity)) keys.push(order);
  });
  return keys.sort();
};

/** A fractional index after every live entity of `kind` matching `filter`. */
export const orderAtEnd = (doc: Y.Doc, kind: Kind, filter?: (entity: EntityMap) => boolean): string =>
  keyBetween(orderKeys(doc, kind, filter).at(-1) ?? null, null);

/**
 * Two peers appending at once compute the same key; ties sort by id. When such a tie leaves no room
 * between neighbours, we step just past the lower key.
 */
export const keyBetween = (a: string | null, b: string | null): string => {
  try {
    if (a !== null && b !== null && a >= b) return generateKeyBetween(a, null);
    return generateKeyBetween(a, b);
  } catch {
    return generateKeyBetween(null, null) + Date.now().toString(36);
  }
};

/** A change to a text: remove `remove` characters at `at`, and put `insert` there. */
export const TextSplice = z.object({ at: z.number().int().nonnegative(), remove: z.number().int().nonnegative(), insert: z.string() });
export type TextSplice = z.infer<typeof TextSplice>;

/**
 * Sets a prose field: to `value` (only the part that differs is replaced), or, from a keystroke, by a
 * `splice` the text box already worked out, so the change is not diffed a second time.
 */
export const editText = defineOperation(
  'editText',
  z
    .object({
      kind: z.enum(KIND_NAMES as [Kind, ...Kind[]]),
      id: entityId,
      field: z.string(),
      value: prose.optional(),
      splice: TextSplice.optional(),
      caret: z.number().int().nonnegative().optional(),
    })
    .refine((input) => (input.value === undefined) !== (input.splice === undefined), 'give either the new text or the change to it'),
  (doc, input) => {
    if (!isTextField(input.kind, input.field)) throw refuse((tr) => tr.t('refuse.notText', { field: input.field, kind: input.kind }));
    // Text may still be typed into a deleted entity: a co-lead deleting it must not swallow words being typed.
    const found = requireEntity(doc, input.kind, input.id, true).get(input.field);
    const text = found instanceof Y.Text ? found : new Y.Text();
    const { splice } = input;
    if (splice) {
      const length = found instanceof Y.Text ? text.length : 0;
      if (splice.at + splice.remove > length) throw refuse((tr) => tr.t('refuse.textMoved'));
      if (length - splice.remove + splice.insert.length > MAX_PROSE) throw refuse((tr) => tr.t('refuse.tooLong', { max: MAX_PROSE }));
    }
    return text;
  },
  (doc, input, _ctx, text) => {
    // An entity from an older version may lack the field: create it on first write.
    if (!text.doc) requireEntity(doc, input.kind, input.id, true).set(input.field, text);
    const { splice } = input;
    if (!splice) return replaceText(text, input.value ?? '', input.caret);
    if (splice.remove > 0) text.delete(splice.at, splice.remove);
    if (splice.insert) text.insert(splice.at, splice.insert);
  },
);

const deletableKind = z.enum(DELETABLE_KINDS as [DeletableKind, ...DeletableKind[]]);

/** Soft delete: the entity stays in the document (a concurrent edit to it is kept) and can be restored. */
export const deleteEntity = defineOperation(
  'deleteEntity',
  z.object({ kind: deletableKind, id: entityId }),
  (doc, input) => requireEntity(doc, input.kind, input.id),
  (_doc, _input, ctx, entity) => {
    requireCoLead(ctx, 'coLeadOnly.delete');
    entity.set('deleted', true);
    entity.set('deletedAt', ctx.now());
  },
);

export const restoreEntity = defineOperation(
  'restoreEntity',
  z.object({ kind: deletableKind, id: entityId }),
  (doc, input) => requireEntity(doc, input.kind, input.id, true),
  (_doc, _input, ctx, entity) => {
    requireCoLead(ctx, 'coLeadOnly.restore');
    entity.set('deleted', false);
    entity.delete('deletedAt');
  },
);

/** Moves an ordered entity between two neighbours (ids of entities of the same kind, or null for an end). */
export const moveEntity = defineOperation(
  'moveEntity',
  z.object({
    kind: z.enum(['people', 'projects', 'cycles', 'measures', 'actions', 'agenda']),
    id: entityId,
    after: entityId.nullable(),
    before: entityId.nullable(),
  }),
  (doc, input) => {
    const entity = requireEntity(doc, input.kind, input.id);
    const keyOf = (id: string | null): string | null => (id === null ? null : String(requireEntity(doc, input.kind, id).get('order')));
    return { entity, order: keyBetween(keyOf(input.after), keyOf(input.before)) };
  },
  (_doc, _input, _ctx, { entity, order }) => entity.set('order', order),
);
