import { useState } from 'preact/hooks';
import { localDay } from '../../core';

import type { ChoiceProps } from './choiceParts';
import { t } from '../i18n';

/** A measure on the agenda: note on its chart what the team saw. */
export function MeasureChoices({ session, refId, decide, coLead }: ChoiceProps) {
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
      aria-label={t('choice.noteForm')}
      onSubmit={(e) => {
        e.preventDefault();
        if (decide({ kind: 'annotate', date: day, text })) setText('');
      }}
    >
      <div class="field">
        <label for="choice-note-date">{t('choice.noteAt')}</label>
        <input id="choice-note-date" type="date" required value={day} onInput={(e) => setDate(e.currentTarget.value)} />
      </div>
      <div class="field grow">
        <label for="choice-note-text">{t('choice.note')}</label>
        <input
          id="choice-note-text"
          required
          maxLength={200}
          placeholder={t('choice.notePlaceholder')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <button type="submit">{t('choice.addNote')}</button>
    </form>
  );
}
