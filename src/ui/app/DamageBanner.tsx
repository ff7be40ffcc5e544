import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  changesSomething,
  copyComparison,
  damageCheck,
  hasDamage,
  isLargeChange,
  recoverFromCopy,
  restoreCopy,
  type CopyDifference,
  type Damage,
  type ReadsNow,
} from '../../core';
import { acceptBoardAsItIs, latestCopy, listCopies, type BoardCopy, type KeptCopy } from '../../sync/autoBackup';
import { describeDifference } from '../report/KeptCopies';
import { hrefFor } from './route';
import type { BoardSession } from '../model/session';
import { syncTime } from '../rooms/PresenceBar';
import { largeChangeSeen } from '../../platform/marks';
import { t, tList } from '../i18n';
import type * as Y from 'yjs';

/**
 * Says when the board changed in a way UBT Board never changes it (entities removed outright, damaged, or
 * the board marked for a newer version: a broken or hostile copy of the extension), and puts things back
 * from this browser's automatic copy in one click.
 */
export function DamageBanner({ session, boardId }: { session: BoardSession; boardId: string }) {
  const [copy, setCopy] = useState<BoardCopy | null>(null);
  const [damage, setDamage] = useState<Damage | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let current: BoardCopy | null = null;
    let lookFor: ReturnType<typeof damageCheck> | null = null;
    // What reads fine now is known to the page's collection models already: asked, not read again.
    const readsNow: ReadsNow = (kind, id) => session.collections[kind].entity(id).peek().ok;
    // The engine may keep today's copy after this page opened (when the board is first shared): look again
    // until there is one.
    const check = async () => {
      timer = null;
      if (!current) current = await latestCopy(boardId).catch(() => null);
      if (!current || stopped) return;
      setCopy(current);
      lookFor ??= damageCheck(current.update);
      const found = lookFor(session.doc, readsNow);
      setDamage(hasDamage(found) ? found : null);
    };
    // After a transaction that changed something, not on 'update': a listener of that makes Yjs write an
    // update message for every transaction, 75 ms for a board joined from the relay (see sync/replica).
    const later = (transaction: Y.Transaction) => {
      if (timer || !changesSomething(transaction)) return;
      timer = setTimeout(() => void check(), 1000);
    };
    void check();
    session.doc.on('afterTransaction', later);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      session.doc.off('afterTransaction', later);
    };
  }, [session, boardId]);

  if (done) {
    return (
      <p class="banner good" role="status">
        {done}
      </p>
    );
  }
  if (!damage || !copy) return <LargeChangeBanner session={session} boardId={boardId} />;
  const what = [
    damage.removed.length > 0 && t('damage.removed', { count: damage.removed.length }),
    damage.damaged.length > 0 && t('damage.damaged', { count: damage.damaged.length }),
    damage.versionRaised && t('damage.version'),
  ].filter((part): part is string => Boolean(part));
  const putBack = () => {
    const result = session.run(recoverFromCopy, { copy: copy.update });
    if (result.ok)
      setDone(t('damage.putBackDone', { time: syncTime(copy.at), items: t('damage.items', { count: result.value.restored + result.value.repaired }) }));
  };
  const keep = () =>
    void acceptBoardAsItIs(boardId, session.doc).then(
      () => {
        setDamage(null);
        setDone(t('damage.kept'));
      },
      (error: unknown) => setDone(t('damage.keepFailed', { error: String(error) })),
    );
  return (
    <div class="banner error stacked" role="alert">
      <p>
        <strong>{t('damage.what')}</strong> {t('damage.why', { what: tList(what), time: syncTime(copy.at) })}
      </p>
      <div class="row wrap">
        <button type="button" class="primary" onClick={putBack}>
          {t('damage.putBack')}
        </button>
        <button type="button" onClick={keep}>
          {t('damage.keep')}
        </button>
      </div>
    </div>
  );
}

const RECENT_DAYS = 7;

/**
 * Many items rewritten or deleted at once (what a bad writer does in seconds, and a meeting rarely does): says
 * so, with what changed, and offers the copy kept from just before. Shown until restored or dismissed.
 */
function LargeChangeBanner({ session, boardId }: { session: BoardSession; boardId: string }) {
  const [before, setBefore] = useState<KeptCopy | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Each kept copy is read once (copyComparison), and the board compared with them again only once it
  // has changed: a large change reaches this page's document too, whoever made it.
  const comparisons = useMemo(() => new Map<string, (doc: Y.Doc) => CopyDifference>(), [session, boardId]);
  const compare = (copy: KeptCopy): CopyDifference => {
    const id = `${copy.key}@${copy.at}`;
    let made = comparisons.get(id);
    if (!made) {
      made = copyComparison(copy.update);
      comparisons.set(id, made);
    }
    return made(session.doc);
  };
  useEffect(() => {
    let stopped = false;
    let changed = true;
    const noticeChange = (transaction: Y.Transaction) => {
      if (changesSomething(transaction)) changed = true;
    };
    const check = () => {
      if (!changed) return;
      changed = false;
      void Promise.all([listCopies(boardId), largeChangeSeen(boardId).get()])
        .then(([copies, seen]) => {
          if (stopped) return;
          const current = new Set(copies.map((c) => `${c.key}@${c.at}`));
          for (const id of comparisons.keys()) if (!current.has(id)) comparisons.delete(id);
          // The copy kept from before a large change or, until the engine keeps one, the recent copy itself.
          const candidate = copies.find(
            (c) => (c.kind === 'before' || c.kind === 'recent') && Date.now() - c.at < RECENT_DAYS * 86_400_000 && isLargeChange(compare(c)),
          );
          setBefore(candidate && `${candidate.key}@${candidate.at}` !== seen ? candidate : null);
        })
        .catch(() => undefined);
    };
    check();
    session.doc.on('afterTransaction', noticeChange);
    const timer = setInterval(check, 15_000);
    return () => {
      stopped = true;
      clearInterval(timer);
      session.doc.off('afterTransaction', noticeChange);
    };
  }, [session, boardId]);
  if (done)
    return (
      <p class="banner good" role="status">
        {done}
      </p>
    );
  if (!before || session.viewOnly) return null;
  const difference = compare(before);
  const dismiss = () => {
    void largeChangeSeen(boardId).set(`${before.key}@${before.at}`);
    setBefore(null);
  };
  const restore = () => {
    const result = session.run(restoreCopy, { copy: before.update });
    if (result.ok) {
      void largeChangeSeen(boardId).set(`${before.key}@${before.at}`);
      setDone(t('large.restored', { time: syncTime(before.at) }));
    }
  };
  return (
    <div class="banner warning stacked" role="alert">
      <p>
        <strong>{t('large.what')}</strong> {t('large.why', { what: describeDifference(difference), time: syncTime(before.at) })}
      </p>
      <div class="row wrap">
        <button type="button" class="primary" onClick={restore}>
          {t('large.restore', { time: syncTime(before.at) })}
        </button>
        <a class="button" href={hrefFor({ boardId, view: 'report' })}>
          {t('large.copies')}
        </a>
        <button type="button" onClick={dismiss}>
          {t('damage.keep')}
        </button>
      </div>
    </div>
  );
}
