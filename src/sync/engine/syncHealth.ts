import { syncWords } from '../words';

/**
 * Whether updates are really flowing in a room, from what its peer links report. "Connected" is only
 * true once every open link has brought us what we lacked and the document holds no update it cannot
 * apply. Otherwise we are catching up, as long as something advances; after STALL_MS without progress
 * the room tries to recover (reconnect the links that never synced, ask every peer again for what we
 * lack), and after MAX_RECOVERIES failed tries it reports a stall, with a reason, until `retry()`.
 */
export interface LinkHealth {
  readonly synced: boolean;
  readonly refused: string | null;
  progress(): { received: number; total: number } | null;
}

export type SyncHealth =
  | { state: 'idle' }
  | { state: 'synced' }
  | { state: 'catching-up'; progress: { received: number; total: number } | null }
  | { state: 'stalled'; problem: string };

export interface SyncWatch {
  /** Looks at the links and the document now; may call `recover`. */
  check(links: LinkHealth[], pending: boolean, now?: number): SyncHealth;
  /** Forgets earlier failed recoveries, so that the next check starts afresh. */
  retry(): void;
}

export const STALL_MS = 10_000;
export const MAX_RECOVERIES = 2;

export const createSyncWatch = (recover: (pending: boolean) => void, stallMs = STALL_MS, maxRecoveries = MAX_RECOVERIES): SyncWatch => {
  let fingerprint = '';
  let advancedAt = 0;
  let recoveries = 0;
  const reset = () => {
    fingerprint = '';
    recoveries = 0;
  };
  return {
    check: (links, pending, now = Date.now()) => {
      if (links.length === 0) {
        reset();
        return { state: 'idle' };
      }
      const refused = links.find((l) => l.refused)?.refused;
      if (refused) return { state: 'stalled', problem: syncWords().t('sync.cannotTake', { why: refused }) };
      const transfers = links.map((l) => l.progress()).filter((p) => p !== null);
      const waiting = links.filter((l) => !l.synced).length;
      if (!pending && waiting === 0 && transfers.length === 0) {
        reset();
        return { state: 'synced' };
      }
      const progress = transfers.length ? transfers.reduce((sum, p) => ({ received: sum.received + p.received, total: sum.total + p.total })) : null;
      const next = `${waiting}/${pending}/${progress?.received ?? -1}`;
      if (next !== fingerprint) {
        fingerprint = next;
        advancedAt = now;
      } else if (now - advancedAt > stallMs) {
        if (recoveries >= maxRecoveries) {
          return {
            state: 'stalled',
            problem: pending ? syncWords().t('sync.missingEarlier') : syncWords().t('sync.neverArrived'),
          };
        }
        recoveries++;
        advancedAt = now;
        recover(pending);
      }
      return { state: 'catching-up', progress };
    },
    retry: () => reset(),
  };
};
