import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildNode, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { EXAMPLES } from '../../src/examples/catalog.ts';
import { openTags } from '../../src/html/open-tags.ts';
import { builtSitemapPaths } from '../../src/links/sitemap-paths.ts';
import { htmlToInlineSources } from '../../src/security/inline-sources.ts';

// What every page of the sitemap holds in its HTML as built, read from dist/ without a browser:
// these checks were once part of the browser specs, which loaded every page for them. What needs
// a browser (layout, computed styles, axe, what the page fetches and runs) is tests/e2e/sweep.spec.ts.

const { findAll, findOne, getAttributeValue, textContent } = DomUtils;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

if (!existsSync('dist/index.html')) throw new Error('No dist/: run `npm run build` before these checks.');
const PAGES = builtSitemapPaths('dist').map((path) => {
  const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
  return { path, html, doc: parseDocument(html) };
});
type Page = (typeof PAGES)[number];

const byLabel = (page: Page, label: string) => findOne((e) => e.name === 'nav' && getAttributeValue(e, 'aria-label') === label, page.doc.children);

describe('privacy: what a page makes the browser fetch', () => {
  // Attributes that load something without a click; links a reader may follow are not loads.
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
  const PAGE_ORIGIN = 'https://field-guide.invalid';

  function loadsOf(html: string): { tag: string; url: string }[] {
    return openTags(html)
      .filter((t) => t.name !== 'link' || (t.attributes.rel ?? '').toLowerCase().split(/\s+/).some((rel) => FETCHING_RELS.has(rel)))
      .flatMap((t) => (LOADING_ATTRIBUTES[t.name] ?? []).flatMap((attr) => (t.attributes[attr] ? [{ tag: t.name, url: t.attributes[attr] }] : [])));
  }

  function leavesSite(reference: string, pageUrl: string): boolean {
    const first = reference.trim().split(/\s+/)[0];
    if (/^(data|blob):/i.test(first) || first.startsWith('#')) return false;
    return new URL(first, pageUrl).origin !== PAGE_ORIGIN;
  }

  test.each(PAGES.map((p) => [p.path, p] as const))('%s and its stylesheets load nothing from another origin (no fonts, scripts or analytics)', (path, page) => {
    const pageUrl = new URL(path, PAGE_ORIGIN).href;
    const loads = loadsOf(page.html);
    expect(loads.length).toBeGreaterThan(0);
    expect(loads.filter((l) => leavesSite(l.url, pageUrl))).toEqual([]);

    const stylesheets = loads.filter((l) => l.tag === 'link' && /\.css(\?|$)/.test(l.url));
    const sheets = [
      ...htmlToInlineSources(page.html).styles,
      ...stylesheets.map((s) => readFileSync(join('dist', new URL(s.url, pageUrl).pathname), 'utf8')),
    ];
    const cssLoads = sheets.flatMap((css) => [...css.matchAll(LOADED_BY_CSS)].map((m) => m[1] ?? m[2]));
    expect(cssLoads.filter((u) => leavesSite(u, pageUrl))).toEqual([]);
  });
});

describe('the Content-Security-Policy in every page', () => {
  test('allows scripts from the site and by hash only: no unsafe-inline, no unsafe-eval', () => {
    const weak = PAGES.flatMap(({ path, doc }) => {
      const meta = findOne((e) => e.name === 'meta' && getAttributeValue(e, 'http-equiv')?.toLowerCase() === 'content-security-policy', doc.children);
      const scriptSrc = ((meta && getAttributeValue(meta, 'content')) ?? '').split(';').find((d) => d.trim().startsWith('script-src ')) ?? '';
      return scriptSrc.includes("'self'") && !/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc) ? [] : [`${path}: script-src "${scriptSrc.trim()}"`];
    });
    expect(weak).toEqual([]);
  });
});

