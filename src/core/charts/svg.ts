import { countGraphemes, escapeMarkup, truncateText } from '../text/escape';
import { isolate } from '../text/bidi';
import { formatShortDay } from '../measures/dates';
import { formatTick, formatValue } from '../text/numbers';
import type { MeasureChart, PointMark } from './model';

export interface SvgOptions {
  width?: number;
  height?: number;
  /** Small multiples (the Value Compass): no axis labels, notes or legend. */
  compact?: boolean;
}

/** Colours chosen to differ in greyscale too; every mark also has its own shape. */
export const CHART_COLOURS = {
  ink: '#1d2a36',
  soft: '#5b6770',
  grid: '#e3e7e5',
  line: '#5b6770',
  centre: '#1d2a36',
  limit: '#8a5a00',
  goal: '#2f6f4f',
  improvement: '#1f5f8b',
  concern: '#c2410c',
  neutral: '#7a3e7a',
  baseline: '#eef1ef',
  note: '#7a3e7a',
} as const;

/** Note labels: 11 px text, about 6.2 px a character, in up to three rows above the plot. */
const NOTE_CHAR_PX = 6.2;
const NOTE_ROWS = 3;
const NOTE_ROW_PX = 14;
const NOTE_MAX_CHARS = 34;
const NOTE_GAP_PX = 6;

export interface PlacedNote {
  /** The note's date on the x axis. */
  readonly x: number;
  readonly row: number;
  /** Where the text starts (or ends, for a label anchored at its end near the right edge). */
  readonly textX: number;
  readonly anchorEnd: boolean;
  readonly label: string;
}

/**
 * Puts each note's label in the first row where it clears the labels already there (left to right, by
 * date), using up to three rows. When every row is taken, the label before it in the least crowded row is
 * shortened ("…") to make room: the chart's caption and the notes list keep every label whole.
 */
export const placeNoteLabels = (notes: readonly { x: number; label: string }[], width: number): { rows: number; placed: PlacedNote[] } => {
  const placed: { x: number; row: number; textX: number; anchorEnd: boolean; label: string; start: number; end: number }[] = [];
  const last: (typeof placed)[number][] = [];
  for (const note of notes) {
    const label = truncateText(note.label, NOTE_MAX_CHARS);
    const w = countGraphemes(label) * NOTE_CHAR_PX;
    const anchorEnd = note.x + 3 + w > width - 8;
    const textX = Math.min(note.x + 3, width - 8);
    const [start, end] = anchorEnd ? [textX - w, textX] : [textX, textX + w];
    let row = last.findIndex((p) => p.end + NOTE_GAP_PX <= start);
    if (row < 0 && last.length < NOTE_ROWS) row = last.length;
    if (row < 0) {
      row = last.reduce((best, p, r) => (p.end < last[best]!.end ? r : best), 0);
      const before = last[row]!;
      if (!before.anchorEnd) {
        const room = Math.max(2, Math.floor((start - NOTE_GAP_PX - before.start) / NOTE_CHAR_PX));
        before.label = truncateText(before.label, room);
        before.end = before.start + countGraphemes(before.label) * NOTE_CHAR_PX;
      }
    }
    const entry = { x: note.x, row, textX, anchorEnd, label, start, end };
    placed.push(entry);
    last[row] = entry;
  }
  return { rows: last.length, placed: placed.map(({ start: _s, end: _e, ...p }) => p) };
};

/**
 * Round values between min and max for the axis: the widest step of 1, 2, 2.5 or 5 × 10ⁿ that still gives
 * at least `least` ticks, so a chart never has only two labels to read its values from.
 */
export const niceTicks = (min: number, max: number, least = 4): { step: number; ticks: number[] } => {
  const span = max - min || Math.abs(max) || 1;
  const top = 10 ** Math.ceil(Math.log10(span));
  const ticksFor = (step: number) => {
    const ticks: number[] = [];
    for (let i = Math.ceil(min / step - 1e-9); i * step <= max + step * 1e-9; i++) ticks.push(Number((i * step).toFixed(10)));
    return ticks;
  };
  for (let magnitude = top; magnitude > span / 1000; magnitude /= 10)
    for (const m of [5, 2.5, 2, 1]) {
      const ticks = ticksFor((m * magnitude) / 10);
      if (ticks.length >= least) return { step: (m * magnitude) / 10, ticks };
    }
  return { step: span, ticks: [min, max] };
};

