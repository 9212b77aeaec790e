import { expect, test } from 'vitest';
import { BUDGET_BYTES, INTERACTIVE_PAGES, measurePageJs } from '../../src/cli/bench-js.mjs';
import { ISLAND_PAGES } from '../../src/islands/own-script-signatures.ts';

test('each page with an island ships at most 15 KB (gzip) of its own JavaScript', () => {
  const results = measurePageJs('dist');
  expect(results.map((r: { page: string }) => `/${r.page.replace(/index\.html$/, '')}`)).toEqual(Object.keys(ISLAND_PAGES));
  expect(INTERACTIVE_PAGES).toHaveLength(Object.keys(ISLAND_PAGES).length);
  for (const r of results) {
    // An island that measured as nothing would mean the measurement missed it.
    expect(r.ownScripts.length, `own scripts on ${r.page}`).toBeGreaterThan(0);
    expect(r.ownGzip, `own JavaScript on ${r.page}`).toBeLessThanOrEqual(BUDGET_BYTES);
  }
});
