import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../src/core';
import { newBoard, testContext } from './helpers';

const TODAY = '2026-03-16';
const DAY = 86_400_000;

/** A context whose clock the test sets, and whose edits carry a name. */
const clockContext = (prefix: string, actor?: string) => {
  let n = 0;
  const clock = { t: Date.UTC(2026, 2, 2, 9) };
  const ctx: core.OpContext = { origin: {}, newId: () => `${prefix}${++n}`, now: () => clock.t, actor };
  return { ctx, clock };
};

/** A board with something for every kind of agenda item, and some that must stay off it. */
const busyBoard = () => {
  const { ctx, clock } = clockContext('b', 'Ana Ruiz');
  const { doc } = newBoard(ctx);
  const newIdea = core.addIdea(doc, { text: 'Stage wheelchairs at the entrance', author: 'Bo' }, ctx);
  const parked = core.addIdea(doc, { text: 'Repaint the lounge' }, ctx);
  core.triageIdea(doc, { ideaId: parked, state: 'parked' }, ctx);
  const project = core.addProject(doc, { title: 'Timely discharge' }, ctx);
  const due = core.addCycle(doc, { projectId: project, title: 'Discharge by 11 on one hall' }, ctx);
  core.updateCycle(doc, { id: due, startDate: '2026-03-02', endDate: '2026-03-13' }, ctx);
  const running = core.addCycle(doc, { projectId: project, title: 'Still running' }, ctx);
  core.updateCycle(doc, { id: running, startDate: '2026-03-10', endDate: '2026-03-20' }, ctx);
  const decided = core.addCycle(doc, { projectId: project, title: 'Already decided' }, ctx);
  core.updateCycle(doc, { id: decided, startDate: '2026-02-01', endDate: '2026-02-10', actDecision: 'adopt' }, ctx);
  const measure = core.addMeasure(doc, { name: 'Discharges before 11:00', unit: '%', better: 'up' }, ctx);
  // Ten weeks around 30 %, then six weeks above the median: a shift, the improvement the team hoped for.
  const values = [30, 31, 29, 30, 32, 28, 30, 31, 29, 30, 40, 42, 41, 43, 44, 45];
  for (const [i, value] of values.entries()) {
    core.addDataPoint(doc, { measureId: measure, date: `2026-${i < 9 ? '01' : '02'}-${String(1 + (i % 9) * 3).padStart(2, '0')}`, value }, ctx);
  }
  const quiet = core.addMeasure(doc, { name: 'Call lights answered', better: 'up' }, ctx);
  core.addDataPoint(doc, { measureId: quiet, date: '2026-03-01', value: 5 }, ctx);
  const overdue = core.addAction(doc, { text: 'Order wheelchairs', owner: 'Bo', due: '2026-03-10' }, ctx);
  const soon = core.addAction(doc, { text: 'Brief night shift', due: '2026-03-20' }, ctx);
  core.addAction(doc, { text: 'Later', due: '2026-04-30' }, ctx);
  const done = core.addAction(doc, { text: 'Done already', due: '2026-03-01' }, ctx);
  core.updateAction(doc, { id: done, done: true }, ctx);
  const person = core.addPerson(doc, { name: 'Ana Ruiz', role: 'manager-co-lead' }, ctx);
  return { doc, ctx, clock, ids: { newIdea, due, measure, overdue, soon, person, project } };
};

describe('the agenda a meeting starts with', () => {
  it('lists new ideas, tests due for Study or Act, measures with a new signal and actions overdue or due within a week', () => {
    const { doc, ids } = busyBoard();
    const agenda = core.buildAgenda(core.readBoard(doc), TODAY, null);
    expect(agenda.map((a) => [a.source, a.refId])).toEqual([
      ['idea', ids.newIdea],
      ['cycle', ids.due],
      ['measure', ids.measure],
      ['action', ids.overdue],
      ['action', ids.soon],
    ]);
    expect(agenda[1]!.detail).toBe('Timely discharge · Do ended 13 March 2026');
    expect(agenda[2]!.detail).toMatch(/^Improvement: /);
    expect(agenda[3]!.detail).toBe('Overdue since 10 March 2026 · Bo');
    expect(agenda[4]!.detail).toBe('Due 20 March 2026');
  });

  it('lists a measure again only when a point added since the last meeting is part of a signal', () => {
    const { doc, clock, ctx, ids } = busyBoard();
    const lastMeeting = clock.t + DAY;
    expect(core.buildAgenda(core.readBoard(doc), TODAY, lastMeeting).some((a) => a.source === 'measure')).toBe(false);
    clock.t = lastMeeting + DAY;
    core.addDataPoint(doc, { measureId: ids.measure, date: '2026-03-05', value: 46 }, ctx);
    expect(
      core
        .buildAgenda(core.readBoard(doc), TODAY, lastMeeting)
        .filter((a) => a.source === 'measure')
        .map((a) => a.refId),
    ).toEqual([ids.measure]);
  });
});

