import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { ownScriptIn, type OwnScript } from '../../src/islands/own-script-signatures.ts';
import { builtSite } from './site.ts';

/** Which of our scripts a built page runs, inline or from /_astro/, by their signatures. */
async function ownScriptsOf(page: string): Promise<Set<OwnScript>> {
  const html = await readFile(`dist${page}index.html`, 'utf8');
  const texts: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="(\/[^"]+)"/.exec(attrs)?.[1];
    texts.push(src ? await readFile(`dist${src}`, 'utf8') : body);
  }
  return new Set(texts.flatMap((t) => ownScriptIn(t) ?? []));
}

describe('our own scripts, as built', () => {
  test('every page runs the copy-link tools; the islands run only on their own pages', async () => {
    const site = await builtSite();
    const pages = [...site.pages].filter(([path, facts]) => path.endsWith('/') && !facts.redirectTo).map(([path]) => path);
    expect(pages.length).toBeGreaterThan(3);
    const islandPages: Record<string, OwnScript[]> = {
      '/explore/': ['link-tools.ts', 'explorer.ts'],
      '/choose/': ['link-tools.ts', 'chooser.ts'],
      '/patterns/': ['link-tools.ts', 'pattern-filter.ts'],
    };
    for (const page of pages) {
      const expected = islandPages[page] ?? ['link-tools.ts'];
      expect([...(await ownScriptsOf(page))].sort(), page).toEqual([...expected].sort());
    }
  });
});
