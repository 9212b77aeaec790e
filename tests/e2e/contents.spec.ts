import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site-pages.ts';

const PAGES = sitemapPaths();

// Desktop width: "On this page" is the column beside the text.
test.use({ viewport: { width: 1280, height: 900 } });

interface HeadingSeen {
  id: string;
  text: string;
  /** Font size, weight and the space above its block (the anchor wrapper, as Starlight renders Markdown headings). */
  look: string;
  /** Has Starlight's anchor link, as every Markdown heading has. */
  anchored: boolean;
  /** In the page's text (not a part of Starlight's frame such as the mobile contents). */
  inContent: boolean;
}

test.describe('On this page', () => {
  test('lists every h2 of every page, and every h2 looks like the others', async ({ page }) => {
    test.setTimeout(PAGES.length * 5_000);
    const missing: string[] = [];
    const unlike: string[] = [];
    let withContents = 0;
    for (const path of PAGES) {
      await page.goto(path);
      const contents = page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true });
      // Pages whose frontmatter turns the contents off (the landing page, the interactive pages, the sheets).
      if ((await contents.count()) === 0) continue;
      withContents += 1;
      const listed = new Set(
        (await contents.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map((href) => decodeURIComponent(href.replace(/^#/, ''))),
      );
      const headings: HeadingSeen[] = await page.locator('main h2[id]').evaluateAll((els) =>
        els.filter((h) => !h.id.startsWith('starlight__')).map((h) => {
          const block = h.closest('.sl-heading-wrapper') ?? h;
          const style = getComputedStyle(h);
          return {
            id: h.id,
            text: (h.textContent ?? '').trim(),
            look: `${style.fontSize} ${style.fontWeight} ${style.lineHeight}, ${getComputedStyle(block).marginTop} above`,
            anchored: block.querySelector(':scope > a.sl-anchor-link') !== null,
            inContent: h.closest('.sl-markdown-content') !== null,
          };
        }),
      );
      for (const h of headings.filter((h) => !listed.has(h.id))) missing.push(`${path}#${h.id} "${h.text}"`);
      // The first h2 may open the page with no space above it; every later one is spaced like the rest.
      const [first, ...rest] = headings.filter((h) => h.inContent);
      const usual = rest.map((h) => h.look).sort((a, b) => rest.filter((h) => h.look === b).length - rest.filter((h) => h.look === a).length)[0];
      for (const h of rest.filter((h) => h.look !== usual)) unlike.push(`${path}#${h.id} "${h.text}": ${h.look}, most h2s here: ${usual}`);
      for (const h of headings.filter((h) => h.inContent && !h.anchored)) unlike.push(`${path}#${h.id} "${h.text}": no anchor link`);
      if (first && rest.length > 0 && first.look.split(',')[0] !== usual.split(',')[0]) unlike.push(`${path}#${first.id} "${first.text}": ${first.look}`);
    }
    expect(withContents, 'pages with "On this page"').toBeGreaterThan(PAGES.length / 2);
    expect.soft(missing, 'h2 headings missing from "On this page"').toEqual([]);
    expect.soft(unlike, 'h2 headings that do not look like the page’s other h2s').toEqual([]);
  });
});
