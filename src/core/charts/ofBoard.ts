import type { Language } from '../i18n/language';
import { onePointPerDate } from '../read/invariants';
import type { Annotation, Cycle, DataPoint, Measure, Project } from '../schema/entities';
import { buildMeasureChart, type CycleOnChart, type MeasureChart } from './model';

/** What a measure's chart is drawn from: the board's points, notes, tests of change and projects. */
export interface ChartSources {
  readonly points: readonly DataPoint[];
  readonly annotations: readonly Annotation[];
  readonly cycles: readonly Cycle[];
  readonly projects: readonly Project[];
}

/** The tests of change of every project linked to the measure, at their start dates. */
export const cyclesOnChart = (board: Pick<ChartSources, 'cycles' | 'projects'>, measureId: string): CycleOnChart[] => {
  const titles = new Map(board.projects.filter((p) => p.measureIds[measureId] === true).map((p) => [p.id, p.title]));
  return board.cycles
    .filter((c) => c.startDate && titles.has(c.projectId))
    .map((c) => ({ title: c.title, projectTitle: titles.get(c.projectId)!, date: c.startDate }));
};

/**
 * A measure's chart from a board: its points (one per date, as the board shows them), its notes and the
 * linked projects' tests of change. The one way the board, the report, the meeting agenda and the
 * since-last-meeting summary build a chart, so the signals they name are the same.
 */
export const measureChartOf = (board: ChartSources, measure: Measure, language: Language = 'en'): MeasureChart =>
  buildMeasureChart(
    measure,
    onePointPerDate(board.points.filter((p) => p.measureId === measure.id)).points,
    board.annotations.filter((a) => a.measureId === measure.id),
    cyclesOnChart(board, measure.id),
    language,
  );
