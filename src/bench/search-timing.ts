import type { Browser } from 'playwright-core';

/** Time from a query being typed to its first result on screen, first and second query. */
export interface SearchTiming {
  firstQueryMs: number;
  secondQueryMs: number;
  /** Bytes fetched from /pagefind/ for both queries (index chunks, fragments, Wasm, UI). */
  pagefindBytesFetched: number;
}

async function timeQuery(page: import('playwright-core').Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#starlight__search input');
    if (!input) throw new Error('no search input');
    const results = () => document.querySelector('#starlight__search .pagefind-ui__result-link');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (results()) await new Promise((r) => requestAnimationFrame(r));
    const started = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (!results()) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - started;
  }, query);
}

/** Opens search on `url` the way a reader does, then times two queries. */
export async function measureSearch(browser: Browser, url: string, queries: readonly [string, string] = ['validation', 'deployment']): Promise<SearchTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let pagefindBytesFetched = 0;
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/')) pagefindBytesFetched += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('#starlight__search input').waitFor();
  const firstQueryMs = await timeQuery(page, queries[0]);
  const secondQueryMs = await timeQuery(page, queries[1]);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { firstQueryMs, secondQueryMs, pagefindBytesFetched };
}
