import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chartAlternative, chartFrame, describePoint, pointTable, renderChartSvg, svgDataUrl, type MeasureChart } from '../../core';
import { t } from '../i18n';

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
 * A measure's chart, drawn for the width it has (at most 760 px): the SVG is an image (it can run and load
 * nothing), the point under the pointer says its date, value and signal, and every point is in a table.
 */
export function MeasureChartView({ chart, compact = false }: { chart: MeasureChart; compact?: boolean }) {
  const { ref, width: available } = useWidth(compact ? 260 : 760);
  const laidOut = compact || available !== null;
  const width = compact ? 260 : Math.min(760, Math.max(300, available ?? 760));
  const frame = useMemo(() => chartFrame(chart, { width, compact }), [chart, width, compact]);
  const src = useMemo(() => (laidOut ? svgDataUrl(renderChartSvg(chart, { width, compact })) : ''), [chart, width, compact, laidOut]);
  const [hover, setHover] = useState<number | null>(null);
  if (compact) return <img class="chart compact" src={src} alt={chartAlternative(chart)} width={frame.width} height={frame.height} />;
  const onMove = (event: PointerEvent) => {
    const img = event.currentTarget as HTMLImageElement;
    const scale = img.clientWidth / frame.width;
    const px = (event.clientX - img.getBoundingClientRect().left) / scale;
    if (chart.values.length === 0 || px < frame.m.left - 12 || px > frame.width - frame.m.right + 12) return setHover(null);
    let best = 0;
    for (let i = 1; i < chart.values.length; i++) if (Math.abs(frame.x(i) - px) < Math.abs(frame.x(best) - px)) best = i;
    setHover(best);
  };
  const point = hover !== null ? describePoint(chart, hover) : null;
  return (
    <figure class="chart-figure" ref={ref}>
      <div class="chart-frame">
        {laidOut && (
          <img
            class="chart"
            src={src}
            alt={chartAlternative(chart)}
            width={frame.width}
            height={frame.height}
            onPointerMove={onMove}
            onPointerLeave={() => setHover(null)}
          />
        )}
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
