import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['./tests/helpers/global-setup.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
