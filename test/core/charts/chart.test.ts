import { describe, expect, it } from 'vitest';
import { Annotation, buildMeasureChart, DataPoint, Measure, renderChartSvg, intervalUnit, placeNoteLabels } from '../../../src/core';

const weekly = (values: number[], start = Date.UTC(2026, 0, 5)) =>
  values.map((value, i) => DataPoint.parse({ id: `p${i}`, measureId: 'm', date: new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10), value }));
const measure = (overrides: Record<string, unknown> = {}) =>
  Measure.parse({ id: 'm', name: 'Discharges before 11am', order: 'a0', unit: '%', better: 'up', ...overrides });
const SHIFT = [9, 11, 10, 12, 8, 10, 11, 9, 10, 12, 19, 21, 20, 22, 18, 20, 21, 19, 20, 22];

describe('measure chart model', () => {
  it('says what a run chart shows in plain words, in the team’s rhythm', () => {
    const chart = buildMeasureChart(measure(), weekly(SHIFT));
    expect(chart.status).toBe('ok');
    expect(chart.summary).toContain(
      '10 weeks in a row above the median since 16 March 2026: a shift, unlikely to be chance. Higher is better, so this looks like an improvement.',
    );
    expect(chart.marks.slice(10)).toEqual(Array(10).fill('improvement'));
  });

  it('judges the same pattern a concern when lower is better', () => {
    const chart = buildMeasureChart(measure({ better: 'down' }), weekly(SHIFT));
    expect(chart.summary[1]).toMatch(/above the median since 16 March 2026: a shift, unlikely to be chance\. Lower is better, so this is a concern\.$/);
    expect(chart.marks.slice(10)).toEqual(Array(10).fill('concern'));
  });

  it('shows a clear "too few points to judge" state and no highlighted points', () => {
    const chart = buildMeasureChart(measure(), weekly([5, 6, 7, 8, 9, 10]));
    expect(chart.status).toBe('too-few');
    expect(chart.summary).toEqual(['Too few points to judge: the run chart rules need at least 10 points off the median (6 so far).']);
    expect(chart.marks.every((m) => m === null)).toBe(true);
    expect(buildMeasureChart(measure(), []).status).toBe('empty');
  });

  it('draws XmR limits, marks trial limits under 12 points, and explains the signals', () => {
    const chart = buildMeasureChart(measure({ chart: 'xmr' }), weekly([5, 6, 5, 6, 5, 6, 5, 6, 5, 16]));
    expect(chart.trialLimits).toBe(true);
    expect(chart.upper[0]).toBeGreaterThan(6);
    expect(chart.summary.at(-1)).toBe('Trial limits: 10 points make the baseline; the limits settle once there are 12.');
    // mean 6.5: the nine 5s and 6s below it are a shift; the 16 is outside the limits.
    expect(chart.summary[0]).toMatch(/^9 weeks in a row below the mean from 5 January 2026 to 2 March 2026: a shift/);
    expect(chart.summary[1]).toMatch(/^On 9 March 2026 the value \(16%\) was above the upper process limit/);
  });

  it('freezes the baseline on the first N points or on a date range, and rebases at a date', () => {
    const first = buildMeasureChart(measure({ freezeFirst: 10 }), weekly(SHIFT));
    expect(first.baseline).toEqual({ start: 0, end: 9 });
    expect(first.centre[19]).toBe(10); // median of the first ten
    const range = buildMeasureChart(measure({ freezeFrom: '2026-03-16', freezeTo: '2026-05-18' }), weekly(SHIFT));
    expect(range.baseline).toEqual({ start: 10, end: 19 });
    expect(range.centre[0]).toBe(20);
    const rebased = buildMeasureChart(measure({ rebase: { '2026-03-16': true } }), weekly(SHIFT));
    expect(rebased.rebases).toEqual([10]);
    expect(rebased.centre[0]).toBe(10);
    expect(rebased.centre[19]).toBe(20);
    expect(rebased.signals.filter((s) => s.kind === 'shift')).toEqual([]);
  });

  it('places PDSA cycles and notes at the first point on or after their date', () => {
    const note = Annotation.parse({ id: 'n', measureId: 'm', date: '2026-02-17', text: 'New staff' });
    const chart = buildMeasureChart(measure(), weekly(SHIFT), [note], [{ title: 'Cycle 1', projectTitle: 'P', date: '2026-03-09' }]);
    expect(chart.notes).toEqual([
      { index: 7, date: '2026-02-17', label: 'New staff', kind: 'note' },
      { index: 9, date: '2026-03-09', label: 'PDSA: Cycle 1', kind: 'cycle' },
    ]);
  });

  it('names the interval between points', () => {
    expect(intervalUnit(['2026-01-01', '2026-01-02', '2026-01-03'])).toBe('day');
    expect(intervalUnit(['2026-01-01', '2026-02-01', '2026-03-01'])).toBe('month');
    expect(intervalUnit(['2026-01-01', '2026-01-05'])).toBe('point');
  });
});

