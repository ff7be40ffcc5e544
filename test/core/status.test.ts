import { describe, expect, it } from 'vitest';
import * as core from '../../src/core';
import { newBoard, testContext } from './helpers';

describe('the status a project’s tests point to', () => {
  it('suggests Testing once a test of change has started, and Spreading once a change is adopted', () => {
    const ctx = testContext('s');
    const { doc } = newBoard(ctx);
    const p = core.addProject(doc, { title: 'Faster triage' }, ctx);
    const read = () => {
      const board = core.readBoard(doc);
      return core.suggestedStatus(board.projects[0]!, board.cycles, '2026-12-01');
    };
    const first = core.addCycle(doc, { projectId: p, title: 'Split-flow' }, ctx);
    expect(read()).toBeNull();
    core.updateCycle(doc, { id: first, startDate: '2026-11-16' }, ctx);
    core.addCycle(doc, { projectId: p, title: 'Second' }, ctx);
    expect(read()).toEqual({ status: 'testing', why: '1 test of change has started' });
    core.updateProject(doc, { id: p, status: 'testing' }, ctx);
    expect(read()).toBeNull();
    core.updateCycle(doc, { id: first, actDecision: 'adopt' }, ctx);
    expect(read()).toEqual({ status: 'spreading', why: '1 change was adopted' });
    core.updateProject(doc, { id: p, status: 'spreading' }, ctx);
    expect(read()).toBeNull();
  });
});
