import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsersPerTest, newProfileDir, type ExtensionBrowser } from './browser';
import { configure, createBoardThroughUi, createInvite, goTo, joinThroughUi, relayText } from './flows';
import { addToTeamBoard, selectOnIntranetPage } from './captureFlows';
import { startPageServer } from './pageServer';
import { startServer, type UbtServer } from '../../src/server/server';
import { startRedis, type RedisServer } from '../relay/redis';

/**
 * The relay as a mailbox between co-leads who are never online together: real Chromium profiles, two
 * instances of our server over one real redis-server on 127.0.0.1, no signalling (so no WebRTC at all:
 * everything below travels through the relay).
 */
let redis: RedisServer;
let x: UbtServer;
let y: UbtServer;
let site: { url: string; close(): Promise<void> };
const relayFrames: { at: number; text: string }[] = [];
beforeAll(async () => {
  redis = await startRedis();
  site = await startPageServer();
  x = await startServer({ port: 0, store: redis.url, onRelayFrame: (direction, text) => direction === 'out' && relayFrames.push({ at: Date.now(), text }) });
  y = await startServer({ port: 0, store: redis.url });
});
afterAll(async () => {
  await x?.close();
  await y?.close();
  await redis?.stop();
  await site?.close();
});
const browsers = browsersPerTest(afterEach);

const teamIsShown = (page: Page) => page.getByRole('combobox', { name: 'Board' }).filter({ hasText: 'Med-Surg 4 West' }).waitFor({ timeout: 30_000 });
const relaySynced = async (page: Page) => {
  await expect.poll(() => relayText(page), { timeout: 30_000 }).toMatch(/^✉?\s*Relay synced \d/);
};
/**
 * The relay acknowledged a push (an entry appended, not an inbox opened: both are acks) from this moment
 * on: the edit is in the mailbox.
 */
const pushAckedSince = async (since: number) => {
  await expect.poll(() => relayFrames.some((f) => f.at >= since && f.text.startsWith('{"type":"ack","id":"p')), { timeout: 30_000 }).toBe(true);
};

describe('the relay carries edits between co-leads who are never online together', () => {
  it('C captures and closes; A opens later and sees it; A edits offline; B, on another instance, gets it', { timeout: 240_000 }, async () => {
    const profileA = newProfileDir();
    let a: ExtensionBrowser = await browsers.launch(profileA);
    await configure(a, { name: 'Ana Ruiz', role: 'manager-co-lead', signalling: '', relays: x.relayUrl });
    const boardA = await a.page('board.html');
    await createBoardThroughUi(boardA, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    const invite = await createInvite(boardA);
    await relaySynced(boardA);
    await a.close();

    // C (a nurse) joins from the invite: with A gone, the board can only come from the relay.
    const c = await browsers.launch();
    await configure(c, { name: 'Cal Nguyen', role: 'member', signalling: '', relays: x.relayUrl });
    const boardC = await c.page('board.html');
    await joinThroughUi(boardC, invite);
    await teamIsShown(boardC);
    const before = Date.now();
    const form = await addToTeamBoard(c, await selectOnIntranetPage(c, site.url, 'idea'));
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    // The capture travels from the page through the background to the board, and only then to the relay:
    // wait for it on C's board and for the relay to store it before C goes away (a run on a loaded machine
    // once closed C while the capture was still on its way, with an inbox's ack taken for the push's).
    await goTo(boardC, 'Ideas');
    await boardC.getByRole('button', { name: /^All/ }).click();
    await boardC.getByText('Transport is booked only after the discharge order').waitFor({ timeout: 30_000 });
    await pushAckedSince(before);
    await relaySynced(boardC);
    await c.dispose();

    a = await browsers.launch(profileA);
    const boardA2 = await a.page('board.html');
    await goTo(boardA2, 'Ideas');
    await boardA2.getByRole('button', { name: /^All/ }).click();
    // A reopens the board from its own copy and catches up from the relay.
    await boardA2.getByText('Transport is booked only after the discharge order').waitFor({ timeout: 30_000 });
    await relaySynced(boardA2);

    // B works through the other instance.
    const b = await browsers.launch();
    await configure(b, { name: 'Bo Lindqvist', role: 'union-co-lead', signalling: '', relays: y.relayUrl });
    const boardB = await b.page('board.html');
    await joinThroughUi(boardB, invite);
    await teamIsShown(boardB);
    await goTo(boardB, 'Ideas');
    await boardB.getByRole('button', { name: /^All/ }).click();
    await boardB.getByText('Transport is booked only after the discharge order').waitFor({ timeout: 30_000 });

    // A's relay goes away; A keeps working.
    const port = x.port;
    await x.close();
    await expect.poll(() => relayText(boardA2), { timeout: 30_000 }).toMatch(/Relay unreachable/);
    await boardA2.getByLabel('New idea').fill('Call transport at 9 for planned discharges');
    await boardA2.getByRole('button', { name: 'Add idea' }).click();
    await expect.poll(() => relayText(boardA2)).toMatch(/Relay unreachable/);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await boardB.getByText('Call transport at 9 for planned discharges').count()).toBe(0);

    x = await startServer({ port, store: redis.url });
    await boardB.getByText('Call transport at 9 for planned discharges').waitFor({ timeout: 60_000 });
    await relaySynced(boardA2);
  });
});
