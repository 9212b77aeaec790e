import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run `astro build` in copies of the project, which render the diagrams and their
    // exports the copy has no cache for: a few minutes on a busy 2-core machine. A limit, not a goal.
    testTimeout: 360_000,
    hookTimeout: 360_000,
  },
});
