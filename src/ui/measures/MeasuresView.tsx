import { useState } from 'preact/hooks';
import { addMeasure, MEASURE_TYPES, type MeasureType, byOrder } from '../../core';
import type { BoardSession } from '../model/session';
import { SelectField } from '../fields/Inputs';
import { MeasureCard } from './MeasureCard';
import { focusWhenShown } from '../fields/focusOnMount';
import { t } from '../i18n';

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
      <h1>{t('measures.title')}</h1>
      {measures.length === 0 && <p class="empty">{t('measures.none')}</p>}
      {measures.map((measure) => (
        <MeasureCard key={measure.id} session={session} measure={measure} />
      ))}
      <form class="card row wrap add" onSubmit={add} aria-label={t('measures.addForm')}>
        <div class="field grow">
          <label for="measure-name">{t('measures.new')}</label>
          <input id="measure-name" value={name} required placeholder={t('measures.placeholder')} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <SelectField label={t('measures.type')} value={type} options={MEASURE_TYPES} labels={(kind) => t(`measureType.${kind}`)} onChange={setType} />
        <button type="submit" class="primary" disabled={session.readOnly.value}>
          {t('measures.add')}
        </button>
      </form>
    </div>
  );
}
