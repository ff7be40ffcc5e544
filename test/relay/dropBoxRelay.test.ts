import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readCapabilityOf } from '../../src/core/capabilities';
import { issueDropBox, setDropBox } from '../../src/core/dropBoxRecord';
import { unwrapDropBox } from '../../src/core/dropBox';
import { createSecret, defaultContext, deriveRoomId, randomId, rewrapDropBox } from '../../src/core';
import { toBase64 } from '../../src/core/text/bytes';
import { deriveRelayKeys } from '../../src/sync/relay/crypto';
import { sendDrop } from '../../src/sync/relay/drop';
import { newBoard, relayTestbed, socket, until } from './helpers';

/** The drop box on the real relay: drops only into an inbox a writer opened, under limits, and nothing read back. */
const { serve, client } = relayTestbed();
const _readAccess = async (secret: string) => ({ kind: 'read' as const, read: await readCapabilityOf(secret) });

describe('the drop box', () => {
  const ctx = defaultContext({ test: true });
  const openBox = async (server: { relayUrl: string }) => {
    const board = await newBoard();
    const a = client(server.relayUrl, board);
    const record = await issueDropBox(board.secret, null);
    setDropBox(a.doc, record, ctx);
    expect(await a.link.settled()).toBe(true);
    const { token } = (await unwrapDropBox(board.secret, record.inbox, record.wrapped))!;
    a.link.watchInbox({ inbox: record.inbox, token });
    await new Promise((r) => setTimeout(r, 200));
    return { board, a, record, token };
  };
  const idea = (text: string) => ({ v: 1 as const, type: 'idea' as const, id: `cap-${randomId()}`, text, createdAt: Date.now() });

  it('limits drops per connection, per address and per inbox, and caps their size; the sender reads nothing back', async () => {
    const server = await serve({
      relayLimits: { dropBurstConnection: 3, dropsPerMinuteConnection: 1, dropBytes: 2000, dropBurstInbox: 6, dropsPerMinuteInbox: 1 },
    });
    const { record } = await openBox(server);
    const c = await socket(server.relayUrl);
    const { sealSubmission } = await import('../../src/core/dropBox');
    for (let i = 0; i < 4; i++)
      c.send({
        type: 'drop',
        id: `d${i}`,
        inbox: record.inbox,
        data: toBase64(await sealSubmission(record, idea(`Idea number ${i}, about the 2,400 linen changes a month`))),
      });
    await until(() => c.inbox.filter((m) => String(m.id).startsWith('d')).length === 4);
    expect(c.inbox.filter((m) => m.type === 'ack').length).toBe(3);
    expect(c.inbox.find((m) => m.id === 'd3')).toMatchObject({ type: 'error', code: 'rate-limited' });
    // Too large, on a fresh connection.
    const big = await sendDrop(server.relayUrl, record, idea('x'.repeat(3000)), { WebSocket: WebSocket as never });
    expect(big).toMatchObject({ ok: false, retry: false });
    // The inbox's own limit holds across connections.
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await sendDrop(server.relayUrl, record, idea(`More ${i}`), { WebSocket: WebSocket as never }));
    expect(results.filter((r) => !r.ok && r.retry).length).toBeGreaterThan(0);
    // Nothing comes back to a sender but acknowledgements and errors.
    expect(c.inbox.every((m) => m.type === 'ack' || m.type === 'error')).toBe(true);
    c.ws.close();
  });

  it('the poster keeps working after the members’ secret is rotated, and its inbox id alone cannot read, clear or delete the inbox', async () => {
    const server = await serve();
    const { a, record, board } = await openBox(server);
    // Someone with the poster tries to manage the inbox with what it shows.
    const nosy = await socket(server.relayUrl);
    nosy.send({ type: 'hello', as: 'write', token: (await deriveRelayKeys({ kind: 'write', secret: createSecret() })).token, since: 0 });
    await until(() => nosy.inbox.some((m) => m.type === 'synced'));
    nosy.send({ type: 'inbox-close', id: 'x', token: record.inbox });
    nosy.send({ type: 'inbox-clear', id: 'c', token: record.inbox, upTo: 99 });
    await until(() => nosy.inbox.filter((m) => m.type === 'error').length === 2);
    expect(nosy.inbox.filter((m) => m.type === 'error').map((m) => m.code)).toEqual(['no-inbox', 'no-inbox']);
    nosy.ws.close();
    expect((await sendDrop(server.relayUrl, record, idea('Still open'), { WebSocket: WebSocket as never })).ok).toBe(true);

    // Rotate: the old room is forgotten; the co-lead's new room opens the same inbox (rewrapped key).
    expect(await a.link.forget()).toBe(true);
    const next = createSecret();
    const rewrapped = (await rewrapDropBox(record, board.secret, next))!;
    const moved = client(server.relayUrl, { secret: next, roomId: await deriveRoomId(next), boardId: `${board.boardId}-rotated` }, a.doc);
    setDropBox(moved.doc, rewrapped, ctx);
    expect(await moved.link.settled()).toBe(true);
    const { token } = (await unwrapDropBox(next, rewrapped.inbox, rewrapped.wrapped))!;
    const arrived: number[] = [];
    const late = client(server.relayUrl, { secret: next, roomId: await deriveRoomId(next), boardId: `${board.boardId}-late` }, undefined, {
      onDropped: (_i, seq) => arrived.push(seq),
    });
    expect(await late.link.settled()).toBe(true);
    late.link.watchInbox({ inbox: rewrapped.inbox, token });
    await until(() => arrived.includes(1));
    expect((await sendDrop(server.relayUrl, record, idea('After the rotation'), { WebSocket: WebSocket as never })).ok).toBe(true);
    await until(() => arrived.includes(2));
  });

  it('limits drops per client address across connections', async () => {
    const server = await serve({ relayLimits: { dropBurstAddress: 2, dropsPerMinuteAddress: 1 } });
    const { record } = await openBox(server);
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await sendDrop(server.relayUrl, record, idea(`From one address ${i}`), { WebSocket: WebSocket as never }));
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2]).toMatchObject({ ok: false, retry: true });
  });

  it('a drop to an inbox nobody opened, or one a new drop box replaced, is refused with a clear message', async () => {
    const server = await serve();
    const { a, record, board, token } = await openBox(server);
    const replacement = await issueDropBox(board.secret, record);
    setDropBox(a.doc, replacement, ctx);
    const next = (await unwrapDropBox(board.secret, replacement.inbox, replacement.wrapped))!;
    a.link.watchInbox({ inbox: replacement.inbox, token: next.token });
    a.link.closeInbox(token);
    await new Promise((r) => setTimeout(r, 200));
    const old = await sendDrop(server.relayUrl, record, idea('To the old poster'), { WebSocket: WebSocket as never });
    expect(old).toMatchObject({ ok: false, retry: false });
    expect(old.ok ? '' : old.error).toMatch(/not open/);
    const current = await sendDrop(server.relayUrl, replacement, idea('To the new poster'), { WebSocket: WebSocket as never });
    expect(current.ok).toBe(true);
  });
});
