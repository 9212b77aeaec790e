import { STAGE_IDS, type Model, toolsInStage } from '../model/index.ts';
import { namesInWords } from './drawn-limits.ts';
import { mermaidAccessibility } from './mermaid-text.ts';
import { stageColumnsToMermaid } from './stage-columns.ts';
import type { DiagramView } from './view.ts';

/** One column per stage, in order, listing the tools used in it. */
export function toolsByStageView(model: Pick<Model, 'stages' | 'tools'>): DiagramView<'tools-by-stage'> {
  const columns = STAGE_IDS.map((stage) => ({
    stage,
    title: model.stages[stage].name,
    items: toolsInStage(model, stage).map((id) => ({ id, name: model.tools[id].name })),
    emptyText: 'No tool listed',
  }));
  const title = 'Tools by stage';
  const description = columns
    .map((c) => `${c.title}: ${c.items.length > 0 ? namesInWords(c.items.map((t) => t.name)) : 'no tool listed'}.`)
    .join(' ');
  return {
    id: 'tools-by-stage',
    title,
    description,
    mermaid: (() => {
      const rows = stageColumnsToMermaid(columns);
      return [`flowchart ${rows.direction}`, ...mermaidAccessibility(title, description), ...rows.lines].join('\n') + '\n';
    })(),
    textAlternative: {
      columns: ['Stage', 'Tools'],
      rows: columns.map((c) => [c.title, c.items.map((t) => t.name).join(', ') || 'None listed']),
    },
  };
}
