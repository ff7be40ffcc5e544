import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest gives tests WXT's fake `browser` (storage, runtime, …) in place of the real extension APIs.
  plugins: [preact(), WxtVitest()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    // UI tests opt into a DOM with a `// @vitest-environment happy-dom` comment.
  },
});
