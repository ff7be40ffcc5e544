import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type UbtServer } from '../../src/server/server';
import { openSocket } from './socket';
import { until } from '../support/until';

let server: UbtServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('signalling server', () => {
  it('binds to 127.0.0.1 by default and relays publishes to the subscribers of a topic only', async () => {
    server = await startServer({ port: 0 });
    expect(server.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    const a = await openSocket(server.url);
    const b = await openSocket(server.url);
    const c = await openSocket(server.url);
    a.ws.send(JSON.stringify({ type: 'subscribe', topics: ['room-1'] }));
    b.ws.send(JSON.stringify({ type: 'subscribe', topics: ['room-1'] }));
    c.ws.send(JSON.stringify({ type: 'subscribe', topics: ['room-2'] }));
    await new Promise((r) => setTimeout(r, 50));
    a.ws.send(JSON.stringify({ type: 'publish', topic: 'room-1', data: 'opaque' }));
    await until(() => b.inbox.length === 1 && a.inbox.length === 1);
    expect(b.inbox[0]).toEqual({ type: 'publish', topic: 'room-1', data: 'opaque', clients: 2 });
    expect(c.inbox).toEqual([]);
    c.ws.send(JSON.stringify({ type: 'ping' }));
    await until(() => c.inbox.length === 1);
    expect(c.inbox[0]).toEqual({ type: 'pong' });
    for (const x of [a, b, c]) x.ws.close();
  });

  it('ignores malformed messages and closes a connection that sends an oversized one', async () => {
    const logged: string[] = [];
    server = await startServer({ port: 0, maxMessageBytes: 1024, log: (l) => logged.push(l) });
    const a = await openSocket(server.url);
    a.ws.send('not json');
    a.ws.send(JSON.stringify({ type: 'publish' }));
    await until(() => logged.length >= 2);
    expect(logged.slice(-2)).toEqual(['ignored a message that is not JSON', expect.stringMatching(/ignored a malformed message/)]);
    const closed = new Promise<number>((resolve) => a.ws.once('close', (code) => resolve(code)));
    a.ws.send(JSON.stringify({ type: 'publish', topic: 't', data: 'x'.repeat(5000) }));
    expect(await closed).toBe(1009);
  });

  it('drops a subscriber that never reads once its queue passes the cap, and keeps serving the others', async () => {
    const logged: string[] = [];
    // The publish rate limits are lifted here: this is about a subscriber that stops reading.
    const unlimited = {
      publishesPerSecond: 1e9,
      publishBurst: 1e9,
      publishBytesPerSecond: 1e12,
      publishByteBurst: 1e12,
      topicBytesPerSecond: 1e12,
      topicByteBurst: 1e12,
    };
    server = await startServer({ port: 0, maxBufferedBytes: 256 * 1024, log: (l) => logged.push(l), signallingLimits: unlimited });
    const slow = await openSocket(server.url);
    const fast = await openSocket(server.url);
    const publisher = await openSocket(server.url);
    for (const c of [slow, fast]) c.ws.send(JSON.stringify({ type: 'subscribe', topics: ['room'] }));
    await until(() => server!.clients() === 3);
    await new Promise((r) => setTimeout(r, 50));
    // The slow subscriber's socket stops reading: what the server sends it piles up in the kernel, then in ws.
    (slow.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const data = 'x'.repeat(60 * 1024);
    // Publish in small batches (180 KB, under the cap, so the reading subscriber never falls behind by more
    // than the cap even on a busy machine) until the server gives up on the slow one: how much loopback
    // socket buffers absorb first depends on the kernel's memory at that moment (4,000 batches is 720 MB).
    let count = 0;
    for (let batch = 0; batch < 4000 && server.clients() === 3; batch++) {
      for (let i = 0; i < 3; i++) publisher.ws.send(JSON.stringify({ type: 'publish', topic: 'room', data, i: count++ }));
      for (let wait = 0; wait < 10_000 && fast.inbox.length < count; wait++) await new Promise((r) => setTimeout(r, 1));
    }
    await until(() => server!.clients() === 2);
    expect(logged.some((l) => /^dropped a connection that is not reading: \d+ bytes waiting$/.test(l))).toBe(true);
    expect((fast.inbox as { i: number }[]).map((m) => m.i)).toEqual(Array.from({ length: count }, (_, i) => i));
    // The server still answers a new client.
    const late = await openSocket(server.url);
    late.ws.send(JSON.stringify({ type: 'ping' }));
    await until(() => late.inbox.length === 1);
    for (const c of [slow, fast, publisher, late]) c.ws.terminate();
  }, 30_000);
});
