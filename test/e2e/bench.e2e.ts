import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SCENARIOS, scenarioOf } from '../../bench/scenarios';

/** Runs `bench/run.ts --quick` against the production build, as `npm run bench` does at full size. */
const runQuickBench = (): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick'], {
      env: { ...process.env, UBT_EXTENSION_DIR: '.output/chrome-mv3' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), 480_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });

describe('the benchmark', () => {
  it('runs every scenario once in quick mode and prints each result in the bench format', { timeout: 500_000 }, async () => {
    expect(existsSync('.output/chrome-mv3/manifest.json'), 'the production build (npx wxt build) is missing').toBe(true);
    const { code, stdout, stderr } = await runQuickBench();
    expect(code, stderr.slice(-3000)).toBe(0);
    const lines = stdout
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThanOrEqual(SCENARIOS.length);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['scenario', 'metric', 'value', 'unit', 'baseline', 'ratio']);
      expect(scenarioOf(String(line.scenario)), String(line.scenario)).toBeDefined();
      expect(typeof line.metric === 'string' && line.metric.length > 0).toBe(true);
      for (const key of ['value', 'baseline', 'ratio'] as const)
        expect(Number.isFinite(line[key]) && (line[key] as number) >= 0, `${line.scenario} ${key}`).toBe(true);
      expect(line.baseline as number, `${line.scenario} baseline`).toBeGreaterThan(0);
    }
    expect(new Set(lines.map((l) => scenarioOf(String(l.scenario))))).toEqual(new Set(SCENARIOS));
  });
});
