import { useState } from 'preact/hooks';
import { addProject, byOrder, COMPASS_POINTS } from '../../core';
import type { BoardSession } from '../model/session';
import { hrefFor, navigate } from '../app/route';
import { ProjectDetail } from './ProjectDetail';
import { duplicatesOf } from './duplicates';
import { t } from '../i18n';

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
      <h1>{t('projects.title')}</h1>
      {projects.length === 0 && <p class="empty">{t('projects.none')}</p>}
      <ul class="cards projects">
        {projects.map((project) => (
          <li key={project.id} class="card project-card">
            <h2>
              <a href={hrefFor({ boardId, view: 'projects', itemId: project.id })}>{project.title || t('projects.untitled')}</a>
            </h2>
            <p class="row wrap">
              <span class={`badge status-${project.status}`}>{t(`projectStatus.${project.status}`)}</span>
              {copies.has(project.id) && (
                <span class="badge duplicate" title={t('projects.duplicateTitle')}>
                  {t('projects.duplicate')}
                </span>
              )}
              {COMPASS_POINTS.filter((p) => project.compass[p]).map((p) => (
                <span key={p} class={`chip compass-${p}`}>
                  {t(`compass.${p}`)}
                </span>
              ))}
              <span class="meta">{t('projects.cycles', { count: cycles.filter((c) => c.projectId === project.id).length })}</span>
            </p>
          </li>
        ))}
      </ul>
      <form class="card row add" onSubmit={add} aria-label={t('projects.startForm')}>
        <div class="field grow">
          <label for="project-title">{t('projects.newTitle')}</label>
          <input id="project-title" value={title} required placeholder={t('projects.newPlaceholder')} onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <button type="submit" class="primary" disabled={session.readOnly.value}>
          {t('projects.start')}
        </button>
      </form>
    </div>
  );
}
