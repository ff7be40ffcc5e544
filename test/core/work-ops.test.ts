import { describe, expect, it } from 'vitest';
import {
  addAction,
  addCycle,
  addDataPoint,
  addIdea,
  addMeasure,
  addProject,
  compassGroups,
  editText,
  ideaToCycle,
  ideaToProject,
  linkMeasure,
  readBoard,
  setCompassPoint,
  setVote,
  startNextCycle,
  triageIdea,
  updateAction,
  updateCycle,
  updateDataPoint,
  updateMeasure,
  updateProject,
  deleteEntity,
} from '../../src/core';
import { newBoard, stateOf, testContext } from './helpers';

describe('ideas', () => {
  it('records text, author, time and source; votes count each voter once', () => {
    const { doc, ctx } = newBoard();
    const id = addIdea(
      doc,
      { text: '  Pre-stock discharge kits  ', author: 'Dee', sourceTitle: 'Policy 12', sourceUrl: 'https://intranet.example/policy/12' },
      ctx,
    );
    setVote(doc, { ideaId: id, voterId: 'u1', vote: true }, ctx);
    setVote(doc, { ideaId: id, voterId: 'u1', vote: true }, ctx);
    setVote(doc, { ideaId: id, voterId: 'u2', vote: true }, ctx);
    setVote(doc, { ideaId: id, voterId: 'u2', vote: false }, ctx);
    const idea = readBoard(doc).ideas[0]!;
    expect(idea).toMatchObject({ text: 'Pre-stock discharge kits', author: 'Dee', state: 'new', sourceTitle: 'Policy 12', votes: { u1: true } });
    expect(idea.createdAt).toBeGreaterThan(0);
  });

  it('triages out of scope only with one of the four reasons and who it was routed to, and keeps the routed-to note', () => {
    const { doc, ctx } = newBoard();
    const id = addIdea(doc, { text: 'Change nurse ratios in the contract' }, ctx);
    const before = stateOf(doc);
    expect(() => triageIdea(doc, { ideaId: id, state: 'out-of-scope' }, ctx)).toThrow(/choose why the idea is out of scope/);
    expect(stateOf(doc)).toBe(before);
    // A reason alone is not enough: who it was routed to is part of the decision, or nothing is saved.
    expect(() => triageIdea(doc, { ideaId: id, state: 'out-of-scope', reason: 'labour-relations', routedTo: '  ' }, ctx)).toThrow(/who the idea was routed to/);
    expect(stateOf(doc)).toBe(before);
    triageIdea(doc, { ideaId: id, state: 'out-of-scope', reason: 'labour-relations', routedTo: 'Local union steward' }, ctx);
    expect(readBoard(doc).ideas[0]).toMatchObject({ state: 'out-of-scope', reason: 'labour-relations', routedTo: 'Local union steward' });
    triageIdea(doc, { ideaId: id, state: 'parked' }, ctx);
    expect(readBoard(doc).ideas[0]).toMatchObject({ state: 'parked', reason: null, routedTo: 'Local union steward' });
  });

  it('turns an accepted idea into a project, or into a test of change, once', () => {
    const { doc, ctx } = newBoard();
    const idea = addIdea(doc, { text: 'Discharge before 11am\nPatients wait for transport.' }, ctx);
    const projectId = ideaToProject(doc, { ideaId: idea }, ctx);
    const board = readBoard(doc);
    expect(board.projects[0]).toMatchObject({
      id: projectId,
      title: 'Discharge before 11am',
      ideaId: idea,
      problem: 'Discharge before 11am\nPatients wait for transport.',
    });
    expect(board.ideas[0]).toMatchObject({ state: 'accepted', projectId });
    expect(() => ideaToProject(doc, { ideaId: idea }, ctx)).toThrow(/already become/);
    const second = addIdea(doc, { text: 'Call transport at 9am' }, ctx);
    const cycleId = ideaToCycle(doc, { ideaId: second, projectId }, ctx);
    expect(readBoard(doc).cycles[0]).toMatchObject({ id: cycleId, projectId, objective: 'Call transport at 9am', ideaId: second });
  });

  it.each([
    [{ text: '   ' }, /text: must not be empty/],
    [{ text: 'ok', sourceUrl: 'not a url' }, /sourceUrl: must be a web address/],
    [{ text: 42 }, /text: must be text/],
  ])('rejects bad idea input %#', (input, message) => {
    const { doc, ctx } = newBoard();
    const before = stateOf(doc);
    expect(() => addIdea(doc, input as never, ctx)).toThrow(message);
    expect(stateOf(doc)).toBe(before);
  });
});

