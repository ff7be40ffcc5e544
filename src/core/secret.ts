import { z } from 'zod';
import { toBase64Url } from './text/bytes';

/**
 * A board's room secret: 24 random bytes as base64url. Invites carry it (invite.ts); the capabilities a
 * co-lead hands out are derived from it (capabilities.ts). Its own file, so both can use it without
 * importing each other.
 */
export const INVITE_PREFIX = 'ubt1.';
/** 24 random bytes: 192 bits, above the 128 the threat model asks for. */
export const SECRET_BYTES = 24;
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{32}$/;
export const Secret = z.string().regex(SECRET_PATTERN, 'is not a UBT Board room secret');

export const createSecret = (): string => toBase64Url(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
