import { localDay } from '../measures/dates';
import type { Cycle, Project } from '../schema/entities';
import type { ProjectStatus } from '../schema/enums';
import { plural } from '../text/plural';

/**
 * The status a project's tests of change point to, when it is not the one recorded: a project still
 * "Planning" whose first test of change has started is testing; one "Testing" whose change was adopted is
 * spreading. Only suggested: the status is the co-leads' joint decision.
 */
export const suggestedStatus = (project: Project, cycles: readonly Cycle[], today = localDay()): { status: ProjectStatus; why: string } | null => {
  const own = cycles.filter((c) => c.projectId === project.id && !c.deleted);
  const started = own.filter((c) => (c.startDate !== '' && c.startDate <= today) || c.doAsPlanned !== null || c.actDecision !== null);
  if (project.status === 'planning' && started.length > 0)
    return { status: 'testing', why: `${plural(started.length, 'test of change', 'tests of change')} ${started.length === 1 ? 'has' : 'have'} started` };
  const adopted = own.filter((c) => c.actDecision === 'adopt');
  if ((project.status === 'planning' || project.status === 'testing') && adopted.length > 0)
    return { status: 'spreading', why: `${plural(adopted.length, 'change')} ${adopted.length === 1 ? 'was' : 'were'} adopted` };
  return null;
};
