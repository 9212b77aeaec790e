import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { HtmlRenderer, Parser as CommonMarkParser } from 'commonmark';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { modelToView, VIEW_IDS, type ViewId } from '../../src/diagrams/index.ts';
import { diagramAnchor, viewToHomePage } from '../../src/links/diagram-pages.ts';
import { pathToPrintedAddress, PUBLIC_SITE_URL, SITE_URL } from '../../src/links/site-url.ts';
import { hasClass, openTags } from '../../src/html/open-tags.ts';
import type { UrlManifest } from '../../src/links/url-manifest.ts';
import { model } from '../../src/model/index.ts';
import { pdfPath, PNG_SCALES, pngPath, svgPath, viewToDownloadFiles } from '../../src/links/diagram-files.ts';
import { pngTextEntries } from '../../src/render/png-text.ts';
import { EXPORT_FRAME, exportFrameMinExtraHeight, exportFrameWidth } from '../../src/render/export-page.ts';
import { svgSize } from '../../src/render/standalone-svg.ts';
import { SHEET_IDS, SHEET_PREVIEW, sheets, sheetToPreviewPath } from '../../src/model/data/print-sheets.ts';
import { GUIDE_NAME } from '../../src/model/data/guide-name.ts';

/*
 * The downloadable diagrams, opened where teams paste them: librsvg (GNOME, many wikis and
 * converters) and a PDF made from it, not a browser. Needs `rsvg-convert` (Debian's
 * librsvg2-bin) and `pdftotext` (poppler-utils); .ci/run installs them where missing.
 */

const FILES = VIEW_IDS.flatMap((view) => [
  { view, theme: 'light' as const, path: `dist/diagrams/${view}.svg` },
  { view, theme: 'dark' as const, path: `dist/diagrams/${view}.dark.svg` },
]);

