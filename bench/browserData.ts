import * as Y from 'yjs';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { defaultContext, registerBoard } from '../src/core';
import { toBase64 } from '../src/core/text/bytes';

export { toBase64 };

/** A library document listing the given boards, as the extension stores it. */
export const boardListUpdate = (boards: { id: string; name: string }[]): Uint8Array => {
  const doc = new Y.Doc();
  for (const board of boards) registerBoard(doc, board, defaultContext());
  return Y.encodeStateAsUpdate(doc);
};

/**
 * Writes a Yjs update into the extension's IndexedDB in y-indexeddb's layout (an `updates` store with
 * auto-increment keys and a `custom` store), as if the board had been saved there earlier.
 */
export const seedIndexedDb = async (page: Page, name: string, update: Uint8Array): Promise<void> => {
  await page.evaluate(
    async ({ name, data }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('updates', { autoIncrement: true });
          request.result.createObjectStore('custom');
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('updates', 'readwrite');
        tx.objectStore('updates').add(bytes);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name, data: toBase64(update) },
  );
};

const bundles = new Map<string, Promise<string>>();
const bundle = (contents: string): Promise<string> => {
  let code = bundles.get(contents);
  if (!code) {
    code = build({
      stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      minify: true,
      define: { global: 'globalThis' },
      // simple-peer's stream dependencies expect Node's `process`.
      banner: { js: 'globalThis.process ??= { env: {}, browser: true, version: "", nextTick: (f, ...a) => queueMicrotask(() => f(...a)) };' },
      logLevel: 'error',
    }).then((result) => result.outputFiles[0]!.text);
    bundles.set(contents, code);
  }
  return code;
};

/** Yjs as a script that sets `globalThis.__Y`, to time a plain decode inside the same page. */
export const yjsInPage = async (page: Page): Promise<void> => {
  await page.evaluate(await bundle("import * as Y from 'yjs'; globalThis.__Y = Y;"));
};

/** Yjs and y-webrtc in the page (`__Y`, `__WebrtcProvider`), to measure raw y-webrtc latency. */
export const yWebrtcInPage = async (page: Page): Promise<void> => {
  await page.evaluate(
    await bundle("import * as Y from 'yjs'; import { WebrtcProvider } from 'y-webrtc'; globalThis.__Y = Y; globalThis.__WebrtcProvider = WebrtcProvider;"),
  );
};

export const median = (values: number[]): number => quantile(values, 0.5);
export const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
};

/**
 * The floor for loading a board: Y.applyUpdate of `update` (base64) into a new document in `page`, in ms.
 * `warm` decodes once first and times the second decode.
 */
/**
 * The fair floor of a view (issue 27): decoding the same state, then drawing the same items as a plain
 * static list (every live idea's text; every measure with its values) and laying it out. Warm, like the
 * decode baseline: the median of three runs after a first one (until December 2026 one run after the first;
 * a single sample moved by a third between bench runs).
 */
export const staticListTimeInPage = async (page: Page, update: string, what: 'ideas' | 'measures'): Promise<number> => {
  await yjsInPage(page);
  return page.evaluate(
    ({ data, what }) => {
      const Y = (globalThis as unknown as { __Y: typeof import('yjs') }).__Y;
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      // Four times, the median of the last three (warm) kept; no inner function, which tsx would name with a
      // helper the page lacks.
      const took: number[] = [];
      for (let run = 0; run < 4; run++) {
        const start = performance.now();
        const doc = new Y.Doc();
        Y.applyUpdate(doc, bytes);
        const list = document.createElement('ul');
        if (what === 'ideas') {
          for (const idea of doc.getMap<import('yjs').Map<unknown>>('ideas').values()) {
            if (idea.get('deleted') === true) continue;
            const item = document.createElement('li');
            item.textContent = String(idea.get('text') ?? '');
            list.append(item);
          }
        } else {
          const values = new Map<string, number[]>();
          for (const point of doc.getMap<import('yjs').Map<unknown>>('points').values()) {
            const measureId = String(point.get('measureId'));
            values.set(measureId, [...(values.get(measureId) ?? []), Number(point.get('value'))]);
          }
          for (const [id, measure] of doc.getMap<import('yjs').Map<unknown>>('measures').entries()) {
            const item = document.createElement('li');
            item.textContent = `${String(measure.get('name'))}: ${(values.get(id) ?? []).join(', ')}`;
            list.append(item);
          }
        }
        document.body.append(list);
        void list.offsetHeight;
        if (run > 0) took.push(performance.now() - start);
        list.remove();
      }
      return took.sort((a, b) => a - b)[1]!;
    },
    { data: update, what },
  );
};

export const decodeTimeInPage = async (page: Page, update: string, warm = false): Promise<number> => {
  await yjsInPage(page);
  return page.evaluate(
    ({ data, warm }) => {
      const Y = (globalThis as unknown as { __Y: typeof import('yjs') }).__Y;
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      if (warm) Y.applyUpdate(new Y.Doc(), bytes);
      const start = performance.now();
      Y.applyUpdate(new Y.Doc(), bytes);
      return performance.now() - start;
    },
    { data: update, warm },
  );
};
