import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

/**
 * What "transferred bytes" means in the budgets: every resource a page fetches before the reader
 * does anything, each gzipped at level 6 (zlib’s default, what a typical server compressing on the fly sends; not 9), summed by kind. The
 * benchmark measures it in a browser (page-weight.ts, a few pages); resourcesInDist() lists the
 * same resources from the built HTML, so that every page can be held to the budget without one.
 */
export const KINDS = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface Resource {
  kind: Kind;
  /** Fetched once per URL: a stylesheet linked twice costs once. */
  url: string;
  body: Buffer;
}

export const gzipSize = (body: Buffer): number => gzipSync(body, { level: 6 }).length;

/** Gzip bytes by kind and in total. */
export function transferredBytes(resources: readonly Resource[]): Record<Kind | 'total', number> {
  const bytes: Record<Kind | 'total', number> = { html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0, total: 0 };
  const seen = new Set<string>();
  for (const r of resources) {
    if (seen.has(r.url)) continue;
    seen.add(r.url);
    const size = gzipSize(r.body);
    bytes[r.kind] += size;
    bytes.total += size;
  }
  return bytes;
}

/** A browser's resource type (Playwright's `request.resourceType()`) as a budget kind. */
export function kindOf(resourceType: string, url: string): Kind {
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'fonts';
    case 'image':
      return 'images';
    default:
      return /\.woff2?$/.test(url) ? 'fonts' : 'other';
  }
}

/**
 * What a browser fetches for the page at `path` (`/pipeline/`) before interaction, read from
 * dist/: the HTML, every stylesheet it links (print ones too: browsers fetch them at low
 * priority), every module script with the modules it imports, the site icon, and images not
 * loaded lazily. Not
 * followed: url()s inside CSS (the site has no web fonts or CSS images) and anything a script
 * fetches later (search's UI and index load when search opens).
 */
export function resourcesInDist(dist: string, path: string): Resource[] {
  const file = join(dist, path, 'index.html');
  const html = readFileSync(file);
  const resources: Resource[] = [{ kind: 'html', url: path, body: html }];
  const local = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? url.split(/[?#]/)[0] : undefined);
  const add = (kind: Kind, url: string) => {
    if (resources.some((r) => r.url === url)) return;
    const body = readFileSync(join(dist, url));
    resources.push({ kind, url, body });
    if (kind === 'js') {
      for (const m of body.toString('utf8').matchAll(/(?:\bimport|\bfrom)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) add('js', posix.join(posix.dirname(url), m[1]));
    }
  };
  new Parser({
    onopentag(name, a) {
      const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
      const href = a.href && local(a.href);
      const src = a.src && local(a.src);
      if (name === 'link' && href && rel.includes('stylesheet')) add('css', href);
      else if (name === 'link' && href && rel.includes('modulepreload')) add('js', href);
      // The browser fetches the site icon with the page (as resource type "other").
      else if (name === 'link' && href && rel.includes('icon')) add('other', href);
      else if (name === 'script' && src) add('js', src);
      else if (name === 'img' && src && a.loading !== 'lazy') add('images', src);
    },
  }).end(html.toString('utf8'));
  return resources;
}
