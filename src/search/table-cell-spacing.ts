/** Elements after which Pagefind does not end a word, though a reader sees a break there. */
export const SEPARATED_ELEMENTS = ['th', 'caption', 'dt', 'dd', 'li', 'figcaption', 'summary'] as const;

const SEPARATED = new RegExp(`(?<=[^\\s>]|<\\/[a-z]+>)<\\/(${SEPARATED_ELEMENTS.join('|')})>`, 'g');

/**
 * The page with a space at the end of every table header cell and caption, term and
 * definition, list item, figure caption and summary.
 *
 * Pagefind ends a sentence at a `<td>` but not at a `<th>` or a `<caption>` (nor at `<dt>`,
 * `<dd>` or `<li>`), and Astro's compressed HTML has no whitespace between elements, so a
 * table's caption and header row were indexed as one word ("…reads and writesDirectionArtifactWhat
 * it is", "SolutionKey idea"): unfindable, and shown like that in result excerpts. The space goes
 * inside the element, where a trailing space is not rendered; between the elements it could be,
 * because Starlight's tables are `display: block` and a space between the caption and the rows
 * would split them.
 */
export function htmlWithSeparatedTableHeads(html: string): string {
  return html.replace(SEPARATED, ' </$1>');
}
