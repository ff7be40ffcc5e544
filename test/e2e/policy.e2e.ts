import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browsersPerTest } from './browser';
import { createBoardThroughUi, createInvite, relayText } from './flows';
import { seriousViolations } from './axe';
import { clickButton, fillLabelled, firefoxProfile, type FirefoxProfile } from './firefox';
import { startServer, EXTENSION_ORIGIN, type UbtServer } from '../../src/server/server';

/**
 * Central deployment by a hospital's IT: the servers come from policy, not from each person. Chromium reads
 * /etc/chromium/policies/managed/*.json (the extension's part checked against public/managed_schema.json),
 * firefox-esr reads policies.json beside its binary (`3rdparty.Extensions`). Each file is written for one
 * test and removed after it, so no other test sees a policy.
 */
const CHROMIUM_POLICY = '/etc/chromium/policies/managed/ubt-board-test.json';
const FIREFOX_POLICY = '/usr/lib/firefox-esr/distribution/policies.json';
const CHROME_ID = new URL(EXTENSION_ORIGIN).host;
const FIREFOX_ID = 'ubt-board@unit-based-teams.invalid';

let server: UbtServer;
const hellos: string[] = [];
beforeAll(async () => {
  server = await startServer({ port: 0, onRelayFrame: (direction, text) => direction === 'in' && text.startsWith('{"type":"hello"') && hellos.push(text) });
});
afterAll(async () => {
  await server?.close();
});
const written: string[] = [];
const writePolicy = (file: string, policy: unknown) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(policy, null, 2));
  written.push(file);
};
afterEach(() => {
  for (const file of written.splice(0)) rmSync(file, { force: true });
});
const browsers = browsersPerTest(afterEach);
const profiles: FirefoxProfile[] = [];
afterEach(() => {
  for (const profile of profiles.splice(0)) profile.dispose();
});

const managed = () => ({
  signallingServers: [server.url],
  relays: [server.relayUrl],
  iceServers: [{ urls: ['turns:turn.kp-west.example.org:5349'], username: 'ubt-board', credential: 'Vq7-3kLm-88Zt' }],
  relayOnlyIce: false,
  lockServerSettings: true,
});

describe('settings from the organisation', () => {
  it('Chromium: the policy sets and locks the servers, the options page says so, and the engine uses them', { timeout: 120_000 }, async () => {
    writePolicy(CHROMIUM_POLICY, { '3rdparty': { extensions: { [CHROME_ID]: managed() } } });
    const browser = await browsers.launch();
    // Before anyone saves a setting here, the engine (Chrome's offscreen document, which asks the
    // background for the policy) connects to the policy's relay.
    const board = await browser.page('board.html');
    await createBoardThroughUi(board, { team: 'Oncology Infusion 2', me: 'Dana Lee' });
    const before = hellos.length;
    await createInvite(board);
    await expect.poll(() => relayText(board), { timeout: 30_000 }).toMatch(/Relay synced/);
    expect(hellos.length).toBeGreaterThan(before);

    const options = await browser.page('options.html');
    const relays = options.getByLabel('Relay addresses');
    await expect.poll(() => relays.inputValue(), { timeout: 20_000 }).toBe(server.relayUrl);
    expect(await options.getByLabel('Signalling server addresses').inputValue()).toBe(server.url);
    expect(await relays.getAttribute('readonly')).not.toBeNull();
    expect(await options.getByLabel('Addresses (turn:host:port, one or more, separated by spaces)').inputValue()).toBe('turns:turn.kp-west.example.org:5349');
    expect(await options.getByLabel('Username').inputValue()).toBe('ubt-board');
    expect(await options.getByRole('button', { name: 'Add a STUN or TURN server' }).count()).toBe(0);
    expect(await options.getByText('Set by your organisation; it cannot be changed here.').count()).toBe(4);
    expect(await options.getByRole('note').textContent()).toContain('Your organisation manages this browser');
    // The note is what a screen reader hears on the field.
    expect(await relays.getAttribute('aria-describedby')).toBe('managed-relays');
    // Typing into a locked field changes nothing; the person's own fields still save.
    await relays.press('End');
    await options.keyboard.type('x');
    expect(await relays.inputValue()).toBe(server.relayUrl);
    await options.getByLabel('Display name').fill('Dana Lee');
    await options.getByLabel('Role').selectOption('manager-co-lead');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('Saved.').waitFor();
    await options.screenshot({ path: '/tmp/ubt-options-policy.png', fullPage: true });
    expect(await seriousViolations(options, 'Options with a policy')).toEqual([]);
    await options.close();
  });

  it('Firefox: policies.json sets and locks the servers, and the add-on connects to that relay', { timeout: 120_000 }, async () => {
    writePolicy(FIREFOX_POLICY, { policies: { '3rdparty': { Extensions: { [FIREFOX_ID]: managed() } } } });
    const profile = firefoxProfile();
    profiles.push(profile);
    const { browser, board } = await profile.launch();
    try {
      await expect.poll(() => board.evaluate(() => document.body.textContent), { timeout: 20_000 }).toContain('Create a team board');
      const before = hellos.length;
      await fillLabelled(board, 'Team name (required)', 'Oncology Infusion 2');
      await fillLabelled(board, 'Your name', 'Fran Ortiz');
      await clickButton(board, 'Create board');
      await expect.poll(() => board.evaluate(() => document.body.textContent)).toContain('Value Compass');
      await clickButton(board, 'Share');
      await clickButton(board, 'Create the invites');
      await expect.poll(() => hellos.length, { timeout: 30_000 }).toBeGreaterThan(before);

      await board.evaluate(() => location.assign('/options.html'));
      await expect.poll(() => board.evaluate(() => document.body.textContent), { timeout: 20_000 }).toContain('Set by your organisation');
      const field = await board.evaluate(() => {
        const relays = document.getElementById('opt-relays') as HTMLTextAreaElement;
        return { value: relays.value, readOnly: relays.readOnly, signalling: (document.getElementById('opt-signalling') as HTMLTextAreaElement).value };
      });
      expect(field).toEqual({ value: server.relayUrl, readOnly: true, signalling: server.url });
    } finally {
      await browser.close();
    }
  });
});
