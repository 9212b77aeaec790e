import { STAGE_IDS, type Model } from '../model/index.ts';
import { listInWords, mermaidAccessibility, mermaidId, mermaidLabel } from './mermaid-text.ts';
import type { DiagramView } from './view.ts';

/** The six stages left to right, in order. */
export function pipelineFlowView(model: Pick<Model, 'stages'>): DiagramView<'pipeline-flow'> {
  const ordered = STAGE_IDS.map((id) => model.stages[id]);
  const title = 'The six-stage ML pipeline';
  const description = `${ordered.length} stages in order: ${listInWords(ordered.map((s) => s.name))}.`;
  const nodes = ordered.map((s) => `  ${mermaidId(s.id)}["${mermaidLabel(s.name)}"]`);
  const edges = ordered.slice(1).map((s, i) => `  ${mermaidId(ordered[i].id)} --> ${mermaidId(s.id)}`);
  return {
    id: 'pipeline-flow',
    title,
    description,
    mermaid: ['flowchart LR', ...mermaidAccessibility(title, description), ...nodes, ...edges].join('\n') + '\n',
  };
}
