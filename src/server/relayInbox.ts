import type { Bus } from './bus';
import type { bucket, buckets } from './limits';
import { inboxOfToken } from './relayTokens';
import type { RelayStore } from './store';
import type { ClientFrame, RelayErrorCode, RelayLimits, ServerFrame } from '../sync/relay/protocol';

/**
 * The drop box on one relay connection: a writer opens its board's inbox (by the owner token), receives
 * what was dropped there now and live, clears what is on the board and closes an inbox a new drop box
 * replaced; anyone may drop a sealed submission into an open inbox, under limits.
 */
export interface InboxContext {
  store: RelayStore;
  bus: Bus;
  limits: RelayLimits;
  /** The client's address, for the per-address drop limit. */
  address: string;
  send(frame: ServerFrame): void;
  fail(code: RelayErrorCode, message: string, extra?: { id?: string; retryAfterMs?: number }): void;
  /** True if this connection said hello with a write token (else it has refused the frame). */
  writer(frame: { id: string }): boolean;
  count?: { entry(kind: 'drop'): void };
  drops: ReturnType<typeof bucket>;
  addressDrops: ReturnType<typeof buckets>;
  inboxDrops: ReturnType<typeof buckets>;
}

export const inboxHandlers = (ctx: InboxContext) => {
  const { store, bus, limits, address, send, fail, writer, drops, addressDrops, inboxDrops } = ctx;
  /** The inboxes this connection receives live, and how to stop each. */
  const inboxes = new Map<string, () => void>();
  const sendDrops = async (inbox: string) => {
    for (const entry of await store.inboxRead(inbox)) send({ type: 'dropped', inbox, seq: entry.seq, data: entry.data.toString('base64') });
  };
  const inboxOpen = async (frame: Extract<ClientFrame, { type: 'inbox-open' }>) => {
    if (!writer(frame)) return;
    const inbox = inboxOfToken(frame.token);
    await store.inboxOpen(inbox, Date.now());
    if (!inboxes.has(inbox)) {
      const stop = await bus.subscribe(`inbox:${inbox}`, (payload) => {
        const entry = JSON.parse(payload) as { seq: number; data: string };
        send({ type: 'dropped', inbox, seq: entry.seq, data: entry.data });
      });
      inboxes.set(inbox, stop);
    }
    send({ type: 'ack', id: frame.id, seq: 0 });
    await sendDrops(inbox);
  };
  const ownInbox = async (frame: { id: string; token: string }): Promise<string | null> => {
    if (!writer(frame)) return null;
    const inbox = inboxOfToken(frame.token);
    if (!(await store.inboxExists(inbox))) {
      fail('no-inbox', 'There is no such inbox.', { id: frame.id });
      return null;
    }
    return inbox;
  };
  const inboxClear = async (frame: Extract<ClientFrame, { type: 'inbox-clear' }>) => {
    const inbox = await ownInbox(frame);
    if (!inbox) return;
    await store.inboxClear(inbox, frame.upTo);
    send({ type: 'ack', id: frame.id, seq: frame.upTo });
  };
  const inboxClose = async (frame: Extract<ClientFrame, { type: 'inbox-close' }>) => {
    const inbox = await ownInbox(frame);
    if (!inbox) return;
    await store.inboxClose(inbox);
    inboxes.get(inbox)?.();
    inboxes.delete(inbox);
    send({ type: 'ack', id: frame.id, seq: 0 });
  };
  /** Anyone may drop, without a hello: limited per connection, per address and per inbox, and only into an inbox a writer opened. */
  const drop = async (frame: Extract<ClientFrame, { type: 'drop' }>) => {
    const wait = Math.max(drops.take(1), addressDrops(address).take(1), inboxDrops(frame.inbox).take(1));
    if (wait > 0) return fail('rate-limited', `Too many ideas at once; try again in ${Math.ceil(wait / 1000)} s.`, { id: frame.id, retryAfterMs: wait });
    const data = Buffer.from(frame.data, 'base64');
    if (data.length > limits.dropBytes)
      return fail('too-large', `This idea is ${data.length} bytes sealed; an inbox takes up to ${limits.dropBytes}. Shorten it.`, { id: frame.id });
    if (!(await store.inboxExists(frame.inbox)))
      return fail('no-inbox', 'This drop box is not open (a new poster may have replaced it). Ask a co-lead for the current one.', { id: frame.id });
    const result = await store.inboxAppend(frame.inbox, data, limits.inboxEntries, limits.inboxBytes);
    if (!result.ok) return fail('room-full', 'This inbox is full until a co-lead opens the board. Try again later.', { id: frame.id });
    send({ type: 'ack', id: frame.id, seq: result.seq });
    ctx.count?.entry('drop');
    bus.publish(`inbox:${frame.inbox}`, JSON.stringify({ seq: result.seq, data: frame.data }));
  };

  return {
    open: inboxOpen,
    clear: inboxClear,
    close: inboxClose,
    drop,
    stop: () => {
      for (const stop of inboxes.values()) stop();
    },
  };
};
