import Database from 'better-sqlite3';
import { SNAPSHOT_DIGESTS_KEPT, type AppendResult, type RelayStore, type RoomInfo, type SnapshotResult, type StoredEntry } from './store';

interface RoomRow {
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
    !db
      .prepare<[], { name: string }>('PRAGMA table_info(rooms)')
      .all()
      .some((c) => c.name === 'touched_at')
  ) {
    db.exec(`ALTER TABLE rooms ADD COLUMN touched_at INTEGER NOT NULL DEFAULT 0; UPDATE rooms SET touched_at = ${Date.now()};`);
  }
  if (
    !db
      .prepare<[], { name: string }>('PRAGMA table_info(rooms)')
      .all()
      .some((c) => c.name === 'forgotten')
  ) {
    db.exec("ALTER TABLE rooms ADD COLUMN forgotten INTEGER NOT NULL DEFAULT 0; ALTER TABLE rooms ADD COLUMN digests TEXT NOT NULL DEFAULT '';");
  }
  const getRoom = db.prepare<[string], RoomRow>('SELECT head, covers, bytes, snapshot FROM rooms WHERE room = ?');
  const insertRoom = db.prepare("INSERT OR IGNORE INTO rooms (room, token_hash, touched_at) VALUES (?, '', ?)");
  const touchRoom = db.prepare('UPDATE rooms SET touched_at = ? WHERE room = ?');
  const isForgotten = db.prepare<[string], { forgotten: number }>('SELECT forgotten FROM rooms WHERE room = ?');
  const logStats = db.prepare<[string, number], { n: number; b: number | null }>(
    'SELECT COUNT(*) AS n, SUM(LENGTH(data)) AS b FROM entries WHERE room = ? AND seq > ?',
  );
  const readEntries = db.prepare<[string, number], { seq: number; data: Buffer }>('SELECT seq, data FROM entries WHERE room = ? AND seq > ? ORDER BY seq');
  const insertEntry = db.prepare('INSERT INTO entries (room, seq, data) VALUES (?, ?, ?)');
  const setHead = db.prepare('UPDATE rooms SET head = ?, bytes = ? WHERE room = ?');
  const dropEntries = db.prepare('DELETE FROM entries WHERE room = ? AND seq <= ?');
  const setSnapshot = db.prepare('UPDATE rooms SET covers = ?, bytes = ?, snapshot = ? WHERE room = ?');
  const staleRooms = db.prepare<[number], { room: string }>('SELECT room FROM rooms WHERE touched_at < ?');
  const inboxRow = db.prepare<[string], { head: number; count: number; bytes: number }>('SELECT head, count, bytes FROM inboxes WHERE inbox = ?');
  const staleInboxes = db.prepare<[number], { inbox: string }>('SELECT inbox FROM inboxes WHERE touched_at < ?');

  const append = db.transaction((room: string, data: Buffer, roomBytes: number): AppendResult => {
    const row = getRoom.get(room);
    if (!row) throw new Error(`room ${room} does not exist`);
    if (row.bytes + data.length > roomBytes) return { ok: false, reason: 'room-full' };
    const seq = row.head + 1;
    insertEntry.run(room, seq, data);
    setHead.run(seq, row.bytes + data.length, room);
    return { ok: true, seq };
  });
  const getDigests = db.prepare<[string], { digests: string }>('SELECT digests FROM rooms WHERE room = ?');
  const snapshot = db.transaction((room: string, covers: number, data: Buffer, roomBytes: number, digest: string): SnapshotResult => {
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
  const forget = db.transaction((room: string) => {
    remove(room);
    db.prepare('UPDATE rooms SET forgotten = 1, head = 0, covers = 0, bytes = 0, snapshot = NULL WHERE room = ?').run(room);
  });
  const expire = db.transaction((room: string) => {
    remove(room);
    db.prepare('DELETE FROM rooms WHERE room = ?').run(room);
  });
  const inboxAppend = db.transaction((inbox: string, data: Buffer, maxEntries: number, maxBytes: number): AppendResult => {
    const row = inboxRow.get(inbox);
    if (!row) throw new Error(`inbox ${inbox} does not exist`);
    if (row.count + 1 > maxEntries || row.bytes + data.length > maxBytes) return { ok: false, reason: 'room-full' };
    const seq = row.head + 1;
    db.prepare('INSERT INTO drops (inbox, seq, data) VALUES (?, ?, ?)').run(inbox, seq, data);
    db.prepare('UPDATE inboxes SET head = ?, count = count + 1, bytes = bytes + ? WHERE inbox = ?').run(seq, data.length, inbox);
    return { ok: true, seq };
  });
  const inboxClear = db.transaction((inbox: string, upTo: number) => {
    db.prepare('DELETE FROM drops WHERE inbox = ? AND seq <= ?').run(inbox, upTo);
    const left = db.prepare<[string], { n: number; b: number | null }>('SELECT COUNT(*) AS n, SUM(LENGTH(data)) AS b FROM drops WHERE inbox = ?').get(inbox)!;
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
      const rooms = db.prepare<[], { n: number; b: number | null }>('SELECT COUNT(*) AS n, SUM(bytes) AS b FROM rooms WHERE forgotten = 0').get()!;
      const inboxes = db.prepare<[], { n: number; b: number | null }>('SELECT COUNT(*) AS n, SUM(bytes) AS b FROM inboxes').get()!;
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
      if (row.snapshot && since < row.covers) out.push({ seq: row.covers, kind: 'snapshot', data: row.snapshot });
      for (const entry of readEntries.all(room, Math.max(since, row.covers))) out.push({ seq: entry.seq, kind: 'update', data: entry.data });
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
    inboxRead: async (inbox) => db.prepare<[string], { seq: number; data: Buffer }>('SELECT seq, data FROM drops WHERE inbox = ? ORDER BY seq').all(inbox),
    inboxClear: async (inbox, upTo) => inboxClear(inbox, upTo),
    inboxClose: async (inbox) => closeInbox(inbox),
    close: async () => {
      // Everything in the WAL goes into the main file, so a copy of the one file is the whole store.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
};

/** A consistent copy of a store file while the server may be writing to it (SQLite's online backup). */
export const backupSqliteStore = async (file: string, to: string): Promise<number> => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await db.backup(to);
    return totalPages;
  } finally {
    db.close();
  }
};
