import { z } from 'zod';

/**
 * The relay protocol (docs/PROTOCOL.md, "Relay"): JSON text frames over a WebSocket at `/relay` on the
 * UBT Board server. Entries are sealed (crypto.ts) and travel as base64; the relay stores and forwards
 * them without reading them. Both the server and the browser engine parse every frame with these schemas.
 */
export const RELAY_PATH = '/relay';

/** Limits; a server may be configured lower or higher and says so in `welcome`. */
export const RELAY_LIMITS = {
  /** One sealed entry (an update or a snapshot), in bytes after base64 decoding. */
  entryBytes: 32 * 1024 * 1024,
  /** Everything one room holds: its snapshot plus the entries after it. */
  roomBytes: 128 * 1024 * 1024,
  /** Per connection: messages per second on average, and the burst allowed. */
  messagesPerSecond: 50,
  messageBurst: 200,
  /** Per connection: bytes per second on average, and the burst allowed. */
  bytesPerSecond: 8 * 1024 * 1024,
  byteBurst: 64 * 1024 * 1024,
  /**
   * Per client address (all its connections together): new rooms an hour and their burst, and bytes of
   * frames a second and their burst. What keeps one address from filling the store with junk rooms, or the
   * server's memory with frames waiting their turn.
   */
  roomsPerHourAddress: 60,
  roomBurstAddress: 100,
  bytesPerSecondAddress: 8 * 1024 * 1024,
  byteBurstAddress: 32 * 1024 * 1024,
  /** One sealed drop-box submission, in bytes after base64 decoding. */
  dropBytes: 64 * 1024,
  /** What one inbox holds until a co-lead's engine clears it. */
  inboxEntries: 2000,
  inboxBytes: 16 * 1024 * 1024,
  /** Drops per minute on average, and the burst: per connection, per client address and per inbox. */
  dropsPerMinuteConnection: 20,
  dropBurstConnection: 10,
  dropsPerMinuteAddress: 60,
  dropBurstAddress: 30,
  dropsPerMinuteInbox: 600,
  dropBurstInbox: 200,
} as const;
export type RelayLimits = Record<keyof typeof RELAY_LIMITS, number>;

const RoomId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'room must be 1–100 letters, digits, - or _');
const InboxId = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'inbox must be 22 base64url characters');
const Token = z.string().regex(/^[A-Za-z0-9_-]{16,200}$/, 'token must be 16–200 base64url characters');
const Seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'data must be base64');
const RequestId = z.string().min(1).max(64);

export const ClientFrame = z.discriminatedUnion('type', [
  /**
   * Join a room with the write token (`as: 'write'`) or the read token (`as: 'read'`): the relay finds the
   * room from the token alone, answers `welcome`, every entry after `since`, then `synced`, then live entries.
   * Only a write hello creates a room.
   */
  z.object({ type: z.literal('hello'), as: z.enum(['write', 'read']), token: Token, since: Seq }),
  /** Append one sealed update; answered by `ack` with its sequence number. */
  z.object({ type: z.literal('push'), id: RequestId, data: Base64 }),
  /** A sealed whole state that covers every entry up to `covers`: the relay then drops those entries. */
  z.object({ type: z.literal('snapshot'), id: RequestId, covers: Seq, data: Base64 }),
  /** Writers: delete this room and everything in it (after rotating the secret). */
  z.object({ type: z.literal('forget'), id: RequestId }),
  /**
   * Writers (after a write hello), with the inbox's owner token: create the inbox (its id is a hash of the
   * token) or find it again, then receive its submissions as `dropped`.
   */
  z.object({ type: z.literal('inbox-open'), id: RequestId, token: Token }),
  /** With the owner token: remove submissions up to `upTo` once they are on the board. */
  z.object({ type: z.literal('inbox-clear'), id: RequestId, token: Token, upTo: Seq }),
  /** With the owner token: delete the inbox (a new drop box was issued): its poster stops working. */
  z.object({ type: z.literal('inbox-close'), id: RequestId, token: Token }),
  /** Anyone, with no hello: append one sealed submission to an inbox that a writer opened. */
  z.object({ type: z.literal('drop'), id: RequestId, inbox: InboxId, data: Base64 }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

export const ERROR_CODES = [
  'bad-frame',
  'no-hello',
  'unauthorized',
  'read-only',
  'no-inbox',
  'too-large',
  'room-full',
  'rate-limited',
  'stale-snapshot',
  'server-error',
] as const;
export type RelayErrorCode = (typeof ERROR_CODES)[number];

export const Entry = z.object({ seq: Seq.min(1), kind: z.enum(['update', 'snapshot']), data: Base64 });
export type Entry = z.infer<typeof Entry>;

export const ServerFrame = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    room: RoomId,
    /** Highest sequence number in the room; 0 when it is empty. */
    head: Seq,
    /** The snapshot covers every entry up to here; 0 when there is none. */
    snapshotCovers: Seq,
    limits: z.object({ entryBytes: z.number().int(), roomBytes: z.number().int() }),
    /** What this connection may do: readers receive, writers also push. */
    access: z.enum(['write', 'read']),
  }),
  /** A stored entry; a snapshot's `seq` is the last sequence number it covers. */
  z.object({ type: z.literal('entry'), ...Entry.shape }),
  /** Every entry after `since` has been sent; `logBytes` and `logEntries` are what follows the snapshot. */
  z.object({ type: z.literal('synced'), head: Seq, logBytes: z.number().int().min(0), logEntries: z.number().int().min(0) }),
  z.object({ type: z.literal('ack'), id: RequestId, seq: Seq }),
  /** A submission waiting in an inbox this connection opened. */
  z.object({ type: z.literal('dropped'), inbox: InboxId, seq: Seq.min(1), data: Base64 }),
  z.object({
    type: z.literal('error'),
    code: z.enum(ERROR_CODES),
    message: z.string().max(500),
    /** The `id` of the push or snapshot refused, if any. */
    id: RequestId.optional(),
    retryAfterMs: z.number().int().min(0).optional(),
  }),
]);
export type ServerFrame = z.infer<typeof ServerFrame>;

/** Errors after which the relay closes the connection. */
export const FATAL_ERRORS: ReadonlySet<RelayErrorCode> = new Set(['unauthorized', 'no-hello']);
