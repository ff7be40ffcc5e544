import { useState } from 'preact/hooks';
import { localDay } from '../../core';

import type { ChoiceProps } from './choiceParts';

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
