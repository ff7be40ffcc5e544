import 'fake-indexeddb/auto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { createSecret, deriveRoomId, inviteCode } from '../src/core';
import { startServer, type UbtServer } from '../src/server/server';
import { openRelayLink } from '../src/sync/relay/link';
import { launchExtension } from '../test/e2e/browser';
import { configure } from '../test/e2e/flows';
import { startRedis } from '../test/relay/redis';
import { decodeTimeInPage, median, quantile, toBase64 } from './browserData';
import { printLine } from './report';
import { spawnServerProcess } from './serverProcess';
import { relayCatchUpFloor } from './floors';

/** The board is on screen and the relay says it holds everything (no named inner functions: see joinLargeBoard). */
const LOADED_FROM_RELAY = () =>
  !document.getElementById('waiting-title') &&
  (document.querySelector('.relay-status') as HTMLElement | null)?.dataset.state === 'synced' &&
  !!document.querySelector('nav');

/**
 * `relay-catch-up`: a fresh browser (no co-lead online, no signalling) joins the benchmark's large board
 * (2.2 MB) from the relay alone: click "Join board" → board on screen with the relay synced. Baseline: the
 * same bytes sealed, downloaded over one WebSocket, decrypted and applied in that page (floors.ts).
 */
export const relayCatchUp = async (doc: Y.Doc, runs = 3): Promise<void> => {
  const server = await startServer({ port: 0 });
  const secret = createSecret();
  const roomId = await deriveRoomId(secret);
  const seeder = openRelayLink({
    urls: [server.relayUrl],
    boardId: 'bench-seed',
    roomId,
    access: { kind: 'write', secret },
    doc,
    isLocalEdit: () => true,
    onChange: () => {},
    log: () => {},
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  if (!(await seeder.settled(60_000))) throw new Error('relay-catch-up: could not upload the board to the relay');
  await seeder.close();
  const state = Y.encodeStateAsUpdate(doc);
  const update = toBase64(state);
  const values: number[] = [];
  const baselines: number[] = [];
  const floors: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const browser = await launchExtension();
      try {
        await configure(browser, { name: `Nurse ${i}`, role: 'member', signalling: '', relays: server.relayUrl });
        const page = await browser.page('board.html');
        await page.getByLabel('Invite link or code').first().fill(inviteCode(secret));
        const start = performance.now();
        await page.getByRole('button', { name: 'Join board' }).first().click();
        await page.waitForFunction(LOADED_FROM_RELAY, undefined, { polling: 'raf', timeout: 120_000 });
        values.push(performance.now() - start);
        baselines.push(await decodeTimeInPage(page, update));
        floors.push(await relayCatchUpFloor(page, state));
      } finally {
        await browser.dispose();
      }
    }
  } finally {
    await server.close();
  }
  // The fair floor (issue 27): one WebSocket download of the same bytes, AES-GCM decrypt, apply. The old
  // floor, apply alone, stays beside it.
  printLine('relay-catch-up', 'time-to-board-from-relay', median(values), median(floors));
  printLine('relay-catch-up', 'time-to-board-from-relay-vs-apply', median(values), median(baselines));
};

/** A bare protocol client: hello, then count entries; no crypto (the relay never looks inside). */
/** The relay finds the room from the write token alone; `_room` only labels the clients of one room in the bench. */
/** `address`: the client address a trusted proxy would name in X-Forwarded-For (the server's per-address limits). */
export const rawClient = (url: string, _room: string, token: string, onEntry: (data: string) => void, address?: string): Promise<WebSocket> =>
  new Promise((resolve, reject) => {
    const ws = new WebSocket(url, address ? { headers: { 'X-Forwarded-For': address } } : {});
    ws.on('error', reject);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', as: 'write', token, since: 0 })));
    ws.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as { type: string; data?: string };
      if (frame.type === 'synced') resolve(ws);
      else if (frame.type === 'entry') onEntry(frame.data!);
      else if (frame.type === 'error') reject(new Error(raw.toString()));
    });
  });
export const token = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
export const payload = (id: number) => Buffer.concat([Buffer.from(`${id}`.padStart(12, '0')), crypto.getRandomValues(Buffer.alloc(188))]).toString('base64');
const idOf = (data: string) => Number(Buffer.from(data.slice(0, 16), 'base64').toString().slice(0, 12));

/** When each pushed entry (by the id at its start) reached each receiver. */
export const arrivalLog = () => {
  const arrivals = new Map<number, number[]>();
  const onEntry = (data: string) => {
    const id = idOf(data);
    arrivals.set(id, [...(arrivals.get(id) ?? []), performance.now()]);
  };
  return { arrivals, onEntry };
};

/** Pushes `count` entries from one client, `gapMs` apart, and returns push → arrival times at the others. */
const measureFanout = async (
  pusher: WebSocket,
  receivers: WebSocket[],
  arrivals: Map<number, number[]>,
  sent: Map<number, number>,
  ids: number[],
  gapMs: number,
) => {
  for (const id of ids) {
    sent.set(id, performance.now());
    pusher.send(JSON.stringify({ type: 'push', id: `p${id}`, data: payload(id) }));
    if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
  }
  const expected = ids.length * receivers.length;
  for (let i = 0; i < 2000 && [...ids].reduce((n, id) => n + (arrivals.get(id)?.length ?? 0), 0) < expected; i++) await new Promise((r) => setTimeout(r, 5));
};

