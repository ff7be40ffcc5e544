import { COMPASS_POINTS, type CompassPoint } from '../schema/enums';
import type { Project } from '../schema/entities';

export interface CompassGroup {
  readonly point: CompassPoint;
  readonly projects: Project[];
}

/** Projects under each Value Compass point (a project may sit under several), plus those not yet pointed anywhere. */
export const compassGroups = (projects: readonly Project[]): { groups: CompassGroup[]; unassigned: Project[] } => ({
  groups: COMPASS_POINTS.map((point) => ({ point, projects: projects.filter((p) => p.compass[point] === true) })),
  unassigned: projects.filter((p) => !COMPASS_POINTS.some((point) => p.compass[point] === true)),
});
