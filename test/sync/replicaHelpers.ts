import 'fake-indexeddb/auto';

export const waitFor = async (check: () => boolean, ms = 2000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** The byte length of every record a board's y-indexeddb database holds. */
export const storedRecords = (name: string): Promise<number[]> =>
  new Promise((resolve) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      const all = open.result.transaction('updates').objectStore('updates').getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve((all.result as Uint8Array[]).map((u) => u.byteLength));
      };
    };
  });
