import { useState } from 'preact/hooks';
import { addAction, deleteEntity, updateAction, byOrder, dueState, formatDay, isolate, localDay, nameFromText, type Action } from '../../core';
import { useMe } from '../app/context';
import type { BoardSession } from '../model/session';
import { ShortField } from '../fields/Inputs';
import { PastDate } from '../fields/PastDate';
import { PeopleOptions } from '../fields/PeopleOptions';
import { hrefFor } from '../app/route';

/** Who does what by when. Open actions first; overdue ones stand out. */
export function ActionsView({ session, boardId }: { session: BoardSession; boardId: string }) {
  const me = useMe();
  const actions = session.collections.actions.live.value
    .slice()
    .sort(byOrder)
    .sort((a, b) => Number(a.done) - Number(b.done));
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const today = localDay();
  const add = (event: Event) => {
    event.preventDefault();
    if (session.run(addAction, { text, owner, due }).ok) {
      setText('');
      setOwner('');
      setDue('');
    }
  };
  return (
    <div class="stack">
      <h1>Actions</h1>
      {actions.length === 0 && <p class="empty">No actions yet.</p>}
      <ul class="actions">
        {actions.map((a, i) => {
          const due = a.done ? 'none' : dueState(a.due, today);
          const named = `action “${isolate(nameFromText(a.text))}”`;
          const overdue = due === 'overdue';
          return (
            <li key={a.id} class={`card row wrap action${a.done ? ' done' : ''}${overdue ? ' overdue' : ''}`}>
              <label class="check">
                <input type="checkbox" checked={a.done} onChange={(e) => session.run(updateAction, { id: a.id, done: e.currentTarget.checked })} />
                <span class="visually-hidden">Done: {nameFromText(a.text)}</span>
              </label>
              <div class="grow">
                <ShortField
                  label={`Action ${i + 1} of ${actions.length}`}
                  hideLabel
                  value={a.text}
                  onCommit={(t) => session.run(updateAction, { id: a.id, text: t })}
                />
              </div>
              <ShortField
                label="Owner"
                name={`Owner of ${named}`}
                list="action-people"
                value={a.owner}
                onCommit={(o) => session.run(updateAction, { id: a.id, owner: o })}
              />
              <ShortField
                label="Due"
                name={`Due date of ${named}`}
                type="date"
                value={a.due}
                onCommit={(d) => session.run(updateAction, { id: a.id, due: d })}
              />
              {overdue && <span class="badge bad">Overdue</span>}
              <ActionOrigin session={session} boardId={boardId} action={a} />
              {due === 'today' && <span class="badge warn">Due today</span>}
              {me.coLead && (
                <button type="button" class="quiet" aria-label={`Delete ${named}`} onClick={() => session.run(deleteEntity, { kind: 'actions', id: a.id })}>
                  Delete
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <form class="card row wrap add" onSubmit={add} aria-label="Add an action">
        <div class="field grow">
          <label for="action-text">New action</label>
          <input id="action-text" value={text} required onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="action-owner">Owner</label>
          <input id="action-owner" list="action-people" value={owner} onInput={(e) => setOwner(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="action-due">Due</label>
          <input id="action-due" type="date" value={due} aria-describedby="action-due-past" onInput={(e) => setDue(e.currentTarget.value)} />
        </div>
        <button type="submit" class="primary" disabled={session.readOnly.value}>
          Add action
        </button>
        <PastDate id="action-due-past" day={due} />
      </form>
      <PeopleOptions session={session} id="action-people" />
    </div>
  );
}

/** Where an action came from and what it belongs to: its project, and the meeting item it was agreed on. */
function ActionOrigin({ session, boardId, action }: { session: BoardSession; boardId: string; action: Action }) {
  const project = action.projectId ? session.collections.projects.entity(action.projectId).value : null;
  const meeting = action.meetingId ? session.collections.meetings.entity(action.meetingId).value : null;
  const item = action.agendaItemId ? session.collections.agenda.entity(action.agendaItemId).value : null;
  if (!project?.ok && !meeting?.ok) return null;
  return (
    <p class="meta action-origin">
      {project?.ok && (
        <>
          Project <a href={hrefFor({ boardId, view: 'projects', itemId: project.value.id })}>{project.value.title}</a>
        </>
      )}
      {project?.ok && meeting?.ok && ' · '}
      {meeting?.ok && (
        <>
          From the <a href={hrefFor({ boardId, view: 'meeting', itemId: meeting.value.id })}>meeting of {formatDay(localDay(meeting.value.startedAt))}</a>
          {item?.ok && (
            <>
              : <bdi>{item.value.title}</bdi>
            </>
          )}
        </>
      )}
    </p>
  );
}
