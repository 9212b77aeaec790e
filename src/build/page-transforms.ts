import { htmlAfter, type PageDocument } from '../html/page-document.ts';
import { moveUnderBase } from '../links/base-path-html.ts';
import { codeBlockScriptOnIntent } from './code-block-script.ts';
import { dropIdleSidebarState } from './idle-sidebar-state.ts';
import { minifyInlineScripts } from './inline-scripts.ts';
import { foldPrintSheetLink } from './print-sheet.ts';
import { type EntityName, linkFirstMentions } from '../links/first-mentions.ts';
import { separateTableHeads, spaceInlineBlocks } from '../search/table-cell-spacing.ts';
import { joinHeadStyles } from '../security/one-head-style.ts';
import { completePolicy } from '../security/page-policy.ts';
import { styleAttributesToClasses } from '../security/style-attributes-to-classes.ts';

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

/** One small step of the pass over the built pages: it rewrites the page the pass parsed once, in place; it never parses. */
export interface PageTransform {
  name: string;
  apply: (document: PageDocument, page: PageContext) => void;
}

/**
 * The steps that complete a page's Content-Security-Policy, in order: style attributes become
 * classes, the page's styles one <style> in <head>, then the policy hashes every inline script
 * and style that is left. Always last: a hash holds only for the final text.
 */
export const POLICY_TRANSFORMS: readonly PageTransform[] = [
  { name: 'style attributes to classes', apply: (document) => styleAttributesToClasses(document) },
  { name: 'one head style', apply: (document) => joinHeadStyles(document) },
  { name: 'complete policy', apply: (document, page) => completePolicy(document, page.file) },
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
 *  5. code blocks' script: Expressive Code's script leaves the page, named for the loader that
 *     imports it on the reader's first act (src/build/code-block-script.ts); its URL is already
 *     under the base, as Expressive Code writes it;
 *  6. idle sidebar state: Starlight's sidebar-state module goes where no sidebar group can be
 *     closed to remember (src/build/idle-sidebar-state.ts); before the policy, which would hash it;
 *  7. inline scripts: Starlight's inline classic scripts minified (src/build/inline-scripts.ts);
 *     before the policy, which hashes their final text;
 *  8. the policy: POLICY_TRANSFORMS, last.
 */
export const PAGE_TRANSFORMS: readonly PageTransform[] = [
  {
    name: 'search text',
    apply: (document) => {
      separateTableHeads(document);
      spaceInlineBlocks(document);
    },
  },
  { name: 'first mentions', apply: (document, page) => void linkFirstMentions(document, page.path, page.names) },
  { name: 'print sheet', apply: (document) => foldPrintSheetLink(document) },
  { name: 'base path', apply: (document, page) => moveUnderBase(document, page.base) },
  { name: 'code blocks\' script', apply: (document) => codeBlockScriptOnIntent(document) },
  { name: 'idle sidebar state', apply: (document) => dropIdleSidebarState(document) },
  { name: 'inline scripts', apply: (document, page) => minifyInlineScripts(document, page.file) },
  ...POLICY_TRANSFORMS,
];

/** Runs the steps in order on one parsed page. */
export function transformPage(document: PageDocument, page: PageContext, transforms: readonly PageTransform[] = PAGE_TRANSFORMS): void {
  for (const step of transforms) step.apply(document, page);
}

/** A page's HTML after each step in turn: parsed once, serialized once. */
export function applyTransforms(html: string, page: PageContext, transforms: readonly PageTransform[] = PAGE_TRANSFORMS): string {
  return htmlAfter(html, (document) => transformPage(document, page, transforms));
}
