import Papa from 'papaparse';
import { buildMeasureChart, DataPoint, Measure, renderChartSvg } from '../src/core';
import { median } from './browserData';
import { printLine } from './report';

/**
 * `chart-analysis`: analyse and render 40 measures × 150 weekly points (half run charts, half XmR), in
 * the pure core, as the board and reports do. Baseline: parsing the same numbers from CSV. Both are timed
 * once warm: the first WARM_UP runs of each (the JIT compiling both) are not counted. Until December 2026
 * they were, and the bench's first scenario then measured compilation as much as drawing.
 */
const WARM_UP = 10;
export const chartAnalysis = (runs = 15): void => {
  const start = Date.UTC(2023, 0, 2);
  const measures = Array.from({ length: 40 }, (_, m) => {
    const measure = Measure.parse({
      id: `m${m}`,
      name: `Measure ${m + 1}`,
      order: `a${m}`,
      better: m % 2 ? 'up' : 'down',
      goal: 50,
      chart: m % 2 ? 'xmr' : 'run',
    });
    const points = Array.from({ length: 150 }, (_, p) =>
      DataPoint.parse({
        id: `m${m}p${p}`,
        measureId: measure.id,
        date: new Date(start + p * 7 * 86_400_000).toISOString().slice(0, 10),
        value: 40 + ((p * 37 + m * 11) % 23) + (p > 100 ? 8 : 0),
      }),
    );
    const csv = ['date,value', ...points.map((p) => `${p.date},${p.value}`)].join('\n');
    return { measure, points, csv };
  });
  const time = (work: () => void) => {
    const t = performance.now();
    work();
    return performance.now() - t;
  };
  let sink = 0;
  const values: number[] = [];
  const baselines: number[] = [];
  for (let r = 0; r < runs + WARM_UP; r++) {
    baselines.push(
      time(() => {
        for (const { csv } of measures)
          sink += Papa.parse<string[]>(csv, { skipEmptyLines: true })
            .data.slice(1)
            .reduce((acc, row) => acc + Number(row[1]), 0);
      }),
    );
    values.push(
      time(() => {
        for (const { measure, points } of measures) sink += renderChartSvg(buildMeasureChart(measure, points)).length;
      }),
    );
  }
  if (sink === 0) throw new Error('nothing was computed');
  printLine('chart-analysis', 'analyse-and-render-40x150', median(values.slice(WARM_UP)), median(baselines.slice(WARM_UP)));
};
