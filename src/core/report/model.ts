import type { BoardSnapshot } from '../read/board';
import { isolate } from '../text/bidi';
import type { MeasureChart } from '../charts/model';
import { measureChartOf } from '../charts/ofBoard';
import { CHARTER_SECTIONS, COMPASS_POINTS, IDEA_STATES, isCoLead, type CharterSection, type IdeaState } from '../schema/enums';
import type { Language } from '../i18n/language';
import { translator, type Translator } from '../i18n/translate';
import type { Action, Cycle, Idea, Measure, Person, Project, Team } from '../schema/entities';
import { formatDay, localDay } from '../measures/dates';
import { dueState } from '../read/due';
import { buildMinutes, type Minutes } from '../meetings/minutes';

export type ReportScope = { kind: 'board' } | { kind: 'project'; projectId: string } | { kind: 'since'; date: string };

export interface ProjectReport {
  project: Project;
  statusLabel: string;
  /** Who decided the status and which co-leads agreed, in words ('' when no decision is recorded). */
  statusDecision: string;
  /** The same for each test of change's Act decision, by cycle id. */
  actDecisions: Record<string, string>;
  compass: string[];
  measures: { measure: Measure; chart: MeasureChart }[];
  cycles: Cycle[];
  actions: ReportAction[];
}

/** An open action with where its due date stands on the day of the report. */
export type ReportAction = Action & { projectTitle: string; overdue: boolean };

export interface ReportModel {
  /** The language it is written in, whatever the language of the person who made it. */
  language: Language;
  team: Team;
  generatedOn: string;
  scopeLabel: string;
  people: { name: string; role: string }[];
  charter: { label: string; text: string; agreedBy: string[]; allAgreed: boolean }[];
  projects: ProjectReport[];
  ideas: { state: IdeaState; label: string; ideas: Idea[] }[];
  openActions: ReportAction[];
  /** The minutes of the team meetings held in the report's period (since its date, or the last 90 days). */
  meetings: Minutes[];
  evidence: Evidence;
}

export interface Evidence {
  windowDays: number;
  since: string;
  projects: { title: string; lastActivity: string }[];
  cycles: { title: string; projectTitle: string; date: string; decision: string }[];
  annotatedCharts: string[];
  practices: string[];
  sentences: string[];
}

const DAY = 86_400_000;
/** Days in a report are the days of the person making it (their time zone), like everywhere on the board. */
const iso = (ms: number) => localDay(ms);
/** When an entity was last written (created or changed). */
const activity = (e: { createdAt: number; updatedAt?: unknown }) => Math.max(e.createdAt, typeof e.updatedAt === 'number' ? e.updatedAt : 0);

/**
 * A report of the board for sponsors and the team's records: team and co-leads, charter, each project in
 * scope with aim, compass, measures as charts and every PDSA worksheet, ideas by state, open actions, and
 * the evidence of improvement work in the last 90 days. Pure: HTML, Markdown and CSV render from it.
 */
