import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No import circle in the product's code (issue 25): a reader can follow every file to the ones it needs
 * without coming back to where they started. Type-only imports count too, since a reader follows them the same way.
 */
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [resolve(path)] : [];
  });

const resolveImport = (from: string, spec: string): string | null => {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
};

/** Every circle, as the chain of files from one back to itself. */
const importCircles = (roots: string[]): string[] => {
  const files = roots.flatMap(sourceFiles);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // Static imports and exports, and dynamic import(): a lazily loaded module is still one the reader follows.
    const specs = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
      (m) => m[1]!,
    );
    graph.set(
      file,
      specs.map((spec) => resolveImport(file, spec)).filter((dep): dep is string => dep !== null),
    );
  }
  const circles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const dep of graph.get(file) ?? []) {
      if (state.get(dep) === 'open') circles.push([...stack.slice(stack.indexOf(dep)), dep].map((f) => relative('.', f)).join(' → '));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return circles;
};

describe('imports', () => {
  it('form no circle in src/ and entrypoints/', () => {
    expect(importCircles(['src', 'entrypoints'])).toEqual([]);
  });

  it('the check finds a circle when there is one', () => {
    // The test's own fixture: two files that import each other.
    const circles = importCircles(['test/platform/fixtures/circle']);
    expect(circles).toHaveLength(1);
    expect(circles[0]).toMatch(/a\.ts → .*b\.ts → .*a\.ts$/);
  });
});
