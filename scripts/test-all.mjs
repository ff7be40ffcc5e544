// `npm test`: lint and format check, type check, unit tests, build, real-browser tests; ends with one line counting every test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';

const step = (title, command, args) => {
  console.log(`\n== ${title}`);
  const run = spawnSync(command, args, { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`\n${title} failed.`);
    process.exit(run.status ?? 1);
  }
};
const counts = (file) => {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
};

mkdirSync('test-results', { recursive: true });
// First the Debian packages the browser and relay tests need: installed here as root on Debian, otherwise
// named with the command that installs them, before anything runs.
step('System packages', 'bash', ['scripts/system-packages.sh']);
step('Lint and format (Biome)', 'npx', ['biome', 'check', '--error-on-warnings', '.']);
step('Type check', 'npx', ['tsc', '--noEmit']);
step('Unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const unitCounts = counts('test-results/unit.json');
if (unitCounts.skipped > 0 || unitCounts.passed === 0) {
  console.error(`\nUnit tests: ${unitCounts.skipped} skipped and ${unitCounts.passed} passed; none may be skipped.`);
  process.exit(1);
}
step('Build', 'npx', ['wxt', 'build']);
step('Firefox build', 'npx', ['wxt', 'build', '-b', 'firefox']);
// Any error, notice or new warning fails the run; the one known warning is preact's own innerHTML branch.
step('Firefox add-on lint (web-ext)', 'node', ['scripts/lint-firefox.mjs', '.output/firefox-mv2']);
step('Test build (production plus test hooks)', 'npx', ['wxt', 'build', '--mode', 'test']);
step('Firefox test build', 'npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'test']);
// The hooks the browser tests use must exist in the test build and nowhere in the production builds.
const hooks = (dir) => readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.js') && readFileSync(`${dir}/${f}`, 'utf8').includes('ubtTestHooks'));
if (
  hooks('.output/chrome-mv3').length + hooks('.output/firefox-mv2').length > 0 ||
  hooks('.output/chrome-mv3-test').length === 0 ||
  hooks('.output/firefox-mv2-test').length === 0
) {
  console.error('Test hooks leaked into a production build, or are missing from the test build.');
  process.exit(1);
}
step('Browser tests', 'node', ['scripts/run-e2e.mjs']);
const unit = counts('test-results/unit.json');
const e2e = counts('test-results/e2e.json');
console.log(`unit: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped`);
console.log(`browser: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped`);
console.log(`tests: ${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed, ${unit.skipped + e2e.skipped} skipped`);
