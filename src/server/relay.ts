import { randomUUID, createHash } from 'node:crypto';
import type { WebSocket } from 'ws';
import { ClientFrame, FATAL_ERRORS, RELAY_LIMITS, type RelayErrorCode, type RelayLimits, type ServerFrame } from '../sync/relay/protocol';
import type { Bus } from './bus';
import type { RelayStore } from './store';
import { bucket, buckets, byteBudget } from './limits';
import { inboxHandlers } from './relayInbox';
import { readTokenOfWrite, roomOfReadToken } from './relayTokens';

export interface RelayOptions {
  store: RelayStore;
  bus: Bus;
  limits?: Partial<RelayLimits>;
  /** A connection with more than this many bytes waiting to be sent (a client that does not read) is dropped. */
  maxBufferedBytes?: number;
  /** Sees every frame received and sent, for the privacy test and for debugging. */
  onFrame?: (direction: 'in' | 'out', text: string) => void;
  log: (line: string) => void;
  /** A connection that sends neither `hello` nor `drop` within this time is closed (default 10 s). */
  helloTimeoutMs?: number;
  /**
   * Catch-ups together hold at most about this many bytes of stored entries in memory (default 128 MiB);
   * a reader beyond it waits its turn (its `welcome` comes at once, its entries when there is room).
   */
  catchUpBudgetBytes?: number;
  /** Counts for /metrics: what was stored, and every refusal by its code. */
  count?: { entry(kind: 'update' | 'snapshot' | 'drop'): void; refused(reason: string): void };
}

/** What travels between instances on `relay:ROOM`: a new entry, and which connection sent it. */
interface Fanout {
  seq: number;
  data: string;
  from: string;
}

/** Waits until less than `below` bytes wait to be sent on the connection (or it closed). */
const drained = async (conn: WebSocket, below = DRAIN_BELOW_BYTES): Promise<void> => {
  while (conn.readyState === conn.OPEN && conn.bufferedAmount > below) await new Promise((resolve) => setTimeout(resolve, 5));
};
/** During a catch-up, the next entry is sent once the bytes waiting fall below this. */
export const DRAIN_BELOW_BYTES = 1024 * 1024;
export const DEFAULT_CATCH_UP_BUDGET_BYTES = 128 * 1024 * 1024;

/**
 * The blind relay: per room an append-only log of sealed entries, found only by a token derived from the
 * board's secret (a room id alone reaches nothing). Write tokens push and compact; read tokens only read.
 * Drop-box inboxes take sealed submissions from anyone, under limits. It reads nothing inside an entry.
 * See docs/PROTOCOL.md.
 */
