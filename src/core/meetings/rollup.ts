import { measureChartOf } from '../charts/ofBoard';
import { addDays } from '../measures/dates';
import type { BoardSnapshot } from '../read/board';
import { dueState } from '../read/due';
import { lastEndedMeeting, meetingInProgress } from './agenda';
import { isolate } from '../text/bidi';

/** One team's board at a glance, for a sponsor who follows several teams. */
export interface BoardRollup {
  readonly team: string;
  readonly unit: string;
  readonly activeProjects: number;
  /** Tests of change started and not yet past their Do end date, with no Act decision. */
  readonly cyclesInProgress: number;
  /** Tests of change whose Do end date has passed with no Act decision: due for Study or Act. */
  readonly cyclesOverdue: number;
  /** Measures with a signal that ended in the last `SIGNAL_WINDOW_DAYS` days, by what it means. */
  readonly improving: string[];
  readonly concerning: string[];
  /** When the last meeting ended (ms), or null; whether one is in progress now. */
  readonly lastMeeting: number | null;
  readonly meetingNow: boolean;
  readonly actionsPastDue: number;
  readonly ideasToTriage: number;
}

export const SIGNAL_WINDOW_DAYS = 90;

/** The roll-up of one board on `today` (YYYY-MM-DD). */
export const boardRollup = (board: BoardSnapshot, today: string): BoardRollup => {
  const from = addDays(today, -SIGNAL_WINDOW_DAYS);
  const improving: string[] = [];
  const concerning: string[] = [];
  for (const measure of board.measures) {
    const points = board.points.filter((p) => p.measureId === measure.id);
    if (points.length === 0) continue;
    const chart = measureChartOf(board, measure);
    const recent = chart.signals.filter((s) => (chart.dates[s.end] ?? '') >= from);
    if (recent.some((s) => s.meaning === 'improvement')) improving.push(measure.name);
    if (recent.some((s) => s.meaning === 'concern')) concerning.push(measure.name);
  }
  const open = board.cycles.filter((c) => c.actDecision === null);
  return {
    team: board.team.name,
    unit: [board.team.department, board.team.facility].filter(Boolean).map(isolate).join(' · '),
    activeProjects: board.projects.filter((p) => p.status === 'planning' || p.status === 'testing' || p.status === 'spreading').length,
    cyclesInProgress: open.filter((c) => c.startDate !== '' && c.startDate <= today && (c.endDate === '' || c.endDate >= today)).length,
    cyclesOverdue: open.filter((c) => c.endDate !== '' && c.endDate < today).length,
    improving,
    concerning,
    lastMeeting: lastEndedMeeting(board.meetings)?.endedAt ?? null,
    meetingNow: meetingInProgress(board.meetings).current !== null,
    actionsPastDue: board.actions.filter((a) => !a.done && dueState(a.due, today) === 'overdue').length,
    ideasToTriage: board.ideas.filter((i) => i.state === 'new').length,
  };
};
