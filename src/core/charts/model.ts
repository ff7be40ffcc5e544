import { analyzeRunChart, analyzeXmR, type RunChartAnalysis, type XmRAnalysis } from '../analysis';
import type { Annotation, DataPoint, Measure } from '../schema/entities';
import type { Language } from '../i18n/language';
import { translator, type Translator } from '../i18n/translate';
import { describeSignals, intervalUnit, type Signal } from './sentences';

/** How a point is drawn: by the signal it belongs to, judged by the measure's better direction. */
export type PointMark = 'improvement' | 'concern' | 'neutral' | null;

export interface ChartNote {
  index: number;
  date: string;
  label: string;
  kind: 'cycle' | 'note';
}

export interface MeasureChart {
  kind: 'run' | 'xmr';
  title: string;
  unit: string;
  better: 'up' | 'down';
  goal: number | null;
  dates: string[];
  values: number[];
  /** Centre line per point (median or mean), and process limits per point for XmR. */
  centre: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  marks: PointMark[];
  /** Frozen baseline positions, if any. */
  baseline: { start: number; end: number } | null;
  /** Positions where a new segment starts. */
  rebases: number[];
  notes: ChartNote[];
  status: 'empty' | 'too-few' | 'ok';
  trialLimits: boolean;
  signals: Signal[];
  /** One plain-language paragraph: the signals, or why there is none. */
  summary: string[];
  run: RunChartAnalysis | null;
  xmr: XmRAnalysis | null;
  /** The language its sentences, table and drawing are written in. */
  language: Language;
}

/** The runs rules need at least this many useful points (Anhøj; IHI). */
export const MIN_USEFUL = 10;

export interface CycleOnChart {
  title: string;
  projectTitle: string;
  date: string;
}

/**
 * Everything needed to draw and explain one measure's chart: points in date order, the chosen analysis
 * (with frozen baseline and rebasing), marks for every point, notes (PDSA cycles of linked projects and
 * free-text notes) at their dates, and the sentences. Pure: the board and printed reports both use it.
 */
