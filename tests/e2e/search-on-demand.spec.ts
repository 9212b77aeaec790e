import { expect, test, type Page } from '@playwright/test';

/** Pagefind itself (/pagefind/…) and Pagefind UI's script and stylesheet (the chunk src/search/site-search.ts imports). */
function isSearchUi(url: string): boolean {
  const path = new URL(url).pathname;
  return path.startsWith('/pagefind/') || /^\/_astro\/(mount-pagefind-ui|pagefind-ui)\.[\w-]+\.(js|css)$/.test(path);
}

/** Opens a page and records every search request from then on. */
async function openAndWatch(page: Page, path: string): Promise<string[]> {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (isSearchUi(request.url())) requested.push(new URL(request.url()).pathname);
  });
  await page.goto(path);
  return requested;
}

const WAYS_TO_OPEN: ReadonlyArray<readonly [name: string, open: (page: Page) => Promise<void>]> = [
  ['the Search button', (page) => page.getByRole('button', { name: 'Search' }).click()],
  ['Ctrl+K', (page) => page.keyboard.press('Control+k')],
  ['/', (page) => page.keyboard.press('/')],
];

test.describe('search loads on first use', () => {
  for (const [name, open] of WAYS_TO_OPEN) {
    test(`nothing of search is requested until ${name} opens it, and then it finds a page`, async ({ page }) => {
      const requested = await openAndWatch(page, '/pipeline/');
      // The page has loaded and gone idle (when Starlight used to load Pagefind UI): still nothing.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
      await page.mouse.wheel(0, 400);
      await page.getByRole('link', { name: 'Skip to content' }).focus();
      expect(requested).toEqual([]);

      await open(page);
      const dialog = page.getByRole('dialog');
      const input = dialog.getByRole('textbox', { name: 'Search' });
      await expect(input).toBeFocused();
      expect(requested.some((path) => path.includes('mount-pagefind-ui'))).toBe(true);
      expect(requested.some((path) => /pagefind-ui\.[\w-]+\.css$/.test(path))).toBe(true);
      await page.keyboard.type('validation');
      await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
      await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /^\/\S*\/$/);
    });
  }

  test('closing and opening again keeps one search box and its query', async ({ page }) => {
    await page.goto('/pipeline/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    const input = dialog.getByRole('textbox', { name: 'Search' });
    await expect(input).toBeFocused();
    await input.fill('deployment');
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
    // Ctrl+K closes as it opens (Escape would also clear Pagefind UI's box).
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('/');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('deployment');
    await expect(dialog.getByRole('textbox', { name: 'Search' })).toHaveCount(1);
  });
});
