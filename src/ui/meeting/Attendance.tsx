import { byOrder, setAttendance, type Meeting } from '../../core';
import { hrefFor } from '../app/route';
import type { BoardSession } from '../model/session';
import { t, tParts } from '../i18n';

/** Who came: one checkbox per person on the team's roster. */
export function Attendance({ session, boardId, meeting }: { session: BoardSession; boardId: string; meeting: Meeting }) {
  const people = session.collections.people.live.value.slice().sort(byOrder);
  return (
    <section class="card attendance" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('attendance.title')}</h2>
      {people.length === 0 ? (
        <p class="empty">{tParts('attendance.addPeople', { team: <a href={hrefFor({ boardId, view: 'team' })}>{t('view.team')}</a> })}</p>
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
