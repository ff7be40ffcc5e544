import { useState } from 'preact/hooks';
import { sendMessage } from '../../platform/messages';
import {
  newCaptureId,
  randomId,
  deleteEntity,
  ideaToCycle,
  ideaToProject,
  IDEA_STATES,
  IDENTIFIER_LABELS,
  OUT_OF_SCOPE_REASONS,
  setVote,
  triageIdea,
  isWebAddress,
  type Idea,
  isolate,
  nameFromText,
  titleFrom,
} from '../../core';
import type { BoardSession } from '../model/session';
import { LiveText } from '../fields/LiveText';
import { DecisionRecord } from '../fields/DecisionRecord';
import { TextField } from '../fields/TextField';
import { ChoiceField, SelectField, ShortField } from '../fields/Inputs';
import { hrefFor, navigate } from '../app/route';
import { OutOfScopeForm } from './OutOfScopeForm';
import { focusOnMount } from '../fields/focusOnMount';
import { useMe } from '../app/context';
import { t, tMoment, tParts } from '../i18n';

const when = tMoment;
const stateLabel = (state: Idea['state']) => t(`ideaState.${state}`);
const reasonLabel = (reason: (typeof OUT_OF_SCOPE_REASONS)[number]) => t(`outOfScope.${reason}`);

