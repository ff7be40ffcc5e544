import { useEffect, useRef, useState } from 'preact/hooks';
import type { OpenBoard } from './openBoard';
import type { BoardListModel } from './boardList';
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
import { formatShortDay, isCoLead, isPracticeLibrary, localDay, meetingInProgress } from '../../core';
import { StaffWelcome } from './StaffWelcome';
import { PracticeLibraryView } from '../practice/PracticeLibraryView';
import { CompassView } from '../compass/CompassView';
import { ReportView } from '../report/ReportView';
import { openOptions, openOtherSurface, type Surface } from './surfaces';
import { ShareDialog } from '../rooms/ShareDialog';
import { PresenceBar } from '../rooms/PresenceBar';
import { WaitingForBoard } from '../rooms/WaitingForBoard';
import { SyncProblem } from '../rooms/SyncProblem';
import { ErrorBoundary } from './ErrorBoundary';

/** Puts focus on the current view's heading (or, before it is drawn, on the main region). */
const focusHeading = () => {
  const target = document.querySelector<HTMLElement>('#main h1') ?? document.getElementById('main');
  if (!target) return;
  target.tabIndex = -1;
  target.focus();
};

/** Header, navigation and the current view of one open board, plus the undo/redo keyboard shortcuts. */
export function BoardShell({ board, boardList, surface }: { board: OpenBoard; boardList: BoardListModel; surface: Surface }) {
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

  // Each view names itself in the window title, and moving to another view (or opening a project) puts
  // focus on its heading, so a screen reader says where the person is and Tab goes on from there.
  const practiceTitle = isPracticeLibrary(session.doc);
  const team = session.team.value.name;
  useEffect(() => {
    document.title = `${practiceTitle ? 'Practice library' : VIEW_LABELS[view]} · ${team || 'Team board'} · UBT Board`;
  }, [view, team, practiceTitle]);
  const shown = useRef(false);
  useEffect(() => {
    if (!shown.current) {
      shown.current = true;
      return;
    }
    const before = document.activeElement;
    const frame = requestAnimationFrame(() => {
      // Focus that moved into the new view meanwhile (a control the view focused, such as a new project's
      // title, or one the person tabbed to on a slow machine) stays where it is.
      const active = document.activeElement;
      if (active && active !== before && active !== document.body && document.getElementById('main')?.contains(active)) return;
      focusHeading();
    });
    return () => cancelAnimationFrame(frame);
  }, [view, itemId]);

  const props = { session, boardId: board.boardId };
  const live = meetingInProgress(session.collections.meetings.live.value).current !== null;
  const next = session.team.value.nextMeeting;
  const nextMeeting = next && next >= localDay() ? next : '';
  const practice = isPracticeLibrary(session.doc);
  const content = practice ? (
    <PracticeLibraryView {...props} boardList={boardList} />
  ) : (
    {
      team: <TeamView {...props} board={board} boardList={boardList} />,
      ideas: <IdeasView {...props} />,
      projects: <ProjectsView {...props} projectId={itemId} />,
      measures: <MeasuresView {...props} />,
      actions: <ActionsView {...props} />,
      meeting: <MeetingView {...props} meetingId={itemId} me={boardList.settings.value.displayName} />,
      compass: <CompassView {...props} />,
      report: <ReportView {...props} />,
    }[view]
  );

  return (
    <>
      <button
        type="button"
        class="skip-link"
        onClick={() => {
          // A button, not a link to #main: the address holds the route.
          focusHeading();
        }}
      >
        Skip to content
      </button>
      <header class="topbar">
        <div class="brand" aria-hidden="true">
          UBT
        </div>
        <ErrorBoundary area="The board list" inline>
          <BoardSwitcher boardList={boardList} currentId={board.boardId} teamName={session.team.value.name} />
        </ErrorBoundary>
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
          {!session.viewOnly && (
            <ErrorBoundary area="Invite" inline>
              <ShareDialog boardList={boardList} boardId={board.boardId} session={session} />
            </ErrorBoundary>
          )}
          <button type="button" onClick={() => void openOptions()}>
            Settings
          </button>
        </div>
      </header>
      <ErrorBoundary area="Who is here" inline>
        <PresenceBar session={session} />
      </ErrorBoundary>
      {!practice && (
        <nav class="views" aria-label="Board sections">
          {VIEWS.map((name) => (
            <a key={name} href={hrefFor({ boardId: board.boardId, view: name })} aria-current={name === view ? 'page' : undefined}>
              {VIEW_LABELS[name]}
              {name === 'meeting' && !live && nextMeeting && (
                <span class="next-on">
                  <span class="visually-hidden">, next on</span> {formatShortDay(nextMeeting)}
                </span>
              )}
              {name === 'meeting' && live && (
                <span class="live-dot" title="A meeting is in progress">
                  <span class="visually-hidden"> (in progress)</span>
                </span>
              )}
            </a>
          ))}
        </nav>
      )}
      {session.viewOnly ? (
        <p class="banner info read-only-banner" role="status">
          <span>
            <strong>Read-only.</strong>{' '}
            {session.viewOnly === 'staff'
              ? 'You see this board and follow it live. To add an idea or a +1, use Add to team board on any page (right-click, Alt+Shift+U or the toolbar button); co-leads make the changes.'
              : 'You see this board and follow it live, with the sponsors’ view and the reports. Your invite cannot change it.'}
          </span>
        </p>
      ) : (
        session.readOnly.value && (
          <p class="banner warning" role="status">
            This board was saved by a newer version of UBT Board. It is open read-only so nothing is lost: update the extension to edit it.
          </p>
        )
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
      <ErrorBoundary area="The sync status" inline>
        <SyncProblem presence={board.presence} />
      </ErrorBoundary>
      <ErrorBoundary area="The check against the board’s copies">
        <DamageBanner session={session} boardId={board.boardId} />
      </ErrorBoundary>
      {!practice && session.ready.value && session.viewOnly !== 'read' && !isCoLead(boardList.settings.value.role) && (
        <StaffWelcome boardId={board.boardId} team={session.team.value.name} />
      )}
      <ErrorBoundary area="The list of items that need attention">
        <NeedsAttentionPanel session={session} />
      </ErrorBoundary>
      <main id="main" class={`view view-${view}`}>
        {/* Keyed by view: moving to another view shows it afresh, whatever happened to this one. */}
        <ErrorBoundary key={practice ? 'practice' : view} area={practice ? 'The practice library' : `The ${VIEW_LABELS[view]} view`}>
          {session.ready.value ? content : <WaitingForBoard board={board} boardList={boardList} />}
        </ErrorBoundary>
      </main>
    </>
  );
}
