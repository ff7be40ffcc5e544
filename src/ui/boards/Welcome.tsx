import type { BoardListModel } from '../app/boardList';
import { CreateBoard } from './CreateBoard';
import { JoinBoard } from '../rooms/JoinBoard';
import { RestoreBackup } from '../report/RestoreBackup';
import { t } from '../i18n';

/** First run: what UBT Board is, the form to create the team's first board, and joining a co-lead's. */
export function Welcome({ boardList, problem }: { boardList: BoardListModel; problem?: string | null }) {
  return (
    <main class="welcome">
      <h1>UBT Board</h1>
      <p class="lede">{t('welcome.lede')}</p>
      {problem && (
        <p role="alert" class="banner error">
          {problem}
        </p>
      )}
      <CreateBoard boardList={boardList} />
      <JoinBoard boardList={boardList} />
      <section class="card" aria-label={t('boards.restore')}>
        <RestoreBackup />
      </section>
    </main>
  );
}
