import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chartAlternative, chartFrame, describePoint, pointTable, type MeasureChart } from '../../core';
import { t } from '../i18n';
import { chartElement } from './chartElement';

/**
 * The width the figure has on screen, so the chart is drawn for it and its text keeps its size. It is null
 * until the figure is laid out (before the first paint), so a chart on a narrow screen is drawn once, at
 * its width, and not first at the widest and again.
 */
const useWidth = (fallback: number) => {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const w = Math.round(ref.current?.getBoundingClientRect().width ?? 0);
    setWidth(w > 0 ? w : fallback);
  }, []);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? fallback);
      if (w > 0) setWidth((old) => (old === null || Math.abs(old - w) >= 8 ? w : old));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
};

/**
 * A measure's chart, drawn for the width it has (at most 760 px) as the page's own SVG (chartElement), the point under the pointer says its date, value and signal, and every point is in a table.
 */
export function MeasureChartView({ chart, compact = false }: { chart: MeasureChart; compact?: boolean }) {
  const { ref, width: available } = useWidth(compact ? 260 : 760);
  const laidOut = compact || available !== null;
  // Drawn for the inside of the chart's 1 px border, so it is shown at exactly its own size.
  const width = compact ? 260 : Math.min(760, Math.max(300, (available ?? 762) - 2));
  const frame = useMemo(() => chartFrame(chart, { width, compact }), [chart, width, compact]);
  const drawing = useMemo(() => (laidOut ? chartElement(chart, { width, compact }) : null), [chart, width, compact, laidOut]);
  const [hover, setHover] = useState<number | null>(null);
  if (compact) return <ChartDrawing drawing={drawing} alt={chartAlternative(chart)} compact />;
  const onMove = (event: PointerEvent) => {
    const drawing = event.currentTarget as HTMLElement;
    const scale = drawing.clientWidth / frame.width;
    const px = (event.clientX - drawing.getBoundingClientRect().left) / scale;
    if (chart.values.length === 0 || px < frame.m.left - 12 || px > frame.width - frame.m.right + 12) return setHover(null);
    let best = 0;
    for (let i = 1; i < chart.values.length; i++) if (Math.abs(frame.x(i) - px) < Math.abs(frame.x(best) - px)) best = i;
    setHover(best);
  };
  const point = hover !== null ? describePoint(chart, hover) : null;
  return (
    <figure class="chart-figure" ref={ref}>
      <div class="chart-frame">
        {laidOut && <ChartDrawing drawing={drawing} alt={chartAlternative(chart)} onPointerMove={onMove} onPointerLeave={() => setHover(null)} />}
        {point && hover !== null && (
          <span
            class="chart-ring"
            aria-hidden="true"
            style={{ left: `${(frame.x(hover) / frame.width) * 100}%`, top: `${(frame.y(chart.values[hover]!) / frame.height) * 100}%` }}
          />
        )}
        {point && hover !== null && (
          <div
            class={`chart-tip${frame.x(hover) > frame.width / 2 ? ' left' : ''}`}
            role="tooltip"
            style={{ left: `${(frame.x(hover) / frame.width) * 100}%`, top: `${(frame.y(chart.values[hover]!) / frame.height) * 100}%` }}
          >
            <strong>{point.day}</strong>: {point.value}
            {point.signal && <span class="tip-signal">{point.signal}</span>}
          </div>
        )}
      </div>
      <figcaption>
        <ul class={`signals status-${chart.status}`} aria-live="polite">
          {chart.summary.map((sentence, i) => {
            const signal = chart.signals[i];
            return (
              <li key={i} class={signal ? `signal-${signal.meaning}` : undefined}>
                {signal && <span class="signal-shape" aria-hidden="true" />}
                {sentence}
              </li>
            );
          })}
        </ul>
        {chart.values.length > 0 && <PointTable chart={chart} />}
      </figcaption>
    </figure>
  );
}

interface DrawingProps {
  drawing: SVGSVGElement | null;
  alt: string;
  compact?: boolean;
  onPointerMove?: (event: PointerEvent) => void;
  onPointerLeave?: () => void;
}

/** The chart's SVG (see chartElement) in a box that carries its text alternative. */
function ChartDrawing({ drawing, alt, compact = false, onPointerMove, onPointerLeave }: DrawingProps) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    host.current?.replaceChildren(...(drawing ? [drawing] : []));
  }, [drawing]);
  return (
    <div ref={host} class={compact ? 'chart compact' : 'chart'} role="img" aria-label={alt} onPointerMove={onPointerMove} onPointerLeave={onPointerLeave} />
  );
}

/** Every point of the chart, read-only: for screen readers, and for anyone who wants the numbers. */
function PointTable({ chart }: { chart: MeasureChart }) {
  const [open, setOpen] = useState(false);
  const table = open ? pointTable(chart) : null;
  return (
    <details class="point-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('chartView.values', { count: chart.values.length })}</summary>
      {table && (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t('chartView.points', { title: chart.title })}</caption>
            <thead>
              <tr>
                {table.headers.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map(([day, ...cells], i) => (
                <tr key={chart.dates[i]}>
                  <th scope="row">{day}</th>
                  {cells.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
