import * as Y from 'yjs';
import { changesSomething } from '../core/doc/transaction';

/**
 * Applies updates into `doc` in one transaction and hands each of the document's 'update' listeners the
 * updates themselves, as if each had been a transaction of its own. Yjs writes an update message for any
 * transaction while the document has an 'update' listener: for a board joined from the relay (2.2 MB) the
 * engine spent about 80 ms writing out again what it had just read (bench relay-catch-up, profiled), and
 * every listener (the replica, y-webrtc, the relay link) only passes bytes on.
 *
 * The listeners are held back only while the updates apply (lib0's `_observers`, which Yjs itself reads to
 * decide). When anything else changed the document meanwhile (an observer's edit) or an update did not
 * apply whole, they are given instead one update of everything the document gained, as Yjs would have.
 * Returns the indexes of the updates that could not be read.
 */
export const applyPassingOn = (doc: Y.Doc, updates: readonly Uint8Array[], origin: unknown, onBroken: (index: number, error: unknown) => void): number[] => {
  const before = Y.encodeStateVector(doc);
  const broken: number[] = [];
  // The first transaction to end is this one; any other that changed something was made meanwhile.
  let ours: Y.Transaction | null = null;
  let others = false;
  const notice = (transaction: Y.Transaction) => {
    if (ours === null) ours = transaction;
    else if (transaction !== ours && changesSomething(transaction)) others = true;
  };
  const listeners = doc._observers.get('update') as Set<(...args: unknown[]) => void> | undefined;
  doc._observers.delete('update');
  doc.on('afterTransaction', notice);
  try {
    doc.transact(() => {
      for (const [i, update] of updates.entries()) {
        try {
          Y.applyUpdate(doc, update, origin);
        } catch (error) {
          broken.push(i);
          onBroken(i, error);
        }
      }
    }, origin);
  } finally {
    doc.off('afterTransaction', notice);
    // A listener added meanwhile (by an observer) joins the ones held back.
    const added = doc._observers.get('update') as Set<(...args: unknown[]) => void> | undefined;
    if (listeners) {
      for (const listener of added ?? []) listeners.add(listener);
      doc._observers.set('update', listeners);
    }
  }
  const passOn = others || broken.length > 0 ? [Y.encodeStateAsUpdate(doc, before)] : updates;
  const done: (() => void)[] = [];
  passing = done;
  try {
    for (const update of passOn) doc.emit('update', [update, origin, doc, null as unknown as Y.Transaction]);
  } finally {
    passing = null;
    for (const then of done) then();
  }
  return broken;
};

let passing: (() => void)[] | null = null;

/**
 * For a listener that sends what it is given (the replica, to the other pages): while applyPassingOn hands
 * updates on, `then` is kept and run once all of them have been, in the same task, so they can go as one
 * message; returns false (and keeps nothing) at any other time, when the listener sends at once.
 */
export const whenPassedOn = (then: () => void): boolean => {
  if (!passing) return false;
  passing.push(then);
  return true;
};
