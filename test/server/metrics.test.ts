import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type UbtServer } from '../../src/server/server';
import { createSecret } from '../../src/core';
import { deriveRelayKeys } from '../../src/sync/relay/crypto';
import { openSocket } from './socket';
import { until } from '../support/until';

let server: UbtServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});
const http = (url: string) => url.replace(/^ws/, 'http');

describe('what IT monitors', () => {
  it('/healthz answers, and /metrics counts connections, stored entries, rooms and refusals, never a token or a room', async () => {
    server = await startServer({ port: 0 });
    const health = await fetch(`${http(server.url)}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', store: 'sqlite' });

    const { token, room } = await deriveRelayKeys({ kind: 'write', secret: createSecret() });
    const writer = await openSocket(server.relayUrl);
    writer.send({ type: 'hello', as: 'write', token, since: 0 });
    await until(() => writer.inbox.some((m) => m.type === 'synced'));
    for (let i = 0; i < 3; i++) writer.send({ type: 'push', id: `p${i}`, data: Buffer.alloc(1000, i).toString('base64') });
    writer.send({ type: 'snapshot', id: 'bad', covers: 99, data: 'AA==' });
    await until(() => writer.inbox.filter((m) => m.type === 'ack' || m.type === 'error').length === 4);
    const signal = await openSocket(server.url);
    await expect(
      new Promise((resolve, reject) => {
        const ws = new WebSocket(server!.relayUrl, { headers: { Origin: 'https://evil.example' } });
        ws.once('open', resolve);
        ws.once('error', reject);
      }),
    ).rejects.toThrow(/403/);

    const response = await fetch(`${http(server.url)}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^ubt_connections\{kind="relay"\} 1$/m);
    expect(text).toMatch(/^ubt_connections\{kind="signalling"\} 1$/m);
    expect(text).toMatch(/^ubt_relay_entries_total\{kind="update"\} 3$/m);
    expect(text).toMatch(/^ubt_relay_stored\{what="rooms"\} 1$/m);
    expect(text).toMatch(/^ubt_relay_stored\{what="bytes"\} 3000$/m);
    expect(text).toMatch(/^ubt_refusals_total\{reason="origin"\} 1$/m);
    expect(text).toMatch(/^ubt_refusals_total\{reason="relay-stale-snapshot"\} 1$/m);
    expect(text).toMatch(/^ubt_process_resident_memory_bytes \d+/m);
    expect(text).not.toContain(token);
    expect(text).not.toContain(room);
    writer.ws.close();
    signal.ws.close();
  });
});
