import { buildMeasureChart, onePointPerDate, type CycleOnChart, type DataPoint, type Measure, type MeasureChart, type PointConflict } from '../../core';
import type { BoardSession } from '../model/session';

/** The PDSA cycles of every project linked to this measure, at their start dates, for the chart. */
export const cyclesFor = (session: BoardSession, measureId: string): CycleOnChart[] => {
  const projects = session.collections.projects.live.value.filter((p) => p.measureIds[measureId]);
  const titles = new Map(projects.map((p) => [p.id, p.title]));
  return session.collections.cycles.live.value
    .filter((c) => titles.has(c.projectId) && c.startDate)
    .map((c) => ({ title: c.title, projectTitle: titles.get(c.projectId)!, date: c.startDate }));
};

/** A measure's points, one per date (see core/read/invariants), and the dates that have two. */
export const pointsOf = (session: BoardSession, measureId: string): { points: DataPoint[]; conflicts: PointConflict[] } =>
  onePointPerDate(session.collections.points.live.value.filter((p) => p.measureId === measureId));

/** The chart model of a measure from the live board: its points, notes and linked PDSA cycles. */
export const chartFor = (session: BoardSession, measure: Measure): MeasureChart =>
  buildMeasureChart(
    measure,
    pointsOf(session, measure.id).points,
    session.collections.annotations.live.value.filter((a) => a.measureId === measure.id),
    cyclesFor(session, measure.id),
  );
