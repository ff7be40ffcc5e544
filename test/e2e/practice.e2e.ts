import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsersPerTest } from './browser';
import { createBoardThroughUi, createInvite, goTo, openCycle, twoProfiles } from './flows';
import { startServer, type UbtServer } from '../../src/server/server';
import { seriousViolations } from './axe';

/** Two teams in two browsers share a practice library: one publishes, the other finds and adopts it. */
let server: UbtServer;
beforeAll(async () => (server = await startServer({ port: 0 })));
afterAll(async () => server?.close());
const browsers = browsersPerTest(afterEach);

const dialogOf = async (page: Page) => {
  await page.getByRole('button', { name: 'New or join' }).click();
  return page.getByRole('dialog', { name: 'Create or join a team board' });
};
const switchTo = (page: Page, name: RegExp) =>
  page
    .getByLabel('Board', { exact: true })
    .locator('option')
    .filter({ hasText: name })
    .getAttribute('value')
    .then((value) => page.getByLabel('Board', { exact: true }).selectOption(value!));

describe('sharing between teams', () => {
  it('team A publishes a project to a library; team B finds it by search and adopts it, with attribution and the adoption counted back', {
    timeout: 240_000,
  }, async () => {
    const [a, b] = await twoProfiles(browsers.launch, server.url, { name: 'Ana Ruiz', role: 'manager-co-lead' }, { name: 'Bo Vance', role: 'union-co-lead' });

    // Team A's project: a problem, a compass point and a test of change that worked.
    const pageA = await a.page('board.html');
    await createBoardThroughUi(pageA, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    await goTo(pageA, 'Projects');
    await pageA.getByLabel('New project title').fill('Wheelchairs at the door');
    await pageA.getByRole('button', { name: 'Start project' }).click();
    await pageA.getByLabel('Problem statement').fill('Patients wait 40 minutes for a wheelchair at discharge.');
    await pageA.getByLabel('Best service').check();
    await pageA.getByRole('button', { name: 'Add test of change' }).click();
    await openCycle(pageA, 'Cycle 1');
    await pageA.getByLabel('What', { exact: true }).last().fill('Stage two wheelchairs at the main entrance each morning');
    await pageA.getByLabel('What we learned').fill('Waits fell to 12 minutes on the test hall');
    await pageA.getByLabel('Decision').selectOption('adopt');
    const projectUrl = pageA.url();

    // A creates the facility's practice library and invites team B's co-lead.
    await (await dialogOf(pageA)).getByLabel('Library name').fill('Oakland practices');
    await pageA.getByRole('button', { name: 'Create library' }).click();
    await pageA.getByRole('heading', { name: /Oakland practices/ }).waitFor();
    const invite = await createInvite(pageA);

    // Team B has its own board, and joins the library.
    const pageB = await b.page('board.html');
    await createBoardThroughUi(pageB, { team: 'Emergency Dept', me: 'Bo Vance' });
    const join = await dialogOf(pageB);
    await join.getByLabel('Invite link or code').fill(invite);
    await join.getByRole('button', { name: 'Join board' }).click();
    await pageB.getByRole('heading', { name: /Oakland practices/ }).waitFor({ timeout: 60_000 });
    expect(await pageB.getByRole('status').filter({ hasText: 'Nothing has been published here yet.' }).count()).toBe(1);

    // A publishes the project, leaving the problem statement out.
    await pageA.goto(projectUrl);
    await pageA.getByText('Share with a practice library').click();
    await pageA.getByLabel('Problem statement', { exact: true }).last().uncheck();
    await pageA.getByRole('button', { name: 'Publish to “Oakland practices”' }).click();
    await pageA.getByRole('status').filter({ hasText: 'Published to “Oakland practices”' }).waitFor();

    // B finds it by words and by Value Compass point, and adopts it into the Emergency Dept board.
    await pageB.getByLabel('Search').fill('wheelchairs entrance');
    await expect
      .poll(
        () =>
          pageB
            .getByRole('status')
            .filter({ hasText: /practice shown/ })
            .textContent(),
        { timeout: 60_000 },
      )
      .toBe('1 of 1 practice shown.');
    await pageB.getByLabel('Value Compass').selectOption('quality');
    await expect.poll(() => pageB.getByRole('status').filter({ hasText: /shown/ }).textContent()).toBe('0 of 1 practice shown.');
    await pageB.getByLabel('Value Compass').selectOption('service');
    const card = pageB.getByRole('article', { name: 'Wheelchairs at the door' });
    expect(await card.textContent()).toContain('Waits fell to 12 minutes on the test hall');
    expect(await card.textContent()).not.toContain('Patients wait 40 minutes');
    expect(await seriousViolations(pageB, 'Practice library')).toEqual([]);
    expect(await card.getByLabel('Adopt into').locator('option:checked').textContent()).toBe('Emergency Dept');
    await card.getByRole('button', { name: 'Adopt this practice' }).click();

    // B's new project says where it came from, and its first test starts from the published change.
    const note = pageB.getByRole('note').filter({ hasText: 'Adopted from' });
    await note.waitFor({ timeout: 30_000 });
    expect(await note.textContent()).toBe('Adopted from Med-Surg 4 West’s practice “Wheelchairs at the door” in Oakland practices. Contact: Ana Ruiz.');
    expect(await pageB.getByLabel('Board', { exact: true }).locator('option:checked').textContent()).toBe('Emergency Dept');
    await pageB
      .getByRole('list', { name: 'Cycles in order' })
      .getByRole('button', { name: /Try: Stage two wheelchairs/ })
      .waitFor();

    // A sees the adoption counted on the entry.
    await switchTo(pageA, /Oakland practices/);
    await expect
      .poll(() => pageA.getByRole('article', { name: 'Wheelchairs at the door' }).locator('.adoptions').textContent(), { timeout: 60_000 })
      .toBe('Adopted by 1 team: Emergency Dept.');
  });
});
