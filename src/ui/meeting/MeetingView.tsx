import { useEffect, useRef, useState } from 'preact/hooks';
import {
  AGENDA_SOURCE_LABELS,
  addAction,
  addAgendaItem,
  addDecision,
  buildAgenda,
  byOrder,
  CHANGE_KIND_LABELS,
  changesSince,
  deleteEntity,
  endMeeting,
  formatDuration,
  goToAgendaItem,
  lastEndedMeeting,
  meetingInProgress,
  moveEntity,
  readBoard,
  setAttendance,
  startMeeting,
  type AgendaItem,
  type Meeting,
  localDay,
  projectOfAgendaItem,
  updateTeam,
  formatDay,
  plural,
  formatMoment,
  formatTime as clock,
} from '../../core';
import { ShortField } from '../fields/Inputs';
import { PastDate } from '../fields/PastDate';
import { PeopleOptions } from '../fields/PeopleOptions';
import { ItemChoices } from './ItemChoices';
import type { BoardSession } from '../model/session';
import { hrefFor } from '../app/route';
import { MinutesView } from './MinutesView';
import { Recorded } from './Recorded';

/** "3:07": minutes and seconds on the item clock. */
const stopwatch = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;

/** Re-renders every second while `on`, for the item timer. */
const useTick = (on: boolean): number => {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!on) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [on]);
  return now;
};

interface Props {
  session: BoardSession;
  boardId: string;
  /** A past meeting's id: its minutes. */
  meetingId: string | null;
  me: string;
}

/**
 * The team's standing meeting, run from the board by both co-leads at once: an agenda built from the board,
 * the current item and its timer shared live, attendance, decisions and actions recorded against the item,
 * what changed since the last meeting, and minutes when it ends.
 */
export function MeetingView({ session, boardId, meetingId, me }: Props) {
  const meetings = session.collections.meetings.live.value;
  const { current, duplicates } = meetingInProgress(meetings);
  if (meetingId && meetingId !== current?.id) return <MinutesView session={session} boardId={boardId} meetingId={meetingId} />;
  if (!current) return <NoMeeting session={session} boardId={boardId} me={me} meetings={meetings} />;
  return <InProgress session={session} boardId={boardId} meeting={current} duplicates={duplicates} me={me} />;
}

