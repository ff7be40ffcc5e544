import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportBackup } from '../../src/core';
import { browsersPerTest } from './browser';
import { goTo, restoreThroughUi } from './flows';
import { buildEveningBoard, EVENING } from '../fixtures/boards';

const OUT = resolve('test-results/timezone');
mkdirSync(OUT, { recursive: true });
const browsers = browsersPerTest(afterEach);

describe('"today" at 6 pm in California (2 am the next day in UTC)', () => {
  it('Actions, the meeting agenda, the data table and the report agree that it is still 1 December', async () => {
    const browser = await browsers.launch(undefined, { timeZone: EVENING.timeZone });
    // Every page's clock reads 18:00 on 1 December in Los Angeles; timers keep running.
    await browser.context.clock.setFixedTime(new Date(EVENING.utc));
    const page = await browser.page('board.html');
    expect(await page.evaluate(() => [new Date().getDate(), new Date().getHours(), new Date().toISOString()])).toEqual([1, 18, '2026-12-02T02:00:00.000Z']);
    await restoreThroughUi(page, JSON.stringify(exportBackup(buildEveningBoard().doc).backup), 'ed-triage');

    // Actions: the action due today is due today, not overdue; yesterday's is overdue.
    await goTo(page, 'Actions');
    await page.locator('li.action').first().waitFor();
    const actions = await page.$$eval('li.action', (items) =>
      items.map((li) => ({
        text: (li.querySelector('input:not([type=checkbox])') as HTMLInputElement).value,
        badges: [...li.querySelectorAll('.badge')].map((b) => b.textContent),
      })),
    );
    expect(actions).toEqual([
      { text: 'Restock the triage carts', badges: ['Due today'] },
      { text: 'Call biomed about the vitals monitor', badges: ['Overdue'] },
    ]);

    // The meeting's agenda says the same.
    await goTo(page, 'Meeting');
    const agenda = await page.locator('.agenda-preview li').allTextContents();
    expect(agenda.find((line) => line.includes('Restock the triage carts'))).toContain('Due today');
    expect(agenda.find((line) => line.includes('Call biomed'))).toContain(`Overdue since 30 November 2026`);

    // The data table suggests today for a new measure's first point, and the week after the last point for the other.
    await goTo(page, 'Measures');
    const fresh = page.getByRole('region', { name: 'Left without being seen' });
    expect(await fresh.getByLabel('New point date').inputValue()).toBe(EVENING.today);
    const triage = page.getByRole('region', { name: 'Door-to-triage time' });
    await triage.getByRole('button', { name: /^Data/ }).click();
    expect(await triage.getByLabel('New point date').inputValue()).toBe(EVENING.today);
    await triage.locator('.chart-figure').screenshot({ path: `${OUT}/door-to-triage-1280.png` });

    // The report is prepared on 1 December, and marks only yesterday's action as overdue.
    await goTo(page, 'Report');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download HTML report' }).click();
    const file = resolve(OUT, 'report.html');
    await (await download).saveAs(file);
    expect((await download).suggestedFilename()).toMatch(/^ed-triage-2026-12-01-report\.html$/);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('prepared 1 December 2026');
    const row = (text: string) => new RegExp(`<tr><td>${text}</td>.*?</tr>`).exec(html)?.[0] ?? '';
    expect(row('Restock the triage carts')).toContain('1 December 2026');
    expect(row('Restock the triage carts')).not.toContain('Overdue');
    expect(row('Call biomed about the vitals monitor')).toContain('30 November 2026 <strong class="overdue">Overdue</strong>');
  });
});
