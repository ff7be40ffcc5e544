import type { ClientFrame, ServerFrame } from './protocol';
import type { SavedLink } from './savedLink';

/** What happens to a relay link (events) and what its reducer asks link.ts to do (effects). */
export type Frame<T extends ServerFrame['type']> = Extract<ServerFrame, { type: T }>;
type Reply = (ok: boolean) => void;

export type LinkEvent =
  | { type: 'loaded'; saved: SavedLink; relaySv: Map<number, number> }
  | { type: 'connecting' }
  | { type: 'invalid-address'; url: string; error: string }
  | { type: 'open' }
  | { type: 'closed' }
  | Frame<'welcome'>
  /** An entry, opened with the board's key (`plain` null: it could not be). */
  | { type: 'entry'; seq: number; kind: 'update' | 'snapshot'; plain: Uint8Array | null; size: number }
  | Frame<'synced'>
  | { type: 'caught-up'; head: number; logBytes: number; logEntries: number }
  | Frame<'dropped'>
  | Frame<'ack'>
  | Frame<'error'>
  | { type: 'edit' }
  | { type: 'push-now' }
  /**
   * A catch-up's held entries were applied; `covered`: what they show the relay holds (see link.ts applyHeld).
   * `whole`: the board held nothing before them, its stored copy read: all it holds came from this relay.
   */
  | { type: 'held-applied'; covered: Map<number, number>; whole?: boolean }
  /** Updates that could not be applied (a broken update sealed with the board's key). */
  | { type: 'unreadable'; count: number }
  | { type: 'sealed-push'; sv: Map<number, number>; sealed: Uint8Array }
  | { type: 'consider-snapshot' }
  | { type: 'sealed-snapshot'; covers: number; sealed: Uint8Array }
  | { type: 'mark-repair-push' }
  | { type: 'watch-inbox'; inbox: { inbox: string; token: string } | null }
  | { type: 'clear-inbox'; token: string; upTo: number }
  | { type: 'close-inbox'; token: string }
  | { type: 'forget'; ms: number; reply: Reply };

export type LinkEffect =
  | { type: 'send'; frame: ClientFrame }
  | { type: 'hello'; since: number }
  /** Apply at once; `hold` keeps a catch-up's entries to apply together once it ends (`apply-held`). */
  | { type: 'apply'; update: Uint8Array; label: string }
  | { type: 'hold'; update: Uint8Array }
  | { type: 'apply-held' }
  | { type: 'drop-held' }
  | { type: 'persist'; saved: SavedLink }
  | { type: 'seal-push'; base: Map<number, number> }
  | { type: 'seal-snapshot'; covers: number }
  | { type: 'timer'; ms: number }
  | { type: 'cancel-timer' }
  | { type: 'reconnect' }
  | { type: 'healthy' }
  | { type: 'dropped'; inbox: string; seq: number; data: string }
  | { type: 'request'; id: string; frame: ClientFrame; ms: number; reply: Reply }
  | { type: 'answer'; id: string; ok: boolean }
  | { type: 'reply'; to: Reply; ok: boolean }
  | { type: 'dispatch'; event: LinkEvent }
  | { type: 'log'; line: string }
  | { type: 'changed' };
