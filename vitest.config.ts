import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // No build here: builds of project copies are tests/build/ (`npm run test:build`).
    include: ['tests/unit/**/*.test.ts'],
    // The renderer's tests start Chromium and render every view the cache lacks: minutes on a
    // busy 2-core machine. A limit, not a goal.
    testTimeout: 360_000,
    hookTimeout: 360_000,
  },
});
