import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/cache-folder.ts'],
    reporters: ['default', './tests/helpers/skipped-reporter.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
