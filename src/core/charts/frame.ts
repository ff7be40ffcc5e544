import { formatTick } from '../text/numbers';
import { translator } from '../i18n/translate';
import type { MeasureChart } from './model';
import { NOTE_ROW_PX, niceTicks, placeNoteLabels, type PlacedNote } from './layout';

export interface SvgOptions {
  /** The width to draw for: the board passes the width it has, so text keeps its size on a narrow screen. */
  width?: number;
  height?: number;
  /** Small multiples (the Value Compass): no axis labels, notes or legend. */
  compact?: boolean;
}

/** The legend's entries, in order; each is a mark and the message that names it. */
export const LEGEND = [
  ['improvement', 'meaning.improvement'],
  ['concern', 'meaning.concern'],
  ['neutral', 'meaning.neutral'],
  [null, 'meaning.common'],
] as const;
const LEGEND_ROW_PX = 20;
/** About 7 px a character of 12 px text, plus the mark and a gap. */
const legendItemWidth = (label: string) => label.length * 7 + 30;
/**
 * A coordinate to a hundredth of a pixel: finer than any screen or printer draws it, and it keeps the SVG's
 * numbers short (a chart has hundreds; writing each with 15 digits was much of the time to draw one).
 */
export const px = (v: number): number => Math.round(v * 100) / 100;

/** A coordinate as the SVG writes it, to a hundredth of a pixel: the same text as `String(px(v))`, made faster. */
export const pxText = (v: number): string => {
  const signed = Math.round(v * 100);
  const hundredths = Math.abs(signed);
  const whole = Math.floor(hundredths / 100);
  const fraction = hundredths - whole * 100;
  const sign = signed < 0 ? '-' : '';
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${fraction % 10 === 0 ? fraction / 10 : fraction < 10 ? `0${fraction}` : fraction}`;
};

/** The least and greatest finite number of some lists, and how many there are: the range a chart must show. */
const extent = (lists: readonly (readonly (number | null | undefined)[])[]): { lo: number; hi: number; count: number } => {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let count = 0;
  for (const list of lists)
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      count++;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  return { lo, hi, count };
};

/**
 * Where everything goes on a chart of this size: margins, the value axis and its ticks, the x and y of every
 * point, the notes' rows and the legend's rows. One place, so the drawing and the board's pointer (which
 * point is under it) agree.
 */
export const chartFrame = (chart: MeasureChart, options: SvgOptions = {}) => {
  const compact = options.compact ?? false;
  const width = Math.max(compact ? 120 : 300, options.width ?? (compact ? 260 : 760));
  const percent = chart.unit === '%';
  const reference = extent([chart.values, chart.centre, chart.lower, chart.upper, [chart.goal]]);
  let { lo, hi } = reference;
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.08;
  lo -= pad;
  hi += pad;
  const axis = reference.count ? niceTicks(lo, hi) : { step: 1, ticks: [] };
  const tickLabels = axis.ticks.map((tick) => formatTick(tick, axis.step, percent, chart.language));
  // The left margin fits the widest tick label; the right one the labels of the lines (narrower when space is short).
  const widest = Math.max(0, ...tickLabels.map((t) => t.length));
  const sides = compact ? { left: 6, right: 6 } : { left: Math.max(40, widest * 7 + 12), right: width < 520 ? 100 : 116 };
  const plotW = width - sides.left - sides.right;
  const n = chart.values.length;
  const x = (i: number) => px(sides.left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1)));
  const notes: { rows: number; placed: PlacedNote[] } = compact
    ? { rows: 0, placed: [] }
    : placeNoteLabels(
        chart.notes.map((note) => ({ x: x(note.index), label: note.label })),
        width,
      );
  const notesBand = notes.rows ? notes.rows * NOTE_ROW_PX + 6 : 0;
  // The legend wraps onto more rows when the chart is narrow.
  const legend: { mark: (typeof LEGEND)[number][0] | 'trial'; label: string; x: number; row: number }[] = [];
  if (!compact) {
    let at = 0;
    let row = 0;
    const tr = translator(chart.language);
    const entries: (readonly [(typeof LEGEND)[number][0] | 'trial', string])[] = LEGEND.map(([mark, key]) => [mark, tr.t(key)] as const);
    if (chart.trialLimits) entries.push(['trial', tr.t('chart.svg.trialLegend')]);
    for (const [mark, label] of entries) {
      const w = legendItemWidth(label);
      if (at > 0 && sides.left + at + w > width - 8) {
        row++;
        at = 0;
      }
      legend.push({ mark, label, x: sides.left + 6 + at, row });
      at += w;
    }
  }
  const legendRows = legend.length ? (legend.at(-1)?.row ?? 0) + 1 : 0;
  const plotHeight = options.height ?? (compact ? 96 : Math.round(Math.min(340, Math.max(240, width * 0.45))) + (legendRows - 1) * LEGEND_ROW_PX);
  const m = compact ? { ...sides, top: 6, bottom: 6 } : { ...sides, top: 16 + notesBand, bottom: 34 + legendRows * LEGEND_ROW_PX };
  const height = plotHeight;
  const plotH = height - m.top - m.bottom;
  const y = (v: number) => px(m.top + plotH - ((v - lo) / (hi - lo)) * plotH);
  return { compact, width, height, percent, m, plotW, plotH, n, x, y, axis, tickLabels, notes, notesBand, legend, legendRows, legendRowPx: LEGEND_ROW_PX };
};
export type ChartFrame = ReturnType<typeof chartFrame>;

/** Where each point is drawn, for finding the one under a pointer. */
export const pointPositions = (chart: MeasureChart, options: SvgOptions = {}): { x: number; y: number }[] => {
  const frame = chartFrame(chart, options);
  return chart.values.map((v, i) => ({ x: frame.x(i), y: frame.y(v) }));
};
