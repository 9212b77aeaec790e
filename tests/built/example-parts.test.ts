import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { DomUtils, parseDocument } from 'htmlparser2';
import { expect, test } from 'vitest';
import { exampleHref } from '../../src/examples/catalog.ts';
import { builtSitemapPaths } from '../../src/links/sitemap-paths.ts';

const { findAll, getAttributeValue, textContent } = DomUtils;
// Starlight's code block titles its frame; a part's title ends with the lines it shows.
const PART_TITLE = /^examples\/(.+\.py), lines (\d+)–(\d+)$/;

async function builtPage(path: string) {
  if (!existsSync('dist/index.html')) throw new Error('No dist/: run `npm run build` before these checks.');
  return parseDocument(await readFile(`dist${path}index.html`, 'utf8'));
}

/** Each part of an example a page shows: the file, the lines its title names, and the code as shown. */
async function partsOn(path: string) {
  const doc = await builtPage(path);
  return findAll((e) => e.name === 'figure' && /\bframe\b/.test(getAttributeValue(e, 'class') ?? ''), doc.children).flatMap((figure) => {
    const title = findAll((e) => getAttributeValue(e, 'class') === 'title', figure.children).map((t) => textContent(t).trim())[0] ?? '';
    const match = PART_TITLE.exec(title);
    if (match === null) return [];
    const lines = findAll((e) => /\bec-line\b/.test(getAttributeValue(e, 'class') ?? ''), figure.children).map((l) => textContent(l).replace(/\s+$/, ''));
    return [{ file: match[1], first: Number(match[2]), last: Number(match[3]), lines }];
  });
}

test('a part of an example shows exactly the lines its title names, and links the whole file, served byte for byte', async () => {
  // Tool pages show excerpts too, linking the guide page that shows the example (tool-pages.test.ts checks them).
  const pages = builtSitemapPaths('dist').filter((path) => !path.startsWith('/tools/'));
  const withParts = (await Promise.all(pages.map(async (path) => ({ path, parts: await partsOn(path) })))).filter((p) => p.parts.length > 0);
  expect(withParts.map((p) => p.path)).toContain('/production/training-data-and-labels/');
  for (const { path, parts } of withParts) {
    const html = await readFile(`dist${path}index.html`, 'utf8');
    for (const part of parts) {
      const source = await readFile(`examples/${part.file}`, 'utf8');
      const wanted = source.split('\n').slice(part.first - 1, part.last);
      const indent = Math.min(...wanted.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
      expect(part.lines, `${path} › ${part.file} lines ${part.first}–${part.last}`).toEqual(wanted.map((l) => l.slice(indent).replace(/\s+$/, '')));
      expect(html).toContain(`href="${exampleHref(part.file)}"`);
      expect(await readFile(`dist${exampleHref(part.file)}`, 'utf8')).toBe(source);
    }
  }
});

test('the training data page shows the parts of its example that carry its claims, not the whole file', async () => {
  const parts = await partsOn('/production/training-data-and-labels/');
  const source = await readFile('examples/production/label_quality.py', 'utf8');
  const shown = parts.reduce((sum, p) => sum + p.lines.length, 0);
  expect(shown).toBeLessThan(source.split('\n').length / 2);
  // The functions behind the page's four claims: agreement, the rules' vote, active learning, label errors.
  expect(parts.filter((p) => p.lines.some((l) => /^def (kappa|majority_vote|label_in_rounds|likely_label_errors)\(/.test(l)))).toHaveLength(4);
});