describe('On this page', () => {
  test('lists every h2 of every page that has it', () => {
    const missing: string[] = [];
    let withContents = 0;
    for (const page of PAGES) {
      // Pages whose frontmatter turns the contents off (the landing page, the interactive pages, the sheets) have none.
      const contents = findOne((e) => e.name === 'nav' && getAttributeValue(e, 'aria-labelledby') === 'starlight__on-this-page', page.doc.children);
      if (contents === null) continue;
      withContents += 1;
      const listed = new Set(findAll((e) => e.name === 'a', contents.children).map((a) => decodeURIComponent((getAttributeValue(a, 'href') ?? '').replace(/^#/, ''))));
      const main = findOne((e) => e.name === 'main', page.doc.children);
      const headings = findAll((e) => e.name === 'h2' && (getAttributeValue(e, 'id') ?? '') !== '' && !(getAttributeValue(e, 'id') ?? '').startsWith('starlight__'), main?.children ?? []);
      for (const h of headings.filter((h) => !listed.has(getAttributeValue(h, 'id') ?? ''))) missing.push(`${page.path}#${getAttributeValue(h, 'id')} "${oneLine(textContent(h))}"`);
    }
    expect(withContents, 'pages with "On this page"').toBeGreaterThan(PAGES.length / 2);
    expect(missing, 'h2 headings missing from "On this page"').toEqual([]);
  });
});

describe('navigation', () => {
  /** A top-level entry of a sidebar: its label, the pathnames of its links top to bottom, and whether it holds the current page. */
  interface Section {
    label: string;
    links: string[];
    current: boolean;
    /** Whether it shows as a group (a <details>) rather than a single link. */
    group: boolean;
  }

  const hrefsIn = (page: Page, nodes: ChildNode[]) =>
    findAll((e) => e.name === 'a' && getAttributeValue(e, 'href') !== undefined, nodes).map((a) => new URL(getAttributeValue(a, 'href') ?? '', `https://x${page.path}`).pathname);

  /** Pathnames of the sidebar's links, top to bottom, its sections, and the labels of groups that hold no link; null without a sidebar (the splash landing page). */
  function sidebarOf(page: Page): { links: string[]; sections: Section[]; emptyGroups: string[] } | null {
    const nav = byLabel(page, 'Main');
    if (nav === null) return null;
    const top = findOne((e) => e.name === 'ul' && (getAttributeValue(e, 'class') ?? '').split(' ').includes('top-level'), nav.children);
    const sections = (top?.children ?? []).filter((c): c is Element => c.type === 'tag' && c.name === 'li').map((li) => ({
      label: oneLine(textContent(findOne((e) => e.name === 'summary', li.children) ?? li)),
      links: hrefsIn(page, li.children),
      current: findOne((e) => getAttributeValue(e, 'aria-current') === 'page', li.children) !== null,
      group: findOne((e) => e.name === 'details', li.children) !== null,
    }));
    return {
      links: hrefsIn(page, nav.children),
      sections,
      emptyGroups: findAll((e) => e.name === 'details', nav.children)
        .filter((group) => findOne((e) => e.name === 'a' && getAttributeValue(e, 'href') !== undefined, group.children) === null)
        .map((group) => {
          const summary = findOne((e) => e.name === 'summary', group.children);
          return summary ? oneLine(textContent(summary)) : '(a group without a label)';
        }),
    };
  }

  /** Where a page's previous or next link goes and the title it shows, or null when it has none. */
  function paginationTarget(page: Page, rel: 'prev' | 'next'): { path: string; title: string } | null {
    const links = findOne((e) => e.name === 'div' && (getAttributeValue(e, 'class') ?? '').split(' ').includes('pagination-links'), page.doc.children);
    const link = links && findOne((e) => e.name === 'a' && getAttributeValue(e, 'rel') === rel, links.children);
    if (!link) return null;
    const title = findOne((e) => (getAttributeValue(e, 'class') ?? '').split(' ').includes('link-title'), link.children);
    return { path: new URL(getAttributeValue(link, 'href') ?? '', `https://x${page.path}`).pathname, title: title ? oneLine(textContent(title)) : '' };
  }

  const paths = PAGES.map((p) => p.path);

  const sidebars = new Map(PAGES.map((p) => [p.path, sidebarOf(p)]));

  test("every page's sidebar shows its own section in full, and every other section that has an overview as one link to it", () => {
    const wrong: string[] = [];
    let sidebarsSeen = 0;
    let compacted = 0;
    for (const page of PAGES) {
      const sidebar = sidebars.get(page.path);
      if (!sidebar) continue;
      sidebarsSeen += 1;
      if (!sidebar.links.includes(page.path)) wrong.push(`${page.path}: its own sidebar does not list it`);
      for (const section of sidebar.sections.filter((s) => !s.current)) {
        // An overview: the first page, whose path holds every other page of the section.
        const [first, ...others] = section.links;
        const hasOverview = others.length > 0 && others.every((p) => p.startsWith(first) && p !== first);
        if (hasOverview) wrong.push(`${page.path}: "${section.label}" shows ${section.links.length} links, not one to ${first}`);
        if (!section.group && section.links.length === 1) compacted += 1;
      }
    }
    expect(sidebarsSeen, 'pages that show a sidebar').toBeGreaterThan(PAGES.length / 2);
    expect(compacted, 'sections shown as one link').toBeGreaterThan(sidebarsSeen * 3);
    expect(wrong).toEqual([]);
  });

  test("Starlight's sidebar-state scripts are on a page exactly when its sidebar has a group that shows closed", () => {
    const wrong: string[] = [];
    for (const page of PAGES) {
      const nav = byLabel(page, 'Main');
      if (nav === null) continue;
      const closed = findAll((e) => e.name === 'details' && getAttributeValue(e, 'open') === undefined, nav.children).length > 0;
      const scripts = findAll((e) => e.name === 'script' && textContent(e).includes('sl-sidebar-state'), page.doc.children).length;
      if (closed !== scripts > 0) wrong.push(`${page.path}: ${closed ? 'a closed group' : 'no closed group'}, ${scripts} sidebar-state scripts`);
    }
    expect(wrong).toEqual([]);
  });

  test('every page in the sitemap is two steps from the sidebar of every page (a link, then its sidebar), and no group is empty', () => {
    const missing = new Map<string, string[]>();
    const empty = new Map<string, string[]>();
    for (const page of PAGES) {
      const sidebar = sidebars.get(page.path);
      if (!sidebar) continue;
      const reached = new Set([...sidebar.links, ...sidebar.links.flatMap((p) => sidebars.get(p)?.links ?? [])]);
      for (const target of paths.filter((p) => !reached.has(p))) missing.set(target, [...(missing.get(target) ?? []), page.path]);
      for (const label of sidebar.emptyGroups) empty.set(label, [...(empty.get(label) ?? []), page.path]);
    }
    const report = (m: Map<string, string[]>) => [...m].map(([what, on]) => `${what} (on ${on.length} pages, e.g. ${on[0]})`);
    expect.soft(report(missing), 'pages the sidebar cannot reach in two steps').toEqual([]);
    expect.soft(report(empty), 'empty sidebar groups').toEqual([]);
  });

  test('previous and next walk the whole sidebar in its order, through every page of the sitemap, naming each page by its title', () => {
    const pages = new Map(PAGES.map((p) => [p.path, p]));
    const sidebar = sidebars.get('/pipeline/');
    expect(sidebar, 'the sidebar of /pipeline/').toBeTruthy();
    const order = sidebar?.links ?? [];

    const walked: string[] = [];
    const wrongPrevious: string[] = [];
    const wrongTitles: string[] = [];
    let next: { path: string; title: string } | null = { path: order[0], title: '' };
    while (next !== null && !walked.includes(next.path)) {
      const page = pages.get(next.path);
      if (page === undefined) {
        wrongTitles.push(`${walked.at(-1)}: Next goes to ${next.path}, which is not in the sitemap`);
        break;
      }
      const h1 = findOne((e) => e.name === 'h1', page.doc.children);
      const heading = h1 ? oneLine(textContent(h1)) : '';
      // The link that led here names this page as its heading does ("Next: Overview" from the landing page did not).
      if (walked.length > 0 && next.title !== heading) wrongTitles.push(`${walked.at(-1)}: Next says "${next.title}", ${next.path} is "${heading}"`);
      const previous = paginationTarget(page, 'prev')?.path ?? null;
      const expected = walked.at(-1) ?? null;
      if (previous !== expected) wrongPrevious.push(`${next.path}: Previous goes to ${previous ?? 'nowhere'}, not ${expected ?? 'nowhere'}`);
      walked.push(next.path);
      next = paginationTarget(page, 'next');
    }
    // Each page's sidebar lists its links in reading order: the walk meets them in the same order
    // (a link listed twice, e.g. a catalogue filtered by category, is one stop).
    const outOfOrder = PAGES.flatMap((page) => {
      const listed = [...new Set(sidebars.get(page.path)?.links ?? [])];
      const met = listed.filter((p) => walked.includes(p)).sort((a, b) => walked.indexOf(a) - walked.indexOf(b));
      return met.join(' ') === listed.join(' ') ? [] : [`${page.path}: its sidebar lists ${listed.join(' ')}; Next walks ${met.join(' ')}`];
    });
    expect.soft(outOfOrder, "sidebars whose order is not the walk's").toEqual([]);
    expect.soft(new Set(walked).size, 'pages walked once each').toBe(walked.length);
    expect.soft(wrongPrevious, 'Previous links that do not go back one step').toEqual([]);
    expect.soft(wrongTitles, 'Next links that do not name the page they lead to').toEqual([]);
    expect.soft(paths.filter((p) => !walked.includes(p)), 'pages in the sitemap that previous/next never reach').toEqual([]);
  });
});

describe('how an example is checked, as its page says it', () => {
  const checks = (page: Page) =>
    findAll((e) => e.name === 'p' && (getAttributeValue(e, 'class') ?? '').split(' ').includes('example-check'), page.doc.children).map((e) => oneLine(textContent(e)));
  const compiled = Object.entries(EXAMPLES).filter(([, entry]) => entry.check === 'compiled');

  test.each(compiled)('%s: its page says what runs it with a stand-in, and on which data', (file, entry) => {
    if (entry.check !== 'compiled') throw new Error('unreachable');
    // A tool page's excerpt names the file too; the page that shows the example says how it is checked.
    const showing = PAGES.filter((page) => page.html.includes(`examples/${file}`) && checks(page).length > 0);
    expect(showing, `no page shows examples/${file}`).toHaveLength(1);
    const said = checks(showing[0]).join('\n');
    expect(said).toContain(`Written for ${entry.writtenFor}`);
    expect(said).not.toContain('Compiled, not run');
    expect(said).toContain('standInData' in entry ? 'on small data the test makes' : "on the guide's sample data");
  });
});
