import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';
import { createSecret } from '../../src/core/secret';
import { fromBase64 } from '../../src/core/text/bytes';
import { deriveRelayKeys, open } from '../../src/sync/relay/crypto';
import { startServer, type UbtServer } from '../../src/server/server';
import { newBoard, openClient, until, type Client } from './helpers';
import { openSocket } from '../server/socket';

let server: UbtServer | null = null;
let clients: Client[] = [];
afterEach(async () => {
  for (const c of clients) await c.link.close();
  await server?.close();
  server = null;
  clients = [];
});

const TEXT = 'Patients wait 40 minutes for discharge transport';
const NAME = 'Rosalind Okafor';
const TEAM = 'Med-Surg 4 West';

const frame = async (url: string, message: object) => {
  const socket = await openSocket(url);
  socket.send(message);
  return socket;
};

describe('the relay cannot read a board', { timeout: 30_000 }, () => {
  it('stores and carries no board text, name or secret; its entries do not open under another secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ubt-relay-'));
    const file = join(dir, 'relay.sqlite');
    const traffic: string[] = [];
    server = await startServer({ port: 0, store: `sqlite:${file}`, onRelayFrame: (_d, text) => traffic.push(text) });
    const board = await newBoard();
    const a = openClient(server.relayUrl, board);
    clients.push(a);
    a.doc.getMap('team').set('name', TEAM);
    const idea = new Y.Map<unknown>();
    a.doc.getMap('ideas').set('i1', idea);
    idea.set('text', new Y.Text(TEXT));
    idea.set('author', NAME);
    expect(await a.link.settled()).toBe(true);
    const b = openClient(server.relayUrl, board);
    clients.push(b);
    await until(() => (b.doc.getMap('ideas').get('i1') as Y.Map<unknown> | undefined)?.get('author') === NAME);
    await b.link.close();
    await a.link.close();
    clients = [];
    await server.close();
    server = null;

    const wire = traffic.join('\n');
    expect(traffic.length).toBeGreaterThan(4);
    const stored = Buffer.concat([
      readFileSync(file),
      ...['-wal', '-shm'].map((s) => {
        try {
          return readFileSync(file + s);
        } catch {
          return Buffer.alloc(0);
        }
      }),
    ]);
    for (const needle of [TEXT, 'discharge transport', NAME, 'Okafor', TEAM, board.secret]) {
      expect(wire).not.toContain(needle);
      expect(stored.includes(Buffer.from(needle, 'utf8'))).toBe(false);
      // Nor as UTF-16 or base64 of the plain text.
      expect(stored.includes(Buffer.from(needle, 'utf16le'))).toBe(false);
      expect(wire).not.toContain(Buffer.from(needle).toString('base64').slice(0, 16));
    }
    // The relay keeps only the token's hash, never the token itself.
    const keys = await deriveRelayKeys({ kind: 'write', secret: board.secret });
    expect(wire.split(keys.token).length - 1).toBe(2); // the two hellos, client to relay
    expect(stored.includes(Buffer.from(keys.token))).toBe(false);

    const db = new DatabaseSync(file, { readOnly: true });
    const entries = db.prepare('SELECT data FROM entries').all() as { data: Uint8Array }[];
    expect(entries.length).toBeGreaterThan(0);
    const other = await deriveRelayKeys({ kind: 'write', secret: createSecret() });
    for (const { data } of entries) {
      expect(await open(other, 'update', new Uint8Array(data))).toBeNull();
      expect(await open(keys, 'update', new Uint8Array(data))).not.toBeNull();
    }
    // Moved to another room, a sealed entry does not open either (the room is bound into it).
    const elsewhere = { ...keys, room: (await deriveRelayKeys({ kind: 'write', secret: createSecret() })).room };
    expect(await open(elsewhere, 'update', new Uint8Array(entries[0]!.data))).toBeNull();
    db.close();
    const pushed = traffic.map((t) => JSON.parse(t) as { type: string; data?: string }).filter((m) => m.type === 'push');
    expect(await open(other, 'update', fromBase64(pushed[0]!.data!))).toBeNull();
  });

  it('a wrong token or a room id reaches nothing of the board: its own empty room, nothing stored for a reader', async () => {
    server = await startServer({ port: 0 });
    const board = await newBoard();
    const a = openClient(server.relayUrl, board);
    clients.push(a);
    a.doc.getMap('ideas').set('x', 'kept');
    expect(await a.link.settled()).toBe(true);

    const wrong = (await deriveRelayKeys({ kind: 'write', secret: createSecret() })).token;
    const intruder = await frame(server.relayUrl, { type: 'hello', as: 'write', token: wrong, since: 0 });
    await until(() => intruder.inbox.some((m) => m.type === 'synced'));
    expect(intruder.inbox.some((m) => m.type === 'entry')).toBe(false);
    expect(intruder.inbox[0]).toMatchObject({ type: 'welcome', head: 0 });
    intruder.ws.send(JSON.stringify({ type: 'push', id: 'i1', data: Buffer.from('overwrite').toString('base64') }));
    await until(() => intruder.inbox.some((m) => m.type === 'ack'));

    // The WebRTC room id (what the signalling server sees) used as a read token is just another empty room.
    const prober = await frame(server.relayUrl, { type: 'hello', as: 'read', token: board.roomId, since: 0 });
    await until(() => prober.inbox.some((m) => m.type === 'synced'));
    expect(prober.inbox.some((m) => m.type === 'entry')).toBe(false);

    const writer = await frame(server.relayUrl, { type: 'push', id: 'w1', data: Buffer.from('junk').toString('base64') });
    await until(() => writer.inbox.length > 0);
    expect(writer.inbox[0]).toMatchObject({ type: 'error', code: 'no-hello' });

    const right = (await deriveRelayKeys({ kind: 'write', secret: board.secret })).token;
    const friend = await frame(server.relayUrl, { type: 'hello', as: 'write', token: right, since: 0 });
    await until(() => friend.inbox.some((m) => m.type === 'synced'));
    expect(friend.inbox.filter((m) => m.type === 'entry').length).toBe(1);
    const b = openClient(server.relayUrl, board);
    clients.push(b);
    await until(() => b.doc.getMap('ideas').get('x') === 'kept');
    expect(b.link.status().unreadable).toBe(0);
    for (const c of [intruder, prober, writer, friend]) c.ws.close();
  });
});
