import { STAGE_IDS, type StageId } from '../model/index.ts';
import { boxesInRows, type BoxRows } from './boxes-in-rows.ts';
import { itemsToDraw, moreLabel } from './drawn-limits.ts';
import { mermaidId, mermaidLabel } from './mermaid-text.ts';

/** One column of a stage-by-stage diagram: a titled box of named items. */
export interface StageColumn {
  stage: StageId;
  title: string;
  /** Role class for the column box (`primary`, `supporting`, `uncovered`), if any. */
  role?: string;
  items: readonly { id: string; name: string }[];
  /** Shown when `items` is empty, so the column keeps its place in the order. */
  emptyText: string;
}

/**
 * Mermaid lines for the six stages as columns in stage order, `perRow` to a row (left to right,
 * then the next row below), each a box of items stacked top to bottom. An item in several stages
 * appears once per stage. A column with more items than fit draws the first ones and a box
 * saying how many more the table lists.
 */
export function stageColumnsToMermaid(columns: readonly StageColumn[], perRow: number = STAGE_IDS.length): BoxRows {
  const roles = [...new Set(columns.flatMap((c) => (c.role ? [c.role] : [])))];
  // Mermaid only puts a class on a subgraph once the class is defined; the look comes from diagrams.css.
  const classDefs = roles.map((role) => `  classDef ${mermaidId(role)} stroke-width:2px`);
  const ordered = STAGE_IDS.flatMap((id) => columns.filter((c) => c.stage === id));
  const boxes = ordered.map((column) => {
    const box = mermaidId('stage', column.stage);
    const lines = [`  subgraph ${box}["${mermaidLabel(column.title)}"]`, '    direction TB'];
    const { shown, hidden } = itemsToDraw(column.items);
    const cells = [
      ...(column.items.length === 0 ? [`${mermaidId(column.stage, 'none')}["${mermaidLabel(column.emptyText)}"]:::empty`] : []),
      ...shown.map((item) => `${mermaidId(column.stage, item.id)}["${mermaidLabel(item.name)}"]:::tool`),
      ...(hidden > 0 ? [`${mermaidId(column.stage, 'more')}["${mermaidLabel(moreLabel(hidden))}"]:::empty`] : []),
    ];
    // Invisible links stack the items in the model's order; unlinked, Mermaid may set some side by side.
    lines.push(`    ${cells.join(' ~~~ ')}`, '  end');
    return { id: box, lines };
  });
  // Invisible links between the boxes keep the columns in pipeline order.
  const rows = boxesInRows(boxes, perRow);
  // Last: a `class` line before a later subgraph and its links is dropped by Mermaid 12.
  const classes = ordered.flatMap((c) => (c.role ? [`  class ${mermaidId('stage', c.stage)} ${mermaidId(c.role)}`] : []));
  return { direction: rows.direction, lines: [...classDefs, ...rows.lines, ...classes] };
}
