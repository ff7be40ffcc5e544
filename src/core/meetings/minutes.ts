import type { BoardSnapshot } from '../read/board';
import type { Action, AgendaItem, Decision, Meeting } from '../schema/entities';
import { AGENDA_SOURCE_LABELS } from '../schema/enums';
import { formatDay, formatTime as clock, localDay } from '../measures/dates';
import { cssString, esc, escSentence, printableDocument } from '../report/document';
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
export const formatDuration = (ms: number): string => {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'under 1 min';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
};

export const buildMinutes = (board: BoardSnapshot, meetingId: string): Minutes | null => {
  const meeting = board.meetings.find((m) => m.id === meetingId);
  if (!meeting) return null;
  const people = new Map(board.people.map((p) => [p.id, p.name]));
  const attendees = board.people.filter((p) => meeting.attendees[p.id]).map((p) => p.name);
  // Someone marked present and later removed from the team still counts as having come.
  for (const [id, present] of Object.entries(meeting.attendees)) if (present && !people.has(id)) attendees.push('(a former team member)');
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

const timeSpan = (m: Meeting) => `${clock(m.startedAt)}–${m.endedAt !== null ? clock(m.endedAt) : 'in progress'}`;
/** Where the item came from, why it is there, and the time spent on it (when it came up at all). */
export const itemMeta = (item: AgendaItem): string =>
  [AGENDA_SOURCE_LABELS[item.source], isolate(item.detail), item.spentMs > 0 ? formatDuration(item.spentMs) : ''].filter(Boolean).join(' · ');
const actionLine = (a: MinutesAction) =>
  [isolate(a.text), a.owner && `owner: ${isolate(a.owner)}`, a.due && `due ${formatDay(a.due)}`, a.projectTitle && `project: ${isolate(a.projectTitle)}`]
    .filter(Boolean)
    .join(' · ');

export const renderMinutesMarkdown = (minutes: Minutes): string => {
  const m = minutes.meeting;
  const out = [
    `# ${mdEscape(minutes.team)}: team meeting, ${mdEscape(formatDay(minutes.day))}`,
    '',
    `${mdEscape(timeSpan(m))}${m.startedBy ? ` · started by ${mdEscape(m.startedBy)}` : ''} · ${minutes.coveredCount} of ${minutes.items.length} items covered`,
    '',
    `**Attendees:** ${minutes.attendees.length ? minutes.attendees.map(mdEscape).join(', ') : '_none recorded_'}`,
    ...(minutes.absent.length ? ['', `**Absent:** ${minutes.absent.map(mdEscape).join(', ')}`] : []),
    '',
    '## Agenda',
    '',
  ];
  minutes.items.forEach(({ item, decisions, actions }, n) => {
    out.push(`### ${n + 1}. ${mdEscape(item.title)}${item.covered ? '' : ' (not covered)'}`, '', mdEscapeSentence(itemMeta(item)), '');
    for (const d of decisions) out.push(`- **Decision:** ${mdEscape(d.text)}${d.by ? ` (${mdEscape(d.by)})` : ''}`);
    for (const a of actions) out.push(`- **Action:** ${mdEscapeSentence(actionLine(a))}`);
    if (decisions.length + actions.length) out.push('');
  });
  if (minutes.decisions.length)
    out.push('## Other decisions', '', ...minutes.decisions.map((d) => `- ${mdEscape(d.text)}${d.by ? ` (${mdEscape(d.by)})` : ''}`), '');
  const allActions = [...minutes.items.flatMap((i) => i.actions), ...minutes.actions];
  if (allActions.length)
    out.push(
      '## Actions',
      '',
      mdTable(
        ['Action', 'Owner', 'Due', 'Project'],
        allActions.map((a) => [a.text, a.owner, a.due ? formatDay(a.due) : '', a.projectTitle]),
      ),
      '',
    );
  return `${out.join('\n').trimEnd()}\n`;
};

/** The minutes as one self-contained, printable HTML document, with the report's style and CSP. */
export const renderMinutesHtml = (minutes: Minutes): string => {
  const m = minutes.meeting;
  const title = `${isolate(minutes.team || 'Team')}: team meeting, ${formatDay(minutes.day)}`;
  const allActions = [...minutes.items.flatMap((i) => i.actions), ...minutes.actions];
  return printableDocument(
    title,
    `@page { @top-left { content: ${cssString(`${isolate(minutes.team)} · minutes`)}; font: 8pt system-ui, sans-serif; color: #5b6770; } }
.item { break-inside: avoid; page-break-inside: avoid; border-top: 1px solid #d5dbd8; padding-top: 2mm; }
.notcovered { color: #5f6b74; }`,
    `<header>
  <h1>${escSentence(title)}</h1>
  <p class="meta">${esc(timeSpan(m))}${m.startedBy ? ` · started by ${esc(m.startedBy)}` : ''} · ${minutes.coveredCount} of ${minutes.items.length} items covered</p>
  <p><strong>Attendees:</strong> ${minutes.attendees.length ? minutes.attendees.map(esc).join(', ') : '<span class="empty">none recorded</span>'}</p>
  ${minutes.absent.length ? `<p><strong>Absent:</strong> ${minutes.absent.map(esc).join(', ')}</p>` : ''}
</header>
<section>
  <h2>Agenda</h2>
  ${
    minutes.items
      .map(
        ({ item, decisions, actions }, n) => `<div class="item${item.covered ? '' : ' notcovered'}">
    <h3>${n + 1}. ${esc(item.title)}${item.covered ? '' : ' <span class="meta">(not covered)</span>'}</h3>
    <p class="meta">${escSentence(itemMeta(item))}</p>
    ${decisions.length + actions.length ? `<ul>${decisions.map((d) => `<li><strong>Decision:</strong> ${esc(d.text)}${d.by ? ` <span class="meta">(${esc(d.by)})</span>` : ''}</li>`).join('')}${actions.map((a) => `<li><strong>Action:</strong> ${escSentence(actionLine(a))}</li>`).join('')}</ul>` : ''}
  </div>`,
      )
      .join('\n  ') || '<p class="empty">The agenda was empty.</p>'
  }
</section>
${minutes.decisions.length ? `<section><h2>Other decisions</h2><ul>${minutes.decisions.map((d) => `<li>${esc(d.text)}${d.by ? ` <span class="meta">(${esc(d.by)})</span>` : ''}</li>`).join('')}</ul></section>` : ''}
${allActions.length ? `<section><h2>Actions</h2><table><thead><tr><th>Action</th><th>Owner</th><th>Due</th><th>Project</th></tr></thead><tbody>${allActions.map((a) => `<tr><td>${esc(a.text)}</td><td>${esc(a.owner)}</td><td>${esc(a.due ? formatDay(a.due) : '')}</td><td>${esc(a.projectTitle)}</td></tr>`).join('')}</tbody></table></section>` : ''}`,
  );
};
