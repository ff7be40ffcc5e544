import { useRef } from 'preact/hooks';
import { byOrder, deleteEntity, endMeeting, formatDuration, formatTime as clock, type Meeting } from '../../core';
import type { BoardSession } from '../model/session';
import { Agenda } from './Agenda';
import { Attendance } from './Attendance';
import { useTick } from './clock';
import { CurrentItem } from './CurrentItem';
import { NextMeeting } from './NextMeeting';
import { SinceLastMeeting } from './SinceLastMeeting';
import { t, tParts, uiLanguage } from '../i18n';

/** A meeting under way: its head (with End meeting), the current item, the agenda and attendance side by side. */
export function InProgress({
  session,
  boardId,
  meeting,
  duplicates,
  me,
}: {
  session: BoardSession;
  boardId: string;
  meeting: Meeting;
  duplicates: Meeting[];
  me: string;
}) {
  const items = session.collections.agenda.live.value.filter((i) => i.meetingId === meeting.id).sort(byOrder);
  const now = useTick(true);
  const endDialog = useRef<HTMLDialogElement>(null);
  return (
    <div class="stack meeting live">
      <div class="meeting-head">
        <h1>
          {t('meeting.title')} <span class="badge good">{t('meeting.inProgress')}</span>
        </h1>
        <p class="meta">
          {meeting.startedBy
            ? tParts('meeting.startedBy', { time: clock(meeting.startedAt), name: <bdi>{meeting.startedBy}</bdi> })
            : t('meeting.started', { time: clock(meeting.startedAt) })}{' '}
          · {t('meeting.soFar', { duration: formatDuration(now - meeting.startedAt, uiLanguage.value) })} ·{' '}
          {t('minutes.covered', { covered: items.filter((i) => i.covered).length, count: items.length })}
        </p>
        <button type="button" onClick={() => endDialog.current?.showModal()}>
          {t('meeting.end')}
        </button>
        {/* The app's own dialog, not the browser's confirm(): it traps focus, returns it, and reads as part of the page. */}
        <dialog ref={endDialog} class="dialog" aria-labelledby="end-meeting-title">
          <h2 id="end-meeting-title">{t('meeting.endTitle')}</h2>
          <p>{t('meeting.endHint')}</p>
          <div class="row">
            <button type="button" onClick={() => endDialog.current?.close()} autofocus>
              {t('meeting.keepGoing')}
            </button>
            <button
              type="button"
              class="primary"
              onClick={() => {
                endDialog.current?.close();
                session.run(endMeeting, { meetingId: meeting.id });
              }}
            >
              {t('meeting.end')}
            </button>
          </div>
        </dialog>
      </div>
      {duplicates.map((d) => (
        <p key={d.id} class="banner warning" role="status">
          {t('meeting.duplicate', { time: clock(d.startedAt) })}
          <button type="button" onClick={() => session.run(deleteEntity, { kind: 'meetings', id: d.id })}>
            {t('meeting.discardDuplicate')}
          </button>
        </p>
      ))}
      <div class="meeting-grid">
        <CurrentItem session={session} boardId={boardId} meeting={meeting} items={items} me={me} now={now} />
        <Agenda session={session} meeting={meeting} items={items} />
        <Attendance session={session} boardId={boardId} meeting={meeting} />
      </div>
      <NextMeeting session={session} />
      <SinceLastMeeting session={session} since={meeting.since} />
    </div>
  );
}
