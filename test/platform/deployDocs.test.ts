import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the README', () => {
  it('gives the nginx configuration exactly as test/e2e/tls.e2e.ts runs it', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /```nginx\n([\s\S]*?)\n\s*```/.exec(readme)?.[1];
    const unindented = block
      ?.split('\n')
      .map((line) => line.replace(/^ {2}/, ''))
      .join('\n');
    expect(unindented?.trim()).toBe(readFileSync('deploy/nginx/ubt-board.conf', 'utf8').trim());
  });
});

describe('the Firefox lint', () => {
  it('may pass over preact’s innerHTML branch only because no source of ours sets innerHTML', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|tsx)$/.test(file));
    expect(sources.length).toBeGreaterThan(50);
    const offenders = sources.filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(`src/${file}`, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
