import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../src/core';
import { COPIES_KEPT, keepDailyCopy, latestCopy } from '../../src/sync/autoBackup';
import { testContext } from '../core/helpers';

const board = () => {
  const doc = new Y.Doc();
  core.initBoard(doc, { boardId: 'b', team: { name: 'Team' } }, testContext());
  return doc;
};
const DAY = 86_400_000;

describe('automatic daily copies', () => {
  it('keeps the first clean copy of each day, and the last seven days only', async () => {
    const doc = board();
    const start = new Date(2026, 10, 1, 9).getTime();
    expect(await keepDailyCopy('auto-1', doc, start)).toBe(true);
    core.addIdea(doc, { text: 'later the same day' }, testContext());
    expect(await keepDailyCopy('auto-1', doc, start + 3600_000)).toBe(false);
    const first = await latestCopy('auto-1');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, first!.update);
    expect(core.readBoard(copy).ideas).toHaveLength(0);
    for (let day = 1; day <= 9; day++) expect(await keepDailyCopy('auto-1', doc, start + day * DAY)).toBe(true);
    expect((await latestCopy('auto-1'))!.at).toBe(start + 9 * DAY);
    const { request } = await import('./autoBackupPeek');
    expect(await request('auto-1')).toHaveLength(COPIES_KEPT);
  });

  it('keeps no copy of a board that needs attention or claims a newer schema', async () => {
    const doc = board();
    core.metaMap(doc).set('schemaVersion', 99);
    expect(await keepDailyCopy('auto-2', doc)).toBe(false);
    const damaged = board();
    const id = core.addIdea(damaged, { text: 'x' }, testContext());
    core.collection(damaged, 'ideas').get(id)!.set('text', 42);
    expect(await keepDailyCopy('auto-3', damaged)).toBe(false);
    expect(await latestCopy('auto-3')).toBeNull();
  });
});
