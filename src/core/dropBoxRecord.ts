import type * as Y from 'yjs';
import { z } from 'zod';
import { dropWrapKeyOf } from './capabilities';
import { fromBase64Url, toBase64Url } from './text/bytes';
import { createDropBoxKeys, NONCE_BYTES, wrapAd, wrapDropKey } from './dropBox';
import { defineOperation } from './ops/context';

/**
 * The board's current drop box, in the board document (top-level map `dropBox`): readers see the inbox and
 * the public key (the staff invite carries them); only writers can unwrap the private key.
 */
export const DropBoxRecord = z.object({
  inbox: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{87}$/),
  wrapped: z.string().regex(/^[A-Za-z0-9_-]{40,400}$/),
  issuedAt: z.number(),
  /** The drop box this one replaced (its inbox and wrapped key): a writer's engine deletes that inbox on the relay. */
  previousInbox: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22}$/)
    .optional(),
  previousWrapped: z
    .string()
    .regex(/^[A-Za-z0-9_-]{40,400}$/)
    .optional(),
});
export type DropBoxRecord = z.infer<typeof DropBoxRecord>;

export const readDropBox = (doc: Y.Doc): DropBoxRecord | null => {
  const parsed = DropBoxRecord.safeParse(doc.getMap('dropBox').toJSON());
  return parsed.success ? parsed.data : null;
};

/**
 * Issues a new drop box (a new poster): the old inbox stops taking ideas once a co-lead's engine closes it.
 * Whoever holds the write secret may, as they may invite: it is part of sharing the board.
 */
export const setDropBox = defineOperation(
  'setDropBox',
  DropBoxRecord,
  () => undefined,
  (doc, input) => {
    const map = doc.getMap('dropBox');
    if (!input.previousInbox) map.delete('previousInbox');
    if (!input.previousWrapped) map.delete('previousWrapped');
    for (const [key, value] of Object.entries(input)) map.set(key, value);
  },
);

/** A new drop box for a board, its private key wrapped for the writers who hold `secret`. */
export const issueDropBox = async (secret: string, previous: DropBoxRecord | null, now = Date.now()): Promise<DropBoxRecord> => {
  const keys = await createDropBoxKeys();
  return {
    ...keys.drop,
    wrapped: await wrapDropKey(secret, keys),
    issuedAt: now,
    ...(previous ? { previousInbox: previous.inbox, previousWrapped: previous.wrapped } : {}),
  };
};

/** After rotating the members' secret, the same drop box (same poster) wrapped for the new secret. */
export const rewrapDropBox = async (record: DropBoxRecord, from: string, to: string): Promise<DropBoxRecord | null> => {
  const bytes = fromBase64Url(record.wrapped);
  try {
    const pkcs8 = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(0, NONCE_BYTES), additionalData: wrapAd(record.inbox) },
      await dropWrapKeyOf(from),
      bytes.subarray(NONCE_BYTES),
    );
    const { previousInbox: _i, previousWrapped: _w, ...current } = record;
    return { ...current, wrapped: await wrapDropKey(to, { drop: record, privateKey: toBase64Url(new Uint8Array(pkcs8)) }) };
  } catch {
    return null;
  }
};
