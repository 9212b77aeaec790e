import { readFile } from 'node:fs/promises';
import { Parser } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { SITE_URL } from '../../src/links/site-url.ts';
import { builtSite } from './site.ts';

/** Every <meta> (by name or property) and <link rel> of a page's head. */
function headTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  let inTitle = false;
  const parser = new Parser({
    onopentag(name, a) {
      if (name === 'meta' && (a.name ?? a.property) && a.content !== undefined) tags.set(a.name ?? a.property ?? '', a.content);
      if (name === 'link' && a.rel && a.href) tags.set(`link:${a.rel}`, a.href);
      // Inside an inline SVG a <title> names a drawing, not the page.
      if (name === 'title' && !tags.has('title')) inTitle = true;
    },
    ontext(text) {
      if (inTitle) tags.set('title', (tags.get('title') ?? '') + text);
    },
    onclosetag(name) {
      if (name === 'title') inTitle = false;
    },
  });
  parser.write(html);
  parser.end();
  return tags;
}

const PREVIEW_TAGS = ['title', 'description', 'link:canonical', 'og:title', 'og:description', 'og:url', 'og:image', 'twitter:card'] as const;
/** X reads og:title, og:description and og:image when these are missing: on the page they would only repeat them. */
const REPEATS_OF_OPEN_GRAPH = ['twitter:title', 'twitter:description', 'twitter:image'] as const;

describe('link previews', () => {
  test('every public page has a title, description, canonical URL, Open Graph meta, a large-image card for X, and a card image', async () => {
    const site = await builtSite();
    const pages = [...site.pages].filter(([path, facts]) => path.endsWith('/') && !facts.redirectTo);
    expect(pages.length).toBeGreaterThan(3);
    for (const [path] of pages) {
      const tags = headTags(await readFile(`dist${path}index.html`, 'utf8'));
      for (const tag of PREVIEW_TAGS) expect(tags.get(tag)?.trim(), `${path} has ${tag}`).toBeTruthy();
      expect(tags.get('twitter:card'), `${path} twitter:card`).toBe('summary_large_image');
      for (const tag of REPEATS_OF_OPEN_GRAPH) expect(tags.has(tag), `${path} repeats og: as ${tag}`).toBe(false);
      // The page's title names the page, then the site: "Data validation | ML Pipeline Field Guide".
      expect(tags.get('title'), `${path} <title>`).toMatch(/\S \| \S/);
      expect(tags.get('title')?.startsWith(tags.get('og:title') ?? '\0'), `${path} <title> starts with og:title`).toBe(true);
      expect(tags.get('link:canonical')).toBe(new URL(path, SITE_URL).href);
      const image = new URL(tags.get('og:image') ?? '');
      expect(image.origin).toBe(new URL(SITE_URL).origin);
      expect(site.files.has(image.pathname), `${path}: card ${image.pathname} exists`).toBe(true);
    }
  });

  test('cards are 1200 × 630 PNGs', async () => {
    const png = await readFile('dist/og/pipeline.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test('robots.txt and the sitemap use the public URL, and the sitemap leaves out moved URLs', async () => {
    expect(await readFile('dist/robots.txt', 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', SITE_URL).href}`);
    const sitemap = await readFile('dist/sitemap-0.xml', 'utf8');
    expect(sitemap).toContain(`<loc>${new URL('/pipeline/', SITE_URL).href}</loc>`);
    expect(sitemap).not.toContain('/stages/');
  });

  test('the host-level _redirects file carries every redirect', async () => {
    expect(await readFile('dist/_redirects', 'utf8')).toMatch(/^\/stages\/ \/pipeline\/ 301$/m);
  });
});
