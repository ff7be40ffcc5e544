import { parseCapability, relayOfDropLink, type Invite } from './capabilities';
import { INVITE_PREFIX, SECRET_BYTES, SECRET_PATTERN, Secret } from './secret';
import { fromBase64Url, toBase64Url, toHex } from './text/bytes';
import type { Language } from './i18n/language';
import { translator, type Translator } from './i18n/translate';

/**
 * Invites: one value that carries a board's room secret. The public room id is derived from the secret,
 * so a holder of the invite can find the room, while the signalling server, which sees only the room id,
 * cannot recover the secret. See docs/PROTOCOL.md.
 */
export const inviteCode = (secret: string): string => `${INVITE_PREFIX}${Secret.parse(secret)}`;

/** A link that opens the board page of the extension and joins; the code travels in the fragment only. */
export const inviteLink = (boardPageUrl: string, secret: string): string => `${boardPageUrl}#/join/${inviteCode(secret)}`;

/**
 * The invite as people type it from a poster: the same 24 bytes in Crockford's base32 (digits and capital
 * letters without I, L, O and U, so nothing looks like anything else), a check character (Luhn mod 32,
 * which catches any one mistyped character and any two neighbours swapped), in groups of five:
 * `UBT-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`. Case, spaces and dashes do not matter.
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TYPEABLE_SYMBOLS = Math.ceil((SECRET_BYTES * 8) / 5);
export const TYPEABLE_PREFIX = 'UBT';

const luhnSum = (values: readonly number[], startFactor: 1 | 2): number => {
  let factor = startFactor;
  let sum = 0;
  for (let i = values.length - 1; i >= 0; i--) {
    const addend = factor * values[i]!;
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return sum % 32;
};

export const typeableCode = (secret: string): string => {
  const bytes = fromBase64Url(Secret.parse(secret));
  const values: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      values.push((buffer >> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) values.push((buffer << (5 - bits)) & 31);
  values.push((32 - luhnSum(values, 2)) % 32);
  const symbols = values.map((v) => CROCKFORD[v]).join('');
  return [TYPEABLE_PREFIX, ...(symbols.match(/.{1,5}/g) ?? [])].join('-');
};

/** Reads a typed code back to the secret, or says what is wrong with it. */
const parseTypeable = (typed: string, tr: Translator): ParsedInvite => {
  const symbols = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  const values = [...symbols].map((c) => CROCKFORD.indexOf(c));
  const bad = [...symbols].filter((_, i) => values[i]! < 0);
  if (bad.length) return { ok: false, error: tr.t('invite.badSymbol', { symbol: bad[0]! }) };
  if (values.length !== TYPEABLE_SYMBOLS + 1)
    return {
      ok: false,
      error: tr.t('invite.badLength', { count: values.length, prefix: TYPEABLE_PREFIX, expected: TYPEABLE_SYMBOLS + 1 }),
    };
  if (luhnSum(values, 1) !== 0) return { ok: false, error: tr.t('invite.mistyped') };
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const v of values.slice(0, TYPEABLE_SYMBOLS)) {
    buffer = ((buffer << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return { ok: true, secret: toBase64Url(Uint8Array.from(bytes.slice(0, SECRET_BYTES))) };
};

export type ParsedInvite = { ok: true; secret: string } | { ok: false; error: string };

/** Reads an invite from whatever a user pastes or types: a link, the `ubt1.` code, or the typeable code. */
export const parseInvite = (text: string, language: Language = 'en'): ParsedInvite => {
  const tr = translator(language);
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: tr.t('invite.empty') };
  if (/ubt1[rds]\./.test(trimmed)) return { ok: false, error: tr.t('invite.notSecret') };
  const typed = /^ubt[\s-]+(\S.*)$/i.exec(trimmed);
  if (typed && !/ubt1\./i.test(trimmed)) return parseTypeable(typed[1]!, tr);
  const match = /ubt1\.([A-Za-z0-9_-]+)/.exec(trimmed);
  if (!match)
    return {
      ok: false,
      error: tr.t('invite.notOurs'),
    };
  const secret = match[1]!;
  if (!SECRET_PATTERN.test(secret)) {
    return {
      ok: false,
      error: tr.t('invite.shortSecret', { count: secret.length }),
    };
  }
  return { ok: true, secret };
};

/** The public room id: the first 128 bits of SHA-256("ubt-board room v1\n" + secret), in hex. */
export const deriveRoomId = async (secret: string): Promise<string> => {
  const data = new TextEncoder().encode(`ubt-board room v1\n${Secret.parse(secret)}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return `ubt-${toHex(digest.slice(0, 16))}`;
};

/** Any invite: a co-lead's (`ubt1.`, a link or the typed code), or a read, staff or drop-box one (capabilities.ts). */
export const parseAnyInvite = (text: string, language: Language = 'en'): { ok: true; invite: Invite; relay: string | null } | { ok: false; error: string } => {
  const capability = parseCapability(text, language);
  if (capability) return capability.ok ? { ...capability, relay: relayOfDropLink(text) } : capability;
  const parsed = parseInvite(text, language);
  return parsed.ok ? { ok: true, invite: { kind: 'write', secret: parsed.secret }, relay: null } : parsed;
};
