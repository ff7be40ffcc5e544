import { z } from 'zod';
import { collection } from '../doc/layout';
import { buildEntity } from '../doc/entity';
import { ActDecision, DoAsPlanned } from '../schema/enums';
import { entityId, optionalDate, requiredShort } from '../schema/inputs';
import { defineOperation, refuse, requireCoLead } from './context';
import { orderAtEnd, requireEntity } from './common';
import { recordDecision } from './decisions';
import { setChanged } from './board';
import { inputWords } from '../schema/inputWords';

/** Adds a test of change (a PDSA cycle) at the end of a project's ramp. */
export const addCycle = defineOperation(
  'addCycle',
  z.object({ projectId: entityId, title: requiredShort }),
  (doc, input) => requireEntity(doc, 'projects', input.projectId),
  (doc, input, ctx) => {
    const id = ctx.newId();
    const order = orderAtEnd(doc, 'cycles', (cycle) => cycle.get('projectId') === input.projectId);
    collection(doc, 'cycles').set(
      id,
      buildEntity('cycles', { id, projectId: input.projectId, title: input.title, order, previousCycleId: null, createdAt: ctx.now() }),
    );
    return id;
  },
);

export const updateCycle = defineOperation(
  'updateCycle',
  z
    .object({
      id: entityId,
      title: requiredShort.optional(),
      startDate: optionalDate.optional(),
      endDate: optionalDate.optional(),
      doAsPlanned: DoAsPlanned.nullable().optional(),
      actDecision: ActDecision.nullable().optional(),
    })
    .strict()
    .refine((c) => !c.startDate || !c.endDate || c.startDate <= c.endDate, {
      message: inputWords('input.endBeforeStart'),
      path: ['endDate'],
    }),
  (doc, input) => requireEntity(doc, 'cycles', input.id),
  (_doc, { id: _id, ...patch }, ctx, cycle) => {
    const decided = patch.actDecision !== undefined && (cycle.get('actDecision') ?? null) !== patch.actDecision;
    if (decided) requireCoLead(ctx, 'coLeadOnly.act');
    setChanged(cycle, patch);
    if (decided) recordDecision(cycle, 'cycles', ctx);
  },
);

/**
 * Starts the next cycle of a ramp from the last one's Act: the new cycle follows it, and its objective
 * begins with what the previous cycle decided to change next.
 */
export const startNextCycle = defineOperation(
  'startNextCycle',
  z.object({ fromCycleId: entityId }),
  (doc, input) => {
    const previous = requireEntity(doc, 'cycles', input.fromCycleId);
    if (previous.get('actDecision') == null) {
      throw refuse((tr) => tr.t('refuse.actFirst'));
    }
    return previous;
  },
  (doc, input, ctx, previous) => {
    const projectId = String(previous.get('projectId'));
    const id = ctx.newId();
    const count = [...collection(doc, 'cycles').values()].filter((c) => c.get('projectId') === projectId && c.get('deleted') !== true).length;
    const order = orderAtEnd(doc, 'cycles', (cycle) => cycle.get('projectId') === projectId);
    const next = buildEntity(
      'cycles',
      { id, projectId, title: `Cycle ${count + 1}`, order, previousCycleId: input.fromCycleId, createdAt: ctx.now() },
      { objective: String(previous.get('actNext') ?? '') },
    );
    collection(doc, 'cycles').set(id, next);
    return id;
  },
);
