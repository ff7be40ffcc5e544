import type { ReportScope } from '../../core';

/** The report scope in the print page's address: `#b=<board>&scope=board|project:<id>|since:<date>`. */
export const scopeToParam = (scope: ReportScope): string =>
  scope.kind === 'board' ? 'board' : scope.kind === 'project' ? `project:${scope.projectId}` : `since:${scope.date}`;

export const scopeFromParam = (param: string | null): ReportScope => {
  if (param?.startsWith('project:')) return { kind: 'project', projectId: param.slice(8) };
  if (param?.startsWith('since:') && /^\d{4}-\d{2}-\d{2}$/.test(param.slice(6))) return { kind: 'since', date: param.slice(6) };
  return { kind: 'board' };
};
