import { expect, test } from '@playwright/test';

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the button on a heading copies its URL from the keyboard and says so', async ({ page, baseURL }) => {
    await page.goto('/pipeline/');
    const button = page.getByRole('button', { name: 'Copy link to “What each stage is for”' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Link to “What each stage is for” copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/pipeline/#what-each-stage-is-for`);
  });

  test('the button on a diagram copies the link to the diagram', async ({ page, baseURL }) => {
    await page.goto('/pipeline/');
    await page.getByRole('button', { name: 'Copy link to “The six-stage ML pipeline”' }).click();
    await expect(page.getByRole('status')).toHaveText('Link to “The six-stage ML pipeline” copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/pipeline/#diagram-pipeline-flow`);
  });
});

test.describe('moved URLs', () => {
  test('an old URL with an anchor lands on the same heading at the new URL', async ({ page }) => {
    await page.goto('/stages/#which-pipeline-runs-which-stage');
    await expect(page).toHaveURL(/\/pipeline\/#which-pipeline-runs-which-stage$/);
    await expect(page.getByRole('heading', { name: 'Which pipeline runs which stage' })).toBeInViewport();
  });

  test('an old anchor alias, through a redirect, lands on the renamed heading', async ({ page }) => {
    await page.goto('/stages/#stages');
    await expect(page).toHaveURL(/\/pipeline\/#what-each-stage-is-for$/);
    await expect(page.getByRole('heading', { name: 'What each stage is for' })).toBeInViewport();
  });

  test('without JavaScript, the redirect page still forwards to the new page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/stages/');
    await expect(page).toHaveURL(/\/pipeline\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The six-stage ML pipeline');
    await context.close();
  });
});
