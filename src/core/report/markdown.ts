import { formatDay } from '../measures/dates';
import { pointTable } from '../charts/points';
import type { ReportModel } from './model';
import { isolate } from '../text/bidi';
import { mdCell, mdEscape, mdEscapeSentence, mdTable } from './mdText';
import { OUT_OF_SCOPE_LABELS } from '../schema/enums';
import { formatValue } from '../text/numbers';
import { plural } from '../text/plural';

const block = (text: string) => (text.trim() ? mdEscape(text).replace(/\r?\n/g, '  \n') : '_Not filled in_');
/** The same report as Markdown: charts become their plain-language sentences. */
export const renderReportMarkdown = (report: ReportModel): string => {
  const out: string[] = [];
  const team = report.team;
  out.push(`# ${mdEscape(team.name || 'Team')}: improvement report`, '');
  out.push(
    `${[team.department, team.facility, team.region].filter(Boolean).map(mdEscape).join(' · ')}  `,
    `${mdEscapeSentence(report.scopeLabel)} · prepared ${formatDay(report.generatedOn)}`,
    '',
  );
  out.push(
    '## Team',
    '',
    report.people.length
      ? mdTable(
          ['Name', 'Role'],
          report.people.map((p) => [p.name, p.role]),
        )
      : '_No people recorded._',
    '',
  );
  out.push('## Charter', '');
  for (const c of report.charter) out.push(`### ${mdEscape(c.label)}${c.allAgreed ? ' (agreed by all co-leads)' : ''}`, '', block(c.text), '');
  out.push(
    `## Improvement work: evidence from the last ${report.evidence.windowDays} days`,
    '',
    ...report.evidence.sentences.map((s) => `- ${mdEscape(s)}`),
    '',
  );
  if (report.evidence.cycles.length)
    out.push(
      mdTable(
        ['Test of change', 'Project', 'Date', 'Act'],
        report.evidence.cycles.map((c) => [c.title, c.projectTitle, formatDay(c.date), c.decision]),
      ),
      '',
    );
  for (const p of report.projects) {
    out.push(
      `## ${mdEscape(p.project.title || 'Untitled project')}`,
      '',
      `**${mdEscape(p.statusLabel)}**${p.compass.length ? ` · ${p.compass.map(mdEscape).join(', ')}` : ''}${p.statusDecision ? ` · status ${mdEscapeSentence(p.statusDecision)}` : ''}`,
      ...(p.project.goal ? ['', `Supports: ${mdEscape(p.project.goal)}`] : []),
      '',
    );
    out.push('### Problem statement', '', block(p.project.problem), '');
    out.push(
      '### Aim',
      '',
      mdTable(
        ['', ''],
        [
          ['What', p.project.aimWhat],
          ['How much', p.project.aimHowMuch],
          ['By when', p.project.aimByWhen],
          ['For whom', p.project.aimForWhom],
        ],
      ),
      '',
    );
    out.push(
      '### Rapid Improvement Model (RIM)',
      '',
      mdTable(
        ['Question', 'Answer'],
        [
          ['What are we trying to accomplish?', p.project.q1Accomplish],
          ['How will we know that a change is an improvement?', p.project.q2Know],
          ['What change can we make that will result in improvement?', p.project.q3Change],
        ],
      ),
      '',
    );
    for (const { measure, chart } of p.measures) {
      const goal = measure.goal !== null ? `, goal ${formatValue(measure.goal, chart.unit)}` : '';
      out.push(
        `### Measure: ${mdEscape(measure.name)} (${chart.kind === 'xmr' ? 'XmR chart' : 'run chart'}, ${plural(chart.values.length, 'point')}${mdEscapeSentence(goal)})`,
        '',
        ...chart.summary.map((s) => `- ${mdEscape(s)}`),
        '',
      );
      if (chart.values.length > 0) {
        const { headers, rows } = pointTable(chart);
        out.push(mdTable(headers, rows), '');
      }
    }
    out.push(`### Tests of change (${p.cycles.length})`, '');
    p.cycles.forEach((c, i) => {
      out.push(`#### ${i + 1}. ${mdEscape(c.title)}${c.startDate ? ` (${formatDay(c.startDate)})` : ''}`, '');
      out.push(
        mdTable(
          ['Step', 'Notes'],
          [
            ['Plan: objective', c.objective],
            ['Plan: prediction', c.prediction],
            ['Plan: who, what, when, where', [c.planWho, c.planWhat, c.planWhen, c.planWhere].filter(Boolean).map(isolate).join('; ')],
            ['Plan: data to collect', c.dataToCollect],
            ['Do: what happened', c.doWhatHappened],
            ['Do: unexpected', c.doUnexpected],
            ['Study: results', c.studyResults],
            ['Study: learning', c.studyLearning],
            ['Act', `${c.actDecision ?? 'not decided'}${p.actDecisions[c.id] ? ` (${p.actDecisions[c.id]})` : ''}${c.actNext ? `: ${c.actNext}` : ''}`],
          ],
        ),
        '',
      );
    });
  }
  out.push('## Ideas', '');
  for (const g of report.ideas)
    out.push(
      `### ${mdEscape(g.label)} (${g.ideas.length})`,
      '',
      ...g.ideas.map((i) => {
        const votes = Object.keys(i.votes).length;
        const scope =
          i.state === 'out-of-scope' && i.reason ? ` (${OUT_OF_SCOPE_LABELS[i.reason]}${i.routedTo ? `; routed to ${mdCell(i.routedTo)}` : ''})` : '';
        return `- ${mdCell(i.text)}${votes ? ` · ${plural(votes, 'vote')}` : ''}${scope}`;
      }),
      '',
    );
  if (report.meetings.length) {
    out.push(`## Team meetings (${report.meetings.length})`, '');
    for (const m of report.meetings) {
      out.push(
        `### ${formatDay(m.day)}`,
        '',
        `${m.attendees.length ? `Attended: ${m.attendees.map(mdEscape).join(', ')}` : 'Attendance not recorded'}${m.absent.length ? ` · absent: ${m.absent.map(mdEscape).join(', ')}` : ''}`,
        '',
      );
      for (const i of m.items) for (const d of i.decisions) out.push(`- **${mdEscape(i.item.title)}:** ${mdEscape(d.text)}`);
      for (const d of m.decisions) out.push(`- ${mdEscape(d.text)}`);
      for (const a of [...m.items.flatMap((i) => i.actions), ...m.actions])
        out.push(`- **Action:** ${mdEscape(a.text)}${a.owner ? ` (${mdEscape(a.owner)})` : ''}${a.due ? `, due ${formatDay(a.due)}` : ''}`);
      out.push('');
    }
  }
  out.push(
    '## Open actions',
    '',
    report.openActions.length
      ? mdTable(
          ['Action', 'Owner', 'Due', 'Project'],
          report.openActions.map((a) => [a.text, a.owner, a.due ? `${formatDay(a.due)}${a.overdue ? ' (overdue)' : ''}` : '', a.projectTitle]),
        )
      : '_No open actions._',
    '',
  );
  return out.join('\n');
};
