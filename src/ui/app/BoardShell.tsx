import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { OpenBoard } from './openBoard';
import type { BoardListModel } from './boardList';
import { hrefFor, route, VIEWS } from './route';
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
import { t, uiLanguage, usePageTitle } from '../i18n';

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
  const title = t('shell.title', { view: practiceTitle ? t('shell.practiceLibrary') : t(`view.${view}`), team: team || t('shell.teamBoard') });
  usePageTitle(title);
  const shown = useRef(false);
  // A layout effect, so `before` is what had focus as the view changed: run after paint, it could already be
  // a control the person had clicked or tabbed to in the new view, which then lost focus to the heading.
  useLayoutEffect(() => {
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
        {t('shell.skip')}
      </button>
      <header class="topbar">
        <div class="brand" aria-hidden="true">
          UBT
        </div>
        <ErrorBoundary area="The board list" inline>
          <BoardSwitcher boardList={boardList} currentId={board.boardId} teamName={session.team.value.name} />
        </ErrorBoundary>
        <div class="toolbar" role="toolbar" aria-label={t('shell.toolbar')}>
          <button type="button" onClick={session.undo} disabled={!session.canUndo.value} title={t('shell.undoHint')}>
            {t('shell.undo')}
          </button>
          <button type="button" onClick={session.redo} disabled={!session.canRedo.value} title={t('shell.redoHint')}>
            {t('shell.redo')}
          </button>
          <button
            type="button"
            onClick={() => openOtherSurface(surface, hrefFor({ boardId: board.boardId, view, itemId })).catch((e: unknown) => setOtherError(String(e)))}
          >
            {surface === 'tab' ? t('shell.openPanel') : t('shell.openTab')}
          </button>
          {!session.viewOnly && (
            <ErrorBoundary area="Invite" inline>
              <ShareDialog boardList={boardList} boardId={board.boardId} session={session} />
            </ErrorBoundary>
          )}
          <button type="button" onClick={() => void openOptions()}>
            {t('shell.settings')}
          </button>
        </div>
      </header>
      <ErrorBoundary area="Who is here" inline>
        <PresenceBar session={session} />
      </ErrorBoundary>
      {!practice && (
        <nav class="views" aria-label={t('shell.sections')}>
          {VIEWS.map((name) => (
            <a key={name} href={hrefFor({ boardId: board.boardId, view: name })} aria-current={name === view ? 'page' : undefined}>
              {t(`view.${name}`)}
              {name === 'meeting' && !live && nextMeeting && (
                <span class="next-on">
                  <span class="visually-hidden">{t('shell.nextOn')}</span> {formatShortDay(nextMeeting, uiLanguage.value)}
                </span>
              )}
              {name === 'meeting' && live && (
                <span class="live-dot" title={t('shell.meetingLive')}>
                  <span class="visually-hidden">{t('shell.inProgress')}</span>
                </span>
              )}
            </a>
          ))}
        </nav>
      )}
      {session.viewOnly ? (
        <p class="banner info read-only-banner" role="status">
          <span>
            <strong>{t('shell.readOnly')}</strong> {session.viewOnly === 'staff' ? t('shell.readOnlyStaff') : t('shell.readOnlySponsor')}
          </span>
        </p>
      ) : (
        session.readOnly.value && (
          <p class="banner warning" role="status">
            {t('shell.newerVersion')}
          </p>
        )
      )}
      {session.error.value && (
        <div class="banner error" role="alert">
          <span>{session.error.value}</span>
          <button type="button" class="link" onClick={session.clearError}>
            {t('shell.dismiss')}
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
        <ErrorBoundary key={practice ? 'practice' : view} area={practice ? t('shell.practiceLibrary') : t('shell.viewArea', { view: t(`view.${view}`) })}>
          {session.ready.value ? content : <WaitingForBoard board={board} boardList={boardList} />}
        </ErrorBoundary>
      </main>
    </>
  );
}
