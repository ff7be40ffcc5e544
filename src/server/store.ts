/**
 * Where the relay keeps rooms: per room (named by a hash of its read token) an append-only log of sealed
 * entries numbered 1, 2, 3…, at most one sealed snapshot that replaces the entries it covers, and when it
 * was last used; and per drop-box inbox (named by a hash of its owner token) its sealed submissions, numbered too.
 * Two implementations behind one interface: SQLite in one file (the default) and Redis (several instances).
 */
export interface StoredEntry {
  readonly seq: number;
  readonly kind: 'update' | 'snapshot';
  readonly data: Buffer;
}

export interface RoomInfo {
  /** Highest sequence number given out; 0 for an empty room. */
  readonly head: number;
  readonly snapshotCovers: number;
  /** Entries after the snapshot, and their bytes. */
  readonly logEntries: number;
  readonly logBytes: number;
  /** Snapshot plus entries. */
  readonly bytes: number;
}

/** How many past snapshots' digests a room remembers, to refuse one replayed. */
export const SNAPSHOT_DIGESTS_KEPT = 256;

export type AppendResult = { ok: true; seq: number } | { ok: false; reason: 'room-full' };
export type SnapshotResult = { ok: true } | { ok: false; reason: 'room-full' | 'stale-snapshot' };

export interface RelayStore {
  readonly kind: 'sqlite' | 'redis';
  /** Marks the room used at `now`, creating it when `create` (a writer's hello); says what it found. */
  touch(room: string, create: boolean, now: number): Promise<'exists' | 'missing' | 'forgotten'>;
  /** Deletes the room's entries and snapshot, and leaves a mark so that no old writer recreates it (until it expires). */
  forget(room: string): Promise<void>;
  /** Deletes every room and inbox last used before `before`; returns how many. */
  expire(before: number): Promise<number>;
  /** Creates the inbox if it does not exist, and marks it used at `now`. */
  inboxOpen(inbox: string, now: number): Promise<void>;
  inboxExists(inbox: string): Promise<boolean>;
  inboxAppend(inbox: string, data: Buffer, maxEntries: number, maxBytes: number): Promise<AppendResult>;
  inboxRead(inbox: string): Promise<{ seq: number; data: Buffer }[]>;
  inboxClear(inbox: string, upTo: number): Promise<void>;
  inboxClose(inbox: string): Promise<void>;
  info(room: string): Promise<RoomInfo>;
  /** How many rooms (not forgotten) and inboxes the store holds, and their bytes: for /metrics and /healthz. */
  stats(): Promise<{ rooms: number; inboxes: number; bytes: number }>;
  /** The snapshot when `since` is below what it covers, then every entry after max(since, covers), in order. */
  read(room: string, since: number): Promise<StoredEntry[]>;
  append(room: string, data: Buffer, roomBytes: number): Promise<AppendResult>;
  /**
   * Keeps `data` as the snapshot covering entries ≤ `covers` and drops them; refused unless it moves forward,
   * and refused when this room held the same bytes as a snapshot before (`digest`: an old snapshot replayed).
   */
  snapshot(room: string, covers: number, data: Buffer, roomBytes: number, digest: string): Promise<SnapshotResult>;
  close(): Promise<void>;
}
