import { describe, expect, test } from 'vitest';
import { aliasedHash, movedAnchorPage } from '../../src/islands/link-tools.ts';
import { pageAnchorRedirectsJson } from '../../src/links/page-anchor-redirects.ts';
import { redirectToHtml, REDIRECT_SCRIPT_PATH, robotsTxt } from '../../src/links/redirect-page.ts';
import { ANCHOR_ALIASES, ANCHOR_MOVES, anchorAliasesFor, anchorMovesFor, REDIRECTS, redirectsToAstro, redirectsToHostFile } from '../../src/links/redirects.ts';

describe('REDIRECTS', () => {
  test('never chains: no target is itself a moved URL, and no URL moves twice', () => {
    const from = REDIRECTS.map((r) => r.from);
    expect(new Set(from).size).toBe(from.length);
    for (const r of REDIRECTS) expect(from).not.toContain(r.to);
  });

  test('an anchor moves to another page, never to the page it is on, nor to a moved URL', () => {
    const from = REDIRECTS.map((r) => r.from);
    for (const [page, moves] of Object.entries(ANCHOR_MOVES)) {
      expect(Object.keys(moves).length).toBeGreaterThan(0);
      for (const to of Object.values(moves)) {
        expect(to).not.toBe(page);
        expect(from).not.toContain(to);
      }
    }
  });

  test('every anchor alias points to a different id', () => {
    for (const aliases of Object.values(ANCHOR_ALIASES)) for (const [old, now] of Object.entries(aliases)) expect(old).not.toBe(now);
  });
});

describe('redirectsToAstro and redirectsToHostFile', () => {
  const list = [{ from: '/old/', to: '/new/', reason: 'test' }] as const;

  test('gives Astro a from → to map', () => {
    expect(redirectsToAstro(list)).toEqual({ '/old/': '/new/' });
  });

  test('writes a _redirects line for both spellings of the old path', () => {
    expect(redirectsToHostFile(list).split('\n').slice(1)).toEqual(['/old/ /new/ 301', '/old /new/ 301', '']);
  });
});

describe('redirectToHtml', () => {
  const html = redirectToHtml({ from: '/old/', to: '/new/' }, 'https://guide.example');

  test('runs the fragment-keeping script before any refresh, and refreshes only without JavaScript', () => {
    const script = html.indexOf(`<script src="${REDIRECT_SCRIPT_PATH}" data-redirect-to="/new/">`);
    expect(script).toBeGreaterThan(0);
    expect(html).toMatch(/<noscript><meta http-equiv="refresh" content="0; url=\/new\/"><\/noscript>/);
    expect(html.match(/http-equiv="refresh"/g)).toHaveLength(1);
  });

  test('is not indexed and names the canonical target', () => {
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<link rel="canonical" href="https://guide.example/new/">');
  });
});

describe('robotsTxt', () => {
  test('allows everything and names the sitemap at the public URL', () => {
    expect(robotsTxt('https://guide.example/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://guide.example/sitemap-index.xml\n');
  });
});

describe('aliasedHash', () => {
  const exists = (id: string) => id === 'what-each-stage-is-for';

  test('moves a recorded old anchor to its new id', () => {
    expect(aliasedHash(anchorAliasesFor('/pipeline/'), '#stages', exists)).toBe('what-each-stage-is-for');
  });

  test('leaves existing, unknown and empty anchors alone', () => {
    expect(aliasedHash(anchorAliasesFor('/pipeline/'), '#what-each-stage-is-for', exists)).toBeUndefined();
    expect(aliasedHash(anchorAliasesFor('/pipeline/'), '#nothing', exists)).toBeUndefined();
    expect(aliasedHash(anchorAliasesFor('/pipeline/'), '', exists)).toBeUndefined();
    expect(aliasedHash(anchorAliasesFor('/other/'), '#stages', exists)).toBeUndefined();
  });
});

describe('pageAnchorRedirectsJson', () => {
  test('gives a page its own renamed and moved anchors, and nothing to a page without any', () => {
    expect(JSON.parse(pageAnchorRedirectsJson('/patterns/') ?? '{}').moves['diagram-pattern-map-reproducibility']).toBe('/patterns/maps/');
    expect(JSON.parse(pageAnchorRedirectsJson('/pipeline/') ?? '{}').aliases.stages).toBe('what-each-stage-is-for');
    expect(pageAnchorRedirectsJson('/framing/')).toBeUndefined();
  });
});

describe('movedAnchorPage', () => {
  const nothingHere = () => false;

  test('names the page a moved anchor lives on now', () => {
    expect(movedAnchorPage(anchorMovesFor('/patterns/'), '#diagram-pattern-map-reproducibility', nothingHere)).toBe('/patterns/maps/');
    expect(movedAnchorPage(anchorMovesFor('/patterns/'), '#diagram-pattern-map-title', nothingHere)).toBe('/patterns/maps/');
  });

  test('leaves an anchor that is on the page, an unknown one and an empty hash alone', () => {
    expect(movedAnchorPage(anchorMovesFor('/patterns/'), '#diagram-pattern-map', () => true)).toBeUndefined();
    expect(movedAnchorPage(anchorMovesFor('/patterns/'), '#every-pattern', nothingHere)).toBeUndefined();
    expect(movedAnchorPage(anchorMovesFor('/patterns/'), '', nothingHere)).toBeUndefined();
    expect(movedAnchorPage(anchorMovesFor('/tools/'), '#diagram-pattern-map', nothingHere)).toBeUndefined();
  });
});
