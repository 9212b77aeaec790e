import type { NodeLink } from '../diagrams/view.ts';
import { escapeHtml } from '../html/escape-html.ts';

/** How the links look to CSS and scripts: their class, and a `data-*` attribute holding the node's id. */
export interface NodeLinkLook {
  className: string;
  dataAttribute?: string;
}

/** Links from a diagram's nodes to pages (the pattern maps). */
export const DIAGRAM_NODE_LINK: NodeLinkLook = { className: 'diagram-node-link' };

/**
 * A rendered flowchart with the given nodes wrapped in links (the maps' links to pages, the
 * explorer's links to its stages). Mermaid's own `click … href` is off under
 * `securityLevel: 'strict'`, so links are added here, after rendering, from the view's data:
 * plain `<a href>` elements that work without JavaScript and pass the CSP. A node links as a
 * whole, a subgraph by its title, and a link with `text` by those words of the node's HTML label.
 * The root's role becomes `group`: inside an `img` the links would be hidden from assistive
 * technology. Throws, naming the node, when the SVG lacks one (the view and its links disagree).
 */
export function svgWithNodeLinks(svg: string, prefix: string, links: readonly NodeLink[], look: NodeLinkLook = DIAGRAM_NODE_LINK): string {
  if (links.length === 0) return svg;
  let out = svg.replace(/^<svg([^>]*?) role="img"/, '<svg$1 role="group"').replace(/ aria-roledescription="[^"]*"/, '');
  if (!/^<svg[^>]* role="group"/.test(out)) throw new Error(`svgWithNodeLinks: the SVG "${prefix}" has no role="img" root to replace`);
  const wrap = (start: number, end: number, anchor: string) => {
    out = `${out.slice(0, start)}${anchor}${out.slice(start, end)}</a>${out.slice(end)}`;
  };
  const nodeAnchor = (link: NodeLink) => {
    const data = look.dataAttribute ? ` data-${look.dataAttribute}="${escapeHtml(link.node)}"` : '';
    const name = link.name === undefined ? '' : ` aria-label="${escapeHtml(link.name)}"`;
    return `<a href="${escapeHtml(link.href)}" class="${look.className}"${data}${name}>`;
  };
  for (const link of links) {
    const node = new RegExp(`<g class="node[^"]*" id="${escapeRegExp(prefix)}-flowchart-${escapeRegExp(link.node)}-\\d+"`).exec(out);
    if (node) {
      const end = closingTagEnd(out, node.index);
      if (link.text === undefined) {
        wrap(node.index, end, nodeAnchor(link));
        continue;
      }
      const words = new RegExp(`(?<=>|,\\s)${link.text.split(/\s+/).map((w) => escapeRegExp(escapeHtml(w))).join('(?:\\s|<br\\s*/?>)+')}(?=[<,])`).exec(out.slice(node.index, end));
      if (!words) throw new Error(`svgWithNodeLinks: no "${link.text}" in the label of node "${link.node}" in the SVG "${prefix}" to link to ${link.href}`);
      const start = node.index + words.index;
      // An HTML link inside the label: its words are its name, and diagrams.css styles it by place.
      wrap(start, start + words[0].length, `<a href="${escapeHtml(link.href)}">`);
      continue;
    }
    const cluster = new RegExp(`<g class="cluster[^"]*" id="${escapeRegExp(prefix)}-${escapeRegExp(link.node)}"`).exec(out);
    const label = cluster ? /<g class="cluster-label"/.exec(out.slice(cluster.index, closingTagEnd(out, cluster.index))) : null;
    if (!cluster || !label) throw new Error(`svgWithNodeLinks: no node "${link.node}" in the SVG "${prefix}" to link to ${link.href}`);
    const start = cluster.index + label.index;
    wrap(start, closingTagEnd(out, start), nodeAnchor(link));
  }
  return out;
}

/** Index just past the `</g>` that closes the `<g` opened at `start`. */
function closingTagEnd(svg: string, start: number): number {
  const tags = /<g[\s>]|<\/g>|<g\/>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(svg); m; m = tags.exec(svg)) {
    if (m[0] === '</g>') depth -= 1;
    else if (m[0] !== '<g/>') depth += 1;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error('svgWithNodeLinks: unbalanced <g> in the SVG');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

