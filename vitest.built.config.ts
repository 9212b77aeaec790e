import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Checks of the built site in dist/ (links, URL manifest, PDFs, meta): run after `npm run build`. */
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
    // As in vitest.config.ts: one reused worker per core.
    maxWorkers: availableParallelism(),
    isolate: false,
    testTimeout: 60_000,
  },
});
