import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browsersPerTest } from './browser';
import { createBoardThroughUi, createInvite, goTo, joinThroughUi, statusText, addIdeas, twoProfiles, CONNECTED_TO_ONE } from './flows';
import { startServer, type UbtServer } from '../../src/server/server';

/**
 * A co-lead's browser runs a broken or hostile copy (played here through the test build's raw document,
 * `ubtTestBoardDoc`) and removes ideas outright, damages a project and marks the board for schema 99, over
 * a real WebRTC connection. The other co-lead's board stays usable, says what happened, and puts it back.
 */
let server: UbtServer;
beforeAll(async () => (server = await startServer({ port: 0 })));
afterAll(async () => server?.close());
const browsers = browsersPerTest(afterEach);

const rawDoc = `(globalThis).ubtTestBoardDoc`;
const hostile = (page: Page, script: string) => page.evaluate(`(() => { const doc = ${rawDoc}; ${script} })()`);

/** Ana's board with two ideas and a project, joined by Bo over WebRTC; both on the Ideas view. */
const twoCoLeads = async (): Promise<{ pageA: Page; pageB: Page }> => {
  const [a, b] = await twoProfiles(browsers.launch, server.url, { name: 'Ana Ruiz', role: 'manager-co-lead' }, { name: 'Bo Vance', role: 'member' });
  const pageA = await a.page('board.html');
  await createBoardThroughUi(pageA, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
  await addIdeas(pageA, ['Stage wheelchairs at the entrance', 'Call transport at 9']);
  await goTo(pageA, 'Projects');
  await pageA.getByLabel('New project title').fill('Timely discharge');
  await pageA.getByRole('button', { name: 'Start project' }).click();
  await goTo(pageA, 'Ideas');
  const invite = await createInvite(pageA);
  const pageB = await b.page('board.html');
  await joinThroughUi(pageB, invite);
  await expect.poll(() => statusText(pageB), { timeout: 30_000 }).toMatch(CONNECTED_TO_ONE);
  await goTo(pageB, 'Ideas');
  await pageB.getByText('Call transport at 9').first().waitFor({ timeout: 30_000 });
  return { pageA, pageB };
};

/** Clicks the damage banner's repair and waits for the two items and "Call transport at 9" to be back. */
const putBack = async (page: Page, alert: Locator) => {
  await alert.getByRole('button', { name: 'Put them back from that copy' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /Put back from the copy of .*: 2 items/ })
    .waitFor();
  await page.getByText('Call transport at 9').first().waitFor();
};

describe('a bad writer with a real co-lead invite', () => {
  it('rewrites every idea to “spam” and deletes them; the other co-lead is told, restores the copy from before, and sees every kept copy', {
    timeout: 180_000,
  }, async () => {
    const [a, b] = await twoProfiles(browsers.launch, server.url, { name: 'Ana Ruiz', role: 'manager-co-lead' }, { name: 'Bo Vance', role: 'union-co-lead' });
    const pageA = await a.page('board.html');
    await createBoardThroughUi(pageA, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    const texts = Array.from({ length: 8 }, (_, i) => `Idea ${i + 1}: cut the ${120 + i * 15}-minute wait for discharge medicines on 4 West`);
    await addIdeas(pageA, texts);
    const invite = await createInvite(pageA);
    const pageB = await b.page('board.html');
    await joinThroughUi(pageB, invite);
    await expect.poll(() => statusText(pageB), { timeout: 30_000 }).toMatch(CONNECTED_TO_ONE);
    await goTo(pageB, 'Ideas');
    await pageB.getByText(texts[7]!).first().waitFor({ timeout: 30_000 });
    // What a misused invite can do in a second: every idea rewritten and soft-deleted. Nothing is "damaged".
    await hostile(
      pageB,
      `doc.transact(() => { for (const [, idea] of doc.getMap('ideas')) { const t = idea.get('text'); t.delete(0, t.length); t.insert(0, 'spam'); idea.set('deleted', true); idea.set('deletedAt', Date.now()); } });`,
    );
    await expect.poll(() => pageA.getByText(texts[0]!).count(), { timeout: 30_000 }).toBe(0);
    const alert = pageA.getByRole('alert').filter({ hasText: 'Many items changed at once' });
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/Ideas: 8 deleted since/);
    await alert.getByRole('button', { name: /^Restore the board from/ }).click();
    await pageA
      .getByRole('status')
      .filter({ hasText: /Restored the board as it was at/ })
      .waitFor();
    for (const text of texts) await pageA.getByText(text).first().waitFor();
    // The restore reaches the other co-lead like any edit.
    await pageB.getByText(texts[3]!).first().waitFor({ timeout: 30_000 });
    // Every kept copy, with what differs from the board now.
    await goTo(pageA, 'Report');
    const copies = pageA.getByRole('region', { name: 'Copies kept by this browser' });
    await copies.getByRole('listitem').first().waitFor();
    expect(await copies.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    expect(await copies.textContent()).toMatch(/First copy of the day/);
    expect(await copies.textContent()).toMatch(/The same as the board now\./);
  });
});

describe('a broken or hostile peer', () => {
  it('removes ideas outright and marks the board for schema 99; the other co-lead sees it and puts it back', { timeout: 180_000 }, async () => {
    const { pageA, pageB } = await twoCoLeads();
    await hostile(
      pageB,
      `doc.transact(() => { const ideas = doc.getMap('ideas'); for (const id of [...ideas.keys()]) ideas.delete(id); doc.getMap('meta').set('schemaVersion', 99); });`,
    );

    const alert = pageA.getByRole('alert').filter({ hasText: 'changed in a way UBT Board never changes it' });
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/2 items were removed outright and the board was marked as made by a newer version/);
    await expect.poll(() => pageA.getByText('Call transport at 9').count()).toBe(0);
    await putBack(pageA, alert);
    // The repair travels to the hostile peer like any edit, and A can write again.
    await pageB.getByText('Stage wheelchairs at the entrance').first().waitFor({ timeout: 30_000 });
    await pageA.getByLabel('New idea').fill('Writable again');
    await pageA.getByRole('button', { name: 'Add idea' }).click();
    await pageB.getByText('Writable again').first().waitFor({ timeout: 30_000 });
  });

  it('writes a number into a title and 7 MB into an idea; the other co-lead keeps working and repairs both', { timeout: 180_000 }, async () => {
    const { pageA, pageB } = await twoCoLeads();
    await goTo(pageB, 'Projects');
    await pageB.getByText('Timely discharge').first().waitFor({ timeout: 30_000 });

    await hostile(
      pageB,
      `doc.transact(() => {
        for (const [, project] of doc.getMap('projects')) project.set('title', 42);
        const idea = [...doc.getMap('ideas').values()].find((i) => String(i.get('text')) === 'Call transport at 9');
        idea.get('text').insert(0, 'x'.repeat(7 * 1024 * 1024));
      });`,
    );

    // Both broken items are set aside with a message, the rest of the board reads and writes as before.
    const alert = pageA.getByRole('alert').filter({ hasText: 'changed in a way UBT Board never changes it' });
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toMatch(/2 items were damaged/);
    const attention = pageA.locator('details.needs-attention');
    await expect.poll(() => attention.locator('summary').textContent()).toMatch(/2 items need attention/);
    await attention.locator('summary').click();
    expect(await attention.textContent()).toMatch(/title: is a number where text belongs/);
    expect(await attention.textContent()).toMatch(/text: holds 7,340,0\d\d characters, far more than a field can/);
    await goTo(pageA, 'Ideas');
    await pageA.getByText('Stage wheelchairs at the entrance').first().waitFor();
    expect(await pageA.getByText('Call transport at 9').count()).toBe(0);
    expect(await pageA.evaluate(() => document.body.textContent?.length ?? 0)).toBeLessThan(100_000);
    await pageA.getByLabel('New idea').fill('Still usable');
    await pageA.getByRole('button', { name: 'Add idea' }).click();
    await pageA.getByText('Still usable').first().waitFor();

    await putBack(pageA, alert);
    await goTo(pageA, 'Projects');
    await pageA.getByText('Timely discharge').first().waitFor();
    expect(await pageA.locator('details.needs-attention').count()).toBe(0);
    // The repair reaches the peer that broke them.
    await goTo(pageB, 'Ideas');
    await pageB.getByText('Call transport at 9').first().waitFor({ timeout: 60_000 });
    await pageB.getByText('Still usable').first().waitFor({ timeout: 30_000 });
  });

  it('sends a presence naming a kind the board does not have; the board keeps working and shows who is here', { timeout: 60_000 }, async () => {
    const browser = await browsers.launch();
    const page = await browser.page('board.html');
    await createBoardThroughUi(page, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    const boardId = decodeURIComponent(/#\/b\/([^/]+)/.exec(page.url())![1]!);
    // What the engine passes on from a peer whose broken copy fills in "editing" with anything: played here
    // by another page of the extension posting on the board's presence channel, again and again so the
    // engine's own messages cannot hide it.
    const sender = await browser.page('options.html');
    await sender.evaluate((id) => {
      const channel = new BroadcastChannel(`ubt:presence:${id}`);
      const status = { state: 'connected', peers: 1, signalling: [], progress: null, problem: null, relay: null };
      const bo = { clientId: 7, userId: 'u-bo', name: 'Bo Vance', role: 'union-co-lead', colour: '#1f5f8b' };
      setInterval(
        () => channel.postMessage({ type: 'state', status, people: [{ ...bo, editing: { kind: 'spaceships', id: 'p1', field: 'title' } }], movedBy: '' }),
        100,
      );
    }, boardId);
    const bar = page.getByRole('group', { name: 'Who is here' });
    await bar.locator('.people-here').getByText('Bo Vance').waitFor({ timeout: 10_000 });
    expect(await bar.textContent()).not.toContain('editing');
    expect(await page.getByText('could not be shown').count()).toBe(0);
    // Every view still opens.
    for (const [section, heading] of [
      ['Ideas', 'Ideas'],
      ['Projects', 'Projects'],
      ['Actions', 'Actions'],
    ] as const) {
      await goTo(page, section);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    }
    expect(await bar.locator('.people-here').getByText('Bo Vance').count()).toBe(1);
    await sender.close();
  });
});
