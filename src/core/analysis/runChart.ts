import { binomialQuantileHalf } from './binomial';

export interface RunChartOptions {
  /** Compute the median from the first k positions only (a frozen baseline), and extend it. */
  freezeAfter?: number;
  /** Or from the positions start..end (inclusive), e.g. a chosen date range. */
  baseline?: { start: number; end: number };
}

export interface Span {
  start: number;
  end: number;
}

export interface RunChartAnalysis {
  /** The median for each point (null when there is no data to compute it from). */
  centre: (number | null)[];
  /** Points not on the median (and not missing). */
  useful: number;
  longestRun: number | null;
  longestRunLimit: number | null;
  crossings: number | null;
  crossingsLimit: number | null;
  /** Anhøj rules: an unusually long run or unusually few crossings. */
  runsSignal: boolean;
  /** IHI shifts: 6 or more consecutive points on one side of the median (points on it skipped). */
  shifts: Span[];
  /** IHI trends: 5 or more points all going up or all going down (repeated values skipped). */
  trends: (Span & { direction: 'up' | 'down' })[];
}

export const IHI_SHIFT = 6;
export const IHI_TREND = 5;

export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  // A typed array sorts numbers natively, with no comparison called back per pair.
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Run chart analysis. The runs rules follow Anhøj & Olesen (PLoS ONE 2014) as computed by qicharts2
 * (`runs.analysis`): with n useful points, a signal when the longest run > round(log2(n)) + 3 or when the
 * number of crossings < qbinom(0.05, n − 1, 0.5). Shifts and trends are the IHI rules (Perla, Provost &
 * Murray, BMJ Qual Saf 2011). Indices are positions in `values`; null is a missing point and is skipped.
 */
export const analyzeRunChart = (values: readonly (number | null)[], options: RunChartOptions = {}): RunChartAnalysis => {
  const base = options.baseline
    ? values.slice(Math.max(0, options.baseline.start), options.baseline.end + 1)
    : options.freezeAfter === undefined
      ? values
      : values.slice(0, Math.max(0, options.freezeAfter));
  const centreValue = median(base.filter(isNumber));
  const centre = values.map(() => centreValue);

  // Useful points: present and not on the median. Their runs (on one side of it) are counted in one pass,
  // with no object per point: this runs for every run chart each time a view draws it (bench: chart-analysis).
  let useful = 0;
  let runCount = 0;
  let longest = 0;
  let runLength = 0;
  let runSide = 0;
  let runStart = 0;
  let runEnd = 0;
  const shifts: Span[] = [];
  const endRun = () => {
    if (runLength > longest) longest = runLength;
    if (runLength >= IHI_SHIFT) shifts.push({ start: runStart, end: runEnd });
  };
  if (centreValue !== null)
    for (let index = 0; index < values.length; index++) {
      const value = values[index];
      if (value === null || value === undefined || value === centreValue) continue;
      const side = value > centreValue ? 1 : -1;
      useful++;
      if (side === runSide) runLength++;
      else {
        if (runCount) endRun();
        runCount++;
        runSide = side;
        runLength = 1;
        runStart = index;
      }
      runEnd = index;
    }
  if (runCount) endRun();
  const longestRun = useful ? longest : null;
  const longestRunLimit = useful ? Math.round(Math.log2(useful)) + 3 : null;
  const crossings = useful ? Math.max(runCount - 1, 0) : null;
  const crossingsLimit = useful ? binomialQuantileHalf(0.05, Math.max(useful - 1, 0)) : null;
  const runsSignal = useful > 0 && (longestRun! > longestRunLimit! || crossings! < crossingsLimit!);

  return { centre, useful, longestRun, longestRunLimit, crossings, crossingsLimit, runsSignal, shifts, trends: findTrends(values) };
};

const isNumber = (value: number | null): value is number => value !== null && Number.isFinite(value);

/** Monotone runs of 5 or more distinct consecutive values; a value equal to the one before it is skipped. */
const findTrends = (values: readonly (number | null)[]): RunChartAnalysis['trends'] => {
  const points: { index: number; value: number }[] = [];
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value === null || value === undefined || !Number.isFinite(value)) continue;
    if (points.length && points.at(-1)!.value === value) continue;
    points.push({ index, value });
  }
  const trends: RunChartAnalysis['trends'] = [];
  const emit = (from: number, to: number, direction: number) => {
    if (to - from + 1 >= IHI_TREND) trends.push({ start: points[from]!.index, end: points[to]!.index, direction: direction > 0 ? 'up' : 'down' });
  };
  let runStart = 0;
  let direction = 0;
  for (let i = 1; i < points.length; i++) {
    const step = Math.sign(points[i]!.value - points[i - 1]!.value);
    if (direction === 0) direction = step;
    else if (step !== direction) {
      // The turning point ends one run and starts the next.
      emit(runStart, i - 1, direction);
      runStart = i - 1;
      direction = step;
    }
  }
  if (points.length >= 2) emit(runStart, points.length - 1, direction);
  return trends;
};
