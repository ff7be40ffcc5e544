import { isolate } from '../../core';
import { useRef } from 'preact/hooks';
import type { BoardListModel } from '../app/boardList';
import { navigate, OVERVIEW_HREF } from '../app/route';
import { CreateBoard } from './CreateBoard';
import { JoinBoard } from '../rooms/JoinBoard';
import { CreateLibrary } from '../practice/CreateLibrary';
import { RestoreBackup } from '../report/RestoreBackup';
import { t } from '../i18n';

/** Chooses between the boards held in this browser, or creates another. */
export function BoardSwitcher({ boardList, currentId, teamName }: { boardList: BoardListModel; currentId: string; teamName: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const boards = boardList.boards.value;
  return (
    <div class="switcher">
      <label for="board-switch" class="visually-hidden">
        {t('boards.board')}
      </label>
      <select id="board-switch" value={currentId} onChange={(e) => navigate({ boardId: e.currentTarget.value, view: 'projects' })}>
        {boards.some((b) => b.id === currentId) ? null : <option value={currentId}>{teamName || t('boards.thisBoard')}</option>}
        {boards.map((b) => (
          <option key={b.id} value={b.id}>
            {b.kind === 'practice-library'
              ? t('boards.practiceLibrary', { name: isolate(b.id === currentId ? teamName || b.name : b.name || t('boards.untitled')) })
              : isolate(b.id === currentId ? teamName || b.name : b.name || t('boards.untitled'))}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t('boards.newOrJoin')}
      </button>
      {boards.length > 1 && (
        <a class="button-link" href={OVERVIEW_HREF}>
          {t('boards.all')}
        </a>
      )}
      <dialog ref={dialog} aria-label={t('boards.dialog')} class="dialog">
        <CreateBoard boardList={boardList} onDone={() => dialog.current?.close()} />
        <JoinBoard boardList={boardList} onDone={() => dialog.current?.close()} />
        <CreateLibrary boardList={boardList} onDone={() => dialog.current?.close()} />
        <section class="card" aria-label={t('boards.restore')}>
          <RestoreBackup />
        </section>
        <button type="button" class="link" onClick={() => dialog.current?.close()}>
          {t('boards.cancel')}
        </button>
      </dialog>
    </div>
  );
}
