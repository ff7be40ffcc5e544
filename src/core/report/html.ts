import { isolate } from '../text/bidi';
import { actionsHead, cssString, esc, escSentence, printableDocument, say } from './document';
import { renderChartSvg } from '../charts/svg';
import { pointTable } from '../charts/points';
import type { MeasureChart } from '../charts/model';
import { formatDay } from '../measures/dates';
import type { Cycle, Idea } from '../schema/entities';
import { formatValue } from '../text/numbers';
import { type PlainMessageKey, translator, type Translator } from '../i18n/translate';
import type { ProjectReport, ReportModel } from './model';

/** The report's words: its translator and its days. */
interface Words {
  tr: Translator;
  day: (iso: string) => string;
}
const wordsOf = (report: ReportModel): Words => ({ tr: translator(report.language), day: (iso) => formatDay(iso, true, report.language) });

const para = (w: Words, text: string) => (text.trim() ? esc(text).replace(/\n/g, '<br>') : `<span class="empty">${say(w.tr, 'report.notFilled')}</span>`);

const table = (w: Words, rows: [PlainMessageKey, string][]) =>
  `<table>${rows.map(([k, v]) => `<tr><th scope="row">${say(w.tr, k)}</th><td>${para(w, v)}</td></tr>`).join('')}</table>`;

const worksheet = (w: Words, cycle: Cycle, index: number, decision = '') => `
<div class="worksheet">
  <h4>${say(w.tr, 'report.cycleHeading', { number: index + 1, title: isolate(cycle.title) })}${cycle.startDate ? ` <span class="meta">(${esc(cycle.endDate ? w.tr.t('report.cycleFromTo', { from: w.day(cycle.startDate), to: w.day(cycle.endDate) }) : w.day(cycle.startDate))})</span>` : ''}</h4>
  ${table(w, [
    ['pdsa.objective', cycle.objective],
    ['pdsa.questions', cycle.questions],
    ['pdsa.prediction', cycle.prediction],
    ['pdsa.who', cycle.planWho],
    ['pdsa.what', cycle.planWhat],
    ['pdsa.when', cycle.planWhen],
    ['pdsa.where', cycle.planWhere],
    ['pdsa.data', cycle.dataToCollect],
    ['pdsa.asPlanned', cycle.doAsPlanned ? w.tr.t(`doAsPlanned.${cycle.doAsPlanned}`) : ''],
    ['pdsa.happened', cycle.doWhatHappened],
    ['pdsa.unexpected', cycle.doUnexpected],
    ['pdsa.results', cycle.studyResults],
    ['pdsa.learned', cycle.studyLearning],
    ['pdsa.decision', cycle.actDecision ? `${w.tr.t(`actChoice.${cycle.actDecision}`)}${decision ? ` (${decision})` : ''}` : ''],
    ['pdsa.next', cycle.actNext],
  ])}
</div>`;

/** Why an out-of-scope idea is not the team's to work on, and who it went to. */
const outOfScope = (w: Words, idea: Idea): string =>
  idea.state === 'out-of-scope' && idea.reason
    ? ` <span class="meta">· ${say(w.tr, `outOfScope.${idea.reason}`)}${idea.routedTo ? `; ${say(w.tr, 'report.routedTo', { team: isolate(idea.routedTo) })}` : ''}</span>`
    : '';
/** "Maria, due 3 March 2026 (overdue)" after an action's text. */
const ownerAndDue = (w: Words, a: { owner: string; due: string; overdue?: boolean }, overdue: string) =>
  `${a.owner ? ` (${esc(a.owner)})` : ''}${a.due ? `, ${say(w.tr, 'report.due', { day: w.day(a.due) })}${a.overdue ? overdue : ''}` : ''}`;

/** The minutes of the meetings in the report's period: who came, what was decided on each item, the actions. */
const meetingsSection = (w: Words, report: ReportModel): string =>
  report.meetings.length
    ? `<h2>${say(w.tr, 'report.meetings', { count: report.meetings.length })}</h2>${report.meetings
        .map((m) => {
          const decisions = [
            ...m.items.flatMap((i) => i.decisions.map((d) => ({ about: i.item.title, text: d.text }))),
            ...m.decisions.map((d) => ({ about: '', text: d.text })),
          ];
          const actions = [...m.items.flatMap((i) => i.actions), ...m.actions];
          const names = (list: string[]) => list.map(isolate).join(', ');
          return `<div class="meeting"><h3>${esc(w.day(m.day))}</h3>
  <p class="meta">${m.attendees.length ? say(w.tr, 'report.attended', { names: names(m.attendees) }) : say(w.tr, 'report.noAttendance')}${m.absent.length ? ` · ${say(w.tr, 'report.absent', { names: names(m.absent) })}` : ''} · ${say(w.tr, 'report.covered', { count: m.coveredCount })}</p>
  ${decisions.length + actions.length ? `<ul>${decisions.map((d) => `<li>${d.about ? `<strong>${esc(d.about)}:</strong> ` : ''}${esc(d.text)}</li>`).join('')}${actions.map((a) => `<li><strong>${say(w.tr, 'report.actionLabel')}</strong> ${esc(a.text)}${ownerAndDue(w, a, '')}</li>`).join('')}</ul>` : `<p class="empty">${say(w.tr, 'report.noDecisions')}</p>`}
