import { useContext, useState } from 'preact/hooks';
import {
  ACT_DECISION_LABELS,
  ACT_DECISIONS,
  type AgendaChoice,
  type AgendaItem,
  decideOnAgendaItem,
  IDEA_STATE_LABELS,
  isolate,
  localDay,
  type Meeting,
  titleFrom,
  nameFromText,
  plural,
} from '../../core';
import type { BoardSession } from '../model/session';
import { LibraryContext } from '../app/context';
import { OutOfScopeForm } from '../ideas/OutOfScopeForm';
import { PastDate } from '../fields/PastDate';
import { useMe } from '../app/context';
import { focusOnMount } from '../fields/focusOnMount';

interface Props {
  session: BoardSession;
  meeting: Meeting;
  item: AgendaItem;
  /** The display name recorded as who decided. */
  me: string;
}

/**
 * What the meeting can do about the current item, applied to the board and recorded in the minutes at once
 * (`decideOnAgendaItem`): an idea's triage, a test of change's Study and Act, a note on a measure's chart,
 * an action done or moved. Free items have none: their decisions are typed below.
 */
export function ItemChoices({ session, meeting, item, me }: Props) {
  const decide = (choice: AgendaChoice) => session.run(decideOnAgendaItem, { meetingId: meeting.id, agendaItemId: item.id, by: me, choice }).ok;
  const { coLead } = useMe();
  if (!item.refId) return null;
  const props = { session, refId: item.refId, decide, coLead };
  switch (item.source) {
    case 'idea':
      return <IdeaChoices {...props} />;
    case 'cycle':
      return <CycleChoices {...props} />;
    case 'measure':
      return <MeasureChoices {...props} />;
    case 'action':
      return <ActionChoices {...props} />;
    default:
      return null;
  }
}

interface ChoiceProps {
  session: BoardSession;
  refId: string;
  decide: (choice: AgendaChoice) => boolean;
  /** Co-leads decide; everyone else in the meeting can only +1 an idea. */
  coLead: boolean;
}

const ACT_BUTTONS = { adopt: 'Adopt', adapt: 'Adapt', abandon: 'Abandon' } as const;

/** The item is gone from the board (deleted since the agenda was built): nothing to decide on. */
const Gone = () => <p class="meta">This is no longer on the board.</p>;

function IdeaChoices({ session, refId, decide, coLead }: ChoiceProps) {
  const idea = session.collections.ideas.entity(refId).value;
  const library = useContext(LibraryContext);
  const projects = session.collections.projects.live.value;
  const [open, setOpen] = useState<'project' | 'cycle' | 'scope' | null>(null);
  const [title, setTitle] = useState('');
  const [projectId, setProjectId] = useState('');
  if (!idea.ok) return <Gone />;
  const { value } = idea;
  const votes = Object.keys(value.votes).length;
  const voterId = library?.settings.value.userId ?? '';
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

function CycleChoices({ session, refId, decide, coLead }: ChoiceProps) {
  const cycle = session.collections.cycles.entity(refId).value;
  const [results, setResults] = useState<string | null>(null);
  const [learning, setLearning] = useState<string | null>(null);
  const [next, setNext] = useState('');
  if (!cycle.ok) return <Gone />;
  if (!coLead) return null;
  const { value } = cycle;
  const resultsText = results ?? value.studyResults;
  const learningText = learning ?? value.studyLearning;
  return (
    <div class="choices" role="group" aria-label="Study and Act for this test of change">
      <form
        class="stack"
        aria-label="Study"
        onSubmit={(e) => {
          e.preventDefault();
          if (decide({ kind: 'study', results: resultsText, learning: learningText })) {
            setResults(null);
            setLearning(null);
          }
        }}
      >
        <div class="field">
          <label for="choice-study-results">Study: results compared with the prediction</label>
          <textarea id="choice-study-results" rows={3} required value={resultsText} onInput={(e) => setResults(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="choice-study-learning">What we learned</label>
          <textarea id="choice-study-learning" rows={2} value={learningText} onInput={(e) => setLearning(e.currentTarget.value)} />
        </div>
        <div class="row">
          <button type="submit">Save the Study</button>
        </div>
      </form>
      {value.actDecision ? (
        <p class="choice-done" role="status">
          Act: <strong>{ACT_DECISION_LABELS[value.actDecision]}</strong>.
        </p>
      ) : (
        <div class="stack">
          <div class="field">
            <label for="choice-act-next">What the next cycle changes (optional)</label>
            <input id="choice-act-next" value={next} maxLength={2000} onInput={(e) => setNext(e.currentTarget.value)} />
          </div>
          <div class="row wrap" role="group" aria-label="Act decision">
            {ACT_DECISIONS.map((decision) => (
              <button key={decision} type="button" onClick={() => decide({ kind: 'act', decision, next })}>
                {ACT_BUTTONS[decision]}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

function MeasureChoices({ session, refId, decide, coLead }: ChoiceProps) {
  const points = session.collections.points.live.value.filter((p) => p.measureId === refId);
  const latest =
    points
      .map((p) => p.date)
      .sort()
      .at(-1) ?? '';
  const [date, setDate] = useState<string | null>(null);
  const [text, setText] = useState('');
  const day = date ?? (latest || localDay());
  if (!coLead) return null;
  return (
    <form
      class="choices row wrap"
      aria-label="Add a note to this measure's chart"
      onSubmit={(e) => {
        e.preventDefault();
        if (decide({ kind: 'annotate', date: day, text })) setText('');
      }}
    >
      <div class="field">
        <label for="choice-note-date">Note at</label>
        <input id="choice-note-date" type="date" required value={day} onInput={(e) => setDate(e.currentTarget.value)} />
      </div>
      <div class="field grow">
        <label for="choice-note-text">Note on the chart</label>
        <input
          id="choice-note-text"
          required
          maxLength={200}
          placeholder="What the team thinks changed"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <button type="submit">Add the note</button>
    </form>
  );
}

function ActionChoices({ session, refId, decide, coLead }: ChoiceProps) {
  const action = session.collections.actions.entity(refId).value;
  const [due, setDue] = useState('');
  if (!action.ok) return <Gone />;
  if (!coLead) return null;
  if (action.value.done)
    return (
      <p class="choice-done" role="status">
        This action is done.
      </p>
    );
  return (
    <div class="choices stack" role="group" aria-label="What to do with this action">
      <div class="row wrap">
        <button type="button" onClick={() => decide({ kind: 'action-done' })}>
          Mark done
        </button>
      </div>
      <form
        class="row wrap"
        aria-label="Move the due date"
        onSubmit={(e) => {
          e.preventDefault();
          if (due && decide({ kind: 'action-due', due })) setDue('');
        }}
      >
        <div class="field">
          <label for="choice-due">New due date</label>
          <input id="choice-due" type="date" required value={due} aria-describedby="choice-due-past" onInput={(e) => setDue(e.currentTarget.value)} />
        </div>
        <button type="submit">Move the due date</button>
        <PastDate id="choice-due-past" day={due} />
      </form>
    </div>
  );
}
