import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { handedTo, launchExtension, newProfileDir, type ExtensionBrowser } from './browser';
import { configure, createBoardThroughUi, createInvite, goTo, joinThroughUi, statusText, CONNECTED_TO_ONE } from './flows';
import { startServer, type UbtServer } from '../../src/server/server';
import { storedProse } from './storage';

/**
 * Two co-leads on two separate Chromium processes (two profiles), the built extension loaded in each, and
 * the project's signalling server on 127.0.0.1. The tests run in order and share the browsers.
 */
let server: UbtServer;
let port = 0;
const recorded: string[] = [];
const startSignalling = async () => {
  server = await startServer({ port, onMessage: (_direction, text) => recorded.push(text) });
  port = server.port;
};
let a: ExtensionBrowser;
let b: ExtensionBrowser;
let pageA: Page;
let pageB: Page;
const profileB = newProfileDir();
let invite = '';
const secretOf = (link: string) => link.split('ubt1.')[1]!;
const problem = (page: Page) => page.getByLabel('Problem statement');
const poll = expect.poll;

const launchB = async () => {
  b = await launchExtension(profileB);
  pageB = await b.page('board.html');
};
const openProject = async (page: Page, title: string) => {
  await goTo(page, 'Projects');
  await page.getByRole('link', { name: title }).click();
};

beforeAll(async () => {
  await startSignalling();
  a = await launchExtension();
  await configure(a, { name: 'Ana Ruiz', role: 'manager-co-lead', signalling: server.url });
  await launchB();
  await configure(b, { name: 'Ben Okafor', role: 'union-co-lead', signalling: server.url });
  pageA = await a.page('board.html');
});
afterAll(async () => {
  await a?.dispose();
  await b?.dispose();
  await server?.close();
});