</div>`;
        })
        .join('')}`
    : '';

/**
 * Every chart's points as tables at the end of the report: the numbers a reader (or a screen reader) cannot
 * take from the drawing, kept out of the project pages so a year of weekly data does not push them apart.
 * A measure that appears in two projects is listed once.
 */
const valuesSection = (w: Words, report: ReportModel) => {
  const seen = new Set<string>();
  const charts = report.projects
    .flatMap((p) => p.measures)
    .filter(({ measure, chart }) => chart.values.length > 0 && !seen.has(measure.id) && seen.add(measure.id));
  if (charts.length === 0) return '';
  return `<section class="project values">
  <h2>${say(w.tr, 'report.values')}</h2>
  ${charts.map(({ measure, chart }) => pointsTable(measure.name, chart)).join('\n  ')}
</section>`;
};

const pointsTable = (name: string, chart: MeasureChart) => {
  const { headers, rows } = pointTable(chart);
  return `<table class="points"><caption>${esc(name)}</caption><thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map(([day, ...cells]) => `<tr><th scope="row">${esc(day!)}</th>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
};

/** "(outcome measure, lower is better, goal 20 min)". */
export const measureMeta = (
  tr: Translator,
  measure: { type: ProjectReport['measures'][number]['measure']['type']; better: 'up' | 'down'; goal: number | null },
  unit: string,
) =>
  [
    tr.t('report.measureKind', { type: tr.t(`measureType.${measure.type}`).toLowerCase() }),
    tr.t(`report.better.${measure.better}`),
    ...(measure.goal !== null ? [tr.t('report.goal', { value: isolate(formatValue(measure.goal, unit, tr.language)) })] : []),
  ].join(', ');

