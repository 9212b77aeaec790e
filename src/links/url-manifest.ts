import type { DistSite } from './dist-site.ts';
import { anchorAliasesFor, anchorMovesFor } from './redirects.ts';

/** Every public page path and, per page, its permanent anchors. Committed as url-manifest.json. */
export type UrlManifest = Readonly<Record<string, readonly string[]>>;

/** The command that adds new URLs to the committed manifest. */
export const UPDATE_COMMAND = 'npm run urls:update';

/** Pages and anchors of a built site (error pages excluded), sorted so diffs stay small. */
export function distToManifest(site: DistSite): UrlManifest {
  const paths = [...site.pages.keys()].filter((p) => p.endsWith('/')).sort();
  return Object.fromEntries(paths.map((p) => [p, [...(site.pages.get(p)?.anchors ?? [])].sort()]));
}

/**
 * The manifest's URLs that no longer reach their target: the page is gone (and no redirect is
 * recorded), or the anchor is gone from the page it now lives on (and no anchor alias or move is).
 */
export function lostUrls(manifest: UrlManifest, site: DistSite): string[] {
  const lost: string[] = [];
  for (const [path, anchors] of Object.entries(manifest)) {
    const page = site.pages.get(path);
    if (!page) {
      lost.push(path);
      continue;
    }
    const targetPath = page.redirectTo ?? path;
    const target = site.pages.get(targetPath);
    if (!target) {
      lost.push(path);
      continue;
    }
    const aliases = anchorAliasesFor(targetPath);
    const moves = anchorMovesFor(targetPath);
    for (const anchor of anchors) {
      const alias = aliases[anchor];
      const movedTo = moves[anchor];
      const found =
        target.ids.has(anchor) ||
        (alias !== undefined && target.ids.has(alias)) ||
        (movedTo !== undefined && site.pages.get(movedTo)?.ids.has(anchor) === true);
      if (!found) lost.push(`${path}#${anchor}`);
    }
  }
  return lost;
}

/** URLs in the built site that the manifest does not list yet. */
export function newUrls(manifest: UrlManifest, site: DistSite): string[] {
  const current = distToManifest(site);
  return Object.entries(current).flatMap(([path, anchors]) => {
    const known = manifest[path];
    if (!known) return [path];
    return anchors.filter((a) => !known.includes(a)).map((a) => `${path}#${a}`);
  });
}

/**
 * The manifest after a build: everything it listed (old URLs stay, served by their redirects
 * and aliases) plus everything new.
 */
export function mergeManifest(old: UrlManifest, site: DistSite): UrlManifest {
  const current = distToManifest(site);
  const paths = [...new Set([...Object.keys(old), ...Object.keys(current)])].sort();
  return Object.fromEntries(paths.map((p) => [p, [...new Set([...(old[p] ?? []), ...(current[p] ?? [])])].sort()]));
}

/** The explanation a failing check prints: which URLs were lost and the two ways to fix it. */
export function lostUrlsMessage(lost: readonly string[]): string {
  return [
    `${lost.length} published URL(s) no longer resolve:`,
    ...lost.map((u) => `  - ${u}`),
    'Someone may link to them. Either record where each one went (a redirect for a page, an',
    'anchor alias for a heading, both in src/links/redirects.ts), or, if it never should have',
    `been published, drop it with \`${UPDATE_COMMAND} -- --forget <url>\`. New URLs are added with \`${UPDATE_COMMAND}\`.`,
  ].join('\n');
}

/**
 * The manifest without the given URLs (`/page/` drops the page and its anchors, `/page/#id` one
 * anchor): for URLs that never should have been published. Returns the URLs it did not know too.
 */
export function forgetUrls(manifest: UrlManifest, urls: readonly string[]): { manifest: UrlManifest; unknown: string[] } {
  const unknown = urls.filter((url) => {
    const [path = '', anchor] = url.split('#');
    return anchor === undefined ? !(path in manifest) : !(manifest[path] ?? []).includes(anchor);
  });
  const entries = Object.entries(manifest)
    .filter(([path]) => !urls.includes(path))
    .map(([path, anchors]) => [path, anchors.filter((a) => !urls.includes(`${path}#${a}`))] as const);
  return { manifest: Object.fromEntries(entries), unknown };
}
