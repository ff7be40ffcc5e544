import { isolate } from '../../core';
import { useRef, useState } from 'preact/hooks';
import type { OpenBoard } from '../app/openBoard';
import type { BoardListModel } from '../app/boardList';

/** Deleting a board removes it from this browser, after an explicit confirmation naming the team. */
export function DeleteBoard({ board, boardList, teamName }: { board: OpenBoard; boardList: BoardListModel; teamName: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const shared = Boolean(boardList.boards.value.find((b) => b.id === board.boardId)?.secret);
  const verb = shared ? 'Leave' : 'Delete';
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      boardList.forget(board.boardId);
      await board.replica.deleteLocalCopy();
      dialog.current?.close();
      location.hash = '';
    } catch (caught) {
      setError(`The board could not be removed: ${String(caught)}. Close other UBT Board tabs and try again.`);
    }
  };
  return (
    <section class="card danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">{verb} this board</h2>
      <p>
        {shared
          ? `Removes your copy of “${isolate(teamName)}” from this browser. The team's board stays with your co-leads; an invite brings you back.`
          : `Removes “${isolate(teamName)}” and everything on it from this browser.`}
      </p>
      <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
        {verb} board…
      </button>
      <dialog ref={dialog} class="dialog" aria-labelledby="confirm-delete-title">
        <h2 id="confirm-delete-title">
          {verb} “<bdi>{teamName}</bdi>”?
        </h2>
        <p>
          {shared
            ? 'Your copy will be removed from this browser and you will stop receiving changes. Your co-leads keep the board.'
            : 'Its ideas, projects, tests of change, measures and actions will be removed from this browser. This cannot be undone.'}
        </p>
        {error && (
          <p role="alert" class="banner error">
            {error}
          </p>
        )}
        <div class="row">
          <button type="button" onClick={() => dialog.current?.close()} autofocus>
            Keep the board
          </button>
          <button type="button" class="danger" onClick={remove}>
            {verb} board
          </button>
        </div>
      </dialog>
    </section>
  );
}