describe('projects, compass and measures', () => {
  it('records the aim, the three questions, compass points, status and linked measures', () => {
    const { doc, ctx } = newBoard();
    const p = addProject(doc, { title: 'Timely discharge' }, ctx);
    for (const [field, value] of Object.entries({
      problem: 'Half of discharges after 2pm',
      aimWhat: 'Discharges before 11am',
      aimHowMuch: 'from 20% to 50%',
      aimByWhen: 'by 30 June 2026',
      aimForWhom: 'medical patients on 4 West',
      q1Accomplish: 'a',
      q2Know: 'b',
      q3Change: 'c',
    })) {
      editText(doc, { kind: 'projects', id: p, field, value }, ctx);
    }
    setCompassPoint(doc, { projectId: p, point: 'service', on: true }, ctx);
    setCompassPoint(doc, { projectId: p, point: 'quality', on: true }, ctx);
    setCompassPoint(doc, { projectId: p, point: 'quality', on: false }, ctx);
    updateProject(doc, { id: p, status: 'testing' }, ctx);
    const m = addMeasure(doc, { name: 'Discharges before 11am', unit: '%', better: 'up', goal: 50 }, ctx);
    linkMeasure(doc, { projectId: p, measureId: m, linked: true }, ctx);
    const board = readBoard(doc);
    expect(board.projects[0]).toMatchObject({ status: 'testing', aimHowMuch: 'from 20% to 50%', compass: { service: true }, measureIds: { [m]: true } });
    const { groups, unassigned } = compassGroups(board.projects);
    expect(groups.find((g) => g.point === 'service')?.projects.map((x) => x.id)).toEqual([p]);
    expect(groups.find((g) => g.point === 'quality')?.projects).toEqual([]);
    expect(unassigned).toEqual([]);
  });

  it('rejects a bad status, compass point or unknown measure', () => {
    const { doc, ctx } = newBoard();
    const p = addProject(doc, { title: 'P' }, ctx);
    const before = stateOf(doc);
    expect(() => updateProject(doc, { id: p, status: 'finished' as never }, ctx)).toThrow(/status/);
    expect(() => setCompassPoint(doc, { projectId: p, point: 'speed' as never, on: true }, ctx)).toThrow(/point/);
    expect(() => linkMeasure(doc, { projectId: p, measureId: 'm404', linked: true }, ctx)).toThrow(/no measure/);
    expect(stateOf(doc)).toBe(before);
  });

  it('records a measure with its definition and data points, one per date', () => {
    const { doc, ctx } = newBoard();
    const m = addMeasure(
      doc,
      { name: 'Falls', type: 'outcome', unit: 'falls per month', better: 'down', baseline: 3, goal: 1, definition: 'Falls reported in the incident system' },
      ctx,
    );
    updateMeasure(doc, { id: m, goal: 0 }, ctx);
    const a = addDataPoint(doc, { measureId: m, date: '2026-02-01', value: 3 }, ctx);
    addDataPoint(doc, { measureId: m, date: '2026-01-01', value: 4, note: 'new staff' }, ctx);
    const before = stateOf(doc);
    expect(() => addDataPoint(doc, { measureId: m, date: '2026-02-01', value: 1 }, ctx)).toThrow(/already has a value for 2026-02-01/);
    expect(() => addDataPoint(doc, { measureId: m, date: '2026-02-30', value: 1 }, ctx)).toThrow(/not a real calendar date/);
    expect(() => addDataPoint(doc, { measureId: m, date: '2026-03-01', value: Number.NaN }, ctx)).toThrow(/value/);
    expect(() => updateDataPoint(doc, { id: a, date: '2026-01-01' }, ctx)).toThrow(/already has a value/);
    expect(stateOf(doc)).toBe(before);
    updateDataPoint(doc, { id: a, value: 2 }, ctx);
    const board = readBoard(doc);
    expect(board.measures[0]).toMatchObject({ better: 'down', goal: 0, baseline: 3, definition: 'Falls reported in the incident system' });
    expect(board.points.map((p) => [p.date, p.value, p.note])).toEqual([
      ['2026-01-01', 4, 'new staff'],
      ['2026-02-01', 2, ''],
    ]);
    deleteEntity(doc, { kind: 'points', id: a }, ctx);
    addDataPoint(doc, { measureId: m, date: '2026-02-01', value: 5 }, ctx);
    expect(readBoard(doc).points).toHaveLength(2);
  });
});