describe('running a meeting', () => {
  it('starts with the built agenda, keeps time per item as co-leads move on, and refuses a second meeting', () => {
    const { doc, clock, ctx, ids } = busyBoard();
    const meetingId = core.startMeeting(doc, { today: TODAY, startedBy: 'Ana Ruiz' }, ctx);
    expect(() => core.startMeeting(doc, { today: TODAY }, ctx)).toThrow(/already in progress/);
    let board = core.readBoard(doc);
    const items = board.agenda.filter((i) => i.meetingId === meetingId);
    expect(items).toHaveLength(5);
    expect(core.meetingInProgress(board.meetings).current?.currentItemId).toBe(items[0]!.id);

    // A co-lead on another browser moves on after 4 minutes; the other adds a free item and records on it.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const { ctx: peerCtx, clock: peerClock } = clockContext('p', 'Bo Vance');
    peerClock.t = clock.t + 4 * 60_000;
    core.goToAgendaItem(peer, { meetingId, itemId: items[1]!.id }, peerCtx);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    clock.t += 10 * 60_000;
    const free = core.addAgendaItem(doc, { meetingId, title: 'Holiday rota' }, ctx);
    core.goToAgendaItem(doc, { meetingId, itemId: free }, ctx);
    core.addDecision(doc, { meetingId, agendaItemId: free, text: 'Swap requests go through Bo', by: 'Ana Ruiz' }, ctx);
    core.addAction(doc, { text: 'Post the rota', owner: 'Bo', due: '2026-03-18', meetingId, agendaItemId: free }, ctx);
    core.setAttendance(doc, { meetingId, personId: ids.person, present: true }, ctx);
    clock.t += 3 * 60_000;
    core.endMeeting(doc, { meetingId }, ctx);
    expect(() => core.addDecision(doc, { meetingId, text: 'too late' }, ctx)).toThrow(/has ended/);

    board = core.readBoard(doc);
    const minutes = core.buildMinutes(board, meetingId)!;
    expect(minutes.attendees).toEqual(['Ana Ruiz']);
    expect(minutes.items.map((i) => [i.item.title, i.item.covered, Math.round(i.item.spentMs / 60_000)])).toEqual([
      ['Stage wheelchairs at the entrance', true, 4],
      ['Discharge by 11 on one hall', true, 6],
      ['Discharges before 11:00', false, 0],
      ['Order wheelchairs', false, 0],
      ['Brief night shift', false, 0],
      ['Holiday rota', true, 3],
    ]);
    expect(minutes.coveredCount).toBe(3);
    const md = core.renderMinutesMarkdown(minutes);
    expect(md).toContain('**Decision:** Swap requests go through Bo (Ana Ruiz)');
    expect(md).toContain('**Action:** Post the rota · owner: Bo · due 18 March 2026');
    expect(md).toContain('**Attendees:** Ana Ruiz');
    expect(md).toContain('3 of 6 items covered');
    const html = core.renderMinutesHtml(minutes);
    expect(html).toContain(`content="${core.REPORT_CSP}"`);
    expect(html).toContain('<td>Post the rota</td>');
  });

  it('picks the same meeting on every peer when two co-leads start one at the same moment', () => {
    const { doc } = busyBoard();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const a = core.startMeeting(doc, { today: TODAY }, clockContext('x').ctx);
    const b = core.startMeeting(peer, { today: TODAY }, clockContext('y').ctx);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const here = core.meetingInProgress(core.readBoard(doc).meetings);
    const there = core.meetingInProgress(core.readBoard(peer).meetings);
    expect(here.current?.id).toBe([a, b].sort()[0]);
    expect(there.current?.id).toBe(here.current?.id);
    expect(here.duplicates.map((m) => m.id)).toEqual([[a, b].sort()[1]]);
  });

  it('escapes board text in the minutes', () => {
    const { ctx } = clockContext('e');
    const { doc } = newBoard(ctx);
    core.updateTeam(doc, { name: 'Ward <b>4</b>' }, ctx);
    const meetingId = core.startMeeting(doc, { today: TODAY }, ctx);
    core.addAgendaItem(doc, { meetingId, title: '<img src=x onerror=alert(1)> *bold*' }, ctx);
    const minutes = core.buildMinutes(core.readBoard(doc), meetingId)!;
    const html = core.renderMinutesHtml(minutes);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<b>4</b>');
    expect(core.renderMinutesMarkdown(minutes)).toContain('\\<img src=x onerror=alert(1)\\> \\*bold\\*');
  });
});

