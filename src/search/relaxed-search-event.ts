import type { RelaxStep } from './relax-query.ts';

/** Sent on `document` after each search, by the Pagefind that Pagefind UI uses (./relaxing-pagefind.ts). */
export const RELAXED_SEARCH_EVENT = 'field-guide:searched';

/** What a search found and how far its query was widened. */
export interface RelaxedSearchDetail {
  /** The query as the reader typed it. */
  term: string;
  step: RelaxStep;
  /** The words searched for at that step. */
  words: readonly string[];
  count: number;
}

/** The event's detail, or undefined for anything else. */
export function relaxedSearchDetail(event: Event): RelaxedSearchDetail | undefined {
  if (!(event instanceof CustomEvent)) return undefined;
  const detail: unknown = event.detail;
  if (typeof detail !== 'object' || detail === null || !('term' in detail) || !('step' in detail) || !('words' in detail) || !('count' in detail)) return undefined;
  const { term, step, words, count } = detail;
  if (typeof term !== 'string' || typeof count !== 'number' || !Array.isArray(words)) return undefined;
  if (step !== 'all-words' && step !== 'without-stop-words' && step !== 'any-word') return undefined;
  return { term, step, words: words.filter((w): w is string => typeof w === 'string'), count };
}
