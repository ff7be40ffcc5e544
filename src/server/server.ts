import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { RELAY_LIMITS, RELAY_PATH, type RelayLimits } from '../sync/relay/protocol';
import { localBus, redisBus, type Bus } from './bus';
import { createRelay } from './relay';
import { createSignalling, type SignallingLimits } from './signalling';
import { openStore } from './openStore';
import { ADD_PAGE_CSP, buildAddPage, type StaticFile } from './addPage';
import { createMetrics } from './metrics';

/**
 * UBT Board's server: y-webrtc signalling on `/` and the blind relay on `/relay`, on one port, bound to
 * 127.0.0.1 unless told otherwise. With `--store redis://…` several instances share one Redis: the relay's
 * logs live there and both relay entries and signalling go between instances over Redis pub/sub.
 */
export interface ServerOptions {
  host?: string;
  port?: number;
  /** `sqlite:FILE` (default `sqlite::memory:`), or `redis://HOST:PORT`. */
  store?: string;
  /** Signalling: larger messages close the connection; SDP offers are a few kB. */
  maxMessageBytes?: number;
  maxTopicsPerConnection?: number;
  /** A connection with more than this many bytes waiting to be sent (a client that does not read) is dropped. */
  maxBufferedBytes?: number;
  relayLimits?: Partial<RelayLimits>;
  signallingLimits?: Partial<SignallingLimits>;
  /** Relay: a connection that sends neither hello nor drop within this time is closed (default 10 s). */
  relayHelloTimeoutMs?: number;
  /** Relay: a connection with more than this many bytes waiting to be sent is dropped (default 64 MiB; a catch-up waits below 1 MiB). */
  relayMaxBufferedBytes?: number;
  /** Relay: catch-ups together hold at most about this many bytes of stored entries (default 128 MiB). */
  catchUpBudgetBytes?: number;
  /** Relay rooms nobody has used for this many days are deleted (default 180); 0 keeps them for ever. */
  roomExpiryDays?: number;
  /** Origins allowed besides the extension's own and this server's (`--allow-origin`). */
  allowedOrigins?: readonly string[];
  /** Open WebSocket connections from one address, signalling and relay together (default 200). */
  maxConnectionsPerAddress?: number;
  /**
   * Addresses of the reverse proxies in front of this server (`--trust-proxy`). A connection from one of
   * them is counted under the client address its `X-Forwarded-For` names; from anyone else the header is
   * ignored, so a client cannot pick its own address.
   */
  trustedProxies?: readonly string[];
  /** Serve the phone page at `/add` (default true): built from src/add when the server starts. */
  addPage?: boolean;
  /** Sees every signalling message received and sent, for the privacy test and for debugging. */
  onMessage?: (direction: 'in' | 'out', text: string) => void;
  /** Sees every relay frame received and sent. */
  onRelayFrame?: (direction: 'in' | 'out', text: string) => void;
  log?: (line: string) => void;
}

export const DEFAULT_ROOM_EXPIRY_DAYS = 180;
/** The extension's own origins: Chrome's is pinned by the manifest key; Firefox gives each install its own. */
export const EXTENSION_ORIGIN = 'chrome-extension://nnllkdpebjebdpahkldeefadmcebkgmo';
export const originAllowed = (origin: string, host: string, extra: readonly string[]): boolean =>
  origin === EXTENSION_ORIGIN ||
  /^moz-extension:\/\/[0-9a-f-]{36}$/.test(origin) ||
  origin === `http://${host}` ||
  origin === `https://${host}` ||
  extra.includes(origin);
const DAY_MS = 24 * 60 * 60_000;

const plainAddress = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
/**
 * The address a connection is counted under: the peer's own, or, when the peer is a trusted proxy, the
 * right-most address in `X-Forwarded-For` that is not one of our proxies (the one our outermost proxy saw;
 * anything left of it the client could have written itself).
 */
