import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startSignalServer, type SignalServer } from '../../src/signal/server';

let server: SignalServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const connect = async (url: string) => {
  const ws = new WebSocket(url);
  const inbox: unknown[] = [];
  ws.on('message', (data) => inbox.push(JSON.parse(data.toString())));
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
  return { ws, inbox };
};
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('signalling server', () => {
  it('binds to 127.0.0.1 by default and relays publishes to the subscribers of a topic only', async () => {
    server = await startSignalServer({ port: 0 });
    expect(server.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    const a = await connect(server.url);
    const b = await connect(server.url);
    const c = await connect(server.url);
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
    server = await startSignalServer({ port: 0, maxMessageBytes: 1024, log: (l) => logged.push(l) });
    const a = await connect(server.url);
    a.ws.send('not json');
    a.ws.send(JSON.stringify({ type: 'publish' }));
    await until(() => logged.length >= 2);
    expect(logged.slice(-2)).toEqual(['ignored a message that is not JSON', expect.stringMatching(/ignored a malformed message/)]);
    const closed = new Promise<number>((resolve) => a.ws.once('close', (code) => resolve(code)));
    a.ws.send(JSON.stringify({ type: 'publish', topic: 't', data: 'x'.repeat(5000) }));
    expect(await closed).toBe(1009);
  });
});
