import { useEffect, useState } from 'preact/hooks';
import { createLibraryModel, type LibraryModel } from './library';
import { navigate, route, startRouting } from './route';
import { openBoard, type OpenBoard } from './openBoard';
import { BoardShell } from './BoardShell';
import { Welcome } from '../boards/Welcome';

export type Surface = 'tab' | 'sidepanel';

/** The whole board app, shared by the full tab and the side panel (`surface` only changes layout and links). */
export function App({ surface }: { surface: Surface }) {
  const [library] = useState<LibraryModel>(createLibraryModel);
  const [open, setOpen] = useState<OpenBoard | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const boardId = route.value.boardId;

  useEffect(() => startRouting(), []);
  useEffect(() => () => library.dispose(), [library]);

  // With no board in the address, open the most recently used one.
  useEffect(() => {
    if (!boardId && library.loaded.value && library.boards.value[0]) navigate({ boardId: library.boards.value[0].id, view: 'projects' });
  }, [boardId, library.loaded.value]);

  useEffect(() => {
    if (!boardId) return;
    let cancelled = false;
    let current: OpenBoard | null = null;
    setOpen(null);
    setLoadError(null);
    openBoard(boardId).then(
      (board) => {
        if (cancelled) return board.close();
        current = board;
        board.replica.onDeleted(() => {
          library.forget(boardId);
          location.hash = '';
        });
        setOpen(board);
      },
      (error: unknown) => !cancelled && setLoadError(`This board could not be opened from this browser's storage: ${String(error)}`),
    );
    return () => {
      cancelled = true;
      current?.close();
    };
  }, [boardId]);

  useEffect(() => {
    if (open) library.touch(open.boardId, open.session.team.value.name || undefined);
  }, [open, open?.session.team.value.name]);

  let body;
  if (loadError) body = <p role="alert" class="banner error">{loadError}</p>;
  else if (!boardId) body = library.loaded.value ? <Welcome library={library} /> : <p class="loading" role="status">Opening UBT Board…</p>;
  else if (!open || open.boardId !== boardId) body = <p class="loading" role="status">Opening board…</p>;
  else body = <BoardShell key={open.boardId} board={open} library={library} surface={surface} />;
  return <div class={`app surface-${surface}`}>{body}</div>;
}
