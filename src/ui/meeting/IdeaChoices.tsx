import { useContext, useState } from 'preact/hooks';
import { IDEA_STATE_LABELS, isolate, titleFrom, nameFromText, plural } from '../../core';
import { BoardListContext } from '../app/context';
import { OutOfScopeForm } from '../ideas/OutOfScopeForm';
import { focusOnMount } from '../fields/focusOnMount';
import { Gone, type ChoiceProps } from './choiceParts';

/** An idea on the agenda: +1 it (anyone); co-leads make it a project or a test of change in one, park it, or send it out of scope. */
export function IdeaChoices({ session, refId, decide, coLead }: ChoiceProps) {
  const idea = session.collections.ideas.entity(refId).value;
  const boardList = useContext(BoardListContext);
  const projects = session.collections.projects.live.value;
  const [open, setOpen] = useState<'project' | 'cycle' | 'scope' | null>(null);
  const [title, setTitle] = useState('');
  const [projectId, setProjectId] = useState('');
  if (!idea.ok) return <Gone />;
  const { value } = idea;
  const votes = Object.keys(value.votes).length;
  const voterId = boardList?.settings.value.userId ?? '';
  const label = `idea “${isolate(nameFromText(value.text))}”`;
  if (value.state !== 'new')
    return (
      <p class="choice-done" role="status">
        This idea is now <strong>{IDEA_STATE_LABELS[value.state].toLowerCase()}</strong>
        {value.state === 'out-of-scope' && value.routedTo && (
          <>
            , routed to <bdi>{value.routedTo}</bdi>
          </>
        )}
        .
      </p>
    );
  return (
    <div class="choices" role="group" aria-label={`What to do with this ${label}`}>
      <div class="row wrap">
        <button type="button" aria-pressed={value.votes[voterId] === true} disabled={!voterId} onClick={() => decide({ kind: 'vote', voterId })}>
          +1 ({plural(votes, 'vote')})
        </button>
        {coLead && (
          <>
            <button
              type="button"
              aria-expanded={open === 'project'}
              onClick={() => {
                setTitle(titleFrom(value.text));
                setOpen(open === 'project' ? null : 'project');
              }}
            >
              Make it a project…
            </button>
            {projects.length > 0 && (
              <button type="button" aria-expanded={open === 'cycle'} onClick={() => setOpen(open === 'cycle' ? null : 'cycle')}>
                Make it a test of change…
              </button>
            )}
            <button type="button" onClick={() => decide({ kind: 'park' })}>
              Park
            </button>
            <button type="button" aria-expanded={open === 'scope'} onClick={() => setOpen(open === 'scope' ? null : 'scope')}>
              Out of scope…
            </button>
          </>
        )}
      </div>
      {open === 'project' && (
        <form
          class="row wrap"
          aria-label="Name the new project"
          onSubmit={(e) => {
            e.preventDefault();
            if (decide({ kind: 'project', title })) setOpen(null);
          }}
        >
          <div class="field grow">
            <label for="choice-project-title">Project title</label>
            <input id="choice-project-title" ref={focusOnMount} value={title} required maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
          </div>
          <button type="submit" class="primary">
            Create the project
          </button>
        </form>
      )}
      {open === 'cycle' && (
        <form
          class="row wrap"
          aria-label="Test of change in a project"
          onSubmit={(e) => {
            e.preventDefault();
            if (projectId && decide({ kind: 'test-of-change', projectId })) setOpen(null);
          }}
        >
          <div class="field grow">
            <label for="choice-cycle-project">In project</label>
            <select id="choice-cycle-project" ref={focusOnMount} required value={projectId} onChange={(e) => setProjectId(e.currentTarget.value)}>
              <option value="">Choose a project</option>
              {projects.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="primary">
            Make it a test of change
          </button>
        </form>
      )}
      {open === 'scope' && (
        <OutOfScopeForm
          idPrefix={`meeting-${refId}`}
          label={label}
          onSave={(reason, routedTo) => (reason ? decide({ kind: 'out-of-scope', reason, routedTo }) : false)}
          onCancel={() => setOpen(null)}
        />
      )}
    </div>
  );
}
