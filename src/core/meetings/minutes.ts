import type { BoardSnapshot } from '../read/board';
import type { Action, AgendaItem, Decision, Meeting } from '../schema/entities';
import type { Language } from '../i18n/language';
import { translator, type Translator } from '../i18n/translate';
import { formatDay, formatTime as clock, localDay } from '../measures/dates';
import { actionsHead, cssString, esc, escSentence, printableDocument, say } from '../report/document';
import { mdEscape, mdEscapeSentence, mdTable } from '../report/mdText';
import { isolate } from '../text/bidi';

/** An action recorded in the meeting, with the project it belongs to ('' when none). */
export type MinutesAction = Action & { readonly projectTitle: string };

export interface MinutesItem {
  readonly item: AgendaItem;
  readonly decisions: Decision[];
  readonly actions: MinutesAction[];
}

/** A meeting's record: who came, each agenda item with its time, decisions and actions. */
export interface Minutes {
  /** The language the minutes are written in. */
  readonly language: Language;
  readonly team: string;
  readonly meeting: Meeting;
  /** YYYY-MM-DD of the start, local time. */
  readonly day: string;
  readonly attendees: string[];
  /** The team's people not marked present; empty when no attendance was recorded at all. */
  readonly absent: string[];
  readonly items: MinutesItem[];
  /** Recorded for the meeting as a whole, not against an item. */
  readonly decisions: Decision[];
  readonly actions: MinutesAction[];
  readonly coveredCount: number;
}

