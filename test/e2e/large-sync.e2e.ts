import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { browsersPerTest, engineLog, newProfileDir, recordEngineLog, type ExtensionBrowser } from './browser';
import { configure, goTo, joinThroughUi, statusText, CONNECTED_TO_ONE } from './flows';
import { seedSharedBoard } from './seed';
import { startServer, type UbtServer } from '../../src/server/server';
import { buildLargeBoard } from '../../bench/largeBoard';
import { buildBoardOfSize } from '../fixtures/bigBoards';

/**
 * Boards and batches far above a WebRTC data channel's message limit (about 256 KiB in Chromium) between two
 * co-leads in two Chromium processes: every one must arrive whole, and the header must tell the truth.
 */
let server: UbtServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => server?.close());
const browsers = browsersPerTest(afterEach);
let last: { pageA: Page; pageB: Page } | null = null;
// Registered after the browsers' hook, so it runs before they close (after-hooks run last first). On a failure, the engines' logs say what the sync did.
afterEach(async (context) => {
  if (last && context.task.result?.state === 'fail') {
    for (const [name, page] of Object.entries(last)) console.error(`engine log of ${name}:\n${(await engineLog(page).catch(() => [])).join('\n')}`);
  }
  last = null;
});
const poll = expect.poll;

interface Joined {
  a: ExtensionBrowser;
  b: ExtensionBrowser;
  pageA: Page;
  pageB: Page;
  profileB: string;
}

/** Co-lead A holds `doc` as a shared board (seeded, then the browser restarted); B joins with the invite. */
const joinSeededBoard = async (board: { id: string; name: string; doc: Y.Doc }): Promise<Joined> => {
  const profileA = newProfileDir();
  const first = await browsers.launch(profileA);
  const invite = await seedSharedBoard(first, board);
  await first.close();
  const a = await browsers.launch(profileA);
  await configure(a, { name: 'Ana Ruiz', role: 'manager-co-lead', signalling: server.url });
  const pageA = await a.page(`board.html#/b/${board.id}/ideas`);
  await recordEngineLog(pageA);
  await pageA.getByRole('heading', { name: 'Ideas', level: 1 }).waitFor();
  const profileB = newProfileDir();
  const b = await browsers.launch(profileB);
  await configure(b, { name: 'Ben Okafor', role: 'union-co-lead', signalling: server.url });
  const pageB = await b.page('board.html');
  await recordStatuses(pageB);
  await recordEngineLog(pageB);
  last = { pageA, pageB };
  await joinThroughUi(pageB, invite);
  return { a, b, pageA, pageB, profileB };
};

