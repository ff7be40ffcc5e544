import { Secret } from '../../core/invite';

/**
 * Keys for the blind relay, from the invite secret (docs/PROTOCOL.md, "Relay keys"). WebCrypto only:
 * HKDF-SHA-256 with labels of our own gives an AES-GCM key for the board's updates and an auth token
 * the relay checks by its SHA-256 hash. The relay never sees the secret, the key or a plaintext.
 */
export const RELAY_SALT = 'ubt-board relay v1';
export const ENCRYPTION_LABEL = 'ubt-board relay encryption key';
export const TOKEN_LABEL = 'ubt-board relay auth token';
/** First byte of every sealed entry, so a later format can be told apart. */
export const ENVELOPE_VERSION = 1;
const NONCE_BYTES = 12;

export interface RelayKeys {
  readonly roomId: string;
  /** base64url of 32 bytes: proves to the relay that we hold the secret. */
  readonly token: string;
  readonly key: CryptoKey;
}

const text = (value: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(value);

export const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

export const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

export const fromBase64 = (value: string): Uint8Array => {
  const binary = atob(value);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
};

export const deriveRelayKeys = async (secret: string, roomId: string): Promise<RelayKeys> => {
  const material = await crypto.subtle.importKey('raw', text(Secret.parse(secret)), 'HKDF', false, ['deriveBits', 'deriveKey']);
  const hkdf = (label: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: text(RELAY_SALT), info: text(`${label}\n${roomId}`) });
  const key = await crypto.subtle.deriveKey(hkdf(ENCRYPTION_LABEL), material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const token = new Uint8Array(await crypto.subtle.deriveBits(hkdf(TOKEN_LABEL), material, 256));
  return { roomId, token: toBase64Url(token), key };
};

/** What the relay stores for a token: SHA-256 of its UTF-8 text, in hex. */
export const hashToken = async (token: string): Promise<string> =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', text(token)))].map((b) => b.toString(16).padStart(2, '0')).join('');

export type EntryKind = 'update' | 'snapshot';

/** Additional data binds a sealed entry to its room and kind, so the relay cannot move it elsewhere. */
const additionalData = (roomId: string, kind: EntryKind) => text(`${roomId}\n${kind}`);

/** version byte ‖ 96-bit random nonce ‖ AES-GCM ciphertext with its 128-bit tag. */
export const seal = async (keys: RelayKeys, kind: EntryKind, plaintext: Uint8Array): Promise<Uint8Array> => {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: additionalData(keys.roomId, kind) },
      keys.key,
      plaintext as Uint8Array<ArrayBuffer>,
    ),
  );
  const out = new Uint8Array(1 + NONCE_BYTES + sealed.length);
  out[0] = ENVELOPE_VERSION;
  out.set(nonce, 1);
  out.set(sealed, 1 + NONCE_BYTES);
  return out;
};

/** The plaintext, or null when the entry is not ours (another secret, another room, damaged). */
export const open = async (keys: RelayKeys, kind: EntryKind, envelope: Uint8Array): Promise<Uint8Array | null> => {
  if (envelope.length < 1 + NONCE_BYTES + 16 || envelope[0] !== ENVELOPE_VERSION) return null;
  try {
    const nonce = envelope.subarray(1, 1 + NONCE_BYTES) as Uint8Array<ArrayBuffer>;
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: additionalData(keys.roomId, kind) },
      keys.key,
      envelope.subarray(1 + NONCE_BYTES) as Uint8Array<ArrayBuffer>,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
};
