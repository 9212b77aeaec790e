import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTags } from '../../src/html/open-tags.ts';
import { CHROMIUM_ARGS, findChromium } from '../../src/render/find-chromium.ts';
import { fenceProblem, fenceRequest, fenceToFigureHtml } from '../../src/render/mermaid-fences.ts';
import { renderDiagrams } from '../../src/render/render-mermaid.ts';
import { describeNuMessage, failures, nuCheck } from '../support/nu-checker.ts';

// A ```mermaid fence as an author could write it in a page, every label trying something.
const FENCE = [
  '%%{init: {"securityLevel": "loose", "themeCSS": ".node { fill: url(/css) }", "htmlLabels": true}}%%',
  'flowchart LR',
  '  accTitle: A hostile fence',
  '  accDescr: Labels that try to run code, fetch, or break the page',
  '  s["<script>alert(1)</script> script"]',
  '  i["<img src=/x> img"]',
  "  h[\"<b onmouseover=alert(1)>handler</b> and <i>kept</i><br>line two\"]",
  "  j[\"<a href='javascript:alert(1)'>js link</a>\"]",
  '  f["<iframe src=/frame></iframe> frame"]',
  '  c["</figure></body></html> closer"]',
  '  s --> i --> h --> j --> f --> c',
  '  click s href "javascript:alert(1)"',
  '  click i call alert(1)',
  '',
].join('\n');

/** The page a build makes around the fence's figure, as Astro would: text before and after. */
function page(figure: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile fence</title></head><body><main><p>Before.</p>${figure}<p>After.</p></main></body></html>`;
}

let server: Server;
let hits: string[] = [];
let html = '';

beforeAll(async () => {
  const request = fenceRequest('content/hostile.mdx', 1, FENCE);
  expect(fenceProblem(request)).toBeUndefined();
  const [rendered] = await renderDiagrams([request], { cacheDir: mkdtempSync(join(tmpdir(), 'diagram-cache-')) });
  html = page(fenceToFigureHtml(request, rendered.svg));
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(req.url === '/' ? html : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
}, 120_000);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a page with a hostile Mermaid fence', () => {
  test('keeps its structure: the figure sits between the paragraphs, with nothing that runs or fetches', () => {
    const tags = openTags(html);
    // Every element of <main>'s top level, in order.
    const top = tags.filter((t) => t.parents.map((p) => p.name).join('>') === 'html>body>main').map((t) => t.name);
    expect(top).toEqual(['p', 'figure', 'p']);
    expect(html.match(/<\/body>/g)).toHaveLength(1);
    expect(html.match(/<\/figure>/g)).toHaveLength(1);
    expect(tags.filter((t) => ['script', 'img', 'iframe', 'style', 'object', 'embed', 'link'].includes(t.name)).map((t) => t.name)).toEqual([]);
    expect(tags.flatMap((t) => Object.keys(t.attributes).filter((a) => a.startsWith('on')))).toEqual([]);
    expect(tags.flatMap((t) => Object.values(t.attributes)).filter((v) => /javascript:|url\((?!#)/i.test(v))).toEqual([]);
    // `click … href` leaves Mermaid's <a> around the node, but with no address: the one link is the caption's.
    const links = tags.filter((t) => t.name === 'a' && (t.attributes.href ?? t.attributes['xlink:href']) !== undefined);
    expect(links.map((t) => t.attributes.href)).toEqual(['#diagram-fence-hostile-1']);
  });

  test('shows each label as the text the author wrote, keeping only line breaks, bold and italics', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; script');
    expect(html).toContain('&lt;img src=/x&gt; img');
    // The closing </b> of an opener shown as text closes nothing, so the browser drops it.
    expect(html).toContain('&lt;b onmouseover=alert(1)&gt;handler and <i>kept</i><br/>line two');
    expect(html).toContain("&lt;a href='javascript:alert(1)'&gt;js link&lt;/a&gt;");
    expect(html).toContain('&lt;iframe src=/frame&gt;&lt;/iframe&gt; frame');
    expect(html).toContain('&lt;/figure&gt;&lt;/body&gt;&lt;/html&gt; closer');
  });

  test('makes no request when a browser opens it', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      tab.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
      hits = [];
      await tab.goto(`${origin}/`, { waitUntil: 'load' });
      for (const label of await tab.locator('foreignObject span').all()) await label.hover({ force: true });
      await fetch(`${origin}/after`);
      // /favicon.ico is the browser's own request for any page.
      expect(hits.filter((h) => h !== '/favicon.ico')).toEqual(['/', '/after']);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  test('passes the W3C Nu HTML Checker', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hostile-fence-')), 'index.html');
    writeFileSync(file, html);
    const problems = failures(await nuCheck([file])).map((m) => describeNuMessage(m, tmpdir()));
    expect(problems).toEqual([]);
  });
});