export const fanoutLatencies = async (pushUrl: string, receiveUrls: string[], pushes: number): Promise<number[]> => {
  const room = `bench-${Math.random().toString(36).slice(2)}`;
  const t = token();
  const sent = new Map<number, number>();
  const { arrivals, onEntry } = arrivalLog();
  const pusher = await rawClient(pushUrl, room, t, () => {});
  const receivers = await Promise.all(receiveUrls.map((url) => rawClient(url, room, t, onEntry)));
  const ids = Array.from({ length: pushes }, (_, i) => i + 1);
  await measureFanout(pusher, receivers, arrivals, sent, ids, 25);
  for (const ws of [pusher, ...receivers]) ws.close();
  return ids.flatMap((id) => (arrivals.get(id) ?? []).map((at) => at - sent.get(id)!));
};

/**
 * `relay-fanout`: p95 push → arrival at a co-lead on another instance, two instances over one redis-server;
 * baseline: both on one instance of the same Redis-backed relay.
 */
export const relayFanout = async (pushes = 400): Promise<void> => {
  const redis = await startRedis();
  const servers: UbtServer[] = [];
  try {
    const x = await startServer({ port: 0, store: redis.url });
    const y = await startServer({ port: 0, store: redis.url });
    servers.push(x, y);
    await fanoutLatencies(x.relayUrl, [x.relayUrl], 50); // warm up
    const one = await fanoutLatencies(x.relayUrl, [x.relayUrl], pushes);
    const two = await fanoutLatencies(x.relayUrl, [y.relayUrl], pushes);
    printLine('relay-fanout', 'p95-push-to-peer-two-instances-over-redis', quantile(two, 0.95), quantile(one, 0.95));
  } finally {
    for (const s of servers) await s.close();
    await redis.stop();
  }
};

/** The load run's pace: every room's first client pushes once per round, 1,000 pushes (2,000 deliveries) a second. */
const PUSHES_PER_SECOND = 1000;

/**
 * `relay-load`: 2,000 rooms × 3 clients on one instance (its own process, SQLite store), every room's
 * first client pushing in turn while all 6,000 connections stay open: p95 push → arrival at the other two,
 * against one room × 3 clients on the same server; and the server's RSS, against the same server idle.
 */
export const relayLoad = async (rooms = 2000, perRoom = 3, rounds = 3): Promise<void> => {
  const file = join(mkdtempSync(join(tmpdir(), 'ubt-bench-')), 'relay.sqlite');
  // As behind a hospital's proxy: each room's three clients are one nurse's address (X-Forwarded-For).
  const server = await spawnServerProcess(['--store', `sqlite:${file}`, '--trust-proxy', '127.0.0.1']);
  const url = server.relayUrl;
  try {
    await new Promise((r) => setTimeout(r, 2000));
    const idleRss = server.rss();

    const single = await fanoutLatencies(url, [url, url], 200);

    const sent = new Map<number, number>();
    const { arrivals, onEntry } = arrivalLog();
    const all: { pusher: WebSocket; receivers: WebSocket[] }[] = [];
    for (let r = 0; r < rooms; r += 100) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(100, rooms - r) }, async (_, i) => {
          const room = `load-${r + i}`;
          const t = token();
          const address = `10.${((r + i) >> 8) & 255}.${(r + i) & 255}.1`;
          const pusher = await rawClient(url, room, t, () => {}, address);
          const receivers = await Promise.all(Array.from({ length: perRoom - 1 }, () => rawClient(url, room, t, onEntry, address)));
          return { pusher, receivers };
        }),
      );
      all.push(...batch);
    }
    let nextId = 1;
    for (let round = 0; round < rounds; round++) {
      const ids: number[] = [];
      for (const { pusher } of all) {
        const id = nextId++;
        ids.push(id);
        sent.set(id, performance.now());
        pusher.send(JSON.stringify({ type: 'push', id: `p${id}`, data: payload(id) }));
        // About PUSHES_PER_SECOND, in slices of 10.
        if (id % 10 === 0) await new Promise((r) => setTimeout(r, 10_000 / PUSHES_PER_SECOND));
      }
      const expected = ids.length * (perRoom - 1);
      for (let i = 0; i < 6000 && ids.reduce((n, id) => n + (arrivals.get(id)?.length ?? 0), 0) < expected; i++) await new Promise((r) => setTimeout(r, 5));
    }
    const loaded = [...sent].flatMap(([id, at]) => (arrivals.get(id) ?? []).map((t) => t - at));
    const delivered = loaded.length / (sent.size * (perRoom - 1));
    const rss = server.rss();
    for (const { pusher, receivers } of all) for (const ws of [pusher, ...receivers]) ws.terminate();
    printLine(`relay-load-${rooms}x${perRoom}`, `p95-fanout-at-${PUSHES_PER_SECOND}-pushes-per-s`, quantile(loaded, 0.95), quantile(single, 0.95));
    printLine(`relay-load-${rooms}x${perRoom}`, 'server-rss', rss, idleRss, 'MiB');
    if (delivered < 1) console.error(`relay-load: only ${(delivered * 100).toFixed(1)}% of entries arrived`);
  } finally {
    server.stop();
  }
};
