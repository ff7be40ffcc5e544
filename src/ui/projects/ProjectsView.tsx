import { useState } from 'preact/hooks';
import { addProject, byOrder, COMPASS_LABELS, COMPASS_POINTS, PROJECT_STATUS_LABELS } from '../../core';
import type { BoardSession } from '../model/session';
import { hrefFor, navigate } from '../app/route';
import { ProjectDetail } from './ProjectDetail';
import { duplicatesOf } from './duplicates';

/** The team's improvement projects; one opens in full with its aim, measures and tests of change. */
export function ProjectsView({ session, boardId, projectId }: { session: BoardSession; boardId: string; projectId: string | null }) {
  if (projectId) return <ProjectDetail key={projectId} session={session} boardId={boardId} projectId={projectId} />;
  return <ProjectList session={session} boardId={boardId} />;
}

function ProjectList({ session, boardId }: { session: BoardSession; boardId: string }) {
  const [title, setTitle] = useState('');
  const projects = session.collections.projects.live.value.slice().sort(byOrder);
  const cycles = session.collections.cycles.live.value;
  const copies = new Set(duplicatesOf(session).map((d) => d.projectId));
  const add = (event: Event) => {
    event.preventDefault();
    const made = session.run(addProject, { title });
    if (made.ok) navigate({ boardId, view: 'projects', itemId: made.value });
  };
  return (
    <div class="stack">
      <h1>Projects</h1>
      {projects.length === 0 && <p class="empty">No projects yet. Start one here, or turn an accepted idea into a project.</p>}
      <ul class="cards projects">
        {projects.map((project) => (
          <li key={project.id} class="card project-card">
            <h2>
              <a href={hrefFor({ boardId, view: 'projects', itemId: project.id })}>{project.title || 'Untitled project'}</a>
            </h2>
            <p class="row wrap">
              <span class={`badge status-${project.status}`}>{PROJECT_STATUS_LABELS[project.status]}</span>
              {copies.has(project.id) && (
                <span class="badge duplicate" title="Made from the same idea as another project at the same moment: open it to delete or keep it">
                  Duplicate
                </span>
              )}
              {COMPASS_POINTS.filter((p) => project.compass[p]).map((p) => (
                <span key={p} class={`chip compass-${p}`}>
                  {COMPASS_LABELS[p]}
                </span>
              ))}
              <span class="meta">{cycles.filter((c) => c.projectId === project.id).length} tests of change</span>
            </p>
          </li>
        ))}
      </ul>
      <form class="card row add" onSubmit={add} aria-label="Start a project">
        <div class="field grow">
          <label for="project-title">New project title</label>
          <input id="project-title" value={title} required placeholder="e.g. Timely discharge" onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <button type="submit" class="primary" disabled={session.readOnly.value}>
          Start project
        </button>
      </form>
    </div>
  );
}
