import { expect, test } from '@playwright/test';
import { focusState, tabUntil } from './support/focus.ts';

test.describe('keyboard only', () => {
  test('the first Tab shows the skip link, which moves focus past the navigation', async ({ page }) => {
    await page.goto('/pipeline/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect((await focusState(page)).visibleFocus).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#_top$/);
    // The next Tab lands in the page's content, not back in the header or the sidebar.
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false);
    expect(inMain).toBe(true);
  });

  test('search opens, takes a query and follows a result, with focus visible at every step', async ({ page }) => {
    await page.goto('/');
    // The search button is named by its text: "Search", then the shortcut where it shows.
    const steps = await tabUntil(page, (s) => s.what.startsWith('<button> "Search'));
    const dialog = page.getByRole('dialog');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('textbox', { name: 'Search' });
    await expect(input).toBeFocused();
    await page.keyboard.type('validation');
    // The results of a partial query ("validatio") can still be on screen: wait for the whole
    // word's, or the first result read below is replaced while Tab walks towards it.
    await expect(dialog.locator('.pagefind-ui__message')).toContainText('validation');
    // Whichever page ranks first: the walk is about the keyboard, not the ranking.
    const result = dialog.locator('.pagefind-ui__result-link').first();
    await expect(result).toBeVisible();
    const title = ((await result.textContent()) ?? '').trim().replace(/\s+/g, ' ');
    const href = (await result.getAttribute('href')) ?? '';
    steps.push(...(await tabUntil(page, (s) => title !== '' && s.what.includes(title.slice(0, 30)))));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(steps.filter((s) => !s.visibleFocus).map((s) => s.what)).toEqual([]);
  });

  test('Ctrl+K opens search and Escape closes it', async ({ page }) => {
    await page.goto('/pipeline/');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('the theme switch works from the keyboard', async ({ page }) => {
    await page.goto('/pipeline/');
    await page.evaluate(() => localStorage.setItem('starlight-theme', 'light'));
    await page.reload();
    const steps = await tabUntil(page, (s) => s.what.startsWith('<select>'));
    expect(steps.at(-1)?.visibleFocus).toBe(true);
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  for (const path of ['/', '/pipeline/']) {
    test(`${path}: every element Tab reaches shows where the focus is`, async ({ page }) => {
      await page.goto(path);
      const seen: string[] = [];
      const hidden: string[] = [];
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const state = await focusState(page);
        if (state.what === 'body' || seen.includes(state.what)) break;
        seen.push(state.what);
        if (!state.visibleFocus) hidden.push(state.what);
      }
      expect(seen.length).toBeGreaterThan(5);
      expect(hidden).toEqual([]);
    });
  }
});
