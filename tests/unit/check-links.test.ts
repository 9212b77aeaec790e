import { describe, expect, test } from 'vitest';
import { checkLinks, formatLinkProblems } from '../../src/links/check-links.ts';
import type { DistSite } from '../../src/links/dist-site.ts';
import { htmlToPageFacts } from '../../src/links/html-facts.ts';

const ORIGIN = 'https://guide.example';

/** A tiny built site: page path → HTML, plus asset files. */
function site(pages: Record<string, string>, assets: string[] = []): DistSite {
  const map = new Map(Object.entries(pages).map(([path, html]) => [path, htmlToPageFacts(html)]));
  const files = Object.keys(pages).map((p) => (p.endsWith('/') ? `${p}index.html` : p));
  return { pages: map, files: new Set([...files, ...assets]) };
}

describe('checkLinks', () => {
  test('accepts links to pages, ids, assets and other sites', () => {
    const problems = checkLinks(
      site(
        {
          '/': '<a href="/pipeline/#what">x</a><a href="#top">t</a><h1 id="top">T</h1><link rel="stylesheet" href="/_astro/a.css"><a href="https://example.org/nope/">e</a><a href="mailto:a@b.c">m</a>',
          '/pipeline/': '<h2 id="what">What</h2><a href="../">up</a><a href="https://guide.example/#top">abs</a>',
        },
        ['/_astro/a.css'],
      ),
      ORIGIN,
    );
    expect(problems).toEqual([]);
  });

  test('names the page, the link and why for a missing page, a missing id and a missing asset', () => {
    const problems = checkLinks(
      site({ '/': '<a href="/gone/">g</a><a href="/pipeline/#nope">n</a><img src="/og/x.png"><a href="#self-missing">s</a>', '/pipeline/': '<h2 id="what">W</h2>' }),
      ORIGIN,
    );
    expect(formatLinkProblems(problems)).toBe(
      [
        '/: a[href] "/gone/" points to /gone/, which is not in the built site',
        '/: img[src] "/og/x.png" points to /og/x.png, which is not in the built site',
        '/: a[href] "/pipeline/#nope" points to #nope, which is not an id on /pipeline/',
        '/: a[href] "#self-missing" points to #self-missing, which is not an id on /',
      ].join('\n'),
    );
  });

  test('asks for the trailing slash the site uses', () => {
    const [problem] = checkLinks(site({ '/': '<a href="/pipeline">p</a>', '/pipeline/': '' }), ORIGIN);
    expect(problem?.problem).toMatch(/use \/pipeline\/ /);
  });

  test('checks absolute links to the site itself, such as og:image', () => {
    const problems = checkLinks(site({ '/': '<meta property="og:image" content="https://guide.example/og/index.png">' }), ORIGIN);
    expect(problems.map((p) => p.where)).toEqual(['meta[og:image]']);
  });

  test('tolerates only the 404 page pointing at its own /404/ canonical', () => {
    const html = '<link rel="canonical" href="https://guide.example/404/"><a href="/404/">x</a>';
    const problems = checkLinks(site({ '/404.html': html }), ORIGIN);
    expect(problems.map((p) => p.where)).toEqual(['a[href]']);
  });
});

describe('htmlToPageFacts', () => {
  test('keeps content headings, entity ids and diagram figures as anchors, not SVG internals or chrome', () => {
    const facts = htmlToPageFacts(
      '<nav><h2 id="on-this-page">On this page</h2></nav><div class="sl-markdown-content"><h2 id="why">Why</h2><h3 id="how">How</h3><p id="para">p</p>' +
        '<figure class="diagram" id="diagram-pipeline-flow"><svg id="diagram-svg-x"><g id="diagram-svg-x-edge"></g></svg></figure></div><section id="stage-data-validation"></section>',
    );
    expect(facts.anchors).toEqual(['why', 'how', 'diagram-pipeline-flow', 'stage-data-validation']);
    expect(facts.ids.has('diagram-svg-x-edge')).toBe(true);
  });

  test('recognises a redirect page and its target', () => {
    const facts = htmlToPageFacts('<meta name="robots" content="noindex"><script src="/r.js" data-redirect-to="/pipeline/"></script>');
    expect(facts.redirectTo).toBe('/pipeline/');
    expect(htmlToPageFacts('<script data-redirect-to="/x/"></script>').redirectTo).toBeUndefined();
  });
});
