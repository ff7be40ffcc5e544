import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsersPerTest, newProfileDir } from './browser';
import { createBoardThroughUi, goTo, openCycle } from './flows';
import { seriousViolations } from './axe';
import { storedText } from './storage';

const browsers = browsersPerTest(afterEach);
const launch = browsers.launch;

const fillPdsaAndData = async (page: Page) => {
  // A project with a problem statement and a compass point.
  await goTo(page, 'Projects');
  await page.getByLabel('New project title').fill('Timely discharge');
  await page.getByRole('button', { name: 'Start project' }).click();
  await page.getByLabel('Problem statement').fill('Half of our discharges happen after 2pm.');
  await page.getByLabel('Best service').check();
  // A test of change with Plan and Act filled in.
  await page.getByRole('button', { name: 'Add test of change' }).click();
  await page.getByLabel('Prediction, and why we think so').fill('Half of patients ready by 11am');
  await page.getByLabel('Decision').selectOption('adapt');
  // A measure with two data points.
  await goTo(page, 'Measures');
  await page.getByLabel('New measure').fill('Discharges before 11am');
  await page.getByRole('button', { name: 'Add measure' }).click();
  for (const [date, value] of [
    ['2026-03-02', '21'],
    ['2026-03-09', '34'],
  ] as const) {
    await page.getByLabel('New point date').fill(date);
    await page.getByLabel('New point value').fill(value);
    await page.getByRole('button', { name: 'Add point' }).click();
  }
  await expect.poll(() => page.getByRole('button', { name: 'Data (2)' }).count()).toBe(1);
  // An idea.
  await goTo(page, 'Ideas');
  await page.getByLabel('New idea').fill('Pre-stock discharge kits the night before');
  await page.getByRole('button', { name: 'Add idea' }).click();
  await expect.poll(() => page.getByText('Pre-stock discharge kits the night before').count()).toBe(1);
};

