import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../src/core';

import { busyBoard, TODAY } from './meetingBoard';

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
