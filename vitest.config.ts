import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // CLI tests spawn the built binary; two cores, so keep forks modest.
    pool: 'forks',
  },
});
