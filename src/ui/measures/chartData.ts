import { computed, type ReadonlySignal } from '@preact/signals';
import { measureChartOf, onePointPerDate, type DataPoint, type Measure, type MeasureChart, type PointConflict } from '../../core';
import type { BoardSession } from '../model/session';
import { uiLanguage } from '../i18n';

/**
 * The board's points by measure and by id, worked out once per change of the points rather than once per
 * measure card: 40 cards each filtering and indexing 6,000 points was a tenth of the time to open a large
 * board's Measures view (bench: open-large-board, profiled).
 */
interface PointIndex {
  readonly byMeasure: ReadonlySignal<ReadonlyMap<string, readonly DataPoint[]>>;
  readonly byId: ReadonlySignal<ReadonlyMap<string, DataPoint>>;
}
const indexes = new WeakMap<BoardSession, PointIndex>();
const indexOf = (session: BoardSession): PointIndex => {
  const found = indexes.get(session);
  if (found) return found;
  const points = session.collections.points.live;
  const made: PointIndex = {
    byMeasure: computed(() => {
      const groups = new Map<string, DataPoint[]>();
      for (const point of points.value) {
        const group = groups.get(point.measureId);
        if (group) group.push(point);
        else groups.set(point.measureId, [point]);
      }
      return groups;
    }),
    byId: computed(() => new Map(points.value.map((p) => [p.id, p]))),
  };
  indexes.set(session, made);
  return made;
};
const NONE: readonly DataPoint[] = [];

/** Every live point of one measure, in no particular order (the same array until the points change). */
export const measurePoints = (session: BoardSession, measureId: string): readonly DataPoint[] => indexOf(session).byMeasure.value.get(measureId) ?? NONE;

/** Every live point of the board by id. */
export const pointsById = (session: BoardSession): ReadonlyMap<string, DataPoint> => indexOf(session).byId.value;

/** A measure's points, one per date (see core/read/invariants), and the dates that have two. */
export const pointsOf = (session: BoardSession, measureId: string): { points: DataPoint[]; conflicts: PointConflict[] } =>
  onePointPerDate(measurePoints(session, measureId));

/** The chart model of a measure from the live board (core's measureChartOf, over the live collections), in the page's language. */
export const chartFor = (session: BoardSession, measure: Measure): MeasureChart =>
  measureChartOf(
    {
      points: measurePoints(session, measure.id),
      annotations: session.collections.annotations.live.value,
      cycles: session.collections.cycles.live.value,
      projects: session.collections.projects.live.value,
    },
    measure,
    uiLanguage.value,
  );
