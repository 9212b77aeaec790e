import { join } from 'node:path';
import { builtSitemapPaths } from '../../../src/links/sitemap-paths.ts';

/**
 * Path of every page in the built sitemap, so the quality gates grow with the site without a
 * list to maintain.
 */
export function sitemapPaths(): string[] {
  return builtSitemapPaths(join(process.cwd(), 'dist'));
}
