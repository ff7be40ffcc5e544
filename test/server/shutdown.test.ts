import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecret } from '../../src/core';
import { startServer } from '../../src/server/server';
import { deriveRelayKeys } from '../../src/sync/relay/crypto';
import { freePort } from '../relay/redis';
import { openSocket } from './socket';

const until = async (check: () => boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
};

describe('stopping the server', () => {
  it('on SIGTERM tells clients it is going, exits 0, and leaves the whole store in its one SQLite file', { timeout: 60_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ubt-stop-')), 'relay.sqlite');
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '--port', String(port), '--store', `sqlite:${file}`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await until(() => out.includes('listening'), 30_000);
    const { token } = await deriveRelayKeys({ kind: 'write', secret: createSecret() });
    const client = await openSocket(`ws://127.0.0.1:${port}/relay`);
    let closedWith = 0;
    client.ws.on('close', (code) => (closedWith = code));
    client.send({ type: 'hello', as: 'write', token, since: 0 });
    await until(() => client.inbox.some((m) => m.type === 'synced'));
    for (let i = 0; i < 20; i++) client.send({ type: 'push', id: `p${i}`, data: Buffer.alloc(4000, i).toString('base64') });
    await until(() => client.inbox.filter((m) => m.type === 'ack').length === 20);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(closedWith).toBe(1001);
    expect(out).toContain('SIGTERM: shutting down');
    // The write-ahead log was folded into the file: copying the one file is a whole backup.
    expect(!existsSync(`${file}-wal`) || statSync(`${file}-wal`).size === 0).toBe(true);
    const again = await startServer({ port: 0, store: `sqlite:${file}` });
    try {
      const reader = await openSocket(again.relayUrl);
      reader.send({ type: 'hello', as: 'write', token, since: 0 });
      await until(() => reader.inbox.some((m) => m.type === 'synced'));
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
    await until(() => writer.inbox.some((m) => m.type === 'synced'));
    for (let i = 0; i < 30; i++) writer.send({ type: 'push', id: `p${i}`, data: Buffer.alloc(2000, i).toString('base64') });
    await until(() => writer.inbox.filter((m) => m.type === 'ack').length === 30);
    // Still writing while the copy is taken.
    for (let i = 30; i < 40; i++) writer.send({ type: 'push', id: `p${i}`, data: Buffer.alloc(2000, i).toString('base64') });
    const copy = join(dir, 'copy.sqlite');
    expect(await backupSqliteStore(join(dir, 'relay.sqlite'), copy)).toBeGreaterThan(0);
    await until(() => writer.inbox.filter((m) => m.type === 'ack').length === 40);
    writer.ws.close();
    await server.close();
    const restored = await startServer({ port: 0, store: `sqlite:${copy}` });
    try {
      const reader = await openSocket(restored.relayUrl);
      reader.send({ type: 'hello', as: 'write', token, since: 0 });
      await until(() => reader.inbox.some((m) => m.type === 'synced'));
      const entries = reader.inbox.filter((m) => m.type === 'entry').length;
      expect(entries).toBeGreaterThanOrEqual(30);
      expect(entries).toBeLessThanOrEqual(40);
      reader.ws.close();
    } finally {
      await restored.close();
    }
  });
});
