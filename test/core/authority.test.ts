import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as core from '../../src/core';
import { newBoard, testContext } from './helpers';

/** A board with two co-leads, Ana (this browser's user u-ana) and Ben (u-ben), and an idea triaged by Ana. */
const team = () => {
  const setup = testContext('a');
  const { doc } = newBoard(setup);
  const ana = core.addPerson(doc, { name: 'Ana Ruiz', role: 'manager-co-lead', userId: 'u-ana' }, setup);
  const ben = core.addPerson(doc, { name: 'Ben Okafor', role: 'union-co-lead' }, setup);
  const idea = core.addIdea(doc, { text: 'Greeter nurse at the front door' }, setup);
  const as = (userId: string, role: core.Role): core.OpContext => ({ ...testContext(userId), userId, role, actor: userId });
  core.triageIdea(doc, { ideaId: idea, state: 'parked' }, as('u-ana', 'manager-co-lead'));
  return { doc, ana, ben, idea, as };
};

describe('who may do what', () => {
  it('lets a co-lead tick only their own agreement, and the other co-lead theirs once they say who they are', () => {
    const { doc, ana, ben, idea, as } = team();
    const anaCtx = as('u-ana', 'manager-co-lead');
    const before = Y.encodeStateVector(doc);
    expect(() => core.agreeToDecision(doc, { kind: 'ideas', id: idea, personId: ben, agreed: true }, anaCtx)).toThrow(
      /To agree as Ben Okafor, first say that Ben Okafor is you/,
    );
    expect(() => core.setCharterAgreement(doc, { section: 'purpose', personId: ben, agreed: true }, anaCtx)).toThrow(/Ben Okafor is you/);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    core.agreeToDecision(doc, { kind: 'ideas', id: idea, personId: ana, agreed: true }, anaCtx);

    const benCtx = as('u-ben', 'union-co-lead');
    core.claimPerson(doc, { personId: ben }, benCtx);
    expect(() => core.agreeToDecision(doc, { kind: 'ideas', id: idea, personId: ben, agreed: true }, anaCtx)).toThrow(
      /Only Ben Okafor can tick Ben Okafor’s agreement/,
    );
    core.agreeToDecision(doc, { kind: 'ideas', id: idea, personId: ben, agreed: true }, benCtx);
    core.setCharterAgreement(doc, { section: 'purpose', personId: ben, agreed: true }, benCtx);
    expect(core.readBoard(doc).ideas[0]!.triageAgreed).toEqual({ [ana]: true, [ben]: true });
    // One user is one person, and a claimed person stays claimed.
    expect(() => core.claimPerson(doc, { personId: ana }, benCtx)).toThrow(/already someone else/);
    const cal = core.addPerson(doc, { name: 'Cal Ng', role: 'member' }, anaCtx);
    expect(() => core.claimPerson(doc, { personId: cal }, benCtx)).toThrow(/You are already Ben Okafor on this board/);
  });

  it('lets staff add ideas and vote, and refuses them triage, Act, status, people and deletes', () => {
    const { doc, idea, as } = team();
    const staff = as('u-dee', 'member');
    const fresh = core.addIdea(doc, { text: 'Nights are short one aide' }, staff);
    core.setVote(doc, { ideaId: fresh, voterId: 'u-dee', vote: true }, staff);
    const project = core.addProject(doc, { title: 'Faster triage' }, testContext('p'));
    const cycle = core.addCycle(doc, { projectId: project, title: 'Split-flow' }, testContext('c'));
    const before = Y.encodeStateVector(doc);
    const refused: [string, () => unknown][] = [
      ['triage', () => core.triageIdea(doc, { ideaId: fresh, state: 'accepted' }, staff)],
      ['project', () => core.ideaToProject(doc, { ideaId: fresh }, staff)],
      ['test of change', () => core.ideaToCycle(doc, { ideaId: fresh, projectId: project }, staff)],
      ['Act', () => core.updateCycle(doc, { id: cycle, actDecision: 'adopt' }, staff)],
      ['status', () => core.updateProject(doc, { id: project, status: 'testing' }, staff)],
      ['delete', () => core.deleteEntity(doc, { kind: 'ideas', id: idea }, staff)],
      ['add person', () => core.addPerson(doc, { name: 'Eve', role: 'manager-co-lead' }, staff)],
    ];
    for (const [what, attempt] of refused) expect(attempt, what).toThrow(/^Only co-leads .*Your role in Settings is member/);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    // Staff still edit the words of a project (everyone improves the work), just not its decisions.
    core.updateProject(doc, { id: project, title: 'Faster triage at the door' }, staff);
    expect(core.readBoard(doc).projects[0]!.title).toBe('Faster triage at the door');
  });
});
