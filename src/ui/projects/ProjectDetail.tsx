import {
  mainMeasureOf,
  COMPASS_POINTS,
  deleteEntity,
  keepDuplicateProject,
  restoreEntity,
  setMainMeasure,
  linkMeasure,
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
import { t, tParts, uiLanguage } from '../i18n';

/** One project: problem statement, aim, the three questions, Value Compass, measures and its PDSA ramp. */
export function ProjectDetail({ session, boardId, projectId }: { session: BoardSession; boardId: string; projectId: string }) {
  const me = useMe();
  const result = session.collections.projects.entity(projectId).value;
  if (!result.ok) {
    return (
      <div class="card">
        <p role="status">{t('project.gone')}</p>
        <a href={hrefFor({ boardId, view: 'projects' })}>{t('project.back')}</a>
      </div>
    );
  }
  const project = result.value;
  const suggestion = suggestedStatus(project, session.collections.cycles.live.value, undefined, uiLanguage.value);
  const statusLabel = (status: typeof project.status) => t(`projectStatus.${status}`);
  const deletedBanner = project.deleted && (
    <div class="banner warning deleted-banner" role="status">
      <h1>{tParts('project.deleted', { title: <bdi>{project.title}</bdi> })}</h1>
      <p>{t('project.deletedHint')}</p>
      <div class="row">
        <button type="button" class="primary" onClick={() => session.run(restoreEntity, { kind: 'projects', id: projectId })}>
          {t('project.restore')}
        </button>
        <a href={hrefFor({ boardId, view: 'projects' })}>{t('project.back')}</a>
      </div>
    </div>
  );
  const duplicate = duplicatesOf(session).find((d) => d.projectId === projectId);
  const original = duplicate ? session.collections.projects.entity(duplicate.of).value : null;
  const duplicateBanner = duplicate && original?.ok && (
    <div class="banner warning" role="status">
      <p>
        <strong>{t('project.copy')}</strong>{' '}
        {tParts('project.copyHint', { other: <a href={hrefFor({ boardId, view: 'projects', itemId: duplicate.of })}>“{original.value.title}”</a> })}
      </p>
      <div class="row">
        <button
          type="button"
          onClick={() => {
            session.run(deleteEntity, { kind: 'projects', id: projectId });
            navigate({ boardId, view: 'projects', itemId: duplicate.of });
          }}
        >
          {t('project.deleteCopy')}
        </button>
        <button type="button" onClick={() => session.run(keepDuplicateProject, { id: projectId })}>
          {t('project.keepBoth')}
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
        <a href={hrefFor({ boardId, view: 'projects' })}>{t('project.all')}</a>
      </p>
      {deletedBanner}
      {duplicateBanner}
      {project.adoptedFrom && (
        <p class="banner good adopted-from" role="note">
          <span>
            {tParts(project.adoptedFrom.libraryName ? 'project.adoptedIn' : 'project.adopted', {
              team: <bdi>{project.adoptedFrom.team || t('project.anotherTeam')}</bdi>,
              title: <bdi>{project.adoptedFrom.title}</bdi>,
              library: <bdi>{project.adoptedFrom.libraryName}</bdi>,
            })}
            {project.adoptedFrom.contact && <> {tParts('project.contact', { contact: <bdi>{project.adoptedFrom.contact}</bdi> })}</>}
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
            <ShortField
              label={t('project.titleLabel')}
              value={project.title}
              required
              onCommit={(title) => session.run(updateProject, { id: projectId, title })}
            />
          </div>
          <ChoiceField
            label={t('project.status')}
            value={project.status}
            options={PROJECT_STATUSES}
            labels={statusLabel}
            disabled={!me.coLead}
            onChange={(status) => session.run(updateProject, { id: projectId, status })}
          />
        </div>
        {suggestion && me.coLead && (
          <p class="banner info status-suggestion" role="status">
            <span>{tParts('project.suggest', { why: suggestion.why, status: <strong>{statusLabel(suggestion.status).toLowerCase()}</strong> })}</span>
            <button type="button" onClick={() => session.run(updateProject, { id: projectId, status: suggestion.status })}>
              {t('project.setStatus', { status: statusLabel(suggestion.status) })}
            </button>
          </p>
        )}
        <DecisionRecord
          session={session}
          kind="projects"
          id={projectId}
          what={t('project.statusWhat', { status: statusLabel(project.status).toLowerCase() })}
          decidedBy={project.statusDecidedBy}
          decidedAt={project.statusDecidedAt}
          agreed={project.statusAgreed}
        />
        <div class="field">
          <label for={`goal-${projectId}`}>{t('project.goal')}</label>
          <input
            id={`goal-${projectId}`}
            list={`goals-${projectId}`}
            maxLength={200}
            defaultValue={project.goal}
            key={project.goal}
            placeholder={session.team.value.goals.length ? t('project.goalChoose') : t('project.goalExample')}
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
        {text('problem', t('project.problem'), t('project.problemHint'), 3)}
      </section>
      <section class="card" aria-labelledby="aim-title">
        <h2 id="aim-title">{t('report.aim')}</h2>
        <p class="hint">{t('project.aimHint')}</p>
        <div class="grid-2">
          {text('aimWhat', t('report.aim.what'), undefined, 1)}
          {text('aimHowMuch', t('report.aim.howMuch'), undefined, 1)}
          {text('aimByWhen', t('report.aim.byWhen'), undefined, 1)}
          {text('aimForWhom', t('report.aim.forWhom'), undefined, 1)}
        </div>
      </section>
      <section class="card" aria-labelledby="model-title">
        <h2 id="model-title">{t('report.rim')}</h2>
        {text('q1Accomplish', t('report.rim.q1'))}
        {text('q2Know', t('report.rim.q2'))}
        {text('q3Change', t('report.rim.q3'))}
      </section>
      <section class="card" aria-labelledby="compass-title">
        <h2 id="compass-title">{t('project.compass')}</h2>
        <fieldset class="row wrap">
          <legend class="visually-hidden">{t('project.compassLegend')}</legend>
          {COMPASS_POINTS.map((point) => (
            <Checkbox
              key={point}
              label={t(`compass.${point}`)}
              checked={project.compass[point] === true}
              onChange={(on) => session.run(setCompassPoint, { projectId, point, on })}
            />
          ))}
        </fieldset>
      </section>
      <section class="card" aria-labelledby="linked-title">
        <h2 id="linked-title">{t('report.measures')}</h2>
        {measures.length === 0 ? (
          <p class="empty">{tParts('project.noMeasures', { link: <a href={hrefFor({ boardId, view: 'measures' })}>{t('project.addMeasure')}</a> })}</p>
        ) : (
          <>
            <fieldset class="row wrap">
              <legend class="visually-hidden">{t('project.linkedLegend')}</legend>
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
                label={t('project.main')}
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
            {t('project.delete')}
          </button>
          <span class="hint">{t('project.undo')}</span>
        </p>
      )}
    </div>
  );
}