export const clientAddress = (remote: string, forwardedFor: string | string[] | undefined, trusted: readonly string[]): string => {
  const peer = plainAddress(remote);
  if (!trusted.includes(peer) || forwardedFor === undefined) return peer;
  const hops = [forwardedFor]
    .flat()
    .join(',')
    .split(',')
    .map((hop) => plainAddress(hop.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.includes(hops[i]!)) return hops[i]!;
  return hops[0] ?? peer;
};

export interface UbtServer {
  /** The signalling address, `ws://HOST:PORT`. */
  readonly url: string;
  /** The relay address, `ws://HOST:PORT/relay`. */
  readonly relayUrl: string;
  readonly port: number;
  readonly store: string;
  readonly clients: () => number;
  /** Closes everything; with `graceMs`, first asks clients to leave and waits up to that long for them. */
  close(graceMs?: number): Promise<void>;
}

export const startServer = async (options: ServerOptions = {}): Promise<UbtServer> => {
  const {
    host = '127.0.0.1',
    port = 4444,
    store: storeSpec = 'sqlite::memory:',
    maxMessageBytes = 64 * 1024,
    maxTopicsPerConnection = 200,
    maxBufferedBytes = 1024 * 1024,
    log = () => {},
    allowedOrigins = [],
    maxConnectionsPerAddress = 200,
    trustedProxies = [],
  } = options;
  const store = await openStore(storeSpec);
  const bus: Bus = store.kind === 'redis' ? await redisBus(storeSpec, log) : localBus();
  const relayLimits: RelayLimits = { ...RELAY_LIMITS, ...options.relayLimits };
  const metrics = createMetrics(
    store,
    () => ({ signalling: signalWss.clients.size, relay: relayWss.clients.size }),
    () => relay.catchUps(),
  );
  const signalling = createSignalling({
    bus,
    maxTopicsPerConnection,
    maxBufferedBytes,
    onMessage: options.onMessage,
    log,
    limits: options.signallingLimits,
    onRefused: metrics.refused,
  });
  const relay = createRelay({
    store,
    bus,
    limits: relayLimits,
    onFrame: options.onRelayFrame,
    log,
    maxBufferedBytes: options.relayMaxBufferedBytes,
    helloTimeoutMs: options.relayHelloTimeoutMs,
    catchUpBudgetBytes: options.catchUpBudgetBytes,
    count: metrics,
  });
  const expiryDays = options.roomExpiryDays ?? DEFAULT_ROOM_EXPIRY_DAYS;
  const expire = async () => {
    if (expiryDays <= 0) return;
    const gone = await store.expire(Date.now() - expiryDays * DAY_MS).catch((error: unknown) => {
      log(`relay: expiry failed: ${String(error)}`);
      return 0;
    });
    if (gone) log(`relay: deleted ${gone} room(s) unused for ${expiryDays} days`);
  };
  await expire();
  const expiry = setInterval(() => void expire(), 60 * 60_000);
  expiry.unref();
  const signalWss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  // A base64 entry is 4/3 of its bytes, plus the JSON around it.
  const relayWss = new WebSocketServer({ noServer: true, maxPayload: Math.ceil((relayLimits.entryBytes * 4) / 3) + 4096 });
  signalWss.on('connection', (ws: WebSocket) => signalling.handle(ws));
  // The client's address as the upgrade counted it (behind a trusted proxy, from X-Forwarded-For).
  const addressOf = new WeakMap<IncomingMessage, string>();
  relayWss.on('connection', (ws: WebSocket, request: IncomingMessage) => relay.handle(ws, addressOf.get(request) ?? request.socket.remoteAddress ?? ''));

  const addFiles = options.addPage === false ? new Map<string, StaticFile>() : await buildAddPage();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    // For IT's monitoring: /healthz says whether the store answers; /metrics is Prometheus text (counts only).
    if (path === '/healthz' || path === '/metrics') {
      const answer =
        path === '/healthz'
          ? store.stats().then(() => ({ type: 'application/json', body: JSON.stringify({ status: 'ok', store: store.kind }) }))
          : metrics.render().then((body) => ({ type: metrics.contentType, body }));
      void answer.then(
        ({ type, body }) => {
          response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
          response.end(body);
        },
        (error: unknown) => {
          log(`${path} failed: ${String(error)}`);
          response.writeHead(503, { 'Content-Type': 'application/json' });
          response.end(JSON.stringify({ status: 'unavailable', store: store.kind }));
        },
      );
      return;
    }
    const file = addFiles.get(path === '/add/' ? '/add' : path);
    if (file && (request.method === 'GET' || request.method === 'HEAD')) {
      response.writeHead(200, {
        'Content-Type': file.type,
        'Content-Length': file.body.length,
        'Content-Security-Policy': ADD_PAGE_CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
      });
      return response.end(request.method === 'HEAD' ? undefined : file.body);
    }
    response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('UBT Board server: signalling (encrypted WebRTC introductions, stores nothing) and a blind relay at /relay (stores only ciphertext).\n');
  });
  const perAddress = new Map<string, number>();
  const refuse = (socket: Duplex, status: string, why: string) => {
    log(`refused a connection: ${why}`);
    metrics.refused(status.startsWith('403') ? 'origin' : 'connections-per-address');
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${why}\n`);
  };
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    // A web page the browser opens cannot use this server on the user's behalf: only the extension's pages,
    // this server's own phone page and origins IT configured. (Programs other than browsers send no Origin.)
    const origin = request.headers.origin;
    if (origin && !originAllowed(origin, request.headers.host ?? '', allowedOrigins))
      return refuse(socket, '403 Forbidden', `origin ${origin.slice(0, 100)} is not allowed (--allow-origin adds one)`);
    const address = clientAddress(request.socket.remoteAddress ?? '', request.headers['x-forwarded-for'], trustedProxies);
    const open = perAddress.get(address) ?? 0;
    if (open >= maxConnectionsPerAddress) return refuse(socket, '429 Too Many Requests', `more than ${maxConnectionsPerAddress} connections from one address`);
    const wss = path === RELAY_PATH ? relayWss : signalWss;
    addressOf.set(request, address);
    wss.handleUpgrade(request, socket, head, (ws) => {
      perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
      ws.once('close', () => {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left <= 0) perAddress.delete(address);
        else perAddress.set(address, left);
      });
      wss.emit('connection', ws, request);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  }).catch(async (error: unknown) => {
    await bus.close();
    await store.close();
    throw error;
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `ws://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  const storeName = store.kind === 'redis' ? 'Redis' : storeSpec === 'sqlite::memory:' ? 'memory (nothing kept after exit)' : storeSpec.slice('sqlite:'.length);
  log(`UBT Board server listening on ${url} (signalling) and ${url}${RELAY_PATH} (relay, store: ${storeName})`);
  let closing: Promise<void> | undefined;
  return {
    url,
    relayUrl: `${url}${RELAY_PATH}`,
    port: actualPort,
    store: storeSpec,
    clients: () => signalWss.clients.size + relayWss.clients.size,
    // Closing twice (a test that stopped an instance, then its clean-up) waits for the same close.
    close: (graceMs = 0) =>
      (closing ??= (async () => {
        clearInterval(expiry);
        // Stop accepting; tell every client we are going (they reconnect elsewhere or later), give them `graceMs`
        // to finish what they are sending, then cut the rest; then the bus and the store (SQLite checkpoints its WAL).
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        const clients = [...signalWss.clients, ...relayWss.clients];
        if (graceMs > 0) {
          for (const client of clients) client.close(1001, 'server shutting down');
          const end = Date.now() + graceMs;
          while (clients.some((c) => c.readyState !== c.CLOSED) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
        }
        for (const client of clients) if (client.readyState !== client.CLOSED) client.terminate();
        signalWss.close();
        relayWss.close();
        await stopped;
        await bus.close();
        await store.close();
      })()),
  };
};
