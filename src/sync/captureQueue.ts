import { Capture } from '../core/capture/schema';
import { keyValueStore } from './idb';

/**
 * Captures waiting to reach their board: an IndexedDB store of the extension's origin, shared by the
 * background (which writes a capture the moment the person presses Save) and the sync engine (which
 * applies it to the board and only then removes it). Survives a closed browser and a stopped worker.
 */
const DB = 'ubt-captures';
const STORE = 'queue';

// Each run resolves on commit, not on success: the capture must be on disk before we say "Saved".
const { run } = keyValueStore(DB, STORE, { keyPath: 'id' });

/** Stores a capture durably. Putting the same capture twice keeps one (the id is the key). */
export const enqueueCapture = async (capture: Capture): Promise<void> => {
  await run('readwrite', (store) => store.put(Capture.parse(capture)));
};

/** Captures still waiting, oldest first; entries that fail validation are returned separately. */
export const pendingCaptures = async (): Promise<{ valid: Capture[]; invalid: string[] }> => {
  const all = (await run('readonly', (store) => store.getAll())) ?? [];
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
