import { useEffect, useState } from 'preact/hooks';
import { staffWelcomeSeen } from '../../platform/marks';
import { hrefFor } from './route';
import { t, tParts } from '../i18n';

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
  const ideasHref = hrefFor({ boardId, view: 'ideas' });
  return (
    <section class="card staff-welcome" aria-labelledby="staff-welcome-title">
      <h2 id="staff-welcome-title" class="clamp" title={team || undefined}>
        {tParts('welcome.title', { team: <bdi>{team || t('welcome.yourTeam')}</bdi> })}
      </h2>
      <p>{t('welcome.intro')}</p>
      <ol>
        <li>
          {tParts('welcome.step1', {
            add: <strong>{t('capture.title')}</strong>,
            keys: (
              <>
                <kbd>Alt</kbd>+<kbd>{t('welcome.shift')}</kbd>+<kbd>U</kbd>
              </>
            ),
          })}
        </li>
        <li>{tParts('welcome.step2', { ideas: <a href={ideasHref}>{t('view.ideas')}</a> })}</li>
        <li>{tParts('welcome.step3', { anonymous: <strong>{t('capture.anonymous')}</strong> })}</li>
        <li>{t('welcome.step4')}</li>
      </ol>
      <div class="row wrap">
        <a class="button-link" href={ideasHref} onClick={close}>
          {t('welcome.goToIdeas')}
        </a>
        <button type="button" onClick={close}>
          {t('welcome.gotIt')}
        </button>
      </div>
    </section>
  );
}
