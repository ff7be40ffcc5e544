import * as Y from 'yjs';
import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import { ReplicaMessage } from './messages';
import { boardDbName } from './names';
import { whenPassedOn } from './applyPassingOn';
import { openLocalChannel } from './localChannel';
import { isLarge, QUIET_APPLY_BYTES, storeWhenIdle } from './storeWhenIdle';
import { changesSomething } from '../core';

export interface Replica {
  /** Resolves once the document holds everything stored in this browser. */
  readonly whenLoaded: Promise<void>;
  /** Whether `whenLoaded` has resolved: only then does an empty document mean this browser stores nothing of it. */
  isLoaded(): boolean;
  /** Origin of updates that arrived from another page, so undo never touches them. */
  readonly remoteOrigin: object;
  onDeleted(listener: () => void): void;
  /** Resolves once every update made so far is committed to IndexedDB. */
  flush(): Promise<void>;
  /**
   * Writes the document as one record in place of the ones stored, when two or more of them are large:
   * before December 2026 every page wrote a large update it received as well as its sender, and a board
   * joined with its page open was kept twice and applied twice at every opening. Resolves true when it did.
   */
  compactIfDuplicated(): Promise<boolean>;
  /** Deletes the local copy of the document from this browser and tells every other page. */
  deleteLocalCopy(): Promise<void>;
  destroy(): void;
}

/**
 * Keeps `doc` in IndexedDB (y-indexeddb) and in step with every other extension page that holds the same
 * document, through a BroadcastChannel (between a page and the engine on one thread, handed straight:
 * localChannel). Each page persists the small updates it receives too, so nothing depends on which page
 * is open; a large one is written by the page that sends it, at once (`stored`).
 * IndexedDB de-duplicates nothing but y-indexeddb compacts every 500 updates.
 */
export const openReplica = (name: string, doc: Y.Doc, log: (message: string) => void = console.warn): Replica => {
  const persistence = new IndexeddbPersistence(name, doc);
  const store = storeWhenIdle(doc, persistence);
  const loading = quietWhileLoading(doc, persistence, store.listener);
  const channel = openLocalChannel(`ubt:${name}`);
  const me = Math.random().toString(36).slice(2);
  const remoteOrigin = { replica: name, remote: true };
  const deletedListeners = new Set<() => void>();
  let closed = false;

  const post = (message: ReplicaMessage) => {
    if (!closed) channel.postMessage(message);
  };
  let listening = false;
  const apply = (updates: readonly Uint8Array[], stored = false) => {
    // Yjs writes an update message for a transaction only when the document has an 'update' listener. This
    // replica's two need none for what another page sent (it is not posted back; the bytes as they came are
    // stored), so for a large update they are off while it applies: a board joined from the relay (2.2 MB)
    // took 75 ms to encode again in the page (bench relay-catch-up, profiled).
    // An edit made while it applies (by an observer) is noticed, and sent and stored after it.
    const quiet = listening && isLarge(updates);
    const before = quiet ? Y.encodeStateVector(doc) : null;
    let madeHere = false;
    const notice = (transaction: Y.Transaction) => {
      if (transaction.origin !== remoteOrigin && changesSomething(transaction)) madeHere = true;
    };
    if (quiet) {
      doc.off('update', store.listener);
      doc.off('update', onUpdate);
      doc.on('afterTransaction', notice);
    }
    try {
      if (updates.length === 1) Y.applyUpdate(doc, updates[0]!, remoteOrigin);
      else
        doc.transact(() => {
          for (const update of updates) Y.applyUpdate(doc, update, remoteOrigin);
        }, remoteOrigin);
      if (quiet && !stored) for (const update of updates) store.listener(update, remoteOrigin);
    } catch (error) {
      log(`Ignored a broken update from another page: ${String(error)}`);
      // What did apply of it is stored with the whole state.
      if (quiet) void storeState(persistence, true);
    } finally {
      if (quiet) {
        doc.off('afterTransaction', notice);
        if (!closed) {
          doc.on('update', store.listener);
          doc.on('update', onUpdate);
        }
        if (madeHere && before) {
          const missed = Y.encodeStateAsUpdate(doc, before);
          store.listener(missed, null);
          post({ type: 'update', from: me, update: missed });
        }
      }
    }
  };

  // An update goes to the other pages at once (the engine's status, sent after it on another channel, must
  // not arrive first). The entries of a catch-up handed on one by one (applyPassingOn) go in one message,
  // applied there in one transaction: not one transaction and one drawing of the board per entry.
  // A large one is written here at once and sent marked `stored`: every replica writing what it received
  // too left a board joined from the relay twice in IndexedDB (2 × 2.3 MB), and each later opening read
  // and applied both (the second apply ~100 ms, bench board). Small ones (keystrokes) are written by both
  // sides, once the thread is idle, so a page that is gone before its write still has the engine's.
  let outgoing: Uint8Array[] = [];
  const sendOutgoing = () => {
    const updates = outgoing;
    outgoing = [];
    if (updates.length === 0) return;
    const large = isLarge(updates);
    if (large) store.drain();
    const stored = large ? { stored: true as const } : {};
    if (updates.length === 1) post({ type: 'update', from: me, update: updates[0]!, ...stored });
    else post({ type: 'updates', from: me, updates, ...stored });
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === remoteOrigin || origin === persistence) return;
    if (outgoing.push(update) === 1 && !whenPassedOn(sendOutgoing)) sendOutgoing();
  };

  channel.onmessage = (event) => {
    const parsed = ReplicaMessage.safeParse(event.data);
    if (!parsed.success) return log(`Ignored a malformed message on ${name}: ${parsed.error.issues[0]?.message}`);
    const message = parsed.data;
    if (message.from === me) return;
    switch (message.type) {
      case 'hello':
        post({ type: 'state', from: me, to: message.from, update: Y.encodeStateAsUpdate(doc, message.stateVector), stateVector: Y.encodeStateVector(doc) });
        break;
      case 'state':
        if (message.to !== me) return;
        apply([message.update]);
        // Send back what the other page lacks, so both sides end equal after one round trip.
        post({ type: 'update', from: me, update: Y.encodeStateAsUpdate(doc, message.stateVector) });
        break;
      case 'update':
        apply([message.update], message.stored);
        break;
      case 'updates':
        apply(message.updates, message.stored);
        break;
      case 'deleted':
        for (const listener of deletedListeners) listener();
        break;
    }
  };

  // Listened to once loaded: what changed before reaches the other pages through the hello's round trip.
  let loaded = false;
  const whenLoaded = loading.then(() => {
    loaded = true;
    if (closed) return;
    doc.on('update', onUpdate);
    listening = true;
    post({ type: 'hello', from: me, stateVector: Y.encodeStateVector(doc) });
  });

  const destroy = () => {
    if (closed) return;
    sendOutgoing();
    closed = true;
    doc.off('update', onUpdate);
    channel.close();
    store.close(true);
    void persistence.destroy();
  };

  return {
    whenLoaded,
    isLoaded: () => loaded,
    remoteOrigin,
    // y-indexeddb writes each update in its own readwrite transaction as it happens. A transaction created
    // later on the same store starts only after those have finished (IndexedDB orders overlapping
    // transactions), so its completion means the earlier writes are on disk.
    flush: async () => {
      await whenLoaded;
      store.drain();
      const db = persistence.db;
      if (!db) return;
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['updates'], 'readonly');
        tx.objectStore('updates').count();
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    },
    onDeleted: (listener) => void deletedListeners.add(listener),
    compactIfDuplicated: async () => {
      await whenLoaded;
      const db = persistence.db;
      if (closed || !db) return false;
      const sizes = await new Promise<number[]>((resolve, reject) => {
        const request = db.transaction(['updates'], 'readonly').objectStore('updates').getAll();
        request.onsuccess = () => resolve((request.result as Uint8Array[]).map((u) => u.byteLength));
        request.onerror = () => reject(request.error);
      });
      if (closed || sizes.filter((size) => size >= QUIET_APPLY_BYTES).length < 2) return false;
      // y-indexeddb's own compaction: it reads the records, writes the whole state, and deletes only the
      // records it read, so a write made meanwhile is kept.
      await storeState(persistence, true);
      return true;
    },
    deleteLocalCopy: async () => {
      post({ type: 'deleted', from: me });
      closed = true;
      doc.off('update', onUpdate);
      channel.close();
      store.close(false);
      await persistence.clearData();
    },
    destroy,
  };
};

