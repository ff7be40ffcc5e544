import type { RunChartAnalysis, XmRAnalysis } from '../analysis';
import { formatDay } from '../measures/dates';
import { formatValue } from '../text/numbers';
import { plural } from '../text/plural';

export interface Signal {
  kind: 'shift' | 'trend' | 'runs' | 'outside' | 'two-of-three';
  /** Positions of the first and last point of the pattern, inclusive. */
  start: number;
  end: number;
  meaning: 'improvement' | 'concern' | 'neutral';
  sentence: string;
}

/** "weeks", "days", "months", … from the usual gap between dates, so sentences speak the team's rhythm. */
export const intervalUnit = (dates: readonly string[]): { one: string; many: string } => {
  const gaps: number[] = [];
  for (let i = 1; i < dates.length; i++) gaps.push((Date.parse(dates[i]!) - Date.parse(dates[i - 1]!)) / 86_400_000);
  gaps.sort((a, b) => a - b);
  const gap = gaps[gaps.length >> 1] ?? 0;
  if (gap >= 6 && gap <= 8) return { one: 'week', many: 'weeks' };
  if (gap >= 0.5 && gap <= 1.5) return { one: 'day', many: 'days' };
  if (gap >= 27 && gap <= 32) return { one: 'month', many: 'months' };
  if (gap >= 85 && gap <= 95) return { one: 'quarter', many: 'quarters' };
  return { one: 'point', many: 'points' };
};

interface Context {
  dates: readonly string[];
  values: readonly number[];
  better: 'up' | 'down';
  unit: { one: string; many: string };
  valueUnit: string;
}

const count = (n: number, unit: { one: string; many: string }) => `${n} ${n === 1 ? unit.one : unit.many}`;
const judge = (direction: 1 | -1, better: 'up' | 'down'): 'improvement' | 'concern' => (direction > 0 === (better === 'up') ? 'improvement' : 'concern');
const verdict = (meaning: 'improvement' | 'concern', better: 'up' | 'down') =>
  `${better === 'up' ? 'Higher' : 'Lower'} is better, so this ${meaning === 'improvement' ? 'looks like an improvement' : 'is a concern'}.`;
const period = (ctx: Context, start: number, end: number) =>
  end === ctx.dates.length - 1 ? `since ${formatDay(ctx.dates[start]!)}` : `from ${formatDay(ctx.dates[start]!)} to ${formatDay(ctx.dates[end]!)}`;
/** "3 March, 10 March and 17 March 2026" (at most six dates, then "and N more"). */
const listDates = (dates: readonly string[]): string => {
  const named = dates.slice(0, 6).map((d, i, all) => formatDay(d, i === all.length - 1 || d.slice(0, 4) !== all.at(-1)!.slice(0, 4)));
  const more = dates.length - named.length;
  if (more > 0) return `${named.join(', ')} and ${more} more`;
  return named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
};
const show = (value: number, unit: string) => formatValue(value, unit);

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
      sentence: `${count(n, ctx.unit)} in a row ${above ? 'above' : 'below'} the median ${period(ctx, shift.start, shift.end)}: a shift, unlikely to be chance. ${verdict(meaning, ctx.better)}`,
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
      sentence: `${count(n, ctx.unit)} in a row going ${trend.direction} ${period(ctx, trend.start, trend.end)}: a trend, unlikely to be chance. ${verdict(meaning, ctx.better)}`,
    });
  }
  if (run.runsSignal && signals.length === 0) {
    const parts: string[] = [];
    if (run.longestRun! > run.longestRunLimit!)
      parts.push(`the longest run on one side of the median is ${count(run.longestRun!, ctx.unit)} (more than ${run.longestRunLimit} is unlikely by chance)`);
    if (run.crossings! < run.crossingsLimit!)
      parts.push(`the line crosses the median only ${plural(run.crossings!, 'time')} (fewer than ${run.crossingsLimit} is unlikely by chance)`);
    const sentence = `${parts.join('; and ').replace(/^./, (c) => c.toUpperCase())}: the process has probably changed.`;
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
    const hits = xmr.points.flatMap((p, i) => (p.outside && side(i) > 0 === above ? [i] : []));
    if (hits.length === 0) continue;
    const first = hits[0]!;
    const limit = above ? xmr.points[first]!.upper! : xmr.points[first]!.lower!;
    const meaning = meaningOf(first);
    const where = `${above ? 'above the upper' : 'below the lower'} process limit (${show(limit, ctx.valueUnit)})`;
    const sentence =
      hits.length === 1
        ? `On ${formatDay(ctx.dates[first]!)} the value (${show(ctx.values[first]!, ctx.valueUnit)}) was ${where}: special cause variation.`
        : `${count(hits.length, ctx.unit)} ${hits.length === 1 ? 'was' : 'were'} ${where}: ${listDates(hits.map((i) => ctx.dates[i]!))}. Special cause variation.`;
    signals.push({
      kind: 'outside',
      start: first,
      end: hits.at(-1)!,
      meaning,
      sentence: `${sentence} ${verdict(meaning as 'improvement' | 'concern', ctx.better)}`,
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
      sentence: `${count(end - start + 1, ctx.unit)} in a row going ${up ? 'up' : 'down'} ${period(ctx, start, end)}: a trend, special cause variation. ${verdict(meaning, ctx.better)}`,
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
      sentence: `${count(end - start + 1, ctx.unit)} in a row ${above ? 'above' : 'below'} the mean ${period(ctx, start, end)}: a shift, special cause variation. ${verdict(meaning, ctx.better)}`,
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
      sentence: `2 of 3 ${ctx.unit.many} close to the ${above ? 'upper' : 'lower'} limit around ${formatDay(ctx.dates[start]!)}: an early sign of a change. ${verdict(meaning, ctx.better)}`,
    });
  }
  return signals.sort((a, b) => a.start - b.start);
};
