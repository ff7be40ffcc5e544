import { describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { addIdea, collection, type NeedsAttention } from '../../src/core';
import { createBoardSession } from '../../src/ui/model/session';
import { scanForAttention } from '../../src/ui/app/attentionScan';
import { newBoard, testContext } from '../core/helpers';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('finding what needs attention', () => {
  it('reads a large board a slice at a time, finds the damaged items, and looks again after a change', async () => {
    const { doc } = newBoard();
    const ctx = testContext('idea');
    const ideas = Array.from({ length: 3000 }, (_, i) => addIdea(doc, { text: `Idea ${i}: stock the supply room before the night shift` }, ctx));
    const raw = (id: string) => collection(doc, 'ideas').get(id) as Y.Map<unknown>;
    raw(ideas[10]!).set('state', 'launched into space');
    raw(ideas[2500]!).set('createdAt', 'yesterday');

    const session = createBoardSession(doc);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const reports: NeedsAttention[][] = [];
    const stop = scanForAttention(session, (issues) => reports.push(issues));
    expect(reports).toEqual([]); // Nothing is read in the task that started it.
    await until(() => reports.length === 1);
    expect(reports[0]!.map((issue) => issue.id).sort()).toEqual([ideas[10], ideas[2500]].sort());
    // More than one slice: the board was not read in one go.
    expect(timers.mock.calls.filter(([, ms]) => ms === 0).length).toBeGreaterThan(1);
    timers.mockRestore();

    raw(ideas[10]!).set('state', 'new');
    await until(() => reports.length === 2);
    expect(reports[1]!.map((issue) => issue.id)).toEqual([ideas[2500]]);

    stop();
    raw(ideas[2500]!).set('createdAt', 1_700_000_000_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(reports).toHaveLength(2);
    session.dispose();
  });
});
