import { afterEach, describe, expect, it } from 'vitest';
import { browsersPerTest } from './browser';
import type { Locator, Page } from 'playwright-core';
import { createBoardThroughUi } from './flows';

/**
 * The keyboard alone (issue 24): choices that change the board wait for Enter, and the meeting's live
 * region speaks when the item changes, not every second.
 */
const browsers = browsersPerTest(afterEach);

/** A control pressed from the keyboard: focused, then Enter (no pointer anywhere in this file). */
const press = async (control: Locator, key = 'Enter') => {
  await control.focus();
  await control.page().keyboard.press(key);
};
/** A board section opened from its link with Enter; the view takes focus to its heading. */
const goTo = async (page: Page, section: string) => {
  await press(page.getByRole('navigation', { name: 'Board sections' }).getByRole('link', { name: section, exact: true }));
  await expect.poll(() => page.evaluate(() => document.activeElement === document.querySelector('#main h1'))).toBe(true);
};

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

  it('Tab reaches every control of every view, each one named, on screen, not covered, and ringed at 3:1 or more', { timeout: 240_000 }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    await createBoardThroughUi(page, { team: 'Imaging 1 East', me: 'Rosa Delgado' });
    // Something in every view: an idea, a project with a test of change, a measure with data, an action.
    await goTo(page, 'Ideas');
    await page.getByLabel('New idea').fill('Call patients the day before their MRI: 1,150 scans a month, 9% no-shows');
    await press(page.getByRole('button', { name: 'Add idea' }));
    await goTo(page, 'Projects');
    await page.getByLabel('New project title').fill('Fewer MRI no-shows');
    await press(page.getByRole('button', { name: 'Start project' }));
    await press(page.getByRole('button', { name: 'Add test of change' }));
    await goTo(page, 'Measures');
    await page.getByLabel('New measure').fill('MRI no-shows a week');
    await press(page.getByRole('button', { name: 'Add measure' }));
    await page.getByLabel('Paste rows from a spreadsheet').fill(['2026-09-07\t112', '2026-09-14\t98', '2026-09-21\t1,150'].join('\n'));
    await press(page.getByRole('button', { name: 'Import 3 points' }));
    await goTo(page, 'Actions');
    await page.getByLabel('New action', { exact: true }).fill('Order 20 warm blankets');
    await press(page.getByRole('button', { name: 'Add action' }));

    /** The focused element: who it is, its name, and whether a sighted keyboard user can see it and its ring. */
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        el.dataset.walk ??= String(Math.random());
        const parse = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
          const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
          return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
        };
        const background = (from: Element | null): number[] => {
          for (let at = from; at; at = at.parentElement) {
            const [r = 0, g = 0, b = 0, a = 1] = parse(getComputedStyle(at).backgroundColor);
            if (a > 0.5) return [r, g, b];
          }
          return [255, 255, 255];
        };
        const style = getComputedStyle(el);
        const ring = style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth);
        // The ring sits outside the control (outline-offset), on its container's background.
        const [l1, l2] = [luminance(parse(style.outlineColor)), luminance(background(el.parentElement))].sort((a, b) => b - a);
        const rect = el.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + Math.min(rect.height / 2, 8));
        const labelledBy = el.getAttribute('aria-labelledby');
        const name =
          el.getAttribute('aria-label') ||
          (labelledBy
            ? labelledBy
                .split(' ')
                .map((id) => document.getElementById(id)?.textContent ?? '')
                .join(' ')
            : '') ||
          (el as HTMLInputElement).labels?.[0]?.textContent ||
          el.title ||
          el.textContent ||
          '';
        return {
          key: el.dataset.walk,
          what: `${el.tagName.toLowerCase()} “${name.replace(/\s+/g, ' ').trim().slice(0, 50)}” at ${Math.round(rect.top)}–${Math.round(rect.bottom)} of ${innerHeight}, ${Math.round(rect.left)}–${Math.round(rect.right)} of ${innerWidth}`,
          named: name.trim().length > 0,
          // Scrolled to: all of it, or at least 16 px of it each way (a tall box scrolled to its first line).
          onScreen:
            Math.min(rect.bottom, innerHeight) - Math.max(rect.top, 0) >= Math.min(rect.height, 16) - 1 &&
            Math.min(rect.right, innerWidth) - Math.max(rect.left, 0) >= Math.min(rect.width, 16) - 1 &&
            rect.width > 0 &&
            rect.height > 0,
          uncovered: !!hit && (hit === el || el.contains(hit) || hit.contains(el) || (el as HTMLInputElement).labels?.[0]?.contains(hit) === true),
          ring,
          contrast: Math.round(((l1! + 0.05) / (l2! + 0.05)) * 100) / 100,
        };
      });
    const problems: string[] = [];
    let stops = 0;
    /** Tabs on until focus leaves the page or comes round again, checking every stop. */
    const walk = async (view: string, shots = 0) => {
      const seen = new Set<string>();
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const stop = await focused();
        if (!stop || seen.has(stop.key!)) return;
        seen.add(stop.key!);
        stops++;
        if (!stop.named) problems.push(`${view}: ${stop.what} has no name`);
        if (!stop.onScreen) problems.push(`${view}: ${stop.what} is off screen`);
        if (!stop.uncovered) problems.push(`${view}: ${stop.what} is covered`);
        if (stop.ring < 2) problems.push(`${view}: ${stop.what} shows no ring`);
        else if (stop.contrast < 3) problems.push(`${view}: ${stop.what} ring at ${stop.contrast}:1`);
        if (i < shots) await page.screenshot({ path: `test-results/focus-${view.replace(/\W+/g, '-').toLowerCase()}-${i + 1}.png` });
      }
      problems.push(`${view}: more than 200 stops`);
    };
    // From the top of the page once (skip link, sections, presence), then each view from its heading.
    await page.reload();
    await page
      .getByRole('heading', { name: 'Order 20 warm blankets' })
      .or(page.getByRole('heading', { name: 'Actions' }))
      .first()
      .waitFor();
    await walk('Top of the page', 3);
    for (const view of ['Team & charter', 'Ideas', 'Projects', 'Measures', 'Actions', 'Value Compass', 'Report', 'Meeting']) {
      await goTo(page, view);
      if (view === 'Projects') {
        await press(page.getByRole('link', { name: 'Fewer MRI no-shows' }));
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.matches('#main h1') && document.activeElement.textContent))
          .toBe('Fewer MRI no-shows');
      }
      if (view === 'Meeting') await press(page.getByRole('button', { name: 'Start meeting' }));
      await page.locator('#main h1').focus();
      await walk(view, view === 'Measures' || view === 'Meeting' ? 4 : 0);
    }
    // At side-panel width, where the bar and sections wrap above the view.
    await page.setViewportSize({ width: 400, height: 800 });
    for (const view of ['Ideas', 'Measures', 'Actions']) {
      await goTo(page, view);
      await walk(`${view} at 400 px`, view === 'Measures' ? 2 : 0);
    }
    expect(problems).toEqual([]);
    expect(stops).toBeGreaterThan(100);
  });

  it('a week of data goes in from the keyboard: a value and Enter, and the new row moves to the next week', { timeout: 120_000 }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    await createBoardThroughUi(page, { team: 'Imaging 1 East', me: 'Rosa Delgado' });
    await goTo(page, 'Measures');
    await page.getByLabel('New measure').fill('MRI scans a week');
    await press(page.getByRole('button', { name: 'Add measure' }));
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
    // In the listed rows, Enter saves a corrected value and moves down the column; the last row's Enter goes
    // to the new row's value, and Shift+Enter goes back up. Nothing is added by it.
    const focusedLabel = () => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent ?? '');
    await page.getByLabel('Value on 2026-09-07').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1160');
    await page.keyboard.press('Enter');
    expect(await focusedLabel()).toBe('Value on 2026-09-14');
    await page.keyboard.press('Enter');
    expect(await focusedLabel()).toBe('Value on 2026-09-21');
    await page.keyboard.press('Enter');
    expect(await focusedLabel()).toBe('New point value');
    await page.getByLabel('Value on 2026-09-21').focus();
    await page.keyboard.press('Shift+Enter');
    expect(await focusedLabel()).toBe('Value on 2026-09-14');
    await expect.poll(() => page.getByLabel('Value on 2026-09-07').inputValue()).toBe('1160');
    expect(await page.getByLabel(/^Value on /).count()).toBe(3);
    await expect.poll(() => page.locator('img.chart').first().getAttribute('alt')).toMatch(/3 points from 7 September 2026, latest 1,212 on 21 September 2026/);
  });

  it('names say which item they belong to: whole idea texts, each action’s owner and due date, each charter tick', { timeout: 120_000 }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    await createBoardThroughUi(page, { team: 'Imaging 1 East', me: 'Rosa Delgado' });
    await goTo(page, 'Ideas');
    // Two ideas that share their first 60 characters: their buttons must still tell them apart.
    const ideas = [
      'Llamar a los pacientes el día anterior a su resonancia magnética para confirmar la cita',
      'Llamar a los pacientes el día anterior a su resonancia magnética para ofrecer transporte',
    ];
    for (const text of ideas) {
      await page.getByLabel('New idea').fill(text);
      await press(page.getByRole('button', { name: 'Add idea' }));
    }
    for (const text of ideas) {
      await page.getByRole('button', { name: `Edit idea “${text}”` }).waitFor();
      await page.getByRole('button', { name: `Make it a project: idea “${text}”` }).waitFor();
      await page.getByRole('combobox', { name: `State of idea “${text}”` }).waitFor();
    }
    // The idea text is on the page once, as its heading: the hidden names are not page text.
    expect(await page.getByText(ideas[0]!).count()).toBe(1);

    await goTo(page, 'Actions');
    for (const text of ['Order 20 warm blankets for the MRI waiting room', 'Ask facilities about the waiting room thermostat']) {
      await page.getByLabel('New action', { exact: true }).fill(text);
      await press(page.getByRole('button', { name: 'Add action' }));
      await page.getByLabel(`Owner of action “${text}”`, { exact: true }).waitFor();
      await page.getByLabel(`Due date of action “${text}”`, { exact: true }).waitFor();
      await page.getByRole('button', { name: `Delete action “${text}”` }).waitFor();
    }
    expect(await page.getByRole('textbox', { name: 'Action 2 of 2' }).inputValue()).toBe('Ask facilities about the waiting room thermostat');

    await goTo(page, 'Team & charter');
    const ticks = await page
      .getByRole('checkbox', { name: /^I agree to / })
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim()));
    expect(ticks).toEqual(
      ['Purpose', 'Goals', 'Scope', 'Decision making', 'Ground rules'].map((section) => `I agree to the ${section} section of the charter (Rosa Delgado)`),
    );
  });

  it('the import preview is announced once typing pauses, not on every keystroke', { timeout: 120_000 }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    await createBoardThroughUi(page, { team: 'Imaging 1 East', me: 'Rosa Delgado' });
    await goTo(page, 'Measures');
    await page.getByLabel('New measure').fill('MRI scans a week');
    await press(page.getByRole('button', { name: 'Add measure' }));
    const box = page.getByLabel('Paste rows from a spreadsheet');
    // Count every change to a live region while two weeks (one with a typo first) are typed key by key.
    await page.evaluate(() => {
      const w = window as unknown as { liveChanges: string[] };
      w.liveChanges = [];
      new MutationObserver((records) => {
        for (const r of records) {
          const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[aria-live], [role="status"], [role="alert"]');
          if (region) w.liveChanges.push(region.textContent ?? '');
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await box.focus();
    // (A tab between date and value, as a spreadsheet pastes it: inserted, since the Tab key would leave the box.)
    for (const [i, part] of ['2026-09-07', '1,1x50\n2026-09-14', '1,098'].entries()) {
      if (i > 0) await page.keyboard.insertText('\t');
      await page.keyboard.type(part, { delay: 40 });
    }
    const duringTyping = await page.evaluate(() => (window as unknown as { liveChanges: string[] }).liveChanges.filter(Boolean).length);
    expect(duringTyping).toBeLessThanOrEqual(1);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /cannot be read/ })
          .textContent(),
      )
      .toMatch(/^1 row ready, 1 cannot be read\. Nothing will be imported/);
    // Fixing the typo: one more announcement, once the typing stops.
    await box.fill('2026-09-07\t1,150\n2026-09-14\t1,098');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /rows ready/ })
          .textContent(),
      )
      .toBe('2 rows ready.');
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
