import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { modelToViews, type ViewId } from '../diagrams/index.ts';
import { diagramAnchor, viewToHomePage } from '../links/diagram-pages.ts';
import { pathToPrintedAddress } from '../links/site-url.ts';
import type { UrlManifest } from '../links/url-manifest.ts';
import { model } from '../model/index.ts';
import { DOWNLOAD_THEMES, pdfPath, PNG_SCALES, pngPath, svgPath } from '../paths/diagram-files.ts';
import { pngWithText } from './png-text.ts';
import { writeAtomically } from './write-atomically.ts';
import { svgSize } from './standalone-svg.ts';
import { escapeHtml } from '../text/escape-html.ts';

/**
 * Outside dist/; `rm -rf node_modules/.cache` empties it. Found from the installed packages, not
 * the working directory, so a copy of the project built inside it (tests/build/) shares it.
 */
const EXPORT_CACHE_DIR = join(dirname(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'))), '.cache', 'field-guide-exports');
/** Part of every cache key, so a change to how files are made makes them again. */
const EXPORTER_SOURCE = join(process.cwd(), 'src', 'render', 'diagram-exports.ts');


/** The standalone SVG as the only thing on a page, at its own size. */
function svgToPngPage(svg: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0}svg{display:block}</style></head><body>${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body></html>`;
}

/**
 * One diagram on a page of its own size: its title as the page's heading (the PDF's outline and
 * Title), the light SVG as vector art with real text, and where the diagram lives.
 */
function svgToPdfPage(svg: string, title: string, address: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>
html, body { margin: 0; background: #fff; color: #17181c; }
body { display: inline-block; padding: 24px; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
h1 { margin: 0 0 16px; font-size: 20px; line-height: 1.3; max-width: 40em; }
svg { display: block; }
p { margin: 16px 0 0; font-size: 12px; color: #353841; }
</style></head><body><h1>${escapeHtml(title)}</h1>${svg.replace(/^<\?xml[^>]*>\s*/, '')}<p>${escapeHtml(address)}</p></body></html>`;
}

/** Reads a cached file by key, or makes it and caches it. */
async function cached(key: string, ext: string, make: () => Promise<Uint8Array>): Promise<{ data: Uint8Array; hit: boolean }> {
  const file = join(EXPORT_CACHE_DIR, `${key}.${ext}`);
  try {
    return { data: await readFile(file), hit: true };
  } catch {
    const data = await make();
    await writeAtomically(file, data);
    return { data, hit: false };
  }
}

/**
 * For every view, from the standalone SVGs already in dist/diagrams/: PNGs at 1× and 2×, light
 * and dark, with the title and description as PNG text, and a one-page tagged PDF. Chromium
 * draws them, so they look as the SVG does in a browser. Cached by content: a rebuild with
 * nothing changed only copies files.
 */
export async function renderDiagramExports(
  browser: Browser,
  dist: string,
  manifest: UrlManifest,
  log: (message: string) => void,
): Promise<void> {
  const started = performance.now();
  const exporter = await readFile(EXPORTER_SOURCE, 'utf8');
  const views = modelToViews(model);
  const pages = new Map<number, Page>();
  const pageAt = async (scale: number) => {
    let page = pages.get(scale);
    if (!page) {
      const context = await browser.newContext({ deviceScaleFactor: scale });
      // Everything the files need is inline; nothing may be fetched.
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      page = await context.newPage();
      pages.set(scale, page);
    }
    return page;
  };
  let made = 0;
  let reused = 0;
  const count = (hit: boolean) => (hit ? (reused += 1) : (made += 1));
  try {
    for (const view of views) {
      const id: ViewId = view.id;
      for (const theme of DOWNLOAD_THEMES) {
        const svg = await readFile(join(dist, svgPath(id, theme)), 'utf8');
        const { width, height } = svgSize(svg.replace(/^<\?xml[^>]*>\s*/, ''));
        for (const scale of PNG_SCALES) {
          const key = createHash('sha256').update(JSON.stringify([exporter, svg, scale, view.title, view.description])).digest('hex').slice(0, 32);
          const png = await cached(key, 'png', async () => {
            const page = await pageAt(scale);
            await page.setViewportSize({ width: Math.ceil(width), height: Math.ceil(height) });
            await page.setContent(svgToPngPage(svg), { waitUntil: 'load' });
            const shot = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: Math.ceil(width), height: Math.ceil(height) } });
            return pngWithText(shot, { Title: view.title, Description: view.description });
          });
          count(png.hit);
          await writeAtomically(join(dist, pngPath(id, theme, scale)), png.data);
        }
      }
      const svg = await readFile(join(dist, svgPath(id, 'light')), 'utf8');
      const home = viewToHomePage(id, manifest);
      const html = svgToPdfPage(svg, view.title, pathToPrintedAddress(`${home}#${diagramAnchor(id)}`));
      const key = createHash('sha256').update(JSON.stringify([exporter, html])).digest('hex').slice(0, 32);
      const pdf = await cached(key, 'pdf', async () => {
        const page = await pageAt(1);
        // Wider than any diagram, so the body (inline-block) takes the diagram's own width.
        await page.setViewportSize({ width: 4000, height: 1000 });
        await page.setContent(html, { waitUntil: 'load' });
        // The page is fitted to the diagram: any paper size is then a choice in the print dialog.
        const size = await page.evaluate(() => {
          const box = document.body.getBoundingClientRect();
          return { width: box.width, height: box.height };
        });
        return page.pdf({
          // A pixel to spare each way: a fraction over the page would start a second one.
          width: `${Math.ceil(size.width) + 1}px`,
          height: `${Math.ceil(size.height) + 1}px`,
          printBackground: true,
          margin: { top: '0', right: '0', bottom: '0', left: '0' },
          // Tagged, with an outline: a screen reader meets a heading and a figure named by its title.
          tagged: true,
          outline: true,
        });
      });
      count(pdf.hit);
      await writeAtomically(join(dist, pdfPath(id)), pdf.data);
    }
  } finally {
    for (const page of pages.values()) await page.context().close();
  }
  log(`diagram exports: ${views.length} views, ${made} PNG/PDF files rendered, ${reused} from cache, ${Math.round(performance.now() - started)} ms`);
}
