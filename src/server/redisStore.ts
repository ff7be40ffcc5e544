import { Redis } from 'ioredis';
import { SNAPSHOT_DIGESTS_KEPT, type RelayStore, type StoredEntry } from './store';

/**
 * The relay's store for several instances: per room a hash (head, covers, bytes), a Redis Stream
 * as the log (entry id `SEQ-0`, field `d`) and a string for the snapshot. Appends and snapshots are Lua
 * scripts, so two instances never hand out the same number or trim what the other just wrote.
 * Keys share the hash tag `{room}` and so stay on one node of a Redis Cluster; an inbox's keys share
 * `{inbox}`, and the sorted set of when each room was last used (for expiry) is one key of its own.
 */
const APPEND = `
local bytes = tonumber(redis.call('HGET', KEYS[1], 'bytes') or '0')
local len = string.len(ARGV[1])
if bytes + len > tonumber(ARGV[2]) then return -1 end
local seq = redis.call('HINCRBY', KEYS[1], 'head', 1)
redis.call('HINCRBY', KEYS[1], 'bytes', len)
redis.call('XADD', KEYS[2], seq .. '-0', 'd', ARGV[1])
return seq`;

const SNAPSHOT = `
local covers = tonumber(ARGV[1])
local current = tonumber(redis.call('HGET', KEYS[1], 'covers') or '0')
local head = tonumber(redis.call('HGET', KEYS[1], 'head') or '0')
if covers <= current or covers > head then return -1 end
if redis.call('ZSCORE', KEYS[4], ARGV[4]) then return -1 end
redis.call('ZADD', KEYS[4], covers, ARGV[4])
redis.call('ZREMRANGEBYRANK', KEYS[4], 0, -(tonumber(ARGV[5]) + 1))
local dropped = 0
for _, entry in ipairs(redis.call('XRANGE', KEYS[2], '-', covers .. '-0')) do dropped = dropped + string.len(entry[2][2]) end
local bytes = tonumber(redis.call('HGET', KEYS[1], 'bytes') or '0') - dropped - redis.call('STRLEN', KEYS[3]) + string.len(ARGV[2])
if bytes > tonumber(ARGV[3]) then return -2 end
redis.call('XTRIM', KEYS[2], 'MINID', (covers + 1) .. '-0')
redis.call('SET', KEYS[3], ARGV[2])
redis.call('HSET', KEYS[1], 'covers', covers, 'bytes', bytes)
return 1`;

const INBOX_APPEND = `
local count = tonumber(redis.call('HGET', KEYS[1], 'count') or '0')
local bytes = tonumber(redis.call('HGET', KEYS[1], 'bytes') or '0')
local len = string.len(ARGV[1])
if count + 1 > tonumber(ARGV[2]) or bytes + len > tonumber(ARGV[3]) then return -1 end
local seq = redis.call('HINCRBY', KEYS[1], 'head', 1)
redis.call('HINCRBY', KEYS[1], 'count', 1)
redis.call('HINCRBY', KEYS[1], 'bytes', len)
redis.call('XADD', KEYS[2], seq .. '-0', 'd', ARGV[1])
return seq`;

const INBOX_CLEAR = `
redis.call('XTRIM', KEYS[2], 'MINID', (tonumber(ARGV[1]) + 1) .. '-0')
local bytes = 0
local left = redis.call('XRANGE', KEYS[2], '-', '+')
for _, entry in ipairs(left) do bytes = bytes + string.len(entry[2][2]) end
redis.call('HSET', KEYS[1], 'count', #left, 'bytes', bytes)
return 1`;

const keys = (room: string) => ({
  meta: `ubt:{${room}}:meta`,
  log: `ubt:{${room}}:log`,
  snap: `ubt:{${room}}:snapshot`,
  digests: `ubt:{${room}}:digests`,
});
const inboxKeys = (inbox: string) => ({ meta: `ubt:inbox:{${inbox}}:meta`, log: `ubt:inbox:{${inbox}}:log` });
/** Every room, and every inbox, by when it was last used, for expiry. */
const TOUCHED = 'ubt:rooms:touched';
const INBOXES_TOUCHED = 'ubt:inboxes:touched';