/** Text in the right margin (goal, centre, limits): moved apart so two close values stay readable. */
const LABEL_GAP_PX = 13;
const spreadLabels = <T extends { y: number }>(labels: T[], top: number, bottom: number): T[] => {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++) sorted[i]!.y = Math.max(sorted[i]!.y, sorted[i - 1]!.y + LABEL_GAP_PX);
  const overflow = (sorted.at(-1)?.y ?? 0) - bottom;
  if (overflow > 0) {
    sorted.at(-1)!.y -= overflow;
    for (let i = sorted.length - 2; i >= 0; i--) sorted[i]!.y = Math.min(sorted[i]!.y, sorted[i + 1]!.y - LABEL_GAP_PX);
  }
  for (const label of sorted) label.y = Math.max(label.y, top);
  return sorted;
};

const markShape = (mark: PointMark, x: number, y: number, compact: boolean): string => {
  const s = compact ? 0.7 : 1;
  switch (mark) {
    case 'improvement':
      return `<circle cx="${x}" cy="${y}" r="${6.5 * s}" fill="${CHART_COLOURS.improvement}" stroke="#fff" stroke-width="1.5"/>`;
    case 'concern':
      return `<rect x="${x - 6 * s}" y="${y - 6 * s}" width="${12 * s}" height="${12 * s}" fill="${CHART_COLOURS.concern}" stroke="#fff" stroke-width="1.5"/>`;
    case 'neutral':
      return `<path d="M${x} ${y - 7 * s}L${x + 7 * s} ${y}L${x} ${y + 7 * s}L${x - 7 * s} ${y}Z" fill="${CHART_COLOURS.neutral}" stroke="#fff" stroke-width="1.5"/>`;
    default:
      return `<circle cx="${x}" cy="${y}" r="${3.5 * s}" fill="#fff" stroke="${CHART_COLOURS.line}" stroke-width="1.5"/>`;
  }
};

/** Horizontal pieces of a per-point line (centre or limit), broken where it changes or is missing. */
const steps = (values: readonly (number | null)[]): { from: number; to: number; value: number }[] => {
  const out: { from: number; to: number; value: number }[] = [];
  values.forEach((value, i) => {
    if (value === null) return;
    const last = out.at(-1);
    if (last && last.to === i - 1 && Math.abs(last.value - value) < 1e-12) last.to = i;
    else out.push({ from: i, to: i, value });
  });
  return out;
};

/**
 * Draws a measure's chart as a self-contained SVG document: no script, no external resource, all text
 * escaped. Used on the board (as an image) and in printed reports. The title and description carry the
 * text alternative.
 */
