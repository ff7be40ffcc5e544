/** One chart renderer for the board and for reports: measure → chart model → SVG. */
export { buildMeasureChart, MIN_USEFUL } from './model';
export type { MeasureChart, PointMark, ChartNote, CycleOnChart } from './model';
export { describeSignals, intervalUnit } from './sentences';
export type { Signal } from './sentences';
export { drawChart, renderChartSvg, svgDataUrl, CHART_COLOURS } from './svg';
export { markupPen, type ChartPen, type ChartShape, type ChartAttributes } from './pen';
export { placeNoteLabels, niceTicks } from './layout';
export { chartFrame, pointPositions, type SvgOptions } from './frame';
export { chartAlternative, describePoint, pointTable, type PointRow } from './points';
export { cyclesOnChart, measureChartOf, type ChartSources } from './ofBoard';
