import { toolHref, type ToolKindGroup } from '../model/index.ts';
import type { Box } from './boxes-in-rows.ts';
import { itemsToDraw, moreLabel } from './drawn-limits.ts';
import { mermaidId, mermaidLabel, mermaidWrappedLabel } from './mermaid-text.ts';
import type { NodeLink } from './view.ts';

/** A box of one kind of tool, and its links: each name it shows, to that tool's page. */
export interface ToolKindBox extends Box {
  links: NodeLink[];
}

/**
 * One box per kind of tool: the kind's name on the first line, then its tools, names running on
 * as on the printed sheet (a box per tool made the busiest stage a column of twenty boxes). A kind
 * past the drawn limit names its first tools and says how many more the table lists.
 */
export function toolKindBoxes(
  groups: readonly ToolKindGroup[],
  { prefix = [], lineChars }: { prefix?: readonly string[]; lineChars: number },
): ToolKindBox[] {
  return groups.map(({ category, tools }) => {
    const id = mermaidId(...prefix, 'kind', category.id);
    const { shown, hidden } = itemsToDraw(tools);
    const names = [...shown.map((t) => t.name), ...(hidden > 0 ? [moreLabel(hidden)] : [])];
    const lines = [`  ${id}["${mermaidWrappedLabel(`${category.name}:`, lineChars)}<br>${namesInLines(names, lineChars)}"]:::tool`];
    return { id, lines, links: shown.map((t) => ({ node: id, href: toolHref(t.id), text: t.name })) };
  });
}

/**
 * Names separated by commas, in lines of about `width` characters: a name that fits a line is
 * never split; a longer one starts a line and breaks at its spaces.
 */
function namesInLines(names: readonly string[], width: number): string {
  const lines: string[] = [];
  const fill = (words: readonly string[], fresh: boolean) => {
    for (const [i, word] of words.entries()) {
      const last = lines.length - 1;
      if (last >= 0 && !(fresh && i === 0) && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
      else lines.push(word);
    }
  };
  names.forEach((name, i) => {
    const item = i < names.length - 1 ? `${name},` : name;
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + item.length <= width) lines[last] += ` ${item}`;
    else fill(item.split(/\s+/).filter(Boolean), true);
  });
  return lines.map(mermaidLabel).join('<br>');
}
