import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../src/core';
import { newBoard, testContext } from './helpers';
import { busyBoard, clockContext, DAY, TODAY } from './meetingBoard';

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
