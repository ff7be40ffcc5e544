/**
 * Bytes as text, in the three spellings the product uses: base64 (relay frames), base64url without padding
 * (secrets, tokens, keys in links) and lower-case hex (ids, digests). The one place they are written; large
 * arrays are converted in 32 KiB pieces so a 32 MB relay entry does not overflow the call stack.
 */
const binaryOf = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return binary;
};

/**
 * The browsers' own base64 (Uint8Array.fromBase64 and toBase64: Chromium 140, Firefox 133) where there is
 * one: a board joined from the relay arrives as 2 MB of base64, and the loop below was 25 ms of it (bench
 * relay-catch-up, profiled). Node 20 (the relay server, the unit tests) has neither and uses the loop.
 */
const nativeBase64 = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> };
type WithToBase64 = Uint8Array & { toBase64?: () => string };

export const toBase64 = (bytes: Uint8Array): string => {
  const own = (bytes as WithToBase64).toBase64;
  return own ? own.call(bytes) : btoa(binaryOf(bytes));
};

export const fromBase64 = (value: string): Uint8Array<ArrayBuffer> => {
  if (nativeBase64.fromBase64) return nativeBase64.fromBase64(value);
  const binary = atob(value);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
};

export const toBase64Url = (bytes: Uint8Array): string => toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Throws (as atob does) on text that is not base64url. */
export const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> => fromBase64(text.replace(/-/g, '+').replace(/_/g, '/'));

export const toHex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
