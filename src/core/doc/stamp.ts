import * as Y from 'yjs';
import { KIND_NAMES, KINDS } from './layout';

/** Typing keeps `updatedAt` fresh to the minute, not to the keystroke. */
const RESOLUTION_MS = 60_000;
const COLLECTIONS = new Set<string>(KIND_NAMES.map((kind) => KINDS[kind].map));

/**
 * Sets `updatedAt` on every entity the transaction changed, so reports can ask "what changed since…".
 * Works for any operation: it looks at the changed shared types and walks up to their entity.
 */
export const stampUpdated = (doc: Y.Doc, transaction: Y.Transaction, now: number): void => {
  const touched = new Set<Y.Map<unknown>>();
  for (const type of transaction.changed.keys()) {
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
  }
};

const isCollection = (doc: Y.Doc, type: Y.AbstractType<unknown>): boolean => {
  for (const name of COLLECTIONS) if (doc.share.get(name) === type) return true;
  return false;
};
