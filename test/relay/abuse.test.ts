import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { deriveRelayKeys } from '../../src/sync/relay/crypto';
import { readTokenOfWrite } from '../../src/server/relayTokens';
import { newBoard, relayTestbed, until } from './helpers';

/** The relay under load from one address: what a hospital's IT tries before allowing it (issue 23). */
const { serve } = relayTestbed();

const socket = async (url: string, headers: Record<string, string> = {}) => {
  const ws = new WebSocket(url, { headers });
  const inbox: Record<string, unknown>[] = [];
  ws.on('message', (raw) => inbox.push(JSON.parse(raw.toString())));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, inbox, send: (frame: unknown) => ws.send(JSON.stringify(frame)) };
};

describe('the relay under load', () => {
  it('a fresh reader of a large room gets all of it: the catch-up waits for the socket to drain', { timeout: 60_000 }, async () => {
    // 1 MiB may wait per connection; the room holds 12 MiB.
    const server = await serve({ relayMaxBufferedBytes: 1024 * 1024 + 512 * 1024 });
    const board = await newBoard();
    const { token } = await deriveRelayKeys({ kind: 'write', secret: board.secret });
    const writer = await socket(server.relayUrl);
    writer.send({ type: 'hello', as: 'write', token, since: 0 });
    await until(() => writer.inbox.some((m) => m.type === 'synced'));
    const entry = Buffer.alloc(900 * 1024, 7).toString('base64');
    for (let i = 0; i < 14; i++) writer.send({ type: 'push', id: `p${i}`, data: entry });
    await until(() => writer.inbox.filter((m) => m.type === 'ack').length === 14, 30_000);
    writer.ws.close();
    const reader = await socket(server.relayUrl);
    reader.send({ type: 'hello', as: 'write', token, since: 0 });
    await until(() => reader.inbox.some((m) => m.type === 'synced'), 30_000);
    expect(reader.inbox.filter((m) => m.type === 'entry').length).toBe(14);
    reader.ws.close();
  });
});

describe('junk rooms from one address', () => {
  it('caps new rooms and stored bytes per client address, and a client at another address still gets in', { timeout: 30_000 }, async () => {
    const server = await serve({
      trustedProxies: ['127.0.0.1'],
      relayLimits: { roomsPerHourAddress: 1, roomBurstAddress: 5, bytesPerSecondAddress: 1024, byteBurstAddress: 800 * 1024 },
    });
    const from = (address: string) => socket(server.relayUrl, { 'X-Forwarded-For': address });
    const open = async (address: string) => {
      const { token } = await deriveRelayKeys({ kind: 'write', secret: (await newBoard()).secret });
      const client = await from(address);
      client.send({ type: 'hello', as: 'write', token, since: 0 });
      await until(() => client.inbox.some((m) => m.type === 'synced' || m.type === 'error'));
      return client;
    };
    const attacker = [];
    for (let i = 0; i < 7; i++) attacker.push(await open('10.66.6.6'));
    const refused = attacker.filter((c) => c.inbox.some((m) => m.type === 'error' && m.code === 'rate-limited'));
    expect(refused).toHaveLength(2);
    await until(() => refused.every((c) => c.ws.readyState === WebSocket.CLOSED));
    // 800 KiB of frames may come at once from this address, then 1 KiB a second: the third 256 KiB entry (as base64) waits.
    const [first] = attacker;
    for (let i = 0; i < 3; i++) first!.send({ type: 'push', id: `j${i}`, data: Buffer.alloc(256 * 1024, i).toString('base64') });
    await until(() => first!.inbox.filter((m) => m.type === 'ack' || (m.type === 'error' && m.id)).length === 3);
    expect(first!.inbox.filter((m) => m.type === 'ack')).toHaveLength(2);
    expect(first!.inbox.find((m) => m.type === 'error' && m.id === 'j2')?.code).toBe('rate-limited');
    // A nurse elsewhere in the hospital is not held back by that address.
    const nurse = await open('10.1.2.3');
    expect(nurse.inbox.some((m) => m.type === 'synced')).toBe(true);
    nurse.send({ type: 'push', id: 'n1', data: Buffer.alloc(256 * 1024, 9).toString('base64') });
    await until(() => nurse.inbox.some((m) => m.type === 'ack'));
    for (const c of [...attacker, nurse]) c.ws.close();
  });
});

