import { useState } from 'preact/hooks';
import { deleteEntity, MEASURE_TYPES, updateMeasure, type Measure } from '../../core';
import type { BoardSession } from '../model/session';
import { SelectField, ShortField } from '../fields/Inputs';
import { TextField } from '../fields/TextField';
import { TYPE_LABELS } from './MeasuresView';
import { DataTable } from './DataTable';

const BETTER = { up: 'Higher is better', down: 'Lower is better' };

const toNumber = (text: string): number | null => (text.trim() === '' ? null : Number(text));

export function MeasureCard({ session, measure }: { session: BoardSession; measure: Measure }) {
  const update = (patch: Omit<Parameters<typeof updateMeasure>[1], 'id'>) => session.run(updateMeasure, { id: measure.id, ...patch });
  const points = session.collections.points.live.value.filter((p) => p.measureId === measure.id);
  const [open, setOpen] = useState(false);
  return (
    <section class="card measure" aria-label={`Measure: ${measure.name}`}>
      <div class="grid-fields">
        <div class="span-2"><ShortField label="Measure name" value={measure.name} required onCommit={(name) => update({ name })} /></div>
        <SelectField label="Type" value={measure.type} options={MEASURE_TYPES} labels={TYPE_LABELS} onChange={(type) => update({ type })} />
        <ShortField label="Unit" value={measure.unit} placeholder="e.g. % or minutes" onCommit={(unit) => update({ unit })} />
        <SelectField label="Better direction" value={measure.better} options={['up', 'down'] as const} labels={BETTER} onChange={(better) => update({ better })} />
        <ShortField label="Baseline" type="number" value={measure.baseline?.toString() ?? ''} onCommit={(v) => update({ baseline: toNumber(v) })} />
        <ShortField label="Goal" type="number" value={measure.goal?.toString() ?? ''} onCommit={(v) => update({ goal: toNumber(v) })} />
      </div>
      <TextField session={session} kind="measures" id={measure.id} field="definition" label="Operational definition" hint="Exactly what is counted, from which source, how often, so anyone would get the same number." />
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>Data: {points.length} point{points.length === 1 ? '' : 's'}{points.length ? `, latest ${points.at(-1)?.date}: ${points.at(-1)?.value} ${measure.unit}` : ''}</summary>
        {open && <DataTable session={session} measure={measure} points={points} />}
      </details>
      <button type="button" class="quiet danger" onClick={() => session.run(deleteEntity, { kind: 'measures', id: measure.id })}>Delete measure</button>
    </section>
  );
}

