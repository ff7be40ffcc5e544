import { localDay } from '../measures/dates';
import type { Cycle, Project } from '../schema/entities';
import type { ProjectStatus } from '../schema/enums';
import type { Language } from '../i18n/language';
import { translator } from '../i18n/translate';

/**
 * The status a project's tests of change point to, when it is not the one recorded: a project still
 * "Planning" whose first test of change has started is testing; one "Testing" whose change was adopted is
 * spreading. Only suggested: the status is the co-leads' joint decision.
 */
export const suggestedStatus = (
  project: Project,
  cycles: readonly Cycle[],
  today = localDay(),
  language: Language = 'en',
): { status: ProjectStatus; why: string } | null => {
  const tr = translator(language);
  const own = cycles.filter((c) => c.projectId === project.id && !c.deleted);
  const started = own.filter((c) => (c.startDate !== '' && c.startDate <= today) || c.doAsPlanned !== null || c.actDecision !== null);
  if (project.status === 'planning' && started.length > 0) return { status: 'testing', why: tr.t('status.started', { count: started.length }) };
  const adopted = own.filter((c) => c.actDecision === 'adopt');
  if ((project.status === 'planning' || project.status === 'testing') && adopted.length > 0)
    return { status: 'spreading', why: tr.t('status.adopted', { count: adopted.length }) };
  return null;
};
