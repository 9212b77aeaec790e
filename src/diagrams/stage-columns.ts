import { STAGE_IDS, type StageId } from '../model/index.ts';
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
 * Mermaid lines for the six stages as columns, left to right in stage order, each a box of
 * items stacked top to bottom. An item in several stages appears once per stage. A column with
 * more items than fit draws the first ones and a box saying how many more the table lists.
 */
export function stageColumnsToMermaid(columns: readonly StageColumn[]): string[] {
  const roles = [...new Set(columns.flatMap((c) => (c.role ? [c.role] : [])))];
  // Mermaid only puts a class on a subgraph once the class is defined; the look comes from diagrams.css.
  const lines = roles.map((role) => `  classDef ${mermaidId(role)} stroke-width:2px`);
  for (const column of columns) {
    const box = mermaidId('stage', column.stage);
    lines.push(`  subgraph ${box}["${mermaidLabel(column.title)}"]`, '    direction TB');
    if (column.items.length === 0) lines.push(`    ${mermaidId(column.stage, 'none')}["${mermaidLabel(column.emptyText)}"]:::empty`);
    const { shown, hidden } = itemsToDraw(column.items);
    for (const item of shown) lines.push(`    ${mermaidId(column.stage, item.id)}["${mermaidLabel(item.name)}"]:::tool`);
    if (hidden > 0) lines.push(`    ${mermaidId(column.stage, 'more')}["${mermaidLabel(moreLabel(hidden))}"]:::empty`);
    lines.push('  end');
  }
  // Invisible links keep the columns in pipeline order.
  const ordered = STAGE_IDS.filter((id) => columns.some((c) => c.stage === id));
  if (ordered.length > 1) lines.push(`  ${ordered.map((id) => mermaidId('stage', id)).join(' ~~~ ')}`);
  // Last: a `class` line before a later subgraph and its links is dropped by Mermaid 12.
  for (const column of columns) if (column.role) lines.push(`  class ${mermaidId('stage', column.stage)} ${mermaidId(column.role)}`);
  return lines;
}
