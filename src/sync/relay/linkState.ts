/**
 * What the engine remembers about each board's relay, in IndexedDB (`ubt-relay`, store `links`, key
 * `BOARD URL`), so a closed browser or a stopped engine resumes where it was: the last sequence number
 * seen, the state vector the relay is known to hold, whether local edits still wait to be sent, and when
 * the relay last confirmed it has everything. The edits themselves wait in the board's own IndexedDB.
 */
export interface LinkState {
  roomId: string;
  /** Every entry up to here has been received (or was ours). */
  since: number;
  /** Yjs state vector of what the relay is known to hold. */
  relayStateVector: Uint8Array;
  /** A local edit happened that no acknowledged push has carried yet. */
  dirty: boolean;
  lastSyncAt: number | null;
}

const DB = 'ubt-relay';
const STORE = 'links';

let opening: Promise<IDBDatabase> | null = null;
const database = (): Promise<IDBDatabase> =>
  (opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onclose = () => {
        opening = null;
      };
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error);
    };
  }));

const run = async <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T> | undefined): Promise<T | undefined> => {
  const db = await database();
  return new Promise<T | undefined>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = action(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request ? request.result : undefined);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
};

const key = (boardId: string, url: string) => `${boardId} ${url}`;

export const loadLinkState = async (boardId: string, url: string, roomId: string): Promise<LinkState> => {
  const stored = (await run<LinkState | undefined>('readonly', (store) => store.get(key(boardId, url)) as IDBRequest<LinkState | undefined>)) ?? null;
  if (stored && stored.roomId === roomId && stored.relayStateVector instanceof Uint8Array) return stored;
  // A new room (first use, or the secret was rotated): the relay holds nothing of ours yet.
  return { roomId, since: 0, relayStateVector: new Uint8Array([0]), dirty: false, lastSyncAt: null };
};

export const saveLinkState = async (boardId: string, url: string, state: LinkState): Promise<void> => {
  await run('readwrite', (store) => {
    store.put({ ...state }, key(boardId, url));
    return undefined;
  });
};

export const forgetLinkStates = async (boardId: string): Promise<void> => {
  await run('readwrite', (store) => {
    store.delete(IDBKeyRange.bound(`${boardId} `, `${boardId} \uffff`));
    return undefined;
  });
};
