import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../../core/text/bytes';
import { deriveRelayKeys, open, seal, type RelayAccess, type RelayKeys } from './crypto';
import { loadLinkState, saveLinkState, type LinkState } from './linkState';
import { FATAL_ERRORS, RELAY_LIMITS, ServerFrame, type ClientFrame } from './protocol';

/**
 * One board's connection to one relay (docs/PROTOCOL.md, "Relay"). It pulls every entry it has not seen
 * on start and on every reconnect, applies them, and pushes what the relay lacks: local edits live
 * (batched), and on connect everything the relay is not known to hold. It never blocks an edit: when the
 * relay is down, edits stay in the board's IndexedDB and the `dirty` mark in ours, and go out later.
 */
export const RELAY_ORIGIN = Symbol('relay');
/** After catching up, upload a snapshot when the entries after the last one pass either limit. */
export const SNAPSHOT_AFTER_BYTES = 512 * 1024;
export const SNAPSHOT_AFTER_ENTRIES = 300;
const PUSH_DELAY_MS = 250;
const PUSH_MAX_DELAY_MS = 1000;
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;
const REFUSED_RETRY_MS = 5 * 60_000;

export type RelayLinkState = 'connecting' | 'catching-up' | 'synced' | 'unreachable' | 'refused';
export interface RelayLinkStatus {
  readonly url: string;
  readonly state: RelayLinkState;
  /** When the relay last confirmed it holds everything this browser has. */
  readonly lastSyncAt: number | null;
  /** Edits here that the relay has not confirmed yet. */
  readonly pending: boolean;
  /** Entries that could not be read (not sealed with this board's key, or a broken update). */
  readonly unreadable: number;
  readonly problem: string | null;
}

export interface RelayLinkOptions {
  /** Addresses of one relay service (its instances share a store): used one at a time, in order, moving on when one fails. */
  urls: readonly string[];
  boardId: string;
  /** Names this room's saved state: a new capability (a rotated secret) starts afresh. */
  roomId: string;
  /** The write secret, or a read capability (then nothing is ever pushed). */
  access: RelayAccess;
  doc: Y.Doc;
  /** Edits made in this browser (not ones from WebRTC peers or from storage) are pushed at once. */
  isLocalEdit: (origin: unknown) => boolean;
  onChange: () => void;
  log: (line: string) => void;
  WebSocket?: typeof WebSocket;
  now?: () => number;
  /** A sealed submission arrived in a drop-box inbox this link opened (writers only). */
  onDropped?: (inbox: string, seq: number, box: Uint8Array) => void;
  /** Overrides SNAPSHOT_AFTER_BYTES / SNAPSHOT_AFTER_ENTRIES (tests). */
  snapshotAfter?: { bytes: number; entries: number };
}

export interface RelayLink {
  status(): RelayLinkStatus;
  /** Resolves when nothing is waiting to be sent and the relay confirmed it (or `ms` passed). */
  settled(ms?: number): Promise<boolean>;
  /** Writers: receive this drop-box inbox's submissions (its id and owner token), now and after every reconnect (null: none). */
  watchInbox(inbox: { inbox: string; token: string } | null): void;
  /** Writers: submissions up to `upTo` are on the board; the relay may drop them. */
  clearInbox(token: string, upTo: number): void;
  /** Writers: delete an inbox that a new drop box replaced (its owner token). */
  closeInbox(token: string): void;
  /** Writers: delete this room on the relay (after a rotation). Resolves true once the relay confirmed. */
  forget(ms?: number): Promise<boolean>;
  close(): Promise<void>;
}

const svAhead = (doc: Y.Doc, relay: Map<number, number>): boolean => {
  // Read from the document's store: status reads happen often, and encoding the state vector each time costs.
  for (const client of doc.store.clients.keys()) if (Y.getState(doc.store, client) > (relay.get(client) ?? 0)) return true;
  return false;
};

/** What an update adds to a state vector that it continues (Yjs updates we push are contiguous per client). */
const extend = (sv: Map<number, number>, update: Uint8Array) => {
  const { from, to } = Y.parseUpdateMeta(update);
  for (const [client, end] of to) {
    if ((from.get(client) ?? 0) <= (sv.get(client) ?? 0)) sv.set(client, Math.max(sv.get(client) ?? 0, end));
  }
};

