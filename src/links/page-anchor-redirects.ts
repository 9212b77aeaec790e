import { anchorAliasesFor, anchorMovesFor } from './redirects.ts';
import type { PageAnchorRedirects } from './anchor-redirects-block.ts';
import { withBase } from './base-path.ts';

/**
 * The JSON a page carries for its link script, or undefined for the many pages with nothing renamed
 * or moved. `<` is escaped so the text can never close its script element.
 */
export function pageAnchorRedirectsJson(path: string): string | undefined {
  // The script goes to a moved anchor's page by its served URL, under BASE_PATH.
  const moves = Object.fromEntries(Object.entries(anchorMovesFor(path)).map(([id, page]) => [id, withBase(page)]));
  const redirects: PageAnchorRedirects = { aliases: anchorAliasesFor(path), moves };
  if (Object.keys(redirects.aliases).length === 0 && Object.keys(redirects.moves).length === 0) return undefined;
  return JSON.stringify(redirects).replaceAll('<', '\\u003c');
}
