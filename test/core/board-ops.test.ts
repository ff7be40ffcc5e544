import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPerson,
  initBoard,
  metaMap,
  OperationError,
  readBoard,
  ReadOnlyError,
  SCHEMA_VERSION,
  setCharterAgreement,
  updatePerson,
  updateTeam,
  addIdea,
  deleteEntity,
  triageIdea,
  restoreEntity,
  moveEntity,
  editText,
  collection,
  isCoLead,
  ROLE_LABELS,
} from '../../src/core';
import { newBoard, stateOf, testContext } from './helpers';

describe('initBoard', () => {
  it('writes schemaVersion, team and five empty charter sections', () => {
    const { doc } = newBoard();
    const board = readBoard(doc);
    expect(board.schemaVersion).toBe(SCHEMA_VERSION);
    expect(board.team).toMatchObject({ name: 'Med-Surg 4 West', facility: 'Oakland' });
    expect(board.charter.map((c) => c.id)).toEqual(['purpose', 'goals', 'scope', 'decisionMaking', 'groundRules']);
    expect(board.needsAttention).toEqual([]);
  });

  it('refuses a board without a team name, and a second set-up', () => {
    const doc = new Y.Doc();
    expect(() => initBoard(doc, { boardId: 'b', team: { name: '   ' } }, testContext())).toThrow(/team.name: must not be empty/);
    expect(doc.share.size === 0 || metaMap(doc).size === 0).toBe(true);
    const { doc: ready, ctx } = newBoard();
    const before = stateOf(ready);
    expect(() => initBoard(ready, { boardId: 'b', team: { name: 'Again' } }, ctx)).toThrow(/already set up/);
    expect(stateOf(ready)).toBe(before);
  });
});

describe('team and people', () => {
  it('renames the team and changes only what differs', () => {
    const { doc, ctx } = newBoard();
    updateTeam(doc, { name: 'Med-Surg 5 East' }, ctx);
    expect(readBoard(doc).team).toMatchObject({ name: 'Med-Surg 5 East', department: 'Nursing' });
  });

  it('adds people in order and updates them', () => {
    const { doc, ctx } = newBoard();
    const ana = addPerson(doc, { name: 'Ana Ruiz', role: 'manager-co-lead' }, ctx);
    addPerson(doc, { name: 'Ben Okafor', role: 'union-co-lead' }, ctx);
    updatePerson(doc, { id: ana, role: 'management-sponsor' }, ctx);
    expect(readBoard(doc).people.map((p) => [p.name, p.role])).toEqual([
      ['Ana Ruiz', 'management-sponsor'],
      ['Ben Okafor', 'union-co-lead'],
    ]);
  });

  it.each([
    [{ name: '', role: 'member' }, /name: must not be empty/],
    [{ name: 'Ana', role: 'boss' }, /role: Invalid option/],
    [{ name: 'x'.repeat(201), role: 'member' }, /at most 200 characters/],
  ])('rejects a bad person %j and writes nothing', (input, message) => {
    const { doc, ctx } = newBoard();
    const before = stateOf(doc);
    expect(() => addPerson(doc, input as never, ctx)).toThrow(message);
    expect(stateOf(doc)).toBe(before);
  });

  it('rejects unknown patch keys instead of silently ignoring them', () => {
    const { doc, ctx } = newBoard();
    const id = addPerson(doc, { name: 'Ana', role: 'member' }, ctx);
    expect(() => updatePerson(doc, { id, colour: 'red' } as never, ctx)).toThrow(OperationError);
  });
});

