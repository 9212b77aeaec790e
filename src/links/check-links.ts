import { BASE_PATH, withBase, withoutBase } from './base-path.ts';
import type { DistSite } from './dist-site.ts';

export interface LinkProblem {
  /** The page that holds the link. */
  page: string;
  url: string;
  where: string;
  problem: string;
}

/**
 * Known, harmless exceptions, each with its reason. Starlight gives the not-found page, served as
 * /404.html, a canonical and og:url of /404/, which no host serves; nobody links there.
 */
const TOLERATED: readonly { page: string; where: readonly string[]; url: RegExp }[] = [
  { page: '/404.html', where: ['link[href]', 'meta[og:url]'], url: /\/404\/$/ },
];

/** Protocols that never point into the site. */
const NOT_A_PAGE = new Set(['mailto:', 'tel:', 'javascript:', 'data:', 'blob:']);

/**
 * Every internal link, asset reference and #fragment in a built site that does not resolve.
 * `origin` is the site's public origin: absolute links to it (canonical, og:url) are internal.
 * `basePath` is the path the site is served under (BASE_PATH): every internal link must be under it.
 * Links to other origins are not fetched.
 */
export function checkLinks(site: DistSite, origin: string, basePath: string = BASE_PATH): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const [page, facts] of site.pages) {
    const base = new URL(withBase(page, basePath), origin);
    for (const { url, where } of facts.links) {
      const problem = linkProblem(site, base, url, facts.ids, basePath);
      const tolerated = TOLERATED.some((t) => t.page === page && t.where.includes(where) && t.url.test(url));
      if (problem && !tolerated) problems.push({ page, url, where, problem });
    }
  }
  return problems.sort((a, b) => a.page.localeCompare(b.page) || a.url.localeCompare(b.url));
}

/** Why one link does not resolve, or undefined when it does. */
function linkProblem(site: DistSite, base: URL, raw: string, ownIds: ReadonlySet<string>, basePath: string): string | undefined {
  const href = raw.trim();
  if (href === '' || href === '#') return undefined;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return 'is not a valid URL';
  }
  if (NOT_A_PAGE.has(url.protocol) || url.origin !== base.origin) return undefined;
  const served = decodeURIComponent(url.pathname);
  if (basePath !== '/' && !served.startsWith(basePath)) return `is outside the base path ${basePath}`;
  const path = withoutBase(served, basePath);
  const fragment = decodeURIComponent(url.hash.slice(1));
  const samePage = served === decodeURIComponent(base.pathname);
  const target = samePage ? { ids: ownIds } : site.pages.get(path);
  if (!target) {
    if (site.files.has(path)) return fragment ? `points to #${fragment} in a file that is not a page` : undefined;
    if (site.pages.has(`${path}/`)) return `has no trailing slash: use ${path}/ (the site uses trailingSlash: 'always')`;
    return `points to ${path}, which is not in the built site`;
  }
  if (fragment && !target.ids.has(fragment)) return `points to #${fragment}, which is not an id on ${path}`;
  return undefined;
}

/** One line per problem, grouped by page, for a terminal or a test failure. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
  return problems.map((p) => `${p.page}: ${p.where} "${p.url}" ${p.problem}`).join('\n');
}
