import type { LegendEntry } from '../diagrams/view.ts';
import { escapeHtml } from '../html/escape-html.ts';

/**
 * A swatch drawn with the diagram's own classes, so the diagram stylesheet draws it as it draws
 * the diagram. Written out by hand: on a stage page, with no bytes to spare, the markup counts.
 */
function legendSwatch({ shape, className }: LegendEntry): string {
  return shape === 'line'
    ? `<path class="flowchart-link ${className}" d="M2 10H34"/>`
    : `<g class="node ${className}"><rect x="2" y="2" width="32" height="16"${shape === 'rounded' ? ' rx="8"' : ''}/></g>`;
}

/**
 * A diagram's key as list items, one per entry (a 36 × 20 swatch and its meaning): the same
 * markup beside the diagram on the page (DiagramLegend.astro) and in its PNG and PDF exports.
 */
export function legendToItemsHtml(legend: readonly LegendEntry[]): string {
  return legend.map((entry) => `<li><svg aria-hidden="true">${legendSwatch(entry)}</svg>${escapeHtml(entry.meaning)}</li>`).join('');
}
