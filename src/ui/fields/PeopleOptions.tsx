import { byOrder } from '../../core';
import type { BoardSession } from '../model/session';

/** The board's people as suggestions for an owner field (`list={id}`); a name typed in is still accepted. */
export function PeopleOptions({ session, id }: { session: BoardSession; id: string }) {
  const people = session.collections.people.live.value.slice().sort(byOrder);
  return (
    <datalist id={id}>
      {people.map((p) => (
        <option key={p.id} value={p.name} />
      ))}
    </datalist>
  );
}
