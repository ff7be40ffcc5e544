import { useEffect, useState } from 'preact/hooks';
import { compareWithCopy, type CopyDifference, DELETABLE_KINDS, type DeletableKind, restoreCopy } from '../../core';
import { listCopies, type KeptCopy } from '../../sync/autoBackup';
import type { BoardSession } from '../model/session';
import { syncTime } from '../rooms/PresenceBar';
import { t } from '../i18n';

const isDeletableKind = (kind: string): kind is DeletableKind => (DELETABLE_KINDS as readonly string[]).includes(kind);

/** "12 ideas changed, 12 deleted; 3 projects added since", or "the same as the board now". */
export const describeDifference = (difference: CopyDifference): string => {
  const parts = Object.entries(difference.byKind).map(([kind, counts]) => {
    const name = kind === 'charter' ? t('kinds.charter') : isDeletableKind(kind) ? t(`kinds.${kind}`) : kind;
    const what = [
      counts.changed && t('copies.changed', { count: counts.changed }),
      counts.deleted && t('copies.deleted', { count: counts.deleted }),
      counts.added && t('copies.added', { count: counts.added }),
    ].filter(Boolean);
    return t('copies.kind', { kind: name, what: what.join(', ') });
  });
  return parts.length ? parts.join('; ') : t('copies.same');
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
      const time = syncTime(copy.at);
      const { restored, setAside } = result.value;
      setDone(
        setAside
          ? t('copies.restoredSetAside', { time, restored: t('count.items', { count: restored }), count: setAside })
          : t('copies.restored', { time, count: restored }),
      );
      load();
    }
  };

  if (copies === null) return null;
  return (
    <section class="kept-copies" aria-labelledby="kept-copies-title">
      <h3 id="kept-copies-title">{t('copies.title')}</h3>
      <p class="hint">{t('copies.hint')}</p>
      {done && (
        <p class="banner good" role="status">
          {done}
        </p>
      )}
      {copies.length === 0 ? (
        <p class="meta">{t('copies.none')}</p>
      ) : (
        <ul class="copy-list">
          {copies.map((copy) => (
            <li key={copy.key} class="copy-item">
              <div class="grow">
                <strong>{syncTime(copy.at)}</strong> <span class="meta">· {t(`copies.${copy.kind}`)}</span>
                <p class="meta">{describeDifference(copy.difference)}</p>
              </div>
              {confirming === copy.key ? (
                <span class="row wrap">
                  <button type="button" class="danger" onClick={() => restore(copy)}>
                    {t('copies.restoreThen')}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('copies.cancel')}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  disabled={session.readOnly.value || copy.difference.changed + copy.difference.deleted + copy.difference.added === 0}
                  onClick={() => setConfirming(copy.key)}
                >
                  <span aria-hidden="true">{t('copies.restore')}</span>
                  <span class="visually-hidden">{t('copies.restoreCopy', { time: syncTime(copy.at) })}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