export function IdeaCard({ session, boardId, idea, meId }: { session: BoardSession; boardId: string; idea: Idea; meId: string }) {
  const [editing, setEditing] = useState(false);
  const [cycleProject, setCycleProject] = useState('');
  /** The title being given to the project this idea becomes (null: not making one). */
  const [naming, setNaming] = useState<string | null>(null);
  const me = useMe();
  const votes = Object.keys(idea.votes).length;
  const voted = idea.votes[meId] === true;
  const [sealedVote, setSealedVote] = useState<string | null>(null);
  /** Staff hold the board read-only: a +1 goes sealed to the drop box, and counts once a co-lead's board applies it. */
  const voteThroughDropBox = async () => {
    const capture = { type: 'vote' as const, id: newCaptureId(randomId), boardId, ideaId: idea.id, voterId: meId, createdAt: Date.now() };
    const answer = await sendMessage('ubt:capture', { capture }).catch((error: unknown) => ({ ok: false as const, error: String(error) }));
    setSealedVote(answer.ok ? t('idea.sealedVote') : t('idea.voteFailed', { reason: answer.error }));
  };
  const projects = session.collections.projects.live.value;
  const linked = idea.projectId ?? idea.cycleId;
  const label = t('idea.label', { idea: isolate(nameFromText(idea.text)) });
  // Out of scope is saved only with one of the four reasons and who it was routed to: asked for first.
  const [scoping, setScoping] = useState(false);
  const triage = (state: typeof idea.state) => {
    if (state === 'out-of-scope') setScoping(true);
    else {
      setScoping(false);
      session.run(triageIdea, { ideaId: idea.id, state });
    }
  };

  return (
    <li class={`card idea state-${idea.state}`}>
      {editing ? (
        <TextField session={session} kind="ideas" id={idea.id} field="text" label={t('idea.text')} rows={3} />
      ) : (
        // Each idea is a heading, so a screen reader can move from idea to idea.
        <h3 class="idea-text">
          <LiveText session={session} kind="ideas" id={idea.id} field="text" />
        </h3>
      )}
      {idea.note && <p class="idea-note">{tParts('idea.note', { note: <bdi>{idea.note}</bdi> })}</p>}
      <p class="meta">
        <bdi>{idea.anonymous ? t('idea.anonymous') : idea.author || t('idea.someone')}</bdi> · {when(idea.createdAt)}
        {isWebAddress(idea.sourceUrl) && (
          <>
            {' '}
            ·{' '}
            {tParts('idea.from', {
              source: (
                <a href={idea.sourceUrl} target="_blank" rel="noopener noreferrer">
                  {idea.sourceTitle || idea.sourceUrl}
                </a>
              ),
            })}
          </>
        )}
      </p>
      {idea.privacy.length > 0 && (
        <p class="banner warning privacy-flag">
          {t('idea.privacy', {
            kinds: idea.privacy.map((kind) => (kind in IDENTIFIER_LABELS ? t(`privacy.kind.${kind as keyof typeof IDENTIFIER_LABELS}`) : kind)).join(', '),
          })}
        </p>
      )}
      <div class="row wrap">
        <button
          type="button"
          class="vote"
          aria-pressed={voted}
          disabled={session.viewOnly === 'read' || (session.viewOnly === 'staff' && (voted || sealedVote !== null))}
          title={session.viewOnly === 'read' ? t('idea.readOnlyVote') : undefined}
          aria-label={t(voted ? 'idea.unvote' : 'idea.vote', { idea: label, votes: t('count.votes', { count: votes }) })}
          onClick={() => (session.viewOnly === 'staff' ? void voteThroughDropBox() : session.run(setVote, { ideaId: idea.id, voterId: meId, vote: !voted }))}
        >
          ▲ {votes}
        </button>
        {me.coLead ? (
          <>
            <ChoiceField
              label={t('idea.state', { idea: label })}
              hideLabel
              value={scoping ? 'out-of-scope' : idea.state}
              options={IDEA_STATES}
              labels={stateLabel}
              onChange={triage}
            />
            <button
              type="button"
              class="quiet"
              aria-label={t(editing ? 'idea.doneEditingThis' : 'idea.editThis', { idea: label })}
              onClick={() => setEditing(!editing)}
            >
              {editing ? t('idea.doneEditing') : t('idea.edit')}
            </button>
            <button
              type="button"
              class="quiet"
              aria-label={t('idea.deleteThis', { idea: label })}
              onClick={() => session.run(deleteEntity, { kind: 'ideas', id: idea.id })}
            >
              {t('idea.delete')}
            </button>
          </>
        ) : (
          <span class={`badge state state-${idea.state}`}>{stateLabel(idea.state)}</span>
        )}
      </div>
      {sealedVote && (
        <p class="meta" role="status">
          {sealedVote}
        </p>
      )}
      {idea.state !== 'new' && (
        <DecisionRecord
          session={session}
          kind="ideas"
          id={idea.id}
          what={stateLabel(idea.state)}
          decidedBy={idea.triageDecidedBy}
          decidedAt={idea.triageDecidedAt}
          agreed={idea.triageAgreed}
          about={label}
        />
      )}
      {scoping && (
        <OutOfScopeForm
          idPrefix={idea.id}
          label={label}
          reason={idea.reason}
          routedTo={idea.routedTo}
          onSave={(reason, routedTo) => {
            const saved = session.run(triageIdea, { ideaId: idea.id, state: 'out-of-scope', reason, routedTo }).ok;
            if (saved) setScoping(false);
            return saved;
          }}
          onCancel={() => setScoping(false)}
        />
      )}
      {idea.state === 'out-of-scope' && !scoping && (
        <div class="row wrap out-of-scope">
          <ChoiceField
            label={t('scope.why')}
            value={idea.reason ?? ''}
            options={OUT_OF_SCOPE_REASONS}
            labels={reasonLabel}
            onChange={(reason) => session.run(triageIdea, { ideaId: idea.id, state: 'out-of-scope', reason, routedTo: idea.routedTo })}
          />
          <ShortField
            label={t('idea.routedTo')}
            value={idea.routedTo}
            placeholder={t('idea.routedPlaceholder')}
            onCommit={(routedTo) => session.run(triageIdea, { ideaId: idea.id, state: 'out-of-scope', reason: idea.reason, routedTo })}
          />
        </div>
      )}
      {linked ? (
        <p class="meta">
          {tParts(idea.cycleId ? 'idea.becameCycle' : 'idea.becameProject', {
            project: <a href={hrefFor({ boardId, view: 'projects', itemId: idea.projectId })}>{t(idea.cycleId ? 'idea.itsProject' : 'idea.aProject')}</a>,
          })}
        </p>
      ) : (
        me.coLead &&
        (idea.state === 'new' || idea.state === 'accepted') && (
          <div class="row wrap convert">
            {naming === null ? (
              <button type="button" aria-label={t('idea.makeProjectThis', { idea: label })} onClick={() => setNaming(titleFrom(idea.text))}>
                {t('idea.makeProject')}
              </button>
            ) : (
              <form
                class="row wrap"
                aria-label={t('idea.nameProject', { idea: label })}
                onSubmit={(e) => {
                  e.preventDefault();
                  const made = session.run(ideaToProject, { ideaId: idea.id, title: naming });
                  if (made.ok) navigate({ boardId, view: 'projects', itemId: made.value });
                }}
              >
                <div class="field grow">
                  <label for={`name-${idea.id}`}>{t('idea.projectTitle')}</label>
                  <input id={`name-${idea.id}`} ref={focusOnMount} value={naming} required maxLength={200} onInput={(e) => setNaming(e.currentTarget.value)} />
                </div>
                <button type="submit" class="primary">
                  {t('idea.createProject')}
                </button>
                <button type="button" onClick={() => setNaming(null)}>
                  {t('idea.cancel')}
                </button>
              </form>
            )}
            {projects.length > 0 && (
              <>
                <SelectField
                  label={t('idea.cycleProject')}
                  hideLabel
                  value={cycleProject}
                  placeholder={t('idea.cycleIn')}
                  options={projects.map((p) => p.id)}
                  labels={(id) => projects.find((p) => p.id === id)?.title ?? id}
                  onChange={setCycleProject}
                />
                <button
                  type="button"
                  disabled={!cycleProject}
                  onClick={() => {
                    if (session.run(ideaToCycle, { ideaId: idea.id, projectId: cycleProject }).ok)
                      navigate({ boardId, view: 'projects', itemId: cycleProject });
                  }}
                >
                  {t('idea.makeCycle')}
                </button>
              </>
            )}
          </div>
        )
      )}
    </li>
  );
}
