import * as Y from 'yjs';
import { copyComparison, damageCheck, hasDamage, isLargeChange, localDay, readBoard, type CopyDifference, type Damage } from '../core';
import { keyValueStore } from './idb';

/**
 * This browser's automatic copies of each shared board, in IndexedDB (`ubt-backups`, store `copies`), never
 * synced: the first clean state of each day (key `BOARD DAY`; nothing needing attention, a schema this app
 * knows), the last 7 days kept, and the latest clean state (key `BOARD ~recent`), refreshed at most every
 * few minutes while the board changes. If a broken or hostile peer removes or damages entities, the board
 * offers to put them back from the newest copy (core/backup/recover.ts). A state that is damaged compared
 * with the newest copy never replaces it: removing entities outright leaves a board that reads clean, and
 * copying it would hide what was removed. When the board changed a lot since the recent copy (more than
 * a few entities rewritten or deleted), that copy is kept as well (`BOARD ~before AT`, the last 10).
 */
const DB = 'ubt-backups';
const STORE = 'copies';
export const COPIES_KEPT = 7;
/** How old the recent copy may get while the board changes. */
export const RECENT_EVERY = 5 * 60_000;
const RECENT = '~recent';
/** Copies kept from just before a large change (many entities rewritten or deleted at once): `BOARD ~before AT`. */
const BEFORE = '~before';
export const BEFORE_KEPT = 10;

export interface BoardCopy {
  readonly boardId: string;
  /** YYYY-MM-DD, local time. */
  readonly day: string;
  readonly at: number;
  readonly update: Uint8Array;
}

const { run } = keyValueStore(DB, STORE);

const range = (boardId: string) => IDBKeyRange.bound(`${boardId} `, `${boardId} \uffff`);

const isClean = (doc: Y.Doc): boolean => {
  const board = readBoard(doc);
  return !board.readOnly && board.schemaVersion !== undefined && board.needsAttention.length === 0;
};

/**
 * Kept copies read once for the checks made against them each time copies are kept (every quiet half
 * minute of editing): decoding and reading the bench board's copies took the engine about a second each
 * time, on the thread the board's pages share. A few are remembered, by board and time.
 */
const damageChecks = new Map<string, (doc: Y.Doc) => Damage>();
const comparisons = new Map<string, (doc: Y.Doc) => CopyDifference>();
const PREPARED_KEPT = 4;
/** FNV-1a over every byte: two copies of one board kept at the same moment are still told apart (a few ms for 2 MB). */
const fingerprint = (bytes: Uint8Array): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
};
const prepared = <T>(cache: Map<string, T>, boardId: string, copy: BoardCopy, prepare: (update: Uint8Array) => T): T => {
  const key = `${boardId} ${copy.at} ${copy.update.byteLength} ${fingerprint(copy.update)}`;
  const known = cache.get(key);
  if (known) return known;
  const made = prepare(copy.update);
  cache.set(key, made);
  for (const old of [...cache.keys()].slice(0, Math.max(0, cache.size - PREPARED_KEPT))) cache.delete(old);
  return made;
};

const put = (boardId: string, key: string, doc: Y.Doc, now: number) =>
  run('readwrite', (store) => store.put({ boardId, day: localDay(now), at: now, update: Y.encodeStateAsUpdate(doc) } satisfies BoardCopy, `${boardId} ${key}`));

/**
 * Keeps today's copy of the board if there is none yet, and refreshes the recent copy when it is older than
 * `RECENT_EVERY`, provided the board reads clean and shows no damage against the newest copy. Returns which
 * copies it wrote.
 */
export const keepCopies = async (boardId: string, doc: Y.Doc, now = Date.now()): Promise<{ daily: boolean; recent: boolean }> => {
  const none = { daily: false, recent: false };
  if (!isClean(doc)) return none;
  const copies = ((await run('readonly', (store) => store.getAll(range(boardId)))) ?? []) as BoardCopy[];
  const newest = copies.sort((a, b) => b.at - a.at)[0];
  if (newest && hasDamage(prepared(damageChecks, boardId, newest, damageCheck)(doc))) return none;
  const day = localDay(now);
  const daily = !(await run('readonly', (store) => store.getKey(`${boardId} ${day}`)));
  const recentAt = ((await run('readonly', (store) => store.get(`${boardId} ${RECENT}`))) as BoardCopy | undefined)?.at;
  const recent = recentAt === undefined || now - recentAt >= RECENT_EVERY;
  if (daily) await put(boardId, day, doc, now);
  if (recent) {
    // A bad writer can rewrite or delete everything in a few seconds: keep what the board was before, so
    // that the recent copy moving on never takes the last good state with it.
    const previous = (await run('readonly', (store) => store.get(`${boardId} ${RECENT}`))) as BoardCopy | undefined;
    if (previous && isLargeChange(prepared(comparisons, boardId, previous, copyComparison)(doc))) {
      await run('readwrite', (store) => store.put(previous, `${boardId} ${BEFORE} ${String(previous.at).padStart(15, '0')}`));
      const befores = (((await run('readonly', (store) => store.getAllKeys(range(boardId)))) ?? []) as string[]).filter((k) => k.includes(BEFORE)).sort();
      for (const key of befores.slice(0, Math.max(0, befores.length - BEFORE_KEPT))) await run('readwrite', (store) => store.delete(key));
    }
    await put(boardId, RECENT, doc, now);
  }
  if (daily) {
    const days = ((await run('readonly', (store) => store.getAllKeys(range(boardId)))) ?? []) as string[];
    const old = days.filter((key) => !key.endsWith(RECENT) && !key.includes(BEFORE)).sort();
    for (const key of old.slice(0, Math.max(0, old.length - COPIES_KEPT))) await run('readwrite', (store) => store.delete(key));
  }
  return { daily, recent };
};

/** Keeps today's copy if there is none yet (see `keepCopies`); returns whether it wrote. */
export const keepDailyCopy = async (boardId: string, doc: Y.Doc, now = Date.now()): Promise<boolean> => (await keepCopies(boardId, doc, now)).daily;

/**
 * The person looked at what a peer changed and keeps the board as it is: the current state becomes the
 * recent copy (even though it differs from the older copies in ways a normal edit never does).
 */
export const acceptBoardAsItIs = async (boardId: string, doc: Y.Doc, now = Date.now()): Promise<void> => {
  await put(boardId, RECENT, doc, now);
};

export type CopyKind = 'daily' | 'recent' | 'before';
export interface KeptCopy extends BoardCopy {
  readonly key: string;
  readonly kind: CopyKind;
}

/** Every copy of a board this browser kept, newest first, with what kind of copy it is. */
export const listCopies = async (boardId: string): Promise<KeptCopy[]> => {
  const keys = ((await run('readonly', (store) => store.getAllKeys(range(boardId)))) ?? []) as string[];
  const out: KeptCopy[] = [];
  for (const key of keys) {
    const copy = (await run('readonly', (store) => store.get(key))) as BoardCopy | undefined;
    if (!copy?.update) continue;
    out.push({ ...copy, key, kind: key.endsWith(RECENT) ? 'recent' : key.includes(BEFORE) ? 'before' : 'daily' });
  }
  return out.sort((a, b) => b.at - a.at);
};

/** The newest copy of a board this browser kept, if any. */
export const latestCopy = async (boardId: string): Promise<BoardCopy | null> => {
  const copies = ((await run('readonly', (store) => store.getAll(range(boardId)))) ?? []) as BoardCopy[];
  return copies.sort((a, b) => b.at - a.at)[0] ?? null;
};
