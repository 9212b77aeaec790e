import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { pathToPrintedAddress } from '../../src/links/site-url.ts';
import { PAPER_SIZES, papers, SHEET_IDS, sheetToPath } from '../../src/model/data/print-sheets.ts';
import { STAGE_IDS } from '../../src/model/index.ts';

test.describe('printing a page', () => {
  test('shows only the content, with the page title and address on top, and external URLs spelled out', async ({ page }) => {
    await page.goto('/reference/print/tools-by-stage/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
    await expect(page.locator('.print-source')).toBeVisible();
    // The public URL when the build had SITE_URL, else the path: never the local server.
    await expect(page.locator('.print-source-url')).toHaveText(pathToPrintedAddress('/reference/print/tools-by-stage/'));
    await page.goto('/pipeline/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-source-title')).toHaveText('The six-stage ML pipeline');
    await expect(page.locator('.sl-anchor-link').first()).toBeHidden();
    const diagram = page.locator('figure.diagram').first();
    expect(await diagram.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  });

  for (const { path, diagrams: hasDiagrams } of [
    { path: '/pipeline/data-validation/', diagrams: true },
    { path: '/patterns/transform/', diagrams: true },
    { path: '/tools/mlflow-tracking/', diagrams: false },
  ]) {
    test(`${path} prints its address and no localhost URL, with no controls and every diagram whole`, async ({ page }) => {
      // As wide as A4 portrait inside print.css's 12 mm side margins (186 mm at 96 px per inch).
      await page.setViewportSize({ width: 703, height: 1000 });
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button')).toHaveCount(0);
      await expect(page.getByRole('combobox')).toHaveCount(0);
      const diagrams = page.locator('main figure.diagram svg');
      expect(await diagrams.count() > 0).toBe(hasDiagrams);
      for (const svg of await diagrams.all()) {
        const overflow = await svg.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const main = document.querySelector('main')?.getBoundingClientRect();
          return { right: box.right - (main?.right ?? 0), left: (main?.left ?? 0) - box.left };
        });
        expect(overflow.right, `diagram past the right edge of ${path}`).toBeLessThanOrEqual(1);
        expect(overflow.left, `diagram past the left edge of ${path}`).toBeLessThanOrEqual(1);
      }
      const { text } = await extractText(new Uint8Array(await page.pdf({ format: 'A4' })), { mergePages: true });
      expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
      expect(text).toContain(pathToPrintedAddress(path));
    });
  }

  test('shows where an external link goes', async ({ page }) => {
    await page.goto('/reference/print/');
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'https://example.org/x';
      a.textContent = 'elsewhere';
      document.querySelector('.sl-markdown-content')?.append(a);
    });
    await page.emulateMedia({ media: 'print' });
    const after = await page.getByRole('link', { name: 'elsewhere' }).evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('https://example.org/x');
  });
});

test.describe('reference sheets from the browser print dialog', () => {
  for (const sheet of SHEET_IDS) {
    for (const paper of PAPER_SIZES) {
      test(`${sheet} prints as one landscape ${paper} page with the page's own CSS`, async ({ page }) => {
        await page.goto(sheetToPath(sheet));
        // What the print dialog does: the paper the reader picked, orientation and margins from the sheet's @page.
        const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: papers[paper].format, preferCSSPageSize: true })));
        expect(pdf.numPages).toBe(1);
        const [, , width, height] = (await pdf.getPage(1)).view;
        expect(width).toBeGreaterThan(height);
      });
    }
  }

  test('the sheet page links its PDFs', async ({ page, request }) => {
    await page.goto(sheetToPath('tools-by-stage'));
    for (const paper of PAPER_SIZES) {
      const link = page.getByRole('link', { name: `PDF, ${papers[paper].label} landscape` });
      const response = await request.get((await link.getAttribute('href')) ?? '');
      expect(response.headers()['content-type']).toContain('pdf');
    }
  });
});

test.describe('a stage page on paper', () => {
  for (const id of STAGE_IDS) {
    test(`/pipeline/${id}/ prints on at most six A4 pages, its example shortened with a note`, async ({ page }) => {
      await page.goto(`/pipeline/${id}/`);
      const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
      expect(pdf.numPages, `/pipeline/${id}/ printed pages`).toBeLessThanOrEqual(6);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.example-print-note')).toBeVisible();
      await expect(page.locator('.example-print-note')).toContainText(/^Lines \d+ to \d+ are online\.$/);
    });
  }

  test('lists its patterns one category a line, "Category: patterns", with no space before the colon', async ({ page }) => {
    await page.goto('/pipeline/data-validation/');
    await page.emulateMedia({ media: 'print' });
    // innerText leaves out the colon (a `::after`), so each line is read as the printer sets it: the term, the colon, the definition.
    const lines = await page.locator('.stage-patterns dt').evaluateAll((terms) =>
      terms.map((dt) => {
        const colon = getComputedStyle(dt, '::after').content.replace(/^"|"$/g, '');
        const definition = dt.nextElementSibling instanceof HTMLElement ? dt.nextElementSibling.innerText : '';
        return `${dt.textContent}${colon}${definition}`.replace(/\s+/g, ' ').trim();
      }),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\S[^:]*\S: \S/);
  });
});
