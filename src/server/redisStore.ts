import { Redis } from 'ioredis';
import type { RelayStore, StoredEntry } from './store';

/**
 * The relay's store for several instances: per room a hash (token, head, covers, bytes), a Redis Stream
 * as the log (entry id `SEQ-0`, field `d`) and a string for the snapshot. Appends and snapshots are Lua
 * scripts, so two instances never hand out the same number or trim what the other just wrote.
 * Keys share the hash tag `{room}` and so stay on one node of a Redis Cluster.
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
local dropped = 0
for _, entry in ipairs(redis.call('XRANGE', KEYS[2], '-', covers .. '-0')) do dropped = dropped + string.len(entry[2][2]) end
local bytes = tonumber(redis.call('HGET', KEYS[1], 'bytes') or '0') - dropped - redis.call('STRLEN', KEYS[3]) + string.len(ARGV[2])
if bytes > tonumber(ARGV[3]) then return -2 end
redis.call('XTRIM', KEYS[2], 'MINID', (covers + 1) .. '-0')
redis.call('SET', KEYS[3], ARGV[2])
redis.call('HSET', KEYS[1], 'covers', covers, 'bytes', bytes)
return 1`;

const keys = (room: string) => ({ meta: `ubt:{${room}}:meta`, log: `ubt:{${room}}:log`, snap: `ubt:{${room}}:snapshot` });

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
  return {
    kind: 'redis',
    claim: async (room, tokenHash) => {
      await redis.hsetnx(keys(room).meta, 'token', tokenHash);
      return (await redis.hget(keys(room).meta, 'token')) ?? '';
    },
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
    snapshot: async (room, covers, data, roomBytes) => {
      const k = keys(room);
      const result = Number(await redis.eval(SNAPSHOT, 3, k.meta, k.log, k.snap, covers, data, roomBytes));
      if (result === -1) return { ok: false, reason: 'stale-snapshot' };
      if (result === -2) return { ok: false, reason: 'room-full' };
      return { ok: true };
    },
    close: async () => void (await redis.quit().catch(() => redis.disconnect())),
  };
};
