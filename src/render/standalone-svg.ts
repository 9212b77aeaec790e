import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DownloadTheme } from '../links/diagram-files.ts';

/** The one diagram stylesheet; read at build, like the post-processing source in svg-cache.ts. */
export const DIAGRAM_CSS = readFileSync(join(process.cwd(), 'src', 'styles', 'diagrams.css'), 'utf8');


/** The colours diagrams.css names `--d-*`, as literals, one set per theme. */
type Palette = Readonly<Record<'fg' | 'bg' | 'node' | 'line' | 'faint' | 'accent' | 'accent-bg', string>>;

/** Starlight's light and dark theme colours that diagrams.css maps each `--d-*` to, in hex. */
export const PALETTES: Readonly<Record<DownloadTheme, Palette>> = {
  light: { fg: '#17181c', bg: '#ffffff', node: '#edeef3', line: '#353841', faint: '#555962', accent: '#0f1c8a', 'accent-bg': '#cfd4fc' },
  dark: { fg: '#ffffff', bg: '#17181c', node: '#23262f', line: '#c1c3c8', faint: '#888c96', accent: '#b2c7ff', 'accent-bg': '#17264f' },
};

/** Matches MERMAID_CONFIG's font, ending in generic families every renderer knows. */
const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", "Liberation Sans", sans-serif';

/**
 * diagrams.css's rules for the diagram itself, with every colour written out: renderers other
 * than browsers (librsvg, Inkscape, converters) do not resolve custom properties, and fall back
 * to black. Keeps top-level `.field-guide-diagram` rules (not the page's figure or the
 * `@media`/`@container` layout rules), drops the `--d-*` declarations, puts the palette's literal
 * in place of each `var(--d-…)`, and a `var(--x, fallback)` becomes its fallback. Throws when a
 * variable is left, naming it.
 */
export function cssWithLiteralColours(css: string, palette: Palette): string {
  const rules = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@[a-z-]+[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '')
    .match(/[^{}]+\{[^{}]*\}/g) ?? [];
  const out = rules
    .map((rule) => rule.trim())
    .filter((rule) => rule.split('{')[0].split(',').every((selector) => selector.trim().startsWith('.field-guide-diagram')))
    .join('\n')
    .replace(/^\s*--d-[a-z-]+\s*:[^;]*;\s*$/gm, '')
    .replace(/var\(--d-([a-z-]+)\)/g, (m, name: string) => {
      const colour = Object.entries(palette).find(([key]) => key === name)?.[1];
      if (!colour) throw new Error(`diagrams.css: no colour for var(--d-${name}) in the download palette (src/render/standalone-svg.ts)`);
      return colour;
    })
    .replace(/var\(--[a-z0-9-]+,\s*([^()]+)\)/g, '$1')
    .replace(/font-family:[^;]*;/g, `font-family: ${FONT_STACK};`);
  const left = /var\([^)]*\)/.exec(out);
  if (left) throw new Error(`diagrams.css: ${left[0]} has no literal colour for the downloads (src/render/standalone-svg.ts)`);
  return out;
}

/**
 * A rendered diagram (with SVG text labels) as a file that renders the same in any SVG tool:
 * the shared stylesheet with literal colours, a background of the theme's colour drawn as a
 * rect (non-browser renderers ignore CSS backgrounds on the root), and the SVG namespace.
 */
export function svgToStandalone(svg: string, theme: DownloadTheme = 'light', css: string = DIAGRAM_CSS): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('Not an SVG document: it does not start with <svg>');
  const withNamespace = open[0].includes('xmlns="http://www.w3.org/2000/svg"')
    ? open[0]
    : open[0].replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  const palette = PALETTES[theme];
  // CDATA, so that `>` and `&` in selectors or comments stay CSS rather than markup.
  const literal = cssWithLiteralColours(css, palette).replaceAll(']]>', ']]]]><![CDATA[>');
  const style = `<style><![CDATA[\n${literal}\n]]></style>`;
  const [x, y, w, h] = (/\sviewBox="([^"]+)"/.exec(open[0])?.[1] ?? '').split(/\s+/).map(Number);
  const background = [x, y, w, h].every(Number.isFinite)
    ? `<rect class="download-background" x="${x}" y="${y}" width="${w}" height="${h}" fill="${palette.bg}"/>`
    : '';
  const body = svg.slice(open[0].length);
  // The background goes after <title>/<desc>, which must stay the root's first children.
  const afterMeta = /^(?:\s*<(title|desc)\b[^>]*>[\s\S]*?<\/\1>)*/.exec(body)?.[0] ?? '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withNamespace}${style}${afterMeta}${background}${body.slice(afterMeta.length)}\n`;
}

/** The width and height Mermaid laid the diagram out at, in CSS pixels. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([0-9.]+)"`).exec(open)?.[1] ?? 0);
  return { width: read('width'), height: read('height') };
}
