import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Tests that measure how fast mintq answers while it is under attack or at fault (/healthz
 * within 200 ms during a bad upload; every request after a database restart succeeding). They
 * run after all others, one file at a time: beside a dozen busy test processes on two cores,
 * the operating system alone can hold a process for longer than the limits they check.
 */
const ALONE = ['src/import-http/imports-limits.e2e.spec.ts', 'src/app/database-faults.e2e.spec.ts'];

export default defineConfig({
  resolve: {
    // graphql 16 ships a CommonJS build (`main`, which Node, Nest and Apollo load) and an ESM
    // build (`module`, which Vite would pick for our sources). Two copies break graphql's
    // `instanceof` checks (scalars, GraphQLError), so tests load the one Node loads.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // PGlite takes seconds to start, more under parallel load.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'api', include: ['src/**/*.spec.ts'], exclude: ALONE, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'api-alone', include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