describe('charter agreement', () => {
  it('records one agreement per co-lead per section', () => {
    const { doc, ctx } = newBoard();
    const ana = addPerson(doc, { name: 'Ana', role: 'manager-co-lead' }, ctx);
    const ben = addPerson(doc, { name: 'Ben', role: 'union-co-lead' }, ctx);
    setCharterAgreement(doc, { section: 'purpose', personId: ana, agreed: true }, ctx);
    setCharterAgreement(doc, { section: 'purpose', personId: ben, agreed: true }, ctx);
    setCharterAgreement(doc, { section: 'purpose', personId: ben, agreed: false }, ctx);
    editText(doc, { kind: 'charter', id: 'purpose', field: 'text', value: 'Safe, timely discharge' }, ctx);
    const purpose = readBoard(doc).charter[0]!;
    expect(purpose.agreed).toEqual({ [ana]: true });
    expect(purpose.text).toBe('Safe, timely discharge');
  });

  it('refuses agreement from someone who is not a co-lead, or an unknown section', () => {
    const { doc, ctx } = newBoard();
    const member = addPerson(doc, { name: 'Cy', role: 'member' }, ctx);
    const before = stateOf(doc);
    expect(() => setCharterAgreement(doc, { section: 'goals', personId: member, agreed: true }, ctx)).toThrow(/Only co-leads/);
    expect(() => setCharterAgreement(doc, { section: 'vision' as never, personId: member, agreed: true }, ctx)).toThrow(/section/);
    expect(stateOf(doc)).toBe(before);
  });
});

describe('generic operations', () => {
  it('soft-deletes and restores, keeping the content', () => {
    const { doc, ctx } = newBoard();
    const id = addIdea(doc, { text: 'Pre-stock discharge kits' }, ctx);
    deleteEntity(doc, { kind: 'ideas', id }, ctx);
    expect(readBoard(doc).ideas).toEqual([]);
    expect(readBoard(doc).deleted).toEqual([{ kind: 'ideas', id }]);
    expect(() => triageIdea(doc, { ideaId: id, state: 'parked' }, ctx)).toThrow(/was deleted; restore it/);
    // Words typed while a co-lead deleted it are kept with it.
    editText(doc, { kind: 'ideas', id, field: 'text', value: 'Pre-stock discharge kits nightly' }, ctx);
    restoreEntity(doc, { kind: 'ideas', id }, ctx);
    expect(readBoard(doc).ideas[0]?.text).toBe('Pre-stock discharge kits nightly');
  });

  it('moves ordered entities between neighbours', () => {
    const { doc, ctx } = newBoard();
    const a = addPerson(doc, { name: 'A', role: 'member' }, ctx);
    const b = addPerson(doc, { name: 'B', role: 'member' }, ctx);
    const c = addPerson(doc, { name: 'C', role: 'member' }, ctx);
    moveEntity(doc, { kind: 'people', id: c, after: null, before: a }, ctx);
    moveEntity(doc, { kind: 'people', id: a, after: b, before: null }, ctx);
    expect(readBoard(doc).people.map((p) => p.name)).toEqual(['C', 'B', 'A']);
  });

  it('edits text minimally so a concurrent insert elsewhere in the field survives', () => {
    const { doc, ctx } = newBoard();
    const id = addIdea(doc, { text: 'Call patients the day before' }, ctx);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    editText(doc, { kind: 'ideas', id, field: 'text', value: 'Call patients two days before' }, ctx);
    editText(peer, { kind: 'ideas', id, field: 'text', value: 'Text and call patients the day before' }, testContext('p'));
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    expect(readBoard(doc).ideas[0]?.text).toBe('Text and call patients two days before');
    expect(readBoard(peer).ideas[0]?.text).toBe(readBoard(doc).ideas[0]?.text);
  });

  it('applies a keystroke’s splice as given, without diffing the whole text again', () => {
    const { doc, ctx } = newBoard();
    const id = addIdea(doc, { text: 'Door-to-triage 120 min' }, ctx);
    editText(doc, { kind: 'ideas', id, field: 'text', splice: { at: 18, remove: 0, insert: '0' } }, ctx);
    expect(readBoard(doc).ideas[0]?.text).toBe('Door-to-triage 1200 min');
    editText(doc, { kind: 'ideas', id, field: 'text', splice: { at: 0, remove: 4, insert: 'Puerta' } }, ctx);
    expect(readBoard(doc).ideas[0]?.text).toBe('Puerta-to-triage 1200 min');
  });

  it.each([
    [{ kind: 'ideas', id: 'id1', field: 'text', splice: { at: 3, remove: 2, insert: '' } }, /no longer fits/],
    [{ kind: 'ideas', id: 'id1', field: 'text', splice: { at: 0, remove: 0, insert: 'x'.repeat(19_999) } }, /too long/],
    [{ kind: 'ideas', id: 'id1', field: 'text', value: 'x', splice: { at: 0, remove: 0, insert: 'x' } }, /either the new text or the change/],
    [{ kind: 'ideas', id: 'nope', field: 'text', value: 'x' }, /no idea with id "nope"/],
    [{ kind: 'ideas', id: 'id1', field: 'author', value: 'x' }, /not a text field/],
    [{ kind: 'ideas', id: 'id1', field: 'text', value: 'x'.repeat(20_001) }, /too long/],
    [{ kind: 'rooms', id: 'id1', field: 'text', value: 'x' }, /kind/],
  ])('rejects a bad text edit %#', (input, message) => {
    const { doc, ctx } = newBoard();
    addIdea(doc, { text: 'Idea' }, ctx);
    const before = stateOf(doc);
    expect(() => editText(doc, input as never, ctx)).toThrow(message);
    expect(stateOf(doc)).toBe(before);
  });

  it('opens a board from a newer version read-only and refuses every write', () => {
    const { doc, ctx } = newBoard();
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION + 1);
    const before = stateOf(doc);
    expect(readBoard(doc).readOnly).toBe(true);
    expect(() => addIdea(doc, { text: 'x' }, ctx)).toThrow(ReadOnlyError);
    expect(() => updateTeam(doc, { name: 'x' }, ctx)).toThrow(/newer version of UBT Board/);
    expect(stateOf(doc)).toBe(before);
  });
});

