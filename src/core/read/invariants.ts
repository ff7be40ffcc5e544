import type { Cycle, DataPoint, Project } from '../schema/entities';

/**
 * What every peer shows after concurrent edits that each made sense alone but not together. Yjs merges
 * them without conflict; these rules decide, the same way on every peer, what the board means.
 */

/** Two co-leads entered a value for the same measure and date at the same time. */
export interface PointConflict {
  readonly measureId: string;
  readonly date: string;
  /** The point shown (on charts, in tables, in reports). */
  readonly kept: string;
  /** The other values, kept in the document and listed so someone can choose. */
  readonly others: readonly string[];
}

/** Newest first, then by id, so every peer picks the same point. */
const newer = (a: DataPoint, b: DataPoint) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** One point per measure and date: the most recently entered one; the others are reported as conflicts. */
export const onePointPerDate = (points: readonly DataPoint[]): { points: DataPoint[]; conflicts: PointConflict[] } => {
  const groups = new Map<string, DataPoint[]>();
  for (const point of points) {
    const key = `${point.measureId}\n${point.date}`;
    const group = groups.get(key);
    if (group) group.push(point);
    else groups.set(key, [point]);
  }
  const kept = new Set<string>();
  const conflicts: PointConflict[] = [];
  for (const group of groups.values()) {
    group.sort(newer);
    kept.add(group[0]!.id);
    if (group.length > 1) conflicts.push({ measureId: group[0]!.measureId, date: group[0]!.date, kept: group[0]!.id, others: group.slice(1).map((p) => p.id) });
  }
  conflicts.sort((a, b) => (a.measureId < b.measureId ? -1 : a.measureId > b.measureId ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { points: points.filter((p) => kept.has(p.id)), conflicts };
};

/** A project started from an idea that another project was started from at the same time. */
export interface DuplicateProject {
  readonly projectId: string;
  /** The project that idea points at (or, if it points at none of them, the oldest). */
  readonly of: string;
  readonly ideaId: string;
}

/**
 * Projects made from one idea by two co-leads at once: the idea's own `projectId` (one value after the
 * merge, the same on every peer) names the original; the others are duplicates to merge or keep.
 */
export const duplicateProjects = (projects: readonly Project[], ideaProjectId: (ideaId: string) => string | null): DuplicateProject[] => {
  const byIdea = new Map<string, Project[]>();
  for (const project of projects) {
    if (!project.ideaId) continue;
    const group = byIdea.get(project.ideaId);
    if (group) group.push(project);
    else byIdea.set(project.ideaId, [project]);
  }
  const out: DuplicateProject[] = [];
  for (const [ideaId, group] of byIdea) {
    if (group.length < 2) continue;
    const named = ideaProjectId(ideaId);
    const original = group.find((p) => p.id === named) ?? [...group].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))[0]!;
    for (const project of group) if (project !== original) out.push({ projectId: project.id, of: original.id, ideaId });
  }
  return out.sort((a, b) => (a.projectId < b.projectId ? -1 : 1));
};

/** Cycles whose project is live: a deleted project's cycles are hidden with it and come back with it. */
export const cyclesOfLiveProjects = <C extends Pick<Cycle, 'projectId'>>(cycles: readonly C[], liveProjectIds: ReadonlySet<string>): C[] =>
  cycles.filter((cycle) => liveProjectIds.has(cycle.projectId));
