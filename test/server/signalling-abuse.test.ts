import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type UbtServer } from '../../src/server/server';
import { openSocket } from './socket';
import { until } from '../support/until';

let server: UbtServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A normal pair of co-leads still meets and talks. */
const stillServes = async (url: string) => {
  const a = await openSocket(url);
  const b = await openSocket(url);
  a.ws.send(JSON.stringify({ type: 'subscribe', topics: ['ubt-room'] }));
  b.ws.send(JSON.stringify({ type: 'subscribe', topics: ['ubt-room'] }));
  await new Promise((r) => setTimeout(r, 50));
  b.ws.send(JSON.stringify({ type: 'publish', topic: 'ubt-room', data: 'hello a' }));
  a.ws.send(JSON.stringify({ type: 'ping' }));
  await until(() => a.inbox.some((m) => m.data === 'hello a') && a.inbox.some((m) => m.type === 'pong'));
  a.ws.close();
  b.ws.close();
};

describe('signalling server under abuse', { timeout: 30_000 }, () => {
  it('ignores malformed frames and keeps serving', async () => {
    server = await startServer({ port: 0 });
    const vandal = await openSocket(server.url);
    for (const frame of [
      '',
      'not json',
      '[]',
      'null',
      '{"type":"subscribe","topics":"room"}',
      '{"type":"publish"}',
      '{"type":"publish","topic":""}',
      '{"type":"nope"}',
      '{"type":"subscribe","topics":[1,2]}',
      JSON.stringify({ type: 'subscribe', topics: ['x'.repeat(201)] }),
    ])
      vandal.ws.send(frame);
    vandal.ws.send(Buffer.from([0, 1, 2, 255]));
    await stillServes(server.url);
    expect(vandal.ws.readyState).toBe(WebSocket.OPEN);
    expect(vandal.inbox).toEqual([]);
  });

  it('closes a connection that sends an oversized frame, and only that one', async () => {
    server = await startServer({ port: 0 });
    const vandal = await openSocket(server.url);
    const closed = new Promise<number>((resolve) => vandal.ws.once('close', (code) => resolve(code)));
    vandal.ws.send(JSON.stringify({ type: 'publish', topic: 'ubt-room', data: 'x'.repeat(200 * 1024) }));
    expect(await closed).toBe(1009);
    await stillServes(server.url);
  });

  it('caps topics per connection under a subscription flood', async () => {
    server = await startServer({ port: 0, maxTopicsPerConnection: 50 });
    const flooder = await openSocket(server.url);
    for (let i = 0; i < 40; i++) flooder.ws.send(JSON.stringify({ type: 'subscribe', topics: Array.from({ length: 100 }, (_, j) => `flood-${i}-${j}`) }));
    // Topic 51 onwards was never added: a publish there reaches nobody, not even the flooder.
    const listener = await openSocket(server.url);
    listener.ws.send(JSON.stringify({ type: 'subscribe', topics: ['flood-39-99'] }));
    await new Promise((r) => setTimeout(r, 100));
    listener.ws.send(JSON.stringify({ type: 'publish', topic: 'flood-39-99', data: 'x' }));
    listener.ws.send(JSON.stringify({ type: 'publish', topic: 'flood-0-10', data: 'y' }));
    await until(() => listener.inbox.some((m) => m.data === 'x'));
    await until(() => flooder.inbox.some((m) => m.data === 'y'));
    expect(flooder.inbox.some((m) => m.data === 'x')).toBe(false);
    await stillServes(server.url);
  });

  it('takes many connections and publishes without a subscription, and still serves', async () => {
    // Capacity, not abuse: in a hospital these come from many addresses (one address is capped at 200 by default).
    server = await startServer({ port: 0, maxConnectionsPerAddress: 400 });
    const crowd = await Promise.all(Array.from({ length: 300 }, () => openSocket(server!.url)));
    for (const c of crowd) c.ws.send(JSON.stringify({ type: 'publish', topic: `nobody-${Math.random()}`, data: 'into the void' }));
    await stillServes(server.url);
    expect(server.clients()).toBeGreaterThanOrEqual(300);
    expect(crowd.every((c) => c.inbox.length === 0)).toBe(true);
    for (const c of crowd) c.ws.close();
  });
});

describe('a flood of publishes into one room', () => {
  it('1,000 publishes of 60 kB from one connection leave the 20 honest subscribers of the room connected and hearing each other', {
    timeout: 60_000,
  }, async () => {
    server = await startServer({ port: 0 });
    const honest = await Promise.all(Array.from({ length: 20 }, () => openSocket(server!.url)));
    for (const h of honest) h.send({ type: 'subscribe', topics: ['ubt-busy-room'] });
    // The flooder does not listen to the room itself (it would be dropped for not reading its own flood).
    const flooder = await openSocket(server.url);
    await new Promise((r) => setTimeout(r, 100));
    const junk = 'x'.repeat(60_000);
    for (let i = 0; i < 1000; i++) flooder.send({ type: 'publish', topic: 'ubt-busy-room', data: junk });
    // The pong comes once the server has read the whole flood; then what it let through has had time to arrive.
    flooder.send({ type: 'ping' });
    await until(() => flooder.inbox.some((m) => m.type === 'pong'), 60_000);
    // Then wait until nothing more arrives for a second (delivering all of it would take far longer).
    for (let last = -1, quiet = 0; quiet < 10; ) {
      await new Promise((r) => setTimeout(r, 100));
      const now = honest[0]!.inbox.length;
      quiet = now === last ? quiet + 1 : 0;
      last = now;
    }
    expect(honest.every((h) => h.ws.readyState === WebSocket.OPEN)).toBe(true);
    // Most of the flood was dropped: at most the bursts got through.
    const received = honest[0]!.inbox.filter((m) => m.data === junk).length;
    expect(received).toBeLessThan(20);
    honest[1]!.send({ type: 'publish', topic: 'ubt-busy-room', data: 'an honest offer' });
    await until(() => honest.filter((h) => h.inbox.some((m) => m.data === 'an honest offer')).length === 20);
    for (const s of [...honest, flooder]) s.ws.close();
  });
});
