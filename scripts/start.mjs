// `npm start`: builds the extension, starts the local server (signalling and relay), and says what to load.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const dir = resolve('.output/chrome-mv3');
console.log(`
UBT Board is built.

Load it in Chrome or Chromium:
  1. Open chrome://extensions and turn on "Developer mode".
  2. Click "Load unpacked" and choose: ${dir}
  3. Click the UBT Board button in the toolbar to open the board in a tab,
     or open Chrome's side panel and choose "UBT Board".
  4. To work with co-leads, use Share on the board and send them the invite.

The server below introduces co-leads' browsers to each other (ws://127.0.0.1:4444) and is the
relay (ws://127.0.0.1:4444/relay) that keeps boards for co-leads who are not online together,
in .data/relay.sqlite. It sees only room numbers and encrypted data. Press Ctrl+C to stop it.
`);
const server = spawn('npx', ['tsx', 'scripts/server.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
