import * as Y from 'yjs';
import { initBoard, type OpContext } from '../../src/core';

/** A context with predictable ids and a clock that ticks one second per call. */
export const testContext = (prefix = 'id', origin: object = {}): OpContext => {
  let n = 0;
  let t = Date.UTC(2026, 0, 5, 9);
  return { origin, newId: () => `${prefix}${++n}`, now: () => (t += 1000) };
};

export const newBoard = (ctx: OpContext = testContext()): { doc: Y.Doc; ctx: OpContext } => {
  const doc = new Y.Doc();
  initBoard(doc, { boardId: 'board-1', team: { name: 'Med-Surg 4 West', department: 'Nursing', facility: 'Oakland', region: 'Northern California' } }, ctx);
  return { doc, ctx };
};

/** The whole document state, to prove that a rejected operation wrote nothing. */
export const stateOf = (doc: Y.Doc): string => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
