import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site-pages.ts';

// What the HTML and CSS ask the browser to load, read from the files as served: a reader's
// browser would fetch these without any click. Links a reader may follow are not listed here.
const LOADED_BY_HTML = /<(script|link|img|iframe|source|video|audio|embed|object|track)\b([^>]*?)\s(src|href|srcset|data|poster)=["']([^"']+)["']([^>]*)>/gi;
// <link rel="canonical">, "alternate", "sitemap" … name a page; these make the browser fetch.
const FETCHING_LINK = /\brel=["'][^"']*\b(stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|manifest)\b/i;
const LOADED_BY_CSS = /url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/gi;

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
      const loads = [...html.matchAll(LOADED_BY_HTML)]
        .filter((m) => m[1].toLowerCase() !== 'link' || FETCHING_LINK.test(`${m[2]} ${m[5]}`))
        .map((m) => ({ tag: m[1], url: m[4] }));
      expect(loads.length).toBeGreaterThan(0);
      expect(loads.filter((l) => leavesSite(l.url, pageUrl))).toEqual([]);

      const stylesheets = loads.filter((l) => l.tag.toLowerCase() === 'link' && /\.css(\?|$)/.test(l.url));
      const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
      const sheets = [...inlineCss, ...(await Promise.all(stylesheets.map(async (s) => (await request.get(new URL(s.url, pageUrl).href)).text())))];
      const cssLoads = sheets.flatMap((css) => [...css.matchAll(LOADED_BY_CSS)].map((m) => m[1] ?? m[2]));
      expect(cssLoads.filter((u) => leavesSite(u, pageUrl))).toEqual([]);
    });
  }
});
