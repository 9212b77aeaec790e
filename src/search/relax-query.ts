// How a query that finds nothing is widened, in steps a reader is told about (see README,
// "Search"). Pure: words in, words out; Pagefind does every search.

/** Words that carry no meaning in a reader's question ("how do I …"); dropped in the first step. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about all am an and any are as at be been being but by can could did do does doing for from get gets had has have how i if in into is it its ' +
    'just know me my myself need needs of on or our should since so some tell than that the their them then there these they this those to too us ' +
    'want was way we were what when where which while who why will with would you your'
  ).split(' '),
);

/**
 * The steps, widest last: every word (for a query without stop words), the words without stop
 * words (for a question: its stop words are never required, since the page that answers "how do
 * I tune hyperparameters" need not say "how" or "I"), any of those words.
 */
export const RELAX_STEPS = ['all-words', 'without-stop-words', 'any-word'] as const;
export type RelaxStep = (typeof RELAX_STEPS)[number];

/** One search to try: the words Pagefind is given, and how they combine. */
export interface RelaxedQuery {
  step: RelaxStep;
  /** For `all-words` and `without-stop-words`, one query; for `any-word`, one query per word. */
  words: readonly string[];
}

/** The words of a query as a reader typed them, without surrounding punctuation. */
export function queryWords(term: string): string[] {
  return term
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

/** The stop words of `term`, each once. */
export function stopWordsOf(term: string): string[] {
  const stop = queryWords(term).filter((word) => STOP_WORDS.has(word.toLowerCase()));
  return [...new Map(stop.map((word) => [word.toLowerCase(), word])).values()];
}

/** The searches to try in order for `term`, each only when the one before found nothing. */
export function relaxedQueries(term: string): RelaxedQuery[] {
  const words = queryWords(term);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  const steps: RelaxedQuery[] =
    meaningful.length > 0 && meaningful.length < words.length ? [{ step: 'without-stop-words', words: [meaningful.join(' ')] }] : [{ step: 'all-words', words: [term.trim()] }];
  const distinct = [...new Map(meaningful.map((word) => [word.toLowerCase(), word])).values()];
  if (distinct.length > 1) steps.push({ step: 'any-word', words: distinct });
  return steps;
}

/** A result as Pagefind returns it: only what ranking needs. */
export interface Scored {
  id: string;
  score: number;
}

/**
 * The pages found by any of several one-word searches, those matching the most words first, then
 * by the sum of Pagefind's scores. Each page keeps the result object (and so the excerpt) of the
 * word that scored it highest.
 */
export function rankByWordsMatched<R extends Scored>(perWord: ReadonlyArray<readonly R[]>): R[] {
  const pages = new Map<string, { best: R; matched: number; total: number }>();
  for (const results of perWord) {
    for (const result of results) {
      const page = pages.get(result.id);
      if (page === undefined) pages.set(result.id, { best: result, matched: 1, total: result.score });
      else {
        page.matched += 1;
        page.total += result.score;
        if (result.score > page.best.score) page.best = result;
      }
    }
  }
  return [...pages.values()].sort((a, b) => b.matched - a.matched || b.total - a.total).map((page) => page.best);
}

/** What the dialog says when it widened a query; nothing when every word was found. */
export function relaxNotice(term: string, step: RelaxStep, words: readonly string[]): string | undefined {
  switch (step) {
    case 'all-words':
      return undefined;
    case 'without-stop-words':
      return `Searched for “${words.join(' ')}”, leaving out ${stopWordsOf(term).map((w) => `“${w}”`).join(', ')}.`;
    case 'any-word':
      return `No page has all of “${queryWords(term).filter((w) => !STOP_WORDS.has(w.toLowerCase())).join(' ')}”. Widened to pages with any of ${words.map((w) => `“${w}”`).join(', ')}, those with the most of them first.`;
    default: {
      const unknown: never = step;
      return unknown;
    }
  }
}

/** The term a definition question asks about ("what is a DAG" → "DAG"), or undefined for any other query. */
export function definedTerm(term: string): string | undefined {
  const match = /^\s*(?:what(?:'s| is| are)|define|meaning of)\s+(?:an?\s+|the\s+)?(.+?)\s*\??\s*$/i.exec(term) ?? /^\s*what does\s+(?:an?\s+|the\s+)?(.+?)\s+mean\s*\??\s*$/i.exec(term);
  return match?.[1];
}

/**
 * A title or query reduced to the words that name it: lower case, a closing parenthesis left out
 * ("DAG (directed acyclic graph)" → "dag"), anything but letters and digits a single space.
 */
export function titleKey(text: string): string {
  return text.toLowerCase().replace(/\s*\(.*\)\s*$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The Pagefind filter holding each page's titleKey (src/components/PageTitle.astro), so that the
 * page named as typed is found without loading any page's fragment. Search's own plumbing: the
 * dialog never lists it among the filters a reader can choose (src/search/relaxing-pagefind.ts).
 */
export const TITLE_KEY_FILTER = 'title-key';

/** Whether a heading or page title names `term`: the same words, or those words and a parenthesis ("DAG (directed acyclic graph)"). */
export function isTitleOf(title: string, term: string): boolean {
  return titleKey(title) !== '' && titleKey(title) === titleKey(term);
}

/** Fewest words of a page title that is a question ("Which pipeline do I need?") for a longer query to be read as asking it. */
export const QUESTION_TITLE_WORDS = 3;

/**
 * Whether a page's title is a question the query asks and then narrows: "which pipeline do I need
 * for my project" asks "Which pipeline do I need?".
 */
export function isQuestionTitleOf(title: string, term: string): boolean {
  const normal = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const asked = normal(title);
  return title.trim().endsWith('?') && asked.split(' ').length >= QUESTION_TITLE_WORDS && normal(term).startsWith(asked + ' ');
}

/** Longest query, in words, taken as a term's name and looked up among the results' titles. */
export const TERM_QUERY_WORDS = 3;

/**
 * What a query names and where a result titled with it should stand: a definition question's
 * term first (index 0), a short query's words among the first three (index 2); else undefined.
 */
export function titledEntryToRaise(term: string): { name: string; to: number } | undefined {
  const asked = definedTerm(term);
  if (asked !== undefined) return { name: asked, to: 0 };
  const words = queryWords(term);
  if (words.length === 0 || words.length > TERM_QUERY_WORDS) return undefined;
  return { name: words.join(' '), to: 2 };
}
