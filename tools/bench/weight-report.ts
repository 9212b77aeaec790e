import { CONTENT_PAGE_BUDGET_BYTES, INTERACTIVE_APPS } from './budgets.ts';
import { kb } from './kb.ts';
import { gzipSize, KINDS, transferredBytes, type Resource } from './transferred-bytes.ts';

/** One page and what it fetches before interaction (`resourcesInDist`). */
export interface PageResources {
  page: string;
  resources: readonly Resource[];
}

/**
 * What the bench prints of the content pages' weight, read from dist/: the heaviest content page
 * by name and size, against the budget, with what it fetches one by one; then the `top`
 * heaviest, and how many pages are over the budget.
 */
export function contentPageWeightReport(pages: readonly PageResources[], top = 10): string[] {
  const content = pages
    .filter((p) => !INTERACTIVE_APPS.includes(p.page))
    .map((p) => ({ ...p, bytes: transferredBytes(p.resources) }))
    .sort((a, b) => b.bytes.total - a.bytes.total || a.page.localeCompare(b.page));
  const heaviest = content[0];
  if (!heaviest) return ['no content pages in dist/'];
  const byKind = (b: (typeof content)[number]['bytes']) =>
    KINDS.filter((k) => b[k] > 0)
      .map((k) => `${k} ${kb(b[k])}`)
      .join(', ');
  const over = content.filter((p) => p.bytes.total > CONTENT_PAGE_BUDGET_BYTES);
  return [
    `heaviest content page: ${heaviest.page} ${kb(heaviest.bytes.total)} (budget ${kb(CONTENT_PAGE_BUDGET_BYTES)}): ${byKind(heaviest.bytes)}`,
    ...[...new Map(heaviest.resources.map((r) => [r.url, r])).values()].map((r) => `  ${r.kind.padEnd(6)} ${kb(gzipSize(r.body)).padStart(8)}  ${r.url}`),
    `${Math.min(top, content.length)} heaviest of ${content.length} content pages:`,
    ...content.slice(0, top).map((p) => `  ${kb(p.bytes.total).padStart(8)}  ${p.page}  (${byKind(p.bytes)})`),
    `over the ${kb(CONTENT_PAGE_BUDGET_BYTES)} budget: ${over.length} of ${content.length} content pages`,
  ];
}
