import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eachElement, parsePage, type PageDocument } from '../html/page-document.ts';
import { filesUnder } from '../html/html-files.ts';
import { PurgeCSS, type RawContent } from 'purgecss';

/**
 * Words a selector may need, from a page or a script: every run of name characters, and, for a
 * name with colons (Starlight's `md:sl-hidden`), its parts too.
 */
export function selectorWords(text: string): string[] {
  const words = text.match(/[\w:-]+/g) ?? [];
  return words.flatMap((w) => (w.includes(':') ? [w, ...w.split(':')] : [w]));
}

/**
 * Selectors kept whatever the pages hold, each with its reason:
 *  - `not-content`: Starlight's Markdown spacing excludes `:where(.not-content *)` inside `:not()`;
 *    those rules apply on every page, though no page has that class;
 *  - a selector with a pseudo-class that is not a reader's action (`:hover`, `:focus…`,
 *    `:active`, `:visited`), `:is()`/`:where()` or a pseudo-element: PurgeCSS reads a selector
 *    inside `:is()` or `:where()` on its own, and one made only of pseudo-classes (Starlight's
 *    reset `[lang]:where(:not(:lang(zh), :lang(ja)))`, its list spacing
 *    `:is(:last-child:not(…), :not(script):has(…))`) would count as unused and take the rule with it.
 */
export const KEPT_SELECTORS = {
  standard: ['not-content'],
  greedy: [/^:(?!:|hover$|focus|active$|visited$|is$|where$|before$|after$|first-line$|first-letter$)/],
};

/**
 * The stylesheets `sheets` without the rules whose selectors match nothing that `content` (the
 * built pages and every script that can add markup, such as search's UI) could hold, by
 * PurgeCSS: Starlight ships the styles of components this guide never renders (badges, link
 * buttons, the hero, blockquotes…). A selector is kept when each class, id, element and
 * attribute in it is a word of the content; states (`:hover`, `[aria-expanded]`) follow their
 * element. Also the selectors it dropped, for the build log and tests.
 */
export async function cssWithoutUnusedRules(
  sheets: readonly string[],
  content: readonly RawContent[],
): Promise<{ css: string; dropped: string[] }[]> {
  const results = await new PurgeCSS().purge({
    css: sheets.map((raw) => ({ raw })),
    content: [...content],
    defaultExtractor: selectorWords,
    safelist: KEPT_SELECTORS,
    rejected: true,
    // Custom properties, @font-face and @keyframes stay: a property may be read by a script or another sheet.
    variables: false,
    fontFace: false,
    keyframes: false,
  });
  return sheets.map((css, i) => ({ css: results[i]?.css ?? css, dropped: results[i]?.rejected ?? [] }));
}

/** The scripts under dist/ (Astro's bundles, Pagefind's UI): what they may add to a page counts as used. */
async function scriptsUnder(dir: string): Promise<RawContent[]> {
  const files = (await filesUnder(dir)).filter((file) => /\.m?js$/.test(file));
  return Promise.all(files.map(async (file) => ({ raw: await readFile(file, 'utf8'), extension: 'js' })));
}

/** The site's own stylesheets a page links (`/_astro/middleware.….css`), print ones too. */
export function linkedStylesheets(page: string | PageDocument): string[] {
  const hrefs: string[] = [];
  eachElement(typeof page === 'string' ? parsePage(page) : page, (element) => {
    const { rel, href } = element.attributes;
    if (element.name === 'link' && (rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet') && href?.startsWith('/') && !href.startsWith('//')) hrefs.push(href);
  });
  return hrefs;
}

/** One stylesheet before and after. */
export interface PurgedSheet {
  href: string;
  before: number;
  after: number;
  dropped: string[];
}

/**
 * After the pass over the pages: each stylesheet the pages link (`files`, relative to dist/)
 * loses the rules nothing in the final pages (`pages`) or dist/'s scripts uses, and is written
 * again in place.
 */
export async function purgeLinkedStylesheets(root: string, files: Iterable<string>, pages: readonly string[]): Promise<PurgedSheet[]> {
  const content: RawContent[] = [...pages.map((raw) => ({ raw, extension: 'html' })), ...(await scriptsUnder(root))];
  const sorted = [...new Set(files)].sort();
  const sheets = await Promise.all(sorted.map((file) => readFile(join(root, file.slice(1)), 'utf8')));
  const purged = await cssWithoutUnusedRules(sheets, content);
  return Promise.all(
    sorted.map(async (href, i) => {
      const { css, dropped } = purged[i];
      await writeFile(join(root, href.slice(1)), css);
      return { href, before: Buffer.byteLength(sheets[i]), after: Buffer.byteLength(css), dropped };
    }),
  );
}
