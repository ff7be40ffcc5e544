import * as Y from 'yjs';
import { seal, type RelayKeys } from './crypto';

/**
 * What leaves this browser for the relay: pushes of what the relay lacks (batched: a push waits for more
 * edits, but never longer than PUSH_MAX_DELAY_MS after the first), and snapshots of the whole board that
 * let the relay drop the entries they cover.
 */
export const PUSH_DELAY_MS = 250;
export const PUSH_MAX_DELAY_MS = 1000;

/** A push sent on this connection and not yet acknowledged. */
export interface Pushed {
  readonly id: string;
  /** The board's state vector when it was sealed: what the relay holds once it is acknowledged. */
  readonly sv: Map<number, number>;
  /** The local edit count when it was sealed. */
  readonly edits: number;
  readonly bytes: number;
}

/** When a push asked for now, with edits waiting since `firstWaitingAt`, should go (ms from now). */
export const pushWait = (now: number, firstWaitingAt: number, delay = PUSH_DELAY_MS): number =>
  Math.max(0, Math.min(delay, firstWaitingAt + PUSH_MAX_DELAY_MS - now));

/** What the relay will hold once everything in flight is acknowledged. */
export const pushBase = (inflight: readonly Pushed[], relaySv: Map<number, number>): Map<number, number> =>
  inflight.length > 0 ? inflight[inflight.length - 1]!.sv : relaySv;

/** The acknowledged push (and every one sent before it, which the relay holds too), and those still in flight. */
export const acknowledge = (inflight: readonly Pushed[], id: string): { done: Pushed; rest: Pushed[] } | null => {
  const index = inflight.findIndex((p) => p.id === id);
  return index < 0 ? null : { done: inflight[index]!, rest: inflight.slice(index + 1) };
};

/** Everything the board holds beyond `base`, sealed, with the board's state vector at that moment. */
export const sealPush = async (doc: Y.Doc, base: Map<number, number>, keys: RelayKeys) => {
  const update = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(base));
  const sv = new Map(Y.decodeStateVector(Y.encodeStateVector(doc)));
  return { sv, sealed: await seal(keys, 'update', update) };
};

/** The whole board, sealed as a snapshot that stands for every entry up to `covers`. */
export const sealSnapshot = (doc: Y.Doc, covers: number, keys: RelayKeys): Promise<Uint8Array> => seal(keys, 'snapshot', Y.encodeStateAsUpdate(doc), covers);