describe('tests of change (PDSA cycles)', () => {
  it('keeps every worksheet field and a ramp in order, starting the next cycle from Act', () => {
    const { doc, ctx } = newBoard();
    const p = addProject(doc, { title: 'Timely discharge' }, ctx);
    const c1 = addCycle(doc, { projectId: p, title: 'Cycle 1' }, ctx);
    updateCycle(doc, { id: c1, startDate: '2026-03-02', endDate: '2026-03-06', doAsPlanned: 'partly' }, ctx);
    editText(doc, { kind: 'cycles', id: c1, field: 'prediction', value: 'Half of patients ready by 11am' }, ctx);
    expect(() => startNextCycle(doc, { fromCycleId: c1 }, ctx)).toThrow(/adopt, adapt or abandon/);
    updateCycle(doc, { id: c1, actDecision: 'adapt' }, ctx);
    editText(doc, { kind: 'cycles', id: c1, field: 'actNext', value: 'Try it on two more beds' }, ctx);
    const c2 = startNextCycle(doc, { fromCycleId: c1 }, ctx);
    const cycles = readBoard(doc).cycles;
    expect(cycles.map((c) => c.id)).toEqual([c1, c2]);
    expect(cycles[0]).toMatchObject({ doAsPlanned: 'partly', actDecision: 'adapt', prediction: 'Half of patients ready by 11am' });
    expect(cycles[1]).toMatchObject({ title: 'Cycle 2', previousCycleId: c1, objective: 'Try it on two more beds', actDecision: null });
  });

  it('rejects an end date before the start date and an unknown project', () => {
    const { doc, ctx } = newBoard();
    const p = addProject(doc, { title: 'P' }, ctx);
    const c = addCycle(doc, { projectId: p, title: 'C' }, ctx);
    const before = stateOf(doc);
    expect(() => updateCycle(doc, { id: c, startDate: '2026-03-09', endDate: '2026-03-02' }, ctx)).toThrow(/end date must not be before/);
    expect(() => addCycle(doc, { projectId: 'p404', title: 'C' }, ctx)).toThrow(/no project/);
    expect(() => updateCycle(doc, { id: c, actDecision: 'keep' as never }, ctx)).toThrow(/actDecision/);
    expect(stateOf(doc)).toBe(before);
  });
});

describe('actions', () => {
  it('records owner, due date and done', () => {
    const { doc, ctx } = newBoard();
    const a = addAction(doc, { text: 'Book huddle room', owner: 'Ana', due: '2026-03-10' }, ctx);
    updateAction(doc, { id: a, done: true }, ctx);
    expect(readBoard(doc).actions[0]).toMatchObject({ text: 'Book huddle room', owner: 'Ana', due: '2026-03-10', done: true });
    const before = stateOf(doc);
    expect(() => addAction(doc, { text: '' }, ctx)).toThrow(/text: must not be empty/);
    expect(() => updateAction(doc, { id: a, due: 'next week' }, ctx)).toThrow(/due/);
    expect(stateOf(doc)).toBe(before);
  });
});

describe('speaking up safely', async () => {
  const core = await import('../../src/core');
  it('adds an idea without a name: no author, nothing in the document that names who added it', () => {
    const { doc } = newBoard();
    const named = { ...testContext('n'), actor: 'Dee Lopez' };
    const nameless = testContext('a');
    const id = core.addIdea(doc, { text: 'Short staffing on nights is not safe', anonymous: true }, nameless);
    const idea = readBoard(doc).ideas.find((i) => i.id === id)!;
    expect(idea).toMatchObject({ anonymous: true, author: '' });
    expect(idea).not.toHaveProperty('createdBy');
    expect(idea).not.toHaveProperty('updatedBy');
    expect(JSON.stringify(core.toPlain(core.collection(doc, 'ideas').get(id)!))).not.toContain('Dee');
    // Refused when it would carry a name, either way.
    expect(() => core.addIdea(doc, { text: 'x', anonymous: true, author: 'Dee Lopez' }, nameless)).toThrow(/cannot carry an author/);
    expect(() => core.addIdea(doc, { text: 'x', anonymous: true }, named)).toThrow(/without the editor’s name/);
    // An ordinary idea carries the name, as before.
    const other = core.addIdea(doc, { text: 'Named idea', author: 'Dee Lopez' }, named);
    expect(readBoard(doc).ideas.find((i) => i.id === other)).toMatchObject({ author: 'Dee Lopez', createdBy: 'Dee Lopez', anonymous: false });
  });
});

