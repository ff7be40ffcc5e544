import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { accessOf, findIdentifiers, MAX_PROSE, newCaptureId, randomId, similarIdeas, type Capture, type Idea, isolate, truncateText } from '../../core';
import { createBoardListModel, type BoardListModel } from '../app/boardList';
import { sendMessage } from '../../platform/messages';
import { loadCaptureStart, type CaptureStart } from './source';
import { keepDraftUntilJoined, type Draft } from '../../platform/drafts';
import { PrivacyCheck } from './PrivacyCheck';
import { SimilarIdeas } from './SimilarIdeas';
import { watchBoardIdeas } from './boardIdeas';
import { openBoardFromPopup, openSidePanelFromPopup } from './openers';
import { lastCaptureBoard } from '../../platform/marks';
import { t, tError, tParts, usePageTitle } from '../i18n';

/** The quick-add form: review what was captured, keep patient details off, pick the team, save. */
export function QuickAdd() {
  const [boardList] = useState<BoardListModel>(createBoardListModel);
  const [start, setStart] = useState<{ capture: CaptureStart; lastBoard: string | null } | null>(null);
  usePageTitle(t('capture.title'));
  useEffect(() => {
    void Promise.all([loadCaptureStart(), lastCaptureBoard.get()]).then(([capture, lastBoard]) => setStart({ capture, lastBoard }));
    return () => boardList.dispose();
  }, [boardList]);
  if (!start || !boardList.loaded.value)
    return (
      <p class="loading" role="status">
        {t('capture.reading')}
      </p>
    );
  if (boardList.boards.value.length === 0) return <NoBoardYet draft={start.capture.draft} />;
  return <QuickAddForm boardList={boardList} start={start.capture} lastBoard={start.lastBoard} />;
}

/** No board in this browser yet: the picked text waits, and is in the form once the person has joined. */
function NoBoardYet({ draft }: { draft: Draft }) {
  const waiting = draft.text.trim() !== '';
  // "Kept" is said once it is kept, not before: the window may be closed right after.
  const [kept, setKept] = useState(false);
  useEffect(() => {
    if (waiting) void keepDraftUntilJoined(draft).then(() => setKept(true));
  }, [draft, waiting]);
  return (
    <main class="quick-add">
      <h1>{t('capture.title')}</h1>
      <p>{t('capture.noBoard')}</p>
      {kept && (
        <div class="banner good" role="status">
          <p>{tParts('capture.kept', { title: <strong>{t('capture.title')}</strong> })}</p>
          <blockquote class="clamp">
            <bdi>{truncateText(draft.text, 300)}</bdi>
          </blockquote>
        </div>
      )}
      <button type="button" class="primary" onClick={() => void openBoardFromPopup()}>
        {t('capture.openToJoin')}
      </button>
    </main>
  );
}

