import { useEffect, useState } from 'preact/hooks';
import { staffWelcomeSeen } from '../../platform/marks';
import { hrefFor } from './route';

/**
 * First visit to a team's board for someone who is not a co-lead: how everyone on the unit adds ideas, from
 * any page or here, with or without their name. Shown once per board in this browser.
 */
export function StaffWelcome({ boardId, team }: { boardId: string; team: string }) {
  // Unknown until the mark is read: nothing shows, so the welcome never flashes for someone who has seen it.
  const [seen, setSeen] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    setSeen(null);
    void staffWelcomeSeen(boardId)
      .get()
      .then((value) => current && setSeen(value === '1'));
    return () => {
      current = false;
    };
  }, [boardId]);
  if (seen !== false) return null;
  const close = () => {
    void staffWelcomeSeen(boardId).set('1');
    setSeen(true);
  };
  return (
    <section class="card staff-welcome" aria-labelledby="staff-welcome-title">
      <h2 id="staff-welcome-title" class="clamp" title={team || undefined}>
        Welcome to <bdi>{team || 'your team'}</bdi>’s board
      </h2>
      <p>Everyone on the unit is on the team. Your ideas are how the team finds what to improve next.</p>
      <ol>
        <li>
          On any intranet page, select the text, right-click and choose <strong>Add to team board</strong> (or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+
          <kbd>U</kbd>, or click the UBT Board button in the toolbar). The page’s title and address go with it.
        </li>
        <li>
          Or type it under <a href={hrefFor({ boardId, view: 'ideas' })}>Ideas</a>.
        </li>
        <li>
          To speak up without your name, tick <strong>Add without my name</strong>: the board keeps no trace of who added the idea.
        </li>
        <li>Keep patient details off the board: no names, record numbers or dates of birth.</li>
      </ol>
      <div class="row wrap">
        <a class="button-link" href={hrefFor({ boardId, view: 'ideas' })} onClick={close}>
          Go to Ideas
        </a>
        <button type="button" onClick={close}>
          Got it
        </button>
      </div>
    </section>
  );
}
