import { useRef } from 'preact/hooks';
import { byOrder, deleteEntity, endMeeting, formatDuration, formatTime as clock, type Meeting } from '../../core';
import type { BoardSession } from '../model/session';
import { Agenda } from './Agenda';
import { Attendance } from './Attendance';
import { useTick } from './clock';
import { CurrentItem } from './CurrentItem';
import { NextMeeting } from './NextMeeting';
import { SinceLastMeeting } from './SinceLastMeeting';

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
          Team meeting <span class="badge good">In progress</span>
        </h1>
        <p class="meta">
          Started {clock(meeting.startedAt)}
          {meeting.startedBy && (
            <>
              {' '}
              by <bdi>{meeting.startedBy}</bdi>
            </>
          )}{' '}
          · {formatDuration(now - meeting.startedAt)} so far · {items.filter((i) => i.covered).length} of {items.length} items covered
        </p>
        <button type="button" onClick={() => endDialog.current?.showModal()}>
          End meeting
        </button>
        {/* The app's own dialog, not the browser's confirm(): it traps focus, returns it, and reads as part of the page. */}
        <dialog ref={endDialog} class="dialog" aria-labelledby="end-meeting-title">
          <h2 id="end-meeting-title">End the meeting?</h2>
          <p>Its minutes are kept on the board and can no longer change.</p>
          <div class="row">
            <button type="button" onClick={() => endDialog.current?.close()} autofocus>
              Keep the meeting going
            </button>
            <button
              type="button"
              class="primary"
              onClick={() => {
                endDialog.current?.close();
                session.run(endMeeting, { meetingId: meeting.id });
              }}
            >
              End meeting
            </button>
          </div>
        </dialog>
      </div>
      {duplicates.map((d) => (
        <p key={d.id} class="banner warning" role="status">
          A second meeting was started at the same moment ({clock(d.startedAt)}); everyone follows this one.
          <button type="button" onClick={() => session.run(deleteEntity, { kind: 'meetings', id: d.id })}>
            Discard the second meeting
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
