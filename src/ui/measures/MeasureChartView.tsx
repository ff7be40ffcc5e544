import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chartFrame, describePoint, formatValue, plural, renderChartSvg, svgDataUrl, type MeasureChart } from '../../core';

const kindName = (chart: MeasureChart) => (chart.kind === 'xmr' ? 'XmR control chart' : 'Run chart');

/** A short text alternative: what the chart shows, the latest value, the centre and limits; the signals are written below it. */
const altText = (chart: MeasureChart): string => {
  const n = chart.values.length;
  if (n === 0) return `${kindName(chart)} of ${chart.title}: no data yet.`;
  const last = n - 1;
  const centre = chart.centre[last];
  const parts = [
    `${kindName(chart)} of ${chart.title}, ${plural(n, 'point')}`,
    `latest ${formatValue(chart.values[last]!, chart.unit)}`,
    typeof centre === 'number' ? `${chart.kind === 'xmr' ? 'mean' : 'median'} ${formatValue(centre, chart.unit)}` : '',
    typeof chart.lower[last] === 'number' && typeof chart.upper[last] === 'number'
      ? `limits ${formatValue(chart.lower[last]!, chart.unit)} to ${formatValue(chart.upper[last]!, chart.unit)}`
      : '',
    chart.goal !== null ? `goal ${formatValue(chart.goal, chart.unit)}` : '',
  ];
  return `${parts.filter(Boolean).join(', ')}.`;
};

/** The width the figure has on screen, so the chart is drawn for it and its text keeps its size. */
const useWidth = (fallback: number) => {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? fallback);
      if (w > 0) setWidth((old) => (Math.abs(old - w) >= 8 ? w : old));
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
  const width = compact ? 260 : Math.min(760, Math.max(300, available));
  const frame = useMemo(() => chartFrame(chart, { width, compact }), [chart, width, compact]);
  const src = useMemo(() => svgDataUrl(renderChartSvg(chart, { width, compact })), [chart, width, compact]);
  const [hover, setHover] = useState<number | null>(null);
  if (compact) return <img class="chart compact" src={src} alt={altText(chart)} width={frame.width} height={frame.height} />;
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
        <img
          class="chart"
          src={src}
          alt={altText(chart)}
          width={frame.width}
          height={frame.height}
          onPointerMove={onMove}
          onPointerLeave={() => setHover(null)}
        />
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
  const limits = chart.kind === 'xmr';
  return (
    <details class="point-table" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>Values on the chart ({plural(chart.values.length, 'point')})</summary>
      {open && (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">Points of {chart.title}</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Value</th>
                <th scope="col">{limits ? 'Mean' : 'Median'}</th>
                {limits && <th scope="col">Lower limit</th>}
                {limits && <th scope="col">Upper limit</th>}
                <th scope="col">Signal</th>
              </tr>
            </thead>
            <tbody>
              {chart.values.map((_, i) => {
                const p = describePoint(chart, i);
                return (
                  <tr key={p.date}>
                    <th scope="row">{p.day}</th>
                    <td>{p.value}</td>
                    <td>{p.centre}</td>
                    {limits && <td>{p.lower}</td>}
                    {limits && <td>{p.upper}</td>}
                    <td>{p.signal || 'Common cause'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
