import { defineConfig } from 'vitest/config';

// One worker, no isolation: every test file shares the one Strapi that
// tests/support/strapi.ts boots on a temporary SQLite database.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    isolate: false,
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
