import * as Y from 'yjs';
import { z } from 'zod';
import { Role } from '../schema/enums';
import { entityId } from '../schema/inputs';
import { defineOperation, refuse, requireSelf, type OpContext } from './context';
import { requireEntity } from './common';
import { setFlag } from './board';

/**
 * Joint decisions, jointly recorded: a triage decision on an idea, an Act decision on a test of change and a
 * project's status each record who decided (`<d>DecidedBy`, `<d>DecidedAt`) and which co-leads agreed
 * (`<d>Agreed`, co-lead person id → true), like the charter's per-co-lead agreement. A new decision starts a
 * new agreement: agreeing to the old one does not carry over.
 */
export const DECISIONS = { ideas: 'triage', cycles: 'act', projects: 'status' } as const;
export type DecisionKind = keyof typeof DECISIONS;

export const recordDecision = (entity: Y.Map<unknown>, kind: DecisionKind, ctx: OpContext): void => {
  const d = DECISIONS[kind];
  entity.set(`${d}DecidedBy`, ctx.actor ?? '');
  entity.set(`${d}DecidedAt`, ctx.now());
  entity.set(`${d}Agreed`, new Y.Map<boolean>());
};

/** A co-lead agrees (or withdraws agreement) to the current decision on an idea, a test of change or a project. */
export const agreeToDecision = defineOperation(
  'agreeToDecision',
  z.object({ kind: z.enum(['ideas', 'cycles', 'projects']), id: entityId, personId: entityId, agreed: z.boolean() }),
  (doc, input) => {
    const person = requireEntity(doc, 'people', input.personId);
    const role = Role.safeParse(person.get('role'));
    if (!role.success || !role.data.endsWith('co-lead')) throw refuse((tr) => tr.t('refuse.decisionCoLead'));
    const entity = requireEntity(doc, input.kind, input.id);
    if (typeof entity.get(`${DECISIONS[input.kind]}DecidedAt`) !== 'number') throw refuse((tr) => tr.t('refuse.noDecision'));
    return entity;
  },
  (doc, input, ctx, entity) => {
    requireSelf(ctx, requireEntity(doc, 'people', input.personId));
    setFlag(entity, `${DECISIONS[input.kind]}Agreed`, input.personId, input.agreed);
  },
);
