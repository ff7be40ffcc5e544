import { byOrder, setAttendance, type Meeting } from '../../core';
import { hrefFor } from '../app/route';
import type { BoardSession } from '../model/session';

/** Who came: one checkbox per person on the team's roster. */
export function Attendance({ session, boardId, meeting }: { session: BoardSession; boardId: string; meeting: Meeting }) {
  const people = session.collections.people.live.value.slice().sort(byOrder);
  return (
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
  );
}
