import { STAGE_IDS, type Model, stageHref, toolKindsInStage } from '../model/index.ts';
import { boxesInRows, titledBoxInRows } from './boxes-in-rows.ts';
import { namesInWords } from './drawn-limits.ts';
import { mermaidAccessibility, mermaidId, mermaidSpacing } from './mermaid-text.ts';
import { toolKindBoxes } from './tool-kind-boxes.ts';
import type { DiagramView, NodeLink } from './view.ts';

/** One column per stage, in order, its tools grouped by kind. */
export function toolsByStageView(model: Pick<Model, 'stages' | 'tools'>): DiagramView<'tools-by-stage'> {
  const columns = STAGE_IDS.map((stage) => ({ stage, title: model.stages[stage].name, kinds: toolKindsInStage(model, stage) }));
  const title = 'Tools by stage';
  const inWords = (kinds: (typeof columns)[number]['kinds'], toList: (names: readonly string[]) => string) =>
    kinds.map(({ category, tools }) => `${category.name}: ${toList(tools.map((t) => t.name))}`).join('; ');
  const description = columns.map((c) => `${c.title}: ${c.kinds.length > 0 ? inWords(c.kinds, namesInWords) : 'no tool listed'}.`).join(' ');
  // A download, not shown in a page's column: the six columns side by side, wider than tall.
  const links: NodeLink[] = [];
  const boxes = columns.map(({ stage, title: name, kinds }) => {
    const none = { id: mermaidId(stage, 'none'), lines: [`  ${mermaidId(stage, 'none')}["No tool listed"]:::empty`] };
    const cells = toolKindBoxes(kinds, { prefix: [stage], lineChars: 20 });
    // A column's title links to its stage's page; each tool named in it to the tool's page.
    links.push({ node: mermaidId('stage', stage), href: stageHref(stage) }, ...cells.flatMap((c) => c.links));
    return titledBoxInRows(mermaidId('stage', stage), name, cells.length > 0 ? cells : [none], 1).box;
  });
  const rows = boxesInRows(boxes, STAGE_IDS.length);
  return {
    id: 'tools-by-stage',
    title,
    description,
    mermaid: [
      ...mermaidSpacing({ wrappingWidth: 400, padding: 8, nodeSpacing: 16, rankSpacing: 16 }),
      `flowchart ${rows.direction}`,
      ...mermaidAccessibility(title, description),
      ...rows.lines,
    ].join('\n') + '\n',
    links,
    textAlternative: {
      columns: ['Stage', 'Tools'],
      rows: columns.map((c) => [c.title, inWords(c.kinds, (names) => names.join(', ')) || 'None listed']),
    },
  };
}
