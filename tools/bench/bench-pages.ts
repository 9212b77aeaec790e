/** A page the benchmark measures, chosen from the built sitemap by its URL shape. */
export interface BenchPage {
  label: string;
  path: string;
}

/** What to measure: a fixed path, or the first sitemap path matching a pattern. */
const WANTED: readonly { label: string; match: string | RegExp }[] = [
  { label: 'landing', match: '/' },
  { label: 'pipeline', match: '/pipeline/' },
  { label: 'stage page', match: /^\/pipeline\/[^/]+\/$/ },
  { label: 'pattern page', match: /^\/patterns\/[^/]+\/$/ },
  { label: 'explorer (interactive)', match: '/explore/' },
  { label: 'chooser (interactive)', match: '/choose/' },
];

/** Pages found in the sitemap, and a note for each kind the site does not have yet. */
export function sitemapToBenchPages(paths: readonly string[]): { pages: BenchPage[]; missing: string[] } {
  const pages: BenchPage[] = [];
  const missing: string[] = [];
  for (const want of WANTED) {
    const path = typeof want.match === 'string' ? paths.find((p) => p === want.match) : paths.find((p) => want.match instanceof RegExp && want.match.test(p));
    if (path) pages.push({ label: want.label, path });
    else missing.push(`${want.label} (${String(want.match)}): no such page in the sitemap yet, skipped`);
  }
  return { pages, missing };
}
