import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { addIdea, readBoard } from '../../src/core';
import { openReplica } from '../../src/sync/replica';
import { newBoard, testContext } from '../core/helpers';

export const waitFor = async (check: () => boolean, ms = 2000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** The byte length of every record a board's y-indexeddb database holds. */
export const storedRecords = (name: string): Promise<number[]> =>
  new Promise((resolve) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      const all = open.result.transaction('updates').objectStore('updates').getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve((all.result as Uint8Array[]).map((u) => u.byteLength));
      };
    };
  });

/**
 * Two pages holding one board, in step: the hello's round trip is over once an edit made after the second
 * opened has reached it (a late reply would carry later edits too).
 */
export const twoPagesInStep = async (name: string) => {
  const { doc: a } = newBoard();
  const ra = openReplica(name, a);
  await ra.whenLoaded;
  const b = new Y.Doc();
  const rb = openReplica(name, b);
  await rb.whenLoaded;
  addIdea(a, { text: 'Made after b opened' }, testContext('first'));
  await waitFor(() => readBoard(b).ideas.length === 1);
  return { a, ra, b, rb };
};

/** The ideas a page opened afresh finds in this browser's copy of the board. */
export const ideasAfterReopening = async (name: string) => {
  const reopened = new Y.Doc();
  const again = openReplica(name, reopened);
  await again.whenLoaded;
  const ideas = readBoard(reopened).ideas;
  again.destroy();
  return ideas;
};
