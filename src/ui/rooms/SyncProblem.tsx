import type { PresenceModel } from './presenceModel';

/** After a stall the engine could not mend by itself: what happened, that nothing is lost, and a retry. */
export function SyncProblem({ presence }: { presence: PresenceModel }) {
  const status = presence.status.value;
  if (status.state !== 'stalled') return null;
  return (
    <div class="banner error sync-problem" role="alert">
      <span>
        <strong>Sync stopped.</strong> {status.problem} Your own edits are kept in this browser. Try again; if it stops again, ask the co-lead to reopen the
        board.
      </span>
      <button type="button" onClick={presence.retry}>
        Try again
      </button>
    </div>
  );
}
