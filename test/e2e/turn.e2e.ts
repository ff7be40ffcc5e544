import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsersPerTest, type ExtensionBrowser } from './browser';
import { configure, createBoardThroughUi, createInvite, goTo, joinThroughUi, statusText, CONNECTED_TO_ONE } from './flows';
import { startServer, type UbtServer } from '../../src/server/server';
import { freePort } from '../relay/redis';

/**
 * What a hospital's IT sets up when only TURN gets through: Debian's coturn on 127.0.0.1 with a static
 * user, both co-leads' browsers told to use it and nothing else (“only through the TURN servers”), and
 * no relay (mailbox), so an edit can only travel over WebRTC relayed by coturn.
 */
let turn: ChildProcess;
let turnLog = '';
let turnPort = 0;
let server: UbtServer;
beforeAll(async () => {
  turnPort = await freePort();
  const minPort = 40000 + Math.floor(Math.random() * 20000);
  turn = spawn(
    'turnserver',
    [
      '-n',
      '--listening-ip=127.0.0.1',
      '--relay-ip=127.0.0.1',
      `--listening-port=${turnPort}`,
      `--min-port=${minPort}`,
      `--max-port=${minPort + 100}`,
      '--lt-cred-mech',
      '--user=ubt-ward:turn-pass-4w',
      '--realm=hospital.test',
      '--no-tls',
      '--no-dtls',
      '--allow-loopback-peers',
      '--no-cli',
      '--fingerprint',
      `--userdb=${join(mkdtempSync(join(tmpdir(), 'ubt-turn-')), 'turndb')}`,
      '--log-file=stdout',
      '--verbose',
      '--simple-log',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  turn.stdout!.on('data', (chunk: Buffer) => (turnLog += chunk.toString()));
  turn.stderr!.on('data', (chunk: Buffer) => (turnLog += chunk.toString()));
  for (let i = 0; i < 150 && !/listener opened on/i.test(turnLog); i++) await new Promise((r) => setTimeout(r, 100));
  if (!/listener opened on/i.test(turnLog)) throw new Error(`coturn did not start (is Debian's coturn installed?):\n${turnLog}`);
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  turn?.kill('SIGTERM');
  await server?.close();
});
const browsers = browsersPerTest(afterEach);

const useTurnOnly = async (browser: ExtensionBrowser) => {
  const page = await browser.page('options.html');
  await page.getByRole('button', { name: 'Add a STUN or TURN server' }).click();
  await page.getByLabel('Addresses (turn:host:port, one or more, separated by spaces)').fill(`turn:127.0.0.1:${turnPort}?transport=udp`);
  await page.getByLabel('Username').fill('ubt-ward');
  await page.getByLabel('Password or credential').fill('turn-pass-4w');
  await page.getByLabel(/Connect to co-leads only\s+through the TURN servers above/).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Saved.').waitFor();
  await page.close();
};

describe('TURN only (a locked-down hospital network)', () => {
  it('co-leads connect through coturn alone and an edit arrives', { timeout: 120_000 }, async () => {
    const a = await browsers.launch();
    const b = await browsers.launch();
    await configure(a, { name: 'Ana', role: 'manager-co-lead', signalling: server.url });
    await configure(b, { name: 'Ben', role: 'union-co-lead', signalling: server.url });
    await useTurnOnly(a);
    await useTurnOnly(b);
    const boardA: Page = await a.page('board.html');
    await createBoardThroughUi(boardA, { team: 'Med-Surg 4 West', me: 'Ana' });
    const invite = await createInvite(boardA);
    const boardB = await b.page('board.html');
    await joinThroughUi(boardB, invite);
    await boardB.locator('.presence .status-pill', { hasText: CONNECTED_TO_ONE }).waitFor({ timeout: 60_000 });
    await goTo(boardA, 'Ideas');
    await goTo(boardB, 'Ideas');
    await boardA.getByLabel('New idea').fill('Stage wheelchairs at the entrance by 10');
    await boardA.getByRole('button', { name: 'Add idea' }).click();
    await boardB.getByText('Stage wheelchairs at the entrance by 10').first().waitFor({ timeout: 30_000 });
    // coturn authenticated our user and relayed the peers' traffic.
    expect(turnLog).toMatch(/user <ubt-ward>[^\n]*ALLOCATE processed, success/);
    expect(turnLog).toMatch(/user <ubt-ward>[^\n]*CHANNEL_BIND processed, success/);
    // Proof that nothing went around coturn: once it stops, the co-leads lose each other.
    turn.kill('SIGKILL');
    await expect.poll(() => statusText(boardB), { timeout: 60_000 }).not.toMatch(CONNECTED_TO_ONE);
  });
});
