import { randomUUID, createHash } from 'node:crypto';
import type { WebSocket } from 'ws';
import { ClientFrame, FATAL_ERRORS, RELAY_LIMITS, type RelayErrorCode, type RelayLimits, type ServerFrame } from '../sync/relay/protocol';
import type { Bus } from './bus';
import type { RelayStore } from './store';

export interface RelayOptions {
  store: RelayStore;
  bus: Bus;
  limits?: Partial<RelayLimits>;
  /** A connection with more than this many bytes waiting to be sent (a client that does not read) is dropped. */
  maxBufferedBytes?: number;
  /** Sees every frame received and sent, for the privacy test and for debugging. */
  onFrame?: (direction: 'in' | 'out', text: string) => void;
  log: (line: string) => void;
}

/** What travels between instances on `relay:ROOM`: a new entry, and which connection sent it. */
interface Fanout {
  seq: number;
  data: string;
  from: string;
}

/** A token bucket: `rate` per second, up to `burst`. */
const bucket = (rate: number, burst: number) => {
  let level = burst;
  let at = Date.now();
  return {
    take(amount: number): number {
      const now = Date.now();
      level = Math.min(burst, level + ((now - at) / 1000) * rate);
      at = now;
      if (level >= amount || amount > burst) {
        level -= amount;
        return 0;
      }
      return Math.ceil(((amount - level) / rate) * 1000);
    },
  };
};

/**
 * The blind relay: per room an append-only log of sealed entries, served to connections that prove they
 * hold the room's secret with its auth token. It reads nothing inside an entry. See docs/PROTOCOL.md.
 */
