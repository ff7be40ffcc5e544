import type { Action, Decision } from '../../core';
import { t, tDay, tParts } from '../i18n';

/**
 * Decisions and actions as the meeting and its minutes show them: those recorded against one agenda item,
 * and the minutes' other decisions and all its actions (which also name their project).
 */
export function Recorded({ decisions, actions, label }: { decisions: Decision[]; actions: (Action & { projectTitle?: string | null })[]; label?: string }) {
  if (decisions.length + actions.length === 0) return null;
  return (
    <ul class="recorded" aria-label={label}>
      {decisions.map((d) => (
        <li key={d.id}>
          <strong>{t('minutes.decision')}</strong> <bdi>{d.text}</bdi>
          {d.by && (
            <span class="meta">
              {' '}
              (<bdi>{d.by}</bdi>)
            </span>
          )}
        </li>
      ))}
      {actions.map((a) => (
        <li key={a.id}>
          <strong>{t('report.actionLabel')}</strong> <bdi>{a.text}</bdi>
          {a.owner && (
            <span class="meta">
              {' '}
              · <bdi>{a.owner}</bdi>
            </span>
          )}
          {a.due && <span class="meta"> · {t('recorded.due', { day: tDay(a.due) })}</span>}
          {a.projectTitle && <span class="meta"> · {tParts('recorded.project', { title: <bdi>{a.projectTitle}</bdi> })}</span>}
        </li>
      ))}
    </ul>
  );
}