function QuickAddForm({ boardList, start, lastBoard }: { boardList: BoardListModel; start: CaptureStart; lastBoard: string | null }) {
  const boards = useMemo(
    () => [...boardList.boards.value].sort((a, b) => Number(b.id === lastBoard) - Number(a.id === lastBoard)),
    [boardList.boards.value, lastBoard],
  );
  const [text, setText] = useState(start.draft.text);
  const [source, setSource] = useState(
    start.draft.sourceUrl || start.draft.sourceTitle ? { title: start.draft.sourceTitle, url: start.draft.sourceUrl } : null,
  );
  const [boardId, setBoardId] = useState(boards[0]!.id);
  const [note, setNote] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
  const [state, setState] = useState<{ kind: 'editing' | 'saving' } | { kind: 'saved'; message: string } | { kind: 'error'; message: string }>({
    kind: 'editing',
  });
  const textArea = useRef<HTMLTextAreaElement>(null);

  const findings = useMemo(() => findIdentifiers(text), [text]);
  useEffect(() => setConfirmed(false), [findings.length]);
  const [ideas, setIdeas] = useState<Idea[]>([]);
  const dropOnly = boards.find((b) => b.id === boardId)?.drop && accessOf(boards.find((b) => b.id === boardId)!) === 'drop';
  useEffect(() => {
    // A drop box alone has no board here to compare with (and opening one would create it).
    if (dropOnly) return setIdeas([]);
    const watch = watchBoardIdeas(boardId);
    const stop = watch.ideas.subscribe(setIdeas);
    return () => {
      stop();
      watch.dispose();
    };
  }, [boardId, dropOnly]);
  const similar = useMemo(() => similarIdeas(text, ideas), [text, ideas]);

  const tooLong = text.length > MAX_PROSE;
  const blocked = text.trim() === '' || tooLong || (findings.length > 0 && !confirmed) || state.kind === 'saving' || state.kind === 'saved';
  const team = boards.find((b) => b.id === boardId)?.name ?? t('capture.theTeam');
  const chosen = boards.find((b) => b.id === boardId);
  // A board this browser may only add to: the idea is sealed to its drop box, never written here.
  const sealed = !!chosen && (accessOf(chosen) === 'drop' || accessOf(chosen) === 'staff');

  const send = async (capture: Capture, message: string) => {
    setState({ kind: 'saving' });
    try {
      const answer = await sendMessage('ubt:capture', { capture });
      if (!answer.ok) throw new Error(answer.error);
      await lastCaptureBoard.set(boardId);
      setState({ kind: 'saved', message });
      setTimeout(() => window.close(), 1500);
    } catch (error) {
      setState({ kind: 'error', message: t('capture.notSaved', { reason: tError(error) }) });
    }
  };
  const save = (event: Event) => {
    event.preventDefault();
    if (blocked) return;
    void send(
      {
        type: 'idea',
        id: newCaptureId(randomId),
        boardId,
        text: text.trim(),
        note: note.trim(),
        author: anonymous ? '' : boardList.settings.peek().displayName,
        anonymous,
        sourceTitle: source?.title ?? '',
        sourceUrl: source?.url ?? '',
        privacy: [...new Set(findings.map((f) => f.kind))],
        createdAt: Date.now(),
      },
      sealed ? t('capture.savedSealed', { team: isolate(team) }) : t('capture.saved', { team: isolate(team) }),
    );
  };
  const vote = (idea: Idea) =>
    void send(
      { type: 'vote', id: newCaptureId(randomId), boardId, ideaId: idea.id, voterId: boardList.settings.peek().userId, createdAt: Date.now() },
      t('capture.voted', { idea: isolate(truncateText(idea.text, 60)) }),
    );

  return (
    <main class="quick-add">
      <h1>{t('capture.title')}</h1>
      <form onSubmit={save} class="stack">
        <div class="field">
          <label for="capture-text">{t('capture.idea')}</label>
          <textarea
            id="capture-text"
            ref={textArea}
            rows={4}
            value={text}
            aria-invalid={tooLong || findings.length > 0 ? true : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          {tooLong && (
            <p class="banner error" role="alert">
              {t('capture.tooLong', { length: text.length, max: MAX_PROSE })}
            </p>
          )}
        </div>
        <PrivacyCheck text={text} findings={findings} onChange={setText} confirmed={confirmed} onConfirm={setConfirmed} />
        {source && (
          <div class="source row wrap">
            <span class="grow">
              {tParts('capture.from', {
                source: (
                  <strong class="clamp" title={source.title || source.url}>
                    {source.title || source.url}
                  </strong>
                ),
              })}
              {source.title && source.url && <span class="meta source-url">{source.url}</span>}
            </span>
            <button type="button" class="quiet" onClick={() => setSource(null)}>
              {t('capture.removeSource')}
            </button>
          </div>
        )}
        <div class="field">
          <label for="capture-board">{t('capture.board')}</label>
          <select id="capture-board" value={boardId} onChange={(e) => setBoardId(e.currentTarget.value)}>
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="capture-note">{t('capture.note')}</label>
          <input id="capture-note" value={note} maxLength={200} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
        <label class="check">
          <input type="checkbox" checked={anonymous} aria-describedby="capture-anonymous-hint" onChange={(e) => setAnonymous(e.currentTarget.checked)} />{' '}
          {t('capture.anonymous')}
        </label>
        <p id="capture-anonymous-hint" class="hint">
          {anonymous ? t('capture.anonymousOn') : t('capture.anonymousOff')}
        </p>
        {/* Once saved, the idea just added would look like a similar one already there: the list goes. */}
        {state.kind !== 'saved' && <SimilarIdeas matches={similar} onVote={vote} busy={state.kind === 'saving'} />}
        {state.kind === 'saved' && (
          <p class="banner good" role="status">
            {state.message}
          </p>
        )}
        {state.kind === 'error' && (
          <p class="banner error" role="alert">
            {state.message}
          </p>
        )}
        <div class="row wrap">
          <button type="submit" class="primary" disabled={blocked}>
            {findings.length > 0 && confirmed ? t('capture.saveAnyway') : t('capture.save')}
          </button>
          <button type="button" onClick={() => void openBoardFromPopup()}>
            {t('capture.openBoard')}
          </button>
          {start.windowId !== null && (
            <button type="button" onClick={() => openSidePanelFromPopup(start.windowId!)}>
              {t('capture.openPanel')}
            </button>
          )}
        </div>
      </form>
    </main>
  );
}
