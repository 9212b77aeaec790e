import { describe, expect, test } from 'vitest';
import { openTags, type OpenTag } from '../../src/html/open-tags.ts';
import { cspHash, htmlToInlineSources } from '../../src/security/inline-sources.ts';
import { htmlWithCompletePolicy, MissingCspMetaError, parsePolicy } from '../../src/security/page-policy.ts';

const isPolicy = (t: OpenTag) => t.name === 'meta' && t.attributes['http-equiv'] === 'content-security-policy';
/** The policy a page's <meta> carries. */
const policyOf = (html: string) => openTags(html).find(isPolicy)?.attributes.content ?? '';

const PAGE = [
  '<!doctype html><html><head><meta charset="utf-8">',
  '<script>window.early = 1;</script>',
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-known='; style-src 'self';">`,
  '<script type="module" src="/a.js"></script>',
  '<script type="application/ld+json">{"@type":"x"}</script>',
  '<script type="speculationrules">{"prefetch":[]}</script>',
  '<style>.a{color:red}</style>',
  '</head><body>',
  '<svg style="--sl-icon-size: 1em;"></svg><label style=\'--w: 6em\'>x</label><p style="a &amp; b">',
  '<script>const s = \'<i style="not: markup">\';</script>',
  '<!-- <script>commented()</script> -->',
  '</body></html>',
].join('');

describe('htmlToInlineSources', () => {
  test('finds runnable inline scripts (speculation rules too), style elements and decoded style attributes only', () => {
    const sources = htmlToInlineSources(PAGE);
    expect(sources.scripts).toEqual(['window.early = 1;', '{"prefetch":[]}', 'const s = \'<i style="not: markup">\';']);
    expect(sources.styles).toEqual(['.a{color:red}']);
    expect(sources.styleAttributes).toEqual(['--sl-icon-size: 1em;', '--w: 6em', 'a & b']);
  });

  test('hashes text the way browsers do (SHA-256 of the UTF-8 text, base64)', () => {
    // The empty string's well-known digest.
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('htmlWithCompletePolicy', () => {
  test('hashes exactly the inline code on the page, allows only the exact style attributes, and puts the policy first', () => {
    const html = htmlWithCompletePolicy(PAGE, 'index.html');
    const policy = parsePolicy(policyOf(html));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // 'sha256-known=' hashes no inline script of this page: it goes.
    expect(policy.get('script-src')).toEqual(["'self'", cspHash('window.early = 1;'), cspHash('{"prefetch":[]}'), cspHash('const s = \'<i style="not: markup">\';')]);
    expect(policy.get('style-src')).toEqual(["'self'", cspHash('.a{color:red}')]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-hashes'", cspHash('--sl-icon-size: 1em;'), cspHash('--w: 6em'), cspHash('a & b')]);
    const tags = openTags(html);
    expect(tags.findIndex(isPolicy)).toBeLessThan(tags.findIndex((t) => t.name === 'script'));
    expect(tags.filter(isPolicy)).toHaveLength(1);
  });

  test('finds the policy and the charset however their attributes are written (order, quotes, case)', () => {
    const page = `<!DOCTYPE html><HEAD><META CHARSET=utf-8><meta content="default-src 'self'" HTTP-EQUIV='Content-Security-Policy'><script>x()</script></HEAD>`;
    const html = htmlWithCompletePolicy(page, 'a.html');
    expect(html.startsWith(`<!DOCTYPE html><HEAD><META CHARSET=utf-8><meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${cspHash('x()')}`)).toBe(true);
    expect(openTags(html).filter(isPolicy)).toHaveLength(1);
  });

  test('forbids style attributes outright on a page that has none', () => {
    const html = htmlWithCompletePolicy(`<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self'"></head>`, 'a.html');
    expect(html).toContain(`style-src-attr 'none'`);
  });

  test('gives a redirect page without a policy the strictest one that still runs its scripts', () => {
    const redirect = '<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/new/"><script>location.replace("/new/" + location.hash)</script>';
    const html = htmlWithCompletePolicy(redirect, 'old/index.html');
    const policy = parsePolicy(policyOf(html));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    // 'self' for /_links/redirect.js, which keeps the #fragment; a hash for any inline script.
    expect(policy.get('script-src')).toEqual(["'self'", cspHash('location.replace("/new/" + location.hash)')]);
    expect(policy.get('connect-src') ?? []).toEqual([]);
    // No inline style: no style-src at all (an empty one is invalid), so default-src 'none' applies.
    expect(policy.has('style-src')).toBe(false);
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script'));
  });

  test('stops with the file name when a page has no policy to complete', () => {
    expect(() => htmlWithCompletePolicy('<head></head>', 'reference/x/index.html')).toThrow(MissingCspMetaError);
    expect(() => htmlWithCompletePolicy('<head></head>', 'reference/x/index.html')).toThrow(/reference\/x\/index\.html/);
  });
});
