import { describe, expect, it } from 'vitest';
import { buildMeasureChart, DataPoint, formatTick, formatValue, Measure, renderChartSvg, type MeasureChart } from '../../../src/core';

/** Weekly points from 5 January 2026; a rate measure takes [numerator, denominator] pairs. */
const weekly = (values: readonly (number | readonly [number, number])[]) =>
  values.map((v, i) => {
    const date = new Date(Date.UTC(2026, 0, 5) + i * 7 * 86_400_000).toISOString().slice(0, 10);
    return DataPoint.parse(
      typeof v === 'number'
        ? { id: `p${i}`, measureId: 'm', date, value: v }
        : { id: `p${i}`, measureId: 'm', date, value: (100 * v[0]) / v[1], numerator: v[0], denominator: v[1] },
    );
  });

/** The number a label prints, read back the way a person would: "1,200" is 1200, "85.5%" is 85.5. */
const read = (label: string): number => {
  const m = /(-?[\d,]+(?:\.\d+)?)%?$/.exec(label.trim());
  if (!m) throw new Error(`no number in "${label}"`);
  return Number(m[1]!.replace(/,/g, ''));
};
const texts = (svg: string, cls: string) =>
  [...svg.matchAll(new RegExp(`<text class="${cls}"[^>]* y="([-\\d.]+)"[^>]*>([^<]*)</text>`, 'g'))].map((m) => ({ y: Number(m[1]), text: m[2]! }));
const polyline = (svg: string) =>
  /<polyline[^>]*points="([^"]+)"/
    .exec(svg)![1]!
    .split(' ')
    .map((p) => Number(p.split(',')[1]));
/** Half of the last printed digit: how far a printed value may be from the true one. */
const tolerance = (label: string) => {
  const decimals = /\.(\d+)/.exec(label)?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals + 1e-9;
};
const expectPrinted = (label: string | undefined, value: number) => {
  expect(label, `a label for ${value}`).toBeDefined();
  expect(Math.abs(read(label!) - value), `"${label}" for ${value}`).toBeLessThanOrEqual(tolerance(label!));
};

/**
 * Every number the chart prints, against the data: the axis ticks must be evenly spaced, cover the data
 * and sit where their value is drawn (so every point read off the axis is its own value); the goal,
 * centre line, limits and latest value must print their own values.
 */
const checkChart = (chart: MeasureChart) => {
  const svg = renderChartSvg(chart);
  const ticks = texts(svg, 'tick');
  expect(ticks.length).toBeGreaterThanOrEqual(3);
  const tickValues = ticks.map((t) => read(t.text));
  const step = tickValues[1]! - tickValues[0]!;
  expect(step).toBeGreaterThan(0);
  for (const [i, v] of tickValues.entries()) expect(v).toBeCloseTo(tickValues[0]! + i * step, 9);
  expect(tickValues[0]!).toBeLessThanOrEqual(Math.min(...chart.values) + step);
  expect(tickValues.at(-1)!).toBeGreaterThanOrEqual(Math.max(...chart.values) - step);
  // Read each drawn point off the axis, the way a person does.
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  const valueAt = (y: number) => read(a.text) + ((y + 4 - a.y) / (b.y - a.y)) * (read(b.text) - read(a.text));
  // Coordinates are drawn to a hundredth of a pixel: a point may sit that far off, and so may each tick read.
  const perPixel = Math.abs((read(b.text) - read(a.text)) / (b.y - a.y));
  for (const [i, y] of polyline(svg).entries()) expect(Math.abs(valueAt(y) - chart.values[i]!), `point ${i}`).toBeLessThanOrEqual(0.03 * perPixel);

  const one = (cls: string) => texts(svg, cls)[0]?.text;
  if (chart.goal !== null) expectPrinted(one('goal'), chart.goal);
  expectPrinted(one('centre'), chart.centre.at(-1)!);
  if (chart.kind === 'xmr') {
    expectPrinted(one('upper'), chart.upper.at(-1)!);
    expectPrinted(one('lower'), chart.lower.at(-1)!);
  }
  expectPrinted(one('latest'), chart.values.at(-1)!);
  return { svg, ticks: ticks.map((t) => t.text), label: one };
};

const measure = (fields: Record<string, unknown>) => Measure.parse({ id: 'm', name: 'Measure', order: 'a0', ...fields });
const wave = (base: number, spread: number, n = 24) => Array.from({ length: n }, (_, i) => base + spread * Math.sin(i * 1.7) * (i % 3 === 0 ? 1 : 0.6));

