import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contrastRatio, diagramLabelColours } from './support/contrast.ts';
import { sitemapPaths } from './support/site-pages.ts';

/** WCAG 2.2 level A and AA, as axe tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
const THEMES = ['light', 'dark'] as const;

/** Every axe violation on the page, one line per element. No finding is exempt. */
async function violationsOn(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${v.help}. ${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`),
  );
}

test.describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  // One test per page runs the four combinations in one browser page, to keep the suite quick.
  for (const path of sitemapPaths()) {
    test(`${path} has no violation in the light and dark theme, on a phone and a desktop`, async ({ page }) => {
      // Four axe runs in one test: on the largest pages (/patterns/, 2,600 elements with its
      // linked maps) they take close to Playwright's default 30 s on two busy cores.
      test.setTimeout(120_000);
      const found: string[] = [];
      await page.goto(path);
      for (const [widthName, size] of Object.entries(WIDTHS)) {
        await page.setViewportSize(size);
        for (const theme of THEMES) {
          // Starlight keeps the reader's choice here and applies it before first paint.
          await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
          await page.reload();
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          for (const v of await violationsOn(page)) found.push(`[${theme}, ${widthName}] ${v}`);
        }
      }
      expect(found).toEqual([]);
    });
  }

  test('the theme follows the system when set to auto, and stays clean in dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'auto'));
    await page.goto('/pipeline/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await violationsOn(page)).toEqual([]);
  });
});

test.describe('diagrams', () => {
  for (const path of sitemapPaths()) {
    test(`${path}: every diagram has an accessible name and description, on a desktop and on a phone`, async ({ page }) => {
      for (const size of Object.values(WIDTHS)) {
        await page.setViewportSize(size);
        await page.goto(path);
        // The layouts a width does not show are display: none, out of everyone's way.
        const diagrams = page.locator('svg.field-guide-diagram').filter({ visible: true });
        for (const diagram of await diagrams.all()) {
          // A picture, or a group when an interactive page lets the reader act on its parts.
          expect(['img', 'group']).toContain(await diagram.getAttribute('role'));
          await expect(diagram).toHaveAccessibleName(/\S/);
          await expect(diagram).toHaveAccessibleDescription(/\S{3}/);
        }
      }
    });

    test(`${path}: diagram labels have at least 4.5:1 contrast in both themes`, async ({ page }) => {
      await page.goto(path);
      const low: string[] = [];
      for (const theme of THEMES) {
        await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.reload();
        for (const c of await diagramLabelColours(page)) {
          const ratio = contrastRatio(c.text, c.behind);
          if (ratio < 4.5) low.push(`[${theme}] "${c.label}": ${c.text} on ${c.behind} is ${ratio.toFixed(2)}:1`);
        }
      }
      expect(low).toEqual([]);
    });
  }

  test('the contrast check catches a faint label', async ({ page }) => {
    await page.goto('/pipeline/');
    // A node's label (edge labels sit on the page background, not on a shape).
    const label = page.locator('svg.field-guide-diagram g.node .fg-label').first();
    // A CSSOM edit, not a style attribute: the page's policy allows it.
    await label.evaluate((el) => {
      const shape = el.closest('g.node')?.querySelector(':scope > rect, :scope > polygon, :scope > path, :scope > circle');
      if (el instanceof HTMLElement && shape) el.style.color = getComputedStyle(shape).fill;
    });
    const colours = await diagramLabelColours(page);
    expect(Math.min(...colours.map((c) => contrastRatio(c.text, c.behind)))).toBeLessThan(1.5);
  });
});