describe('chart renderer', () => {
  it('draws a self-contained, escaped SVG with a text alternative and one shape per kind of point', () => {
    const note = Annotation.parse({ id: 'n', measureId: 'm', date: '2026-02-16', text: '<b>&"x"</b>' });
    const svg = renderChartSvg(buildMeasureChart(measure({ goal: 25 }), weekly(SHIFT), [note]));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<script|javascript:|href=|url\(|<image|<foreignObject/i);
    expect(svg).toContain('&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;');
    expect(svg).toContain('<title>Discharges before 11am: run chart</title>');
    // The description is the short alternative; the signal sentences are printed beside the chart, not repeated in it.
    expect(svg).toMatch(
      /<desc>Run chart of Discharges before 11am, 20 points from 5 January 2026, latest 22% on 18 May 2026, median 15%, goal 25%\. Signals: [^<]*shift \(improvement\)/,
    );
    expect(svg).not.toMatch(/<desc>[^<]*10 weeks in a row/);
    expect(svg).toContain('Goal 25');
    expect(svg).toContain('Median 15');
    // Greyscale-safe: improvement circles and concern squares, not colour alone. 13 improvement points
    // (the upward trend from 9 February and the shift above the median) and 7 concern points (the shift
    // below it), plus one of each in the legend.
    expect(svg.match(/<circle[^>]*fill="#1f5f8b"/g)).toHaveLength(14);
    expect(svg.match(/<rect[^>]*fill="#c2410c"/g)).toHaveLength(8);
  });

  it('draws a compact version and an empty state', () => {
    const compact = renderChartSvg(buildMeasureChart(measure(), weekly(SHIFT)), { compact: true });
    expect(compact).toContain('width="260"');
    expect(compact).not.toContain('Median 15');
    expect(renderChartSvg(buildMeasureChart(measure(), []))).toContain('No data yet');
  });
});

describe('hostile text on a chart', async () => {
  const core = await import('../../../src/core');
  it('keeps the SVG valid with a NUL in a note and an emoji cut by the label length', () => {
    const measure = core.Measure.parse({ id: 'm', name: 'Falls\u0000 per week', order: 'a0' });
    const points = Array.from({ length: 12 }, (_, i) =>
      core.DataPoint.parse({ id: `p${i}`, measureId: 'm', date: `2026-01-${String(i + 1).padStart(2, '0')}`, value: i % 3 }),
    );
    // 32 letters then an emoji: the old cut at 33 UTF-16 units split it in half.
    const notes = [core.Annotation.parse({ id: 'a', measureId: 'm', date: '2026-01-05', text: `${'x'.repeat(32)}😀 and more\u0000` })];
    const svg = core.renderChartSvg(core.buildMeasureChart(measure, points, notes));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for the characters XML forbids
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(() => core.svgDataUrl(svg)).not.toThrow();
    expect(svg).toContain(`${'x'.repeat(32)}😀…`);
    expect(core.truncateText('ab😀cd', 3)).toBe('ab…');
    expect(core.truncateText('👩‍⚕️👩‍⚕️👩‍⚕️', 2)).toBe('👩‍⚕️…');
  });
});

