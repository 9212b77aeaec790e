import { expect, test } from 'vitest';
import { BUDGET_BYTES, INTERACTIVE_PAGES, measurePageJs } from '../../tools/cli/bench-js.mjs';
import { ISLAND_PAGES, SITE_WIDE_SCRIPTS } from '../../src/islands/own-script-signatures.ts';

test('each page with an island ships at most 15 KB (gzip) of its own JavaScript, the site-wide scripts and search included', () => {
  const results = measurePageJs('dist');
  expect(results.map((r: { page: string }) => `/${r.page.replace(/index\.html$/, '')}`)).toEqual(Object.keys(ISLAND_PAGES));
  expect(INTERACTIVE_PAGES).toHaveLength(Object.keys(ISLAND_PAGES).length);
  for (const r of results) {
    // An island that measured as nothing would mean the measurement missed it.
    const island = ISLAND_PAGES[`/${r.page.replace(/index\.html$/, '')}` as keyof typeof ISLAND_PAGES];
    expect(r.ownScripts, `own scripts on ${r.page}`).toEqual(expect.arrayContaining([...SITE_WIDE_SCRIPTS, island]));
    expect(r.ownGzip, `own JavaScript on ${r.page}`).toBeLessThanOrEqual(BUDGET_BYTES);
  }
});
