import * as Y from 'yjs';
import { readBoard } from '../core';
import { keyValueStore } from './idb';

/**
 * This browser's automatic copies of each shared board, in IndexedDB (`ubt-backups`, store `copies`, key
 * `BOARD DAY`): the first clean state of each day (nothing needing attention, a schema this app knows),
 * the last 7 days kept. Never synced. If a broken or hostile peer removes or damages entities, the board
 * offers to put them back from the latest copy (core/backup/recover.ts).
 */
const DB = 'ubt-backups';
const STORE = 'copies';
export const COPIES_KEPT = 7;

export interface BoardCopy {
  readonly boardId: string;
  /** YYYY-MM-DD, local time. */
  readonly day: string;
  readonly at: number;
  readonly update: Uint8Array;
}

const { run } = keyValueStore(DB, STORE);

const range = (boardId: string) => IDBKeyRange.bound(`${boardId} `, `${boardId} \uffff`);
const dayOf = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Keeps today's copy of the board if there is none yet and the board reads clean; returns whether it wrote. */
export const keepDailyCopy = async (boardId: string, doc: Y.Doc, now = Date.now()): Promise<boolean> => {
  const day = dayOf(now);
  const key = `${boardId} ${day}`;
  if ((await run('readonly', (store) => store.getKey(key))) !== undefined) return false;
  const board = readBoard(doc);
  if (board.readOnly || board.schemaVersion === undefined || board.needsAttention.length > 0) return false;
  const copy: BoardCopy = { boardId, day, at: now, update: Y.encodeStateAsUpdate(doc) };
  await run('readwrite', (store) => store.put(copy, key));
  const keys = ((await run('readonly', (store) => store.getAllKeys(range(boardId)))) ?? []) as string[];
  for (const old of keys.sort().slice(0, Math.max(0, keys.length - COPIES_KEPT))) await run('readwrite', (store) => store.delete(old));
  return true;
};

/** The newest copy of a board this browser kept, if any. */
export const latestCopy = async (boardId: string): Promise<BoardCopy | null> => {
  const copies = ((await run('readonly', (store) => store.getAll(range(boardId)))) ?? []) as BoardCopy[];
  return copies.sort((a, b) => b.at - a.at)[0] ?? null;
};
