import * as Y from 'yjs';
import { RELAY_LIMITS } from './protocol';
import type { Pushed } from './outbox';
import type { SavedLink } from './savedLink';

/**
 * What a relay link knows, as plain data: the reducer (linkReducer.ts) changes it, and link.ts performs
 * what the reducer asks for. Nothing here touches a socket, a timer or IndexedDB.
 */
export type RelayConnection = 'connecting' | 'catching-up' | 'synced' | 'unreachable' | 'refused';

export interface RelayLinkStatus {
  readonly url: string;
  readonly connection: RelayConnection;
  /** When the relay last confirmed it holds everything this browser has. */
  readonly lastSyncAt: number | null;
  /** Edits here that the relay has not confirmed yet. */
  readonly pending: boolean;
  /** Entries that could not be read (not sealed with this board's key, or a broken update). */
  readonly unreadable: number;
  readonly problem: string | null;
}

export interface LinkModel {
  readonly writer: boolean;
  connection: RelayConnection;
  problem: string | null;
  unreadable: number;
  /** What is kept in IndexedDB between sessions (null until it has been read). */
  saved: Omit<SavedLink, 'relayStateVector'> | null;
  /** Yjs state vector of what the relay is known to hold. */
  relaySv: Map<number, number>;
  /** Request ids on this link (`p3`, `s4`…). */
  requests: number;
  /** Local edits so far: a push acknowledged with the count still current leaves nothing dirty. */
  edits: number;
  /** When the waiting push is due (null: none waits), and since when edits have waited. */
  pushDueAt: number | null;
  firstWaitingAt: number;
  /** Pushes sent on this connection and not yet acknowledged, in order. */
  inflight: Pushed[];
  /** The id of the snapshot the relay has not acknowledged yet. */
  snapshotting: string | null;
  snapshotCovers: number;
  bytesSinceSnapshot: number;
  entriesSinceSnapshot: number;
  entryLimit: number;
  /** The last entry of this catch-up, to notice a hole in the relay's log. */
  lastCaughtUp: number;
  /** Entries received out of order after catching up. */
  ahead: Set<number>;
  /** The first entry of this catch-up that could not be read: `since` stays below it. */
  firstUnreadable: number;
  /** Everything the board holds came from this catch-up (held-applied `whole`): none of it is news to the relay. */
  wholeFromRelay: boolean;
  /** A writer that met an unreadable entry sends its whole board and a snapshot over it. */
  repairing: boolean;
  repairPush: string | null;
  /** The drop-box inbox a writer receives submissions from. */
  inbox: { inbox: string; token: string } | null;
}

/** What the reducer may ask about the board itself. */
export interface LinkContext {
  now(): number;
  /** The board holds something this state vector lacks. */
  docAhead(sv: Map<number, number>): boolean;
  /** The board holds deletions (of anything). */
  docHasDeletions(): boolean;
  snapshotAfter: { bytes: number; entries: number };
}

export const initialModel = (writer: boolean): LinkModel => ({
  writer,
  connection: 'connecting',
  problem: null,
  unreadable: 0,
  saved: null,
  relaySv: new Map(),
  requests: 0,
  edits: 0,
  pushDueAt: null,
  firstWaitingAt: 0,
  inflight: [],
  snapshotting: null,
  snapshotCovers: 0,
  bytesSinceSnapshot: 0,
  entriesSinceSnapshot: 0,
  entryLimit: RELAY_LIMITS.entryBytes,
  lastCaughtUp: 0,
  ahead: new Set(),
  firstUnreadable: 0,
  wholeFromRelay: false,
  repairing: false,
  repairPush: null,
  inbox: null,
});

/** A copy the reducer can change without touching the one it was given. */
export const copyModel = (m: LinkModel): LinkModel => ({
  ...m,
  saved: m.saved && { ...m.saved },
  relaySv: new Map(m.relaySv),
  inflight: [...m.inflight],
  ahead: new Set(m.ahead),
});

/** The saved form, as IndexedDB keeps it. */
export const savedOf = (m: LinkModel): SavedLink | null => m.saved && { ...m.saved, relayStateVector: Y.encodeStateVector(m.relaySv) };

export const isPending = (m: LinkModel, ctx: Pick<LinkContext, 'docAhead'>): boolean =>
  m.writer && !!m.saved && (m.saved.dirty || m.inflight.length > 0 || m.pushDueAt !== null || ctx.docAhead(m.relaySv));

export const statusOf = (m: LinkModel, url: string, ctx: Pick<LinkContext, 'docAhead'>): RelayLinkStatus => ({
  url,
  connection: m.connection,
  lastSyncAt: m.saved?.lastSyncAt ?? null,
  pending: isPending(m, ctx),
  unreadable: m.unreadable,
  problem:
    m.problem ??
    (m.unreadable > 0 && m.firstUnreadable
      ? `The relay holds ${m.unreadable === 1 ? 'an entry' : `${m.unreadable} entries`} this board cannot read (not sealed with its key, or an old copy passed off as new). ${m.writer ? 'This browser is sending the relay a fresh copy.' : 'A co-lead’s browser repairs the relay’s copy when it next connects; until then this board may be incomplete.'}`
      : null),
});

/** What an update adds to a state vector that it continues (Yjs updates we push are contiguous per client). */
export const extendSv = (sv: Map<number, number>, update: Uint8Array): void => {
  const { from, to } = Y.parseUpdateMeta(update);
  for (const [client, end] of to) {
    if ((from.get(client) ?? 0) <= (sv.get(client) ?? 0)) sv.set(client, Math.max(sv.get(client) ?? 0, end));
  }
};

/** Marks `seq` as received and moves `since` over every entry now received in a row. */
export const markSeen = (m: LinkModel, seq: number): void => {
  if (!m.saved || seq <= m.saved.since) return;
  m.ahead.add(seq);
  while (m.ahead.delete(m.saved.since + 1)) m.saved.since++;
};
