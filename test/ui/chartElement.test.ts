// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Annotation, buildMeasureChart, DataPoint, Measure, renderChartSvg } from '../../src/core';
import { chartElement } from '../../src/ui/measures/chartElement';

const measure = Measure.parse({ id: 'm', name: 'Door-to-triage <time> & "waits"', order: 'a0', unit: 'min', better: 'down', goal: 380, chart: 'xmr' });
const points = [412, 388, 1_205, 397, 401, 376, 389, 402, 395, 380, 371, 366].map((value, i) =>
  DataPoint.parse({ id: `p${i}`, measureId: 'm', date: new Date(Date.UTC(2026, 8, 7) + i * 7 * 86_400_000).toISOString().slice(0, 10), value }),
);
const notes = [
  Annotation.parse({ id: 'n', measureId: 'm', date: '2026-09-21', text: '<img src=x onerror="alert(1)">' }),
  Annotation.parse({ id: 'o', measureId: 'm', date: '2026-11-09', text: 'Año\u0000 nuevo 😀' }),
];
const chart = buildMeasureChart(measure, points, notes);

/** Every element of an SVG in document order, as its name, its attributes in order and its own text. */
const shapes = (svg: Element) =>
  [...svg.querySelectorAll('*')].map((element) => ({
    name: element.localName,
    attributes: [...element.attributes].map((a) => `${a.name}=${a.value}`),
    text: element.children.length === 0 ? element.textContent : null,
  }));

describe('a chart drawn in the page', () => {
  it('is the same drawing a report prints, shape for shape, without its title and description', () => {
    for (const options of [{ width: 760 }, { width: 300 }, { width: 260, compact: true }]) {
      const svg = chartElement(chart, options);
      const printed = new DOMParser().parseFromString(renderChartSvg(chart, options), 'image/svg+xml').documentElement;
      expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
      expect(svg.getAttribute('viewBox')).toBe(printed.getAttribute('viewBox'));
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.getAttribute('focusable')).toBe('false');
      expect(svg.querySelector('title, desc')).toBeNull();
      const expected = shapes(printed).filter((shape) => shape.name !== 'title' && shape.name !== 'desc');
      expect(expected.length).toBeGreaterThan(options.compact ? 4 : 20);
      expect(shapes(svg)).toEqual(expected);
    }
  });

  it('holds the board’s text only as text: hostile markup in a note is words on the chart', () => {
    const svg = chartElement(chart, { width: 760 });
    expect(svg.querySelector('img, script, foreignObject, a, image')).toBeNull();
    expect([...svg.querySelectorAll('*')].every((e) => ['rect', 'line', 'polyline', 'circle', 'path', 'text'].includes(e.localName))).toBe(true);
    expect(svg.textContent).toContain('<img src=x onerror="alert(1)">');
    // A NUL would make the printed SVG invalid; the page leaves it out as the report does.
    expect(svg.textContent).toContain('Año nuevo 😀');
    expect(svg.textContent).not.toContain('\u0000');
    // The goal of 380 min is labelled in full in the margin.
    expect([...svg.querySelectorAll('text.latest, text.goal')].map((t) => t.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('380')]));
    expect(svg.querySelectorAll('text.tick').length).toBeGreaterThan(2);
  });
});
