import * as Y from 'yjs';
import { readBoard } from '../core';

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

let opening: Promise<IDBDatabase> | null = null;
const database = (): Promise<IDBDatabase> => {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error);
    };
  });
  return opening;
};

const request = async <T>(mode: IDBTransactionMode, make: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
  const db = await database();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = make(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
};

const range = (boardId: string) => IDBKeyRange.bound(`${boardId} `, `${boardId} \uffff`);
const dayOf = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Keeps today's copy of the board if there is none yet and the board reads clean; returns whether it wrote. */
export const keepDailyCopy = async (boardId: string, doc: Y.Doc, now = Date.now()): Promise<boolean> => {
  const day = dayOf(now);
  const key = `${boardId} ${day}`;
  if ((await request('readonly', (store) => store.getKey(key))) !== undefined) return false;
  const board = readBoard(doc);
  if (board.readOnly || board.schemaVersion === undefined || board.needsAttention.length > 0) return false;
  const copy: BoardCopy = { boardId, day, at: now, update: Y.encodeStateAsUpdate(doc) };
  await request('readwrite', (store) => store.put(copy, key));
  const keys = (await request('readonly', (store) => store.getAllKeys(range(boardId)))) as string[];
  for (const old of keys.sort().slice(0, Math.max(0, keys.length - COPIES_KEPT))) await request('readwrite', (store) => store.delete(old));
  return true;
};

/** The newest copy of a board this browser kept, if any. */
export const latestCopy = async (boardId: string): Promise<BoardCopy | null> => {
  const copies = (await request('readonly', (store) => store.getAll(range(boardId)))) as BoardCopy[];
  return copies.sort((a, b) => b.at - a.at)[0] ?? null;
};
