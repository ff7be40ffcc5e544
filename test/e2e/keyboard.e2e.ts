import { afterEach, describe, expect, it } from 'vitest';
import { browsersPerTest } from './browser';
import type { Locator } from 'playwright-core';
import { createBoardThroughUi } from './flows';
import { goTo, press } from './keyboardFlows';

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
    await press(page.getByRole('button', { name: /^All/ }));
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
    await press(page.getByRole('button', { name: 'Start meeting' }));
    await page.getByLabel('New agenda item').fill('Weekend MRI slots: 38 of 52 used');
    await press(page.getByRole('button', { name: 'Add item' }));
    const go = page.getByRole('button', { name: /^Go to item 1: Weekend MRI slots/ });
    if (await go.count()) await press(go);
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

  it('after each action that removes, disables or adds a control, focus lands where the work goes on, never on <body>', { timeout: 180_000 }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    /** The focused element as "tag name": its accessible name as a person hears it, roughly. */
    const where = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active || active === document.body) return 'body';
        const labelled = active.getAttribute('aria-labelledby');
        const name =
          active.getAttribute('aria-label') ??
          (labelled
            ? labelled
                .split(' ')
                .map((id) => document.getElementById(id)?.textContent ?? '')
                .join(' ')
            : null) ??
          ((active as HTMLInputElement).labels?.[0]?.textContent || null) ??
          active.textContent ??
          '';
        return `${active.tagName.toLowerCase()} ${name.replace(/\s+/g, ' ').trim().slice(0, 70)}`;
      });
    const steps: string[] = [];
    /** Presses `key` on the control (or where focus is) and checks where focus went once the page settled. */
    const step = async (what: string, control: Locator | null, expected: RegExp, key = 'Enter') => {
      await control?.focus();
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
      await expect.poll(where, { message: `focus after ${what}` }).toMatch(expected);
      steps.push(`${what} → ${await where()}`);
    };
    await page.getByLabel('Team name (required)').fill('Imaging 1 East');
    await page.getByLabel('Your name').fill('Rosa Delgado');
    await step('Create board', page.getByRole('button', { name: 'Create board' }), /^h1 Imaging 1 East$/);
    await goTo(page, 'Ideas');
    await page.getByLabel('New idea').fill('Warm blankets in the MRI waiting room: 48 patients a day wait over 20 minutes');
    // Add idea keeps the focus in the box, ready for the next idea.
    await step('Add idea', page.getByRole('button', { name: 'Add idea' }), /^textarea New idea/);
    await page.getByLabel('New idea').fill('Text patients when the scanner runs 30 minutes late');
    await step('Add a second idea', page.getByRole('button', { name: 'Add idea' }), /^textarea New idea/);
    await page.getByLabel('New idea').fill('Open a third MRI slot on Saturday mornings for the 212 patients waiting');
    await step('Add a third idea', page.getByRole('button', { name: 'Add idea' }), /^textarea New idea/);
    // Deleting an idea moves to the next idea's first control.
    await step(
      'Delete an idea',
      page.getByRole('button', { name: /^Delete idea “\u2068?Open a third MRI slot/ }),
      /^button (Vote for|Remove your vote from) idea “/,
    );
    await step('Undo the delete', null, /./, 'Control+z');
    // Triage: Enter applies the state, the card leaves the New list, and focus goes to the next card.
    const state = page.getByRole('combobox', { name: /^State of idea “\u2068?Warm blankets/ });
    await state.focus();
    await page.keyboard.press('ArrowDown');
    await step('Accept an idea (Enter)', null, /^(button|select|h3|h1) /);
    // Make it a project: the form takes the focus, and Enter opens the new project at its heading.
    await press(page.getByRole('button', { name: /^All/ }));
    await step('Make it a project', page.getByRole('button', { name: /^Make it a project: idea “\u2068?Warm blankets/ }), /^input Project title/);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Warm MRI waiting room');
    await step('Create the project', null, /^h1 Warm MRI waiting room$/);
    // A new test of change opens its worksheet above the form and takes the focus to its title.
    await page.getByLabel('New test of change').fill('Blankets on two evening shifts');
    await step('Add test of change', page.getByRole('button', { name: 'Add test of change' }), /^input Cycle title$/);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Blankets on two evening shifts');
    expect(
      await page.evaluate(() => {
        const r = document.activeElement!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    ).toBe(true);

    await goTo(page, 'Measures');
    await page.getByLabel('New measure').fill('MRI no-show rate');
    await step('Add measure', page.getByRole('button', { name: 'Add measure' }), /^h2 MRI no-show rate$/);
    for (const [date, value] of [
      ['2026-09-07', '112'],
      ['2026-09-14', '98'],
    ] as const) {
      await page.getByLabel('New point date').fill(date);
      await page.getByLabel('New point value').fill(value);
      await step(`Add point ${value}`, page.getByRole('button', { name: 'Add point' }), /^button Add point$/);
    }
    const data = page.getByRole('button', { name: 'Data (2)' });
    if ((await data.getAttribute('aria-expanded')) !== 'true') await press(data);
    await step('Delete a data point', page.getByRole('button', { name: 'Delete the point of 2026-09-07' }), /^(input|button) /);
    // Import: the paste box empties and the import button goes; focus stays with the import.
    await page.getByLabel('Paste rows from a spreadsheet').fill('2026-09-21\t1,150\n2026-09-28\t1,098');
    await step('Import 2 points', page.getByRole('button', { name: 'Import 2 points' }), /^(textarea Paste rows|input|button) /);

    await goTo(page, 'Actions');
    await page.getByLabel('New action', { exact: true }).fill('Order 20 warm blankets for the MRI waiting room');
    await step('Add action', page.getByRole('button', { name: 'Add action' }), /^button Add action$/);
    await page.getByLabel('New action', { exact: true }).fill('Ask facilities about the waiting room thermostat');
    await step('Add a second action', page.getByRole('button', { name: 'Add action' }), /^button Add action$/);
    await step('Delete an action', page.getByRole('button', { name: /^Delete action “\u2068?Order 20 warm blankets/ }), /^(input|button) /);
    await step('Undo the action delete', null, /./, 'Control+z');

    await goTo(page, 'Meeting');
    await step('Start meeting', page.getByRole('button', { name: 'Start meeting' }), /^h1 Team meeting/);
    for (const item of ['Weekend slots', 'Blanket supply']) {
      await page.getByLabel('New agenda item').fill(item);
      await step(`Add agenda item ${item}`, page.getByRole('button', { name: 'Add item' }), /^button Add item$/);
    }
    // The agenda's ↓: focus moves with the item (the list is redrawn around it); on the item that becomes
    // the last, ↓ is disabled and focus goes to the item's ↑ beside it.
    const downs = page.getByRole('button', { name: /^Move down: / });
    const first = (await downs.first().getAttribute('aria-label'))!;
    await step('Move the first agenda item down', downs.first(), new RegExp(`^button ${first}$`));
    const penultimate = (await downs.nth(-2).getAttribute('aria-label'))!;
    await step('Move an agenda item to the bottom', downs.nth(-2), new RegExp(`^button Move up: ${penultimate.slice('Move down: '.length)}$`));
    const nextItem = page.getByRole('button', { name: /^Next item: / });
    while (await nextItem.count()) await step('Next item', nextItem.first(), /^(button|input) /);
    await step('End meeting', page.getByRole('button', { name: 'End meeting' }), /^button Keep the meeting going$/);
    await step(
      'End meeting (confirm)',
      page.getByRole('dialog', { name: 'End the meeting?' }).getByRole('button', { name: 'End meeting' }),
      /^h1 Team meeting/,
    );

    await press(page.getByRole('button', { name: 'Share' }));
    await step('Create the invites', page.getByRole('button', { name: 'Create the invites' }), /^(input|button) /);
    console.log(steps.join('\n'));
  });
});
