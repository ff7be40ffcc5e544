import { formatDay } from '../measures/dates';
import { formatValue } from '../text/numbers';
import { plural } from '../text/plural';
import { isolate } from '../text/bidi';
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

const kindName = (chart: MeasureChart) => (chart.kind === 'xmr' ? 'XmR control chart' : 'Run chart');

/**
 * The chart's short text alternative, for its image on the board and its SVG in reports: what it shows, the
 * latest value, the centre and limits, the goal and which signals it has, in one or two sentences. The
 * signal sentences themselves are printed next to the chart, so they are not repeated here.
 */
export const chartAlternative = (chart: MeasureChart): string => {
  const n = chart.values.length;
  const title = isolate(chart.title);
  if (n === 0) return `${kindName(chart)} of ${title}: no data yet.`;
  const last = n - 1;
  // Board text (the title, a unit) is isolated so an override in it cannot run on into the app's own words.
  const show = (v: number | null | undefined) => (typeof v === 'number' ? isolate(formatValue(v, chart.unit)) : '');
  const parts = [
    `${kindName(chart)} of ${title}, ${plural(n, 'point')}${n > 1 ? ` from ${formatDay(chart.dates[0]!)}` : ''}`,
    `latest ${show(chart.values[last])} on ${formatDay(chart.dates[last]!)}`,
    typeof chart.centre[last] === 'number' ? `${chart.kind === 'xmr' ? 'mean' : 'median'} ${show(chart.centre[last])}` : '',
    typeof chart.lower[last] === 'number' && typeof chart.upper[last] === 'number' ? `limits ${show(chart.lower[last])} to ${show(chart.upper[last])}` : '',
    chart.goal !== null ? `goal ${show(chart.goal)}` : '',
  ];
  const signals = [...new Set(chart.signals.map((s) => `${SIGNAL_NAMES[s.kind]} (${MEANING[s.meaning].toLowerCase()})`))];
  const found = signals.length
    ? `Signals: ${signals.join(', ')}.`
    : chart.status === 'ok'
      ? 'No signals: common-cause variation.'
      : 'Too few points to judge yet.';
  return `${parts.filter(Boolean).join(', ')}.${found ? ` ${found}` : ''}`;
};

/**
 * Every point of the chart as a read-only table, the same on the board, in the printed report and in
 * Markdown: date, value, centre, limits (XmR only) and signal.
 */
export const pointTable = (chart: MeasureChart): { headers: string[]; rows: string[][] } => {
  const limits = chart.kind === 'xmr';
  return {
    headers: ['Date', 'Value', limits ? 'Mean' : 'Median', ...(limits ? ['Lower limit', 'Upper limit'] : []), 'Signal'],
    rows: chart.values.map((_, i) => {
      const p = describePoint(chart, i);
      return [p.day, p.value, p.centre, ...(limits ? [p.lower, p.upper] : []), p.signal || 'Common cause'];
    }),
  };
};
