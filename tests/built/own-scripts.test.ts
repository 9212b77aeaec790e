import { describe, expect, test } from 'vitest';
import { scriptsOf } from '../../tools/cli/bench-js.mjs';
import { readFileSync } from 'node:fs';
import { ISLAND_PAGES, ownScriptIn, SITE_WIDE_SCRIPTS, type OwnScript } from '../../src/islands/own-script-signatures.ts';
import { builtSite } from './site.ts';

/** Which of our scripts a built page runs, inline or from /_astro/, by their signatures. */
function ownScriptsOf(page: string): Set<OwnScript> {
  return new Set(scriptsOf('dist', `${page.slice(1)}index.html`).flatMap((s: { code: string }) => ownScriptIn(s.code) ?? []));
}

describe('our own scripts, as built', () => {
  test('every page runs the loader of the copy-link tools and the search button; the islands run only on their own pages; nothing else of ours, snippets or not', async () => {
    const site = await builtSite();
    const pages = [...site.pages].filter(([path, facts]) => path.endsWith('/') && !facts.redirectTo).map(([path]) => path);
    expect(pages.length).toBeGreaterThan(3);
    const islandPages: Record<string, readonly OwnScript[]> = Object.fromEntries(
      Object.entries(ISLAND_PAGES).map(([page, island]) => [page, [...SITE_WIDE_SCRIPTS, island]]),
    );
    const withSnippets = pages.filter((page) => readFileSync(`dist${page}index.html`, 'utf8').includes('data-snippet='));
    expect(withSnippets.length, 'pages with diagram snippets').toBeGreaterThan(3);
    for (const page of pages) {
      // The snippets' host script is on demand, like the link tools that load it: no page carries it.
      const expected = islandPages[page] ?? SITE_WIDE_SCRIPTS;
      expect([...ownScriptsOf(page)].sort(), page).toEqual([...expected].sort());
    }
  });
});
