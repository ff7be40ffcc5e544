import { useState } from 'preact/hooks';
import { PastDate } from '../fields/PastDate';
import { Gone, type ChoiceProps } from './choiceParts';

/** An action on the agenda: mark it done, or move its due date. */
export function ActionChoices({ session, refId, decide, coLead }: ChoiceProps) {
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
