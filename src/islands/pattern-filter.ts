import {
  cardMatches,
  FILTER_NAMES,
  filterToQuery,
  NO_FILTER,
  queryToFilter,
  type CardFacts,
  type FilterName,
  type FilterState,
} from './pattern-filter-state.ts';

// Progressive enhancement for the catalogue: every card is already in the HTML; this shows the
// (initially hidden) filter form, hides the cards that do not match, and keeps the choice in the URL.

function words(value: string | undefined): string[] {
  return (value ?? '').split(' ').filter((w) => w !== '');
}

function enhance(form: HTMLFormElement): void {
  const list = document.querySelector<HTMLElement>('[data-pattern-list]');
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  if (!list || !status) return;
  const selects = new Map<FilterName, HTMLSelectElement>();
  for (const name of FILTER_NAMES) {
    const select = form.elements.namedItem(name);
    if (!(select instanceof HTMLSelectElement)) return;
    selects.set(name, select);
  }
  const offered = (name: FilterName) => new Set(Array.from(selects.get(name)?.options ?? [], (o) => o.value));
  const allowed = { category: offered('category'), stage: offered('stage'), type: offered('type') };
  const cards = Array.from(list.querySelectorAll<HTMLElement>('[data-category]'), (element) => {
    const facts: CardFacts = {
      category: element.dataset.category ?? '',
      stages: words(element.dataset.stages),
      types: words(element.dataset.types),
    };
    return { element, facts };
  });

  const read = (): FilterState => ({
    category: selects.get('category')?.value ?? '',
    stage: selects.get('stage')?.value ?? '',
    type: selects.get('type')?.value ?? '',
  });
  const show = (filter: FilterState) => {
    for (const [name, select] of selects) select.value = filter[name];
    let shown = 0;
    for (const { element, facts } of cards) {
      const match = cardMatches(facts, filter);
      element.hidden = !match;
      if (match) shown += 1;
    }
    status.textContent =
      shown === cards.length ? `Showing all ${cards.length} patterns.` : `Showing ${shown} of ${cards.length} patterns.`;
  };
  // Each change is a history entry, so back and forward step through the reader's choices.
  const choose = (filter: FilterState) => {
    history.pushState(null, '', `${location.pathname}${filterToQuery(filter)}${location.hash}`);
    show(filter);
  };

  form.addEventListener('change', () => choose(read()));
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    choose(NO_FILTER);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('popstate', () => show(queryToFilter(location.search, allowed)));
  form.hidden = false;
  show(queryToFilter(location.search, allowed));
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-pattern-filter]')) enhance(form);
