import { expect, test, type Page } from '@playwright/test';
import { diagramToMarkdownSnippet } from '../../src/links/diagram-snippets.ts';
import { PUBLIC_SITE_URL } from '../../src/links/site-url.ts';

// The "Use in your docs" snippets under a diagram. The test build has no SITE_URL: the page says
// its snippets are relative, and its script puts them on the host it was opened from. (Built with
// SITE_URL, both are absolute on it and there is no note: the expectations below follow.)
const NOTE = /Addresses start at this site's root/;
const PAGE = '/pipeline/';
const VIEW = 'pipeline-flow';

async function openSnippets(page: Page) {
  await page.goto(PAGE);
  const figure = page.locator(`#diagram-${VIEW}`);
  await figure.getByText('Use in your docs').click();
  const title = (await figure.locator('.diagram-title').textContent()) ?? '';
  return { figure, title };
}

/** A URL that starts at the root of a host: what a snippet must not hold once it is on the page's origin. */
const ROOT_RELATIVE = /(?:\]\(|(?:src|href|srcset)="|, )\/(?!\/)/;

test('with JavaScript, the snippets name the host the page was opened from, and their files load', async ({ page, baseURL }) => {
  const { figure, title } = await openSnippets(page);
  const site = PUBLIC_SITE_URL ?? `${new URL(baseURL ?? '').origin}/`;
  const markdown = figure.locator('pre[data-snippet="markdown"]');
  const width = Number(/width="(\d+)"/.exec((await markdown.textContent()) ?? '')?.[1]);
  await expect(markdown).toHaveText(diagramToMarkdownSnippet({ view: VIEW, title, width, page: PAGE, site }));
  const html = (await figure.locator('pre[data-snippet="html"]').textContent()) ?? '';
  expect(html).toContain(`src="${site}diagrams/${VIEW}.png" srcset="${site}diagrams/${VIEW}@2x.png 2x"`);
  expect(html).toContain(`<a href="${site}pipeline/#diagram-${VIEW}">`);
  await expect(figure.getByText(NOTE)).toHaveCount(0);
  // Every snippet on the page, not only this one's: nothing root-relative is left to paste.
  for (const text of await page.locator('pre[data-snippet]').allTextContents()) expect(text).not.toMatch(ROOT_RELATIVE);
  if (PUBLIC_SITE_URL === undefined) {
    const png = /src="(http[^"]+\.png)"/.exec((await markdown.textContent()) ?? '')?.[1] ?? '';
    expect((await page.request.get(png)).status(), png).toBe(200);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the snippets are root-relative and one line says so', async ({ page }) => {
    const { figure, title } = await openSnippets(page);
    const markdown = figure.locator('pre[data-snippet="markdown"]');
    const width = Number(/width="(\d+)"/.exec((await markdown.textContent()) ?? '')?.[1]);
    await expect(markdown).toHaveText(diagramToMarkdownSnippet({ view: VIEW, title, width, page: PAGE, site: PUBLIC_SITE_URL }));
    if (PUBLIC_SITE_URL === undefined) {
      await expect(figure.getByText(NOTE)).toBeVisible();
      await expect(figure.locator('pre[data-snippet="html"]')).toContainText(`src="/diagrams/${VIEW}.png"`);
    } else {
      await expect(figure.getByText(NOTE)).toHaveCount(0);
    }
  });
});
