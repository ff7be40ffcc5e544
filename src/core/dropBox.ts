import { z } from 'zod';
import { type DropCapability, dropWrapKeyOf } from './capabilities';
import { fromBase64Url, toBase64Url } from './text/bytes';
import { CaptureId, IDEA_FIELDS, type Capture } from './capture/schema';
import { entityId } from './schema/inputs';

/**
 * The drop box: a sealed box from WebCrypto alone (docs/PROTOCOL.md, "Sealed submissions").
 *
 *   shared = ECDH-P256(ephemeral private, board public)              32 bytes
 *   key    = HKDF-SHA-256(shared, salt = ephemeral public ‖ board public,
 *                         info = "ubt-board drop box v1\n" + inbox)  AES-GCM-256
 *   box    = 0x01 ‖ ephemeral public (65) ‖ nonce (12) ‖ AES-GCM(key, nonce, JSON, ad = "ubt-board drop v1\n" + inbox)
 *
 * The sender forgets its ephemeral key at once, so it cannot open what it sent; only the holder of the
 * board's private key (a co-lead's engine) can.
 */
export const SEALED_BOX_VERSION = 1;
const POINT_BYTES = 65;
export const NONCE_BYTES = 12;
const te = (value: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(value);
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** What a sender may put in the box: a new idea or a +1, nothing else. */
export const Submission = z.discriminatedUnion('type', [
  z.object({
    v: z.literal(1),
    type: z.literal('idea'),
    id: CaptureId,
    ...IDEA_FIELDS,
  }),
  z.object({ v: z.literal(1), type: z.literal('vote'), id: CaptureId, ideaId: entityId, voterId: entityId, createdAt: z.number() }),
]);
export type Submission = z.input<typeof Submission>;

/** A submission as a capture for the board it was sealed to, so it goes through the same checks as any other. */
export const submissionToCapture = (submission: z.infer<typeof Submission>, boardId: string): Capture =>
  submission.type === 'vote'
    ? { type: 'vote', id: submission.id, boardId, ideaId: submission.ideaId, voterId: submission.voterId, createdAt: submission.createdAt }
    : {
        type: 'idea',
        id: submission.id,
        boardId,
        text: submission.text,
        note: submission.note,
        author: submission.anonymous ? '' : submission.author,
        anonymous: submission.anonymous,
        sourceTitle: submission.sourceTitle,
        sourceUrl: submission.sourceUrl,
        privacy: submission.privacy,
        createdAt: submission.createdAt,
      };

export interface DropBoxKeys {
  readonly drop: DropCapability;
  /** PKCS#8 of the private key, base64url: kept in the board wrapped under the writers' key. */
  readonly privateKey: string;
}

export const createDropBoxKeys = async (): Promise<DropBoxKeys> => {
  const pair = (await crypto.subtle.generateKey(ECDH, true, ['deriveBits'])) as CryptoKeyPair;
  const publicKey = toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const privateKey = toBase64Url(new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { drop: { inbox: await inboxOfToken(await inboxTokenOf(pkcs8)), publicKey }, privateKey };
};

/**
 * The inbox's owner token comes from the private key, and the inbox id is a hash of it: only whoever can open
 * the box can create, read, clear or delete its inbox on the relay, and an inbox id from a poster reaches none
 * of that. It does not depend on the members' secret, so rotating that leaves the poster working.
 */
export const inboxTokenOf = async (pkcs8: Uint8Array): Promise<string> => {
  const material = await crypto.subtle.importKey('raw', pkcs8 as Uint8Array<ArrayBuffer>, 'HKDF', false, ['deriveBits']);
  return toBase64Url(
    new Uint8Array(
      await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: te('ubt-board drop box v1'), info: te('inbox owner token') }, material, 192),
    ),
  );
};
export const inboxOfToken = async (token: string): Promise<string> =>
  toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', te(`ubt-board inbox v1\n${token}`))).slice(0, 16));

export const wrapAd = (inbox: string) => te(`ubt-board drop box private key v1\n${inbox}`);

/** nonce ‖ AES-GCM(wrap key from the write secret, PKCS#8): readers of the board cannot unwrap it. */
export const wrapDropKey = async (secret: string, keys: DropBoxKeys): Promise<string> => {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: wrapAd(keys.drop.inbox) },
      await dropWrapKeyOf(secret),
      fromBase64Url(keys.privateKey),
    ),
  );
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(nonce);
  out.set(sealed, NONCE_BYTES);
  return toBase64Url(out);
};

