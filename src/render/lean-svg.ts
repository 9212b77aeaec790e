import { DomUtils, parseDocument } from 'htmlparser2';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;

/** Mermaid's bookkeeping for its own scripts and editor; nothing on the page or in a test reads them. */
const UNREAD_ATTRIBUTES = ['data-points', 'data-edge', 'data-et', 'data-id', 'data-look'];

/** Definitions that draw nothing unless something points at them by id. */
const DEFINITIONS = new Set(['marker', 'filter', 'linearGradient', 'radialGradient', 'pattern', 'clipPath', 'mask', 'symbol']);

/** Geometry: positions round to the nearest tenth of a pixel, sizes up to it (a label box never shrinks). */
const POSITIONS = new Set(['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'd', 'points', 'transform', 'viewBox', 'refX', 'refY']);
const SIZES = new Set(['width', 'height']);

/** Attributes whose value names other ids: `aria-labelledby="a b"`, `href="#a"`, `marker-end="url(#a)"`. */
const IDREF_LISTS = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns']);

/**
 * Mermaid's SVG without the bytes nothing uses: the arrowheads, shadows and gradients no shape
 * points at, its data-* bookkeeping, empty labels (clusters and edges without text), size-less
 * helper rects, the invisible `~~~` links that only shape the layout, repeated class names, ids nothing refers to, and coordinates to six decimals
 * (a tenth of a pixel is below what a screen or printer shows). The ids it keeps are the root's
 * (tests and the layout CSS pick a layout by it), every node's and subgraph's (svgWithNodeLinks
 * finds them by id) and every id something in the SVG refers to, which get short names under the root's.
 * The text, the shapes and what each looks like are untouched.
 */
export function leanSvg(svg: string): string {
  const doc = parseDocument(svg, { xmlMode: true, decodeEntities: false });
  const root = DomUtils.findOne((e) => e.name === 'svg', doc.children, false);
  if (!root) return svg;
  const elements = () => DomUtils.findAll(() => true, [root]);

  for (const el of elements()) {
    for (const name of UNREAD_ATTRIBUTES) delete el.attribs[name];
    if (el.attribs.class) el.attribs.class = [...new Set(el.attribs.class.split(/\s+/).filter(Boolean))].join(' ');
    for (const [name, value] of Object.entries(el.attribs)) {
      if (POSITIONS.has(name)) el.attribs[name] = roundNumbers(value, Math.round);
      else if (SIZES.has(name)) el.attribs[name] = roundNumbers(value, Math.ceil);
    }
  }
  for (const el of elements()) {
    const cls = el.attribs.class ?? '';
    const emptyLabel = /\b(cluster-label|edgeLabel)\b/.test(cls) && DomUtils.textContent(el).trim() === '';
    const sizeless = el.name === 'rect' && Object.keys(el.attribs).length === 0 && el.children.length === 0;
    // A `~~~` link only places its ends in the layout; Mermaid then draws it with a zero-width stroke.
    const invisibleEdge = el.name === 'path' && /(^|\s)edge-thickness-invisible(\s|$)/.test(cls) && !el.attribs['marker-start'] && !el.attribs['marker-end'];
    if (emptyLabel || sizeless || invisibleEdge) DomUtils.removeElement(el);
  }

  for (const el of elements()) if (el.name === 'p' && el.parent?.type === 'tag' && el.parent.name === 'span') unwrapParagraph(el);

  // Definitions nothing points at go first: their ids no longer count as referenced.
  let referenced = referencedIds(root);
  for (const el of elements()) {
    if (DEFINITIONS.has(el.name) && !referenced.has(el.attribs.id ?? '')) DomUtils.removeElement(el);
  }
  for (const el of elements()) {
    if (el.name === 'defs' && el.children.length === 0) DomUtils.removeElement(el);
  }
  referenced = referencedIds(root);

  const rootId = root.attribs.id ?? '';
  const renames = new Map<string, string>();
  const taken = new Set(elements().map((e) => e.attribs.id).filter((id): id is string => id !== undefined));
  for (const el of elements()) {
    const id = el.attribs.id;
    if (id === undefined || el === root || /(^|\s)(node|cluster)(\s|$)/.test(el.attribs.class ?? '')) continue;
    if (!referenced.has(id)) {
      delete el.attribs.id;
      continue;
    }
    const short = shortId(rootId, id);
    if (short !== id && !taken.has(short)) {
      renames.set(id, short);
      taken.add(short);
      el.attribs.id = short;
    }
  }
  if (renames.size > 0) {
    for (const el of elements()) {
      for (const [name, value] of Object.entries(el.attribs)) {
        if (name === 'id') continue;
        if (IDREF_LISTS.has(name)) el.attribs[name] = value.split(/\s+/).map((ref) => renames.get(ref) ?? ref).join(' ');
        else if (value.includes('#')) el.attribs[name] = value.replace(/#([^\s"')]+)/g, (m, ref: string) => (renames.has(ref) ? `#${renames.get(ref)}` : m));
      }
    }
  }
  return DomUtils.getOuterHTML(doc, { xmlMode: true, decodeEntities: false });
}

/**
 * Mermaid writes an HTML label as `<span class="nodeLabel"><p>text</p></span>`, and HTML allows
 * no paragraph inside a span: the text goes in the span itself, the same picture (the label's
 * box is a table cell, and the paragraph had no margin), and two paragraphs stay two lines.
 */
function unwrapParagraph(p: Element): void {
  const next = p.next;
  if (next?.type === 'tag' && next.name === 'p') DomUtils.append(p, parseDocument('<br/>', { xmlMode: true }).children[0]);
  for (const child of [...p.children]) DomUtils.prepend(p, child);
  DomUtils.removeElement(p);
}

function referencedIds(root: Element): Set<string> {
  const ids = new Set<string>();
  for (const el of DomUtils.findAll(() => true, [root])) {
    for (const [name, value] of Object.entries(el.attribs)) {
      if (IDREF_LISTS.has(name)) for (const ref of value.split(/\s+/)) ids.add(ref);
      else if (name !== 'id') for (const m of value.matchAll(/#([^\s"')]+)/g)) ids.add(m[1]);
    }
  }
  return ids;
}

/**
 * `<root>-chart-title-<root>` → `<root>-title`, `<root>_flowchart-v2-pointEnd` → `<root>-pointEnd`:
 * still unique on the page (every layout has a root id of its own) and still readable.
 */
function shortId(rootId: string, id: string): string {
  if (!rootId || !id.startsWith(rootId)) return id;
  const rest = id.slice(rootId.length).replace(/^[-_]/, '');
  if (rest === `chart-title-${rootId}`) return `${rootId}-title`;
  if (rest === `chart-desc-${rootId}`) return `${rootId}-desc`;
  return `${rootId}-${rest.replace(/^flowchart-v2-/, '')}`;
}

/** Numbers with more than one decimal, rounded to one (`349.078125` → `349.1`, `12.00` → `12`). */
function roundNumbers(value: string, round: (n: number) => number): string {
  return value.replace(/-?\d*\.\d+(?:e[-+]?\d+)?/gi, (m) => {
    const n = round(Number(m) * 10) / 10;
    return String(Object.is(n, -0) ? 0 : n);
  });
}

/**
 * The SVG without its nodes' and subgraphs' ids, once nothing needs them: leanSvg keeps them for
 * svgWithNodeLinks, which finds them by id; the page itself never refers to them.
 */
export function withoutNodeIds(svg: string): string {
  return svg.replace(/(<g class="(?:node|cluster)(?: [^"]*)?") id="[^"]*"/g, '$1');
}

/** What only an SVG file needs: inside a page, the HTML parser puts a `<foreignObject>`'s content in the XHTML namespace by itself. */
const XHTML_NAMESPACE = ' xmlns="http://www.w3.org/1999/xhtml"';

/**
 * A diagram's SVG as it goes inline into a page: without the node and subgraph ids
 * (withoutNodeIds) and without the namespace each HTML label declares for SVG files.
 */
export function svgForPage(svg: string): string {
  return withoutNodeIds(svg).replaceAll(`<div${XHTML_NAMESPACE}`, '<div');
}