/** Every text the header's status shows, with whether the board was still waiting to arrive at that moment. */
const recordStatuses = (page: Page) =>
  page.evaluate(() => {
    const seen: { text: string; waiting: boolean }[] = [];
    (globalThis as unknown as { __statuses: typeof seen }).__statuses = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.presence .status-pill')?.textContent ?? '';
      if (text && text !== seen.at(-1)?.text) seen.push({ text, waiting: document.getElementById('waiting-title') !== null });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
const statusesOf = (page: Page) => page.evaluate(() => (globalThis as unknown as { __statuses: { text: string; waiting: boolean }[] }).__statuses);

const ideaCount = async (page: Page): Promise<number> =>
  Number(await page.getByRole('group', { name: 'Show ideas' }).getByRole('button', { name: /^All/ }).locator('.count').textContent());

const boardName = (page: Page) => page.getByRole('combobox', { name: 'Board' }).locator('option:checked').textContent();

/** B joins a seeded board and ends with every idea of it and "Connected to 1 peer", never claimed too early. */
const joinsWhole = async (board: { id: string; name: string; doc: Y.Doc }, ideas: number, timeout: number): Promise<Joined> => {
  const joined = await joinSeededBoard(board);
  const { pageB } = joined;
  await poll(() => boardName(pageB), { timeout }).toBe(board.name);
  await goTo(pageB, 'Ideas');
  await poll(() => ideaCount(pageB), { timeout: 30_000 }).toBe(ideas);
  await poll(() => statusText(pageB), { timeout: 30_000 }).toMatch(CONNECTED_TO_ONE);
  const statuses = await statusesOf(pageB);
  // While the board was on its way the header never said it was connected to the co-lead who has it.
  expect(statuses.filter((s) => s.waiting && /^Connected (to|with) /.test(s.text))).toEqual([]);
  return joined;
};

describe('large boards and batches between two co-leads', () => {
  it('joins the benchmark’s large board (2.2 MB: 1,500 ideas, 40 measures of 150 points, 300 cycles)', async () => {
    const doc = buildLargeBoard('large-board');
    expect(Y.encodeStateAsUpdate(doc).byteLength).toBeGreaterThan(2_000_000);
    const { pageB } = await joinsWhole({ id: 'large-board', name: 'Large Board Team', doc }, 1500, 60_000);
    await goTo(pageB, 'Measures');
    await poll(() => pageB.getByRole('button', { name: 'Data (150)' }).count()).toBe(40);
  });

  it('joins a 5 MB board, showing that it is catching up until all of it is in', async () => {
    const { doc, ideas } = buildBoardOfSize(5e6, 'Five megabyte team');
    const { pageB } = await joinsWhole({ id: 'five-mb', name: 'Five megabyte team', doc }, ideas, 60_000);
    expect((await statusesOf(pageB)).some((s) => s.text.startsWith('Catching up'))).toBe(true);
  });

  it('joins a 20 MB board', async () => {
    const { doc, ideas } = buildBoardOfSize(20e6, 'Twenty megabyte team');
    expect(Y.encodeStateAsUpdate(doc).byteLength).toBeGreaterThan(20e6);
    const joining = joinsWhole({ id: 'twenty-mb', name: 'Twenty megabyte team', doc }, ideas, 120_000);
    // What B sees while 20 MB arrive (for people to look at; the 5 MB test asserts the state).
    void (async () => {
      const { pageB } = await new Promise<{ pageB: Page }>((resolve) => {
        const wait = () => (last ? resolve(last) : setTimeout(wait, 100));
        wait();
      });
      await pageB.locator('.presence .status-pill', { hasText: 'Catching up' }).waitFor({ timeout: 60_000 });
      await pageB.screenshot({ path: 'test-results/catching-up-20mb.png' });
    })().catch(() => {});
    const { pageB } = await joining;
    await pageB.screenshot({ path: 'test-results/joined-20mb.png' });
  });

  it('sends an import of 10,000 points to the co-lead who is connected, then later edits too', async () => {
    const { doc } = buildBoardOfSize(10_000, 'Import team');
    const { pageA, pageB } = await joinsWhole({ id: 'import', name: 'Import team', doc }, 2, 30_000);
    await goTo(pageA, 'Measures');
    await goTo(pageB, 'Measures');
    const start = Date.UTC(1990, 0, 1);
    const rows = Array.from({ length: 10_000 }, (_, i) => `${new Date(start + i * 86_400_000).toISOString().slice(0, 10)}\t${40 + ((i * 37) % 23)}`);
    // A CSV file, as a team brings years of daily data (typing 10,000 rows into the paste box is not a real path).
    await pageA.getByLabel('Or import a CSV file').setInputFiles({
      name: 'discharges.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Date,Discharges before 11am', ...rows.map((r) => r.replace('\t', ','))].join('\n')),
    });
    await pageA.getByRole('button', { name: 'Import 10,000 points' }).click();
    await pageA.getByText('Imported 10,000 points from discharges.csv. Ctrl+Z undoes the whole import.').waitFor({ timeout: 30_000 });
    await poll(() => pageB.locator('.measure-tabs button', { hasText: 'Data (10,000)' }).count(), { timeout: 30_000 }).toBe(1);
    expect(await pageB.getByText('9,948 earlier points not listed.').count()).toBe(1);
    // Everything after the import still arrives (before the fix, nothing did).
    await goTo(pageA, 'Ideas');
    await pageA.getByLabel('New idea').fill('Idea after the import');
    await pageA.getByRole('button', { name: 'Add idea' }).click();
    await goTo(pageB, 'Ideas');
    await poll(() => pageB.locator('.cards.ideas > li', { hasText: 'Idea after the import' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await statusText(pageB)).toMatch(CONNECTED_TO_ONE);
  });

  it('brings 200 edits made while the other co-lead was away once they are back', async () => {
    const { doc } = buildBoardOfSize(10_000, 'Offline team');
    const joined = await joinsWhole({ id: 'offline', name: 'Offline team', doc }, 2, 30_000);
    const { pageA } = joined;
    await joined.b.close();
    await poll(() => statusText(pageA), { timeout: 15_000 }).toBe('Connected, waiting for co-leads');
    const box = pageA.getByLabel('New idea');
    for (let i = 1; i <= 200; i++) {
      await box.fill(`Offline idea ${i}`);
      await box.press('Control+Enter');
    }
    await poll(() => ideaCount(pageA)).toBe(202);
    const b = await browsers.launch(joined.profileB);
    const pageB = await b.page(new URL(joined.pageB.url()).hash ? `board.html${new URL(joined.pageB.url()).hash}` : 'board.html');
    await goTo(pageB, 'Ideas');
    await poll(() => ideaCount(pageB), { timeout: 30_000 }).toBe(202);
    expect(await pageB.getByText('Offline idea 200', { exact: true }).count()).toBe(1);
    await poll(() => statusText(pageB), { timeout: 20_000 }).toMatch(CONNECTED_TO_ONE);
  });
});
