import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ideas, newBoard, relayTestbed, until } from './helpers';

const { serve, client } = relayTestbed();

describe('relay link', { timeout: 30_000 }, () => {
  it('carries an edit from a browser that then closes to one that opens later (store and forward)', async () => {
    const server = await serve();
    const board = await newBoard();
    const c = client(server.relayUrl, board);
    ideas(c.doc).set('i1', 'Huddle at 7:15');
    expect(await c.link.settled()).toBe(true);
    await c.link.close();

    const a = client(server.relayUrl, board);
    await until(() => ideas(a.doc).get('i1') === 'Huddle at 7:15');
    expect(await a.link.settled()).toBe(true);
    expect(a.link.status()).toMatchObject({ connection: 'synced', pending: false, unreadable: 0 });
    expect(a.link.status().lastSyncAt).toBeGreaterThan(0);
  });

  it('fans new entries out live to the other connections of the room', async () => {
    const server = await serve();
    const board = await newBoard();
    const a = client(server.relayUrl, board);
    const b = client(server.relayUrl, board);
    await a.link.settled();
    await b.link.settled();
    ideas(a.doc).set('x', 'from a');
    await until(() => ideas(b.doc).get('x') === 'from a');
    ideas(b.doc).delete('x');
    await until(() => !ideas(a.doc).has('x'));
  });

  it('keeps edits made while the relay is down and sends them once it is back', async () => {
    const server = await serve({ store: 'sqlite::memory:' });
    const port = server.port;
    const board = await newBoard();
    const a = client(server.relayUrl, board);
    await a.link.settled();
    await server.close();
    ideas(a.doc).set('offline', 'written while the relay was down');
    await until(() => a.link.status().connection === 'unreachable');
    expect(a.link.status().pending).toBe(true);
    // Same port, fresh (empty) store: the relay lost everything; the link notices and sends the board again.
    const again = await serve({ port });
    expect(await a.link.settled(15_000)).toBe(true);
    const b = client(again.relayUrl, board);
    await until(() => ideas(b.doc).get('offline') === 'written while the relay was down');
  });

  it('does not push what came from WebRTC peers live, but fills the relay with it on the next connect', async () => {
    const server = await serve();
    const board = await newBoard();
    const a = client(server.relayUrl, board);
    await a.link.settled();
    const peerDoc = new Y.Doc();
    peerDoc.getMap<string>('ideas').set('p', 'from a peer with no relay');
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(peerDoc), 'peer');
    expect(a.link.status().pending).toBe(true);
    const b = client(server.relayUrl, board);
    await b.link.settled();
    expect(ideas(b.doc).has('p')).toBe(false);
    await a.link.close();
    const a2 = client(server.relayUrl, board, a.doc);
    expect(await a2.link.settled()).toBe(true);
    await until(() => ideas(b.doc).get('p') === 'from a peer with no relay');
  });

  it('uploads a snapshot once the log passes the limit; the relay drops the entries and a newcomer loads the same board', async () => {
    const server = await serve();
    const board = await newBoard();
    const snapshotAfter = { bytes: 1e9, entries: 10 };
    const a = client(server.relayUrl, board, undefined, { snapshotAfter });
    await a.link.settled();
    for (let i = 0; i < 25; i++) {
      ideas(a.doc).set(`k${i}`, `idea ${i}`);
      expect(await a.link.settled()).toBe(true);
    }
    await until(() => a.logs.some((l) => l.includes('uploading a snapshot')));
    const d = client(server.relayUrl, board);
    await until(() => ideas(d.doc).size === 25);
    // The newcomer got the snapshot plus the few entries after it, not 25 entries.
    const caught = d.logs.find((l) => l.includes('caught up with'))!;
    expect(Number(/caught up with (\d+)/.exec(caught)![1])).toBeLessThan(10);
  });

  it('a newcomer that catches up pushes nothing back; one with its own edits pushes exactly those', async () => {
    const pushes: string[] = [];
    const server = await serve({ onRelayFrame: (direction, text) => direction === 'in' && text.includes('"push"') && pushes.push(text) });
    const board = await newBoard();
    const writer = client(server.relayUrl, board);
    for (let i = 0; i < 260; i++) ideas(writer.doc).set(`i${i}`, `Idea ${i}: ${'huddle at 7:15 · reunión a las 7:15 '.repeat(3)}`);
    // Deletions too, as any board a year old has: they came from the relay as well, and are no news to it.
    for (let i = 240; i < 260; i++) ideas(writer.doc).delete(`i${i}`);
    expect(await writer.link.settled()).toBe(true);
    await writer.link.close();

    // Into an empty board: everything it holds came from the relay.
    pushes.length = 0;
    const newcomer = client(server.relayUrl, { ...board, boardId: `${board.boardId}-newcomer` });
    await until(() => ideas(newcomer.doc).size === 240);
    expect(await newcomer.link.settled()).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(pushes).toEqual([]);
    expect(newcomer.link.status().pending).toBe(false);

    // The same, before the board's stored copy is read: what it holds is not known yet, so it sends its deletions.
    const unread = client(server.relayUrl, { ...board, boardId: `${board.boardId}-unread` }, new Y.Doc(), { isLoaded: () => false });
    await until(() => ideas(unread.doc).size === 240);
    expect(await unread.link.settled()).toBe(true);
    expect(pushes).toHaveLength(1);
    await unread.link.close();
    pushes.length = 0;

    // Into a board with an edit of its own made before connecting: that edit, and only it, goes up.
    const own = new Y.Doc();
    ideas(own).set('offline', 'written before this browser first connected');
    const returning = client(server.relayUrl, { ...board, boardId: `${board.boardId}-own` }, own);
    await until(() => ideas(returning.doc).size === 241);
    expect(await returning.link.settled()).toBe(true);
    expect(pushes).toHaveLength(1);
    const third = client(server.relayUrl, { ...board, boardId: `${board.boardId}-third` });
    await until(() => ideas(third.doc).get('offline') === 'written before this browser first connected');
    expect(ideas(third.doc).size).toBe(241);
  });
});
