import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eachElement, htmlAfter, type PageDocument, type PageElement, type PageNode } from '../html/page-document.ts';

/** A print stylesheet and the stylesheet linked right after it, by their hrefs. */
export interface PrintSheetFold {
  print: string;
  into: string;
}

const isStylesheet = (e: PageElement) => e.name === 'link' && (e.attributes.rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet');

/** The fold, with the print sheet's `<link>` and the list that holds it. */
function findFold(document: PageDocument): (PrintSheetFold & { link: PageElement; siblings: PageNode[] }) | undefined {
  const head: { element: PageElement; siblings: PageNode[] }[] = [];
  eachElement(document, (element, siblings, parents) => {
    if (parents.some((p) => p.name === 'head') && !parents.some((p) => p.name === 'template')) head.push({ element, siblings });
  });
  for (const [i, { element: tag, siblings }] of head.entries()) {
    if (!isStylesheet(tag) || tag.attributes.media !== 'print' || !tag.attributes.href) continue;
    const next = head.slice(i + 1).find(({ element: e }) => isStylesheet(e) || e.name === 'style')?.element;
    if (!next || next.name !== 'link' || next.attributes.media !== undefined || !next.attributes.href) return undefined;
    return { print: tag.attributes.href, into: next.attributes.href, link: tag, siblings };
  }
  return undefined;
}

/**
 * Starlight links its print sheet (`media="print"`) just before the main stylesheet; a browser
 * fetches it on screen too, as a request of its own. Where the next style in `<head>` after the
 * print sheet is a stylesheet for every medium (other tags, such as Astro's policy `<meta>`, may
 * stand between), the print sheet can be read as that one's first rules, under `@media print`:
 * the same rules in the same order.
 */
export function printSheetFold(document: PageDocument): PrintSheetFold | undefined {
  const fold = findFold(document);
  return fold && { print: fold.print, into: fold.into };
}

/** Removes the print sheet's link when `printSheetFold` finds one to fold. */
export function foldPrintSheetLink(document: PageDocument): void {
  const fold = findFold(document);
  if (fold) fold.siblings.splice(fold.siblings.indexOf(fold.link), 1);
}

/** `foldPrintSheetLink` on a page's HTML. */
export function htmlWithPrintSheetFolded(html: string): string {
  return htmlAfter(html, foldPrintSheetLink);
}

/** The main sheet with the print sheet's rules first, under `@media print`. */
export function cssWithPrintSheetFirst(printCss: string, mainCss: string): string {
  return `@media print{${printCss}}${mainCss}`;
}

/**
 * After the pass: each print sheet the pages stopped linking (`folds`, hrefs under dist/ without
 * the base path) becomes the first rules of the sheet it stood before; its file goes unless a
 * page still links it (`stillLinked`). Fails when one print sheet stood before two different
 * sheets: its rules would have to be in both.
 */
export async function foldPrintSheets(
  root: string,
  folds: Iterable<Pick<PrintSheetFold, 'print' | 'into'>>,
  stillLinked: ReadonlySet<string>,
): Promise<{ print: string; into: string }[]> {
  const into = new Map<string, string>();
  for (const f of folds) {
    const before = into.get(f.print);
    if (before !== undefined && before !== f.into) throw new Error(`print sheet ${f.print} stands before ${before} on one page and ${f.into} on another`);
    into.set(f.print, f.into);
  }
  for (const [print, main] of into) {
    const printCss = await readFile(join(root, print), 'utf8');
    const mainCss = await readFile(join(root, main), 'utf8');
    await writeFile(join(root, main), cssWithPrintSheetFirst(printCss, mainCss));
    if (!stillLinked.has(print)) await rm(join(root, print));
  }
  return [...into].map(([print, main]) => ({ print, into: main }));
}
