import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../src/core';
import { newBoard, testContext } from './helpers';

const ALL = { problem: true, aim: true, compass: true, changes: true, learnings: true, chart: true };

/** Med-Surg's project: a problem, an aim, two compass points, a test of change with its learning, a measure. */
const publishingTeam = () => {
  const ctx = testContext('m');
  const { doc } = newBoard(ctx);
  const project = core.addProject(doc, { title: 'Wheelchairs at the door' }, ctx);
  core.editText(doc, { kind: 'projects', id: project, field: 'problem', value: 'Patients wait 40 minutes for a wheelchair at discharge.' }, ctx);
  core.editText(doc, { kind: 'projects', id: project, field: 'aimWhat', value: 'Every discharge leaves within 10 minutes of the order' }, ctx);
  core.setCompassPoint(doc, { projectId: project, point: 'service', on: true }, ctx);
  core.setCompassPoint(doc, { projectId: project, point: 'workplace', on: true }, ctx);
  const cycle = core.addCycle(doc, { projectId: project, title: 'Stage two wheelchairs' }, ctx);
  core.editText(doc, { kind: 'cycles', id: cycle, field: 'planWhat', value: 'Stage two wheelchairs at the main entrance each morning' }, ctx);
  core.editText(doc, { kind: 'cycles', id: cycle, field: 'studyLearning', value: 'Waits fell to 12 minutes on the test hall' }, ctx);
  core.updateCycle(doc, { id: cycle, actDecision: 'adopt' }, ctx);
  const measure = core.addMeasure(doc, { name: 'Minutes waiting for a wheelchair', better: 'down' }, ctx);
  core.linkMeasure(doc, { projectId: project, measureId: measure, linked: true }, ctx);
  for (const [date, value] of [
    ['2026-02-02', 40],
    ['2026-02-09', 12],
  ] as const)
    core.addDataPoint(doc, { measureId: measure, date, value }, ctx);
  return { doc, project };
};

const newBoardList = () => {
  const doc = new Y.Doc();
  core.initPracticeLibrary(doc, { libraryId: 'lib-1', name: 'Oakland practices' }, testContext('l'));
  return doc;
};

