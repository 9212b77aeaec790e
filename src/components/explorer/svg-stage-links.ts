import { escapeHtml } from '../../text/escape-html.ts';
/** A stage node to turn into a link: its id (in the node's SVG id) and its name (the link's accessible name). */
export interface StageNode {
  id: string;
  name: string;
}

/**
 * The rendered pipeline SVG with every stage node wrapped in a link to `#stage-<id>`, so the
 * diagram works as a set of anchors without JavaScript and as the explorer's stage picker with
 * it. The root's role becomes `group`: an `img` would hide the links from assistive technology.
 * Throws, naming the stage, when a node is missing (the view and the explorer disagree).
 */
export function svgWithStageLinks(svg: string, prefix: string, stages: readonly StageNode[]): string {
  let out = svg.replace(/^<svg([^>]*?) role="img"/, '<svg$1 role="group"').replace(/ aria-roledescription="[^"]*"/, '');
  if (!/^<svg[^>]* role="group"/.test(out)) throw new Error(`svgWithStageLinks: the SVG "${prefix}" has no role="img" root to replace`);
  for (const stage of stages) {
    const open = new RegExp(`<g class="node[^"]*" id="${escapeRegExp(prefix)}-flowchart-${escapeRegExp(stage.id)}-\\d+"`).exec(out);
    if (!open) throw new Error(`svgWithStageLinks: no node for stage "${stage.id}" in the SVG "${prefix}"`);
    const end = closingTagEnd(out, open.index);
    const link = `<a href="#stage-${stage.id}" class="explorer-stage-link" data-stage="${stage.id}" aria-label="${escapeHtml(stage.name)}">`;
    out = `${out.slice(0, open.index)}${link}${out.slice(open.index, end)}</a>${out.slice(end)}`;
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
  throw new Error('svgWithStageLinks: unbalanced <g> in the SVG');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