export const createRelay = (options: RelayOptions) => {
  const { store, bus, log, onFrame } = options;
  const limits: RelayLimits = { ...RELAY_LIMITS, ...options.limits };
  const maxBufferedBytes = options.maxBufferedBytes ?? 64 * 1024 * 1024;
  const catchUps = byteBudget(options.catchUpBudgetBytes ?? DEFAULT_CATCH_UP_BUDGET_BYTES);
  const instance = randomUUID().slice(0, 8);
  let nextConnection = 0;
  const connections = new Set<WebSocket>();
  const perMinute = (n: number) => n / 60;
  const addressDrops = buckets(perMinute(limits.dropsPerMinuteAddress), limits.dropBurstAddress);
  const inboxDrops = buckets(perMinute(limits.dropsPerMinuteInbox), limits.dropBurstInbox);
  const addressRooms = buckets(limits.roomsPerHourAddress / 3600, limits.roomBurstAddress);
  const addressBytes = buckets(limits.bytesPerSecondAddress, limits.byteBurstAddress);

  /** `address`: the client's address, for the per-address drop limit (the socket's peer; a proxy's own until it forwards the client's). */
  const handle = (conn: WebSocket, address = '') => {
    connections.add(conn);
    const me = `${instance}:${++nextConnection}`;
    let room: string | null = null;
    let access: 'write' | 'read' = 'read';
    const drops = bucket(perMinute(limits.dropsPerMinuteConnection), limits.dropBurstConnection);
    let live = false;
    let spoke = false;
    const helloTimer = setTimeout(() => {
      if (spoke) return;
      log('relay: closed a connection that said nothing within the hello timeout');
      options.count?.refused('relay-hello-timeout');
      conn.close(4000 + [...FATAL_ERRORS].indexOf('no-hello'), 'no-hello');
    }, options.helloTimeoutMs ?? 10_000);
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
      options.count?.refused(`relay-${code}`);
      send({ type: 'error', code, message, ...extra });
      if (FATAL_ERRORS.has(code)) conn.close(4000 + [...FATAL_ERRORS].indexOf(code), code);
    };
    const deliver = (entry: Fanout) => {
      if (entry.from === me || entry.seq <= sentUpTo) return;
      send({ type: 'entry', seq: entry.seq, kind: 'update', data: entry.data });
    };

    const hello = async (frame: Extract<ClientFrame, { type: 'hello' }>) => {
      if (room) return fail('bad-frame', 'This connection already joined a room; open another connection for another room.');
      const readToken = frame.as === 'write' ? readTokenOfWrite(frame.token) : frame.token;
      const named = roomOfReadToken(readToken);
      // Only a writer creates a room; a reader of a room nobody created sees an empty one, and nothing is stored.
      let found = await store.touch(named, false, Date.now());
      if (found === 'missing' && frame.as === 'write') {
        const wait = addressRooms(address).take(1);
        if (wait > 0) {
          // Closed with 1013 (try again later): the client reconnects with its back-off and says hello again.
          fail('rate-limited', `This address opened too many new boards on this relay; try again in ${Math.ceil(wait / 1000)} s.`, { retryAfterMs: wait });
          return conn.close(1013, 'try-again-later');
        }
        found = await store.touch(named, true, Date.now());
      }
      if (found === 'forgotten') {
        log(`relay: refused a hello for a forgotten room`);
        return fail('unauthorized', 'This board moved to a new secret and its old copy here was deleted. Ask a co-lead for the current invite.');
      }
      access = frame.as;
      room = named;
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
        access,
      });
      const since = Math.min(frame.since, info.head);
      // What this catch-up will hold in memory, at most: the snapshot and the log, or only the log after it.
      const release = await catchUps.acquire(since < info.snapshotCovers ? info.bytes : since < info.head ? info.logBytes : 0);
      try {
        if (conn.readyState !== conn.OPEN) return;
        for (const entry of await store.read(room, since)) {
          // A large room goes out at the pace the client reads it: wait for the socket to drain between entries,
          // so a big, legitimate board is never dropped as "not reading" half way through its catch-up.
          await drained(conn);
          if (conn.readyState !== conn.OPEN) return;
          send({ type: 'entry', seq: entry.seq, kind: entry.kind, data: entry.data.toString('base64') });
          sentUpTo = Math.max(sentUpTo, entry.seq);
        }
      } finally {
        release();
      }
      sentUpTo = Math.max(sentUpTo, info.head);
      send({ type: 'synced', head: info.head, logBytes: info.logBytes, logEntries: info.logEntries });
      live = true;
      for (const entry of held) deliver(entry);
      held = [];
    };

    const readOnly = (id: string) => fail('read-only', 'This invite can read the board but not change it.', { id });
    const push = async (frame: Extract<ClientFrame, { type: 'push' }>) => {
      if (!room) return fail('no-hello', 'Say hello with the room and its token before pushing.');
      if (access !== 'write') return readOnly(frame.id);
      const data = Buffer.from(frame.data, 'base64');
      if (data.length > limits.entryBytes)
        return fail('too-large', `This entry is ${data.length} bytes; the relay keeps entries up to ${limits.entryBytes} bytes.`, { id: frame.id });
      await store.touch(room, false, Date.now());
      const result = await store.append(room, data, limits.roomBytes);
      if (!result.ok) return fail('room-full', `This room holds its limit of ${limits.roomBytes} bytes; a snapshot will make room.`, { id: frame.id });
      send({ type: 'ack', id: frame.id, seq: result.seq });
      options.count?.entry('update');
      bus.publish(`relay:${room}`, JSON.stringify({ seq: result.seq, data: frame.data, from: me } satisfies Fanout));
    };

    const writer = (frame: { id: string }): frame is { id: string } => {
      if (!room) {
        fail('no-hello', 'Say hello with the write token first.', { id: frame.id });
        return false;
      }
      if (access !== 'write') {
        readOnly(frame.id);
        return false;
      }
      return true;
    };

    const forget = async (frame: Extract<ClientFrame, { type: 'forget' }>) => {
      if (!writer(frame)) return;
      await store.forget(room!);
      log(`relay: room ${room!.slice(0, 12)}… forgotten at a writer's request`);
      send({ type: 'ack', id: frame.id, seq: 0 });
    };

    const inbox = inboxHandlers({ store, bus, limits, address, send, fail, writer, count: options.count, drops, addressDrops, inboxDrops });
    const snapshot = async (frame: Extract<ClientFrame, { type: 'snapshot' }>) => {
      if (!room) return fail('no-hello', 'Say hello with the room and its token before sending a snapshot.');
      if (access !== 'write') return readOnly(frame.id);
      const data = Buffer.from(frame.data, 'base64');
      if (data.length > limits.entryBytes)
        return fail('too-large', `This snapshot is ${data.length} bytes; the relay keeps entries up to ${limits.entryBytes} bytes.`, { id: frame.id });
      const result = await store.snapshot(room, frame.covers, data, limits.roomBytes, createHash('sha256').update(data).digest('hex'));
      if (!result.ok) {
        return result.reason === 'room-full'
          ? fail('room-full', `This snapshot would take the room over its limit of ${limits.roomBytes} bytes.`, { id: frame.id })
          : fail(
              'stale-snapshot',
              'The relay already holds a snapshot as recent as this one, was given this one before, or it covers entries the relay has not given out.',
              {
                id: frame.id,
              },
            );
      }
      options.count?.entry('snapshot');
      log(`relay: room ${room.slice(0, 12)}… compacted up to ${frame.covers}`);
      send({ type: 'ack', id: frame.id, seq: frame.covers });
    };

    const handlers: { [K in ClientFrame['type']]: (frame: Extract<ClientFrame, { type: K }>) => Promise<unknown> } = {
      hello,
      push,
      snapshot,
      forget,
      'inbox-open': inbox.open,
      'inbox-clear': inbox.clear,
      'inbox-close': inbox.close,
      drop: inbox.drop,
    };
    // One frame at a time per connection, in the order they came.
    let queue = Promise.resolve();
    conn.on('message', (raw, isBinary) => {
      const text = isBinary ? '' : raw.toString();
      onFrame?.('in', text);
      // Per connection, then per client address (all its connections): refused here, before the frame is
      // parsed or queued, so a flood holds no memory beyond its burst.
      const connectionWait = Math.max(messages.take(1), bytes.take(text.length));
      const addressWait = connectionWait > 0 ? 0 : addressBytes(address).take(text.length);
      const wait = Math.max(connectionWait, addressWait);
      if (wait > 0) {
        // The id, if the frame names one near its start: a refused frame is not parsed (a flood of large
        // frames would cost the server more to parse than to refuse).
        const id = /^\{"type":"[a-z-]{1,20}","id":"([^"\\]{1,64})"/.exec(text.slice(0, 120))?.[1];
        const what = addressWait > 0 ? 'Too much from this address' : 'Too many messages';
        return fail('rate-limited', `${what}; try again in ${wait} ms.`, { retryAfterMs: wait, ...(id ? { id } : {}) });
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
      if (frame.type === 'hello' || frame.type === 'drop') {
        spoke = true;
        clearTimeout(helloTimer);
      }
      queue = queue
        .then(async () => void (await handlers[frame.type](frame as never)))
        .catch((error: unknown) => {
          log(`relay: ${frame.type} failed: ${String(error)}`);
          fail('server-error', 'The relay could not store this; your edits are kept and sent again later.', 'id' in frame ? { id: frame.id } : {});
        });
    });
    conn.on('error', (error) => log(`relay: closed a connection: ${error.message}`));
    conn.on('close', () => {
      clearTimeout(helloTimer);
      connections.delete(conn);
      unsubscribe?.();
      inbox.stop();
    });
  };

  return { handle, connections: () => connections.size, catchUps: () => catchUps.stats() };
};
