import type { RunChartAnalysis, XmRAnalysis } from '../analysis';
import { dayNumber, formatDay } from '../measures/dates';
import type { Translator } from '../i18n/translate';
import { formatValue } from '../text/numbers';

export interface Signal {
  kind: 'shift' | 'trend' | 'runs' | 'outside' | 'two-of-three';
  /** Positions of the first and last point of the pattern, inclusive. */
  start: number;
  end: number;
  meaning: 'improvement' | 'concern' | 'neutral';
  sentence: string;
}

/** The team's rhythm: weeks, days, months, … */
export type IntervalUnit = 'week' | 'day' | 'month' | 'quarter' | 'point';
/** "weeks", "days", "months", … from the usual gap between dates, so sentences speak the team's rhythm. */
export const intervalUnit = (dates: readonly string[]): IntervalUnit => {
  // The median gap, counted rather than sorted: gaps are whole days and a series has only a few kinds.
  const counts = new Map<number, number>();
  let previous = dates.length ? dayNumber(dates[0]!) : 0;
  for (let i = 1; i < dates.length; i++) {
    const day = dayNumber(dates[i]!);
    counts.set(day - previous, (counts.get(day - previous) ?? 0) + 1);
    previous = day;
  }
  const middle = (dates.length - 1) >> 1;
  let gap = 0;
  let below = 0;
  for (const [days, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    gap = days;
    below += count;
    if (below > middle) break;
  }
  if (gap >= 6 && gap <= 8) return 'week';
  if (gap >= 0.5 && gap <= 1.5) return 'day';
  if (gap >= 27 && gap <= 32) return 'month';
  if (gap >= 85 && gap <= 95) return 'quarter';
  return 'point';
};

interface Context {
  dates: readonly string[];
  values: readonly number[];
  better: 'up' | 'down';
  unit: IntervalUnit;
  valueUnit: string;
  tr: Translator;
}

const count = (ctx: Context, n: number) => ctx.tr.t(`chart.unit.${ctx.unit}`, { count: n });
const judge = (direction: 1 | -1, better: 'up' | 'down'): 'improvement' | 'concern' => (direction > 0 === (better === 'up') ? 'improvement' : 'concern');
const verdict = (ctx: Context, meaning: 'improvement' | 'concern') => ctx.tr.t(`chart.verdict.${ctx.better}.${meaning}`);
const day = (ctx: Context, iso: string, withYear = true) => formatDay(iso, withYear, ctx.tr.language);
const period = (ctx: Context, start: number, end: number) =>
  end === ctx.dates.length - 1
    ? ctx.tr.t('chart.since', { day: day(ctx, ctx.dates[start]!) })
    : ctx.tr.t('chart.fromTo', { from: day(ctx, ctx.dates[start]!), to: day(ctx, ctx.dates[end]!) });
/** "3 March, 10 March and 17 March 2026" (at most six dates, then "and N more"). */
const listDates = (ctx: Context, dates: readonly string[]): string => {
  const named = dates.slice(0, 6).map((d, i, all) => day(ctx, d, i === all.length - 1 || d.slice(0, 4) !== all.at(-1)!.slice(0, 4)));
  const more = dates.length - named.length;
  if (more > 0) return ctx.tr.t('chart.andMore', { dates: named.join(', '), count: more });
  return ctx.tr.list(named);
};
const show = (ctx: Context, value: number) => formatValue(value, ctx.valueUnit, ctx.tr.language);

export const describeSignals = (input: ({ kind: 'run'; run: RunChartAnalysis } | { kind: 'xmr'; xmr: XmRAnalysis }) & Context): Signal[] =>
  input.kind === 'run' ? describeRun(input.run, input) : describeXmR(input.xmr, input);

/** Run chart: IHI shifts and trends, then the Anhøj runs rules, each in one sentence. */
const describeRun = (run: RunChartAnalysis, ctx: Context): Signal[] => {
  const signals: Signal[] = [];
  const median = run.centre[0] ?? 0;
  for (const shift of run.shifts) {
    const above = ctx.values[shift.start]! > median;
    const n = ctx.values.slice(shift.start, shift.end + 1).filter((v) => v !== median).length;
    const meaning = judge(above ? 1 : -1, ctx.better);
    signals.push({
      kind: 'shift',
      start: shift.start,
      end: shift.end,
      meaning,
      sentence: `${ctx.tr.t(above ? 'chart.run.shift.above' : 'chart.run.shift.below', { points: count(ctx, n), period: period(ctx, shift.start, shift.end) })} ${verdict(ctx, meaning)}`,
    });
  }
  for (const trend of run.trends) {
    const slice = ctx.values.slice(trend.start, trend.end + 1);
    const n = slice.filter((v, i) => i === 0 || v !== slice[i - 1]).length;
    const meaning = judge(trend.direction === 'up' ? 1 : -1, ctx.better);
    signals.push({
      kind: 'trend',
      start: trend.start,
      end: trend.end,
      meaning,
      sentence: `${ctx.tr.t(`chart.run.trend.${trend.direction}`, { points: count(ctx, n), period: period(ctx, trend.start, trend.end) })} ${verdict(ctx, meaning)}`,
    });
  }
  if (run.runsSignal && signals.length === 0) {
    const parts: string[] = [];
    if (run.longestRun! > run.longestRunLimit!) parts.push(ctx.tr.t('chart.run.longest', { points: count(ctx, run.longestRun!), limit: run.longestRunLimit! }));
    if (run.crossings! < run.crossingsLimit!) parts.push(ctx.tr.t('chart.run.crossings', { count: run.crossings!, limit: run.crossingsLimit! }));
    const reasons = parts.length === 2 ? ctx.tr.t('chart.run.both', { first: parts[0]!, second: parts[1]! }) : parts.join('');
    const sentence = ctx.tr.t('chart.run.changed', { reasons: reasons.replace(/^./, (c) => c.toUpperCase()) });
    signals.push({ kind: 'runs', start: 0, end: ctx.values.length - 1, meaning: 'neutral', sentence });
  }
  return signals;
};

/** XmR: each run of flagged points per rule, in the order of precedence. */
const describeXmR = (xmr: XmRAnalysis, ctx: Context): Signal[] => {
  const signals: Signal[] = [];
  const next = (a: number, b: number) => b === a + 1;
  /** Groups flagged points: by default consecutive ones; `sameGroup` may also require the same side. */
  const spans = (flag: (i: number) => boolean, sameGroup: (a: number, b: number) => boolean = next) => {
    const out: [number, number][] = [];
    xmr.points.forEach((_, i) => {
      if (!flag(i)) return;
      const last = out.at(-1);
      if (last && sameGroup(last[1], i)) last[1] = i;
      else out.push([i, i]);
    });
    return out;
  };
  const side = (i: number) => Math.sign(ctx.values[i]! - (xmr.points[i]!.mean ?? 0));
  const meaningOf = (i: number) => (xmr.points[i]!.signal === 'improvement' ? 'improvement' : xmr.points[i]!.signal === 'concern' ? 'concern' : 'neutral');
  // Points outside the limits: one sentence per side, naming the dates.
  for (const above of [true, false]) {
    const hits: number[] = [];
    for (let i = 0; i < xmr.points.length; i++) if (xmr.points[i]!.outside && side(i) > 0 === above) hits.push(i);
    if (hits.length === 0) continue;
    const first = hits[0]!;
    const limit = above ? xmr.points[first]!.upper! : xmr.points[first]!.lower!;
    const meaning = meaningOf(first);
    const where = ctx.tr.t(above ? 'chart.xmr.aboveUpper' : 'chart.xmr.belowLower', { limit: show(ctx, limit) });
    const sentence =
      hits.length === 1
        ? ctx.tr.t('chart.xmr.outsideOne', { day: day(ctx, ctx.dates[first]!), value: show(ctx, ctx.values[first]!), where })
        : ctx.tr.t('chart.xmr.outsideMany', {
            points: count(ctx, hits.length),
            where,
            dates: listDates(
              ctx,
              hits.map((i) => ctx.dates[i]!),
            ),
          });
    signals.push({
      kind: 'outside',
      start: first,
      end: hits.at(-1)!,
      meaning,
      sentence: `${sentence} ${verdict(ctx, meaning as 'improvement' | 'concern')}`,
    });
  }
  for (const [start, end] of spans((i) => xmr.points[i]!.trend)) {
    const up = ctx.values[end]! > ctx.values[start]!;
    const meaning = judge(up ? 1 : -1, ctx.better);
    signals.push({
      kind: 'trend',
      start,
      end,
      meaning,
      sentence: `${ctx.tr.t(up ? 'chart.xmr.trend.up' : 'chart.xmr.trend.down', { points: count(ctx, end - start + 1), period: period(ctx, start, end) })} ${verdict(ctx, meaning)}`,
    });
  }
  for (const [start, end] of spans(
    (i) => xmr.points[i]!.shift,
    (a, b) => next(a, b) && side(a) === side(b),
  )) {
    const above = side(start) > 0;
    const meaning = judge(above ? 1 : -1, ctx.better);
    signals.push({
      kind: 'shift',
      start,
      end,
      meaning,
      sentence: `${ctx.tr.t(above ? 'chart.xmr.shift.above' : 'chart.xmr.shift.below', { points: count(ctx, end - start + 1), period: period(ctx, start, end) })} ${verdict(ctx, meaning)}`,
    });
  }
  // 2 of 3 near a limit: only where a longer pattern on the same side does not already explain it.
  const explained = (i: number) => xmr.points[i]!.shift || xmr.points[i]!.outside;
  for (const [start, end] of spans(
    (i) => xmr.points[i]!.twoOfThree && !explained(i),
    (a, b) => b - a <= 2 && side(a) === side(b),
  )) {
    const above = side(start) > 0;
    const meaning = judge(above ? 1 : -1, ctx.better);
    signals.push({
      kind: 'two-of-three',
      start,
      end,
      meaning,
      sentence: `${ctx.tr.t(above ? 'chart.xmr.twoOfThree.upper' : 'chart.xmr.twoOfThree.lower', { points: count(ctx, 3), day: day(ctx, ctx.dates[start]!) })} ${verdict(ctx, meaning)}`,
    });
  }
  return signals.sort((a, b) => a.start - b.start);
};
