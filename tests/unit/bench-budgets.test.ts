import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { sitemapToBenchPages } from '../../tools/bench/bench-pages.ts';
import { checkBudgets, checkEveryPage, CONTENT_PAGE_BUDGET_BYTES, CONTENT_PAGE_JS_BUDGET_BYTES, INTERACTIVE_APPS } from '../../tools/bench/budgets.ts';
import type { PageWeight } from '../../tools/bench/page-weight.ts';
import type { Resource } from '../../tools/bench/transferred-bytes.ts';
import { contentPageWeightReport } from '../../tools/bench/weight-report.ts';
import { kb } from '../../tools/bench/kb.ts';
import { ISLAND_PAGES, SITE_WIDE_SCRIPTS } from '../../src/islands/own-script-signatures.ts';

describe('sitemapToBenchPages', () => {
  test('picks each kind of page from the sitemap and notes the kinds that do not exist yet', () => {
    const { pages, missing } = sitemapToBenchPages(['/', '/pipeline/', '/pipeline/data-validation/', '/pipeline/data-collection/', '/choose/']);
    expect(pages.map((p) => p.path)).toEqual(['/', '/pipeline/', '/pipeline/data-validation/', '/choose/']);
    expect(missing).toHaveLength(2);
    expect(missing.join('\n')).toMatch(/pattern page.*skipped/);
    expect(missing.join('\n')).toMatch(/explorer.*skipped/);
  });
});

describe('checkBudgets', () => {
  const weight = (over: Partial<PageWeight> = {}): PageWeight => ({
    requests: 7,
    gzipBytes: { html: 16_000, css: 12_000, js: 6_000, fonts: 0, images: 0, other: 200, total: 34_200 },
    js: { scripts: 9, bytes: 30_000, gzipBytes: 6_000, ownScripts: [], ownGzipBytes: 0 },
    diagramsInHtml: 2,
    diagramsInDom: 2,
    mermaidScripts: [],
    ...over,
  });
  const perfect = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };

  test('passes a light two-diagram page with perfect scores', () => {
    expect(checkBudgets('/pipeline/', false, weight(), perfect).filter((c) => !c.ok)).toEqual([]);
  });

  test('flags weight over the budget, JavaScript over its budget, our own JavaScript, Mermaid, diagrams added by script and a score below 100', () => {
    const heavy = weight({
      gzipBytes: { html: 9_000, css: 12_000, js: 60_000, fonts: 0, images: 0, other: 0, total: CONTENT_PAGE_BUDGET_BYTES + 1 },
      js: { scripts: 10, bytes: 200_000, gzipBytes: 60_000, ownScripts: ['/_astro/explorer.js'], ownGzipBytes: 1_000 },
      diagramsInHtml: 2,
      diagramsInDom: 3,
      mermaidScripts: ['/_astro/mermaid.core.js'],
    });
    const failed = checkBudgets('/x/', false, heavy, { ...perfect, performance: 81 }).filter((c) => !c.ok).map((c) => c.budget);
    expect(failed).toHaveLength(6);
    expect(failed.join('\n')).toContain(`≤ ${CONTENT_PAGE_BUDGET_BYTES / 1024} KB gzip before`);
    expect(failed.join('\n')).toContain(`≤ ${CONTENT_PAGE_JS_BUDGET_BYTES / 1024} KB gzip of JavaScript`);
    expect(failed.join('\n')).toMatch(/Lighthouse/);
  });

  test('lets an interactive page run its own script', () => {
    const island = weight({ js: { scripts: 10, bytes: 120_000, gzipBytes: 33_000, ownScripts: ['/_astro/Chooser.js'], ownGzipBytes: 1_200 } });
    expect(checkBudgets('/choose/', true, island, null).filter((c) => !c.ok)).toEqual([]);
  });

  test('allows the copy-link tools every page has, and nothing else of ours, on a content page', () => {
    const withLinkTools = weight({ js: { scripts: 10, bytes: 101_000, gzipBytes: 29_000, ownScripts: [...SITE_WIDE_SCRIPTS], ownGzipBytes: 900 } });
    expect(checkBudgets('/pipeline/', false, withLinkTools, null).filter((c) => !c.ok)).toEqual([]);
    const explorer = ISLAND_PAGES['/explore/'];
    const withExplorer = weight({ js: { scripts: 11, bytes: 104_000, gzipBytes: 29_000, ownScripts: [...SITE_WIDE_SCRIPTS, explorer], ownGzipBytes: 2_000 } });
    const failed = checkBudgets('/pipeline/', false, withExplorer, null).filter((c) => !c.ok);
    expect(failed.map((c) => c.detail)).toEqual([`${explorer}; site-wide: ${SITE_WIDE_SCRIPTS.join(', ')}`]);
  });
});

