import { defineConfig } from 'vitest/config';

/** End-to-end tests: the BUILT extension in real Chromium and Firefox (see tests/e2e/README.md). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    // Each browser is a heavy process; files run one at a time on these 2-core machines.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
