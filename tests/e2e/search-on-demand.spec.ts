import { expect, test, type Page } from '@playwright/test';

/**
 * Opens a page and records, from then on, each request for Pagefind (/pagefind/…) or for a script
 * or stylesheet holding Pagefind UI, recognised by its class names whatever its chunk is called.
 */
async function openAndWatch(page: Page, path: string): Promise<{ requested: string[]; settled: () => Promise<void> }> {
  const requested: string[] = [];
  const checks: Promise<void>[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/pagefind/')) requested.push(pathname);
    else if (/\.(js|css)$/.test(pathname)) {
      checks.push(response.text().then((text) => void (text.includes('pagefind-ui__') && requested.push(pathname)), () => undefined));
    }
  });
  await page.goto(path);
  /** Waits until the page's requests so far are answered and their bodies read. */
  const settled = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(checks);
  };
  return { requested, settled };
}

const WAYS_TO_OPEN: ReadonlyArray<readonly [name: string, open: (page: Page) => Promise<void>]> = [
  ['the Search button', (page) => page.getByRole('button', { name: 'Search' }).click()],
  ['Ctrl+K', (page) => page.keyboard.press('Control+k')],
  ['/', (page) => page.keyboard.press('/')],
];

test.describe('search loads on first use', () => {
  for (const [name, open] of WAYS_TO_OPEN) {
    test(`nothing of search is requested until ${name} opens it, and then it finds a page`, async ({ page }) => {
      const { requested, settled } = await openAndWatch(page, '/pipeline/');
      // The page has gone idle (when Starlight used to load Pagefind UI), scrolled and taken focus: still nothing.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
      await page.mouse.wheel(0, 400);
      await page.getByRole('link', { name: 'Skip to content' }).focus();
      await settled();
      expect(requested).toEqual([]);

      await open(page);
      const dialog = page.getByRole('dialog');
      const input = dialog.getByRole('textbox', { name: 'Search' });
      await expect(input).toBeFocused();
      // Pagefind UI's script and stylesheet, and Pagefind, once the box has focus.
      await expect.poll(() => requested.filter((path) => path.endsWith('.js') && !path.startsWith('/pagefind/')).length).toBe(1);
      await expect.poll(() => requested.filter((path) => path.endsWith('.css')).length).toBe(1);
      await expect.poll(() => requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
      await page.keyboard.type('validation');
      await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
      await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /^\/\S*\/$/);
    });
  }

  for (const [name, reach] of [
    ['the pointer', (page: Page) => page.getByRole('button', { name: 'Search' }).hover()],
    ['keyboard focus', (page: Page) => page.getByRole('button', { name: 'Search' }).focus()],
  ] as const) {
    test(`${name} reaching the Search button fetches the search box and Pagefind, but no index chunk until the reader types`, async ({ page }) => {
      const { requested, settled } = await openAndWatch(page, '/pipeline/');
      await settled();
      expect(requested).toEqual([]);
      await reach(page);
      // Pagefind UI's script and stylesheet, what makes the box ready at once on click; and Pagefind
      // with its Wasm and index metadata, what makes the first result come sooner.
      await expect.poll(() => requested.filter((path) => !path.startsWith('/pagefind/')).length).toBe(2);
      for (const file of [/^\/pagefind\/pagefind\.js$/, /^\/pagefind\/wasm\.en\.pagefind$/, /^\/pagefind\/pagefind\.en_\w+\.pf_meta$/]) {
        await expect.poll(() => requested.some((path) => file.test(path)), String(file)).toBe(true);
      }
      await settled();
      // Nothing a query needs: no index chunk, no page's fragment.
      expect(requested.filter((path) => /\/(index|fragment)\//.test(path))).toEqual([]);
      await expect(page.getByRole('dialog')).toBeHidden();
      await page.getByRole('button', { name: 'Search' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('textbox', { name: 'Search' })).toBeFocused();
      await page.keyboard.type('validation');
      await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
      expect(requested.some((path) => path.startsWith('/pagefind/index/'))).toBe(true);
    });
  }

  test('the pointer on the button starts Pagefind and runs its first search; a query then fetches only its index chunk and the shown results’ fragments, each once', async ({ page }) => {
    // What the page asks of Pagefind's worker, by method: Pagefind searches there.
    await page.addInitScript(() => {
      const sent: string[] = [];
      Object.assign(window, { __pagefindCalls: sent });
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: [StructuredSerializeOptions?]) {
        if (typeof message === 'object' && message !== null && 'method' in message) sent.push(String(message.method));
        return post.call(this, message, ...rest);
      } as Worker['postMessage'];
    });
    const calls = () => page.evaluate(() => [...((window as unknown as { __pagefindCalls: string[] }).__pagefindCalls ?? [])]);
    const { requested, settled } = await openAndWatch(page, '/pipeline/');
    await settled();
    await page.getByRole('button', { name: 'Search' }).hover();
    // Pagefind's script, Wasm, metadata and filters, and a search with no term (which loads no
    // chunk) for what Pagefind does only on its first search.
    await expect.poll(calls).toContain('search');
    // Pagefind UI has started too (it used to start on its box's first focus): its options are in.
    await expect.poll(calls).toContain('options');
    await settled();
    const beforeTyping = { requests: requested.length, calls: (await calls()).length };
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    const input = dialog.getByRole('textbox', { name: 'Search' });
    await expect(input).toBeFocused();
    // The query in one go, as pasted (typed letter by letter, each prefix is searched too).
    await input.fill('validation');
    // Every result of Pagefind UI's first page has its title (its fragment is in).
    await expect(dialog.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link')).toHaveCount(5);
    await settled();
    const forTheQuery = requested.slice(beforeTyping.requests);
    // Nothing Pagefind needs to start (script, worker, Wasm, metadata, filters) waits for the keystroke.
    expect(forTheQuery.filter((path) => !/^\/pagefind\/(index|fragment)\//.test(path))).toEqual([]);
    expect(forTheQuery.some((path) => path.startsWith('/pagefind/index/'))).toBe(true);
    // The five results shown (and at most a glossary entry), not the other 45 pages found; each once.
    const fragments = forTheQuery.filter((path) => path.startsWith('/pagefind/fragment/'));
    expect(fragments.length).toBeGreaterThanOrEqual(5);
    expect(fragments.length).toBeLessThanOrEqual(5 + 1);
    expect(new Set(forTheQuery).size).toBe(forTheQuery.length);
    // Each shown result's data is asked of the worker once, not once per reader of it.
    const dataCalls = (await calls()).slice(beforeTyping.calls).filter((method) => method === 'getData');
    expect(dataCalls.length).toBeLessThanOrEqual(5 + 1);
  });

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
