/*
 * Starlight turns on Astro's prefetch script, which fetches a page when the reader hovers or
 * focuses a link to it: 1.1 KB of JavaScript on every page. The browser's own speculation rules
 * do the same with no script: Chromium-based browsers fetch the page once the pointer rests on
 * the link (or it is pressed), and browsers without them simply do not prefetch.
 * astro.config.mjs sets `prefetch: false`. `base` is the path the guide is served under (BASE_PATH).
 */
export function speculationRules(base: string) {
  return {
    prefetch: [
      {
        source: 'document',
        // The guide's pages (every URL ends in a slash), not its downloads (.zip, .svg, .pdf, .ipynb).
        where: { or: [{ href_matches: base }, { href_matches: `${base}*/` }] },
        eagerness: 'moderate',
      },
    ],
  } as const;
}
