import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startServer, type UbtServer } from '../../src/server/server';
import { newBoard, openClient, until, type Client } from './helpers';
import { capabilityCode, readCapabilityOf } from '../../src/core/capabilities';
import { issueDropBox, setDropBox } from '../../src/core/dropBoxRecord';
import { unwrapDropBox } from '../../src/core/dropBox';
import { collection, readBoard, defaultContext } from '../../src/core';
import { openInbox } from '../../src/sync/engine/inbox';
import { deriveRelayKeys } from '../../src/sync/relay/crypto';
import type { Replica } from '../../src/sync/replica';

const ctx = defaultContext({ test: true });
const fakeReplica = { whenLoaded: Promise.resolve(), flush: async () => {} } as unknown as Replica;

/**
 * Another program reads a board from the relay alone, following docs/PROTOCOL.md section 3b: ws,
 * WebCrypto and Yjs only; none of UBT Board's sync code on the reading side.
 */
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Everything from the read invite `ubt1r.<32 characters of read secret><32 characters of read token>`. */
const readBoardFromRelay = async (relayUrl: string, readInvite: string): Promise<Y.Doc> => {
  const code = /ubt1r\.([A-Za-z0-9_-]{64})/.exec(readInvite)![1]!;
  const readSecret = code.slice(0, 32);
  const readToken = code.slice(32);
  const material = await crypto.subtle.importKey('raw', utf8(readSecret), 'HKDF', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: utf8('ubt-board relay v2'), info: utf8('ubt-board relay encryption key') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['decrypt'],
  );
  const room = Buffer.from(await crypto.subtle.digest('SHA-256', utf8(`ubt-board relay room v2\n${readToken}`))).toString('hex');
  const doc = new Y.Doc();
  const ws = new WebSocket(relayUrl);
  await new Promise<void>((resolve, reject) => {
    const pending: Promise<void>[] = [];
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', as: 'read', token: readToken, since: 0 })));
    ws.on('error', reject);
    ws.on('message', (raw) => {
      const frame = JSON.parse(raw.toString());
      if (frame.type === 'entry') {
        const entry = Buffer.from(frame.data, 'base64');
        const ad = frame.kind === 'snapshot' ? `${room}\nsnapshot\n${frame.seq}` : `${room}\nupdate`;
        pending.push(
          crypto.subtle
            .decrypt({ name: 'AES-GCM', iv: entry.subarray(1, 13), additionalData: utf8(ad) }, key, entry.subarray(13))
            .then((plain) => Y.applyUpdate(doc, new Uint8Array(plain))),
        );
      }
      if (frame.type === 'synced') Promise.all(pending).then(() => resolve(), reject);
      if (frame.type === 'error') reject(new Error(frame.message));
    });
  });
  ws.close();
  return doc;
};

/** A submission with the drop invite `ubt1d.<inbox>.<public key>`: ECDH P-256, HKDF, AES-GCM, as the protocol says. */
const submitWithDropInvite = async (relayUrl: string, dropInvite: string, idea: Record<string, unknown>): Promise<Record<string, unknown>> => {
  const [, inbox, publicKey] = /ubt1d\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{87})/.exec(dropInvite)!;
  const board = new Uint8Array(Buffer.from(publicKey!, 'base64url'));
  const ecdh = { name: 'ECDH', namedCurve: 'P-256' } as const;
  const boardKey = await crypto.subtle.importKey('raw', board, ecdh, false, []);
  const mine = (await crypto.subtle.generateKey(ecdh, true, ['deriveBits'])) as CryptoKeyPair;
  const ephemeral = new Uint8Array(await crypto.subtle.exportKey('raw', mine.publicKey));
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: boardKey }, mine.privateKey, 256);
  const hkdf = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: Buffer.concat([ephemeral, board]), info: utf8(`ubt-board drop box v1\n${inbox}`) },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: utf8(`ubt-board drop v1\n${inbox}`) },
    key,
    utf8(JSON.stringify(idea)),
  );
  const box = Buffer.concat([Buffer.from([1]), ephemeral, nonce, new Uint8Array(sealed)]);
  const ws = new WebSocket(relayUrl);
  const answer = await new Promise<Record<string, unknown>>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'drop', id: 'd1', inbox, data: box.toString('base64') })));
    ws.on('error', reject);
    ws.on('message', (raw) => resolve(JSON.parse(raw.toString())));
  });
  ws.close();
  return answer;
};

let server: UbtServer | null = null;
let clients: Client[] = [];
afterEach(async () => {
  for (const c of clients) await c.link.close();
  await server?.close();
  server = null;
  clients = [];
});

