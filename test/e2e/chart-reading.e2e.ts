import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { exportBackup } from '../../src/core';
import { browsersPerTest } from './browser';
import { goTo, restoreThroughUi } from './flows';
import { buildEveningBoard } from '../fixtures/boards';

const OUT = 'test-results/chart-reading';
mkdirSync(OUT, { recursive: true });
const browsers = browsersPerTest(afterEach);

describe('reading a chart at a glance', () => {
  it('draws for the width it has, says each point under the pointer, lists every point, and the compass shows the numbers', { timeout: 90_000 }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    await restoreThroughUi(page, JSON.stringify(exportBackup(buildEveningBoard().doc).backup), 'ed-triage');
    await goTo(page, 'Measures');
    const card = page.getByRole('region', { name: 'Door-to-triage time' });
    const drawing = card.locator('.chart > svg');
    await drawing.waitFor();

    const ownSize = () =>
      expect.poll(() => drawing.evaluate((svg) => Math.abs(Number(svg.getAttribute('width')) - svg.getBoundingClientRect().width))).toBeLessThanOrEqual(0.5);
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      // Drawn for the width on screen: shown at its own size (never scaled down), so 12 px text stays 12 px.
      await ownSize();
      await card.screenshot({ path: `${OUT}/measure-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await ownSize();

    // Pointing at the last point says its date, value and whether it is a signal.
    const box = (await drawing.boundingBox())!;
    const natural = await drawing.evaluate((svg) => Number(svg.getAttribute('width')));
    const lastX = box.x + ((natural - 116) / natural) * box.width;
    await page.mouse.move(lastX, box.y + box.height / 2);
    const tip = card.getByRole('tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/^24 November 2026: 1\d\d minutes/);
    await card.screenshot({ path: `${OUT}/tooltip-1280.png` });

    // Every point in a read-only table.
    await card.getByText('Values on the chart (52 points)').click();
    await expect.poll(() => card.locator('.point-table tbody tr').count()).toBe(52);
    expect(await card.locator('.point-table tbody tr').first().textContent()).toMatch(/^2 December 2025\d+ minutes/);

    // The chosen chart type stays readable under the pointer.
    const run = card.getByRole('button', { name: 'Run chart' });
    await run.hover();
    const colours = await run.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(23, 74, 109)']);

    // The Value Compass shows the numbers beside the mini-chart.
    await goTo(page, 'Projects');
    await page.getByRole('link', { name: 'Faster triage at the front door' }).click();
    await page.getByLabel('Best service').check();
    await goTo(page, 'Value Compass');
    const numbers = page.locator('.compass-numbers');
    await numbers.waitFor();
    expect(await numbers.textContent()).toMatch(/^Latest 1\d\d minutes · median 1\d\d minutes · goal 120 minutes$/);
  });
});
