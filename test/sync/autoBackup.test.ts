import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../src/core';
import { acceptBoardAsItIs, COPIES_KEPT, keepCopies, keepDailyCopy, latestCopy, listCopies, RECENT_EVERY } from '../../src/sync/autoBackup';
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

describe('a bad writer rewrites and deletes everything', () => {
  it('keeps the copy from before the large change, lists every copy with what differs, and restores the one chosen', async () => {
    const doc = board();
    const start = new Date(2026, 10, 3, 9).getTime();
    const ideas = Array.from({ length: 12 }, (_, i) =>
      core.addIdea(doc, { text: `Idea ${i + 1}: cut the 1,${i}00-minute wait for discharge meds`, author: 'Grace Okafor' }, testContext(`i${i}`)),
    );
    expect(await keepCopies('auto-bad', doc, start)).toEqual({ daily: true, recent: true });
    // One ordinary edit: no copy kept aside.
    core.editText(doc, { kind: 'ideas', id: ideas[0]!, field: 'text', value: 'Idea 1, reworded in the meeting' }, testContext());
    expect(await keepCopies('auto-bad', doc, start + RECENT_EVERY)).toEqual({ daily: false, recent: true });
    expect((await listCopies('auto-bad')).map((c) => c.kind)).toEqual(['recent', 'daily']);
    // Five minutes later: every idea rewritten to "spam" and soft-deleted. The board reads clean (no damage banner).
    for (const id of ideas) {
      core.editText(doc, { kind: 'ideas', id, field: 'text', value: 'spam' }, testContext());
      core.deleteEntity(doc, { kind: 'ideas', id }, testContext());
    }
    expect(core.hasDamage(core.findDamage(doc, (await latestCopy('auto-bad'))!.update))).toBe(false);
    expect(await keepCopies('auto-bad', doc, start + 2 * RECENT_EVERY)).toEqual({ daily: false, recent: true });
    const copies = await listCopies('auto-bad');
    expect(copies.map((c) => c.kind)).toEqual(['recent', 'before', 'daily']);
    const before = copies.find((c) => c.kind === 'before')!;
    expect(before.at).toBe(start + RECENT_EVERY);
    const difference = core.compareWithCopy(doc, before.update);
    expect(difference).toMatchObject({ deleted: 12, added: 0 });
    expect(core.isLargeChange(difference)).toBe(true);
    // Even later copies of the hostile state never take the good one away.
    for (let k = 3; k < 20; k++) await keepCopies('auto-bad', doc, start + k * RECENT_EVERY);
    expect((await listCopies('auto-bad')).some((c) => c.key === before.key)).toBe(true);

    // A new idea arrived (from the drop box) after the attack; restoring sets it aside, not away.
    const late = core.addIdea(doc, { text: 'Arrived after the attack' }, testContext('late'));
    const result = core.restoreCopy(doc, { copy: before.update }, testContext());
    expect(result).toEqual({ restored: 12, setAside: 1 });
    const now = core.readBoard(doc).ideas;
    expect(now.filter((i) => i.text === 'spam')).toEqual([]);
    expect(now.find((i) => i.id === ideas[0])!.text).toBe('Idea 1, reworded in the meeting');
    expect(now.find((i) => i.id === ideas[5])!.text).toBe('Idea 6: cut the 1,500-minute wait for discharge meds');
    expect(core.readBoard(doc).deleted.some((d) => d.id === late)).toBe(true);
    expect(core.compareWithCopy(doc, before.update)).toMatchObject({ changed: 0, deleted: 0 });
  });

  it('a meeting that triages and votes on many ideas is not a large change; rewriting six ideas is', async () => {
    const doc = board();
    const ids = Array.from({ length: 10 }, (_, i) => core.addIdea(doc, { text: `Idea ${i}` }, testContext(`m${i}`)));
    const copy = Y.encodeStateAsUpdate(doc);
    for (const id of ids) {
      core.triageIdea(doc, { ideaId: id, state: 'accepted' }, testContext());
      core.setVote(doc, { ideaId: id, voterId: 'dee', vote: true }, testContext());
    }
    const meeting = core.compareWithCopy(doc, copy);
    expect(meeting).toMatchObject({ changed: 10, rewritten: 0, deleted: 0 });
    expect(core.isLargeChange(meeting)).toBe(false);
    for (const id of ids.slice(0, 6)) core.editText(doc, { kind: 'ideas', id, field: 'text', value: 'spam' }, testContext());
    expect(core.isLargeChange(core.compareWithCopy(doc, copy))).toBe(true);
  });

  it('a restore is for co-leads only', async () => {
    const doc = board();
    const copy = Y.encodeStateAsUpdate(doc);
    expect(() => core.restoreCopy(doc, { copy }, { ...testContext(), role: 'member' })).toThrow(/Only co-leads/);
  });
});
