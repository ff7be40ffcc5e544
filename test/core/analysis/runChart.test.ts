import { describe, expect, it } from 'vitest';
import { analyzeRunChart, binomialQuantileHalf } from '../../../src/core/analysis';

/**
 * Expected values are worked out by hand from the definitions (median; Anhøj: longest run limit
 * round(log2(n)) + 3, crossings limit qbinom(0.05, n − 1, 0.5); IHI shift ≥ 6, trend ≥ 5). The limits
 * table is the one printed in Anhøj & Olesen 2014 and in the qicharts vignette (n = 10 → 6 and 2, …).
 */
describe('Anhøj limits', () => {
  // n useful → [longest run limit, crossings limit], from the published table (and exact binomial sums).
  const TABLE: [number, number, number][] = [
    [10, 6, 2],
    [11, 6, 2],
    [12, 7, 3],
    [13, 7, 3],
    [14, 7, 4],
    [15, 7, 4],
    [16, 7, 4],
    [17, 7, 5],
    [18, 7, 5],
    [19, 7, 6],
    [20, 7, 6],
    [21, 7, 6],
    [22, 7, 7],
    [23, 8, 7],
    [24, 8, 8],
    [25, 8, 8],
    [26, 8, 8],
    [27, 8, 9],
    [28, 8, 9],
    [29, 8, 10],
    [30, 8, 10],
    [50, 9, 19],
    [100, 10, 41],
    [150, 10, 64],
    [1000, 13, 474],
  ];
  it.each(TABLE)('n = %i → longest run ≤ %i, crossings ≥ %i', (n, runLimit, crossingLimit) => {
    // Alternating 0 and 2 with the median frozen at 1 (the first two points), so every point is useful.
    const alternating = Array.from({ length: n }, (_, i) => (i % 2 ? 2 : 0));
    const result = analyzeRunChart(alternating, { freezeAfter: 2 });
    expect(result.useful).toBe(n);
    expect(result.longestRunLimit).toBe(runLimit);
    expect(result.crossingsLimit).toBe(crossingLimit);
    expect(binomialQuantileHalf(0.05, n - 1)).toBe(crossingLimit);
  });
});

