/**
 * Pages a diagram links to are prefetched as the page's other links are. The speculation rules
 * (src/links/speculation-rules.ts) match HTML links only, and a diagram's node links are SVG `<a>`
 * elements: for those, resting the pointer on one for a moment, or pressing it, adds a
 * `<link rel="prefetch">` for its page, as the rules' "moderate" eagerness does for HTML links.
 * Browsers without prefetch ignore the element; without JavaScript nothing is prefetched.
 * Started with the link tools (link-tools.ts), so it costs no script file of its own. They load on
 * the reader's first move, which may be the pointer reaching a diagram link: a link already under
 * the pointer then counts as one the pointer just reached.
 */

/** How long the pointer rests on a link before its page is fetched (Chromium's "moderate"). */
const REST_MS = 200;

/**
 * The address to prefetch for a diagram link on `page`, or undefined: only the guide's own pages
 * (same origin, under `base`, ending in a slash, as the speculation rules' `where`), never the
 * page itself, nor downloads.
 */
export function diagramLinkToPrefetch(href: string, page: URL, base: string): string | undefined {
  const url = new URL(href, page);
  if (url.origin !== page.origin || !url.pathname.startsWith(base) || !url.pathname.endsWith('/')) return undefined;
  if (url.pathname === page.pathname && url.search === page.search) return undefined;
  return `${url.pathname}${url.search}`;
}

/** Listens, on the whole page, for the pointer resting on or pressing a diagram's SVG link. */
export function prefetchDiagramLinks(): void {
  const fetched = new Set<string>();
  let resting: ReturnType<typeof setTimeout> | undefined;
  const svgLink = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    return link instanceof SVGAElement ? link : undefined;
  };
  const prefetch = (link: SVGAElement) => {
    const target = diagramLinkToPrefetch(link.getAttribute('href') ?? '', new URL(location.href), import.meta.env.BASE_URL);
    if (target === undefined || fetched.has(target)) return;
    fetched.add(target);
    const hint = document.createElement('link');
    hint.rel = 'prefetch';
    hint.href = target;
    document.head.append(hint);
  };
  document.addEventListener('pointerover', (event) => {
    clearTimeout(resting);
    const link = svgLink(event);
    if (link) resting = setTimeout(() => prefetch(link), REST_MS);
  });
  const under = [...document.querySelectorAll('svg a[href]:hover')].at(-1);
  if (under instanceof SVGAElement) resting = setTimeout(() => prefetch(under), REST_MS);
  document.addEventListener('pointerout', () => clearTimeout(resting));
  document.addEventListener('pointerdown', (event) => {
    const link = svgLink(event);
    if (link) prefetch(link);
  });
}
