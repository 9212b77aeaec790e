import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { filesUnder, forEachAtMost, PAGES_AT_ONCE } from '../html/html-files.ts';
import { htmlToPageFacts, type PageFacts } from './html-facts.ts';
import { BASE_PATH, withoutBase } from './base-path.ts';

/** A built site, as the link checker and the URL manifest see it. */
export interface DistSite {
  /** HTML pages by public path: `/pipeline/` for dist/pipeline/index.html, `/404.html` for dist/404.html. */
  pages: Map<string, PageFacts>;
  /** Every file's public path (`/_astro/x.css`, `/pipeline/index.html`). */
  files: Set<string>;
}

/** `pipeline/index.html` → `/pipeline/`; `404.html` → `/404.html`. */
export function fileToPath(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Reads every file name and every HTML page of a built site. Paths are the guide's own, without
 * `basePath` (BASE_PATH), which the site was built under: a redirect page's target too.
 */
export async function readDistSite(dist: string, basePath: string = BASE_PATH): Promise<DistSite> {
  const files = (await filesUnder(dist)).map((file) => relative(dist, file));
  const pages = new Map<string, PageFacts>();
  await forEachAtMost(
    files.filter((f) => f.endsWith('.html')),
    PAGES_AT_ONCE,
    async (f) => {
      const facts = htmlToPageFacts(await readFile(join(dist, f), 'utf8'));
      pages.set(fileToPath(f), facts.redirectTo === undefined ? facts : { ...facts, redirectTo: withoutBase(facts.redirectTo, basePath) });
    },
  );
  return { pages, files: new Set(files.map((f) => `/${f.split(sep).join('/')}`)) };
}
