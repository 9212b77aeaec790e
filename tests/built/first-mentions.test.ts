import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlFilesUnder } from '../../src/html/html-files.ts';
import { parsePage } from '../../src/html/page-document.ts';
import { fileToPath } from '../../src/links/dist-site.ts';
import { entityNames, firstMentions } from '../../src/links/first-mentions.ts';
import { model } from '../../src/model/index.ts';

describe('first mentions in prose', () => {
  test('the first mention on a page of a stage, pipeline type, tool or pattern by name links to its page', async () => {
    if (!existsSync('dist/index.html')) throw new Error('No dist/: run `npm run build` before these checks.');
    const names = entityNames(model);
    const files = (await htmlFilesUnder('dist')).map((file) => relative('dist', file));
    const unlinked: string[] = [];
    let pages = 0;
    for (const file of files.sort()) {
      const path = fileToPath(relative('dist', join('dist', file)));
      const html = await readFile(join('dist', file), 'utf8');
      if (html.includes('sl-markdown-content')) pages += 1;
      const found = firstMentions(parsePage(html), path, names);
      for (const m of found) if (!m.linked) unlinked.push(`${path} › "${m.entity.name}" (${m.entity.kind}, ${m.entity.href})`);
    }
    // The check reads the guide's pages at all.
    expect(pages).toBeGreaterThan(80);
    expect(unlinked, `${unlinked.length} first mentions without a link`).toEqual([]);
  });
});
