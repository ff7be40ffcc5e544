import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Node 20 reached end of life in April 2026. The project brings its own Node 24 LTS (the `node` package
// in devDependencies puts it first on the PATH of every npm script), so the tests, the server and CI run
// on a runtime that still gets security fixes, whatever Node the machine came with.
describe('the runtime', () => {
  it('is the supported LTS that package.json asks for', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string> };
    const major = Number(process.versions.node.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(24);
    expect(pkg.engines.node).toBe('>=24');
    expect(pkg.devDependencies.node?.split('.')[0]).toBe(String(major));
  });
});
