import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecret } from '../../src/core';
import { startServer } from '../../src/server/server';
import { deriveRelayKeys } from '../../src/sync/relay/crypto';
import { freePort, startRedis } from '../relay/redis';
import { openSocket } from './socket';
import { until } from '../support/until';

const untilLong = (check: () => boolean, ms = 15_000) => until(check, ms);

describe('stopping the server', () => {
  it('on SIGTERM tells clients it is going, exits 0, and leaves the whole store in its one SQLite file; its logs and --record hold no token', {
    timeout: 60_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ubt-stop-'));
    const file = join(dir, 'relay.sqlite');
    const record = join(dir, 'frames.jsonl');
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '--port', String(port), '--store', `sqlite:${file}`, '--record', record], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await untilLong(() => out.includes('listening'), 30_000);
    const { token } = await deriveRelayKeys({ kind: 'write', secret: createSecret() });
    const client = await openSocket(`ws://127.0.0.1:${port}/relay`);
    let closedWith = 0;
    client.ws.on('close', (code) => (closedWith = code));
    client.send({ type: 'hello', as: 'write', token, since: 0 });
    await untilLong(() => client.inbox.some((m) => m.type === 'synced'));
    for (let i = 0; i < 20; i++) client.send({ type: 'push', id: `p${i}`, data: Buffer.alloc(4000, i).toString('base64') });
    await untilLong(() => client.inbox.filter((m) => m.type === 'ack').length === 20);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(closedWith).toBe(1001);
    // Structured logs: one JSON object per line, none with a token in it.
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: number; msg: string; service: string });
    expect(lines.map((line) => line.msg)).toContain('SIGTERM: shutting down (clients get up to 10 s to finish)');
    expect(lines.every((line) => line.service === 'ubt-board' && typeof line.level === 'number')).toBe(true);
    expect(out).not.toContain(token);
    // The recording has every frame, the hello among them, with the token blanked.
    const recorded = readFileSync(record, 'utf8');
    const frames = recorded
      .trim()
      .split('\n')
      .map((line) => JSON.parse(JSON.parse(line).text) as { type: string; token?: string });
    expect(frames.filter((frame) => frame.type === 'push')).toHaveLength(20);
    expect(frames.find((frame) => frame.type === 'hello')?.token).toBe('[token]');
    expect(recorded).not.toContain(token);
    // The write-ahead log was folded into the file: copying the one file is a whole backup.
    expect(!existsSync(`${file}-wal`) || statSync(`${file}-wal`).size === 0).toBe(true);
    const again = await startServer({ port: 0, store: `sqlite:${file}` });
    try {
      const reader = await openSocket(again.relayUrl);
      reader.send({ type: 'hello', as: 'write', token, since: 0 });
      await untilLong(() => reader.inbox.some((m) => m.type === 'synced'));
      expect(reader.inbox.filter((m) => m.type === 'entry').length).toBe(20);
      reader.ws.close();
    } finally {
      await again.close();
    }
  });
});

describe('backing up the store', () => {
  it('copies the SQLite store while the server writes to it, and a server started on the copy serves the same rooms', { timeout: 60_000 }, async () => {
    const { backupSqliteStore } = await import('../../src/server/sqliteStore');
    const dir = mkdtempSync(join(tmpdir(), 'ubt-backup-'));
    const server = await startServer({ port: 0, store: `sqlite:${join(dir, 'relay.sqlite')}` });
    const { token } = await deriveRelayKeys({ kind: 'write', secret: createSecret() });
    const writer = await openSocket(server.relayUrl);
    writer.send({ type: 'hello', as: 'write', token, since: 0 });
    await untilLong(() => writer.inbox.some((m) => m.type === 'synced'));
    for (let i = 0; i < 30; i++) writer.send({ type: 'push', id: `p${i}`, data: Buffer.alloc(2000, i).toString('base64') });
    await untilLong(() => writer.inbox.filter((m) => m.type === 'ack').length === 30);
    // Still writing while the copy is taken.
    for (let i = 30; i < 40; i++) writer.send({ type: 'push', id: `p${i}`, data: Buffer.alloc(2000, i).toString('base64') });
    const copy = join(dir, 'copy.sqlite');
    expect(await backupSqliteStore(join(dir, 'relay.sqlite'), copy)).toBeGreaterThan(0);
    await untilLong(() => writer.inbox.filter((m) => m.type === 'ack').length === 40);
    writer.ws.close();
    await server.close();
    const restored = await startServer({ port: 0, store: `sqlite:${copy}` });
    try {
      const reader = await openSocket(restored.relayUrl);
      reader.send({ type: 'hello', as: 'write', token, since: 0 });
      await untilLong(() => reader.inbox.some((m) => m.type === 'synced'));
      const entries = reader.inbox.filter((m) => m.type === 'entry').length;
      expect(entries).toBeGreaterThanOrEqual(30);
      expect(entries).toBeLessThanOrEqual(40);
      reader.ws.close();
    } finally {
      await restored.close();
    }
  });
});

describe('backing up Redis', () => {
  it('an RDB copy taken with redis-cli --rdb while the server writes, loaded by a new Redis, serves the same rooms', { timeout: 60_000 }, async () => {
    const redis = await startRedis();
    const dir = mkdtempSync(join(tmpdir(), 'ubt-redis-backup-'));
    const server = await startServer({ port: 0, store: redis.url });
    const { token } = await deriveRelayKeys({ kind: 'write', secret: createSecret() });
    try {
      const writer = await openSocket(server.relayUrl);
      writer.send({ type: 'hello', as: 'write', token, since: 0 });
      await untilLong(() => writer.inbox.some((m) => m.type === 'synced'));
      for (let i = 0; i < 25; i++) writer.send({ type: 'push', id: `p${i}`, data: Buffer.alloc(3000, i).toString('base64') });
      await untilLong(() => writer.inbox.filter((m) => m.type === 'ack').length === 25);
      // The documented command: a point-in-time copy from a running Redis, with no restart and no `save` set.
      execFileSync('redis-cli', ['-u', redis.url, '--rdb', join(dir, 'dump.rdb')], { stdio: 'ignore' });
      writer.ws.close();
    } finally {
      await server.close();
      await redis.stop();
    }
    const restoredRedis = await startRedis({ dir, file: 'dump.rdb' });
    const restored = await startServer({ port: 0, store: restoredRedis.url });
    try {
      const reader = await openSocket(restored.relayUrl);
      reader.send({ type: 'hello', as: 'write', token, since: 0 });
      await untilLong(() => reader.inbox.some((m) => m.type === 'synced'));
      const entries = reader.inbox.filter((m) => m.type === 'entry') as unknown as { data: string }[];
      expect(entries).toHaveLength(25);
      expect(Buffer.from(entries[24]!.data, 'base64').equals(Buffer.alloc(3000, 24))).toBe(true);
      reader.ws.close();
    } finally {
      await restored.close();
      await restoredRedis.stop();
    }
  });
});
