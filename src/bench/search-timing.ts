import type { Browser, Page } from 'playwright-core';

/** What opening search and the first queries cost a reader: time, bytes and requests. */
export interface SearchTiming {
  /** Click on the search button to the search box focused and styled, at 1× CPU, the pointer having rested on the button first (as a reader's does). */
  openMs: number;
  firstQueryMs: number;
  secondQueryMs: number;
  /** Bytes fetched from /pagefind/ for both queries (index chunks, fragments, Wasm, UI). */
  pagefindBytesFetched: number;
  /** Every request from the pointer reaching the button to the first query's first result, and their bytes. */
  firstSearchRequests: number;
  firstSearchBytes: number;
}

async function timeQuery(page: Page, query: string): Promise<number> {
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

/** Clicks the search button and waits, frame by frame, until the search box has focus. */
async function timeOpen(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const button = document.querySelector<HTMLButtonElement>('button[data-open-modal]');
    if (!button) throw new Error('no search button');
    const started = performance.now();
    button.click();
    const ready = () => document.activeElement instanceof HTMLInputElement && document.activeElement.closest('#starlight__search') !== null;
    while (!ready()) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - started;
  });
}

/**
 * Opens search on `url` the way a reader does (pointer on the button, a short pause, a click),
 * then times two queries. The pause is shorter than a reader's usual one between reaching a
 * button and clicking it.
 */
export async function measureSearch(browser: Browser, url: string, queries: readonly [string, string] = ['validation', 'deployment'], pauseMs = 150): Promise<SearchTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let pagefindBytesFetched = 0;
  let counting = false;
  let firstSearchRequests = 0;
  let firstSearchBytes = 0;
  page.on('response', async (response) => {
    const counted = counting;
    if (counted) firstSearchRequests += 1;
    const size = (await response.body().catch(() => Buffer.alloc(0))).length;
    if (counted) firstSearchBytes += size;
    if (new URL(response.url()).pathname.startsWith('/pagefind/')) pagefindBytesFetched += size;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  counting = true;
  await page.locator('button[data-open-modal]').hover();
  await page.waitForTimeout(pauseMs);
  const openMs = await timeOpen(page);
  const firstQueryMs = await timeQuery(page, queries[0]);
  await page.waitForLoadState('networkidle');
  counting = false;
  const secondQueryMs = await timeQuery(page, queries[1]);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { openMs, firstQueryMs, secondQueryMs, pagefindBytesFetched, firstSearchRequests, firstSearchBytes };
}
