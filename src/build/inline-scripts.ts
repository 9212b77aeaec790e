import { transformSync } from 'esbuild';
import { eachElement, elementText, htmlAfter, type PageDocument } from '../html/page-document.ts';

const CLASSIC_TYPES = new Set(['', 'text/javascript', 'application/javascript']);

/** Script text minified by esbuild (the bundler Astro itself depends on); names at the top level stay, since other scripts may read them. */
export function minifiedScript(code: string): string {
  return transformSync(code, { minify: true, loader: 'js' }).code.trim();
}

/**
 * Every inline classic `<script>` of a page minified. Starlight writes its theme, search-shortcut
 * and sidebar-state scripts as they are in its source, tabs and comments included (about 0.3 KB
 * gzip a page); module scripts come minified from Vite, and JSON (speculation rules, anchor
 * redirects) is left alone. Before the policy's steps, which hash each script's final text. A
 * script esbuild cannot parse fails the build, naming the page.
 */
export function minifyInlineScripts(document: PageDocument, file = 'page'): void {
  let index = 0;
  eachElement(document, (element) => {
    if (element.name !== 'script' || element.attributes.src !== undefined || !CLASSIC_TYPES.has((element.attributes.type ?? '').trim().toLowerCase())) return;
    index += 1;
    const code = elementText(element);
    if (code.trim() === '') return;
    let minified: string;
    try {
      minified = minifiedScript(code);
    } catch (error) {
      throw new Error(`${file}: the inline script no. ${index} does not parse: ${error instanceof Error ? error.message : String(error)}`);
    }
    element.children = [{ kind: 'text', text: minified }];
  });
}

/** `minifyInlineScripts` on a page's HTML. */
export function htmlWithMinifiedInlineScripts(html: string, file = 'page'): string {
  return htmlAfter(html, (document) => minifyInlineScripts(document, file));
}
