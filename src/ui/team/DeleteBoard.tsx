import { isolate } from '../../core';
import { useRef, useState } from 'preact/hooks';
import type { OpenBoard } from '../app/openBoard';
import type { BoardListModel } from '../app/boardList';
import { t, tParts } from '../i18n';

/** Deleting a board removes it from this browser, after an explicit confirmation naming the team. */
export function DeleteBoard({ board, boardList, teamName }: { board: OpenBoard; boardList: BoardListModel; teamName: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const shared = Boolean(boardList.boards.value.find((b) => b.id === board.boardId)?.secret);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      boardList.forget(board.boardId);
      await board.replica.deleteLocalCopy();
      dialog.current?.close();
      location.hash = '';
    } catch (caught) {
      setError(t('remove.failed', { error: String(caught) }));
    }
  };
  return (
    <section class="card danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">{t(shared ? 'leave.title' : 'remove.title')}</h2>
      <p>{t(shared ? 'leave.what' : 'remove.what', { team: isolate(teamName) })}</p>
      <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
        {t(shared ? 'leave.button' : 'remove.button')}
      </button>
      <dialog ref={dialog} class="dialog" aria-labelledby="confirm-delete-title">
        <h2 id="confirm-delete-title">{tParts(shared ? 'leave.confirm' : 'remove.confirm', { team: <bdi>{teamName}</bdi> })}</h2>
        <p>{t(shared ? 'leave.confirmWhat' : 'remove.confirmWhat')}</p>
        {error && (
          <p role="alert" class="banner error">
            {error}
          </p>
        )}
        <div class="row">
          <button type="button" onClick={() => dialog.current?.close()} autofocus>
            {t('remove.keep')}
          </button>
          <button type="button" class="danger" onClick={remove}>
            {t(shared ? 'leave.do' : 'remove.do')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
