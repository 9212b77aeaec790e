import type { Redirect } from './redirects.ts';
import { escapeHtml } from '../html/escape-html.ts';
import { withBase } from './base-path.ts';

/** Public path of the script that carries the #fragment across a redirect page. */
export const REDIRECT_SCRIPT_PATH = '/_links/redirect.js';

/**
 * The redirect script: a meta refresh drops `#fragment`, so pages with JavaScript go on with
 * `location.replace(target + hash)`. The target page maps a renamed anchor to its new id.
 * An external file, so that a strict Content-Security-Policy (`script-src 'self'`) allows it.
 */
export const REDIRECT_SCRIPT = [
  '// Carries the #fragment across a moved URL; see src/links/redirect-page.ts.',
  'var to = document.currentScript && document.currentScript.getAttribute("data-redirect-to");',
  'if (to) location.replace(to + location.search + location.hash);',
  '',
].join('\n');


/**
 * The page written at a moved URL. The meta refresh only applies without JavaScript (it is in
 * <noscript>), so it never races the script and drops the fragment.
 */
export function redirectToHtml(redirect: Pick<Redirect, 'from' | 'to'>, site: string): string {
  const to = escapeHtml(withBase(redirect.to));
  const canonical = escapeHtml(new URL(withBase(redirect.to), site).href);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved to ${to}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<script src="${withBase(REDIRECT_SCRIPT_PATH)}" data-redirect-to="${to}"></script>
<noscript><meta http-equiv="refresh" content="0; url=${to}"></noscript>
</head>
<body>
<p>This page has moved to <a href="${to}">${canonical}</a>.</p>
</body>
</html>
`;
}

/** robots.txt: everything may be crawled; the sitemap is at the guide's root (under BASE_PATH). */
export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`;
}
