import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addDataPoint,
  addMeasure,
  addProject,
  buildReport,
  readBoard,
  renderMeasuresCsv,
  renderReportHtml,
  renderReportMarkdown,
  updateProject,
} from '../../../src/core';
import { newBoard, testContext } from '../helpers';
import { buildBoardAfterMeeting, buildPayloadBoard as buildBoard } from '../../fixtures/boards';
import * as core from '../../../src/core';

describe('reports', () => {
  it('render an HTML report that stays inert whatever the board holds', () => {
    const { doc, now } = buildBoard();
    const html = renderReportHtml(buildReport(readBoard(doc), { kind: 'board' }, now));
    expect(html).toContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:;");
    // Every real tag is one the report itself writes, with no event handler and nothing that loads.
    const ALLOWED = new Set([
      '!doctype',
      'html',
      'head',
      'meta',
      'title',
      'style',
      'body',
      'div',
      'span',
      'header',
      'h1',
      'h2',
      'h3',
      'h4',
      'p',
      'section',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'ul',
      'li',
      'figure',
      'figcaption',
      'caption',
      'strong',
      'br',
      'svg',
      'g',
      'desc',
      'rect',
      'line',
      'text',
      'circle',
      'path',
      'polyline',
    ]);
    const tags = [...html.matchAll(/<\/?([!a-z][a-z0-9]*)([^>]*)>/gi)];
    expect(tags.filter(([, name]) => !ALLOWED.has(name!.toLowerCase())).map(([tag]) => tag)).toEqual([]);
    expect(tags.filter(([, , attrs]) => /\son\w+\s*=|\s(href|src|xlink:href|action|formaction)\s*=/i.test(attrs!)).map(([tag]) => tag)).toEqual([]);
    const css = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(css).not.toMatch(/url\(|@import|expression\(/i);
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('\\3c \\2f style\\3e \\3c script\\3e window.\\5f \\5f pwned \\3d  5');
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

  it('prints every chart with a short description and a table of its points, in HTML and Markdown', () => {
    const { doc, now } = buildBoard();
    const ctx = testContext('data');
    const measure = readBoard(doc).measures[0]!;
    // Forty more weeks of values in the thousands: the table must print 1,150 as 1,150.
    for (let i = 0; i < 40; i++)
      addDataPoint(
        doc,
        { measureId: measure.id, date: new Date(Date.UTC(2027, 0, 4 + 7 * i)).toISOString().slice(0, 10), value: 1100 + ((i * 50) % 250) },
        ctx,
      );
    const report = buildReport(readBoard(doc), { kind: 'board' }, now);
    const chart = report.projects[0]!.measures[0]!.chart;
    expect(chart.values).toHaveLength(52);
    const html = renderReportHtml(report);
    const table = /<table class="points">(.*?)<\/table>/s.exec(html)?.[1] ?? '';
    expect(html).toMatch(/<section class="project values">\s*<h2>Values on the charts<\/h2>\s*<table class="points">/);
    expect(table).toContain(`<caption>${core.esc(measure.name)}</caption>`);
    expect(html).toContain('Each value is in “Values on the charts” at the end of this report.');
    expect(table.match(/<tr><th scope="row">/g)).toHaveLength(52);
    expect(table).toContain('<th scope="row">4 January 2027</th><td>1,100</td>');
    expect(table).toContain('1,150');
    // The SVG's description is the short alternative, not the signal sentences printed under it.
    const desc = /<desc>([^<]*)<\/desc>/.exec(html)?.[1] ?? '';
    expect(desc).toMatch(/, 52 points from .*, latest 1,\d{3} on 4 October 2027/);
    for (const sentence of chart.summary) expect(desc).not.toContain(sentence);
    const md = renderReportMarkdown(report);
    const header = md.split('\n').findIndex((line) => /^\| Date \| Value \| (Median|Mean) \|/.test(line));
    expect(header).toBeGreaterThan(0);
    expect(
      md
        .split('\n')
        .slice(header + 2, header + 2 + 53)
        .filter((l) => l.startsWith('| ')),
    ).toHaveLength(52);
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
    expect(md).toContain('# \\</style\\>\\<script\\>window.\\_\\_pwned = 5\\</script\\>: improvement report');
    // Every < from the board is escaped, so Markdown shows it as text.
    expect(md).not.toMatch(/(^|[^\\])<(script|img|a |svg|style|iframe|link)/m);
    expect(md).toContain('### Measure: ');
  });

  it('escapes only what Markdown would read as markup, so it reads well pasted as plain text', () => {
    const md = core.mdEscapeSentence;
    expect(md('Dr. Priya Shah (physician co-lead) asked: 3-4 beds, e.g. 4 West!')).toBe('Dr. Priya Shah (physician co-lead) asked: 3-4 beds, e.g. 4 West!');
    expect(md('*bold* _it_ `code` [link](x) <b> a|b ~~x~~')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\> a\\|b \\~\\~x\\~\\~');
    expect(md('# heading\n- item\n+ item\n1. first\n2) second\n= rule')).toBe('\\# heading\n\\- item\n\\+ item\n1\\. first\n2\\) second\n\\= rule');
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

describe('the report’s evidence of improvement work', async () => {
  const core = await import('../../../src/core');
  it('counts tests of change, results reviewed and practices shared or adopted, with no pace the documents do not set', () => {
    const ctx = { ...testContext('ev'), now: () => Date.UTC(2026, 4, 1, 9) };
    const { doc } = newBoard(ctx);
    const p = addProject(doc, { title: 'Timely discharge' }, ctx);
    const tested = core.addCycle(doc, { projectId: p, title: 'Discharge by 11 on one hall' }, ctx);
    core.editText(doc, { kind: 'cycles', id: tested, field: 'studyResults', value: 'Half the discharges before 11' }, ctx);
    core.updateCycle(doc, { id: tested, actDecision: 'adopt' }, ctx);
    core.addCycle(doc, { projectId: p, title: 'Call transport at 9' }, ctx);
    const meeting = core.startMeeting(doc, { today: '2026-05-01' }, ctx);
    core.endMeeting(doc, { meetingId: meeting }, ctx);
    const boardList = new Y.Doc();
    core.initPracticeLibrary(boardList, { libraryId: 'lib', name: 'Oakland practices' }, ctx);
    core.publishPractice(boardList, { title: 'Wheelchairs at the door', team: 'Med-Surg 4 West' }, ctx);
    core.adoptPractice(doc, { libraryId: 'lib', libraryName: 'Oakland practices', entry: core.readPractices(boardList)[0]! }, ctx);
    const report = buildReport(readBoard(doc), { kind: 'board' }, new Date(Date.UTC(2026, 4, 2)));
    expect(report.evidence.sentences).toEqual([
      'Tests of change: 3 tests of change worked on in the last 90 days.',
      'Results reviewed: 1 test with Study results, 1 Act decision (adopt, adapt or abandon), 1 team meeting on the board, 0 annotated charts with recent data.',
      'Practices shared or adopted: 2 practices adopted, spreading or taken from another team.',
    ]);
    expect(report.evidence.practices).toEqual([
      'Adopted: Discharge by 11 on one hall (Timely discharge)',
      'Taken from Med-Surg 4 West: Wheelchairs at the door',
    ]);
    const html = renderReportHtml(report);
    const md = renderReportMarkdown(report);
    for (const text of [html, md]) {
      expect(text).toContain('Improvement work: evidence from the last 90 days');
      expect(text).not.toMatch(/Path to Performance|at least every 90 days/);
    }
  });
});

describe('the invite poster', async () => {
  const core = await import('../../../src/core');
  it('shows the drop-box link as text and an inline QR code, escapes the team name and loads nothing', () => {
    const link = 'https://ubt.example.org/add#ubt1d.AAAAAAAAAAAAAAAAAAAAAA.BBBB';
    const html = core.renderInvitePosterHtml({ team: 'Ward <img src=x onerror=alert(1)>', link });
    expect(html).toContain(`content="${core.REPORT_CSP}"`);
    expect(html).toContain('Ward &lt;img src=x onerror=alert(1)&gt;: your ideas');
    expect(html).not.toMatch(/<img|<script|(src|href|url)[=(]"?https?:/);
    expect(html).toContain(`<p class="link">${link}</p>`);
    expect(html).toMatch(/<svg role="img" aria-label="QR code of the invite link"[^>]*viewBox="0 0 \d+ \d+"/);
    expect(html).toContain('only adds ideas: it cannot show or change the board');
    // Never a co-lead's secret.
    expect(html).not.toMatch(/ubt1\.|UBT-[0-9A-Z]{5}/);
  });
});

describe('hostile text in exports', async () => {
  const core = await import('../../../src/core');
  it('keeps a team name with a form feed inside the report’s CSS string (no breaking out of it)', () => {
    const ctx = testContext('ff');
    const { doc } = newBoard(ctx);
    const attack = "Ward 4\f;}}body{background:url(http://127.0.0.1:8080/x.png)}h1{display:none}body::before{content:'APPROVED'}";
    core.updateTeam(doc, { name: attack.slice(0, 200) }, ctx);
    const html = renderReportHtml(buildReport(readBoard(doc), { kind: 'board' }));
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    // The only place the name appears in the CSS is one string, with every dangerous character escaped.
    expect(style).not.toContain('url(http');
    expect(style).not.toContain('\f');
    expect(style).not.toMatch(/body::before/);
    expect(core.cssString('a\f"b\\c}{;<(')).toBe('"a\\c \\22 b\\5c c\\7d \\7b \\3b \\3c \\28 "');
  });

  it('neutralises a formula in a CSV cell even when a line break follows it', () => {
    const ctx = testContext('csv');
    const { doc } = newBoard(ctx);
    const m = addMeasure(doc, { name: 'Falls' }, ctx);
    addDataPoint(doc, { measureId: m, date: '2026-01-05', value: 1, note: '=HYPERLINK("http://127.0.0.1:9")\nclick' }, ctx);
    addDataPoint(doc, { measureId: m, date: '2026-01-12', value: 2, note: '+cmd\nx' }, ctx);
    addDataPoint(doc, { measureId: m, date: '2026-01-19', value: 3, note: '@SUM(1)' }, ctx);
    const csv = renderMeasuresCsv(readBoard(doc));
    expect(csv).toContain(`"'=HYPERLINK(""http://127.0.0.1:9"")\nclick"`);
    expect(csv).toContain(`"'+cmd\nx"`);
    expect(csv).toContain(`'@SUM(1)`);
    expect(csv).not.toMatch(/(^|,|")[=+@]/m);
  });
});

describe('what the report holds', () => {
  it('gives the out-of-scope reason, the meetings in the period, the overdue actions, the three questions and the goal', () => {
    const { doc, now } = buildBoardAfterMeeting('2026-12-01');
    const report = buildReport(readBoard(doc), { kind: 'board' }, now);
    expect(report.meetings).toHaveLength(1);
    const html = renderReportHtml(report);
    expect(html).toContain('Scope of practice; routed to Nurse practice council');
    expect(html).toContain('· 1 vote<');
    expect(html).toContain('<h2>Team meetings (1)</h2>');
    expect(html).toContain('Out of scope (scope of practice); routed to Nurse practice council.');
    expect(html).toMatch(/Order a second triage chair.*?<strong class="overdue">Overdue<\/strong>/);
    expect(html).toContain(', goal 120 minutes)');
    const md = renderReportMarkdown(report);
    for (const line of [
      '| What are we trying to accomplish? | Every walk-in seen by a triage nurse within 10 minutes |',
      '| How will we know that a change is an improvement? | Door-to-triage minutes, weekly |',
      '### Measure: Door-to-triage time (run chart, 16 points, goal 120 minutes)',
      '- Greeter nurse at the front door during the morning surge · 1 vote (Scope of practice; routed to Nurse practice council)',
      '## Team meetings (1)',
      '(overdue)',
    ])
      expect(md, line).toContain(line);
    expect(md).not.toMatch(/co\\-lead|Dr\\\./);
    expect(md).not.toContain('1 votes');
  });
});
