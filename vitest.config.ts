import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // No build here: builds of project copies are tests/build/ (`npm run test:build`).
    include: ['tests/unit/**/*.test.ts'],
    // One worker per core (Vitest's default leaves one free, which on a 2-core machine is one
    // worker), each reused from file to file: the files share no state, and starting a fresh
    // worker for each of 87 files cost about a third of a second apiece.
    maxWorkers: availableParallelism(),
    isolate: false,
    // The renderer's tests start Chromium and render every view the cache lacks: minutes on a
    // busy 2-core machine. A limit, not a goal.
    testTimeout: 360_000,
    hookTimeout: 360_000,
  },
});