export const renderChartSvg = (chart: MeasureChart, options: SvgOptions = {}): string => {
  const compact = options.compact ?? false;
  const width = options.width ?? (compact ? 260 : 760);
  const height = options.height ?? (compact ? 96 : 340);
  const percent = chart.unit === '%';
  // A unit word ("minutes") would not fit beside the plot; a percent sign does.
  const marginUnit = percent ? '%' : '';
  const reference = [...chart.values, ...chart.centre, ...chart.lower, ...chart.upper, chart.goal].filter(
    (v): v is number => typeof v === 'number' && Number.isFinite(v),
  );
  let lo = Math.min(...reference);
  let hi = Math.max(...reference);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.08;
  lo -= pad;
  hi += pad;
  const axis = reference.length ? niceTicks(lo, hi) : { step: 1, ticks: [] };
  const tickLabels = axis.ticks.map((tick) => formatTick(tick, axis.step, percent));
  // The left margin fits the widest tick label (about 7 px a character at 12 px).
  const widest = Math.max(0, ...tickLabels.map((t) => t.length));
  const sides = compact ? { left: 6, right: 6 } : { left: Math.max(40, widest * 7 + 12), right: 116 };
  const plotW = width - sides.left - sides.right;
  const n = chart.values.length;
  const x = (i: number) => sides.left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const labels = compact
    ? { rows: 0, placed: [] }
    : placeNoteLabels(
        chart.notes.map((note) => ({ x: x(note.index), label: note.label })),
        width,
      );
  const notesBand = labels.rows ? labels.rows * NOTE_ROW_PX + 6 : 0;
  const m = compact ? { ...sides, top: 6, bottom: 6 } : { ...sides, top: 16 + notesBand, bottom: 54 };
  const plotH = height - m.top - m.bottom;
  const desc = escapeMarkup(chart.summary.join(' '));
  const title = escapeMarkup(`${isolate(chart.title)}: ${chart.kind === 'xmr' ? 'XmR control chart' : 'run chart'}`);
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"><title>${title}</title><desc>${desc}</desc><rect width="${width}" height="${height}" fill="#fff"/>`;
  if (n === 0) {
    return `${open}<text x="${width / 2}" y="${height / 2}" text-anchor="middle" font-size="${compact ? 11 : 14}" fill="${CHART_COLOURS.soft}">No data yet</text></svg>`;
  }

  const y = (v: number) => m.top + plotH - ((v - lo) / (hi - lo)) * plotH;
  const half = n > 1 ? plotW / (n - 1) / 2 : plotW / 2;
  const parts: string[] = [open];

  if (chart.baseline) {
    const bx = Math.max(m.left, x(chart.baseline.start) - half);
    const bw = Math.min(m.left + plotW, x(chart.baseline.end) + half) - bx;
    parts.push(`<rect x="${bx}" y="${m.top}" width="${bw}" height="${plotH}" fill="${CHART_COLOURS.baseline}"/>`);
    if (!compact) parts.push(`<text x="${bx + 4}" y="${m.top + plotH - 6}" font-size="11" fill="${CHART_COLOURS.soft}">Frozen baseline</text>`);
  }
  if (!compact) {
    axis.ticks.forEach((tick, i) => {
      parts.push(`<line x1="${m.left}" x2="${m.left + plotW}" y1="${y(tick)}" y2="${y(tick)}" stroke="${CHART_COLOURS.grid}"/>`);
      parts.push(
        `<text class="tick" x="${m.left - 6}" y="${y(tick) + 4}" font-size="12" text-anchor="end" fill="${CHART_COLOURS.soft}">${escapeMarkup(tickLabels[i]!)}</text>`,
      );
    });
    const every = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(plotW / 64))));
    const lastRegular = Math.floor((n - 1) / every) * every;
    chart.dates.forEach((date, i) => {
      // The last date is always shown, unless it would collide with the label before it (about 56 px apart).
      const show = i % every === 0 || (i === n - 1 && x(i) - x(lastRegular) >= 56);
      if (show)
        parts.push(
          `<text x="${x(i)}" y="${m.top + plotH + 18}" font-size="12" text-anchor="middle" fill="${CHART_COLOURS.soft}">${escapeMarkup(formatShortDay(date))}</text>`,
        );
    });
  }
  for (const index of chart.rebases) {
    const rx = x(index) - half;
    parts.push(`<line x1="${rx}" x2="${rx}" y1="${m.top}" y2="${m.top + plotH}" stroke="${CHART_COLOURS.ink}" stroke-dasharray="2 3"/>`);
    if (!compact) parts.push(`<text x="${rx + 4}" y="${m.top + 12}" font-size="11" fill="${CHART_COLOURS.ink}">New baseline</text>`);
  }
  /** Labels for the right margin, placed once every line is drawn. */
  const marginLabels: { y: number; fill: string; kind: string; text: string }[] = [];
  if (chart.goal !== null) {
    parts.push(
      `<line x1="${m.left}" x2="${m.left + plotW}" y1="${y(chart.goal)}" y2="${y(chart.goal)}" stroke="${CHART_COLOURS.goal}" stroke-width="2" stroke-dasharray="1 4" stroke-linecap="round"/>`,
    );
    marginLabels.push({ y: y(chart.goal) + 4, fill: CHART_COLOURS.goal, kind: 'goal', text: `Goal ${formatValue(chart.goal, marginUnit)}` });
  }
  const line = (values: readonly (number | null)[], stroke: string, dash: string, kind: string, label: string, widthPx: number) => {
    const pieces = steps(values);
    for (const piece of pieces) {
      parts.push(
        `<line x1="${x(piece.from) - (piece.from === 0 ? 0 : half)}" x2="${x(piece.to) + (piece.to === n - 1 ? 0 : half)}" y1="${y(piece.value)}" y2="${y(piece.value)}" stroke="${stroke}" stroke-width="${widthPx}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      );
    }
    const last = pieces.at(-1);
    if (last) marginLabels.push({ y: y(last.value) + 4, fill: stroke, kind, text: `${label} ${formatValue(last.value, marginUnit)}` });
  };
  line(chart.upper, CHART_COLOURS.limit, '6 4', 'upper', chart.trialLimits ? 'Upper (trial)' : 'Upper limit', 1.5);
  line(chart.lower, CHART_COLOURS.limit, '6 4', 'lower', chart.trialLimits ? 'Lower (trial)' : 'Lower limit', 1.5);
  line(chart.centre, CHART_COLOURS.centre, '', 'centre', chart.kind === 'xmr' ? 'Mean' : 'Median', 2);
  // The latest value as a number, level with the last point, beside the other values in the margin.
  marginLabels.push({
    y: y(chart.values[n - 1]!) + 4,
    fill: CHART_COLOURS.ink,
    kind: 'latest',
    text: `Latest ${formatValue(chart.values[n - 1]!, marginUnit)}`,
  });
  if (!compact)
    for (const label of spreadLabels(marginLabels, m.top + 4, m.top + plotH + 4))
      parts.push(
        `<text class="${label.kind}" x="${m.left + plotW + 6}" y="${label.y}" font-size="12"${label.kind === 'latest' ? ' font-weight="700"' : ''} fill="${label.fill}">${escapeMarkup(label.text)}</text>`,
      );

  parts.push(
    `<polyline fill="none" stroke="${CHART_COLOURS.line}" stroke-width="${compact ? 1.5 : 2}" points="${chart.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}"/>`,
  );
  chart.values.forEach((v, i) => {
    parts.push(markShape(chart.marks[i] ?? null, x(i), y(v), compact));
  });
  if (!compact) {
    for (const note of labels.placed) {
      parts.push(
        `<line x1="${note.x}" x2="${note.x}" y1="${m.top - notesBand + 14 + note.row * NOTE_ROW_PX}" y2="${m.top + plotH}" stroke="${CHART_COLOURS.note}" stroke-dasharray="1 3"/>`,
      );
      parts.push(
        `<text x="${note.textX}" y="${m.top - notesBand + 12 + note.row * NOTE_ROW_PX}" font-size="11" fill="${CHART_COLOURS.note}"${note.anchorEnd ? ' text-anchor="end"' : ''}>${escapeMarkup(isolate(note.label))}</text>`,
      );
    }
    const ly = height - 12;
    const legend: [PointMark, string, number][] = [
      ['improvement', 'Improvement', 0],
      ['concern', 'Concern', 112],
      ['neutral', 'Signal', 200],
      [null, 'Common cause', 270],
    ];
    for (const [mark, label, dx] of legend) {
      parts.push(
        markShape(mark, m.left + 6 + dx, ly - 4, false),
        `<text x="${m.left + 16 + dx}" y="${ly}" font-size="12" fill="${CHART_COLOURS.ink}">${label}</text>`,
      );
    }
    if (chart.trialLimits)
      parts.push(`<text x="${width - 8}" y="${ly}" font-size="12" text-anchor="end" fill="${CHART_COLOURS.limit}">Trial limits: fewer than 12 points</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
};

/** An <img>-ready data URL: an SVG in an image can run no script and load nothing. */
export const svgDataUrl = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