export const buildReport = (board: BoardSnapshot, scope: ReportScope, now: Date = new Date(), language: Language = 'en'): ReportModel => {
  const tr = translator(language);
  const day = (iso: string) => formatDay(iso, true, language);
  // Local midnight: "since 1 December" starts when 1 December starts for the person asking.
  const since = scope.kind === 'since' ? Date.parse(`${scope.date}T00:00:00`) : -Infinity;
  const today = iso(now.getTime());
  const projectTitle = new Map(board.projects.map((p) => [p.id, p.title]));
  const reportAction = (a: Action): ReportAction => ({
    ...a,
    projectTitle: a.projectId ? (projectTitle.get(a.projectId) ?? '') : '',
    overdue: dueState(a.due, today) === 'overdue',
  });
  const changed = (e: { createdAt: number; updatedAt?: unknown }) => activity(e) >= since;
  const cyclesOf = (projectId: string) => board.cycles.filter((c) => c.projectId === projectId);
  const projectChanged = (p: Project) => changed(p) || cyclesOf(p.id).some(changed) || board.points.some((pt) => p.measureIds[pt.measureId] && changed(pt));
  const projects = board.projects.filter((p) => (scope.kind === 'project' ? p.id === scope.projectId : scope.kind === 'since' ? projectChanged(p) : true));

  const chartOf = (measure: Measure) => measureChartOf(board, measure, language);

  const coLeads = board.people.filter((p) => isCoLead(p.role));
  /** "decided by Ana Ruiz on 3 May 2026; agreed by all co-leads". */
  const decisionNote = (by: string, at: number | null, agreed: Record<string, boolean>): string => {
    if (at === null) return '';
    const agreeing = coLeads.filter((p) => agreed[p.id]).map((p) => isolate(p.name));
    const agreement = !coLeads.length
      ? ''
      : agreeing.length === coLeads.length
        ? tr.t('decision.allAgreed')
        : agreeing.length
          ? tr.t('decision.someAgreed', { names: agreeing.join(', ') })
          : tr.t('decision.noneAgreed');
    const decided = by ? tr.t('decision.by', { name: isolate(by), day: day(iso(at)) }) : tr.t('decision.on', { day: day(iso(at)) });
    return `${decided}${agreement}`;
  };
  const projectReports: ProjectReport[] = projects.map((project) => ({
    project,
    statusLabel: tr.t(`projectStatus.${project.status}`),
    statusDecision: decisionNote(project.statusDecidedBy, project.statusDecidedAt, project.statusAgreed),
    actDecisions: Object.fromEntries(cyclesOf(project.id).map((c) => [c.id, decisionNote(c.actDecidedBy, c.actDecidedAt, c.actAgreed)])),
    compass: COMPASS_POINTS.filter((point) => project.compass[point]).map((point) => tr.t(`compass.${point}`)),
    measures: board.measures.filter((m) => project.measureIds[m.id]).map((measure) => ({ measure, chart: chartOf(measure) })),
    cycles: cyclesOf(project.id).filter((c) => scope.kind !== 'since' || changed(c)),
    actions: board.actions.filter((a) => a.projectId === project.id && !a.done).map(reportAction),
  }));

  const inScopeIdea = (idea: Idea) => (scope.kind === 'project' ? idea.projectId === scope.projectId : scope.kind === 'since' ? changed(idea) : true);
  const coLeadIds = board.people.filter((p) => isCoLead(p.role));

  return {
    language,
    team: board.team,
    generatedOn: today,
    scopeLabel:
      scope.kind === 'board'
        ? tr.t('report.scope.board')
        : scope.kind === 'project'
          ? tr.t('report.scope.project', { title: isolate(projects[0]?.title ?? tr.t('report.scope.notFound')) })
          : tr.t('report.scope.since', { day: day(scope.date) }),
    people: [...board.people].sort(byRole).map((p: Person) => ({ name: p.name, role: tr.t(`role.${p.role}`) })),
    charter: board.charter.map((entry) => ({
      label: (CHARTER_SECTIONS as readonly string[]).includes(entry.id) ? tr.t(`charter.${entry.id as CharterSection}`) : entry.id,
      text: entry.text,
      agreedBy: coLeadIds.filter((p) => entry.agreed[p.id]).map((p) => p.name),
      allAgreed: coLeadIds.length > 0 && coLeadIds.every((p) => entry.agreed[p.id]),
    })),
    projects: projectReports,
    ideas: IDEA_STATES.map((state) => ({
      state,
      label: tr.t(`ideaState.${state}`),
      ideas: board.ideas.filter((i) => i.state === state && inScopeIdea(i)),
    })).filter((g) => g.ideas.length > 0),
    meetings: board.meetings
      .filter((m) => m.endedAt !== null && m.startedAt >= (scope.kind === 'since' ? since : now.getTime() - EVIDENCE_DAYS * DAY))
      .sort((a, b) => a.startedAt - b.startedAt)
      .flatMap((m) => buildMinutes(board, m.id, language) ?? []),
    openActions: board.actions
      .filter((a) => !a.done && (scope.kind !== 'project' || a.projectId === scope.projectId) && (scope.kind !== 'since' || changed(a)))
      .map(reportAction),
    evidence: improvementEvidence(board, now, chartOf, tr),
  };
};

const ROLE_ORDER = ['manager-co-lead', 'union-co-lead', 'physician-co-lead', 'management-sponsor', 'union-sponsor', 'physician-sponsor', 'sponsor', 'member'];
const byRole = (a: Person, b: Person) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || (a.order < b.order ? -1 : 1);

