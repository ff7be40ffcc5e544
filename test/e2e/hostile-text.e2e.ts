import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Papa from 'papaparse';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type * as Y from 'yjs';
import { addDataPoint, addIdea, addMeasure, addPerson, exportBackup, updateTeam } from '../../src/core';
import { newBoard, testContext } from '../core/helpers';
import { buildHostileTextBoard, buildPrintBoard, RLO, unbroken } from '../fixtures/boards';
import { browsersPerTest } from './browser';
import { createInvite, goTo, openCycle, restoreThroughUi } from './flows';
import { addToTeamBoard, selectOnIntranetPage } from './captureFlows';
import { brokenWords } from './layout';
import { boardDatabases, expectChartsDrawn, problemsAt } from './pageChecks';

const browsers = browsersPerTest(afterEach);
/** Screenshots of every page checked, to look at. */
const OUT = resolve('test-results/hostile-text');
mkdirSync(OUT, { recursive: true });

/** An intranet page whose title and text are hostile: an override left open, and no space in 1,500 characters. */
const HOSTILE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${unbroken(300, 'S')} policy ${RLO}</title></head>
<body><p id="idea">${unbroken(1500, 'C')}${RLO}</p></body></html>`;

/** A real HTTP server on 127.0.0.1 that counts every request: hostile text must never make a page load anything. */
let bait: Server;
const hits: string[] = [];
beforeAll(async () => {
  bait = createServer((req, res) => {
    if (req.url === '/intranet') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(HOSTILE_PAGE);
      return;
    }
    hits.push(req.url ?? '');
    res.end();
  });
  await new Promise<void>((done) => bait.listen(0, '127.0.0.1', done));
});
afterAll(() => new Promise<void>((done) => bait.close(() => done())));
const baitUrl = () => `http://127.0.0.1:${(bait.address() as AddressInfo).port}`;

const problemsOn = (page: Page, where: string) => problemsAt(page, where, OUT);

/** A fresh browser profile with `doc` restored from its backup through the first-run page, its board open. */
const openRestored = async (doc: Y.Doc, name: string) => {
  const browser = await browsers.launch();
  const page = await browser.page('board.html');
  await restoreThroughUi(page, JSON.stringify(exportBackup(doc).backup), name);
  return { browser, page };
};

