export type Improvement = 'up' | 'down' | 'neither';
export type PointSignal = 'improvement' | 'concern' | 'neutral-high' | 'neutral-low' | null;

export interface XmROptions {
  improvement: Improvement;
  /** Compute each segment's mean and limits from its first k positions. */
  fixAfter?: number;
  /** Or from the positions start..end (inclusive) of the whole series, e.g. a chosen date range; a segment outside it uses all its points. */
  baseline?: { start: number; end: number };
  /** Indices where a new segment starts (after a sustained change); each has its own mean, limits and rules. */
  rebaseAt?: number[];
  /** Screen moving ranges above 3.267 × their mean out of the average, once. Default true. */
  screenMovingRanges?: boolean;
}

export interface XmRPoint {
  mean: number | null;
  lower: number | null;
  upper: number | null;
  /** Outside the process limits. */
  outside: boolean;
  /** Part of 7 points in a row on one side of the mean. */
  shift: boolean;
  /** Part of 7 points in a row going up, or going down. */
  trend: boolean;
  /** One of 2 (or 3) out of 3 points beyond 2σ on the same side. */
  twoOfThree: boolean;
  signal: PointSignal;
}

export interface XmRSegment {
  start: number;
  end: number;
  /** Points the mean and limits were computed from. */
  baselinePoints: number;
  trialLimits: boolean;
}

export interface XmRAnalysis {
  points: XmRPoint[];
  /** True while any segment's limits rest on fewer than 12 points. */
  trialLimits: boolean;
  segments: XmRSegment[];
}

/** NHS "Making Data Count" constants, as NHSRplotthedots (`ptd_spc_standard`) uses them. */
export const LIMIT = 2.66;
export const NEAR_LIMIT = (2 * LIMIT) / 3;
export const MR_SCREEN = 3.267;
export const RUN = 7;
export const MIN_BASELINE = 12;

const mean = (values: readonly number[]): number | null => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/**
 * XmR (individuals) chart with the NHS Making Data Count rules, following NHSRplotthedots
 * (`ptd_spc_standard`, `ptd_calculate_point_type`): limits at mean ± 2.66 × mean moving range; moving
 * ranges of consecutive positions (a missing value breaks the range); screening once of moving ranges
 * ≥ 3.267 × their mean; rules: outside the limits, 7 in a row on one side of the mean, 7 in a row
 * increasing or decreasing, 2 of 3 beyond the 2σ line (and inside the limits) on the same side. Every
 * point of a pattern is flagged. The signal follows the precedence outside > trend > 2 of 3 > shift.
 * Missing points carry no flags and are skipped by the run rules.
 */
export const analyzeXmR = (values: readonly (number | null)[], options: XmROptions): XmRAnalysis => {
  const starts = [...new Set([0, ...(options.rebaseAt ?? []).filter((i) => Number.isInteger(i) && i > 0 && i < values.length)])].sort((a, b) => a - b);
  let points: XmRPoint[] = [];
  const segments: XmRSegment[] = [];
  starts.forEach((start, s) => {
    const end = (starts[s + 1] ?? values.length) - 1;
    const baseline =
      options.baseline && options.baseline.end >= start && options.baseline.start <= end
        ? { start: Math.max(0, options.baseline.start - start), end: options.baseline.end - start }
        : undefined;
    const result = analyzeSegment(starts.length === 1 ? values : values.slice(start, end + 1), options, baseline);
    if (s === 0) points = result.points;
    else for (const point of result.points) points.push(point);
    segments.push({ start, end, baselinePoints: result.baselinePoints, trialLimits: result.baselinePoints < MIN_BASELINE });
  });
  return { points, trialLimits: segments.some((s) => s.trialLimits), segments };
};

/**
 * One segment's mean, limits and rules. Written as plain loops over typed arrays, each rule in one pass:
 * this runs for every XmR chart each time a view draws it (bench: chart-analysis, profiled), and its
 * first version, a chain of maps and filters testing every window of seven, was most of building a chart.
 */
