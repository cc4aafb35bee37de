import { defineProject } from 'vitest/config';

/**
 * The end-to-end tests: the built API and dashboard in a real server process, driven by a real
 * Chromium. One file at a time (each starts its own server, and the machine has two cores),
 * after the unit tests.
 */
export default defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    // The browser tests, and the unit tests of their helpers.
    include: ['e2e/**/*.e2e.test.ts', 'e2e/support/**/*.test.ts'],
    // Loading the demo data and starting PGlite take a minute on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { groupOrder: 1 },
  },
});
