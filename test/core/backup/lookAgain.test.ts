import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../../src/core';
import { collection, copyComparison, damageCheck, hasDamage } from '../../../src/core';
import { testContext } from '../helpers';

/**
 * A kept copy is read once and the board compared with it again and again (copyComparison, damageCheck):
 * what each entity says and whether it reads fine are remembered until it changes. Each look must see
 * every change made since the one before, wherever in the entity it is.
 */
const board = () => {
  const doc = new Y.Doc();
  const ctx = testContext();
  core.initBoard(doc, { boardId: 'b', team: { name: 'Med-Surg 4 West' } }, ctx);
  const ideas = Array.from({ length: 40 }, (_, i) => core.addIdea(doc, { text: `Idea ${i}: stage wheelchairs at the entrance · sillas de ruedas` }, ctx));
  const project = core.addProject(doc, { title: 'Discharge before 11am' }, ctx);
  return { doc, ctx, ideas, project, copy: Y.encodeStateAsUpdate(doc) };
};

describe('looking again at a board against a copy read once', () => {
  it('counts each rewrite, deletion and addition made between looks', () => {
    const { doc, ctx, ideas, project, copy } = board();
    const compare = copyComparison(copy);
    expect(compare(doc)).toMatchObject({ changed: 0, rewritten: 0, deleted: 0, added: 0 });
    core.editText(doc, { kind: 'ideas', id: ideas[0]!, field: 'text', value: 'Rewritten: a greeter at the door from 7 am' }, ctx);
    expect(compare(doc)).toMatchObject({ changed: 1, rewritten: 1, deleted: 0 });
    core.editText(doc, { kind: 'projects', id: project, field: 'problem', value: 'Half of discharges leave after 2 pm, and beds wait.' }, ctx);
    expect(compare(doc)).toMatchObject({ changed: 2, rewritten: 2 });
    for (const id of ideas.slice(1, 8)) core.deleteEntity(doc, { kind: 'ideas', id }, ctx);
    expect(compare(doc)).toMatchObject({ changed: 2, deleted: 7 });
    core.addIdea(doc, { text: 'Added after the copy' }, ctx);
    const now = compare(doc);
    expect(now).toMatchObject({ added: 1 });
    expect(core.isLargeChange(now)).toBe(true);
    // The same as reading both boards afresh.
    expect(now).toEqual(core.compareWithCopy(doc, copy));
  });

  it('sees an entity damaged by a raw write after it read fine', () => {
    const { doc, ideas, copy } = board();
    const look = damageCheck(copy);
    expect(hasDamage(look(doc))).toBe(false);
    collection(doc, 'ideas').get(ideas[3]!)!.set('deleted', 'perhaps');
    expect(look(doc).damaged).toEqual([{ kind: 'ideas', id: ideas[3] }]);
    collection(doc, 'ideas').get(ideas[3]!)!.set('deleted', false);
    expect(hasDamage(look(doc))).toBe(false);
  });
});