describe('note labels on a chart', () => {
  const NOTE_CHAR_PX = 6.2;
  /** The horizontal extent of each placed label, as the renderer estimates it. */
  const extent = (p: ReturnType<typeof placeNoteLabels>['placed'][number]): [number, number] => {
    const w = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(p.label)].length * NOTE_CHAR_PX;
    return p.anchorEnd ? [p.textX - w, p.textX] : [p.textX, p.textX + w];
  };
  const overlapsInARow = (placed: ReturnType<typeof placeNoteLabels>['placed']) =>
    placed.some((a, i) =>
      placed.slice(i + 1).some((b) => {
        if (a.row !== b.row) return false;
        const [a0, a1] = extent(a);
        const [b0, b1] = extent(b);
        return a0 < b1 && b0 < a1;
      }),
    );

  it('puts labels that would overlap in different rows, and one row when they do not', () => {
    const close = placeNoteLabels(
      [
        { x: 100, label: 'x'.repeat(32) },
        { x: 160, label: 'PDSA: Discharge checklist' },
        { x: 220, label: 'new checklist' },
      ],
      760,
    );
    expect(close.placed.map((p) => p.row)).toEqual([0, 1, 2]);
    expect(close.rows).toBe(3);
    expect(overlapsInARow(close.placed)).toBe(false);
    const apart = placeNoteLabels(
      [
        { x: 60, label: 'new staff' },
        { x: 300, label: 'holiday' },
        { x: 600, label: 'audit' },
      ],
      760,
    );
    expect(apart.rows).toBe(1);
  });

  it('shortens the label before when every row is taken, and keeps the last label inside the chart', () => {
    const crowded = placeNoteLabels(
      [60, 90, 120, 150, 180].map((x, i) => ({ x, label: `Note number ${i + 1} with a long label` })),
      760,
    );
    expect(crowded.rows).toBe(3);
    expect(overlapsInARow(crowded.placed)).toBe(false);
    expect(crowded.placed.some((p) => p.label.endsWith('…'))).toBe(true);
    const edge = placeNoteLabels([{ x: 740, label: 'A note at the last point' }], 760);
    expect(edge.placed[0]!.anchorEnd).toBe(true);
    expect(extent(edge.placed[0]!)[1]).toBeLessThanOrEqual(752);
  });
});