describe('role names in the partnership’s words', () => {
  it('reads an older board’s labour co-lead as union co-lead and keeps a generic sponsor until a kind is chosen', () => {
    const { doc, ctx } = newBoard();
    // Written by an older version: the values it used.
    const ben = addPerson(doc, { name: 'Ben Okafor', role: 'union-co-lead' }, ctx);
    const sam = addPerson(doc, { name: 'Sam Ortiz', role: 'member' }, ctx);
    collection(doc, 'people').get(ben)!.set('role', 'labour-co-lead');
    collection(doc, 'people').get(sam)!.set('role', 'sponsor');
    const board = readBoard(doc);
    expect(board.needsAttention).toEqual([]);
    expect(board.people.map((p) => [p.name, p.role, ROLE_LABELS[p.role]])).toEqual([
      ['Ben Okafor', 'union-co-lead', 'Union co-lead'],
      ['Sam Ortiz', 'sponsor', 'Sponsor (kind not recorded)'],
    ]);
    // A union co-lead from an old board agrees to the charter as a co-lead; new entries use the new names only.
    expect(isCoLead(board.people[0]!.role)).toBe(true);
    expect(() => addPerson(doc, { name: 'X', role: 'labour-co-lead' as never }, ctx)).toThrow(OperationError);
    expect(() => updatePerson(doc, { id: sam, role: 'sponsor' as never }, ctx)).toThrow(OperationError);
    updatePerson(doc, { id: sam, role: 'union-sponsor' }, ctx);
    expect(readBoard(doc).people[1]!.role).toBe('union-sponsor');
  });
});

describe('aligned to goals', async () => {
  const core = await import('../../src/core');
  it('keeps a team list of goals and the goal each project supports, shown in the report', () => {
    const { doc, ctx } = newBoard();
    core.updateTeam(doc, { goals: ['Regional: discharge before 11 am', 'National: zero falls with harm', 'Regional: discharge before 11 am'] }, ctx);
    expect(readBoard(doc).team.goals).toEqual(['Regional: discharge before 11 am', 'National: zero falls with harm']);
    const p = core.addProject(doc, { title: 'Timely discharge' }, ctx);
    core.updateProject(doc, { id: p, goal: 'Regional: discharge before 11 am' }, ctx);
    expect(readBoard(doc).projects[0]!.goal).toBe('Regional: discharge before 11 am');
    const report = core.buildReport(readBoard(doc), { kind: 'board' });
    expect(core.renderReportHtml(report)).toContain('<strong>Supports:</strong> Regional: discharge before 11 am');
    expect(core.renderReportMarkdown(report)).toContain('Supports: Regional: discharge before 11 am');
    // A peer writing a goal list of the wrong type leaves an empty list, not a broken team.
    core.teamMap(doc).set('goals', 'not a list');
    expect(readBoard(doc).team.goals).toEqual([]);
  });
});
