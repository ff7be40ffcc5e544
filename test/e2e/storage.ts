import type { Page } from 'playwright-core';

/**
 * Everything this extension holds in IndexedDB, as text (binary values decoded as UTF-8, which is how Yjs
 * stores strings): for asserting what reached storage, read from any of the extension's pages.
 */
export const storedText = (page: Page): Promise<string> =>
  page.evaluate(async () => {
    const out: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const values = await new Promise<unknown[]>((resolve) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result);
        });
        for (const v of values) out.push(v instanceof Uint8Array ? new TextDecoder().decode(v) : JSON.stringify(v));
      }
      db.close();
    }
    return out.join('\n');
  });
