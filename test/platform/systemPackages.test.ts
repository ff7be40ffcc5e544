import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('scripts/system-packages.sh', () => {
  it('names every missing package and the command that installs it, and fails before anything runs', () => {
    // A PATH holding only bash and the tools the script itself uses: no pdfinfo, redis-server or turnserver.
    const bin = mkdtempSync(join(tmpdir(), 'ubt-path-'));
    for (const tool of ['bash', 'id', 'env']) symlinkSync(spawnSync('which', [tool], { encoding: 'utf8' }).stdout.trim(), join(bin, tool));
    const run = spawnSync('bash', ['scripts/system-packages.sh'], {
      encoding: 'utf8',
      env: { PATH: bin, UBT_NO_INSTALL: '1', CHROMIUM_PATH: '/usr/bin/chromium', FIREFOX_PATH: '/usr/bin/firefox-esr', NGINX_PATH: '/usr/sbin/nginx' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The tests need Debian packages that are not installed: poppler-utils redis-server coturn.');
    expect(run.stderr).toContain('sudo apt-get update && sudo apt-get install -y poppler-utils redis-server coturn');
  });

  it('passes quietly when everything is there', () => {
    const run = spawnSync('bash', ['scripts/system-packages.sh'], { encoding: 'utf8', env: { ...process.env, UBT_NO_INSTALL: '1' } });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  });
});
