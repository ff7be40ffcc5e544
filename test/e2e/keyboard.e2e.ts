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
    // Each idea is a heading to move by, its buttons name it, and the privacy hint is the idea box's description.
    await card.getByRole('heading', { level: 3, name: 'Call patients the day before their MRI: 1,150 scans a month, 9% no-shows' }).waitFor();
    expect(await card.getByRole('button', { name: /^Edit idea “\u2068?Call patients the day before their MRI/ }).count()).toBe(1);
    const described = await page.getByLabel('New idea').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/^No patient names, record numbers or dates of birth/);
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

  it('after each action that removes or disables the focused control, focus lands on the page, never on <body>', { timeout: 180_000 }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    const where = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return !active || active === document.body
          ? 'body'
          : `${active.tagName.toLowerCase()} ${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 60)}`;
      });
    const steps: string[] = [];
    /** Presses Enter on the control and records where focus went once the page settled. */
    const enterOn = async (what: string, control: import('playwright-core').Locator) => {
      await control.focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(150);
      await expect.poll(where, { message: `focus after ${what}` }).not.toBe('body');
      steps.push(`${what} → ${await where()}`);
    };
    await page.getByLabel('Team name (required)').fill('Imaging 1 East');
    await page.getByLabel('Your name').fill('Rosa Delgado');
    await enterOn('Create board', page.getByRole('button', { name: 'Create board' }));
    await goTo(page, 'Ideas');
    await page.getByLabel('New idea').fill('Warm blankets in the MRI waiting room: 48 patients a day wait over 20 minutes');
    await enterOn('Add idea', page.getByRole('button', { name: 'Add idea' }));
    await page.getByLabel('New idea').fill('Text patients when the scanner runs 30 minutes late');
    await enterOn('Add a second idea', page.getByRole('button', { name: 'Add idea' }));
    await enterOn('Delete an idea', page.getByRole('button', { name: /^Delete idea “\u2068?Warm blankets/ }));
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(150);
    await expect.poll(where, { message: 'focus after undoing the delete' }).not.toBe('body');

    await goTo(page, 'Measures');
    await page.getByLabel('New measure').fill('MRI no-show rate');
    await enterOn('Add measure', page.getByRole('button', { name: 'Add measure' }));
    for (const [date, value] of [
      ['2026-09-07', '112'],
      ['2026-09-14', '98'],
    ] as const) {
      await page.getByLabel('New point date').fill(date);
      await page.getByLabel('New point value').fill(value);
      await enterOn(`Add point ${value}`, page.getByRole('button', { name: 'Add point' }));
    }
    const data = page.getByRole('button', { name: 'Data (2)' });
    if ((await data.getAttribute('aria-expanded')) !== 'true') await data.click();
    await enterOn('Delete a data point', page.getByRole('button', { name: 'Delete the point of 2026-09-07' }));

    await goTo(page, 'Meeting');
    await enterOn('Start meeting', page.getByRole('button', { name: 'Start meeting' }));
    await page.getByLabel('New agenda item').fill('Weekend slots');
    await enterOn('Add agenda item', page.getByRole('button', { name: 'Add item' }));
    const nextItem = page.getByRole('button', { name: /^Next item: / });
    while (await nextItem.count()) await enterOn('Next item', nextItem.first());
    await enterOn('End meeting', page.getByRole('button', { name: 'End meeting' }));
    await enterOn('End meeting (confirm)', page.getByRole('dialog', { name: 'End the meeting?' }).getByRole('button', { name: 'End meeting' }));

    await page.getByRole('button', { name: 'Share' }).click();
    await enterOn('Create the invites', page.getByRole('button', { name: 'Create the invites' }));
    console.log(steps.join('\n'));
  });

  it('a week of data goes in from the keyboard: a value and Enter, and the new row moves to the next week', { timeout: 120_000 }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    await createBoardThroughUi(page, { team: 'Imaging 1 East', me: 'Rosa Delgado' });
    await goTo(page, 'Measures');
    await page.getByLabel('New measure').fill('MRI scans a week');
    await page.getByRole('button', { name: 'Add measure' }).click();
    await page.getByLabel('New point date').fill('2026-09-07');
    await page.getByLabel('New point value').focus();
    for (const value of ['1150', '1098', '1212']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByLabel('New point value').inputValue()).toBe('');
    }
    // Focus stayed in the value box; the three weeks are in the table, one after the other.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('number');
    expect(await page.getByLabel('New point date').inputValue()).toBe('2026-09-28');
    for (const date of ['2026-09-07', '2026-09-14', '2026-09-21']) await page.getByLabel(`Value on ${date}`).waitFor();
    expect(await page.getByLabel('Value on 2026-09-14').inputValue()).toBe('1098');
  });
});
