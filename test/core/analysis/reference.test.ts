import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeRunChart, analyzeXmR, type XmROptions } from '../../../src/core/analysis';

/**
 * 240 seeded series checked against reference/reference.py, an independent port of the published R code
 * of qicharts2 (runs analysis) and NHSRplotthedots (Making Data Count), with exact binomial quantiles.
 */
interface Case {
  kind: 'run' | 'xmr';
  values: (number | null)[];
  options: Record<string, unknown>;
  expected: Record<string, unknown>;
}
const cases = JSON.parse(readFileSync(new URL('./reference/fixtures.json', import.meta.url), 'utf8')) as Case[];

const approx = (value: unknown): unknown =>
  typeof value === 'number'
    ? expect.closeTo(value, 9)
    : Array.isArray(value)
      ? value.map(approx)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, approx(v)]))
        : value;

describe('agreement with the reference implementation', () => {
  it.each(cases.filter((c) => c.kind === 'run').map((c, i) => [i, c] as const))('run chart case %i', (_i, c) => {
    expect(analyzeRunChart(c.values, c.options)).toEqual(approx(c.expected));
  });
  it.each(cases.filter((c) => c.kind === 'xmr').map((c, i) => [i, c] as const))('XmR case %i', (_i, c) => {
    const { points } = analyzeXmR(c.values, c.options as unknown as XmROptions);
    expect(points).toEqual(approx((c.expected as { points: unknown[] }).points));
  });
});
