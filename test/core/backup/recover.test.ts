import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../../src/core';
import { collection, findDamage, hasDamage, isReadOnly, metaMap, readBoard, recoverFromCopy } from '../../../src/core';
import { testContext } from '../helpers';

/** Two co-leads' documents; B is a broken or hostile peer writing raw Yjs, A receives it as a peer would. */
const setup = () => {
  const a = new Y.Doc();
  const ctx = testContext();
  core.initBoard(a, { boardId: 'b', team: { name: 'Team' } }, ctx);
  const idea = core.addIdea(a, { text: 'Stage wheelchairs at the entrance' }, ctx);
  const project = core.addProject(a, { title: 'Timely discharge' }, ctx);
  const goodCopy = Y.encodeStateAsUpdate(a);
  const b = new Y.Doc();
  Y.applyUpdate(b, goodCopy);
  const toA = () => Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'peer');
  return { a, b, ctx, idea, project, goodCopy, toA };
};

describe('recovering from a broken or hostile peer', () => {
  it('finds nothing to recover after normal edits, including soft deletes', () => {
    const { a, ctx, idea, goodCopy } = setup();
    core.deleteEntity(a, { kind: 'ideas', id: idea }, ctx);
    core.addIdea(a, { text: 'new one' }, ctx);
    expect(hasDamage(findDamage(a, goodCopy))).toBe(false);
  });

  it('puts back entities a peer removed outright, with their text, and keeps edits made since', () => {
    const { a, b, ctx, idea, project, goodCopy, toA } = setup();
    collection(b, 'ideas').delete(idea);
    collection(b, 'projects').delete(project);
    toA();
    core.addIdea(a, { text: 'added after the damage' }, ctx);
    expect(readBoard(a).ideas.map((i) => i.text)).toEqual(['added after the damage']);
    expect(findDamage(a, goodCopy).removed).toHaveLength(2);
    expect(recoverFromCopy(a, { copy: goodCopy }, ctx)).toEqual({ restored: 2, repaired: 0, versionReset: false });
    const board = readBoard(a);
    expect(board.ideas.map((i) => i.text).sort()).toEqual(['Stage wheelchairs at the entrance', 'added after the damage']);
    expect(board.projects.map((p) => p.title)).toEqual(['Timely discharge']);
    expect(hasDamage(findDamage(a, goodCopy))).toBe(false);
    // And the repair reaches the peer like any edit.
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    expect(readBoard(b).ideas).toHaveLength(2);
  });

  it('repairs a field of the wrong type and a 7 MB field', () => {
    const { a, b, ctx, idea, project, goodCopy, toA } = setup();
    collection(b, 'projects').get(project)!.set('title', 42);
    // A 7 MB field of the right type: read as "needs attention", not shown, not typed into.
    (collection(b, 'ideas').get(idea)!.get('text') as Y.Text).insert(0, 'x'.repeat(7 * 1024 * 1024));
    toA();
    const before = readBoard(a);
    expect(before.needsAttention.map((n) => n.id).sort()).toEqual([idea, project].sort());
    expect(before.needsAttention.find((n) => n.id === idea)!.problem).toMatch(/text: holds 7,340,0\d\d characters, far more than a field can \(20,000\)/);
    expect(recoverFromCopy(a, { copy: goodCopy }, ctx)).toMatchObject({ repaired: 2 });
    const after = readBoard(a);
    expect(after.needsAttention).toEqual([]);
    expect(after.projects[0]!.title).toBe('Timely discharge');
    expect(after.ideas[0]!.text).toBe('Stage wheelchairs at the entrance');
  });

  it('takes a board back from a schema version 99 that made it read-only', () => {
    const { a, b, ctx, goodCopy, toA } = setup();
    metaMap(b).set('schemaVersion', 99);
    toA();
    expect(isReadOnly(a)).toBe(true);
    expect(() => core.addIdea(a, { text: 'blocked' }, ctx)).toThrow();
    expect(recoverFromCopy(a, { copy: goodCopy }, ctx)).toMatchObject({ versionReset: true });
    expect(isReadOnly(a)).toBe(false);
    core.addIdea(a, { text: 'writable again' }, ctx);
  });

  it('reads the good copy once and then finds damage made later, asking the caller what reads fine now', () => {
    const { a, b, idea, project, goodCopy, toA } = setup();
    const lookFor = core.damageCheck(goodCopy);
    expect(hasDamage(lookFor(a))).toBe(false);
    collection(b, 'ideas').delete(idea);
    (collection(b, 'projects').get(project) as Y.Map<unknown>).set('title', 42);
    toA();
    const asked: string[] = [];
    const found = lookFor(a, (kind, id, current) => {
      asked.push(`${kind}/${id}`);
      return core.readEntity(kind, id, current).ok;
    });
    expect(found).toEqual(findDamage(a, goodCopy));
    expect(found.removed).toEqual([{ kind: 'ideas', id: idea }]);
    expect(found.damaged).toEqual([{ kind: 'projects', id: project }]);
    expect(asked).toContain(`projects/${project}`);
    // The answer given is the one used: a caller that knows better is believed.
    expect(lookFor(a, () => true).damaged).toEqual([]);
    // Already unreadable in the copy: not damage this copy can repair.
    const again = core.damageCheck(Y.encodeStateAsUpdate(a))(a, () => false);
    expect(again.damaged.filter((d) => d.kind === 'projects')).toEqual([]);
    expect(again.damaged.length).toBeGreaterThan(0); // The readable ones (the charter) are still asked about.
  });
});
