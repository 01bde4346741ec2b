import { defineConfig } from 'vitest/config';

// Image work is slow on a busy 2-core machine: generous timeouts, and the files one at a time.
export default defineConfig({
  test: {
    include: ['test/**/*.test.js'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
