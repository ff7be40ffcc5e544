import { defineConfig } from 'vitest/config';

/** Real-browser tests: built extension, Debian Chromium, one file at a time (2 cores). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    retry: 0,
  },
});