describe('the board in a real browser', () => {
  it('keeps a board with a project, a PDSA cycle, a measure with data and an idea across a browser restart', async () => {
    const profile = newProfileDir();
    const first = await launch(profile);
    const page = await first.page('board.html');
    await createBoardThroughUi(page, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    await fillPdsaAndData(page);
    // Quit only once the last edit is in IndexedDB (Yjs keeps strings as UTF-8 there), as a user's quit would follow it.
    await expect.poll(() => storedText(page), { timeout: 10_000 }).toContain('Pre-stock discharge kits the night before');
    await first.close();
    browsers.forget();

    const second = await launch(profile);
    const again = await second.page('board.html');
    // The last board opens by itself.
    await expect.poll(() => again.getByRole('combobox', { name: 'Board' }).inputValue().then(Boolean), { timeout: 10_000 }).toBe(true);
    await goTo(again, 'Projects');
    await again.getByRole('link', { name: 'Timely discharge' }).click();
    await expect.poll(() => again.getByLabel('Problem statement').inputValue()).toBe('Half of our discharges happen after 2pm.');
    expect(await again.getByLabel('Best service').isChecked()).toBe(true);
    await openCycle(again, 'Cycle 1');
    expect(await again.getByLabel('Prediction, and why we think so').inputValue()).toBe('Half of patients ready by 11am');
    expect(await again.getByLabel('Decision', { exact: true }).inputValue()).toBe('adapt');
    await goTo(again, 'Measures');
    await again.getByRole('button', { name: 'Data (2)' }).click();
    expect(await again.getByLabel('Value on 2026-03-02').inputValue()).toBe('21');
    await goTo(again, 'Ideas');
    await again.screenshot({ path: 'test-results/ideas-after-restart.png', fullPage: true });
    await expect.poll(() => again.getByText('Pre-stock discharge kits the night before').count()).toBe(1);
    await again.screenshot({ path: 'test-results/board-after-restart.png', fullPage: true });
  });

  it('shows the same edit in the tab and the side panel, live, and undoes only the edits made in each', async () => {
    const browser = await launch();
    const tab = await browser.page('board.html');
    await createBoardThroughUi(tab, { team: 'Imaging', me: 'Ben Okafor' });
    await goTo(tab, 'Projects');
    await tab.getByLabel('New project title').fill('Fewer repeat scans');
    await tab.getByRole('button', { name: 'Start project' }).click();
    const panel = await browser.page(`sidepanel.html${new URL(tab.url()).hash}`);
    await panel.setViewportSize({ width: 400, height: 900 });

    await tab.getByLabel('Problem statement').pressSequentially('Repeat scans waste time.');
    await expect.poll(() => panel.getByLabel('Problem statement').inputValue()).toBe('Repeat scans waste time.');
    await panel.getByLabel('Problem statement').press('End');
    await panel.getByLabel('Problem statement').pressSequentially(' Patients wait.');
    await expect.poll(() => tab.getByLabel('Problem statement').inputValue()).toBe('Repeat scans waste time. Patients wait.');

    // Ctrl+Z in the tab removes the tab's typing, not the side panel's.
    await tab.getByLabel('Problem statement').click();
    await tab.keyboard.press('Control+z');
    await expect.poll(() => tab.getByLabel('Problem statement').inputValue()).toBe(' Patients wait.');
    await expect.poll(() => panel.getByLabel('Problem statement').inputValue()).toBe(' Patients wait.');
    await tab.keyboard.press('Control+Shift+z');
    await expect.poll(() => panel.getByLabel('Problem statement').inputValue()).toBe('Repeat scans waste time. Patients wait.');
    await panel.screenshot({ path: 'test-results/side-panel.png', fullPage: true });
  });

  it('gives every control an accessible name, in every view', async () => {
    const browser = await launch();
    const page = await browser.page('board.html');
    await createBoardThroughUi(page, { team: 'Pharmacy', me: 'Cy Park' });
    await fillPdsaAndData(page);
    const unnamed: string[] = [];
    for (const view of ['Team & charter', 'Ideas', 'Projects', 'Measures', 'Actions', 'Value Compass']) {
      await goTo(page, view);
      if (view === 'Projects') {
        await page.getByRole('link', { name: 'Timely discharge' }).click();
        await openCycle(page, 'Cycle 1');
      }
      if (view === 'Measures') await page.getByRole('button', { name: 'Measure and chart settings' }).first().click();
      const missing = await page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea, button, a[href]')]
          .filter((el) => {
            const e = el as HTMLInputElement;
            const named = (e.labels?.length ?? 0) > 0 || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || (el.textContent ?? '').trim();
            return !named && (el as HTMLElement).offsetParent !== null;
          })
          .map((el) => el.outerHTML.slice(0, 120)),
      );
      unnamed.push(...missing.map((m) => `${view}: ${m}`));
    }
    expect(unnamed).toEqual([]);
  });

  it('has no serious or critical accessibility violations (axe-core) on any page, at full width and side-panel width', { timeout: 180_000 }, async () => {
    const browser = await launch();
    const page = await browser.page('board.html');
    const found: string[] = [];
    const check = async (where: string) => {
      for (const width of [1280, 400]) {
        await page.setViewportSize({ width, height: 900 });
        found.push(...(await seriousViolations(page, `${where} at ${width} px`)));
      }
    };
    await page.getByLabel('Team name (required)').waitFor();
    await check('First run');
    await createBoardThroughUi(page, { team: 'Pharmacy', me: 'Cy Park' });
    await fillPdsaAndData(page);
    for (const view of ['Team & charter', 'Ideas', 'Projects', 'Measures', 'Actions', 'Value Compass', 'Report']) {
      await goTo(page, view);
      if (view === 'Projects') {
        await page.getByRole('link', { name: 'Timely discharge' }).click();
        await openCycle(page, 'Cycle 1');
      }
      if (view === 'Measures') await page.getByRole('button', { name: 'Measure and chart settings' }).first().click();
      await check(view);
    }
    // A meeting: the start page, one in progress with something recorded, and its minutes.
    const meeting = page.getByRole('navigation', { name: 'Board sections' }).getByRole('link', { name: /^Meeting/ });
    await meeting.click();
    await check('Meeting, before it starts');
    await page.getByRole('button', { name: 'Start meeting' }).click();
    await page.getByLabel('Decision', { exact: true }).fill('Try it on one hall');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await check('Meeting in progress');
    await page.getByRole('button', { name: 'End meeting' }).click();
    await page.getByRole('dialog', { name: 'End the meeting?' }).getByRole('button', { name: 'End meeting' }).click();
    await page
      .getByRole('link', { name: new RegExp(String(new Date().getFullYear())) })
      .first()
      .click();
    await page.getByRole('heading', { name: /^Minutes/ }).waitFor();
    await check('Minutes');
    const meetingId = await page.evaluate(() => decodeURIComponent(location.hash.split('/')[4] ?? ''));
    // The sponsors' overview, the settings page and the printable report.
    const boardId = await page.evaluate(() => decodeURIComponent(location.hash.split('/')[2] ?? ''));
    await page.evaluate(() => {
      location.hash = '#/overview';
    });
    await page.getByRole('table').getByRole('cell').first().waitFor();
    await check("Sponsors' overview");
    const options = await browser.page('options.html');
    await options.getByLabel('Display name').waitFor();
    found.push(...(await seriousViolations(options, 'Settings')));
    const print = await browser.page(`print.html#b=${encodeURIComponent(boardId)}&scope=board`);
    await print.getByRole('heading', { name: /improvement report/ }).waitFor();
    found.push(...(await seriousViolations(print, 'Printable report')));
    const minutes = await browser.page(`print.html#b=${encodeURIComponent(boardId)}&minutes=${encodeURIComponent(meetingId)}`);
    await minutes.getByRole('heading', { name: /team meeting/ }).waitFor();
    found.push(...(await seriousViolations(minutes, 'Printable minutes')));
    expect(found).toEqual([]);
  });
});
