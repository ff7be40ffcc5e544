import { existsSync } from 'node:fs';
import { backup, DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { SNAPSHOT_DIGESTS_KEPT, type AppendResult, type RelayStore, type RoomInfo, type SnapshotResult, type StoredEntry } from './store';

interface RoomRow {
  head: number;
  covers: number;
  bytes: number;
  snapshot: Uint8Array | null;
}

/** Typed reads: node:sqlite returns plain records, which each query here names once. */
const rows = <Row>(statement: StatementSync) => ({
  get: (...params: SQLInputValue[]) => statement.get(...params) as Row | undefined,
  all: (...params: SQLInputValue[]) => statement.all(...params) as Row[],
});

/** Runs `body` inside one transaction, rolled back if it throws. */
const inTransaction =
  <Args extends unknown[], Result>(db: DatabaseSync, body: (...args: Args) => Result) =>
  (...args: Args): Result => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = body(...args);
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  };

const asBuffer = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

/**
 * The relay's embedded store: one SQLite file (WAL), so `npm start` needs no set-up. It uses Node's own
 * `node:sqlite`, which ships with the runtime: no native addon to build for each Node release.
 */
export const openSqliteStore = (file: string): RelayStore => {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
  db.exec(`
    CREATE TABLE IF NOT EXISTS rooms (
      room TEXT PRIMARY KEY, token_hash TEXT NOT NULL DEFAULT '', head INTEGER NOT NULL DEFAULT 0,
      covers INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0, snapshot BLOB);
    CREATE TABLE IF NOT EXISTS entries (
      room TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (room, seq)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS inboxes (
      inbox TEXT PRIMARY KEY, touched_at INTEGER NOT NULL DEFAULT 0, head INTEGER NOT NULL DEFAULT 0,
      count INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE IF NOT EXISTS drops (
      inbox TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (inbox, seq)) WITHOUT ROWID;
  `);
  // Stores written before rooms expired have no `touched_at`: they count as used when this version started.
  if (
    !rows<{ name: string }>(db.prepare('PRAGMA table_info(rooms)'))
      .all()
      .some((c) => c.name === 'touched_at')
  ) {
    db.exec(`ALTER TABLE rooms ADD COLUMN touched_at INTEGER NOT NULL DEFAULT 0; UPDATE rooms SET touched_at = ${Date.now()};`);
  }
  if (
    !rows<{ name: string }>(db.prepare('PRAGMA table_info(rooms)'))
      .all()
      .some((c) => c.name === 'forgotten')
  ) {
    db.exec("ALTER TABLE rooms ADD COLUMN forgotten INTEGER NOT NULL DEFAULT 0; ALTER TABLE rooms ADD COLUMN digests TEXT NOT NULL DEFAULT '';");
  }
  const getRoom = rows<RoomRow>(db.prepare('SELECT head, covers, bytes, snapshot FROM rooms WHERE room = ?'));
  const insertRoom = db.prepare("INSERT OR IGNORE INTO rooms (room, token_hash, touched_at) VALUES (?, '', ?)");
  const touchRoom = db.prepare('UPDATE rooms SET touched_at = ? WHERE room = ?');
  const isForgotten = rows<{ forgotten: number }>(db.prepare('SELECT forgotten FROM rooms WHERE room = ?'));
  const logStats = rows<{ n: number; b: number | null }>(db.prepare('SELECT COUNT(*) AS n, SUM(LENGTH(data)) AS b FROM entries WHERE room = ? AND seq > ?'));
  const readEntries = rows<{ seq: number; data: Uint8Array }>(db.prepare('SELECT seq, data FROM entries WHERE room = ? AND seq > ? ORDER BY seq'));
  const insertEntry = db.prepare('INSERT INTO entries (room, seq, data) VALUES (?, ?, ?)');
  const setHead = db.prepare('UPDATE rooms SET head = ?, bytes = ? WHERE room = ?');
  const dropEntries = db.prepare('DELETE FROM entries WHERE room = ? AND seq <= ?');
  const setSnapshot = db.prepare('UPDATE rooms SET covers = ?, bytes = ?, snapshot = ? WHERE room = ?');
  const staleRooms = rows<{ room: string }>(db.prepare('SELECT room FROM rooms WHERE touched_at < ?'));
  const inboxRow = rows<{ head: number; count: number; bytes: number }>(db.prepare('SELECT head, count, bytes FROM inboxes WHERE inbox = ?'));
  const staleInboxes = rows<{ inbox: string }>(db.prepare('SELECT inbox FROM inboxes WHERE touched_at < ?'));

  const append = inTransaction(db, (room: string, data: Buffer, roomBytes: number): AppendResult => {
    const row = getRoom.get(room);
    if (!row) throw new Error(`room ${room} does not exist`);
    if (row.bytes + data.length > roomBytes) return { ok: false, reason: 'room-full' };
    const seq = row.head + 1;
    insertEntry.run(room, seq, data);
    setHead.run(seq, row.bytes + data.length, room);
    return { ok: true, seq };
  });
  const getDigests = rows<{ digests: string }>(db.prepare('SELECT digests FROM rooms WHERE room = ?'));
  const snapshot = inTransaction(db, (room: string, covers: number, data: Buffer, roomBytes: number, digest: string): SnapshotResult => {
    const row = getRoom.get(room);
    if (!row || covers <= row.covers || covers > row.head) return { ok: false, reason: 'stale-snapshot' };
    const seen = (getDigests.get(room)?.digests ?? '').split(' ').filter(Boolean);
    if (seen.includes(digest)) return { ok: false, reason: 'stale-snapshot' };
    db.prepare('UPDATE rooms SET digests = ? WHERE room = ?').run([...seen, digest].slice(-SNAPSHOT_DIGESTS_KEPT).join(' '), room);
    const after = logStats.get(room, covers)!;
    const bytes = (after.b ?? 0) + data.length;
    if (bytes > roomBytes) return { ok: false, reason: 'room-full' };
    dropEntries.run(room, covers);
    setSnapshot.run(covers, bytes, data, room);
    return { ok: true };
  });
  const closeInbox = (inbox: string) => {
    db.prepare('DELETE FROM drops WHERE inbox = ?').run(inbox);
    db.prepare('DELETE FROM inboxes WHERE inbox = ?').run(inbox);
  };
  const remove = (room: string) => {
    db.prepare('DELETE FROM entries WHERE room = ?').run(room);
  };
  const forget = inTransaction(db, (room: string) => {
    remove(room);
    db.prepare('UPDATE rooms SET forgotten = 1, head = 0, covers = 0, bytes = 0, snapshot = NULL WHERE room = ?').run(room);
  });
  const expire = inTransaction(db, (room: string) => {
    remove(room);
    db.prepare('DELETE FROM rooms WHERE room = ?').run(room);
  });
  const inboxAppend = inTransaction(db, (inbox: string, data: Buffer, maxEntries: number, maxBytes: number): AppendResult => {
    const row = inboxRow.get(inbox);
    if (!row) throw new Error(`inbox ${inbox} does not exist`);
    if (row.count + 1 > maxEntries || row.bytes + data.length > maxBytes) return { ok: false, reason: 'room-full' };
    const seq = row.head + 1;
    db.prepare('INSERT INTO drops (inbox, seq, data) VALUES (?, ?, ?)').run(inbox, seq, data);
    db.prepare('UPDATE inboxes SET head = ?, count = count + 1, bytes = bytes + ? WHERE inbox = ?').run(seq, data.length, inbox);
    return { ok: true, seq };
  });
  const inboxClear = inTransaction(db, (inbox: string, upTo: number) => {
    db.prepare('DELETE FROM drops WHERE inbox = ? AND seq <= ?').run(inbox, upTo);
    const left = rows<{ n: number; b: number | null }>(db.prepare('SELECT COUNT(*) AS n, SUM(LENGTH(data)) AS b FROM drops WHERE inbox = ?')).get(inbox)!;
    db.prepare('UPDATE inboxes SET count = ?, bytes = ? WHERE inbox = ?').run(left.n, left.b ?? 0, inbox);
  });

  return {
    kind: 'sqlite',
    touch: async (room, create, now) => {
      if (create) insertRoom.run(room, now);
      const row = isForgotten.get(room);
      if (!row) return 'missing';
      if (row.forgotten) return 'forgotten';
      touchRoom.run(now, room);
      return 'exists';
    },
    forget: async (room) => forget(room),
    expire: async (before) => {
      const rooms = staleRooms.all(before);
      for (const { room } of rooms) expire(room);
      const stale = staleInboxes.all(before);
      for (const { inbox } of stale) closeInbox(inbox);
      return rooms.length + stale.length;
    },
    stats: async () => {
      const rooms = rows<{ n: number; b: number | null }>(db.prepare('SELECT COUNT(*) AS n, SUM(bytes) AS b FROM rooms WHERE forgotten = 0')).get()!;
      const inboxes = rows<{ n: number; b: number | null }>(db.prepare('SELECT COUNT(*) AS n, SUM(bytes) AS b FROM inboxes')).get()!;
      return { rooms: rooms.n, inboxes: inboxes.n, bytes: (rooms.b ?? 0) + (inboxes.b ?? 0) };
    },
    info: async (room): Promise<RoomInfo> => {
      const row = getRoom.get(room);
      if (!row) return { head: 0, snapshotCovers: 0, logEntries: 0, logBytes: 0, bytes: 0 };
      const log = logStats.get(room, row.covers)!;
      return { head: row.head, snapshotCovers: row.covers, logEntries: log.n, logBytes: log.b ?? 0, bytes: row.bytes };
    },
    read: async (room, since) => {
      const row = getRoom.get(room);
      if (!row) return [];
      const out: StoredEntry[] = [];
      if (row.snapshot && since < row.covers) out.push({ seq: row.covers, kind: 'snapshot', data: asBuffer(row.snapshot) });
      for (const entry of readEntries.all(room, Math.max(since, row.covers))) out.push({ seq: entry.seq, kind: 'update', data: asBuffer(entry.data) });
      return out;
    },
    append: async (room, data, roomBytes) => append(room, data, roomBytes),
    snapshot: async (room, covers, data, roomBytes, digest) => snapshot(room, covers, data, roomBytes, digest),
    inboxOpen: async (inbox, now) => {
      db.prepare('INSERT OR IGNORE INTO inboxes (inbox) VALUES (?)').run(inbox);
      db.prepare('UPDATE inboxes SET touched_at = ? WHERE inbox = ?').run(now, inbox);
    },
    inboxExists: async (inbox) => inboxRow.get(inbox) !== undefined,
    inboxAppend: async (inbox, data, maxEntries, maxBytes) => inboxAppend(inbox, data, maxEntries, maxBytes),
    inboxRead: async (inbox) =>
      rows<{ seq: number; data: Uint8Array }>(db.prepare('SELECT seq, data FROM drops WHERE inbox = ? ORDER BY seq'))
        .all(inbox)
        .map(({ seq, data }) => ({ seq, data: asBuffer(data) })),
    inboxClear: async (inbox, upTo) => inboxClear(inbox, upTo),
    inboxClose: async (inbox) => closeInbox(inbox),
    close: async () => {
      // Everything in the WAL goes into the main file, so a copy of the one file is the whole store.
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
};

/** A consistent copy of a store file while the server may be writing to it (SQLite's online backup). */
export const backupSqliteStore = async (file: string, to: string): Promise<number> => {
  if (!existsSync(file)) throw new Error(`There is no store at ${file}.`);
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return await backup(db, to);
  } finally {
    db.close();
  }
};
