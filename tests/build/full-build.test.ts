import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { elementsWhere } from '../../src/html/open-tags.ts';
import { withBase } from '../../src/links/base-path.ts';
import { checkLinks, formatLinkProblems } from '../../src/links/check-links.ts';
import { readDistSite } from '../../src/links/dist-site.ts';
import { LOCAL_SITE_URL } from '../../src/links/site-url.ts';
import { lostUrls, type UrlManifest } from '../../src/links/url-manifest.ts';
import { model, STAGE_IDS, stageHref, TOOL_IDS, toolHref } from '../../src/model/index.ts';
import { sheetToPath, sheetToPdfPath } from '../../src/model/data/print-sheets.ts';
import { CHROMIUM_ARGS, findChromium } from '../../src/render/find-chromium.ts';
import { loadTeam } from '../../src/team/team-file.ts';
import { isInTeamStack, teamStack, teamStagesOfTool, teamToolsInStage } from '../../src/team/team-queries.ts';
import { build, projectWith, removeProjectCopies } from '../support/project-copy.ts';

// One full build of a copy of the guide (minutes on a busy machine), made as different from the
// plain build as the wiring allows, and every check of what only a real build proves on it:
//  - served under a path, as a team's docs portal would (BASE_PATH, docs/deploying.md): the link
//    checker and a reader's walk through it, served under that path only;
//  - with the example team file (TEAM_FILE, docs/team-edition.md): its callouts, marks and sheet;
//  - without SITE_URL: one warning, and paper shows paths;
//  - with a Mermaid fence, a code block, a broken link and a renamed heading in its pages: the
//    fence is an inline SVG, and the checks over dist/ (`npm run test:built`) catch the link and
//    the lost anchor.
// The ways a broken input stops the build are in broken-input-fails-build.test.ts and team-file.test.ts.

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = '/ml-guide/';
const EXAMPLE = 'examples/team/team.yaml';

/** A good fence: named, described, valid. */
const FENCE = [
  '```mermaid',
  'flowchart LR',
  '  accTitle: A hand-drawn loop',
  '  accDescr: Train, then deploy, then monitor, then train again.',
  '  a["Train"] --> b["Deploy"] --> c["Monitor"] -.-> a',
  '```',
  '',
].join('\n');

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

const team = loadTeam({ TEAM_FILE: EXAMPLE }, ROOT);
if (team === undefined) throw new Error(`${EXAMPLE} is missing`);
const title = `At ${team.name}`;
const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
const callouts = (html: string) => elementsWhere(html, (t) => t.name === 'aside' && t.attributes['data-team-callout'] !== undefined);
/** A guide path as the pages link it in this build. */
const under = (path: string) => withBase(path, BASE);

let dir = '';
let dist = '';
let output = '';
let status: number | null = null;
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  dir = projectWith(
    'content/pipeline/index.mdx',
    (t) => [t, FENCE, '```js\nconst answer = 42;\n```\n', 'See [a stage that does not exist](/pipeline/no-such-stage/).\n'].join('\n'),
    { inTree: true },
  );
  const renamed = join(dir, 'content/practices/reproducibility.mdx');
  writeFileSync(renamed, readFileSync(renamed, 'utf8').replace('## Splits that come out the same', '## Splits that repeat'));
  const { SITE_URL: _unset, TEAM_FILE: _none, ...env } = process.env;
  ({ status, output } = build(dir, { ...env, BASE_PATH: BASE, TEAM_FILE: EXAMPLE }));
  dist = join(dir, 'dist');
});

afterAll(removeProjectCopies);

