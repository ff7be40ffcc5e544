import { z } from 'zod';

/**
 * Invites: one value that carries a board's room secret. The public room id is derived from the secret,
 * so a holder of the invite can find the room, while the signalling server, which sees only the room id,
 * cannot recover the secret. See docs/PROTOCOL.md.
 */
export const INVITE_PREFIX = 'ubt1.';
/** 24 random bytes: 192 bits, above the 128 the threat model asks for. */
export const SECRET_BYTES = 24;
const SECRET_PATTERN = /^[A-Za-z0-9_-]{32}$/;
export const Secret = z.string().regex(SECRET_PATTERN, 'is not a UBT Board room secret');

const toBase64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export const createSecret = (): string => toBase64Url(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));

export const inviteCode = (secret: string): string => `${INVITE_PREFIX}${Secret.parse(secret)}`;

/** A link that opens the board page of the extension and joins; the code travels in the fragment only. */
export const inviteLink = (boardPageUrl: string, secret: string): string => `${boardPageUrl}#/join/${inviteCode(secret)}`;

export type ParsedInvite = { ok: true; secret: string } | { ok: false; error: string };

/** Reads an invite from whatever a user pastes: the code alone, or a link that ends with it. */
export const parseInvite = (text: string): ParsedInvite => {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: 'Paste the invite link or code a co-lead sent you.' };
  const match = /ubt1\.([A-Za-z0-9_-]+)/.exec(trimmed);
  if (!match) return { ok: false, error: 'This is not a UBT Board invite: an invite link or code contains “ubt1.” followed by the secret.' };
  const secret = match[1]!;
  if (!SECRET_PATTERN.test(secret)) {
    return {
      ok: false,
      error: `This invite is incomplete or damaged (its secret has ${secret.length} characters, not 32). Ask for the invite again and copy all of it.`,
    };
  }
  return { ok: true, secret };
};

/** The public room id: the first 128 bits of SHA-256("ubt-board room v1\n" + secret), in hex. */
export const deriveRoomId = async (secret: string): Promise<string> => {
  const data = new TextEncoder().encode(`ubt-board room v1\n${Secret.parse(secret)}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return `ubt-${[...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
};
