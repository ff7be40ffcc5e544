import { describe, expect, it } from 'vitest';
import {
  addAction, addAnnotation, addCycle, addDataPoint, addIdea, addMeasure, addPerson, addProject, buildReport, editText, linkMeasure,
  readBoard, renderMeasuresCsv, renderReportHtml, renderReportMarkdown, updateCycle, updateProject, updateTeam,
} from '../../../src/core';
import { newBoard, testContext } from '../helpers';

/** Script-injection payloads a board could hold (typed, pasted or captured from a page). */
export const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '"><svg onload="window.__pwned = 3"><script>alert(1)</script></svg>',
  '<a href="javascript:window.__pwned = 4">click</a>',
  '<style>body { background: url(http://127.0.0.1:9/steal) }</style>',
  '</style><script>window.__pwned = 5</script>',
  '<iframe src="http://127.0.0.1:9/frame"></iframe>',
  '<link rel="stylesheet" href="http://127.0.0.1:9/x.css">',
  '{{constructor.constructor("return 1")()}} ${7*7}',
];

const buildBoard = () => {
  const now = Date.UTC(2026, 5, 1);
  let n = 0;
  const ctx = { ...testContext(), now: () => now + n++ * 1000 };
  const { doc } = newBoard(ctx);
  updateTeam(doc, { name: PAYLOADS[5]! }, ctx);
  addPerson(doc, { name: 'Ana Ruiz', role: 'manager-co-lead' }, ctx);
  addPerson(doc, { name: PAYLOADS[1]!.slice(0, 190), role: 'labour-co-lead' }, ctx);
  const p = addProject(doc, { title: 'Timely discharge' }, ctx);
  editText(doc, { kind: 'projects', id: p, field: 'problem', value: PAYLOADS.join('\n') }, ctx);
  const m = addMeasure(doc, { name: PAYLOADS[2]!.slice(0, 190), better: 'up' }, ctx);
  linkMeasure(doc, { projectId: p, measureId: m, linked: true }, ctx);
  for (let i = 0; i < 12; i++) addDataPoint(doc, { measureId: m, date: `2026-0${1 + Math.floor(i / 4)}-${String(1 + (i % 4) * 7).padStart(2, '0')}`, value: 10 + i }, ctx);
  addAnnotation(doc, { measureId: m, date: '2026-02-08', text: PAYLOADS[3]!.slice(0, 190) }, ctx);
  const c = addCycle(doc, { projectId: p, title: PAYLOADS[0]!.slice(0, 190) }, ctx);
  updateCycle(doc, { id: c, startDate: '2026-05-20', actDecision: 'adopt' }, ctx);
  editText(doc, { kind: 'cycles', id: c, field: 'prediction', value: PAYLOADS[4]! }, ctx);
  addIdea(doc, { text: PAYLOADS[6]!, sourceTitle: PAYLOADS[7]!.slice(0, 190), sourceUrl: 'https://intranet.example/x' }, ctx);
  addAction(doc, { text: '=HYPERLINK("http://127.0.0.1:9")', owner: 'Ana', projectId: p }, ctx);
  return { doc, now: new Date(now + 10 * 86_400_000), projectId: p };
};

describe('reports', () => {
  it('render an HTML report that stays inert whatever the board holds', () => {
    const { doc, now } = buildBoard();
    const html = renderReportHtml(buildReport(readBoard(doc), { kind: 'board' }, now));
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:;');
    // Every real tag is one the report itself writes, with no event handler and nothing that loads.
    const ALLOWED = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'span', 'header', 'h1', 'h2', 'h3', 'h4', 'p', 'section', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'figure', 'figcaption', 'strong', 'br', 'svg', 'desc', 'rect', 'line', 'text', 'circle', 'path', 'polyline']);
    const tags = [...html.matchAll(/<\/?([!a-z][a-z0-9]*)([^>]*)>/gi)];
    expect(tags.filter(([, name]) => !ALLOWED.has(name!.toLowerCase())).map(([tag]) => tag)).toEqual([]);
    expect(tags.filter(([, , attrs]) => /\son\w+\s*=|\s(href|src|xlink:href|action|formaction)\s*=/i.test(attrs!)).map(([tag]) => tag)).toEqual([]);
    const css = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(css).not.toMatch(/url\(|@import|expression\(/i);
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('\\3c /style\\3e \\3c script\\3e window.__pwned = 5');
  });

  it('shows each project with aim, charts, every PDSA worksheet, ideas by state and open actions', () => {
    const { doc, now } = buildBoard();
    const report = buildReport(readBoard(doc), { kind: 'board' }, now);
    expect(report.projects).toHaveLength(1);
    expect(report.projects[0]!.measures[0]!.chart.values).toHaveLength(12);
    expect(report.projects[0]!.cycles).toHaveLength(1);
    expect(report.ideas.map((g) => g.label)).toEqual(['New']);
    expect(report.openActions).toHaveLength(1);
    expect(report.evidence.cycles).toHaveLength(1);
    expect(report.evidence.practices[0]).toMatch(/^Adopted: /);
    expect(report.evidence.annotatedCharts).toHaveLength(1);
    const html = renderReportHtml(report);
    expect(html.match(/class="worksheet"/g)).toHaveLength(1);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).toContain('Plan: prediction and why');
  });

  it('limits the report to one project, or to what changed since a date', () => {
    const { doc, now } = buildBoard();
    const ctx = testContext('late');
    const later = addProject(doc, { title: 'Fewer falls' }, { ...ctx, now: () => Date.UTC(2026, 6, 1) });
    const board = readBoard(doc);
    expect(buildReport(board, { kind: 'project', projectId: later }, now).projects.map((p) => p.project.title)).toEqual(['Fewer falls']);
    expect(buildReport(board, { kind: 'since', date: '2026-06-15' }, now).projects.map((p) => p.project.title)).toEqual(['Fewer falls']);
    updateProject(doc, { id: later, status: 'testing' }, ctx);
    expect(buildReport(board, { kind: 'since', date: '2026-01-01' }, now).projects).toHaveLength(2);
  });

  it('renders Markdown with board text escaped', () => {
    const { doc, now } = buildBoard();
    const md = renderReportMarkdown(buildReport(readBoard(doc), { kind: 'board' }, now));
    expect(md).toContain('# \\</style\\>\\<script\\>window\\.\\_\\_pwned = 5\\</script\\>: improvement report');
    // Every < from the board is escaped, so Markdown shows it as text.
    expect(md).not.toMatch(/(^|[^\\])<(script|img|a |svg|style|iframe|link)/m);
    expect(md).toContain('### Measure: ');
  });

  it('exports every measure point as CSV, neutralising spreadsheet formulas', () => {
    const { doc } = buildBoard();
    const csv = renderMeasuresCsv(readBoard(doc));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('measure,type,unit,date,value,numerator,denominator,note');
    expect(lines).toHaveLength(13);
    const { doc: d2, ctx } = newBoard();
    const m = addMeasure(d2, { name: '=cmd|"/c calc"!A1' }, ctx);
    addDataPoint(d2, { measureId: m, date: '2026-01-01', value: 1, note: '+SUM(A1)' }, ctx);
    expect(renderMeasuresCsv(readBoard(d2)).split('\r\n')[1]).toBe(`"'=cmd|""/c calc""!A1",outcome,,2026-01-01,1,,,"'+SUM(A1)"`);
  });
});
