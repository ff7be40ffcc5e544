import { Capture } from '../core/capture/schema';

/**
 * Captures waiting to reach their board: an IndexedDB store of the extension's origin, shared by the
 * background (which writes a capture the moment the person presses Save) and the sync engine (which
 * applies it to the board and only then removes it). Survives a closed browser and a stopped worker.
 */
const DB = 'ubt-captures';
const STORE = 'queue';

const open = (): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      // Resolve on commit, not on success: the capture must be on disk before we say "Saved".
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('The capture queue transaction was aborted.'));
    });
  } finally {
    db.close();
  }
};

/** Stores a capture durably. Putting the same capture twice keeps one (the id is the key). */
export const enqueueCapture = async (capture: Capture): Promise<void> => {
  await run('readwrite', (store) => store.put(Capture.parse(capture)));
};

/** Captures still waiting, oldest first; entries that fail validation are returned separately. */
export const pendingCaptures = async (): Promise<{ valid: Capture[]; invalid: string[] }> => {
  const all = await run('readonly', (store) => store.getAll());
  const valid: Capture[] = [];
  const invalid: string[] = [];
  for (const entry of all as unknown[]) {
    const parsed = Capture.safeParse(entry);
    if (parsed.success) valid.push(parsed.data);
    else invalid.push(String((entry as { id?: unknown })?.id ?? '?'));
  }
  return { valid: valid.sort((a, b) => a.createdAt - b.createdAt), invalid };
};

export const removeCapture = async (id: string): Promise<void> => {
  await run('readwrite', (store) => store.delete(id));
};
