import { z } from 'zod';
import { CompassPoint, ProjectStatus } from '../schema/enums';
import { entityId, requiredShort, shortText } from '../schema/inputs';
import { defineOperation, requireCoLead } from './context';
import { requireEntity } from './common';
import { recordDecision } from './decisions';
import { setChanged, setFlag } from './board';
import { newProject } from './ideas';

export const addProject = defineOperation(
  'addProject',
  z.object({ title: requiredShort }),
  () => undefined,
  (doc, input, ctx) => newProject(doc, ctx, input.title, '', null),
);

export const updateProject = defineOperation(
  'updateProject',
  z.object({ id: entityId, title: requiredShort.optional(), status: ProjectStatus.optional(), goal: shortText.optional() }).strict(),
  (doc, input) => requireEntity(doc, 'projects', input.id),
  (_doc, { id: _id, ...patch }, ctx, project) => {
    const decided = patch.status !== undefined && project.get('status') !== patch.status;
    if (decided) requireCoLead(ctx, 'coLeadOnly.status');
    setChanged(project, patch);
    if (decided) recordDecision(project, 'projects', ctx);
  },
);

/** Points a project at one of the Value Compass points, or takes it away. */
export const setCompassPoint = defineOperation(
  'setCompassPoint',
  z.object({ projectId: entityId, point: CompassPoint, on: z.boolean() }),
  (doc, input) => requireEntity(doc, 'projects', input.projectId),
  (_doc, input, _ctx, project) => setFlag(project, 'compass', input.point, input.on),
);

/** Links a measure to a project (a measure may serve several projects). */
export const linkMeasure = defineOperation(
  'linkMeasure',
  z.object({ projectId: entityId, measureId: entityId, linked: z.boolean() }),
  (doc, input) => {
    requireEntity(doc, 'measures', input.measureId);
    return requireEntity(doc, 'projects', input.projectId);
  },
  (_doc, input, _ctx, project) => setFlag(project, 'measureIds', input.measureId, input.linked),
);

/** Chooses the measure the Value Compass shows for this project (null: the first linked one). */
export const setMainMeasure = defineOperation(
  'setMainMeasure',
  z.object({ projectId: entityId, measureId: entityId.nullable() }),
  (doc, input) => {
    if (input.measureId) requireEntity(doc, 'measures', input.measureId);
    return requireEntity(doc, 'projects', input.projectId);
  },
  (_doc, input, _ctx, project) => {
    if (input.measureId) setFlag(project, 'measureIds', input.measureId, true);
    setChanged(project, { mainMeasureId: input.measureId });
  },
);

/**
 * Two co-leads turned one idea into a project at the same moment: keep this copy as a project of its own
 * (it no longer counts as started from the idea, so it is no longer shown as a duplicate).
 */
export const keepDuplicateProject = defineOperation(
  'keepDuplicateProject',
  z.object({ id: entityId }),
  (doc, input) => requireEntity(doc, 'projects', input.id),
  (_doc, _input, _ctx, project) => setChanged(project, { ideaId: null }),
);
