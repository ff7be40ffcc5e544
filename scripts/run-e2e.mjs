// Runs the real-browser tests and fails unless they really ran: a missing Chromium, a missing build or
// an accidentally skipped test must not pass silently in CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.error(`Firefox not found at ${firefox}. Install Debian's firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  process.exit(1);
}
if (!existsSync('.output/firefox-mv2-test/manifest.json')) {
  console.error('The Firefox test build is missing: run `npx wxt build -b firefox --mode test` first.');
  process.exit(1);
}
if (!existsSync('.output/chrome-mv3-test/manifest.json')) {
  console.error('The test build of the extension is missing: run `npx wxt build --mode test` first.');
  process.exit(1);
}
mkdirSync('test-results', { recursive: true });
const report = 'test-results/e2e.json';
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
if (run.status !== 0) process.exit(run.status ?? 1);
const result = JSON.parse(readFileSync(report, 'utf8'));
const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped, numTodoTests: todo } = result;
console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped + todo} skipped`);
if (passed === 0 || skipped + todo > 0 || failed > 0) {
  console.error('Browser tests did not all run: none may be skipped and at least one must pass.');
  process.exit(1);
}
// A full run must have run every test written: count the `it(` in the browser test files.
if (process.argv.length <= 2) {
  const written = readdirSync('test/e2e')
    .filter((name) => name.endsWith('.e2e.ts'))
    .reduce((n, name) => n + (readFileSync(`test/e2e/${name}`, 'utf8').match(/\bit(\.each\([^)]*\))?\(/g) ?? []).length, 0);
  if (passed < written) {
    console.error(`Only ${passed} browser tests passed, but test/e2e/*.e2e.ts declares ${written}: some did not run.`);
    process.exit(1);
  }
  console.log(`e2e: all ${written} declared browser tests ran`);
}
