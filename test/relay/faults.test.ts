import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';
import { deriveRelayKeys } from '../../src/sync/relay/crypto';
import { ideas, newBoard, relayTestbed, until } from './helpers';
import { openSocket } from '../server/socket';

const { serve, client } = relayTestbed();
const sqliteFile = () => join(mkdtempSync(join(tmpdir(), 'ubt-relay-')), 'relay.sqlite');

describe('relay faults', { timeout: 40_000 }, () => {
  it('survives a restart in the middle of a large push: the push is sent again and the board arrives whole', async () => {
    const file = sqliteFile();
    let stopped: Promise<void> | null = null;
    const first = await serve({
      store: `sqlite:${file}`,
      // The relay stops the moment the large push reaches it, before it can answer.
      onRelayFrame: (direction, text) => {
        if (direction === 'in' && text.length > 1e6 && !stopped) stopped = first.close();
      },
    });
    const port = first.port;
    const board = await newBoard();
    const a = client(first.relayUrl, board);
    await a.link.settled();
    // About 3 MB of ideas in one push.
    const big = 'x'.repeat(3000);
    a.doc.transact(() => {
      for (let i = 0; i < 1000; i++) ideas(a.doc).set(`big${i}`, `${i} ${big}`);
    });
    await until(() => stopped !== null);
    await stopped;
    expect(a.link.status().pending).toBe(true);
    ideas(a.doc).set('later', 'while the relay was down');
    const restarted = await serve({ port, store: `sqlite:${file}` });
    expect(await a.link.settled(20_000)).toBe(true);
    const b = client(restarted.relayUrl, board);
    await until(() => ideas(b.doc).size === 1001, 20_000);
    expect(ideas(b.doc).get('big999')).toBe(`999 ${big}`);
  });

  it('notices a log that lost its tail (a store restored from an older copy) and sends the board again', async () => {
    const file = sqliteFile();
    const first = await serve({ store: `sqlite:${file}` });
    const port = first.port;
    const board = await newBoard();
    const a = client(first.relayUrl, board);
    for (let i = 0; i < 5; i++) {
      ideas(a.doc).set(`k${i}`, `idea ${i}`);
      expect(await a.link.settled()).toBe(true);
    }
    await first.close();
    const db = new DatabaseSync(file);
    db.prepare('DELETE FROM entries WHERE seq > 2').run();
    db.prepare('UPDATE rooms SET head = 2').run();
    db.close();
    const restored = await serve({ port, store: `sqlite:${file}` });
    await until(() => a.logs.some((l) => l.includes('sending it this board again')), 20_000);
    expect(await a.link.settled(20_000)).toBe(true);
    const b = client(restored.relayUrl, board);
    await until(() => ideas(b.doc).size === 5);
  });

  it('keeps the board intact and the relay up when a client pushes garbage', async () => {
    const server = await serve();
    const board = await newBoard();
    const a = client(server.relayUrl, board);
    ideas(a.doc).set('good', 'kept');
    expect(await a.link.settled()).toBe(true);

    const token = (await deriveRelayKeys({ kind: 'write', secret: board.secret })).token;
    const vandal = await openSocket(server.relayUrl);
    vandal.send('not json at all');
    vandal.send({ type: 'push', id: 'x', data: 'not base64 !!' });
    vandal.send({ type: 'teleport' });
    vandal.send({ type: 'hello', as: 'write', token, since: 0 });
    await until(() => vandal.inbox.some((m) => m.type === 'synced'));
    // Valid frames with contents that are not sealed entries, or sealed and then damaged.
    vandal.send({ type: 'push', id: 'g1', data: Buffer.from('random bytes, not an envelope').toString('base64') });
    vandal.send({ type: 'push', id: 'g2', data: Buffer.concat([Buffer.from([1]), Buffer.alloc(40, 7)]).toString('base64') });
    await until(() => vandal.inbox.filter((m) => m.type === 'ack').length === 2);
    expect(vandal.inbox.filter((m) => m.type === 'error').map((m) => m.code)).toEqual(['bad-frame', 'bad-frame', 'bad-frame']);

    await until(() => a.link.status().unreadable === 2);
    expect(ideas(a.doc).get('good')).toBe('kept');
    const b = client(server.relayUrl, board);
    await until(() => ideas(b.doc).get('good') === 'kept');
    await until(() => b.link.status().unreadable === 2);
    ideas(b.doc).set('after', 'still syncing');
    await until(() => ideas(a.doc).get('after') === 'still syncing');
    vandal.ws.close();
  });

  it('applies the readable entries when one sealed entry holds a broken update', async () => {
    const server = await serve();
    const board = await newBoard();
    const a = client(server.relayUrl, board);
    ideas(a.doc).set('one', '1');
    expect(await a.link.settled()).toBe(true);
    const { seal } = await import('../../src/sync/relay/crypto');
    const { toBase64 } = await import('../../src/core/text/bytes');
    const keys = await deriveRelayKeys({ kind: 'write', secret: board.secret });
    const vandal = await openSocket(server.relayUrl);
    vandal.send({ type: 'hello', as: 'write', token: keys.token, since: 0 });
    await until(() => vandal.inbox.some((m) => m.type === 'synced'));
    vandal.send({ type: 'push', id: 'bad', data: toBase64(await seal(keys, 'update', new Uint8Array([0, 255, 255, 255, 9, 9]))) });
    await until(() => vandal.inbox.some((m) => m.type === 'ack'));
    ideas(a.doc).set('two', '2');
    expect(await a.link.settled()).toBe(true);
    const b = client(server.relayUrl, board);
    await until(() => ideas(b.doc).get('one') === '1' && ideas(b.doc).get('two') === '2');
    expect(b.link.status().unreadable).toBeGreaterThan(0);
    vandal.ws.close();
  });

  it('answers with clear errors: entry too large, room full, too many messages; the connection keeps working', async () => {
    const server = await serve({ relayLimits: { entryBytes: 2000, roomBytes: 5000, messagesPerSecond: 5, messageBurst: 20 } });
    const board = await newBoard();
    const token = (await deriveRelayKeys({ kind: 'write', secret: board.secret })).token;
    const c = await openSocket(server.relayUrl);
    c.send({ type: 'hello', as: 'write', token, since: 0 });
    await until(() => c.inbox.some((m) => m.type === 'synced'));
    c.send({ type: 'push', id: 'huge', data: Buffer.alloc(2500, 1).toString('base64') });
    await until(() => c.inbox.some((m) => m.id === 'huge'));
    expect(c.inbox.find((m) => m.id === 'huge')).toMatchObject({ type: 'error', code: 'too-large' });
    for (let i = 0; i < 3; i++) c.send({ type: 'push', id: `fill${i}`, data: Buffer.alloc(1900, 1).toString('base64') });
    await until(() => c.inbox.some((m) => m.id === 'fill2'));
    expect(c.inbox.find((m) => m.id === 'fill2')).toMatchObject({ type: 'error', code: 'room-full' });
    for (let i = 0; i < 40; i++) c.send({ type: 'snapshot', id: `s${i}`, covers: 999, data: 'AA==' });
    await until(() => c.inbox.some((m) => m.code === 'rate-limited'));
    const limited = c.inbox.find((m) => m.code === 'rate-limited')!;
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    expect(String(limited.message)).toMatch(/try again in \d+ ms/);
    expect(c.ws.readyState).toBe(WebSocket.OPEN);
    c.ws.close();
  });

  it('a board larger than the relay accepts says so in its status and keeps every edit locally', async () => {
    const server = await serve({ relayLimits: { entryBytes: 4000 } });
    const board = await newBoard();
    const doc = new Y.Doc();
    ideas(doc).set('big', 'y'.repeat(10_000));
    const a = client(server.relayUrl, board, doc);
    await until(() => a.link.status().problem !== null);
    expect(a.link.status().problem).toMatch(/larger than the relay accepts/);
    expect(a.link.status().pending).toBe(true);
    expect(ideas(a.doc).get('big')).toHaveLength(10_000);
  });
});
