import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships a CommonJS build (`main`, which Node, Nest and Apollo load) and an ESM
    // build (`module`, which Vite would pick for our sources). Two copies break graphql's
    // `instanceof` checks (scalars, GraphQLError), so tests load the one Node loads.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.spec.ts'],
    // PGlite takes seconds to start, more under parallel load.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