describe('reading a board from the relay alone, and adding an idea with only the drop box', () => {
  it('recovers the board, snapshot and later entries, with only the read invite and the protocol document', async () => {
    server = await startServer({ port: 0 });
    const board = await newBoard();
    const a = openClient(server.relayUrl, board, undefined, { snapshotAfter: { bytes: 1e9, entries: 3 } });
    clients.push(a);
    for (let i = 0; i < 6; i++) {
      a.doc.getMap<string>('ideas').set(`i${i}`, `Idea ${i}`);
      expect(await a.link.settled()).toBe(true);
    }
    a.doc.getMap<string>('ideas').delete('i0');
    expect(await a.link.settled()).toBe(true);
    const invite = capabilityCode({ kind: 'read', read: await readCapabilityOf(board.secret) });
    const doc = await readBoardFromRelay(server.relayUrl, invite);
    expect(doc.getMap('ideas').toJSON()).toEqual(a.doc.getMap('ideas').toJSON());
    expect(doc.getMap('ideas').size).toBe(5);
  });

  it('a program with only the drop invite adds an idea that a co-lead’s engine opens and applies, and the inbox is cleared', async () => {
    server = await startServer({ port: 0 });
    const board = await newBoard();
    let onDropped: (inbox: string, seq: number, box: Uint8Array) => void = () => {};
    const a = openClient(server.relayUrl, board, undefined, { onDropped: (i, seq, box) => onDropped(i, seq, box) });
    clients.push(a);
    const record = await issueDropBox(board.secret, null);
    setDropBox(a.doc, record, ctx);
    const logs: string[] = [];
    const inbox = openInbox({ boardId: board.boardId, secret: board.secret, doc: a.doc, replica: fakeReplica, log: (l) => logs.push(l) });
    expect(await a.link.settled()).toBe(true);
    // Before a writer opened the inbox, nobody can drop into it.
    const invite = capabilityCode({ kind: 'drop', drop: record });
    const early = await submitWithDropInvite(server.relayUrl, invite, {});
    expect(early).toMatchObject({ type: 'error', code: 'no-inbox' });
    onDropped = inbox.dropped;
    inbox.attach(a.link);
    await until(() => server!.store !== '' && a.link.status().connection === 'synced');
    await new Promise((r) => setTimeout(r, 200));
    const answer = await submitWithDropInvite(server.relayUrl, invite, {
      v: 1,
      type: 'idea',
      id: 'cap-fromaprogram0001',
      text: 'Stock the 4 West supply room before the 19:00 handover (about 1,200 items a week)',
      author: 'Ana López',
      createdAt: 1_780_000_000_000,
    });
    expect(answer).toMatchObject({ type: 'ack', id: 'd1', seq: 1 });
    await until(() => collection(a.doc, 'ideas').has('cap-fromaprogram0001'));
    expect(readBoard(a.doc).ideas.find((i) => i.id === 'cap-fromaprogram0001')).toMatchObject({ author: 'Ana López', state: 'new' });
    // Applied, then cleared: a new writer's connection finds the inbox empty.
    await until(() => logs.some((l) => l.includes('drop box entry 1: added')));
    const right = (await deriveRelayKeys({ kind: 'write', secret: board.secret })).token;
    const later = new WebSocket(server.relayUrl);
    const frames: { type: string }[] = [];
    later.on('message', (raw) => frames.push(JSON.parse(raw.toString())));
    await new Promise((r) => later.on('open', r));
    later.send(JSON.stringify({ type: 'hello', as: 'write', token: right, since: 0 }));
    const { token: ownerToken } = (await unwrapDropBox(board.secret, record.inbox, record.wrapped))!;
    later.send(JSON.stringify({ type: 'inbox-open', id: 'o', token: ownerToken }));
    await until(() => frames.some((f) => f.type === 'ack'));
    await new Promise((r) => setTimeout(r, 200));
    expect(frames.filter((f) => f.type === 'dropped')).toEqual([]);
    // A reader cannot open, clear or close the inbox.
    const reader = new WebSocket(server.relayUrl);
    const readerFrames: { type: string; code?: string }[] = [];
    reader.on('message', (raw) => readerFrames.push(JSON.parse(raw.toString())));
    await new Promise((r) => reader.on('open', r));
    const { readToken } = await readCapabilityOf(board.secret);
    reader.send(JSON.stringify({ type: 'hello', as: 'read', token: readToken, since: 0 }));
    reader.send(JSON.stringify({ type: 'inbox-close', id: 'x', token: ownerToken }));
    await until(() => readerFrames.some((f) => f.type === 'error'));
    expect(readerFrames.find((f) => f.type === 'error')).toMatchObject({ code: 'read-only' });
    later.close();
    reader.close();
    inbox.stop();
  });
});
