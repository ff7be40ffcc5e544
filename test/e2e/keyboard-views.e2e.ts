import { afterEach, describe, expect, it } from 'vitest';
import { browsersPerTest } from './browser';
import { createBoardThroughUi } from './flows';
import { goTo, press } from './keyboardFlows';

/**
 * The keyboard alone (issue 24), through every view: Tab reaches every control, named and ringed; data goes
 * in row by row; names say what they belong to; the import preview speaks once typing pauses.
 */
const browsers = browsersPerTest(afterEach);

describe('with the keyboard only, in every view', () => {
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
      // Let the view settle first: a view change focuses its heading a frame after it is drawn.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const seen = new Set<string>();
      let previous = 'the heading';
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const stop = await focused();
        if (!stop || seen.has(stop.key!)) return;
        seen.add(stop.key!);
        stops++;
        if (!stop.named) problems.push(`${view}: ${stop.what} has no name`);
        if (!stop.onScreen) problems.push(`${view}: ${stop.what} is off screen`);
        if (!stop.uncovered) problems.push(`${view}: ${stop.what} is covered (stop ${i + 1}, after ${previous})`);
        previous = stop.what;
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
    await expect
      .poll(() => page.locator('.chart').first().getAttribute('aria-label'))
      .toMatch(/3 points from 7 September 2026, latest 1,212 on 21 September 2026/);
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
