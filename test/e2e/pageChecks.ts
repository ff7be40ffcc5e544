import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { bidiLeaks, overflow } from './layout';

/** The boards stored in this profile's IndexedDB: a refused restore must leave none behind. */
export const boardDatabases = (page: Page): Promise<string[]> =>
  page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((name) => name.startsWith('ubt-board-')));

/**
 * What a person would stumble on, at full width and at side-panel width: words an override turned around,
 * and a page wider than its window. Each state is also kept as a screenshot in `out`, to look at.
 */
export const problemsAt = async (page: Page, where: string, out: string): Promise<string[]> => {
  const found: string[] = [];
  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(100);
    for (const leak of await bidiLeaks(page)) found.push(`${where} at ${width} px, reversed: ${leak}`);
    await page.screenshot({ path: resolve(out, `${where.replace(/\W+/g, '-').toLowerCase()}-${width}.png`) });
    const { pageWidth, windowWidth, widest } = await overflow(page);
    if (pageWidth > windowWidth) found.push(`${where} at ${width} px is ${pageWidth} px wide: ${widest.join('; ')}`);
  }
  return found;
};

/**
 * Every chart on the page is drawn in the page as an SVG (not the image it falls back to when its markup is
 * not one the renderer writes), with a text alternative, and the emoji at the label's cut is whole.
 */
export const expectChartsDrawn = async (page: Page): Promise<void> => {
  await page.locator('.chart').first().waitFor();
  const charts = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.chart')].map((chart) => {
      const svg = chart.querySelector(':scope > svg');
      return {
        drawn: chart.localName === 'div' && !!svg && svg.getBoundingClientRect().width > 0 && (chart.getAttribute('aria-label') ?? '').length > 0,
        valid: !!svg && svg.querySelector('parsererror') === null,
        emojiWhole: (svg?.textContent ?? '').includes('😀…'),
      };
    }),
  );
  expect(charts.length).toBeGreaterThan(0);
  for (const chart of charts) expect(chart).toEqual({ drawn: true, valid: true, emojiWhole: true });
};