describe('joint decisions, jointly recorded', async () => {
  const core = await import('../../src/core');
  const Y = await import('yjs');
  it('records who decided a triage, an Act decision and a status change, and which co-leads agreed; a new decision starts a new agreement', () => {
    const ana = { ...testContext('a'), actor: 'Ana Ruiz' };
    const { doc } = newBoard(ana);
    const anaId = core.addPerson(doc, { name: 'Ana Ruiz', role: 'manager-co-lead' }, ana);
    const benId = core.addPerson(doc, { name: 'Ben Okafor', role: 'union-co-lead' }, ana);
    const deeId = core.addPerson(doc, { name: 'Dee Lopez', role: 'member' }, ana);
    const idea = core.addIdea(doc, { text: 'Stage wheelchairs' }, ana);
    const project = core.addProject(doc, { title: 'Timely discharge' }, ana);
    const cycle = core.addCycle(doc, { projectId: project, title: 'Cycle 1' }, ana);
    expect(() => core.agreeToDecision(doc, { kind: 'ideas', id: idea, personId: anaId, agreed: true }, ana)).toThrow(/no decision recorded/);

    core.triageIdea(doc, { ideaId: idea, state: 'accepted' }, ana);
    core.updateCycle(doc, { id: cycle, actDecision: 'adapt' }, ana);
    core.updateProject(doc, { id: project, status: 'testing' }, ana);
    // Ben agrees from his own browser, at the same time as Ana.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const ben = { ...testContext('b'), actor: 'Ben Okafor' };
    for (const [kind, id] of [
      ['ideas', idea],
      ['cycles', cycle],
      ['projects', project],
    ] as const) {
      core.agreeToDecision(doc, { kind, id, personId: anaId, agreed: true }, ana);
      core.agreeToDecision(peer, { kind, id, personId: benId, agreed: true }, ben);
    }
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    let board = core.readBoard(doc);
    expect(board.ideas[0]).toMatchObject({ triageDecidedBy: 'Ana Ruiz', triageAgreed: { [anaId]: true, [benId]: true } });
    expect(board.cycles[0]).toMatchObject({ actDecision: 'adapt', actDecidedBy: 'Ana Ruiz', actAgreed: { [anaId]: true, [benId]: true } });
    expect(board.projects[0]).toMatchObject({ status: 'testing', statusDecidedBy: 'Ana Ruiz', statusAgreed: { [anaId]: true, [benId]: true } });
    // Only co-leads agree.
    expect(() => core.agreeToDecision(doc, { kind: 'ideas', id: idea, personId: deeId, agreed: true }, ana)).toThrow(/Only co-leads/);
    // Ben changes the Act decision: recorded as his, and nobody has agreed to it yet.
    core.updateCycle(doc, { id: cycle, actDecision: 'adopt' }, ben);
    board = core.readBoard(doc);
    expect(board.cycles[0]).toMatchObject({ actDecision: 'adopt', actDecidedBy: 'Ben Okafor' });
    expect(board.cycles[0]!.actAgreed).toEqual({});
    // Saving the same decision again is not a new decision.
    core.updateProject(doc, { id: project, status: 'testing' }, ben);
    expect(core.readBoard(doc).projects[0]).toMatchObject({ statusDecidedBy: 'Ana Ruiz' });
    // The report says who decided and who agreed.
    const report = core.buildReport(core.readBoard(doc), { kind: 'board' });
    const html = core.renderReportHtml(report);
    const md = core.renderReportMarkdown(report);
    expect(html).toMatch(/Status decided by Ana Ruiz on [^<]+; agreed by all co-leads/);
    expect(html).toMatch(/adopt \(decided by Ben Okafor on [^)]+; no co-lead agreement recorded\)/);
    expect(md).toMatch(/status decided by Ana Ruiz on .+; agreed by all co-leads/);
  });
});
