/**
 * "Our own JavaScript", defined once: every browser script of ours, keyed by its entry file under
 * src/, with a string it keeps after minifying (a selector, an id or a message it uses), so the
 * benchmark, `npm run bench:js` and the built-site tests can tell our scripts from Starlight's,
 * Astro's and Pagefind's, inline or not. tests/unit/own-script-signatures.test.ts checks that
 * every entry holds its string and no other does; tests/built checks that the built scripts do.
 */
export const OWN_SCRIPT_SIGNATURES = {
  // Loaded by the one below on the reader's first move, touch, focus or key.
  'islands/link-tools.ts': 'link-tools-status',
  // The loader on every page (the link tools, the code blocks' script): it imports the tools'
  // chunk by name, and keeps that name when minified.
  'islands/load-on-intent.ts': 'link-tools.',
  'islands/explorer.ts': 'data-explorer-status',
  'islands/chooser.ts': 'data-chooser-status',
  'islands/list-filter.ts': 'data-filter-status',
  // Loaded by the link tools, in a build without SITE_URL, on a page with diagram snippets.
  'islands/snippet-host.ts': 'pre[data-snippet]',
  // The search button's element (our override of Starlight's): it imports the Pagefind UI
  // chunk below by name, and keeps that name when minified.
  'search/site-search.ts': 'mount-pagefind-ui',
  // Loaded only when a reader opens search, with Pagefind UI bundled in.
  'search/mount-pagefind-ui.ts': 'stylesheet did not load',
} as const;
export type OwnScript = keyof typeof OWN_SCRIPT_SIGNATURES;

/**
 * Scripts of ours on every page: the loader of the link tools (the copy-link buttons beside
 * headings and diagrams, the move from renamed anchors) and of the code blocks' script, and the
 * search button. Every page has
 * those interactive parts, so the "no JavaScript of our own" budget allows these and nothing else.
 */
export const SITE_WIDE_SCRIPTS = ['islands/load-on-intent.ts', 'search/site-search.ts'] as const satisfies readonly OwnScript[];

/**
 * Scripts of ours that no page loads until the reader asks (opening search) or first acts (the
 * link tools, and with them, in a build without SITE_URL, the one that puts snippets on the host).
 */
export const ON_DEMAND_SCRIPTS = ['search/mount-pagefind-ui.ts', 'islands/link-tools.ts', 'islands/snippet-host.ts'] as const satisfies readonly OwnScript[];

/**
 * The pages that run an island of their own, and which. The JavaScript budget (`npm run bench:js`,
 * tests/built/js-weight.test.ts) covers exactly these pages; every other page runs only the
 * site-wide scripts.
 */
export const ISLAND_PAGES = {
  '/explore/': 'islands/explorer.ts',
  '/choose/': 'islands/chooser.ts',
  '/patterns/': 'islands/list-filter.ts',
  '/tools/': 'islands/list-filter.ts',
} as const satisfies Record<string, Exclude<OwnScript, (typeof SITE_WIDE_SCRIPTS)[number] | (typeof ON_DEMAND_SCRIPTS)[number]>>;

/** Which of our scripts a script's text is, if any. */
export function ownScriptIn(code: string): OwnScript | undefined {
  return (Object.keys(OWN_SCRIPT_SIGNATURES) as OwnScript[]).find((file) => code.includes(OWN_SCRIPT_SIGNATURES[file]));
}
