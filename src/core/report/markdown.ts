import { formatDay } from '../measures/dates';
import { pointTable } from '../charts/points';
import type { ReportModel } from './model';
import { isolate } from '../text/bidi';
import { mdCell, mdEscape, mdEscapeSentence, mdTable } from './mdText';
import { formatValue } from '../text/numbers';
import { translator } from '../i18n/translate';

/** The same report as Markdown: charts become their plain-language sentences. */
export const renderReportMarkdown = (report: ReportModel): string => {
  const tr = translator(report.language);
  const day = (iso: string) => formatDay(iso, true, report.language);
  const block = (text: string) => (text.trim() ? mdEscape(text).replace(/\r?\n/g, '  \n') : `_${tr.t('report.notFilled')}_`);
  const out: string[] = [];
  const team = report.team;
  out.push(`# ${mdEscapeSentence(tr.t('report.title', { team: isolate(team.name || tr.t('report.teamFallback')) }))}`, '');
  out.push(
    `${[team.department, team.facility, team.region].filter(Boolean).map(mdEscape).join(' · ')}  `,
    mdEscapeSentence(tr.t('report.prepared', { scope: report.scopeLabel, day: day(report.generatedOn) })),
    '',
  );
  out.push(
    `## ${tr.t('report.team')}`,
    '',
    report.people.length
      ? mdTable(
          [tr.t('report.name'), tr.t('report.role')],
          report.people.map((p) => [p.name, p.role]),
        )
      : `_${tr.t('report.noPeople')}_`,
    '',
  );
  out.push(`## ${tr.t('report.charter')}`, '');
  for (const c of report.charter) out.push(`### ${mdEscape(c.label)}${c.allAgreed ? ` (${tr.t('report.agreedByAll')})` : ''}`, '', block(c.text), '');
  out.push(`## ${tr.t('report.evidence', { days: report.evidence.windowDays })}`, '', ...report.evidence.sentences.map((s) => `- ${mdEscape(s)}`), '');
  if (report.evidence.cycles.length)
    out.push(
      mdTable(
        [tr.t('report.cycle'), tr.t('report.project'), tr.t('report.date'), tr.t('report.act')],
        report.evidence.cycles.map((c) => [c.title, c.projectTitle, day(c.date), c.decision]),
      ),
      '',
    );
  for (const p of report.projects) {
    out.push(
      `## ${mdEscape(p.project.title || tr.t('report.untitledProject'))}`,
      '',
      `**${mdEscape(p.statusLabel)}**${p.compass.length ? ` · ${p.compass.map(mdEscape).join(', ')}` : ''}${p.statusDecision ? ` · ${mdEscapeSentence(tr.t('report.statusInline', { decision: p.statusDecision }))}` : ''}`,
      ...(p.project.goal ? ['', `${tr.t('report.supports')} ${mdEscape(p.project.goal)}`] : []),
      '',
    );
    out.push(`### ${tr.t('report.problem')}`, '', block(p.project.problem), '');
    out.push(
      `### ${tr.t('report.aim')}`,
      '',
      mdTable(
        ['', ''],
        [
          [tr.t('report.aim.what'), p.project.aimWhat],
          [tr.t('report.aim.howMuch'), p.project.aimHowMuch],
          [tr.t('report.aim.byWhen'), p.project.aimByWhen],
          [tr.t('report.aim.forWhom'), p.project.aimForWhom],
        ],
      ),
      '',
    );
    out.push(
      `### ${tr.t('report.rim')}`,
      '',
      mdTable(
        [tr.t('report.question'), tr.t('report.answer')],
        [
          [tr.t('report.rim.q1'), p.project.q1Accomplish],
          [tr.t('report.rim.q2'), p.project.q2Know],
          [tr.t('report.rim.q3'), p.project.q3Change],
        ],
      ),
      '',
    );
    for (const { measure, chart } of p.measures) {
      const goal = measure.goal !== null ? `, ${tr.t('report.goal', { value: formatValue(measure.goal, chart.unit, report.language) })}` : '';
      const kind = tr.t(chart.kind === 'xmr' ? 'report.chart.xmr' : 'report.chart.run');
      out.push(
        `### ${mdEscapeSentence(tr.t('report.measureHeading', { name: isolate(measure.name) }))} (${kind}, ${tr.t('chart.unit.point', { count: chart.values.length })}${mdEscapeSentence(goal)})`,
        '',
        ...chart.summary.map((s) => `- ${mdEscape(s)}`),
        '',
      );
      if (chart.values.length > 0) {
        const { headers, rows } = pointTable(chart);
        out.push(mdTable(headers, rows), '');
      }
    }
    out.push(`### ${tr.t('report.cycles', { count: p.cycles.length })}`, '');
    p.cycles.forEach((c, i) => {
      out.push(`#### ${i + 1}. ${mdEscape(c.title)}${c.startDate ? ` (${day(c.startDate)})` : ''}`, '');
      out.push(
        mdTable(
          [tr.t('report.step'), tr.t('report.notes')],
          [
            [tr.t('pdsa.objective'), c.objective],
            [tr.t('pdsa.predictionShort'), c.prediction],
            [tr.t('pdsa.wwww'), [c.planWho, c.planWhat, c.planWhen, c.planWhere].filter(Boolean).map(isolate).join('; ')],
            [tr.t('pdsa.data'), c.dataToCollect],
            [tr.t('pdsa.happened'), c.doWhatHappened],
            [tr.t('pdsa.unexpectedShort'), c.doUnexpected],
            [tr.t('pdsa.resultsShort'), c.studyResults],
            [tr.t('pdsa.learnedShort'), c.studyLearning],
            [
              tr.t('report.act'),
              `${tr.t(`actChoice.${c.actDecision ?? 'none'}`)}${p.actDecisions[c.id] ? ` (${p.actDecisions[c.id]})` : ''}${c.actNext ? `: ${c.actNext}` : ''}`,
            ],
          ],
        ),
        '',
      );
    });
  }
  out.push(`## ${tr.t('report.ideas')}`, '');
  for (const g of report.ideas)
    out.push(
      `### ${mdEscape(g.label)} (${g.ideas.length})`,
      '',
      ...g.ideas.map((i) => {
        const votes = Object.keys(i.votes).length;
        const scope =
          i.state === 'out-of-scope' && i.reason
            ? ` (${tr.t(`outOfScope.${i.reason}`)}${i.routedTo ? `; ${tr.t('report.routedTo', { team: mdCell(i.routedTo) })}` : ''})`
            : '';
        return `- ${mdCell(i.text)}${votes ? ` · ${tr.t('count.votes', { count: votes })}` : ''}${scope}`;
      }),
      '',
    );
  if (report.meetings.length) {
    out.push(`## ${tr.t('report.meetings', { count: report.meetings.length })}`, '');
    for (const m of report.meetings) {
      out.push(
        `### ${day(m.day)}`,
        '',
        `${m.attendees.length ? tr.t('report.attended', { names: m.attendees.map(mdEscape).join(', ') }) : tr.t('report.noAttendance')}${m.absent.length ? ` · ${tr.t('report.absent', { names: m.absent.map(mdEscape).join(', ') })}` : ''}`,
        '',
      );
      for (const i of m.items) for (const d of i.decisions) out.push(`- **${mdEscape(i.item.title)}:** ${mdEscape(d.text)}`);
      for (const d of m.decisions) out.push(`- ${mdEscape(d.text)}`);
      for (const a of [...m.items.flatMap((i) => i.actions), ...m.actions])
        out.push(
          `- **${tr.t('report.actionLabel')}** ${mdEscape(a.text)}${a.owner ? ` (${mdEscape(a.owner)})` : ''}${a.due ? `, ${tr.t('report.due', { day: day(a.due) })}` : ''}`,
        );
      out.push('');
    }
  }
  out.push(
    `## ${tr.t('report.openActions')}`,
    '',
    report.openActions.length
      ? mdTable(
          [tr.t('report.action'), tr.t('report.owner'), tr.t('report.dueColumn'), tr.t('report.project')],
          report.openActions.map((a) => [a.text, a.owner, a.due ? `${day(a.due)}${a.overdue ? ` ${tr.t('report.overdueNote')}` : ''}` : '', a.projectTitle]),
        )
      : `_${tr.t('report.noOpenActions')}_`,
    '',
  );
  return out.join('\n');
};
