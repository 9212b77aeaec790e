import { readFile } from 'node:fs/promises';
import { htmlFilesUnder } from '../html/html-files.ts';
import { extname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { pathToCardPath } from './social-card-path.ts';
import { PAPER_SIZES, papers, SHEET_IDS, SHEET_MARGIN_MM, SHEET_PREVIEW, SHEET_PRINTABLE_AREA, sheetToPath, sheetToPdfPath, sheetToPreviewPath } from '../model/data/print-sheets.ts';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts';
import { cardToHtml, htmlToCardContent, type CardContent } from './social-card.ts';
import { renderDiagramExports } from './diagram-exports.ts';
import { cacheDir, contentKey, readCached, writeCached } from './content-cache.ts';
import { writeAtomically } from './write-atomically.ts';
import type { UrlManifest } from '../links/url-manifest.ts';
import { withBase, withoutBase } from '../links/base-path.ts';

/** The origin the build's browser uses for dist/: every request to it is answered from disk, nothing else is allowed. */
const DIST_ORIGIN = 'http://field-guide.invalid';

const CARD_CACHE_DIR = cacheDir('cards');
const DIAGRAM_CSS = join(process.cwd(), 'src', 'styles', 'diagrams.css');
/** Part of each card's cache key, so a change to the template renders every card again. */
const CARD_TEMPLATE = join(process.cwd(), 'src', 'render', 'social-card.ts');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface PrintOutputOptions {
  log?: (message: string) => void;
  /** The published pages and anchors: where each diagram's PDF says it lives. */
  manifest?: UrlManifest;
  /** Each page's card content, read from its final HTML by the pass over the built pages (src/build/); without it, the pages are read from dist/ here. */
  cardContents?: readonly CardContent[];
}

/** Serves dist/ to the browser from disk, under DIST_ORIGIN; every other request is refused. */
async function serveDist(context: BrowserContext, dist: string): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== DIST_ORIGIN) return route.abort('blockedbyclient');
    // Pages link under BASE_PATH; dist/ holds the files at its root.
    const path = withoutBase(decodeURIComponent(url.pathname));
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, body, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

/**
 * A small PNG of each sheet's first page for /reference/print/: the sheet's page in print layout
 * at the A4 PDF's printable size, drawn at a device scale below 1 so that the screenshot is
 * already the preview's size (twice its CSS size, for sharp screens). Not cached: four
 * screenshots take well under a second.
 */
async function renderSheetPreviews(browser: Browser, dist: string): Promise<void> {
  const context = await browser.newContext({ viewport: SHEET_PRINTABLE_AREA, deviceScaleFactor: (2 * SHEET_PREVIEW.width) / SHEET_PRINTABLE_AREA.width });
  try {
    await serveDist(context, dist);
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    for (const sheet of SHEET_IDS) {
      await page.goto(`${DIST_ORIGIN}${sheetToPath(sheet)}`, { waitUntil: 'load' });
      await writeAtomically(join(dist, sheetToPreviewPath(sheet)), await page.screenshot({ type: 'png' }));
    }
  } finally {
    await context.close();
  }
}

/** Each page's card content, read from dist/'s pages (when the pass over the pages has not handed them over). */
async function cardContentsIn(dist: string): Promise<CardContent[]> {
  const contents: CardContent[] = [];
  for (const file of await htmlFilesUnder(dist)) contents.push(htmlToCardContent(await readFile(file, 'utf8')));
  return contents;
}

/** One social card per page (cached by content), each diagram's PNGs and PDF, and one PDF per sheet and paper size with its preview. */
export async function renderPrintOutputs(dist: string, options: PrintOutputOptions = {}): Promise<void> {
  const log = options.log ?? (() => undefined);
  const contents = options.cardContents ?? (await cardContentsIn(dist));
  const diagramCss = await readFile(DIAGRAM_CSS, 'utf8');
  const template = await readFile(CARD_TEMPLATE, 'utf8');

  const cards: { path: string; key: string; html: string }[] = [];
  let cachedCards = 0;
  for (const content of contents) {
    if (!content.title || !content.path) continue; // redirect pages: no card
    const html = cardToHtml(content, diagramCss);
    const key = contentKey(template, html);
    const out = join(dist, pathToCardPath(content.path));
    const png = await readCached(CARD_CACHE_DIR, key, 'png');
    if (png) {
      await writeAtomically(out, png);
      cachedCards += 1;
    } else cards.push({ path: out, key, html });
  }

  const launched = performance.now();
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  log(`print outputs: browser started in ${Math.round(performance.now() - launched)} ms`);
  try {
    const started = performance.now();
    const context = await browser.newContext({ viewport: { width: 1200, height: 630 } });
    await serveDist(context, dist);
    const page = await context.newPage();
    for (const card of cards) {
      await page.setContent(card.html, { waitUntil: 'load' });
      const png = await page.screenshot({ type: 'png' });
      await writeCached(CARD_CACHE_DIR, card.key, 'png', png);
      await writeAtomically(card.path, png);
    }
    const cardMs = performance.now() - started;
    log(`social cards: ${cards.length} rendered, ${cachedCards} from cache, ${Math.round(cardMs)} ms`);

    await renderDiagramExports(browser, dist, options.manifest ?? {}, log);

    const pdfStarted = performance.now();
    for (const sheet of SHEET_IDS) {
      await page.goto(`${DIST_ORIGIN}${withBase(sheetToPath(sheet))}`, { waitUntil: 'load' });
      for (const paper of PAPER_SIZES) {
        const pdf = await page.pdf({
          format: papers[paper].format,
          landscape: true,
          printBackground: true,
          margin: { top: `${SHEET_MARGIN_MM}mm`, right: `${SHEET_MARGIN_MM}mm`, bottom: `${SHEET_MARGIN_MM}mm`, left: `${SHEET_MARGIN_MM}mm` },
          // Tagged: screen readers and reflowing PDF viewers get headings, lists and tables, not
          // loose text. Outline: the viewer's bookmarks list the sheet's headings.
          tagged: true,
          outline: true,
        });
        await writeAtomically(join(dist, sheetToPdfPath(sheet, paper)), pdf);
      }
    }
    await renderSheetPreviews(browser, dist);
    log(`print sheets: ${SHEET_IDS.length * PAPER_SIZES.length} PDFs and ${SHEET_IDS.length} previews in ${Math.round(performance.now() - pdfStarted)} ms`);
  } finally {
    await browser.close();
  }
}
