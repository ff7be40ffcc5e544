import { useEffect, useState } from 'preact/hooks';
import { compareWithCopy, type CopyDifference, KIND_LABELS, plural, restoreCopy } from '../../core';
import { listCopies, type KeptCopy } from '../../sync/autoBackup';
import type { BoardSession } from '../model/session';
import { syncTime } from '../rooms/PresenceBar';

const KIND_WORDS: Record<KeptCopy['kind'], string> = {
  daily: 'First copy of the day',
  recent: 'Recent copy',
  before: 'From just before a large change',
};

/** "12 ideas changed, 12 deleted; 3 projects added since", or "the same as the board now". */
export const describeDifference = (difference: CopyDifference): string => {
  const parts = Object.entries(difference.byKind).map(([kind, counts]) => {
    const name =
      kind === 'charter'
        ? 'Charter sections'
        : `${(KIND_LABELS as Record<string, string>)[kind] ?? kind}s`.replace(/^Test of changes$/, 'Tests of change').replace(/^Persons$/, 'People');
    const what = [
      counts.changed && `${counts.changed} changed`,
      counts.deleted && `${counts.deleted} deleted since`,
      counts.added && `${counts.added} added since`,
    ].filter(Boolean);
    return `${name}: ${what.join(', ')}`;
  });
  return parts.length ? parts.join('; ') : 'The same as the board now.';
};

/**
 * Every copy of the board this browser kept (sync/autoBackup.ts), newest first, each with its date and what
 * differs from the board now; a co-lead restores the one chosen. Whatever was added since that copy goes to
 * Recently deleted, so nothing is lost by choosing the wrong one.
 */
export function KeptCopies({ session, boardId }: { session: BoardSession; boardId: string }) {
  const [copies, setCopies] = useState<(KeptCopy & { difference: CopyDifference })[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const load = () =>
    void listCopies(boardId).then(
      (list) => setCopies(list.map((copy) => ({ ...copy, difference: compareWithCopy(session.doc, copy.update) }))),
      () => setCopies([]),
    );
  useEffect(load, [boardId, session]);

  const restore = (copy: KeptCopy) => {
    const result = session.run(restoreCopy, { copy: copy.update });
    setConfirming(null);
    if (result.ok) {
      setDone(
        `Restored the copy of ${syncTime(copy.at)}: ${plural(result.value.restored, 'item', 'items')} put back${result.value.setAside ? `, and ${plural(result.value.setAside, 'item', 'items')} added since moved to Recently deleted` : ''}. Co-leads get it like any edit; Undo takes it back.`,
      );
      load();
    }
  };

  if (copies === null) return null;
  return (
    <section class="kept-copies" aria-labelledby="kept-copies-title">
      <h3 id="kept-copies-title">Copies kept by this browser</h3>
      <p class="hint">
        This browser keeps the board as it was at the start of each day (the last 7 days), a recent copy, and a copy from just before any change that rewrote or
        deleted many items at once.
      </p>
      {done && (
        <p class="banner good" role="status">
          {done}
        </p>
      )}
      {copies.length === 0 ? (
        <p class="meta">No copies yet: the first is kept once the board is shared.</p>
      ) : (
        <ul class="copy-list">
          {copies.map((copy) => (
            <li key={copy.key} class="copy-item">
              <div class="grow">
                <strong>{syncTime(copy.at)}</strong> <span class="meta">· {KIND_WORDS[copy.kind]}</span>
                <p class="meta">{describeDifference(copy.difference)}</p>
              </div>
              {confirming === copy.key ? (
                <span class="row wrap">
                  <button type="button" class="danger" onClick={() => restore(copy)}>
                    Restore the board as it was then
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    Cancel
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  disabled={session.readOnly.value || copy.difference.changed + copy.difference.deleted + copy.difference.added === 0}
                  onClick={() => setConfirming(copy.key)}
                >
                  Restore<span class="visually-hidden"> the copy of {syncTime(copy.at)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
