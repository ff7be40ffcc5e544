import { useState } from 'preact/hooks';
import { ACT_DECISIONS } from '../../core';
import { Gone, type ChoiceProps } from './choiceParts';
import { t, tParts } from '../i18n';

/** A test of change on the agenda: write what was learnt (Study) and decide Act: adopt, adapt or abandon. */
export function CycleChoices({ session, refId, decide, coLead }: ChoiceProps) {
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
    <div class="choices" role="group" aria-label={t('choice.cycleGroup')}>
      <form
        class="stack"
        aria-label={t('choice.study')}
        onSubmit={(e) => {
          e.preventDefault();
          if (decide({ kind: 'study', results: resultsText, learning: learningText })) {
            setResults(null);
            setLearning(null);
          }
        }}
      >
        <div class="field">
          <label for="choice-study-results">{t('choice.studyResults')}</label>
          <textarea id="choice-study-results" rows={3} required value={resultsText} onInput={(e) => setResults(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="choice-study-learning">{t('choice.learned')}</label>
          <textarea id="choice-study-learning" rows={2} value={learningText} onInput={(e) => setLearning(e.currentTarget.value)} />
        </div>
        <div class="row">
          <button type="submit">{t('choice.saveStudy')}</button>
        </div>
      </form>
      {value.actDecision ? (
        <p class="choice-done" role="status">
          {tParts('choice.act', { decision: <strong>{t(`actDecision.${value.actDecision}`)}</strong> })}
        </p>
      ) : (
        <div class="stack">
          <div class="field">
            <label for="choice-act-next">{t('choice.actNext')}</label>
            <input id="choice-act-next" value={next} maxLength={2000} onInput={(e) => setNext(e.currentTarget.value)} />
          </div>
          <div class="row wrap" role="group" aria-label={t('choice.actGroup')}>
            {ACT_DECISIONS.map((decision) => (
              <button key={decision} type="button" onClick={() => decide({ kind: 'act', decision, next })}>
                {t(`act.${decision}`)}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
