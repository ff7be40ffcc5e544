import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  applyCapture,
  capabilityCode,
  createSecret,
  defaultContext,
  dropBoxLink,
  issueDropBox,
  openSubmission,
  parseAnyInvite,
  readBoard,
  readCapabilityOf,
  readDropBox,
  readTokenOf,
  relayOfDropLink,
  relayRoomOf,
  rewrapDropBox,
  sealSubmission,
  setDropBox,
  submissionToCapture,
  unwrapDropKey,
  writeTokenOf,
} from '../../src/core';
import { readTokenOfWrite, roomOfReadToken } from '../../src/server/relayTokens';

const SECRET = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

describe('capability levels', () => {
  it('derives the read capability one way from the write secret, and the relay computes the same room from either token', async () => {
    const read = await readCapabilityOf(SECRET);
    const write = await writeTokenOf(SECRET);
    expect(read.readSecret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(read.readToken).toBe(await readTokenOf(write));
    expect(read.readToken).toBe(readTokenOfWrite(write));
    expect(roomOfReadToken(read.readToken)).toBe(await relayRoomOf(read.readToken));
    // Nothing a reader holds is the write token or the secret.
    for (const part of [read.readSecret, read.readToken]) expect([write, SECRET]).not.toContain(part);
    // Fixed vectors, so another program can check its derivation against docs/PROTOCOL.md.
    expect({ write, ...read }).toMatchInlineSnapshot(`
      {
        "readSecret": "kG1c7Rkh0nZZYdb1b5sml5e8Op5cqWKE",
        "readToken": "lQi5gjXXflJglgJFX6RWvhZjdhJF-B81",
        "write": "POnMPBpSRNTDHk-A_QzOxaRlkLiI5ZoW",
      }
    `);
  });

  it('writes and reads each kind of invite, and says what is wrong with a damaged one', async () => {
    const read = await readCapabilityOf(createSecret());
    const { inbox, publicKey } = await issueDropBox(createSecret(), null);
    const drop = { inbox, publicKey };
    for (const invite of [
      { kind: 'write' as const, secret: SECRET },
      { kind: 'read' as const, read },
      { kind: 'drop' as const, drop },
      { kind: 'staff' as const, read, drop },
    ]) {
      const code = capabilityCode(invite);
      expect(parseAnyInvite(`  chrome-extension://x/board.html#/join/${code}  `)).toEqual({ ok: true, invite, relay: null });
    }
    const link = dropBoxLink('wss://ubt.example.org/relay', drop);
    expect(link).toBe(`https://ubt.example.org/add#${capabilityCode({ kind: 'drop', drop })}`);
    expect(relayOfDropLink(link)).toBe('wss://ubt.example.org/relay');
    expect(parseAnyInvite(link)).toEqual({ ok: true, invite: { kind: 'drop', drop }, relay: 'wss://ubt.example.org/relay' });
    const cut = capabilityCode({ kind: 'staff', read, drop }).slice(0, -10);
    expect(parseAnyInvite(cut)).toMatchObject({ ok: false, error: expect.stringMatching(/incomplete or damaged/) });
  });
});

describe('the drop box', () => {
  const ctx = defaultContext({ test: true });
  const idea = {
    v: 1 as const,
    type: 'idea' as const,
    id: 'cap-abcdefghijkl01',
    text: 'Llamar al paciente 555-867-5309 antes del alta — reduce las readmisiones del 4 Oeste',
    author: 'Ana López',
    privacy: ['phone' as const],
    createdAt: 1_780_000_000_000,
  };

  it('seals a submission that only the board’s private key opens, and the sender cannot read it back', async () => {
    const record = await issueDropBox(SECRET, null);
    const box = await sealSubmission(record, idea);
    const key = (await unwrapDropKey(SECRET, record.inbox, record.wrapped))!;
    expect(await openSubmission(key, record, box)).toMatchObject({ text: idea.text, author: 'Ana López', privacy: ['phone'] });
    // Another board's key, another inbox, a flipped byte: nothing opens.
    const other = await issueDropBox(SECRET, null);
    const otherKey = (await unwrapDropKey(SECRET, other.inbox, other.wrapped))!;
    expect(await openSubmission(otherKey, other, box)).toBeNull();
    expect(await openSubmission(key, { ...record, inbox: other.inbox }, box)).toBeNull();
    const damaged = box.slice();
    damaged[damaged.length - 1] = damaged[damaged.length - 1]! ^ 1;
    expect(await openSubmission(key, record, damaged)).toBeNull();
    // The plaintext is nowhere in the box.
    expect(Buffer.from(box).includes(Buffer.from('Ana López'))).toBe(false);
  });

  it('keeps the private key wrapped for writers: a read capability or another secret cannot unwrap it; rotating rewraps it', async () => {
    const record = await issueDropBox(SECRET, null);
    const read = await readCapabilityOf(SECRET);
    expect(await unwrapDropKey(createSecret(), record.inbox, record.wrapped)).toBeNull();
    expect(JSON.stringify(record)).not.toContain(read.readSecret);
    const next = createSecret();
    const moved = (await rewrapDropBox(record, SECRET, next))!;
    expect(moved.inbox).toBe(record.inbox);
    expect(await unwrapDropKey(next, moved.inbox, moved.wrapped)).not.toBeNull();
    expect(await unwrapDropKey(SECRET, moved.inbox, moved.wrapped)).toBeNull();
  });

  it('a submission becomes a new idea or a +1 only, through the capture checks, with the privacy flags kept and added', async () => {
    const doc = new Y.Doc();
    const record = await issueDropBox(SECRET, null);
    setDropBox(doc, record, ctx);
    expect(readDropBox(doc)).toEqual(record);
    // The sender said nothing about the email address; the co-lead's check finds it anyway.
    const capture = submissionToCapture(
      { ...idea, privacy: [], text: `${idea.text}, escribir a ana.lopez@example.org`, note: '', anonymous: false, sourceTitle: '', sourceUrl: '' },
      'board-1',
    );
    expect(applyCapture(doc, capture, {})).toBe('added');
    const added = readBoard(doc).ideas[0]!;
    expect(added.privacy.sort()).toEqual(['email', 'phone']);
    expect(added.author).toBe('Ana López');
    expect(applyCapture(doc, capture, {})).toBe('already-there');
    const vote = submissionToCapture({ v: 1, type: 'vote', id: 'cap-abcdefghijkl02', ideaId: added.id, voterId: 'staff-member-01', createdAt: 1 }, 'board-1');
    expect(applyCapture(doc, vote, {})).toBe('voted');
    expect(readBoard(doc).ideas[0]!.votes).toEqual({ 'staff-member-01': true });
  });

  it('opens nothing that is not an idea or a +1: a sealed “delete everything” is refused', async () => {
    const record = await issueDropBox(SECRET, null);
    const key = (await unwrapDropKey(SECRET, record.inbox, record.wrapped))!;
    const { toBase64Url, fromBase64Url } = await import('../../src/core/text/bytes');
    // Seal a hostile payload by hand with the same construction.
    const ecdh = { name: 'ECDH', namedCurve: 'P-256' } as const;
    const board = fromBase64Url(record.publicKey);
    const boardKey = await crypto.subtle.importKey('raw', board, ecdh, false, []);
    const mine = (await crypto.subtle.generateKey(ecdh, true, ['deriveBits'])) as CryptoKeyPair;
    const eph = new Uint8Array(await crypto.subtle.exportKey('raw', mine.publicKey));
    const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: boardKey }, mine.privateKey, 256);
    const hk = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
    const te = (s: string) => new TextEncoder().encode(s);
    const aes = await crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array([...eph, ...board]), info: te(`ubt-board drop box v1\n${record.inbox}`) },
      hk,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt'],
    );
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const ct = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: nonce, additionalData: te(`ubt-board drop v1\n${record.inbox}`) },
        aes,
        te(JSON.stringify({ v: 1, type: 'deleteAll' })),
      ),
    );
    expect(toBase64Url(eph)).toHaveLength(87);
    expect(await openSubmission(key, record, new Uint8Array([1, ...eph, ...nonce, ...ct]))).toBeNull();
  });
});