describe('hostile text in every field (issue 13)', () => {
  it('keeps the app’s own words left to right and every page within the window, at full and side-panel width', { timeout: 240_000 }, async () => {
    const { browser, page } = await openRestored(buildHostileTextBoard(), 'hostile');
    const found: string[] = [];
    const check = async (where: string, on = page) => found.push(...(await problemsOn(on, where)));
    for (const view of ['Team & charter', 'Ideas', 'Projects', 'Measures', 'Actions', 'Value Compass', 'Report']) {
      await goTo(page, view);
      await page.waitForTimeout(300);
      await check(view);
      if (view === 'Measures') await expectChartsDrawn(page);
      if (view === 'Projects') {
        await page
          .getByRole('link', { name: /discharge/ })
          .first()
          .click();
        await openCycle(page, 'Discharge checklist');
        await check('Project');
      }
    }
    // A NUL in a point's note and an emoji where the label is cut used to leave Measures blank on every visit.
    await page.reload();
    await goTo(page, 'Measures');
    await expectChartsDrawn(page);
    await page.getByRole('button', { name: 'Measure and chart settings' }).first().click();
    await check('Measure settings');
    const meeting = page.getByRole('navigation', { name: 'Board sections' }).getByRole('link', { name: /^Meeting/ });
    await meeting.click();
    await check('Meeting');
    await page.locator('a[href*="/meeting/"]').first().click();
    await page.getByRole('heading', { name: /^Minutes/ }).waitFor();
    await check('Minutes');
    const [, , boardId, , meetingId] = await page.evaluate(() => location.hash.split('/').map(decodeURIComponent));
    await page.getByRole('button', { name: 'New or join' }).click();
    await check('New or join');
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      location.hash = '#/overview';
    });
    await page.getByRole('table').getByRole('cell').first().waitFor();
    await check("Sponsors' overview");
    // The printable pages: report, minutes and the break-room poster (which needs an invite).
    await page.goBack();
    await page.getByRole('navigation', { name: 'Board sections' }).waitFor();
    await createInvite(page);
    for (const [what, params] of [
      ['Printable report', 'scope=board'],
      ['Printable minutes', `minutes=${meetingId}`],
      ['Poster', 'poster=1'],
    ] as const) {
      const print = await browser.page(`print.html#b=${encodeURIComponent(boardId!)}&${params}`);
      await print.locator('h1').first().waitFor();
      await check(what, print);
      await print.close();
    }
    expect([...new Set(found)]).toEqual([]);
  });

  it('keeps a team name that tries to break out of the report’s CSS as text, and neutralises formulas in the CSV', { timeout: 180_000 }, async () => {
    const ctx = testContext('css');
    const { doc } = newBoard(ctx);
    // A form feed ends a CSS string that escapes only quotes and line breaks (issue 13, item 1).
    const attack = `Ward 4\f;}}body{background:url(${baitUrl()}/x.png)}h1{display:none}body::before{content:'APPROVED'}`;
    updateTeam(doc, { name: attack }, ctx);
    addPerson(doc, { name: 'Ana Ruiz', role: 'manager-co-lead' }, ctx);
    const m = addMeasure(doc, { name: '=1+1', better: 'up' }, ctx);
    const notes = [`=HYPERLINK("${baitUrl()}/csv","click")\nclick`, '+cmd\nx', '@SUM(1)', '-2+3', "=cmd|' /C calc'!A0", 'plain note'];
    for (const [i, note] of notes.entries()) addDataPoint(doc, { measureId: m, date: `2026-03-0${i + 1}`, value: i, note }, ctx);
    addIdea(doc, { text: 'Stage wheelchairs at the entrance' }, ctx);
    const { browser, page } = await openRestored(doc, 'css');
    const boardId = await page.evaluate(() => decodeURIComponent(location.hash.split('/')[2] ?? ''));

    // The print page: the report's heading is there, nothing was added before the body, nothing was loaded.
    const print = await browser.page(`print.html#b=${encodeURIComponent(boardId)}&scope=board`);
    await print.getByRole('heading', { name: 'Team', level: 2 }).waitFor();
    const heading = print.getByRole('heading', { level: 1 });
    expect(await heading.isVisible()).toBe(true);
    expect(await heading.textContent()).toContain('Ward 4');
    const spoofed = () =>
      print.evaluate(() => ({ before: getComputedStyle(document.body, '::before').content, background: getComputedStyle(document.body).backgroundImage }));
    expect(await spoofed()).toEqual({ before: 'none', background: 'none' });
    // And should text ever get into the page's CSS again, the page's own policy stops any request it makes.
    const blocked = await print.evaluate(
      (url) =>
        new Promise<string>((done) => {
          document.addEventListener('securitypolicyviolation', (e) => done(e.violatedDirective), { once: true });
          const probe = document.createElement('div');
          probe.style.backgroundImage = `url(${url}/probe.png)`;
          document.body.append(probe);
          setTimeout(() => done('not blocked'), 3000);
        }),
      baitUrl(),
    );
    expect(blocked).toBe('img-src');

    // The downloaded report, opened from disk.
    await goTo(page, 'Report');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download HTML report' }).click();
    const file = resolve(OUT, 'css-attack-report.html');
    await (await download).saveAs(file);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toContain('\f');
    const opened = await browser.context.newPage();
    await opened.goto(`file://${file}`);
    const openedHeading = opened.getByRole('heading', { level: 1 });
    expect(await openedHeading.isVisible()).toBe(true);
    expect(await opened.evaluate(() => getComputedStyle(document.body, '::before').content)).toBe('none');

    // The measure data as CSV: every cell a spreadsheet would run as a formula starts with a quote.
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download measure data (CSV)' }).click();
    const rows = Papa.parse<Record<string, string>>(readFileSync(`${await (await csvDownload).path()}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.note)).toEqual(
      expect.arrayContaining([`'${notes[0]}`, `'${notes[1]}`, `'${notes[2]}`, `'${notes[3]}`, `'${notes[4]}`, 'plain note']),
    );
    expect(new Set(rows.map((r) => r.measure))).toEqual(new Set(["'=1+1"]));

    await print.waitForTimeout(500);
    expect(hits).toEqual([]);
  });

  it('refuses a backup with hostile ids or an overlong team name, says why, and writes nothing', { timeout: 120_000 }, async () => {
    const ctx = testContext('ok');
    const { doc } = newBoard(ctx);
    addPerson(doc, { name: 'Ana Ruiz', role: 'manager-co-lead' }, ctx);
    addIdea(doc, { text: 'Stage wheelchairs at the entrance' }, ctx);
    const good = exportBackup(doc).backup;
    const broken = (change: (b: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return JSON.stringify(copy);
    };
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    await page.locator('.welcome').waitFor();
    const before = await boardDatabases(page);
    const refusals: [string, string, RegExp][] = [
      ['id-constructor', broken((b) => (b.board.ideas[0]!.id = 'constructor')), /board\.ideas\[0\]\.id is not a valid id/],
      ['id-proto', broken((b) => (b.board.people[0]!.id = '__proto__')), /board\.people\[0\]\.id is not a valid id/],
      ['agreed-constructor', broken((b) => (b.board.charter[0]!.agreed = { constructor: true })), /board\.charter\[0\]\.agreed has a key named "constructor"/],
      ['long-team', broken((b) => (b.board.team.name = 'W'.repeat(201))), /board\.team\.name is longer than 200 characters, which a team name can hold/],
    ];
    for (const [name, json, reason] of refusals) {
      await page
        .getByLabel('Restore a backup (.ubt.json)')
        .locator('visible=true')
        .setInputFiles({ name: `${name}.ubt.json`, mimeType: 'application/json', buffer: Buffer.from(json) });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent(), name).toMatch(reason);
      expect(await alert.textContent(), name).toContain('Nothing was changed.');
      expect(await page.getByRole('button', { name: 'Restore as a new board' }).count(), name).toBe(0);
      expect(await boardDatabases(page), name).toEqual(before);
    }
    // The same form still restores a good backup.
    await restoreThroughUi(page, JSON.stringify(good), 'good');
    await goTo(page, 'Ideas');
    await page.getByText('Stage wheelchairs at the entrance').first().waitFor();
  });

  it('captures hostile text from an intranet page: the quick-add form and the board stay readable and in the window', { timeout: 120_000 }, async () => {
    const { browser, page: board } = await openRestored(buildHostileTextBoard(), 'hostile');
    const intranet = await selectOnIntranetPage(browser, `${baitUrl()}/intranet`, 'idea');
    const form = await addToTeamBoard(browser, intranet);
    const found: string[] = [];
    const check = async (where: string, page: Page) => found.push(...(await problemsOn(page, where)));
    await check('Quick add', form);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.getByText(/^Saved to .*'s ideas\.$/).waitFor();
    await check('Quick add, saved', form);
    await goTo(board, 'Ideas');
    await board
      .getByText(`${unbroken(20, 'C')}`)
      .first()
      .waitFor();
    await check('Ideas with the capture', board);
    expect([...new Set(found)]).toEqual([]);
  });

  it('shares a project full of hostile text through a practice library and adopts it: every page stays readable', { timeout: 180_000 }, async () => {
    const { page } = await openRestored(buildHostileTextBoard(), 'hostile');
    await goTo(page, 'Projects');
    await page
      .getByRole('link', { name: /discharge/ })
      .first()
      .click();
    const projectUrl = page.url();
    // A library named with an override of its own.
    await page.getByRole('button', { name: 'New or join' }).click();
    await page.getByRole('dialog', { name: 'Create or join a team board' }).getByLabel('Library name').fill(`Oakland practices ${RLO}`);
    await page.getByRole('button', { name: 'Create library' }).click();
    await page.getByRole('heading', { name: /Oakland practices/ }).waitFor();
    const libraryUrl = page.url();
    const found: string[] = [];
    const check = async (where: string) => found.push(...(await problemsOn(page, where)));

    await page.goto(projectUrl);
    await page.getByText('Share with a practice library').click();
    await check('Publishing');
    await page.getByRole('button', { name: /^Publish to/ }).click();
    await page.getByRole('status').filter({ hasText: 'Published to' }).waitFor();
    await check('Published');
    await page.goto(libraryUrl);
    const card = page.getByRole('article').first();
    await card.waitFor();
    await check('Practice library');
    await card.getByRole('button', { name: 'Adopt this practice' }).click();
    await page.getByRole('note').filter({ hasText: 'Adopted from' }).waitFor({ timeout: 30_000 });
    await check('Adopted project');
    expect([...new Set(found)]).toEqual([]);
  });

  it('lets only what cannot fit break inside a word: an ordinary board keeps every word whole, down to 320 px', { timeout: 120_000 }, async () => {
    const { page } = await openRestored(buildPrintBoard(), 'ordinary');
    const found: string[] = [];
    for (const view of ['Team & charter', 'Ideas', 'Projects', 'Measures', 'Actions', 'Meeting', 'Value Compass', 'Report']) {
      await goTo(page, view);
      if (view === 'Projects') {
        await page.getByRole('link', { name: 'Timely discharge' }).click();
        await openCycle(page, 'Cycle 1');
      }
      for (const width of [1280, 400, 320]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(100);
        found.push(...(await brokenWords(page)).map((w) => `${view} at ${width} px: ${w}`));
      }
    }
    await page.evaluate(() => {
      location.hash = '#/overview';
    });
    await page.getByRole('table').getByRole('cell').first().waitFor();
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      found.push(...(await brokenWords(page)).map((w) => `Sponsors' overview at ${width} px: ${w}`));
    }
    expect([...new Set(found)]).toEqual([]);
  });
});
