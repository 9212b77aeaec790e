import { expect, test } from '@playwright/test';
import { VIEW_IDS } from '../../src/diagrams/index.ts';
import { STAGE_IDS } from '../../src/model/index.ts';
import { measurePageLayout } from './support/diagram-layout.ts';

const PAGES_WITH_DIAGRAMS = ['/', '/pipeline/', '/pipeline/data-processing/', '/pipeline-types/workflow-pipeline/', '/patterns/cascade/'];

test.describe('every diagram on the pages that show one', () => {
  for (const path of PAGES_WITH_DIAGRAMS) {
    test(`on ${path} has an accessible name, a description and a table of the same facts`, async ({ page }) => {
      await page.goto(path);
      const figures = page.locator('figure.diagram');
      expect(await figures.count()).toBeGreaterThan(0);
      for (const figure of await figures.all()) {
        const title = (await figure.locator('.diagram-title').textContent()) ?? '';
        expect(title.length).toBeGreaterThan(0);
        await expect(figure).toHaveAccessibleName(title);
        // A diagram whose boxes are links is a group (inside an image its links would be hidden); any other, an image.
        const image = figure.locator('svg.field-guide-diagram').filter({ visible: true });
        await expect(image).toHaveCount(1);
        expect(['img', 'group']).toContain(await image.getAttribute('role'));
        await expect(image).toHaveAccessibleName(title);
        await expect(image).toHaveAccessibleDescription(/\w{4,}/);
        // A hand-drawn fence's text alternative is its accDescr (the build requires one); a view's is also a table.
        if (await figure.evaluate((el) => el.classList.contains('diagram--fence'))) continue;

        const details = figure.locator('details.diagram-text');
        await details.locator('summary').click();
        const table = details.getByRole('table', { name: title });
        await expect(table).toBeVisible();
        expect(await table.getByRole('row').count()).toBeGreaterThan(1);
        expect(await table.getByRole('rowheader').count()).toBeGreaterThan(0);
      }
    });

    test(`on ${path} links its own anchor and downloads that are an SVG and a Mermaid text`, async ({ page, request }) => {
      await page.goto(path);
      // Views only: a hand-drawn fence has no view to download.
      for (const figure of await page.locator('figure.diagram:not(.diagram--fence)').all()) {
        const id = (await figure.getAttribute('id')) ?? '';
        expect(id).toMatch(/^diagram-[a-z0-9-]+$/);
        await expect(figure.locator('figcaption .sl-anchor-link')).toHaveAttribute('href', `#${id}`);

        const svgHref = (await figure.getByRole('link', { name: 'Download SVG' }).getAttribute('href')) ?? '';
        const svg = await request.get(svgHref);
        expect(svg.ok()).toBe(true);
        expect(svg.headers()['content-type']).toContain('image/svg+xml');
        const svgText = await svg.text();
        expect(svgText).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        // Standalone: it carries the diagram styles itself.
        expect(svgText).toContain('<style><![CDATA[');

        const darkLink = figure.getByRole('link', { name: 'Dark SVG', exact: true });
        await expect(darkLink).toHaveAttribute('href', /\.dark\.svg$/);
        await expect(darkLink).toHaveAttribute('download', '');
        const dark = await request.get((await darkLink.getAttribute('href')) ?? '');
        expect(dark.ok()).toBe(true);
        expect(await dark.text()).not.toContain('<foreignObject');

        const mmdLink = figure.getByRole('link', { name: 'Mermaid source' });
        await expect(mmdLink).toHaveAttribute('href', /\.mmd$/);
        await expect(mmdLink).toHaveAttribute('download', '');
        const mmdHref = (await mmdLink.getAttribute('href')) ?? '';
        const mmd = await request.get(mmdHref);
        expect(mmd.ok()).toBe(true);
        // .mmd has no registered media type, so a static host may serve it with none: check the text.
        // A layout may open with its own spacing (Mermaid front matter) before the diagram type.
        expect(await mmd.text()).toMatch(/^(---\n[\s\S]*?\n---\n)?flowchart (LR|TB)\n {2}accTitle: /);
      }
    });
  }
});

