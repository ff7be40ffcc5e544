import { z } from 'zod';
import { entityId, KIND_NAMES, Role, type Kind } from '../core';

/**
 * Presence and connection state of one board, between the sync engine and the pages showing that board,
 * over an extension-origin BroadcastChannel. Every message is validated on arrival.
 */
export const presenceChannelName = (boardId: string): string => `ubt:presence:${boardId}`;

/**
 * Which field a person is editing. A peer's browser may send anything here, so each part must be what the
 * board can hold: a kind the board has, an id in the id format, a field name of letters and digits. Anything
 * else reads as "not editing" (`PresentPerson` catches it), never as a kind the page would look up and fail on.
 */
export const Editing = z
  .object({
    kind: z.enum(KIND_NAMES as [Kind, ...Kind[]]),
    id: entityId,
    field: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/),
  })
  .nullable();
export type Editing = z.infer<typeof Editing>;

/**
 * `connected`: every co-lead's board has arrived and updates flow. `catching-up`: connected, but what we
 * lack is still arriving (with byte progress for a large transfer). `stalled`: it stopped arriving and
 * automatic recovery failed: `problem` says why, and the page offers a retry.
 */
export const CONNECTION_STATES = ['local', 'offline', 'connecting', 'unreachable', 'connected', 'catching-up', 'stalled'] as const;
export const ConnectionStatus = z.object({
  state: z.enum(CONNECTION_STATES),
  /** WebRTC peers with an open data channel. */
  peers: z.number().int().min(0),
  signalling: z.array(z.object({ url: z.string(), connected: z.boolean() })),
  progress: z
    .object({ received: z.number().min(0), total: z.number().min(0) })
    .nullable()
    .default(null),
  problem: z.string().max(500).nullable().default(null),
  /** A read-only board follows the relay alone: it has no WebRTC room and no co-leads to wait for. */
  access: z.enum(['write', 'read']).default('write'),
  /** The blind relays (the mailbox); null when none is set. */
  relay: z
    .object({
      connection: z.enum(['connecting', 'catching-up', 'synced', 'unreachable', 'refused']),
      lastSyncAt: z.number().nullable(),
      pending: z.boolean(),
      problem: z.string().max(500).nullable(),
    })
    .nullable()
    .default(null),
});
export type RelayStatus = NonNullable<z.infer<typeof ConnectionStatus>['relay']>;
export type ConnectionStatus = z.infer<typeof ConnectionStatus>;

/** Someone with this board open now (not a member of the team's roster, which is core's `Person`). */
export const PresentPerson = z.object({
  clientId: z.number(),
  userId: z.string().max(64),
  name: z.string().max(200),
  role: Role.catch('member'),
  colour: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i)
    .catch('#5b6770'),
  editing: Editing.catch(null),
});
export type PresentPerson = z.infer<typeof PresentPerson>;

export const PresenceMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), pageId: z.string() }),
  z.object({ type: z.literal('focus'), pageId: z.string(), editing: Editing }),
  z.object({ type: z.literal('bye'), pageId: z.string() }),
  /** The person asked to try syncing again after a stall. */
  z.object({ type: z.literal('retry'), pageId: z.string() }),
  z.object({
    type: z.literal('state'),
    status: ConnectionStatus,
    people: z.array(PresentPerson).max(100),
    movedBy: z.string().max(200).default(''),
  }),
]);
export type PresenceMessage = z.infer<typeof PresenceMessage>;

/** A calm, readable colour per person, the same on every co-lead's screen. */
const PALETTE = ['#1f5f8b', '#2f6f4f', '#7a3e7a', '#8a5a00', '#a23b2a', '#3d5a99', '#00707a', '#6b4f2a'];
export const colourFor = (userId: string): string => {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
};
