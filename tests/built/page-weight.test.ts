import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
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
  expect(stage.filter((r) => r.kind === 'css').map((r) => r.url)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/_astro\/ec\..*\.css$/), expect.stringMatching(/^\/_astro\/middleware\..*\.css$/)]));
  expect(new Set(stage.map((r) => r.url)).size).toBe(stage.length);
  expect(stage.filter((r) => r.kind === 'js').length).toBeGreaterThan(1);
  // A page without code blocks fetches none of their stylesheet.
  expect(resourcesInDist('dist', '/patterns/').some((r) => /\/ec\./.test(r.url))).toBe(false);
});

test('the sidebar list carries no scoped-style class on each of its elements', () => {
  // A tool page: its section (every tool, by category) is the longest list a sidebar shows.
  const html = readFileSync('dist/tools/apache-airflow/index.html', 'utf8');
  const list = /<sl-sidebar-state-persist[\s\S]*?<\/sl-sidebar-state-persist>/.exec(html)?.[0] ?? '';
  expect(list.match(/<a href=/g)?.length ?? 0).toBeGreaterThan(50);
  expect(list.match(/<(?:li|a|ul|span|details|summary)\b[^>]*\bastro-[a-z0-9]+/g) ?? []).toEqual([]);
});

describe('what every page sends no more of', () => {
  const stage = resourcesInDist('dist', '/pipeline/model-deployment/');
  const main = stage.find((r) => /\/middleware\..*\.css$/.test(r.url))?.body.toString('utf8') ?? '';

  test('no page links a print-only stylesheet: Starlight’s print rules come first in the main one, for print', () => {
    expect(pages.filter((p) => /<link[^>]*media="print"/.test(readFileSync(`dist${p.page}index.html`, 'utf8'))).map((p) => p.page)).toEqual([]);
    expect(main.startsWith('@media print{')).toBe(true);
    // One of Starlight's print rules: the page prints in light colours.
    expect(main).toMatch(/^@media print\{@media print\{:root\{--sl-color-white:/);
  });

  test('the main stylesheet holds no rules of Starlight components the guide never renders, and keeps those every page needs', () => {
    expect(main).not.toMatch(/\.sl-badge|\.sl-link-button|\.kudos|\.hero>/);
    expect(main).toContain('text-autospace:initial');
    expect(main).toMatch(/:last-child:not\(a,strong,em,del,span,input,code,br,script,:where\(\.not-content \*\)\)[^{]*\{margin-bottom:1\.25rem/);
    expect(main).toMatch(/\.md\\:sl-hidden\{display:none/);
  });

  test('no page carries the language picker’s script: the guide has one language', () => {
    expect(pages.filter((p) => readFileSync(`dist${p.page}index.html`, 'utf8').includes('starlight-lang-select')).map((p) => p.page)).toEqual([]);
  });
});
