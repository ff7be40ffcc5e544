import { useContext, useState } from 'preact/hooks';
import { addPerson, byOrder, claimPerson, deleteEntity, ROLES, updatePerson, type Person, type Role, type RoleChoice } from '../../core';
import { BoardListContext, useMe } from '../app/context';
import type { BoardSession } from '../model/session';
import { ChoiceField, SelectField, ShortField } from '../fields/Inputs';
import { t } from '../i18n';

const roleLabel = (role: Role) => t(`role.${role}`);

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
      <h2 id="people-title">{t('people.title')}</h2>
      {people.length === 0 && <p class="empty">{t('people.none')}</p>}
      <ul class="people">
        {people.map((person) => (
          <li key={person.id} class="row">
            <ShortField
              label={t('people.nameOf', { name: person.name })}
              hideLabel
              value={person.name}
              onCommit={(value) => session.run(updatePerson, { id: person.id, name: value })}
            />
            {me.coLead ? (
              <ChoiceField
                label={t('people.roleOf', { name: person.name })}
                hideLabel
                value={person.role}
                options={person.role === 'sponsor' ? (['sponsor', ...ROLES] as Role[]) : ROLES}
                labels={roleLabel}
                onChange={(value) => value !== 'sponsor' && session.run(updatePerson, { id: person.id, role: value })}
              />
            ) : (
              <span class="role">{roleLabel(person.role)}</span>
            )}
            {person === mine ? (
              <span class="badge good">{t('people.you')}</span>
            ) : (
              !mine &&
              !person.userId && (
                <button type="button" class="quiet" aria-label={t('people.thisIsMeLabel', { name: person.name })} onClick={() => claim(person)}>
                  {t('people.thisIsMe')}
                </button>
              )
            )}
            {me.coLead && (
              <button
                type="button"
                class="quiet"
                aria-label={t('people.removeLabel', { name: person.name })}
                onClick={() => session.run(deleteEntity, { kind: 'people', id: person.id })}
              >
                {t('people.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!mine && people.length > 0 && <p class="hint">{t('people.claimHint')}</p>}
      {me.coLead && (
        <form class="row add" onSubmit={add} aria-label={t('people.addForm')}>
          <div class="field">
            <label for="person-name">{t('people.name')}</label>
            <input id="person-name" value={name} required onInput={(e) => setName(e.currentTarget.value)} />
          </div>
          <SelectField label={t('people.role')} value={role} options={ROLES} labels={roleLabel} onChange={setRole} />
          <button type="submit">{t('people.add')}</button>
        </form>
      )}
    </section>
  );
}
