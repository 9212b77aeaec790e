import {
  cardMatches,
  FILTER_NAMES,
  filterToQuery,
  NO_FILTER,
  queryToFilter,
  type CardFacts,
  type FilterName,
  type FilterState,
} from './list-filter-state.ts';
import { words } from './words.ts';

// Progressive enhancement for a filtered list (the pattern catalogue's cards, the tool tables):
// every item is already in the HTML; this shows the (initially hidden) filter form, hides the
// items that do not match, and keeps the choice in the URL. A form names the lists it filters
// (`data-filter="<name>"`, lists `data-filter-list="<name>"`) and what it counts (`data-filter-noun`).

function enhance(form: HTMLFormElement): void {
  const name = form.dataset.filter ?? '';
  const lists = Array.from(document.querySelectorAll<HTMLElement>('[data-filter-list]')).filter((l) => l.dataset.filterList === name);
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const noun = form.dataset.filterNoun ?? 'items';
  if (lists.length === 0 || !status) return;
  const selects = new Map<FilterName, HTMLSelectElement>();
  for (const name of FILTER_NAMES) {
    const select = form.elements.namedItem(name);
    if (!(select instanceof HTMLSelectElement)) return;
    selects.set(name, select);
  }
  const offered = (name: FilterName) => new Set(Array.from(selects.get(name)?.options ?? [], (o) => o.value));
  const allowed = { category: offered('category'), stage: offered('stage'), type: offered('type') };
  // An item may appear in several lists (a tool in each of the /tools/ tables): count it once.
  const cards = lists.flatMap((list) =>
    Array.from(list.querySelectorAll<HTMLElement>('[data-category]'), (element) => {
      const facts: CardFacts = {
        category: element.dataset.category ?? '',
        stages: words(element.dataset.stages),
        types: words(element.dataset.types),
      };
      return { element, facts, item: element.dataset.item ?? '' };
    }),
  );
  const total = new Set(cards.map((c) => c.item)).size;

  const read = (): FilterState => ({
    category: selects.get('category')?.value ?? '',
    stage: selects.get('stage')?.value ?? '',
    type: selects.get('type')?.value ?? '',
  });
  const show = (filter: FilterState) => {
    for (const [name, select] of selects) select.value = filter[name];
    const shown = new Set<string>();
    for (const { element, facts, item } of cards) {
      const match = cardMatches(facts, filter);
      element.hidden = !match;
      if (match) shown.add(item);
    }
    status.textContent = shown.size === total ? `Showing all ${total} ${noun}.` : `Showing ${shown.size} of ${total} ${noun}.`;
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

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filter]')) enhance(form);
