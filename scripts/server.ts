// `npm run server [-- --host 127.0.0.1 --port 4444 --store sqlite:relay.db --record frames.jsonl --room-expiry-days 180 --allow-origin https://intranet.example --max-connections-per-address 200 --trust-proxy 127.0.0.1 --catch-up-budget-mib 128]`:
// the project's server, signalling on / and the blind relay on /relay.
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { TOKEN_CENSOR, withoutTokens } from '../src/server/redact';
import { startServer } from '../src/server/server';

// One JSON object per line on stdout (pino), for the hospital's log collector. The server never puts a
// token into a message; redact catches one passed as a field by mistake.
const logger = pino({ base: { service: 'ubt-board' }, redact: { paths: ['token', '*.token', 'readToken', 'writeToken'], censor: TOKEN_CENSOR } });

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.UBT_HOST ?? process.env.SIGNAL_HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.UBT_PORT ?? process.env.SIGNAL_PORT ?? '4444' },
    store: { type: 'string', default: process.env.UBT_STORE ?? 'sqlite:.data/relay.sqlite' },
    record: { type: 'string' },
    'room-expiry-days': { type: 'string', default: process.env.UBT_ROOM_EXPIRY_DAYS ?? '180' },
    'allow-origin': { type: 'string', multiple: true, default: (process.env.UBT_ALLOW_ORIGINS ?? '').split(/\s+/).filter(Boolean) },
    'max-connections-per-address': { type: 'string', default: process.env.UBT_MAX_CONNECTIONS_PER_ADDRESS ?? '200' },
    'catch-up-budget-mib': { type: 'string', default: process.env.UBT_CATCH_UP_BUDGET_MIB ?? '128' },
    'trust-proxy': { type: 'string', multiple: true, default: (process.env.UBT_TRUST_PROXIES ?? '').split(/\s+/).filter(Boolean) },
  },
});
const maxConnectionsPerAddress = Number(values['max-connections-per-address']);
if (!Number.isInteger(maxConnectionsPerAddress) || maxConnectionsPerAddress < 1) {
  console.error(`--max-connections-per-address must be a whole number from 1, not "${values['max-connections-per-address']}".`);
  process.exit(2);
}
const catchUpBudgetMib = Number(values['catch-up-budget-mib']);
if (!Number.isFinite(catchUpBudgetMib) || catchUpBudgetMib < 1) {
  console.error(`--catch-up-budget-mib must be a number of MiB from 1, not "${values['catch-up-budget-mib']}".`);
  process.exit(2);
}
const roomExpiryDays = Number(values['room-expiry-days']);
if (!Number.isInteger(roomExpiryDays) || roomExpiryDays < 0) {
  console.error(`--room-expiry-days must be a whole number of days (0 keeps rooms for ever), not "${values['room-expiry-days']}".`);
  process.exit(2);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  process.exit(2);
}
if (values.store.startsWith('sqlite:') && values.store !== 'sqlite::memory:') {
  const { mkdirSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  mkdirSync(dirname(values.store.slice('sqlite:'.length)), { recursive: true });
}
const record = values.record;
// --record writes every frame for debugging, each with its tokens blanked: a recording can be shared.
const recorder = (channel: string) =>
  record
    ? (direction: 'in' | 'out', text: string) => appendFileSync(record, `${JSON.stringify({ channel, direction, text: withoutTokens(text) })}\n`)
    : undefined;
const server = await startServer({
  host: values.host,
  port,
  store: values.store,
  roomExpiryDays,
  allowedOrigins: values['allow-origin'],
  maxConnectionsPerAddress,
  trustedProxies: values['trust-proxy'],
  catchUpBudgetBytes: catchUpBudgetMib * 1024 * 1024,
  log: (line) => logger.info(line),
  onMessage: recorder('signalling'),
  onRelayFrame: recorder('relay'),
}).catch((error: NodeJS.ErrnoException) => {
  logger.fatal(
    error.code === 'EADDRINUSE'
      ? `Port ${port} on ${values.host} is in use: is the UBT Board server already running? Use --port to pick another.`
      : String(error.message ?? error),
  );
  process.exit(1);
});
// Graceful: stop accepting, let clients finish for up to 10 s, close the store (its WAL checkpointed), exit 0.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    logger.info(`${signal}: shutting down (clients get up to 10 s to finish)`);
    void server.close(10_000).then(() => process.exit(0));
  });
