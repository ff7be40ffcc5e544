import { describe, expect, it } from 'vitest';
import { px, pxText } from '../../../src/core/charts/frame';
import { fillParts, PLACEHOLDER } from '../../../src/core/i18n/catalogue';
import { dayNumber } from '../../../src/core/measures/dates';
import { intervalUnit } from '../../../src/core/charts/sentences';
import { buildMeasureChart, chartFrame, DataPoint, Measure, renderChartSvg } from '../../../src/core';

/**
 * The chart code's fast paths (bench: chart-analysis) against the plain code they replaced: each must give
 * exactly what the plain one gives, on every input a board can hold.
 */
describe('the fast paths of drawing a chart', () => {
  it('count days as Date does, for every day from 1900 to 2200', () => {
    let wrong = 0;
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2200, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (dayNumber(iso) !== t / 86_400_000) wrong++;
    }
    expect(wrong).toBe(0);
    expect(dayNumber('2024-02-29') - dayNumber('2024-02-28')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-29')).toBe(1);
  });

  it('write a coordinate as String(px(v)) does, negative, whole and fractional', () => {
    const values = [0, -0, 0.004, -0.004, -0.005, 0.005, 0.1, 0.01, 0.105, -1.5, 12.3, 100, 1234.56, -987.65, 759.999, 1e-9];
    for (let i = 0; i < 20_000; i++) values.push((Math.sin(i) * 10 ** (i % 5)) / 3);
    const differ = values.filter((v) => pxText(v) !== String(px(v)));
    expect(differ.map((v) => `${v}: ${pxText(v)} vs ${String(px(v))}`)).toEqual([]);
  });

  it('fill placeholders as the regular expression finds them', () => {
    const byRegex = (text: string, params: Record<string, string | number>) => {
      const out: string[] = [];
      let at = 0;
      for (const match of text.matchAll(PLACEHOLDER)) {
        const value = params[match[1]!];
        if (value === undefined) continue;
        out.push(text.slice(at, match.index), String(value));
        at = match.index + match[0].length;
      }
      out.push(text.slice(at));
      return out.join('');
    };
    const params = { a: 'Ana', b: 1250, team: '{b}', count: 3 };
    for (const text of ['{a}', 'x {a} y {b}', '{a{b}', '{}', '{1x}', '{a', 'a}', '{missing} {a}', '{{a}}', '}{a}{', '{a}{b}{team}', 'ñ {count} días', ''])
      expect(fillParts(text, params, String).join(''), text).toBe(byRegex(text, params));
  });

  it("name a series' rhythm from its median gap, as sorting every gap does", () => {
    const bySorting = (dates: string[]) => {
      const gaps = dates.slice(1).map((d, i) => (Date.parse(d) - Date.parse(dates[i]!)) / 86_400_000);
      gaps.sort((a, b) => a - b);
      const gap = gaps[gaps.length >> 1] ?? 0;
      return gap >= 6 && gap <= 8 ? 'week' : gap >= 0.5 && gap <= 1.5 ? 'day' : gap >= 27 && gap <= 32 ? 'month' : gap >= 85 && gap <= 95 ? 'quarter' : 'point';
    };
    let seed = 7;
    const random = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    for (let series = 0; series < 400; series++) {
      const steps = [1, 7, 7, 30, 31, 91, 3, 14];
      let t = Date.UTC(2024, 0, 1);
      const dates = Array.from({ length: Math.floor(random() * 30) }, () => {
        t += steps[Math.floor(random() * (series % 3 === 0 ? steps.length : 3))]! * 86_400_000;
        return new Date(t).toISOString().slice(0, 10);
      });
      expect(intervalUnit(dates), dates.join(' ')).toBe(bySorting(dates));
    }
  });

  it('draw every common-cause point as one circle of the points path, where the frame puts it', () => {
    // Two years of daily values in the hundreds, seeded noise: most points are common cause.
    let seed = 7;
    const values = Array.from({ length: 730 }, () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return 480 + (seed % 41) - 20;
    });
    const start = Date.UTC(2025, 0, 1);
    const points = values.map((value, i) =>
      DataPoint.parse({ id: `p${i}`, measureId: 'm', date: new Date(start + i * 86_400_000).toISOString().slice(0, 10), value }),
    );
    const chart = buildMeasureChart(Measure.parse({ id: 'm', name: 'Minutes to first dose', order: 'a0', unit: 'min', better: 'down' }), points);
    for (const compact of [false, true]) {
      const frame = chartFrame(chart, { compact });
      const svg = renderChartSvg(chart, { compact });
      const d = /<path class="points"[^>]* d="([^"]+)"/.exec(svg)?.[1] ?? '';
      const r = compact ? 2.45 : 3.5;
      const centres = [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)a/g)].map(([, x, y]) => [Number(x) + r, Number(y)]);
      const expected = chart.values.map((v, i) => (chart.marks[i] ? null : [frame.x(i), frame.y(v)])).filter((c) => c !== null);
      expect(expected.length).toBeGreaterThan(300);
      expect(centres).toHaveLength(expected.length);
      // Each a whole circle: two half-turn arcs of the point's radius, back where it began.
      const ring = compact ? 'a2.45 2.45 0 1 0 4.9 0a2.45 2.45 0 1 0 -4.9 0' : 'a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0';
      expect(d.replace(/M-?[\d.]+ -?[\d.]+/g, '|')).toBe(`|${ring}`.repeat(expected.length));
      centres.forEach(([x, y], i) => {
        expect(Math.abs(x! - expected[i]![0]!)).toBeLessThan(0.011);
        expect(Math.abs(y! - expected[i]![1]!)).toBeLessThan(0.011);
      });
    }
  });
});