const projectSection = (w: Words, p: ProjectReport) => `
<section class="project">
  <h2>${esc(p.project.title || w.tr.t('report.untitledProject'))}</h2>
  <p class="chips"><span>${esc(p.statusLabel)}</span>${p.compass.map((c) => `<span>${esc(c)}</span>`).join('')}</p>
  ${p.statusDecision ? `<p class="meta">${say(w.tr, 'report.status', { decision: p.statusDecision })}</p>` : ''}
  ${p.project.goal ? `<p><strong>${say(w.tr, 'report.supports')}</strong> ${esc(p.project.goal)}</p>` : ''}
  <h3>${say(w.tr, 'report.problem')}</h3><p>${para(w, p.project.problem)}</p>
  <h3>${say(w.tr, 'report.aim')}</h3>
  ${table(w, [
    ['report.aim.what', p.project.aimWhat],
    ['report.aim.howMuch', p.project.aimHowMuch],
    ['report.aim.byWhen', p.project.aimByWhen],
    ['report.aim.forWhom', p.project.aimForWhom],
  ])}
  <h3>${say(w.tr, 'report.rim')}</h3>
  ${table(w, [
    ['report.rim.q1', p.project.q1Accomplish],
    ['report.rim.q2', p.project.q2Know],
    ['report.rim.q3', p.project.q3Change],
  ])}
  ${p.measures.length ? `<h3>${say(w.tr, 'report.measures')}</h3>` : ''}
  ${p.measures
    .map(
      ({ measure, chart }) =>
        `<figure><figcaption><strong>${esc(measure.name)}</strong> <span class="meta">(${escSentence(measureMeta(w.tr, measure, chart.unit))})</span></figcaption>${renderChartSvg(chart)}<figcaption><ul>${chart.summary.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>${chart.values.length ? `<p class="meta">${say(w.tr, 'report.valuesAtEnd')}</p>` : ''}</figcaption></figure>`,
    )
    .join('')}
  <h3>${say(w.tr, 'report.cycles', { count: p.cycles.length })}</h3>
  ${p.cycles.length ? p.cycles.map((c, i) => worksheet(w, c, i, p.actDecisions[c.id])).join('') : `<p class="empty">${say(w.tr, 'report.noCycles')}</p>`}
  ${p.actions.length ? `<h3>${say(w.tr, 'report.openActions')}</h3><ul>${p.actions.map((a) => `<li>${esc(a.text)}${ownerAndDue(w, a, ` <strong class="overdue">${say(w.tr, 'report.overdueNote')}</strong>`)}</li>`).join('')}</ul>` : ''}
</section>`;

/**
 * The printable report as one self-contained HTML document: a restrictive Content-Security-Policy, no
 * script, no external resource, every board text escaped; page breaks between projects; charts and
 * worksheets never split.
 */
export const renderReportHtml = (report: ReportModel): string => {
  const w = wordsOf(report);
  const tr = w.tr;
  const team = report.team;
  const title = tr.t('report.title', { team: isolate(team.name || tr.t('report.teamFallback')) });
  const running = tr.t('report.running', { team: isolate(team.name) });
  // "Page 3 of 12": the page counters go where the language puts them.
  const page = tr
    .parts<'report.page', { counter: string }>('report.page', { page: { counter: 'page' }, pages: { counter: 'pages' } })
    .map((part) => (typeof part === 'string' ? cssString(part) : `counter(${part.counter})`))
    .join(' ');
  const evidence = report.evidence;
  return printableDocument(
    title,
    `@page {
  @top-left { content: ${cssString(running)}; font: 8pt system-ui, sans-serif; color: #5b6770; }
  @top-right { content: ${cssString(w.day(report.generatedOn))}; font: 8pt system-ui, sans-serif; color: #5b6770; }
  @bottom-right { content: ${page}; font: 8pt system-ui, sans-serif; color: #5b6770; }
}
@media print { .running { display: none; } }`,
    `<div class="running"><span>${escSentence(running)}</span><span>${esc(w.day(report.generatedOn))}</span></div>
<header>
  <h1>${escSentence(title)}</h1>
  <p class="meta">${[team.department, team.facility, team.region].filter(Boolean).map(esc).join(' · ')}</p>
  <p class="meta">${say(tr, 'report.prepared', { scope: report.scopeLabel, day: w.day(report.generatedOn) })}</p>
</header>
<section>
  <h2>${say(tr, 'report.team')}</h2>
  ${report.people.length ? `<table><thead><tr><th>${say(tr, 'report.name')}</th><th>${say(tr, 'report.role')}</th></tr></thead><tbody>${report.people.map((p) => `<tr><td>${esc(p.name)}</td><td>${esc(p.role)}</td></tr>`).join('')}</tbody></table>` : `<p class="empty">${say(tr, 'report.noPeople')}</p>`}
</section>
<section>
  <h2>${say(tr, 'report.charter')}</h2>
  ${report.charter.map((c) => `<h3>${esc(c.label)} ${c.allAgreed ? `<span class="agreed">· ${say(tr, 'report.agreedByAll')}</span>` : c.agreedBy.length ? `<span class="meta">· ${say(tr, 'report.agreedBy', { names: c.agreedBy.map(isolate).join(', ') })}</span>` : ''}</h3><p>${para(w, c.text)}</p>`).join('')}
</section>
<section class="evidence">
  <h2>${say(tr, 'report.evidence', { days: evidence.windowDays })}</h2>
  <ul>${evidence.sentences.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  ${evidence.cycles.length ? `<h3>${say(tr, 'report.cyclesSince', { day: w.day(evidence.since) })}</h3><table><thead><tr>${(['report.cycle', 'report.project', 'report.date', 'report.act'] as const).map((k) => `<th>${say(tr, k)}</th>`).join('')}</tr></thead><tbody>${evidence.cycles.map((c) => `<tr><td>${esc(c.title)}</td><td>${esc(c.projectTitle)}</td><td>${esc(w.day(c.date))}</td><td>${esc(c.decision)}</td></tr>`).join('')}</tbody></table>` : ''}
  ${evidence.annotatedCharts.length ? `<h3>${say(tr, 'report.annotated')}</h3><ul>${evidence.annotatedCharts.map((c) => `<li>${escSentence(c)}</li>`).join('')}</ul>` : ''}
  ${evidence.practices.length ? `<h3>${say(tr, 'report.practices')}</h3><ul>${evidence.practices.map((c) => `<li>${escSentence(c)}</li>`).join('')}</ul>` : ''}
</section>
${report.projects.map((p) => projectSection(w, p)).join('')}
<section class="project">
  <h2>${say(tr, 'report.ideas')}</h2>
  ${report.ideas.length ? report.ideas.map((g) => `<h3>${esc(g.label)} (${g.ideas.length})</h3><ul>${g.ideas.map((i) => `<li>${para(w, i.text)}${i.sourceTitle ? ` <span class="meta">${say(tr, 'report.fromPage', { title: isolate(i.sourceTitle) })}</span>` : ''}${Object.keys(i.votes).length ? ` <span class="meta">· ${say(tr, 'count.votes', { count: Object.keys(i.votes).length })}</span>` : ''}${outOfScope(w, i)}</li>`).join('')}</ul>`).join('') : `<p class="empty">${say(tr, 'report.noIdeas')}</p>`}
  ${meetingsSection(w, report)}
  <h2>${say(tr, 'report.openActions')}</h2>
  ${report.openActions.length ? `${actionsHead(tr)}<tbody>${report.openActions.map((a) => `<tr><td>${esc(a.text)}</td><td>${esc(a.owner)}</td><td>${a.due ? `${esc(w.day(a.due))}${a.overdue ? ` <strong class="overdue">${say(tr, 'report.overdue')}</strong>` : ''}` : ''}</td><td>${esc(a.projectTitle)}</td></tr>`).join('')}</tbody></table>` : `<p class="empty">${say(tr, 'report.noOpenActions')}</p>`}
</section>
${valuesSection(w, report)}`,
    report.language,
  );
};
