import { escapeHtml } from '../html/escape-html.ts';
/**
 * Starlight's heading anchor link (`<a class="sl-anchor-link">`, see its AnchorHeading.astro), as
 * HTML, for anchors that are not Markdown headings: diagrams, explorer stages, recommendations.
 * One look and one behaviour for every permanent anchor; src/islands/link-tools.ts makes each of
 * them copy its URL when clicked.
 */

// Starlight's `link-alt` icon (its Icons.ts), the one it draws beside headings.
const LINK_ICON_PATH =
  'm12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0 2.47 2.47 0 0 1 0-3.5l3.88-3.88a1 1 0 1 0-1.42-1.42l-3.88 3.89a4.48 4.48 0 0 0 6.33 6.33l3.89-3.88a1 1 0 0 0-1.42-1.42m8.58-12.08a4.49 4.49 0 0 0-6.33 0l-3.89 3.88a1 1 0 1 0 1.42 1.42l3.88-3.88a2.52 2.52 0 0 1 3.5 0 2.47 2.47 0 0 1 0 3.5l-3.88 3.88a1 1 0 0 0 0 1.42 1 1 0 0 0 1.42 0l3.88-3.89a4.49 4.49 0 0 0 0-6.33M8.83 15.17a1 1 0 0 0 .71.29 1 1 0 0 0 .71-.29l4.92-4.92a1 1 0 1 0-1.42-1.42l-4.92 4.92a1 1 0 0 0 0 1.42';


/** The plain text of a little HTML (a heading's or an SVG title's markup), for a label. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(?:39|x27);/g, "'")
    .replace(/&amp;/g, '&');
}

/** The anchor link to `#id`, named `label` for screen readers (the icon alone is hidden from them). */
export function anchorLinkHtml(id: string, label: string): string {
  return (
    `<a class="sl-anchor-link" href="#${escapeHtml(encodeURIComponent(id))}">` +
    `<span aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="${LINK_ICON_PATH}"/></svg></span>` +
    `<span class="sr-only" data-pagefind-ignore>${escapeHtml(label)}</span></a>`
  );
}

/** The screen-reader name of a diagram's anchor link, after Starlight's "Section titled “…”". */
export const diagramAnchorLabel = (title: string) => `Diagram titled “${title}”`;
/** The screen-reader name of a section's anchor link: Starlight's own wording. */
export const sectionAnchorLabel = (title: string) => `Section titled “${title}”`;
