import { expect, test } from '@playwright/test';
import { guardPage, violationsSoFar } from './support/page-guards.ts';

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
