import * as Y from 'yjs';
import { z } from 'zod';
import { metaMap, SCHEMA_VERSION, teamMap } from '../doc/layout';
import { defineOperation, refuse } from '../ops/context';
import type { BoardSnapshot } from '../read/board';
import { mainMeasureOf } from '../read/project';
import { entityId, MAX_SHORT, requiredShort } from '../schema/inputs';

import { practiceEntries, isPracticeLibrary, PRACTICE_LIBRARY, PracticeSnapshot, PRACTICE_PROSE_MAX, type PublishChoices } from './schema';

export const initPracticeLibrary = defineOperation(
  'initPracticeLibrary',
  z.object({ libraryId: entityId, name: requiredShort }),
  (doc) => {
    if (metaMap(doc).has('schemaVersion')) throw refuse((tr) => tr.t('refuse.documentSetUp'));
  },
  (doc, input, ctx) => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('boardId', input.libraryId);
    meta.set('kind', PRACTICE_LIBRARY);
    meta.set('createdAt', ctx.now());
    teamMap(doc).set('name', input.name);
  },
);

/** The snapshot of one project a team publishes, holding only what they chose. */
export const practiceFromProject = (board: BoardSnapshot, projectId: string, choices: PublishChoices, contact: string): PracticeSnapshot => {
  const project = board.projects.find((p) => p.id === projectId);
  if (!project) throw refuse((tr) => tr.t('refuse.noProject'));
  const cycles = board.cycles.filter((c) => c.projectId === projectId);
  const aim = [
    project.aimWhat,
    project.aimHowMuch && `by how much: ${project.aimHowMuch}`,
    project.aimByWhen && `by when: ${project.aimByWhen}`,
    project.aimForWhom && `for whom: ${project.aimForWhom}`,
  ]
    .filter(Boolean)
    .join('; ');
  const measure = mainMeasureOf(project, board.measures);
  return PracticeSnapshot.parse({
    title: project.title,
    team: board.team.name,
    department: board.team.department,
    facility: board.team.facility,
    region: board.team.region,
    contact,
    problem: choices.problem ? project.problem.slice(0, PRACTICE_PROSE_MAX) : '',
    aim: choices.aim ? aim.slice(0, PRACTICE_PROSE_MAX) : '',
    compass: choices.compass ? Object.keys(project.compass).filter((k) => project.compass[k]) : [],
    changes: choices.changes ? cycles.map((c) => ({ title: c.title.slice(0, MAX_SHORT), plan: c.planWhat.trim().slice(0, PRACTICE_PROSE_MAX) })) : [],
    learnings: choices.learnings
      ? cycles
          .filter((c) => c.studyLearning.trim() || c.actDecision)
          .map((c) => ({ title: c.title, learning: c.studyLearning.slice(0, PRACTICE_PROSE_MAX), decision: c.actDecision }))
      : [],
    measure:
      choices.chart && measure
        ? {
            name: measure.name,
            unit: measure.unit,
            better: measure.better,
            chart: measure.chart,
            points: board.points.filter((p) => p.measureId === measure.id).map((p) => ({ date: p.date, value: p.value })),
          }
        : null,
  });
};

/** Publishes a read-only snapshot to the library. */
export const publishPractice = defineOperation(
  'publishPractice',
  PracticeSnapshot,
  (doc) => {
    if (!isPracticeLibrary(doc)) throw refuse((tr) => tr.t('refuse.notLibrary'));
  },
  (doc, input, ctx) => {
    const id = ctx.newId();
    const entry = new Y.Map<unknown>();
    entry.set('id', id);
    entry.set('publishedAt', ctx.now());
    for (const [key, value] of Object.entries(input)) entry.set(key, value);
    entry.set('adoptions', new Y.Map<string>());
    practiceEntries(doc).set(id, entry);
    return id;
  },
);

/** Counts an adoption back on the entry: one per adopting board, however often it adopts. */
export const recordAdoption = defineOperation(
  'recordAdoption',
  z.object({ entryId: entityId, boardId: entityId, team: z.string().max(MAX_SHORT) }),
  (doc, input) => {
    const entry = practiceEntries(doc).get(input.entryId);
    if (!(entry instanceof Y.Map)) throw refuse((tr) => tr.t('refuse.practiceGone'));
    return entry;
  },
  (_doc, input, _ctx, entry) => {
    let adoptions = entry.get('adoptions');
    if (!(adoptions instanceof Y.Map)) {
      adoptions = new Y.Map<string>();
      entry.set('adoptions', adoptions);
    }
    (adoptions as Y.Map<string>).set(input.boardId, input.team);
  },
);
