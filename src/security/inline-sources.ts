import { createHash } from 'node:crypto';
import { eachElement, elementText, parsePage, type PageDocument } from '../html/page-document.ts';

/** What a page's Content-Security-Policy must allow by hash: its inline code and styles. */
export interface InlineSources {
  /** Text of every inline script the browser would run. */
  scripts: string[];
  /** Text of every `<style>` element. */
  styles: string[];
  /** Value of every `style="…"` attribute, entities decoded (what the browser hashes). */
  styleAttributes: string[];
}

/** `'sha256-…'` as a CSP source expression for exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// Types a browser acts on, and which script-src must allow: code, and speculation rules (allowed
// by hash too). JSON-LD, import maps' data and templates are not scripts to hash.
const RUNNABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'speculationrules']);

/** Every inline script, style element and style attribute of a page, as the page now stands (its final text when the policy step runs). */
export function pageInlineSources(document: PageDocument): InlineSources {
  const sources: InlineSources = { scripts: [], styles: [], styleAttributes: [] };
  eachElement(document, (element) => {
    // Attribute values come decoded, as the browser hashes them.
    if (element.attributes.style !== undefined) sources.styleAttributes.push(element.attributes.style);
    // A script's or style's text is raw text: never entity-decoded.
    if (element.name === 'style') sources.styles.push(elementText(element));
    const runnable = element.attributes.src === undefined && RUNNABLE_TYPES.has((element.attributes.type ?? '').trim().toLowerCase());
    if (element.name === 'script' && runnable) sources.scripts.push(elementText(element));
  });
  return sources;
}

/** Every inline script, style element and style attribute in a built HTML page. */
export function htmlToInlineSources(html: string): InlineSources {
  return pageInlineSources(parsePage(html));
}
