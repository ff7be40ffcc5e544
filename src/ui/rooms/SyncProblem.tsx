import type { PresenceModel } from './presenceModel';
import { t } from '../i18n';

/** After a stall the engine could not mend by itself: what happened, that nothing is lost, and a retry. */
export function SyncProblem({ presence }: { presence: PresenceModel }) {
  const status = presence.status.value;
  if (status.state !== 'stalled') return null;
  return (
    <div class="banner error sync-problem" role="alert">
      <span>
        <strong>{t('sync.stopped')}</strong> {t('sync.stoppedWhy', { problem: status.problem ?? '' })}
      </span>
      <button type="button" onClick={presence.retry}>
        {t('sync.retry')}
      </button>
    </div>
  );
}