describe('since last meeting', () => {
  it('lists what was added, changed or deleted after the last meeting ended, with who did it', () => {
    const { doc, clock, ctx, ids } = busyBoard();
    const meetingId = core.startMeeting(doc, { today: TODAY }, ctx);
    clock.t += 30 * 60_000;
    core.endMeeting(doc, { meetingId }, ctx);
    const ended = clock.t;
    clock.t += DAY;
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const { ctx: bo, clock: boClock } = clockContext('q', 'Bo Vance');
    boClock.t = clock.t;
    core.addIdea(peer, { text: 'Text patients the day before' }, bo);
    core.updateProject(peer, { id: ids.project, status: 'testing' }, bo);
    core.deleteEntity(peer, { kind: 'actions', id: ids.soon }, bo);
    core.addDataPoint(peer, { measureId: ids.measure, date: '2026-03-05', value: 46 }, bo);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    const changes = core.changesSince(doc, ended);
    expect(changes.map((c) => [c.kind, c.what, c.title, c.by]).sort()).toEqual(
      [
        ['ideas', 'added', 'Text patients the day before', 'Bo Vance'],
        ['projects', 'changed', 'Timely discharge', 'Bo Vance'],
        ['actions', 'deleted', 'Brief night shift', 'Bo Vance'],
        ['points', 'added', 'Discharges before 11:00, 2026-03-05: 46', 'Bo Vance'],
      ].sort(),
    );
    // The next meeting remembers where "since" starts.
    clock.t += DAY;
    const next = core.startMeeting(doc, { today: TODAY }, ctx);
    expect(core.readBoard(doc).meetings.find((m) => m.id === next)?.since).toBe(ended);
  });

  it('names nobody for edits made without a name (an older version, or no display name set)', () => {
    const { doc, ctx } = newBoard(testContext('n'));
    core.addIdea(doc, { text: 'No name' }, ctx);
    expect(core.changesSince(doc, 0).find((c) => c.kind === 'ideas')?.by).toBe('');
  });
});

describe('the sponsor roll-up', () => {
  it('counts what a sponsor asks about each team', () => {
    const { doc, ctx, clock, ids } = busyBoard();
    const concern = core.addMeasure(doc, { name: 'Falls per 1,000 patient days', better: 'down' }, ctx);
    const falls = [2, 3, 2, 2, 3, 2, 3, 2, 2, 3, 6, 7, 6, 7, 8, 7];
    for (const [i, value] of falls.entries())
      core.addDataPoint(doc, { measureId: concern, date: `2026-0${i < 8 ? 1 : 2}-${String(2 + (i % 8) * 3).padStart(2, '0')}`, value }, ctx);
    core.addCycle(doc, { projectId: ids.project, title: 'Not started' }, ctx);
    const done = core.addProject(doc, { title: 'Finished' }, ctx);
    core.updateProject(doc, { id: done, status: 'done' }, ctx);
    const meeting = core.startMeeting(doc, { today: TODAY }, ctx);
    clock.t += 3_600_000;
    core.endMeeting(doc, { meetingId: meeting }, ctx);
    const rollup = core.boardRollup(core.readBoard(doc), TODAY);
    expect(rollup).toMatchObject({
      team: 'Med-Surg 4 West',
      unit: 'Nursing · Oakland',
      activeProjects: 1,
      cyclesInProgress: 1,
      cyclesOverdue: 1,
      concerning: ['Falls per 1,000 patient days'],
      lastMeeting: clock.t,
      meetingNow: false,
      actionsPastDue: 1,
      ideasToTriage: 1,
    });
    expect(rollup.improving).toContain('Discharges before 11:00');
    // Signals older than 90 days no longer count.
    expect(core.boardRollup(core.readBoard(doc), '2026-07-01')).toMatchObject({ improving: [], concerning: [] });
  });
});

