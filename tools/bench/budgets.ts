import type { Category } from './lighthouse-scores.ts';
import { ISLAND_PAGES, SITE_WIDE_SCRIPTS } from '../../src/islands/own-script-signatures.ts';
import type { PageWeight } from './page-weight.ts';
import type { Kind } from './transferred-bytes.ts';
import { kb } from './kb.ts';

/**
 * Bytes (gzip) a content page may send before the reader interacts (opens search, a filter, a
 * control): 36 KB, down from 43 (46 before that). The heaviest page, model deployment, is 35.9 KB
 * (gzip level 6). What won it back: the sidebar shows only the reader's section in full, the
 * link tools, the code blocks' script and the snippets' host script load on the reader's first
 * act, no page fetches Vite's preload helper, and before those the stylesheets lost the rules
 * no page uses, Starlight's inline scripts were minified (docs/performance.md, "Where the bytes
 * go", which also lists what is left if a page needs more room).
 */
export const CONTENT_PAGE_BUDGET_BYTES = 36 * 1024;
/** Of those, JavaScript files (gzip). */
export const CONTENT_PAGE_JS_BUDGET_BYTES = 8 * 1024;

/**
 * Pages that are an interactive tool rather than content (the explorer, the chooser): their own
 * script is the page. A page whose island only filters its lists (/patterns/, /tools/) is content.
 */
export const INTERACTIVE_APPS: readonly string[] = Object.entries(ISLAND_PAGES)
  .filter(([, island]) => island !== 'islands/list-filter.ts')
  .map(([page]) => page);


export interface BudgetCheck {
  page: string;
  budget: string;
  ok: boolean;
  detail: string;
}

/** The budgets from the README, checked against one page's figures. */
export function checkBudgets(
  page: string,
  interactive: boolean,
  weight: PageWeight,
  scores: Record<Category, number | null> | null,
): BudgetCheck[] {
  const checks: BudgetCheck[] = [
    {
      page,
      budget: 'diagrams are in the HTML (visible at first paint)',
      ok: weight.diagramsInHtml === weight.diagramsInDom,
      detail: `${weight.diagramsInHtml} in HTML, ${weight.diagramsInDom} on the page`,
    },
    {
      page,
      budget: 'no Mermaid or diagram JavaScript',
      ok: weight.mermaidScripts.length === 0,
      detail: weight.mermaidScripts.join(', ') || 'none',
    },
  ];
  if (!interactive) {
    const allowed: readonly string[] = SITE_WIDE_SCRIPTS;
    const beyondSiteWide = weight.js.ownScripts.filter((s) => !allowed.includes(s));
    const siteWide = weight.js.ownScripts.filter((s) => !beyondSiteWide.includes(s));
    checks.push({
      page,
      budget: `no JavaScript of our own on a page without an interactive part (beyond the copy-link tools every page has)`,
      ok: beyondSiteWide.length === 0,
      detail: `${beyondSiteWide.join(', ') || 'none'}${siteWide.length > 0 ? `; site-wide: ${siteWide.join(', ')}` : ''}`,
    });
  }
  if (!interactive) {
    checks.push(
      {
        page,
        budget: `≤ ${CONTENT_PAGE_BUDGET_BYTES / 1024} KB gzip before search opens`,
        ok: weight.gzipBytes.total <= CONTENT_PAGE_BUDGET_BYTES,
        detail: kb(weight.gzipBytes.total),
      },
      {
        page,
        budget: `≤ ${CONTENT_PAGE_JS_BUDGET_BYTES / 1024} KB gzip of JavaScript files before search opens`,
        ok: weight.gzipBytes.js <= CONTENT_PAGE_JS_BUDGET_BYTES,
        detail: kb(weight.gzipBytes.js),
      },
    );
  }
  if (scores) {
    const below = Object.entries(scores).filter(([, s]) => s !== 100);
    checks.push({
      page,
      budget: 'Lighthouse 100 in all four categories',
      ok: below.length === 0,
      detail: below.map(([c, s]) => `${c} ${s ?? 'n/a'}`).join(', ') || 'all 100',
    });
  }
  return checks;
}

/**
 * The byte budgets over every content page of the site (measured from dist/ by
 * transferred-bytes.ts, the same resources and sums a browser's measure gives): one check each,
 * naming the heaviest page and every page over.
 */
export function checkEveryPage(weights: readonly { page: string; bytes: Record<Kind | 'total', number> }[]): BudgetCheck[] {
  const content = weights.filter((w) => !INTERACTIVE_APPS.includes(w.page));
  const check = (budget: string, limit: number, of: (w: (typeof content)[number]) => number): BudgetCheck => {
    const sorted = [...content].sort((a, b) => of(b) - of(a));
    const over = sorted.filter((w) => of(w) > limit);
    const heaviest = sorted[0];
    return {
      page: `every content page (${content.length})`,
      budget,
      ok: over.length === 0,
      detail: [
        heaviest ? `heaviest ${heaviest.page} ${kb(of(heaviest))}` : 'no pages',
        over.length > 0 ? `${over.length} over: ${over.map((w) => `${w.page} ${kb(of(w))}`).join(', ')}` : 'none over',
      ].join('; '),
    };
  };
  return [
    check(`≤ ${CONTENT_PAGE_BUDGET_BYTES / 1024} KB gzip before interaction`, CONTENT_PAGE_BUDGET_BYTES, (w) => w.bytes.total),
    check(`≤ ${CONTENT_PAGE_JS_BUDGET_BYTES / 1024} KB gzip of JavaScript files before interaction`, CONTENT_PAGE_JS_BUDGET_BYTES, (w) => w.bytes.js),
  ];
}
