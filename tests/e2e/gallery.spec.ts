import { expect, test, type Locator, type Page } from '@playwright/test';
import { VIEW_IDS } from '../../src/diagrams/index.ts';
import { SHEET_IDS } from '../../src/model/data/print-sheets.ts';
import { axeOn } from './support/axe.ts';

// The gallery of /diagrams/, the sheet previews of /reference/print/, and the snippets' copy buttons.

/** Whether an image has loaded a picture (a lazy image not yet in view has not). */
const loaded = (img: Locator) => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0);

async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
}

test.describe('/diagrams/ as a gallery', () => {
  test('every thumbnail loads once scrolled into view, and not before; the other theme\'s pictures are never fetched', async ({ page }) => {
    test.setTimeout(90_000);
    await useTheme(page, 'light');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/diagrams/');
    const thumbnails = page.locator('.diagram-gallery img').filter({ visible: true });
    await expect(thumbnails).toHaveCount(VIEW_IDS.length);
    const last = thumbnails.last();
    expect(await loaded(last), 'the last thumbnail, far below the first screen, waits').toBe(false);
    for (const img of await thumbnails.all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => loaded(img), await img.getAttribute('src') ?? '').toBe(true);
    }
    expect(fetched.filter((path) => path.endsWith('.dark.svg'))).toEqual([]);
  });

  test('each thumbnail is named by its diagram, and in the dark theme shows the dark SVG', async ({ page }) => {
    await useTheme(page, 'dark');
    await page.goto('/diagrams/');
    const entry = page.locator('.diagram-gallery > li').filter({ has: page.getByRole('heading', { name: 'The monitoring loop', exact: true }) });
    const picture = entry.getByRole('img', { name: /The monitoring loop/ });
    await expect(picture).toHaveCount(1);
    await expect(picture).toHaveAttribute('src', '/diagrams/monitoring-loop.dark.svg');
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => loaded(picture)).toBe(true);
  });

  test('"On this page" lists every diagram and leads to its entry', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/diagrams/');
    const toc = page.locator('starlight-toc nav');
    for (const view of VIEW_IDS) await expect(toc.locator(`a[href="#diagram-${view}"]`)).toHaveCount(1);
    await toc.getByRole('link', { name: 'Tools by stage', exact: true }).click();
    await expect(page).toHaveURL(/#diagram-tools-by-stage$/);
    await expect(page.getByRole('heading', { name: 'Tools by stage', exact: true })).toBeInViewport();
  });

  test('at 390 px nothing scrolls sideways and each thumbnail fits its column', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/diagrams/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await page.locator('.diagram-gallery img').filter({ visible: true }).first().boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  });
});

test.describe('/reference/print/', () => {
  test("shows each sheet's first page, named by the sheet, once scrolled into view", async ({ page }) => {
    await page.goto('/reference/print/');
    const previews = page.locator('.sheet-preview img');
    await expect(previews).toHaveCount(SHEET_IDS.length);
    await expect(page.getByRole('img', { name: 'First page of the sheet “Tools by stage”' })).toHaveCount(1);
    for (const img of await previews.all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => loaded(img)).toBe(true);
    }
  });
});

test.describe('the snippets\' copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy the Markdown snippet on /diagrams/ and say so, on screen and to screen readers', async ({ page }) => {
    await page.goto('/diagrams/');
    const entry = page.locator('.diagram-gallery > li').first();
    await entry.getByText('Use in your docs').click();
    await entry.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('Markdown for “The six-stage ML pipeline” copied');
    await expect(entry.getByText('Copied', { exact: true })).toBeVisible();
    const snippet = await entry.locator('pre[data-snippet="markdown"]').textContent();
    expect(snippet).toMatch(/^\[<img src="[^"]+@2x\.png" width="\d+" alt="The six-stage ML pipeline" \/>\]\(/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  });

  test('copy the HTML snippet under a diagram of a page, from the keyboard', async ({ page }) => {
    await page.goto('/pipeline/');
    const snippets = page.locator('figure.diagram details.diagram-snippets').first();
    await snippets.locator('summary').click();
    await snippets.getByRole('button', { name: 'Copy HTML' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('HTML for “The six-stage ML pipeline” copied');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(await snippets.locator('pre[data-snippet="html"]').textContent());
    expect(clipboard).toContain('<source media="(prefers-color-scheme: dark)"');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no copy button shows (nothing would make it work), and the snippets are there to select', async ({ page }) => {
    await page.goto('/diagrams/');
    const entry = page.locator('.diagram-gallery > li').first();
    await entry.getByText('Use in your docs').click();
    await expect(entry.locator('pre[data-snippet="markdown"]')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Copy (Markdown|HTML)$/ })).toHaveCount(0);
  });
});

test.describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  for (const path of ['/diagrams/', '/reference/print/']) {
    test(`${path} has no violation, light and dark, phone and desktop, with the snippets open`, async ({ page }) => {
      test.setTimeout(180_000);
      const found: string[] = [];
      for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
        for (const theme of ['light', 'dark'] as const) {
          await page.setViewportSize(size);
          await page.goto(path);
          await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
          await page.reload();
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          // Open the first entry's snippets, so their copy buttons are checked too.
          await page.evaluate(() => document.querySelector('details.diagram-snippets')?.setAttribute('open', ''));
          const results = await axeOn(page).analyze();
          for (const v of results.violations) for (const n of v.nodes) found.push(`[${theme}, ${size.width}] ${v.id} ${n.target.join(' ')}: ${v.help}`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});
