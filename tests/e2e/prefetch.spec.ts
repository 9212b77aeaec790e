import { expect, test } from '@playwright/test';

// Pages are prefetched by the browser's speculation rules (src/links/speculation-rules.ts), not a
// script: resting the pointer on a link fetches its page, and nothing else is fetched.
test('resting the pointer on a link to a page prefetches that page, with no prefetch script', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', async (request) => {
    const purpose = (await request.allHeaders())['sec-purpose'] ?? '';
    if (purpose.includes('prefetch')) prefetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/pipeline/');
  await page.waitForLoadState('networkidle');
  expect(prefetched).toEqual([]);
  const scripts = await page.locator('script[src]').evaluateAll((s) => s.map((e) => e.getAttribute('src') ?? ''));
  expect(scripts.filter((src) => /\/page\.[\w-]+\.js$/.test(src))).toEqual([]);

  // An HTML link: the diagram's node links are SVG <a> elements, which document rules do not match.
  await page.locator('main a[href="/pipeline/data-validation/"]:not(svg a)').filter({ visible: true }).first().hover();
  await expect.poll(() => prefetched, { timeout: 5000 }).toContain('/pipeline/data-validation/');
});
