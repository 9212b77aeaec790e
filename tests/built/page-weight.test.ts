import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CONTENT_PAGE_BUDGET_BYTES, CONTENT_PAGE_JS_BUDGET_BYTES, INTERACTIVE_APPS } from '../../tools/bench/budgets.ts';
import { resourcesInDist, transferredBytes } from '../../tools/bench/transferred-bytes.ts';
import { builtSitemapPaths } from '../../src/links/sitemap-paths.ts';

// The bench's byte budgets over every page, by the bench's own measure read from dist/.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pages = builtSitemapPaths('dist')
  .filter((page) => !INTERACTIVE_APPS.includes(page))
  .map((page) => ({ page, bytes: transferredBytes(resourcesInDist('dist', page)) }));

test(`every content page sends at most ${CONTENT_PAGE_BUDGET_BYTES / 1024} KB gzip before interaction`, () => {
  expect(pages.length).toBeGreaterThan(100);
  const over = pages.filter((p) => p.bytes.total > CONTENT_PAGE_BUDGET_BYTES);
  expect(over.map((p) => `${p.page} ${kb(p.bytes.total)}`)).toEqual([]);
});

test('every content page runs at most 8 KB gzip of JavaScript files before interaction', () => {
  for (const p of pages) expect(p.bytes.js, p.page).toBeLessThanOrEqual(CONTENT_PAGE_JS_BUDGET_BYTES);
});

test('a page counts what it links: its HTML, each stylesheet once, and each module script with its imports', () => {
  const stage = resourcesInDist('dist', '/pipeline/training-evaluation/');
  expect(stage[0].kind).toBe('html');
  expect(stage.filter((r) => r.kind === 'css').map((r) => r.url)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/_astro\/ec\..*\.css$/), expect.stringMatching(/^\/_astro\/print\..*\.css$/)]));
  expect(new Set(stage.map((r) => r.url)).size).toBe(stage.length);
  expect(stage.filter((r) => r.kind === 'js').length).toBeGreaterThan(1);
  // A page without code blocks fetches none of their stylesheet.
  expect(resourcesInDist('dist', '/patterns/').some((r) => /\/ec\./.test(r.url))).toBe(false);
});

test('the sidebar list carries no scoped-style class on each of its elements', () => {
  const html = readFileSync('dist/pipeline/index.html', 'utf8');
  const list = /<sl-sidebar-state-persist[\s\S]*?<\/sl-sidebar-state-persist>/.exec(html)?.[0] ?? '';
  expect(list.match(/<a href=/g)?.length ?? 0).toBeGreaterThan(50);
  expect(list.match(/<(?:li|a|ul|span|details|summary)\b[^>]*\bastro-[a-z0-9]+/g) ?? []).toEqual([]);
});
