import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browsersPerTest } from './browser';
import { configure, createBoardThroughUi, createInvite, joinThroughUi, statusText, CONNECTED_TO_ONE } from './flows';
import { startServer, type UbtServer } from '../../src/server/server';

/**
 * Everything the signalling server is sent, in a session of its own: two co-leads connect, then rotate the
 * secret and connect again. Every publish must be y-webrtc ciphertext (the room secret is its password):
 * no SDP, no ICE candidate, no announce in the clear, for the first and for the rotated secret.
 */
let server: UbtServer;
const received: string[] = [];
beforeAll(async () => (server = await startServer({ port: 0, onMessage: (direction, text) => direction === 'in' && received.push(text) })));
afterAll(async () => server?.close());
const browsers = browsersPerTest(afterEach);

// What y-webrtc's clear-text messages would hold: JSON keys and SDP lines. Each marker is long enough
// (six bytes or more) that random ciphertext does not hold it by chance; short words such as "sdp",
// matched without case, turned up inside ciphertext about once in twenty runs.
const CLEAR = /"type":|"sdp":|"signal":|"from":|candidate:|ice-ufrag|a=fingerprint|"announce"/;
const publishes = () => received.map((t) => JSON.parse(t) as { type: string; topic?: string; data?: unknown }).filter((m) => m.type === 'publish');

describe('signalling sees only ciphertext', () => {
  it('every publish is opaque, before and after rotating the secret', { timeout: 120_000 }, async () => {
    const a = await browsers.launch();
    const b = await browsers.launch();
    await configure(a, { name: 'Ana Ruiz', role: 'manager-co-lead', signalling: server.url });
    await configure(b, { name: 'Ben Okafor', role: 'union-co-lead', signalling: server.url });
    const pageA = await a.page('board.html');
    await createBoardThroughUi(pageA, { team: 'Med-Surg 4 West', me: 'Ana Ruiz' });
    const invite = await createInvite(pageA);
    const pageB = await b.page('board.html');
    await joinThroughUi(pageB, invite);
    await expect.poll(() => statusText(pageB), { timeout: 30_000 }).toMatch(CONNECTED_TO_ONE);
    const firstTopics = new Set(publishes().map((m) => m.topic));

    await pageA.getByRole('button', { name: 'Invite' }).click();
    await pageA.locator('summary', { hasText: 'Rotate the secret' }).click();
    await pageA.getByRole('button', { name: 'Rotate the secret' }).click();
    await pageA.getByText(/old invites no longer work/).waitFor();
    const rotated = await pageA.getByLabel('Co-leads’ invite link', { exact: true }).inputValue();
    await pageA.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => new Set(publishes().map((m) => m.topic)).size, { timeout: 30_000 }).toBeGreaterThan(firstTopics.size);
    await expect.poll(() => statusText(pageB), { timeout: 30_000 }).toMatch(CONNECTED_TO_ONE);

    const all = publishes();
    const topics = new Set(all.map((m) => m.topic));
    expect(topics.size).toBe(2);
    for (const topic of topics) expect(all.filter((m) => m.topic === topic).length, `publishes on ${topic}`).toBeGreaterThanOrEqual(2);
    for (const message of all) {
      expect(typeof message.data, JSON.stringify(message).slice(0, 200)).toBe('string');
      const data = message.data as string;
      expect(data).toMatch(/^[A-Za-z0-9+/]+=*$/);
      const bytes = Buffer.from(data, 'base64').toString('latin1');
      expect(bytes).not.toMatch(CLEAR);
    }
    const wire = received.join('\n');
    for (const secret of [invite, rotated].map((link) => link.split('ubt1.')[1]!)) expect(wire).not.toContain(secret);
    for (const text of ['Med-Surg', 'Ana Ruiz', 'Ben Okafor', 'manager-co-lead']) expect(wire).not.toContain(text);
  });
});
