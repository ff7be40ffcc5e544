import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../src/core';
import { acceptBoardAsItIs, COPIES_KEPT, keepCopies, keepDailyCopy, latestCopy, RECENT_EVERY } from '../../src/sync/autoBackup';
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
    const { request } = await import('./autoBackupPeek');
    const keys = (await request('auto-1')) as string[];
    expect(keys).toEqual(['auto-1 2026-11-01', 'auto-1 ~recent']);
    for (let day = 1; day <= 9; day++) expect(await keepDailyCopy('auto-1', doc, start + day * DAY)).toBe(true);
    expect((await latestCopy('auto-1'))!.at).toBe(start + 9 * DAY);
    // Seven days, and the recent copy.
    const after = (await request('auto-1')) as string[];
    expect(after).toHaveLength(COPIES_KEPT + 1);
    expect(after).not.toContain('auto-1 2026-11-01');
  });

  it('keeps a recent copy at most every few minutes, so an item made this morning can be put back', async () => {
    const doc = board();
    const start = new Date(2026, 10, 2, 9).getTime();
    expect(await keepCopies('auto-4', doc, start)).toEqual({ daily: true, recent: true });
    const id = core.addIdea(doc, { text: 'made after the daily copy' }, testContext('n'));
    expect(await keepCopies('auto-4', doc, start + RECENT_EVERY - 1)).toEqual({ daily: false, recent: false });
    expect(await keepCopies('auto-4', doc, start + RECENT_EVERY)).toEqual({ daily: false, recent: true });
    // A hostile peer damages the new idea: the newest copy still has it, and a damaged board is never copied.
    core.collection(doc, 'ideas').get(id)!.set('text', 42);
    expect(await keepCopies('auto-4', doc, start + 3 * RECENT_EVERY)).toEqual({ daily: false, recent: false });
    const damage = core.findDamage(doc, (await latestCopy('auto-4'))!.update);
    expect(damage.damaged).toEqual([{ kind: 'ideas', id }]);
  });

  it('never lets a board with entities removed outright replace the copy that still has them, unless the person keeps it', async () => {
    const doc = board();
    const start = new Date(2026, 10, 3, 9).getTime();
    const id = core.addIdea(doc, { text: 'removed by a hostile peer' }, testContext('h'));
    await keepCopies('auto-5', doc, start);
    core.collection(doc, 'ideas').delete(id);
    // The board reads clean (the idea is simply gone), yet the copy is not replaced, today or tomorrow.
    expect(core.readBoard(doc).needsAttention).toEqual([]);
    expect(await keepCopies('auto-5', doc, start + RECENT_EVERY)).toEqual({ daily: false, recent: false });
    expect(await keepCopies('auto-5', doc, start + DAY)).toEqual({ daily: false, recent: false });
    expect(core.findDamage(doc, (await latestCopy('auto-5'))!.update).removed).toEqual([{ kind: 'ideas', id }]);
    await acceptBoardAsItIs('auto-5', doc, start + DAY + 1);
    expect(core.hasDamage(core.findDamage(doc, (await latestCopy('auto-5'))!.update))).toBe(false);
    expect(await keepCopies('auto-5', doc, start + DAY + 2)).toEqual({ daily: true, recent: false });
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
