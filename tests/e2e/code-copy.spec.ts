import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { assertValidModel, model } from '../../src/model/index.ts';
import { pipelineFiles } from '../../src/starter-kit/pipeline-files.ts';
import { sitemapPaths } from './support/site-pages.ts';

// Code blocks carry no second copy of their text (src/components/copy-text-from-lines.ts): the
// copy button reads it from the lines when pressed. What lands on the clipboard must still be the
// file, byte for byte, blank lines and indentation included.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function copied(page: Page, title: string, press: 'click' | 'keyboard'): Promise<string> {
  const block = page.locator('figure.frame').filter({ has: page.locator('.title', { hasText: title }) });
  await expect(block).toHaveCount(1);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  const button = block.getByRole('button', { name: 'Copy to clipboard' });
  if (press === 'click') await button.click();
  else {
    await button.focus();
    await page.keyboard.press('Enter');
  }
  await expect(block.getByText('Copied!')).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

// Expressive Code drops the text's trailing newline.
const asShown = (text: string) => text.replace(/\n+$/, '');

test('no code block on the page carries its text twice', async ({ page }) => {
  await page.goto('/practices/notebooks/');
  await expect(page.locator('.expressive-code .copy button')).not.toHaveCount(0);
  await expect(page.locator('.expressive-code [data-code]')).toHaveCount(0);
});

test('the copy button copies each worked-example pipeline file exactly', async ({ page }) => {
  await page.goto('/practices/notebooks/');
  const files = pipelineFiles(assertValidModel(model));
  expect(files.length).toBeGreaterThanOrEqual(4);
  for (const [i, file] of files.entries()) {
    expect(await copied(page, file.name, i % 2 === 0 ? 'click' : 'keyboard'), file.name).toBe(asShown(file.text));
  }
});

test("the copy button copies a pattern's runnable example exactly", async ({ page }) => {
  await page.goto('/patterns/reframing/');
  const file = 'examples/patterns/reframing.py';
  expect(await copied(page, file, 'click')).toBe(asShown(readFileSync(file, 'utf8')));
});

// Expressive Code's script loads on the reader's first act (src/islands/load-on-intent.ts).
test.describe('the code blocks’ script', () => {
  const isEcScript = (url: string | URL) => /\/_astro\/ec\.[\w-]+\.js$/.test(new URL(url).pathname);

  test('is not fetched with the page, but on the first move, and once', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => void (isEcScript(request.url()) && requested.push(request.url())));
    await page.goto('/patterns/reframing/');
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
    await page.mouse.move(200, 300);
    await expect.poll(() => requested.length).toBe(1);
    await page.keyboard.press('Tab');
    await page.mouse.move(300, 400);
    expect(requested).toHaveLength(1);
  });

  test('a click on the copy button before the script is in copies all the same', async ({ page }) => {
    // A slow connection: the script arrives a second after the click.
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(isEcScript, async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto('/patterns/reframing/');
    await page.evaluate(() => navigator.clipboard.writeText(''));
    const block = page.locator('figure.frame').filter({ has: page.locator('.title', { hasText: 'examples/patterns/reframing.py' }) });
    await block.getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect(block.getByText('Copied!')).toHaveCount(0);
    setTimeout(release, 1000);
    await expect(block.getByText('Copied!')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(asShown(readFileSync('examples/patterns/reframing.py', 'utf8')));
  });
});

// Expressive Code's script also made a block that scrolls sideways focusable (tabindex="0"), so a
// keyboard could scroll it; it now loads only on the reader's first act, after a first Tab has
// already moved on. With `wrap: true` (ec.config.mjs) no block may scroll sideways, so there is
// nothing for it to do: every page with code blocks, as it first appears, at both widths.
test('no code block on any page scrolls sideways before the reader acts, on a phone or a laptop', async ({ page }) => {
  test.setTimeout(240_000);
  const pages = sitemapPaths().filter((path) => /class="expressive-code[\s"]/.test(readFileSync(`dist${path}index.html`, 'utf8')));
  expect(pages.length).toBeGreaterThan(10);
  const overflowing: string[] = [];
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of pages) {
      await page.goto(path);
      const wide = await page.locator('.expressive-code pre').evaluateAll((pres) =>
        pres.filter((pre) => pre.scrollWidth > pre.clientWidth).map((pre) => `${pre.scrollWidth} > ${pre.clientWidth}`),
      );
      overflowing.push(...wide.map((w) => `${path} at ${width} px: ${w}`));
    }
  }
  expect(overflowing).toEqual([]);
});
