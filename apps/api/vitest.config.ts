import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    // PGlite takes seconds to start, more under parallel load.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
