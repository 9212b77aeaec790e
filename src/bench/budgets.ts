import type { Category } from './lighthouse-scores.ts';
import { SITE_WIDE_SCRIPTS } from '../islands/own-script-signatures.ts';
import type { PageWeight } from './page-weight.ts';

/** Pages with at least this many diagrams are held to the content-page byte budget. */
const CONTENT_PAGE_DIAGRAMS = 2;
/** Bytes (gzip) a content page with two diagrams may send before the reader opens search. */
export const CONTENT_PAGE_BUDGET_BYTES = 65 * 1024;

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
    const beyondSiteWide = weight.js.ownScripts.filter((s) => !(SITE_WIDE_SCRIPTS as readonly string[]).includes(s));
    const siteWide = weight.js.ownScripts.filter((s) => !beyondSiteWide.includes(s));
    checks.push({
      page,
      budget: `no JavaScript of our own on a page without an interactive part (beyond the copy-link tools every page has)`,
      ok: beyondSiteWide.length === 0,
      detail: `${beyondSiteWide.join(', ') || 'none'}${siteWide.length > 0 ? `; site-wide: ${siteWide.join(', ')}` : ''}`,
    });
  }
  if (weight.diagramsInHtml >= CONTENT_PAGE_DIAGRAMS && !interactive) {
    checks.push({
      page,
      budget: `≤ ${CONTENT_PAGE_BUDGET_BYTES / 1024} KB gzip before search opens`,
      ok: weight.gzipBytes.total <= CONTENT_PAGE_BUDGET_BYTES,
      detail: `${(weight.gzipBytes.total / 1024).toFixed(1)} KB`,
    });
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
