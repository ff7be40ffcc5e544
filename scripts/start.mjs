// `npm start`: builds the extension and tells you how to load it.
import { spawnSync } from 'node:child_process';
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
`);
