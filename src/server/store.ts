/**
 * Where the relay keeps rooms: per room the SHA-256 hash of its auth token, an append-only log of sealed
 * entries numbered 1, 2, 3…, and at most one sealed snapshot that replaces the entries it covers.
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

export type AppendResult = { ok: true; seq: number } | { ok: false; reason: 'room-full' };
export type SnapshotResult = { ok: true } | { ok: false; reason: 'room-full' | 'stale-snapshot' };

export interface RelayStore {
  readonly kind: 'sqlite' | 'redis';
  /** Sets the room's token hash if it has none, and returns the hash the room holds (maybe another one). */
  claim(room: string, tokenHash: string): Promise<string>;
  info(room: string): Promise<RoomInfo>;
  /** The snapshot when `since` is below what it covers, then every entry after max(since, covers), in order. */
  read(room: string, since: number): Promise<StoredEntry[]>;
  append(room: string, data: Buffer, roomBytes: number): Promise<AppendResult>;
  /** Keeps `data` as the snapshot covering entries ≤ `covers` and drops them; refused unless it moves forward. */
  snapshot(room: string, covers: number, data: Buffer, roomBytes: number): Promise<SnapshotResult>;
  close(): Promise<void>;
}

/** `sqlite:FILE`, `sqlite::memory:` or `redis://host:port[/db]`. */
export const openStore = async (spec: string): Promise<RelayStore> => {
  if (spec.startsWith('sqlite:')) {
    const { openSqliteStore } = await import('./sqliteStore');
    return openSqliteStore(spec.slice('sqlite:'.length));
  }
  if (spec.startsWith('redis://') || spec.startsWith('rediss://')) {
    const { openRedisStore } = await import('./redisStore');
    return openRedisStore(spec);
  }
  throw new Error(`--store must be sqlite:FILE or redis://HOST:PORT, not "${spec}".`);
};