describe('a chart drawn for a narrow side panel', async () => {
  const core = await import('../../../src/core');
  it('keeps every text at 11 px or more and inside the image, wrapping the legend', () => {
    const m = measure({ chart: 'xmr', unit: 'minutes', goal: 120 });
    const chart = buildMeasureChart(m, weekly([152, 149, 155, 148, 151, 157, 150, 146, 153, 149, 118, 1112, 109, 115, 111, 108]));
    for (const width of [360, 760]) {
      const svg = renderChartSvg(chart, { width });
      expect(svg).toContain(`width="${width}"`);
      const texts = [...svg.matchAll(/<text[^>]* x="([-\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)];
      expect(texts.length).toBeGreaterThan(10);
      for (const [, x, size, text] of texts) {
        expect(Number(size), text).toBeGreaterThanOrEqual(11);
        expect(Number(x), text).toBeGreaterThanOrEqual(0);
        expect(Number(x), text).toBeLessThanOrEqual(width);
      }
      const legend = core.chartFrame(chart, { width }).legend;
      for (const item of legend) expect(item.x + item.label.length * 7, item.label).toBeLessThanOrEqual(width);
      if (width === 360) expect(new Set(legend.map((l) => l.row)).size).toBeGreaterThan(1);
    }
  });

  it('describes each point as its tooltip and table row say it', () => {
    const chart = buildMeasureChart(measure({ unit: 'minutes', better: 'down' }), weekly(SHIFT.map((v) => v * 10)));
    expect(core.describePoint(chart, 0)).toEqual({
      date: '2026-01-05',
      day: '5 January 2026',
      value: '90 minutes',
      centre: '150 minutes',
      lower: '',
      upper: '',
      signal: 'Improvement: shift',
    });
    expect(core.describePoint(chart, 19).signal).toMatch(/^Concern: /);
  });

  it('gives each chart a short alternative: what it shows, the latest value, the centre and limits, the signals', () => {
    // A year of weekly ED arrivals in the hundreds, with one week far above the limits.
    const arrivals = Array.from({ length: 52 }, (_, i) => 1180 + ((i * 37) % 90) - 45);
    arrivals[40] = 1620;
    const xmr = buildMeasureChart(measure({ name: 'ED arrivals a week', chart: 'xmr', better: 'down', unit: '' }), weekly(arrivals));
    const text = core.chartAlternative(xmr);
    expect(text).toMatch(
      /^XmR control chart of ED arrivals a week, 52 points from 5 January 2026, latest 1,\d{3} on 28 December 2026, mean 1,\d{3}, limits 1,\d{3} to 1,\d{3}\. Signals: outside the limits \(concern\)/,
    );
    const [, lower, upper] = /limits ([\d,.]+) to ([\d,.]+)/.exec(text)!;
    expect(Number(lower!.replace(/,/g, ''))).toBeLessThan(1180);
    expect(Number(upper!.replace(/,/g, ''))).toBeGreaterThan(1200);
    for (const sentence of xmr.summary) expect(text).not.toContain(sentence);
    const calm = buildMeasureChart(
      measure({ name: 'Calls answered', better: 'up', unit: '' }),
      weekly(Array.from({ length: 24 }, (_, i) => 410 + ((i * 7) % 11))),
    );
    expect(core.chartAlternative(calm)).toMatch(/median 41\d\. (No signals: common-cause variation\.|Signals: )/);
    expect(core.chartAlternative(buildMeasureChart(measure({ name: 'New measure', unit: '' }), weekly([120, 130])))).toMatch(
      /latest 130 on 12 January 2026, median 125\. Too few points to judge yet\.$/,
    );
    expect(core.chartAlternative(buildMeasureChart(measure({ name: 'Empty' }), []))).toBe('Run chart of Empty: no data yet.');
  });
});

describe('a measure’s chart from a board', async () => {
  const core = await import('../../../src/core');
  const { newBoard } = await import('../helpers');
  it('is built one way everywhere: one point per date, its notes, and the linked projects’ tests of change', () => {
    const { doc, ctx } = newBoard();
    const measure = core.addMeasure(doc, { name: 'MRI no-shows a week' }, ctx);
    const linked = core.addProject(doc, { title: 'Fewer MRI no-shows' }, ctx);
    const other = core.addProject(doc, { title: 'Warm waiting room' }, ctx);
    core.linkMeasure(doc, { projectId: linked, measureId: measure, linked: true }, ctx);
    for (const [projectId, title] of [
      [linked, 'Reminder calls, one clerk'],
      [other, 'Blankets on two shifts'],
    ] as const) {
      const cycle = core.addCycle(doc, { projectId, title }, ctx);
      core.updateCycle(doc, { id: cycle, startDate: '2026-09-14' }, ctx);
    }
    core.addAnnotation(doc, { measureId: measure, date: '2026-09-14', text: 'New clerk started' }, ctx);
    const weeks = ['2026-09-07', '2026-09-14', '2026-09-21'];
    for (const [i, date] of weeks.entries()) core.addDataPoint(doc, { measureId: measure, date, value: [112, 98, 1150][i]! }, ctx);
    const board = core.readBoard(doc);
    const m = board.measures[0]!;
    // The same date twice (two co-leads offline): the chart keeps one, as the board's table does.
    const twice = { ...board, points: [...board.points, { ...board.points[0]!, id: 'dup', value: 999, createdAt: 1 }] };
    const chart = core.measureChartOf(twice, m);
    expect(chart.dates).toEqual(weeks);
    expect(chart.values).toEqual([112, 98, 1150]);
    expect(core.cyclesOnChart(board, m.id)).toEqual([{ title: 'Reminder calls, one clerk', projectTitle: 'Fewer MRI no-shows', date: '2026-09-14' }]);
    expect(chart.notes.map((n) => n.label).join(' | ')).toContain('Reminder calls, one clerk');
    expect(chart.notes.map((n) => n.label).join(' | ')).not.toContain('Blankets');
    expect(chart.notes.map((n) => n.label).join(' | ')).toContain('New clerk started');
  });

  it('names month and year on the axis of a chart that spans years, in order, in either language', () => {
    const m = measure({ name: 'Falls', unit: 'falls', better: 'down' });
    const points = Array.from({ length: 150 }, (_, i) =>
      DataPoint.parse({
        id: `p${i}`,
        measureId: 'm',
        date: new Date(Date.UTC(2023, 0, 2) + i * 7 * 86_400_000).toISOString().slice(0, 10),
        value: 1200 + (i % 7) * 35,
      }),
    );
    const axis = (language: 'en' | 'es') =>
      [
        ...renderChartSvg(buildMeasureChart(m, points, [], [], language)).matchAll(
          /<text x="[\d.]+" y="[\d.]+" font-size="12" text-anchor="middle"[^>]*>([^<]+)</g,
        ),
      ].map((t) => t[1]!);
    const english = axis('en');
    expect(english[0]).toBe('Jan 2023');
    expect(
      english.every((label) => /^[A-Z][a-z]{2} 20(23|24|25|26)$/.test(label)),
      english.join(' | '),
    ).toBe(true);
    const years = english.map((label) => Number(label.slice(-4)));
    expect(years).toEqual([...years].sort());
    expect(axis('es')[0]).toBe('ene 2023');
    // Within a year the day is named, as before.
    const short = [...renderChartSvg(buildMeasureChart(m, points.slice(0, 20))).matchAll(/text-anchor="middle"[^>]*>([^<]+)</g)].map((t) => t[1]!);
    expect(short[0]).toBe('2 Jan');
  });
});
