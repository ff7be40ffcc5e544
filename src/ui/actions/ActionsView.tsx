import { useState } from 'preact/hooks';
import { addAction, deleteEntity, updateAction, byOrder, dueState, isolate, localDay, nameFromText, type Action } from '../../core';
import { useMe } from '../app/context';
import type { BoardSession } from '../model/session';
import { ShortField } from '../fields/Inputs';
import { PastDate } from '../fields/PastDate';
import { PeopleOptions } from '../fields/PeopleOptions';
import { hrefFor } from '../app/route';
import { t, tDay, tNumber, tParts } from '../i18n';

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
      <h1>{t('actions.title')}</h1>
      {actions.length === 0 && <p class="empty">{t('actions.none')}</p>}
      <ul class="actions">
        {actions.map((a, i) => {
          const due = a.done ? 'none' : dueState(a.due, today);
          const named = t('actions.named', { text: isolate(nameFromText(a.text)) });
          const overdue = due === 'overdue';
          return (
            <li key={a.id} class={`card row wrap action${a.done ? ' done' : ''}${overdue ? ' overdue' : ''}`}>
              <label class="check">
                <input type="checkbox" checked={a.done} onChange={(e) => session.run(updateAction, { id: a.id, done: e.currentTarget.checked })} />
                <span class="visually-hidden">{t('actions.done', { text: nameFromText(a.text) })}</span>
              </label>
              <div class="grow">
                <ShortField
                  label={t('actions.nth', { n: tNumber(i + 1), total: tNumber(actions.length) })}
                  hideLabel
                  value={a.text}
                  onCommit={(t) => session.run(updateAction, { id: a.id, text: t })}
                />
              </div>
              <ShortField
                label={t('actions.owner')}
                name={t('actions.ownerOf', { action: named })}
                list="action-people"
                value={a.owner}
                onCommit={(o) => session.run(updateAction, { id: a.id, owner: o })}
              />
              <ShortField
                label={t('actions.due')}
                name={t('actions.dueOf', { action: named })}
                type="date"
                value={a.due}
                onCommit={(d) => session.run(updateAction, { id: a.id, due: d })}
              />
              {overdue && <span class="badge bad">{t('actions.overdue')}</span>}
              <ActionOrigin session={session} boardId={boardId} action={a} />
              {due === 'today' && <span class="badge warn">{t('actions.dueToday')}</span>}
              {me.coLead && (
                <button
                  type="button"
                  class="quiet"
                  aria-label={t('actions.deleteLabel', { action: named })}
                  onClick={() => session.run(deleteEntity, { kind: 'actions', id: a.id })}
                >
                  {t('actions.delete')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <form class="card row wrap add" onSubmit={add} aria-label={t('actions.addForm')}>
        <div class="field grow">
          <label for="action-text">{t('actions.new')}</label>
          <input id="action-text" value={text} required onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="action-owner">{t('actions.owner')}</label>
          <input id="action-owner" list="action-people" value={owner} onInput={(e) => setOwner(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="action-due">{t('actions.due')}</label>
          <input id="action-due" type="date" value={due} aria-describedby="action-due-past" onInput={(e) => setDue(e.currentTarget.value)} />
        </div>
        <button type="submit" class="primary" disabled={session.readOnly.value}>
          {t('actions.add')}
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
      {project?.ok &&
        tParts('actions.project', { project: <a href={hrefFor({ boardId, view: 'projects', itemId: project.value.id })}>{project.value.title}</a> })}
      {project?.ok && meeting?.ok && ' · '}
      {meeting?.ok && (
        <>
          {tParts('actions.fromMeeting', {
            meeting: (
              <a href={hrefFor({ boardId, view: 'meeting', itemId: meeting.value.id })}>
                {t('actions.meetingOf', { day: tDay(localDay(meeting.value.startedAt)) })}
              </a>
            ),
          })}
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
