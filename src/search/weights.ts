/**
 * Search weight (Pagefind's `data-pagefind-weight`, 1 for body text) of a tool's name on the page
 * that explains it (`toolHome`): enough to beat pages that list the tool among others.
 */
export const TOOL_NAME_WEIGHT = 5;
/** Search weight of the tool names in the comparison of the four pipeline types: below `TOOL_NAME_WEIGHT`. */
export const TOOL_COMPARISON_WEIGHT = 4;
