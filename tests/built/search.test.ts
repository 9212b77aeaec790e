import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { SEARCH_DEBOUNCE_MS } from '../../src/search/pagefind-ui-options.ts';
import { builtSite } from './site.ts';

/** The scripts a built page loads (`<script src>`), as paths under dist/. */
async function pageScripts(page: string): Promise<string[]> {
  const html = await readFile(`dist${page}index.html`, 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc="(\/[^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('search', () => {
  test(`the search script every page loads passes debounceTimeoutMs: ${SEARCH_DEBOUNCE_MS} to Pagefind UI`, async () => {
    const site = await builtSite();
    const pages = [...site.pages].filter(([path, facts]) => path.endsWith('/') && !facts.redirectTo).map(([path]) => path);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const scripts = await Promise.all((await pageScripts(page)).map(async (src) => ({ src, code: await readFile(`dist${src}`, 'utf8') })));
      // Starlight's search script: the one that mounts Pagefind UI on #starlight__search.
      const search = scripts.filter((s) => s.code.includes('#starlight__search') && s.code.includes('PagefindUI'));
      expect(search.map((s) => s.src), `search script of ${page}`).toHaveLength(1);
      expect(search[0]?.code, `search script of ${page}`).toMatch(new RegExp(`\\bdebounceTimeoutMs:${SEARCH_DEBOUNCE_MS}\\b`));
    }
  });
});
