import * as core from '../../src/core';
import { newBoard } from './helpers';

export const TODAY = '2026-03-16';
export const DAY = 86_400_000;

/** A context whose clock the test sets, and whose edits carry a name. */
export const clockContext = (prefix: string, actor?: string) => {
  let n = 0;
  const clock = { t: Date.UTC(2026, 2, 2, 9) };
  const ctx: core.OpContext = { origin: {}, newId: () => `${prefix}${++n}`, now: () => clock.t, actor };
  return { ctx, clock };
};

/** A board with something for every kind of agenda item, and some that must stay off it. */
export const busyBoard = () => {
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
