import { htmlWithBase } from '../links/base-path-html.ts';
import { htmlWithPrintSheetFolded } from './print-sheet.ts';
import { htmlWithMinifiedInlineScripts } from './inline-scripts.ts';
import { type EntityName, htmlWithFirstMentionsLinked } from '../links/first-mentions.ts';
import { htmlWithSeparatedTableHeads, htmlWithSpacedInlineBlocks } from '../search/table-cell-spacing.ts';
import { htmlWithOneHeadStyle } from '../security/one-head-style.ts';
import { htmlWithCompletePolicy } from '../security/page-policy.ts';
import { htmlWithStyleClasses } from '../security/style-attributes-to-classes.ts';

/** What a step may know about the page it rewrites and the build it belongs to. */
export interface PageContext {
  /** The page's file, relative to dist/ (`pipeline/index.html`), for messages. */
  file: string;
  /** The page's path in the guide, without BASE_PATH (`/pipeline/`). */
  path: string;
  /** The path the guide is served under (`/` unless BASE_PATH is set). */
  base: string;
  /** The model's entities by name, for first mentions. */
  names: readonly EntityName[];
}

/** One small step of the pass over the built pages: a pure function of the page's HTML. */
export interface PageTransform {
  name: string;
  apply: (html: string, page: PageContext) => string;
}

/**
 * The steps that complete a page's Content-Security-Policy, in order: style attributes become
 * classes, the page's styles one <style> in <head>, then the policy hashes every inline script
 * and style that is left. Always last: a hash holds only for the final text.
 */
export const POLICY_TRANSFORMS: readonly PageTransform[] = [
  { name: 'style attributes to classes', apply: (html) => htmlWithStyleClasses(html) },
  { name: 'one head style', apply: (html) => htmlWithOneHeadStyle(html) },
  { name: 'complete policy', apply: (html, page) => htmlWithCompletePolicy(html, page.file) },
];

/**
 * Every step a built page goes through, in order (the pass over dist/, src/build/page-pass.ts):
 *  1. search text: table headers, terms and list items end with a space, and so do words that end
 *     where an inline element laid out as a block begins, so Pagefind, which indexes the pages after
 *     this pass, keeps their words apart (src/search/table-cell-spacing.ts);
 *  2. first mentions: the first mention of a stage, type, tool or pattern by name links its page
 *     (src/links/first-mentions.ts); before the base path, since it compares hrefs with the model's;
 *  3. print sheet: Starlight's print stylesheet link goes; its rules become the first of the main
 *     stylesheet, under `@media print`, after the pass (src/build/print-sheet.ts): one request less;
 *  4. base path: the guide's own root-relative links move under BASE_PATH (src/links/base-path-html.ts);
 *  5. inline scripts: Starlight's inline classic scripts minified (src/build/inline-scripts.ts);
 *     before the policy, which hashes their final text;
 *  6. the policy: POLICY_TRANSFORMS, last.
 */
export const PAGE_TRANSFORMS: readonly PageTransform[] = [
  { name: 'search text', apply: (html) => htmlWithSpacedInlineBlocks(htmlWithSeparatedTableHeads(html)) },
  { name: 'first mentions', apply: (html, page) => htmlWithFirstMentionsLinked(html, page.path, page.names).html },
  { name: 'print sheet', apply: (html) => htmlWithPrintSheetFolded(html) },
  { name: 'base path', apply: (html, page) => (page.base === '/' ? html : htmlWithBase(html, page.base)) },
  { name: 'inline scripts', apply: (html, page) => htmlWithMinifiedInlineScripts(html, page.file) },
  ...POLICY_TRANSFORMS,
];

/** The page after each step in turn. */
export function applyTransforms(html: string, page: PageContext, transforms: readonly PageTransform[] = PAGE_TRANSFORMS): string {
  return transforms.reduce((text, step) => step.apply(text, page), html);
}
