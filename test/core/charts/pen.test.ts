import { describe, expect, it } from 'vitest';
import { Annotation, buildMeasureChart, DataPoint, Measure, markupPen, renderChartSvg } from '../../../src/core';

const HOSTILE = '"><script>alert(1)</script><x a=\' & </text>';

describe('the markup pen', () => {
  it('writes shapes in order, leaves out undefined attributes and escapes text', () => {
    const pen = markupPen();
    pen.root(['width', 760, 'height', 320, 'role', 'img'], 'Waits <in> "minutes"', 'Año & más');
    pen.shape('line', ['x1', 0, 'x2', 1_250.5, 'stroke-dasharray', undefined, 'stroke', '#1d2a36']);
    pen.shape('text', ['class', 'tick', 'x', 12], '</text><script>alert(1)</script>');
    expect(pen.done()).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="760" height="320" role="img"><title>Waits &lt;in&gt; &quot;minutes&quot;</title><desc>Año &amp; más</desc>' +
        '<line x1="0" x2="1250.5" stroke="#1d2a36"/>' +
        '<text class="tick" x="12">&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;</text></svg>',
    );
  });

  it('never puts the board’s text in an attribute: every value of charts drawn from hostile text is the renderer’s own', () => {
    // Attribute values are written as they are (pen.ts): this holds only while no board text reaches one.
    for (const chart of ['run', 'xmr'] as const)
      for (const language of ['en', 'es'] as const) {
        const measure = Measure.parse({ id: 'm', name: HOSTILE, order: 'a0', unit: HOSTILE, better: 'down', goal: 420, chart, freezeFirst: 12 });
        const points = Array.from({ length: 60 }, (_, i) =>
          DataPoint.parse({
            id: `p${i}`,
            measureId: 'm',
            date: new Date(Date.UTC(2025, 10, 3) + i * 7 * 86_400_000).toISOString().slice(0, 10),
            value: 400 + ((i * 37) % 90) + (i > 40 ? 260 : 0) + (i === 9 ? 1_800 : 0),
            note: HOSTILE,
          }),
        );
        const notes = [4, 30, 59].map((i) => Annotation.parse({ id: `n${i}`, measureId: 'm', date: points[i]!.date, text: HOSTILE }));
        for (const options of [{}, { width: 300 }, { width: 260, compact: true }]) {
          const svg = renderChartSvg(
            buildMeasureChart(measure, points, notes, [{ title: HOSTILE, projectTitle: HOSTILE, date: points[20]!.date }], language),
            options,
          );
          const values = [...svg.matchAll(/ [\w-]+="([^"]*)"/g)].map((m) => m[1]!);
          expect(values.length).toBeGreaterThan(50);
          for (const value of values) expect(value, value.slice(0, 80)).toMatch(/^[\w\s#.,'()%/:-]*$/);
          expect(svg).not.toContain('<script');
          expect(svg).toContain('&lt;script&gt;');
        }
      }
  });
});
