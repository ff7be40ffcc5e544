import { formatDay, localDay } from '../../src/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsersPerTest } from './browser';
import { createBoardThroughUi, createInvite, goTo, joinThroughUi, addIdeas, twoProfiles } from './flows';
import { startServer, type UbtServer } from '../../src/server/server';

/** A sponsor follows three teams' boards, joined with their invites, on one page. */
let server: UbtServer;
beforeAll(async () => (server = await startServer({ port: 0 })));
afterAll(async () => server?.close());
const browsers = browsersPerTest(afterEach);

/** Creates another board from the header's "New or join" dialog. */
const newBoard = async (page: Page, team: string) => {
  await page.getByRole('button', { name: 'New or join' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create or join a team board' });
  await dialog.getByLabel('Team name (required)').fill(team);
  await dialog.getByLabel('Your name').fill('Ana Ruiz');
  await dialog.getByRole('button', { name: 'Create board' }).click();
  await expect.poll(() => page.getByLabel('Board', { exact: true }).locator('option:checked').textContent()).toBe(team);
};

const joinAnother = async (page: Page, invite: string) => {
  await page.getByRole('button', { name: 'New or join' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create or join a team board' });
  await dialog.getByLabel('Invite link or code').fill(invite);
  await dialog.getByRole('button', { name: 'Join board' }).click();
};

describe("sponsors' view", () => {
  it('lists three boards with what a sponsor asks about each, and opens one', { timeout: 240_000 }, async () => {
    const [a, s] = await twoProfiles(
      browsers.launch,
      server.url,
      { name: 'Ana Ruiz', role: 'manager-co-lead' },
      { name: 'Sam Ortiz', role: 'management-sponsor' },
    );
    const pageA = await a.page('board.html');

    // Three teams' boards, each with something different waiting.
    await createBoardThroughUi(pageA, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    await addIdeas(pageA, ['Stage wheelchairs at the entrance', 'Call transport at 9']);
    const invites = [await createInvite(pageA)];
    await newBoard(pageA, 'Emergency Dept');
    await goTo(pageA, 'Actions');
    await pageA.getByLabel('New action').fill('Restock triage carts');
    await pageA.getByLabel('Due').last().fill('2020-01-10');
    await pageA.getByRole('button', { name: 'Add action' }).click();
    await goTo(pageA, 'Projects');
    await pageA.getByLabel('New project title').fill('Door to doctor');
    await pageA.getByRole('button', { name: 'Start project' }).click();
    invites.push(await createInvite(pageA));
    await newBoard(pageA, 'Pharmacy');
    await pageA
      .getByRole('navigation', { name: 'Board sections' })
      .getByRole('link', { name: /^Meeting/ })
      .click();
    await pageA.getByRole('button', { name: 'Start meeting' }).click();
    await pageA.getByRole('button', { name: 'End meeting' }).click();
    await pageA.getByRole('dialog', { name: 'End the meeting?' }).getByRole('button', { name: 'End meeting' }).click();
    await pageA.getByRole('button', { name: 'Start meeting' }).waitFor();
    invites.push(await createInvite(pageA));

    // The sponsor joins all three.
    const pageS = await s.page('board.html');
    await joinThroughUi(pageS, invites[0]!);
    await pageS.getByRole('button', { name: 'New or join' }).waitFor({ timeout: 30_000 });
    await joinAnother(pageS, invites[1]!);
    await joinAnother(pageS, invites[2]!);
    await pageS.getByRole('link', { name: 'All boards' }).click();
    const table = pageS.getByRole('table');
    const row = (team: string) => table.getByRole('row').filter({ has: pageS.getByRole('rowheader', { name: new RegExp(team) }) });
    const cells = async (team: string) => (await row(team).getByRole('cell').allTextContents()).map((t) => t.trim());
    // The boards arrive from Ana's browser in the background; reading again shows what has arrived.
    await expect
      .poll(
        async () => {
          await pageS.reload();
          await expect.poll(() => table.getByText('Reading…').count(), { timeout: 30_000 }).toBe(0);
          return [await cells('Med-Surg 4 West'), await cells('Emergency Dept'), await cells('Pharmacy')];
        },
        { timeout: 120_000, interval: 2000 },
      )
      .toEqual([
        ['0', '0', '0', 'None', 'None yet', '0', '2'],
        ['1', '0', '0', 'None', 'None yet', '1', '0'],
        ['0', '0', '0', 'None', formatDay(localDay()), '0', '0'],
      ]);
    expect(await table.getByRole('row').count()).toBe(4);

    await row('Emergency Dept').getByRole('link', { name: 'Emergency Dept' }).click();
    await goTo(pageS, 'Actions');
    await pageS.getByText('Restock triage carts').waitFor({ timeout: 30_000 });
  });
});
