import { expect, test } from '@playwright/test';
import { VIEW_IDS } from '../../src/diagrams/index.ts';
import { STAGE_IDS } from '../../src/model/index.ts';

const PAGES_WITH_DIAGRAMS = ['/', '/pipeline/'];

test.describe('every diagram on every page', () => {
  for (const path of PAGES_WITH_DIAGRAMS) {
    test(`on ${path} has an accessible name, a description and a table of the same facts`, async ({ page }) => {
      await page.goto(path);
      const figures = page.locator('figure.diagram');
      expect(await figures.count()).toBeGreaterThan(0);
      for (const figure of await figures.all()) {
        const title = (await figure.locator('.diagram-title').textContent()) ?? '';
        expect(title.length).toBeGreaterThan(0);
        await expect(figure).toHaveAccessibleName(title);
        const image = figure.getByRole('img', { name: title, exact: true });
        await expect(image).toBeVisible();
        await expect(image).toHaveAccessibleDescription(/\w{4,}/);
        // A hand-drawn fence's text alternative is its accDescr (the build requires one); a view's is also a table.
        if (await figure.evaluate((el) => el.classList.contains('diagram--fence'))) continue;

        const details = figure.locator('details');
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

        const mmdLink = figure.getByRole('link', { name: 'Mermaid source' });
        await expect(mmdLink).toHaveAttribute('download', /\.mmd$/);
        const mmdHref = (await mmdLink.getAttribute('href')) ?? '';
        const mmd = await request.get(mmdHref);
        expect(mmd.ok()).toBe(true);
        // .mmd has no registered media type, so a static host may serve it with none: check the text.
        expect(await mmd.text()).toMatch(/^flowchart (LR|TB)\n {2}accTitle: /);
      }
    });
  }
});

test('every view is downloadable as .svg and .mmd, whether or not a page shows it', async ({ request }) => {
  for (const id of VIEW_IDS) {
    const svg = await request.get(`/diagrams/${id}.svg`);
    expect(svg.ok(), id).toBe(true);
    expect(await svg.text()).toContain(`id="diagram-svg-${id}"`);
    const mmd = await request.get(`/diagrams/${id}.mmd`);
    expect(mmd.ok(), id).toBe(true);
  }
});

test('a wide diagram keeps readable labels on a phone and scrolls sideways instead', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/pipeline/');
  const canvas = page.locator('#diagram-pipeline-types .diagram-canvas');
  await expect(canvas).toHaveAttribute('tabindex', '0');
  const { scrollWidth, clientWidth, svgWidth } = await canvas.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
    svgWidth: el.querySelector('svg')?.getBoundingClientRect().width ?? 0,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  expect(svgWidth).toBeGreaterThanOrEqual(700);
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
