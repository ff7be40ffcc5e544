import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCapabilityOf } from '../../src/core/capabilities';
import { toBase64 } from '../../src/core/text/bytes';
import { deriveRelayKeys } from '../../src/sync/relay/crypto';
import { ideas, newBoard, relayTestbed, socket, until } from './helpers';

/**
 * The relay's protections, against the real server: a room id alone can neither claim nor probe a room,
 * readers cannot write, an old snapshot cannot be passed off as newer, a rotated room is forgotten for
 * good, and unused rooms expire (the drop box: dropBoxRelay.test.ts).
 */
const { serve, client } = relayTestbed();

const readAccess = async (secret: string) => ({ kind: 'read' as const, read: await readCapabilityOf(secret) });
const sqliteFile = () => join(mkdtempSync(join(tmpdir(), 'ubt-relay-')), 'relay.sqlite');

describe('who can reach a relay room', () => {
  it('someone who knows only the room id cannot squat the room before the team’s first hello', async () => {
    const server = await serve();
    const board = await newBoard();
    // The squatter saw the room id on the signalling server and tries it every way it can.
    for (const as of ['write', 'read'] as const) {
      const squatter = await socket(server.relayUrl);
      squatter.send({ type: 'hello', as, token: board.roomId, since: 0 });
      await until(() => squatter.inbox.some((m) => m.type === 'synced'));
      if (as === 'write') squatter.send({ type: 'push', id: 'p', data: Buffer.from('squat').toString('base64') });
      await new Promise((r) => setTimeout(r, 100));
      squatter.ws.close();
    }
    const a = client(server.relayUrl, board);
    ideas(a.doc).set('first', 'The team’s first idea');
    expect(await a.link.settled()).toBe(true);
    expect(a.link.status().connection).toBe('synced');
    const b = client(server.relayUrl, board);
    await until(() => ideas(b.doc).get('first') === 'The team’s first idea');
    expect(b.link.status().unreadable).toBe(0);
  });

  it('probing an unknown room stores nothing: only a writer’s hello creates a room', async () => {
    const file = sqliteFile();
    const server = await serve({ store: `sqlite:${file}` });
    const probe = await socket(server.relayUrl);
    probe.send({ type: 'hello', as: 'read', token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', since: 0 });
    await until(() => probe.inbox.some((m) => m.type === 'synced'));
    expect(probe.inbox[0]).toMatchObject({ type: 'welcome', head: 0, access: 'read' });
    probe.ws.close();
    const db = new DatabaseSync(file, { readOnly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM rooms').get()).toEqual({ n: 0 });
    db.close();
  });

  it('a reader follows the board live, and the relay refuses its pushes and snapshots', async () => {
    const server = await serve();
    const board = await newBoard();
    const a = client(server.relayUrl, board);
    ideas(a.doc).set('one', 'Hand-off checklist at 07:00 and 19:00');
    expect(await a.link.settled()).toBe(true);
    const sponsor = client(server.relayUrl, { ...board, boardId: `${board.boardId}-sponsor`, access: await readAccess(board.secret) });
    await until(() => ideas(sponsor.doc).get('one') === 'Hand-off checklist at 07:00 and 19:00');
    ideas(a.doc).set('two', 'Second idea, seen live');
    await until(() => ideas(sponsor.doc).get('two') === 'Second idea, seen live');
    // A local edit in a read-only browser is never sent.
    ideas(sponsor.doc).set('sneaky', 'from the sponsor');
    await new Promise((r) => setTimeout(r, 600));
    expect(sponsor.link.status().pending).toBe(false);
    expect(ideas(a.doc).has('sneaky')).toBe(false);

    // And a push made by hand with the sponsor's token is refused by the relay.
    const keys = await deriveRelayKeys(await readAccess(board.secret));
    const forged = await socket(server.relayUrl);
    forged.send({ type: 'hello', as: 'read', token: keys.token, since: 0 });
    await until(() => forged.inbox.some((m) => m.type === 'synced'));
    forged.send({ type: 'push', id: 'p1', data: Buffer.from('x').toString('base64') });
    forged.send({ type: 'snapshot', id: 's1', covers: 1, data: Buffer.from('x').toString('base64') });
    forged.send({ type: 'forget', id: 'f1' });
    await until(() => forged.inbox.filter((m) => m.type === 'error').length === 3);
    expect(forged.inbox.filter((m) => m.type === 'error').map((m) => m.code)).toEqual(['read-only', 'read-only', 'read-only']);
    // Claiming to write with the read token only finds a room of its own.
    const pretend = await socket(server.relayUrl);
    pretend.send({ type: 'hello', as: 'write', token: keys.token, since: 0 });
    await until(() => pretend.inbox.some((m) => m.type === 'synced'));
    expect(pretend.inbox.some((m) => m.type === 'entry')).toBe(false);
    forged.ws.close();
    pretend.ws.close();
  });
});

describe('rollback and replay', () => {
  it('an old snapshot re-sent as covering the newest entry does not open, never advances `since`, and is refused when replayed byte for byte', async () => {
    const server = await serve({ onRelayFrame: (direction, text) => direction === 'in' && frames.push(text) });
    const frames: string[] = [];
    const board = await newBoard();
    const a = client(server.relayUrl, board, undefined, { snapshotAfter: { bytes: 1e9, entries: 1 } });
    ideas(a.doc).set('i1', 'Idea 1');
    expect(await a.link.settled()).toBe(true);
    ideas(a.doc).set('i2', 'Idea 2');
    expect(await a.link.settled()).toBe(true);
    await until(() => frames.some((f) => f.includes('"snapshot"')));
    const old = JSON.parse(frames.find((f) => f.includes('"snapshot"'))!) as { covers: number; data: string };
    await until(() => a.logs.some((l) => l.includes('uploading a snapshot covering entries up to 2')));
    await a.link.close();
    // A second co-lead adds the newest entry; its link does not snapshot, so that entry is past the last snapshot.
    const b = client(server.relayUrl, { ...board, boardId: `${board.boardId}-b` }, undefined, { snapshotAfter: { bytes: 1e9, entries: 1e9 } });
    await until(() => ideas(b.doc).size === 2);
    ideas(b.doc).set('i3', 'Idea 3');
    expect(await b.link.settled()).toBe(true);
    await b.link.close();

    // The same bytes again: the relay remembers the snapshots it was given.
    const keys = await deriveRelayKeys({ kind: 'write', secret: board.secret });
    const attacker = await socket(server.relayUrl);
    attacker.send({ type: 'hello', as: 'write', token: keys.token, since: 0 });
    await until(() => attacker.inbox.some((m) => m.type === 'synced'));
    const head = (attacker.inbox.find((m) => m.type === 'welcome') as { head: number }).head;
    attacker.send({ type: 'snapshot', id: 'replay', covers: head, data: old.data });
    await until(() => attacker.inbox.some((m) => m.id === 'replay'));
    expect(attacker.inbox.find((m) => m.id === 'replay')).toMatchObject({ type: 'error', code: 'stale-snapshot' });

    // The same plaintext sealed again (new nonce, so new bytes) still carries its old `covers` in the AES-GCM data.
    const { seal, open } = await import('../../src/sync/relay/crypto');
    const plain = (await open(keys, 'snapshot', Buffer.from(old.data, 'base64'), old.covers))!;
    expect(plain).not.toBeNull();
    const forged = await seal(keys, 'snapshot', plain, old.covers);
    attacker.send({ type: 'snapshot', id: 'forged', covers: head, data: toBase64(forged) });
    await until(() => attacker.inbox.some((m) => m.id === 'forged'));
    expect(attacker.inbox.find((m) => m.id === 'forged')).toMatchObject({ type: 'ack' });
    attacker.ws.close();

    // A newcomer: the snapshot does not open, it is counted and said, and `since` stays where it was.
    const newcomerId = `${board.boardId}-newcomer`;
    const sponsor = client(server.relayUrl, { ...board, access: await readAccess(board.secret) }, undefined, { boardId: newcomerId });
    await until(() => sponsor.link.status().unreadable > 0);
    expect(sponsor.link.status().problem).toMatch(/cannot read/);
    expect(ideas(sponsor.doc).size).toBe(0);
    await sponsor.link.close();
    const { loadSavedLink } = await import('../../src/sync/relay/savedLink');
    const saved = await loadSavedLink(newcomerId, server.relayUrl, board.roomId);
    expect(saved.lastSyncAt).not.toBeNull();
    expect(saved.since).toBe(0);

    // A co-lead who holds the board and reads the relay's copy afresh repairs it: everything, then a snapshot over it.
    const repairDoc = new Y.Doc();
    Y.applyUpdate(repairDoc, Y.encodeStateAsUpdate(b.doc));
    const fixer = client(server.relayUrl, { ...board, boardId: `${board.boardId}-fixer` }, repairDoc);
    await until(() => fixer.logs.some((l) => l.includes('sending the whole board and a snapshot')));
    await until(() => fixer.logs.some((l) => l.includes('uploading a snapshot')));
    const later = client(server.relayUrl, { ...board, boardId: `${board.boardId}-later`, access: await readAccess(board.secret) });
    await until(() => ideas(later.doc).size === 3);
    expect(later.link.status().unreadable).toBe(0);
  });

  it('a replayed update changes nothing: Yjs applies each change once', async () => {
    const server = await serve({ onRelayFrame: (direction, text) => direction === 'in' && pushes.push(text) });
    const pushes: string[] = [];
    const board = await newBoard();
    const a = client(server.relayUrl, board);
    ideas(a.doc).set('x', 'first');
    expect(await a.link.settled()).toBe(true);
    ideas(a.doc).set('x', 'second');
    expect(await a.link.settled()).toBe(true);
    const first = JSON.parse(pushes.find((p) => p.includes('"push"'))!) as { data: string };
    const keys = await deriveRelayKeys({ kind: 'write', secret: board.secret });
    const replayer = await socket(server.relayUrl);
    replayer.send({ type: 'hello', as: 'write', token: keys.token, since: 0 });
    await until(() => replayer.inbox.some((m) => m.type === 'synced'));
    replayer.send({ type: 'push', id: 'again', data: first.data });
    await until(() => replayer.inbox.some((m) => m.id === 'again'));
    const b = client(server.relayUrl, { ...board, boardId: `${board.boardId}-b` });
    await until(() => b.link.status().connection === 'synced');
    await new Promise((r) => setTimeout(r, 200));
    expect(ideas(b.doc).get('x')).toBe('second');
    expect(ideas(a.doc).get('x')).toBe('second');
    replayer.ws.close();
  });
});

describe('rotating and expiry', () => {
  it('“Rotate the secret” deletes the old room: the old invite then reads nothing, and no old writer can recreate it', async () => {
    const server = await serve();
    const board = await newBoard();
    const a = client(server.relayUrl, board);
    ideas(a.doc).set('secret-plan', 'Staffing plan for the winter');
    expect(await a.link.settled()).toBe(true);
    expect(await a.link.forget()).toBe(true);
    const oldReader = client(server.relayUrl, { ...board, boardId: `${board.boardId}-old`, access: await readAccess(board.secret) });
    await until(() => oldReader.link.status().connection === 'refused');
    expect(oldReader.link.status().problem).toMatch(/moved to a new secret/);
    expect(ideas(oldReader.doc).size).toBe(0);
    const oldWriter = client(
      server.relayUrl,
      { ...board, boardId: `${board.boardId}-offline` },
      (() => {
        const d = new Y.Doc();
        ideas(d).set('secret-plan', 'kept by an offline co-lead');
        return d;
      })(),
    );
    await until(() => oldWriter.link.status().connection === 'refused');
    const again = client(server.relayUrl, { ...board, boardId: `${board.boardId}-again`, access: await readAccess(board.secret) });
    await until(() => again.link.status().connection === 'refused');
    expect(ideas(again.doc).size).toBe(0);
  });

  it('rooms unused for the configured number of days are deleted when the server starts', async () => {
    const file = sqliteFile();
    const first = await serve({ store: `sqlite:${file}`, port: 0 });
    const stale = await newBoard();
    const fresh = await newBoard();
    for (const board of [stale, fresh]) {
      const c = client(first.relayUrl, board);
      ideas(c.doc).set('i', board.boardId);
      expect(await c.link.settled()).toBe(true);
      await c.link.close();
    }
    await first.close();
    const db = new DatabaseSync(file);
    const staleRoom = (await deriveRelayKeys({ kind: 'write', secret: stale.secret })).room;
    db.prepare('UPDATE rooms SET touched_at = ? WHERE room = ?').run(Date.now() - 31 * 24 * 60 * 60_000, staleRoom);
    db.close();
    const second = await serve({ store: `sqlite:${file}`, port: 0, roomExpiryDays: 30 });
    const gone = client(second.relayUrl, { ...stale, boardId: `${stale.boardId}-r`, access: await readAccess(stale.secret) });
    const kept = client(second.relayUrl, { ...fresh, boardId: `${fresh.boardId}-r`, access: await readAccess(fresh.secret) });
    await until(() => ideas(kept.doc).get('i') === fresh.boardId);
    await until(() => gone.link.status().connection === 'synced');
    expect(ideas(gone.doc).size).toBe(0);
  });
});
