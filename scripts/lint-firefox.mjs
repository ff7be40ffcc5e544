// `web-ext lint` on the Firefox build, held to zero: no error, no notice, and no warning but one known one,
// preact's own `dangerouslySetInnerHTML` branch (`e.innerHTML = a.__html`, whatever the minifier names it), which this code never uses
// (src has no dangerouslySetInnerHTML; test/platform checks that). Anything new fails the run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const dir = process.argv[2] ?? '.output/firefox-mv2';
const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint gave no report:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
const preactInnerHtml = (w) => {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || typeof w.column !== 'number') return false;
  const line = readFileSync(`${dir}/${w.file}`, 'utf8').split('\n')[(w.line ?? 1) - 1] ?? '';
  return /\.innerHTML=[A-Za-z_$][\w$]*\.__html/.test(line.slice(Math.max(0, w.column - 200), w.column + 40));
};
const unexpected = [...report.errors, ...report.notices, ...report.warnings.filter((w) => !preactInnerHtml(w))];
for (const w of unexpected) console.error(`${w._type ?? w.type}: ${w.code} ${w.file ?? ''}:${w.line ?? ''} ${w.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.notices.length} notices, ${report.warnings.length} warnings (${report.warnings.length - unexpected.filter((w) => report.warnings.includes(w)).length} known: preact's innerHTML branch)`,
);
process.exit(unexpected.length ? 1 : 0);
