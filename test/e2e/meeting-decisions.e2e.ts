import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { addDays, exportBackup, formatDay, localDay } from '../../src/core';
import { browsersPerTest } from './browser';
import { configure, goTo, restoreThroughUi, toMeeting } from './flows';
import { buildMeetingBoard } from '../fixtures/boards';

const OUT = 'test-results/meeting-decisions';
mkdirSync(OUT, { recursive: true });
const browsers = browsersPerTest(afterEach);

const current = (page: Page) => page.locator('.current-item');
const recorded = (page: Page) => page.getByRole('list', { name: 'Recorded for this item' });
const next = async (page: Page, title: RegExp) => {
  await page.getByRole('button', { name: /^Next item:/ }).click();
  await expect.poll(() => page.locator('#current-item-title').textContent()).toMatch(title);
};

describe('a meeting acts on what it decides', () => {
  it('triages the idea, writes Study and Act, notes the chart and closes the action, and the minutes and the board both show it', {
    timeout: 120_000,
  }, async () => {
    const today = localDay();
    const browser = await browsers.launch();
    await configure(browser, { name: 'Ana Ruiz', role: 'manager-co-lead', signalling: '' });
    const page = await browser.page('board.html');
    await restoreThroughUi(page, JSON.stringify(exportBackup(buildMeetingBoard(today).doc).backup), 'ed-triage');

    // The next meeting is set before this one starts, and shows in the navigation.
    await toMeeting(page);
    const nextWeek = addDays(today, 7);
    await page.getByLabel('Date of the next meeting').fill(nextWeek);
    await page.getByLabel('Date of the next meeting').press('Enter');
    await expect
      .poll(() => page.getByRole('link', { name: /^Meeting/ }).textContent())
      .toContain(formatDay(nextWeek, false).replace(/(\d+) (\w{3})\w*/, '$1 $2'));
    expect(await page.locator('.agenda-preview li').count()).toBe(4);
    await page.getByRole('button', { name: 'Start meeting' }).click();

    // 1. The new idea: named as a project in place, in two keystrokes after the button.
    await expect.poll(() => page.locator('#current-item-title').textContent()).toBe('Greeter nurse at the front door during the morning surge');
    await current(page).getByRole('button', { name: 'Make it a project…' }).click();
    const title = page.getByLabel('Project title');
    expect(await title.inputValue()).toBe('Greeter nurse at the front door during the morning surge');
    await page.screenshot({ path: `${OUT}/idea-choices-1280.png`, fullPage: true });
    await title.fill('Greeter nurse at triage');
    await title.press('Enter');
    await current(page).getByText('This idea is now accepted.').waitFor();
    expect(await recorded(page).textContent()).toContain('Accepted: made it a project, “Greeter nurse at triage”.');
    // An action on it: owners come from the board's people, and a past date is pointed out.
    expect(await page.locator('#meeting-people option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual([
      'Ana Ruiz',
      'Ben Okafor',
      'Dee Park',
    ]);
    await page.getByLabel('Action', { exact: true }).fill('Write the greeter’s script');
    await page.getByLabel('Owner', { exact: true }).fill('Dee Park');
    await page.getByLabel('Due', { exact: true }).fill(addDays(today, -1));
    await page.getByText(`${formatDay(addDays(today, -1))} has already passed.`).waitFor();
    await page.getByRole('button', { name: 'Add action' }).click();
    await expect.poll(() => recorded(page).textContent()).toContain('Write the greeter’s script');

    // 2. The test of change due: Study, then Act.
    await next(page, /^Split-flow triage/);
    await page.getByLabel('Study: results compared with the prediction').fill('Door-to-triage fell from about 150 to about 110 minutes, as predicted.');
    await page.getByRole('button', { name: 'Save the Study' }).click();
    await page.getByLabel('What the next cycle changes (optional)').fill('Run it on weekends too.');
    await page.getByRole('group', { name: 'Act decision' }).getByRole('button', { name: 'Adopt' }).click();
    await current(page).locator('.choice-done', { hasText: 'Act: Adopted.' }).waitFor();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.screenshot({ path: `${OUT}/cycle-choices-400.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // 3. The measure with a new signal: a note on its chart.
    await next(page, /^Door-to-triage time/);
    await page.getByLabel('Note on the chart').fill('Split-flow triage started');
    await page.getByRole('button', { name: 'Add the note' }).click();
    await expect.poll(() => recorded(page).textContent()).toMatch(/Note on the chart at .*: Split-flow triage started/);

    // 4. The overdue action: done.
    await next(page, /^Order a second triage chair/);
    await current(page).getByRole('button', { name: 'Mark done' }).click();
    await current(page).getByText('This action is done.').waitFor();

    // Who came; Dee did not.
    for (const name of ['Ana Ruiz', 'Ben Okafor']) await page.getByRole('region', { name: 'Attendance' }).getByLabel(name).check();
    await page.getByRole('button', { name: 'End meeting' }).click();
    await page.getByRole('dialog', { name: 'End the meeting?' }).getByRole('button', { name: 'End meeting' }).click();

    // The minutes record every decision, the absent member and the action's project.
    await page.locator('.card', { hasText: 'Minutes of past meetings' }).getByRole('link').first().click();
    const minutes = page.locator('.view-meeting');
    await minutes.getByText('Absent:').waitFor();
    const text = (await minutes.textContent()) ?? '';
    for (const line of [
      'Accepted: made it a project, “Greeter nurse at triage”.',
      'Study: Door-to-triage fell from about 150 to about 110 minutes, as predicted.',
      'Act: Adopted. Next: Run it on weekends too.',
      'Split-flow triage started',
      'Marked done.',
      'Absent: Dee Park',
      'project Greeter nurse at triage',
    ])
      expect(text, line).toContain(line);

    // The board changed: the project exists, the action is done, the new action belongs to the project and the meeting.
    await goTo(page, 'Projects');
    await page.getByRole('link', { name: 'Greeter nurse at triage' }).waitFor();
    await goTo(page, 'Actions');
    expect(await page.getByRole('checkbox', { name: 'Done: Order a second triage chair' }).isChecked()).toBe(true);
    // (Only the action from the meeting has a project or a meeting to name.)
    const origins = await page.locator('.action-origin').allTextContents();
    expect(origins).toHaveLength(1);
    expect(origins[0]).toMatch(/^Project Greeter nurse at triage · From the meeting of .*: Greeter nurse at the front door during the morning surge$/);
    // And the next meeting's agenda has none of them again: only the new action, whose day has passed.
    await toMeeting(page);
    const agenda = await page.locator('.agenda-preview li').allTextContents();
    expect(agenda).toHaveLength(1);
    expect(agenda[0]).toContain('Write the greeter’s script');
  });
});
