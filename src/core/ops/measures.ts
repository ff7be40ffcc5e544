import type * as Y from 'yjs';
import { z } from 'zod';
import { collection } from '../doc/layout';
import { buildEntity } from '../doc/entity';
import { ChartKind, Direction, MeasureType } from '../schema/enums';
import { entityId, finiteNumber, isoDate, optionalDate, prose, requiredShort, shortText } from '../schema/inputs';
import { defineOperation, refuse } from './context';
import { orderAtEnd, requireEntity } from './common';
import { setChanged, setFlag } from './board';
import { inputWords } from '../schema/inputWords';

const MeasureFields = {
  name: requiredShort,
  type: MeasureType,
  unit: shortText,
  better: Direction,
  baseline: finiteNumber.nullable(),
  goal: finiteNumber.nullable(),
  chart: ChartKind,
  rate: z.boolean(),
  freezeFirst: z
    .number()
    .int(inputWords('input.whole'))
    .min(2, inputWords('input.atLeast', { min: 2 }))
    .max(1000)
    .nullable(),
  freezeFrom: optionalDate,
  freezeTo: optionalDate,
};

export const addMeasure = defineOperation(
  'addMeasure',
  z.object({
    name: MeasureFields.name,
    type: MeasureFields.type.default('outcome'),
    unit: MeasureFields.unit.default(''),
    better: MeasureFields.better.default('up'),
    baseline: MeasureFields.baseline.default(null),
    goal: MeasureFields.goal.default(null),
    chart: MeasureFields.chart.default('run'),
    rate: MeasureFields.rate.default(false),
    definition: prose.default(''),
  }),
  () => undefined,
  (doc, { definition, ...scalars }, ctx) => {
    const id = ctx.newId();
    collection(doc, 'measures').set(id, buildEntity('measures', { id, ...scalars, order: orderAtEnd(doc, 'measures'), createdAt: ctx.now() }, { definition }));
    return id;
  },
);

export const updateMeasure = defineOperation(
  'updateMeasure',
  z
    .object({ id: entityId, ...z.object(MeasureFields).partial().shape })
    .strict()
    .refine((m) => !m.freezeFrom || !m.freezeTo || m.freezeFrom <= m.freezeTo, { message: inputWords('input.baselineOrder'), path: ['freezeTo'] }),
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

/**
 * A data point: a value, or for a rate a numerator and denominator (the value is then their percentage).
 * Exactly one of the two shapes must be given.
 */
export const PointInput = z
  .object({
    date: isoDate,
    value: finiteNumber.optional(),
    numerator: finiteNumber.min(0, inputWords('input.notNegative')).optional(),
    denominator: finiteNumber.positive(inputWords('input.positive')).optional(),
    note: shortText.default(''),
  })
  .refine((p) => (p.value !== undefined) !== (p.numerator !== undefined && p.denominator !== undefined), {
    message: inputWords('input.valueOrRate'),
    path: ['value'],
  });
export type PointInput = z.input<typeof PointInput>;

/** The stored form of a point: a rate keeps its parts and its percentage. */
export const pointFields = (p: z.infer<typeof PointInput>) =>
  p.value !== undefined
    ? { date: p.date, value: p.value, numerator: null, denominator: null, note: p.note }
    : { date: p.date, value: (100 * p.numerator!) / p.denominator!, numerator: p.numerator!, denominator: p.denominator!, note: p.note };

/** One value per date: a second value for the same date is almost always a typing mistake. */
export const addDataPoint = defineOperation(
  'addDataPoint',
  z.intersection(z.object({ measureId: entityId }), PointInput),
  (doc, input) => {
    requireEntity(doc, 'measures', input.measureId);
    if (liveDates(input.measureId, collection(doc, 'points').values()).has(input.date)) {
      throw refuse((tr) => tr.t('refuse.pointExists', { date: input.date }));
    }
  },
  (doc, input, ctx) => {
    const id = ctx.newId();
    collection(doc, 'points').set(id, buildEntity('points', { id, measureId: input.measureId, ...pointFields(input), createdAt: ctx.now() }));
    return id;
  },
);

/**
 * Adds many points in one transaction (one undo step): all of them, or none when any is refused
 * (a date twice in the import, or a date the measure already has).
 */
export const importDataPoints = defineOperation(
  'importDataPoints',
  z.object({
    measureId: entityId,
    points: z
      .array(PointInput)
      .min(1, inputWords('input.nothingToImport'))
      .max(10_000, inputWords('input.maxPoints', { max: 10_000 })),
  }),
  (doc, input) => {
    requireEntity(doc, 'measures', input.measureId);
    const existing = liveDates(input.measureId, collection(doc, 'points').values());
    const seen = new Set<string>();
    for (const point of input.points) {
      if (existing.has(point.date)) throw refuse((tr) => tr.t('refuse.importExists', { date: point.date }));
      if (seen.has(point.date)) throw refuse((tr) => tr.t('refuse.importTwice', { date: point.date }));
      seen.add(point.date);
    }
  },
  (doc, input, ctx) => {
    const points = collection(doc, 'points');
    for (const point of input.points) {
      const id = ctx.newId();
      points.set(id, buildEntity('points', { id, measureId: input.measureId, ...pointFields(point), createdAt: ctx.now() }));
    }
    return input.points.length;
  },
);

/** Starts a new segment of the chart at a date (after a sustained change), or removes it. */
export const setRebase = defineOperation(
  'setRebase',
  z.object({ measureId: entityId, date: isoDate, on: z.boolean() }),
  (doc, input) => requireEntity(doc, 'measures', input.measureId),
  (_doc, input, _ctx, measure) => setFlag(measure, 'rebase', input.date, input.on),
);

export const addAnnotation = defineOperation(
  'addAnnotation',
  z.object({ measureId: entityId, date: isoDate, text: requiredShort }),
  (doc, input) => requireEntity(doc, 'measures', input.measureId),
  (doc, input, ctx) => {
    const id = ctx.newId();
    collection(doc, 'annotations').set(id, buildEntity('annotations', { id, ...input, createdAt: ctx.now() }));
    return id;
  },
);

export const updateDataPoint = defineOperation(
  'updateDataPoint',
  z
    .object({
      id: entityId,
      date: isoDate.optional(),
      value: finiteNumber.optional(),
      numerator: finiteNumber.min(0, inputWords('input.notNegative')).optional(),
      denominator: finiteNumber.positive(inputWords('input.positive')).optional(),
      note: shortText.optional(),
    })
    .strict(),
  (doc, input) => {
    const point = requireEntity(doc, 'points', input.id);
    const date = input.date;
    if (date !== undefined && liveDates(String(point.get('measureId')), collection(doc, 'points').values(), input.id).has(date)) {
      throw refuse((tr) => tr.t('refuse.pointTaken', { date }));
    }
    return point;
  },
  (_doc, { id: _id, ...patch }, _ctx, point) => {
    // A rate's value follows its parts.
    const numerator = patch.numerator ?? point.get('numerator');
    const denominator = patch.denominator ?? point.get('denominator');
    if ((patch.numerator !== undefined || patch.denominator !== undefined) && typeof numerator === 'number' && typeof denominator === 'number') {
      setChanged(point, { ...patch, value: (100 * numerator) / denominator });
    } else setChanged(point, patch);
  },
);
