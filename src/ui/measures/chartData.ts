import { measureChartOf, onePointPerDate, type DataPoint, type Measure, type MeasureChart, type PointConflict } from '../../core';
import type { BoardSession } from '../model/session';
import { uiLanguage } from '../i18n';

/** A measure's points, one per date (see core/read/invariants), and the dates that have two. */
export const pointsOf = (session: BoardSession, measureId: string): { points: DataPoint[]; conflicts: PointConflict[] } =>
  onePointPerDate(session.collections.points.live.value.filter((p) => p.measureId === measureId));

/** The chart model of a measure from the live board (core's measureChartOf, over the live collections), in the page's language. */
export const chartFor = (session: BoardSession, measure: Measure): MeasureChart =>
  measureChartOf(
    {
      points: session.collections.points.live.value,
      annotations: session.collections.annotations.live.value,
      cycles: session.collections.cycles.live.value,
      projects: session.collections.projects.live.value,
    },
    measure,
    uiLanguage.value,
  );