const analyzeSegment = (
  values: readonly (number | null)[],
  options: XmROptions,
  baseline?: { start: number; end: number },
): { points: XmRPoint[]; baselinePoints: number } => {
  const inBaseline = (i: number) => (baseline ? i >= baseline.start && i <= baseline.end : options.fixAfter === undefined || i < options.fixAfter);
  // Mean and moving ranges of the baseline: consecutive positions only, a missing value breaks the range.
  let baselinePoints = 0;
  let sum = 0;
  const ranges: number[] = [];
  let previous: number | null = null;
  for (let i = 0; i < values.length; i++) {
    const v = inBaseline(i) ? valid(values[i]) : null;
    if (v !== null) {
      baselinePoints++;
      sum += v;
      if (previous !== null) ranges.push(Math.abs(v - previous));
    }
    previous = v;
  }
  const centre = baselinePoints ? sum / baselinePoints : null;
  let averageRange = mean(ranges);
  if ((options.screenMovingRanges ?? true) && averageRange !== null) {
    const cap = MR_SCREEN * averageRange;
    averageRange = mean(ranges.filter((r) => r < cap));
  }
  const limited = centre !== null && averageRange !== null;
  const lower = limited ? centre - LIMIT * averageRange! : null;
  const upper = limited ? centre + LIMIT * averageRange! : null;
  const nearLower = limited ? centre - NEAR_LIMIT * averageRange! : 0;
  const nearUpper = limited ? centre + NEAR_LIMIT * averageRange! : 0;

  // Rules run over the present points only: k counts them, index[k] is where each is in the segment.
  const index = new Int32Array(values.length);
  const ys = new Float64Array(values.length);
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = valid(values[i]);
    if (v === null) continue;
    index[count] = i;
    ys[count++] = v;
  }
  const side = new Int8Array(count);
  const outside = new Uint8Array(count);
  const near = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    const y = ys[k]!;
    side[k] = centre === null ? 0 : Math.sign(y - centre);
    outside[k] = limited && (y > upper! || y < lower!) ? 1 : 0;
    near[k] = limited && !outside[k] && (y < nearLower || y > nearUpper) ? 1 : 0;
  }
  // A shift: RUN or more present points in a row on one side of the mean; every point of it is flagged.
  const shift = new Uint8Array(count);
  for (let from = 0; from < count; ) {
    let to = from;
    while (to + 1 < count && side[to + 1] === side[from]) to++;
    if (side[from] !== 0 && to - from + 1 >= RUN) shift.fill(1, from, to + 1);
    from = to + 1;
  }
  // A trend: RUN or more present points each going the same way (up, or down) from the one before.
  const trend = new Uint8Array(count);
  for (let from = 0; from + 1 < count; ) {
    const d = Math.sign(ys[from + 1]! - ys[from]!);
    let to = from + 1;
    while (to + 1 < count && Math.sign(ys[to + 1]! - ys[to]!) === d) to++;
    if (d !== 0 && to - from + 1 >= RUN) trend.fill(1, from, to + 1);
    from = to;
  }
  const twoOfThree = new Uint8Array(count);
  for (let from = 0; from + 3 <= count; from++) {
    const sides = Math.abs(side[from]! + side[from + 1]! + side[from + 2]!);
    if (sides === 3 && near[from]! + near[from + 1]! + near[from + 2]! >= 2) for (let j = from; j < from + 3; j++) if (near[j]) twoOfThree[j] = 1;
  }

  const points: XmRPoint[] = new Array(values.length);
  for (let i = 0; i < values.length; i++)
    points[i] = { mean: centre, lower, upper, outside: false, shift: false, trend: false, twoOfThree: false, signal: null };
  for (let k = 0; k < count; k++) {
    const point = points[index[k]!]!;
    point.outside = outside[k] === 1;
    point.shift = shift[k] === 1;
    point.trend = trend[k] === 1;
    point.twoOfThree = twoOfThree[k] === 1;
    // Direction of the pattern that decides the signal, in order of precedence.
    let direction = 0;
    if (point.outside) direction = side[k]! > 0 ? 1 : -1;
    else if (point.trend) direction = trendDirection(ys, trend, k);
    else if (point.twoOfThree || point.shift) direction = side[k]! > 0 ? 1 : -1;
    point.signal = classify(direction, options.improvement);
  }
  return { points, baselinePoints };
};

const valid = (value: number | null | undefined): number | null => (value === null || value === undefined || !Number.isFinite(value) ? null : value);

/** As NHSRplotthedots: a point inside a trend takes the direction towards its next point, the last one from its previous. */
const trendDirection = (ys: Float64Array, trend: Uint8Array, i: number): number => {
  if (trend[i + 1]) return Math.sign(ys[i + 1]! - ys[i]!) > 0 ? 1 : -1;
  return i > 0 && Math.sign(ys[i]! - ys[i - 1]!) > 0 ? 1 : -1;
};

const classify = (direction: number, improvement: Improvement): PointSignal => {
  if (direction === 0) return null;
  if (improvement === 'neither') return direction > 0 ? 'neutral-high' : 'neutral-low';
  return direction * (improvement === 'up' ? 1 : -1) > 0 ? 'improvement' : 'concern';
};
