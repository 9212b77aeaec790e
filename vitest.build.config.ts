import { defineConfig } from 'vitest/config';

/** Builds of project copies, one per way a broken input reaches the build (tests/build/): `npm run test:build`. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    // Each test runs `astro build` in a copy of the project; the one that succeeds renders the
    // diagrams and exports the copy has no cache for: minutes on a busy 2-core machine. A limit, not a goal.
    testTimeout: 360_000,
    hookTimeout: 360_000,
  },
});
