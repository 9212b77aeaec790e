import { expect, test } from '@playwright/test';
import { guardPage, violationsSoFar } from './support/page-guards.ts';
import { sitemapPaths } from './support/site-pages.ts';

// Every page in the sitemap, under the policy the build wrote into it: no violation, nothing
// fetched from another origin, and the parts that need JavaScript still work.
test.describe('Content-Security-Policy on every page', () => {
  for (const path of sitemapPaths()) {
    test(`${path} runs with no CSP violation and no off-site request, and its theme switch works`, async ({ page, baseURL }) => {
      const guards = await guardPage(page, new URL(baseURL ?? '').origin);
      await page.goto(path);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const scriptSrc = policy?.split(';').find((d) => d.trim().startsWith('script-src ')) ?? '';
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);

      const theme = page.getByRole('combobox', { name: 'Select theme' }).first();
      await theme.selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await theme.selectOption('light');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await page.waitForLoadState('networkidle');

      expect(await violationsSoFar(page, guards)).toEqual([]);
      expect(guards.offSite).toEqual([]);
    });
  }
});

test.describe('Content-Security-Policy', () => {
  test('blocks a script injected into a page, and the test hears about it', async ({ page, baseURL }) => {
    const guards = await guardPage(page, new URL(baseURL ?? '').origin);
    await page.goto('/');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "yes";';
      document.head.append(script);
      return document.documentElement.dataset.injected === 'yes';
    });
    expect(ran).toBe(false);
    await expect.poll(() => violationsSoFar(page, guards)).toContainEqual(expect.stringMatching(/^script-src/));
  });

  test('search finds a page and opens it, with no violation and nothing off-site', async ({ page, baseURL }) => {
    const guards = await guardPage(page, new URL(baseURL ?? '').origin);
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search' }).fill('pipeline');
    const result = dialog.getByRole('link').filter({ hasText: /pipeline/i }).first();
    await expect(result).toBeVisible();
    const before = await violationsSoFar(page, guards);
    await result.click();
    await page.waitForURL((url) => url.pathname !== '/');
    expect([...before, ...(await violationsSoFar(page, guards))]).toEqual([]);
    expect(guards.offSite).toEqual([]);
  });

  test('the phone menu opens and closes the sidebar under the policy', async ({ page, baseURL }) => {
    const guards = await guardPage(page, new URL(baseURL ?? '').origin);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/pipeline/');
    const menu = page.getByRole('button', { name: 'Menu' });
    const startHere = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Start here' });
    await expect(startHere).toBeHidden();
    await menu.click();
    await expect(startHere).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(startHere).toBeHidden();
    expect(await violationsSoFar(page, guards)).toEqual([]);
    expect(guards.offSite).toEqual([]);
  });
});
