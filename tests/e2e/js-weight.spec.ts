import { expect, test } from '@playwright/test';
import { BUDGET_BYTES, INTERACTIVE_PAGES, measurePageJs } from '../../src/cli/bench-js.mjs';

test('each interactive page ships at most 15 KB (gzip) of its own JavaScript', () => {
  const results = measurePageJs('dist');
  expect(results.map((r) => r.page)).toEqual(INTERACTIVE_PAGES);
  for (const r of results) {
    // An island that measured as nothing would mean the measurement missed it.
    expect(r.ownScripts.length, `own scripts on ${r.page}`).toBeGreaterThan(0);
    expect(r.ownGzip, `own JavaScript on ${r.page}`).toBeLessThanOrEqual(BUDGET_BYTES);
  }
});
