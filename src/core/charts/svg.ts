import { isolate } from '../text/bidi';
import { dayNumber, formatShortDay, formatShortMonth } from '../measures/dates';
import { formatValue } from '../text/numbers';
import { translator } from '../i18n/translate';
import type { MeasureChart, PointMark } from './model';
import { chartFrame, px, pxText, type SvgOptions } from './frame';
import { chartAlternative } from './points';
import { NOTE_ROW_PX, spreadLabels } from './layout';
import { markupPen, type ChartPen } from './pen';

export type { SvgOptions } from './frame';

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

const markShape = (pen: ChartPen, mark: PointMark, x: number, y: number, compact: boolean): void => {
  const s = compact ? 0.7 : 1;
  if (mark === 'improvement')
    pen.shape('circle', ['cx', x, 'cy', y, 'r', px(6.5 * s), 'fill', CHART_COLOURS.improvement, 'stroke', '#fff', 'stroke-width', 1.5]);
  else if (mark === 'concern') {
    const side = px(12 * s);
    pen.shape('rect', [
      'x',
      px(x - 6 * s),
      'y',
      px(y - 6 * s),
      'width',
      side,
      'height',
      side,
      'fill',
      CHART_COLOURS.concern,
      'stroke',
      '#fff',
      'stroke-width',
      1.5,
    ]);
  } else if (mark === 'neutral') {
    const d = `M${x} ${px(y - 7 * s)}L${px(x + 7 * s)} ${y}L${x} ${px(y + 7 * s)}L${px(x - 7 * s)} ${y}Z`;
    pen.shape('path', ['d', d, 'fill', CHART_COLOURS.neutral, 'stroke', '#fff', 'stroke-width', 1.5]);
  } else pen.shape('circle', ['cx', x, 'cy', y, 'r', px(3.5 * s), 'fill', '#fff', 'stroke', CHART_COLOURS.line, 'stroke-width', 1.5]);
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

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

/**
 * Draws a measure's chart with `pen`: the shapes in order, every text plain text, nothing loaded from
 * anywhere. The root's title and description carry the text alternative.
 */
export const drawChart = (chart: MeasureChart, options: SvgOptions, pen: ChartPen): void => {
  const frame = chartFrame(chart, options);
  const { compact, width, height, percent, m, plotW, plotH, n, x, y, axis, tickLabels, notesBand } = frame;
  const labels = frame.notes;
  // A unit word ("minutes") would not fit beside the plot; a percent sign does.
  const marginUnit = percent ? '%' : '';
  const tr = translator(chart.language);
  const value = (v: number) => formatValue(v, marginUnit, chart.language);
  const title = tr.t(chart.kind === 'xmr' ? 'chart.svg.title.xmr' : 'chart.svg.title.run', { title: isolate(chart.title) });
  pen.root(['width', width, 'height', height, 'viewBox', `0 0 ${width} ${height}`, 'role', 'img', 'font-family', FONT], title, chartAlternative(chart));
  pen.shape('rect', ['width', width, 'height', height, 'fill', '#fff']);
  if (n === 0) {
    pen.shape(
      'text',
      ['x', width / 2, 'y', height / 2, 'text-anchor', 'middle', 'font-size', compact ? 11 : 14, 'fill', CHART_COLOURS.soft],
      tr.t('chart.svg.noData'),
    );
    return;
  }

  const half = px(n > 1 ? plotW / (n - 1) / 2 : plotW / 2);
  if (chart.baseline) {
    const bx = px(Math.max(m.left, x(chart.baseline.start) - half));
    const bw = px(Math.min(m.left + plotW, x(chart.baseline.end) + half) - bx);
    pen.shape('rect', ['x', bx, 'y', m.top, 'width', bw, 'height', plotH, 'fill', CHART_COLOURS.baseline]);
    if (!compact) pen.shape('text', ['x', bx + 4, 'y', m.top + plotH - 6, 'font-size', 11, 'fill', CHART_COLOURS.soft], tr.t('chart.svg.frozen'));
  }
  if (!compact) {
    axis.ticks.forEach((tick, i) => {
      pen.shape('line', ['x1', m.left, 'x2', m.left + plotW, 'y1', y(tick), 'y2', y(tick), 'stroke', CHART_COLOURS.grid]);
      pen.shape(
        'text',
        ['class', 'tick', 'x', m.left - 6, 'y', y(tick) + 4, 'font-size', 12, 'text-anchor', 'end', 'fill', CHART_COLOURS.soft],
        tickLabels[i]!,
      );
    });
    const every = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(plotW / 64))));
    const lastRegular = Math.floor((n - 1) / every) * every;
    // Over more than about ten months "3 Mar" could be either year: the labels name month and year instead.
    const longSpan = dayNumber(chart.dates[n - 1]!) - dayNumber(chart.dates[0]!) > 300;
    const axisDay = longSpan ? formatShortMonth : formatShortDay;
    // The last date is always shown, unless it would collide with the label before it: "3 Mar" needs about
    // 56 px between centres, "Aug 2026" about 66 (at 56 the two touched at side-panel width).
    const lastGap = longSpan ? 66 : 56;
    chart.dates.forEach((date, i) => {
      const show = i % every === 0 || (i === n - 1 && x(i) - x(lastRegular) >= lastGap);
      if (show)
        pen.shape(
          'text',
          ['x', x(i), 'y', m.top + plotH + 18, 'font-size', 12, 'text-anchor', 'middle', 'fill', CHART_COLOURS.soft],
          axisDay(date, chart.language),
        );
    });
  }
  for (const index of chart.rebases) {
    const rx = px(x(index) - half);
    pen.shape('line', ['x1', rx, 'x2', rx, 'y1', m.top, 'y2', m.top + plotH, 'stroke', CHART_COLOURS.ink, 'stroke-dasharray', '2 3']);
    if (!compact) pen.shape('text', ['x', rx + 4, 'y', m.top + 12, 'font-size', 11, 'fill', CHART_COLOURS.ink], tr.t('chart.svg.rebase'));
  }
  /** Labels for the right margin, placed once every line is drawn. */
  const marginLabels: { y: number; fill: string; kind: string; text: string }[] = [];
  if (chart.goal !== null) {
    const gy = y(chart.goal);
    const dotted = ['stroke-width', 2, 'stroke-dasharray', '1 4', 'stroke-linecap', 'round'];
    pen.shape('line', ['x1', m.left, 'x2', m.left + plotW, 'y1', gy, 'y2', gy, 'stroke', CHART_COLOURS.goal, ...dotted]);
    marginLabels.push({ y: gy + 4, fill: CHART_COLOURS.goal, kind: 'goal', text: tr.t('chart.svg.goal', { value: value(chart.goal) }) });
  }
  const line = (values: readonly (number | null)[], stroke: string, dash: string | undefined, kind: string, label: string, widthPx: number) => {
    const pieces = steps(values);
    for (const piece of pieces) {
      const x1 = px(x(piece.from) - (piece.from === 0 ? 0 : half));
      const x2 = px(x(piece.to) + (piece.to === n - 1 ? 0 : half));
      pen.shape('line', ['x1', x1, 'x2', x2, 'y1', y(piece.value), 'y2', y(piece.value), 'stroke', stroke, 'stroke-width', widthPx, 'stroke-dasharray', dash]);
    }
    const last = pieces.at(-1);
    if (last) marginLabels.push({ y: y(last.value) + 4, fill: stroke, kind, text: `${label} ${value(last.value)}` });
  };
  line(chart.upper, CHART_COLOURS.limit, '6 4', 'upper', tr.t(chart.trialLimits ? 'chart.svg.upperTrial' : 'point.upper'), 1.5);
  line(chart.lower, CHART_COLOURS.limit, '6 4', 'lower', tr.t(chart.trialLimits ? 'chart.svg.lowerTrial' : 'point.lower'), 1.5);
  line(chart.centre, CHART_COLOURS.centre, undefined, 'centre', tr.t(chart.kind === 'xmr' ? 'point.mean' : 'point.median'), 2);
  // The latest value as a number, level with the last point, beside the other values in the margin.
  marginLabels.push({
    y: y(chart.values[n - 1]!) + 4,
    fill: CHART_COLOURS.ink,
    kind: 'latest',
    text: tr.t('chart.svg.latest', { value: value(chart.values[n - 1]!) }),
  });
  if (!compact)
    for (const label of spreadLabels(marginLabels, m.top + 4, m.top + plotH + 4)) {
      const weight = label.kind === 'latest' ? 700 : undefined;
      pen.shape('text', ['class', label.kind, 'x', m.left + plotW + 6, 'y', label.y, 'font-size', 12, 'font-weight', weight, 'fill', label.fill], label.text);
    }

  // Common-cause points are one path of circles (two arcs each): 150 <circle> elements took a browser about
  // twice as long to draw as one path (bench: open-large-board, 40 charts). Signal marks are drawn over them.
  // The line and the circles are written in one pass, each coordinate once (bench: chart-analysis).
  const r = compact ? 2.45 : 3.5;
  const ring = `a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  let polyline = '';
  let dots = '';
  const marked: number[] = [];
  for (let i = 0; i < n; i++) {
    const xi = x(i);
    const yText = pxText(y(chart.values[i]!));
    polyline += i === 0 ? `${pxText(xi)},${yText}` : ` ${pxText(xi)},${yText}`;
    if (chart.marks[i]) marked.push(i);
    else dots += `M${pxText(xi - r)} ${yText}${ring}`;
  }
  pen.shape('polyline', ['fill', 'none', 'stroke', CHART_COLOURS.line, 'stroke-width', compact ? 1.5 : 2, 'points', polyline]);
  if (dots) pen.shape('path', ['class', 'points', 'fill', '#fff', 'stroke', CHART_COLOURS.line, 'stroke-width', 1.5, 'd', dots]);
  for (const i of marked) markShape(pen, chart.marks[i]!, x(i), y(chart.values[i]!), compact);
  if (compact) return;
  for (const note of labels.placed) {
    const top = m.top - notesBand + note.row * NOTE_ROW_PX;
    pen.shape('line', ['x1', note.x, 'x2', note.x, 'y1', top + 14, 'y2', m.top + plotH, 'stroke', CHART_COLOURS.note, 'stroke-dasharray', '1 3']);
    const anchor = note.anchorEnd ? 'end' : undefined;
    pen.shape('text', ['x', note.textX, 'y', top + 12, 'font-size', 11, 'fill', CHART_COLOURS.note, 'text-anchor', anchor], isolate(note.label));
  }
  for (const item of frame.legend) {
    const ly = height - (frame.legendRows - item.row) * frame.legendRowPx + 8;
    if (item.mark === 'trial') pen.shape('text', ['x', item.x - 6, 'y', ly, 'font-size', 12, 'fill', CHART_COLOURS.limit], item.label);
    else {
      markShape(pen, item.mark, item.x, ly - 4, false);
      pen.shape('text', ['x', item.x + 10, 'y', ly, 'font-size', 12, 'fill', CHART_COLOURS.ink], item.label);
    }
  }
};

/**
 * A measure's chart as a self-contained SVG document: no script, no external resource, all text escaped.
 * Used in printed reports, exports and as an image; the board draws the same shapes as elements.
 */
export const renderChartSvg = (chart: MeasureChart, options: SvgOptions = {}): string => {
  const pen = markupPen();
  drawChart(chart, options, pen);
  return pen.done();
};

/** An <img>-ready data URL: an SVG in an image can run no script and load nothing. */
export const svgDataUrl = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
