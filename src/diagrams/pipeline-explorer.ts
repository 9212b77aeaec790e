import { STAGE_IDS, stageFlows, type Model } from '../model/index.ts';
import { listInWords } from '../model/queries/in-words.ts';
import { mermaidAccessibility, mermaidId, mermaidLabel } from './mermaid-text.ts';
import type { DiagramView } from './view.ts';

/**
 * The six stages top to bottom, for the explorer: narrow enough to sit beside the details
 * panel at full size. An artifact a stage reads from a later stage (the prediction log) is
 * drawn as a dashed edge back up, labelled with the artifact's name.
 */
export function pipelineExplorerView(model: Pick<Model, 'stages' | 'artifacts'>): DiagramView<'pipeline-explorer'> {
  const ordered = STAGE_IDS.map((id) => model.stages[id]);
  // An artifact read from a later stage comes back round: the flows that run against the stage order.
  const loops = stageFlows(model)
    .filter((f) => f.loop)
    .flatMap((f) => f.artifacts.map((a) => ({ from: model.stages[f.from], to: model.stages[f.to], artifact: model.artifacts[a] })));
  const title = 'The six-stage ML pipeline, top to bottom';
  const loopText = loops.map((l) => ` ${l.artifact.name} from ${l.from.name} feeds back into ${l.to.name}.`).join('');
  const description = `${ordered.length} stages from top to bottom: ${listInWords(ordered.map((s) => s.name))}.${loopText}`;
  const nodes = ordered.map((s) => `  ${mermaidId(s.id)}["${mermaidLabel(s.name)}"]`);
  const edges = ordered.slice(1).map((s, i) => `  ${mermaidId(ordered[i].id)} --> ${mermaidId(s.id)}`);
  const back = loops.map((l) => `  ${mermaidId(l.from.id)} -.->|"${mermaidLabel(l.artifact.name)}"| ${mermaidId(l.to.id)}`);
  return {
    id: 'pipeline-explorer',
    title,
    description,
    mermaid: ['flowchart TB', ...mermaidAccessibility(title, description), ...nodes, ...edges, ...back].join('\n') + '\n',
    textAlternative: {
      columns: ['Stage', 'Reads', 'Writes'],
      rows: ordered.map((s) => [
        s.name,
        s.inputs.map((a) => model.artifacts[a].name).join(', ') || 'Nothing from another stage',
        s.outputs.map((a) => model.artifacts[a].name).join(', '),
      ]),
    },
  };
}
