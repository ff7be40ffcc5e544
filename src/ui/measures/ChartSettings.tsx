import { useState } from 'preact/hooks';
import { addAnnotation, deleteEntity, setRebase, updateMeasure, type Measure } from '../../core';
import type { BoardSession } from '../model/session';
import { useMe } from '../app/context';
import { Checkbox } from '../fields/Inputs';
import { t, tDay } from '../i18n';

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
        <legend>{t('chartSettings.baseline')}</legend>
        <label class="check">
          <input type="radio" name={`bl-${id}`} checked={mode === 'all'} onChange={() => chooseMode('all')} /> {t('chartSettings.all')}
        </label>
        <label class="check">
          <input type="radio" name={`bl-${id}`} checked={mode === 'first'} onChange={() => chooseMode('first')} /> {t('chartSettings.first')}
        </label>
        {mode === 'first' && (
          <span class="field inline">
            <label for={`blf-${id}`} class="visually-hidden">
              {t('chartSettings.firstCount')}
            </label>
            <input
              id={`blf-${id}`}
              type="number"
              min={2}
              value={measure.freezeFirst ?? 12}
              onChange={(e) => update({ freezeFirst: Number(e.currentTarget.value) })}
            />
            <span> {t('chartSettings.points')}</span>
          </span>
        )}
        <label class="check">
          <input type="radio" name={`bl-${id}`} checked={mode === 'range'} onChange={() => chooseMode('range')} /> {t('chartSettings.dates')}
        </label>
        {mode === 'range' && (
          <span class="row">
            <span class="field">
              <label for={`blfrom-${id}`}>{t('chartSettings.from')}</label>
              <input id={`blfrom-${id}`} type="date" value={measure.freezeFrom} onChange={(e) => update({ freezeFrom: e.currentTarget.value })} />
            </span>
            <span class="field">
              <label for={`blto-${id}`}>{t('chartSettings.to')}</label>
              <input id={`blto-${id}`} type="date" value={measure.freezeTo} onChange={(e) => update({ freezeTo: e.currentTarget.value })} />
            </span>
          </span>
        )}
      </fieldset>
      <Checkbox label={t('chartSettings.rate')} checked={measure.rate} onChange={(rate) => update({ rate })} />
      <div class="row wrap">
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (rebaseDate && session.run(setRebase, { measureId: id, date: rebaseDate, on: true }).ok) setRebaseDate('');
          }}
        >
          <span class="field">
            <label for={`rb-${id}`}>{t('chartSettings.rebaseFrom')}</label>
            <input id={`rb-${id}`} type="date" value={rebaseDate} onInput={(e) => setRebaseDate(e.currentTarget.value)} />
          </span>
          <button type="submit" disabled={!rebaseDate}>
            {t('chartSettings.startRebase')}
          </button>
        </form>
        {rebases.map((date) => (
          <span key={date} class="chip">
            {t('chartSettings.rebase', { day: tDay(date) })}{' '}
            <button
              type="button"
              class="link"
              aria-label={t('chartSettings.removeRebase', { day: tDay(date) })}
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
          <label for={`nd2-${id}`}>{t('chartSettings.noteDate')}</label>
          <input id={`nd2-${id}`} type="date" value={noteDate} required onInput={(e) => setNoteDate(e.currentTarget.value)} />
        </span>
        <span class="field grow">
          <label for={`nt-${id}`}>{t('chartSettings.note')}</label>
          <input
            id={`nt-${id}`}
            value={noteText}
            required
            placeholder={t('chartSettings.notePlaceholder')}
            onInput={(e) => setNoteText(e.currentTarget.value)}
          />
        </span>
        <button type="submit">{t('chartSettings.addNote')}</button>
      </form>
      {notes.length > 0 && (
        <ul class="chart-notes">
          {notes.map((note) => (
            <li key={note.id}>
              {tDay(note.date)}: <bdi>{note.text}</bdi>{' '}
              {me.coLead && (
                <button
                  type="button"
                  class="link"
                  aria-label={t('chartSettings.removeNote', { note: note.text })}
                  onClick={() => session.run(deleteEntity, { kind: 'annotations', id: note.id })}
                >
                  {t('chartSettings.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
