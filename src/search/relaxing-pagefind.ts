// Pagefind, as Pagefind UI sees it: Pagefind UI imports `${bundlePath}pagefind.js`, and the site
// gives it this module (built to RELAXING_PAGEFIND_FILE by ./relaxing-pagefind-chunk.ts), which
// forwards every call to the real /pagefind/pagefind.js, except that a search finding nothing is
// widened step by step (./relax-query.ts). Each search's outcome is announced to the dialog
// as a RELAXED_SEARCH_EVENT on `document`.
import { GLOSSARY_KIND_LABEL } from './page-kinds.ts';
import { isQuestionTitleOf, isTitleOf, rankByWordsMatched, relaxedQueries, TITLE_KEY_FILTER, titledEntryToRaise, titleKey, type RelaxStep } from './relax-query.ts';
import { RELAXED_SEARCH_EVENT, type RelaxedSearchDetail } from './relaxed-search-event.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ meta: { title?: string }; sub_results?: { title: string }[] }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount?: number;
  filters?: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  destroy(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  /** `null`: every page, filtered by `options.filters` (no index chunk is loaded). */
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  debouncedSearch(term: string, options?: Record<string, unknown>, ms?: number): Promise<PagefindResponse | null>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let real: Promise<Pagefind> | undefined;
/** The real Pagefind, imported once from the bundle Pagefind wrote. */
function pagefind(): Promise<Pagefind> {
  const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
  real ??= import(/* @vite-ignore */ url);
  return real;
}

// Pagefind UI imports this module when the box takes focus: start on the real one at once.
void pagefind();

/**
 * Pagefind's search, with each result's data() loaded once. Pagefind UI calls it for each result
 * it shows, and so do the title look-ups and the fragment preload here: with Pagefind in its
 * worker, each call was a round trip that built the excerpts again and copied the page's whole
 * fragment back (15 for the first five results of a one-word query; now 5).
 */
async function searchPagefind(api: Pagefind, term: string, options: Record<string, unknown>): Promise<PagefindResponse | null> {
  const response = await api.search(term, options);
  if (response === null) return null;
  const { filters, totalFilters } = response;
  return {
    ...response,
    results: response.results.map(withDataOnce),
    ...(filters && { filters: readersFilters(filters) }),
    ...(totalFilters && { totalFilters: readersFilters(totalFilters) }),
  };
}

/** The filters a reader chooses from: all but the title filter, which only search itself uses. */
function readersFilters(filters: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  return Object.fromEntries(Object.entries(filters).filter(([name]) => name !== TITLE_KEY_FILTER));
}

/**
 * The ids of the pages titled with `term`'s words (usually none or one), by the title filter:
 * Pagefind answers from its filter index, with no page's fragment loaded. Checking the first
 * results' titles instead held the first result back until five fragments had been read.
 */
async function pagesNamed(api: Pagefind, term: string): Promise<Set<string>> {
  const key = titleKey(term);
  if (key === '') return new Set();
  const response = await api.search(null, { filters: { [TITLE_KEY_FILTER]: key } });
  return new Set(response?.results.map((r) => r.id) ?? []);
}

function withDataOnce(result: PagefindResult): PagefindResult {
  let loaded: ReturnType<PagefindResult['data']> | undefined;
  const data = () => {
    // A failed load (the reader went offline) is tried again next time.
    loaded ??= result.data().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
  return { ...result, data };
}

function announce(detail: RelaxedSearchDetail): void {
  document.dispatchEvent(new CustomEvent(RELAXED_SEARCH_EVENT, { detail }));
}

/** What one relaxed search found, and how far it widened the query. */
interface Outcome {
  response: PagefindResponse | null;
  step: RelaxStep;
  words: readonly string[];
}

/**
 * The last search started, by its term and options. Pagefind UI calls `preload(term)` on every
 * keystroke and `search(term)` once its debounce has passed: the preload starts the whole search
 * (index chunks, the first results' fragments, the glossary look-up), so that the search after the
 * debounce finds it done or under way instead of starting then. See README, "Search".
 */
let lastStarted: { key: string; outcome: Promise<Outcome> } | undefined;

function searchOnce(term: string, options: Record<string, unknown>): Promise<Outcome> {
  const key = JSON.stringify([term, options]);
  if (lastStarted?.key !== key) {
    const outcome = relaxedSearch(term, options);
    lastStarted = { key, outcome };
    // A failed search (the reader went offline) is tried again next time.
    outcome.catch(() => {
      if (lastStarted?.outcome === outcome) lastStarted = undefined;
    });
  }
  return lastStarted.outcome;
}

/** Pagefind's search, widened in steps until something is found (or every step has been tried), announced to the dialog. */
export async function search(term: string, options: Record<string, unknown> = {}): Promise<PagefindResponse | null> {
  const { response, step, words } = await searchOnce(term, options);
  announce({ term, step, words, count: response?.results.length ?? 0 });
  return response;
}

/** Starts the search for `term`, for `search(term)` to take over when the reader stops typing. */
export async function preload(term: string, options: Record<string, unknown> = {}): Promise<void> {
  await searchOnce(term, options).catch(() => undefined);
}

async function relaxedSearch(term: string, options: Record<string, unknown>): Promise<Outcome> {
  const api = await pagefind();
  await optionsApplied;
  const queries = relaxedQueries(term);
  // Looked up beside the search, not after it, so that they add no wait of their own.
  const titledPage = queries[0]?.step === 'without-stop-words' ? pageTitled(api, term, options) : Promise.resolve(undefined);
  const named = pagesNamed(api, term);
  const entry = glossaryEntryNamed(api, term, options);
  let last: PagefindResponse | null = null;
  let step: RelaxStep = 'all-words';
  let words: readonly string[] = [term];
  for (const query of queries) {
    step = query.step;
    words = query.words;
    if (query.step === 'any-word') {
      const perWord = await Promise.all(query.words.map((word) => searchPagefind(api, word, options)));
      const found = perWord.filter((r): r is PagefindResponse => r !== null);
      const widest = found.reduce<PagefindResponse | null>((a, b) => (a === null || b.results.length > a.results.length ? b : a), null);
      last = { ...(widest ?? { results: [] }), results: rankByWordsMatched(found.map((r) => r.results)) };
    } else {
      last = await searchPagefind(api, query.words[0] ?? term, options);
    }
    if (last !== null && last.results.length > 0) break;
  }
  if (last !== null) {
    // A page named exactly as typed goes first ("Vertex AI Pipelines" before "Vertex AI", whose
    // page also says "pipelines"); for a question, the page titled with the question as typed.
    const ids = await named;
    const titled = step === 'all-words' ? last.results.find((r) => ids.has(r.id)) : await titledPage;
    last = { ...last, results: withRaised(withRaised(last.results, titled, 0), await entry, titledEntryToRaise(term)?.to ?? 0) };
    // The fragments Pagefind UI reads first (its first page of results) start loading now, not
    // when it renders; its data() calls share these loads (searchPagefind).
    for (const result of last.results.slice(0, RESULTS_SHOWN_FIRST)) result.data().catch(() => undefined);
  }
  return { response: last, step, words };
}

/** How many results Pagefind UI shows before "Load more results" (its page size). */
const RESULTS_SHOWN_FIRST = 5;

/**
 * Loads Pagefind (its script, worker, Wasm, index metadata and filters) before the reader opens
 * search: called when the pointer or focus reaches the search button (src/search/site-search.ts).
 * Then searches once with no term, which loads no index chunk and no fragment but does once what
 * the first query would otherwise pay for: Pagefind builds an Intl.Segmenter for every search,
 * and the first one in a page loads the browser's text-segmentation data (10-60 ms measured), and
 * its search code runs for the first time. See README, "Search".
 */
export async function warm(): Promise<void> {
  started ??= (async () => {
    const api = await pagefind();
    await api.init();
    await api.filters();
  })();
  await started;
  // Only before the first query: after it, there is nothing left to warm.
  if (lastStarted === undefined) await (await pagefind()).search(null);
}

/** Pagefind loading through warm(), up to its Wasm and filters being ready; undefined if it has not been asked to. */
let started: Promise<void> | undefined;

/** `results` with `raised` at index `to`, unless it is already there or higher. */
function withRaised(results: PagefindResult[], raised: PagefindResult | undefined, to: number): PagefindResult[] {
  if (raised === undefined) return results;
  const at = results.findIndex((r) => r.id === raised.id);
  if (at !== -1 && at <= to) return results;
  const rest = results.filter((r) => r.id !== raised.id);
  return [...rest.slice(0, to), raised, ...rest.slice(to)];
}

/** How many of the first results are looked at for a page titled with the query (each loads its fragment). */
const TITLE_LOOKAHEAD = 5;

/**
 * For a query whose stop words are left out: the page whose title is the query as typed
 * ("Which pipeline do I need?"), or a question the query starts with ("which pipeline do I need
 * for my project"), or else one with a heading that is ("reading a pattern diagram",
 * a section of /patterns/), among the first results found by every word, to keep first.
 */
async function pageTitled(api: Pagefind, term: string, options: Record<string, unknown>): Promise<PagefindResult | undefined> {
  const results = (await searchPagefind(api, term, options))?.results.slice(0, TITLE_LOOKAHEAD) ?? [];
  const data = await Promise.all(results.map((r) => r.data()));
  const titled = data.findIndex((d) => isTitleOf(d.meta.title ?? '', term));
  if (titled === 0) return results[0];
  const asked = data.findIndex((d) => isQuestionTitleOf(d.meta.title ?? '', term));
  if (asked !== -1) return results[asked];
  const headed = data.findIndex((d) => (d.sub_results ?? []).some((sub) => isTitleOf(sub.title, term)));
  return headed === -1 ? undefined : results[headed];
}

/**
 * The glossary entry titled with what the reader named, to come first for a definition question
 * ("what is a DAG") and among the first three for a term's words ("model registry"). Found by a
 * Pagefind search filtered to the glossary (index chunks already loaded; one fragment read),
 * and only when the reader chose no filter.
 */
async function glossaryEntryNamed(api: Pagefind, term: string, options: Record<string, unknown>): Promise<PagefindResult | undefined> {
  const raise = titledEntryToRaise(term);
  const chosen = options['filters'];
  if (raise === undefined || (typeof chosen === 'object' && chosen !== null && Object.keys(chosen).length > 0)) return undefined;
  const glossary = (await searchPagefind(api, raise.name, { filters: { kind: GLOSSARY_KIND_LABEL } }))?.results[0];
  if (glossary === undefined) return undefined;
  return ((await glossary.data()).sub_results ?? []).some((sub) => isTitleOf(sub.title, raise.name)) ? glossary : undefined;
}

/** Pagefind UI's options (ranking, excerpt length) on their way to the real Pagefind; every search waits for them. */
let optionsApplied: Promise<void> = Promise.resolve();

/**
 * Passes Pagefind UI's options on, but resolves at once. Pagefind UI searches only once its
 * `options()` call has resolved, and until then it looks again every 50 ms; the real one waits for
 * Pagefind's worker and Wasm, so a query typed as the dialog opens would start up to 50 ms late.
 * Searches wait for the options instead. Once Pagefind has started (warm()), they are passed on
 * when its Wasm is ready: sent before, Pagefind holds them in a loop that looks every 50 ms, and
 * the first search with them. Before it has started, Pagefind keeps them for its start.
 */
export const options = async (o: Record<string, unknown>): Promise<void> => {
  const applying = Promise.all([optionsApplied, started?.catch(() => undefined)]).then(async () => (await pagefind()).options(o));
  optionsApplied = applying.catch(() => undefined);
};
export const init = async () => (await pagefind()).init();
export const destroy = async () => (await pagefind()).destroy();
export const mergeIndex = async (path: string, o?: Record<string, unknown>) => (await pagefind()).mergeIndex(path, o);
export const filters = async () => {
  await optionsApplied;
  return readersFilters(await (await pagefind()).filters());
};
export const debouncedSearch = async (term: string, o?: Record<string, unknown>, ms?: number) => {
  await optionsApplied;
  return (await pagefind()).debouncedSearch(term, o, ms);
};
