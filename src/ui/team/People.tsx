import { useState } from 'preact/hooks';
import { addPerson, byOrder, deleteEntity, ROLE_LABELS, ROLES, updatePerson, type Role, type RoleChoice } from '../../core';
import type { BoardSession } from '../model/session';
import { SelectField, ShortField } from '../fields/Inputs';

/** The team's people and their roles: co-leads, sponsors and members. */
export function People({ session }: { session: BoardSession }) {
  const people = session.collections.people.live.value.slice().sort(byOrder);
  const [name, setName] = useState('');
  const [role, setRole] = useState<RoleChoice>('member');
  const add = (event: Event) => {
    event.preventDefault();
    if (session.run(addPerson, { name, role }).ok) setName('');
  };
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
            <SelectField
              label={`Role of ${person.name}`}
              hideLabel
              value={person.role}
              options={person.role === 'sponsor' ? (['sponsor', ...ROLES] as Role[]) : ROLES}
              labels={ROLE_LABELS}
              onChange={(value) => value !== 'sponsor' && session.run(updatePerson, { id: person.id, role: value })}
            />
            <button
              type="button"
              class="quiet"
              aria-label={`Remove ${person.name}`}
              onClick={() => session.run(deleteEntity, { kind: 'people', id: person.id })}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form class="row add" onSubmit={add} aria-label="Add a person">
        <div class="field">
          <label for="person-name">Name</label>
          <input id="person-name" value={name} required onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <SelectField label="Role" value={role} options={ROLES} labels={ROLE_LABELS} onChange={setRole} />
        <button type="submit">Add person</button>
      </form>
    </section>
  );
}