/** A board's document opened from this browser's storage, with its replica; `release` closes both. */
export interface BoardDocument {
  readonly doc: Y.Doc;
  readonly replica: Replica;
  /** Closes the replica and the document, after `delayMs` so other pages can still receive the last update. */
  release(delayMs?: number): void;
}

export const openBoardDocument = (boardId: string, log?: (message: string) => void): BoardDocument => {
  const doc = new Y.Doc();
  const replica = openReplica(boardDbName(boardId), doc, log);
  let released = false;
  return {
    doc,
    replica,
    release: (delayMs = 0) => {
      if (released) return;
      released = true;
      const close = () => {
        replica.destroy();
        doc.destroy();
      };
      if (delayMs > 0) setTimeout(close, delayMs);
      else close();
    },
  };
};

/**
 * Opens a board's document, waits for what this browser stores, runs `use`, waits until its writes are on
 * disk, and releases the document whatever happens: the one way to touch a board that no page holds open.
 */
export const withBoardDocument = async <T>(boardId: string, use: (board: BoardDocument) => T | Promise<T>, log?: (message: string) => void): Promise<T> => {
  const board = openBoardDocument(boardId, log);
  try {
    await board.replica.whenLoaded;
    const result = await use(board);
    await board.replica.flush();
    return result;
  } finally {
    board.release();
  }
};

/**
 * Loads a board without an 'update' listener on its document. Yjs writes an update message for every
 * transaction that has a listener; y-indexeddb's own one ignores its loading transaction, yet that message
 * was a tenth of the time to open a large board (bench: open-large-board, profiled). y-indexeddb's listener
 * is put back once loaded. y-indexeddb stores the document's state when its database opens, before loading;
 * a change made after that and before the load ends is noticed here (without an update message) and the
 * whole state is stored once, so nothing made while loading is left out of IndexedDB.
 */
const quietWhileLoading = (doc: Y.Doc, persistence: IndexeddbPersistence, store: (update: Uint8Array, origin: unknown) => void): Promise<void> => {
  doc.off('update', persistence._storeUpdate);
  let changed = false;
  const notice = (transaction: Y.Transaction) => {
    if (transaction.origin !== persistence && persistence.db) changed ||= changesSomething(transaction);
  };
  doc.on('afterTransaction', notice);
  return persistence.whenSynced.then(async () => {
    doc.off('afterTransaction', notice);
    if (persistence._destroyed) return;
    doc.on('update', store);
    if (changed) await storeState(persistence, true);
  });
};
