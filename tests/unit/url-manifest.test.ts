import { describe, expect, test } from 'vitest';
import type { DistSite } from '../../src/links/dist-site.ts';
import { htmlToPageFacts } from '../../src/links/html-facts.ts';
import { distToManifest, forgetUrls, lostUrls, lostUrlsMessage, mergeManifest, newUrls } from '../../src/links/url-manifest.ts';

function site(pages: Record<string, string>): DistSite {
  return { pages: new Map(Object.entries(pages).map(([p, html]) => [p, htmlToPageFacts(html)])), files: new Set() };
}

const content = (inner: string) => `<div class="sl-markdown-content">${inner}</div>`;
const redirect = (to: string) => `<meta name="robots" content="noindex"><script data-redirect-to="${to}"></script>`;

describe('lostUrls', () => {
  test('names a page that disappeared and an anchor that disappeared', () => {
    const manifest = { '/a/': ['kept', 'removed'], '/gone/': [] };
    expect(lostUrls(manifest, site({ '/a/': content('<h2 id="kept">K</h2>') }))).toEqual(['/a/#removed', '/gone/']);
  });

  test('accepts a page served by a redirect whose target still has the anchors', () => {
    const manifest = { '/stages/': [], '/pipeline/': ['what-each-stage-is-for'] };
    const built = site({ '/stages/': redirect('/pipeline/'), '/pipeline/': content('<h2 id="what-each-stage-is-for">W</h2>') });
    expect(lostUrls(manifest, built)).toEqual([]);
  });

  test('accepts a renamed heading when its anchor alias is recorded (src/links/redirects.ts)', () => {
    // ANCHOR_ALIASES maps /pipeline/#stages to #what-each-stage-is-for.
    const built = site({ '/pipeline/': content('<h2 id="what-each-stage-is-for">W</h2>') });
    expect(lostUrls({ '/pipeline/': ['stages'] }, built)).toEqual([]);
    expect(lostUrls({ '/pipeline/': ['stages'] }, site({ '/pipeline/': '' }))).toEqual(['/pipeline/#stages']);
  });

  test('accepts an anchor whose part of the page moved, when the page it moved to has it (ANCHOR_MOVES)', () => {
    // ANCHOR_MOVES sends /patterns/#diagram-pattern-map-reproducibility to /patterns/maps/.
    const manifest = { '/patterns/': ['diagram-pattern-map-reproducibility'] };
    const moved = site({ '/patterns/': content(''), '/patterns/maps/': content('<figure id="diagram-pattern-map-reproducibility"></figure>') });
    expect(lostUrls(manifest, moved)).toEqual([]);
    const missing = site({ '/patterns/': content(''), '/patterns/maps/': content('') });
    expect(lostUrls(manifest, missing)).toEqual(['/patterns/#diagram-pattern-map-reproducibility']);
  });

  test('explains both fixes and the update command', () => {
    const message = lostUrlsMessage(['/gone/']);
    expect(message).toContain('  - /gone/');
    expect(message).toContain('src/links/redirects.ts');
    expect(message).toContain('npm run urls:update -- --forget <url>');
  });
});

describe('distToManifest, newUrls and mergeManifest', () => {
  const built = site({ '/': content('<h2 id="b">B</h2><h2 id="a">A</h2>'), '/404.html': '', '/new/': '' });

  test('lists pages with sorted anchors and leaves out error pages', () => {
    expect(distToManifest(built)).toEqual({ '/': ['a', 'b'], '/new/': [] });
  });

  test('reports additions without treating them as losses', () => {
    expect(newUrls({ '/': ['a'] }, built)).toEqual(['/#b', '/new/']);
    expect(lostUrls({ '/': ['a'] }, built)).toEqual([]);
  });

  test('keeps every old URL when merging, so a redirect stays guarded', () => {
    expect(mergeManifest({ '/old/': ['x'], '/': ['a'] }, built)).toEqual({ '/': ['a', 'b'], '/new/': [], '/old/': ['x'] });
  });
});

describe('forgetUrls', () => {
  test('drops a whole page or one anchor, and reports URLs it does not know', () => {
    const { manifest, unknown } = forgetUrls({ '/a/': ['x', 'y'], '/b/': [] }, ['/a/#x', '/b/', '/c/', '/a/#z']);
    expect(manifest).toEqual({ '/a/': ['y'] });
    expect(unknown).toEqual(['/c/', '/a/#z']);
  });
});
