import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium with playwright-core against the built dist/.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
