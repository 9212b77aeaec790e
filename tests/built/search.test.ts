import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { openTags } from '../../src/html/open-tags.ts';
import { SEARCH_DEBOUNCE_MS } from '../../src/search/pagefind-ui-options.ts';
import { builtSite } from './site.ts';

/** What a built page loads before any interaction: its scripts (`<script src>`) and its other links, as paths. */
async function pageLoads(page: string): Promise<{ scripts: string[]; links: string[] }> {
  const html = await readFile(`dist${page}index.html`, 'utf8');
  const tags = openTags(html);
  const paths = (name: string, attr: string) =>
    tags.filter((t) => t.name === name && (t.attributes[attr] ?? '').startsWith('/')).map((t) => t.attributes[attr] ?? '');
  return { scripts: paths('script', 'src'), links: paths('link', 'href') };
}

describe('search', () => {
  test(`every page's search script loads Pagefind UI only on demand, with debounceTimeoutMs: ${SEARCH_DEBOUNCE_MS}`, async () => {
    const site = await builtSite();
    const pages = [...site.pages].filter(([path, facts]) => path.endsWith('/') && !facts.redirectTo).map(([path]) => path);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const { scripts, links } = await pageLoads(page);
      const loaded = await Promise.all(scripts.map(async (src) => ({ src, code: await readFile(`dist${src}`, 'utf8') })));
      // The site's search element (src/search/site-search.ts): the one script that knows #starlight__search.
      const search = loaded.filter((s) => s.code.includes('#starlight__search'));
      expect(search.map((s) => s.src), `search script of ${page}`).toHaveLength(1);
      expect(search[0]?.code, `search script of ${page}`).not.toContain('PagefindUI');
      const chunk = /import\(\s*[`'"]\.\/(mount-pagefind-ui\.[\w-]+\.js)[`'"]\s*\)/.exec(search[0]?.code ?? '')?.[1];
      expect(chunk, `Pagefind UI chunk imported by the search script of ${page}`).toBeDefined();
      const ui = await readFile(`dist/_astro/${chunk}`, 'utf8');
      expect(ui).toContain('PagefindUI');
      expect(ui).toMatch(new RegExp(`\\bdebounceTimeoutMs:${SEARCH_DEBOUNCE_MS}\\b`));
      // Nothing of Pagefind UI, script or stylesheet, is in the page itself.
      expect([...scripts, ...links].filter((path) => path.includes('pagefind')), page).toEqual([]);
    }
  });
});
