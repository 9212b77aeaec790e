import { escapeHtml } from '../html/escape-html.ts';
import { eachElement, htmlAfter, type PageDocument, type PageElement, type PageNode } from '../html/page-document.ts';
import { SCRIPT_ON_INTENT } from '../islands/load-on-intent.ts';

/** Expressive Code's script, as its Astro integration names it: `<assets dir>/ec.<hash>.js`, under the base. */
const EC_SCRIPT = /\/_astro\/ec\.[\w-]+\.js$/;

/**
 * Expressive Code puts `<script type="module" src=".../ec.<hash>.js">` before a page's first code
 * block (1.3 KB gzip): the copy buttons' handler, the fill of their text from the lines
 * (src/components/copy-text-from-lines.ts) and a module that makes a block that scrolls sideways
 * focusable. The first two have nothing to do before the reader acts, and with `wrap: true`
 * (ec.config.mjs) no block scrolls sideways. Neither the integration nor Starlight has an option to
 * leave the script out, so this step takes it out of the page and names it in `data-script-on-intent`
 * on the element that held it, where the site-wide loader (src/islands/load-on-intent.ts) finds
 * it on the reader's first move, touch, focus or key.
 */
export function codeBlockScriptOnIntent(document: PageDocument): void {
  const found: { script: PageElement; siblings: PageNode[]; holder: PageElement }[] = [];
  eachElement(document, (element, siblings, parents) => {
    const holder = parents.at(-1);
    if (element.name !== 'script' || element.attributes.type !== 'module' || !EC_SCRIPT.test(element.attributes.src ?? '') || !holder) return;
    found.push({ script: element, siblings, holder });
  });
  for (const { script, siblings, holder } of found) {
    siblings.splice(siblings.indexOf(script), 1);
    if (holder.attributes[SCRIPT_ON_INTENT] !== undefined) continue;
    const src = script.attributes.src ?? '';
    holder.attributes[SCRIPT_ON_INTENT] = src;
    holder.startTag = holder.startTag.replace(/\s*(\/?)>$/, (_end, slash: string) => ` ${SCRIPT_ON_INTENT}="${escapeHtml(src)}"${slash}>`);
  }
}

/** `codeBlockScriptOnIntent` on a page's HTML. */
export function htmlWithCodeBlockScriptOnIntent(html: string): string {
  return htmlAfter(html, codeBlockScriptOnIntent);
}
