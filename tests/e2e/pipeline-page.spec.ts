import { expect, test } from '@playwright/test';
import { guardPage } from './support/page-guards.ts';

test.describe('/pipeline/', () => {
  test('shows both diagrams as inline SVG with accessible names and visible labels (groups: their boxes are links)', async ({ page }) => {
    await page.goto('/pipeline/');
    const flow = page.getByRole('group', { name: 'The six-stage ML pipeline' });
    const types = page.getByRole('group', { name: 'Four pipeline types over the six stages' });
    for (const diagram of [flow, types]) {
      await expect(diagram).toBeVisible();
      expect(await diagram.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
    }
    await expect(flow).toHaveAccessibleDescription(/6 stages in order: Data collection, Data validation/);
    await expect(types).toHaveAccessibleDescription(/Data pipeline leads Data collection/);
    // Each stage's box is a link named by its words: the stage, then what it passes on.
    for (const label of ['Data collection', 'Data validation', 'Training & evaluation', 'Model deployment']) {
      await expect(flow.getByRole('link', { name: new RegExp(`^${label.split(' ').join('\\s+')}\\s+↓`) })).toBeVisible();
    }
    for (const label of ['Workflow pipeline', 'Data pipeline', 'Model pipeline', 'ML tracking pipeline']) {
      await expect(types.getByText(label, { exact: true })).toBeVisible();
    }
  });

  test('ships no Mermaid or other diagram engine to the reader', async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(`${response.url()}\n${await response.text()}`);
    });
    await page.goto('/pipeline/');
    await page.waitForLoadState('networkidle');
    const inline = await page.locator('script:not([src])').allTextContents();
    expect(scripts.length + inline.length).toBeGreaterThan(0);
    for (const source of [...scripts, ...inline]) expect(source).not.toMatch(/mermaid/i);
  });
});

test.describe('search', () => {
  test('finds the data validation stage for "validation" and follows the result there', async ({ page, baseURL }) => {
    const guards = await guardPage(page, new URL(baseURL ?? '').origin);
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search' }).fill('validation');
    const result = dialog.getByRole('link', { name: 'Data validation', exact: true }).first();
    await expect(result).toBeVisible({ timeout: 15_000 });
    await result.click();
    await expect(page).toHaveURL(/\/pipeline\/data-validation\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data validation');
    expect(guards.offSite, 'requests that left the site').toEqual([]);
  });
});
