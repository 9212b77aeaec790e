import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { assertValidModel, model } from '../../src/model/index.ts';
import { pipelineFiles } from '../../src/starter-kit/pipeline-files.ts';

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
