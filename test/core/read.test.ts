import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addIdea, addProject, collection, readBoard, readEntity } from '../../src/core';
import { newBoard } from './helpers';

describe('forgiving reads', () => {
  it('shows an entity that fails its schema as needing attention, keeps it and the rest of the board', () => {
    const { doc, ctx } = newBoard();
    addIdea(doc, { text: 'Good idea' }, ctx);
    const p = addProject(doc, { title: 'Fine' }, ctx);
    // A peer on another version writes a state this version does not know.
    collection(doc, 'projects').get(p)!.set('status', 'paused-by-sponsor');
    const broken = new Y.Map<unknown>();
    broken.set('id', 'x1');
    broken.set('text', 7);
    collection(doc, 'ideas').set('x1', broken);
    const board = readBoard(doc);
    expect(board.ideas.map((i) => i.text)).toEqual(['Good idea']);
    expect(board.projects).toEqual([]);
    expect(board.needsAttention.map((n) => [n.kind, n.id])).toEqual([['ideas', 'x1'], ['projects', p]].sort());
    const projectIssue = board.needsAttention.find((n) => n.kind === 'projects')!;
    expect(projectIssue.problem).toMatch(/status/);
    expect(projectIssue.raw).toMatchObject({ title: 'Fine', status: 'paused-by-sponsor' });
    expect(collection(doc, 'projects').has(p)).toBe(true);
  });

  it('fills defaults for fields an older version never wrote and keeps unknown fields', () => {
    const old = new Y.Map<unknown>();
    const doc = new Y.Doc();
    collection(doc, 'ideas').set('old', old);
    old.set('id', 'old');
    old.set('text', new Y.Text('From version 0'));
    old.set('futureField', 'kept');
    const result = readEntity('ideas', 'old', old);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ state: 'new', votes: {}, author: '', futureField: 'kept' });
  });

  it('treats a non-map value as needing attention rather than throwing', () => {
    const result = readEntity('measures', 'm', 'surprise');
    expect(result.ok).toBe(false);
  });
});