describe(`npm run build with BASE_PATH=${BASE}, TEAM_FILE=${EXAMPLE}, no SITE_URL and a fence, a broken link and a renamed heading`, () => {
  test('builds, and says which team file it read and, once, that SITE_URL is missing', () => {
    expect(status, output).toBe(0);
    expect(output).toContain(`[field-guide-team] ${EXAMPLE}: built for ${team.name}, with ${teamStack(team).length} tools in its stack`);
    // A successful build prints no content warning (Starlight's 404 lookup used to add one).
    expect(output).not.toMatch(/\[WARN\] \[content\]/);
    const warnings = output.split('\n').filter((line) => line.includes('SITE_URL'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/\[WARN\].*SITE_URL is not set: canonical links, the sitemap, robots\.txt and link previews point at http:\/\/localhost:4321/);
  });

  test('renders a fence as inline SVG; paper shows paths; the link checker and the URL manifest catch the broken link and the lost anchor, and nothing else, under the base', async () => {
    expect(status, output).toBe(0);
    // The fence: an inline SVG in its figure; other code is left to the highlighter.
    expect(output).toMatch(/diagrams: \d+ rendered, \d+ from cache, \d+ ms \(1 from mermaid fences\)/);
    const html = page('pipeline');
    const [figure = ''] = elementsWhere(html, (t) => t.name === 'figure' && t.attributes.id === 'diagram-fence-pipeline-index-1');
    expect(figure).toMatch(/^<figure class="diagram diagram--fence not-content"/);
    expect(figure).toMatch(/<svg[^>]* role="img"/);
    expect(figure).toContain('>A hand-drawn loop</title>');
    expect(figure).toContain('<span class="diagram-title" id="diagram-fence-pipeline-index-1-title">A hand-drawn loop</span>');
    expect(figure).toContain('<a class="sl-anchor-link" href="#diagram-fence-pipeline-index-1">');
    expect(html).not.toContain('data-language="mermaid"');
    expect(html).toContain('data-language="js"');
    // Without SITE_URL, paper shows paths instead of localhost URLs.
    expect(page('pipeline/data-validation')).toContain(`<span class="print-source-url">${under('/pipeline/data-validation/')}</span>`);

    // What tests/built/links.test.ts runs over dist/ catches the link and the renamed heading.
    const site = await readDistSite(dist, BASE);
    expect(formatLinkProblems(checkLinks(site, new URL(LOCAL_SITE_URL).origin, BASE))).toBe(
      `/pipeline/: a[href] "${under('/pipeline/no-such-stage/')}" points to /pipeline/no-such-stage/, which is not in the built site`,
    );
    const manifest: UrlManifest = JSON.parse(readFileSync(join(ROOT, 'src/links/url-manifest.json'), 'utf8'));
    expect(lostUrls(manifest, site)).toEqual(['/practices/reproducibility/#splits-that-come-out-the-same']);
    // The host-level files name the served paths too.
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toContain(`${BASE}stages/ ${BASE}pipeline/ 301`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL(`${BASE}sitemap-index.xml`, LOCAL_SITE_URL).href}`);
  });

  describe('in a browser, served under the base only', () => {
    let server: Server;
    let browser: Browser;
    let tab: Page;
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
      tab = await browser.newPage();
      tab.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.origin !== origin) elsewhere.push(url.href);
      });
      tab.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) blocked.push(`${tab.url()}: ${message.text()}`);
      });
    });

    afterAll(async () => {
      await browser?.close();
      server?.close();
    });

    /** GETs a URL of the page (a download) from the server, as a reader's click would. */
    const statusOf = async (href: string) => (await tab.request.get(new URL(href, tab.url()).href)).status();

    test('a reader goes from the start page to a stage, searches, opens a result, a diagram’s downloads and a print sheet, and nothing leaves the base', async () => {
      await tab.goto(`${origin}${BASE}`);
      await tab.getByRole('main').getByRole('link', { name: 'Data validation', exact: true }).first().click();
      await tab.waitForURL(`${origin}${BASE}pipeline/data-validation/`);
      expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('Data validation');

      await tab.getByRole('button', { name: 'Search' }).click();
      await tab.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('feature store');
      const result = tab.getByRole('dialog').locator('.pagefind-ui__result-link').first();
      await result.waitFor();
      const href = (await result.getAttribute('href')) ?? '';
      expect(href.startsWith(BASE), href).toBe(true);
      // The link with the address read, found again: the list may have been drawn again since.
      await tab.getByRole('dialog').locator(`.pagefind-ui__result-link[href="${href}"]`).first().click();
      await tab.waitForURL(`${origin}${href}`);
      expect(await tab.getByRole('heading', { level: 1 }).count()).toBe(1);

      await tab.goto(`${origin}${BASE}pipeline/`);
      const figure = tab.locator('figure.diagram').first();
      const downloads = await figure.locator('.diagram-downloads a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(downloads.length).toBeGreaterThan(0);
      await figure.getByText('Use in your docs').click();
      // The link tools, loaded on this first act, put the snippets on the page's host and remove the note that says they are relative.
      await expect.poll(() => figure.locator('[data-snippet-relative-note]').count(), { timeout: 10_000 }).toBe(0);
      const snippets = (await figure.locator('pre.diagram-snippet').allTextContents()).join('\n');
      const snippetPaths = [...snippets.matchAll(/https?:\/\/[^\s)"',]+/g)].map((m) => new URL(m[0]).pathname + new URL(m[0]).search);
      expect(snippetPaths.length).toBeGreaterThan(0);
      for (const path of [...downloads, ...snippetPaths.map((p) => p.split('#')[0] ?? p)]) {
        expect(path.startsWith(BASE), path).toBe(true);
        expect(await statusOf(path), path).toBe(200);
      }

      await tab.goto(`${origin}${BASE}reference/print/`);
      await tab.getByRole('main').getByRole('link', { name: 'Tools by stage' }).first().click();
      await tab.waitForURL(`${origin}${BASE}reference/print/tools-by-stage/`);
      const pdfs = await tab.locator('a[href$=".pdf"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(pdfs.length).toBeGreaterThan(0);
      for (const pdf of pdfs) expect(await statusOf(pdf), pdf).toBe(200);

      expect(asked.filter((path) => !path.startsWith(BASE))).toEqual([]);
      expect(elsewhere).toEqual([]);
      expect(missing).toEqual([]);
      expect(blocked).toEqual([]);
    });
  });

  describe('the team file on the pages', () => {
    test('each stage page has an "At <team>" callout with the team\'s tools there, its links and its note', () => {
      for (const stage of STAGE_IDS) {
        const html = page(stageHref(stage));
        const [callout = '', ...more] = callouts(html);
        expect(more, stage).toEqual([]);
        expect(callout, stage).toContain(`aria-label="${title}"`);
        const said = team.stages[stage];
        expect(hrefs(callout), stage).toEqual([...teamToolsInStage(model, team, stage).map((id) => under(toolHref(id))), ...(said?.links ?? []).map((l) => l.url)]);
        if (said?.note !== undefined) expect(callout.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'"), stage).toContain(said.note);
      }
    });

    test('a chosen tool\'s page has a callout with the stages where the team uses it; a tool the file does not name has none', () => {
      const html = page(toolHref('kserve'));
      const [callout = ''] = callouts(html);
      expect(callout).toContain(`aria-label="${title}"`);
      expect(hrefs(callout)).toEqual([...teamStagesOfTool(model, team, 'kserve').map((id) => under(stageHref(id))), ...(team.tools.kserve?.links ?? []).map((l) => l.url)]);
      expect(callout).toContain(team.tools.kserve?.note?.split("'")[0]);
      const unnamed = TOOL_IDS.find((id) => !isInTeamStack(team, id) && team.tools[id] === undefined);
      expect(unnamed).toBeDefined();
      expect(callouts(page(toolHref(unnamed ?? 'dagster')))).toEqual([]);
    });

    test('/tools/ marks exactly the team\'s stack', () => {
      const html = page('/tools/');
      const cards = elementsWhere(html, (t) => t.name === 'li' && t.attributes['data-item'] !== undefined);
      expect(cards).toHaveLength(TOOL_IDS.length);
      const marked = cards.filter((c) => c.includes(`<span class="team-mark">${title}</span>`)).map((c) => /data-item="([^"]+)"/.exec(c)?.[1]);
      expect(marked).toEqual(teamStack(team));
      expect(cards.filter((c) => c.startsWith('<li class="tool-card tool-card--team"'))).toHaveLength(teamStack(team).length);
    });

    test('the explorer marks the team\'s tools in its picker and in each stage, with the stage\'s callout', () => {
      const html = page('/explore/');
      const options = [...html.matchAll(/<option value="([^"]+)"[^>]*>([^<]*)<\/option>/g)].filter((m) => m[2].endsWith(`(at ${team.name})`)).map((m) => m[1]);
      expect(options).toEqual(teamStack(team));
      for (const stage of STAGE_IDS) {
        const [article = ''] = elementsWhere(html, (t) => t.name === 'article' && t.attributes['data-stage'] === stage);
        expect(article.match(/class="team-mark"/g) ?? [], stage).toHaveLength(teamToolsInStage(model, team, stage).filter((id) => model.tools[id].stages.some((s) => s === stage)).length);
        expect(callouts(article)[0], stage).toContain(`aria-label="${title}: ${model.stages[stage].name.replace(/&/g, '&amp;')}"`);
      }
    });

    test('the tools-by-stage sheet marks the team\'s tools in each stage, says so, and still prints on one page', async () => {
      const html = page(sheetToPath('tools-by-stage'));
      expect(elementsWhere(html, (t) => t.name === 'caption')[0]).toContain(`what we use at ${team.name}`);
      const cells = elementsWhere(html, (t) => t.name === 'td');
      expect(cells).toHaveLength(STAGE_IDS.length);
      STAGE_IDS.forEach((stage, i) => {
        const marked = [...cells[i].matchAll(/<mark class="sheet-team-tool">([^<]+)<\/mark>/g)].map((m) => m[1]);
        expect(marked, stage).toEqual(expect.arrayContaining(teamToolsInStage(model, team, stage).map((id) => model.tools[id].name)));
        expect(marked.length, stage).toBe(teamToolsInStage(model, team, stage).length);
      });
      for (const paper of ['a4', 'letter'] as const) {
        const pdf = await getDocumentProxy(new Uint8Array(readFileSync(join(dist, sheetToPdfPath('tools-by-stage', paper)))));
        expect(pdf.numPages, paper).toBe(1);
      }
    });

    test('the team\'s styles are in the site\'s stylesheet', () => {
      const css = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dist, '_astro', f), 'utf8'));
      expect(css.some((c) => c.includes('.team-callout') && c.includes('.team-mark'))).toBe(true);
    });
  });
});
