import { afterEach, describe, expect, it } from 'vitest';
import { browsersPerTest } from './browser';
import { createBoardThroughUi, goTo } from './flows';

/**
 * The keyboard alone (issue 24): choices that change the board wait for Enter, and the meeting's live
 * region speaks when the item changes, not every second.
 */
const browsers = browsersPerTest(afterEach);

describe('with the keyboard only', () => {
  it('an idea’s State moves with the arrows but changes only on Enter; Escape and leaving keep it', { timeout: 120_000 }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    await createBoardThroughUi(page, { team: 'Imaging 1 East', me: 'Rosa Delgado' });
    await goTo(page, 'Ideas');
    await page.getByLabel('New idea').fill('Call patients the day before their MRI: 1,150 scans a month, 9% no-shows');
    await page.getByRole('button', { name: 'Add idea' }).focus();
    await page.keyboard.press('Enter');
    const card = page.locator('li.idea').filter({ hasText: 'Call patients the day before their MRI' });
    await card.waitFor();
    const state = card.getByRole('combobox', { name: /^State of idea/ });
    await state.focus();
    await page.keyboard.press('ArrowDown');
    // Shown, not saved: the card is still a new idea, and the field says how to apply it.
    await card.getByText(/Press Enter to change it to “.+”, or Escape to keep “New”/).waitFor();
    expect(await page.locator('li.idea').filter({ hasText: 'Call patients the day before their MRI' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await state.inputValue()).toBe('new');
    expect(await card.getByText(/Press Enter/).count()).toBe(0);
    // Leaving the field without Enter keeps the saved state too.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await state.inputValue()).toBe('new');
    // Enter applies it: the idea is accepted and leaves the New list.
    await state.focus();
    await page.keyboard.press('ArrowDown');
    const chosen = await state.inputValue();
    expect(chosen).not.toBe('new');
    await page.keyboard.press('Enter');
    await goTo(page, 'Ideas');
    await page.getByRole('button', { name: /^All/ }).click();
    await expect.poll(() => card.getByRole('combobox', { name: /^State of idea/ }).inputValue()).toBe(chosen);
  });

  it('each view names itself in the title and takes focus to its heading; Skip to content is the first stop', { timeout: 120_000 }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    await createBoardThroughUi(page, { team: 'Imaging 1 East', me: 'Rosa Delgado' });
    const nav = page.getByRole('navigation', { name: 'Board sections' });
    for (const [link, heading] of [
      ['Ideas', 'Ideas'],
      ['Measures', 'Measures'],
      ['Meeting', 'Team meeting'],
      ['Report', 'Report and backup'],
    ] as const) {
      await nav.getByRole('link', { name: link, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.title()).toBe(`${link} · Imaging 1 East · UBT Board`);
      await expect
        .poll(() => page.evaluate(() => `${document.activeElement?.tagName ?? ''} ${document.activeElement?.textContent ?? ''}`))
        .toBe(`H1 ${heading}`);
    }
    // From the top of the page, the first Tab reaches the skip link, and Enter takes focus into the view.
    await page.reload();
    await page.getByRole('heading', { name: 'Report and backup' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.screenshot({ path: '/tmp/ubt-skip-link.png' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#main'))).toBe(true);
    expect(await page.evaluate(() => location.hash)).toMatch(/\/report$/);
  });

  it('in a meeting, the live region names the item when it changes and never carries the clock', { timeout: 120_000 }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    await createBoardThroughUi(page, { team: 'Imaging 1 East', me: 'Rosa Delgado' });
    await goTo(page, 'Meeting');
    await page.getByRole('button', { name: 'Start meeting' }).click();
    await page.getByLabel('New agenda item').fill('Weekend MRI slots: 38 of 52 used');
    await page.getByRole('button', { name: 'Add item' }).click();
    const go = page.getByRole('button', { name: /^Go to item 1: Weekend MRI slots/ });
    if (await go.count()) await go.click();
    await page.locator('.timer-value').waitFor();
    // Every live region on the page, and how often each changed over three seconds of the timer running.
    const changes = await page.evaluate(async () => {
      const regions = [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]')];
      const counts = new Map<Element, number>(regions.map((r) => [r, 0]));
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const region = regions.find((r) => r.contains(record.target));
          if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
        }
      });
      for (const region of regions) observer.observe(region, { subtree: true, childList: true, characterData: true });
      await new Promise((r) => setTimeout(r, 3200));
      observer.disconnect();
      return { regions: regions.length, busiest: Math.max(0, ...counts.values()), timerInside: regions.some((r) => r.querySelector('.timer-value')) };
    });
    expect(changes.regions).toBeGreaterThan(0);
    expect(changes.timerInside).toBe(false);
    expect(changes.busiest).toBeLessThanOrEqual(1);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^Now item 1 of \d+: / })
        .count(),
    ).toBe(1);
  });
});
