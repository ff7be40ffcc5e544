import { buildMinutes, formatDay, isolate, itemMeta, readBoard, localDay } from '../../core';
import type { BoardSession } from '../model/session';
import { hrefFor } from '../app/route';
import { downloadText, fileStem } from '../report/download';
import { renderMinutesMarkdown } from '../../core';
import { openPrintPage } from '../report/printLink';
import { Recorded } from './Recorded';

/** A past meeting's minutes: attendees, each agenda item with its time, decisions and actions; export and print. */
export function MinutesView({ session, boardId, meetingId }: { session: BoardSession; boardId: string; meetingId: string }) {
  void session.collections.meetings.all.value;
  void session.collections.agenda.all.value;
  void session.collections.decisions.all.value;
  void session.collections.actions.all.value;
  const minutes = buildMinutes(readBoard(session.doc), meetingId);
  if (!minutes)
    return (
      <div class="stack">
        <h1>Minutes</h1>
        <p class="empty">
          This meeting is not on the board (it may have been deleted). <a href={hrefFor({ boardId, view: 'meeting' })}>Back to the meeting page</a>
        </p>
      </div>
    );
  const m = minutes.meeting;
  const day = formatDay(localDay(m.startedAt));
  const allActions = [...minutes.items.flatMap((i) => i.actions), ...minutes.actions];
  return (
    <div class="stack minutes">
      <p>
        <a href={hrefFor({ boardId, view: 'meeting' })}>← Meeting page</a>
      </p>
      <h1>Minutes: team meeting, {day}</h1>
      <p class="meta">
        {minutes.coveredCount} of {minutes.items.length} items covered
        {m.startedBy && (
          <>
            {' '}
            · started by <bdi>{m.startedBy}</bdi>
          </>
        )}
      </p>
      <div class="row wrap">
        <button
          type="button"
          onClick={() => downloadText(`${fileStem(minutes.team, new Date(m.startedAt))}-minutes.md`, renderMinutesMarkdown(minutes), 'text/markdown')}
        >
          Download minutes (Markdown)
        </button>
        <button type="button" onClick={() => openPrintPage(boardId, { minutes: meetingId })}>
          Open printable minutes
        </button>
      </div>
      <section class="card">
        <h2>Attendees</h2>
        {minutes.attendees.length ? <p>{minutes.attendees.map(isolate).join(', ')}</p> : <p class="empty">No attendance was recorded.</p>}
        {minutes.absent.length > 0 && (
          <p>
            <strong>Absent:</strong> {minutes.absent.map(isolate).join(', ')}
          </p>
        )}
      </section>
      <section class="card">
        <h2>Agenda</h2>
        <ol class="minutes-items">
          {minutes.items.map(({ item, decisions, actions }) => (
            <li key={item.id} class={item.covered ? '' : 'not-covered'}>
              <strong>
                <bdi>{item.title}</bdi>
              </strong>
              {!item.covered && <span class="meta"> (not covered)</span>}
              <div class="meta">
                <bdi>{itemMeta(item)}</bdi>
              </div>
              <Recorded decisions={decisions} actions={actions} />
            </li>
          ))}
        </ol>
      </section>
      {minutes.decisions.length > 0 && (
        <section class="card">
          <h2>Other decisions</h2>
          <Recorded decisions={minutes.decisions} actions={[]} />
        </section>
      )}
      <section class="card">
        <h2>Actions</h2>
        {allActions.length === 0 ? <p class="empty">No actions were recorded.</p> : <Recorded decisions={[]} actions={allActions} />}
      </section>
    </div>
  );
}
