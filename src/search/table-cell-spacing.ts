import { htmlAfter, type PageDocument, type PageElement, type PageNode, pageTokens } from '../html/page-document.ts';

/** Elements after which Pagefind does not end a word, though a reader sees a break there. */
export const SEPARATED_ELEMENTS = ['th', 'caption', 'dt', 'dd', 'li', 'figcaption', 'summary'] as const;
const SEPARATED = new Set<string>(SEPARATED_ELEMENTS);

/** The last source a node writes: its end tag, or what it ends with when it has none. */
function lastSource(node: PageNode): string {
  if (node.kind === 'text') return node.text;
  if (node.kind === 'other') return node.source;
  if (node.endTag !== '') return node.endTag;
  const last = node.children.at(-1);
  return last ? lastSource(last) : node.startTag;
}

/** Whether what an element holds ends with a word or an end tag (not with a space, a start tag or nothing). */
function endsWithWordOrEndTag(element: PageElement): boolean {
  const last = element.children.at(-1);
  if (!last) return false;
  const source = lastSource(last);
  return /[^\s>]$/.test(source) || /<\/[a-z]+>$/.test(source);
}

/**
 * Ends every table header cell and caption, term and definition, list item, figure caption and
 * summary with a space; a term followed by its definition (or another term) has its space at the
 * start of what follows instead.
 *
 * Pagefind ends a sentence at a `<td>` but not at a `<th>` or a `<caption>` (nor at `<dt>`,
 * `<dd>` or `<li>`), and Astro's compressed HTML has no whitespace between elements, so a
 * table's caption and header row were indexed as one word ("…reads and writesDirectionArtifactWhat
 * it is", "SolutionKey idea"): unfindable, and shown like that in result excerpts. The space goes
 * inside the element, where a trailing space is not rendered; between the elements it could be,
 * because Starlight's tables are `display: block` and a space between the caption and the rows
 * would split them.
 */
export function separateTableHeads(document: PageDocument): void {
  // Each element after what it holds, in the order their end tags come.
  const walk = (nodes: PageNode[]) => {
    for (const [i, element] of nodes.entries()) {
      if (element.kind !== 'element') continue;
      walk(element.children);
      if (!SEPARATED.has(element.name) || element.endTag !== `</${element.name}>` || !endsWithWordOrEndTag(element)) continue;
      const next = nodes[i + 1];
      if (element.name === 'dt' && next?.kind === 'element' && (next.name === 'dd' || next.name === 'dt')) {
        // A term's space starts what follows it instead: where a stylesheet runs a term into its
        // definition ("Category: patterns", the term then a `::after` colon), a space at the end of
        // the term would print before the colon.
        const first = next.children[0];
        if (first?.kind === 'text') first.text = ` ${first.text}`;
        else next.children.unshift({ kind: 'text', text: ' ' });
        continue;
      }
      const last = element.children.at(-1);
      if (last?.kind === 'text') last.text += ' ';
      else element.children.push({ kind: 'text', text: ' ' });
    }
  };
  walk(document.children);
}

/** `separateTableHeads` on a page's HTML. */
export function htmlWithSeparatedTableHeads(html: string): string {
  return htmlAfter(html, separateTableHeads);
}

/** Inline elements that components lay out as blocks or rows (a tool's note under its name, a card's count and blurb). */
const INLINE = new Set(['a', 'abbr', 'b', 'code', 'em', 'i', 'small', 'span', 'strong']);
/** Where words may rightly touch across elements: code (highlighted tokens), diagrams, scripts and styles. */
const VERBATIM = new Set(['pre', 'svg', 'script', 'style', 'textarea']);
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const isInlineEnd = (element: PageElement) => INLINE.has(element.name) && element.endTag === `</${element.name}>`;
const INLINE_START = new Map([...INLINE].map((name) => [name, new RegExp(`^<${name}\\b[^>]*>$`)]));
const isInlineStart = (element: PageElement) => INLINE_START.get(element.name)?.test(element.startTag) ?? false;

/**
 * Puts a space where a word ends and, across inline elements only, the next begins
 * ("Data validation</a><small>Fix the upstream…" → "Data validation </a><small>Fix…").
 *
 * Components lay out `<small>`, `<span>` and `<a>` as blocks or rows (a table row's note under its
 * heading, a card's count above its blurb), so a reader sees a break where the HTML has none and
 * Pagefind indexed one word ("driftEach", "13 questionsThe"). The space goes right after the word,
 * inside the element that closes, where it ends a line and is not rendered. Words written together
 * across inline elements in prose would get a space too; the guide has none, and code, diagrams,
 * scripts and styles are left as they are.
 */
export function spaceInlineBlocks(document: PageDocument): void {
  const tokens = pageTokens(document);
  let verbatim = 0;
  for (const [i, token] of tokens.entries()) {
    if (token.kind === 'open' && VERBATIM.has(token.element.name)) verbatim += 1;
    if (token.kind === 'close' && VERBATIM.has(token.element.name)) verbatim -= 1;
    if (verbatim > 0 || token.kind !== 'text' || !WORD_END.test(token.node.text)) continue;
    // End tags of inline elements, then start tags of inline elements, then a word (tags the parser implied have no text to cross).
    let j = i + 1;
    let tags = 0;
    let opening = false;
    for (; j < tokens.length; j++) {
      const next = tokens[j];
      if (next.kind === 'close' && next.element.endTag === '') continue;
      if (next.kind === 'close' && !opening && isInlineEnd(next.element)) tags += 1;
      else if (next.kind === 'open' && isInlineStart(next.element)) {
        opening = true;
        tags += 1;
      } else break;
    }
    const next = tokens[j];
    if (tags > 0 && next?.kind === 'text' && WORD_START.test(next.node.text)) token.node.text += ' ';
  }
}

/** `spaceInlineBlocks` on a page's HTML. */
export function htmlWithSpacedInlineBlocks(html: string): string {
  return htmlAfter(html, spaceInlineBlocks);
}
