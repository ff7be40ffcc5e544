import { useState } from 'preact/hooks';
import {
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
  type OutOfScopeReason,
  isolate,
  truncateText,
} from '../../core';
import type { BoardSession } from '../model/session';
import { LiveText } from '../fields/LiveText';
import { DecisionRecord } from '../fields/DecisionRecord';
import { TextField } from '../fields/TextField';
import { SelectField, ShortField } from '../fields/Inputs';
import { hrefFor, navigate } from '../app/route';

const when = (time: number) => new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function IdeaCard({ session, boardId, idea, meId }: { session: BoardSession; boardId: string; idea: Idea; meId: string }) {
  const [editing, setEditing] = useState(false);
  const [cycleProject, setCycleProject] = useState('');
  const votes = Object.keys(idea.votes).length;
  const voted = idea.votes[meId] === true;
  const projects = session.collections.projects.live.value;
  const linked = idea.projectId ?? idea.cycleId;
  const label = `idea “${isolate(truncateText(idea.text, 40))}”`;
  // Out of scope is saved only with one of the four reasons and who it was routed to: asked for first.
  const [scoping, setScoping] = useState(false);
  const [reason, setReason] = useState<OutOfScopeReason | ''>('');
  const [routedTo, setRoutedTo] = useState('');
  const triage = (state: typeof idea.state) => {
    if (state === 'out-of-scope') {
      setReason(idea.reason ?? '');
      setRoutedTo(idea.routedTo);
      setScoping(true);
    } else {
      setScoping(false);
      session.run(triageIdea, { ideaId: idea.id, state });
    }
  };
  const markOutOfScope = (event: Event) => {
    event.preventDefault();
    if (session.run(triageIdea, { ideaId: idea.id, state: 'out-of-scope', reason: reason || null, routedTo }).ok) setScoping(false);
  };

  return (
    <li class={`card idea state-${idea.state}`}>
      {editing ? (
        <TextField session={session} kind="ideas" id={idea.id} field="text" label="Idea" rows={3} />
      ) : (
        <p class="idea-text">
          <LiveText session={session} kind="ideas" id={idea.id} field="text" />
        </p>
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
      <div class="row wrap">
        <button
          type="button"
          class="vote"
          aria-pressed={voted}
          aria-label={`${voted ? 'Remove your vote from' : 'Vote for'} ${label}, ${votes} vote${votes === 1 ? '' : 's'}`}
          onClick={() => session.run(setVote, { ideaId: idea.id, voterId: meId, vote: !voted })}
        >
          ▲ {votes}
        </button>
        <SelectField
          label={`State of ${label}`}
          hideLabel
          value={scoping ? 'out-of-scope' : idea.state}
          options={IDEA_STATES}
          labels={IDEA_STATE_LABELS}
          onChange={triage}
        />
        <button type="button" class="quiet" onClick={() => setEditing(!editing)}>
          {editing ? 'Done editing' : 'Edit'}
        </button>
        <button type="button" class="quiet" aria-label={`Delete ${label}`} onClick={() => session.run(deleteEntity, { kind: 'ideas', id: idea.id })}>
          Delete
        </button>
      </div>
      {idea.state !== 'new' && (
        <DecisionRecord
          session={session}
          kind="ideas"
          id={idea.id}
          what={IDEA_STATE_LABELS[idea.state]}
          decidedBy={idea.triageDecidedBy}
          decidedAt={idea.triageDecidedAt}
          agreed={idea.triageAgreed}
        />
      )}
      {scoping && (
        <form class="card out-of-scope-form" onSubmit={markOutOfScope} aria-label={`Mark ${label} out of scope`}>
          <p class="hint">
            UBTs do not work on four things. Choose which one this is, and who the idea goes to instead; nothing is saved until both are given.
          </p>
          <fieldset>
            <legend>Why it is out of scope</legend>
            {OUT_OF_SCOPE_REASONS.map((r) => (
              <label key={r} class="check">
                <input type="radio" name={`reason-${idea.id}`} value={r} checked={reason === r} required onChange={() => setReason(r)} />{' '}
                {OUT_OF_SCOPE_LABELS[r]}
              </label>
            ))}
          </fieldset>
          <div class="row wrap">
            <div class="field grow">
              <label for={`routed-${idea.id}`}>Routed to</label>
              <input
                id={`routed-${idea.id}`}
                required
                maxLength={200}
                placeholder="Who takes it from here, e.g. the department manager"
                value={routedTo}
                onInput={(e) => setRoutedTo((e.currentTarget as HTMLInputElement).value)}
              />
            </div>
            <button type="submit" class="primary">
              Mark out of scope
            </button>
            <button type="button" onClick={() => setScoping(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {idea.state === 'out-of-scope' && !scoping && (
        <div class="row wrap out-of-scope">
          <SelectField
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
        (idea.state === 'new' || idea.state === 'accepted') && (
          <div class="row wrap convert">
            <button
              type="button"
              onClick={() => {
                const made = session.run(ideaToProject, { ideaId: idea.id });
                if (made.ok) navigate({ boardId, view: 'projects', itemId: made.value });
              }}
            >
              Make it a project
            </button>
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
