import * as Y from 'yjs';
import type { ExtensionBrowser } from '../test/e2e/browser';
import { median, toBase64, yjsInPage } from './browserData';
import { printLine } from './report';

/**
 * `open-large-board`: from navigation to the board being interactive, loading the large board from
 * IndexedDB. Baseline: decoding the same document with Y.applyUpdate in the same page.
 */
export const openLargeBoard = async (browser: ExtensionBrowser, boardId: string, doc: Y.Doc, runs = 5): Promise<void> => {
  const update = toBase64(Y.encodeStateAsUpdate(doc));
  const values: number[] = [];
  const baselines: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.page(`board.html#/b/${boardId}/projects`);
    await page.waitForFunction(() => performance.getEntriesByName('ubt:board-interactive').length > 0, undefined, { timeout: 60_000 });
    values.push(await page.evaluate(() => performance.getEntriesByName('ubt:board-interactive')[0]!.startTime));
    await yjsInPage(page);
    baselines.push(
      await page.evaluate((data) => {
        const Y = (globalThis as unknown as { __Y: typeof import('yjs') }).__Y;
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const start = performance.now();
        Y.applyUpdate(new Y.Doc(), bytes);
        return performance.now() - start;
      }, update),
    );
    await page.close();
  }
  printLine('open-large-board', 'time-to-interactive', median(values), median(baselines));
};
