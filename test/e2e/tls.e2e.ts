import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { browsersPerTest, CHROMIUM } from './browser';
import { configure, createBoardThroughUi, goTo, joinThroughUi, relayText, statusText, CONNECTED_TO_ONE } from './flows';
import { startNginx, type Nginx } from './nginx';
import { startServer, type UbtServer } from '../../src/server/server';

/**
 * The deployment a hospital's IT runs: the server on 127.0.0.1 behind Debian's nginx with TLS, using the
 * configuration the README gives (deploy/nginx/ubt-board.conf), and a certificate the test makes with
 * openssl. Chromium trusts that one certificate by its key hash, nothing else. The extension reaches
 * signalling and the relay only through wss://, and the phone page only through https://.
 */
let server: UbtServer;
let nginx: Nginx;
const relayFrames: string[] = [];
beforeAll(async () => {
  server = await startServer({ port: 0, trustedProxies: ['127.0.0.1'], onRelayFrame: (direction, text) => direction === 'in' && relayFrames.push(text) });
  nginx = await startNginx(server.port);
});
afterAll(async () => {
  await nginx?.stop();
  await server?.close();
});
const browsers = browsersPerTest(afterEach);

describe('behind nginx with TLS', () => {
  it('two co-leads sync over wss:// (WebRTC through signalling, and the relay), and a phone sends an idea over https://', { timeout: 240_000 }, async () => {
    const trust = { args: [`--ignore-certificate-errors-spki-list=${nginx.certificate.spki}`] };
    const signalling = `wss://localhost:${nginx.port}`;
    const relays = `wss://localhost:${nginx.port}/relay`;
    const a = await browsers.launch(undefined, trust);
    const b = await browsers.launch(undefined, trust);
    await configure(a, { name: 'Ana Ruiz', role: 'manager-co-lead', signalling, relays });
    await configure(b, { name: 'Ben Okafor', role: 'union-co-lead', signalling, relays });
    // Settings say nothing about plain text: these addresses are encrypted.
    const options = await a.page('options.html');
    await options.getByLabel('Relay addresses').waitFor();
    expect(await options.getByText(/without TLS/).count()).toBe(0);
    await options.close();

    const boardA = await a.page('board.html');
    await createBoardThroughUi(boardA, { team: 'Labor & Delivery 3 North', me: 'Ana Ruiz' });
    await boardA.getByRole('button', { name: 'Share' }).click();
    await boardA.getByRole('button', { name: 'Create the invites' }).click();
    const invite = await boardA.getByLabel('Co-leads’ invite link', { exact: true }).inputValue();
    const dropLink = await boardA.getByLabel('Drop-box link (the poster)', { exact: true }).inputValue();
    await boardA.getByRole('button', { name: 'Close' }).click();
    // The poster's link is the phone page on the same TLS address as the relay.
    expect(dropLink).toMatch(new RegExp(`^https://localhost:${nginx.port}/add#ubt1d\\.`));

    const boardB = await b.page('board.html');
    await joinThroughUi(boardB, invite);
    await expect.poll(() => statusText(boardB), { timeout: 60_000 }).toMatch(CONNECTED_TO_ONE);
    await expect.poll(() => relayText(boardA), { timeout: 60_000 }).toMatch(/Relay synced/);
    await goTo(boardB, 'Ideas');
    await boardB.getByLabel('New idea').fill('Epidural cart restocked at 07:00 and 19:00: 1,400 deliveries a year wait less');
    await boardB.getByRole('button', { name: 'Add idea' }).click();
    await goTo(boardA, 'Ideas');
    await boardA.getByText('Epidural cart restocked at 07:00 and 19:00').waitFor({ timeout: 30_000 });

    // A phone (a plain browser that trusts the same certificate) opens the poster's link: WebCrypto needs
    // the secure context that https:// gives, and the idea goes sealed through wss://…/relay.
    const phoneBrowser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', ...trust.args] });
    try {
      const phone = await (await phoneBrowser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage();
      const plain: string[] = [];
      phone.on('request', (request) => !request.url().startsWith('https://') && !request.url().startsWith('wss://') && plain.push(request.url()));
      phone.on('websocket', (socket) => !socket.url().startsWith('wss://') && plain.push(socket.url()));
      await phone.goto(dropLink);
      expect(await phone.evaluate(() => window.isSecureContext)).toBe(true);
      await phone.getByLabel('Your idea').fill('Cuarto 12: la bomba de infusión pita toda la noche; ¿revisarla cada turno?');
      await phone.getByRole('button', { name: 'Send to the team' }).click();
      await phone.getByText('Sent to your team’s inbox.', { exact: false }).waitFor({ timeout: 30_000 });
      expect(plain).toEqual([]);
    } finally {
      await phoneBrowser.close();
    }
    await boardA.getByText('Cuarto 12: la bomba de infusión pita toda la noche').waitFor({ timeout: 60_000 });

    // Everything went through nginx: the relay saw both browsers' hellos and the phone's drop, and
    // nginx logged the upgrades to / and /relay once the browsers closed.
    expect(relayFrames.filter((frame) => frame.startsWith('{"type":"hello"')).length).toBeGreaterThanOrEqual(2);
    expect(relayFrames.some((frame) => frame.startsWith('{"type":"drop"'))).toBe(true);
    await a.close();
    await b.close();
    await expect.poll(() => nginx.accessLog().filter((line) => line === 'GET / 101').length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    expect(nginx.accessLog().filter((line) => line === 'GET /relay 101').length).toBeGreaterThanOrEqual(3);
    expect(nginx.accessLog()).toContain('GET /add 200');
  });
});
