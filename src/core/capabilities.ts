import { z } from 'zod';
import { INVITE_PREFIX, Secret } from './secret';
import { toBase64Url, toHex } from './text/bytes';
import type { Language } from './i18n/language';
import { translator } from './i18n/translate';

/**
 * Capability levels (docs/PROTOCOL.md, "Capabilities"). Each invite kind carries only what its holder's
 * job needs, and everything a lower level holds is derived one way from the level above:
 *
 * - **write** (`ubt1.<secret>`): the 24-byte secret. WebRTC room and password, relay write token, the read
 *   capability, and the key that wraps the drop box's private key all come from it.
 * - **read** (`ubt1r.<read>`): a read secret (the relay encryption key comes from it) and the relay read
 *   token. It cannot write to the relay, join the WebRTC room, or open the drop box.
 * - **drop** (`ubt1d.<inbox>.<public key>`): an inbox id and the board's drop-box public key. It can only
 *   seal a new idea (or a +1) to the board; it cannot read anything, not even what it sent.
 * - **staff** (`ubt1s.<read>.<inbox>.<public key>`): read plus drop.
 */
const te = (value: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(value);

const sha256 = async (data: string) => new Uint8Array(await crypto.subtle.digest('SHA-256', te(data)));

export const CAPABILITY_SALT = 'ubt-board capabilities v2';
const hkdfBits = async (secret: string, label: string, bytes: number): Promise<Uint8Array> => {
  const material = await crypto.subtle.importKey('raw', te(secret), 'HKDF', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: te(CAPABILITY_SALT), info: te(label) }, material, bytes * 8));
};

/** 24 random bytes, base64url: the secret part of a read capability. */
const ReadPart = z.string().regex(/^[A-Za-z0-9_-]{32}$/);
export const ReadCapability = z.object({ readSecret: ReadPart, readToken: ReadPart });
export type ReadCapability = z.infer<typeof ReadCapability>;
export const InboxId = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'is not a drop-box inbox id');
/** An uncompressed P-256 point (65 bytes), base64url. */
export const DropKey = z.string().regex(/^[A-Za-z0-9_-]{87}$/, 'is not a drop-box public key');
export const DropCapability = z.object({ inbox: InboxId, publicKey: DropKey });
export type DropCapability = z.infer<typeof DropCapability>;

/** The relay write token: only write-invite holders have it. */
export const writeTokenOf = async (secret: string): Promise<string> => toBase64Url(await hkdfBits(Secret.parse(secret), 'relay write token', 24));

/** The read token is a hash of the write token, so the relay can check that a writer's room is the readers' room. */
export const readTokenOf = async (writeToken: string): Promise<string> => toBase64Url((await sha256(`ubt-board read token v2\n${writeToken}`)).slice(0, 24));

/** Where the relay keeps a board: a hash of the read token, so neither a room id nor a guess can reach it. */
export const relayRoomOf = async (readToken: string): Promise<string> => toHex(await sha256(`ubt-board relay room v2\n${readToken}`));

export const readCapabilityOf = async (secret: string): Promise<ReadCapability> => ({
  readSecret: toBase64Url(await hkdfBits(Secret.parse(secret), 'read secret', 24)),
  readToken: await readTokenOf(await writeTokenOf(secret)),
});

/** The AES-GCM key that wraps the drop box's private key in the board document: writers only. */
export const dropWrapKeyOf = async (secret: string): Promise<CryptoKey> =>
  crypto.subtle.importKey('raw', (await hkdfBits(Secret.parse(secret), 'drop box key wrap', 32)) as Uint8Array<ArrayBuffer>, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);

export type Invite =
  | { kind: 'write'; secret: string }
  | { kind: 'read'; read: ReadCapability }
  | { kind: 'drop'; drop: DropCapability }
  | { kind: 'staff'; read: ReadCapability; drop: DropCapability };
export type InviteKind = Invite['kind'];

export const READ_PREFIX = 'ubt1r.';
export const DROP_PREFIX = 'ubt1d.';
export const STAFF_PREFIX = 'ubt1s.';

const readPart = (read: ReadCapability) => `${read.readSecret}${read.readToken}`;
const dropPart = (drop: DropCapability) => `${drop.inbox}.${drop.publicKey}`;

export const capabilityCode = (invite: Invite): string => {
  switch (invite.kind) {
    case 'write':
      return `${INVITE_PREFIX}${Secret.parse(invite.secret)}`;
    case 'read':
      return `${READ_PREFIX}${readPart(ReadCapability.parse(invite.read))}`;
    case 'drop':
      return `${DROP_PREFIX}${dropPart(DropCapability.parse(invite.drop))}`;
    case 'staff':
      return `${STAFF_PREFIX}${readPart(ReadCapability.parse(invite.read))}.${dropPart(DropCapability.parse(invite.drop))}`;
  }
};

/** The phone page's address for a drop box: the server's `/add`, with the capability in the fragment only. */
export const dropBoxLink = (serverUrl: string, drop: DropCapability): string => {
  const base = new URL(serverUrl.replace(/^ws/, 'http'));
  return `${base.origin}/add#${capabilityCode({ kind: 'drop', drop })}`;
};

/** The relay address an `/add` link points to (the server that serves the page also runs the relay). */
export const relayOfDropLink = (text: string): string | null => {
  const match = /(https?):\/\/([^/#\s]+)\/add#/.exec(text);
  return match ? `${match[1] === 'https' ? 'wss' : 'ws'}://${match[2]}/relay` : null;
};

const PARTS = {
  read: '([A-Za-z0-9_-]{64})',
  drop: '([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{87})',
};

/** Reads a read, drop or staff code out of pasted text; null when there is none (the caller tries `ubt1.`). */
export const parseCapability = (text: string, language: Language = 'en'): { ok: true; invite: Invite } | { ok: false; error: string } | null => {
  const found = /ubt1([rds])\.([A-Za-z0-9_.-]*)/.exec(text);
  if (!found) return null;
  const [, kind, rest] = found;
  const damaged = {
    ok: false as const,
    error: translator(language).t('invite.damaged'),
  };
  const read = (part: string): ReadCapability => ({ readSecret: part.slice(0, 32), readToken: part.slice(32) });
  if (kind === 'r') {
    const m = new RegExp(`^${PARTS.read}$`).exec(rest!);
    return m ? { ok: true, invite: { kind: 'read', read: read(m[1]!) } } : damaged;
  }
  if (kind === 'd') {
    const m = new RegExp(`^${PARTS.drop}$`).exec(rest!);
    return m ? { ok: true, invite: { kind: 'drop', drop: { inbox: m[1]!, publicKey: m[2]! } } } : damaged;
  }
  const m = new RegExp(`^${PARTS.read}\\.${PARTS.drop}$`).exec(rest!);
  return m ? { ok: true, invite: { kind: 'staff', read: read(m[1]!), drop: { inbox: m[2]!, publicKey: m[3]! } } } : damaged;
};
