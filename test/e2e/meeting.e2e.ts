import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsersPerTest } from './browser';
import { createBoardThroughUi, createInvite, goTo, joinThroughUi, statusText, addIdeas, twoProfiles, CONNECTED_TO_ONE, toMeeting } from './flows';
import { startServer, type UbtServer } from '../../src/server/server';

/** Two co-leads run the team meeting from the board, each in their own browser, over real WebRTC. */
let server: UbtServer;
beforeAll(async () => (server = await startServer({ port: 0 })));
afterAll(async () => server?.close());
const browsers = browsersPerTest(afterEach);

const currentTitle = (page: Page) => page.locator('#current-item-title').textContent();

describe('meeting mode', () => {
  it('one co-lead starts, both follow the agenda and record, and the minutes hold it all', { timeout: 180_000 }, async () => {
    const [a, b] = await twoProfiles(browsers.launch, server.url, { name: 'Ana Ruiz', role: 'manager-co-lead' }, { name: 'Bo Vance', role: 'union-co-lead' });
    const pageA = await a.page('board.html');
    await createBoardThroughUi(pageA, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    await addIdeas(pageA, ['Stage wheelchairs at the entrance', 'Call transport at 9']);
    await goTo(pageA, 'Actions');
    await pageA.getByLabel('New action').fill('Order two wheelchairs');
    await pageA.getByLabel('Owner').last().fill('Bo');
    await pageA.getByLabel('Due').last().fill('2020-01-10');
    await pageA.getByRole('button', { name: 'Add action' }).click();
    const invite = await createInvite(pageA);
    const pageB = await b.page('board.html');
    await joinThroughUi(pageB, invite);
    await expect.poll(() => statusText(pageB), { timeout: 30_000 }).toMatch(CONNECTED_TO_ONE);

    // A starts the meeting; the agenda built itself from the board, and B sees it without doing anything.
    await toMeeting(pageA);
    await pageA.getByRole('button', { name: 'Start meeting' }).click();
    await toMeeting(pageB);
    const agendaB = pageB.locator('.agenda-list > li');
    await expect.poll(() => agendaB.count(), { timeout: 30_000 }).toBe(3);
    expect(await pageB.locator('.agenda-list').textContent()).toMatch(/Stage wheelchairs.*Call transport at 9.*Order two wheelchairs/);
    expect(await currentTitle(pageB)).toBe('Stage wheelchairs at the entrance');
    await expect.poll(() => pageA.getByRole('link', { name: /^Meeting/ }).textContent()).toContain('in progress');

    // B moves to the next item: both follow.
    await pageB.getByRole('button', { name: /^Next item: Call transport at 9/ }).click();
    await expect.poll(() => currentTitle(pageA), { timeout: 30_000 }).toBe('Call transport at 9');
    // A records a decision and an action on it; B records a decision too.
    await pageA.getByLabel('Decision', { exact: true }).fill('Try calling transport at 9 on one hall for two weeks');
    await pageA.getByRole('button', { name: 'Record decision' }).click();
    await pageA.getByLabel('Action', { exact: true }).fill('Brief the night shift');
    await pageA.getByLabel('Owner', { exact: true }).fill('Ana');
    await pageA.getByRole('button', { name: 'Add action' }).click();
    await pageB.getByLabel('Decision', { exact: true }).fill('Bo tracks the discharge times');
    await pageB.getByRole('button', { name: 'Record decision' }).press('Enter');
    await expect
      .poll(() => pageA.getByRole('list', { name: 'Recorded for this item' }).textContent(), { timeout: 30_000 })
      .toContain('Bo tracks the discharge times');
    await expect.poll(() => pageB.getByRole('list', { name: 'Recorded for this item' }).textContent(), { timeout: 30_000 }).toContain('Brief the night shift');
    // A adds an item of their own and goes to it; attendance is a tick each.
    await pageA.getByLabel('New agenda item').fill('Holiday rota');
    await pageA.getByRole('button', { name: 'Add item' }).click();
    await pageA.getByRole('button', { name: /^Go to item 4: Holiday rota/ }).click();
    await expect.poll(() => currentTitle(pageB), { timeout: 30_000 }).toBe('Holiday rota');
    await pageB.getByRole('checkbox', { name: 'Ana Ruiz' }).check();
    await expect.poll(() => pageA.getByRole('checkbox', { name: 'Ana Ruiz' }).isChecked(), { timeout: 30_000 }).toBe(true);

    // B ends it; both land on the meeting page, and the minutes hold what both recorded.
    await pageB.getByRole('button', { name: 'End meeting' }).click();
    await pageB.getByRole('dialog', { name: 'End the meeting?' }).getByRole('button', { name: 'End meeting' }).click();
    await pageA.getByRole('button', { name: 'Start meeting' }).waitFor({ timeout: 30_000 });
    await pageA
      .getByRole('link', { name: new RegExp(String(new Date().getFullYear())) })
      .first()
      .click();
    const minutes = pageA.locator('.minutes');
    await minutes.getByRole('heading', { name: /^Minutes: team meeting/ }).waitFor();
    const text = (await minutes.textContent()) ?? '';
    expect(text).toContain('3 of 4 items covered');
    expect(text).toContain('Ana Ruiz');
    expect(text).toContain('Decision: Try calling transport at 9 on one hall for two weeks (Ana Ruiz)');
    expect(text).toContain('Decision: Bo tracks the discharge times (Bo Vance)');
    expect(text).toContain('Action: Brief the night shift · Ana');
    expect(text).toMatch(/Order two wheelchairs.*\(not covered\)/);

    const download = pageA.waitForEvent('download');
    await pageA.getByRole('button', { name: 'Download minutes (Markdown)' }).click();
    const file = `${await (await download).path()}`;
    const md = readFileSync(file, 'utf8');
    expect(md).toMatch(/^# Med-Surg 4 West: team meeting, /);
    expect(md).toContain('**Attendees:** Ana Ruiz');
    expect(md).toContain('- **Decision:** Bo tracks the discharge times (Bo Vance)');
    expect(md).toContain('| Brief the night shift | Ana |  |');

    // "Since last meeting" on the next meeting page lists what changed after this one, with who changed it.
    await goTo(pageB, 'Ideas');
    await pageB.getByLabel('New idea').fill('Text patients the day before');
    await pageB.getByRole('button', { name: 'Add idea' }).click();
    await toMeeting(pageA);
    await expect.poll(() => pageA.locator('.since').textContent(), { timeout: 30_000 }).toMatch(/Idea\s*Text patients the day before\s*added\s*by Bo Vance/);
  });
});
