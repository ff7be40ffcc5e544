import type * as Y from 'yjs';
import { collection, isReadOnly, metaMap, schemaVersionOf, type Kind } from '../doc/layout';
import { readTeam } from './team';
import type {
  Team,
  Action,
  AgendaItem,
  Annotation,
  CharterEntry,
  Cycle,
  DataPoint,
  Decision,
  Idea,
  Measure,
  Meeting,
  Person,
  Project,
} from '../schema/entities';
import { byOrder, readEntity, type NeedsAttention } from './entity';
import { cyclesOfLiveProjects, duplicateProjects, onePointPerDate, type DuplicateProject, type PointConflict } from './invariants';

/** A plain, validated picture of a whole board, for reports, tests and whole-board views. */
export interface BoardSnapshot {
  readonly boardId: string;
  readonly schemaVersion: number | undefined;
  readonly readOnly: boolean;
  readonly team: Team;
  readonly people: Person[];
  readonly charter: CharterEntry[];
  readonly ideas: Idea[];
  readonly projects: Project[];
  readonly cycles: Cycle[];
  readonly measures: Measure[];
  readonly points: DataPoint[];
  readonly actions: Action[];
  readonly annotations: Annotation[];
  /** Meetings, oldest first; their agenda items in order; decisions oldest first. */
  readonly meetings: Meeting[];
  readonly agenda: AgendaItem[];
  readonly decisions: Decision[];
  /** Soft-deleted entities of every kind, restorable. */
  readonly deleted: { kind: Kind; id: string }[];
  readonly needsAttention: NeedsAttention[];
  /** Projects started twice from one idea by co-leads at the same moment (see read/invariants.ts). */
  readonly duplicateProjects: DuplicateProject[];
  /** Measures with two values for one date; `points` holds only the kept one. */
  readonly pointConflicts: PointConflict[];
}

export const readBoard = (doc: Y.Doc): BoardSnapshot => {
  const needsAttention: NeedsAttention[] = [];
  const deleted: { kind: Kind; id: string }[] = [];
  const readAll = <T extends { id: string; deleted?: boolean }>(kind: Kind): T[] => {
    const out: T[] = [];
    collection(doc, kind).forEach((value, id) => {
      const result = readEntity(kind, id, value);
      if (!result.ok) needsAttention.push(result.issue);
      else if ((result.value as T).deleted) deleted.push({ kind, id });
      else out.push(result.value as T);
    });
    return out;
  };
  const team = readTeam(doc);
  needsAttention.push(...team.issues);
  const projects = readAll<Project>('projects').sort(byOrder);
  const liveProjects = new Set(projects.map((p) => p.id));
  const points = onePointPerDate(readAll<DataPoint>('points'));
  const ideaProjectId = (ideaId: string) => {
    const value = collection(doc, 'ideas').get(ideaId)?.get('projectId');
    return typeof value === 'string' ? value : null;
  };
  return {
    boardId: String(metaMap(doc).get('boardId') ?? ''),
    schemaVersion: schemaVersionOf(doc),
    readOnly: isReadOnly(doc),
    team: team.team,
    people: readAll<Person>('people').sort(byOrder),
    charter: readAll<CharterEntry>('charter').sort((a, b) => CHARTER_ORDER.indexOf(a.id) - CHARTER_ORDER.indexOf(b.id)),
    ideas: readAll<Idea>('ideas').sort(newestFirst),
    projects,
    cycles: cyclesOfLiveProjects(readAll<Cycle>('cycles'), liveProjects).sort(byOrder),
    measures: readAll<Measure>('measures').sort(byOrder),
    points: points.points.sort(byDate),
    actions: readAll<Action>('actions').sort(byOrder),
    annotations: readAll<Annotation>('annotations').sort(byDate),
    meetings: endedMeetingsStill(readAll<Meeting>('meetings')).sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1)),
    agenda: readAll<AgendaItem>('agenda').sort(byOrder),
    decisions: readAll<Decision>('decisions').sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)),
    deleted: deleted.sort(byKindAndId),
    needsAttention: needsAttention.sort(byKindAndId),
    duplicateProjects: duplicateProjects(projects, ideaProjectId),
    pointConflicts: points.conflicts,
  };
};

/** A co-lead moving to another item as the other ends the meeting: once ended, no item is current. */
const endedMeetingsStill = (meetings: Meeting[]): Meeting[] =>
  meetings.map((m) => (m.endedAt !== null && (m.currentItemId !== null || m.currentSince !== null) ? { ...m, currentItemId: null, currentSince: null } : m));

export const newestFirst = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }): number =>
  b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
export const byDate = (a: { date: string; id: string }, b: { date: string; id: string }): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Map iteration order differs between peers; sort so every peer reads the same list. */
const byKindAndId = (a: { kind: string; id: string }, b: { kind: string; id: string }): number =>
  a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export const CHARTER_ORDER: readonly string[] = ['purpose', 'goals', 'scope', 'decisionMaking', 'groundRules'];
