import type { LegendEntry } from '../diagrams/view.ts';
import type { DownloadTheme } from '../links/diagram-files.ts';
import { escapeHtml } from '../html/escape-html.ts';
import { legendToItemsHtml } from './legend-html.ts';
import { cssWithLiteralColours, DIAGRAM_CSS, PALETTES, svgSize } from './standalone-svg.ts';

/**
 * The frame around a diagram in its PNG and PDF files, in CSS pixels. A PNG pasted into a wiki
 * or a slide travels alone: the title says what it is, the key what its dashed and dotted lines
 * mean, the footer where it comes from.
 */
export const EXPORT_FRAME = {
  /** Around everything, on the theme's background. */
  padding: 24,
  /** The frame is never narrower than this, so a narrow diagram's title and address still fit a line or two. */
  minContentWidth: 400,
  titlePx: 20,
  titleLineHeight: 1.3,
  /** Between the title and the diagram, the diagram and its key, and the last of them and the footer. */
  gap: 16,
  legendPx: 14,
  footerPx: 12,
  footerLineHeight: 1.4,
} as const;

/** What a diagram's PNG or PDF shows besides the diagram. */
export interface ExportFrame {
  /** The standalone SVG (src/render/standalone-svg.ts) of the theme, as written to /diagrams/. */
  svg: string;
  title: string;
  /** The view's key (empty when its line and box styles mean nothing): the same entries the page shows. */
  legend: readonly LegendEntry[];
  /** The guide's name, first in the footer. */
  guide: string;
  /** Where the diagram lives: its public URL, or its path when the build has none (pathToPrintedAddress). */
  address: string;
  theme: DownloadTheme;
}

/** The frame's width in CSS pixels for a diagram this wide: the diagram's, or the minimum, plus the padding each side. */
export function exportFrameWidthFor(diagramWidth: number): number {
  return Math.max(Math.ceil(diagramWidth), EXPORT_FRAME.minContentWidth) + 2 * EXPORT_FRAME.padding;
}

/** The frame's width in CSS pixels around a standalone SVG: the 1× PNG's width. */
export function exportFrameWidth(svg: string): number {
  return exportFrameWidthFor(svgSize(svg.replace(/^<\?xml[^>]*>\s*/, '')).width);
}

/**
 * The least the frame adds to the diagram's height: the padding, one line of title, one line of
 * footer and the gaps between them (a key, or a title or address on two lines, add more).
 */
export function exportFrameMinExtraHeight(): number {
  const f = EXPORT_FRAME;
  return 2 * f.padding + Math.floor(f.titlePx * f.titleLineHeight) + Math.floor(f.footerPx * f.footerLineHeight) + 2 * f.gap;
}

/**
 * One HTML page holding a diagram in its frame, in the theme's literal colours: the title as the
 * page's heading (a PDF's Title and outline), the diagram, its key, and a footer naming the guide
 * and the diagram's address. The body is exactly the frame's width; Chromium draws the PNGs and
 * PDFs from it.
 */
export function exportFrameToHtml(frame: ExportFrame, css: string = DIAGRAM_CSS): string {
  const f = EXPORT_FRAME;
  const palette = PALETTES[frame.theme];
  const svg = frame.svg.replace(/^<\?xml[^>]*>\s*/, '').trim();
  const legend = frame.legend.length > 0 ? `<ul class="diagram-legend field-guide-diagram" aria-label="Key">${legendToItemsHtml(frame.legend)}</ul>` : '';
  // CSS text inside <style>: only `</style` could end it early, and no diagram rule holds one.
  const diagramRules = cssWithLiteralColours(css, palette);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(frame.title)}</title><style>
${diagramRules}
html, body { margin: 0; background: ${palette.bg}; color: ${palette.fg}; }
body { box-sizing: border-box; width: ${exportFrameWidth(frame.svg)}px; padding: ${f.padding}px; display: flex; flex-direction: column; gap: ${f.gap}px;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; }
h1 { margin: 0; font-size: ${f.titlePx}px; line-height: ${f.titleLineHeight}; font-weight: 600; }
body > svg { display: block; }
.diagram-legend.field-guide-diagram { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 0; padding: 0; list-style: none; font-size: ${f.legendPx}px; }
.diagram-legend li { display: flex; align-items: center; gap: 8px; }
.diagram-legend svg { width: 36px; height: 20px; }
footer { margin: 0; font-size: ${f.footerPx}px; line-height: ${f.footerLineHeight}; color: ${palette.faint}; overflow-wrap: anywhere; }
footer p { margin: 0; }
</style></head><body><h1>${escapeHtml(frame.title)}</h1>${svg}${legend}<footer><p>${escapeHtml(frame.guide)} · ${escapeHtml(frame.address)}</p></footer></body></html>`;
}
