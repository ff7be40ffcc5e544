import type { RelayStore } from './store';

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