export const unwrapDropKey = async (secret: string, inbox: string, wrapped: string): Promise<CryptoKey | null> =>
  (await unwrapDropBox(secret, inbox, wrapped))?.key ?? null;

/** The private key and the inbox's owner token, for a writer's engine; null without the right secret. */
export const unwrapDropBox = async (secret: string, inbox: string, wrapped: string): Promise<{ key: CryptoKey; token: string } | null> => {
  try {
    const bytes = fromBase64Url(wrapped);
    const pkcs8 = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(0, NONCE_BYTES), additionalData: wrapAd(inbox) },
      await dropWrapKeyOf(secret),
      bytes.subarray(NONCE_BYTES),
    );
    return { key: await crypto.subtle.importKey('pkcs8', pkcs8, ECDH, false, ['deriveBits']), token: await inboxTokenOf(new Uint8Array(pkcs8)) };
  } catch {
    return null;
  }
};

const boxKey = async (privateKey: CryptoKey, publicKey: CryptoKey, ephemeral: Uint8Array, board: Uint8Array, inbox: string) => {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  const salt = new Uint8Array(ephemeral.length + board.length);
  salt.set(ephemeral);
  salt.set(board, ephemeral.length);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: te(`ubt-board drop box v1\n${inbox}`) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
};
const boxAd = (inbox: string) => te(`ubt-board drop v1\n${inbox}`);

export const sealSubmission = async (drop: DropCapability, submission: Submission): Promise<Uint8Array> => {
  const board = fromBase64Url(drop.publicKey);
  const boardKey = await crypto.subtle.importKey('raw', board, ECDH, false, []);
  const pair = (await crypto.subtle.generateKey(ECDH, true, ['deriveBits'])) as CryptoKeyPair;
  const ephemeral = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const key = await boxKey(pair.privateKey, boardKey, ephemeral, board, drop.inbox);
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const plain = te(JSON.stringify(Submission.parse(submission)));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: boxAd(drop.inbox) }, key, plain));
  const out = new Uint8Array(1 + POINT_BYTES + NONCE_BYTES + sealed.length);
  out[0] = SEALED_BOX_VERSION;
  out.set(ephemeral, 1);
  out.set(nonce, 1 + POINT_BYTES);
  out.set(sealed, 1 + POINT_BYTES + NONCE_BYTES);
  return out;
};

/** The submission inside, or null when the box is not for this key, is damaged, or holds anything but an idea or a +1. */
export const openSubmission = async (privateKey: CryptoKey, drop: DropCapability, box: Uint8Array): Promise<z.infer<typeof Submission> | null> => {
  if (box.length < 1 + POINT_BYTES + NONCE_BYTES + 16 || box[0] !== SEALED_BOX_VERSION) return null;
  try {
    const ephemeral = box.slice(1, 1 + POINT_BYTES);
    const senderKey = await crypto.subtle.importKey('raw', ephemeral, ECDH, false, []);
    const key = await boxKey(privateKey, senderKey, ephemeral, fromBase64Url(drop.publicKey), drop.inbox);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: box.slice(1 + POINT_BYTES, 1 + POINT_BYTES + NONCE_BYTES), additionalData: boxAd(drop.inbox) },
      key,
      box.slice(1 + POINT_BYTES + NONCE_BYTES),
    );
    const parsed = Submission.safeParse(JSON.parse(new TextDecoder().decode(plain)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** A capture made in the extension for a board it may only add ideas to, as what goes in the box. */
export const captureToSubmission = (capture: Capture): Submission =>
  capture.type === 'vote'
    ? { v: 1, type: 'vote', id: capture.id, ideaId: capture.ideaId, voterId: capture.voterId, createdAt: capture.createdAt }
    : {
        v: 1,
        type: 'idea',
        id: capture.id,
        text: capture.text,
        note: capture.note,
        author: capture.anonymous ? '' : capture.author,
        anonymous: capture.anonymous,
        sourceTitle: capture.sourceTitle,
        sourceUrl: capture.sourceUrl,
        privacy: capture.privacy,
        createdAt: capture.createdAt,
      };
