// `npm run signal [-- --host 127.0.0.1 --port 4444 --record messages.jsonl]`: the project's signalling server.
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startSignalServer } from '../src/signal/server';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.SIGNAL_HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.SIGNAL_PORT ?? '4444' },
    record: { type: 'string' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  process.exit(2);
}
const record = values.record;
const server = await startSignalServer({
  host: values.host,
  port,
  log: (line) => console.log(line),
  onMessage: record ? (direction, text) => appendFileSync(record, `${JSON.stringify({ direction, text })}\n`) : undefined,
}).catch((error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} on ${values.host} is in use: is the signalling server already running? Use --port to pick another.` : String(error));
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void server.close().then(() => process.exit(0)));