export const createRelay = (options: RelayOptions) => {
  const { store, bus, log, onFrame } = options;
  const limits: RelayLimits = { ...RELAY_LIMITS, ...options.limits };
  const maxBufferedBytes = options.maxBufferedBytes ?? 64 * 1024 * 1024;
  const instance = randomUUID().slice(0, 8);
  let nextConnection = 0;
  const connections = new Set<WebSocket>();

  const handle = (conn: WebSocket) => {
    connections.add(conn);
    const me = `${instance}:${++nextConnection}`;
    let room: string | null = null;
    let live = false;
    let held: Fanout[] = [];
    let unsubscribe: (() => void) | null = null;
    let sentUpTo = 0;
    const messages = bucket(limits.messagesPerSecond, limits.messageBurst);
    const bytes = bucket(limits.bytesPerSecond, limits.byteBurst);

    const send = (frame: ServerFrame) => {
      if (conn.readyState !== conn.OPEN) return;
      if (conn.bufferedAmount > maxBufferedBytes) {
        log(`relay: dropped a connection that is not reading (${conn.bufferedAmount} bytes waiting)`);
        return conn.terminate();
      }
      const text = JSON.stringify(frame);
      onFrame?.('out', text);
      conn.send(text);
    };
    const fail = (code: RelayErrorCode, message: string, extra: { id?: string; retryAfterMs?: number } = {}) => {
      send({ type: 'error', code, message, ...extra });
      if (FATAL_ERRORS.has(code)) conn.close(4000 + [...FATAL_ERRORS].indexOf(code), code);
    };
    const deliver = (entry: Fanout) => {
      if (entry.from === me || entry.seq <= sentUpTo) return;
      send({ type: 'entry', seq: entry.seq, kind: 'update', data: entry.data });
    };

    const hello = async (frame: Extract<ClientFrame, { type: 'hello' }>) => {
      if (room) return fail('bad-frame', 'This connection already joined a room; open another connection for another room.');
      const tokenHash = createHash('sha256').update(frame.token, 'utf8').digest('hex');
      const stored = await store.claim(frame.room, tokenHash);
      if (stored !== tokenHash) {
        log(`relay: refused a wrong token for room ${frame.room}`);
        return fail('unauthorized', 'This room belongs to another secret. Ask a co-lead for a fresh invite.');
      }
      room = frame.room;
      // Listen before reading, so nothing appended in between is missed; hold live entries until caught up.
      unsubscribe = await bus.subscribe(`relay:${room}`, (payload) => {
        const entry = JSON.parse(payload) as Fanout;
        if (live) deliver(entry);
        else held.push(entry);
      });
      if (conn.readyState !== conn.OPEN) return unsubscribe();
      const info = await store.info(room);
      send({
        type: 'welcome',
        room,
        head: info.head,
        snapshotCovers: info.snapshotCovers,
        limits: { entryBytes: limits.entryBytes, roomBytes: limits.roomBytes },
      });
      for (const entry of await store.read(room, Math.min(frame.since, info.head))) {
        send({ type: 'entry', seq: entry.seq, kind: entry.kind, data: entry.data.toString('base64') });
        sentUpTo = Math.max(sentUpTo, entry.seq);
      }
      sentUpTo = Math.max(sentUpTo, info.head);
      send({ type: 'synced', head: info.head, logBytes: info.logBytes, logEntries: info.logEntries });
      live = true;
      for (const entry of held) deliver(entry);
      held = [];
    };

    const push = async (frame: Extract<ClientFrame, { type: 'push' }>) => {
      if (!room) return fail('no-hello', 'Say hello with the room and its token before pushing.');
      const data = Buffer.from(frame.data, 'base64');
      if (data.length > limits.entryBytes)
        return fail('too-large', `This entry is ${data.length} bytes; the relay keeps entries up to ${limits.entryBytes} bytes.`, { id: frame.id });
      const result = await store.append(room, data, limits.roomBytes);
      if (!result.ok) return fail('room-full', `This room holds its limit of ${limits.roomBytes} bytes; a snapshot will make room.`, { id: frame.id });
      send({ type: 'ack', id: frame.id, seq: result.seq });
      bus.publish(`relay:${room}`, JSON.stringify({ seq: result.seq, data: frame.data, from: me } satisfies Fanout));
    };

    const snapshot = async (frame: Extract<ClientFrame, { type: 'snapshot' }>) => {
      if (!room) return fail('no-hello', 'Say hello with the room and its token before sending a snapshot.');
      const data = Buffer.from(frame.data, 'base64');
      if (data.length > limits.entryBytes)
        return fail('too-large', `This snapshot is ${data.length} bytes; the relay keeps entries up to ${limits.entryBytes} bytes.`, { id: frame.id });
      const result = await store.snapshot(room, frame.covers, data, limits.roomBytes);
      if (!result.ok) {
        return result.reason === 'room-full'
          ? fail('room-full', `This snapshot would take the room over its limit of ${limits.roomBytes} bytes.`, { id: frame.id })
          : fail('stale-snapshot', 'The relay already holds a snapshot as recent as this one, or it covers entries the relay has not given out.', {
              id: frame.id,
            });
      }
      log(`relay: room ${room} compacted up to ${frame.covers}`);
      send({ type: 'ack', id: frame.id, seq: frame.covers });
    };

    // One frame at a time per connection, in the order they came.
    let queue = Promise.resolve();
    conn.on('message', (raw, isBinary) => {
      const text = isBinary ? '' : raw.toString();
      onFrame?.('in', text);
      const wait = Math.max(messages.take(1), bytes.take(text.length));
      if (wait > 0) {
        let id: string | undefined;
        try {
          const maybe = JSON.parse(text) as { id?: unknown };
          if (typeof maybe.id === 'string' && maybe.id.length <= 64) id = maybe.id;
        } catch {
          // not JSON: the rate limit answer comes first anyway
        }
        return fail('rate-limited', `Too many messages; try again in ${wait} ms.`, { retryAfterMs: wait, ...(id ? { id } : {}) });
      }
      let parsed: ReturnType<typeof ClientFrame.safeParse>;
      try {
        parsed = ClientFrame.safeParse(JSON.parse(text));
      } catch {
        return fail('bad-frame', 'Frames are JSON text; this one is not.');
      }
      if (!parsed.success)
        return fail('bad-frame', `Malformed frame: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`.slice(0, 500));
      const frame = parsed.data;
      queue = queue
        .then(() => (frame.type === 'hello' ? hello(frame) : frame.type === 'push' ? push(frame) : snapshot(frame)))
        .catch((error: unknown) => {
          log(`relay: ${frame.type} failed: ${String(error)}`);
          fail('server-error', 'The relay could not store this; your edits are kept and sent again later.', 'id' in frame ? { id: frame.id } : {});
        });
    });
    conn.on('error', (error) => log(`relay: closed a connection: ${error.message}`));
    conn.on('close', () => {
      connections.delete(conn);
      unsubscribe?.();
    });
  };

  return { handle, connections: () => connections.size };
};