export const openRedisStore = async (url: string): Promise<RelayStore> => {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  await redis.connect();
  const meta = async (room: string) => {
    const [head, covers, bytes] = await redis.hmget(keys(room).meta, 'head', 'covers', 'bytes');
    return { head: Number(head ?? 0), covers: Number(covers ?? 0), bytes: Number(bytes ?? 0) };
  };
  const logAfter = async (room: string, after: number) => {
    const rows = await redis.xrangeBuffer(keys(room).log, `${after + 1}-0`, '+');
    return rows.map(([id, fields]) => ({ seq: Number(String(id).split('-')[0]), data: fields[1] as Buffer }));
  };
  const closeInbox = async (inbox: string) => {
    const k = inboxKeys(inbox);
    await redis.del(k.meta, k.log);
    await redis.zrem(INBOXES_TOUCHED, inbox);
  };
  const remove = async (room: string) => {
    const k = keys(room);
    await redis.del(k.meta, k.log, k.snap, k.digests);
  };
  const forget = async (room: string) => {
    await remove(room);
    await redis.hset(keys(room).meta, 'head', 0, 'covers', 0, 'bytes', 0, 'forgotten', 1);
    await redis.zadd(TOUCHED, Date.now(), room);
  };
  return {
    kind: 'redis',
    touch: async (room, create, now) => {
      const k = keys(room);
      if (create) await redis.hsetnx(k.meta, 'head', 0);
      if (!(await redis.exists(k.meta))) return 'missing';
      if ((await redis.hget(k.meta, 'forgotten')) === '1') return 'forgotten';
      await redis.zadd(TOUCHED, now, room);
      return 'exists';
    },
    forget,
    // Bytes would mean reading every room's hash: Redis reports its own memory (INFO memory) for that.
    stats: async () => ({
      rooms: await redis.zcard(TOUCHED),
      inboxes: await redis.zcard(INBOXES_TOUCHED),
      bytes: Number((await redis.info('memory')).match(/used_memory:(\d+)/)?.[1] ?? 0),
    }),
    expire: async (before) => {
      const rooms = await redis.zrangebyscore(TOUCHED, '-inf', `(${before}`);
      for (const room of rooms) {
        await remove(room);
        await redis.zrem(TOUCHED, room);
      }
      const inboxes = await redis.zrangebyscore(INBOXES_TOUCHED, '-inf', `(${before}`);
      for (const inbox of inboxes) await closeInbox(inbox);
      return rooms.length + inboxes.length;
    },
    inboxOpen: async (inbox, now) => {
      await redis.hsetnx(inboxKeys(inbox).meta, 'head', 0);
      await redis.zadd(INBOXES_TOUCHED, now, inbox);
    },
    inboxExists: async (inbox) => (await redis.exists(inboxKeys(inbox).meta)) === 1,
    inboxAppend: async (inbox, data, maxEntries, maxBytes) => {
      const k = inboxKeys(inbox);
      const seq = Number(await redis.eval(INBOX_APPEND, 2, k.meta, k.log, data, maxEntries, maxBytes));
      return seq < 0 ? { ok: false, reason: 'room-full' } : { ok: true, seq };
    },
    inboxRead: async (inbox) =>
      (await redis.xrangeBuffer(inboxKeys(inbox).log, '-', '+')).map(([id, fields]) => ({ seq: Number(String(id).split('-')[0]), data: fields[1] as Buffer })),
    inboxClear: async (inbox, upTo) => {
      const k = inboxKeys(inbox);
      await redis.eval(INBOX_CLEAR, 2, k.meta, k.log, upTo);
    },
    inboxClose: closeInbox,
    info: async (room) => {
      const m = await meta(room);
      const log = await logAfter(room, m.covers);
      return { head: m.head, snapshotCovers: m.covers, logEntries: log.length, logBytes: log.reduce((n, e) => n + e.data.length, 0), bytes: m.bytes };
    },
    read: async (room, since) => {
      const m = await meta(room);
      const out: StoredEntry[] = [];
      if (since < m.covers) {
        const snapshot = await redis.getBuffer(keys(room).snap);
        if (snapshot) out.push({ seq: m.covers, kind: 'snapshot', data: snapshot });
      }
      for (const entry of await logAfter(room, Math.max(since, m.covers))) out.push({ ...entry, kind: 'update' });
      return out;
    },
    append: async (room, data, roomBytes) => {
      const k = keys(room);
      const seq = Number(await redis.eval(APPEND, 2, k.meta, k.log, data, roomBytes));
      return seq < 0 ? { ok: false, reason: 'room-full' } : { ok: true, seq };
    },
    snapshot: async (room, covers, data, roomBytes, digest) => {
      const k = keys(room);
      const result = Number(await redis.eval(SNAPSHOT, 4, k.meta, k.log, k.snap, k.digests, covers, data, roomBytes, digest, SNAPSHOT_DIGESTS_KEPT));
      if (result === -1) return { ok: false, reason: 'stale-snapshot' };
      if (result === -2) return { ok: false, reason: 'room-full' };
      return { ok: true };
    },
    close: async () => void (await redis.quit().catch(() => redis.disconnect())),
  };
};
