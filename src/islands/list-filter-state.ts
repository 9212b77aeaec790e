/** The catalogue's filters, in the order they appear on the page and in the URL. */
export const FILTER_NAMES = ['category', 'stage', 'type'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** The chosen value per filter; an empty string means "any". */
export type FilterState = { readonly [K in FilterName]: string };

/** What a card says about its pattern, read from its `data-*` attributes. */
export interface CardFacts {
  category: string;
  stages: readonly string[];
  types: readonly string[];
}

export const NO_FILTER: FilterState = { category: '', stage: '', type: '' };

/** The filter a query string asks for; values the page does not offer are ignored, so an old link still opens. */
export function queryToFilter(search: string, offered: { readonly [K in FilterName]: ReadonlySet<string> }): FilterState {
  const params = new URLSearchParams(search);
  const pick = (name: FilterName) => {
    const value = params.get(name) ?? '';
    return offered[name].has(value) ? value : '';
  };
  return { category: pick('category'), stage: pick('stage'), type: pick('type') };
}

/** The query string for a filter (`?category=…&stage=…`), or '' when nothing is chosen. */
export function filterToQuery(filter: FilterState): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filter[name] !== '') params.set(name, filter[name]);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Whether a card passes every chosen filter. */
export function cardMatches(card: CardFacts, filter: FilterState): boolean {
  return (
    (filter.category === '' || card.category === filter.category) &&
    (filter.stage === '' || card.stages.includes(filter.stage)) &&
    (filter.type === '' || card.types.includes(filter.type))
  );
}
