/** One benchmark result line: the project's fixed format, printed as JSON. */
export interface BenchLine {
  scenario: string;
  metric: string;
  value: number;
  unit: string;
  /** The floor for the same work measured in the same run; machines here are noisy, so compare ratios. */
  baseline: number;
  ratio: number;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Every line printed in this run, so the runner can tell which scenarios ran. */
export const printed: BenchLine[] = [];

export const printLine = (scenario: string, metric: string, value: number, baseline: number, unit = 'ms'): BenchLine => {
  const line = { scenario, metric, value: round(value), unit, baseline: round(baseline), ratio: round(value / baseline) };
  printed.push(line);
  console.log(JSON.stringify(line));
  return line;
};
