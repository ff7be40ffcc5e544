import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { browsersPerTest, HANDED_COUNTS } from './browser';
import { configure, createBoardThroughUi, createInvite, goTo, statusText, CONNECTED_TO_ONE } from './flows';
import { bodyText, clickButton, fillLabelled, firefoxProfile, typeLabelled, valueLabelled, type FirefoxProfile } from './firefox';
import { startServer, type UbtServer } from '../../src/server/server';
import { storedProse } from './storage';

/** The Firefox add-on in Debian's firefox-esr, for real: alone across a restart, and with a Chromium co-lead. */
let server: UbtServer;
beforeAll(async () => (server = await startServer({ port: 0 })));
afterAll(async () => server?.close());
const chromiums = browsersPerTest(afterEach);
let open: Browser[] = [];
let profiles: FirefoxProfile[] = [];
afterEach(async () => {
  for (const b of open) await b.close().catch(() => {});
  for (const p of profiles) p.dispose();
  open = [];
  profiles = [];
});
const poll = expect.poll;

describe('Firefox', () => {
  it('creates a board and an idea that are still there after Firefox restarts', { timeout: 120_000 }, async () => {
    const profile = firefoxProfile();
    profiles.push(profile);
    let { browser, board } = await profile.launch();
    open.push(browser);
    await poll(() => bodyText(board), { timeout: 20_000 }).toContain('Create a team board');
    await fillLabelled(board, 'Team name (required)', 'Med-Surg 4 West');
    await fillLabelled(board, 'Your name', 'Fran Ortiz');
    await clickButton(board, 'Create board');
    await poll(() => bodyText(board)).toContain('Value Compass');
    await board.locator('nav a::-p-text(Ideas)').click();
    await fillLabelled(board, 'New idea', 'Restock the discharge kits on nights');
    await clickButton(board, 'Add idea');
    await poll(() => bodyText(board)).toContain('Restock the discharge kits on nights');
    // Quit only once the idea is in IndexedDB, as a person's quit would follow it (see rooms.e2e).
    await poll(() => storedProse(board), { timeout: 10_000 }).toContain('Restock the discharge kits on nights');
    await browser.close();
    open = [];

    ({ browser, board } = await profile.launch());
    open.push(browser);
    // The board it had open comes back (from IndexedDB: Firefox removed and re-added the add-on).
    await poll(() => bodyText(board), { timeout: 20_000 }).toContain('Value Compass');
    await board.locator('nav a::-p-text(Ideas)').click();
    await poll(() => bodyText(board), { timeout: 20_000 }).toContain('Restock the discharge kits on nights');
  });

  it('edits one field with a Chromium co-lead, keeping both their words on both screens', { timeout: 180_000 }, async () => {
    const chrome = await chromiums.launch();
    await configure(chrome, { name: 'Ana Ruiz', role: 'manager-co-lead', signalling: server.url });
    const pageA = await chrome.page('board.html');
    await createBoardThroughUi(pageA, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    await goTo(pageA, 'Projects');
    await pageA.getByLabel('New project title').fill('Timely discharge');
    await pageA.getByRole('button', { name: 'Start project' }).click();
    await pageA.getByLabel('Problem statement').fill('Patients wait');
    const invite = await createInvite(pageA);
    const projectPath = new URL(pageA.url()).hash.split('/').slice(3).join('/');

    const profile = firefoxProfile();
    profiles.push(profile);
    const { browser, board } = await profile.launch();
    open.push(browser);
    await board.evaluate(() => {
      location.href = location.href.replace(/board\.html.*$/, 'options.html');
    });
    await poll(() => bodyText(board)).toContain('UBT Board settings');
    await fillLabelled(board, 'Display name', 'Fran Ortiz');
    await fillLabelled(board, 'Signalling server addresses', server.url);
    await fillLabelled(board, 'Relay addresses', '');
    await clickButton(board, 'Save settings');
    await poll(() => bodyText(board)).toContain('Saved.');
    await board.evaluate(() => {
      location.href = location.href.replace(/options\.html.*$/, 'board.html');
    });
    await poll(() => bodyText(board)).toContain('Join your team');
    await fillLabelled(board, 'Invite link or code', invite);
    await clickButton(board, 'Join board');
    await poll(() => bodyText(board), { timeout: 60_000 }).toMatch(/Connected (with \S|to 1 peer)/);
    await poll(() => statusText(pageA), { timeout: 30_000 }).toMatch(CONNECTED_TO_ONE);
    const boardId = await board.evaluate(() => location.hash.split('/')[2]);
    await board.evaluate(
      (id, path) => {
        location.hash = `#/b/${id}/${path}`;
      },
      boardId,
      projectPath,
    );
    await poll(() => valueLabelled(board, 'Problem statement'), { timeout: 30_000 }).toBe('Patients wait');

    // Both put the caret at the end of the field, then type at the same moment: each person's words stay whole,
    // in one order on both screens. (Someone who starts typing inside words the other is still typing splits them:
    // that is where they put the caret.)
    await pageA.getByLabel('Problem statement').press('End');
    await typeLabelled(board, 'Problem statement', '');
    await Promise.all([
      board.keyboard.type(' for transport', { delay: 30 }),
      pageA.getByLabel('Problem statement').pressSequentially(' up to 40 minutes', { delay: 30 }),
    ]);
    const merged = (text: string) => /^Patients wait( for transport up to 40 minutes| up to 40 minutes for transport)$/.test(text);
    await poll(() => valueLabelled(board, 'Problem statement'), { timeout: 30_000 }).toSatisfy(merged);
    await poll(() => pageA.getByLabel('Problem statement').inputValue(), { timeout: 30_000 }).toSatisfy(merged);
    expect(await valueLabelled(board, 'Problem statement')).toBe(await pageA.getByLabel('Problem statement').inputValue());
    // Firefox's page and its engine (the background page) share a thread: each keystroke was handed across.
    const handed = await board.evaluate(HANDED_COUNTS);
    expect(handed.engine).toBeGreaterThanOrEqual(' for transport'.length);
    expect(handed.page).toBeGreaterThanOrEqual(' up to 40 minutes'.length);
  });
});
