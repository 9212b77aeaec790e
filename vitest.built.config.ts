import { defineConfig } from 'vitest/config';

/** Checks of the built site in dist/ (links, URL manifest, PDFs, meta): run after `npm run build`. */
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
