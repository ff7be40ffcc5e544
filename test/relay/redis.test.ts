import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ideas, newBoard, relayTestbed, until } from './helpers';
import { startRedis, type RedisServer } from './redis';
import { openSocket } from '../server/socket';

/** Two relay instances over one real redis-server on 127.0.0.1, started here. */
let redis: RedisServer;
beforeAll(async () => (redis = await startRedis()));
afterAll(async () => redis?.stop());

const { serve, client } = relayTestbed();
const instance = (port = 0) => serve({ port, store: redis.url });

describe('relay over Redis, several instances', { timeout: 30_000 }, () => {
  it('fans an entry out from one instance to a client of the other, and a later client of either reads the same log', async () => {
    const x = await instance();
    const y = await instance();
    const board = await newBoard();
    const a = client(x.relayUrl, board);
    const b = client(y.relayUrl, board);
    await a.link.settled();
    await b.link.settled();
    ideas(a.doc).set('1', 'Bedside shift report');
    await until(() => ideas(b.doc).get('1') === 'Bedside shift report');
    ideas(b.doc).set('2', 'Discharge by 11');
    await until(() => ideas(a.doc).get('2') === 'Discharge by 11');
    const c = client(x.relayUrl, board);
    await until(() => ideas(c.doc).size === 2);
  });

  it('loses nothing when an instance is killed: its clients move to the other and keep syncing', async () => {
    const x = await instance();
    const y = await instance();
    const board = await newBoard();
    const a = client([x.relayUrl, y.relayUrl], board);
    const b = client(y.relayUrl, board);
    await a.link.settled();
    ideas(a.doc).set('before', 'pushed through x');
    expect(await a.link.settled()).toBe(true);
    await x.close();
    ideas(a.doc).set('after', 'pushed once x was gone');
    await until(() => ideas(b.doc).get('after') === 'pushed once x was gone', 15_000);
    expect(ideas(b.doc).get('before')).toBe('pushed through x');
    expect(a.logs.join('\n')).not.toMatch(/sending it this board again/);
  });

  it('introduces two co-leads for WebRTC when they reach two different instances (signalling over pub/sub)', async () => {
    const x = await instance();
    const y = await instance();

    const a = await openSocket(x.url);
    const b = await openSocket(y.url);
    const outsider = await openSocket(y.url);
    a.ws.send(JSON.stringify({ type: 'subscribe', topics: ['ubt-room'] }));
    outsider.ws.send(JSON.stringify({ type: 'subscribe', topics: ['another-room'] }));
    b.ws.send(JSON.stringify({ type: 'subscribe', topics: ['ubt-room'] }));
    await new Promise((r) => setTimeout(r, 200));
    b.ws.send(JSON.stringify({ type: 'publish', topic: 'ubt-room', data: 'offer from b' }));
    await until(() => a.inbox.some((m) => m.type === 'publish' && m.data === 'offer from b'));
    expect(outsider.inbox).toEqual([]);
    for (const c of [a, b, outsider]) c.ws.close();
  });
});
