import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The one diagram stylesheet; read at build, like the post-processing source in svg-cache.ts. */
const DIAGRAM_CSS = readFileSync(join(process.cwd(), 'src', 'styles', 'diagrams.css'), 'utf8');

/**
 * A rendered diagram as a file that looks right on its own: the shared stylesheet embedded,
 * on white. Outside Starlight its theme variables are undefined, so every `var(--sl-…, fallback)`
 * in diagrams.css falls back to its light-theme colour.
 */
export function svgToStandalone(svg: string, css: string = DIAGRAM_CSS): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('Not an SVG document: it does not start with <svg>');
  const withNamespace = open[0].includes('xmlns="http://www.w3.org/2000/svg"')
    ? open[0]
    : open[0].replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  // CDATA, so that `>` and `&` in selectors or comments stay CSS rather than markup.
  const style = `<style><![CDATA[\n${css.replaceAll(']]>', ']]]]><![CDATA[>')}\n.field-guide-diagram { background: #fff; }\n]]></style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withNamespace}${style}${svg.slice(open[0].length)}\n`;
}

/** The width and height Mermaid laid the diagram out at, in CSS pixels. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([0-9.]+)"`).exec(open)?.[1] ?? 0);
  return { width: read('width'), height: read('height') };
}
