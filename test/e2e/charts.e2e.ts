import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsersPerTest } from './browser';
import { createBoardThroughUi, goTo, openCycle } from './flows';

const browsers = browsersPerTest(afterEach);
const launch = browsers.launch;

/** The SVG drawn in the measure's chart, as the page holds it. */
const chartSvg = async (page: Page): Promise<string> =>
  page
    .locator('.chart > svg')
    .first()
    .evaluate((svg) => svg.outerHTML);

const WEEKS = Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2026, 0, 5) + i * 7 * 86_400_000).toISOString().slice(0, 10));
const SHIFTED = [9, 11, 10, 12, 8, 10, 11, 9, 10, 12, 19, 21, 20, 22, 18, 20, 21, 19, 20, 22];

describe('measures as annotated charts', () => {
  it('turns 20 pasted weekly values into a run chart with the shift and its sentence, then an XmR chart with limits', async () => {
    const browser = await launch();
    const page = await browser.page('board.html');
    await createBoardThroughUi(page, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    // A project with a dated test of change, linked to the measure, shows on the chart.
    await goTo(page, 'Measures');
    await page.getByLabel('New measure').fill('Discharges before 11am');
    await page.getByRole('button', { name: 'Add measure' }).click();
    await goTo(page, 'Projects');
    await page.getByLabel('New project title').fill('Timely discharge');
    await page.getByRole('button', { name: 'Start project' }).click();
    await page.getByLabel('Discharges before 11am').check();
    await page.getByRole('button', { name: 'Add test of change' }).click();
    await openCycle(page, 'Cycle 1');
    await page.getByLabel('Cycle title').fill('Discharge checklist');
    await page.getByLabel('Cycle title').press('Enter');
    await page.getByLabel('Start date').fill('2026-03-09');
    await page.getByLabel('Start date').press('Enter');

    await goTo(page, 'Measures');
    await page.getByText('No data yet. Add the first points to see the chart.').waitFor();
    await page.getByLabel('Paste rows from a spreadsheet').fill(['Week\tDischarges before 11am', ...WEEKS.map((d, i) => `${d}\t${SHIFTED[i]}`)].join('\n'));
    await page.getByText('20 rows ready.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Import 20 points' }).click();
    await page.getByText('Imported 20 points. Ctrl+Z undoes the whole import.').waitFor();

    const shift = page.getByText(
      '10 weeks in a row above the median since 16 March 2026: a shift, unlikely to be chance. Higher is better, so this looks like an improvement.',
    );
    await shift.waitFor();
    const svg = await chartSvg(page);
    // The ten points of the shift are drawn as improvement circles; the PDSA cycle is a note at its date.
    expect(svg.match(/<circle[^>]*fill="#1f5f8b"/g)?.length).toBeGreaterThanOrEqual(10);
    expect(svg).toContain('Median 15');
    expect(svg).toContain('PDSA: Discharge checklist');
    // The image's text alternative is short (latest value, centre, which signals); the signal sentences are the caption under it.
    expect(await page.locator('.chart').first().getAttribute('aria-label')).toMatch(
      /^Run chart of Discharges before 11am, 20 points from 5 January 2026, latest 22 on 18 May 2026, median 15\. Signals: .*shift \(improvement\)/,
    );
    expect(await page.locator('.chart-figure figcaption').first().textContent()).toContain('a shift, unlikely to be chance');

    // A free-text note.
    await page.getByRole('button', { name: 'Measure and chart settings' }).click();
    await page.getByLabel('Note date').fill('2026-02-16');
    await page.getByLabel('Note on the chart').fill('New staff started');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(async () => (await chartSvg(page)).includes('New staff started')).toBe(true);
    await page.locator('.chart-figure').first().screenshot({ path: 'test-results/annotated-run-chart.png' });

    // All-or-nothing and undoable: Ctrl+Z takes the whole import away, Ctrl+Shift+Z brings it back.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z'); // the note
    await page.keyboard.press('Control+z'); // the import
    await page.getByText('No data yet. Add the first points to see the chart.').waitFor();
    await page.keyboard.press('Control+Shift+z');
    await shift.waitFor();

    await page.getByRole('button', { name: 'XmR chart' }).click();
    await page
      .getByText(/above the upper process limit/)
      .first()
      .waitFor();
    const xmr = await chartSvg(page);
    expect(xmr).toMatch(/Upper limit \d/);
    expect(xmr).toMatch(/Lower limit \d/);
    expect(xmr).toMatch(/Mean \d/);
    await page.locator('.chart-figure').first().screenshot({ path: 'test-results/xmr-chart.png' });
  });

  it('reports every bad row of a CSV file and writes nothing', async () => {
    const browser = await launch();
    const page = await browser.page('board.html');
    await createBoardThroughUi(page, { team: 'Imaging', me: 'Ben' });
    await goTo(page, 'Measures');
    await page.getByLabel('New measure').fill('Repeat scans');
    await page.getByRole('button', { name: 'Add measure' }).click();
    await page.getByLabel('Or import a CSV file').setInputFiles({
      name: 'repeats.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('date,value,note\n2026-06-01,5,\nsoon,6,\n2026-06-15,many,\n2026-06-22,7,night shift\n'),
    });
    await page.getByText('2 rows ready from repeats.csv, 2 cannot be read.', { exact: true }).waitFor();
    const problems = await page.locator('.import-problems li').allTextContents();
    expect(problems).toEqual([
      expect.stringMatching(/^Line 3 \(soon, 6, \): “soon” is not a date \(use 2026-03-02, 2 Mar 2026 or \d\d\/\d\d\/2026\)$/),
      'Line 4 (2026-06-15, many, ): “many” is not a number',
    ]);
    expect(await page.getByRole('button', { name: 'Import 2 points' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Data (0)' }).count()).toBe(1);
    await page.getByText('No data yet. Add the first points to see the chart.').waitFor();
  });
});
