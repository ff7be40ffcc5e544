import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type WebSocket from 'ws';
import { readTokenOfWrite, roomOfReadToken } from '../src/server/relayTokens';
import { openSqliteStore } from '../src/server/sqliteStore';
import { RELAY_LIMITS } from '../src/sync/relay/protocol';
import { quantile } from './browserData';
import { arrivalLog, payload, rawClient, token } from './relay';
import { open, pause } from './abuser';
import { printLine } from './report';
import type { AbuseSizes } from './scenarios';
import { spawnServerProcess } from './serverProcess';

/** What bench/abuser.ts reports when it is done. */
export interface AbuseResult {
  silentLetIn: number;
  stillSilent: number;
  junkStored: number;
  readersDone: number;
}

/** Honest rooms pushing for `ms`: push → arrival at the room's other two clients, in ms. */
const honestFanout = async (rooms: { pusher: WebSocket; receivers: WebSocket[] }[], arrivals: Map<number, number[]>, ms: number, first: number) => {
  const sent = new Map<number, number>();
  const end = performance.now() + ms;
  let id = first;
  while (performance.now() < end) {
    for (const { pusher } of rooms) {
      sent.set(id, performance.now());
      pusher.send(JSON.stringify({ type: 'push', id: `h${id}`, data: payload(id) }));
      id++;
    }
    await pause(100);
  }
  for (let i = 0; i < 1000 && [...sent.keys()].some((k) => (arrivals.get(k)?.length ?? 0) < 2); i++) await pause(5);
  return { latencies: [...sent].flatMap(([k, at]) => (arrivals.get(k) ?? []).map((t) => t - at)), next: id, sent: sent.size };
};

/**
 * `relay-abuse`: the abuse a hospital's IT tried (issue 23), all at once from a few addresses against one
 * server process behind a trusted proxy, while honest co-leads keep pushing. Prints the honest p95 fan-out
 * under abuse against the same clients just before it, the server's peak RSS against its idle RSS, and
 * what the abuse got: connections let in, junk stored, readers served, honest subscribers kept.
 */
export const relayAbuse = async (sizes: AbuseSizes): Promise<void> => {
  const file = join(mkdtempSync(join(tmpdir(), 'ubt-abuse-')), 'relay.sqlite');
  // A large, legitimate board already on the relay (written straight into the store: the upload is not what is measured).
  const bigToken = token();
  const seed = openSqliteStore(file);
  const bigRoom = roomOfReadToken(readTokenOfWrite(bigToken));
  await seed.touch(bigRoom, true, Date.now());
  for (let i = 0; i < sizes.bigRoomMiB; i++) await seed.append(bigRoom, Buffer.alloc(1024 * 1024, i), RELAY_LIMITS.roomBytes);
  await seed.close();

  const server = await spawnServerProcess(['--store', `sqlite:${file}`, '--trust-proxy', '127.0.0.1']);
  const all: WebSocket[] = [];
  let attacker: ChildProcess | undefined;
  try {
    const { arrivals, onEntry } = arrivalLog();
    const rooms = await Promise.all(
      Array.from({ length: sizes.honestRooms }, async (_, i) => {
        const t = token();
        const address = `10.1.0.${i + 1}`;
        const pusher = await rawClient(server.relayUrl, `honest-${i}`, t, () => {}, address);
        const receivers = await Promise.all([0, 1].map(() => rawClient(server.relayUrl, `honest-${i}`, t, onEntry, address)));
        all.push(pusher, ...receivers);
        return { pusher, receivers };
      }),
    );
    const topic = `abuse-${token()}`;
    const subscribers = (await Promise.all(Array.from({ length: sizes.subscribers }, (_, i) => open(server.url, `10.2.0.${i + 1}`)))).filter(
      (ws): ws is WebSocket => !!ws,
    );
    for (const ws of subscribers) ws.send(JSON.stringify({ type: 'subscribe', topics: [topic] }));
    all.push(...subscribers);
    await pause(1000);
    const idleRss = server.rss();
    const quiet = await honestFanout(rooms, arrivals, sizes.seconds * 1000, 1);

    // The abuse, all of it at once, from its own process: its work must load the server, not the clock
    // of the honest clients measured here.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/abuser.ts', JSON.stringify({ relayUrl: server.relayUrl, url: server.url, sizes, bigToken, topic })],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    attacker = child;
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const finished = new Promise<AbuseResult>((resolve, reject) =>
      child.once('exit', (code) =>
        code === 0 ? resolve(JSON.parse(output.trim().split('\n').at(-1)!) as AbuseResult) : reject(new Error(`the abuser exited with ${code}`)),
      ),
    );
    for (let i = 0; i < 2000 && !output.includes('started'); i++) await pause(10);
    const loud = await honestFanout(rooms, arrivals, sizes.seconds * 1000, quiet.next);
    const result = await finished;
    const peakRss = server.peakRss();
    const keptSubscribers = subscribers.filter((ws) => ws.readyState === ws.OPEN).length;

    printLine('relay-abuse', 'honest-p95-fanout-under-abuse', quantile(loud.latencies, 0.95), quantile(quiet.latencies, 0.95));
    printLine('relay-abuse', 'honest-entries-delivered', loud.latencies.length, loud.sent * 2, 'entries');
    printLine('relay-abuse', 'server-peak-rss', peakRss, idleRss, 'MiB');
    printLine('relay-abuse', 'silent-connections-let-in', result.silentLetIn, sizes.silent, 'connections');
    printLine('relay-abuse', `silent-connections-open-after-${sizes.seconds}s`, result.stillSilent, result.silentLetIn, 'connections');
    printLine('relay-abuse', 'junk-stored', result.junkStored / (1024 * 1024), (sizes.junkRooms * 40 * 256) / 1024, 'MiB');
    printLine('relay-abuse', 'big-room-readers-served', result.readersDone, sizes.readers, 'readers');
    printLine('relay-abuse', 'honest-subscribers-kept', keptSubscribers, sizes.subscribers, 'subscribers');
  } finally {
    for (const ws of all) ws.terminate();
    attacker?.kill();
    server.stop();
  }
};
