import type { BoardListEntry } from '../../core';
import { t } from '../i18n';
import type { BoardListModel } from '../app/boardList';
import { openQuickAddFromPage } from '../capture/openers';

/**
 * A board this browser may only add ideas to (the poster's invite): there is no board here to show, by
 * design. It says so, and how to add an idea.
 */
export function DropOnly({ entry, boardList }: { entry: BoardListEntry; boardList: BoardListModel }) {
  return (
    <main class="drop-only stack" aria-labelledby="drop-only-title">
      <h1 id="drop-only-title">{entry.name}</h1>
      <p class="banner info" role="status">
        <strong>{t('dropOnly.kind')}.</strong> {t('dropOnly.holds')}
      </p>
      <p>{t('dropOnly.sealed')}</p>
      <h2>{t('dropOnly.how')}</h2>
      <ul>
        <li>{t('dropOnly.fromPage')}</li>
        <li>{t('dropOnly.fromToolbar')}</li>
      </ul>
      <p>
        <button type="button" class="primary" onClick={() => void openQuickAddFromPage()}>
          {t('dropOnly.addNow')}
        </button>{' '}
        <button type="button" onClick={() => boardList.forget(entry.id)}>
          {t('dropOnly.remove')}
        </button>
      </p>
    </main>
  );
}
