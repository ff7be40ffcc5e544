import { COMPASS_LABELS, compassGroups, PROJECT_STATUS_LABELS } from '../../core';
import type { BoardSession } from '../model/session';
import { hrefFor } from '../app/route';
import { byOrder } from '../projects/ProjectsView';

/** The Value Compass: every project under the points it serves, with the patient or member at the centre. */
export function CompassView({ session, boardId }: { session: BoardSession; boardId: string }) {
  const projects = session.collections.projects.live.value.slice().sort(byOrder);
  const { groups, unassigned } = compassGroups(projects);
  const link = (p: (typeof projects)[number]) => (
    <li key={p.id}>
      <a href={hrefFor({ boardId, view: 'projects', itemId: p.id })}>{p.title || 'Untitled project'}</a>{' '}
      <span class={`badge status-${p.status}`}>{PROJECT_STATUS_LABELS[p.status]}</span>
    </li>
  );
  return (
    <div class="stack">
      <h1>Value Compass</h1>
      <div class="compass">
        {groups.map((group) => (
          <section key={group.point} class={`card quadrant compass-${group.point}`} aria-labelledby={`cp-${group.point}`}>
            <h2 id={`cp-${group.point}`}>{COMPASS_LABELS[group.point]} <span class="count">{group.projects.length}</span></h2>
            {group.projects.length ? <ul>{group.projects.map(link)}</ul> : <p class="empty">No projects yet.</p>}
          </section>
        ))}
        <div class="compass-centre" aria-hidden="true">Patient / member</div>
      </div>
      {unassigned.length > 0 && (
        <section class="card" aria-labelledby="cp-none">
          <h2 id="cp-none">Not yet pointed at the compass</h2>
          <ul>{unassigned.map(link)}</ul>
        </section>
      )}
    </div>
  );
}
