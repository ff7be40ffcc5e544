import { z } from 'zod';
import { collection } from '../doc/layout';
import { buildEntity } from '../doc/entity';
import { entityId, optionalDate, requiredShort, shortText } from '../schema/inputs';
import { defineOperation } from './context';
import { orderAtEnd, requireEntity } from './common';
import { setChanged } from './board';

export const addAction = defineOperation(
  'addAction',
  z.object({
    text: requiredShort,
    owner: shortText.default(''),
    due: optionalDate.default(''),
    projectId: entityId.nullable().default(null),
    /** Recorded during a meeting, against one of its agenda items. */
    meetingId: entityId.nullable().default(null),
    agendaItemId: entityId.nullable().default(null),
  }),
  (doc, input) => {
    if (input.projectId) requireEntity(doc, 'projects', input.projectId);
    if (input.meetingId) requireEntity(doc, 'meetings', input.meetingId);
    if (input.agendaItemId) requireEntity(doc, 'agenda', input.agendaItemId);
  },
  (doc, input, ctx) => {
    const id = ctx.newId();
    collection(doc, 'actions').set(id, buildEntity('actions', { id, ...input, done: false, order: orderAtEnd(doc, 'actions'), createdAt: ctx.now() }));
    return id;
  },
);

export const updateAction = defineOperation(
  'updateAction',
  z
    .object({
      id: entityId,
      text: requiredShort.optional(),
      owner: shortText.optional(),
      due: optionalDate.optional(),
      done: z.boolean().optional(),
      projectId: entityId.nullable().optional(),
    })
    .strict(),
  (doc, input) => {
    if (input.projectId) requireEntity(doc, 'projects', input.projectId);
    return requireEntity(doc, 'actions', input.id);
  },
  (_doc, { id: _id, ...patch }, _ctx, action) => setChanged(action, patch),
);
