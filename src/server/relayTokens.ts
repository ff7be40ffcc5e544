import { createHash } from 'node:crypto';

/** The relay's name for a room: from the read token, or from the write token through it (crypto.ts, capabilities.ts). */
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();
export const readTokenOfWrite = (writeToken: string): string => sha256(`ubt-board read token v2\n${writeToken}`).subarray(0, 24).toString('base64url');
export const roomOfReadToken = (readToken: string): string => sha256(`ubt-board relay room v2\n${readToken}`).toString('hex');
/** A drop-box inbox's id from its owner token (core/dropBox.ts). */
export const inboxOfToken = (token: string): string => sha256(`ubt-board inbox v1\n${token}`).subarray(0, 16).toString('base64url');