describe('checkEveryPage', () => {
  const bytes = (total: number, js = 5_000) => ({ html: total - js, css: 0, js, fonts: 0, images: 0, other: 0, total });

  test('holds every content page to the budgets, naming the heaviest and each page over', () => {
    const checks = checkEveryPage([
      { page: '/a/', bytes: bytes(CONTENT_PAGE_BUDGET_BYTES) },
      { page: '/b/', bytes: bytes(CONTENT_PAGE_BUDGET_BYTES + 2_000) },
      { page: '/c/', bytes: bytes(CONTENT_PAGE_BUDGET_BYTES + 1_000, CONTENT_PAGE_JS_BUDGET_BYTES + 1) },
    ]);
    expect(checks.map((c) => c.ok)).toEqual([false, false]);
    expect(checks[0].detail).toMatch(/^heaviest \/b\/ .*; 2 over: \/b\/ .*, \/c\/ /);
    expect(checks[1].detail).toMatch(/^heaviest \/c\/ .*; 1 over: \/c\/ /);
  });

  test('passes a site whose every content page is within budget, and leaves the explorer and the chooser out', () => {
    expect(INTERACTIVE_APPS).toEqual(['/explore/', '/choose/']);
    const checks = checkEveryPage([
      { page: '/a/', bytes: bytes(CONTENT_PAGE_BUDGET_BYTES) },
      ...INTERACTIVE_APPS.map((page) => ({ page, bytes: bytes(CONTENT_PAGE_BUDGET_BYTES * 2, CONTENT_PAGE_JS_BUDGET_BYTES * 2) })),
    ]);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks[0].page).toBe('every content page (1)');
  });
});

describe('contentPageWeightReport', () => {
  const resource = (kind: Resource['kind'], url: string, bytes: number): Resource => ({ kind, url, body: randomBytes(bytes) });
  const sheet = resource('css', '/_astro/main.css', 2_000);
  const pages = [
    { page: '/light/', resources: [resource('html', '/light/', 1_000), sheet] },
    { page: '/heavy/', resources: [resource('html', '/heavy/', 9_000), sheet, resource('js', '/_astro/a.js', 500)] },
    // An interactive app is never the heaviest content page, however heavy.
    { page: INTERACTIVE_APPS[0], resources: [resource('html', INTERACTIVE_APPS[0], 90_000)] },
  ];

  test('names the heaviest content page with its size and each thing it fetches, then the heaviest in order', () => {
    const lines = contentPageWeightReport(pages, 10);
    expect(lines[0]).toMatch(/^heaviest content page: \/heavy\/ \d+\.\d KB \(budget 36\.0 KB\): html .* css .* js /);
    expect(lines[0]).toContain(`budget ${kb(CONTENT_PAGE_BUDGET_BYTES)}`);
    expect(lines.slice(1, 4).map((l) => l.trim().split(/\s+/).at(-1))).toEqual(['/heavy/', '/_astro/main.css', '/_astro/a.js']);
    const ranked = lines.filter((l) => / KB {2}\/\w+\/ {2}\(/.test(l)).map((l) => l.trim().split(/\s+/)[2]);
    expect(ranked).toEqual(['/heavy/', '/light/']);
    expect(lines.join('\n')).not.toContain(INTERACTIVE_APPS[0]);
    expect(lines.at(-1)).toBe('over the 36.0 KB budget: 0 of 2 content pages');
  });
});
