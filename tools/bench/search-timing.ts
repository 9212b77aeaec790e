import type { Browser, Page } from 'playwright-core';

/** What opening search and the first queries cost a reader: time, bytes and requests. */
export interface SearchTiming {
  /** Click on the search button to the search box focused and styled, at 1× CPU, the pointer having rested on the button first (as a reader's does). */
  openMs: number;
  /** Ctrl+K to the search box focused, with nothing of search loaded before (no pointer on the button): the UI is fetched on the way. */
  keyboardOpenMs: number;
  /** The query set in the box (as pasted) to its first result, just after opening: Pagefind and the index load on the way unless fetched before. */
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

/** Runs `open` in the page and waits, frame by frame, until the search box has focus. */
async function timeOpen(page: Page, how: 'click' | 'ctrl-k'): Promise<number> {
  return page.evaluate(async (how) => {
    const button = document.querySelector<HTMLButtonElement>('button[data-open-modal]');
    if (!button) throw new Error('no search button');
    const started = performance.now();
    if (how === 'click') button.click();
    else window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
    const ready = () => document.activeElement instanceof HTMLInputElement && document.activeElement.closest('#starlight__search') !== null;
    while (!ready()) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - started;
  }, how);
}

/**
 * Opens search on `url` the way a reader does (pointer on the button, a short pause, a click),
 * then times two queries; then, on a fresh page, times Ctrl+K with nothing loaded. The pause is
 * shorter than a reader's usual one between reaching a button and clicking it.
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
  const openMs = await timeOpen(page, 'click');
  const firstQueryMs = await timeQuery(page, queries[0]);
  await page.waitForLoadState('networkidle');
  counting = false;
  const secondQueryMs = await timeQuery(page, queries[1]);
  await page.waitForLoadState('networkidle');
  await context.close();

  const cold = await browser.newContext();
  const coldPage = await cold.newPage();
  await coldPage.goto(url, { waitUntil: 'networkidle' });
  const keyboardOpenMs = await timeOpen(coldPage, 'ctrl-k');
  await cold.close();
  return { openMs, keyboardOpenMs, firstQueryMs, secondQueryMs, pagefindBytesFetched, firstSearchRequests, firstSearchBytes };
}

/** The median of each figure over `runs` runs of measureSearch (a shared machine makes single runs noisy). */
export async function measureSearchMedian(browser: Browser, url: string, runs: number): Promise<SearchTiming & { runs: number }> {
  const samples: SearchTiming[] = [];
  for (let i = 0; i < runs; i++) samples.push(await measureSearch(browser, url));
  const median = (pick: (s: SearchTiming) => number) => {
    const sorted = samples.map(pick).sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  return {
    runs,
    openMs: median((s) => s.openMs),
    keyboardOpenMs: median((s) => s.keyboardOpenMs),
    firstQueryMs: median((s) => s.firstQueryMs),
    secondQueryMs: median((s) => s.secondQueryMs),
    pagefindBytesFetched: median((s) => s.pagefindBytesFetched),
    firstSearchRequests: median((s) => s.firstSearchRequests),
    firstSearchBytes: median((s) => s.firstSearchBytes),
  };
}