describe('the memory that catch-ups take together', () => {
  it('stays within the server-wide budget: readers beyond it wait their turn, and every one gets the whole room', { timeout: 60_000 }, async () => {
    const server = await serve({ catchUpBudgetBytes: 6 * 1024 * 1024 });
    const board = await newBoard();
    const { token } = await deriveRelayKeys({ kind: 'write', secret: board.secret });
    const writer = await socket(server.relayUrl);
    writer.send({ type: 'hello', as: 'write', token, since: 0 });
    await until(() => writer.inbox.some((m) => m.type === 'synced'));
    for (let i = 0; i < 5; i++) writer.send({ type: 'push', id: `p${i}`, data: Buffer.alloc(1024 * 1024, i).toString('base64') });
    await until(() => writer.inbox.filter((m) => m.type === 'ack').length === 5, 30_000);
    writer.ws.close();
    const budget = async () => {
      const text = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
      const value = (what: string) => Number(new RegExp(`ubt_relay_catch_up_bytes\\{what="${what}"\\} (\\d+)`).exec(text)?.[1]);
      return { used: value('used'), waiting: value('readers-waiting'), total: value('budget') };
    };
    // Four readers of a 5 MiB room that do not read yet: the first holds the budget, three wait.
    const readers = await Promise.all(Array.from({ length: 4 }, () => socket(server.relayUrl)));
    for (const reader of readers) {
      (reader.ws as unknown as { _socket: { pause(): void } })._socket.pause();
      reader.send({ type: 'hello', as: 'read', token: readTokenOfWrite(token), since: 0 });
    }
    const seen = await vi.waitFor(
      async () => {
        const now = await budget();
        expect(now.waiting).toBe(3);
        return now;
      },
      { timeout: 10_000, interval: 20 },
    );
    expect(seen.total).toBe(6 * 1024 * 1024);
    expect(seen.used).toBeLessThanOrEqual(6 * 1024 * 1024);
    for (const reader of readers) (reader.ws as unknown as { _socket: { resume(): void } })._socket.resume();
    await until(() => readers.every((r) => r.inbox.some((m) => m.type === 'synced')), 30_000);
    for (const reader of readers) expect(reader.inbox.filter((m) => m.type === 'entry')).toHaveLength(5);
    expect(await budget()).toEqual({ used: 0, waiting: 0, total: 6 * 1024 * 1024 });
    for (const reader of readers) reader.ws.close();
  });
});

describe('connections from one address, and from web pages', () => {
  it('closes a relay connection that never says hello, and caps connections per address', { timeout: 30_000 }, async () => {
    const server = await serve({ relayHelloTimeoutMs: 300, maxConnectionsPerAddress: 10 });
    const silent = await Promise.all(Array.from({ length: 10 }, () => socket(server.relayUrl)));
    // The eleventh, while ten are open, is refused at the door.
    await expect(socket(server.relayUrl)).rejects.toThrow(/429/);
    await until(() => silent.every((s) => s.ws.readyState === WebSocket.CLOSED), 5_000);
    // Once they are closed, an honest client gets in and works.
    const board = await newBoard();
    const { token } = await deriveRelayKeys({ kind: 'write', secret: board.secret });
    const honest = await socket(server.relayUrl);
    honest.send({ type: 'hello', as: 'write', token, since: 0 });
    await until(() => honest.inbox.some((m) => m.type === 'synced'));
    await new Promise((r) => setTimeout(r, 500));
    expect(honest.ws.readyState).toBe(WebSocket.OPEN);
    honest.ws.close();
  });

  it('behind a trusted proxy, counts each client under the address X-Forwarded-For names; from anyone else, ignores the header', {
    timeout: 30_000,
  }, async () => {
    const proxied = await serve({ maxConnectionsPerAddress: 3, trustedProxies: ['127.0.0.1'] });
    const from = (address: string) => socket(proxied.relayUrl, { 'X-Forwarded-For': address });
    // Three nurses' browsers behind the hospital's proxy, and three more from another address: all get in.
    const open = await Promise.all([...['10.1.2.3', '10.1.2.3', '10.1.2.3'].map(from), ...['10.9.9.9', '10.9.9.9', '10.9.9.9'].map(from)]);
    await expect(from('10.1.2.3')).rejects.toThrow(/429/);
    // A client cannot get past its limit by writing its own header: the proxy appends the address it saw.
    await expect(from('1.1.1.1, 10.1.2.3')).rejects.toThrow(/429/);
    for (const s of open) s.ws.close();

    // Not a trusted proxy: every connection counts under the peer's own address, whatever it claims.
    const direct = await serve({ maxConnectionsPerAddress: 3 });
    const claimed = await Promise.all(['10.0.0.1', '10.0.0.2', '10.0.0.3'].map((address) => socket(direct.relayUrl, { 'X-Forwarded-For': address })));
    await expect(socket(direct.relayUrl, { 'X-Forwarded-For': '10.0.0.4' })).rejects.toThrow(/429/);
    for (const s of claimed) s.ws.close();
  });

  it('lets in the extension, its own phone page and configured origins, and refuses any other web page', async () => {
    const server = await serve({ allowedOrigins: ['https://intranet.hospital.example'] });
    const host = new URL(server.url).host;
    for (const origin of [
      'chrome-extension://nnllkdpebjebdpahkldeefadmcebkgmo',
      'moz-extension://0b6f3c4e-2f7a-4d0e-9a51-2c1b8f0e7d11',
      `http://${host}`,
      'https://intranet.hospital.example',
    ]) {
      const ok = await socket(server.relayUrl, { Origin: origin });
      ok.ws.close();
    }
    for (const origin of ['https://evil.example', 'chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'null'])
      await expect(socket(server.relayUrl, { Origin: origin })).rejects.toThrow(/403/);
    await expect(socket(server.url, { Origin: 'https://evil.example' })).rejects.toThrow(/403/);
  });
});
