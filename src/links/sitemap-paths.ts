import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';

/** The text of every <loc> in a sitemap or sitemap index. */
function locsIn(xml: string): string[] {
  const locs: string[] = [];
  let loc: string | undefined;
  const parser = new Parser(
    {
      onopentag: (name) => void (name === 'loc' && (loc = '')),
      ontext: (text) => void (loc !== undefined && (loc += text)),
      onclosetag: (name) => {
        if (name === 'loc' && loc !== undefined) locs.push(loc.trim());
        loc = undefined;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return locs;
}

/**
 * Path of every page in a built site's sitemap (dist/sitemap-index.xml and the sitemaps it
 * names), sorted, each once: the one reading of the sitemap that the benchmark and the browser
 * tests share, so they grow with the site without a list to maintain.
 */
export function builtSitemapPaths(dist: string): string[] {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${index} not found: run \`npm run build\` first.`);
  const sitemaps = locsIn(readFileSync(index, 'utf8')).map((url) => join(dist, new URL(url).pathname));
  const paths = sitemaps.flatMap((file) => locsIn(readFileSync(file, 'utf8')).map((url) => new URL(url).pathname));
  if (paths.length === 0) throw new Error(`${index} lists no pages.`);
  return [...new Set(paths)].sort();
}
