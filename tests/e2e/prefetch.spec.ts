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

test('resting the pointer on a stage of a diagram prefetches its page, as for any other link', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', async (request) => {
    const purpose = (await request.allHeaders())['sec-purpose'] ?? '';
    if (purpose.includes('prefetch')) prefetched.push(new URL(request.url()).pathname);
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/pipeline/');
  await page.waitForLoadState('networkidle');
  // An SVG <a>, which the speculation rules do not match: the site's link script prefetches it.
  const node = page.locator('#diagram-pipeline-flow svg.field-guide-diagram').filter({ visible: true }).locator('a[href="/pipeline/model-building/"]');
  expect(await node.evaluate((a) => a instanceof SVGAElement)).toBe(true);
  expect(prefetched).not.toContain('/pipeline/model-building/');
  await node.hover();
  await expect.poll(() => prefetched, { timeout: 5000 }).toContain('/pipeline/model-building/');
  // Once is enough: resting on it again fetches nothing more.
  await page.mouse.move(0, 0);
  await node.hover();
  await page.waitForTimeout(500);
  expect(prefetched.filter((p) => p === '/pipeline/model-building/')).toHaveLength(1);
});
