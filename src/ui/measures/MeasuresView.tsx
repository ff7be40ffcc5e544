import { useState } from 'preact/hooks';
import { addMeasure, MEASURE_TYPE_LABELS, MEASURE_TYPES, type MeasureType, byOrder } from '../../core';
import type { BoardSession } from '../model/session';
import { SelectField } from '../fields/Inputs';
import { MeasureCard } from './MeasureCard';
import { focusWhenShown } from '../fields/focusOnMount';

/** How the team knows a change is an improvement: each measure with its definition and its data. */
export function MeasuresView({ session }: { session: BoardSession; boardId: string }) {
  const measures = session.collections.measures.live.value.slice().sort(byOrder);
  const [name, setName] = useState('');
  const [type, setType] = useState<MeasureType>('outcome');
  const add = (event: Event) => {
    event.preventDefault();
    const made = session.run(addMeasure, { name, type });
    if (!made.ok) return;
    setName('');
    // The new measure is drawn above this form: take the focus to its heading.
    focusWhenShown(() => document.getElementById(`measure-${made.value}`));
  };
  return (
    <div class="stack">
      <h1>Measures</h1>
      {measures.length === 0 && (
        <p class="empty">
          No measures yet. Outcome measures show the result, process measures show whether the change is done, balancing measures catch harm elsewhere.
        </p>
      )}
      {measures.map((measure) => (
        <MeasureCard key={measure.id} session={session} measure={measure} />
      ))}
      <form class="card row wrap add" onSubmit={add} aria-label="Add a measure">
        <div class="field grow">
          <label for="measure-name">New measure</label>
          <input id="measure-name" value={name} required placeholder="e.g. Discharges before 11am" onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <SelectField label="Type" value={type} options={MEASURE_TYPES} labels={MEASURE_TYPE_LABELS} onChange={setType} />
        <button type="submit" class="primary" disabled={session.readOnly.value}>
          Add measure
        </button>
      </form>
    </div>
  );
}
