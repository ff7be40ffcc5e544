import { useMemo } from 'preact/hooks';
import { renderChartSvg, svgDataUrl, type MeasureChart } from '../../core';

/**
 * The chart as an image (an SVG in an <img> runs nothing and loads nothing) with its text alternative:
 * the same sentences as the caption, which also explain every signal to people who cannot see the chart.
 */
export function MeasureChartView({ chart, compact = false }: { chart: MeasureChart; compact?: boolean }) {
  const src = useMemo(() => svgDataUrl(renderChartSvg(chart, compact ? { compact: true } : {})), [chart, compact]);
  const kind = chart.kind === 'xmr' ? 'XmR control chart' : 'Run chart';
  const alt = `${kind} of ${chart.title}, ${chart.values.length} points. ${chart.summary.join(' ')}`;
  if (compact) return <img class="chart compact" src={src} alt={alt} width={260} height={96} />;
  return (
    <figure class="chart-figure">
      <img class="chart" src={src} alt={alt} width={760} height={340} />
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
      </figcaption>
    </figure>
  );
}
