import { useState } from 'preact/hooks';
import { addDataPoint, deleteEntity, updateDataPoint, type DataPoint, type Measure, isolate, addDays, localDay } from '../../core';
import type { BoardSession } from '../model/session';
import { useMe } from '../app/context';
import { ShortField } from '../fields/Inputs';
import { t, tValue } from '../i18n';

/** Teams look at data weekly: after the last point, suggest the same weekday a week later; else today. */
const nextDate = (points: DataPoint[]): string => {
  const last = points.at(-1)?.date;
  return last ? addDays(last, 7) : localDay();
};

/** A year of weekly points; years of daily data would make the table thousands of rows of inputs. */
const SHOWN = 52;

/**
 * A measure's data points: newest last, each editable in place; a row at the end adds the next one. The
 * latest SHOWN are listed, with a button for earlier ones.
 */
export function DataTable({ session, measure, points }: { session: BoardSession; measure: Measure; points: DataPoint[] }) {
  const [shown, setShown] = useState(SHOWN);
  const me = useMe();
  const hidden = Math.max(0, points.length - shown);
  const [date, setDate] = useState(() => nextDate(points));
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [numerator, setNumerator] = useState('');
  const [denominator, setDenominator] = useState('');
  const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  const add = (event: Event) => {
    event.preventDefault();
    const point = measure.rate ? { numerator: num(numerator), denominator: num(denominator) } : { value: num(value) };
    if (session.run(addDataPoint, { measureId: measure.id, date, note, ...point }).ok) {
      setNumerator('');
      setDenominator('');
      setDate(addDays(date, 7));
      setValue('');
      setNote('');
    }
  };
  const id = measure.id;
  /**
   * Enter in a listed row's number saves it (the field does that) and moves to the same column one row
   * down, the new row's at the end; Shift+Enter moves up. It never submits the new row's form.
   */
  const moveDown = (event: KeyboardEvent) => {
    const input = event.target as HTMLInputElement;
    if (event.key !== 'Enter' || input.tagName !== 'INPUT' || input.closest('tr.new-row')) return;
    event.preventDefault();
    if (input.type !== 'number') return;
    const cell = input.closest('td');
    const row = cell?.parentElement as HTMLTableRowElement | null;
    const next = (event.shiftKey ? row?.previousElementSibling : row?.nextElementSibling) as HTMLTableRowElement | null;
    const target = next?.cells[cell!.cellIndex]?.querySelector<HTMLInputElement>('input[type="number"]');
    if (!target) return;
    target.focus();
    target.select();
  };
  return (
    <form onSubmit={add} aria-label={t('data.form', { name: measure.name })}>
      {hidden > 0 && (
        <p class="row wrap">
          <span class="meta">{t('data.hidden', { count: hidden })}</span>
          <button type="button" onClick={() => setShown(shown + 10 * SHOWN)}>
            {t('data.showEarlier', { count: Math.min(hidden, 10 * SHOWN) })}
          </button>
        </p>
      )}
      <table class="data">
        <caption class="visually-hidden">{t('data.caption', { name: measure.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.date')}</th>
            {measure.rate ? (
              <>
                <th scope="col">{t('data.numerator')}</th>
                <th scope="col">{t('data.denominator')}</th>
                <th scope="col">{t('data.rate')}</th>
              </>
            ) : (
              <th scope="col">{measure.unit ? t('data.valueIn', { unit: isolate(measure.unit) }) : t('data.value')}</th>
            )}
            <th scope="col">{t('data.note')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('data.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody onKeyDown={moveDown}>
          {points.slice(hidden).map((p) => (
            <tr key={p.id}>
              <td>
                <ShortField
                  label={t('data.dateOf', { date: p.date })}
                  hideLabel
                  type="date"
                  value={p.date}
                  onCommit={(d) => session.run(updateDataPoint, { id: p.id, date: d })}
                />
              </td>
              {measure.rate ? (
                <>
                  <td>
                    <ShortField
                      label={t('data.numeratorOn', { date: p.date })}
                      hideLabel
                      type="number"
                      value={p.numerator?.toString() ?? ''}
                      onCommit={(v) => session.run(updateDataPoint, { id: p.id, numerator: num(v) })}
                    />
                  </td>
                  <td>
                    <ShortField
                      label={t('data.denominatorOn', { date: p.date })}
                      hideLabel
                      type="number"
                      value={p.denominator?.toString() ?? ''}
                      onCommit={(v) => session.run(updateDataPoint, { id: p.id, denominator: num(v) })}
                    />
                  </td>
                  <td class="computed">{tValue(p.value, '%')}</td>
                </>
              ) : (
                <td>
                  <ShortField
                    label={t('data.valueOn', { date: p.date })}
                    hideLabel
                    type="number"
                    value={String(p.value)}
                    onCommit={(v) => session.run(updateDataPoint, { id: p.id, value: num(v) })}
                  />
                </td>
              )}
              <td>
                <ShortField
                  label={t('data.noteOn', { date: p.date })}
                  hideLabel
                  value={p.note}
                  onCommit={(n) => session.run(updateDataPoint, { id: p.id, note: n })}
                />
              </td>
              <td>
                {me.coLead && (
                  <button
                    type="button"
                    class="quiet"
                    aria-label={t('data.deletePoint', { date: p.date })}
                    onClick={() => session.run(deleteEntity, { kind: 'points', id: p.id })}
                  >
                    {t('data.delete')}
                  </button>
                )}
              </td>
            </tr>
          ))}
          <tr class="new-row">
            <td>
              <label class="visually-hidden" for={`nd-${id}`}>
                {t('data.newDate')}
              </label>
              <input id={`nd-${id}`} type="date" value={date} required onInput={(e) => setDate(e.currentTarget.value)} />
            </td>
            {measure.rate ? (
              <>
                <td>
                  <label class="visually-hidden" for={`nnum-${id}`}>
                    {t('data.newNumerator')}
                  </label>
                  <input id={`nnum-${id}`} type="number" step="any" min={0} value={numerator} required onInput={(e) => setNumerator(e.currentTarget.value)} />
                </td>
                <td>
                  <label class="visually-hidden" for={`nden-${id}`}>
                    {t('data.newDenominator')}
                  </label>
                  <input
                    id={`nden-${id}`}
                    type="number"
                    step="any"
                    min={0}
                    value={denominator}
                    required
                    onInput={(e) => setDenominator(e.currentTarget.value)}
                  />
                </td>
                <td />
              </>
            ) : (
              <td>
                <label class="visually-hidden" for={`nv-${id}`}>
                  {t('data.newValue')}
                </label>
                <input
                  id={`nv-${id}`}
                  type="number"
                  step="any"
                  value={value}
                  required
                  aria-describedby={`nhint-${id}`}
                  onInput={(e) => setValue(e.currentTarget.value)}
                />
              </td>
            )}
            <td>
              <label class="visually-hidden" for={`nn-${id}`}>
                {t('data.newNote')}
              </label>
              <input id={`nn-${id}`} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            </td>
            <td>
              <button type="submit">{t('data.add')}</button>
            </td>
          </tr>
        </tbody>
      </table>
      <p class="hint" id={`nhint-${id}`}>
        {t('data.hint')}
      </p>
    </form>
  );
}
