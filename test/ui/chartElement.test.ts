// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Annotation, buildMeasureChart, DataPoint, Measure, renderChartSvg } from '../../src/core';
import { chartElement } from '../../src/ui/measures/chartElement';

const measure = Measure.parse({ id: 'm', name: 'Door-to-triage <time> & "waits"', order: 'a0', unit: 'min', better: 'down' });
const points = [412, 388, 1_205, 397, 401, 376, 389, 402, 395, 380, 371, 366].map((value, i) =>
  DataPoint.parse({ id: `p${i}`, measureId: 'm', date: new Date(Date.UTC(2026, 8, 7) + i * 7 * 86_400_000).toISOString().slice(0, 10), value }),
);
const note = Annotation.parse({ id: 'n', measureId: 'm', date: '2026-09-21', text: '<img src=x onerror="alert(1)"> Triage nurse at the door · enfermera 😀' });
const markup = renderChartSvg(buildMeasureChart(measure, points, [note]));

describe('a chart drawn in the page', () => {
  it('takes what the renderer writes, hostile text and all, as text, without its title and description', () => {
    const svg = chartElement(markup)!;
    expect(svg).not.toBeNull();
    expect(svg.localName).toBe('svg');
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelector('title, desc')).toBeNull();
    expect(svg.querySelector('img, script')).toBeNull();
    expect(svg.textContent).toContain('<img src=x onerror=');
    expect(svg.querySelectorAll('text').length).toBeGreaterThan(5);
    expect(svg.querySelector('path.points')).not.toBeNull();
  });

  it('refuses markup the renderer never writes, so the page shows the image instead', () => {
    const hostile = [
      markup.replace('</svg>', '<script>alert(1)</script></svg>'),
      markup.replace('<rect ', '<rect onload="alert(1)" '),
      markup.replace('</svg>', '<image href="https://example.invalid/x.png"/></svg>'),
      markup.replace('</svg>', '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>'),
      markup.replace('<rect ', '<rect style="fill:url(https://example.invalid/)" '),
      markup.replace('<svg ', '<svg xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="#x" '),
      markup.replace('</svg>', '<text x="1" y="1"><tspan>nested</tspan></text></svg>'),
      markup.replace('</svg>', '<a href="javascript:alert(1)"><text x="1" y="1">go</text></a></svg>'),
      markup.slice(0, -10),
      '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
    ];
    for (const bad of hostile) expect(chartElement(bad), bad.slice(-120)).toBeNull();
  });
});