function NoMeeting({ session, boardId, me, meetings }: { session: BoardSession; boardId: string; me: string; meetings: Meeting[] }) {
  // Read on render: the preview follows the board while this page is open.
  void session.collections.ideas.all.value;
  void session.collections.cycles.all.value;
  void session.collections.actions.all.value;
  void session.collections.points.all.value;
  const board = readBoard(session.doc);
  const last = lastEndedMeeting(meetings);
  const preview = buildAgenda(board, localDay(), last?.endedAt ?? null);
  const past = meetings.filter((m) => m.endedAt !== null).sort((a, b) => b.startedAt - a.startedAt);
  return (
    <div class="stack meeting">
      <h1>Team meeting</h1>
      <section class="card">
        <h2>Start the meeting</h2>
        <p>
          The agenda builds itself from the board: {preview.length === 0 ? 'nothing is waiting today' : plural(preview.length, 'item')}. You can add, remove and
          reorder items once it starts. Everyone with the board open follows along.
        </p>
        {preview.length > 0 && (
          <ul class="agenda-preview">
            {preview.map((item) => (
              <li key={`${item.source}-${item.refId}`}>
                <span class="badge">{AGENDA_SOURCE_LABELS[item.source]}</span> <bdi>{item.title}</bdi>
                {item.detail && <span class="meta"> · {item.detail}</span>}
              </li>
            ))}
          </ul>
        )}
        <button type="button" class="primary" disabled={session.readOnly.value} onClick={() => session.run(startMeeting, { today: localDay(), startedBy: me })}>
          Start meeting
        </button>
      </section>
      <NextMeeting session={session} />
      <SinceLastMeeting session={session} since={last?.endedAt ?? null} />
      <section class="card">
        <h2>Minutes of past meetings</h2>
        {past.length === 0 ? (
          <p class="empty">No meetings yet.</p>
        ) : (
          <ul>
            {past.map((m) => (
              <li key={m.id}>
                <a href={hrefFor({ boardId, view: 'meeting', itemId: m.id })}>{formatMoment(m.startedAt)}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function InProgress({
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
  const people = session.collections.people.live.value.slice().sort(byOrder);
  const now = useTick(true);
  const currentIndex = items.findIndex((i) => i.id === meeting.currentItemId);
  const current = items[currentIndex] ?? null;
  const next = items.slice(currentIndex + 1).find((i) => !i.covered) ?? items[currentIndex + 1] ?? null;
  const turn = current && meeting.currentSince !== null ? Math.max(0, now - meeting.currentSince) : 0;
  const [freeTitle, setFreeTitle] = useState('');
  const endDialog = useRef<HTMLDialogElement>(null);
  const go = (itemId: string) => session.run(goToAgendaItem, { meetingId: meeting.id, itemId });
  const move = (item: AgendaItem, by: -1 | 1) => {
    const i = items.indexOf(item);
    const [after, before] = by === -1 ? [items[i - 2] ?? null, items[i - 1] ?? null] : [items[i + 1] ?? null, items[i + 2] ?? null];
    if ((by === -1 && i === 0) || (by === 1 && i === items.length - 1)) return;
    session.run(moveEntity, { kind: 'agenda', id: item.id, after: after?.id ?? null, before: before?.id ?? null });
  };
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
        {/* Announced when the item changes, never the clock: the timer below is outside any live region. */}
        <p class="visually-hidden" role="status">
          {current ? `Now item ${currentIndex + 1} of ${items.length}: ${current.title}` : ''}
        </p>
        <section class="card current-item" aria-labelledby="current-item-title">
          {current ? (
            <>
              <p class="meta">
                Item {currentIndex + 1} of {items.length} · {AGENDA_SOURCE_LABELS[current.source]}
              </p>
              <h2 id="current-item-title">
                <bdi>{current.title}</bdi>
              </h2>
              {current.detail && (
                <p>
                  <bdi>{current.detail}</bdi>
                </p>
              )}
              <p class="timer">
                <span class="timer-label">Time on this item</span> <span class="timer-value">{stopwatch(current.spentMs + turn)}</span>
              </p>
              <div class="row wrap">
                {next && (
                  <button type="button" class="primary" onClick={() => go(next.id)}>
                    Next item: <bdi>{next.title}</bdi>
                  </button>
                )}
                {current.refId && current.source !== 'free' && (
                  <a href={hrefFor({ boardId, view: viewOf(current), itemId: projectOf(session, current) })}>Open in the board</a>
                )}
              </div>
              <ItemChoices session={session} meeting={meeting} item={current} me={me} />
              <Record session={session} meeting={meeting} item={current} me={me} />
            </>
          ) : (
            <>
              <h2 id="current-item-title">No agenda item yet</h2>
              <p>Add an item to the agenda to start.</p>
            </>
          )}
        </section>
        <section class="card agenda" aria-labelledby="agenda-title">
          <h2 id="agenda-title">Agenda</h2>
          <ol class="agenda-list">
            {items.map((item, i) => (
              <li
                key={item.id}
                class={`agenda-item${item.id === current?.id ? ' current' : ''}${item.covered ? ' covered' : ''}`}
                aria-current={item.id === current?.id ? 'step' : undefined}
              >
                <button type="button" class="link agenda-go" onClick={() => go(item.id)}>
                  <span class="visually-hidden">Go to item {i + 1}: </span>
                  <span class="agenda-title">
                    <bdi>{item.title}</bdi>
                  </span>
                  <span class="meta">
                    {AGENDA_SOURCE_LABELS[item.source]}
                    {item.covered ? ' · covered' : ''}
                    {item.spentMs > 0 ? ` · ${formatDuration(item.spentMs)}` : ''}
                  </span>
                </button>
                <span class="agenda-tools">
                  <button type="button" class="quiet" aria-label={`Move up: ${item.title}`} disabled={i === 0} onClick={() => move(item, -1)}>
                    ↑
                  </button>
                  <button type="button" class="quiet" aria-label={`Move down: ${item.title}`} disabled={i === items.length - 1} onClick={() => move(item, 1)}>
                    ↓
                  </button>
                  <button
                    type="button"
                    class="quiet"
                    aria-label={`Remove from the agenda: ${item.title}`}
                    onClick={() => session.run(deleteEntity, { kind: 'agenda', id: item.id })}
                  >
                    ✕
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <form
            class="row wrap"
            aria-label="Add an agenda item"
            onSubmit={(e) => {
              e.preventDefault();
              if (session.run(addAgendaItem, { meetingId: meeting.id, title: freeTitle }).ok) setFreeTitle('');
            }}
          >
            <div class="field grow">
              <label for="agenda-new">New agenda item</label>
              <input id="agenda-new" value={freeTitle} required maxLength={200} onInput={(e) => setFreeTitle(e.currentTarget.value)} />
            </div>
            <button type="submit">Add item</button>
          </form>
        </section>
        <section class="card attendance" aria-labelledby="attendance-title">
          <h2 id="attendance-title">Attendance</h2>
          {people.length === 0 ? (
            <p class="empty">
              Add the team's people under <a href={hrefFor({ boardId, view: 'team' })}>Team &amp; charter</a> to record who came.
            </p>
          ) : (
            <ul class="attendees">
              {people.map((p) => (
                <li key={p.id}>
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={!!meeting.attendees[p.id]}
                      onChange={(e) => session.run(setAttendance, { meetingId: meeting.id, personId: p.id, present: e.currentTarget.checked })}
                    />{' '}
                    <bdi>{p.name}</bdi>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <NextMeeting session={session} />
      <SinceLastMeeting session={session} since={meeting.since} />
    </div>
  );
}

/** When the team meets next: shown in the board's navigation, and the agenda looks ahead to it. */
function NextMeeting({ session }: { session: BoardSession }) {
  const next = session.team.value.nextMeeting;
  const today = localDay();
  return (
    <section class="card next-meeting" aria-labelledby="next-meeting-title">
      <h2 id="next-meeting-title">Next meeting</h2>
      <div class="row wrap">
        <ShortField label="Date of the next meeting" type="date" value={next} onCommit={(nextMeeting) => session.run(updateTeam, { nextMeeting })} />
        <p class="meta">
          {next === ''
            ? 'Not set yet. Set it and the next agenda takes in the actions due before then.'
            : next < today
              ? `${formatDay(next)} has passed: set the next one.`
              : `${formatDay(next)}. Actions due before then come up on its agenda.`}
        </p>
      </div>
    </section>
  );
}

/** A test of change opens in its project. */
const projectOf = (session: BoardSession, item: AgendaItem): string | null => {
  if (item.source !== 'cycle' || !item.refId) return null;
  const cycle = session.collections.cycles.entity(item.refId).value;
  return cycle.ok ? cycle.value.projectId : null;
};

const viewOf = (item: AgendaItem) =>
  item.source === 'idea'
    ? 'ideas'
    : item.source === 'cycle'
      ? 'projects'
      : item.source === 'measure'
        ? 'measures'
        : item.source === 'action'
          ? 'actions'
          : 'meeting';

/** Decisions and actions for the current item, in a few keystrokes; what has been recorded so far. */
function Record({ session, meeting, item, me }: { session: BoardSession; meeting: Meeting; item: AgendaItem; me: string }) {
  const [decision, setDecision] = useState('');
  const [action, setAction] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const decisions = session.collections.decisions.live.value.filter((d) => d.agendaItemId === item.id);
  const actions = session.collections.actions.live.value.filter((a) => a.agendaItemId === item.id);
  // The action belongs to the project the item is about, so it shows there and in the project's report.
  void session.collections.ideas.all.value;
  void session.collections.cycles.all.value;
  void session.collections.projects.all.value;
  const projectId = projectOfAgendaItem(readBoard(session.doc), item);
  return (
    <div class="record">
      <form
        class="row wrap"
        aria-label="Record a decision"
        onSubmit={(e) => {
          e.preventDefault();
          if (session.run(addDecision, { meetingId: meeting.id, agendaItemId: item.id, text: decision, by: me }).ok) setDecision('');
        }}
      >
        <div class="field grow">
          <label for="decision-text">Decision</label>
          <input id="decision-text" value={decision} required maxLength={200} onInput={(e) => setDecision(e.currentTarget.value)} />
        </div>
        <button type="submit">Record decision</button>
      </form>
      <form
        class="row wrap"
        aria-label="Add an action from this item"
        onSubmit={(e) => {
          e.preventDefault();
          if (session.run(addAction, { text: action, owner, due, projectId, meetingId: meeting.id, agendaItemId: item.id }).ok) {
            setAction('');
            setOwner('');
            setDue('');
          }
        }}
      >
        <div class="field grow">
          <label for="meeting-action">Action</label>
          <input id="meeting-action" value={action} required maxLength={200} onInput={(e) => setAction(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="meeting-owner">Owner</label>
          <input id="meeting-owner" list="meeting-people" value={owner} maxLength={200} onInput={(e) => setOwner(e.currentTarget.value)} />
          <PeopleOptions session={session} id="meeting-people" />
        </div>
        <div class="field">
          <label for="meeting-due">Due</label>
          <input id="meeting-due" type="date" value={due} aria-describedby="meeting-due-past" onInput={(e) => setDue(e.currentTarget.value)} />
        </div>
        <button type="submit">Add action</button>
        <PastDate id="meeting-due-past" day={due} />
      </form>
      <Recorded decisions={decisions} actions={actions} label="Recorded for this item" />
    </div>
  );
}

/** What changed on the board since the previous meeting ended, newest first, with who changed it. */
function SinceLastMeeting({ session, since }: { session: BoardSession; since: number | null }) {
  for (const kind of ['ideas', 'projects', 'cycles', 'measures', 'points', 'actions'] as const) void session.collections[kind].all.value;
  if (since === null)
    return (
      <section class="card since">
        <h2>Since the last meeting</h2>
        <p class="empty">This is the team's first meeting on the board: from the next one on, this lists what changed in between.</p>
      </section>
    );
  const changes = changesSince(session.doc, since);
  const shown = changes.slice(0, 50);
  return (
    <section class="card since">
      <h2>Since the last meeting ({formatMoment(since)})</h2>
      {changes.length === 0 ? (
        <p class="empty">Nothing changed on the board in between.</p>
      ) : (
        <ul>
          {shown.map((c) => (
            <li key={`${c.kind}-${c.id}`}>
              <span class="badge">{CHANGE_KIND_LABELS[c.kind]}</span> <bdi>{c.title}</bdi> <span class="meta">{c.what}</span>
              {c.by && (
                <span class="meta">
                  {' '}
                  by <bdi>{c.by}</bdi>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {changes.length > shown.length && <p class="meta">and {changes.length - shown.length} more.</p>}
    </section>
  );
}
