/**
 * The attacker of `relay-abuse` (bench/abuse.ts), in its own process: opens `silent` connections that never
 * say hello, fills junk rooms, catches up `readers` times on the big room and floods the honest signalling
 * room. Prints `started` once the silent connections are open, then one JSON line (AbuseResult) at the end.
 */
import WebSocket from 'ws';
import { readTokenOfWrite } from '../src/server/relayTokens';
import type { AbuseSizes } from './scenarios';

export const open = (url: string, address: string): Promise<WebSocket | null> =>
  new Promise((resolve) => {
    const ws = new WebSocket(url, { headers: { 'X-Forwarded-For': address } });
    ws.once('open', () => resolve(ws));
    ws.once('error', () => resolve(null));
  });
export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const token = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');

const attack = async (args: { relayUrl: string; url: string; sizes: AbuseSizes; bigToken: string; topic: string }) => {
  const { relayUrl, url, sizes, bigToken, topic } = args;
  const started = Date.now();
  const silent = (await Promise.all(Array.from({ length: sizes.silent }, () => open(relayUrl, '10.66.6.1')))).filter((ws): ws is WebSocket => !!ws);
  console.log('started');
  let junkStored = 0;
  const junk = Promise.all(
    Array.from({ length: sizes.junkRooms }, async () => {
      const ws = await open(relayUrl, '10.66.6.2');
      if (!ws) return;
      ws.on('message', (raw: Buffer) => {
        if (raw.subarray(0, 16).toString().startsWith('{"type":"ack"')) junkStored += 256 * 1024;
      });
      ws.send(JSON.stringify({ type: 'hello', as: 'write', token: token(), since: 0 }));
      const entry = Buffer.alloc(256 * 1024, 7).toString('base64');
      for (let i = 0; i < 40 && ws.readyState === ws.OPEN; i++) {
        ws.send(JSON.stringify({ type: 'push', id: `j${i}`, data: entry }));
        await pause(25);
      }
      ws.terminate();
    }),
  );
  let readersDone = 0;
  const readers = Promise.all(
    Array.from({ length: sizes.readers }, async () => {
      const ws = await open(relayUrl, '10.66.6.3');
      if (!ws) return;
      await new Promise<void>((resolve) => {
        // Only the frame's start is read: parsing each 1 MiB entry would load this process for nothing.
        ws.on('message', (raw: Buffer) => {
          if (!raw.subarray(0, 24).toString().startsWith('{"type":"synced"')) return;
          readersDone++;
          resolve();
        });
        ws.on('close', () => resolve());
        ws.send(JSON.stringify({ type: 'hello', as: 'read', token: readTokenOfWrite(bigToken), since: 0 }));
      });
      ws.terminate();
    }),
  );
  const flooder = await open(url, '10.66.6.4');
  if (flooder) {
    const message = JSON.stringify({ type: 'publish', topic, data: 'x'.repeat(4000) });
    for (let i = 0; i < sizes.publishes; i++) flooder.send(message);
  }
  await Promise.all([junk, readers]);
  // The silent ones are counted when the honest clients' time under abuse is over.
  await pause(Math.max(0, started + sizes.seconds * 1000 - Date.now()));
  const stillSilent = silent.filter((ws) => ws.readyState === ws.OPEN).length;
  for (const ws of [...silent, ...(flooder ? [flooder] : [])]) ws.terminate();
  console.log(JSON.stringify({ silentLetIn: silent.length, stillSilent, junkStored, readersDone }));
};

if (process.argv[1]?.endsWith('abuser.ts')) {
  await attack(JSON.parse(process.argv[2]!));
  process.exit(0);
}
