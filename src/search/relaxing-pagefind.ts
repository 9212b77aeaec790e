// Pagefind, as Pagefind UI sees it: Pagefind UI imports `${bundlePath}pagefind.js`, and the site
// gives it this module (built to RELAXING_PAGEFIND_FILE by ./relaxing-pagefind-chunk.ts), which
// forwards every call to the real /pagefind/pagefind.js, except that a search finding nothing is
// widened step by step (./relax-query.ts). Each search's outcome is announced to the dialog
// as a RELAXED_SEARCH_EVENT on `document`.
import { rankByWordsMatched, relaxedQueries, type RelaxStep } from './relax-query.ts';
import { RELAXED_SEARCH_EVENT, type RelaxedSearchDetail } from './relaxed-search-event.ts';

interface PagefindResult {
  id: string;
  score: number;
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
  search(term: string, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
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

function announce(detail: RelaxedSearchDetail): void {
  document.dispatchEvent(new CustomEvent(RELAXED_SEARCH_EVENT, { detail }));
}

/** Pagefind's search, widened in steps until something is found (or every step has been tried). */
export async function search(term: string, options: Record<string, unknown> = {}): Promise<PagefindResponse | null> {
  const api = await pagefind();
  let last: PagefindResponse | null = null;
  let step: RelaxStep = 'all-words';
  let words: readonly string[] = [term];
  for (const query of relaxedQueries(term)) {
    step = query.step;
    words = query.words;
    if (query.step === 'any-word') {
      const perWord = await Promise.all(query.words.map((word) => api.search(word, options)));
      const found = perWord.filter((r): r is PagefindResponse => r !== null);
      const widest = found.reduce<PagefindResponse | null>((a, b) => (a === null || b.results.length > a.results.length ? b : a), null);
      last = { ...(widest ?? { results: [] }), results: rankByWordsMatched(found.map((r) => r.results)) };
    } else {
      last = await api.search(query.words[0] ?? term, options);
    }
    if (last !== null && last.results.length > 0) break;
  }
  announce({ term, step, words, count: last?.results.length ?? 0 });
  return last;
}

export const options = async (o: Record<string, unknown>) => (await pagefind()).options(o);
export const init = async () => (await pagefind()).init();
export const destroy = async () => (await pagefind()).destroy();
export const mergeIndex = async (path: string, o?: Record<string, unknown>) => (await pagefind()).mergeIndex(path, o);
export const preload = async (term: string, o?: Record<string, unknown>) => (await pagefind()).preload(term, o);
export const filters = async () => (await pagefind()).filters();
export const debouncedSearch = async (term: string, o?: Record<string, unknown>, ms?: number) => (await pagefind()).debouncedSearch(term, o, ms);
