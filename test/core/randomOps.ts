import type * as Y from 'yjs';
import * as core from '../../src/core';
import { collection, OperationError, type Kind, type OpContext } from '../../src/core';

/** mulberry32: a tiny seeded PRNG, so a failing seed can be replayed. */
export const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export const DELETABLE = ['people', 'ideas', 'projects', 'cycles', 'measures', 'points', 'actions', 'annotations', 'meetings', 'agenda', 'decisions'] as const;
const WORDS = ['discharge', 'huddle', 'falls', 'call light', 'wait', 'kits', 'transport', 'handoff', '', 'ünïcode ✓', '<b>&</b>'];
const TEXT_TARGETS: [Kind, string][] = [
  ['ideas', 'text'],
  ['projects', 'problem'],
  ['projects', 'aimWhat'],
  ['cycles', 'prediction'],
  ['cycles', 'actNext'],
  ['measures', 'definition'],
  ['charter', 'text'],
];

/**
 * One random operation from the public API on `doc`, covering every entity kind, concurrent edits of
 * one field and deletes against edits. Refusals (OperationError) are expected and swallowed.
 */
export const randomStep = (doc: Y.Doc, ctx: OpContext, rand: () => number): void => {
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(items: readonly T[]): T | undefined => items[int(items.length)];
  const word = () => pick(WORDS)!;
  const id = (kind: Kind) => pick([...collection(doc, kind).keys()]) ?? 'missing';
  const date = () => `2026-0${1 + int(9)}-1${int(9)}`;
  const ops: (() => unknown)[] = [
    () => core.addIdea(doc, { text: `idea ${word()} ${int(100)}`, sourceUrl: rand() < 0.3 ? 'https://intranet.example/p' : '' }, ctx),
    () => core.setVote(doc, { ideaId: id('ideas'), voterId: `v${int(3)}`, vote: rand() < 0.7 }, ctx),
    () => core.triageIdea(doc, { ideaId: id('ideas'), state: pick(core.IDEA_STATES)!, reason: pick(core.OUT_OF_SCOPE_REASONS)!, routedTo: word() }, ctx),
    () => core.ideaToProject(doc, { ideaId: id('ideas') }, ctx),
    () => core.addProject(doc, { title: `project ${int(100)}` }, ctx),
    () => core.updateProject(doc, { id: id('projects'), status: pick(core.PROJECT_STATUSES)! }, ctx),
    () => core.setCompassPoint(doc, { projectId: id('projects'), point: pick(core.COMPASS_POINTS)!, on: rand() < 0.6 }, ctx),
    () => core.addCycle(doc, { projectId: id('projects'), title: `cycle ${int(9)}` }, ctx),
    () => core.updateCycle(doc, { id: id('cycles'), actDecision: pick(core.ACT_DECISIONS)!, startDate: rand() < 0.5 ? date() : undefined }, ctx),
    () => core.startNextCycle(doc, { fromCycleId: id('cycles') }, ctx),
    () => core.addMeasure(doc, { name: `measure ${int(9)}`, better: rand() < 0.5 ? 'up' : 'down', chart: rand() < 0.5 ? 'run' : 'xmr' }, ctx),
    () =>
      core.addDataPoint(
        doc,
        rand() < 0.7
          ? { measureId: id('measures'), date: date(), value: int(50) }
          : { measureId: id('measures'), date: date(), numerator: int(10), denominator: 1 + int(40) },
        ctx,
      ),
    () => core.addAnnotation(doc, { measureId: id('measures'), date: date(), text: `note ${word() || 'x'}` }, ctx),
    () => core.setRebase(doc, { measureId: id('measures'), date: date(), on: rand() < 0.7 }, ctx),
    () => core.linkMeasure(doc, { projectId: id('projects'), measureId: id('measures'), linked: true }, ctx),
    () => core.addAction(doc, { text: `action ${word() || 'x'}`, owner: word() }, ctx),
    () => core.updateAction(doc, { id: id('actions'), done: rand() < 0.5 }, ctx),
    () => core.addPerson(doc, { name: `person ${int(9)}`, role: pick(core.ROLES)! }, ctx),
    () => core.moveEntity(doc, { kind: 'projects', id: id('projects'), after: null, before: rand() < 0.5 ? null : id('projects') }, ctx),
    () => core.ideaToCycle(doc, { ideaId: id('ideas'), projectId: id('projects') }, ctx),
    () => core.updateTeam(doc, rand() < 0.5 ? { name: `Team ${word() || 'x'}` } : { department: word(), region: word() }, ctx),
    () => core.updatePerson(doc, { id: id('people'), role: pick(core.ROLES)! }, ctx),
    () => core.setCharterAgreement(doc, { section: pick(core.CHARTER_SECTIONS)!, personId: id('people'), agreed: rand() < 0.7 }, ctx),
    () => core.updateMeasure(doc, { id: id('measures'), name: `measure ${word() || 'x'}`, better: rand() < 0.5 ? 'up' : 'down' }, ctx),
    () =>
      core.importDataPoints(
        doc,
        { measureId: id('measures'), points: Array.from({ length: 1 + int(4) }, (_, i) => ({ date: `2025-1${int(3)}-0${1 + i}`, value: int(30) })) },
        ctx,
      ),
    () => core.updateDataPoint(doc, rand() < 0.5 ? { id: id('points'), value: int(60) } : { id: id('points'), date: date() }, ctx),
    () => core.setMainMeasure(doc, { projectId: id('projects'), measureId: rand() < 0.8 ? id('measures') : null }, ctx),
    // Meetings: start, items, moving on, attendance, decisions, actions against an item, ending.
    () => core.startMeeting(doc, { today: date(), startedBy: word() }, ctx),
    () => core.addAgendaItem(doc, { meetingId: id('meetings'), title: `item ${word() || 'x'}` }, ctx),
    () => {
      const item = collection(doc, 'agenda').get(id('agenda'));
      core.goToAgendaItem(doc, { meetingId: String(item?.get('meetingId') ?? 'missing'), itemId: String(item?.get('id') ?? 'missing') }, ctx);
    },
    () => {
      const item = collection(doc, 'agenda').get(id('agenda'));
      core.updateAgendaItem(
        doc,
        { meetingId: String(item?.get('meetingId') ?? 'missing'), id: String(item?.get('id') ?? 'missing'), covered: rand() < 0.5 },
        ctx,
      );
    },
    () => core.setAttendance(doc, { meetingId: id('meetings'), personId: id('people'), present: rand() < 0.8 }, ctx),
    () => {
      const item = collection(doc, 'agenda').get(id('agenda'));
      core.addDecision(
        doc,
        { meetingId: String(item?.get('meetingId') ?? 'missing'), agendaItemId: String(item?.get('id') ?? 'missing'), text: `decide ${word() || 'x'}` },
        ctx,
      );
    },
    () => {
      const item = collection(doc, 'agenda').get(id('agenda'));
      core.addAction(
        doc,
        { text: `from meeting ${int(9)}`, meetingId: String(item?.get('meetingId') ?? 'missing'), agendaItemId: String(item?.get('id') ?? 'missing') },
        ctx,
      );
    },
    () => core.moveEntity(doc, { kind: 'agenda', id: id('agenda'), after: null, before: rand() < 0.5 ? null : id('agenda') }, ctx),
    () => core.endMeeting(doc, { meetingId: id('meetings') }, ctx),
    () => {
      const kind = pick(DELETABLE)!;
      core.deleteEntity(doc, { kind, id: id(kind) }, ctx);
    },
    () => {
      const kind = pick(DELETABLE)!;
      core.restoreEntity(doc, { kind, id: id(kind) }, ctx);
    },
    () => {
      const [kind, field] = pick(TEXT_TARGETS)!;
      const target = kind === 'charter' ? pick(core.CHARTER_SECTIONS)! : id(kind);
      const current = String(collection(doc, kind).get(target)?.get(field) ?? '');
      const at = int(current.length + 1);
      const value = rand() < 0.7 ? current.slice(0, at) + word() + current.slice(at) : current.slice(0, at) + current.slice(at + 1 + int(4));
      core.editText(doc, { kind, id: target, field, value }, ctx);
    },
  ];
  try {
    pick(ops)!();
  } catch (error) {
    if (!(error instanceof OperationError)) throw error;
  }
};
