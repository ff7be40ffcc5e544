import { webcrypto } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { WebSocketServer } from 'ws';
import { yjsInPage } from './browserData';

/**
 * The fair floors of issue 27: the least any join or catch-up could cost on this machine, measured in the
 * same pages as the real thing. (No named inner functions in page code: tsx would put its `__name` helper
 * into the page.)
 */
type FloorWindow = typeof globalThis & {
  __Y: typeof import('yjs');
  __pc?: RTCPeerConnection;
  __dc?: RTCDataChannel;
  __applied?: number;
};

const CHUNK = 64 * 1024;

/**
 * Join: a WebRTC connection from scratch between the holder's page and the joiner's (descriptions passed
 * by hand, loopback only), the same bytes sent over its data channel in 64 KiB messages, and Y.applyUpdate
 * in the joiner's page. Wall time from the first offer to the applied document.
 */
export const webrtcJoinFloor = async (holder: Page, joiner: Page, update: string): Promise<number> => {
  await yjsInPage(joiner);
  const start = performance.now();
  const offer = await holder.evaluate(async () => {
    const w = globalThis as FloorWindow;
    w.__pc?.close();
    const pc = new RTCPeerConnection({ iceServers: [] });
    w.__pc = pc;
    w.__dc = pc.createDataChannel('floor', { ordered: true });
    w.__dc.binaryType = 'arraybuffer';
    await pc.setLocalDescription(await pc.createOffer());
    await new Promise<void>((resolve) => {
      if (pc.iceGatheringState === 'complete') resolve();
      pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
    });
    return JSON.stringify(pc.localDescription);
  });
  const answer = await joiner.evaluate(
    async ({ offer, size }) => {
      const w = globalThis as FloorWindow;
      w.__pc?.close();
      w.__applied = undefined;
      const pc = new RTCPeerConnection({ iceServers: [] });
      w.__pc = pc;
      pc.addEventListener('datachannel', (event) => {
        const parts: Uint8Array[] = [];
        let received = 0;
        event.channel.binaryType = 'arraybuffer';
        event.channel.addEventListener('message', (message) => {
          const part = new Uint8Array(message.data as ArrayBuffer);
          parts.push(part);
          received += part.byteLength;
          if (received < size) return;
          const whole = new Uint8Array(received);
          let at = 0;
          for (const p of parts) {
            whole.set(p, at);
            at += p.byteLength;
          }
          w.__Y.applyUpdate(new w.__Y.Doc(), whole);
          w.__applied = performance.timeOrigin + performance.now();
        });
      });
      await pc.setRemoteDescription(JSON.parse(offer) as RTCSessionDescriptionInit);
      await pc.setLocalDescription(await pc.createAnswer());
      await new Promise<void>((resolve) => {
        if (pc.iceGatheringState === 'complete') resolve();
        pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
      });
      return JSON.stringify(pc.localDescription);
    },
    { offer, size: Math.floor((update.length * 3) / 4) - (update.endsWith('==') ? 2 : update.endsWith('=') ? 1 : 0) },
  );
  await holder.evaluate(
    async ({ answer, data, chunk }) => {
      const w = globalThis as FloorWindow;
      const pc = w.__pc!;
      const dc = w.__dc!;
      await pc.setRemoteDescription(JSON.parse(answer) as RTCSessionDescriptionInit);
      if (dc.readyState !== 'open') await new Promise((resolve) => dc.addEventListener('open', resolve, { once: true }));
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      dc.bufferedAmountLowThreshold = 4 * chunk;
      for (let at = 0; at < bytes.byteLength; at += chunk) {
        if (dc.bufferedAmount > 16 * chunk) await new Promise((resolve) => dc.addEventListener('bufferedamountlow', resolve, { once: true }));
        dc.send(bytes.subarray(at, at + chunk));
      }
    },
    { answer, data: update, chunk: CHUNK },
  );
  await joiner.waitForFunction(() => (globalThis as FloorWindow).__applied !== undefined, undefined, { polling: 'raf', timeout: 120_000 });
  const applied = await joiner.evaluate(() => (globalThis as FloorWindow).__applied!);
  const took = applied - (performance.timeOrigin + start);
  await Promise.all([holder.evaluate(() => (globalThis as FloorWindow).__pc?.close()), joiner.evaluate(() => (globalThis as FloorWindow).__pc?.close())]);
  return took;
};

/**
 * Relay catch-up: the same bytes, sealed with AES-GCM, downloaded over one WebSocket from a server on this
 * machine that sends them as soon as the socket opens, decrypted with WebCrypto and applied, in the page.
 * The median of three downloads (until December 2026 one: a single sample came out below applying alone).
 */
export const relayCatchUpFloor = async (page: Page, update: Uint8Array): Promise<number> => {
  await yjsInPage(page);
  const rawKey = webcrypto.getRandomValues(new Uint8Array(32));
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const key = await webcrypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt']);
  const sealed = new Uint8Array(await webcrypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, update));
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (socket) => socket.send(sealed));
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push(await once());
    return times.sort((a, b) => a - b)[1]!;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  async function once(): Promise<number> {
    return page.evaluate(
      async ({ url, rawKey, iv }) => {
        const w = globalThis as FloorWindow;
        const start = performance.now();
        const socket = new WebSocket(url);
        socket.binaryType = 'arraybuffer';
        const data = await new Promise<ArrayBuffer>((resolve, reject) => {
          socket.addEventListener('message', (event) => resolve(event.data as ArrayBuffer), { once: true });
          socket.addEventListener('error', () => reject(new Error('the floor server could not be reached')), { once: true });
        });
        socket.close();
        const key = await crypto.subtle.importKey('raw', Uint8Array.from(rawKey), 'AES-GCM', false, ['decrypt']);
        const plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: Uint8Array.from(iv) }, key, data));
        w.__Y.applyUpdate(new w.__Y.Doc(), plain);
        return performance.now() - start;
      },
      { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, rawKey: [...rawKey], iv: [...iv] },
    );
  }
};
