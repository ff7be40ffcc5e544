import * as Y from 'yjs';
import { fromBase64 } from '../../core/text/bytes';
import { applyPassingOn } from '../applyPassingOn';
import { deriveRelayKeys, open, type RelayAccess, type RelayKeys } from './crypto';
import { openFailoverSocket } from './failoverSocket';
import { extendSv, initialModel, isPending, savedOf, statusOf, type LinkContext, type RelayLinkStatus } from './linkModel';
import type { LinkEffect, LinkEvent } from './linkEvents';
import { reduce } from './linkReducer';
import { sealPush, sealSnapshot } from './outbox';
import { ServerFrame } from './protocol';
import { loadSavedLink, saveSavedLink } from './savedLink';

/**
 * One board's connection to one relay (docs/PROTOCOL.md, "Relay"). It pulls every entry it has not seen
 * on start and on every reconnect, applies them, and pushes what the relay lacks: local edits live
 * (batched), and on connect everything the relay is not known to hold. It never blocks an edit: when the
 * relay is down, edits stay in the board's IndexedDB and the `dirty` mark in ours, and go out later.
 *
 * The rules are in linkReducer.ts; this file performs their effects, one event at a time, in order.
 */
export type { RelayConnection, RelayLinkStatus } from './linkModel';
export const RELAY_ORIGIN = Symbol('relay');
/** After catching up, upload a snapshot when the entries after the last one pass either limit. */
export const SNAPSHOT_AFTER_BYTES = 512 * 1024;
export const SNAPSHOT_AFTER_ENTRIES = 300;
const REFUSED_RETRY_MS = 5 * 60_000;

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
  /**
   * Whether the board's stored copy (IndexedDB) has been read into `doc` (default: always, for a document
   * nothing stores): only then does an empty document mean this browser holds nothing of the board.
   */
  isLoaded?: () => boolean;
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

