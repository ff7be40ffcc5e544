import { describe, expect, it } from 'vitest';
import { analyzeXmR } from '../../../src/core/analysis';

/**
 * Hand-worked cases of the NHS Making Data Count rules as NHSRplotthedots computes them (ptd_spc_standard,
 * ptd_calculate_point_type): mean ± 2.66 × mean moving range, screening of moving ranges ≥ 3.267 × mean,
 * "near" band at 2/3 of the limits, 7-point runs and trends, 2 of 3 near the limits on one side.
 */
const signals = (r: ReturnType<typeof analyzeXmR>) => r.points.map((p) => p.signal);
const close = (value: number | null, expected: number) => expect(value).toBeCloseTo(expected, 6);

describe('analyzeXmR', () => {
  it('computes mean and limits from the moving ranges; few points give trial limits', () => {
    const r = analyzeXmR([10, 12, 11, 13, 12], { improvement: 'up' });
    // mean 58/5 = 11.6; moving ranges 2 1 2 1 → 1.5; 2.66 × 1.5 = 3.99.
    close(r.points[0]!.mean, 11.6);
    close(r.points[0]!.lower, 7.61);
    close(r.points[0]!.upper, 15.59);
    expect(signals(r)).toEqual([null, null, null, null, null]);
    expect(r.trialLimits).toBe(true);
  });

  it('screens an outlying moving range once, flags the outlier and the run it leaves below the mean', () => {
    const values = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 15];
    const r = analyzeXmR(values, { improvement: 'down' });
    // mean 81/13; moving ranges eleven 1s and a 9 → mean 20/12 = 1.667; 9 ≥ 3.267 × 1.667 = 5.445 is screened → 1.
    close(r.points[0]!.mean, 81 / 13);
    close(r.points[0]!.upper, 81 / 13 + 2.66);
    expect(r.points[12]).toMatchObject({ outside: true, signal: 'concern' });
    // All twelve 5s and 6s are below 6.23: seven or more on one side → shift; lower is better → improvement.
    expect(r.points.slice(0, 12).every((p) => p.shift && p.signal === 'improvement')).toBe(true);
    expect(r.trialLimits).toBe(false);
    // Without screening the 9 stays in: mean moving range 20/12.
    const unscreened = analyzeXmR(values, { improvement: 'down', screenMovingRanges: false });
    close(unscreened.points[0]!.upper, 81 / 13 + 2.66 * (20 / 12));
  });

  it('flags a 7-point trend, with outside points taking precedence', () => {
    const r = analyzeXmR([1, 2, 3, 4, 5, 6, 7], { improvement: 'up' });
    // mean 4, mean moving range 1 → limits 1.34 and 6.66: 1 and 7 are outside.
    expect(r.points.map((p) => p.trend)).toEqual(Array(7).fill(true));
    expect(r.points.map((p) => p.outside)).toEqual([true, false, false, false, false, false, true]);
    expect(signals(r)).toEqual(['concern', 'improvement', 'improvement', 'improvement', 'improvement', 'improvement', 'improvement']);
    expect(signals(analyzeXmR([7, 6, 5, 4, 3, 2, 1], { improvement: 'up' }))).toEqual([
      'improvement',
      'concern',
      'concern',
      'concern',
      'concern',
      'concern',
      'concern',
    ]);
    expect(signals(analyzeXmR([1, 2, 3, 4, 5, 6, 7], { improvement: 'neither' }))).toEqual(['neutral-low', ...Array(6).fill('neutral-high')]);
  });

  it('counts the turning point as the first point of the trend that follows it', () => {
    // Down three steps to 7, then up six steps from it: 7 is the last of one run and the first of the next,
    // so the rise is 7 points (7 … 13) and is a trend; the fall before it is not.
    const values = [10, 9, 8, 7, 8, 9, 10, 11, 12, 13];
    const r = analyzeXmR(values, { improvement: 'up' });
    expect(r.points.map((p) => p.trend)).toEqual([false, false, false, true, true, true, true, true, true, true]);
    // Six points in a row that rise are not yet a trend.
    expect(analyzeXmR([10, 9, 8, 7, 8, 9, 10, 11, 12], { improvement: 'up' }).points.some((p) => p.trend)).toBe(false);
  });

  it('does not count a repeated value as part of a trend (MDC: ties break it)', () => {
    const r = analyzeXmR([1, 2, 3, 3, 4, 5, 6, 7], { improvement: 'up' });
    expect(r.points.map((p) => p.trend)).toEqual(Array(8).fill(false));
  });

  it('flags 2 of 3 points beyond 2σ on the same side, and only those points', () => {
    // Baseline 9 11 × 6: mean 10, mean moving range 2 → limits 4.68 and 15.32, 2σ lines 6.453 and 13.547.
    const values = [9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 14, 12, 14.5];
    const r = analyzeXmR(values, { improvement: 'up', fixAfter: 12 });
    close(r.points[14]!.upper, 15.32);
    expect(r.points.map((p) => p.twoOfThree)).toEqual([...Array(12).fill(false), true, false, true]);
    expect(signals(r).slice(12)).toEqual(['improvement', null, 'improvement']);
    expect(signals(analyzeXmR(values, { improvement: 'neither', fixAfter: 12 })).slice(12)).toEqual(['neutral-high', null, 'neutral-high']);
    // The three points must all sit on the same side of the mean.
    expect(
      analyzeXmR([9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 14, 9, 14], { improvement: 'up', fixAfter: 12 })
        .points.map((p) => p.twoOfThree)
        .slice(12),
    ).toEqual([false, false, false]);
  });

  it('needs the 7 points of a shift strictly on one side: a point on the mean breaks it', () => {
    // Baseline 2 4 × 4: mean 3. Then 5 5 5, a 3 exactly on the mean, and seven 5s.
    const values = [2, 4, 2, 4, 2, 4, 2, 4, 5, 5, 5, 3, 5, 5, 5, 5, 5, 5, 5];
    const r = analyzeXmR(values, { improvement: 'up', fixAfter: 8 });
    // 4 5 5 5 (positions 7–10) is only four in a row; the 3 breaks it; 12–18 is seven above.
    expect(r.points.map((p) => p.shift)).toEqual([...Array(12).fill(false), ...Array(7).fill(true)]);
    expect(signals(r).slice(12)).toEqual(Array(7).fill('improvement'));
  });

  it('gives each rebased segment its own mean, limits and rules', () => {
    const first = [9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11];
    const second = first.map((v) => v + 11);
    const r = analyzeXmR([...first, ...second], { improvement: 'up', rebaseAt: [12] });
    close(r.points[0]!.mean, 10);
    close(r.points[12]!.mean, 21);
    close(r.points[12]!.lower, 21 - 5.32);
    expect(signals(r).every((s) => s === null)).toBe(true);
    expect(r.segments).toEqual([
      { start: 0, end: 11, baselinePoints: 12, trialLimits: false },
      { start: 12, end: 23, baselinePoints: 12, trialLimits: false },
    ]);
    // Unrebased, the step is a run of 12 above the mean: improvement.
    expect(
      signals(analyzeXmR([...first, ...second], { improvement: 'up' }))
        .slice(12)
        .every((s) => s === 'improvement'),
    ).toBe(true);
  });

  it('leaves missing values unflagged; a gap breaks the moving range', () => {
    const r = analyzeXmR([10, null, 12, 11], { improvement: 'up' });
    // moving ranges: only |11 − 12| = 1; mean 11.
    close(r.points[1]!.mean, 11);
    close(r.points[1]!.upper, 13.66);
    expect(r.points[1]).toMatchObject({ outside: false, shift: false, trend: false, twoOfThree: false, signal: null });
  });

  it('returns null limits for a constant series and for a single point', () => {
    const constant = analyzeXmR([4, 4, 4, 4, 4, 4, 4, 4], { improvement: 'up' });
    expect(constant.points[0]).toMatchObject({ mean: 4, lower: null, upper: null, signal: null });
    expect(analyzeXmR([4], { improvement: 'up' }).points[0]).toMatchObject({ mean: 4, lower: null, upper: null });
    expect(analyzeXmR([null, null], { improvement: 'up' }).points[0]).toMatchObject({ mean: null, lower: null, upper: null });
    expect(analyzeXmR([], { improvement: 'up' })).toMatchObject({ points: [], trialLimits: true });
  });
});
