import { changesSince } from '../../core';
import type { BoardSession } from '../model/session';
import { t, tMoment, tParts, uiLanguage } from '../i18n';

/** What changed on the board since the previous meeting ended, newest first, with who changed it. */
export function SinceLastMeeting({ session, since }: { session: BoardSession; since: number | null }) {
  for (const kind of ['ideas', 'projects', 'cycles', 'measures', 'points', 'actions'] as const) void session.collections[kind].all.value;
  if (since === null)
    return (
      <section class="card since">
        <h2>{t('since.title')}</h2>
        <p class="empty">{t('since.first')}</p>
      </section>
    );
  const changes = changesSince(session.doc, since, uiLanguage.value);
  const shown = changes.slice(0, 50);
  return (
    <section class="card since">
      <h2>{t('since.titleAt', { moment: tMoment(since) })}</h2>
      {changes.length === 0 ? (
        <p class="empty">{t('since.nothing')}</p>
      ) : (
        <ul>
          {shown.map((c) => (
            <li key={`${c.kind}-${c.id}`}>
              <span class="badge">{t(`kind.${c.kind}`)}</span> <bdi>{c.title}</bdi> <span class="meta">{t(`since.${c.what}`)}</span>
              {c.by && <span class="meta"> {tParts('since.by', { name: <bdi>{c.by}</bdi> })}</span>}
            </li>
          ))}
        </ul>
      )}
      {changes.length > shown.length && <p class="meta">{t('since.more', { count: changes.length - shown.length })}</p>}
    </section>
  );
}
