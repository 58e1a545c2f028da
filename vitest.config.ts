import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup-fast-check.ts'],
    // Property tests run hundreds of cases: on a loaded CI machine they may take seconds, which is no failure.
    // A real hang still fails, at 60 s.
    testTimeout: 60_000,
  },
});
