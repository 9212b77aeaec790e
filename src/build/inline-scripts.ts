import { transformSync } from 'esbuild';
import { openTags } from '../html/open-tags.ts';

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
export function htmlWithMinifiedInlineScripts(html: string, file = 'page'): string {
  const scripts = openTags(html).filter(
    (t) => t.name === 'script' && t.attributes.src === undefined && CLASSIC_TYPES.has((t.attributes.type ?? '').trim().toLowerCase()),
  );
  let out = '';
  let at = 0;
  for (const tag of scripts) {
    const close = html.indexOf('</script', tag.end);
    if (close < 0) throw new Error(`${file}: a <script> at offset ${tag.start} has no end tag`);
    const code = html.slice(tag.end, close);
    if (code.trim() === '') continue;
    let minified: string;
    try {
      minified = minifiedScript(code);
    } catch (error) {
      throw new Error(`${file}: the inline script at offset ${tag.start} does not parse: ${error instanceof Error ? error.message : String(error)}`);
    }
    out += html.slice(at, tag.end) + minified;
    at = close;
  }
  return out + html.slice(at);
}
