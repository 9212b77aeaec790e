import { expect, test } from '@playwright/test';
import { SEARCH_DEBOUNCE_MS } from '../../src/search/pagefind-ui-options.ts';
import { TITLE_KEY_FILTER } from '../../src/search/relax-query.ts';

declare global {
  interface Window {
    /** Delays passed to setTimeout since the test started listening. */
    __timerDelays?: number[];
  }
}

test.describe('search', () => {
  test(`waits ${SEARCH_DEBOUNCE_MS} ms after a keystroke before searching, not Pagefind UI's 300 ms`, async ({ page }) => {
    // Pagefind UI schedules each search with setTimeout(search, debounceTimeoutMs): record the
    // delays the page asks for, which shows the option reached the running search box without
    // timing anything.
    await page.addInitScript(() => {
      const original = window.setTimeout;
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
        window.__timerDelays?.push(Number(delay ?? 0));
        return original(handler, delay, ...rest);
      }) as typeof window.setTimeout;
    });
    await page.goto('/pipeline/');
    await page.getByRole('button', { name: 'Search' }).click();
    const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
    await expect(input).toBeFocused();
    await page.evaluate(() => (window.__timerDelays = []));
    await input.fill('validation');
    await expect(page.getByRole('dialog').locator('.pagefind-ui__result-link').first()).toBeVisible();
    const delays = await page.evaluate(() => window.__timerDelays ?? []);
    expect(delays).toContain(SEARCH_DEBOUNCE_MS);
    expect(delays).not.toContain(300);
  });

  test('result excerpts are the page’s text, not the title and URL header that only prints', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search' }).fill('deployment');
    const excerpts = dialog.locator('.pagefind-ui__result-excerpt');
    await expect(excerpts.first()).toBeVisible();
    // The printed header ends in the page's canonical URL, e.g. …/pipeline/model-deployment/.
    for (const text of await excerpts.allTextContents()) expect(text).not.toMatch(/https?:\/\/\S*\/pipeline\//);
  });

  test('opening search loads Pagefind and its index before the first keystroke', async ({ page }) => {
    // Pagefind UI starts on the focused input that Starlight's dialog opens with, and the site's
    // filters make it read the filter index: the Wasm and the metadata are in by the time the
    // reader types. No script of the site's own is needed for that.
    const fetched: string[] = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/')) fetched.push(path);
    });
    await page.goto('/pipeline/');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Search' })).toBeFocused();
    await expect.poll(() => fetched.some((p) => /^\/pagefind\/wasm\.\w+\.pagefind$/.test(p))).toBe(true);
    await expect.poll(() => fetched.some((p) => /^\/pagefind\/pagefind\.\w+_\w+\.pf_meta$/.test(p))).toBe(true);
    await expect.poll(() => fetched.some((p) => p.startsWith('/pagefind/filter/'))).toBe(true);
    expect(fetched.filter((p) => p.startsWith('/pagefind/index/') || p.startsWith('/pagefind/fragment/'))).toEqual([]);
  });
  test('offers the filters a reader chooses from, never the title filter search uses to find a page named as typed', async ({ page }) => {
    await page.goto('/pipeline/');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search' }).fill('vertex ai pipelines');
    // Named exactly as typed, so first, found through the title filter.
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\/tools\/vertex-ai-pipelines\/$/);
    const names = dialog.locator('.pagefind-ui__filter-name');
    await expect(names.first()).toBeVisible();
    const shown = (await names.allTextContents()).map((name) => name.trim().toLowerCase());
    expect(shown).toContain('kind');
    expect(shown).not.toContain(TITLE_KEY_FILTER);
  });
});
