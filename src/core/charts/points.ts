import { formatDay } from '../measures/dates';
import { formatValue } from '../text/numbers';
import type { MeasureChart } from './model';
import type { Signal } from './sentences';

const SIGNAL_NAMES: Record<Signal['kind'], string> = {
  shift: 'shift',
  trend: 'trend',
  runs: 'runs',
  outside: 'outside the limits',
  'two-of-three': '2 of 3 near a limit',
};
const MEANING: Record<Signal['meaning'], string> = { improvement: 'Improvement', concern: 'Concern', neutral: 'Signal' };

export interface PointRow {
  readonly date: string;
  readonly day: string;
  readonly value: string;
  readonly centre: string;
  readonly lower: string;
  readonly upper: string;
  /** "Improvement: shift, trend", or '' when the point is common cause. */
  readonly signal: string;
}

/** One point of a chart in words, as its tooltip and its table row say it: date, value, centre, limits, signal. */
export const describePoint = (chart: MeasureChart, i: number): PointRow => {
  const show = (v: number | null | undefined) => (typeof v === 'number' ? formatValue(v, chart.unit) : '');
  const covering = chart.signals.filter((s) => s.kind !== 'runs' && s.start <= i && i <= s.end && chart.marks[i] !== null);
  const meaning = covering.find((s) => s.meaning !== 'neutral')?.meaning ?? covering[0]?.meaning;
  return {
    date: chart.dates[i]!,
    day: formatDay(chart.dates[i]!),
    value: show(chart.values[i]),
    centre: show(chart.centre[i]),
    lower: show(chart.lower[i]),
    upper: show(chart.upper[i]),
    signal: meaning ? `${MEANING[meaning]}: ${[...new Set(covering.map((s) => SIGNAL_NAMES[s.kind]))].join(', ')}` : '',
  };
};
