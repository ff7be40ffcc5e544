// `npm run backup-store -- --store sqlite:.data/relay.sqlite --to /backups/relay-2026-12-01.sqlite`:
// an online copy of the relay's SQLite store (SQLite's backup API: consistent while the server runs).
// Restore: stop the server, put the copy in place of the store file (or start with --store sqlite:COPY).
import { parseArgs } from 'node:util';
import { backupSqliteStore } from '../src/server/sqliteStore';

const { values } = parseArgs({ options: { store: { type: 'string', default: 'sqlite:.data/relay.sqlite' }, to: { type: 'string' } } });
if (!values.store.startsWith('sqlite:') || !values.to) {
  console.error('Usage: npm run backup-store -- --store sqlite:FILE --to COPY (for Redis, see the README: BGSAVE and copy dump.rdb).');
  process.exit(2);
}
const pages = await backupSqliteStore(values.store.slice('sqlite:'.length), values.to);
console.log(`Backed up ${values.store.slice('sqlite:'.length)} to ${values.to} (${pages} pages).`);
