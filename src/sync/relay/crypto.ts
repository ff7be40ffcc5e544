import { ReadCapability, readCapabilityOf, relayRoomOf, writeTokenOf } from '../../core/capabilities';

/**
 * Keys for the blind relay (docs/PROTOCOL.md, "Relay keys"). WebCrypto only: the AES-GCM key for the
 * board's entries comes from the read secret by HKDF-SHA-256; writers say the write token in `hello`,
 * readers the read token (a hash of the write token). The relay never sees a secret, the key or a plaintext.
 */
export const RELAY_SALT = 'ubt-board relay v2';
export const ENCRYPTION_LABEL = 'ubt-board relay encryption key';
/** First byte of every sealed entry, so a later format can be told apart (2: keys from the read capability). */
export const ENVELOPE_VERSION = 2;
const NONCE_BYTES = 12;

/** What a browser holds for the relay: a writer derives everything a reader holds from its secret. */
export type RelayAccess = { kind: 'write'; secret: string } | { kind: 'read'; read: ReadCapability };

export interface RelayKeys {
  readonly access: 'write' | 'read';
  /** The token said in `hello`: the write token for writers, the read token for readers. */
  readonly token: string;
  /** The relay's name for the room: a hash of the read token (the relay computes the same). */
  readonly room: string;
  readonly key: CryptoKey;
}

const text = (value: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(value);

export const deriveRelayKeys = async (access: RelayAccess): Promise<RelayKeys> => {
  const read = access.kind === 'write' ? await readCapabilityOf(access.secret) : ReadCapability.parse(access.read);
  const token = access.kind === 'write' ? await writeTokenOf(access.secret) : read.readToken;
  const material = await crypto.subtle.importKey('raw', text(read.readSecret), 'HKDF', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: text(RELAY_SALT), info: text(ENCRYPTION_LABEL) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { access: access.kind, token, room: await relayRoomOf(read.readToken), key };
};

export type EntryKind = 'update' | 'snapshot';

/**
 * Additional data binds a sealed entry to its room and kind, and a snapshot to the last entry it covers:
 * the relay cannot move an entry to another room, pass an update off as a snapshot, or hand out an old
 * snapshot as covering newer entries.
 */
const additionalData = (room: string, kind: EntryKind, covers: number) => text(kind === 'snapshot' ? `${room}\nsnapshot\n${covers}` : `${room}\nupdate`);

/** version byte ‖ 96-bit random nonce ‖ AES-GCM ciphertext with its 128-bit tag. */
export const seal = async (keys: RelayKeys, kind: EntryKind, plaintext: Uint8Array, covers = 0): Promise<Uint8Array> => {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: additionalData(keys.room, kind, covers) },
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
export const open = async (keys: RelayKeys, kind: EntryKind, envelope: Uint8Array, covers = 0): Promise<Uint8Array | null> => {
  if (envelope.length < 1 + NONCE_BYTES + 16 || envelope[0] !== ENVELOPE_VERSION) return null;
  try {
    const nonce = envelope.subarray(1, 1 + NONCE_BYTES) as Uint8Array<ArrayBuffer>;
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: additionalData(keys.room, kind, covers) },
      keys.key,
      envelope.subarray(1 + NONCE_BYTES) as Uint8Array<ArrayBuffer>,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
};
