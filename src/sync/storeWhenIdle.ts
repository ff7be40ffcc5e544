import * as Y from 'yjs';
import type { IndexeddbPersistence } from 'y-indexeddb';

const STORE_WITHIN_MS = 250;
/**
 * From this size an update from another page is applied without this replica's 'update' listeners, is
 * written as it came (not merged), and is written only by the replica that sent it.
 */
export const QUIET_APPLY_BYTES = 64 * 1024;
export const isLarge = (updates: readonly Uint8Array[]): boolean => updates.reduce((sum, u) => sum + u.byteLength, 0) >= QUIET_APPLY_BYTES;
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: STORE_WITHIN_MS });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
};

/**
 * y-indexeddb writes each update in its own IndexedDB transaction inside the transaction's 'update' event,
 * about half a millisecond each (bench: edit-to-peer, profiled). In a task that a page and its engine share
 * (one thread), that came before the update was posted to the other pages, sent to peers or drawn: on every
 * keystroke's way to a co-lead's screen, twice on each side.
 * Here the updates are written together once the thread is idle (at most STORE_WITHIN_MS later); flush,
 * destroy and the page being hidden write at once. A small update made in a page is also written by the
 * engine, and one from a peer by every page that holds the board; a large one only by the replica that
 * sends it (see the replica's `stored`).
 */
export const storeWhenIdle = (doc: Y.Doc, persistence: IndexeddbPersistence) => {
  let queued: Uint8Array[] = [];
  let cancel: (() => void) | null = null;
  const drain = () => {
    cancel?.();
    cancel = null;
    if (queued.length === 0) return;
    const updates = queued;
    queued = [];
    // Keystrokes are merged into one record; large updates (a catch-up's entries) are written as they
    // came, since merging would read and write every byte of them again.
    if (isLarge(updates)) for (const update of updates) persistence._storeUpdate(update, null);
    else persistence._storeUpdate(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates), null);
  };
  const listener = (update: Uint8Array, origin: unknown) => {
    if (origin === persistence) return;
    queued.push(update);
    cancel ??= whenIdle(drain);
  };
  const onHidden = () => drain();
  if (typeof addEventListener === 'function') addEventListener('pagehide', onHidden);
  return {
    listener,
    drain,
    /** Stops writing: what is queued is written first when `keep`, or dropped (the copy is being deleted). */
    close: (keep: boolean) => {
      if (keep) drain();
      queued = [];
      cancel?.();
      cancel = null;
      doc.off('update', listener);
      if (typeof removeEventListener === 'function') removeEventListener('pagehide', onHidden);
    },
  };
};