describe('practice library', () => {
  it('publishes a snapshot holding only what the team chose', () => {
    const { doc, project } = publishingTeam();
    const board = core.readBoard(doc);
    const full = core.practiceFromProject(board, project, ALL, 'Ana Ruiz');
    expect(full).toMatchObject({
      title: 'Wheelchairs at the door',
      team: 'Med-Surg 4 West',
      department: 'Nursing',
      contact: 'Ana Ruiz',
      problem: 'Patients wait 40 minutes for a wheelchair at discharge.',
      aim: 'Every discharge leaves within 10 minutes of the order',
      compass: ['service', 'workplace'],
      changes: [{ title: 'Stage two wheelchairs', plan: 'Stage two wheelchairs at the main entrance each morning' }],
      learnings: [{ title: 'Stage two wheelchairs', learning: 'Waits fell to 12 minutes on the test hall', decision: 'adopt' }],
      measure: {
        name: 'Minutes waiting for a wheelchair',
        better: 'down',
        points: [
          { date: '2026-02-02', value: 40 },
          { date: '2026-02-09', value: 12 },
        ],
      },
    });
    const lean = core.practiceFromProject(board, project, { ...ALL, problem: false, chart: false, learnings: false }, '');
    expect(lean).toMatchObject({ problem: '', measure: null, learnings: [] });
    expect(JSON.stringify(lean)).not.toContain('40 minutes');

    const boardList = newBoardList();
    const id = core.publishPractice(boardList, full, testContext('p'));
    expect(core.readPractices(boardList)).toEqual([expect.objectContaining({ id, title: 'Wheelchairs at the door', adoptions: {} })]);
    // A team board is not a library: nothing is published into it.
    expect(() => core.publishPractice(doc, full, testContext('p'))).toThrow(/not a practice library/);
  });

  it('finds entries by Value Compass point, department, measure and words in any order', () => {
    const { doc, project } = publishingTeam();
    const boardList = newBoardList();
    core.publishPractice(boardList, core.practiceFromProject(core.readBoard(doc), project, ALL, 'Ana'), testContext('p'));
    core.publishPractice(
      boardList,
      { title: 'Quiet hours', department: 'Pharmacy', compass: ['quality'], changes: ['Lights down at 22:00'] },
      testContext('q'),
    );
    const entries = core.readPractices(boardList);
    const titles = (q: core.PracticeQuery) => core.searchPractices(entries, q).map((e) => e.title);
    expect(titles({ words: 'ENTRANCE wheelchairs' })).toEqual(['Wheelchairs at the door']);
    expect(titles({ compass: 'quality' })).toEqual(['Quiet hours']);
    expect(titles({ department: 'Nursing' })).toEqual(['Wheelchairs at the door']);
    expect(titles({ measure: 'Minutes waiting for a wheelchair' })).toEqual(['Wheelchairs at the door']);
    expect(titles({ words: 'lights', compass: 'service' })).toEqual([]);
  });

  it('adopts an entry as a project whose first test starts from the change, with attribution; adoptions count once per board', () => {
    const { doc, project } = publishingTeam();
    const boardList = newBoardList();
    const entryId = core.publishPractice(boardList, core.practiceFromProject(core.readBoard(doc), project, ALL, 'Ana Ruiz'), testContext('p'));
    const entry = core.readPractices(boardList)[0]!;
    const ctx = testContext('e');
    const { doc: ed } = newBoard(ctx);
    const adopted = core.adoptPractice(ed, { libraryId: 'lib-1', libraryName: 'Oakland practices', entry }, ctx);
    const board = core.readBoard(ed);
    const p = board.projects.find((x) => x.id === adopted)!;
    expect(p).toMatchObject({
      title: 'Wheelchairs at the door',
      problem: 'Patients wait 40 minutes for a wheelchair at discharge.',
      compass: { service: true, workplace: true },
      adoptedFrom: { libraryId: 'lib-1', libraryName: 'Oakland practices', entryId, team: 'Med-Surg 4 West', contact: 'Ana Ruiz' },
    });
    const cycles = board.cycles.filter((c) => c.projectId === adopted);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({
      title: 'Try: Stage two wheelchairs',
      planWhat: 'Stage two wheelchairs at the main entrance each morning',
    });

    // Two browsers of one team count once; another team counts too, merged from concurrent edits.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(boardList));
    core.recordAdoption(boardList, { entryId, boardId: 'board-ed', team: 'Emergency Dept' }, testContext('a'));
    core.recordAdoption(peer, { entryId, boardId: 'board-ed', team: 'Emergency Dept' }, testContext('b'));
    core.recordAdoption(peer, { entryId, boardId: 'board-ph', team: 'Pharmacy' }, testContext('c'));
    Y.applyUpdate(boardList, Y.encodeStateAsUpdate(peer));
    expect(core.readPractices(boardList)[0]!.adoptions).toEqual({ 'board-ed': 'Emergency Dept', 'board-ph': 'Pharmacy' });
  });

  it('adopts a change whose title holds ": " with its own words, and reads entries published as one "title: plan" string', () => {
    const ctx = testContext('c');
    const { doc } = newBoard(ctx);
    const project = core.addProject(doc, { title: 'Triage: greeter nurse' }, ctx);
    const cycle = core.addCycle(doc, { projectId: project, title: 'Cycle 2: greeter at 7:00' }, ctx);
    core.editText(doc, { kind: 'cycles', id: cycle, field: 'planWhat', value: 'Ratio: one greeter per 20 arrivals, 07:00–11:00' }, ctx);
    const boardList = newBoardList();
    core.publishPractice(boardList, core.practiceFromProject(core.readBoard(doc), project, ALL, ''), testContext('p'));
    const entry = core.readPractices(boardList)[0]!;
    expect(entry.changes).toEqual([{ title: 'Cycle 2: greeter at 7:00', plan: 'Ratio: one greeter per 20 arrivals, 07:00–11:00' }]);
    const { doc: ed } = newBoard(testContext('e'));
    const adopted = core.adoptPractice(ed, { libraryId: 'lib-1', libraryName: '', entry }, testContext('e'));
    expect(core.readBoard(ed).cycles.find((c) => c.projectId === adopted)).toMatchObject({
      title: 'Try: Cycle 2: greeter at 7:00',
      planWhat: 'Ratio: one greeter per 20 arrivals, 07:00–11:00',
    });

    // A test of change that kept the board's default name is adopted by what was done.
    const plain = core.practiceFromProject(core.readBoard(doc), project, ALL, '');
    const renamed = { ...entry, changes: [{ title: 'Cycle 1', plan: plain.changes[0]!.plan }] };
    const again = core.adoptPractice(ed, { libraryId: 'lib-1', libraryName: '', entry: renamed }, testContext('f'));
    expect(core.readBoard(ed).cycles.find((c) => c.projectId === again)?.title).toBe('Try: Ratio: one greeter per 20 arrivals, 07:00–11:00');

    // An entry an older version published: changes are strings, read back split at the first ": ".
    const old = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ id: 'old', publishedAt: 1, title: 'Quiet hours', changes: ['Lights down: at 22:00 on every hall', 'Earplugs'] }))
      old.set(k, v);
    boardList.getMap('entries').set('old', old);
    expect(core.readPractices(boardList).find((e) => e.id === 'old')?.changes).toEqual([
      { title: 'Lights down', plan: 'at 22:00 on every hall' },
      { title: 'Earplugs', plan: '' },
    ]);
  });

  it('leaves out an entry a peer wrote that is not a valid snapshot, and keeps the others', () => {
    const boardList = newBoardList();
    core.publishPractice(boardList, { title: 'Good one' }, testContext('p'));
    const bad = new Y.Map<unknown>();
    bad.set('id', 'bad');
    bad.set('title', 42);
    boardList.getMap('entries').set('bad', bad);
    expect(core.readPractices(boardList).map((e) => e.title)).toEqual(['Good one']);
  });
});
