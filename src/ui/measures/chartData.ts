import { buildMeasureChart, type CycleOnChart, type Measure, type MeasureChart } from '../../core';
import type { BoardSession } from '../model/session';

/** The PDSA cycles of every project linked to this measure, at their start dates, for the chart. */
export const cyclesFor = (session: BoardSession, measureId: string): CycleOnChart[] => {
  const projects = session.collections.projects.live.value.filter((p) => p.measureIds[measureId]);
  const titles = new Map(projects.map((p) => [p.id, p.title]));
  return session.collections.cycles.live.value
    .filter((c) => titles.has(c.projectId) && c.startDate)
    .map((c) => ({ title: c.title, projectTitle: titles.get(c.projectId)!, date: c.startDate }));
};

/** The chart model of a measure from the live board: its points, notes and linked PDSA cycles. */
export const chartFor = (session: BoardSession, measure: Measure): MeasureChart =>
  buildMeasureChart(
    measure,
    session.collections.points.live.value.filter((p) => p.measureId === measure.id),
    session.collections.annotations.live.value.filter((a) => a.measureId === measure.id),
    cyclesFor(session, measure.id),
  );
