import * as Y from 'yjs';
import { z } from 'zod';
import { defineOperation, refuse } from './ops/context';
import { Secret } from './secret';
import { DropCapability, ReadCapability } from './capabilities';
import { toPlain } from './doc/entity';
import { entityId, requiredShort, shortText } from './schema/inputs';

/**
 * The boards this browser holds: a small local document (never synced to peers) listing each board's id
 * and a cached name for the switcher. The board's own document stays the source of truth for its name.
 */
export const BoardListEntry = z.looseObject({
  id: z.string().min(1),
  name: z.string().default(''),
  createdAt: z.number().default(0),
  openedAt: z.number().default(0),
  /** Set once the board is shared: its room secret (the y-webrtc password) and the room id derived from it. */
  secret: z.string().nullable().default(null),
  roomId: z.string().nullable().default(null),
  /** A read capability (read or staff invite): the board arrives from the relay and is never changed here. */
  read: ReadCapability.nullable().catch(null).default(null),
  /** A drop box (drop or staff invite): ideas and +1s go there, sealed, instead of to a board held here. */
  drop: DropCapability.nullable().catch(null).default(null),
  /** The relay an `/add` link named for the drop box; empty: the relays in Settings. */
  dropRelay: z.string().default(''),
  /** Who rotated the secret last, for the notice shown to co-leads who moved with it. */
  rotatedBy: z.string().default(''),
  /** A team's board, or a practice library many teams share (learned when it is first opened here). */
  kind: z.enum(['board', 'practice-library']).catch('board').default('board'),
});
export type BoardListEntry = z.infer<typeof BoardListEntry>;

const boards = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('boards');

export const registerBoard = defineOperation(
  'registerBoard',
  z.object({
    id: entityId,
    name: requiredShort,
    secret: Secret.optional(),
    roomId: z.string().optional(),
    read: ReadCapability.optional(),
    drop: DropCapability.optional(),
    dropRelay: z.string().max(300).optional(),
  }),
  () => undefined,
  (doc, input, ctx) => {
    const entry = new Y.Map<unknown>();
    entry.set('id', input.id);
    entry.set('name', input.name);
    if (input.secret && input.roomId) {
      entry.set('secret', input.secret);
      entry.set('roomId', input.roomId);
    }
    if (input.read) entry.set('read', input.read);
    if (input.drop) entry.set('drop', input.drop);
    if (input.dropRelay) entry.set('dropRelay', input.dropRelay);
    entry.set('createdAt', ctx.now());
    entry.set('openedAt', ctx.now());
    boards(doc).set(input.id, entry);
  },
);

/** Records the board's current name and when it was last opened (the switcher lists recent first). */
export const touchBoard = defineOperation(
  'touchBoard',
  z.object({ id: entityId, name: shortText.optional(), kind: z.enum(['board', 'practice-library']).optional() }),
  () => undefined,
  (doc, input, ctx) => {
    let entry = boards(doc).get(input.id);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>();
      entry.set('id', input.id);
      entry.set('createdAt', ctx.now());
      boards(doc).set(input.id, entry);
    }
    if (input.name && entry.get('name') !== input.name) entry.set('name', input.name);
    if (input.kind && entry.get('kind') !== input.kind) entry.set('kind', input.kind);
    entry.set('openedAt', ctx.now());
  },
);

/** Shares a board, or moves it to a new room when the secret is rotated. */
export const setBoardRoom = defineOperation(
  'setBoardRoom',
  z.object({ id: entityId, secret: Secret, roomId: z.string().regex(/^ubt-[0-9a-f]{32}$/), rotatedBy: shortText.default('') }),
  (doc, input) => {
    const entry = boards(doc).get(input.id);
    if (!(entry instanceof Y.Map)) throw refuse((tr) => tr.t('refuse.notInBrowser'));
    return entry;
  },
  (_doc, input, _ctx, entry) => {
    entry.set('secret', input.secret);
    entry.set('roomId', input.roomId);
    entry.set('rotatedBy', input.rotatedBy);
  },
);

export const forgetBoard = defineOperation(
  'forgetBoard',
  z.object({ id: entityId }),
  () => undefined,
  (doc, input) => boards(doc).delete(input.id),
);

/** What this browser may do with a board: everything, read it, only add ideas, or (never shared) everything locally. */
export type BoardAccess = 'write' | 'read' | 'staff' | 'drop' | 'local';
export const accessOf = (entry: Pick<BoardListEntry, 'secret' | 'roomId' | 'read' | 'drop'>): BoardAccess =>
  entry.secret && entry.roomId ? 'write' : entry.read && entry.drop ? 'staff' : entry.read ? 'read' : entry.drop ? 'drop' : 'local';

/** Every valid entry, most recently opened first; broken entries are skipped (they only cache a name). */
export const listBoards = (doc: Y.Doc): BoardListEntry[] => {
  const out: BoardListEntry[] = [];
  boards(doc).forEach((value) => {
    if (!(value instanceof Y.Map)) return;
    const parsed = BoardListEntry.safeParse(toPlain(value));
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => b.openedAt - a.openedAt || a.name.localeCompare(b.name));
};

export const observeBoardList = (doc: Y.Doc, listener: () => void): (() => void) => {
  const map = boards(doc);
  map.observeDeep(listener);
  return () => map.unobserveDeep(listener);
};
