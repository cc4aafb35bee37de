import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}'],
          // The codegen drift test runs the real generator, which takes a few seconds on a busy machine.
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      // Real server + real Chromium (e2e/**), run after the unit tests; see the file.
      './vitest.e2e.config.ts',
    ],
  },
});
