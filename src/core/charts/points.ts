import { formatDay } from '../measures/dates';
import { formatValue } from '../text/numbers';
import { translator } from '../i18n/translate';
import { isolate } from '../text/bidi';
import type { MeasureChart } from './model';
import type { Signal } from './sentences';

const SIGNAL_KEY = {
  shift: 'signal.shift',
  trend: 'signal.trend',
  runs: 'signal.runs',
  outside: 'signal.outside',
  'two-of-three': 'signal.two-of-three',
} as const;
/** A chart's words: its language's messages, its days and its values. */
const wordsOf = (chart: MeasureChart) => {
  const tr = translator(chart.language);
  return {
    tr,
    signal: (kind: Signal['kind']) => tr.t(SIGNAL_KEY[kind]),
    meaning: (meaning: Signal['meaning']) => tr.t(`meaning.${meaning}`),
    day: (iso: string) => formatDay(iso, true, chart.language),
    value: (v: number) => formatValue(v, chart.unit, chart.language),
  };
};

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
  const words = wordsOf(chart);
  const show = (v: number | null | undefined) => (typeof v === 'number' ? words.value(v) : '');
  const covering = chart.signals.filter((s) => s.kind !== 'runs' && s.start <= i && i <= s.end && chart.marks[i] !== null);
  const meaning = covering.find((s) => s.meaning !== 'neutral')?.meaning ?? covering[0]?.meaning;
  return {
    date: chart.dates[i]!,
    day: words.day(chart.dates[i]!),
    value: show(chart.values[i]),
    centre: show(chart.centre[i]),
    lower: show(chart.lower[i]),
    upper: show(chart.upper[i]),
    signal: meaning
      ? words.tr.t('point.signal', { meaning: words.meaning(meaning), signals: [...new Set(covering.map((s) => words.signal(s.kind)))].join(', ') })
      : '',
  };
};

/**
 * The chart's short text alternative, for its image on the board and its SVG in reports: what it shows, the
 * latest value, the centre and limits, the goal and which signals it has, in one or two sentences. The
 * signal sentences themselves are printed next to the chart, so they are not repeated here.
 */
export const chartAlternative = (chart: MeasureChart): string => {
  const n = chart.values.length;
  const title = isolate(chart.title);
  const { tr, ...words } = wordsOf(chart);
  const kind = tr.t(chart.kind === 'xmr' ? 'chart.kind.xmr' : 'chart.kind.run');
  if (n === 0) return tr.t('chart.alt.empty', { kind, title });
  const last = n - 1;
  // Board text (the title, a unit) is isolated so an override in it cannot run on into the app's own words.
  const show = (v: number | null | undefined) => (typeof v === 'number' ? isolate(words.value(v)) : '');
  const parts = [
    tr.t('chart.alt.points', { kind, title, count: n, day: words.day(chart.dates[0]!) }),
    tr.t('chart.alt.latest', { value: show(chart.values[last]), day: words.day(chart.dates[last]!) }),
    typeof chart.centre[last] === 'number' ? tr.t(chart.kind === 'xmr' ? 'chart.alt.mean' : 'chart.alt.median', { value: show(chart.centre[last]) }) : '',
    typeof chart.lower[last] === 'number' && typeof chart.upper[last] === 'number'
      ? tr.t('chart.alt.limits', { lower: show(chart.lower[last]), upper: show(chart.upper[last]) })
      : '',
    chart.goal !== null ? tr.t('chart.alt.goal', { value: show(chart.goal) }) : '',
  ];
  const signals = [
    ...new Set(chart.signals.map((s) => tr.t('chart.alt.signal', { signal: words.signal(s.kind), meaning: words.meaning(s.meaning).toLowerCase() }))),
  ];
  const found = signals.length
    ? tr.t('chart.alt.signals', { signals: signals.join(', ') })
    : chart.status === 'ok'
      ? tr.t('chart.alt.calm')
      : tr.t('chart.alt.tooFew');
  return `${parts.filter(Boolean).join(', ')}.${found ? ` ${found}` : ''}`;
};

/**
 * Every point of the chart as a read-only table, the same on the board, in the printed report and in
 * Markdown: date, value, centre, limits (XmR only) and signal.
 */
export const pointTable = (chart: MeasureChart): { headers: string[]; rows: string[][] } => {
  const limits = chart.kind === 'xmr';
  const { tr } = wordsOf(chart);
  return {
    headers: [
      tr.t('point.date'),
      tr.t('point.value'),
      tr.t(limits ? 'point.mean' : 'point.median'),
      ...(limits ? [tr.t('point.lower'), tr.t('point.upper')] : []),
      tr.t('point.signalColumn'),
    ],
    rows: chart.values.map((_, i) => {
      const p = describePoint(chart, i);
      return [p.day, p.value, p.centre, ...(limits ? [p.lower, p.upper] : []), p.signal || tr.t('meaning.common')];
    }),
  };
};
