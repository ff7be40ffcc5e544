import { useEffect, useState } from 'preact/hooks';
import type { OpenBoard } from './openBoard';
import type { LibraryModel } from './library';
import type { Surface } from './App';
import { hrefFor, route, VIEW_LABELS, VIEWS } from './route';
import { BoardSwitcher } from '../boards/BoardSwitcher';
import { NeedsAttentionPanel } from './NeedsAttentionPanel';
import { DamageBanner } from './DamageBanner';
import { TeamView } from '../team/TeamView';
import { IdeasView } from '../ideas/IdeasView';
import { ProjectsView } from '../projects/ProjectsView';
import { MeasuresView } from '../measures/MeasuresView';
import { ActionsView } from '../actions/ActionsView';
import { MeetingView } from '../meeting/MeetingView';
import { isCoLead, isPracticeLibrary, meetingInProgress } from '../../core';
import { StaffWelcome } from './StaffWelcome';
import { PracticeLibraryView } from '../practice/PracticeLibraryView';
import { CompassView } from '../compass/CompassView';
import { ReportView } from '../report/ReportView';
import { openOptions, openOtherSurface } from './surfaces';
import { ShareDialog } from '../rooms/ShareDialog';
import { PresenceBar } from '../rooms/PresenceBar';
import { WaitingForBoard } from '../rooms/WaitingForBoard';
import { SyncProblem } from '../rooms/SyncProblem';

/** Header, navigation and the current view of one open board, plus the undo/redo keyboard shortcuts. */
export function BoardShell({ board, library, surface }: { board: OpenBoard; library: LibraryModel; surface: Surface }) {
  const { session } = board;
  const { view, itemId } = route.value;
  const [otherError, setOtherError] = useState<string | null>(null);

  useEffect(() => {
    // For the open-large-board benchmark: the board is on screen and takes input from here on.
    performance.mark('ubt:board-interactive', { detail: { boardId: board.boardId } });
  }, [board]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) session.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') session.redo();
      else return;
      // Our undo covers text fields too (they are part of the shared document), so the browser's own must not run.
      event.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [session]);

  const props = { session, boardId: board.boardId };
  const live = meetingInProgress(session.collections.meetings.live.value).current !== null;
  const practice = isPracticeLibrary(session.doc);
  const content = practice ? (
    <PracticeLibraryView {...props} library={library} />
  ) : (
    {
      team: <TeamView {...props} board={board} library={library} />,
      ideas: <IdeasView {...props} />,
      projects: <ProjectsView {...props} projectId={itemId} />,
      measures: <MeasuresView {...props} />,
      actions: <ActionsView {...props} />,
      meeting: <MeetingView {...props} meetingId={itemId} me={library.settings.value.displayName} />,
      compass: <CompassView {...props} />,
      report: <ReportView {...props} />,
    }[view]
  );

  return (
    <>
      <header class="topbar">
        <div class="brand" aria-hidden="true">
          UBT
        </div>
        <BoardSwitcher library={library} currentId={board.boardId} teamName={session.team.value.name} />
        <div class="toolbar" role="toolbar" aria-label="Edit history and views">
          <button type="button" onClick={session.undo} disabled={!session.canUndo.value} title="Undo your last edit (Ctrl+Z)">
            Undo
          </button>
          <button type="button" onClick={session.redo} disabled={!session.canRedo.value} title="Redo (Ctrl+Shift+Z)">
            Redo
          </button>
          <button
            type="button"
            onClick={() => openOtherSurface(surface, hrefFor({ boardId: board.boardId, view, itemId })).catch((e: unknown) => setOtherError(String(e)))}
          >
            {surface === 'tab' ? 'Open side panel' : 'Open in a tab'}
          </button>
          <ShareDialog library={library} boardId={board.boardId} />
          <button type="button" onClick={() => void openOptions()}>
            Settings
          </button>
        </div>
      </header>
      <PresenceBar session={session} />
      {!practice && (
        <nav class="views" aria-label="Board sections">
          {VIEWS.map((name) => (
            <a key={name} href={hrefFor({ boardId: board.boardId, view: name })} aria-current={name === view ? 'page' : undefined}>
              {VIEW_LABELS[name]}
              {name === 'meeting' && live && (
                <span class="live-dot" title="A meeting is in progress">
                  <span class="visually-hidden"> (in progress)</span>
                </span>
              )}
            </a>
          ))}
        </nav>
      )}
      {session.readOnly.value && (
        <p class="banner warning" role="status">
          This board was saved by a newer version of UBT Board. It is open read-only so nothing is lost: update the extension to edit it.
        </p>
      )}
      {session.error.value && (
        <div class="banner error" role="alert">
          <span>{session.error.value}</span>
          <button type="button" class="link" onClick={session.clearError}>
            Dismiss
          </button>
        </div>
      )}
      {otherError && (
        <p class="banner error" role="alert">
          {otherError}
        </p>
      )}
      <SyncProblem presence={board.presence} />
      <DamageBanner session={session} boardId={board.boardId} />
      {!practice && session.ready.value && !isCoLead(library.settings.value.role) && <StaffWelcome boardId={board.boardId} team={session.team.value.name} />}
      <NeedsAttentionPanel session={session} />
      <main id="main" class={`view view-${view}`}>
        {session.ready.value ? content : <WaitingForBoard board={board} library={library} />}
      </main>
    </>
  );
}
