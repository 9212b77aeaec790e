import { withoutBase } from '../links/base-path.ts';
import { Parser } from 'htmlparser2';
import { escapeHtml } from '../text/escape-html.ts';

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

/** Reads the card's content from a built page: og:title, description, site name and first diagram. */
export function htmlToCardContent(html: string): CardContent {
  const meta: Record<string, string> = {};
  // Where the first diagram's markup starts and ends in `html`, and how deep inside it the parser is.
  let svgStart = -1;
  let svgEnd = -1;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const key = attribs.property ?? attribs.name;
        if (name === 'meta' && key && attribs.content !== undefined) meta[key] = attribs.content;
        if (svgEnd >= 0) return;
        if (depth > 0) depth += 1;
        else if (name === 'svg' && (attribs.class ?? '').split(/\s+/).includes('field-guide-diagram')) {
          svgStart = parser.startIndex;
          depth = 1;
        }
      },
      onclosetag() {
        if (depth === 0 || svgEnd >= 0) return;
        depth -= 1;
        if (depth === 0) svgEnd = parser.endIndex + 1;
      },
    },
    { recognizeSelfClosing: true },
  );
  parser.end(html);
  const svg = svgStart >= 0 && svgEnd > svgStart ? html.slice(svgStart, svgEnd) : '';
  const path = meta['og:url'] ? withoutBase(new URL(meta['og:url']).pathname) : '';
  return { title: meta['og:title'] ?? '', description: meta.description ?? '', site: meta['og:site_name'] ?? '', path, svg };
}


/** A 1200 × 630 HTML card: title and site on top, the diagram (or the description) below. */
export function cardToHtml(card: CardContent, diagramCss: string): string {
  const body = card.svg
    ? `<div class="diagram">${card.svg}</div>`
    : `<p class="description">${escapeHtml(card.description)}</p>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
${diagramCss}
html, body { margin: 0; width: 1200px; height: 630px; background: #fff; color: #17181c; }
body { box-sizing: border-box; padding: 56px 64px; display: flex; flex-direction: column; gap: 28px;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; border-top: 16px solid #1e3a8a; }
.site { margin: 0; font-size: 26px; color: #545861; }
h1 { margin: 0; font-size: 60px; line-height: 1.1; }
.diagram { flex: 1; min-height: 0; display: flex; align-items: center; justify-content: center; }
.diagram svg { max-width: 100%; max-height: 100%; width: auto; height: 100%; }
.description { margin: 0; font-size: 32px; line-height: 1.35; color: #353841; }
</style></head><body>
<p class="site">${escapeHtml(card.site)}</p>
<h1>${escapeHtml(card.title)}</h1>
${body}
</body></html>`;
}
