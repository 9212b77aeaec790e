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

/** Inline elements that components lay out as blocks or rows (a tool's note under its name, a card's count and blurb). */
const INLINE = 'a|abbr|b|code|em|i|small|span|strong';
/** A letter or digit, inline elements closing or opening (or both) with nothing between, and a letter or digit: one word to Pagefind. */
const CLOSE = `<\\/(?:${INLINE})>`;
const OPEN = `<(?:${INLINE})\\b[^>]*>`;
const GLUED = new RegExp(`(?<=[\\p{L}\\p{N}])(?=(?:${CLOSE})+(?:${OPEN})*[\\p{L}\\p{N}]|(?:${OPEN})+[\\p{L}\\p{N}])`, 'gu');
/** Where words may rightly touch across elements: code (highlighted tokens), diagrams, scripts and styles. */
const VERBATIM = /(<(pre|svg|script|style|textarea)\b[\s\S]*?<\/\2>)/;

/**
 * The page with a space where a word ends and, across inline elements only, the next begins
 * ("Data validation</a><small>Fix the upstream…" → "Data validation </a><small>Fix…").
 *
 * Components lay out `<small>`, `<span>` and `<a>` as blocks or rows (a table row's note under its
 * heading, a card's count above its blurb), so a reader sees a break where the HTML has none and
 * Pagefind indexed one word ("driftEach", "13 questionsThe"). The space goes right after the word,
 * inside the element that closes, where it ends a line and is not rendered. Words written together
 * across inline elements in prose would get a space too; the guide has none, and code, diagrams,
 * scripts and styles are left as they are.
 */
export function htmlWithSpacedInlineBlocks(html: string): string {
  return html
    .split(VERBATIM)
    // split() gives text, a verbatim element, its name (the regex's second group), text, …
    .map((part, i) => (i % 3 === 0 ? part.replace(GLUED, ' ') : i % 3 === 1 ? part : ''))
    .join('');
}
