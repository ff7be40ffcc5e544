/** Run chart (Anhøj and IHI rules) and XmR (NHS Making Data Count) analyses, and their plain-language signals. */
export { analyzeRunChart, median, IHI_SHIFT, IHI_TREND } from './runChart';
export type { RunChartAnalysis, RunChartOptions, Span } from './runChart';
export { analyzeXmR, LIMIT, NEAR_LIMIT, MR_SCREEN, MIN_BASELINE } from './xmr';
export type { XmRAnalysis, XmROptions, XmRPoint, XmRSegment, PointSignal, Improvement } from './xmr';
export { binomialQuantileHalf } from './binomial';
