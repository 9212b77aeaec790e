/** The id of the JSON block that carries a page's renamed and moved anchors to its link script. */
export const ANCHOR_REDIRECTS_ID = 'anchor-redirects';

/** A page's renamed anchors (old id → new id) and moved anchors (old id → the page that has it now). */
export interface PageAnchorRedirects {
  aliases: Readonly<Record<string, string>>;
  moves: Readonly<Record<string, string>>;
}
