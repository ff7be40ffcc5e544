import { useState } from 'preact/hooks';
import { sendMessage } from '../../platform/messages';
import {
  newCaptureId,
  randomId,
  IDENTIFIER_LABELS,
  type IdentifierKind,
  deleteEntity,
  ideaToCycle,
  ideaToProject,
  IDEA_STATE_LABELS,
  IDEA_STATES,
  OUT_OF_SCOPE_LABELS,
  OUT_OF_SCOPE_REASONS,
  setVote,
  triageIdea,
  isWebAddress,
  type Idea,
  isolate,
  nameFromText,
  titleFrom,
  plural,
  formatMoment,
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

const when = formatMoment;

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
    setSealedVote(
      answer.ok
        ? 'Your +1 went sealed to the team’s inbox: it counts once a co-lead’s board has applied it.'
        : `Your +1 was not sent: ${answer.error} Try again.`,
    );
  };
  const projects = session.collections.projects.live.value;
  const linked = idea.projectId ?? idea.cycleId;
  const label = `idea “${isolate(nameFromText(idea.text))}”`;
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
        <TextField session={session} kind="ideas" id={idea.id} field="text" label="Idea" rows={3} />
      ) : (
        // Each idea is a heading, so a screen reader can move from idea to idea.
        <h3 class="idea-text">
          <LiveText session={session} kind="ideas" id={idea.id} field="text" />
        </h3>
      )}
      {idea.note && (
        <p class="idea-note">
          Note: <bdi>{idea.note}</bdi>
        </p>
      )}
      <p class="meta">
        <bdi>{idea.anonymous ? 'Anonymous' : idea.author || 'Someone'}</bdi> · {when(idea.createdAt)}
        {isWebAddress(idea.sourceUrl) && (
          <>
            {' '}
            · from{' '}
            <a href={idea.sourceUrl} target="_blank" rel="noopener noreferrer">
              {idea.sourceTitle || idea.sourceUrl}
            </a>
          </>
        )}
      </p>
      {idea.privacy.length > 0 && (
        <p class="banner warning privacy-flag">
          May hold patient details ({idea.privacy.map((kind) => IDENTIFIER_LABELS[kind as IdentifierKind] ?? kind).join(', ')}), found when it was added. Check
          it and edit them out.
        </p>
      )}
      <div class="row wrap">
        <button
          type="button"
          class="vote"
          aria-pressed={voted}
          disabled={session.viewOnly === 'read' || (session.viewOnly === 'staff' && (voted || sealedVote !== null))}
          title={session.viewOnly === 'read' ? 'Read-only: your invite cannot vote' : undefined}
          aria-label={`${voted ? 'Remove your vote from' : 'Vote for'} ${label}, ${plural(votes, 'vote')}`}
          onClick={() => (session.viewOnly === 'staff' ? void voteThroughDropBox() : session.run(setVote, { ideaId: idea.id, voterId: meId, vote: !voted }))}
        >
          ▲ {votes}
        </button>
        {me.coLead ? (
          <>
            <ChoiceField
              label={`State of ${label}`}
              hideLabel
              value={scoping ? 'out-of-scope' : idea.state}
              options={IDEA_STATES}
              labels={IDEA_STATE_LABELS}
              onChange={triage}
            />
            <button type="button" class="quiet" aria-label={`${editing ? 'Done editing' : 'Edit'} ${label}`} onClick={() => setEditing(!editing)}>
              {editing ? 'Done editing' : 'Edit'}
            </button>
            <button type="button" class="quiet" aria-label={`Delete ${label}`} onClick={() => session.run(deleteEntity, { kind: 'ideas', id: idea.id })}>
              Delete
            </button>
          </>
        ) : (
          <span class={`badge state state-${idea.state}`}>{IDEA_STATE_LABELS[idea.state]}</span>
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
          what={IDEA_STATE_LABELS[idea.state]}
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
            label="Why it is out of scope"
            value={idea.reason ?? ''}
            options={OUT_OF_SCOPE_REASONS}
            labels={OUT_OF_SCOPE_LABELS}
            onChange={(reason) => session.run(triageIdea, { ideaId: idea.id, state: 'out-of-scope', reason, routedTo: idea.routedTo })}
          />
          <ShortField
            label="Routed to"
            value={idea.routedTo}
            placeholder="Who takes it from here"
            onCommit={(routedTo) => session.run(triageIdea, { ideaId: idea.id, state: 'out-of-scope', reason: idea.reason, routedTo })}
          />
        </div>
      )}
      {linked ? (
        <p class="meta">
          Became {idea.cycleId ? 'a test of change in ' : ''}
          <a href={hrefFor({ boardId, view: 'projects', itemId: idea.projectId })}>{idea.cycleId ? 'its project' : 'a project'}</a>
        </p>
      ) : (
        me.coLead &&
        (idea.state === 'new' || idea.state === 'accepted') && (
          <div class="row wrap convert">
            {naming === null ? (
              <button type="button" aria-label={`Make it a project: ${label}`} onClick={() => setNaming(titleFrom(idea.text))}>
                Make it a project
              </button>
            ) : (
              <form
                class="row wrap"
                aria-label={`Name the project for ${label}`}
                onSubmit={(e) => {
                  e.preventDefault();
                  const made = session.run(ideaToProject, { ideaId: idea.id, title: naming });
                  if (made.ok) navigate({ boardId, view: 'projects', itemId: made.value });
                }}
              >
                <div class="field grow">
                  <label for={`name-${idea.id}`}>Project title</label>
                  <input id={`name-${idea.id}`} ref={focusOnMount} value={naming} required maxLength={200} onInput={(e) => setNaming(e.currentTarget.value)} />
                </div>
                <button type="submit" class="primary">
                  Create the project
                </button>
                <button type="button" onClick={() => setNaming(null)}>
                  Cancel
                </button>
              </form>
            )}
            {projects.length > 0 && (
              <>
                <SelectField
                  label="Project for a test of change"
                  hideLabel
                  value={cycleProject}
                  placeholder="Test of change in…"
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
                  Make it a test of change
                </button>
              </>
            )}
          </div>
        )
      )}
    </li>
  );
}
