import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { isInside, openTags } from '../../src/html/open-tags.ts';
import { builtSitemapPaths } from '../../src/links/sitemap-paths.ts';

// What the build does to every page to keep its policy (and bytes) small: one <style> in the head,
// code tokens coloured by class, and no second copy of a code block's text.
const pages = builtSitemapPaths('dist').map((path) => ({ path, tags: openTags(readFileSync(join('dist', path, 'index.html'), 'utf8')) }));

test('every page has at most one style element in its head', () => {
  expect(pages.length).toBeGreaterThan(100);
  const many = pages.filter((p) => p.tags.filter((t) => t.name === 'style' && t.parents.some((x) => x.name === 'head')).length > 1);
  expect(many.map((p) => p.path)).toEqual([]);
});

test('no code token carries a style attribute, and no copy button a copy of the code', () => {
  const withCode = pages.filter((p) => p.tags.some((t) => t.attributes.class?.split(' ').includes('ec-line')));
  expect(withCode.length).toBeGreaterThan(20);
  for (const { path, tags } of withCode) {
    expect(tags.filter((t) => t.name === 'span' && t.attributes.style !== undefined && isInside(t, 'ec-line')), path).toEqual([]);
    expect(tags.filter((t) => t.attributes['data-code'] !== undefined).map((t) => t.attributes['data-code']), path).toEqual([]);
  }
});
