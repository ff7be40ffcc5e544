import { describe, expect, it } from 'vitest';
import { buildMeasureChart, DataPoint, Measure, renderChartSvg } from '../../../src/core';

/** The date labels under a chart: x and text of each, in order. */
const dateLabels = (svg: string) =>
  [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="12" text-anchor="middle"[^>]*>([^<]+)</g)].map((t) => ({ x: Number(t[1]), text: t[2]! }));

describe('the date axis', () => {
  it('keeps month labels apart at every width a side panel or projector gives, the last one included', () => {
    const measure = Measure.parse({ id: 'm', name: 'Door-to-triage time', order: 'a0', unit: 'minutes', better: 'down' });
    // A year of weekly points ending in late November: the last label lands near the one before it.
    const points = Array.from({ length: 52 }, (_, i) =>
      DataPoint.parse({
        id: `p${i}`,
        measureId: 'm',
        date: new Date(Date.UTC(2025, 11, 2) + i * 7 * 86_400_000).toISOString().slice(0, 10),
        value: 100 + ((i * 17) % 60),
      }),
    );
    const chart = buildMeasureChart(measure, points);
    let checked = 0;
    for (let width = 300; width <= 760; width += 2) {
      const labels = dateLabels(renderChartSvg(chart, { width }));
      expect(labels.at(-1)?.text ?? '').toMatch(/ 20\d\d$/);
      for (let i = 1; i < labels.length; i++) {
        expect(labels[i]!.x - labels[i - 1]!.x, `${width} px: ${labels[i - 1]!.text} / ${labels[i]!.text}`).toBeGreaterThanOrEqual(64);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
