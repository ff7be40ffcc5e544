import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createSecret,
  deriveRoomId,
  inviteCode,
  inviteLink,
  parseInvite,
  readSettings,
  saveSettings,
  defaultSettings,
  DEFAULT_SIGNALLING,
  DEFAULT_RELAY,
} from '../../src/core';
import { testContext } from './helpers';

describe('invites', () => {
  it('carry a 192-bit secret, in a code and in the fragment of a link', () => {
    const secret = createSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(createSecret()).not.toBe(secret);
    const link = inviteLink('chrome-extension://abc/board.html', secret);
    expect(link).toBe(`chrome-extension://abc/board.html#/join/ubt1.${secret}`);
    expect(new URL(link).pathname).not.toContain(secret);
    expect(parseInvite(link)).toEqual({ ok: true, secret });
    expect(parseInvite(`  ${inviteCode(secret)}\n`)).toEqual({ ok: true, secret });
  });

  it.each([
    ['', /Paste the invite/],
    ['hello', /not a UBT Board invite/],
    ['ubt1.abc', /incomplete or damaged .* 3 characters/],
  ])('explains what is wrong with %j', (text, message) => {
    const parsed = parseInvite(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('derives a stable public room id that does not reveal the secret', async () => {
    const secret = 'A'.repeat(32);
    const room = await deriveRoomId(secret);
    // SHA-256("ubt-board room v1\nAAAA…") computed independently with `printf 'ubt-board room v1\nAAAA…' | sha256sum`.
    expect(room).toBe('ubt-9ec692747eaa277e9ea056cb7076dc06');
    expect(await deriveRoomId(secret)).toBe(room);
    expect(await deriveRoomId('B'.repeat(32))).not.toBe(room);
    expect(room).not.toContain(secret);
  });
});

describe('settings', () => {
  it('default to the local signalling server and no STUN or TURN', () => {
    const settings = readSettings(new Y.Doc(), 'u1');
    expect(settings).toEqual(defaultSettings('u1'));
    expect(settings.signalling).toEqual([DEFAULT_SIGNALLING]);
    expect(settings.iceServers).toEqual([]);
  });

  it('reject bad addresses with a message naming the field, and keep what was saved', () => {
    const doc = new Y.Doc();
    saveSettings(doc, { ...defaultSettings('u1'), displayName: 'Ana' }, testContext());
    expect(() => saveSettings(doc, { ...defaultSettings('u1'), signalling: ['http://example.org'] }, testContext())).toThrow(
      /signalling.0: must be a ws:\/\/ or wss:\/\//,
    );
    expect(() =>
      saveSettings(doc, { ...defaultSettings('u1'), iceServers: [{ urls: ['example.org:3478'], username: '', credential: '' }] }, testContext()),
    ).toThrow(/iceServers.0.urls.0: must start with stun:/);
    expect(readSettings(doc, 'u1').displayName).toBe('Ana');
  });

  it('fall back field by field when stored settings are damaged', () => {
    const doc = new Y.Doc();
    doc.getMap('settings').set('value', { displayName: 'Ana', signalling: 'not a list', role: 'labour-co-lead' });
    expect(readSettings(doc, 'u1')).toMatchObject({ displayName: 'Ana', role: 'union-co-lead', signalling: [DEFAULT_SIGNALLING] });
  });

  it('give settings saved before the relay existed the local relay, and accept only ws(s) relay addresses', () => {
    const doc = new Y.Doc();
    doc.getMap('settings').set('value', { version: 1, userId: 'u1', displayName: 'Ana', role: 'member', signalling: [DEFAULT_SIGNALLING], iceServers: [] });
    expect(readSettings(doc, 'u1')).toMatchObject({ displayName: 'Ana', relays: [DEFAULT_RELAY], iceTransportPolicy: 'all' });
    expect(DEFAULT_RELAY).toBe('ws://127.0.0.1:4444/relay');
    expect(() => saveSettings(doc, { ...defaultSettings('u1'), relays: ['https://relay.example.org'] }, testContext())).toThrow(
      /relays.0: must be a ws:\/\/ or wss:\/\//,
    );
    saveSettings(doc, { ...defaultSettings('u1'), relays: [], iceTransportPolicy: 'relay' }, testContext());
    expect(readSettings(doc, 'u1')).toMatchObject({ relays: [], iceTransportPolicy: 'relay' });
  });
});

describe('the invite code people type from a poster', async () => {
  const core = await import('../../src/core');
  const secret = core.createSecret();
  const code = core.typeableCode(secret);

  it('is eight groups of five capitals and digits without look-alikes, and reads back to the same secret', () => {
    expect(code).toMatch(/^UBT(-[0-9A-HJKMNP-TV-Z]{5}){8}$/);
    expect(core.parseInvite(code)).toEqual({ ok: true, secret });
    // Typed in lower case, with spaces, and with O for 0 and I or L for 1.
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(core.parseInvite(`  ${sloppy} `)).toEqual({ ok: true, secret });
    // The older ubt1. codes and links still work.
    expect(core.parseInvite(core.inviteCode(secret))).toEqual({ ok: true, secret });
  });

  it('catches every single mistyped character and says what to check', () => {
    const symbols = code.slice(4).replace(/-/g, '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let caught = 0;
    for (let i = 0; i < symbols.length; i++)
      for (const c of alphabet) {
        if (c === symbols[i]) continue;
        const typo = `UBT-${symbols.slice(0, i)}${c}${symbols.slice(i + 1)}`;
        const parsed = core.parseInvite(typo);
        if (!parsed.ok && parsed.error.includes('mistyped')) caught++;
      }
    expect(caught).toBe(40 * 31);
    const short = core.parseInvite(code.slice(0, -6));
    expect(short).toEqual({ ok: false, error: expect.stringContaining('This code has 35 characters after “UBT”; an invite code has 40') });
    expect(core.parseInvite('UBT-ABCDE-#')).toEqual({ ok: false, error: expect.stringContaining('“#” is not in an invite code') });
  });

  it('catches two neighbouring characters swapped, nearly always', () => {
    const symbols = code.slice(4).replace(/-/g, '');
    let swaps = 0;
    let caught = 0;
    for (let i = 0; i + 1 < symbols.length; i++) {
      if (symbols[i] === symbols[i + 1]) continue;
      swaps++;
      const typo = `UBT-${symbols.slice(0, i)}${symbols[i + 1]}${symbols[i]}${symbols.slice(i + 2)}`;
      if (!core.parseInvite(typo).ok) caught++;
    }
    // Luhn mod 32 misses a swap of the two values whose doubled sums coincide (0 and 31): rare.
    expect(caught / swaps).toBeGreaterThan(0.9);
  });
});
