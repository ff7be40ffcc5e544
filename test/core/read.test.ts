import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addIdea, addProject, collection, readBoard, readEntity, teamMap } from '../../src/core';
import { newBoard } from './helpers';

describe('forgiving reads', () => {
  it('shows an entity with a field named __proto__ as needing attention, not with fields it lent the others', () => {
    const { doc, ctx } = newBoard();
    const id = addIdea(doc, { text: 'Label the linen carts' }, ctx);
    // Read into a plain object, a hostile peer's field would be its prototype, and lend it an "updatedBy".
    collection(doc, 'ideas').get(id)!.set('__proto__', { updatedBy: 'someone else' });
    const result = readEntity('ideas', id, collection(doc, 'ideas').get(id));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue.problem).toContain('__proto__: is not a field any version writes');
    expect(readBoard(doc).ideas).toEqual([]);
  });

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
    expect(board.needsAttention.map((n) => [n.kind, n.id])).toEqual(
      [
        ['ideas', 'x1'],
        ['projects', p],
      ].sort(),
    );
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

  /** Writes an idea the way a buggy or hostile peer might: every field as given, nothing built for it. */
  const rawIdea = (doc: Y.Doc, key: string, fields: Record<string, unknown>) => {
    const map = new Y.Map<unknown>();
    collection(doc, 'ideas').set(key, map);
    for (const [field, value] of Object.entries(fields)) map.set(field, value);
  };

  it.each([
    [
      'an idea whose text is a plain string (the card would be blank)',
      { id: 'i1', text: 'Typed by another program' },
      'text: is plain text, not shared text, so it cannot be shown or edited',
    ],
    ['votes that are not a map of flags', { id: 'i1', text: new Y.Text('ok'), votes: ['v1'] }, 'votes: is a list, not a map of flags'],
    ['an id that differs from its key', { id: 'other', text: new Y.Text('ok') }, 'id: is “other” but the entity is stored under “i1”'],
  ])('flags %s, keeping its content', (_name, fields, problem) => {
    const { doc } = newBoard();
    rawIdea(doc, 'i1', fields);
    const board = readBoard(doc);
    expect(board.ideas).toEqual([]);
    expect(board.needsAttention).toHaveLength(1);
    expect(board.needsAttention[0]).toMatchObject({ kind: 'ideas', id: 'i1', problem });
    expect(collection(doc, 'ideas').has('i1')).toBe(true);
  });

  it('shows the real content of a non-map entry, not "[object Object]"', () => {
    const { doc } = newBoard();
    collection(doc, 'ideas').set('odd', { text: 'plain object from a peer', votes: 3 } as never);
    collection(doc, 'ideas').set('list', ['a', 'b'] as never);
    const issues = readBoard(doc).needsAttention;
    expect(issues.find((i) => i.id === 'odd')).toMatchObject({
      raw: { value: { text: 'plain object from a peer', votes: 3 } },
      problem: 'is a plain object, not a record',
    });
    expect(issues.find((i) => i.id === 'list')).toMatchObject({ raw: { value: ['a', 'b'] }, problem: 'is a list, not a record' });
    expect(JSON.stringify(issues)).not.toContain('[object Object]');
  });

  it('reads a team field of the wrong type as empty and flags it, keeping the other fields', () => {
    const { doc } = newBoard();
    teamMap(doc).set('department', 42);
    const board = readBoard(doc);
    expect(board.team).toMatchObject({ name: 'Med-Surg 4 West', department: '', facility: 'Oakland', region: 'Northern California' });
    expect(board.needsAttention).toEqual([{ kind: 'team', id: 'department', raw: { department: 42 }, problem: "the team's department is a number, not text" }]);
  });
});

describe('a project’s main measure', async () => {
  const core = await import('../../src/core');
  it('is the chosen one while it is on the board, then the first linked one in board order, then none', () => {
    const { doc, ctx } = newBoard();
    const project = addProject(doc, { title: 'Fewer MRI no-shows' }, ctx);
    const calls = core.addMeasure(doc, { name: 'Reminder calls made a week' }, ctx);
    const noShows = core.addMeasure(doc, { name: 'MRI no-shows a week' }, ctx);
    const measuresOf = () => readBoard(doc).measures;
    const projectOf = () => readBoard(doc).projects.find((p) => p.id === project)!;
    expect(core.mainMeasureOf(projectOf(), measuresOf())).toBeNull();
    // Linked in the opposite order to the board's: the board's order decides.
    core.linkMeasure(doc, { projectId: project, measureId: noShows, linked: true }, ctx);
    core.linkMeasure(doc, { projectId: project, measureId: calls, linked: true }, ctx);
    expect(core.mainMeasureOf(projectOf(), measuresOf())?.name).toBe('Reminder calls made a week');
    core.setMainMeasure(doc, { projectId: project, measureId: noShows }, ctx);
    expect(core.mainMeasureOf(projectOf(), measuresOf())?.name).toBe('MRI no-shows a week');
    // The chosen measure deleted: back to the first linked one still there, never a measure that is gone.
    core.deleteEntity(doc, { kind: 'measures', id: noShows }, ctx);
    expect(core.mainMeasureOf(projectOf(), measuresOf())?.name).toBe('Reminder calls made a week');
    core.linkMeasure(doc, { projectId: project, measureId: calls, linked: false }, ctx);
    expect(core.mainMeasureOf(projectOf(), measuresOf())).toBeNull();
  });
});
