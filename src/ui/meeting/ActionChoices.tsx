import { useState } from 'preact/hooks';
import { PastDate } from '../fields/PastDate';
import { Gone, type ChoiceProps } from './choiceParts';
import { t } from '../i18n';

/** An action on the agenda: mark it done, or move its due date. */
export function ActionChoices({ session, refId, decide, coLead }: ChoiceProps) {
  const action = session.collections.actions.entity(refId).value;
  const [due, setDue] = useState('');
  if (!action.ok) return <Gone />;
  if (!coLead) return null;
  if (action.value.done)
    return (
      <p class="choice-done" role="status">
        {t('choice.actionDone')}
      </p>
    );
  return (
    <div class="choices stack" role="group" aria-label={t('choice.actionGroup')}>
      <div class="row wrap">
        <button type="button" onClick={() => decide({ kind: 'action-done' })}>
          {t('choice.markDone')}
        </button>
      </div>
      <form
        class="row wrap"
        aria-label={t('choice.moveForm')}
        onSubmit={(e) => {
          e.preventDefault();
          if (due && decide({ kind: 'action-due', due })) setDue('');
        }}
      >
        <div class="field">
          <label for="choice-due">{t('choice.newDue')}</label>
          <input id="choice-due" type="date" required value={due} aria-describedby="choice-due-past" onInput={(e) => setDue(e.currentTarget.value)} />
        </div>
        <button type="submit">{t('choice.move')}</button>
        <PastDate id="choice-due-past" day={due} />
      </form>
    </div>
  );
}
