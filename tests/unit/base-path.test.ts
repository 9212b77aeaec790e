import { describe, expect, test } from 'vitest';
import { basePathFromEnv, withBase, withoutBase } from '../../src/links/base-path.ts';
import { htmlWithBase } from '../../src/links/base-path-html.ts';
import { checkLinks, formatLinkProblems } from '../../src/links/check-links.ts';
import type { DistSite } from '../../src/links/dist-site.ts';
import { htmlToPageFacts } from '../../src/links/html-facts.ts';
import { redirectsToHostFile } from '../../src/links/redirects.ts';
import { speculationRules } from '../../src/links/speculation-rules.ts';

describe('basePathFromEnv', () => {
  test('is the root of the host when BASE_PATH is unset, empty or a slash', () => {
    expect(basePathFromEnv({})).toBe('/');
    expect(basePathFromEnv({ BASE_PATH: ' ' })).toBe('/');
    expect(basePathFromEnv({ BASE_PATH: '//' })).toBe('/');
  });

  test('gives the path one slash at each end, however it was written', () => {
    for (const value of ['/ml-guide/', 'ml-guide', '/ml-guide', 'ml-guide/', '//ml-guide//']) expect(basePathFromEnv({ BASE_PATH: value })).toBe('/ml-guide/');
    expect(basePathFromEnv({ BASE_PATH: 'docs/ml-guide' })).toBe('/docs/ml-guide/');
  });

  test('stops the build on a value that is not a path, naming the variable, the value and an example', () => {
    for (const value of ['https://example.org/ml-guide/', '/ml guide/', '/ml-guide/?x=1', '/a/../b/', '/ml-guide/#top']) {
      expect(() => basePathFromEnv({ BASE_PATH: value }), value).toThrow(`BASE_PATH: "${value}" is not a path`);
    }
    expect(() => basePathFromEnv({ BASE_PATH: 'https://example.org/' })).toThrow('e.g. BASE_PATH=/ml-guide/');
  });
});

describe('withBase and withoutBase', () => {
  test('move a root-relative path under the base and back', () => {
    expect(withBase('/pipeline/#stage-data-validation', '/ml-guide/')).toBe('/ml-guide/pipeline/#stage-data-validation');
    expect(withBase('/', '/ml-guide/')).toBe('/ml-guide/');
    expect(withoutBase('/ml-guide/pipeline/', '/ml-guide/')).toBe('/pipeline/');
    expect(withoutBase('/ml-guide/', '/ml-guide/')).toBe('/');
    expect(withoutBase('/ml-guide', '/ml-guide/')).toBe('/');
  });

  test('leave relative, protocol-relative and absolute URLs, and everything at the root, alone', () => {
    for (const url of ['../x/', '#top', '//cdn.example/x.js', 'https://example.org/x/']) expect(withBase(url, '/ml-guide/')).toBe(url);
    expect(withBase('/pipeline/', '/')).toBe('/pipeline/');
    expect(withoutBase('/pipeline/', '/ml-guide/')).toBe('/pipeline/');
  });
});

describe('htmlWithBase', () => {
  test('moves root-relative URLs of every URL attribute under the base', () => {
    const html =
      '<a href="/pipeline/#x">p</a><img src="/og/a.png" srcset="/diagrams/a@2x.png 2x, /diagrams/a.png 1x"><form action="/search/"></form>' +
      "<svg><a xlink:href='/tools/'>t</a><a href=/patterns/>u</a></svg>";
    expect(htmlWithBase(html, '/ml-guide/')).toBe(
      '<a href="/ml-guide/pipeline/#x">p</a><img src="/ml-guide/og/a.png" srcset="/ml-guide/diagrams/a@2x.png 2x, /ml-guide/diagrams/a.png 1x"><form action="/ml-guide/search/"></form>' +
        "<svg><a xlink:href='/ml-guide/tools/'>t</a><a href=/ml-guide/patterns/>u</a></svg>",
    );
  });

  test('keeps what Astro and Starlight already put under the base, and relative, external and fragment links', () => {
    const html = '<link rel="stylesheet" href="/ml-guide/_astro/a.css"><a href="/ml-guide">home</a><a href="../x/">r</a><a href="https://example.org/">e</a><a href="#top">t</a><script src="//cdn.example/x.js"></script>';
    expect(htmlWithBase(html, '/ml-guide/')).toBe(html);
  });

  test('leaves text, code, scripts and other attributes as they are', () => {
    const html =
      '<p title="/pipeline/">see <code>href="/pipeline/"</code></p><script>location.href = "/pipeline/";</script><a data-x="/y/" href="/z/">z</a>';
    expect(htmlWithBase(html, '/ml-guide/')).toBe(
      '<p title="/pipeline/">see <code>href="/pipeline/"</code></p><script>location.href = "/pipeline/";</script><a data-x="/y/" href="/ml-guide/z/">z</a>',
    );
  });

  test('changes nothing at the root of the host', () => {
    const html = '<a href="/pipeline/">p</a>';
    expect(htmlWithBase(html, '/')).toBe(html);
  });
});

describe('under a base path', () => {
  const site = (pages: Record<string, string>): DistSite => ({
    pages: new Map(Object.entries(pages).map(([path, html]) => [path, htmlToPageFacts(html)])),
    files: new Set(Object.keys(pages).map((p) => `${p}index.html`)),
  });

  test('the link checker resolves links under the base and names those outside it', () => {
    const built = site({ '/': '<a href="/ml-guide/pipeline/#what">p</a><a href="/pipeline/">root</a><a href="https://guide.example/ml-guide/#top">abs</a><h1 id="top">T</h1>', '/pipeline/': '<h2 id="what">W</h2><a href="../">up</a>' });
    expect(formatLinkProblems(checkLinks(built, 'https://guide.example', '/ml-guide/'))).toBe('/: a[href] "/pipeline/" is outside the base path /ml-guide/');
  });

  test('_redirects and the speculation rules name the served paths', () => {
    expect(redirectsToHostFile([{ from: '/stages/', to: '/pipeline/', reason: 'r' }], '/ml-guide/').split('\n').slice(1, 3)).toEqual([
      '/ml-guide/stages/ /ml-guide/pipeline/ 301',
      '/ml-guide/stages /ml-guide/pipeline/ 301',
    ]);
    expect(JSON.stringify(speculationRules('/ml-guide/'))).toContain('{"or":[{"href_matches":"/ml-guide/"},{"href_matches":"/ml-guide/*/"}]}');
  });
});
