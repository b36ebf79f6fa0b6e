import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Hooks that import a folder with the binary (beforeAll) need the same budget as tests: with
    // the kill and large-table tests running beside them on two cores, 10 s was not always enough.
    hookTimeout: 60_000,
    // CLI tests spawn the built binary; two cores, so keep forks modest.
    pool: 'forks',
  },
});
