import * as Y from 'yjs';
import { KIND_NAMES, KINDS } from './layout';

/** Typing keeps `updatedAt` fresh to the minute, not to the keystroke. */
const RESOLUTION_MS = 60_000;
const COLLECTIONS = new Set<string>(KIND_NAMES.map((kind) => KINDS[kind].map));

/**
 * Sets `updatedAt` (and `updatedBy`, the name of whoever made the change, when known) on every entity the
 * transaction changed, so reports and meetings can ask "what changed since…, and who changed it".
 * Works for any operation: it looks at the changed shared types and walks up to their entity.
 */
export const stampUpdated = (doc: Y.Doc, transaction: Y.Transaction, now: number, actor?: string): void => {
  const touched = new Set<Y.Map<unknown>>();
  for (const [type, keys] of transaction.changed) {
    // An entity added to a collection counts as changed by whoever added it.
    if (!type._item && isCollection(doc, type as Y.AbstractType<unknown>)) {
      for (const key of keys) {
        const entity = (type as unknown as Y.Map<unknown>).get(key as string);
        if (!(entity instanceof Y.Map) || !actor) continue;
        if (!entity.has('createdBy')) entity.set('createdBy', actor);
        entity.set('updatedBy', actor);
      }
      continue;
    }
    let current: Y.AbstractType<unknown> | null = type as Y.AbstractType<unknown>;
    while (current) {
      const parent = current._item?.parent as Y.AbstractType<unknown> | undefined;
      if (!parent) break;
      if (!parent._item && isCollection(doc, parent) && current instanceof Y.Map) {
        touched.add(current as Y.Map<unknown>);
        break;
      }
      current = parent;
    }
  }
  for (const entity of touched) {
    const previous = entity.get('updatedAt');
    if (typeof previous !== 'number' || now - previous >= RESOLUTION_MS) entity.set('updatedAt', now);
    if (actor && entity.get('updatedBy') !== actor) entity.set('updatedBy', actor);
  }
};

const isCollection = (doc: Y.Doc, type: Y.AbstractType<unknown>): boolean => {
  for (const name of COLLECTIONS) if (doc.share.get(name) === type) return true;
  return false;
};
