import * as Y from 'yjs';
import { z } from 'zod';
import { collection, metaMap, SCHEMA_VERSION, schemaVersionOf } from '../doc/layout';
import { toPlain } from '../doc/entity';
import { defineOperation } from '../ops/context';
import { readEntity } from '../read/entity';
import { COLLECTION_KEYS } from './format';
import { entityFromPlain } from './restore';
import { entityMemo } from '../doc/entityMemo';

/**
 * What a broken or hostile peer can do that a normal edit never does: remove entities outright (instead of
 * the soft delete), damage an entity (a field of the wrong type, a 7 MB field), or raise the schema
 * version. Compared with a good copy of the board kept by this browser, these are what `recoverFromCopy`
 * puts back. Normal edits made since the copy are left alone.
 */
export interface Damage {
  /** Entities in the good copy that are no longer in the board at all. */
  readonly removed: { kind: (typeof COLLECTION_KEYS)[number]; id: string }[];
  /** Entities that read fine in the copy and fail their schema now. */
  readonly damaged: { kind: (typeof COLLECTION_KEYS)[number]; id: string }[];
  /** The board claims a newer schema version than this app, and the copy did not. */
  readonly versionRaised: boolean;
}

const copyOf = (update: Uint8Array): Y.Doc => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
};

export const findDamage = (doc: Y.Doc, goodCopy: Uint8Array): Damage => damageCheck(goodCopy)(doc);

type CollectionKey = (typeof COLLECTION_KEYS)[number];
/** Whether an entity of the board reads through its schema now; by default it is read again. */
export type ReadsNow = (kind: CollectionKey, id: string, current: unknown) => boolean;

/** Whether an entity reads through its schema, remembered until it changes (see entityMemo). */
const readsFineNow = entityMemo((entity: Y.Map<unknown>, kind: CollectionKey, id: string) => readEntity(kind, id, entity).ok);

/**
 * A good copy read once, to look for damage as often as the board changes. The copy is decoded and read
 * through the schemas here; each look afterwards visits the copy's ids against the board, and `readsNow`
 * may answer from reads already made (the page's collection models). Decoding and reading both boards on
 * every look took 350 to 600 ms on the 2.2 MB bench board, once a second while a co-lead typed.
 */
export const damageCheck = (goodCopy: Uint8Array): ((doc: Y.Doc, readsNow?: ReadsNow) => Damage) => {
  const good = copyOf(goodCopy);
  const kinds = COLLECTION_KEYS.map((kind) => {
    const ids: string[] = [];
    const readable = new Set<string>();
    collection(good, kind).forEach((entity, id) => {
      ids.push(id);
      if (readEntity(kind, id, entity).ok) readable.add(id);
    });
    return { kind, ids, readable };
  });
  const goodVersion = schemaVersionOf(good) ?? 0;
  good.destroy();
  return (doc, readsNow = (kind, id, current) => (current instanceof Y.Map ? readsFineNow(doc, current, kind, id) : readEntity(kind, id, current).ok)) => {
    const removed: Damage['removed'][number][] = [];
    const damaged: Damage['damaged'][number][] = [];
    for (const { kind, ids, readable } of kinds) {
      const now = collection(doc, kind);
      for (const id of ids) {
        const current = now.get(id);
        if (current === undefined) removed.push({ kind, id });
        else if (readable.has(id) && !readsNow(kind, id, current)) damaged.push({ kind, id });
      }
    }
    const versionRaised = (schemaVersionOf(doc) ?? 0) > SCHEMA_VERSION && goodVersion <= SCHEMA_VERSION;
    return { removed, damaged, versionRaised };
  };
};

export const hasDamage = (damage: Damage): boolean => damage.removed.length + damage.damaged.length > 0 || damage.versionRaised;

/** Puts back what `findDamage` reports, from the good copy, in one transaction (one undo step). */
export const recoverFromCopy = defineOperation(
  'recoverFromCopy',
  z.object({ copy: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be a Yjs update') }),
  () => undefined,
  (doc, { copy }) => {
    const damage = findDamage(doc, copy);
    const good = copyOf(copy);
    for (const { kind, id } of [...damage.removed, ...damage.damaged]) {
      const plain = toPlain(collection(good, kind).get(id)!) as Record<string, unknown>;
      collection(doc, kind).set(id, entityFromPlain(kind, plain));
    }
    if (damage.versionRaised) metaMap(doc).set('schemaVersion', schemaVersionOf(good) ?? SCHEMA_VERSION);
    good.destroy();
    return { restored: damage.removed.length, repaired: damage.damaged.length, versionReset: damage.versionRaised };
  },
  { evenReadOnly: true },
);
