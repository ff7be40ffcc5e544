import type * as Y from 'yjs';

/**
 * A value worked out from one entity's Y.Map, remembered until a transaction changes that map or anything
 * inside it (Yjs lists both in the transaction's changed parent types). Comparing a large board with a kept
 * copy again and again then costs only what changed since the last time. `rest` (the entity's kind and id)
 * must follow from the map itself: a Y.Map is in one place only.
 */
export const entityMemo = <T, A extends unknown[] = []>(compute: (entity: Y.Map<unknown>, ...rest: A) => T) => {
  const docs = new WeakMap<Y.Doc, WeakMap<object, T>>();
  const forDoc = (doc: Y.Doc): WeakMap<object, T> => {
    const known = docs.get(doc);
    if (known) return known;
    const made = new WeakMap<object, T>();
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      // Every changed type and each of its parents (a deleted type is not listed: it is gone).
      for (const type of transaction.changedParentTypes.keys()) made.delete(type);
    });
    docs.set(doc, made);
    return made;
  };
  return (doc: Y.Doc, entity: Y.Map<unknown>, ...rest: A): T => {
    const known = forDoc(doc);
    if (known.has(entity)) return known.get(entity)!;
    const value = compute(entity, ...rest);
    known.set(entity, value);
    return value;
  };
};