test("a diagram's download links save files named as on the server", async ({ page }) => {
  await page.goto('/pipeline/');
  const links = page.locator('figure.diagram').first().locator('.diagram-downloads a');
  expect(await links.count()).toBeGreaterThanOrEqual(6);
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href')) ?? '';
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(href.split('/').at(-1));
  }
});

test('every view is downloadable as .svg and .mmd, whether or not a page shows it', async ({ request }) => {
  for (const id of VIEW_IDS) {
    const svg = await request.get(`/diagrams/${id}.svg`);
    expect(svg.ok(), id).toBe(true);
    expect(await svg.text()).toContain(`id="diagram-svg-${id}--download"`);
    const mmd = await request.get(`/diagrams/${id}.mmd`);
    expect(mmd.ok(), id).toBe(true);
  }
});

test('a phone gets the phone layout of a view, and only one layout is shown or named at a time', async ({ page }) => {
  const figure = page.locator('#diagram-stage-data-processing');
  const name = 'Data processing: inputs, outputs, tools and pipeline types';
  for (const { width, height, shown, hidden } of [
    { width: 1280, height: 800, shown: 'diagram-svg-stage-data-processing', hidden: 'diagram-svg-stage-data-processing--phone' },
    { width: 390, height: 844, shown: 'diagram-svg-stage-data-processing--phone', hidden: 'diagram-svg-stage-data-processing' },
  ]) {
    await page.setViewportSize({ width, height });
    await page.goto('/pipeline/data-processing/');
    await expect(figure.locator(`svg[id="${shown}"]`)).toBeVisible();
    // display: none, not merely out of sight: assistive technology must meet one picture.
    expect(await figure.locator(`svg[id="${hidden}"]`).evaluate((svg) => getComputedStyle(svg.parentElement ?? svg).display)).toBe('none');
    await expect(figure.getByRole('group', { name, exact: true })).toHaveCount(1);
    await expect(figure.getByRole('group', { name, exact: true })).toHaveAccessibleDescription(/^Data processing reads Validated data/);
  }
});

test('a landscape sheet prints the six-stage flow left to right, with labels of at least 8 pt on the paper', async ({ page }) => {
  // US Letter in landscape, inside the sheet's 10 mm margins: 259.4 mm, the narrower of the two papers.
  await page.setViewportSize({ width: Math.floor((259.4 / 25.4) * 96), height: 700 });
  await page.goto('/reference/print/six-stage-pipeline/');
  await page.emulateMedia({ media: 'print' });
  const layout = await measurePageLayout(page);
  expect(layout.diagrams).toHaveLength(1);
  await expect(page.locator('svg[id="diagram-svg-pipeline-flow--landscape"]')).toBeVisible();
  // 1 CSS px is 0.75 pt on paper.
  expect(layout.diagrams[0].smallestLabel * 0.75).toBeGreaterThanOrEqual(8);
  expect(layout.diagrams[0].clipped).toBe(false);
});

test('switching the theme restyles the diagrams at once, without reloading', async ({ page }) => {
  await page.goto('/pipeline/');
  const label = page.locator('#diagram-pipeline-flow .fg-label').first();
  const colourIn = async (theme: string) => {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    return label.evaluate((el) => getComputedStyle(el).color);
  };
  const dark = await colourIn('dark');
  const light = await colourIn('light');
  expect(dark).not.toBe(light);
});

test('publishes the model and its JSON Schema', async ({ request }) => {
  const model = await request.get('/model.json');
  expect(model.headers()['content-type']).toContain('application/json');
  expect(Object.keys((await model.json()).stages)).toEqual([...STAGE_IDS]);
  const schema = await request.get('/model.schema.json');
  expect((await schema.json()).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
});
