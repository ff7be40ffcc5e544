import { useMemo, useState } from 'preact/hooks';
import { CHART_KINDS, deleteEntity, MEASURE_TYPES, updateMeasure, type ChartKind, type Measure } from '../../core';
import { useMe } from '../app/context';
import type { BoardSession } from '../model/session';
import { ChoiceField, ShortField } from '../fields/Inputs';
import { TextField } from '../fields/TextField';
import { DataTable } from './DataTable';
import { ImportPanel } from './ImportPanel';
import { ChartSettings } from './ChartSettings';
import { MeasureChartView } from './MeasureChartView';
import { chartFor, measurePoints, pointsById, pointsOf } from './chartData';
import { t, tDay, uiLanguage } from '../i18n';

const betterLabel = (better: 'up' | 'down') => t(`measure.${better}`);
const kindButton = (kind: ChartKind) => t(`measure.${kind}`);

const toNumber = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** One measure: its chart with what it says, then its data, settings and definition. */
export function MeasureCard({ session, measure }: { session: BoardSession; measure: Measure }) {
  const me = useMe();
  const update = (patch: Omit<Parameters<typeof updateMeasure>[1], 'id'>) => session.run(updateMeasure, { id: measure.id, ...patch });
  const { points: kept, conflicts } = pointsOf(session, measure.id);
  const points = kept.sort((a, b) => (a.date < b.date ? -1 : 1));
  const allPoints = pointsById(session);
  const shownValue = (id: string) => {
    const p = allPoints.get(id);
    return p ? (p.numerator !== null && p.denominator !== null ? `${p.numerator}/${p.denominator}` : String(p.value)) : '?';
  };
  // Drawn again only when what it is drawn from changes, not whenever the card does (a panel opening).
  const sources = [
    measurePoints(session, measure.id),
    session.collections.annotations.live.value,
    session.collections.cycles.live.value,
    session.collections.projects.live.value,
    uiLanguage.value,
  ];
  const chart = useMemo(() => chartFor(session, measure), [session, measure, ...sources]);
  const existingDates = useMemo(() => new Set(points.map((p) => p.date)), [points.map((p) => p.date).join()]);
  const [open, setOpen] = useState<'data' | 'settings' | null>(points.length === 0 ? 'data' : null);
  const toggle = (panel: 'data' | 'settings') => setOpen(open === panel ? null : panel);
  const headingId = `measure-${measure.id}`;
  return (
    <section class="card measure" aria-labelledby={headingId}>
      <div class="measure-head row wrap">
        <h2 id={headingId} class="grow">
          {measure.name}
        </h2>
        <div class="segmented" role="group" aria-label={t('measure.chartType', { name: measure.name })}>
          {CHART_KINDS.map((kind) => (
            <button key={kind} type="button" aria-pressed={measure.chart === kind} onClick={() => update({ chart: kind })}>
              {kindButton(kind)}
            </button>
          ))}
        </div>
      </div>
      {conflicts.length > 0 && (
        <div class="banner warning" role="status">
          <p>
            <strong>{t('measure.twoValues')}</strong> {t('measure.twoValuesHint')}
          </p>
          <ul class="conflicts">
            {conflicts.map((c) => (
              <li key={`${c.date}`}>
                {t('measure.conflict', { day: tDay(c.date), kept: shownValue(c.kept), others: c.others.map(shownValue).join(', ') })}{' '}
                <button type="button" onClick={() => session.run(deleteEntity, { kind: 'points', id: c.others[0]! })}>
                  {t('measure.keep', { value: shownValue(c.kept) })}
                </button>{' '}
                <button type="button" onClick={() => session.run(deleteEntity, { kind: 'points', id: c.kept })}>
                  {t('measure.keep', { value: shownValue(c.others[0]!) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <MeasureChartView chart={chart} />
      <div class="row wrap measure-tabs">
        {/* The open panel's button says it hides it: a second click is no surprise. */}
        <button type="button" aria-expanded={open === 'data'} onClick={() => toggle('data')}>
          {t(open === 'data' ? 'measure.hideData' : 'measure.data', { count: points.length })}
        </button>
        <button type="button" aria-expanded={open === 'settings'} onClick={() => toggle('settings')}>
          {t(open === 'settings' ? 'measure.hideSettings' : 'measure.settings')}
        </button>
      </div>
      {open === 'data' && (
        <div class="panel">
          <DataTable session={session} measure={measure} points={points} />
          <ImportPanel session={session} measure={measure} existingDates={existingDates} />
        </div>
      )}
      {open === 'settings' && (
        <div class="panel">
          <div class="grid-fields">
            <div class="span-2">
              <ShortField label={t('measure.name')} value={measure.name} required onCommit={(name) => update({ name })} />
            </div>
            <ChoiceField
              label={t('measures.type')}
              value={measure.type}
              options={MEASURE_TYPES}
              labels={(kind) => t(`measureType.${kind}`)}
              onChange={(type) => update({ type })}
            />
            <ShortField label={t('measure.unit')} value={measure.unit} placeholder={t('measure.unitPlaceholder')} onCommit={(unit) => update({ unit })} />
            <ChoiceField
              label={t('measure.better')}
              value={measure.better}
              options={['up', 'down'] as const}
              labels={betterLabel}
              onChange={(better) => update({ better })}
            />
            <ShortField
              label={t('measure.baseline')}
              type="number"
              value={measure.baseline?.toString() ?? ''}
              onCommit={(v) => update({ baseline: toNumber(v) })}
            />
            <ShortField label={t('measure.goal')} type="number" value={measure.goal?.toString() ?? ''} onCommit={(v) => update({ goal: toNumber(v) })} />
          </div>
          <TextField session={session} kind="measures" id={measure.id} field="definition" label={t('measure.definition')} hint={t('measure.definitionHint')} />
          <ChartSettings session={session} measure={measure} />
          {me.coLead && (
            <button type="button" class="quiet danger" onClick={() => session.run(deleteEntity, { kind: 'measures', id: measure.id })}>
              {t('measure.delete')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
