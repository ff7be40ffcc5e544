/** One chart renderer for the board and for reports: measure → chart model → SVG. */
export { buildMeasureChart, MIN_USEFUL } from './model';
export type { MeasureChart, PointMark, ChartNote, CycleOnChart } from './model';
export { describeSignals, intervalUnit } from './sentences';
export type { Signal } from './sentences';
export { renderChartSvg, svgDataUrl, CHART_COLOURS, placeNoteLabels, niceTicks } from './svg';