describe('deciding on an agenda item', () => {
  /** The busy board's meeting, started on TODAY; the agenda item about each thing, by its id. */
  const meetingOn = () => {
    const board = busyBoard();
    const meetingId = core.startMeeting(board.doc, { today: TODAY, startedBy: 'Ana Ruiz' }, board.ctx);
    const items = new Map(
      core
        .readBoard(board.doc)
        .agenda.filter((i) => i.meetingId === meetingId)
        .map((i) => [i.refId, i.id]),
    );
    const decide = (refId: string, choice: core.AgendaChoice) =>
      core.decideOnAgendaItem(board.doc, { meetingId, agendaItemId: items.get(refId)!, by: 'Ana Ruiz', choice }, board.ctx);
    return { ...board, meetingId, items, decide };
  };

  it('applies each choice to the board and records it in the minutes', () => {
    const { doc, ids, meetingId, decide } = meetingOn();
    const made = decide(ids.newIdea, { kind: 'project', title: 'Wheelchairs ready at the main entrance' });
    decide(ids.due, { kind: 'study', results: 'Discharges before 11:00 rose from 30% to 44% on 4 West.', learning: 'Checklist the night before works.' });
    decide(ids.due, { kind: 'act', decision: 'adopt', next: 'Spread to 5 West.' });
    decide(ids.measure, { kind: 'annotate', date: '2026-02-07', text: 'Checklist started' });
    decide(ids.overdue, { kind: 'action-done' });
    decide(ids.soon, { kind: 'action-due', due: '2026-03-27' });

    const board = core.readBoard(doc);
    const idea = board.ideas.find((i) => i.id === ids.newIdea)!;
    expect(idea).toMatchObject({ state: 'accepted', projectId: made.made });
    expect(board.projects.find((p) => p.id === made.made)?.title).toBe('Wheelchairs ready at the main entrance');
    expect(board.cycles.find((c) => c.id === ids.due)).toMatchObject({
      studyResults: 'Discharges before 11:00 rose from 30% to 44% on 4 West.',
      studyLearning: 'Checklist the night before works.',
      actDecision: 'adopt',
      actNext: 'Spread to 5 West.',
      actDecidedBy: 'Ana Ruiz',
    });
    expect(board.annotations).toEqual([expect.objectContaining({ measureId: ids.measure, date: '2026-02-07', text: 'Checklist started' })]);
    expect(board.actions.find((a) => a.id === ids.overdue)?.done).toBe(true);
    expect(board.actions.find((a) => a.id === ids.soon)?.due).toBe('2026-03-27');

    const minutes = core.buildMinutes(board, meetingId)!;
    expect(minutes.items.flatMap((i) => i.decisions.map((d) => d.text))).toEqual([
      'Accepted: made it a project, “Wheelchairs ready at the main entrance”.',
      'Study: Discharges before 11:00 rose from 30% to 44% on 4 West.',
      'Act: Adopted. Next: Spread to 5 West.',
      'Note on the chart at 7 February 2026: Checklist started',
      'Marked done.',
      'Due date moved to 27 March 2026.',
    ]);
    // The next meeting's agenda no longer lists the accepted idea, the decided test or the done action.
    const next = core.buildAgenda(board, TODAY, Date.now()).map((a) => a.refId);
    expect(next).not.toContain(ids.newIdea);
    expect(next).not.toContain(ids.due);
    expect(next).not.toContain(ids.overdue);
  });

  it('parks, marks out of scope with its reason, and votes without recording a decision', () => {
    const { doc, ids, meetingId, decide } = meetingOn();
    decide(ids.newIdea, { kind: 'vote', voterId: 'u-ana' });
    expect(core.readBoard(doc).decisions).toEqual([]);
    decide(ids.newIdea, { kind: 'out-of-scope', reason: 'legal-regulatory', routedTo: 'Risk management' });
    const board = core.readBoard(doc);
    expect(board.ideas.find((i) => i.id === ids.newIdea)).toMatchObject({
      state: 'out-of-scope',
      reason: 'legal-regulatory',
      routedTo: 'Risk management',
      votes: { 'u-ana': true },
    });
    expect(board.decisions.map((d) => [d.meetingId, d.text])).toEqual([[meetingId, 'Out of scope (legal or regulatory issues); routed to Risk management.']]);
  });

  it('writes nothing when the choice is not about the item, or the board refuses it', () => {
    const { doc, ids, decide } = meetingOn();
    const before = Y.encodeStateVector(doc);
    expect(() => decide(ids.overdue, { kind: 'park' })).toThrow(/not about what this agenda item is about/);
    expect(() => decide(ids.newIdea, { kind: 'out-of-scope', reason: 'legal-regulatory', routedTo: ' ' })).toThrow();
    expect(() => decide(ids.newIdea, { kind: 'test-of-change', projectId: 'no-such-project' })).toThrow();
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
