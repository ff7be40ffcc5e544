import { useState } from 'preact/hooks';
import { addAnnotation, deleteEntity, formatDay, setRebase, updateMeasure, type Measure } from '../../core';
import type { BoardSession } from '../model/session';
import { useMe } from '../app/context';
import { Checkbox } from '../fields/Inputs';

type BaselineMode = 'all' | 'first' | 'range';
const modeOf = (m: Measure): BaselineMode => (m.freezeFirst ? 'first' : m.freezeFrom || m.freezeTo ? 'range' : 'all');

/** How the chart is drawn: chart type, rate, frozen baseline, new baselines after a change, and notes. */
export function ChartSettings({ session, measure }: { session: BoardSession; measure: Measure }) {
  const me = useMe();
  const update = (patch: Omit<Parameters<typeof updateMeasure>[1], 'id'>) => session.run(updateMeasure, { id: measure.id, ...patch });
  const [mode, setMode] = useState<BaselineMode>(modeOf(measure));
  const [rebaseDate, setRebaseDate] = useState('');
  const [noteDate, setNoteDate] = useState('');
  const [noteText, setNoteText] = useState('');
  const notes = session.collections.annotations.live.value.filter((a) => a.measureId === measure.id).sort((a, b) => (a.date < b.date ? -1 : 1));
  const rebases = Object.keys(measure.rebase)
    .filter((d) => measure.rebase[d])
    .sort();
  const id = measure.id;
  const chooseMode = (next: BaselineMode) => {
    setMode(next);
    if (next === 'all') update({ freezeFirst: null, freezeFrom: '', freezeTo: '' });
    if (next === 'first') update({ freezeFirst: measure.freezeFirst ?? 12, freezeFrom: '', freezeTo: '' });
    if (next === 'range') update({ freezeFirst: null });
  };
  return (
    <div class="chart-settings">
      <fieldset class="row wrap">
        <legend>Points the centre line and limits are calculated from (frozen baseline)</legend>
        <label class="check">
          <input type="radio" name={`bl-${id}`} checked={mode === 'all'} onChange={() => chooseMode('all')} /> All points
        </label>
        <label class="check">
          <input type="radio" name={`bl-${id}`} checked={mode === 'first'} onChange={() => chooseMode('first')} /> The first
        </label>
        {mode === 'first' && (
          <span class="field inline">
            <label for={`blf-${id}`} class="visually-hidden">
              Number of baseline points
            </label>
            <input
              id={`blf-${id}`}
              type="number"
              min={2}
              value={measure.freezeFirst ?? 12}
              onChange={(e) => update({ freezeFirst: Number(e.currentTarget.value) })}
            />
            <span> points</span>
          </span>
        )}
        <label class="check">
          <input type="radio" name={`bl-${id}`} checked={mode === 'range'} onChange={() => chooseMode('range')} /> Dates
        </label>
        {mode === 'range' && (
          <span class="row">
            <span class="field">
              <label for={`blfrom-${id}`}>From</label>
              <input id={`blfrom-${id}`} type="date" value={measure.freezeFrom} onChange={(e) => update({ freezeFrom: e.currentTarget.value })} />
            </span>
            <span class="field">
              <label for={`blto-${id}`}>To</label>
              <input id={`blto-${id}`} type="date" value={measure.freezeTo} onChange={(e) => update({ freezeTo: e.currentTarget.value })} />
            </span>
          </span>
        )}
      </fieldset>
      <Checkbox
        label="This is a rate: each point has a numerator and a denominator, shown as a percentage"
        checked={measure.rate}
        onChange={(rate) => update({ rate })}
      />
      <div class="row wrap">
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (rebaseDate && session.run(setRebase, { measureId: id, date: rebaseDate, on: true }).ok) setRebaseDate('');
          }}
        >
          <span class="field">
            <label for={`rb-${id}`}>New baseline from (after a sustained change)</label>
            <input id={`rb-${id}`} type="date" value={rebaseDate} onInput={(e) => setRebaseDate(e.currentTarget.value)} />
          </span>
          <button type="submit" disabled={!rebaseDate}>
            Start new baseline
          </button>
        </form>
        {rebases.map((date) => (
          <span key={date} class="chip">
            New baseline {formatDay(date)}{' '}
            <button
              type="button"
              class="link"
              aria-label={`Remove the new baseline of ${formatDay(date)}`}
              onClick={() => session.run(setRebase, { measureId: id, date, on: false })}
            >
              ✕
            </button>
          </span>
        ))}
      </div>
      <form
        class="row wrap"
        onSubmit={(e) => {
          e.preventDefault();
          if (session.run(addAnnotation, { measureId: id, date: noteDate, text: noteText }).ok) {
            setNoteText('');
            setNoteDate('');
          }
        }}
      >
        <span class="field">
          <label for={`nd2-${id}`}>Note date</label>
          <input id={`nd2-${id}`} type="date" value={noteDate} required onInput={(e) => setNoteDate(e.currentTarget.value)} />
        </span>
        <span class="field grow">
          <label for={`nt-${id}`}>Note on the chart</label>
          <input
            id={`nt-${id}`}
            value={noteText}
            required
            placeholder="e.g. new staff, holiday, astronomical point"
            onInput={(e) => setNoteText(e.currentTarget.value)}
          />
        </span>
        <button type="submit">Add note</button>
      </form>
      {notes.length > 0 && (
        <ul class="chart-notes">
          {notes.map((note) => (
            <li key={note.id}>
              {formatDay(note.date)}: <bdi>{note.text}</bdi>{' '}
              {me.coLead && (
                <button
                  type="button"
                  class="link"
                  aria-label={`Remove the note ${note.text}`}
                  onClick={() => session.run(deleteEntity, { kind: 'annotations', id: note.id })}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
