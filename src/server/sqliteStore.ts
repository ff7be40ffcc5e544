import Database from 'better-sqlite3';
import type { AppendResult, RelayStore, RoomInfo, SnapshotResult, StoredEntry } from './store';

interface RoomRow {
  token_hash: string;
  head: number;
  covers: number;
  bytes: number;
  snapshot: Buffer | null;
}

/** The relay's embedded store: one SQLite file (WAL), so `npm start` needs no set-up. */
export const openSqliteStore = (file: string): RelayStore => {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS rooms (
      room TEXT PRIMARY KEY, token_hash TEXT NOT NULL, head INTEGER NOT NULL DEFAULT 0,
      covers INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0, snapshot BLOB);
    CREATE TABLE IF NOT EXISTS entries (
      room TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (room, seq)) WITHOUT ROWID;
  `);
  const getRoom = db.prepare<[string], RoomRow>('SELECT token_hash, head, covers, bytes, snapshot FROM rooms WHERE room = ?');
  const insertRoom = db.prepare('INSERT OR IGNORE INTO rooms (room, token_hash) VALUES (?, ?)');
  const logStats = db.prepare<[string, number], { n: number; b: number | null }>(
    'SELECT COUNT(*) AS n, SUM(LENGTH(data)) AS b FROM entries WHERE room = ? AND seq > ?',
  );
  const readEntries = db.prepare<[string, number], { seq: number; data: Buffer }>('SELECT seq, data FROM entries WHERE room = ? AND seq > ? ORDER BY seq');
  const insertEntry = db.prepare('INSERT INTO entries (room, seq, data) VALUES (?, ?, ?)');
  const setHead = db.prepare('UPDATE rooms SET head = ?, bytes = ? WHERE room = ?');
  const dropEntries = db.prepare('DELETE FROM entries WHERE room = ? AND seq <= ?');
  const setSnapshot = db.prepare('UPDATE rooms SET covers = ?, bytes = ?, snapshot = ? WHERE room = ?');

  const append = db.transaction((room: string, data: Buffer, roomBytes: number): AppendResult => {
    const row = getRoom.get(room);
    if (!row) throw new Error(`room ${room} has not been claimed`);
    if (row.bytes + data.length > roomBytes) return { ok: false, reason: 'room-full' };
    const seq = row.head + 1;
    insertEntry.run(room, seq, data);
    setHead.run(seq, row.bytes + data.length, room);
    return { ok: true, seq };
  });
  const snapshot = db.transaction((room: string, covers: number, data: Buffer, roomBytes: number): SnapshotResult => {
    const row = getRoom.get(room);
    if (!row || covers <= row.covers || covers > row.head) return { ok: false, reason: 'stale-snapshot' };
    const after = logStats.get(room, covers)!;
    const bytes = (after.b ?? 0) + data.length;
    if (bytes > roomBytes) return { ok: false, reason: 'room-full' };
    dropEntries.run(room, covers);
    setSnapshot.run(covers, bytes, data, room);
    return { ok: true };
  });

  return {
    kind: 'sqlite',
    claim: async (room, tokenHash) => {
      insertRoom.run(room, tokenHash);
      return getRoom.get(room)!.token_hash;
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
      if (row.snapshot && since < row.covers) out.push({ seq: row.covers, kind: 'snapshot', data: row.snapshot });
      for (const entry of readEntries.all(room, Math.max(since, row.covers))) out.push({ seq: entry.seq, kind: 'update', data: entry.data });
      return out;
    },
    append: async (room, data, roomBytes) => append(room, data, roomBytes),
    snapshot: async (room, covers, data, roomBytes) => snapshot(room, covers, data, roomBytes),
    close: async () => void db.close(),
  };
};
