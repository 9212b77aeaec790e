import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Builds of project copies, one per way a broken input reaches the build, and one whole build (tests/build/): `npm run test:build`. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    // The whole build (full-build.test.ts, the longest file, so Vitest starts it first) and the
    // builds that stop early run side by side, one file per core: Vitest's default leaves a core
    // free, which on a 2-core machine ran the files one after another.
    maxWorkers: availableParallelism(),
    // Each test runs `astro build` in a copy of the project; the whole one renders what the copy
    // changed and every page: minutes on a busy 2-core machine. A limit, not a goal.
    testTimeout: 360_000,
    hookTimeout: 360_000,
  },
});