describe('analyzeRunChart', () => {
  it('finds a clear shift: long run, few crossings, two IHI shifts, and the trend across the step', () => {
    const values = [9, 11, 10, 12, 8, 10, 11, 9, 10, 12, 19, 21, 20, 22, 18, 20, 21, 19, 20, 22];
    const r = analyzeRunChart(values);
    // median of 20 values: (12 + 18) / 2 = 15; every point is useful.
    expect(r.centre).toEqual(Array(20).fill(15));
    expect(r).toMatchObject({ useful: 20, longestRun: 10, longestRunLimit: 7, crossings: 1, crossingsLimit: 6, runsSignal: true });
    expect(r.shifts).toEqual([
      { start: 0, end: 9 },
      { start: 10, end: 19 },
    ]);
    // 9 (index 7) → 10 → 12 → 19 → 21 (index 11): five points going up.
    expect(r.trends).toEqual([{ start: 7, end: 11, direction: 'up' }]);
  });

  it('has no signal in random-looking alternation', () => {
    const r = analyzeRunChart([1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
    expect(r).toMatchObject({ useful: 10, longestRun: 1, crossings: 9, runsSignal: false, shifts: [], trends: [] });
  });

  it('signals too few crossings even when no run is too long', () => {
    // median (1 + 3) / 2 = 2; two runs of 6; limit round(log2 12) + 3 = 7 is not exceeded, but 1 crossing < 3.
    const r = analyzeRunChart([1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3]);
    expect(r).toMatchObject({ longestRun: 6, longestRunLimit: 7, crossings: 1, crossingsLimit: 3, runsSignal: true });
    expect(r.shifts).toEqual([
      { start: 0, end: 5 },
      { start: 6, end: 11 },
    ]);
  });

  it('skips points on the median: they neither extend nor break a shift', () => {
    // 13 values sorted 1 1 1 2 5 5 5 8 8 8 9 9 9 → median 5; above it: 8 9 [5] 8 9 [5] 8 9 → six useful points.
    const values = [1, 2, 5, 8, 9, 5, 8, 9, 5, 8, 9, 1, 1];
    const r = analyzeRunChart(values);
    expect(r.centre[0]).toBe(5);
    expect(r.useful).toBe(10);
    expect(r.shifts).toEqual([{ start: 3, end: 10 }]);
    expect(r.longestRun).toBe(6);
  });

  it('skips repeated values in a trend', () => {
    // 1 2 2 3 4 5: the second 2 is skipped, leaving five distinct rising points.
    expect(analyzeRunChart([1, 2, 2, 3, 4, 5]).trends).toEqual([{ start: 0, end: 5, direction: 'up' }]);
    // 1 1 2 3 4: only four distinct points.
    expect(analyzeRunChart([1, 1, 2, 3, 4]).trends).toEqual([]);
    // Up then down: the peak belongs to both.
    expect(analyzeRunChart([1, 2, 3, 4, 5, 4, 3, 2, 1]).trends).toEqual([
      { start: 0, end: 4, direction: 'up' },
      { start: 4, end: 8, direction: 'down' },
    ]);
  });

  it('skips missing values everywhere and keeps positions', () => {
    const r = analyzeRunChart([1, null, 3, 2, null, 4]);
    // median of 1, 3, 2, 4 = 2.5; sides − + − + → four runs of one.
    expect(r.centre).toEqual([2.5, 2.5, 2.5, 2.5, 2.5, 2.5]);
    expect(r).toMatchObject({ useful: 4, longestRun: 1, longestRunLimit: 5, crossings: 3, crossingsLimit: 0, runsSignal: false });
    expect(analyzeRunChart([5, 6, null, 7, 8, null, 9]).trends).toEqual([{ start: 0, end: 6, direction: 'up' }]);
  });

  it('reports what cannot be computed as null for a constant series, and for no data', () => {
    const constant = analyzeRunChart([5, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    expect(constant).toMatchObject({
      useful: 0,
      longestRun: null,
      longestRunLimit: null,
      crossings: null,
      crossingsLimit: null,
      runsSignal: false,
      shifts: [],
      trends: [],
    });
    expect(constant.centre).toEqual(Array(10).fill(5));
    expect(analyzeRunChart([])).toEqual({
      centre: [],
      useful: 0,
      longestRun: null,
      longestRunLimit: null,
      crossings: null,
      crossingsLimit: null,
      runsSignal: false,
      shifts: [],
      trends: [],
    });
    expect(analyzeRunChart([null, null]).centre).toEqual([null, null]);
  });

  it('freezes the median on the first k positions and extends it', () => {
    const r = analyzeRunChart([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { freezeAfter: 5 });
    // median of 1..5 = 3; 3 itself is on the line → 9 useful; runs 2 below, 7 above.
    expect(r.centre).toEqual(Array(10).fill(3));
    expect(r).toMatchObject({ useful: 9, longestRun: 7, longestRunLimit: 6, crossings: 1, crossingsLimit: 2, runsSignal: true });
    expect(r.shifts).toEqual([{ start: 3, end: 9 }]);
    expect(r.trends).toEqual([{ start: 0, end: 9, direction: 'up' }]);
    // Missing values inside the frozen window do not count towards the median.
    expect(analyzeRunChart([1, null, 3, 100, 200], { freezeAfter: 3 }).centre[0]).toBe(2);
  });

  it('works with fewer than 10 points (the rules are computed; the UI says they are not yet reliable)', () => {
    const r = analyzeRunChart([3, 4, 5]);
    expect(r).toMatchObject({ useful: 2, longestRun: 1, longestRunLimit: 4, crossings: 1, crossingsLimit: 0, runsSignal: false });
  });
});
