import * as Y from 'yjs';
import * as core from '../src/core';

/**
 * The `open-large-board` board: 30 projects, 300 PDSA cycles, 40 measures with 150 weekly points each and
 * 1,500 ideas, written through the public operations with realistic amounts of text.
 */
export const buildLargeBoard = (boardId = 'large-board', sizes = { projects: 30, cyclesPerProject: 10, measures: 40, points: 150, ideas: 1500 }): Y.Doc => {
  const doc = new Y.Doc();
  let n = 0;
  let t = Date.UTC(2024, 0, 1);
  const ctx: core.OpContext = { origin: {}, newId: () => `e${++n}`, now: () => (t += 60_000) };
  core.initBoard(doc, { boardId, team: { name: 'Large Board Team', department: 'Medicine', facility: 'Bench Medical Center', region: 'Bench' } }, ctx);
  const sentence = (i: number) => `Observation ${i}: patients on the unit waited for transport after the discharge order was written, so beds stayed blocked.`;
  const measureIds: string[] = [];
  for (let m = 0; m < sizes.measures; m++) {
    const id = core.addMeasure(
      doc,
      { name: `Measure ${m + 1}`, type: core.MEASURE_TYPES[m % 3]!, unit: '%', better: m % 2 ? 'up' : 'down', goal: 50, definition: sentence(m) },
      ctx,
    );
    measureIds.push(id);
    const start = Date.UTC(2023, 0, 2);
    for (let p = 0; p < sizes.points; p++) {
      const date = new Date(start + p * 7 * 86_400_000).toISOString().slice(0, 10);
      core.addDataPoint(doc, { measureId: id, date, value: 40 + ((p * 37 + m * 11) % 23) }, ctx);
    }
  }
  for (let p = 0; p < sizes.projects; p++) {
    const projectId = core.addProject(doc, { title: `Project ${p + 1}: timely discharge` }, ctx);
    core.editText(doc, { kind: 'projects', id: projectId, field: 'problem', value: sentence(p).repeat(3) }, ctx);
    core.setCompassPoint(doc, { projectId, point: core.COMPASS_POINTS[p % 4]!, on: true }, ctx);
    if (measureIds.length) core.linkMeasure(doc, { projectId, measureId: measureIds[p % measureIds.length]!, linked: true }, ctx);
    for (let c = 0; c < sizes.cyclesPerProject; c++) {
      const cycleId = core.addCycle(doc, { projectId, title: `Cycle ${c + 1}` }, ctx);
      for (const field of ['objective', 'prediction', 'planWhat', 'doWhatHappened', 'studyLearning', 'actNext']) {
        core.editText(doc, { kind: 'cycles', id: cycleId, field, value: sentence(c) }, ctx);
      }
      core.updateCycle(doc, { id: cycleId, actDecision: core.ACT_DECISIONS[c % 3]! }, ctx);
    }
  }
  for (let i = 0; i < sizes.ideas; i++) {
    const id = core.addIdea(doc, { text: `Idea ${i + 1}: ${sentence(i)}`, author: `Staff ${i % 40}` }, ctx);
    if (i % 3 === 0) core.setVote(doc, { ideaId: id, voterId: `v${i % 7}`, vote: true }, ctx);
  }
  return doc;
};
