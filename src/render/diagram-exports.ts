import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { modelToViews, type ViewId } from '../diagrams/index.ts';
import { diagramAnchor, viewToHomePage } from '../links/diagram-pages.ts';
import { pathToPrintedAddress } from '../links/site-url.ts';
import type { UrlManifest } from '../links/url-manifest.ts';
import { model } from '../model/index.ts';
import { DOWNLOAD_THEMES, pdfPath, PNG_SCALES, pngPath, svgPath, type DownloadTheme } from '../links/diagram-files.ts';
import { GUIDE_NAME } from '../model/data/guide-name.ts';
import { exportFrameToHtml, exportFrameWidth } from './export-page.ts';
import { pngWithText } from './png-text.ts';
import { cachedOrMade, cacheDir, contentKey } from './content-cache.ts';
import { writeAtomically } from './write-atomically.ts';

const EXPORT_CACHE_DIR = cacheDir('exports');
/** Part of every cache key, so a change to how files are made makes them again. */
const EXPORTER_SOURCE = join(process.cwd(), 'src', 'render', 'diagram-exports.ts');


/**
 * Lays the framed diagram out at its width and returns its height in whole CSS pixels, with the
 * viewport at least that tall: a screenshot's clip stops at the viewport's foot.
 */
async function framedHeight(page: Page, frame: { html: string; width: number }): Promise<number> {
  const viewport = { width: frame.width, height: 1000 };
  await page.setViewportSize(viewport);
  await page.setContent(frame.html, { waitUntil: 'load' });
  const height = Math.ceil(await page.evaluate(() => document.body.getBoundingClientRect().height));
  if (height > viewport.height) await page.setViewportSize({ width: frame.width, height });
  return height;
}

/**
 * For every view, from the standalone SVGs already in dist/diagrams/: PNGs at 1× and 2×, light
 * and dark, and a one-page tagged PDF, each framed with the diagram's title, its key and a footer
 * naming the guide and the diagram's address (src/render/export-page.ts); the PNGs carry the
 * title, description and address as PNG text too. Chromium draws them, so they look as the SVG
 * does in a browser. Cached by content: a rebuild with nothing changed only copies files.
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
      const address = pathToPrintedAddress(`${viewToHomePage(id, manifest)}#${diagramAnchor(id)}`);
      const frameOf = async (theme: DownloadTheme) => {
        const svg = await readFile(join(dist, svgPath(id, theme)), 'utf8');
        const html = exportFrameToHtml({ svg, title: view.title, legend: view.legend ?? [], guide: GUIDE_NAME, address, theme });
        return { html, width: exportFrameWidth(svg) };
      };
      for (const theme of DOWNLOAD_THEMES) {
        const frame = await frameOf(theme);
        for (const scale of PNG_SCALES) {
          const key = contentKey(JSON.stringify([exporter, frame.html, scale, view.description]));
          const png = await cachedOrMade(EXPORT_CACHE_DIR, key, 'png', async () => {
            const page = await pageAt(scale);
            const height = await framedHeight(page, frame);
            const shot = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: frame.width, height } });
            // `URL`: the PNG spec's `Source` means the device that made the image, not where it is
            // published; readers such as ExifTool show a text chunk under any keyword.
            return pngWithText(shot, { Title: view.title, Description: view.description, URL: address });
          });
          count(png.hit);
          await writeAtomically(join(dist, pngPath(id, theme, scale)), png.data);
        }
      }
      const frame = await frameOf('light');
      const key = contentKey(JSON.stringify([exporter, frame.html]));
      const pdf = await cachedOrMade(EXPORT_CACHE_DIR, key, 'pdf', async () => {
        const page = await pageAt(1);
        const height = await framedHeight(page, frame);
        return page.pdf({
          // The page is fitted to the frame: any paper size is then a choice in the print dialog.
          // A pixel to spare each way: a fraction over the page would start a second one.
          width: `${frame.width + 1}px`,
          height: `${height + 1}px`,
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
