import { isolate } from '../text/bidi';
import { cssString, esc, escSentence, printableDocument } from './document';
import { renderChartSvg } from '../charts/svg';
import { pointTable } from '../charts/points';
import type { MeasureChart } from '../charts/model';
import { formatDay } from '../measures/dates';
import type { Cycle, Idea } from '../schema/entities';
import { OUT_OF_SCOPE_LABELS } from '../schema/enums';
import { formatValue } from '../text/numbers';
import { plural } from '../text/plural';
import type { ProjectReport, ReportModel } from './model';

const para = (text: string) => (text.trim() ? esc(text).replace(/\n/g, '<br>') : '<span class="empty">Not filled in</span>');

const table = (rows: [string, string][]) => `<table>${rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${para(v)}</td></tr>`).join('')}</table>`;

const worksheet = (cycle: Cycle, index: number, decision = '') => `
<div class="worksheet">
  <h4>Test of change ${index + 1}: ${esc(cycle.title)}${cycle.startDate ? ` <span class="meta">(${esc(formatDay(cycle.startDate))}${cycle.endDate ? ` to ${esc(formatDay(cycle.endDate))}` : ''})</span>` : ''}</h4>
  ${table([
    ['Plan: objective', cycle.objective],
    ['Plan: questions', cycle.questions],
    ['Plan: prediction and why', cycle.prediction],
    ['Plan: who', cycle.planWho],
    ['Plan: what', cycle.planWhat],
    ['Plan: when', cycle.planWhen],
    ['Plan: where', cycle.planWhere],
    ['Plan: data to collect', cycle.dataToCollect],
    ['Do: carried out as planned', cycle.doAsPlanned ?? ''],
    ['Do: what happened', cycle.doWhatHappened],
    ['Do: unexpected observations', cycle.doUnexpected],
    ['Study: results against the prediction', cycle.studyResults],
    ['Study: what we learned', cycle.studyLearning],
    ['Act: decision', cycle.actDecision ? `${cycle.actDecision}${decision ? ` (${decision})` : ''}` : ''],
    ['Act: next step', cycle.actNext],
  ])}
</div>`;

/** Why an out-of-scope idea is not the team's to work on, and who it went to. */
const outOfScope = (idea: Idea): string =>
  idea.state === 'out-of-scope' && idea.reason
    ? ` <span class="meta">· ${esc(OUT_OF_SCOPE_LABELS[idea.reason])}${idea.routedTo ? `; routed to ${esc(idea.routedTo)}` : ''}</span>`
    : '';

/** The minutes of the meetings in the report's period: who came, what was decided on each item, the actions. */
const meetingsSection = (report: ReportModel): string =>
  report.meetings.length
    ? `<h2>Team meetings (${report.meetings.length})</h2>${report.meetings
        .map((m) => {
          const decisions = [
            ...m.items.flatMap((i) => i.decisions.map((d) => ({ about: i.item.title, text: d.text }))),
            ...m.decisions.map((d) => ({ about: '', text: d.text })),
          ];
          const actions = [...m.items.flatMap((i) => i.actions), ...m.actions];
          return `<div class="meeting"><h3>${esc(formatDay(m.day))}</h3>
  <p class="meta">${m.attendees.length ? `Attended: ${m.attendees.map(esc).join(', ')}` : 'Attendance not recorded'}${m.absent.length ? ` · absent: ${m.absent.map(esc).join(', ')}` : ''} · ${plural(m.coveredCount, 'item')} covered</p>
  ${decisions.length + actions.length ? `<ul>${decisions.map((d) => `<li>${d.about ? `<strong>${esc(d.about)}:</strong> ` : ''}${esc(d.text)}</li>`).join('')}${actions.map((a) => `<li><strong>Action:</strong> ${esc(a.text)}${a.owner ? ` (${esc(a.owner)})` : ''}${a.due ? `, due ${esc(formatDay(a.due))}` : ''}</li>`).join('')}</ul>` : '<p class="empty">No decisions or actions recorded.</p>'}
</div>`;
        })
        .join('')}`
    : '';

/**
 * Every chart's points as tables at the end of the report: the numbers a reader (or a screen reader) cannot
 * take from the drawing, kept out of the project pages so a year of weekly data does not push them apart.
 * A measure that appears in two projects is listed once.
 */
const valuesSection = (report: ReportModel) => {
  const seen = new Set<string>();
  const charts = report.projects
    .flatMap((p) => p.measures)
    .filter(({ measure, chart }) => chart.values.length > 0 && !seen.has(measure.id) && seen.add(measure.id));
  if (charts.length === 0) return '';
  return `<section class="project values">
  <h2>Values on the charts</h2>
  ${charts.map(({ measure, chart }) => pointsTable(measure.name, chart)).join('\n  ')}
