import type * as Y from 'yjs';
import { z } from 'zod';
import { collection } from '../doc/layout';
import { buildEntity } from '../doc/entity';
import { Direction, MeasureType } from '../schema/enums';
import { entityId, finiteNumber, isoDate, prose, requiredShort, shortText } from '../schema/inputs';
import { defineOperation, OperationError } from './context';
import { orderAtEnd, requireEntity } from './common';
import { setChanged } from './board';

const MeasureFields = {
  name: requiredShort,
  type: MeasureType,
  unit: shortText,
  better: Direction,
  baseline: finiteNumber.nullable(),
  goal: finiteNumber.nullable(),
};

export const addMeasure = defineOperation(
  'addMeasure',
  z.object({
    ...MeasureFields,
    type: MeasureFields.type.default('outcome'),
    unit: MeasureFields.unit.default(''),
    better: MeasureFields.better.default('up'),
    baseline: MeasureFields.baseline.default(null),
    goal: MeasureFields.goal.default(null),
    definition: prose.default(''),
  }),
  () => undefined,
  (doc, { definition, ...scalars }, ctx) => {
    const id = ctx.newId();
    collection(doc, 'measures').set(
      id,
      buildEntity('measures', { id, ...scalars, order: orderAtEnd(doc, 'measures'), createdAt: ctx.now() }, { definition }),
    );
    return id;
  },
);

export const updateMeasure = defineOperation(
  'updateMeasure',
  z.object({ id: entityId, ...z.object(MeasureFields).partial().shape }).strict(),
  (doc, input) => requireEntity(doc, 'measures', input.id),
  (_doc, { id: _id, ...patch }, _ctx, measure) => setChanged(measure, patch),
);

const liveDates = (measureId: string, points: Iterable<Y.Map<unknown>>, except?: string): Set<string> => {
  const dates = new Set<string>();
  for (const point of points) {
    if (point.get('measureId') === measureId && point.get('deleted') !== true && point.get('id') !== except) dates.add(String(point.get('date')));
  }
  return dates;
};

/** One value per date: a second value for the same date is almost always a typing mistake. */
export const addDataPoint = defineOperation(
  'addDataPoint',
  z.object({ measureId: entityId, date: isoDate, value: finiteNumber, note: shortText.default('') }),
  (doc, input) => {
    requireEntity(doc, 'measures', input.measureId);
    if (liveDates(input.measureId, collection(doc, 'points').values()).has(input.date)) {
      throw new OperationError(`This measure already has a value for ${input.date}; edit that one instead.`);
    }
  },
  (doc, input, ctx) => {
    const id = ctx.newId();
    collection(doc, 'points').set(id, buildEntity('points', { id, ...input, createdAt: ctx.now() }));
    return id;
  },
);

export const updateDataPoint = defineOperation(
  'updateDataPoint',
  z.object({ id: entityId, date: isoDate.optional(), value: finiteNumber.optional(), note: shortText.optional() }).strict(),
  (doc, input) => {
    const point = requireEntity(doc, 'points', input.id);
    if (input.date !== undefined && liveDates(String(point.get('measureId')), collection(doc, 'points').values(), input.id).has(input.date)) {
      throw new OperationError(`This measure already has a value for ${input.date}.`);
    }
    return point;
  },
  (_doc, { id: _id, ...patch }, _ctx, point) => setChanged(point, patch),
);
