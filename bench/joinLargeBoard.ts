import * as Y from 'yjs';
import { launchExtension } from '../test/e2e/browser';
import { configure } from '../test/e2e/flows';
import { seedSharedBoard } from '../test/e2e/seed';
import { startServer } from '../src/server/server';
import { decodeTimeInPage, median, toBase64 } from './browserData';
import { printLine } from './report';
import { webrtcJoinFloor } from './floors';

/**
 * Done on the first frame where the header says "Connected to 1 peer" and the board is on screen: since
 * the fix for large messages, that means the whole board has arrived and been applied. (No named inner
 * functions: tsx would put its `__name` helper into the page.)
 */
const WHOLE_BOARD = () =>
  (document.querySelector('.presence .status-pill') as HTMLElement | null)?.dataset.state === 'connected' && !document.getElementById('waiting-title');

/**
 * `join-large-board`: a new co-lead joins the benchmark's large board (2.2 MB) from a co-lead who has it,
 * over a real WebRTC data channel between two Chromium processes. Baseline: a WebRTC connection made from
 * scratch between the same two pages, the same bytes over its data channel and Y.applyUpdate (floors.ts).
 */
export const joinLargeBoard = async (doc: Y.Doc, runs = 3): Promise<void> => {
  const server = await startServer({ port: 0 });
  const holder = await launchExtension();
  const profile = holder.profileDir;
  const invite = await seedSharedBoard(holder, { id: 'large-board', name: 'Large Board Team', doc });
  await holder.close();
  const a = await launchExtension(profile);
  const update = toBase64(Y.encodeStateAsUpdate(doc));
  const values: number[] = [];
  const baselines: number[] = [];
  const floors: number[] = [];
  try {
    await configure(a, { name: 'Ana', role: 'manager-co-lead', signalling: server.url });
    const pageA = await a.page('board.html#/b/large-board/projects');
    await pageA.getByRole('heading', { name: 'Projects', level: 1 }).waitFor();
    for (let i = 0; i < runs; i++) {
      const b = await launchExtension();
      try {
        await configure(b, { name: `Ben ${i}`, role: 'union-co-lead', signalling: server.url });
        const page = await b.page('board.html');
        await page.getByLabel('Invite link or code').first().fill(invite);
        const start = performance.now();
        await page.getByRole('button', { name: 'Join board' }).first().click();
        await page.waitForFunction(WHOLE_BOARD, undefined, { polling: 'raf', timeout: 120_000 });
        values.push(performance.now() - start);
        baselines.push(await decodeTimeInPage(page, update));
        floors.push(await webrtcJoinFloor(pageA, page, update));
      } finally {
        await b.dispose();
      }
    }
  } finally {
    await a.dispose();
    await server.close();
  }
  // The fair floor (issue 27): WebRTC connect, the same bytes over a data channel, apply. The old floor,
  // apply alone, stays beside it so the change of baseline is visible.
  printLine('join-large-board', 'time-to-whole-board', median(values), median(floors));
  printLine('join-large-board', 'time-to-whole-board-vs-apply', median(values), median(baselines));
};
