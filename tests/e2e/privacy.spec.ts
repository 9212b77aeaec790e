import { expect, test } from '@playwright/test';
import { openTags } from '../../src/html/open-tags.ts';
import { htmlToInlineSources } from '../../src/security/inline-sources.ts';
import { sitemapPaths } from './support/site-pages.ts';

// What the HTML and CSS ask the browser to load, read from the files as served: a reader's
// browser would fetch these without any click. Links a reader may follow are not listed here.
const LOADING_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  script: ['src'],
  link: ['href'],
  img: ['src', 'srcset'],
  iframe: ['src'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  embed: ['src'],
  object: ['data'],
  track: ['src'],
};
// <link rel="canonical">, "alternate", "sitemap" … name a page; these make the browser fetch.
const FETCHING_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'icon', 'manifest']);
const LOADED_BY_CSS = /url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/gi;

function loadsOf(html: string): { tag: string; url: string }[] {
  return openTags(html)
    .filter((t) => t.name !== 'link' || (t.attributes.rel ?? '').toLowerCase().split(/\s+/).some((rel) => FETCHING_RELS.has(rel)))
    .flatMap((t) => (LOADING_ATTRIBUTES[t.name] ?? []).flatMap((attr) => (t.attributes[attr] ? [{ tag: t.name, url: t.attributes[attr] }] : [])));
}

function leavesSite(reference: string, pageUrl: string): boolean {
  const first = reference.trim().split(/\s+/)[0];
  if (/^(data|blob):/i.test(first) || first.startsWith('#')) return false;
  return new URL(first, pageUrl).origin !== new URL(pageUrl).origin;
}

test.describe('privacy', () => {
  for (const path of sitemapPaths()) {
    test(`${path} and its stylesheets load nothing from another origin (no fonts, scripts or analytics)`, async ({ request, baseURL }) => {
      const pageUrl = new URL(path, baseURL).href;
      const html = await (await request.get(pageUrl)).text();
      const loads = loadsOf(html);
      expect(loads.length).toBeGreaterThan(0);
      expect(loads.filter((l) => leavesSite(l.url, pageUrl))).toEqual([]);

      const stylesheets = loads.filter((l) => l.tag === 'link' && /\.css(\?|$)/.test(l.url));
      const inlineCss = htmlToInlineSources(html).styles;
      const sheets = [...inlineCss, ...(await Promise.all(stylesheets.map(async (s) => (await request.get(new URL(s.url, pageUrl).href)).text())))];
      const cssLoads = sheets.flatMap((css) => [...css.matchAll(LOADED_BY_CSS)].map((m) => m[1] ?? m[2]));
      expect(cssLoads.filter((u) => leavesSite(u, pageUrl))).toEqual([]);
    });
  }
});
