import { useState } from 'preact/hooks';
import { addAction, deleteEntity, updateAction, byOrder, dueState, localDay } from '../../core';
import type { BoardSession } from '../model/session';
import { ShortField } from '../fields/Inputs';

/** Who does what by when. Open actions first; overdue ones stand out. */
export function ActionsView({ session }: { session: BoardSession; boardId: string }) {
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
        {actions.map((a) => {
          const due = a.done ? 'none' : dueState(a.due, today);
          const overdue = due === 'overdue';
          return (
            <li key={a.id} class={`card row wrap action${a.done ? ' done' : ''}${overdue ? ' overdue' : ''}`}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={a.done}
                  onChange={(e) => session.run(updateAction, { id: a.id, done: (e.currentTarget as HTMLInputElement).checked })}
                />
                <span class="visually-hidden">Done: {a.text}</span>
              </label>
              <div class="grow">
                <ShortField label={`Action`} hideLabel value={a.text} onCommit={(t) => session.run(updateAction, { id: a.id, text: t })} />
              </div>
              <ShortField label="Owner" value={a.owner} onCommit={(o) => session.run(updateAction, { id: a.id, owner: o })} />
              <ShortField label="Due" type="date" value={a.due} onCommit={(d) => session.run(updateAction, { id: a.id, due: d })} />
              {overdue && <span class="badge bad">Overdue</span>}
              {due === 'today' && <span class="badge warn">Due today</span>}
              <button
                type="button"
                class="quiet"
                aria-label={`Delete action ${a.text}`}
                onClick={() => session.run(deleteEntity, { kind: 'actions', id: a.id })}
              >
                Delete
              </button>
            </li>
          );
        })}
      </ul>
      <form class="card row wrap add" onSubmit={add} aria-label="Add an action">
        <div class="field grow">
          <label for="action-text">New action</label>
          <input id="action-text" value={text} required onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="action-owner">Owner</label>
          <input id="action-owner" value={owner} onInput={(e) => setOwner((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="action-due">Due</label>
          <input id="action-due" type="date" value={due} onInput={(e) => setDue((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <button type="submit" class="primary" disabled={session.readOnly.value}>
          Add action
        </button>
      </form>
    </div>
  );
}
