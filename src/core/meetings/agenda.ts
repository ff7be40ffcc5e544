import { measureChartOf } from '../charts/ofBoard';
import { formatDay } from '../measures/dates';
import { dueState } from '../read/due';
import type { BoardSnapshot } from '../read/board';
import type { AgendaSource } from '../schema/enums';
import type { AgendaItem, Meeting } from '../schema/entities';
import { isolate } from '../text/bidi';
import type { Language } from '../i18n/language';
import { translator } from '../i18n/translate';

/** An agenda item before it is on the board: what it is about and why it is on the agenda. */
export interface AgendaDraft {
  readonly source: AgendaSource;
  readonly refId: string | null;
  readonly title: string;
  readonly detail: string;
}

const TITLE_LENGTH = 120;

/** The first line of a text, cut at a word near `TITLE_LENGTH` characters, whole characters only. */
export const shortTitle = (text: string): string => {
  const line = text.trim().split(/\n/)[0] ?? '';
  const chars = [...line];
  if (chars.length <= TITLE_LENGTH) return line;
  const cut = chars.slice(0, TITLE_LENGTH).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
};

/**
 * The agenda a meeting starts with, built from the board on `today` (YYYY-MM-DD): new ideas to triage;
 * tests of change whose Do period has ended with no Act decision yet (due for Study or Act); measures with
 * a signal that takes in a data point added since the last meeting (`since`, or the latest point at the
 * first meeting); and open actions overdue, due within a week or due before the next meeting (the team's
 * `nextMeeting`, when set). In that order, oldest first within each.
 */
export const buildAgenda = (board: BoardSnapshot, today: string, since: number | null, language: Language = 'en'): AgendaDraft[] => {
  const tr = translator(language);
  const day = (iso: string) => formatDay(iso, true, language);
  // Actions come up when they are due before the next meeting (when it is set and later than today).
  const horizon = board.team.nextMeeting > today ? board.team.nextMeeting : null;
  const out: AgendaDraft[] = [];
  for (const idea of [...board.ideas].reverse()) {
    if (idea.state !== 'new') continue;
    out.push({
      source: 'idea',
      refId: idea.id,
      title: shortTitle(idea.text) || tr.t('agenda.emptyIdea'),
      detail: idea.author ? tr.t('agenda.from', { name: idea.author }) : '',
    });
  }
  const projectTitle = new Map(board.projects.map((p) => [p.id, p.title]));
  for (const cycle of board.cycles) {
    if (cycle.endDate === '' || cycle.endDate >= today || cycle.actDecision !== null) continue;
    out.push({
      source: 'cycle',
      refId: cycle.id,
      title: cycle.title || tr.t('agenda.untitledCycle'),
      detail: tr.t('agenda.doEnded', { project: projectTitle.get(cycle.projectId) ?? '', day: day(cycle.endDate) }),
    });
  }
  for (const measure of board.measures) {
    const points = board.points.filter((p) => p.measureId === measure.id);
    if (points.length === 0) continue;
    const chart = measureChartOf(board, measure, language);
    const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const fresh = chart.signals.filter((signal) =>
      since === null ? signal.end === sorted.length - 1 : sorted.slice(signal.start, signal.end + 1).some((p) => p.createdAt > since),
    );
    const signal = fresh.find((s) => s.meaning !== 'neutral') ?? fresh[0];
    if (!signal) continue;
    const meaning = tr.t(`meaning.${signal.meaning}`);
    out.push({ source: 'measure', refId: measure.id, title: measure.name, detail: tr.t('agenda.signal', { meaning, sentence: signal.sentence }) });
  }
  for (const action of board.actions) {
    const due = dueState(action.due, today);
    if (action.done || due === 'none' || (due === 'later' && !(horizon && action.due < horizon))) continue;
    const when =
      due === 'overdue'
        ? tr.t('agenda.overdueSince', { day: day(action.due) })
        : due === 'today'
          ? tr.t('agenda.dueToday')
          : tr.t('agenda.due', { day: day(action.due) });
    out.push({ source: 'action', refId: action.id, title: action.text, detail: [when, isolate(action.owner)].filter(Boolean).join(' · ') });
  }
  return out;
};

/**
 * The meeting in progress: the earliest started that has not ended. Two co-leads starting a meeting at the
 * same moment make two; every peer picks the same one, and the others are `duplicates` to discard.
 */
export const meetingInProgress = (meetings: readonly Meeting[]): { current: Meeting | null; duplicates: Meeting[] } => {
  const open = meetings.filter((m) => m.endedAt === null && !m.deleted).sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1));
  return { current: open[0] ?? null, duplicates: open.slice(1) };
};

/** The most recently ended meeting, if any. */
export const lastEndedMeeting = (meetings: readonly Meeting[]): Meeting | null =>
  meetings.filter((m) => m.endedAt !== null && !m.deleted).sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0) || (a.id < b.id ? -1 : 1))[0] ?? null;

/**
 * The project an agenda item's work belongs to, for actions recorded against it: the idea's project once
 * accepted, the test of change's project, the project whose main measure (or else a linked measure) it is,
 * the action's own project. Null for a free item or when none applies.
 */
export const projectOfAgendaItem = (board: BoardSnapshot, item: Pick<AgendaItem, 'source' | 'refId'>): string | null => {
  const { refId } = item;
  if (!refId) return null;
  switch (item.source) {
    case 'idea':
      return board.ideas.find((i) => i.id === refId)?.projectId ?? null;
    case 'cycle':
      return board.cycles.find((c) => c.id === refId)?.projectId ?? null;
    case 'measure':
      return (board.projects.find((p) => p.mainMeasureId === refId) ?? board.projects.find((p) => p.measureIds[refId]))?.id ?? null;
    case 'action':
      return board.actions.find((a) => a.id === refId)?.projectId ?? null;
    default:
      return null;
  }
};
