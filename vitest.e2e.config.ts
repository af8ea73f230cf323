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
    // One retry: on these 2-core machines a full run has shown about one timing flake in 124 tests
    // (Chromium window focus, a prompt at 16x), each passing alone and on re-runs. A real break
    // fails twice. Vitest reports a retried test, so a flake stays visible.
    retry: 1,
  },
});
