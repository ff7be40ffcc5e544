import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { exportBackup } from '../../src/core';
import { buildHostileTextBoard } from '../fixtures/boards';
import { browsersPerTest } from './browser';
import { createInvite, goTo, openCycle } from './flows';
import { bidiLeaks, overflow } from './layout';

const browsers = browsersPerTest(afterEach);
/** Screenshots of every page checked, to look at. */
const OUT = resolve('test-results/hostile-text');
mkdirSync(OUT, { recursive: true });

/** Restores a backup file through the first-run page, as a team moving a board to a new computer would. */
const restoreThroughUi = async (page: Page, json: string, name = 'board'): Promise<void> => {
  await page.locator('.welcome').waitFor();
  await page
    .getByLabel('Restore a backup (.ubt.json)')
    .locator('visible=true')
    .setInputFiles({ name: `${name}.ubt.json`, mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.getByRole('button', { name: 'Restore as a new board' }).click();
};

describe('hostile text in every field (issue 13)', () => {
  it('keeps the app’s own words left to right and every page within the window, at full and side-panel width', { timeout: 240_000 }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    await restoreThroughUi(page, JSON.stringify(exportBackup(buildHostileTextBoard()).backup), 'hostile');
    await page.getByRole('navigation', { name: 'Board sections' }).waitFor();
    const found: string[] = [];
    const check = async (where: string, on = page) => {
      for (const width of [1280, 400]) {
        await on.setViewportSize({ width, height: 900 });
        await on.waitForTimeout(100);
        for (const leak of await bidiLeaks(on)) found.push(`${where} at ${width} px, reversed: ${leak}`);
        await on.screenshot({ path: resolve(OUT, `${where.replace(/\W+/g, '-').toLowerCase()}-${width}.png`) });
        const { pageWidth, windowWidth, widest } = await overflow(on);
        if (pageWidth > windowWidth) found.push(`${where} at ${width} px is ${pageWidth} px wide: ${widest.join('; ')}`);
      }
    };
    for (const view of ['Team & charter', 'Ideas', 'Projects', 'Measures', 'Actions', 'Value Compass', 'Report']) {
      await goTo(page, view);
      await page.waitForTimeout(300);
      await check(view);
      if (view === 'Projects') {
        await page
          .getByRole('link', { name: /discharge/ })
          .first()
          .click();
        await openCycle(page, 'Discharge checklist');
        await check('Project');
      }
    }
    await goTo(page, 'Measures');
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
});
