// Loaded only when a reader first opens search (src/search/site-search.ts): Pagefind UI's script
// and stylesheet are the bulk of a page's JavaScript and CSS, and most page views never search.
// @ts-expect-error Pagefind UI ships no types.
import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
// As a URL, not a CSS import: Astro would put an imported stylesheet in every page's <head>.
import stylesheetUrl from './pagefind-ui.css?url';
import { relaxNotice } from './relax-query.ts';
import { RELAXED_SEARCH_EVENT, relaxedSearchDetail } from './relaxed-search-event.ts';
import { relaxingPagefindBundlePath } from './relaxing-pagefind-dir.ts';

/** What Starlight's search passes to Pagefind UI besides the site's `pagefind` options. */
export interface PagefindUiMount {
  /** Selector of the element Pagefind UI renders into. */
  element: string;
  /** Pagefind UI's texts in the page's language (Starlight's `pagefind.*` translations). */
  translations: Record<string, string>;
  /** Rewrites a result's URL (Starlight strips trailing slashes when the site has none). */
  formatUrl: (url: string) => string;
}

interface PagefindResult {
  url: string;
  sub_results: Array<{ url: string }>;
}

/** Adds Pagefind UI's stylesheet to the page; resolves once it applies, so the box never shows unstyled. */
export function loadPagefindUiStylesheet(): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheetUrl });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`Pagefind UI's stylesheet did not load: ${stylesheetUrl}`)));
    document.head.append(link);
  });
}

/** Renders Pagefind UI as Starlight 0.42's Search.astro does, with the site's options (debounce included). */
export function mountPagefindUi({ element, translations, formatUrl }: PagefindUiMount): void {
  new PagefindUI({
    ...pagefindUserConfig,
    element,
    baseUrl: import.meta.env.BASE_URL,
    // Pagefind UI imports `${bundlePath}pagefind.js`: the relaxing Pagefind (./relaxing-pagefind.ts), which loads the real one from /pagefind/.
    bundlePath: relaxingPagefindBundlePath(import.meta.env.BASE_URL),
    showImages: false,
    translations,
    showSubResults: true,
    processResult: (result: PagefindResult) => {
      result.url = formatUrl(result.url);
      result.sub_results = result.sub_results.map((sub) => ({ ...sub, url: formatUrl(sub.url) }));
    },
  });
  // Pagefind UI imports Pagefind and passes it its options when its box first takes focus, and a
  // query that arrives before that is done waits for Pagefind UI's next look, 50 ms later (a
  // query pasted as the dialog opens did). Starting it now, when the UI loads on the reader's
  // intent, has it ready before the box shows; the event moves no focus.
  document.querySelector(element)?.querySelector('input')?.dispatchEvent(new FocusEvent('focus'));
}

/**
 * Puts the search element's live region (`[data-search-status]`, in Search.astro) between the box
 * and the results, and keeps it saying what the last search found: how many pages, and, when the
 * query was widened (./relaxing-pagefind.ts), how.
 */
export function showSearchOutcome(root: HTMLElement): void {
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const widened = status?.querySelector<HTMLElement>('[data-search-widened]');
  const count = status?.querySelector<HTMLElement>('[data-search-count]');
  const input = root.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  if (!status || !widened || !count || !input) return;
  root.querySelector('.pagefind-ui__drawer')?.before(status);
  const clear = () => {
    widened.hidden = true;
    widened.textContent = '';
    count.textContent = '';
  };
  input.addEventListener('input', () => input.value.trim() === '' && clear());
  document.addEventListener(RELAXED_SEARCH_EVENT, (event) => {
    const detail = relaxedSearchDetail(event);
    // A search for what the box no longer holds: Pagefind UI drops its results too.
    if (!detail || detail.term !== input.value) return;
    const notice = relaxNotice(detail.term, detail.step, detail.words);
    widened.hidden = notice === undefined;
    widened.textContent = notice ?? '';
    count.textContent = detail.count === 0 ? `No results for “${detail.term}”.` : `${detail.count} result${detail.count === 1 ? '' : 's'}.`;
  });
}
