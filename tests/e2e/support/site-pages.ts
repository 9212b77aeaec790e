import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(process.cwd(), 'dist');

function locsIn(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].trim());
}

/**
 * Path of every page in the built sitemap (dist/sitemap-index.xml and the sitemaps it names),
 * so the quality gates grow with the site without a list to maintain.
 */
export function sitemapPaths(): string[] {
  const index = join(DIST, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error('dist/sitemap-index.xml not found: run `npm run build` before the browser tests.');
  const sitemaps = locsIn(readFileSync(index, 'utf8')).map((url) => join(DIST, new URL(url).pathname));
  const paths = sitemaps.flatMap((file) => locsIn(readFileSync(file, 'utf8')).map((url) => new URL(url).pathname));
  if (paths.length === 0) throw new Error('The sitemap lists no pages.');
  return [...new Set(paths)].sort();
}
