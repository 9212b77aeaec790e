/**
 * The one list of moved URLs and renamed anchors. It feeds Astro's `redirects`, the redirect
 * pages in dist/ (which carry the #fragment), the host-level `_redirects` file, the anchor
 * fix-up on live pages, and the URL manifest check. Add a line here when a page moves or a
 * heading is renamed; never delete one (someone's onboarding doc still links the old URL).
 */

import { withBase } from './base-path.ts';

/** A site path: starts and ends with `/` (the site uses `trailingSlash: 'always'`). */
export type SitePath = `/${string}/` | '/';

export interface Redirect {
  from: SitePath;
  to: SitePath;
  /** Why it exists, for the next reader of this file. */
  reason: string;
}

export const REDIRECTS = [
  {
    from: '/stages/',
    to: '/pipeline/',
    reason: 'Readers who think in "stages" type /stages/; the stages live under /pipeline/.',
  },
  {
    from: '/starter-kit/',
    to: '/practices/notebooks/',
    reason: 'The kits download from /starter-kit/<file>; readers who trim the address to the folder get the page that offers both zips.',
  },
] as const satisfies readonly Redirect[];

/**
 * Renamed or shortened anchors, per page: old id → current id. A link to `page#old` (directly
 * or through a redirect) lands on `#current`.
 */
export const ANCHOR_ALIASES = {
  '/pipeline/': {
    // A short anchor for the stage list, easier to type in a document than the heading's slug.
    stages: 'what-each-stage-is-for',
  },
  '/patterns/': {
    // The heading no longer counts the patterns in words (a count the model holds).
    'all-thirty-patterns': 'every-pattern',
  },
  '/tools/': {
    // One filterable list replaced the table by kind and the two matrices (by stage, by pipeline type).
    'by-kind': 'kinds-of-tool',
    'by-stage': 'every-tool',
    'by-pipeline-type': 'every-tool',
  },
} as const satisfies Readonly<Partial<Record<SitePath, Readonly<Record<string, string>>>>>;

// The seven relation maps moved from the catalogue to a page of their own, so that the catalogue
// opens with the patterns; each keeps its id there.
const PATTERN_MAP_VIEWS = [
  'pattern-map',
  'pattern-map-problem-representation',
  'pattern-map-data-representation',
  'pattern-map-model-training',
  'pattern-map-resilient-serving',
  'pattern-map-reproducibility',
  'pattern-map-responsible-ai',
] as const;

/**
 * Anchors whose part of a page moved to another page, per page: old id → the page that has it
 * now, under the same id. A link to `page#id` lands on `moved-to#id` (by the page's own script;
 * the link checker and the URL manifest check follow the move too).
 */
export const ANCHOR_MOVES = {
  '/patterns/': Object.fromEntries(
    PATTERN_MAP_VIEWS.flatMap((view) => [`diagram-${view}`, `diagram-${view}-title`]).map((id) => [id, '/patterns/maps/' satisfies SitePath]),
  ),
} as const satisfies Readonly<Partial<Record<SitePath, Readonly<Record<string, SitePath>>>>>;

/** Moved anchors as a plain lookup, for code that takes any path: old id → the page it is on now. */
export function anchorMovesFor(path: string): Readonly<Record<string, SitePath>> {
  const all: Readonly<Partial<Record<string, Readonly<Record<string, SitePath>>>>> = ANCHOR_MOVES;
  return all[path] ?? {};
}

/** Aliases as a plain lookup, for code that takes any path. */
export function anchorAliasesFor(path: string): Readonly<Record<string, string>> {
  const all: Readonly<Partial<Record<string, Readonly<Record<string, string>>>>> = ANCHOR_ALIASES;
  return all[path] ?? {};
}

/** Astro's `redirects` config: used by `astro dev` and by adapters. */
export function redirectsToAstro(list: readonly Redirect[] = REDIRECTS): Record<string, string> {
  return Object.fromEntries(list.map((r) => [r.from, r.to]));
}

/**
 * A `_redirects` file (Netlify, Cloudflare Pages and others read this format). Hosts keep the
 * #fragment on a 301 themselves; renamed anchors are fixed up by the page's own script.
 */
export function redirectsToHostFile(list: readonly Redirect[] = REDIRECTS, base?: string): string {
  const lines = list.flatMap((r) => {
    const [from, to] = [withBase(r.from, base), withBase(r.to, base)];
    const bare = from.replace(/\/$/, '');
    // Both spellings: hosts differ on whether they normalise the trailing slash first.
    return bare ? [`${from} ${to} 301`, `${bare} ${to} 301`] : [`${from} ${to} 301`];
  });
  return ['# Generated from src/links/redirects.ts at build: edit that file, not this one.', ...lines, ''].join('\n');
}
