import { useContext, useState } from 'preact/hooks';
import { addPerson, byOrder, claimPerson, deleteEntity, ROLE_LABELS, ROLES, updatePerson, type Person, type Role, type RoleChoice } from '../../core';
import { BoardListContext, useMe } from '../app/context';
import type { BoardSession } from '../model/session';
import { ChoiceField, SelectField, ShortField } from '../fields/Inputs';

/** The team's people and their roles: co-leads, sponsors and members. */
export function People({ session }: { session: BoardSession }) {
  const people = session.collections.people.live.value.slice().sort(byOrder);
  const [name, setName] = useState('');
  const [role, setRole] = useState<RoleChoice>('member');
  const add = (event: Event) => {
    event.preventDefault();
    if (session.run(addPerson, { name, role }).ok) {
      setName('');
      // The next person is most often a member: the last role chosen is not carried over.
      setRole('member');
    }
  };
  const me = useMe();
  const boardList = useContext(BoardListContext);
  /** "This is me": the person becomes this browser's, and Settings takes the name and role the co-leads gave them. */
  const claim = (person: Person) => {
    if (!session.run(claimPerson, { personId: person.id }).ok || !boardList) return;
    const settings = boardList.settings.peek();
    boardList.saveSettings({ ...settings, displayName: settings.displayName || person.name, role: person.role === 'sponsor' ? settings.role : person.role });
  };
  const mine = people.find((p) => p.userId !== '' && p.userId === me.userId);
  return (
    <section class="card" aria-labelledby="people-title">
      <h2 id="people-title">People</h2>
      {people.length === 0 && (
        <p class="empty">
          No one yet. Add the co-leads first: a manager, a union co-lead and, where there is one, a physician co-lead; then your management, union and physician
          sponsors.
        </p>
      )}
      <ul class="people">
        {people.map((person) => (
          <li key={person.id} class="row">
            <ShortField
              label={`Name of ${person.name}`}
              hideLabel
              value={person.name}
              onCommit={(value) => session.run(updatePerson, { id: person.id, name: value })}
            />
            {me.coLead ? (
              <ChoiceField
                label={`Role of ${person.name}`}
                hideLabel
                value={person.role}
                options={person.role === 'sponsor' ? (['sponsor', ...ROLES] as Role[]) : ROLES}
                labels={ROLE_LABELS}
                onChange={(value) => value !== 'sponsor' && session.run(updatePerson, { id: person.id, role: value })}
              />
            ) : (
              <span class="role">{ROLE_LABELS[person.role]}</span>
            )}
            {person === mine ? (
              <span class="badge good">You</span>
            ) : (
              !mine &&
              !person.userId && (
                <button type="button" class="quiet" aria-label={`This is me: ${person.name}`} onClick={() => claim(person)}>
                  This is me
                </button>
              )
            )}
            {me.coLead && (
              <button
                type="button"
                class="quiet"
                aria-label={`Remove ${person.name}`}
                onClick={() => session.run(deleteEntity, { kind: 'people', id: person.id })}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {!mine && people.length > 0 && <p class="hint">Choose “This is me” beside your name, so that you can record your own agreement.</p>}
      {me.coLead && (
        <form class="row add" onSubmit={add} aria-label="Add a person">
          <div class="field">
            <label for="person-name">Name</label>
            <input id="person-name" value={name} required onInput={(e) => setName(e.currentTarget.value)} />
          </div>
          <SelectField label="Role" value={role} options={ROLES} labels={ROLE_LABELS} onChange={setRole} />
          <button type="submit">Add person</button>
        </form>
      )}
    </section>
  );
}
