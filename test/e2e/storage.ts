import * as Y from 'yjs';
import { KINDS } from '../../src/core/doc/layout';

/** A page of either driver (Playwright's Chromium, Puppeteer's Firefox): only its evaluate is used. */
interface Evaluates {
  evaluate<R>(run: () => Promise<R>): Promise<R>;
}
/** One record: bytes as numbers (they cross to the test as JSON), anything else as its JSON. */
type StoredValue = { bytes: number[] } | { json: string };
interface StoredRecords {
  store: string;
  values: StoredValue[];
}

/** Every record of every IndexedDB database this extension holds, read from any of its pages. */
const storedRecords = (page: Evaluates): Promise<StoredRecords[]> =>
  page.evaluate(async () => {
    const out: StoredRecords[] = [];
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
        out.push({ store, values: values.map((v) => (v instanceof Uint8Array ? { bytes: Array.from(v) } : { json: JSON.stringify(v) })) });
      }
      db.close();
    }
    return out;
  });

/**
 * Everything this extension holds in IndexedDB, as text (binary values decoded as UTF-8, which is how Yjs
 * stores strings): for asserting what reached storage.
 */
export const storedText = async (page: Evaluates): Promise<string> => {
  const decoder = new TextDecoder();
  return (await storedRecords(page)).flatMap(({ values }) => values.map((v) => ('bytes' in v ? decoder.decode(Uint8Array.from(v.bytes)) : v.json))).join('\n');
};

/**
 * The prose of every board this extension has in IndexedDB, read back with Yjs as a reopened board would
 * read it (a keystroke is a record of its own, so the raw bytes of a sentence need not sit together).
 */
export const storedProse = async (page: Evaluates): Promise<string[]> => {
  const prose: string[] = [];
  for (const { store, values } of await storedRecords(page)) {
    if (store !== 'updates') continue;
    const doc = new Y.Doc();
    for (const value of values) if ('bytes' in value) Y.applyUpdate(doc, Uint8Array.from(value.bytes));
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
