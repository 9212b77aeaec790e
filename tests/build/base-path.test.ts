import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, formatLinkProblems } from '../../src/links/check-links.ts';
import { readDistSite } from '../../src/links/dist-site.ts';
import { SITE_URL } from '../../src/links/site-url.ts';
import { lostUrls, lostUrlsMessage, type UrlManifest } from '../../src/links/url-manifest.ts';
import { CHROMIUM_ARGS, findChromium } from '../../src/render/find-chromium.ts';
import { build, projectCopy, removeProjectCopies } from '../support/project-copy.ts';

// One build of the whole guide under a path, as a team's docs portal would serve it (BASE_PATH,
// docs/deploying.md), checked by the link checker and by a reader's walk through it.
const BASE = '/ml-guide/';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};

/** Serves dist/ under BASE only, as a host would, and notes every path it was asked for and each it had not. */
function serveUnderBase(dist: string, asked: string[], missing: string[]): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    asked.push(path);
    const file = path.startsWith(BASE) ? join(dist, path.slice(BASE.length), path.endsWith('/') ? 'index.html' : '') : undefined;
    const answer = file ? readFile(file) : Promise.reject(new Error('outside the base'));
    answer.then(
      (body) => response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file ?? '')] ?? 'application/octet-stream' }).end(body),
      () => {
        missing.push(path);
        response.writeHead(404).end('not found');
      },
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let dist = '';
let output = '';
let status: number | null = null;

beforeAll(() => {
  const dir = projectCopy({ inTree: true });
  ({ status, output } = build(dir, { ...process.env, BASE_PATH: BASE }));
  dist = join(dir, 'dist');
});

afterAll(removeProjectCopies);

describe(`the guide built with BASE_PATH=${BASE}`, () => {
  test('builds, and every internal link, asset and #fragment resolves under the base; no published URL is lost', async () => {
    expect(status, output).toBe(0);
    const site = await readDistSite(dist, BASE);
    const problems = checkLinks(site, new URL(SITE_URL).origin, BASE);
    expect(problems, `broken links:\n${formatLinkProblems(problems)}`).toEqual([]);
    const manifest: UrlManifest = JSON.parse(await readFile('src/links/url-manifest.json', 'utf8'));
    const lost = lostUrls(manifest, site);
    expect(lost, lostUrlsMessage(lost)).toEqual([]);
    // The host-level files name the served paths too.
    expect(await readFile(join(dist, '_redirects'), 'utf8')).toContain(`${BASE}stages/ ${BASE}pipeline/ 301`);
    expect(await readFile(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL(`${BASE}sitemap-index.xml`, SITE_URL).href}`);
  });

  describe('in a browser, served under the base only', () => {
    let server: Server;
    let browser: Browser;
    let page: Page;
    let origin = '';
    const asked: string[] = [];
    const elsewhere: string[] = [];
    const missing: string[] = [];
    const blocked: string[] = [];

    beforeAll(async () => {
      expect(status, output).toBe(0);
      server = await serveUnderBase(dist, asked, missing);
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
      page = await browser.newPage();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.origin !== origin) elsewhere.push(url.href);
      });
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) blocked.push(`${page.url()}: ${message.text()}`);
      });
    });

    afterAll(async () => {
      await browser?.close();
      server?.close();
    });

    /** GETs a URL of the page (a download) from the server, as a reader's click would. */
    const statusOf = async (href: string) => (await page.request.get(new URL(href, page.url()).href)).status();

    test('a reader goes from the start page to a stage, searches, opens a result, a diagram’s downloads and a print sheet, and nothing leaves the base', async () => {
      await page.goto(`${origin}${BASE}`);
      await page.getByRole('main').getByRole('link', { name: 'Data validation', exact: true }).first().click();
      await page.waitForURL(`${origin}${BASE}pipeline/data-validation/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Data validation');

      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('feature store');
      const result = page.getByRole('dialog').locator('.pagefind-ui__result-link').first();
      await result.waitFor();
      const href = (await result.getAttribute('href')) ?? '';
      expect(href.startsWith(BASE), href).toBe(true);
      await result.click();
      await page.waitForURL(`${origin}${href}`);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);

      await page.goto(`${origin}${BASE}pipeline/`);
      const figure = page.locator('figure.diagram').first();
      const downloads = await figure.locator('.diagram-downloads a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(downloads.length).toBeGreaterThan(0);
      await figure.getByText('Use in your docs').click();
      const snippets = (await figure.locator('pre.diagram-snippet').allTextContents()).join('\n');
      const snippetPaths = [...snippets.matchAll(/https?:\/\/[^\s)"',]+/g)].map((m) => new URL(m[0]).pathname + new URL(m[0]).search);
      expect(snippetPaths.length).toBeGreaterThan(0);
      for (const path of [...downloads, ...snippetPaths.map((p) => p.split('#')[0] ?? p)]) {
        expect(path.startsWith(BASE), path).toBe(true);
        expect(await statusOf(path), path).toBe(200);
      }

      await page.goto(`${origin}${BASE}reference/print/`);
      await page.getByRole('main').getByRole('link', { name: 'Tools by stage' }).first().click();
      await page.waitForURL(`${origin}${BASE}reference/print/tools-by-stage/`);
      const pdfs = await page.locator('a[href$=".pdf"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(pdfs.length).toBeGreaterThan(0);
      for (const pdf of pdfs) expect(await statusOf(pdf), pdf).toBe(200);

      expect(asked.filter((path) => !path.startsWith(BASE))).toEqual([]);
      expect(elsewhere).toEqual([]);
      expect(missing).toEqual([]);
      expect(blocked).toEqual([]);
    });
  });
});
