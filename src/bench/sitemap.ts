import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

function locsIn(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].trim());
}

/** Every page path listed by dist/sitemap-index.xml and the sitemaps it names. */
export async function builtSitemapPaths(dist: string): Promise<string[]> {
  const index = await readFile(join(dist, 'sitemap-index.xml'), 'utf8');
  const files = locsIn(index).map((url) => join(dist, new URL(url).pathname));
  const lists = await Promise.all(files.map(async (f) => locsIn(await readFile(f, 'utf8'))));
  return [...new Set(lists.flat().map((url) => new URL(url).pathname))].sort();
}
