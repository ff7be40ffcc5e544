import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { KINDS } from '../../src/core/doc/layout';

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

/**
 * The prose of every board this extension has in IndexedDB, read back with Yjs as a reopened board would
 * read it (a keystroke is a record of its own, so the raw bytes of a sentence need not sit together).
 */
/** A page of either driver (Playwright's Chromium, Puppeteer's Firefox): only its evaluate is used. */
interface Evaluates {
  evaluate<R>(run: () => Promise<R>): Promise<R>;
}
export const storedProse = async (page: Evaluates): Promise<string[]> => {
  const boards = await page.evaluate(async () => {
    const out: number[][][] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      if (db.objectStoreNames.contains('updates')) {
        const values = await new Promise<unknown[]>((resolve) => {
          const r = db.transaction('updates').objectStore('updates').getAll();
          r.onsuccess = () => resolve(r.result);
        });
        out.push(values.filter((v): v is Uint8Array => v instanceof Uint8Array).map((v) => Array.from(v)));
      }
      db.close();
    }
    return out;
  });
  const prose: string[] = [];
  for (const updates of boards) {
    const doc = new Y.Doc();
    for (const update of updates) Y.applyUpdate(doc, Uint8Array.from(update));
    for (const kind of Object.values(KINDS))
      doc.getMap<Y.Map<unknown>>(kind.map).forEach((entity) => {
        for (const field of kind.texts) {
          const text = entity.get(field);
          if (text instanceof Y.Text) prose.push(text.toString());
        }
      });
    doc.destroy();
  }
  return prose;
};
