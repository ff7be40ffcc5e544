import { useEffect, useState } from 'preact/hooks';
import { findDamage, hasDamage, recoverFromCopy, type Damage, plural } from '../../core';
import { acceptBoardAsItIs, latestCopy, type BoardCopy } from '../../sync/autoBackup';
import type { BoardSession } from '../model/session';
import { syncTime } from '../rooms/PresenceBar';

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
    // The engine may keep today's copy after this page opened (when the board is first shared): look again
    // until there is one.
    const check = async () => {
      timer = null;
      if (!current) current = await latestCopy(boardId).catch(() => null);
      if (!current || stopped) return;
      setCopy(current);
      const found = findDamage(session.doc, current.update);
      setDamage(hasDamage(found) ? found : null);
    };
    const later = () => {
      if (!timer) timer = setTimeout(() => void check(), 1000);
    };
    void check();
    session.doc.on('update', later);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      session.doc.off('update', later);
    };
  }, [session, boardId]);

  if (done) {
    return (
      <p class="banner good" role="status">
        {done}
      </p>
    );
  }
  if (!damage || !copy) return null;
  const what = [
    damage.removed.length > 0 && `${plural(damage.removed.length, 'item was', 'items were')} removed outright`,
    damage.damaged.length > 0 && `${plural(damage.damaged.length, 'item was', 'items were')} damaged`,
    damage.versionRaised && 'the board was marked as made by a newer version',
  ].filter(Boolean);
  const putBack = () => {
    const result = session.run(recoverFromCopy, { copy: copy.update });
    if (result.ok)
      setDone(
        `Put back from the copy of ${syncTime(copy.at)}: ${plural(result.value.restored + result.value.repaired, 'item', 'items')}. Co-leads get the repair like any edit.`,
      );
  };
  const keep = () =>
    void acceptBoardAsItIs(boardId, session.doc).then(
      () => {
        setDamage(null);
        setDone('Kept the board as it is. Later copies start from here.');
      },
      (error: unknown) => setDone(`Could not record that choice (${String(error)}); the banner comes back next time the board opens.`),
    );
  return (
    <div class="banner error stacked" role="alert">
      <p>
        <strong>This board was changed in a way UBT Board never changes it:</strong> {what.join(', ')}. This usually means a co-lead's browser runs a broken or
        modified copy of the extension. This browser kept a copy of the board from {syncTime(copy.at)}.
      </p>
      <div class="row wrap">
        <button type="button" class="primary" onClick={putBack}>
          Put them back from that copy
        </button>
        <button type="button" onClick={keep}>
          Keep the board as it is
        </button>
      </div>
    </div>
  );
}