/**
 * Evidence of the team's improvement work in the last 90 days, as the partnership's documents ask for it:
 * small tests of change (they speak of testing daily, so no minimum pace is implied here), results reviewed
 * (Study written, Act decided, measures looked at in team meetings, annotated charts), and practices
 * shared or adopted (changes adopted, projects spreading, practices taken from other teams).
 */
const EVIDENCE_DAYS = 90;
const improvementEvidence = (board: BoardSnapshot, now: Date, chartOf: (m: Measure) => MeasureChart, tr: Translator): Evidence => {
  const windowDays = EVIDENCE_DAYS;
  const from = now.getTime() - windowDays * DAY;
  const sinceIso = iso(from);
  const projectTitle = new Map(board.projects.map((p) => [p.id, p.title]));
  const recentCycles = board.cycles.filter((c) => activity(c) >= from || (c.startDate && c.startDate >= sinceIso));
  const projects = board.projects.filter((p) => activity(p) >= from || recentCycles.some((c) => c.projectId === p.id));
  const studied = recentCycles.filter((c) => c.studyResults.trim() || c.studyLearning.trim()).length;
  const decided = recentCycles.filter((c) => c.actDecision !== null).length;
  const meetings = board.meetings.filter((m) => m.endedAt !== null && m.endedAt >= from);
  const meetingIds = new Set(meetings.map((m) => m.id));
  const measuresReviewed = new Set(board.agenda.filter((i) => meetingIds.has(i.meetingId) && i.source === 'measure' && i.covered).map((i) => i.refId)).size;
  const annotatedCharts = board.measures
    .filter((m) => board.points.some((p) => p.measureId === m.id && p.date >= sinceIso))
    .map((m) => ({ m, chart: chartOf(m) }))
    .filter(({ chart }) => chart.notes.length > 0 && chart.values.length >= 5)
    .map(
      ({ m, chart }) =>
        `${isolate(m.name)} (${tr.t(chart.kind === 'xmr' ? 'report.chart.xmr' : 'report.chart.run')}, ${tr.t('count.notes', { count: chart.notes.length })})`,
    );
  const practices = [
    ...board.cycles
      .filter((c) => c.actDecision === 'adopt' && (activity(c) >= from || c.endDate >= sinceIso))
      .map((c) => tr.t('evidence.adopted', { title: isolate(c.title), project: isolate(projectTitle.get(c.projectId) ?? '') })),
    ...board.projects.filter((p) => p.status === 'spreading').map((p) => tr.t('evidence.spreading', { title: isolate(p.title) })),
    ...board.projects
      .filter((p) => p.adoptedFrom && p.createdAt >= from)
      .map((p) => tr.t('evidence.taken', { team: isolate(p.adoptedFrom?.team || tr.t('evidence.anotherTeam')), title: isolate(p.title) })),
  ];
  const sentences = [
    recentCycles.length > 0 ? tr.t('evidence.cycles', { count: recentCycles.length, days: windowDays }) : tr.t('evidence.noCycles', { days: windowDays }),
    tr.t('evidence.reviewed', {
      studied: tr.t('evidence.studied', { count: studied }),
      decided: tr.t('evidence.decided', { count: decided }),
      meetings: measuresReviewed
        ? tr.t('evidence.reviewing', { meetings: tr.t('evidence.meetings', { count: meetings.length }), count: measuresReviewed })
        : tr.t('evidence.meetings', { count: meetings.length }),
      charts: tr.t('evidence.charts', { count: annotatedCharts.length }),
    }),
    practices.length > 0 ? tr.t('evidence.practices', { count: practices.length }) : tr.t('evidence.noPractices'),
  ];
  return {
    windowDays,
    since: sinceIso,
    projects: projects.map((p) => ({ title: p.title, lastActivity: iso(activity(p)) })),
    cycles: recentCycles.map((c) => ({
      title: c.title,
      projectTitle: projectTitle.get(c.projectId) ?? '',
      date: c.startDate || iso(activity(c)),
      decision: tr.t(`actChoice.${c.actDecision ?? 'none'}`),
    })),
    annotatedCharts,
    practices,
    sentences,
  };
};
