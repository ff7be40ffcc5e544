import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startServer, type UbtServer } from '../../src/server/server';
import { newBoard, openClient, type Client } from './helpers';

/**
 * Another program reads a board from the relay alone, following docs/PROTOCOL.md section 3b: ws,
 * WebCrypto and Yjs only; none of UBT Board's sync code on the reading side.
 */
const utf8 = (s: string) => new TextEncoder().encode(s);

const readBoardFromRelay = async (relayUrl: string, secret: string, roomId: string): Promise<Y.Doc> => {
  const material = await crypto.subtle.importKey('raw', utf8(secret), 'HKDF', false, ['deriveBits', 'deriveKey']);
  const params = (label: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: utf8('ubt-board relay v1'), info: utf8(`${label}\n${roomId}`) });
  const key = await crypto.subtle.deriveKey(params('ubt-board relay encryption key'), material, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
  const token = Buffer.from(await crypto.subtle.deriveBits(params('ubt-board relay auth token'), material, 256)).toString('base64url');
  const doc = new Y.Doc();
  const ws = new WebSocket(relayUrl);
  await new Promise<void>((resolve, reject) => {
    const pending: Promise<void>[] = [];
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', room: roomId, token, since: 0 })));
    ws.on('error', reject);
    ws.on('message', (raw) => {
      const frame = JSON.parse(raw.toString());
      if (frame.type === 'entry') {
        const entry = Buffer.from(frame.data, 'base64');
        pending.push(
          crypto.subtle
            .decrypt({ name: 'AES-GCM', iv: entry.subarray(1, 13), additionalData: utf8(`${roomId}\n${frame.kind}`) }, key, entry.subarray(13))
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

let server: UbtServer | null = null;
let clients: Client[] = [];
afterEach(async () => {
  for (const c of clients) await c.link.close();
  await server?.close();
  server = null;
  clients = [];
});

describe('reading a board from the relay alone', () => {
  it('recovers the board, snapshot and later entries, with only the secret and the protocol document', async () => {
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
    const doc = await readBoardFromRelay(server.relayUrl, board.secret, board.roomId);
    expect(doc.getMap('ideas').toJSON()).toEqual(a.doc.getMap('ideas').toJSON());
    expect(doc.getMap('ideas').size).toBe(5);
  });
});
