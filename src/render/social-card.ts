import { withoutBase } from '../links/base-path.ts';
import { escapeHtml } from '../html/escape-html.ts';
import { classesOf, eachElement, pageToHtml, parsePage, type PageDocument } from '../html/page-document.ts';

/** What a page's social card shows. */
export interface CardContent {
  title: string;
  description: string;
  /** The page's own path, from og:url: where its card goes. */
  path: string;
  site: string;
  /** The page's first diagram, as inline SVG markup; empty for pages without one. */
  svg: string;
}

/** Reads the card's content from a parsed page: og:title, description, site name and first diagram. */
export function pageToCardContent(document: PageDocument): CardContent {
  const meta: Record<string, string> = {};
  let svg = '';
  eachElement(document, (node) => {
    const key = node.attributes.property ?? node.attributes.name;
    if (node.name === 'meta' && key && node.attributes.content !== undefined) meta[key] = node.attributes.content;
    if (svg === '' && node.name === 'svg' && classesOf(node).includes('field-guide-diagram')) svg = pageToHtml(node);
  });
  const path = meta['og:url'] ? withoutBase(new URL(meta['og:url']).pathname) : '';
  return { title: meta['og:title'] ?? '', description: meta.description ?? '', site: meta['og:site_name'] ?? '', path, svg };
}

/** `pageToCardContent` of a built page's HTML. */
export function htmlToCardContent(html: string): CardContent {
  return pageToCardContent(parsePage(html));
}

/** The card's size and its frame, in CSS pixels (the PNG is drawn at 1×). */
export const CARD = {
  width: 1200,
  height: 630,
  /** The accent band across the top. */
  border: 16,
  padX: 64,
  padY: 48,
  /** Between the text and a diagram beside it. */
  gap: 48,
  /** The text column's least width when a diagram stands beside it. */
  minTextWidth: 480,
  /** A diagram is shown only where its smallest label is at least this tall on the card. */
  minLabelPx: 14,
} as const;

/** The box a diagram may take on the right of the card: what the text column and the padding leave. */
export const CARD_DIAGRAM_BOX = {
  width: CARD.width - 2 * CARD.padX - CARD.gap - CARD.minTextWidth,
  height: CARD.height - CARD.border - 2 * CARD.padY,
} as const;

/** A diagram as the card draws it: its size on the card and its smallest label there, in CSS pixels. */
export interface CardDiagram {
  svg: string;
  width: number;
  height: number;
  /** The smallest label's font size on the card: the SVG's smallest font size times the scale. */
  labelPx: number;
}

/**
 * The smallest font size, in px, a diagram's labels are drawn at: the sizes the SVG sets itself
 * (`font-size` attributes and declarations), and those the diagram stylesheet gives
 * `.field-guide-diagram` and what it holds (outside `@media`/`@container` blocks, which a card
 * does not match). Throws when neither says, or a size is not in px: the card could not tell
 * whether the diagram is legible.
 */
export function svgToSmallestFontPx(svg: string, diagramCss: string): number {
  const rules = (diagramCss.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@[a-z-]+[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '').match(/[^{}]+\{[^{}]*\}/g) ?? [])
    .filter((rule) => rule.split('{')[0].split(',').every((selector) => selector.trim().startsWith('.field-guide-diagram')))
    .join('\n');
  const sizes = [...`${svg}\n${rules}`.matchAll(/font-size\s*(?:=\s*"|:)\s*([^;"}]+)/g)].map((m) => m[1].trim());
  if (sizes.length === 0) throw new Error('Social card: neither the diagram nor src/styles/diagrams.css sets a font-size for .field-guide-diagram');
  return Math.min(
    ...sizes.map((size) => {
      const px = /^([0-9.]+)(px)?$/.exec(size);
      if (!px) throw new Error(`Social card: a diagram font-size of "${size}" is not in px; the card cannot tell how large its labels are`);
      return Number(px[1]);
    }),
  );
}

/**
 * The page's diagram as the card would draw it (at most its own size, scaled down to fit the
 * diagram box), or undefined when there is none or its smallest label would be under
 * CARD.minLabelPx: a chat preview shows the card at a third of its size or less, where smaller
 * labels are specks.
 */
export function svgToCardDiagram(svg: string, diagramCss: string): CardDiagram | undefined {
  if (!svg) return undefined;
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([0-9.]+)"`).exec(open)?.[1] ?? 0);
  const [width, height] = [read('width'), read('height')];
  if (!(width > 0 && height > 0)) return undefined;
  const scale = Math.min(1, CARD_DIAGRAM_BOX.width / width, CARD_DIAGRAM_BOX.height / height);
  const labelPx = svgToSmallestFontPx(svg, diagramCss) * scale;
  if (labelPx < CARD.minLabelPx) return undefined;
  return { svg, width: Math.floor(width * scale), height: Math.floor(height * scale), labelPx };
}

/**
 * A 1200 × 630 HTML card: the guide's name, the page's title and its description, set to be read
 * at chat size (a third of the card: the title is then about 20 px, the description 11 px), and
 * the page's first diagram beside them where its labels stay legible (svgToCardDiagram).
 */
export function cardToHtml(card: CardContent, diagramCss: string): string {
  const diagram = svgToCardDiagram(card.svg, diagramCss);
  const figure = diagram ? `<div class="diagram">${diagram.svg}</div>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
${diagramCss}
html, body { margin: 0; width: ${CARD.width}px; height: ${CARD.height}px; background: #fff; color: #17181c; overflow: hidden; }
body { box-sizing: border-box; padding: ${CARD.padY}px ${CARD.padX}px; display: flex; gap: ${CARD.gap}px; align-items: center;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; border-top: ${CARD.border}px solid #1e3a8a; }
.text { flex: 1; min-width: 0; align-self: stretch; display: flex; flex-direction: column; gap: 24px; }
.site { margin: 0; font-size: 30px; font-weight: 600; color: #1e3a8a; }
h1 { margin: 0; font-size: ${diagram ? 56 : 64}px; line-height: 1.1; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: ${diagram ? 3 : 2}; overflow: hidden; }
.description { margin: 0; font-size: 34px; line-height: 1.3; color: #353841; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: ${diagram ? 4 : 6}; overflow: hidden; }
${diagram ? `.diagram { flex: none; width: ${diagram.width}px; height: ${diagram.height}px; }
.diagram svg { display: block; width: ${diagram.width}px; height: ${diagram.height}px; max-width: none; }` : ''}
</style></head><body>
<div class="text"><p class="site">${escapeHtml(card.site)}</p>
<h1>${escapeHtml(card.title)}</h1>
${card.description ? `<p class="description">${escapeHtml(card.description)}</p>` : ''}</div>
${figure}
</body></html>`;
}
