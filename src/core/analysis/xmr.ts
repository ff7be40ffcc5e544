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
  const points: XmRPoint[] = [];
  const segments: XmRSegment[] = [];
  starts.forEach((start, s) => {
    const end = (starts[s + 1] ?? values.length) - 1;
    const baseline =
      options.baseline && options.baseline.end >= start && options.baseline.start <= end
        ? { start: Math.max(0, options.baseline.start - start), end: options.baseline.end - start }
        : undefined;
    const result = analyzeSegment(values.slice(start, end + 1), options, baseline);
    points.push(...result.points);
    segments.push({ start, end, baselinePoints: result.baselinePoints, trialLimits: result.baselinePoints < MIN_BASELINE });
  });
  return { points, trialLimits: segments.some((s) => s.trialLimits), segments };
};

const analyzeSegment = (
  values: readonly (number | null)[],
  options: XmROptions,
  baseline?: { start: number; end: number },
): { points: XmRPoint[]; baselinePoints: number } => {
  const inBaseline = (i: number) => (baseline ? i >= baseline.start && i <= baseline.end : options.fixAfter === undefined || i < options.fixAfter);
  const fixed = values.map((v, i) => (inBaseline(i) ? valid(v) : null));
  const baselineValues = fixed.filter((v): v is number => v !== null);
  const centre = mean(baselineValues);
  let ranges: number[] = [];
  for (let i = 1; i < fixed.length; i++) {
    const [a, b] = [fixed[i - 1], fixed[i]];
    if (a !== null && a !== undefined && b !== null && b !== undefined) ranges.push(Math.abs(b - a));
  }
  let averageRange = mean(ranges);
  if ((options.screenMovingRanges ?? true) && averageRange !== null) {
    const cap = MR_SCREEN * averageRange;
    ranges = ranges.filter((r) => r < cap);
    averageRange = mean(ranges);
  }
  const lower = centre !== null && averageRange !== null ? centre - LIMIT * averageRange : null;
  const upper = centre !== null && averageRange !== null ? centre + LIMIT * averageRange : null;
  const nearLower = centre !== null && averageRange !== null ? centre - NEAR_LIMIT * averageRange : null;
  const nearUpper = centre !== null && averageRange !== null ? centre + NEAR_LIMIT * averageRange : null;

  // Rules run over the present points only.
  const present: { index: number; y: number }[] = [];
  values.forEach((v, index) => {
    if (valid(v) !== null) present.push({ index, y: v as number });
  });
  const side = present.map(({ y }) => (centre === null ? 0 : Math.sign(y - centre)));
  const outside = present.map(({ y }) => lower !== null && upper !== null && (y > upper || y < lower));
  const near = present.map(({ y }, i) => nearLower !== null && nearUpper !== null && !outside[i] && (y < nearLower || y > nearUpper));

  const ys = present.map((p) => p.y);
  // The windows are tested with plain loops: this runs for every chart on every view (bench: chart-analysis).
  const shift = windowsOf(present.length, RUN, (from) => {
    const s = side[from]!;
    if (s === 0) return false;
    for (let j = from + 1; j < from + RUN; j++) if (side[j] !== s) return false;
    return true;
  });
  const trend = windowsOf(present.length, RUN, (from) => {
    const d = Math.sign(ys[from + 1]! - ys[from]!);
    if (d === 0) return false;
    for (let j = from + 1; j < from + RUN - 1; j++) if (Math.sign(ys[j + 1]! - ys[j]!) !== d) return false;
    return true;
  });
  const twoOfThree = new Array<boolean>(present.length).fill(false);
  for (let from = 0; from + 3 <= present.length; from++) {
    const sum = Math.abs(side[from]! + side[from + 1]! + side[from + 2]!);
    const nearCount = Number(near[from]) + Number(near[from + 1]) + Number(near[from + 2]);
    if (sum === 3 && nearCount >= 2) for (let j = from; j < from + 3; j++) if (near[j]) twoOfThree[j] = true;
  }

  const result: XmRPoint[] = values.map(() => ({ mean: centre, lower, upper, outside: false, shift: false, trend: false, twoOfThree: false, signal: null }));
  present.forEach(({ index }, i) => {
    const point = result[index]!;
    point.outside = outside[i]!;
    point.shift = shift[i]!;
    point.trend = trend[i]!;
    point.twoOfThree = twoOfThree[i]!;
    // Direction of the pattern that decides the signal, in order of precedence.
    let direction = 0;
    if (point.outside) direction = side[i]! > 0 ? 1 : -1;
    else if (point.trend) direction = trendDirection(ys, trend, i);
    else if (point.twoOfThree || point.shift) direction = side[i]! > 0 ? 1 : -1;
    point.signal = classify(direction, options.improvement);
  });
  return { points: result, baselinePoints: baselineValues.length };
};

const valid = (value: number | null | undefined): number | null => (value === null || value === undefined || !Number.isFinite(value) ? null : value);

/** Marks every point of every window of `size` consecutive points that satisfies `test`. */
const windowsOf = (length: number, size: number, test: (from: number) => boolean): boolean[] => {
  const marked = new Array<boolean>(length).fill(false);
  for (let from = 0; from + size <= length; from++) if (test(from)) for (let j = from; j < from + size; j++) marked[j] = true;
  return marked;
};

/** As NHSRplotthedots: a point inside a trend takes the direction towards its next point, the last one from its previous. */
const trendDirection = (ys: readonly number[], trend: readonly boolean[], i: number): number => {
  if (trend[i + 1]) return Math.sign(ys[i + 1]! - ys[i]!) > 0 ? 1 : -1;
  return i > 0 && Math.sign(ys[i]! - ys[i - 1]!) > 0 ? 1 : -1;
};

const classify = (direction: number, improvement: Improvement): PointSignal => {
  if (direction === 0) return null;
  if (improvement === 'neither') return direction > 0 ? 'neutral-high' : 'neutral-low';
  return direction * (improvement === 'up' ? 1 : -1) > 0 ? 'improvement' : 'concern';
};
