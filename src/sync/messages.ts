import { z } from 'zod';
import { MAX_MESSAGE_BYTES } from './engine/frames';

/** Updates larger than this from another page are refused: the same cap as a peer's message (64 MiB). */
export const MAX_UPDATE_BYTES = MAX_MESSAGE_BYTES;

const bytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes')
  .refine((u) => u.byteLength <= MAX_UPDATE_BYTES, 'update is larger than the size cap');

/**
 * Messages between extension pages holding replicas of the same document, over an extension-origin
 * BroadcastChannel. Each is validated: a broken message is logged and ignored, never applied.
 */
export const ReplicaMessage = z.discriminatedUnion('type', [
  /** "Here is my state vector; send me what I lack." Also asks the receiver to send its own vector back. */
  z.object({ type: z.literal('hello'), from: z.string(), stateVector: bytes }),
  z.object({ type: z.literal('state'), from: z.string(), to: z.string(), update: bytes, stateVector: bytes }),
  /** `stored`: the sender has written it to this browser's copy already, so the receiver does not again. */
  z.object({ type: z.literal('update'), from: z.string(), update: bytes, stored: z.literal(true).optional() }),
  /** Updates made in one task (a catch-up's entries as they came), applied together in one transaction. */
  z.object({ type: z.literal('updates'), from: z.string(), updates: z.array(bytes).min(1).max(10_000), stored: z.literal(true).optional() }),
  /** The document was deleted from this browser: every replica closes. */
  z.object({ type: z.literal('deleted'), from: z.string() }),
]);
export type ReplicaMessage = z.infer<typeof ReplicaMessage>;
