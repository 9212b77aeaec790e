import { readFile as fsReadFile, writeFile as fsWriteFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { forEachAtMost, htmlFilesUnder, PAGES_AT_ONCE } from '../html/html-files.ts';
import { fileToPath } from '../links/dist-site.ts';
import type { EntityName } from '../links/first-mentions.ts';
import { pageToHtml, parsePage, type PageDocument } from '../html/page-document.ts';
import { PAGE_TRANSFORMS, POLICY_TRANSFORMS, transformPage, type PageContext, type PageTransform } from './page-transforms.ts';

/** How the pass touches the disk: node:fs by default; a test passes its own to count. */
export interface PageIo {
  readFile: (file: string) => Promise<string>;
  writeFile: (file: string, text: string) => Promise<void>;
}

const DISK: PageIo = {
  readFile: (file) => fsReadFile(file, 'utf8'),
  writeFile: async (file, text) => {
    await mkdir(dirname(file), { recursive: true });
    await fsWriteFile(file, text);
  },
};

/** A page the build writes itself, not Astro (a redirect page): it goes through `transforms` and is written, never read. */
export interface WrittenPage {
  /** Relative to dist/, e.g. `stages/index.html`. */
  file: string;
  html: string;
}

export interface PagePassOptions {
  base: string;
  names: readonly EntityName[];
  /** Replace Astro's files at the same place (Astro's redirect pages); see `WrittenPage`. */
  written?: readonly WrittenPage[];
  /** Run on each page Astro built, on the page as parsed, before the steps: for what a step removes and a later build step needs (the print sheet's link). */
  sources?: readonly ((document: PageDocument, page: PageContext) => void)[];
  /** Run on each page as the steps leave it (the parsed page and its final HTML), in the order the pages finish: for what later build steps need to know of a page (social cards, the stylesheets it links). */
  readers?: readonly ((document: PageDocument, page: PageContext, html: string) => void)[];
  transforms?: readonly PageTransform[];
  writtenTransforms?: readonly PageTransform[];
  io?: PageIo;
}

export interface PagePassReport {
  /** Pages Astro built, each read once and written once. */
  pages: number;
  /** Pages the build wrote itself (`written`), each written once. */
  written: number;
  reads: number;
  parses: number;
  writes: number;
}

/**
 * The one pass over the built pages: every HTML file of dist/ is read once, parsed once, run
 * through the ordered steps (PAGE_TRANSFORMS) on that one parsed page, handed to the readers,
 * serialized once and written once; the pages the build
 * writes itself go through the policy's steps and are written once. Under BASE_PATH, fails first
 * when the base starts with a path of the guide itself.
 */
export async function runPagePass(root: string, options: PagePassOptions): Promise<PagePassReport> {
  const io = options.io ?? DISK;
  const { base, names } = options;
  if (base !== '/') {
    // Under /pipeline/, a link to /pipeline/data-validation/ could not be told from one already under the base.
    const first = base.split('/')[1] ?? '';
    const clash = await stat(join(root, first)).then(() => true, () => false);
    if (clash) throw new Error(`BASE_PATH: "${base}" starts with /${first}/, a path of the guide itself; serve it under another path, e.g. BASE_PATH=/ml-guide/`);
  }
  const written = options.written ?? [];
  const replaced = new Set(written.map((p) => join(root, p.file)));
  const files = (await htmlFilesUnder(root)).filter((f) => !replaced.has(f));
  const report: PagePassReport = { pages: files.length, written: written.length, reads: 0, parses: 0, writes: 0 };
  const finish = async (file: string, html: string, transforms: readonly PageTransform[], sources: PagePassOptions['sources'] = []) => {
    const rel = relative(root, file);
    const page: PageContext = { file: rel, path: fileToPath(rel), base, names };
    const document = parsePage(html);
    report.parses += 1;
    for (const source of sources) source(document, page);
    transformPage(document, page, transforms);
    const final = pageToHtml(document);
    for (const read of options.readers ?? []) read(document, page, final);
    await io.writeFile(file, final);
    report.writes += 1;
  };
  await forEachAtMost(files, PAGES_AT_ONCE, async (file) => {
    const html = await io.readFile(file);
    report.reads += 1;
    await finish(file, html, options.transforms ?? PAGE_TRANSFORMS, options.sources);
  });
  for (const page of written) await finish(join(root, page.file), page.html, options.writtenTransforms ?? POLICY_TRANSFORMS);
  return report;
}