</section>`;
};

const pointsTable = (name: string, chart: MeasureChart) => {
  const { headers, rows } = pointTable(chart);
  return `<table class="points"><caption>${esc(name)}</caption><thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map(([day, ...cells]) => `<tr><th scope="row">${esc(day!)}</th>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
};

const projectSection = (p: ProjectReport) => `
<section class="project">
  <h2>${esc(p.project.title || 'Untitled project')}</h2>
  <p class="chips"><span>${esc(p.statusLabel)}</span>${p.compass.map((c) => `<span>${esc(c)}</span>`).join('')}</p>
  ${p.statusDecision ? `<p class="meta">Status ${escSentence(p.statusDecision)}</p>` : ''}
  ${p.project.goal ? `<p><strong>Supports:</strong> ${esc(p.project.goal)}</p>` : ''}
  <h3>Problem statement</h3><p>${para(p.project.problem)}</p>
  <h3>Aim</h3>
  ${table([
    ['What', p.project.aimWhat],
    ['How much', p.project.aimHowMuch],
    ['By when', p.project.aimByWhen],
    ['For whom', p.project.aimForWhom],
  ])}
  <h3>Rapid Improvement Model (RIM)</h3>
  ${table([
    ['What are we trying to accomplish?', p.project.q1Accomplish],
    ['How will we know that a change is an improvement?', p.project.q2Know],
    ['What change can we make that will result in improvement?', p.project.q3Change],
  ])}
  ${p.measures.length ? '<h3>Measures</h3>' : ''}
  ${p.measures
    .map(
      ({ measure, chart }) =>
        `<figure><figcaption><strong>${esc(measure.name)}</strong> <span class="meta">(${esc(measure.type)} measure, ${measure.better === 'up' ? 'higher' : 'lower'} is better${measure.goal !== null ? `, goal ${esc(formatValue(measure.goal, chart.unit))}` : ''})</span></figcaption>${renderChartSvg(chart)}<figcaption><ul>${chart.summary.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>${chart.values.length ? '<p class="meta">Each value is in “Values on the charts” at the end of this report.</p>' : ''}</figcaption></figure>`,
    )
    .join('')}
  <h3>Tests of change (${p.cycles.length})</h3>
  ${p.cycles.length ? p.cycles.map((c, i) => worksheet(c, i, p.actDecisions[c.id])).join('') : '<p class="empty">No tests of change yet.</p>'}
  ${p.actions.length ? `<h3>Open actions</h3><ul>${p.actions.map((a) => `<li>${esc(a.text)}${a.owner ? ` (${esc(a.owner)})` : ''}${a.due ? `, due ${esc(formatDay(a.due))}${a.overdue ? ' <strong class="overdue">(overdue)</strong>' : ''}` : ''}</li>`).join('')}</ul>` : ''}
</section>`;

/**
 * The printable report as one self-contained HTML document: a restrictive Content-Security-Policy, no
 * script, no external resource, every board text escaped; page breaks between projects; charts and
 * worksheets never split.
 */
export const renderReportHtml = (report: ReportModel): string => {
  const team = report.team;
  const title = `${isolate(team.name || 'Team')}: improvement report`;
  const evidence = report.evidence;
  return printableDocument(
    title,
    `@page {
  @top-left { content: ${cssString(`${isolate(team.name)} · UBT Board report`)}; font: 8pt system-ui, sans-serif; color: #5b6770; }
  @top-right { content: ${cssString(formatDay(report.generatedOn))}; font: 8pt system-ui, sans-serif; color: #5b6770; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #5b6770; }
}
@media print { .running { display: none; } }`,
    `<div class="running"><span>${esc(team.name)} · UBT Board report</span><span>${esc(formatDay(report.generatedOn))}</span></div>
<header>
  <h1>${escSentence(title)}</h1>
  <p class="meta">${[team.department, team.facility, team.region].filter(Boolean).map(esc).join(' · ')}</p>
  <p class="meta">${escSentence(report.scopeLabel)} · prepared ${esc(formatDay(report.generatedOn))}</p>
</header>
<section>
  <h2>Team</h2>
  ${report.people.length ? `<table><thead><tr><th>Name</th><th>Role</th></tr></thead><tbody>${report.people.map((p) => `<tr><td>${esc(p.name)}</td><td>${esc(p.role)}</td></tr>`).join('')}</tbody></table>` : '<p class="empty">No people recorded.</p>'}
</section>
<section>
  <h2>Charter</h2>
  ${report.charter.map((c) => `<h3>${esc(c.label)} ${c.allAgreed ? '<span class="agreed">· agreed by all co-leads</span>' : c.agreedBy.length ? `<span class="meta">· agreed by ${c.agreedBy.map(esc).join(', ')}</span>` : ''}</h3><p>${para(c.text)}</p>`).join('')}
</section>
<section class="evidence">
  <h2>Improvement work: evidence from the last ${evidence.windowDays} days</h2>
  <ul>${evidence.sentences.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  ${evidence.cycles.length ? `<h3>Tests of change documented since ${esc(formatDay(evidence.since))}</h3><table><thead><tr><th>Test of change</th><th>Project</th><th>Date</th><th>Act</th></tr></thead><tbody>${evidence.cycles.map((c) => `<tr><td>${esc(c.title)}</td><td>${esc(c.projectTitle)}</td><td>${esc(formatDay(c.date))}</td><td>${esc(c.decision)}</td></tr>`).join('')}</tbody></table>` : ''}
  ${evidence.annotatedCharts.length ? `<h3>Annotated charts in use</h3><ul>${evidence.annotatedCharts.map((c) => `<li>${escSentence(c)}</li>`).join('')}</ul>` : ''}
  ${evidence.practices.length ? `<h3>Practices adopted or spreading</h3><ul>${evidence.practices.map((c) => `<li>${escSentence(c)}</li>`).join('')}</ul>` : ''}
</section>
${report.projects.map(projectSection).join('')}
<section class="project">
  <h2>Ideas</h2>
  ${report.ideas.length ? report.ideas.map((g) => `<h3>${esc(g.label)} (${g.ideas.length})</h3><ul>${g.ideas.map((i) => `<li>${para(i.text)}${i.sourceTitle ? ` <span class="meta">(from ${esc(i.sourceTitle)})</span>` : ''}${Object.keys(i.votes).length ? ` <span class="meta">· ${plural(Object.keys(i.votes).length, 'vote')}</span>` : ''}${outOfScope(i)}</li>`).join('')}</ul>`).join('') : '<p class="empty">No ideas in this report.</p>'}
  ${meetingsSection(report)}
  <h2>Open actions</h2>
  ${report.openActions.length ? `<table><thead><tr><th>Action</th><th>Owner</th><th>Due</th><th>Project</th></tr></thead><tbody>${report.openActions.map((a) => `<tr><td>${esc(a.text)}</td><td>${esc(a.owner)}</td><td>${a.due ? `${esc(formatDay(a.due))}${a.overdue ? ' <strong class="overdue">Overdue</strong>' : ''}` : ''}</td><td>${esc(a.projectTitle)}</td></tr>`).join('')}</tbody></table>` : '<p class="empty">No open actions.</p>'}
</section>
${valuesSection(report)}`,
  );
};