/** Every node label of a view, read from its own Mermaid text (`id["…"]`, `id("…")`, `id{{"…"}}`, `id[/"…"/]`, …). */
function nodeLabels(view: ViewId): string[] {
  const labels = [...modelToView(model, view).mermaid.matchAll(/^\s*[\w-]+\s*[[({/]{1,2}"([^"]*)"[\])}/]{1,2}/gm)].map((m) =>
    // A `<br>` a view put in a label breaks its line, as a space does in the PDF's text.
    m[1].replaceAll('<br>', ' ').replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/\s+/g, ' ').trim(),
  );
  return labels.filter((label) => label !== '');
}

function tool(command: string, args: readonly string[]): Buffer {
  return execFileSync(command, args, { maxBuffer: 64 * 1024 * 1024 });
}

let work = '';
beforeAll(() => {
  for (const command of ['rsvg-convert', 'pdftotext', 'pdfinfo', 'pdftoppm']) {
    try {
      execFileSync(command, ['-v'], { stdio: 'ignore' });
    } catch {
      throw new Error(`${command} not found: install Debian's ${command === 'rsvg-convert' ? 'librsvg2-bin' : 'poppler-utils'} (bash .ci/run does).`);
    }
  }
  work = mkdtempSync(join(tmpdir(), 'diagram-downloads-'));
});

describe('downloadable diagram SVGs', () => {
  test('every view has a light and a dark file', () => {
    expect(FILES).toHaveLength(VIEW_IDS.length * 2);
    for (const file of FILES) expect(() => readFileSync(file.path), file.path).not.toThrow();
  });

  test.each(FILES)('$path needs nothing a browser alone provides', ({ path }) => {
    const svg = readFileSync(path, 'utf8');
    expect(svg, `${path}: HTML labels in foreignObject`).not.toMatch(/<foreignObject/i);
    expect(svg, `${path}: a CSS variable`).not.toMatch(/var\(--/);
    expect(svg, `${path}: an external reference`).not.toMatch(/(?:href|src)="(?!#)|url\((?!#)|@import/);
    expect(svg, `${path}: a label as HTML`).not.toMatch(/<(?:div|span|p)\b/);
  });

  test.each(FILES)('$path, rendered by librsvg to PDF, holds every node label of its view as text', ({ view, path }) => {
    const pdf = join(work, `${view}-${path.endsWith('.dark.svg') ? 'dark' : 'light'}.pdf`);
    tool('rsvg-convert', ['-f', 'pdf', '-o', pdf, path]);
    // -raw: text in the order it is drawn, so a label wrapped over two lines stays together.
    // Line breaks count as spaces, so a word broken over two lines ("(Reproducibilit" / "y)")
    // is missing: labels wrap at spaces, as on the page.
    const text = words(tool('pdftotext', ['-raw', pdf, '-']).toString('utf8'));
    const labels = nodeLabels(view);
    expect(labels.length, `${view}: no node labels found in its Mermaid text`).toBeGreaterThan(0);
    const missing = labels.filter((label) => !text.includes(words(label)));
    expect(missing, `${path}: labels missing from the PDF's text`).toEqual([]);
  });

  test.each(FILES)('$path, rendered by librsvg to PNG, is on its theme\'s background', ({ path, theme }) => {
    expectThemeBackground(path, PNG.sync.read(tool('rsvg-convert', ['-f', 'png', path])), theme);
  });
});

/** Light files are mostly light (under 10% dark pixels), dark ones mostly dark (over 60%). */
function expectThemeBackground(path: string, png: PNG, theme: 'light' | 'dark'): void {
  let dark = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const alpha = png.data[i + 3] / 255;
    // Composited on white, as a viewer shows a transparent pixel.
    const [r, g, b] = [0, 1, 2].map((c) => png.data[i + c] * alpha + 255 * (1 - alpha));
    if (0.2126 * r + 0.7152 * g + 0.0722 * b < 128) dark += 1;
  }
  const darkShare = dark / (png.width * png.height);
  if (theme === 'light') expect(darkShare, `${path}: share of dark pixels`).toBeLessThan(0.1);
  else expect(darkShare, `${path}: share of dark pixels`).toBeGreaterThan(0.6);
}

const words = (text: string) => text.replace(/\s+/g, ' ');

const manifest: UrlManifest = JSON.parse(readFileSync('src/links/url-manifest.json', 'utf8'));

const PNGS = VIEW_IDS.flatMap((view) =>
  (['light', 'dark'] as const).flatMap((theme) => PNG_SCALES.map((scale) => ({ view, theme, scale, path: `dist${pngPath(view, theme, scale)}` }))),
);

/** Where a view's files say it lives: its page and anchor, as printed (a public URL, or the path). */
function viewToAddress(view: ViewId): string {
  return pathToPrintedAddress(`${viewToHomePage(view, manifest)}#${diagramAnchor(view)}`);
}

/** Rows of the PNG, top to bottom, that hold a pixel far from the row's first pixel (the background). */
function inkRows(png: PNG): boolean[] {
  const rows: boolean[] = [];
  for (let y = 0; y < png.height; y += 1) {
    const at = (x: number, c: number) => png.data[(y * png.width + x) * 4 + c];
    let ink = false;
    for (let x = 0; x < png.width && !ink; x += 1) {
      ink = Math.abs(at(x, 0) - at(0, 0)) + Math.abs(at(x, 1) - at(0, 1)) + Math.abs(at(x, 2) - at(0, 2)) > 96;
    }
    rows.push(ink);
  }
  return rows;
}

describe('diagram PNGs', () => {
  test('every view has four, light and dark at 1× and 2×', () => {
    expect(PNGS).toHaveLength(VIEW_IDS.length * 4);
    const missing = PNGS.filter((p) => !existsSync(p.path)).map((p) => p.path);
    expect(missing).toEqual([]);
  });

  test.each(PNGS)('$path is the diagram framed by its title and footer, times its scale, with its title, description and address as text', ({ view, theme, scale, path }) => {
    const bytes = readFileSync(path);
    const png = PNG.sync.read(bytes);
    const svg = readFileSync(`dist${svgPath(view, theme)}`, 'utf8');
    const size = svgSize(svg.replace(/^<\?xml[^>]*>\s*/, ''));
    expect(png.width, `${path}: IHDR width`).toBe(exportFrameWidth(svg) * scale);
    expect(png.height, `${path}: IHDR height`).toBeGreaterThanOrEqual((size.height + exportFrameMinExtraHeight()) * scale);
    if (scale === 2) {
      const single = PNG.sync.read(readFileSync(`dist${pngPath(view, theme, 1)}`));
      expect({ width: png.width, height: png.height }, `${path}: twice the 1× file`).toEqual({ width: single.width * 2, height: single.height * 2 });
    }
    const text = pngTextEntries(bytes);
    const own = modelToView(model, view);
    expect(text.Title, `${path}: Title text chunk`).toBe(own.title);
    expect(text.Description, `${path}: Description text chunk`).toBe(own.description);
    expect(text.URL, `${path}: URL text chunk`).toBe(viewToAddress(view));
    // The 2× file is the same picture: its pixel count makes the check four times slower.
    if (scale === 1) {
      expectThemeBackground(path, png, theme);
      // Ink in the title's line and in the footer's: the frame is drawn, not only made room for.
      const rows = inkRows(png);
      const pad = EXPORT_FRAME.padding;
      const titleLine = Math.floor(EXPORT_FRAME.titlePx * EXPORT_FRAME.titleLineHeight);
      const footerLine = Math.floor(EXPORT_FRAME.footerPx * EXPORT_FRAME.footerLineHeight);
      expect(rows.slice(pad, pad + titleLine).some(Boolean), `${path}: no title at the top`).toBe(true);
      expect(rows.slice(png.height - pad - footerLine, png.height - pad).some(Boolean), `${path}: no footer at the foot`).toBe(true);
      expect(rows.slice(0, pad - 2).some(Boolean) || rows.slice(png.height - pad + 2).some(Boolean), `${path}: ink in the padding`).toBe(false);
    }
  });
});

describe('one-diagram PDFs', () => {
  test.each(VIEW_IDS.map((view) => ({ view, path: `dist${pdfPath(view)}` })))('$path is one tagged page holding its title, every node label, its key and a footer with the guide and its address', ({ view, path }) => {
    const info = tool('pdfinfo', [path]).toString('utf8');
    expect(info, `${path}: pdfinfo`).toMatch(/^Tagged:\s+yes$/m);
    expect(info, `${path}: pdfinfo`).toMatch(/^Pages:\s+1$/m);
    const own = modelToView(model, view);
    expect(/^Title:\s+(.*)$/m.exec(info)?.[1], `${path}: PDF Title`).toBe(own.title);
    const text = words(tool('pdftotext', ['-raw', path, '-']).toString('utf8'));
    expect(text.startsWith(own.title), `${path}: the title comes first`).toBe(true);
    const missing = nodeLabels(view).filter((label) => !text.includes(words(label)));
    expect(missing, `${path}: labels missing from the PDF's text`).toEqual([]);
    for (const entry of own.legend ?? []) expect(text, `${path}: key entry`).toContain(words(entry.meaning));
    // An address too long for a line breaks anywhere: compare it without the breaks.
    const footer = `${GUIDE_NAME} · ${viewToAddress(view)}`;
    expect(text.replace(/\s+/g, '').endsWith(footer.replace(/\s+/g, '')), `${path}: ends with "${footer}"`).toBe(true);
    expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  test.each(VIEW_IDS.map((view) => ({ view, path: `dist${pdfPath(view)}` })))('$path renders in poppler without a complaint', ({ view, path }) => {
    const out = join(work, `${view}-poppler`);
    const result = spawnSync('pdftoppm', ['-r', '24', '-png', '-singlefile', path, out], { encoding: 'utf8' });
    expect(result.status, `${path}: pdftoppm exit`).toBe(0);
    expect(result.stderr, `${path}: pdftoppm stderr`).toBe('');
    expect(existsSync(`${out}.png`)).toBe(true);
  });
});

/** Every built HTML page, by path (`/pipeline/`). */
function builtPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('index.html')) continue;
    pages.set(`/${file.slice(0, -'index.html'.length)}`, readFileSync(join('dist', file), 'utf8'));
  }
  return pages;
}

interface FoundSnippet {
  kind: string;
  text: string;
}

/** The snippets on a page (`<pre data-snippet="…">`), as a reader copies them: decoded text. */
function pageToSnippets(html: string): FoundSnippet[] {
  const found: FoundSnippet[] = [];
  let current: FoundSnippet | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'pre' && attribs['data-snippet']) current = { kind: attribs['data-snippet'], text: '' };
      },
      ontext(text) {
        if (current) current.text += text;
      },
      onclosetag(name) {
        if (name === 'pre' && current) {
          found.push(current);
          current = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return found;
}


/**
 * A snippet's URL: on the site's public address (root-relative when the build had no SITE_URL,
 * for the page's script to complete), and a published page and anchor (or a built file).
 */
function expectSiteUrl(where: string, url: string): void {
  if (PUBLIC_SITE_URL === undefined) expect(url, `${where}: root-relative without SITE_URL`).toMatch(/^\/(?!\/)/);
  const parsed = new URL(url, SITE_URL);
  expect(parsed.origin, `${where}: ${url}`).toBe(new URL(SITE_URL).origin);
  if (parsed.hash) {
    expect(manifest[parsed.pathname] ?? [], `${where}: ${url} is not a published anchor`).toContain(parsed.hash.slice(1));
  } else {
    expect(existsSync(join('dist', parsed.pathname)), `${where}: ${url} is not a built file`).toBe(true);
  }
}

/**
 * A snippet's 2× PNG (a built file) is twice as wide as the snippet shows it, and the snippet gives
 * no height, so the picture keeps its ratio (the frame's height depends on how its text wraps).
 */
function expectTwiceAsLarge(where: string, img: Record<string, string>): void {
  const path = new URL(img.src, SITE_URL).pathname;
  expect(path, `${where}: the 2× PNG`).toMatch(/@2x\.png$/);
  const png = readFileSync(join('dist', path));
  // The IHDR chunk: width at byte 16.
  expect(png.readUInt32BE(16), `${where}: ${path} at 2×`).toBe(2 * Number(img.width));
  expect(img.height, `${where}: no height`).toBeUndefined();
}

/** Parses an HTML snippet strictly enough: the tags it opens, in order, and that each is closed. */
function htmlToTags(html: string): { tags: { name: string; attribs: Record<string, string> }[]; text: string; unclosed: string[] } {
  const tags: { name: string; attribs: Record<string, string> }[] = [];
  const open: string[] = [];
  let text = '';
  const voids = new Set(['img', 'source']);
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        tags.push({ name, attribs });
        if (!voids.has(name)) open.push(name);
      },
      ontext(t) {
        text += t;
      },
      onclosetag(name, implied) {
        if (voids.has(name)) return;
        if (!implied && open.at(-1) === name) open.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { tags, text: text.trim(), unclosed: open };
}

describe('"Use in your docs" snippets', () => {
  const pages = [...builtPages()].filter(([, html]) => html.includes('data-snippet='));

  test('every figure of a diagram offers one of each', () => {
    expect(pages.length, 'pages with snippets').toBeGreaterThan(0);
    for (const [path, html] of pages) {
      const figures = openTags(html).filter((t) => t.name === 'figure' && hasClass(t, 'diagram')).length;
      const snippets = pageToSnippets(html);
      if (path === '/diagrams/') continue;
      expect(snippets.filter((s) => s.kind === 'markdown'), path).toHaveLength(figures);
      expect(snippets.filter((s) => s.kind === 'html'), path).toHaveLength(figures);
    }
  });

  test.each(pages.map(([path]) => ({ path })))('$path: Markdown snippets are one linked image, HTML snippets one figure, both leading back to a published anchor', ({ path }) => {
    const snippets = pageToSnippets(builtPages().get(path) ?? '');
    const titles = new Set(VIEW_IDS.map((view) => modelToView(model, view).title));
    for (const snippet of snippets) {
      const where = `${path} ${snippet.kind} snippet`;
      if (snippet.kind === 'markdown') {
        // As a wiki or README renders it: CommonMark's reference implementation, raw HTML allowed.
        const rendered = new HtmlRenderer().render(new CommonMarkParser().parse(snippet.text));
        const { tags, unclosed } = htmlToTags(rendered);
        expect(unclosed, `${where}: unclosed elements in ${rendered}`).toEqual([]);
        expect(tags.map((t) => t.name), `${where}: one paragraph with a linked image: ${rendered}`).toEqual(['p', 'a', 'img']);
        const [, link, image] = tags;
        expect(titles, `${where}: alt text is a diagram's title`).toContain(image.attribs.alt);
        expectSiteUrl(where, link.attribs.href);
        expectSiteUrl(where, image.attribs.src);
        expectTwiceAsLarge(where, image.attribs);
      } else {
        expect(snippet.kind).toBe('html');
        const { tags, text, unclosed } = htmlToTags(snippet.text);
        expect(unclosed, `${where}: unclosed elements`).toEqual([]);
        expect(tags.map((t) => t.name), where).toEqual(['figure', 'picture', 'source', 'img', 'figcaption', 'a']);
        const [, , source, img, , a] = tags;
        expect(source.attribs.media, `${where}: the dark source`).toBe('(prefers-color-scheme: dark)');
        const [dark, dark2x] = source.attribs.srcset.split(/,\s*/);
        expect(dark, `${where}: the dark 1× PNG`).toMatch(/\.dark\.png$/);
        expect(dark2x, `${where}: the dark 2× PNG`).toMatch(/\.dark@2x\.png 2x$/);
        expectSiteUrl(where, dark);
        expectSiteUrl(where, dark2x.replace(/\s+2x$/, ''));
        expect(titles, `${where}: alt text is a diagram's title`).toContain(img.attribs.alt);
        expect(text, `${where}: caption`).toBe(img.attribs.alt);
        expectSiteUrl(where, img.attribs.src);
        expectSiteUrl(where, img.attribs.srcset.replace(/\s+2x$/, ''));
        expectTwiceAsLarge(where, { src: img.attribs.srcset.replace(/\s+2x$/, ''), width: img.attribs.width, height: img.attribs.height });
        expectSiteUrl(where, a.attribs.href);
      }
    }
  });
});

/** The element with `id` and everything up to the end of its list item: one entry of /diagrams/. */
function galleryEntry(html: string, view: ViewId): string {
  const start = html.indexOf(`id="diagram-${view}"`);
  expect(start, `/diagrams/ has no entry for ${view}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</li>', start));
}

describe('/diagrams/', () => {
  test('lists every view with every file built for it', () => {
    const html = builtPages().get('/diagrams/') ?? '';
    expect(html, 'dist/diagrams/index.html').not.toBe('');
    for (const view of VIEW_IDS) {
      const entry = galleryEntry(html, view);
      for (const file of viewToDownloadFiles(view)) {
        expect(entry, `/diagrams/ entry ${view}: link to ${file.path}`).toContain(`href="${file.path}"`);
        expect(existsSync(join('dist', file.path)), `${file.path} is built`).toBe(true);
      }
      expect(entry, `/diagrams/ entry ${view}: snippets`).toContain('data-snippet="markdown"');
    }
  });

  test("shows every view's light and dark SVG as a lazy thumbnail of the SVG's own size, named by its title", () => {
    const html = builtPages().get('/diagrams/') ?? '';
    for (const view of VIEW_IDS) {
      const where = `/diagrams/ entry ${view}`;
      const images = openTags(galleryEntry(html, view)).filter((t) => t.name === 'img');
      expect(images.map((img) => img.attributes.src), where).toEqual([svgPath(view, 'light'), svgPath(view, 'dark')]);
      const size = svgSize(readFileSync(`dist${svgPath(view, 'light')}`, 'utf8').replace(/^<\?xml[^>]*>\s*/, ''));
      for (const img of images) {
        expect({ width: Number(img.attributes.width), height: Number(img.attributes.height) }, `${where}: ${img.attributes.src} size`).toEqual(size);
        expect(img.attributes.loading, `${where}: ${img.attributes.src}`).toBe('lazy');
        expect(img.attributes.alt, `${where}: ${img.attributes.src} alt`).toContain(modelToView(model, view).title);
      }
    }
  });
});

describe('/reference/print/', () => {
  test("shows each sheet's first page as a lazy preview of its declared size, drawn at twice it, named by the sheet", () => {
    const images = openTags(builtPages().get('/reference/print/') ?? '').filter((t) => t.name === 'img');
    expect(images.map((img) => img.attributes.src)).toEqual(SHEET_IDS.map(sheetToPreviewPath));
    SHEET_IDS.forEach((sheet, i) => {
      const img = images[i].attributes;
      expect({ width: Number(img.width), height: Number(img.height) }, sheet).toEqual(SHEET_PREVIEW);
      expect(img.loading, sheet).toBe('lazy');
      expect(img.alt, sheet).toContain(sheets[sheet].title);
      const png = PNG.sync.read(readFileSync(`dist${img.src}`));
      expect(Math.abs(png.width - 2 * SHEET_PREVIEW.width), `${img.src} width`).toBeLessThanOrEqual(1);
      expect(Math.abs(png.height - 2 * SHEET_PREVIEW.height), `${img.src} height`).toBeLessThanOrEqual(2);
      // A page of the sheet, not a blank one: most of it is paper, some of it ink.
      let ink = 0;
      for (let p = 0; p < png.data.length; p += 4) if (png.data[p] + png.data[p + 1] + png.data[p + 2] < 3 * 160) ink += 1;
      const share = ink / (png.width * png.height);
      expect(share, `${img.src}: share of dark pixels`).toBeGreaterThan(0.01);
      expect(share, `${img.src}: share of dark pixels`).toBeLessThan(0.5);
    });
  });
});