export const buildMeasureChart = (
  measure: Measure,
  points: readonly DataPoint[],
  notes: readonly Annotation[] = [],
  cycles: readonly CycleOnChart[] = [],
  language: Language = 'en',
): MeasureChart => {
  const tr = translator(language);
  const sorted = points.filter((p) => p.measureId === measure.id && !p.deleted);
  // Points usually arrive in date order already; sorting is only paid for when they do not.
  if (sorted.some((p, i) => i > 0 && p.date < sorted[i - 1]!.date)) sorted.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const dates = sorted.map((p) => p.date);
  const values = sorted.map((p) => p.value);
  const positionOf = (date: string) => {
    const i = dates.findIndex((d) => d >= date);
    return i === -1 ? dates.length - 1 : i;
  };
  const rebases = [
    ...new Set(
      Object.keys(measure.rebase)
        .filter((d) => measure.rebase[d])
        .map(positionOf),
    ),
  ]
    .filter((i) => i > 0)
    .sort((a, b) => a - b);
  const baseline = frozenBaseline(measure, dates);
  const base = {
    kind: measure.chart,
    title: measure.name,
    unit: measure.rate ? '%' : measure.unit,
    better: measure.better,
    goal: measure.goal,
    dates,
    values,
    baseline,
    rebases,
    language,
  };
  const chartNotes: ChartNote[] = [
    ...cycles
      .filter((c) => c.date && dates.length)
      .map((c) => ({ index: positionOf(c.date), date: c.date, label: tr.t('chart.cycleNote', { title: c.title }), kind: 'cycle' as const })),
    ...notes
      .filter((n) => !n.deleted && n.measureId === measure.id && dates.length)
      .map((n) => ({ index: positionOf(n.date), date: n.date, label: n.text, kind: 'note' as const })),
  ].sort((a, b) => a.index - b.index);
  const unitWord = intervalUnit(dates);

  if (values.length === 0) {
    return {
      ...base,
      centre: [],
      lower: [],
      upper: [],
      marks: [],
      notes: chartNotes,
      status: 'empty',
      trialLimits: false,
      signals: [],
      summary: [tr.t('chart.empty')],
      run: null,
      xmr: null,
    };
  }
  if (measure.chart === 'xmr') {
    const xmr = analyzeXmR(values, { improvement: measure.better, rebaseAt: rebases, ...(baseline ? { baseline } : {}) });
    const tooFew = xmr.points.every((p) => p.lower === null);
    const marks = xmr.points.map(
      (p): PointMark => (p.signal === 'improvement' ? 'improvement' : p.signal === 'concern' ? 'concern' : p.signal ? 'neutral' : null),
    );
    const signals = tooFew ? [] : describeSignals({ kind: 'xmr', xmr, dates, values, better: measure.better, unit: unitWord, valueUnit: base.unit, tr });
    return {
      ...base,
      notes: chartNotes,
      xmr,
      run: null,
      signals,
      marks: tooFew ? marks.map(() => null) : marks,
      centre: xmr.points.map((p) => p.mean),
      lower: xmr.points.map((p) => p.lower),
      upper: xmr.points.map((p) => p.upper),
      status: tooFew ? 'too-few' : 'ok',
      trialLimits: xmr.trialLimits,
      summary: summarise(
        signals,
        tooFew ? tr.t('chart.xmr.tooFew', { count: values.length }) : null,
        xmr.trialLimits && !tooFew ? trialNote(xmr, tr) : null,
        tr.t('chart.xmr.calm'),
      ),
    };
  }
  // Run chart: each rebased segment has its own median and rules.
  const starts = [0, ...rebases];
  const centre: (number | null)[] = [];
  const marks: PointMark[] = [];
  const signals: Signal[] = [];
  let useful = 0;
  let judged = false;
  let run: RunChartAnalysis | null = null;
  starts.forEach((start, s) => {
    const end = (starts[s + 1] ?? values.length) - 1;
    const segment = values.slice(start, end + 1);
    const segBaseline =
      baseline && baseline.end >= start && baseline.start <= end ? { start: Math.max(0, baseline.start - start), end: baseline.end - start } : undefined;
    const analysis = analyzeRunChart(segment, segBaseline ? { baseline: segBaseline } : {});
    run = analysis;
    useful += analysis.useful;
    centre.push(...analysis.centre);
    const segMarks: PointMark[] = segment.map(() => null);
    const enough = analysis.useful >= MIN_USEFUL;
    judged ||= enough;
    const segSignals = enough
      ? describeSignals({
          kind: 'run',
          run: analysis,
          dates: dates.slice(start, end + 1),
          values: segment,
          better: measure.better,
          unit: unitWord,
          valueUnit: base.unit,
          tr,
        })
      : [];
    for (const signal of segSignals) {
      for (let i = signal.start; i <= signal.end; i++)
        if (signal.kind !== 'runs' && segment[i] !== analysis.centre[i])
          segMarks[i] = signal.meaning === 'neutral' ? (segMarks[i] ?? 'neutral') : signal.meaning;
      signals.push({ ...signal, start: signal.start + start, end: signal.end + start });
    }
    marks.push(...segMarks);
  });
  const tooFew = !judged;
  return {
    ...base,
    notes: chartNotes,
    run,
    xmr: null,
    centre,
    lower: values.map(() => null),
    upper: values.map(() => null),
    marks,
    signals,
    trialLimits: false,
    status: tooFew ? 'too-few' : 'ok',
    summary: summarise(signals, tooFew ? tr.t('chart.run.tooFew', { min: MIN_USEFUL, count: useful }) : null, null, tr.t('chart.run.calm')),
  };
};

const summarise = (signals: Signal[], tooFew: string | null, trial: string | null, calm: string): string[] => {
  if (tooFew) return [tooFew];
  const lines = signals.map((s) => s.sentence);
  if (lines.length === 0) lines.push(calm);
  if (trial) lines.push(trial);
  return lines;
};

const trialNote = (xmr: XmRAnalysis, tr: Translator): string => {
  const short = xmr.segments.find((s) => s.trialLimits)!;
  return tr.t('chart.trial', { count: short.baselinePoints });
};

/** The baseline the team froze: the first N points, or the points between two dates. */
const frozenBaseline = (measure: Measure, dates: readonly string[]): { start: number; end: number } | null => {
  if (measure.freezeFirst && dates.length > 0) return { start: 0, end: Math.min(measure.freezeFirst, dates.length) - 1 };
  if (measure.freezeFrom || measure.freezeTo) {
    const inside = dates
      .map((d, i) => ((!measure.freezeFrom || d >= measure.freezeFrom) && (!measure.freezeTo || d <= measure.freezeTo) ? i : -1))
      .filter((i) => i >= 0);
    if (inside.length) return { start: inside[0]!, end: inside.at(-1)! };
  }
  return null;
};