/** "4 min", "1 h 05 min", "under 1 min". */
export const formatDuration = (ms: number, language: Language = 'en'): string => {
  const tr = translator(language);
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return tr.t('duration.underMinute');
  if (minutes < 60) return tr.t('duration.minutes', { minutes });
  return tr.t('duration.hours', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
};

export const buildMinutes = (board: BoardSnapshot, meetingId: string, language: Language = 'en'): Minutes | null => {
  const meeting = board.meetings.find((m) => m.id === meetingId);
  if (!meeting) return null;
  const people = new Map(board.people.map((p) => [p.id, p.name]));
  const attendees = board.people.filter((p) => meeting.attendees[p.id]).map((p) => p.name);
  // Someone marked present and later removed from the team still counts as having come.
  for (const [id, present] of Object.entries(meeting.attendees)) if (present && !people.has(id)) attendees.push(translator(language).t('minutes.formerMember'));
  const absent = attendees.length ? board.people.filter((p) => !meeting.attendees[p.id]).map((p) => p.name) : [];
  const decisions = board.decisions.filter((d) => d.meetingId === meetingId);
  const projectTitle = new Map(board.projects.map((p) => [p.id, p.title]));
  const actions = board.actions
    .filter((a) => a.meetingId === meetingId)
    .map((a) => ({ ...a, projectTitle: a.projectId ? (projectTitle.get(a.projectId) ?? '') : '' }));
  const agenda = board.agenda.filter((i) => i.meetingId === meetingId);
  const items = agenda.map((item) => ({
    item,
    decisions: decisions.filter((d) => d.agendaItemId === item.id),
    actions: actions.filter((a) => a.agendaItemId === item.id),
  }));
  const onItem = new Set(agenda.map((i) => i.id));
  return {
    language,
    team: board.team.name,
    meeting,
    day: localDay(meeting.startedAt),
    attendees,
    absent,
    items,
    decisions: decisions.filter((d) => !d.agendaItemId || !onItem.has(d.agendaItemId)),
    actions: actions.filter((a) => !a.agendaItemId || !onItem.has(a.agendaItemId)),
    coveredCount: agenda.filter((i) => i.covered).length,
  };
};

/** The clock in the minutes' language; English minutes keep the browser's own clock (12 or 24 hours). */
const clockIn = (ms: number, language: Language) => clock(ms, language === 'en' ? undefined : language);
const timeSpan = (m: Meeting, tr: Translator) =>
  `${clockIn(m.startedAt, tr.language)}–${m.endedAt !== null ? clockIn(m.endedAt, tr.language) : tr.t('minutes.inProgress')}`;
/** Where the item came from, why it is there, and the time spent on it (when it came up at all). */
export const itemMeta = (item: AgendaItem, language: Language = 'en'): string =>
  [translator(language).t(`agendaSource.${item.source}`), isolate(item.detail), item.spentMs > 0 ? formatDuration(item.spentMs, language) : '']
    .filter(Boolean)
    .join(' · ');
const actionLine = (a: MinutesAction, tr: Translator) =>
  [
    isolate(a.text),
    a.owner && tr.t('minutes.owner', { name: isolate(a.owner) }),
    a.due && tr.t('report.due', { day: formatDay(a.due, true, tr.language) }),
    a.projectTitle && tr.t('minutes.project', { title: isolate(a.projectTitle) }),
  ]
    .filter(Boolean)
    .join(' · ');
/** The line under the title: when, who started it, how much of the agenda was covered. */
const overview = (minutes: Minutes, tr: Translator) => {
  const m = minutes.meeting;
  return `${timeSpan(m, tr)}${m.startedBy ? ` · ${tr.t('minutes.startedBy', { name: isolate(m.startedBy) })}` : ''} · ${tr.t('minutes.covered', { covered: minutes.coveredCount, count: minutes.items.length })}`;
};

export const renderMinutesMarkdown = (minutes: Minutes): string => {
  const tr = translator(minutes.language);
  const day = (iso: string) => formatDay(iso, true, minutes.language);
  const out = [
    `# ${mdEscapeSentence(tr.t('minutes.title', { team: isolate(minutes.team), day: day(minutes.day) }))}`,
    '',
    mdEscapeSentence(overview(minutes, tr)),
    '',
    `**${tr.t('minutes.attendees')}** ${minutes.attendees.length ? minutes.attendees.map(mdEscape).join(', ') : `_${tr.t('minutes.noneRecorded')}_`}`,
    ...(minutes.absent.length ? ['', `**${tr.t('minutes.absent')}** ${minutes.absent.map(mdEscape).join(', ')}`] : []),
    '',
    `## ${tr.t('minutes.agenda')}`,
    '',
  ];
  minutes.items.forEach(({ item, decisions, actions }, n) => {
    out.push(
      `### ${n + 1}. ${mdEscape(item.title)}${item.covered ? '' : ` ${tr.t('minutes.notCovered')}`}`,
      '',
      mdEscapeSentence(itemMeta(item, minutes.language)),
      '',
    );
    for (const d of decisions) out.push(`- **${tr.t('minutes.decision')}** ${mdEscape(d.text)}${d.by ? ` (${mdEscape(d.by)})` : ''}`);
    for (const a of actions) out.push(`- **${tr.t('report.actionLabel')}** ${mdEscapeSentence(actionLine(a, tr))}`);
    if (decisions.length + actions.length) out.push('');
  });
  if (minutes.decisions.length)
    out.push(`## ${tr.t('minutes.otherDecisions')}`, '', ...minutes.decisions.map((d) => `- ${mdEscape(d.text)}${d.by ? ` (${mdEscape(d.by)})` : ''}`), '');
  const allActions = [...minutes.items.flatMap((i) => i.actions), ...minutes.actions];
  if (allActions.length)
    out.push(
      `## ${tr.t('minutes.actions')}`,
      '',
      mdTable(
        [tr.t('report.action'), tr.t('report.owner'), tr.t('report.dueColumn'), tr.t('report.project')],
        allActions.map((a) => [a.text, a.owner, a.due ? day(a.due) : '', a.projectTitle]),
      ),
      '',
    );
  return `${out.join('\n').trimEnd()}\n`;
};

/** The minutes as one self-contained, printable HTML document, with the report's style and CSP. */
export const renderMinutesHtml = (minutes: Minutes): string => {
  const tr = translator(minutes.language);
  const day = (iso: string) => formatDay(iso, true, minutes.language);
  const title = tr.t('minutes.title', { team: isolate(minutes.team || tr.t('report.teamFallback')), day: day(minutes.day) });
  const allActions = [...minutes.items.flatMap((i) => i.actions), ...minutes.actions];
  return printableDocument(
    title,
    `@page { @top-left { content: ${cssString(tr.t('minutes.running', { team: isolate(minutes.team) }))}; font: 8pt system-ui, sans-serif; color: #5b6770; } }
.item { break-inside: avoid; page-break-inside: avoid; border-top: 1px solid #d5dbd8; padding-top: 2mm; }
.notcovered { color: #5f6b74; }`,
    `<header>
  <h1>${escSentence(title)}</h1>
  <p class="meta">${escSentence(overview(minutes, tr))}</p>
  <p><strong>${say(tr, 'minutes.attendees')}</strong> ${minutes.attendees.length ? minutes.attendees.map(esc).join(', ') : `<span class="empty">${say(tr, 'minutes.noneRecorded')}</span>`}</p>
  ${minutes.absent.length ? `<p><strong>${say(tr, 'minutes.absent')}</strong> ${minutes.absent.map(esc).join(', ')}</p>` : ''}
</header>
<section>
  <h2>${say(tr, 'minutes.agenda')}</h2>
  ${
    minutes.items
      .map(
        ({ item, decisions, actions }, n) => `<div class="item${item.covered ? '' : ' notcovered'}">
    <h3>${n + 1}. ${esc(item.title)}${item.covered ? '' : ` <span class="meta">${say(tr, 'minutes.notCovered')}</span>`}</h3>
    <p class="meta">${escSentence(itemMeta(item, minutes.language))}</p>
    ${decisions.length + actions.length ? `<ul>${decisions.map((d) => `<li><strong>${say(tr, 'minutes.decision')}</strong> ${esc(d.text)}${d.by ? ` <span class="meta">(${esc(d.by)})</span>` : ''}</li>`).join('')}${actions.map((a) => `<li><strong>${say(tr, 'report.actionLabel')}</strong> ${escSentence(actionLine(a, tr))}</li>`).join('')}</ul>` : ''}
  </div>`,
      )
      .join('\n  ') || `<p class="empty">${say(tr, 'minutes.emptyAgenda')}</p>`
  }
</section>
${minutes.decisions.length ? `<section><h2>${say(tr, 'minutes.otherDecisions')}</h2><ul>${minutes.decisions.map((d) => `<li>${esc(d.text)}${d.by ? ` <span class="meta">(${esc(d.by)})</span>` : ''}</li>`).join('')}</ul></section>` : ''}
${allActions.length ? `<section><h2>${say(tr, 'minutes.actions')}</h2>${actionsHead(tr)}<tbody>${allActions.map((a) => `<tr><td>${esc(a.text)}</td><td>${esc(a.owner)}</td><td>${esc(a.due ? day(a.due) : '')}</td><td>${esc(a.projectTitle)}</td></tr>`).join('')}</tbody></table></section>` : ''}`,
    minutes.language,
  );
};
