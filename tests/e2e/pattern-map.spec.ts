import { expect, test, type Page } from '@playwright/test';
import { model, PATTERN_CATEGORY_IDS, PATTERN_IDS } from '../../src/model/index.ts';
import { focusState } from './support/focus.ts';

const OVERVIEW = 'Map of the 30 ML design patterns by category';

/** What a reader gets of each pattern map: the smallest label as rendered, and whether the picture is cut off. */
async function measureMaps(page: Page) {
  return page.locator('figure[id^="diagram-pattern-map"]').evaluateAll((figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector('svg');
      if (!svg) return { id: figure.id, smallestLabel: 0, clipped: true };
      const box = svg.getBoundingClientRect();
      // Rendered size = computed font size × how much the SVG is scaled from its viewBox. A box
      // held by a max-height letterboxes the picture, so the smaller of the two ratios counts.
      const scale = Math.min(box.width / svg.viewBox.baseVal.width, box.height / svg.viewBox.baseVal.height);
      const labels = Array.from(svg.querySelectorAll('foreignObject span, text')).filter((t) => (t.textContent ?? '').trim() !== '');
      const smallestLabel = Math.min(...labels.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      const canvas = svg.parentElement?.getBoundingClientRect();
      const clipped = !canvas || box.right > canvas.right + 1 || box.left < canvas.left - 1 || (svg.parentElement?.scrollWidth ?? 0) > (svg.parentElement?.clientWidth ?? 0) + 1;
      return { id: figure.id, smallestLabel, clipped };
    }),
  );
}

test.describe('the pattern maps on /patterns/maps/', () => {
  for (const { width, minimum } of [
    { width: 1280, minimum: 12 },
    { width: 390, minimum: 11 },
  ]) {
    test(`at ${width} px every map is whole, with labels of at least ${minimum} px, and the page does not scroll sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/patterns/maps/');
      const maps = await measureMaps(page);
      for (const map of maps) {
        expect(map.smallestLabel, `${map.id}: smallest label`).toBeGreaterThanOrEqual(minimum);
        expect(map.clipped, `${map.id} is cut off or scrolls inside its box`).toBe(false);
      }
      expect(maps.map((m) => m.id)).toEqual(['diagram-pattern-map', ...PATTERN_CATEGORY_IDS.map((id) => `diagram-pattern-map-${id}`)]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  }

  test('on paper every map keeps labels of at least 8 pt', async ({ page }) => {
    // An A4 page's width inside the print margins, in CSS px.
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.goto('/patterns/maps/');
    await page.emulateMedia({ media: 'print' });
    const maps = await measureMaps(page);
    for (const map of maps) expect(map.smallestLabel * 0.75, `${map.id}: smallest label in pt`).toBeGreaterThanOrEqual(8);
    expect(maps).toHaveLength(1 + PATTERN_CATEGORY_IDS.length);
  });

  test('the overview names itself, describes the categories, and links each category to its own map', async ({ page }) => {
    await page.goto('/patterns/maps/');
    const overview = page.getByRole('group', { name: OVERVIEW, exact: true });
    await expect(overview).toHaveAccessibleDescription(/^30 patterns in 6 categories: Data representation \(4\)/);
    for (const id of PATTERN_CATEGORY_IDS) {
      const link = overview.getByRole('link', { name: new RegExp(`^${model.patternCategories[id].name}: \\d+ patterns?`) });
      await expect(link).toHaveAttribute('href', `#diagram-pattern-map-${id}`);
    }
    await overview.getByRole('link', { name: /^Reproducibility:/ }).click();
    await expect(page).toHaveURL(/#diagram-pattern-map-reproducibility$/);
    await expect(page.locator('#diagram-pattern-map-reproducibility')).toBeInViewport();
  });

  test('every pattern is a link to its page in exactly one map, its category’s', async ({ page }) => {
    await page.goto('/patterns/maps/');
    for (const id of PATTERN_IDS) {
      const { name, category } = model.patterns[id];
      const holders = page.locator('figure[id^="diagram-pattern-map-"]').filter({ has: page.getByRole('link', { name, exact: true }) });
      await expect(holders, name).toHaveCount(1);
      await expect(holders).toHaveAttribute('id', `diagram-pattern-map-${category}`);
      await expect(holders.getByRole('link', { name, exact: true })).toHaveAttribute('href', `/patterns/${id}/`);
    }
  });

  test('a related pattern is a link named by its relation, shows its focus, and the keyboard follows it to the page', async ({ page }) => {
    await page.goto('/patterns/maps/');
    const serving = page.getByRole('group', { name: 'Resilient serving patterns and their relations', exact: true });
    const related = serving.getByRole('link', { name: 'is automated by Workflow Pipeline (Reproducibility)', exact: true });
    await expect(related).toHaveAttribute('href', '/patterns/workflow-pipeline/');
    await related.focus();
    await expect(related).toBeFocused();
    expect((await focusState(page)).visibleFocus).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/patterns\/workflow-pipeline\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workflow Pipeline');
  });

  test('the catalogue links its maps, and an old link to a map on the catalogue lands on the map', async ({ page }) => {
    await page.goto('/patterns/');
    await page.getByRole('link', { name: 'how the patterns connect', exact: true }).click();
    await expect(page).toHaveURL(/\/patterns\/maps\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the patterns connect');

    await page.goto('/patterns/#diagram-pattern-map-reproducibility');
    await expect(page).toHaveURL(/\/patterns\/maps\/#diagram-pattern-map-reproducibility$/);
    await expect(page.locator('#diagram-pattern-map-reproducibility')).toBeInViewport();
  });
});