export const openRelayLink = (options: RelayLinkOptions): RelayLink => {
  const { urls, boardId, roomId, access, doc, log, onChange } = options;
  const writer = access.kind === 'write';
  const Socket = options.WebSocket ?? globalThis.WebSocket;
  const now = options.now ?? Date.now;
  const stateKey = urls.join(' ');
  let current = 0;
  let url = urls[0]!;
  let label = `relay ${url} (${boardId})`;
  let closed = false;
  let ws: WebSocket | null = null;
  let state: LinkState | null = null;
  let relaySv = new Map<number, number>();
  let status: RelayLinkState = 'connecting';
  let problem: string | null = null;
  let unreadable = 0;
  let attempt = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let pushTimer: ReturnType<typeof setTimeout> | null = null;
  let firstWaitingAt = 0;
  let edits = 0;
  let requestCounter = 0;
  /** Pushes sent on this connection and not yet acknowledged, in order. */
  let inflight: { id: string; sv: Map<number, number>; edits: number; bytes: number }[] = [];
  let snapshotting: string | null = null;
  /** Entries received out of order after catching up. */
  const ahead = new Set<number>();
  let snapshotCovers = 0;
  let bytesSinceSnapshot = 0;
  let entriesSinceSnapshot = 0;
  let entryLimit: number = RELAY_LIMITS.entryBytes;
  let caughtUp: Uint8Array[] = [];
  let lastCaughtUp = 0;
  let frames = Promise.resolve();
  const waiters = new Set<() => void>();
  let inbox: { inbox: string; token: string } | null = null;
  const requests = new Map<string, (ok: boolean) => void>();
  const request = (frame: ClientFrame & { id: string }, ms = 10_000) =>
    new Promise<boolean>((resolve) => {
      if (!ws || ws.readyState !== Socket.OPEN || status !== 'synced') return resolve(false);
      const timer = setTimeout(() => {
        requests.delete(frame.id);
        resolve(false);
      }, ms);
      requests.set(frame.id, (ok) => {
        clearTimeout(timer);
        requests.delete(frame.id);
        resolve(ok);
      });
      send(frame);
    });
  const openInbox = () => {
    if (inbox && writer && status === 'synced') send({ type: 'inbox-open', id: `i${++requestCounter}`, token: inbox.token });
  };

  const keysPromise: Promise<RelayKeys> = deriveRelayKeys(access);
  /** The first entry of this catch-up that could not be read: `since` stays below it. */
  let firstUnreadable = 0;
  /** A writer that met an unreadable entry sends its whole board and a snapshot over it. */
  let repairing = false;
  let repairPush: string | null = null;
  const pending = () => writer && !!state && (state.dirty || inflight.length > 0 || pushTimer !== null || svAhead(doc, relaySv));
  const changed = () => {
    if (!pending() && status === 'synced') for (const wake of [...waiters]) wake();
    onChange();
  };
  let saving = Promise.resolve();
  const persist = () => {
    if (!state) return saving;
    const snapshot: LinkState = { ...state, relayStateVector: Y.encodeStateVector(relaySv) };
    saving = saving
      .then(() => saveLinkState(boardId, stateKey, snapshot))
      .catch((error: unknown) => log(`${label}: could not save its state: ${String(error)}`));
    return saving;
  };

  const send = (frame: ClientFrame) => {
    if (ws && ws.readyState === Socket.OPEN) ws.send(JSON.stringify(frame));
  };

  const push = async () => {
    if (pushTimer) clearTimeout(pushTimer);
    pushTimer = null;
    firstWaitingAt = 0;
    if (!state || status !== 'synced' || !ws || !writer) return changed();
    const base = inflight.length > 0 ? inflight[inflight.length - 1]!.sv : relaySv;
    const update = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(base));
    const sv = new Map(Y.decodeStateVector(Y.encodeStateVector(doc)));
    const sealed = await seal(await keysPromise, 'update', update);
    if (sealed.length > entryLimit) {
      problem = `This board's changes (${(sealed.length / 1e6).toFixed(1)} MB) are larger than the relay accepts (${(entryLimit / 1e6).toFixed(0)} MB). Co-leads online together still sync directly.`;
      log(`${label}: ${problem}`);
      return changed();
    }
    const id = `p${++requestCounter}`;
    inflight.push({ id, sv, edits, bytes: sealed.length });
    send({ type: 'push', id, data: toBase64(sealed) });
    changed();
  };
  const schedulePush = (delay = PUSH_DELAY_MS) => {
    if (closed) return;
    const at = now();
    if (!firstWaitingAt) firstWaitingAt = at;
    if (pushTimer) clearTimeout(pushTimer);
    const wait = Math.max(0, Math.min(delay, firstWaitingAt + PUSH_MAX_DELAY_MS - at));
    pushTimer = setTimeout(() => void push().catch((error: unknown) => log(`${label}: push failed: ${String(error)}`)), wait);
  };

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === RELAY_ORIGIN || !options.isLocalEdit(origin) || !state || !writer) return;
    edits++;
    if (!state.dirty) {
      state.dirty = true;
      void persist();
    }
    schedulePush();
  };
  doc.on('update', onUpdate);

  const maybeSnapshot = async () => {
    if (!writer || !state || snapshotting || status !== 'synced' || state.since <= snapshotCovers) return;
    const limits = options.snapshotAfter ?? { bytes: SNAPSHOT_AFTER_BYTES, entries: SNAPSHOT_AFTER_ENTRIES };
    if (bytesSinceSnapshot < limits.bytes && entriesSinceSnapshot < limits.entries) return;
    const covers = state.since;
    await sendSnapshot(covers);
  };
  const sendSnapshot = async (covers: number) => {
    const sealed = await seal(await keysPromise, 'snapshot', Y.encodeStateAsUpdate(doc), covers);
    if (sealed.length > entryLimit) return;
    snapshotting = `s${++requestCounter}`;
    log(`${label}: uploading a snapshot covering entries up to ${covers} (${entriesSinceSnapshot} entries, ${bytesSinceSnapshot} bytes since the last one)`);
    send({ type: 'snapshot', id: snapshotting, covers, data: toBase64(sealed) });
  };

  /** Marks `seq` as received and moves `since` over every entry now received in a row. */
  const seen = (seq: number) => {
    if (!state) return;
    if (seq <= state.since) return;
    ahead.add(seq);
    while (ahead.delete(state.since + 1)) state.since++;
  };

  const readEntry = async (kind: 'update' | 'snapshot', data: string, seq: number): Promise<Uint8Array | null> => {
    // A snapshot opens only with the `covers` it was sealed with: an old one passed off as newer does not.
    const plain = await open(await keysPromise, kind, fromBase64(data), kind === 'snapshot' ? seq : 0);
    if (!plain) {
      unreadable++;
      // An unreadable snapshot stands for every entry it covers: none of them counts as received.
      const first = kind === 'snapshot' ? (state?.since ?? 0) + 1 : seq;
      if (!firstUnreadable || first < firstUnreadable) firstUnreadable = first;
      if (writer) repairing = true;
      log(`${label}: skipped entry ${seq}: it is not sealed with this board's key`);
      return null;
    }
    return plain;
  };
  const applyUpdate = (update: Uint8Array, seq: number | string): boolean => {
    try {
      Y.applyUpdate(doc, update, RELAY_ORIGIN);
      return true;
    } catch (error) {
      unreadable++;
      log(`${label}: skipped entry ${seq}: it is not a readable update (${String(error)})`);
      return false;
    }
  };

  const onFrame = async (frame: ServerFrame) => {
    if (!state) return;
    switch (frame.type) {
      case 'welcome':
        lastCaughtUp = Math.min(state.since, frame.head);
        snapshotCovers = frame.snapshotCovers;
        entryLimit = Math.min(frame.limits.entryBytes, RELAY_LIMITS.entryBytes);
        if (frame.head < state.since) {
          // The relay was restored from an older copy or lost its store: start over so it gets everything again.
          log(`${label}: the relay holds entries up to ${frame.head} but we had seen ${state.since}; sending it this board again`);
          state = { ...state, since: 0, relayStateVector: new Uint8Array([0]), dirty: true };
          relaySv = new Map();
          await persist();
          ws?.close();
        }
        return;
      case 'entry': {
        const plain = await readEntry(frame.kind, frame.data, frame.seq);
        if (plain) {
          if (status === 'catching-up') caughtUp.push(plain);
          else applyUpdate(plain, frame.seq);
          extend(relaySv, plain);
        }
        if (frame.kind === 'update' && status === 'catching-up' && frame.seq > lastCaughtUp + 1 && lastCaughtUp >= snapshotCovers) {
          // Entries are missing from the relay's log: give it everything we have, which may fill the hole.
          log(`${label}: the relay's log jumps from ${lastCaughtUp} to ${frame.seq}; sending it this board again`);
          relaySv = new Map();
          state.dirty = true;
        }
        if (status === 'catching-up') lastCaughtUp = frame.seq;
        if (!plain) {
          // Never counted as received: the next catch-up asks again from before it.
        } else if (frame.kind === 'snapshot') {
          state.since = Math.max(state.since, frame.seq);
          snapshotCovers = Math.max(snapshotCovers, frame.seq);
        } else {
          seen(frame.seq);
          bytesSinceSnapshot += frame.data.length;
          entriesSinceSnapshot++;
        }
        if (status !== 'catching-up') {
          void persist();
          void maybeSnapshot();
          changed();
        }
        return;
      }
      case 'synced': {
        if (caughtUp.length > 0) {
          const updates = caughtUp;
          caughtUp = [];
          let merged: Uint8Array | null = null;
          try {
            merged = Y.mergeUpdates(updates);
          } catch {
            merged = null;
          }
          // A damaged entry spoils a merge: then apply one by one and skip only the damaged ones.
          if (!merged || !applyUpdate(merged, 'catch-up')) {
            for (const [i, u] of updates.entries()) applyUpdate(u, `catch-up #${i + 1}`);
          }
          log(`${label}: caught up with ${updates.length} entries`);
        }
        state.since = Math.max(state.since, firstUnreadable ? Math.min(frame.head, firstUnreadable - 1) : frame.head);
        ahead.clear();
        bytesSinceSnapshot = frame.logBytes;
        entriesSinceSnapshot = frame.logEntries;
        status = 'synced';
        problem = null;
        attempt = 0;
        // Never synced with this room: deletions already made here are news to it, as are any structs it lacks.
        if (state.lastSyncAt === null && Y.createDeleteSetFromStructStore(doc.store).clients.size > 0) state.dirty = true;
        if (repairing) {
          // Something in the relay's copy is not ours (a replayed or forged entry): send the whole board,
          // then a snapshot over it, which replaces everything before it.
          log(`${label}: the relay holds entries this board cannot read; sending the whole board and a snapshot over them`);
          relaySv = new Map();
          state.dirty = true;
        }
        const needsPush = writer && (state.dirty || svAhead(doc, relaySv));
        if (!needsPush) state.lastSyncAt = now();
        await persist();
        if (needsPush) await push();
        openInbox();
        if (repairing) repairPush = inflight[inflight.length - 1]?.id ?? null;
        await maybeSnapshot();
        changed();
        return;
      }
      case 'dropped':
        if (frame.inbox === inbox?.inbox) options.onDropped?.(frame.inbox, frame.seq, fromBase64(frame.data));
        return;
      case 'ack': {
        requests.get(frame.id)?.(true);
        if (frame.id === snapshotting) {
          snapshotting = null;
          snapshotCovers = frame.seq;
          if (repairing && frame.seq > state.since) {
            state.since = frame.seq;
            repairing = false;
            firstUnreadable = 0;
            await persist();
          }
          bytesSinceSnapshot = 0;
          entriesSinceSnapshot = 0;
          return changed();
        }
        const index = inflight.findIndex((p) => p.id === frame.id);
        if (index < 0) return;
        const [done] = inflight.splice(0, index + 1).slice(-1);
        for (const [client, clock] of done!.sv) relaySv.set(client, Math.max(relaySv.get(client) ?? 0, clock));
        if (done!.edits === edits && !pushTimer) state.dirty = false;
        seen(frame.seq);
        bytesSinceSnapshot += Math.ceil((done!.bytes * 4) / 3);
        entriesSinceSnapshot++;
        if (!pending()) state.lastSyncAt = now();
        await persist();
        if (repairing && done!.id === repairPush) {
          repairPush = null;
          await sendSnapshot(frame.seq);
          return changed();
        }
        void maybeSnapshot();
        return changed();
      }
      case 'error': {
        log(`${label}: ${frame.code}: ${frame.message}`);
        if (frame.id) requests.get(frame.id)?.(false);
        if (frame.id && frame.id === snapshotting) {
          snapshotting = null;
          return;
        }
        if (frame.id) inflight = inflight.filter((p) => p.id !== frame.id);
        if (frame.code === 'rate-limited' || frame.code === 'server-error') {
          // The push is lost; send the difference again from what the relay is known to hold.
          inflight = [];
          schedulePush(frame.retryAfterMs ?? 2000);
        } else if (frame.code === 'too-large' || frame.code === 'room-full') {
          problem =
            frame.code === 'too-large'
              ? 'This board is larger than the relay accepts; co-leads online together still sync directly.'
              : 'The relay has no more room for this board.';
        } else if (FATAL_ERRORS.has(frame.code)) {
          status = 'refused';
          problem = frame.message;
        }
        return changed();
      }
    }
  };

  const scheduleReconnect = () => {
    if (closed || reconnectTimer) return;
    const delay =
      status === 'refused'
        ? REFUSED_RETRY_MS
        : attempt === 0 && urls.length > 1
          ? 0
          : Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** attempt) * (0.75 + Math.random() * 0.5);
    attempt++;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      connect();
    }, delay);
  };

  const connect = () => {
    if (closed || !state) return;
    url = urls[current % urls.length]!;
    label = `relay ${url} (${boardId})`;
    let socket: WebSocket;
    try {
      socket = new Socket(url);
    } catch (error) {
      status = 'unreachable';
      problem = `The relay address ${url} is not valid: ${String(error)}`;
      return changed();
    }
    ws = socket;
    if (status !== 'refused') status = 'connecting';
    inflight = [];
    snapshotting = null;
    caughtUp = [];
    ahead.clear();
    firstUnreadable = 0;
    repairPush = null;
    socket.onopen = async () => {
      if (ws !== socket || !state) return;
      status = 'catching-up';
      const keys = await keysPromise;
      send({ type: 'hello', as: keys.access, token: keys.token, since: state.since });
      changed();
    };
    socket.onmessage = (event: MessageEvent) => {
      if (ws !== socket) return;
      let frame: ServerFrame;
      try {
        const parsed = ServerFrame.safeParse(JSON.parse(String(event.data)));
        if (!parsed.success) return log(`${label}: ignored a malformed frame: ${parsed.error.issues[0]?.message}`);
        frame = parsed.data;
      } catch {
        return log(`${label}: ignored a frame that is not JSON`);
      }
      frames = frames.then(() => onFrame(frame)).catch((error: unknown) => log(`${label}: ${frame.type} failed: ${String(error)}`));
    };
    socket.onclose = () => {
      if (ws !== socket) return;
      ws = null;
      inflight = [];
      if (status !== 'refused') status = 'unreachable';
      changed();
      // Try the next instance at once; wait (longer each round) only once every instance has failed.
      current++;
      if (urls.length > 1 && current % urls.length !== 0 && status !== 'refused') return connect();
      scheduleReconnect();
    };
    socket.onerror = () => {
      /* onclose follows */
    };
  };

  void loadLinkState(boardId, stateKey, roomId)
    .then((loaded) => {
      if (closed) return;
      state = loaded;
      relaySv = new Map(Y.decodeStateVector(loaded.relayStateVector));
      connect();
      changed();
    })
    .catch((error: unknown) => log(`${label}: could not read its saved state: ${String(error)}`));

  return {
    status: () => ({
      url,
      state: status,
      lastSyncAt: state?.lastSyncAt ?? null,
      pending: pending(),
      unreadable,
      problem:
        problem ??
        (unreadable > 0 && firstUnreadable
          ? `The relay holds ${unreadable === 1 ? 'an entry' : `${unreadable} entries`} this board cannot read (not sealed with its key, or an old copy passed off as new). ${writer ? 'This browser is sending the relay a fresh copy.' : 'A co-lead’s browser repairs the relay’s copy when it next connects; until then this board may be incomplete.'}`
          : null),
    }),
    settled: (ms = 10_000) =>
      new Promise<boolean>((resolve) => {
        if (state && status === 'synced' && !pending()) return resolve(true);
        const done = (value: boolean) => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(value);
        };
        const wake = () => done(true);
        const timer = setTimeout(() => done(false), ms);
        waiters.add(wake);
      }),
    watchInbox: (next) => {
      if (next?.token === inbox?.token) return;
      inbox = next;
      openInbox();
    },
    clearInbox: (token, upTo) => {
      if (writer) send({ type: 'inbox-clear', id: `c${++requestCounter}`, token, upTo });
    },
    closeInbox: (token) => {
      if (writer) send({ type: 'inbox-close', id: `x${++requestCounter}`, token });
    },
    forget: (ms) => (writer ? request({ type: 'forget', id: `f${++requestCounter}` }, ms) : Promise.resolve(false)),
    close: async () => {
      if (closed) return;
      closed = true;
      doc.off('update', onUpdate);
      if (pushTimer) clearTimeout(pushTimer);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      ws?.close();
      ws = null;
      await frames;
      await persist();
    },
  };
};
