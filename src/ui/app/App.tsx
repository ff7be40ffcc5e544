import { useEffect, useState } from 'preact/hooks';
import { createBoardListModel, type BoardListModel } from './boardList';
import { navigate, route, startRouting } from './route';
import { startFocusRescue } from './focusRescue';
import { openBoard, type OpenBoard } from './openBoard';
import { BoardShell } from './BoardShell';
import type { Surface } from './surfaces';
import { ErrorBoundary } from './ErrorBoundary';
import { BoardListContext, PresenceContext } from './context';
import { Welcome } from '../boards/Welcome';
import { Overview } from '../boards/Overview';
import { joinBoard } from '../rooms/join';
import { accessOf, isPracticeLibrary } from '../../core';
import { DropOnly } from '../rooms/DropOnly';
import { t } from '../i18n';

/** The whole board app, shared by the full tab and the side panel (`surface` only changes layout and links). */
export function App({ surface }: { surface: Surface }) {
  const [boardList] = useState<BoardListModel>(createBoardListModel);
  const [open, setOpen] = useState<OpenBoard | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { boardId, join, overview } = route.value;

  useEffect(() => startRouting(), []);
  useEffect(() => startFocusRescue(), []);
  useEffect(() => () => boardList.dispose(), [boardList]);

  // An invite link opened in this browser: join, then show the board.
  useEffect(() => {
    if (!join || !boardList.loaded.value) return;
    void joinBoard(boardList, join).then((result) => {
      if (result.ok) navigate({ boardId: result.boardId, view: 'projects' });
      else {
        setProblem(result.error);
        location.hash = '';
      }
    });
  }, [join, boardList.loaded.value]);

  // With no board in the address, open the most recently used one.
  useEffect(() => {
    if (!boardId && !join && !overview && boardList.loaded.value && boardList.boards.value[0])
      navigate({ boardId: boardList.boards.value[0].id, view: 'projects' });
  }, [boardId, join, overview, boardList.loaded.value]);

  const entry = boardList.boards.value.find((b) => b.id === boardId);
  const access = entry ? accessOf(entry) : null;
  // Only a change between writing, reading and the drop box reopens the board (not sharing it, say).
  const viewOnly = access === 'read' || access === 'staff' ? access : undefined;
  useEffect(() => {
    if (!boardId || !boardList.loaded.value || access === 'drop') return;
    let cancelled = false;
    let current: OpenBoard | null = null;
    setOpen(null);
    setProblem(null);
    openBoard(boardId, () => boardList.settings.peek(), viewOnly).then(
      (board) => {
        if (cancelled) return board.close();
        current = board;
        board.replica.onDeleted(() => {
          boardList.forget(boardId);
          location.hash = '';
        });
        setOpen(board);
      },
      (error: unknown) => !cancelled && setProblem(t('app.cannotOpen', { reason: String(error) })),
    );
    return () => {
      cancelled = true;
      current?.close();
    };
  }, [boardId, boardList.loaded.value, viewOnly, access === 'drop']);

  const teamName = open?.session.team.value.name;
  useEffect(() => {
    if (open && boardList.boards.value.some((b) => b.id === open.boardId))
      boardList.touch(open.boardId, teamName || undefined, isPracticeLibrary(open.session.doc) ? 'practice-library' : 'board');
  }, [open, teamName]);

  let body: preact.JSX.Element;
  if (overview) body = <Overview boardList={boardList} />;
  else if (!boardId)
    body =
      boardList.loaded.value && !join ? (
        <Welcome boardList={boardList} problem={problem} />
      ) : (
        <p class="loading" role="status">
          {t('app.opening')}
        </p>
      );
  else if (access === 'drop' && entry) body = <DropOnly entry={entry} boardList={boardList} />;
  else if (problem)
    body = (
      <p role="alert" class="banner error">
        {problem}
      </p>
    );
  else if (!open || open.boardId !== boardId)
    body = (
      <p class="loading" role="status">
        {t('app.openingBoard')}
      </p>
    );
  else body = <BoardShell key={open.boardId} board={open} boardList={boardList} surface={surface} />;
  return (
    <BoardListContext.Provider value={boardList}>
      <PresenceContext.Provider value={open?.presence ?? null}>
        <div class={`app surface-${surface}`}>
          <ErrorBoundary key={overview ? 'overview' : (boardId ?? 'none')} area={overview ? 'The sponsors’ view' : 'This board'}>
            {body}
          </ErrorBoundary>
        </div>
      </PresenceContext.Provider>
    </BoardListContext.Provider>
  );
}