describe('two co-leads on one board, peer to peer', () => {
  it('co-lead B joins through an invite and sees the team’s board', async () => {
    await createBoardThroughUi(pageA, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    for (const title of ['Timely discharge', 'Fewer falls']) {
      await goTo(pageA, 'Projects');
      await pageA.getByLabel('New project title').fill(title);
      await pageA.getByRole('button', { name: 'Start project' }).click();
    }
    invite = await createInvite(pageA);
    expect(invite).toMatch(/^chrome-extension:\/\/[a-p]{32}\/board\.html#\/join\/ubt1\.[A-Za-z0-9_-]{32}$/);
    await joinThroughUi(pageB, invite);
    await poll(() => pageB.getByRole('combobox', { name: 'Board' }).locator('option:checked').textContent(), { timeout: 20_000 }).toBe('Med-Surg 4 West');
    await goTo(pageB, 'Projects');
    await poll(() => pageB.getByRole('link', { name: 'Fewer falls' }).count()).toBe(1);
    await poll(() => statusText(pageA)).toMatch(CONNECTED_TO_ONE);
    await poll(() => statusText(pageB)).toMatch(CONNECTED_TO_ONE);
  });

  it('shows A who is here and which field B is editing', async () => {
    await openProject(pageA, 'Timely discharge');
    await openProject(pageB, 'Timely discharge');
    await problem(pageB).click();
    await poll(() => pageA.locator('.people-here').textContent()).toContain('Ben Okafor');
    expect(await pageA.locator('.people-here').textContent()).toContain('Union co-lead');
    await poll(() => pageA.locator('.people-here .editing').textContent()).toBe('editing problem statement of “Timely discharge”');
    await poll(() => pageA.locator('label', { hasText: 'Problem statement' }).locator('.editing-badge').textContent()).toBe('Ben Okafor is editing');
  });

  it('keeps one connection per browser: a side panel next to the tab opens no second one', async () => {
    const panel = await a.page(`sidepanel.html${new URL(pageA.url()).hash}`);
    await poll(() => statusText(panel)).toMatch(CONNECTED_TO_ONE);
    // The signalling server sees one WebSocket per browser (each sync engine), not one per page.
    expect(server.clients()).toBe(2);
    const rooms = await panel.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ rooms: string[] }> } } }).chrome.runtime.sendMessage({
        type: 'ubt:engine-rooms',
      }),
    );
    expect(rooms.rooms).toHaveLength(1);
    await panel.close();
  });

  it('merges two co-leads typing in the same field at once, keeping both their words', async () => {
    await problem(pageA).click();
    await problem(pageA).pressSequentially('Discharge is late.');
    await poll(() => problem(pageB).inputValue()).toBe('Discharge is late.');
    await problem(pageA).press('Home');
    await problem(pageB).click();
    await problem(pageB).press('End');
    await Promise.all([problem(pageA).pressSequentially('Most days: ', { delay: 15 }), problem(pageB).pressSequentially(' Beds stay blocked.', { delay: 15 })]);
    const expected = 'Most days: Discharge is late. Beds stay blocked.';
    await poll(() => problem(pageA).inputValue()).toBe(expected);
    await poll(() => problem(pageB).inputValue()).toBe(expected);
  });

  it('hands each keystroke straight from the page to its engine, and from the other engine to its page', async () => {
    const before = [await handedTo(pageA), await handedTo(pageB)];
    await problem(pageA).press('End');
    await problem(pageA).pressSequentially(' Ça marche, señora: 待ち時間', { delay: 20 });
    await poll(() => problem(pageB).inputValue()).toBe('Most days: Discharge is late. Beds stay blocked. Ça marche, señora: 待ち時間');
    const after = [await handedTo(pageA), await handedTo(pageB)];
    // The typing page's engine was handed every keystroke, one message each; the other engine's page too.
    expect(after[0]!.engine - before[0]!.engine).toBeGreaterThanOrEqual(24);
    expect(after[1]!.page - before[1]!.page).toBeGreaterThanOrEqual(24);
  });

  it('keeps edits to different items apart', async () => {
    await openProject(pageB, 'Fewer falls');
    await Promise.all([
      pageA.getByLabel('What', { exact: true }).pressSequentially('Discharges before 11am', { delay: 10 }),
      problem(pageB).pressSequentially('Three falls in May on nights', { delay: 10 }),
    ]);
    await openProject(pageA, 'Fewer falls');
    await poll(() => problem(pageA).inputValue()).toBe('Three falls in May on nights');
    await openProject(pageB, 'Timely discharge');
    await poll(() => pageB.getByLabel('What', { exact: true }).inputValue()).toBe('Discharges before 11am');
  });

  it('resolves a delete against a concurrent edit the same way on both screens, losing nothing', async () => {
    await openProject(pageB, 'Fewer falls');
    await problem(pageB).click();
    await problem(pageB).press('End');
    await Promise.all([problem(pageB).pressSequentially(' and at shift change', { delay: 10 }), pageA.getByRole('button', { name: 'Delete project' }).click()]);
    await goTo(pageA, 'Projects');
    await poll(() => pageB.getByRole('heading', { name: '“Fewer falls” was deleted' }).count()).toBe(1);
    expect(await pageA.getByRole('link', { name: 'Fewer falls' }).count()).toBe(0);
    // B restores it: every word B typed during the delete is there, on both screens.
    await pageB.getByRole('button', { name: 'Restore project' }).click();
    await poll(() => pageB.getByRole('heading', { name: '“Fewer falls” was deleted' }).count()).toBe(0);
    await poll(() => problem(pageB).inputValue()).toBe('Three falls in May on nights and at shift change');
    await openProject(pageA, 'Fewer falls');
    await poll(() => problem(pageA).inputValue()).toBe('Three falls in May on nights and at shift change');
  });

  it('sends edits over WebRTC: they still arrive with the signalling server stopped', async () => {
    await server.close();
    await openProject(pageB, 'Fewer falls');
    await problem(pageA).press('End');
    await problem(pageA).pressSequentially('. Over WebRTC.');
    await poll(() => problem(pageB).inputValue()).toBe('Three falls in May on nights and at shift change. Over WebRTC.');
  });

  it('merges edits made while B was offline once B is back', async () => {
    // The signalling server is still down: close B, both edit apart, then bring B and the server back.
    // B quits only once A's last edit is in B's IndexedDB, as a person's quit would follow it (a run on a
    // loaded machine quit between the edit showing and its write, within the idle write's 250 ms).
    await poll(() => storedProse(pageB), { timeout: 10_000 }).toContain('Three falls in May on nights and at shift change. Over WebRTC.');
    await b.close();
    await poll(() => pageA.locator('.people-here').count(), { timeout: 15_000 }).toBe(0);
    await problem(pageA).press('Home');
    await problem(pageA).pressSequentially('[A offline] ');
    await launchB();
    await poll(() => statusText(pageB), { timeout: 20_000 }).toMatch(/unreachable/);
    await openProject(pageB, 'Fewer falls');
    await problem(pageB).press('End');
    await problem(pageB).pressSequentially(' [B offline]');
    await startSignalling();
    const merged = '[A offline] Three falls in May on nights and at shift change. Over WebRTC. [B offline]';
    await poll(() => problem(pageA).inputValue(), { timeout: 30_000 }).toBe(merged);
    await poll(() => problem(pageB).inputValue(), { timeout: 30_000 }).toBe(merged);
    await poll(() => statusText(pageB)).toMatch(CONNECTED_TO_ONE);
    await pageB.screenshot({ path: 'test-results/co-lead-b.png', fullPage: true });
    await pageA.screenshot({ path: 'test-results/co-lead-a.png', fullPage: true });
  });

  it('rotating the secret moves connected co-leads; a third profile with the old invite learns nothing', async () => {
    const oldInvite = invite;
    await pageA.getByRole('button', { name: 'Invite' }).click();
    await pageA.locator('summary', { hasText: 'Rotate the secret' }).click();
    await pageA.getByRole('button', { name: 'Rotate the secret' }).click();
    await pageA.getByText(/old invites no longer work/).waitFor();
    const newInvite = await pageA.getByLabel('Co-leads’ invite link', { exact: true }).inputValue();
    await pageA.getByRole('button', { name: 'Close' }).click();
    expect(secretOf(newInvite)).not.toBe(secretOf(oldInvite));
    // B was connected and follows: edits still reach B in the new room.
    await poll(() => statusText(pageB), { timeout: 30_000 }).toMatch(CONNECTED_TO_ONE);
    await problem(pageA).press('End');
    await problem(pageA).pressSequentially(' (after rotation)');
    await poll(() => problem(pageB).inputValue(), { timeout: 30_000 }).toMatch(/\(after rotation\)$/);

    const c = await launchExtension();
    try {
      await configure(c, { name: 'Cy Eavesdropper', role: 'member', signalling: server.url });
      const pageC = await c.page('board.html');
      await joinThroughUi(pageC, oldInvite);
      await pageC.getByRole('heading', { name: /Waiting for your team/ }).waitFor();
      await pageC.waitForTimeout(4000);
      await pageC.screenshot({ path: 'test-results/wrong-secret.png', fullPage: true });
      expect(await pageC.getByRole('heading', { name: /Waiting for your team/ }).count()).toBe(1);
      // biome-ignore lint/performance/useDomNodeTextContent: what a person sees on screen, so the rendered text
      const seen = await pageC.locator('body').innerText();
      for (const text of ['Med-Surg 4 West', 'Timely discharge', 'falls', 'Ana Ruiz', 'Ben Okafor']) expect(seen).not.toContain(text);
      expect(await pageC.getByRole('combobox', { name: 'Board' }).locator('option:checked').textContent()).toBe('Shared board');
      expect(await statusText(pageC)).toBe('Connected, waiting for co-leads');
    } finally {
      await c.dispose();
    }
  });

  it('A sees B leave', async () => {
    await poll(() => pageA.locator('.people-here').textContent()).toContain('Ben Okafor');
    await b.close();
    await poll(() => pageA.locator('.people-here').count(), { timeout: 15_000 }).toBe(0);
    await poll(() => statusText(pageA)).toBe('Connected, waiting for co-leads');
  });

  it('never shows the signalling server any board text, name or secret', () => {
    expect(recorded.length).toBeGreaterThan(20);
    const all = recorded.join('\n');
    for (const secret of [secretOf(invite)]) expect(all).not.toContain(secret);
    for (const text of ['Med-Surg', 'Timely discharge', 'Fewer falls', 'falls in May', 'Ana Ruiz', 'Ben Okafor', 'Union co-lead', 'union-co-lead']) {
      expect(all).not.toContain(text);
    }
    // What it does see: subscriptions to derived room ids and opaque publishes.
    expect(all).toMatch(/"topics":\["ubt-[0-9a-f]{32}"\]/);
  });
});
