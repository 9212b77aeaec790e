/**
 * A string each of our browser scripts keeps after minifying (a selector or an id it looks up),
 * so the benchmark can tell our scripts from Starlight's, inline or not. Keyed by the island's
 * entry file in this folder; tests/unit/own-script-signatures.test.ts checks that every entry
 * holds its string and tests/built checks that the built scripts still do.
 */
export const OWN_SCRIPT_SIGNATURES = {
  'link-tools.ts': 'link-tools-status',
  'explorer.ts': 'data-explorer-status',
  'chooser.ts': 'data-chooser-status',
  'list-filter.ts': 'data-filter-status',
} as const;
export type OwnScript = keyof typeof OWN_SCRIPT_SIGNATURES;

/**
 * Scripts of ours on every page: the copy-link buttons beside headings and diagrams and the
 * move from renamed anchors (issue "Linking and printing"). Every page has that interactive
 * part, so the "no JavaScript of our own" budget allows these and nothing else.
 */
export const SITE_WIDE_SCRIPTS = ['link-tools.ts'] as const satisfies readonly OwnScript[];

/**
 * The pages that run an island of their own, and which. The JavaScript budget (`npm run bench:js`,
 * tests/built/js-weight.test.ts) covers exactly these pages; every other page runs only the
 * site-wide scripts.
 */
export const ISLAND_PAGES = {
  '/explore/': 'explorer.ts',
  '/choose/': 'chooser.ts',
  '/patterns/': 'list-filter.ts',
  '/tools/': 'list-filter.ts',
} as const satisfies Record<string, Exclude<OwnScript, (typeof SITE_WIDE_SCRIPTS)[number]>>;

/** Which of our scripts a script's text is, if any. */
export function ownScriptIn(code: string): OwnScript | undefined {
  return (Object.keys(OWN_SCRIPT_SIGNATURES) as OwnScript[]).find((file) => code.includes(OWN_SCRIPT_SIGNATURES[file]));
}