describe('the numbers a chart prints', () => {
  const cases: { name: string; fields: Record<string, unknown>; values: (number | [number, number])[] }[] = [
    { name: 'fractions (0.5 to 4)', fields: { unit: 'falls per 1,000 bed days', goal: 1.5 }, values: wave(2.25, 1.75) },
    { name: 'tens', fields: { unit: 'minutes', goal: 30 }, values: wave(32, 12) },
    { name: 'hundreds: door-to-triage minutes, goal 120', fields: { unit: 'minutes', goal: 120, better: 'down' }, values: wave(125, 35) },
    { name: 'thousands: admissions', fields: { unit: 'admissions', goal: 1200 }, values: wave(1750, 750) },
    { name: 'negatives: budget variance', fields: { unit: 'dollars', goal: 0 }, values: wave(-8, 32) },
    {
      name: 'a rate in percent',
      fields: { rate: true, goal: 90 },
      values: Array.from({ length: 24 }, (_, i): [number, number] => [Math.round(120 + 40 * Math.sin(i)), 160 + (i % 4)]),
    },
  ];
  for (const { name, fields, values } of cases) {
    it.each(['run', 'xmr'] as const)(`${name}, %s chart`, (kind) => {
      const chart = buildMeasureChart(measure({ ...fields, chart: kind }), weekly(values));
      expect(chart.values).toHaveLength(values.length);
      checkChart(chart);
    });
  }

  it('prints hundreds and thousands whole and grouped, never with a zero cut off', () => {
    const triage = checkChart(buildMeasureChart(measure({ unit: 'minutes', goal: 120, chart: 'xmr' }), weekly([90, 160, ...wave(125, 20, 20), 140])));
    expect(triage.label('goal')).toBe('Goal 120');
    expect(triage.label('latest')).toBe('Latest 140');
    expect(triage.ticks).toContain('100');
    expect(triage.ticks).toContain('160');
    const admissions = checkChart(buildMeasureChart(measure({ goal: 1200 }), weekly([1000, 2500, ...wave(1800, 500, 20), 1250])));
    expect(admissions.label('goal')).toBe('Goal 1,200');
    expect(admissions.label('latest')).toBe('Latest 1,250');
    expect(admissions.ticks).toContain('1,000');
    expect(admissions.ticks).toContain('2,500');
    const rate = checkChart(buildMeasureChart(measure({ rate: true, goal: 90 }), weekly([[50, 100], [100, 100], ...Array(10).fill([3, 4]), [170, 200]])));
    expect(rate.label('goal')).toBe('Goal 90%');
    expect(rate.label('latest')).toBe('Latest 85%');
    expect(rate.ticks.every((t) => t.endsWith('%'))).toBe(true);
  });

  it('writes the values in its sentences as the data holds them', () => {
    // 20 weeks near 125 minutes, then one of 260: above the upper limit.
    const values = [...wave(125, 8, 20), 260];
    const chart = buildMeasureChart(measure({ unit: 'minutes', chart: 'xmr', better: 'down' }), weekly(values));
    const sentence = chart.summary.find((s) => s.includes('above the upper process limit'))!;
    const m = /the value \(([\d,.]+) minutes\) was above the upper process limit \(([\d,.]+) minutes\)/.exec(sentence);
    expect(m, sentence).not.toBeNull();
    expectPrinted(m![1], 260);
    expectPrinted(m![2], chart.upper.at(-1)!);
    const big = buildMeasureChart(measure({ unit: '', chart: 'xmr' }), weekly([...wave(1500, 40, 20), 4200]));
    expect(big.summary.join(' ')).toContain('the value (4,200) was above the upper process limit (1,');
  });

  it('formats a value by its size and a tick by its step', () => {
    expect([100, 120, 250, 1000, 1234.5, 12.345, 0.754, -1200, -0.001, 0].map((n) => formatValue(n))).toEqual([
      '100',
      '120',
      '250',
      '1,000',
      '1,235',
      '12.3',
      '0.75',
      '-1,200',
      '0',
      '0',
    ]);
    expect(formatValue(85.5, '%')).toBe('85.5%');
    expect(formatValue(120, 'minutes')).toBe('120 minutes');
    expect([0.5, 1, 1.5].map((t) => formatTick(t, 0.5))).toEqual(['0.5', '1.0', '1.5']);
    expect([1000, 1250].map((t) => formatTick(t, 250))).toEqual(['1,000', '1,250']);
    expect(formatTick(2.5, 2.5, true)).toBe('2.5%');
    expect(formatTick(-20, 10)).toBe('-20');
    expect(formatTick(-0.0001, 0.5)).toBe('0.0');
  });
});
