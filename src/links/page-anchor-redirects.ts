import { anchorAliasesFor, anchorMovesFor } from './redirects.ts';
import type { PageAnchorRedirects } from './anchor-redirects-block.ts';

/**
 * The JSON a page carries for its link script, or undefined for the many pages with nothing renamed
 * or moved. `<` is escaped so the text can never close its script element.
 */
export function pageAnchorRedirectsJson(path: string): string | undefined {
  const redirects: PageAnchorRedirects = { aliases: anchorAliasesFor(path), moves: anchorMovesFor(path) };
  if (Object.keys(redirects.aliases).length === 0 && Object.keys(redirects.moves).length === 0) return undefined;
  return JSON.stringify(redirects).replaceAll('<', '\\u003c');
}
