import type { ViewId } from '../diagrams/index.ts';
import { anchorMovesFor } from './redirects.ts';
import type { UrlManifest } from './url-manifest.ts';

/** The anchor `<Diagram>` gives a view on every page that shows it. */
export const diagramAnchor = (view: ViewId): string => `diagram-${view}`;

/** The list of every download, which is not a place a diagram "appears". */
export const DIAGRAMS_PAGE = '/diagrams/';

/**
 * The published pages that show a view, from the URL manifest, in its (sorted) order. A page the
 * diagram moved away from (its anchor is in `ANCHOR_MOVES`) no longer shows it.
 */
export function viewToPages(view: ViewId, manifest: UrlManifest): string[] {
  const anchor = diagramAnchor(view);
  return Object.entries(manifest)
    .filter(([path, anchors]) => path !== DIAGRAMS_PAGE && anchors.includes(anchor) && anchorMovesFor(path)[anchor] === undefined)
    .map(([path]) => path);
}

/**
 * The page a snippet or a PDF links a view back to: of the pages that show it, the most general
 * one (fewest path segments, then shortest), leaving out the landing page, which shows the main
 * diagrams again as a preview of the pages that explain them. A view no page shows (a download
 * only) has its home in the list of downloads.
 */
export function viewToHomePage(view: ViewId, manifest: UrlManifest): string {
  const depth = (path: string) => path.split('/').filter(Boolean).length;
  const pages = viewToPages(view, manifest).sort((a, b) => depth(a) - depth(b) || a.length - b.length);
  return pages.find((p) => p !== '/') ?? pages[0] ?? DIAGRAMS_PAGE;
}