export const openRelayLink = (options: RelayLinkOptions): RelayLink => {
  const { urls, boardId, roomId, access, doc, log } = options;
  const Socket = options.WebSocket ?? globalThis.WebSocket;
  const stateKey = urls.join(' ');
  const label = () => `relay ${socket.url} (${boardId})`;
  const keys: Promise<RelayKeys> = deriveRelayKeys(access);
  const ctx: LinkContext = {
    now: options.now ?? Date.now,
    // Read from the document's store: status reads happen often, and encoding the state vector each time costs.
    docAhead: (sv) => {
      for (const client of doc.store.clients.keys()) if (Y.getState(doc.store, client) > (sv.get(client) ?? 0)) return true;
      return false;
    },
    docHasDeletions: () => Y.createDeleteSetFromStructStore(doc.store).clients.size > 0,
    snapshotAfter: options.snapshotAfter ?? { bytes: SNAPSHOT_AFTER_BYTES, entries: SNAPSHOT_AFTER_ENTRIES },
  };
  let model = initialModel(access.kind === 'write');
  let closed = false;
  let held: Uint8Array[] = [];
  let pushTimer: ReturnType<typeof setTimeout> | null = null;
  let saving = Promise.resolve();
  let queue = Promise.resolve();
  const waiters = new Set<() => void>();
  const requests = new Map<string, (ok: boolean) => void>();

  const applyUpdate = (update: Uint8Array, what: string): boolean => {
    try {
      Y.applyUpdate(doc, update, RELAY_ORIGIN);
      return true;
    } catch (error) {
      log(`${label()}: skipped ${what}: it is not a readable update (${String(error)})`);
      return false;
    }
  };
  /**
   * Applies a catch-up's entries together; returns how many could not be applied, and what the entries show
   * the relay holds. Into an empty board, that is the board's state vector once every entry applied: all
   * of it came from them, and what is not integrated is not claimed. Otherwise each entry's own range is
   * read (extendSv), which for a large board was a tenth of joining from the relay (bench relay-catch-up,
   * profiled): a fresh join needs none of it.
   */
  const applyHeld = (): { broken: number; covered: Map<number, number>; whole: boolean } => {
    const updates = held;
    held = [];
    if (updates.length === 0) return { broken: 0, covered: new Map(), whole: false };
    const wasEmpty = doc.store.clients.size === 0;
    // One after another in one transaction, so the board changes (and is stored and shown) once, and the
    // entries as they came are what the replica stores and sends on (applyPassingOn). Merging them first
    // (Y.mergeUpdates) read and wrote every byte once more: a sixth of a large board's catch-up (bench
    // relay-catch-up, profiled). A damaged entry is skipped alone.
    const broken = applyPassingOn(doc, updates, RELAY_ORIGIN, (i, error) =>
      log(`${label()}: skipped catch-up entry #${i + 1}: it is not a readable update (${String(error)})`),
    ).length;
    log(`${label()}: caught up with ${updates.length} entries`);
    // Empty before, with its stored copy read: everything the board holds came from the relay.
    if (wasEmpty && broken === 0) return { broken, covered: Y.decodeStateVector(Y.encodeStateVector(doc)), whole: options.isLoaded?.() ?? true };
    const covered = new Map(model.relaySv);
    for (const update of updates) extendSv(covered, update);
    return { broken, covered, whole: false };
  };
  const changed = () => {
    if (!isPending(model, ctx) && model.connection === 'synced') for (const wake of [...waiters]) wake();
    options.onChange();
  };
  const persist = (saved: Parameters<typeof saveSavedLink>[2]) => {
    saving = saving
      .then(() => saveSavedLink(boardId, stateKey, saved))
      .catch((error: unknown) => log(`${label()}: could not save its state: ${String(error)}`));
    return saving;
  };

  const run = async (event: LinkEvent): Promise<void> => {
    const step = reduce(model, event, ctx);
    model = step.model;
    for (const effect of step.effects) await perform(effect);
  };
  /** Events from outside (the socket, timers, edits, callers) wait their turn, so each sees the last one's result. */
  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task).catch((error: unknown) => log(`${label()}: ${String(error)}`));
    return queue;
  };

  const perform = async (effect: LinkEffect): Promise<void> => {
    switch (effect.type) {
      case 'send':
        return socket.send(JSON.stringify(effect.frame));
      case 'hello': {
        const { access: as, token } = await keys;
        return socket.send(JSON.stringify({ type: 'hello', as, token, since: effect.since }));
      }
      case 'apply':
        if (!applyUpdate(effect.update, effect.label)) await run({ type: 'unreadable', count: 1 });
        return;
      case 'hold':
        held.push(effect.update);
        return;
      case 'apply-held': {
        const { broken, covered, whole } = applyHeld();
        await run({ type: 'held-applied', covered, whole });
        if (broken > 0) await run({ type: 'unreadable', count: broken });
        return;
      }
      case 'drop-held':
        held = [];
        return;
      case 'persist':
        await persist(effect.saved);
        return;
      case 'seal-push': {
        const { sv, sealed } = await sealPush(doc, effect.base, await keys);
        return run({ type: 'sealed-push', sv, sealed });
      }
      case 'seal-snapshot':
        return run({ type: 'sealed-snapshot', covers: effect.covers, sealed: await sealSnapshot(doc, effect.covers, await keys) });
      case 'timer':
        if (pushTimer) clearTimeout(pushTimer);
        if (!closed) pushTimer = setTimeout(() => void enqueue(() => run({ type: 'push-now' })), effect.ms);
        return;
      case 'cancel-timer':
        if (pushTimer) clearTimeout(pushTimer);
        pushTimer = null;
        return;
      case 'reconnect':
        return socket.reconnect();
      case 'healthy':
        return socket.healthy();
      case 'dropped':
        options.onDropped?.(effect.inbox, effect.seq, fromBase64(effect.data));
        return;
      case 'request': {
        const { id, reply } = effect;
        const timer = setTimeout(() => {
          requests.delete(id);
          reply(false);
        }, effect.ms);
        requests.set(id, (ok) => {
          clearTimeout(timer);
          requests.delete(id);
          reply(ok);
        });
        return socket.send(JSON.stringify(effect.frame));
      }
      case 'answer':
        return requests.get(effect.id)?.(effect.ok);
      case 'reply':
        return effect.to(effect.ok);
      case 'dispatch':
        return run(effect.event);
      case 'log':
        return log(`${label()}: ${effect.line}`);
      case 'changed':
        return changed();
    }
  };

  const onMessage = (data: string) => {
    let frame: ServerFrame;
    try {
      const parsed = ServerFrame.safeParse(JSON.parse(data));
      if (!parsed.success) return log(`${label()}: ignored a malformed frame: ${parsed.error.issues[0]?.message}`);
      frame = parsed.data;
    } catch {
      return log(`${label()}: ignored a frame that is not JSON`);
    }
    void enqueue(async () => {
      if (frame.type !== 'entry') return run(frame);
      // A snapshot opens only with the `covers` it was sealed with: an old one passed off as newer does not.
      const plain = await open(await keys, frame.kind, fromBase64(frame.data), frame.kind === 'snapshot' ? frame.seq : 0);
      return run({ type: 'entry', seq: frame.seq, kind: frame.kind, plain, size: frame.data.length });
    });
  };

  const socket = openFailoverSocket({
    urls,
    WebSocket: Socket,
    onConnecting: () => void enqueue(() => run({ type: 'connecting' })),
    onInvalid: (url, error) => void enqueue(() => run({ type: 'invalid-address', url, error })),
    onOpen: () => void enqueue(() => run({ type: 'open' })),
    onMessage,
    onClose: () => void enqueue(() => run({ type: 'closed' })),
    holdOff: () => (model.connection === 'refused' ? REFUSED_RETRY_MS : null),
  });

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    // Counted at once, not in turn: `settled()` right after an edit must already see it (a deletion leaves
    // the state vector as it was). Its effects (a save, the push timer) need nothing else to finish first.
    if (origin !== RELAY_ORIGIN && options.isLocalEdit(origin) && !closed) void run({ type: 'edit' });
  };
  doc.on('update', onUpdate);

  void enqueue(async () => {
    const saved = await loadSavedLink(boardId, stateKey, roomId).catch((error: unknown) => {
      log(`${label()}: could not read its saved state: ${String(error)}`);
      return null;
    });
    if (closed || !saved) return;
    await run({ type: 'loaded', saved, relaySv: new Map(Y.decodeStateVector(saved.relayStateVector)) });
    socket.start();
  });

  return {
    status: () => statusOf(model, socket.url, ctx),
    settled: (ms = 10_000) =>
      new Promise<boolean>((resolve) => {
        if (model.saved && model.connection === 'synced' && !isPending(model, ctx)) return resolve(true);
        const done = (value: boolean) => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(value);
        };
        const wake = () => done(true);
        const timer = setTimeout(() => done(false), ms);
        waiters.add(wake);
      }),
    watchInbox: (inbox) => void enqueue(() => run({ type: 'watch-inbox', inbox })),
    clearInbox: (token, upTo) => void enqueue(() => run({ type: 'clear-inbox', token, upTo })),
    closeInbox: (token) => void enqueue(() => run({ type: 'close-inbox', token })),
    forget: (ms = 10_000) => new Promise<boolean>((reply) => void enqueue(() => run({ type: 'forget', ms, reply }))),
    close: async () => {
      if (closed) return;
      closed = true;
      doc.off('update', onUpdate);
      if (pushTimer) clearTimeout(pushTimer);
      socket.close();
      await queue;
      const saved = savedOf(model);
      if (saved) await persist(saved);
      await saving;
    },
  };
};
