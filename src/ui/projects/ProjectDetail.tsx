import {
  mainMeasureOf,
  COMPASS_LABELS,
  COMPASS_POINTS,
  deleteEntity,
  keepDuplicateProject,
  restoreEntity,
  setMainMeasure,
  linkMeasure,
  PROJECT_STATUS_LABELS,
  PROJECT_STATUSES,
  setCompassPoint,
  updateProject,
  suggestedStatus,
  type TextFieldOf,
} from '../../core';
import { useMe } from '../app/context';
import type { BoardSession } from '../model/session';
import { hrefFor, navigate } from '../app/route';
import { Checkbox, ChoiceField, ShortField } from '../fields/Inputs';
import { TextField } from '../fields/TextField';
import { DecisionRecord } from '../fields/DecisionRecord';
import { CycleRamp } from '../cycles/CycleRamp';
import { duplicatesOf } from './duplicates';
import { PublishPractice } from '../practice/PublishPractice';

/** One project: problem statement, aim, the three questions, Value Compass, measures and its PDSA ramp. */
export function ProjectDetail({ session, boardId, projectId }: { session: BoardSession; boardId: string; projectId: string }) {
  const me = useMe();
  const result = session.collections.projects.entity(projectId).value;
  if (!result.ok) {
    return (
      <div class="card">
        <p role="status">This project is not on the board (it may have been deleted).</p>
        <a href={hrefFor({ boardId, view: 'projects' })}>Back to projects</a>
      </div>
    );
  }
  const project = result.value;
  const suggestion = suggestedStatus(project, session.collections.cycles.live.value);
  const deletedBanner = project.deleted && (
    <div class="banner warning deleted-banner" role="status">
      <h1>
        “<bdi>{project.title}</bdi>” was deleted
      </h1>
      <p>A co-lead (or you, in another window) deleted this project. Nothing in it is lost, including what you type now: restore it to keep it on the board.</p>
      <div class="row">
        <button type="button" class="primary" onClick={() => session.run(restoreEntity, { kind: 'projects', id: projectId })}>
          Restore project
        </button>
        <a href={hrefFor({ boardId, view: 'projects' })}>Back to projects</a>
      </div>
    </div>
  );
  const duplicate = duplicatesOf(session).find((d) => d.projectId === projectId);
  const original = duplicate ? session.collections.projects.entity(duplicate.of).value : null;
  const duplicateBanner = duplicate && original?.ok && (
    <div class="banner warning" role="status">
      <p>
        <strong>This project is a copy.</strong> Two co-leads turned the same idea into a project at the same moment; the other one is{' '}
        <a href={hrefFor({ boardId, view: 'projects', itemId: duplicate.of })}>“{original.value.title}”</a>. Delete this copy (anything you wrote here stays
        restorable under Deleted), or keep both as separate projects.
      </p>
      <div class="row">
        <button
          type="button"
          onClick={() => {
            session.run(deleteEntity, { kind: 'projects', id: projectId });
            navigate({ boardId, view: 'projects', itemId: duplicate.of });
          }}
        >
          Delete this copy
        </button>
        <button type="button" onClick={() => session.run(keepDuplicateProject, { id: projectId })}>
          Keep both
        </button>
      </div>
    </div>
  );
  const measures = session.collections.measures.live.value;
  const text = (field: TextFieldOf<'projects'>, label: string, hint?: string, rows = 2) => (
    <TextField session={session} kind="projects" id={projectId} field={field} label={label} hint={hint} rows={rows} />
  );
  return (
    <div class="stack">
      <p>
        <a href={hrefFor({ boardId, view: 'projects' })}>← All projects</a>
      </p>
      {deletedBanner}
      {duplicateBanner}
      {project.adoptedFrom && (
        <p class="banner good adopted-from" role="note">
          <span>
            Adopted from <bdi>{project.adoptedFrom.team || 'another team'}</bdi>’s practice “<bdi>{project.adoptedFrom.title}</bdi>”
            {project.adoptedFrom.libraryName && (
              <>
                {' '}
                in <bdi>{project.adoptedFrom.libraryName}</bdi>
              </>
            )}
            {project.adoptedFrom.contact && (
              <>
                . Contact: <bdi>{project.adoptedFrom.contact}</bdi>
              </>
            )}
            .
          </span>
        </p>
      )}
      <section class="card" aria-labelledby="project-heading">
        {!project.deleted && (
          <h1 id="project-heading" class="visually-hidden">
            {project.title}
          </h1>
        )}
        <div class="row wrap">
          <div class="grow">
            <ShortField label="Project title" value={project.title} required onCommit={(title) => session.run(updateProject, { id: projectId, title })} />
          </div>
          <ChoiceField
            label="Status"
            value={project.status}
            options={PROJECT_STATUSES}
            labels={PROJECT_STATUS_LABELS}
            disabled={!me.coLead}
            onChange={(status) => session.run(updateProject, { id: projectId, status })}
          />
        </div>
        {suggestion && me.coLead && (
          <p class="banner info status-suggestion" role="status">
            <span>
              {suggestion.why}: is this project now <strong>{PROJECT_STATUS_LABELS[suggestion.status].toLowerCase()}</strong>?
            </span>
            <button type="button" onClick={() => session.run(updateProject, { id: projectId, status: suggestion.status })}>
              Set the status to {PROJECT_STATUS_LABELS[suggestion.status]}
            </button>
          </p>
        )}
        <DecisionRecord
          session={session}
          kind="projects"
          id={projectId}
          what={`Status ${PROJECT_STATUS_LABELS[project.status].toLowerCase()}`}
          decidedBy={project.statusDecidedBy}
          decidedAt={project.statusDecidedAt}
          agreed={project.statusAgreed}
        />
        <div class="field">
          <label for={`goal-${projectId}`}>Goal it supports (department, regional or national)</label>
          <input
            id={`goal-${projectId}`}
            list={`goals-${projectId}`}
            maxLength={200}
            defaultValue={project.goal}
            key={project.goal}
            placeholder={session.team.value.goals.length ? 'Choose one of the team’s goals or type another' : 'e.g. Regional goal: discharge before 11 am'}
            onBlur={(e) => {
              const goal = e.currentTarget.value.trim();
              if (goal !== project.goal) session.run(updateProject, { id: projectId, goal });
            }}
          />
          <datalist id={`goals-${projectId}`}>
            {session.team.value.goals.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
        </div>
        {text('problem', 'Problem statement', 'What is happening, where, how often, and who it affects.', 3)}
      </section>
      <section class="card" aria-labelledby="aim-title">
        <h2 id="aim-title">Aim</h2>
        <p class="hint">“Some is not a number, soon is not a time.”</p>
        <div class="grid-2">
          {text('aimWhat', 'What', undefined, 1)}
          {text('aimHowMuch', 'How much', undefined, 1)}
          {text('aimByWhen', 'By when', undefined, 1)}
          {text('aimForWhom', 'For whom', undefined, 1)}
        </div>
      </section>
      <section class="card" aria-labelledby="model-title">
        <h2 id="model-title">Rapid Improvement Model (RIM)</h2>
        {text('q1Accomplish', 'What are we trying to accomplish?')}
        {text('q2Know', 'How will we know that a change is an improvement?')}
        {text('q3Change', 'What change can we make that will result in improvement?')}
      </section>
      <section class="card" aria-labelledby="compass-title">
        <h2 id="compass-title">Value Compass</h2>
        <fieldset class="row wrap">
          <legend class="visually-hidden">Value Compass points this project serves</legend>
          {COMPASS_POINTS.map((point) => (
            <Checkbox
              key={point}
              label={COMPASS_LABELS[point]}
              checked={project.compass[point] === true}
              onChange={(on) => session.run(setCompassPoint, { projectId, point, on })}
            />
          ))}
        </fieldset>
      </section>
      <section class="card" aria-labelledby="linked-title">
        <h2 id="linked-title">Measures</h2>
        {measures.length === 0 ? (
          <p class="empty">
            No measures on this board yet. <a href={hrefFor({ boardId, view: 'measures' })}>Add one under Measures</a>.
          </p>
        ) : (
          <>
            <fieldset class="row wrap">
              <legend class="visually-hidden">Measures linked to this project</legend>
              {measures.map((m) => (
                <Checkbox
                  key={m.id}
                  label={m.name}
                  checked={project.measureIds[m.id] === true}
                  onChange={(linked) => session.run(linkMeasure, { projectId, measureId: m.id, linked })}
                />
              ))}
            </fieldset>
            {measures.some((m) => project.measureIds[m.id]) && (
              <ChoiceField
                label="Main measure (shown on the Value Compass)"
                value={mainMeasureOf(project, measures)?.id ?? ''}
                options={measures.filter((m) => project.measureIds[m.id]).map((m) => m.id)}
                labels={(id) => measures.find((m) => m.id === id)?.name ?? id}
                onChange={(measureId) => session.run(setMainMeasure, { projectId, measureId })}
              />
            )}
          </>
        )}
      </section>
      <CycleRamp session={session} projectId={projectId} />
      <PublishPractice session={session} projectId={projectId} />
      {me.coLead && (
        <p>
          <button
            type="button"
            class="quiet danger"
            onClick={() => {
              if (session.run(deleteEntity, { kind: 'projects', id: projectId }).ok) navigate({ boardId, view: 'projects' });
            }}
          >
            Delete project
          </button>
          <span class="hint"> You can undo this with Ctrl+Z.</span>
        </p>
      )}
    </div>
  );
}
