import { keyValueStore } from '../idb';

/**
 * What the engine remembers about each board's relay, in IndexedDB (`ubt-relay`, store `links`, key
 * `BOARD URL`), so a closed browser or a stopped engine resumes where it was: the last sequence number
 * seen, the state vector the relay is known to hold, whether local edits still wait to be sent, and when
 * the relay last confirmed it has everything. The edits themselves wait in the board's own IndexedDB.
 */
export interface SavedLink {
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

const { run } = keyValueStore(DB, STORE);

const key = (boardId: string, url: string) => `${boardId} ${url}`;

export const loadSavedLink = async (boardId: string, url: string, roomId: string): Promise<SavedLink> => {
  const stored = (await run<SavedLink | undefined>('readonly', (store) => store.get(key(boardId, url)) as IDBRequest<SavedLink | undefined>)) ?? null;
  if (stored && stored.roomId === roomId && stored.relayStateVector instanceof Uint8Array) return stored;
  // A new room (first use, or the secret was rotated): the relay holds nothing of ours yet.
  return { roomId, since: 0, relayStateVector: new Uint8Array([0]), dirty: false, lastSyncAt: null };
};

export const saveSavedLink = async (boardId: string, url: string, state: SavedLink): Promise<void> => {
  await run('readwrite', (store) => {
    store.put({ ...state }, key(boardId, url));
    return undefined;
  });
};

export const forgetSavedLinks = async (boardId: string): Promise<void> => {
  await run('readwrite', (store) => {
    store.delete(IDBKeyRange.bound(`${boardId} `, `${boardId} \uffff`));
    return undefined;
  });
};
