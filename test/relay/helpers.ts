import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { afterEach } from 'vitest';
import { startServer, type UbtServer } from '../../src/server/server';
import { deriveRoomId } from '../../src/core/invite';
import { createSecret } from '../../src/core/secret';
import { openRelayLink, RELAY_ORIGIN, type RelayLink } from '../../src/sync/relay/link';
import type { RelayAccess } from '../../src/sync/relay/crypto';

/** A browser's engine for one board, reduced to what the relay link needs: a doc and a link. */
export interface Client {
  readonly doc: Y.Doc;
  readonly link: RelayLink;
  readonly logs: string[];
}

let boardCounter = 0;
export const newBoard = async () => {
  const secret = createSecret();
  return { secret, roomId: await deriveRoomId(secret), boardId: `board-${++boardCounter}-${Math.random().toString(36).slice(2, 8)}` };
};

export const openClient = (
  url: string | string[],
  board: { secret: string; roomId: string; boardId: string; access?: RelayAccess },
  doc = new Y.Doc(),
  extra: Partial<Parameters<typeof openRelayLink>[0]> = {},
): Client => {
  const profile = Math.random().toString(36).slice(2);
  const logs: string[] = [];
  const link = openRelayLink({
    urls: typeof url === 'string' ? [url] : url,
    boardId: `${board.boardId}@${profile}`,
    roomId: board.roomId,
    access: board.access ?? { kind: 'write', secret: board.secret },
    doc,
    isLocalEdit: (origin) => origin !== RELAY_ORIGIN && origin !== 'peer',
    onChange: () => {},
    log: (line) => logs.push(line),
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    ...extra,
  });
  return { doc, link, logs };
};

export const ideas = (doc: Y.Doc) => doc.getMap<string>('ideas');

export { until } from '../support/until';

/**
 * Servers and clients for one test file, all closed after each test: `serve` starts a relay (options as for
 * `startServer`, on a free port unless given), `client` opens a link like `openClient`. Closing either twice
 * is harmless, so a test may stop them itself.
 */
export const relayTestbed = () => {
  const servers: UbtServer[] = [];
  const clients: Client[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.link.close();
    for (const s of servers.splice(0)) await s.close().catch(() => {});
  });
  const serve = async (options: Parameters<typeof startServer>[0] = {}) => {
    const server = await startServer({ port: 0, ...options });
    servers.push(server);
    return server;
  };
  const client = (...args: Parameters<typeof openClient>) => {
    const c = openClient(...args);
    clients.push(c);
    return c;
  };
  return { serve, client };
};

/** A raw socket to the relay, recording every frame it receives: for speaking the protocol by hand. */
export const socket = async (url: string) => {
  const ws = new WebSocket(url);
  const inbox: Record<string, unknown>[] = [];
  ws.on('message', (raw) => inbox.push(JSON.parse(raw.toString())));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, inbox, send: (frame: unknown) => ws.send(JSON.stringify(frame)) };
};
